//! The per-stage snapshot corpus: for each input of [`CORPORA`], the text view of every stage
//! of [`STAGES`] (as `taipan STAGE FILE` prints it, plain, with its diagnostics and exit code)
//! is one insta snapshot in `tests/stages/snapshots/`, named `<input>@<stage>`. A change to any
//! stage shows up as a reviewed snapshot diff. Adding a stage (`dis`, `trace`) is one line.
//! When CPython 3.11 is on the machine, the `ast` view must print what `ast.dump(...,
//! indent=2)` prints.

mod common;

use std::path::PathBuf;
use std::process::Command;

use common::repo;

/// The stages and the arguments that show each one.
const STAGES: &[(&str, &[&str])] = &[
    ("tokens", &["tokens"]),
    ("cst", &["cst"]),
    ("ast", &["ast"]),
    ("opt", &["opt"]),
];

/// The inputs: directories (relative to the repository) and the prefix of their snapshots'
/// names. The seed article's examples are kept with the programs that run them; their `_run`
/// companions add nothing for the front end.
const CORPORA: &[(&str, &str)] = &[
    ("tests/stages", ""),
    ("tests/programs/seed", "programs_seed/"),
];

fn inputs() -> Vec<(String, PathBuf)> {
    let mut inputs = Vec::new();
    for (dir, prefix) in CORPORA {
        for path in common::py_files(dir) {
            let stem = common::stem(&path);
            if !stem.ends_with("_run") {
                inputs.push((format!("{prefix}{stem}"), path));
            }
        }
    }
    inputs.sort();
    inputs
}

#[test]
fn every_stage_of_every_input() {
    let inputs = inputs();
    assert!(inputs.len() >= 12, "the corpus is missing: {inputs:?}");
    let mut settings = common::snapshot_settings("tests/stages");
    let python = common::cpython();
    for (name, path) in &inputs {
        let relative = path.strip_prefix(repo()).unwrap_or(path);
        for (stage, args) in STAGES {
            let out = Command::new(env!("CARGO_BIN_EXE_taipan"))
                .args(*args)
                .arg(relative)
                .current_dir(repo())
                .env("NO_COLOR", "1")
                .output()
                .unwrap();
            let report = format!(
                "exit code: {}\n--- stdout\n{}--- stderr\n{}",
                out.status.code().unwrap_or(-1),
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            if *stage == "ast"
                && out.status.success()
                && let Some(python) = &python
            {
                let source = format!("open({:?}, 'rb').read()", path.display().to_string());
                let expected = common::cpython_ast(python, &source, "exec", false);
                assert_eq!(
                    String::from_utf8_lossy(&out.stdout),
                    expected,
                    "{}: taipan ast differs from CPython's ast.dump",
                    path.display()
                );
            }
            let snapshot = format!("{}@{stage}", name.replace('/', "__"));
            settings.set_input_file(path);
            settings.bind(|| insta::assert_snapshot!(snapshot, report));
        }
    }
}

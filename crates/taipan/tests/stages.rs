//! The per-stage snapshot corpus: for each input of [`CORPORA`], the text view of every stage
//! of [`STAGES`] (as `taipan STAGE FILE` prints it, plain, with its diagnostics and exit code)
//! is one insta snapshot in `tests/stages/snapshots/`, named `<input>@<stage>`. A change to any
//! stage shows up as a reviewed snapshot diff. Adding a stage (`dis`, `trace`) is one line.

use std::path::{Path, PathBuf};
use std::process::Command;

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

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn inputs() -> Vec<(String, PathBuf)> {
    let mut inputs = Vec::new();
    for (dir, prefix) in CORPORA {
        let Ok(entries) = std::fs::read_dir(repo().join(dir)) else {
            continue;
        };
        for path in entries.flatten().map(|e| e.path()) {
            let stem = path.file_stem().unwrap_or_default().to_string_lossy();
            if path.extension().is_some_and(|e| e == "py") && !stem.ends_with("_run") {
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
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(repo().join("tests/stages/snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
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
            let snapshot = format!("{}@{stage}", name.replace('/', "__"));
            settings.set_input_file(path);
            settings.bind(|| insta::assert_snapshot!(snapshot, report));
        }
    }
}

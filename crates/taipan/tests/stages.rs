//! The per-stage snapshot corpus: for each input of [`CORPORA`], the text view of every stage
//! of [`STAGES`] (as `taipan STAGE FILE` prints it, plain, with its diagnostics and exit code)
//! is one insta snapshot in `tests/stages/snapshots/`, named `<input>@<stage>`. A change to any
//! stage shows up as a reviewed snapshot diff. Adding a stage is one line; `trace` runs each
//! program with a small step limit, heap addresses masked.
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
    ("dis", &["dis"]),
    ("dis_dot", &["dis", "--dot"]),
    // A short trace keeps the snapshots readable (the program then runs on untraced).
    ("trace", &["trace", "--limit", "60"]),
];

/// Inputs whose program reads standard input: not traced (none in the corpus today).
const READS_STDIN: &[&str] = &[];

/// Heap addresses in reprs (`<function f at 0x7f...>`) as `0x...`, so runs compare equal.
fn mask_addresses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(" at 0x") {
        out.push_str(&rest[..i + 6]);
        rest = &rest[i + 6..];
        let hex = rest.bytes().take_while(u8::is_ascii_hexdigit).count();
        out.push_str("...");
        rest = &rest[hex..];
    }
    out.push_str(rest);
    out
}

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
            if *stage == "trace" && READS_STDIN.contains(&name.as_str()) {
                continue;
            }
            let out = Command::new(env!("CARGO_BIN_EXE_taipan"))
                .args(*args)
                .arg(relative)
                .current_dir(repo())
                .env("NO_COLOR", "1")
                .stdin(std::process::Stdio::null())
                .output()
                .unwrap();
            let mut report = format!(
                "exit code: {}\n--- stdout\n{}--- stderr\n{}",
                out.status.code().unwrap_or(-1),
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            if *stage == "trace" {
                report = mask_addresses(&common::strip_repo(&report));
            }
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

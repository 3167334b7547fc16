//! The REPL fed from a pipe (`taipan -i < tests/data/repl/NAME.py`, as `python3 -i` reads piped
//! input): stdout and stderr (banner, prompts, errors) are one snapshot per file. When CPython
//! 3.11 is on the machine, the sequence of `>>> ` and `... ` prompts must be the one
//! `python3 -i` prints for the same input (the same lines gathered into the same statements),
//! and stdout (the values echoed, what the statements print) the same.

mod common;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

/// Runs `program` with `args`, `input` on its stdin; returns (stdout, stderr).
fn piped(program: &Path, args: &[&str], input: &[u8]) -> (String, String) {
    let mut child = Command::new(program)
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The prompts in a REPL's stderr, in order.
fn prompts(stderr: &str) -> Vec<&'static str> {
    let mut found = Vec::new();
    let mut rest = stderr;
    while let Some(i) = rest.find(">>> ").into_iter().chain(rest.find("... ")).min() {
        found.push(if rest[i..].starts_with(">>> ") {
            ">>>"
        } else {
            "..."
        });
        rest = &rest[i + 4..];
    }
    found
}

#[test]
fn piped_repl_cases() {
    let cases = common::py_files("tests/data/repl");
    assert!(!cases.is_empty());
    let python = common::cpython();
    let settings = common::snapshot_settings("tests/data/repl");
    for path in cases {
        let input = std::fs::read(&path).unwrap();
        let (stdout, stderr) = piped(Path::new(env!("CARGO_BIN_EXE_taipan")), &["-i"], &input);
        if let Some(python) = &python {
            let (expected_stdout, expected) = piped(python, &["-i"], &input);
            assert_eq!(
                stdout,
                expected_stdout,
                "{}: stdout differs from python3 -i's",
                path.display()
            );
            assert_eq!(
                prompts(&stderr),
                prompts(&expected),
                "{}: prompts differ from python3 -i's\n{expected}",
                path.display()
            );
        }
        let report = format!("--- stdout\n{stdout}--- stderr\n{stderr}");
        let name = common::stem(&path);
        settings.bind(|| insta::assert_snapshot!(name, report));
    }
}

/// Without `-i`, piped input is a program, as `python3 < file` runs it: `sys.argv` is `['']`
/// (`['-', ...]` when named `-`), errors name `<stdin>`.
#[test]
fn piped_stdin_without_i_runs_as_a_program() {
    let taipan = Path::new(env!("CARGO_BIN_EXE_taipan"));
    let program = b"import sys\nprint(sys.argv)\n1/0\n";
    let (stdout, stderr) = piped(taipan, &[], program);
    assert_eq!(stdout, "['']\n");
    assert!(
        stderr.contains("File \"<stdin>\", line 3")
            && stderr.ends_with("ZeroDivisionError: division by zero\n"),
        "{stderr}"
    );
    let (stdout, _) = piped(taipan, &["-", "a", "b"], program);
    assert_eq!(stdout, "['-', 'a', 'b']\n");
}

//! Snapshot tests of the command line: each `tests/data/cli/*.py` starts with a line
//! `# args: ...` (the arguments, split at spaces; the file's path is appended unless `-c` or
//! `-m` is among them). The built `taipan` runs from the repository root, and its exit code,
//! stdout and stderr (the repository's absolute path cut, the binary's path shown as `taipan`)
//! are one snapshot per file. When CPython 3.11 is on the machine, an `ast`
//! view that succeeds must print exactly what `print(ast.dump(ast.parse(source), indent=2))` prints
//! (`include_attributes=True` with `--attributes`, `ast.parse(source, mode=...)` with `--mode`;
//! not compared: `--json`, `--dot` and `--color` output).

mod common;

use std::path::Path;
use std::process::Command;

use common::repo;

/// The arguments of a case, and whether the file is passed.
fn case_args(path: &Path) -> Vec<String> {
    // Bytes: a case may hold text that is not UTF-8 (to test decoding errors).
    let text = String::from_utf8_lossy(&std::fs::read(path).unwrap()).into_owned();
    let line = text.lines().next().unwrap_or("");
    let args = line
        .strip_prefix("# args: ")
        .unwrap_or_else(|| panic!("{}: first line must be `# args: ...`", path.display()));
    let mut args: Vec<String> = args.split(' ').map(str::to_owned).collect();
    if !args.iter().any(|a| a == "-c" || a == "-m") {
        args.push(format!(
            "tests/data/cli/{}",
            path.file_name().unwrap().to_string_lossy()
        ));
    }
    args
}

/// What CPython prints for an `ast` view's arguments.
fn cpython_ast(python: &Path, args: &[String]) -> String {
    let attributes = args.iter().any(|a| a == "--attributes");
    let mode = args
        .iter()
        .position(|a| a == "--mode")
        .map_or("exec", |i| args[i + 1].as_str());
    let source = match args.iter().position(|a| a == "-c") {
        Some(i) => format!("{:?}", args[i + 1]),
        None => format!(
            "open({:?}, 'rb').read()",
            repo().join(args.last().unwrap()).display().to_string()
        ),
    };
    common::cpython_ast(python, &source, mode, attributes)
}

#[test]
fn cli_cases() {
    let cases = common::py_files("tests/data/cli");
    assert!(!cases.is_empty());
    let python = common::cpython();
    let settings = common::snapshot_settings("tests/data/cli");
    for path in cases {
        let args = case_args(&path);
        let out = Command::new(env!("CARGO_BIN_EXE_taipan"))
            .args(&args)
            .current_dir(repo())
            .output()
            .unwrap();
        // `sys.executable` (runpy's "No module named" message starts with it) as `taipan`.
        let exe = |t: &str| t.replace(env!("CARGO_BIN_EXE_taipan"), "taipan");
        // (before the repository's path is cut: the binary may live under it, as in CI)
        let stdout = common::strip_repo(&exe(&String::from_utf8_lossy(&out.stdout)));
        let stderr = common::strip_repo(&exe(&String::from_utf8_lossy(&out.stderr)));
        if let Some(python) = &python
            && args[0] == "ast"
            && !args
                .iter()
                .any(|a| a == "--json" || a == "--dot" || a.starts_with("--color"))
            && out.status.success()
        {
            assert_eq!(stdout, cpython_ast(python, &args), "{}", path.display());
        }
        let report = format!(
            "args: {}\nexit code: {}\n--- stdout\n{stdout}--- stderr\n{stderr}",
            args.join(" "),
            out.status.code().unwrap_or(-1)
        );
        let name = common::stem(&path);
        settings.bind(|| insta::assert_snapshot!(name, report));
    }
}

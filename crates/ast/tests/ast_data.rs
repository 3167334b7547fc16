//! Data-driven AST tests: every input of the parser's corpus (`tests/data/parser/ok/*.py`) and of
//! `tests/data/ast/ok/*.py` has a snapshot of its `ast.dump(tree, indent=2)`, and (when CPython
//! 3.11 is on the machine) its `ast.dump(tree, include_attributes=True)` must equal CPython's byte
//! for byte. `tests/data/ast/err/*.py` hold one lowering error each: their rendered diagnostics
//! are snapshots, and the first message must equal the `# CPython: ...` comment atop the file.

use std::path::{Path, PathBuf};
use std::process::Command;

use taipan_ast::dump::{DumpOptions, dump};
use taipan_ast::parse_module;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data")
}

fn settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(root().join("ast/snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings
}

fn inputs(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "py"));
    files.sort();
    files
}

fn ok_inputs() -> Vec<PathBuf> {
    let mut files = inputs(&root().join("parser/ok"));
    files.extend(inputs(&root().join("ast/ok")));
    files
}

/// CPython 3.11's interpreter, if this machine has one.
fn cpython() -> Option<PathBuf> {
    let pyenv = PathBuf::from("/root/.pyenv/versions/3.11.7/bin/python3");
    let exe = if pyenv.exists() {
        pyenv
    } else {
        PathBuf::from("python3")
    };
    let out = Command::new(&exe)
        .args(["-c", "import sys; print(sys.version_info[:2] == (3, 11))"])
        .output()
        .ok()?;
    (String::from_utf8_lossy(&out.stdout).trim() == "True").then_some(exe)
}

#[test]
fn ok_files_snapshots() {
    for path in ok_inputs() {
        let text = std::fs::read_to_string(&path).unwrap();
        let lowered = parse_module(&text);
        assert!(
            lowered.errors.is_empty(),
            "{}: {:?}",
            path.display(),
            lowered.errors
        );
        let name = format!(
            "{}__{}",
            path.parent()
                .unwrap()
                .parent()
                .unwrap()
                .file_name()
                .unwrap()
                .to_string_lossy(),
            path.file_stem().unwrap().to_string_lossy()
        );
        settings().bind(|| {
            insta::assert_snapshot!(name, dump(&lowered.ast, &DumpOptions::indented(2)));
        });
    }
}

#[test]
fn ok_files_equal_cpython() {
    let Some(python) = cpython() else {
        eprintln!("no CPython 3.11: skipped");
        return;
    };
    let mut mismatches = Vec::new();
    for path in ok_inputs() {
        let text = std::fs::read_to_string(&path).unwrap();
        let got = dump(&parse_module(&text).ast, &DumpOptions::with_attributes());
        let out = Command::new(&python)
            .args([
                "-c",
                "import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1],'rb').read()), include_attributes=True))",
            ])
            .arg(&path)
            .output()
            .unwrap();
        let want = String::from_utf8_lossy(&out.stdout).trim_end().to_string();
        if got != want {
            let at = got
                .bytes()
                .zip(want.bytes())
                .take_while(|(a, b)| a == b)
                .count();
            mismatches.push(format!(
                "{}:\n  want ...{}\n  got  ...{}",
                path.display(),
                &want[at.saturating_sub(120).min(want.len())..(at + 80).min(want.len())],
                &got[at.saturating_sub(120).min(got.len())..(at + 80).min(got.len())]
            ));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn err_files() {
    for path in inputs(&root().join("ast/err")) {
        let text = std::fs::read_to_string(&path).unwrap();
        let lowered = parse_module(&text);
        let expected = text
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("# CPython: "))
            .expect("err files start with '# CPython: <message>'");
        let first = lowered.errors.first().expect("an error");
        assert_eq!(first.message, expected, "{}", path.display());
        let diagnostics: Vec<_> = lowered
            .errors
            .iter()
            .map(|e| taipan_diagnostics::Diagnostic {
                title: e.kind.class_name().to_string(),
                message: e.message.clone(),
                range: usize::from(e.range.start())..usize::from(e.range.end()),
                severity: taipan_diagnostics::Severity::Error,
            })
            .collect();
        let file = path.file_name().unwrap().to_string_lossy().to_string();
        let rendered = taipan_diagnostics::render(&file, &text, &diagnostics, false);
        let name = format!("err__{}", path.file_stem().unwrap().to_string_lossy());
        settings().bind(|| insta::assert_snapshot!(name, rendered));
    }
}

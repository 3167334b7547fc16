//! Data-driven compiler tests: every `tests/data/codegen/*.py` compiled by taipan must give,
//! byte for byte, what CPython 3.11 gives (`<name>.expected`, written by
//! `crates/codegen/tools/code_expected.py`; no python3 needed here): every code object's
//! metadata, `co_code`, line table and exception table, then `dis` of the module; or, for a
//! file CPython rejects, the same error class, line, offset and message.

use std::path::{Path, PathBuf};

use taipan_codegen::{Mode, compile_source, dump::code_text};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/codegen")
}

fn ours(path: &Path) -> String {
    let text = std::fs::read_to_string(path).expect("readable test file");
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("x.py");
    match compile_source(&text, name, Mode::Exec, 0) {
        Ok(code) => code_text(&code),
        Err(e) => format!(
            "error {} {} {} {}\n",
            e.kind.name(),
            e.lineno,
            e.offset,
            e.message
        ),
    }
}

#[test]
fn code_matches_cpython() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root())
        .expect("tests/data/codegen exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    let mut failures = Vec::new();
    for path in &files {
        let expected = std::fs::read_to_string(path.with_extension("expected"))
            .unwrap_or_else(|_| panic!("{} has no .expected", path.display()));
        let got = ours(path);
        if got != expected {
            let line = got
                .lines()
                .zip(expected.lines())
                .position(|(a, b)| a != b)
                .unwrap_or_else(|| got.lines().count().min(expected.lines().count()));
            failures.push(format!(
                "{}: line {}: taipan `{}`, CPython `{}`",
                path.file_name().unwrap().to_string_lossy(),
                line + 1,
                got.lines().nth(line).unwrap_or("<end>"),
                expected.lines().nth(line).unwrap_or("<end>")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} files differ from CPython:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

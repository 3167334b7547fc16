//! Data-driven symbol table tests: every `tests/data/symtable/*.py` (cut into modules at its
//! `# ---` lines) has its table dump, or the error building it raises, snapshotted with insta
//! and checked equal to CPython 3.11's (`<name>.cpython`, written by
//! `crates/codegen/tools/symtable_expected.py`; no python3 needed here). The facts of each block
//! that the compiler will copy into its code object (generator, coroutine, nested, varargs, the
//! cells and free variables, the `__class__` cell of a class) are checked against the code
//! objects CPython compiles (`<name>.code`, the same script).

use std::path::{Path, PathBuf};

use taipan_codegen::symtable::SymbolTable;
use taipan_codegen::symtable::dump::{code_facts, dump};

const SEPARATOR: &str = "# ---\n";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/symtable")
}

/// The file's modules: a `# ---` line ends one (the same rule as the tools script).
fn chunks(text: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    for line in text.split_inclusive('\n') {
        if line == SEPARATOR {
            out.push(String::new());
        } else if let Some(last) = out.last_mut() {
            last.push_str(line);
        }
    }
    out
}

/// The dump of one module's table, or its error as the tools script prints CPython's.
fn table_text(source: &str, path: &Path) -> String {
    let lowered = taipan_ast::parse_module(source);
    assert!(
        lowered.errors.is_empty(),
        "{}: parse errors {:?}",
        path.display(),
        lowered.errors
    );
    match SymbolTable::new(&lowered.ast) {
        Ok(table) => dump(&table),
        Err(e) => {
            let end_offset = e.end_offset.map_or("None".to_string(), |o| o.to_string());
            format!(
                "{:?} line {} col {} end {} {end_offset}: {}\n",
                e.kind, e.lineno, e.offset, e.end_lineno, e.message
            )
        }
    }
}

fn facts_text(source: &str) -> String {
    let lowered = taipan_ast::parse_module(source);
    match SymbolTable::new(&lowered.ast) {
        Ok(table) => code_facts(&table),
        Err(e) => format!("{:?}: {}\n", e.kind, e.message),
    }
}

#[test]
fn block_facts_match_cpython_code_objects() {
    let mut mismatches = Vec::new();
    for path in inputs() {
        let text = std::fs::read_to_string(&path).unwrap();
        let ours: Vec<String> = chunks(&text).iter().map(|c| facts_text(c)).collect();
        let ours = ours.join(SEPARATOR);
        let expected = std::fs::read_to_string(path.with_extension("code"))
            .unwrap_or_else(|_| panic!("{}: no .code file", path.display()));
        if let Some(m) = first_mismatch(&path, &expected, &ours) {
            mismatches.push(m);
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

fn inputs() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    files
}

/// The first differing line of CPython's text and ours, for the failure message.
fn first_mismatch(path: &Path, expected: &str, ours: &str) -> Option<String> {
    if ours == expected {
        return None;
    }
    let line = ours
        .lines()
        .zip(expected.lines())
        .position(|(a, b)| a != b)
        .unwrap_or(ours.lines().count().min(expected.lines().count()));
    Some(format!(
        "{}: line {}: CPython {:?}, taipan {:?}",
        path.display(),
        line + 1,
        expected.lines().nth(line),
        ours.lines().nth(line)
    ))
}

#[test]
fn symtable_files_match_cpython() {
    let files = inputs();
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(root().join("snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    let mut mismatches = Vec::new();
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        let ours: Vec<String> = chunks(&text).iter().map(|c| table_text(c, path)).collect();
        let ours = ours.join(SEPARATOR);
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        settings.bind(|| insta::assert_snapshot!(stem.clone(), ours));
        let expected = std::fs::read_to_string(path.with_extension("cpython"))
            .unwrap_or_else(|_| panic!("{}: no .cpython file", path.display()));
        if let Some(m) = first_mismatch(path, &expected, &ours) {
            mismatches.push(m);
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

//! Data-driven optimizer tests.
//! - Every `tests/data/opt/*.py` and every file of the parser's corpus (`tests/data/parser/ok`)
//!   has a snapshot of its optimized tree (`ast.dump(indent=2)`) and of the changes made, with
//!   the default options (dead branches removed).
//! - With CPython's options, the constants left in the tree of each `tests/data/opt/*.py` equal
//!   the `co_consts` CPython 3.11 compiles it to (`<name>.consts`, written by
//!   `crates/opt/tools/co_consts.py`; no python3 needed here).
//! - The changes made over the parser's corpus (`tests/data/parser/ok`) are one snapshot, and
//!   no file there loses a docstring or its validity (every body stays non-empty).

use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::{Path, PathBuf};

use taipan_ast::dump::{DumpOptions, dump};
use taipan_ast::repr::constant_repr;
use taipan_ast::{Constant, parse_module};
use taipan_opt::{Options, constants, optimize};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data")
}

fn settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(root().join("opt/snapshots"));
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

fn stem(path: &Path) -> String {
    path.file_stem().unwrap().to_string_lossy().into_owned()
}

#[test]
fn opt_files_snapshots() {
    for path in inputs(&root().join("opt")) {
        snapshot_optimized(&path, "opt");
    }
}

/// The optimized tree of every file of the parser's corpus too, as issue 3 asks: the same inputs
/// snapshotted at every stage.
#[test]
fn parser_corpus_snapshots() {
    for path in inputs(&root().join("parser/ok")) {
        snapshot_optimized(&path, "parser_ok");
    }
}

/// Snapshots `path`'s tree after the optimizer (default options), then the changes it made.
fn snapshot_optimized(path: &Path, prefix: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    let mut lowered = parse_module(&text);
    assert!(
        lowered.errors.is_empty(),
        "{}: {:?}",
        path.display(),
        lowered.errors
    );
    let result = optimize(&mut lowered.ast, &Options::default());
    assert_eq!(result.error, None);
    let mut out = dump(&lowered.ast, &DumpOptions::indented(2));
    out.push_str("\n\n--- changes ---\n");
    for change in &result.changes {
        writeln!(out, "{change}").unwrap();
    }
    settings().bind(|| insta::assert_snapshot!(format!("{prefix}__{}", stem(path)), out));
}

/// `type:repr`, tuples and frozensets item by item, frozenset items sorted (as co_consts.py).
fn canon(c: &Constant) -> String {
    match c {
        Constant::Tuple(items) => {
            let inner: Vec<String> = items.iter().map(canon).collect();
            let comma = if items.len() == 1 { "," } else { "" };
            format!("({}{comma})", inner.join(", "))
        }
        Constant::FrozenSet(items) => {
            let mut inner: Vec<String> = items.iter().map(canon).collect();
            inner.sort();
            format!("frozenset({{{}}})", inner.join(", "))
        }
        _ => format!("{}:{}", c.type_name(), constant_repr(c)),
    }
}

#[test]
fn constants_equal_cpython_co_consts() {
    let mut failures = Vec::new();
    for path in inputs(&root().join("opt")) {
        let expected = path.with_extension("consts");
        let text = std::fs::read_to_string(&path).unwrap();
        if text.starts_with("# co_consts: skip") {
            continue;
        }
        let want: BTreeSet<String> = std::fs::read_to_string(&expected)
            .unwrap_or_else(|_| panic!("{} missing: run co_consts.py", expected.display()))
            .lines()
            .map(str::to_string)
            .collect();
        let mut lowered = parse_module(&text);
        optimize(&mut lowered.ast, &Options::cpython());
        let got: BTreeSet<String> = constants(&lowered.ast)
            .into_iter()
            .filter(|c| **c != Constant::None)
            .map(canon)
            .collect();
        if got != want {
            failures.push(format!(
                "{}:\n  only CPython: {:?}\n  only taipan:  {:?}",
                path.display(),
                want.difference(&got).collect::<Vec<_>>(),
                got.difference(&want).collect::<Vec<_>>()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn parser_corpus_changes() {
    let mut out = String::new();
    for path in inputs(&root().join("parser/ok")) {
        let text = std::fs::read_to_string(&path).unwrap();
        let mut lowered = parse_module(&text);
        let before = dump(&lowered.ast, &DumpOptions::default());
        let result = optimize(&mut lowered.ast, &Options::default());
        assert_eq!(result.error, None, "{}", path.display());
        if result.changes.is_empty() {
            assert_eq!(before, dump(&lowered.ast, &DumpOptions::default()));
            continue;
        }
        writeln!(out, "{}:", path.file_name().unwrap().to_string_lossy()).unwrap();
        for change in &result.changes {
            writeln!(out, "  {change}").unwrap();
        }
    }
    settings().bind(|| insta::assert_snapshot!("parser_corpus_changes", out));
}

/// Past CPython's depth (3000 nested nodes) the optimizer stops with `RecursionError`, as
/// `compile()` does, without overflowing the stack and leaving the tree well formed.
#[test]
fn too_deep_is_a_recursion_error() {
    let text = format!("x = {}1\n", "1+".repeat(5000));
    let mut lowered = parse_module(&text);
    let result = optimize(&mut lowered.ast, &Options::default());
    let error = result.error.expect("RecursionError");
    assert_eq!(error.kind, "RecursionError");
    assert_eq!(
        error.message,
        "maximum recursion depth exceeded during compilation"
    );
    // Shallow enough: folded to one constant.
    let text = format!("x = {}1\n", "1+".repeat(2000));
    let mut lowered = parse_module(&text);
    let result = optimize(&mut lowered.ast, &Options::default());
    assert_eq!(result.error, None);
    assert_eq!(
        dump(&lowered.ast, &DumpOptions::default()),
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=2001))], type_ignores=[])"
    );
}

//! Data-driven symbol table tests: every `tests/data/symtable/*.py` (cut into modules at its
//! `# ---` lines) has its table dump, or the error building it raises, snapshotted with insta
//! and checked equal to CPython 3.11's (`<name>.cpython`, written by
//! `crates/codegen/tools/symtable_expected.py`; no python3 needed here). The facts of each block
//! that the compiler will copy into its code object (generator, coroutine, nested, varargs, the
//! cells and free variables, the `__class__` cell of a class) are checked against the code
//! objects CPython compiles (`<name>.code`, the same script).

use std::path::{Path, PathBuf};

use taipan_codegen::symtable::flags::DEF_FREE_CLASS;
use taipan_codegen::symtable::{BlockId, BlockKind, Scope, SymbolTable, dump::dump};

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

/// What CPython's compiler takes from a block into its code object, as the tools script prints
/// it from the code objects (`code_facts`): name, flags, cells, free variables, then the children
/// sorted by name.
fn code_facts(table: &SymbolTable, id: BlockId, indent: &str, out: &mut String) {
    let b = table.block(id);
    let name = table.name(b.name);
    let name = match b.kind {
        BlockKind::Module => "<module>".to_string(),
        BlockKind::Function if b.comprehension.is_some() || name == "lambda" => format!("<{name}>"),
        _ => name.to_string(),
    };
    let mut flags = Vec::new();
    if b.kind == BlockKind::Function {
        let bits = [
            (b.varargs, "VARARGS"),
            (b.varkeywords, "VARKEYWORDS"),
            (b.nested, "NESTED"),
            (b.generator && !b.coroutine, "GENERATOR"),
            (b.coroutine && !b.generator, "COROUTINE"),
            (b.generator && b.coroutine, "ASYNC_GENERATOR"),
        ];
        flags.extend(bits.iter().filter(|(on, _)| *on).map(|(_, n)| *n));
    }
    let flags = if flags.is_empty() {
        "0".to_string()
    } else {
        flags.join("|")
    };
    let names = |keep: &dyn Fn(u32) -> bool| {
        let mut v: Vec<&str> = (b.symbols.iter())
            .filter(|&(_, &f)| keep(f))
            .map(|(&n, _)| table.name(n))
            .collect();
        v.sort_unstable();
        v
    };
    let mut cells = names(&|f| Scope::of(f) == Some(Scope::Cell));
    if b.needs_class_closure {
        cells.push("__class__");
    }
    let frees = names(&|f| Scope::of(f) == Some(Scope::Free) || f & DEF_FREE_CLASS != 0);
    out.push_str(&format!(
        "{indent}{name} {flags} cells={} frees={}\n",
        cells.join(","),
        frees.join(",")
    ));
    let mut children: Vec<(String, BlockId)> = b
        .children
        .iter()
        .map(|&c| {
            let mut s = String::new();
            code_facts(table, c, &format!("{indent}  "), &mut s);
            (
                s.trim_start().split(' ').next().unwrap_or("").to_string(),
                c,
            )
        })
        .collect();
    children.sort_by(|a, b| a.0.cmp(&b.0));
    for (_, c) in children {
        code_facts(table, c, &format!("{indent}  "), out);
    }
}

fn facts_text(source: &str) -> String {
    let lowered = taipan_ast::parse_module(source);
    match SymbolTable::new(&lowered.ast) {
        Ok(table) => {
            let mut out = String::new();
            code_facts(&table, BlockId::TOP, "", &mut out);
            out
        }
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

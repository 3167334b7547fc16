//! Robustness: the symbol table walks the tree recursively, so the deepest trees the parser
//! accepts must not overflow a test thread's 2 MiB stack (deeper ones end in CPython's
//! `RecursionError`); and it never panics, on the partial trees of invalid files neither.

use taipan_codegen::symtable::{ErrorKind, SymbolTable};

fn table(source: &str) -> Result<SymbolTable, taipan_codegen::symtable::SymtableError> {
    let lowered = taipan_ast::parse_module(source);
    assert!(lowered.errors.is_empty(), "{:?}", lowered.errors.first());
    SymbolTable::new(&lowered.ast)
}

#[test]
fn longest_operator_chain_the_parser_accepts() {
    let chain = vec!["a"; 2990].join(" + ");
    let source = format!("def f():\n    return [lambda: {chain} for a in b]\n");
    match table(&source) {
        Ok(t) => assert_eq!(t.blocks.len(), 4),
        Err(e) => assert_eq!(e.kind, ErrorKind::RecursionError),
    }
}

#[test]
fn deepest_nesting_the_parser_accepts() {
    let depth = 190;
    let source = format!(
        "x = {}y{}\n",
        "[(".repeat(depth / 2),
        ")]".repeat(depth / 2)
    );
    assert!(table(&source).is_ok());
}

/// Every Python file under `tests/data`, those with syntax errors included (their trees are
/// partial), in every parse mode: building a table returns, it never panics.
#[test]
fn never_panics_on_any_test_file() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data");
    let mut stack = vec![root];
    let mut files = 0;
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "py") {
                continue;
            }
            let bytes = std::fs::read(&path).unwrap();
            let text = String::from_utf8_lossy(&bytes);
            for mode in [
                taipan_ast::Mode::Exec,
                taipan_ast::Mode::Eval,
                taipan_ast::Mode::Single,
                taipan_ast::Mode::FuncType,
            ] {
                let lowered = taipan_ast::parse(&text, mode);
                let _ = SymbolTable::new(&lowered.ast);
            }
            files += 1;
        }
    }
    assert!(files > 100);
}

/// The compiler recurses as the symbol table does: the longest operator chain the parser
/// accepts compiles (as CPython compiles it) on a thread with the main thread's 8 MiB stack.
#[test]
fn compiler_takes_the_longest_operator_chain() {
    let chain = vec!["a"; 2990].join(" + ");
    let source = format!("def f():\n    return [lambda: {chain} for a in b]\n");
    let result = std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(move || {
            taipan_codegen::compile_source(&source, "deep.py", taipan_codegen::Mode::Exec, 0)
                .map(|_| ())
                .map_err(|e| e.message)
        })
        .unwrap()
        .join()
        .unwrap();
    assert_eq!(result, Ok(()));
}

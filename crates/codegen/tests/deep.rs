//! The symbol table walks the tree recursively: the deepest trees the parser accepts must not
//! overflow a test thread's 2 MiB stack, and deeper ones end in CPython's `RecursionError`.

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

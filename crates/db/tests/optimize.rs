//! The optimizer per item: for each `tests/optimize/*.py`, every item's optimized AST (one
//! `ast.dump` line each, under the item's path) in a snapshot. `future_annotations.py` and
//! `plain.py` hold the same code with and without `from __future__ import annotations`: the
//! annotations inside function and class bodies stay unfolded only under the future import,
//! which the items' own ASTs do not hold (the flag comes from the module's query).

use taipan_ast::dump::{DumpOptions, Dumper, format};
use taipan_db::{Database, item_optimized, item_tree};

#[test]
fn items_are_optimized_with_the_modules_future_flag() {
    insta::glob!("optimize/*.py", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        let mut db = Database::new();
        let file = db.set_file("module.py", text);
        let mut out = String::new();
        for &item in &item_tree(&db, file).items {
            let optimized = item_optimized(&db, item);
            let tree = Dumper::new(&optimized.ast, &DumpOptions::default()).module();
            out.push_str(&format!("{}:\n  {}\n", item.path(&db), format(&tree, None)));
        }
        insta::assert_snapshot!(out);
    });
}

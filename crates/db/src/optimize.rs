//! The optimizer stage per item: [`item_optimized`], and the module-wide fact it needs,
//! [`future_annotations`].
//!
//! `taipan_opt::optimize` is run on each item's AST apart, so it cannot read `from __future__
//! import annotations` from the tree it gets (a function body is not the module): the flag is a
//! query of its own over the module item's AST, passed in through `taipan_opt::Options`. Its
//! value is a bool, so an edit that leaves it as it was re-runs the flag and nothing after it.
//!
//! The options are CPython's (`Options::cpython()`: `ast_opt.c` at `-O0`, no dead-branch
//! removal beyond it, so the code compiled from the database is CPython's), without the log
//! of changes (`taipan opt` asks the optimizer for that directly).

use taipan_opt::Options;

use crate::item::{Item, ItemAst, item_ast, item_tree};
use crate::{Db, SourceFile};

/// An item's optimized AST (positions as in [`item_ast`]).
#[salsa::tracked(returns(ref))]
pub fn item_optimized<'db>(db: &'db dyn Db, item: Item<'db>) -> ItemAst {
    optimize_item(db, item)
}

/// [`item_optimized`]'s work, for the code path (`crate::codegen`), which keeps the result in
/// a query of its own with the item's symbol table: one memo per item less to check in every
/// revision.
pub(crate) fn optimize_item<'db>(db: &'db dyn Db, item: Item<'db>) -> ItemAst {
    let mut out = item_ast(db, item).clone();
    let options = Options {
        log: false,
        optimize: crate::CompileOptions::get(db).optimize(db),
        future_annotations: Some(future_annotations(db, item.file(db))),
        ..Options::cpython()
    };
    // Too deep a tree stops the optimizer with a RecursionError, which is the compiler's to
    // raise (CPython raises it from compile()); the tree past the limit is left as it was.
    let _ = taipan_opt::optimize(&mut out.ast, &options);
    out
}

/// Whether `file` starts with `from __future__ import annotations` (after its docstring), as
/// CPython's `future.c` reads it. The module item's AST holds the module's own statements.
#[salsa::tracked(returns(copy))]
pub fn future_annotations(db: &dyn Db, file: SourceFile) -> bool {
    let module = item_tree(db, file).items[0];
    taipan_opt::future_annotations(&item_ast(db, module).ast)
}

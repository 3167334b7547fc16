//! `_PyAST_ExprAsUnicode` (`Python/ast_unparse.c`): an expression back to source text, for
//! annotations under `from __future__ import annotations`. Not written yet: a placeholder.

use taipan_ast::{Ast, ExprId};

/// The source text of an expression, as CPython's unparser writes it.
pub fn unparse(_ast: &Ast, _e: ExprId) -> String {
    String::from("...")
}

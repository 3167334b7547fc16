//! `from __future__ import ...` at the top of a module, as CPython 3.11's `Python/future.c`
//! reads it before the symbol table is built: the features that change compilation
//! (`annotations`, `barry_as_FLUFL`) and the errors it raises ("not a chance", an unknown
//! feature, a future import after another statement on the same line). The check that a future
//! import on a later line comes too late is the compiler's (`compile.c`), not done here.

use taipan_ast::{Ast, Constant, ExprKind, Mod, StmtId, StmtKind};

use crate::symtable::SymtableError;

/// The features of `from __future__ import` that change how a module compiles.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct FutureFeatures {
    /// `annotations` (PEP 563): annotations are not evaluated.
    pub annotations: bool,
    /// `barry_as_FLUFL` (PEP 401).
    pub barry_as_flufl: bool,
    /// The line of the last future import (0 when none), CPython's `ff_lineno`.
    pub lineno: u32,
}

/// Features whose import is accepted and changes nothing in 3.11.
const NO_OPS: [&str; 7] = [
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
];

/// Reads the future imports at the start of a module (CPython's `future_parse`).
pub fn future_features(ast: &Ast) -> Result<FutureFeatures, SymtableError> {
    let mut ff = FutureFeatures::default();
    let body = match &ast.root {
        Mod::Module { body, .. } | Mod::Interactive { body } => body,
        _ => return Ok(ff),
    };
    let mut i = usize::from(has_docstring(ast, body));
    let (mut done, mut prev_line) = (false, 0);
    while i < body.len() {
        let s = ast.stmt(body[i]);
        i += 1;
        if done && s.loc.lineno > prev_line {
            return Ok(ff);
        }
        prev_line = s.loc.lineno;
        let StmtKind::ImportFrom { module, names, .. } = &s.kind else {
            done = true;
            continue;
        };
        if module.is_none_or(|m| &ast.names[m] != "__future__") {
            done = true;
            continue;
        }
        if done {
            return Err(SymtableError::at_point(
                "from __future__ imports must occur at the beginning of the file".into(),
                s.loc.lineno,
                s.loc.col_offset,
            ));
        }
        for alias in names {
            let feature = &ast.names[alias.name];
            match feature {
                "annotations" => ff.annotations = true,
                "barry_as_FLUFL" => ff.barry_as_flufl = true,
                "generator_stop" => {}
                f if NO_OPS.contains(&f) => {}
                "braces" => {
                    return Err(SymtableError::at_point(
                        "not a chance".into(),
                        s.loc.lineno,
                        s.loc.col_offset + 1,
                    ));
                }
                f => {
                    let f: String = f.chars().take(100).collect();
                    return Err(SymtableError::at_point(
                        format!("future feature {f} is not defined"),
                        s.loc.lineno,
                        s.loc.col_offset + 1,
                    ));
                }
            }
        }
        ff.lineno = s.loc.lineno;
    }
    Ok(ff)
}

/// Whether the first statement is a docstring (CPython's `_PyAST_GetDocString`).
fn has_docstring(ast: &Ast, body: &[StmtId]) -> bool {
    let Some(&first) = body.first() else {
        return false;
    };
    let StmtKind::Expr { value } = ast.stmt(first).kind else {
        return false;
    };
    matches!(
        &ast.expr(value).kind,
        ExprKind::Constant {
            value: Constant::Str(_),
            ..
        }
    )
}

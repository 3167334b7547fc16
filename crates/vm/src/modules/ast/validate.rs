//! The expression-context checks of CPython's `_PyAST_Validate`, run on a tree converted from
//! Python objects before it is compiled: every `Name`/`Attribute`/`Subscript`/`Starred`/`List`/
//! `Tuple` must carry the context its position needs (`expression must have Store context but
//! has Load instead`), nothing else may sit in a store or delete position (`expression which
//! can't be assigned to in Store context`), and a `NamedExpr` target is a `Name`. The compiler
//! trusts these contexts, so they are checked here rather than found out at run time.

use taipan_ast::{Ast, ExprContext, ExprId, ExprKind, StmtKind};
use taipan_object::{PyResult, ThreadState};

/// Checks the contexts of every expression of `ast`.
pub fn check_contexts(ts: &ThreadState, ast: &Ast) -> PyResult<()> {
    let n = ast.exprs.len();
    let mut expected = vec![ExprContext::Load; n];
    let mut set = |id: ExprId, c: ExprContext| expected[u32::from(id.into_raw()) as usize] = c;
    for (_, s) in ast.stmts.iter() {
        match &s.kind {
            StmtKind::Assign { targets, .. } => {
                targets.iter().for_each(|&t| set(t, ExprContext::Store))
            }
            StmtKind::Delete { targets } => targets.iter().for_each(|&t| set(t, ExprContext::Del)),
            StmtKind::AugAssign { target, .. } | StmtKind::AnnAssign { target, .. } => {
                set(*target, ExprContext::Store)
            }
            StmtKind::For(f) | StmtKind::AsyncFor(f) => set(f.target, ExprContext::Store),
            StmtKind::With(w) | StmtKind::AsyncWith(w) => {
                for item in &w.items {
                    if let Some(v) = item.optional_vars {
                        set(v, ExprContext::Store);
                    }
                }
            }
            _ => {}
        }
    }
    // Children are allocated before their parents: walking down from the last expression
    // hands each parent's context to its children before they are checked.
    let ids: Vec<ExprId> = ast.exprs.iter().map(|(id, _)| id).collect();
    for &id in ids.iter().rev() {
        let i = u32::from(id.into_raw()) as usize;
        let want = expected[i];
        let kind = &ast.exprs[id].kind;
        match kind.ctx() {
            Some(actual) if actual != want => {
                return Err(ts.value_error(format!(
                    "expression must have {} context but has {} instead",
                    want.class_name(),
                    actual.class_name()
                )));
            }
            None if want != ExprContext::Load => {
                return Err(ts.value_error(format!(
                    "expression which can't be assigned to in {} context",
                    want.class_name()
                )));
            }
            _ => {}
        }
        let mut put =
            |c: ExprId, ctx: ExprContext| expected[u32::from(c.into_raw()) as usize] = ctx;
        match kind {
            ExprKind::Starred { value, .. } => put(*value, want),
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                elts.iter().for_each(|&e| put(e, want))
            }
            ExprKind::NamedExpr { target, .. } => {
                if !matches!(ast.exprs[*target].kind, ExprKind::Name { .. }) {
                    return Err(ts.type_error("NamedExpr target must be a Name"));
                }
                put(*target, ExprContext::Store)
            }
            ExprKind::ListComp { generators, .. }
            | ExprKind::SetComp { generators, .. }
            | ExprKind::GeneratorExp { generators, .. }
            | ExprKind::DictComp { generators, .. } => generators
                .iter()
                .for_each(|g| put(g.target, ExprContext::Store)),
            _ => {}
        }
    }
    Ok(())
}

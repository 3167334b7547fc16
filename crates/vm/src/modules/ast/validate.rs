//! The expression-context checks of CPython's `_PyAST_Validate`, run on a tree converted from
//! Python objects before it is compiled: every `Name`/`Attribute`/`Subscript`/`Starred`/`List`/
//! `Tuple` must carry the context its position needs (`expression must have Store context but
//! has Load instead`), nothing else may sit in a store or delete position (`expression which
//! can't be assigned to in Store context`), and a `NamedExpr` target is a `Name`; and its
//! pattern checks (`can't use MatchStar here`, `MatchSingleton can only contain True, False
//! and None`, ...). The compiler trusts these, so they are checked here rather than found out
//! at run time.

use taipan_ast::{
    Ast, Constant, ExprContext, ExprId, ExprKind, Operator, PatternId, PatternKind, StmtKind,
    UnaryOperator,
};
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

/// Checks the patterns of every `match` statement of `ast` (`validate_pattern`).
pub fn check_patterns(ts: &ThreadState, ast: &Ast) -> PyResult<()> {
    for (_, s) in ast.stmts.iter() {
        if let StmtKind::Match { cases, .. } = &s.kind {
            for c in cases {
                pattern(ts, ast, c.pattern, false)?;
            }
        }
    }
    Ok(())
}

fn invalid<T>(ts: &ThreadState, msg: &str) -> PyResult<T> {
    Err(ts.value_error(msg))
}

fn capture(ts: &ThreadState, ast: &Ast, name: taipan_ast::Identifier) -> PyResult<()> {
    match ast.names.get(name) {
        "_" => invalid(ts, "can't capture name '_' in patterns"),
        n @ ("None" | "True" | "False") => invalid(
            ts,
            &format!("identifier field can't represent '{n}' constant"),
        ),
        _ => Ok(()),
    }
}

fn match_value(ts: &ThreadState, ast: &Ast, e: ExprId) -> PyResult<()> {
    match &ast.exprs[e].kind {
        ExprKind::Constant { value, .. } => match value {
            Constant::Int(_)
            | Constant::Float(_)
            | Constant::Bytes(_)
            | Constant::Complex { .. }
            | Constant::Str(_) => Ok(()),
            _ => invalid(ts, "unexpected constant inside of a literal pattern"),
        },
        ExprKind::Attribute { .. } | ExprKind::JoinedStr { .. } => Ok(()),
        ExprKind::UnaryOp {
            op: UnaryOperator::USub,
            ..
        } => Ok(()),
        ExprKind::BinOp {
            op: Operator::Add | Operator::Sub,
            ..
        } => Ok(()),
        _ => invalid(ts, "patterns may only match literals and attribute lookups"),
    }
}

fn pattern(ts: &ThreadState, ast: &Ast, id: PatternId, star_ok: bool) -> PyResult<()> {
    let all = |ps: &[PatternId], star_ok: bool| -> PyResult<()> {
        ps.iter().try_for_each(|&p| pattern(ts, ast, p, star_ok))
    };
    match &ast.patterns[id].kind {
        PatternKind::MatchValue { value } => match_value(ts, ast, *value),
        PatternKind::MatchSingleton { value } => match value {
            Constant::None | Constant::Bool(_) => Ok(()),
            _ => invalid(ts, "MatchSingleton can only contain True, False and None"),
        },
        PatternKind::MatchSequence { patterns } => all(patterns, true),
        PatternKind::MatchMapping {
            keys,
            patterns,
            rest,
        } => {
            if let Some(r) = rest {
                capture(ts, ast, *r)?;
            }
            for &k in keys {
                if !matches!(ast.exprs[k].kind, ExprKind::Name { .. }) {
                    match_value(ts, ast, k)?;
                }
            }
            all(patterns, false)
        }
        PatternKind::MatchClass {
            cls,
            patterns,
            kwd_patterns,
            ..
        } => {
            let mut c = *cls;
            loop {
                match &ast.exprs[c].kind {
                    ExprKind::Name { .. } => break,
                    ExprKind::Attribute { value, .. } => c = *value,
                    _ => {
                        return invalid(
                            ts,
                            "MatchClass cls field can only contain Name or Attribute nodes.",
                        );
                    }
                }
            }
            all(patterns, false)?;
            all(kwd_patterns, false)
        }
        PatternKind::MatchStar { name } => {
            if !star_ok {
                return invalid(ts, "can't use MatchStar here");
            }
            name.map_or(Ok(()), |n| capture(ts, ast, n))
        }
        PatternKind::MatchAs { pattern: p, name } => {
            if let Some(n) = name {
                capture(ts, ast, *n)?;
            }
            match (p, name) {
                (None, _) => Ok(()),
                (Some(_), None) => invalid(
                    ts,
                    "MatchAs must specify a target name if a pattern is given",
                ),
                (Some(p), Some(_)) => pattern(ts, ast, *p, false),
            }
        }
        PatternKind::MatchOr { patterns } => {
            if patterns.len() < 2 {
                return invalid(ts, "MatchOr requires at least 2 patterns");
            }
            all(patterns, false)
        }
    }
}

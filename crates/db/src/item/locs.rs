//! [`map_locs`]: every source position of an AST rewritten by one function — the nodes of the
//! three arenas and the positions kept outside them (`arg`, `keyword`, `alias`,
//! `excepthandler`). Takes an item's AST, lowered with positions relative to the item, back to
//! the file's positions. (It only needs the AST's public types; it can move to `taipan-ast`
//! if another crate wants it.)

use taipan_ast::{Arguments, Ast, ExprKind, Loc, StmtKind};

/// Replaces every position `loc` in `ast` by `f(loc)`.
pub fn map_locs(ast: &mut Ast, mut f: impl FnMut(Loc) -> Loc) {
    {
        fn args(a: &mut Arguments, f: &mut impl FnMut(Loc) -> Loc) {
            let all = a
                .posonlyargs
                .iter_mut()
                .chain(a.args.iter_mut())
                .chain(a.vararg.iter_mut())
                .chain(a.kwonlyargs.iter_mut())
                .chain(a.kwarg.iter_mut());
            for arg in all {
                arg.loc = f(arg.loc);
            }
        }
        for (_, e) in ast.exprs.iter_mut() {
            e.loc = f(e.loc);
            match &mut e.kind {
                ExprKind::Lambda { args: a, .. } => args(a, &mut f),
                ExprKind::Call { keywords, .. } => {
                    for k in keywords {
                        k.loc = f(k.loc);
                    }
                }
                _ => {}
            }
        }
        for (_, s) in ast.stmts.iter_mut() {
            s.loc = f(s.loc);
            match &mut s.kind {
                StmtKind::FunctionDef(d) | StmtKind::AsyncFunctionDef(d) => {
                    args(&mut d.args, &mut f)
                }
                StmtKind::ClassDef(c) => {
                    for k in &mut c.keywords {
                        k.loc = f(k.loc);
                    }
                }
                StmtKind::Try(t) | StmtKind::TryStar(t) => {
                    for h in &mut t.handlers {
                        h.loc = f(h.loc);
                    }
                }
                StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                    for a in names {
                        a.loc = f(a.loc);
                    }
                }
                _ => {}
            }
        }
        for (_, p) in ast.patterns.iter_mut() {
            p.loc = f(p.loc);
        }
    }
}

//! Dead branches (beyond CPython, which leaves them to its compiler): once its test folded to a
//! constant, an `if` is replaced by its live branch, a `while` with a false test by its `else`,
//! and a `while` with a true test loses its `else`.
//!
//! Removing code is only safe when nothing observable depended on its mere presence. CPython's
//! symbol table and compiler see dead code too, so a dead statement is removable ("inert") only
//! when it
//! - binds or deletes no name in a function (assignment, `for`/`with`/`except` targets, imports,
//!   `del`; a local must stay local: `UnboundLocalError`), nor `__debug__` anywhere;
//! - declares nothing (`global`, `nonlocal`), defines no function or class, holds no annotated
//!   assignment (a module or class body with one gets `__annotations__`) and no `match`;
//! - has no `yield`, `yield from`, `await` or walrus (a function whose only `yield` is dead is
//!   still a generator, as in CPython);
//! - names no `super` or `__class__` in a function (the implicit `__class__` cell);
//! - would raise no compile error where it is (`return` outside a function or with a value in an
//!   async function, `break`/`continue` outside a loop, `async for`/`async with` outside an async
//!   function, `from __future__` imports, `import *` outside a module, `except*` blocks).
//!
//! Statements that are not inert are kept, in order, under `if False:` (a new `If` at the
//! removed statement's position, with a `False` constant at the test's): the compiler emits no
//! code for it, and the symbol table still sees them. That `if False:` is the marker that keeps
//! a function whose only `yield` is dead a generator.
//!
//! One difference remains observable, by tracing only: CPython keeps a `NOP` on the line of a
//! removed `if 0:`, so `sys.settrace` (and coverage tools) see that line run; without the
//! statement there is no such line event. `Options::cpython()` turns the removal off.

use taipan_ast::{
    Constant, ConstantKind, ExprContext, ExprId, ExprKind, Identifier, Loc, StmtId, StmtKind,
};
use taipan_numeric::truthy;

use crate::walk::{Optimizer, Scope};
use crate::{Change, Transform};

/// Where the dead statements are.
#[derive(Clone, Copy)]
struct Cx {
    scope: Scope,
    in_loop: bool,
}

impl Cx {
    fn in_function(self) -> bool {
        matches!(self.scope, Scope::Function { .. })
    }
    fn in_async_function(self) -> bool {
        matches!(self.scope, Scope::Function { is_async: true })
    }
    fn looping(self) -> Cx {
        Cx {
            in_loop: true,
            ..self
        }
    }
}

/// The identifiers the inertness test looks for (`None` when the tree never uses them).
struct Special {
    debug: Option<Identifier>,
    super_: Option<Identifier>,
    class_cell: Option<Identifier>,
    future: Option<Identifier>,
    star: Option<Identifier>,
}

impl Optimizer<'_> {
    /// After statement `id` was visited: the statements to put in its place when it has a dead
    /// branch, else `None`.
    pub(crate) fn dead_branch(&mut self, id: StmtId) -> Option<Vec<StmtId>> {
        let cx = Cx {
            scope: self.scope,
            in_loop: self.loop_depth > 0,
        };
        let stmt = &self.ast.stmts[id];
        let loc = stmt.loc;
        match &stmt.kind {
            StmtKind::If { test, body, orelse } => {
                let value = truthy(self.constant(*test)?);
                let (live, dead) = if value {
                    (body, orelse)
                } else {
                    (orelse, body)
                };
                let (live, dead, test_loc) =
                    (live.clone(), dead.clone(), self.ast.exprs[*test].loc);
                let kept = self.residue(&dead, cx);
                if live.is_empty() && kept.len() == dead.len() {
                    return None;
                }
                let marker = self.marker(&kept, test_loc, loc);
                let mut out = Vec::with_capacity(live.len() + 1);
                if value {
                    out.extend(&live);
                    out.extend(marker);
                } else {
                    out.extend(marker);
                    out.extend(&live);
                }
                self.log_dead(Transform::RemoveDeadIf, loc, &dead, kept.len(), live.len());
                Some(out)
            }
            StmtKind::While { test, body, orelse } => {
                let value = truthy(self.constant(*test)?);
                let test_loc = self.ast.exprs[*test].loc;
                if value {
                    let dead = orelse.clone();
                    let kept = self.residue(&dead, cx);
                    if kept.len() == dead.len() {
                        return None;
                    }
                    if let StmtKind::While { orelse, .. } = &mut self.ast.stmts[id].kind {
                        orelse.clear();
                    }
                    let marker = self.marker(&kept, test_loc, loc);
                    self.log_dead(Transform::RemoveDeadWhileElse, loc, &dead, kept.len(), 1);
                    Some(std::iter::once(id).chain(marker).collect())
                } else {
                    let (dead, live) = (body.clone(), orelse.clone());
                    let kept = self.residue(&dead, cx.looping());
                    if live.is_empty() && kept.len() == dead.len() {
                        return None;
                    }
                    let marker = self.marker(&kept, test_loc, loc);
                    self.log_dead(
                        Transform::RemoveDeadWhile,
                        loc,
                        &dead,
                        kept.len(),
                        live.len(),
                    );
                    Some(marker.into_iter().chain(live).collect())
                }
            }
            _ => None,
        }
    }

    /// The statements of `dead` that must stay.
    fn residue(&self, dead: &[StmtId], cx: Cx) -> Vec<StmtId> {
        let names = &self.ast.names;
        let special = Special {
            debug: names.lookup("__debug__"),
            super_: names.lookup("super"),
            class_cell: names.lookup("__class__"),
            future: names.lookup("__future__"),
            star: names.lookup("*"),
        };
        dead.iter()
            .copied()
            .filter(|&s| !self.inert_stmt(s, cx, &special))
            .collect()
    }

    /// `if False:` over `kept`, unless it is empty.
    fn marker(&mut self, kept: &[StmtId], test_loc: Loc, loc: Loc) -> Option<StmtId> {
        if kept.is_empty() {
            return None;
        }
        let test = self.ast.alloc_expr(
            ExprKind::Constant {
                value: Constant::Bool(false),
                kind: ConstantKind::None,
            },
            test_loc,
        );
        Some(self.ast.alloc_stmt(
            StmtKind::If {
                test,
                body: kept.to_vec(),
                orelse: Vec::new(),
            },
            loc,
        ))
    }

    fn log_dead(
        &mut self,
        transform: Transform,
        loc: Loc,
        dead: &[StmtId],
        kept: usize,
        live: usize,
    ) {
        let (before, after) = if self.options.log {
            let lines = match (dead.first(), dead.last()) {
                (Some(&a), Some(&b)) => format!(
                    ", lines {}-{}",
                    self.ast.stmts[a].loc.lineno, self.ast.stmts[b].loc.end_lineno
                ),
                _ => String::new(),
            };
            (
                format!("{} dead statement(s){lines}", dead.len()),
                format!(
                    "{} removed, {kept} kept under `if False:`, {live} live statement(s) in place",
                    dead.len() - kept
                ),
            )
        } else {
            (String::new(), String::new())
        };
        self.changes.push(Change {
            transform,
            loc,
            before,
            after,
        });
    }

    fn inert_stmts(&self, stmts: &[StmtId], cx: Cx, sp: &Special) -> bool {
        stmts.iter().all(|&s| self.inert_stmt(s, cx, sp))
    }

    fn inert_opt(&self, e: Option<ExprId>, cx: Cx, sp: &Special) -> bool {
        e.is_none_or(|e| self.inert_expr(e, cx, sp))
    }

    fn inert_exprs(&self, es: &[ExprId], cx: Cx, sp: &Special) -> bool {
        es.iter().all(|&e| self.inert_expr(e, cx, sp))
    }

    fn inert_stmt(&self, id: StmtId, cx: Cx, sp: &Special) -> bool {
        let in_function = cx.in_function();
        match &self.ast.stmts[id].kind {
            StmtKind::FunctionDef(_)
            | StmtKind::AsyncFunctionDef(_)
            | StmtKind::ClassDef(_)
            | StmtKind::AnnAssign { .. }
            | StmtKind::Match { .. }
            | StmtKind::TryStar(_)
            | StmtKind::Global { .. }
            | StmtKind::Nonlocal { .. } => false,
            StmtKind::Return { value } => {
                in_function
                    && !(value.is_some() && cx.in_async_function())
                    && self.inert_opt(*value, cx, sp)
            }
            StmtKind::Delete { targets } => self.inert_exprs(targets, cx, sp),
            StmtKind::Assign { targets, value, .. } => {
                self.inert_exprs(targets, cx, sp) && self.inert_expr(*value, cx, sp)
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.inert_expr(*target, cx, sp) && self.inert_expr(*value, cx, sp)
            }
            StmtKind::For(f) | StmtKind::AsyncFor(f) => {
                (matches!(self.ast.stmts[id].kind, StmtKind::For(_)) || cx.in_async_function())
                    && self.inert_expr(f.target, cx, sp)
                    && self.inert_expr(f.iter, cx, sp)
                    && self.inert_stmts(&f.body, cx.looping(), sp)
                    && self.inert_stmts(&f.orelse, cx, sp)
            }
            StmtKind::While { test, body, orelse } => {
                self.inert_expr(*test, cx, sp)
                    && self.inert_stmts(body, cx.looping(), sp)
                    && self.inert_stmts(orelse, cx, sp)
            }
            StmtKind::If { test, body, orelse } => {
                self.inert_expr(*test, cx, sp)
                    && self.inert_stmts(body, cx, sp)
                    && self.inert_stmts(orelse, cx, sp)
            }
            StmtKind::With(w) | StmtKind::AsyncWith(w) => {
                (matches!(self.ast.stmts[id].kind, StmtKind::With(_)) || cx.in_async_function())
                    && w.items.iter().all(|i| {
                        self.inert_expr(i.context_expr, cx, sp)
                            && self.inert_opt(i.optional_vars, cx, sp)
                    })
                    && self.inert_stmts(&w.body, cx, sp)
            }
            StmtKind::Raise { exc, cause } => {
                self.inert_opt(*exc, cx, sp) && self.inert_opt(*cause, cx, sp)
            }
            StmtKind::Try(t) => {
                self.inert_stmts(&t.body, cx, sp)
                    && t.handlers.iter().all(|h| {
                        (h.name.is_none() || !in_function)
                            && self.inert_opt(h.type_, cx, sp)
                            && self.inert_stmts(&h.body, cx, sp)
                    })
                    && self.inert_stmts(&t.orelse, cx, sp)
                    && self.inert_stmts(&t.finalbody, cx, sp)
            }
            StmtKind::Assert { test, msg } => {
                self.inert_expr(*test, cx, sp) && self.inert_opt(*msg, cx, sp)
            }
            StmtKind::Import { .. } => !in_function,
            StmtKind::ImportFrom { module, names, .. } => {
                !in_function
                    && (module.is_none() || *module != sp.future)
                    && (cx.scope == Scope::Module || names.iter().all(|a| Some(a.name) != sp.star))
            }
            StmtKind::Expr { value } => self.inert_expr(*value, cx, sp),
            StmtKind::Pass => true,
            StmtKind::Break | StmtKind::Continue => cx.in_loop,
        }
    }

    fn inert_expr(&self, id: ExprId, cx: Cx, sp: &Special) -> bool {
        let in_function = cx.in_function();
        let all = |es: &[ExprId]| self.inert_exprs(es, cx, sp);
        let one = |e: ExprId| self.inert_expr(e, cx, sp);
        let opt = |e: Option<ExprId>| self.inert_opt(e, cx, sp);
        let generators = |gs: &[taipan_ast::Comprehension]| {
            gs.iter()
                .all(|g| one(g.target) && one(g.iter) && all(&g.ifs))
        };
        match &self.ast.exprs[id].kind {
            ExprKind::Yield { .. }
            | ExprKind::YieldFrom { .. }
            | ExprKind::Await { .. }
            | ExprKind::NamedExpr { .. } => false,
            ExprKind::Name { id: name, ctx } => match ctx {
                ExprContext::Load => {
                    !(in_function && (Some(*name) == sp.super_ || Some(*name) == sp.class_cell))
                }
                ExprContext::Store | ExprContext::Del => !in_function && Some(*name) != sp.debug,
            },
            ExprKind::BoolOp { values, .. } => all(values),
            ExprKind::BinOp { left, right, .. } => one(*left) && one(*right),
            ExprKind::UnaryOp { operand, .. } => one(*operand),
            ExprKind::Lambda { args, body } => {
                all(&args.defaults)
                    && args.kw_defaults.iter().all(|d| opt(*d))
                    && args
                        .posonlyargs
                        .iter()
                        .chain(&args.args)
                        .chain(&args.kwonlyargs)
                        .chain(&args.vararg)
                        .chain(&args.kwarg)
                        .all(|a| opt(a.annotation))
                    && one(*body)
            }
            ExprKind::IfExp { test, body, orelse } => one(*test) && one(*body) && one(*orelse),
            ExprKind::Dict { keys, values } => keys.iter().all(|k| opt(*k)) && all(values),
            ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                all(elts)
            }
            ExprKind::ListComp { elt, generators: g }
            | ExprKind::SetComp { elt, generators: g }
            | ExprKind::GeneratorExp { elt, generators: g } => one(*elt) && generators(g),
            ExprKind::DictComp {
                key,
                value,
                generators: g,
            } => one(*key) && one(*value) && generators(g),
            ExprKind::Compare {
                left, comparators, ..
            } => one(*left) && all(comparators),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => one(*func) && all(args) && keywords.iter().all(|k| one(k.value)),
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => one(*value) && opt(*format_spec),
            ExprKind::JoinedStr { values } => all(values),
            ExprKind::Constant { .. } => true,
            ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => one(*value),
            ExprKind::Subscript { value, slice, .. } => one(*value) && one(*slice),
            ExprKind::Slice { lower, upper, step } => opt(*lower) && opt(*upper) && opt(*step),
        }
    }
}

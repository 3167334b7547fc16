//! taipan's AST (`taipan_ast::Ast`, arenas) to Python `ast` node objects: what `ast.parse()`
//! and `compile(..., PyCF_ONLY_AST)` return (CPython's `ast2obj_*`). Fields in `_fields`
//! order, positions as the four attributes, operator and context nodes shared.

use taipan_ast::{
    Alias, Arg, Arguments, Ast, Comprehension, ConstantKind, ExceptHandler, ExprId, ExprKind,
    Identifier, Keyword, MatchCase, Mod, PatternId, PatternKind, StmtId, StmtKind, WithItem,
};
use taipan_object::types::code::const_to_object;
use taipan_object::{ObjRef, PyResult, ThreadState};

use super::AstState;
use super::nodes::idx;

/// The Python object tree of `ast`'s root.
pub fn module(ts: &ThreadState, ast: &Ast) -> PyResult<ObjRef> {
    let st = super::state(ts)?;
    let c = ToPy { ts, st: &st, ast };
    Ok(c.root())
}

struct ToPy<'a> {
    ts: &'a ThreadState,
    st: &'a AstState,
    ast: &'a Ast,
}

impl ToPy<'_> {
    fn none(&self) -> ObjRef {
        self.ts.none()
    }
    fn list<T>(&self, items: &[T], f: impl Fn(&T) -> ObjRef) -> ObjRef {
        self.ts.new_list(items.iter().map(f).collect())
    }
    fn ident(&self, id: Identifier) -> ObjRef {
        self.ts.intern(self.ast.names.get(id))
    }
    fn opt_ident(&self, id: Option<Identifier>) -> ObjRef {
        id.map_or_else(|| self.none(), |i| self.ident(i))
    }
    fn idents(&self, ids: &[Identifier]) -> ObjRef {
        self.list(ids, |&i| self.ident(i))
    }
    fn string(&self, s: &Option<Box<str>>) -> ObjRef {
        s.as_deref()
            .map_or_else(|| self.none(), |t| self.ts.new_str(t))
    }
    fn exprs(&self, ids: &[ExprId]) -> ObjRef {
        self.list(ids, |&e| self.expr(e))
    }
    fn opt_expr(&self, id: Option<ExprId>) -> ObjRef {
        id.map_or_else(|| self.none(), |e| self.expr(e))
    }
    fn stmts(&self, ids: &[StmtId]) -> ObjRef {
        self.list(ids, |&s| self.stmt(s))
    }
    fn patterns(&self, ids: &[PatternId]) -> ObjRef {
        self.list(ids, |&p| self.pattern(p))
    }
    /// The shared instance of the field-less class `first + offset` (taipan's operator and
    /// context enums list their variants in the ASDL's order).
    fn unit(&self, first: usize, offset: usize) -> ObjRef {
        self.st.node(self.ts, first + offset, Vec::new(), None)
    }
    fn int(&self, v: i64) -> ObjRef {
        self.ts.new_int(v)
    }

    fn root(&self) -> ObjRef {
        let n = |k, v| self.st.node(self.ts, k, v, None);
        match &self.ast.root {
            Mod::Module { body, type_ignores } => n(
                idx::Module,
                vec![
                    self.stmts(body),
                    self.list(type_ignores, |t| {
                        n(
                            idx::TypeIgnore,
                            vec![self.int(t.lineno as i64), self.ts.new_str(&t.tag)],
                        )
                    }),
                ],
            ),
            Mod::Interactive { body } => n(idx::Interactive, vec![self.stmts(body)]),
            Mod::Expression { body } => n(idx::Expression, vec![self.expr(*body)]),
            Mod::FunctionType { argtypes, returns } => n(
                idx::FunctionType,
                vec![self.exprs(argtypes), self.expr(*returns)],
            ),
        }
    }

    fn expr(&self, id: ExprId) -> ObjRef {
        let e = &self.ast.exprs[id];
        let (k, v): (usize, Vec<ObjRef>) = match &e.kind {
            ExprKind::BoolOp { op, values } => (
                idx::BoolOp,
                vec![self.unit(idx::And, *op as usize), self.exprs(values)],
            ),
            ExprKind::NamedExpr { target, value } => {
                (idx::NamedExpr, vec![self.expr(*target), self.expr(*value)])
            }
            ExprKind::BinOp { left, op, right } => (
                idx::BinOp,
                vec![
                    self.expr(*left),
                    self.unit(idx::Add, *op as usize),
                    self.expr(*right),
                ],
            ),
            ExprKind::UnaryOp { op, operand } => (
                idx::UnaryOp,
                vec![self.unit(idx::Invert, *op as usize), self.expr(*operand)],
            ),
            ExprKind::Lambda { args, body } => {
                (idx::Lambda, vec![self.arguments(args), self.expr(*body)])
            }
            ExprKind::IfExp { test, body, orelse } => (
                idx::IfExp,
                vec![self.expr(*test), self.expr(*body), self.expr(*orelse)],
            ),
            ExprKind::Dict { keys, values } => (
                idx::Dict,
                vec![self.list(keys, |&k| self.opt_expr(k)), self.exprs(values)],
            ),
            ExprKind::Set { elts } => (idx::Set, vec![self.exprs(elts)]),
            ExprKind::ListComp { elt, generators } => (
                idx::ListComp,
                vec![self.expr(*elt), self.comprehensions(generators)],
            ),
            ExprKind::SetComp { elt, generators } => (
                idx::SetComp,
                vec![self.expr(*elt), self.comprehensions(generators)],
            ),
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => (
                idx::DictComp,
                vec![
                    self.expr(*key),
                    self.expr(*value),
                    self.comprehensions(generators),
                ],
            ),
            ExprKind::GeneratorExp { elt, generators } => (
                idx::GeneratorExp,
                vec![self.expr(*elt), self.comprehensions(generators)],
            ),
            ExprKind::Await { value } => (idx::Await, vec![self.expr(*value)]),
            ExprKind::Yield { value } => (idx::Yield, vec![self.opt_expr(*value)]),
            ExprKind::YieldFrom { value } => (idx::YieldFrom, vec![self.expr(*value)]),
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => (
                idx::Compare,
                vec![
                    self.expr(*left),
                    self.list(ops, |o| self.unit(idx::Eq, *o as usize)),
                    self.exprs(comparators),
                ],
            ),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => (
                idx::Call,
                vec![self.expr(*func), self.exprs(args), self.keywords(keywords)],
            ),
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => (
                idx::FormattedValue,
                vec![
                    self.expr(*value),
                    self.int(*conversion as i64),
                    self.opt_expr(*format_spec),
                ],
            ),
            ExprKind::JoinedStr { values } => (idx::JoinedStr, vec![self.exprs(values)]),
            ExprKind::Constant { value, kind } => (
                idx::Constant,
                vec![
                    const_to_object(self.ts, value),
                    match kind {
                        ConstantKind::U => self.ts.intern("u"),
                        ConstantKind::None => self.none(),
                    },
                ],
            ),
            ExprKind::Attribute { value, attr, ctx } => (
                idx::Attribute,
                vec![
                    self.expr(*value),
                    self.ident(*attr),
                    self.unit(idx::Load, *ctx as usize),
                ],
            ),
            ExprKind::Subscript { value, slice, ctx } => (
                idx::Subscript,
                vec![
                    self.expr(*value),
                    self.expr(*slice),
                    self.unit(idx::Load, *ctx as usize),
                ],
            ),
            ExprKind::Starred { value, ctx } => (
                idx::Starred,
                vec![self.expr(*value), self.unit(idx::Load, *ctx as usize)],
            ),
            ExprKind::Name { id, ctx } => (
                idx::Name,
                vec![self.ident(*id), self.unit(idx::Load, *ctx as usize)],
            ),
            ExprKind::List { elts, ctx } => (
                idx::List,
                vec![self.exprs(elts), self.unit(idx::Load, *ctx as usize)],
            ),
            ExprKind::Tuple { elts, ctx } => (
                idx::Tuple,
                vec![self.exprs(elts), self.unit(idx::Load, *ctx as usize)],
            ),
            ExprKind::Slice { lower, upper, step } => (
                idx::Slice,
                vec![
                    self.opt_expr(*lower),
                    self.opt_expr(*upper),
                    self.opt_expr(*step),
                ],
            ),
        };
        self.st.node(self.ts, k, v, Some(e.loc))
    }

    fn comprehensions(&self, gens: &[Comprehension]) -> ObjRef {
        self.list(gens, |g| {
            self.st.node(
                self.ts,
                idx::comprehension,
                vec![
                    self.expr(g.target),
                    self.expr(g.iter),
                    self.exprs(&g.ifs),
                    self.int(g.is_async as i64),
                ],
                None,
            )
        })
    }
    fn keywords(&self, kws: &[Keyword]) -> ObjRef {
        self.list(kws, |k| {
            self.st.node(
                self.ts,
                idx::keyword,
                vec![self.opt_ident(k.arg), self.expr(k.value)],
                Some(k.loc),
            )
        })
    }
    fn arg(&self, a: &Arg) -> ObjRef {
        self.st.node(
            self.ts,
            idx::arg,
            vec![
                self.ident(a.arg),
                self.opt_expr(a.annotation),
                self.string(&a.type_comment),
            ],
            Some(a.loc),
        )
    }
    fn opt_arg(&self, a: &Option<Arg>) -> ObjRef {
        a.as_ref().map_or_else(|| self.none(), |a| self.arg(a))
    }
    fn arguments(&self, a: &Arguments) -> ObjRef {
        self.st.node(
            self.ts,
            idx::arguments,
            vec![
                self.list(&a.posonlyargs, |x| self.arg(x)),
                self.list(&a.args, |x| self.arg(x)),
                self.opt_arg(&a.vararg),
                self.list(&a.kwonlyargs, |x| self.arg(x)),
                self.list(&a.kw_defaults, |&d| self.opt_expr(d)),
                self.opt_arg(&a.kwarg),
                self.exprs(&a.defaults),
            ],
            None,
        )
    }
    fn aliases(&self, names: &[Alias]) -> ObjRef {
        self.list(names, |a| {
            self.st.node(
                self.ts,
                idx::alias,
                vec![self.ident(a.name), self.opt_ident(a.asname)],
                Some(a.loc),
            )
        })
    }
    fn handlers(&self, hs: &[ExceptHandler]) -> ObjRef {
        self.list(hs, |h| {
            self.st.node(
                self.ts,
                idx::ExceptHandler,
                vec![
                    self.opt_expr(h.type_),
                    self.opt_ident(h.name),
                    self.stmts(&h.body),
                ],
                Some(h.loc),
            )
        })
    }
    fn with_items(&self, items: &[WithItem]) -> ObjRef {
        self.list(items, |w| {
            self.st.node(
                self.ts,
                idx::withitem,
                vec![self.expr(w.context_expr), self.opt_expr(w.optional_vars)],
                None,
            )
        })
    }
    fn match_cases(&self, cases: &[MatchCase]) -> ObjRef {
        self.list(cases, |c| {
            self.st.node(
                self.ts,
                idx::match_case,
                vec![
                    self.pattern(c.pattern),
                    self.opt_expr(c.guard),
                    self.stmts(&c.body),
                ],
                None,
            )
        })
    }

    fn stmt(&self, id: StmtId) -> ObjRef {
        let s = &self.ast.stmts[id];
        let func = |k, f: &taipan_ast::FunctionDef| {
            (
                k,
                vec![
                    self.ident(f.name),
                    self.arguments(&f.args),
                    self.stmts(&f.body),
                    self.exprs(&f.decorator_list),
                    self.opt_expr(f.returns),
                    self.string(&f.type_comment),
                ],
            )
        };
        let for_ = |k, f: &taipan_ast::For| {
            (
                k,
                vec![
                    self.expr(f.target),
                    self.expr(f.iter),
                    self.stmts(&f.body),
                    self.stmts(&f.orelse),
                    self.string(&f.type_comment),
                ],
            )
        };
        let with = |k, w: &taipan_ast::With| {
            (
                k,
                vec![
                    self.with_items(&w.items),
                    self.stmts(&w.body),
                    self.string(&w.type_comment),
                ],
            )
        };
        let try_ = |k, t: &taipan_ast::Try| {
            (
                k,
                vec![
                    self.stmts(&t.body),
                    self.handlers(&t.handlers),
                    self.stmts(&t.orelse),
                    self.stmts(&t.finalbody),
                ],
            )
        };
        let (k, v): (usize, Vec<ObjRef>) = match &s.kind {
            StmtKind::FunctionDef(f) => func(idx::FunctionDef, f),
            StmtKind::AsyncFunctionDef(f) => func(idx::AsyncFunctionDef, f),
            StmtKind::ClassDef(c) => (
                idx::ClassDef,
                vec![
                    self.ident(c.name),
                    self.exprs(&c.bases),
                    self.keywords(&c.keywords),
                    self.stmts(&c.body),
                    self.exprs(&c.decorator_list),
                ],
            ),
            StmtKind::Return { value } => (idx::Return, vec![self.opt_expr(*value)]),
            StmtKind::Delete { targets } => (idx::Delete, vec![self.exprs(targets)]),
            StmtKind::Assign {
                targets,
                value,
                type_comment,
            } => (
                idx::Assign,
                vec![
                    self.exprs(targets),
                    self.expr(*value),
                    self.string(type_comment),
                ],
            ),
            StmtKind::AugAssign { target, op, value } => (
                idx::AugAssign,
                vec![
                    self.expr(*target),
                    self.unit(idx::Add, *op as usize),
                    self.expr(*value),
                ],
            ),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => (
                idx::AnnAssign,
                vec![
                    self.expr(*target),
                    self.expr(*annotation),
                    self.opt_expr(*value),
                    self.int(*simple as i64),
                ],
            ),
            StmtKind::For(f) => for_(idx::For, f),
            StmtKind::AsyncFor(f) => for_(idx::AsyncFor, f),
            StmtKind::While { test, body, orelse } => (
                idx::While,
                vec![self.expr(*test), self.stmts(body), self.stmts(orelse)],
            ),
            StmtKind::If { test, body, orelse } => (
                idx::If,
                vec![self.expr(*test), self.stmts(body), self.stmts(orelse)],
            ),
            StmtKind::With(w) => with(idx::With, w),
            StmtKind::AsyncWith(w) => with(idx::AsyncWith, w),
            StmtKind::Match { subject, cases } => (
                idx::Match,
                vec![self.expr(*subject), self.match_cases(cases)],
            ),
            StmtKind::Raise { exc, cause } => {
                (idx::Raise, vec![self.opt_expr(*exc), self.opt_expr(*cause)])
            }
            StmtKind::Try(t) => try_(idx::Try, t),
            StmtKind::TryStar(t) => try_(idx::TryStar, t),
            StmtKind::Assert { test, msg } => {
                (idx::Assert, vec![self.expr(*test), self.opt_expr(*msg)])
            }
            StmtKind::Import { names } => (idx::Import, vec![self.aliases(names)]),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => (
                idx::ImportFrom,
                vec![
                    self.opt_ident(*module),
                    self.aliases(names),
                    level.map_or_else(|| self.none(), |l| self.int(l as i64)),
                ],
            ),
            StmtKind::Global { names } => (idx::Global, vec![self.idents(names)]),
            StmtKind::Nonlocal { names } => (idx::Nonlocal, vec![self.idents(names)]),
            StmtKind::Expr { value } => (idx::Expr, vec![self.expr(*value)]),
            StmtKind::Pass => (idx::Pass, Vec::new()),
            StmtKind::Break => (idx::Break, Vec::new()),
            StmtKind::Continue => (idx::Continue, Vec::new()),
        };
        self.st.node(self.ts, k, v, Some(s.loc))
    }

    fn pattern(&self, id: PatternId) -> ObjRef {
        let p = &self.ast.patterns[id];
        let (k, v): (usize, Vec<ObjRef>) = match &p.kind {
            PatternKind::MatchValue { value } => (idx::MatchValue, vec![self.expr(*value)]),
            PatternKind::MatchSingleton { value } => {
                (idx::MatchSingleton, vec![const_to_object(self.ts, value)])
            }
            PatternKind::MatchSequence { patterns } => {
                (idx::MatchSequence, vec![self.patterns(patterns)])
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => (
                idx::MatchMapping,
                vec![
                    self.exprs(keys),
                    self.patterns(patterns),
                    self.opt_ident(*rest),
                ],
            ),
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => (
                idx::MatchClass,
                vec![
                    self.expr(*cls),
                    self.patterns(patterns),
                    self.idents(kwd_attrs),
                    self.patterns(kwd_patterns),
                ],
            ),
            PatternKind::MatchStar { name } => (idx::MatchStar, vec![self.opt_ident(*name)]),
            PatternKind::MatchAs { pattern, name } => (
                idx::MatchAs,
                vec![
                    pattern.map_or_else(|| self.none(), |p| self.pattern(p)),
                    self.opt_ident(*name),
                ],
            ),
            PatternKind::MatchOr { patterns } => (idx::MatchOr, vec![self.patterns(patterns)]),
        };
        self.st.node(self.ts, k, v, Some(p.loc))
    }
}

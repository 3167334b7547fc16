//! [`constants`]: the constant values reachable from a tree's root, in tree order (nodes the
//! optimizer replaced stay in the arenas but are no longer reachable). What a compiler's
//! `co_consts` draws from; the tests compare it with CPython's.

use taipan_ast::{Ast, Constant, ExprId, ExprKind, Mod, PatternId, PatternKind, StmtId, StmtKind};

/// Every `Constant` value reachable from the root, in tree order.
pub fn constants(ast: &Ast) -> Vec<&Constant> {
    let mut walk = Walk {
        ast,
        out: Vec::new(),
    };
    match &ast.root {
        Mod::Module { body, .. } | Mod::Interactive { body } => walk.stmts(body),
        Mod::Expression { body } => walk.expr(*body),
        Mod::FunctionType { argtypes, returns } => {
            walk.exprs(argtypes);
            walk.expr(*returns);
        }
    }
    walk.out
}

struct Walk<'a> {
    ast: &'a Ast,
    out: Vec<&'a Constant>,
}

impl<'a> Walk<'a> {
    fn opt(&mut self, e: Option<ExprId>) {
        if let Some(e) = e {
            self.expr(e);
        }
    }

    fn exprs(&mut self, es: &[ExprId]) {
        for &e in es {
            self.expr(e);
        }
    }

    fn stmts(&mut self, ss: &[StmtId]) {
        for &s in ss {
            self.stmt(s);
        }
    }

    fn arguments(&mut self, a: &'a taipan_ast::Arguments) {
        for arg in a.posonlyargs.iter().chain(&a.args).chain(&a.vararg) {
            self.opt(arg.annotation);
        }
        for arg in a.kwonlyargs.iter().chain(&a.kwarg) {
            self.opt(arg.annotation);
        }
        self.exprs(&a.defaults);
        for d in &a.kw_defaults {
            self.opt(*d);
        }
    }

    fn stmt(&mut self, id: StmtId) {
        match &self.ast.stmts[id].kind {
            StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => {
                self.exprs(&f.decorator_list);
                self.arguments(&f.args);
                self.opt(f.returns);
                self.stmts(&f.body);
            }
            StmtKind::ClassDef(c) => {
                self.exprs(&c.decorator_list);
                self.exprs(&c.bases);
                for k in &c.keywords {
                    self.expr(k.value);
                }
                self.stmts(&c.body);
            }
            StmtKind::Return { value } => self.opt(*value),
            StmtKind::Delete { targets } => self.exprs(targets),
            StmtKind::Assign { targets, value, .. } => {
                self.expr(*value);
                self.exprs(targets);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(*target);
                self.expr(*value);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                self.opt(*value);
                self.expr(*target);
                self.expr(*annotation);
            }
            StmtKind::For(f) | StmtKind::AsyncFor(f) => {
                self.expr(f.iter);
                self.expr(f.target);
                self.stmts(&f.body);
                self.stmts(&f.orelse);
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(*test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::With(w) | StmtKind::AsyncWith(w) => {
                for item in &w.items {
                    self.expr(item.context_expr);
                    self.opt(item.optional_vars);
                }
                self.stmts(&w.body);
            }
            StmtKind::Match { subject, cases } => {
                self.expr(*subject);
                for case in cases {
                    self.pattern(case.pattern);
                    self.opt(case.guard);
                    self.stmts(&case.body);
                }
            }
            StmtKind::Raise { exc, cause } => {
                self.opt(*exc);
                self.opt(*cause);
            }
            StmtKind::Try(t) | StmtKind::TryStar(t) => {
                self.stmts(&t.body);
                for h in &t.handlers {
                    self.opt(h.type_);
                    self.stmts(&h.body);
                }
                self.stmts(&t.orelse);
                self.stmts(&t.finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.expr(*test);
                self.opt(*msg);
            }
            StmtKind::Expr { value } => self.expr(*value),
            StmtKind::Import { .. }
            | StmtKind::ImportFrom { .. }
            | StmtKind::Global { .. }
            | StmtKind::Nonlocal { .. }
            | StmtKind::Pass
            | StmtKind::Break
            | StmtKind::Continue => {}
        }
    }

    fn pattern(&mut self, id: PatternId) {
        match &self.ast.patterns[id].kind {
            PatternKind::MatchValue { value } => self.expr(*value),
            PatternKind::MatchSingleton { value } => self.out.push(value),
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                for &p in patterns {
                    self.pattern(p);
                }
            }
            PatternKind::MatchMapping { keys, patterns, .. } => {
                self.exprs(keys);
                for &p in patterns {
                    self.pattern(p);
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(*cls);
                for &p in patterns.iter().chain(kwd_patterns) {
                    self.pattern(p);
                }
            }
            PatternKind::MatchStar { .. } => {}
            PatternKind::MatchAs { pattern, .. } => {
                if let Some(p) = pattern {
                    self.pattern(*p);
                }
            }
        }
    }

    fn expr(&mut self, id: ExprId) {
        match &self.ast.exprs[id].kind {
            ExprKind::Constant { value, .. } => self.out.push(value),
            ExprKind::BoolOp { values, .. } => self.exprs(values),
            ExprKind::NamedExpr { target, value } => {
                self.expr(*value);
                self.expr(*target);
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(*left);
                self.expr(*right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(*operand),
            ExprKind::Lambda { args, body } => {
                self.arguments(args);
                self.expr(*body);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(*test);
                self.expr(*body);
                self.expr(*orelse);
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values) {
                    self.opt(*k);
                    self.expr(*v);
                }
            }
            ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                self.exprs(elts)
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                for g in generators {
                    self.expr(g.iter);
                    self.expr(g.target);
                    self.exprs(&g.ifs);
                }
                self.expr(*elt);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                for g in generators {
                    self.expr(g.iter);
                    self.expr(g.target);
                    self.exprs(&g.ifs);
                }
                self.expr(*key);
                self.expr(*value);
            }
            ExprKind::Await { value }
            | ExprKind::YieldFrom { value }
            | ExprKind::Attribute { value, .. }
            | ExprKind::Starred { value, .. } => self.expr(*value),
            ExprKind::Yield { value } => self.opt(*value),
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(*left);
                self.exprs(comparators);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(*func);
                self.exprs(args);
                for k in keywords {
                    self.expr(k.value);
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(*value);
                self.opt(*format_spec);
            }
            ExprKind::JoinedStr { values } => self.exprs(values),
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(*value);
                self.expr(*slice);
            }
            ExprKind::Name { .. } => {}
            ExprKind::Slice { lower, upper, step } => {
                self.opt(*lower);
                self.opt(*upper);
                self.opt(*step);
            }
        }
    }
}

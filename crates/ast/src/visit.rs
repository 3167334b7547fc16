//! One walk over the tree for every pass that needs one: the [`Visitor`] trait (what to do at
//! each child) and the `walk_*` functions (which children a node has, in the order of its fields
//! in CPython's ASDL, the order `ast.NodeVisitor.generic_visit` and `Python/ast_opt.c` visit
//! them).
//!
//! Children are ids into the [`crate::Ast`]'s arenas, so a visitor holds the tree itself (often
//! mutably: the optimizer rewrites nodes in place) and the walk functions take a node's *kind*,
//! not the tree: the visitor looks a child up, takes its kind out or borrows it, and calls the
//! walk function on it. Statement lists are handed over mutably ([`Visitor::visit_body`]), with
//! what they are the body of, so that a pass can splice statements and open scopes or loops.
//! Annotations go through [`Visitor::visit_annotation`], which a pass may skip (annotations are
//! not evaluated under `from __future__ import annotations`).

use crate::{
    Arguments, Comprehension, ExprId, ExprKind, Mod, PatternId, PatternKind, StmtId, StmtKind,
};

/// What a statement list is the body of.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Body {
    /// A module's body (`Mod::Module`): its first statement may be a docstring.
    Module,
    /// A function's body (a new scope; the first statement may be a docstring).
    Function { is_async: bool },
    /// A class's body (a new scope; the first statement may be a docstring).
    Class,
    /// The body of a `for` or `while` loop (not its `else`).
    Loop,
    /// Any other list: `if`/`else` branches, `try` parts, `with` and `case` bodies, a loop's
    /// `else`, an interactive statement list.
    Block,
}

/// What a pass does at each child of a node. Only the three kinds of node must be handled; the
/// rest default to walking on.
pub trait Visitor {
    fn visit_stmt(&mut self, id: StmtId);
    fn visit_expr(&mut self, id: ExprId);
    fn visit_pattern(&mut self, id: PatternId);

    /// A statement list; by default, each statement in turn.
    fn visit_body(&mut self, body: &mut Vec<StmtId>, _of: Body) {
        for &id in body.iter() {
            self.visit_stmt(id);
        }
    }

    /// An annotation (of a parameter, a function's return, an annotated assignment).
    fn visit_annotation(&mut self, id: ExprId) {
        self.visit_expr(id);
    }

    fn visit_arguments(&mut self, args: &Arguments) {
        walk_arguments(self, args);
    }

    fn visit_comprehension(&mut self, generator: &Comprehension) {
        walk_comprehension(self, generator);
    }
}

/// The children of a module root: its body, its expression, or a function type's parts.
pub fn walk_mod<V: Visitor + ?Sized>(v: &mut V, root: &mut Mod) {
    match root {
        Mod::Module { body, .. } => v.visit_body(body, Body::Module),
        Mod::Interactive { body } => v.visit_body(body, Body::Block),
        Mod::Expression { body } => v.visit_expr(*body),
        Mod::FunctionType { argtypes, returns } => {
            exprs(v, argtypes);
            v.visit_expr(*returns);
        }
    }
}

fn opt<V: Visitor + ?Sized>(v: &mut V, id: Option<ExprId>) {
    if let Some(id) = id {
        v.visit_expr(id);
    }
}

fn exprs<V: Visitor + ?Sized>(v: &mut V, ids: &[ExprId]) {
    for &id in ids {
        v.visit_expr(id);
    }
}

/// The children of a statement, in field order.
pub fn walk_stmt<V: Visitor + ?Sized>(v: &mut V, kind: &mut StmtKind) {
    let is_async = matches!(kind, StmtKind::AsyncFunctionDef(_));
    match kind {
        StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => {
            v.visit_arguments(&f.args);
            v.visit_body(&mut f.body, Body::Function { is_async });
            exprs(v, &f.decorator_list);
            if let Some(returns) = f.returns {
                v.visit_annotation(returns);
            }
        }
        StmtKind::ClassDef(c) => {
            exprs(v, &c.bases);
            for k in &c.keywords {
                v.visit_expr(k.value);
            }
            v.visit_body(&mut c.body, Body::Class);
            exprs(v, &c.decorator_list);
        }
        StmtKind::Return { value } => opt(v, *value),
        StmtKind::Delete { targets } => exprs(v, targets),
        StmtKind::Assign { targets, value, .. } => {
            exprs(v, targets);
            v.visit_expr(*value);
        }
        StmtKind::AugAssign { target, value, .. } => {
            v.visit_expr(*target);
            v.visit_expr(*value);
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            ..
        } => {
            v.visit_expr(*target);
            v.visit_annotation(*annotation);
            opt(v, *value);
        }
        StmtKind::For(f) | StmtKind::AsyncFor(f) => {
            v.visit_expr(f.target);
            v.visit_expr(f.iter);
            v.visit_body(&mut f.body, Body::Loop);
            v.visit_body(&mut f.orelse, Body::Block);
        }
        StmtKind::While { test, body, orelse } => {
            v.visit_expr(*test);
            v.visit_body(body, Body::Loop);
            v.visit_body(orelse, Body::Block);
        }
        StmtKind::If { test, body, orelse } => {
            v.visit_expr(*test);
            v.visit_body(body, Body::Block);
            v.visit_body(orelse, Body::Block);
        }
        StmtKind::With(w) | StmtKind::AsyncWith(w) => {
            for item in &w.items {
                v.visit_expr(item.context_expr);
                opt(v, item.optional_vars);
            }
            v.visit_body(&mut w.body, Body::Block);
        }
        StmtKind::Match { subject, cases } => {
            v.visit_expr(*subject);
            for case in cases {
                v.visit_pattern(case.pattern);
                opt(v, case.guard);
                v.visit_body(&mut case.body, Body::Block);
            }
        }
        StmtKind::Raise { exc, cause } => {
            opt(v, *exc);
            opt(v, *cause);
        }
        StmtKind::Try(t) | StmtKind::TryStar(t) => {
            v.visit_body(&mut t.body, Body::Block);
            for handler in &mut t.handlers {
                opt(v, handler.type_);
                v.visit_body(&mut handler.body, Body::Block);
            }
            v.visit_body(&mut t.orelse, Body::Block);
            v.visit_body(&mut t.finalbody, Body::Block);
        }
        StmtKind::Assert { test, msg } => {
            v.visit_expr(*test);
            opt(v, *msg);
        }
        StmtKind::Expr { value } => v.visit_expr(*value),
        StmtKind::Import { .. }
        | StmtKind::ImportFrom { .. }
        | StmtKind::Global { .. }
        | StmtKind::Nonlocal { .. }
        | StmtKind::Pass
        | StmtKind::Break
        | StmtKind::Continue => {}
    }
}

/// The children of an expression, in field order.
pub fn walk_expr<V: Visitor + ?Sized>(v: &mut V, kind: &ExprKind) {
    match kind {
        ExprKind::BoolOp { values, .. } => exprs(v, values),
        ExprKind::NamedExpr { target, value } => {
            v.visit_expr(*target);
            v.visit_expr(*value);
        }
        ExprKind::BinOp { left, right, .. } => {
            v.visit_expr(*left);
            v.visit_expr(*right);
        }
        ExprKind::UnaryOp { operand, .. } => v.visit_expr(*operand),
        ExprKind::Lambda { args, body } => {
            v.visit_arguments(args);
            v.visit_expr(*body);
        }
        ExprKind::IfExp { test, body, orelse } => {
            v.visit_expr(*test);
            v.visit_expr(*body);
            v.visit_expr(*orelse);
        }
        ExprKind::Dict { keys, values } => {
            for &k in keys {
                opt(v, k);
            }
            exprs(v, values);
        }
        ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            exprs(v, elts)
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            v.visit_expr(*elt);
            for g in generators {
                v.visit_comprehension(g);
            }
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            v.visit_expr(*key);
            v.visit_expr(*value);
            for g in generators {
                v.visit_comprehension(g);
            }
        }
        ExprKind::Await { value }
        | ExprKind::YieldFrom { value }
        | ExprKind::Attribute { value, .. }
        | ExprKind::Starred { value, .. } => v.visit_expr(*value),
        ExprKind::Yield { value } => opt(v, *value),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            v.visit_expr(*left);
            exprs(v, comparators);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            v.visit_expr(*func);
            exprs(v, args);
            for k in keywords {
                v.visit_expr(k.value);
            }
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => {
            v.visit_expr(*value);
            opt(v, *format_spec);
        }
        ExprKind::JoinedStr { values } => exprs(v, values),
        ExprKind::Subscript { value, slice, .. } => {
            v.visit_expr(*value);
            v.visit_expr(*slice);
        }
        ExprKind::Slice { lower, upper, step } => {
            opt(v, *lower);
            opt(v, *upper);
            opt(v, *step);
        }
        ExprKind::Name { .. } | ExprKind::Constant { .. } => {}
    }
}

/// The children of a pattern, in field order (a pattern's own constants, as `MatchSingleton`'s,
/// are not children: a visitor reads them from the kind).
pub fn walk_pattern<V: Visitor + ?Sized>(v: &mut V, kind: &PatternKind) {
    match kind {
        PatternKind::MatchValue { value } => v.visit_expr(*value),
        PatternKind::MatchSingleton { .. } | PatternKind::MatchStar { .. } => {}
        PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
            for &p in patterns {
                v.visit_pattern(p);
            }
        }
        PatternKind::MatchMapping { keys, patterns, .. } => {
            exprs(v, keys);
            for &p in patterns {
                v.visit_pattern(p);
            }
        }
        PatternKind::MatchClass {
            cls,
            patterns,
            kwd_patterns,
            ..
        } => {
            v.visit_expr(*cls);
            for &p in patterns.iter().chain(kwd_patterns) {
                v.visit_pattern(p);
            }
        }
        PatternKind::MatchAs { pattern, .. } => {
            if let Some(p) = pattern {
                v.visit_pattern(*p);
            }
        }
    }
}

/// A parameter list's annotations and defaults, in field order (`posonlyargs`, `args`,
/// `vararg`, `kwonlyargs`, `kw_defaults`, `kwarg`, `defaults`).
pub fn walk_arguments<V: Visitor + ?Sized>(v: &mut V, args: &Arguments) {
    let annotations = |v: &mut V, list: &mut dyn Iterator<Item = &crate::Arg>| {
        for arg in list {
            if let Some(a) = arg.annotation {
                v.visit_annotation(a);
            }
        }
    };
    annotations(v, &mut args.posonlyargs.iter().chain(&args.args));
    annotations(v, &mut args.vararg.iter());
    annotations(v, &mut args.kwonlyargs.iter());
    for &d in &args.kw_defaults {
        opt(v, d);
    }
    annotations(v, &mut args.kwarg.iter());
    exprs(v, &args.defaults);
}

/// A comprehension's `for` clause: target, iterable, conditions.
pub fn walk_comprehension<V: Visitor + ?Sized>(v: &mut V, generator: &Comprehension) {
    v.visit_expr(generator.target);
    v.visit_expr(generator.iter);
    exprs(v, &generator.ifs);
}

//! The traversal: CPython's `astfold_*` functions, children before parents, in CPython's order,
//! with its recursion limit. Each node's fields are moved out of the arena while its children are
//! visited (children are other arena slots, so folding them never touches the parent) and moved
//! back before the node itself is folded.

use taipan_ast::dump::{DumpOptions, dump_expr};
use taipan_ast::{
    Arguments, Ast, Comprehension, Constant, ConstantKind, ExceptHandler, ExprContext, ExprId,
    ExprKind, Identifier, Keyword, Loc, Mod, PatternId, PatternKind, StmtId, StmtKind,
};

use crate::transform::clip;
use crate::{Change, OptError, Optimized, Options, Transform};

/// CPython's limit: the default recursion limit (1000) times `COMPILER_STACK_FRAME_SCALE` (3).
const RECURSION_LIMIT: u32 = 3000;

/// The kind of scope the statements being visited run in (for `dead`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Scope {
    Module,
    Class,
    Function { is_async: bool },
}

/// The state of one optimization run (CPython's `_PyASTOptimizeState`, and the scope facts the
/// dead-branch removal needs).
pub(crate) struct Optimizer<'a> {
    pub(crate) ast: &'a mut Ast,
    pub(crate) options: &'a Options,
    pub(crate) changes: Vec<Change>,
    depth: u32,
    error: Option<OptError>,
    debug_name: Option<Identifier>,
    future_annotations: bool,
    pub(crate) scope: Scope,
    /// Loops around the statement being visited, in its function.
    pub(crate) loop_depth: u32,
}

const PLACEHOLDER: ExprKind = ExprKind::Constant {
    value: Constant::None,
    kind: ConstantKind::None,
};

impl<'a> Optimizer<'a> {
    pub(crate) fn new(ast: &'a mut Ast, options: &'a Options) -> Self {
        let debug_name = ast.names.lookup("__debug__");
        let future_annotations = options
            .future_annotations
            .unwrap_or_else(|| future_annotations(ast));
        Optimizer {
            ast,
            options,
            changes: Vec::new(),
            depth: 0,
            error: None,
            debug_name,
            future_annotations,
            scope: Scope::Module,
            loop_depth: 0,
        }
    }

    pub(crate) fn run(mut self) -> Optimized {
        match std::mem::replace(&mut self.ast.root, Mod::Interactive { body: Vec::new() }) {
            Mod::Module {
                mut body,
                type_ignores,
            } => {
                self.body(&mut body);
                self.ast.root = Mod::Module { body, type_ignores };
            }
            Mod::Interactive { mut body } => {
                self.stmts(&mut body);
                self.ast.root = Mod::Interactive { body };
            }
            Mod::Expression { body } => {
                self.expr(body);
                self.ast.root = Mod::Expression { body };
            }
            root @ Mod::FunctionType { .. } => self.ast.root = root,
        }
        Optimized {
            changes: self.changes,
            error: self.error,
        }
    }

    /// Counts one level; false (and the error set) past the limit.
    fn enter(&mut self) -> bool {
        if self.error.is_some() {
            return false;
        }
        self.depth += 1;
        if self.depth > RECURSION_LIMIT {
            self.depth -= 1;
            self.error = Some(OptError {
                kind: "RecursionError",
                message: "maximum recursion depth exceeded during compilation",
            });
            return false;
        }
        true
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    /// A one-line rendering of an expression for the log.
    pub(crate) fn describe(&self, id: ExprId) -> String {
        clip(dump_expr(self.ast, id, &DumpOptions::default()))
    }

    /// Rewrites expression `id` to `kind` (and `loc`, if given), recording `transform`.
    pub(crate) fn replace_expr(
        &mut self,
        id: ExprId,
        kind: ExprKind,
        loc: Option<Loc>,
        transform: Transform,
    ) {
        let old_loc = self.ast.exprs[id].loc;
        let before = if self.options.log {
            self.describe(id)
        } else {
            String::new()
        };
        let node = &mut self.ast.exprs[id];
        node.kind = kind;
        if let Some(loc) = loc {
            node.loc = loc;
        }
        let after = if self.options.log {
            self.describe(id)
        } else {
            String::new()
        };
        self.changes.push(Change {
            transform,
            loc: old_loc,
            before,
            after,
        });
    }

    /// `make_const`: expression `id` becomes the constant `value` (its position stays).
    pub(crate) fn make_const(&mut self, id: ExprId, value: Constant, transform: Transform) {
        self.replace_expr(
            id,
            ExprKind::Constant {
                value,
                kind: ConstantKind::None,
            },
            None,
            transform,
        );
    }

    // ----- bodies -------------------------------------------------------------------------

    /// `astfold_body`: a body that may hold a docstring (module, function, class).
    fn body(&mut self, stmts: &mut Vec<StmtId>) {
        let had_docstring = self.docstring(stmts).is_some();
        self.stmts(stmts);
        if !had_docstring && let Some(value) = self.docstring(stmts) {
            let st = stmts[0];
            let loc = self.ast.stmts[st].loc;
            let joined = self.ast.alloc_expr(
                ExprKind::JoinedStr {
                    values: vec![value],
                },
                loc,
            );
            if let StmtKind::Expr { value: v } = &mut self.ast.stmts[st].kind {
                *v = joined;
            }
            let (before, after) = if self.options.log {
                (self.describe(value), self.describe(joined))
            } else {
                (String::new(), String::new())
            };
            self.changes.push(Change {
                transform: Transform::GuardDocstring,
                loc,
                before,
                after,
            });
        }
    }

    /// `_PyAST_GetDocString`: the string expression of a first statement `Expr(Constant(str))`.
    fn docstring(&self, stmts: &[StmtId]) -> Option<ExprId> {
        let first = *stmts.first()?;
        let StmtKind::Expr { value } = self.ast.stmts[first].kind else {
            return None;
        };
        matches!(
            self.ast.exprs[value].kind,
            ExprKind::Constant {
                value: Constant::Str(_),
                ..
            }
        )
        .then_some(value)
    }

    /// A statement list; with dead-code removal, dead branches are spliced out here.
    pub(crate) fn stmts(&mut self, stmts: &mut Vec<StmtId>) {
        let mut rebuilt: Option<Vec<StmtId>> = None;
        for i in 0..stmts.len() {
            let id = stmts[i];
            self.stmt(id);
            let replacement = if self.options.dead_code && self.error.is_none() {
                self.dead_branch(id)
            } else {
                None
            };
            match (replacement, &mut rebuilt) {
                (Some(new), Some(out)) => out.extend(new),
                (Some(new), None) => {
                    let mut out = stmts[..i].to_vec();
                    out.extend(new);
                    rebuilt = Some(out);
                }
                (None, Some(out)) => out.push(id),
                (None, None) => {}
            }
        }
        if let Some(mut out) = rebuilt {
            if out.is_empty()
                && let Some(&first) = stmts.first()
            {
                // A body never becomes empty: a `pass` where the removed code was.
                let loc = self.ast.stmts[first].loc;
                out.push(self.ast.alloc_stmt(StmtKind::Pass, loc));
            }
            *stmts = out;
        }
    }

    fn in_scope(&mut self, scope: Scope, stmts: &mut Vec<StmtId>) {
        let saved = (self.scope, self.loop_depth);
        self.scope = scope;
        self.loop_depth = 0;
        self.body(stmts);
        (self.scope, self.loop_depth) = saved;
    }

    fn in_loop(&mut self, stmts: &mut Vec<StmtId>) {
        self.loop_depth += 1;
        self.stmts(stmts);
        self.loop_depth -= 1;
    }

    // ----- statements ---------------------------------------------------------------------

    fn stmt(&mut self, id: StmtId) {
        if !self.enter() {
            return;
        }
        let mut kind = std::mem::replace(&mut self.ast.stmts[id].kind, StmtKind::Pass);
        self.stmt_fields(&mut kind);
        self.ast.stmts[id].kind = kind;
        self.leave();
    }

    fn stmt_fields(&mut self, kind: &mut StmtKind) {
        let is_async = matches!(kind, StmtKind::AsyncFunctionDef(_));
        match kind {
            StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => {
                self.arguments(&f.args);
                self.in_scope(Scope::Function { is_async }, &mut f.body);
                self.expr_list(&f.decorator_list);
                if !self.future_annotations {
                    self.opt_expr(f.returns);
                }
            }
            StmtKind::ClassDef(c) => {
                self.expr_list(&c.bases);
                self.keywords(&c.keywords);
                self.in_scope(Scope::Class, &mut c.body);
                self.expr_list(&c.decorator_list);
            }
            StmtKind::Return { value } => self.opt_expr(*value),
            StmtKind::Delete { targets } => self.expr_list(targets),
            StmtKind::Assign { targets, value, .. } => {
                self.expr_list(targets);
                self.expr(*value);
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
                self.expr(*target);
                if !self.future_annotations {
                    self.expr(*annotation);
                }
                self.opt_expr(*value);
            }
            StmtKind::For(f) => {
                self.expr(f.target);
                self.expr(f.iter);
                self.in_loop(&mut f.body);
                self.stmts(&mut f.orelse);
                self.fold_iter(f.iter);
            }
            StmtKind::AsyncFor(f) => {
                self.expr(f.target);
                self.expr(f.iter);
                self.in_loop(&mut f.body);
                self.stmts(&mut f.orelse);
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(*test);
                self.in_loop(body);
                self.stmts(orelse);
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(*test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::With(w) | StmtKind::AsyncWith(w) => {
                for item in &w.items {
                    self.expr(item.context_expr);
                    self.opt_expr(item.optional_vars);
                }
                self.stmts(&mut w.body);
            }
            StmtKind::Match { subject, cases } => {
                self.expr(*subject);
                for case in cases {
                    self.pattern(case.pattern);
                    self.opt_expr(case.guard);
                    self.stmts(&mut case.body);
                }
            }
            StmtKind::Raise { exc, cause } => {
                self.opt_expr(*exc);
                self.opt_expr(*cause);
            }
            StmtKind::Try(t) | StmtKind::TryStar(t) => {
                self.stmts(&mut t.body);
                for ExceptHandler { type_, body, .. } in &mut t.handlers {
                    self.opt_expr(*type_);
                    self.stmts(body);
                }
                self.stmts(&mut t.orelse);
                self.stmts(&mut t.finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.expr(*test);
                self.opt_expr(*msg);
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

    // ----- expressions --------------------------------------------------------------------

    fn opt_expr(&mut self, id: Option<ExprId>) {
        if let Some(id) = id {
            self.expr(id);
        }
    }

    fn expr_list(&mut self, ids: &[ExprId]) {
        for &id in ids {
            self.expr(id);
        }
    }

    fn keywords(&mut self, keywords: &[Keyword]) {
        for k in keywords {
            self.expr(k.value);
        }
    }

    /// `astfold_arguments` (and `astfold_arg`: annotations unless postponed).
    fn arguments(&mut self, args: &Arguments) {
        let annotate = !self.future_annotations;
        for arg in args.posonlyargs.iter().chain(&args.args) {
            if annotate {
                self.opt_expr(arg.annotation);
            }
        }
        if annotate && let Some(arg) = &args.vararg {
            self.opt_expr(arg.annotation);
        }
        for arg in &args.kwonlyargs {
            if annotate {
                self.opt_expr(arg.annotation);
            }
        }
        for d in &args.kw_defaults {
            self.opt_expr(*d);
        }
        if annotate && let Some(arg) = &args.kwarg {
            self.opt_expr(arg.annotation);
        }
        self.expr_list(&args.defaults);
    }

    /// `astfold_comprehension`.
    fn comprehensions(&mut self, generators: &[Comprehension]) {
        for g in generators {
            self.expr(g.target);
            self.expr(g.iter);
            self.expr_list(&g.ifs);
            self.fold_iter(g.iter);
        }
    }

    pub(crate) fn expr(&mut self, id: ExprId) {
        if !self.enter() {
            return;
        }
        let kind = std::mem::replace(&mut self.ast.exprs[id].kind, PLACEHOLDER);
        let mut fold: Option<fn(&mut Self, ExprId)> = None;
        match &kind {
            ExprKind::BoolOp { values, .. } => self.expr_list(values),
            ExprKind::BinOp { left, right, .. } => {
                self.expr(*left);
                self.expr(*right);
                fold = Some(Self::fold_binop);
            }
            ExprKind::UnaryOp { operand, .. } => {
                self.expr(*operand);
                fold = Some(Self::fold_unaryop);
            }
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
                for k in keys {
                    self.opt_expr(*k);
                }
                self.expr_list(values);
            }
            ExprKind::Set { elts } => self.expr_list(elts),
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.expr(*elt);
                self.comprehensions(generators);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.expr(*key);
                self.expr(*value);
                self.comprehensions(generators);
            }
            ExprKind::Await { value } | ExprKind::YieldFrom { value } => self.expr(*value),
            ExprKind::Yield { value } => self.opt_expr(*value),
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(*left);
                self.expr_list(comparators);
                fold = Some(Self::fold_compare);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(*func);
                self.expr_list(args);
                self.keywords(keywords);
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(*value);
                self.opt_expr(*format_spec);
            }
            ExprKind::JoinedStr { values } => self.expr_list(values),
            ExprKind::Attribute { value, .. } => self.expr(*value),
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(*value);
                self.expr(*slice);
                fold = Some(Self::fold_subscr);
            }
            ExprKind::Starred { value, .. } => self.expr(*value),
            ExprKind::Slice { lower, upper, step } => {
                self.opt_expr(*lower);
                self.opt_expr(*upper);
                self.opt_expr(*step);
            }
            ExprKind::List { elts, .. } => self.expr_list(elts),
            ExprKind::Tuple { elts, .. } => {
                self.expr_list(elts);
                fold = Some(Self::fold_tuple);
            }
            ExprKind::Name { id: name, ctx } => {
                if *ctx == ExprContext::Load && Some(*name) == self.debug_name {
                    fold = Some(Self::fold_debug);
                }
            }
            ExprKind::NamedExpr { value, .. } => self.expr(*value),
            ExprKind::Constant { .. } => {}
        }
        self.ast.exprs[id].kind = kind;
        if let Some(fold) = fold {
            fold(self, id);
        }
        self.leave();
    }

    fn fold_debug(&mut self, id: ExprId) {
        let value = Constant::Bool(self.options.optimize == 0);
        self.make_const(id, value, Transform::DebugToConstant);
    }

    // ----- patterns -----------------------------------------------------------------------

    /// `astfold_pattern`: only the expressions in patterns (values and mapping keys) fold.
    fn pattern(&mut self, id: PatternId) {
        if !self.enter() {
            return;
        }
        let kind = std::mem::replace(
            &mut self.ast.patterns[id].kind,
            PatternKind::MatchStar { name: None },
        );
        match &kind {
            PatternKind::MatchValue { value } => self.expr(*value),
            PatternKind::MatchSingleton { .. } | PatternKind::MatchStar { .. } => {}
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                for &p in patterns {
                    self.pattern(p);
                }
            }
            PatternKind::MatchMapping { keys, patterns, .. } => {
                self.expr_list(keys);
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
            PatternKind::MatchAs { pattern, .. } => {
                if let Some(p) = pattern {
                    self.pattern(*p);
                }
            }
        }
        self.ast.patterns[id].kind = kind;
        self.leave();
    }
}

/// Whether the module starts (after its docstring) with `from __future__ import annotations`
/// among its future imports, as CPython's `future.c` reads them.
pub fn future_annotations(ast: &Ast) -> bool {
    let Mod::Module { body, .. } = &ast.root else {
        return false;
    };
    let mut stmts = body.iter().map(|&s| &ast.stmts[s].kind).peekable();
    if let Some(StmtKind::Expr { value }) = stmts.peek()
        && matches!(
            ast.exprs[*value].kind,
            ExprKind::Constant {
                value: Constant::Str(_),
                ..
            }
        )
    {
        stmts.next();
    }
    for kind in stmts {
        match kind {
            StmtKind::ImportFrom {
                module: Some(m),
                names,
                ..
            } if &ast.names[*m] == "__future__" => {
                if names.iter().any(|a| &ast.names[a.name] == "annotations") {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}

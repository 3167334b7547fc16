//! The traversal: CPython's `astfold_*` functions, children before parents, in CPython's order
//! (the children and their order are `taipan_ast::visit`'s), with its recursion limit. Each node's fields are moved out of the arena while its children are
//! visited (children are other arena slots, so folding them never touches the parent) and moved
//! back before the node itself is folded.

use taipan_ast::dump::{DumpOptions, dump_expr};
use taipan_ast::visit::{self, Body, Visitor};
use taipan_ast::{
    Ast, Comprehension, Constant, ConstantKind, ExprContext, ExprId, ExprKind, Identifier, Loc,
    Mod, PatternId, PatternKind, StmtId, StmtKind,
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

    // ----- nodes --------------------------------------------------------------------------
    // The children come from `taipan_ast::visit` (CPython's field order, which `ast_opt.c`
    // follows); this pass adds the recursion limit, the folds after the children, and (in
    // the `Visitor` impl below) the scopes, loops, postponed annotations and iterables.

    fn stmt(&mut self, id: StmtId) {
        if !self.enter() {
            return;
        }
        let mut kind = std::mem::replace(&mut self.ast.stmts[id].kind, StmtKind::Pass);
        visit::walk_stmt(self, &mut kind);
        if let StmtKind::For(f) = &kind {
            self.fold_iter(f.iter);
        }
        self.ast.stmts[id].kind = kind;
        self.leave();
    }

    pub(crate) fn expr(&mut self, id: ExprId) {
        if !self.enter() {
            return;
        }
        let kind = std::mem::replace(&mut self.ast.exprs[id].kind, PLACEHOLDER);
        visit::walk_expr(self, &kind);
        let fold: Option<fn(&mut Self, ExprId)> = match &kind {
            ExprKind::BinOp { .. } => Some(Self::fold_binop),
            ExprKind::UnaryOp { .. } => Some(Self::fold_unaryop),
            ExprKind::Compare { .. } => Some(Self::fold_compare),
            ExprKind::Subscript { .. } => Some(Self::fold_subscr),
            ExprKind::Tuple { .. } => Some(Self::fold_tuple),
            ExprKind::Name { id: name, ctx }
                if *ctx == ExprContext::Load && Some(*name) == self.debug_name =>
            {
                Some(Self::fold_debug)
            }
            _ => None,
        };
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

    /// `astfold_pattern`: only the expressions in patterns (values and mapping keys) fold.
    fn pattern(&mut self, id: PatternId) {
        if !self.enter() {
            return;
        }
        let kind = std::mem::replace(
            &mut self.ast.patterns[id].kind,
            PatternKind::MatchStar { name: None },
        );
        visit::walk_pattern(self, &kind);
        self.ast.patterns[id].kind = kind;
        self.leave();
    }
}

impl Visitor for Optimizer<'_> {
    fn visit_stmt(&mut self, id: StmtId) {
        self.stmt(id);
    }

    fn visit_expr(&mut self, id: ExprId) {
        self.expr(id);
    }

    fn visit_pattern(&mut self, id: PatternId) {
        self.pattern(id);
    }

    fn visit_body(&mut self, body: &mut Vec<StmtId>, of: Body) {
        match of {
            Body::Module => self.body(body),
            Body::Function { is_async } => self.in_scope(Scope::Function { is_async }, body),
            Body::Class => self.in_scope(Scope::Class, body),
            Body::Loop => self.in_loop(body),
            Body::Block => self.stmts(body),
        }
    }

    /// `astfold_arg` and friends: annotations fold unless postponed.
    fn visit_annotation(&mut self, id: ExprId) {
        if !self.future_annotations {
            self.expr(id);
        }
    }

    /// `astfold_comprehension`: the iterable becomes a constant once its parts are folded.
    fn visit_comprehension(&mut self, generator: &Comprehension) {
        visit::walk_comprehension(self, generator);
        self.fold_iter(generator.iter);
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

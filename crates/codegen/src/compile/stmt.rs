//! Statements (`compiler_visit_stmt` and friends): assignment, augmented and annotated
//! assignment, `if`, `while`, `for`, `async for`, `return`, `raise`, `assert`, imports,
//! `break`/`continue`, expression statements, and module/class bodies (`compiler_body`).

use taipan_ast::{Alias, Constant, ExprContext, ExprKind, Int, Mod, StmtId, StmtKind};
use taipan_bytecode::{JumpKind, Opcode, SetupKind};

use super::exception::FBlockKind;
use super::ir::Op;
use super::{CResult, Compiler, ScopeKind};

impl<'a> Compiler<'a> {
    /// The docstring of a body: its first statement, a string constant expression.
    pub(crate) fn docstring(&self, body: &[StmtId]) -> Option<Constant> {
        let first = *body.first()?;
        if let StmtKind::Expr { value } = &self.ast.stmt(first).kind
            && let ExprKind::Constant {
                value: c @ Constant::Str(_),
                ..
            } = &self.ast.expr(*value).kind
        {
            return Some(c.clone());
        }
        None
    }

    /// `find_ann`: an annotated assignment anywhere in these statements (not in nested scopes).
    pub(crate) fn find_ann(&self, body: &[StmtId]) -> bool {
        body.iter().any(|&s| match &self.ast.stmt(s).kind {
            StmtKind::AnnAssign { .. } => true,
            StmtKind::For(f) | StmtKind::AsyncFor(f) => {
                self.find_ann(&f.body) || self.find_ann(&f.orelse)
            }
            StmtKind::While { body, orelse, .. } | StmtKind::If { body, orelse, .. } => {
                self.find_ann(body) || self.find_ann(orelse)
            }
            StmtKind::With(w) | StmtKind::AsyncWith(w) => self.find_ann(&w.body),
            StmtKind::Try(t) | StmtKind::TryStar(t) => {
                t.handlers.iter().any(|h| self.find_ann(&h.body))
                    || self.find_ann(&t.body)
                    || self.find_ann(&t.finalbody)
                    || self.find_ann(&t.orelse)
            }
            StmtKind::Match { cases, .. } => cases.iter().any(|c| self.find_ann(&c.body)),
            _ => false,
        })
    }

    /// `compiler_body`: a module or class body (docstring, `SETUP_ANNOTATIONS`).
    pub(crate) fn body(&mut self, stmts: &[StmtId]) -> CResult {
        if self.ur().scope == ScopeKind::Module
            && let Some(&first) = stmts.first()
        {
            self.set_loc(self.ast.stmt(first).loc);
        }
        if self.find_ann(stmts) {
            self.emit(Opcode::SETUP_ANNOTATIONS, 0);
        }
        if stmts.is_empty() {
            return Ok(());
        }
        let mut i = 0;
        if self.optimize < 2
            && let Some(doc) = self.docstring(stmts)
        {
            i = 1;
            let first = self.ast.stmt(stmts[0]);
            if let StmtKind::Expr { value } = &first.kind {
                self.set_loc(first.loc);
                let _ = doc;
                self.expr(*value)?;
                self.nameop("__doc__", ExprContext::Store)?;
            }
        }
        for &s in &stmts[i..] {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(crate) fn stmts(&mut self, stmts: &[StmtId]) -> CResult {
        for &s in stmts {
            self.stmt(s)?;
        }
        Ok(())
    }

    /// `compiler_visit_stmt`.
    pub(crate) fn stmt(&mut self, id: StmtId) -> CResult {
        self.enter_nested()?;
        let r = self.stmt_inner(id);
        self.leave_nested();
        r
    }

    fn stmt_inner(&mut self, id: StmtId) -> CResult {
        let ast = self.ast;
        let s = ast.stmt(id);
        self.set_loc(s.loc);
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function(id, f, false),
            StmtKind::AsyncFunctionDef(f) => self.function(id, f, true),
            StmtKind::ClassDef(c) => self.class(id, c),
            StmtKind::Return { value } => self.return_stmt(id, *value),
            StmtKind::Delete { targets } => {
                for &t in targets {
                    self.expr(t)?;
                }
                Ok(())
            }
            StmtKind::Assign { targets, value, .. } => {
                self.expr(*value)?;
                let n = targets.len();
                for (i, &t) in targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Opcode::COPY, 1);
                    }
                    self.expr(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.augassign(*target, *op, *value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.annassign(*target, *annotation, *value, *simple),
            StmtKind::For(f) => self.for_stmt(f),
            StmtKind::AsyncFor(f) => self.async_for(id, f),
            StmtKind::While { test, body, orelse } => self.while_stmt(id, *test, body, orelse),
            StmtKind::If { test, body, orelse } => {
                let end = self.new_block();
                let next = if orelse.is_empty() {
                    end
                } else {
                    self.new_block()
                };
                self.jump_if(*test, next, false)?;
                self.stmts(body)?;
                if !orelse.is_empty() {
                    self.jump_noline(JumpKind::Jump, end);
                    self.use_next(next);
                    self.stmts(orelse)?;
                }
                self.use_next(end);
                Ok(())
            }
            StmtKind::Match { subject, cases } => self.match_stmt(*subject, cases),
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(*e)?;
                    n += 1;
                    if let Some(c) = cause {
                        self.expr(*c)?;
                        n += 1;
                    }
                }
                self.emit(Opcode::RAISE_VARARGS, n);
                self.next_block();
                Ok(())
            }
            StmtKind::Try(t) => {
                if !t.finalbody.is_empty() {
                    self.try_finally(id, t, false)
                } else {
                    self.try_except(t)
                }
            }
            StmtKind::TryStar(t) => {
                if !t.finalbody.is_empty() {
                    self.try_finally(id, t, true)
                } else {
                    self.try_star_except(t)
                }
            }
            StmtKind::Assert { test, msg } => {
                self.check_assert(*test);
                if self.optimize > 0 {
                    return Ok(());
                }
                let end = self.new_block();
                self.jump_if(*test, end, true)?;
                self.emit(Opcode::LOAD_ASSERTION_ERROR, 0);
                if let Some(m) = msg {
                    self.expr(*m)?;
                    self.emit(Opcode::PRECALL, 0);
                    self.emit(Opcode::CALL, 0);
                }
                self.emit(Opcode::RAISE_VARARGS, 1);
                self.use_next(end);
                Ok(())
            }
            StmtKind::Import { names } => self.import(names),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(id, *module, names, level.unwrap_or(0)),
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } => Ok(()),
            StmtKind::Expr { value } => {
                if self.interactive && self.units.len() <= 1 {
                    self.expr(*value)?;
                    self.emit(Opcode::PRINT_EXPR, 0);
                    return Ok(());
                }
                if matches!(ast.expr(*value).kind, ExprKind::Constant { .. }) {
                    self.emit(Opcode::NOP, 0);
                    return Ok(());
                }
                self.expr(*value)?;
                self.unset_loc();
                self.emit(Opcode::POP_TOP, 0);
                Ok(())
            }
            StmtKind::Pass => {
                self.emit(Opcode::NOP, 0);
                Ok(())
            }
            StmtKind::Break => self.break_stmt(),
            StmtKind::Continue => self.continue_stmt(),
            StmtKind::With(w) => self.with(id, w, 0, false),
            StmtKind::AsyncWith(w) => self.with(id, w, 0, true),
        }
    }

    /// `compiler_return`.
    fn return_stmt(&mut self, id: StmtId, value: Option<taipan_ast::ExprId>) -> CResult {
        let ast = self.ast;
        let s = ast.stmt(id);
        let is_const = value.is_some_and(|v| matches!(ast.expr(v).kind, ExprKind::Constant { .. }));
        let preserve_tos = value.is_some() && !is_const;
        if !self.ste().is_optimized() {
            return Err(self.error("'return' outside function"));
        }
        if value.is_some() && self.ste().coroutine && self.ste().generator {
            return Err(self.error("'return' with value in async generator"));
        }
        if preserve_tos {
            self.expr(value.unwrap())?;
        } else if let Some(v) = value {
            self.set_loc(ast.expr(v).loc);
            self.emit(Opcode::NOP, 0);
        }
        if value.is_none_or(|v| ast.expr(v).loc.lineno != s.loc.lineno) {
            self.set_loc(s.loc);
            self.emit(Opcode::NOP, 0);
        }
        self.unwind_fblock_stack(preserve_tos, false)?;
        match value {
            None => self.load_const(Constant::None),
            Some(v) if !preserve_tos => {
                if let ExprKind::Constant { value, .. } = &ast.expr(v).kind {
                    self.load_const(value.clone());
                }
            }
            _ => {}
        }
        // No new block here: 3.11 starts one implicitly when something follows, and a body
        // ending in this return gets no `return None` of its own.
        self.emit(Opcode::RETURN_VALUE, 0);
        Ok(())
    }

    /// `compiler_augassign`.
    fn augassign(
        &mut self,
        target: taipan_ast::ExprId,
        op: taipan_ast::Operator,
        value: taipan_ast::ExprId,
    ) -> CResult {
        let ast = self.ast;
        let e = ast.expr(target);
        let old = self.ur().loc;
        self.set_loc(e.loc);
        match &e.kind {
            ExprKind::Attribute { value: v, attr, .. } => {
                self.expr(*v)?;
                self.emit(Opcode::COPY, 1);
                self.update_start_location_to_match_attr(e.loc, *attr);
                self.emit_name(Opcode::LOAD_ATTR, self.ident(*attr));
            }
            ExprKind::Subscript {
                value: v, slice, ..
            } => {
                self.expr(*v)?;
                self.expr(*slice)?;
                self.emit(Opcode::COPY, 2);
                self.emit(Opcode::COPY, 2);
                self.emit(Opcode::BINARY_SUBSCR, 0);
            }
            ExprKind::Name { id, .. } => self.nameop(self.ident(*id), ExprContext::Load)?,
            _ => return Err(self.error("invalid node type for augmented assignment")),
        }
        self.u().loc = old;
        self.expr(value)?;
        self.emit(Opcode::BINARY_OP, super::expr::binop_arg(op) + 13);
        self.set_loc(e.loc);
        match &e.kind {
            ExprKind::Attribute { attr, .. } => {
                self.update_start_location_to_match_attr(e.loc, *attr);
                self.emit(Opcode::SWAP, 2);
                self.emit_name(Opcode::STORE_ATTR, self.ident(*attr));
            }
            ExprKind::Subscript { .. } => {
                self.emit(Opcode::SWAP, 3);
                self.emit(Opcode::SWAP, 2);
                self.emit(Opcode::STORE_SUBSCR, 0);
            }
            ExprKind::Name { id, .. } => self.nameop(self.ident(*id), ExprContext::Store)?,
            _ => {}
        }
        Ok(())
    }

    /// `compiler_annassign`.
    fn annassign(
        &mut self,
        target: taipan_ast::ExprId,
        annotation: taipan_ast::ExprId,
        value: Option<taipan_ast::ExprId>,
        simple: bool,
    ) -> CResult {
        let ast = self.ast;
        if let Some(v) = value {
            self.expr(v)?;
            self.expr(target)?;
        }
        if let ExprKind::Name { id, .. } = &ast.expr(target).kind {
            self.forbidden_name(self.ident(*id), taipan_ast::ExprContext::Store)?;
        }
        let future = self.table.future.annotations;
        let module_or_class = matches!(self.ur().scope, ScopeKind::Module | ScopeKind::Class);
        match &ast.expr(target).kind {
            ExprKind::Name { id, .. } => {
                if simple && module_or_class {
                    if future {
                        self.annotation_string(annotation)?;
                    } else {
                        self.expr(annotation)?;
                    }
                    self.emit_name_raw(Opcode::LOAD_NAME, "__annotations__");
                    let m = super::mangle_opt(self.ur().private.as_deref(), self.ident(*id));
                    self.load_const(Constant::str(&m));
                    self.emit(Opcode::STORE_SUBSCR, 0);
                }
            }
            ExprKind::Attribute { value: v, .. } => {
                if value.is_none() {
                    self.check_ann_expr(*v)?;
                }
            }
            ExprKind::Subscript {
                value: v, slice, ..
            } => {
                if value.is_none() {
                    self.check_ann_expr(*v)?;
                    self.check_ann_subscr(*slice)?;
                }
            }
            _ => return Err(self.error("invalid node type for annotated assignment")),
        }
        if !simple && !future && module_or_class {
            self.check_ann_expr(annotation)?;
        }
        Ok(())
    }

    fn check_ann_expr(&mut self, e: taipan_ast::ExprId) -> CResult {
        self.expr(e)?;
        self.emit(Opcode::POP_TOP, 0);
        Ok(())
    }

    fn check_ann_subscr(&mut self, e: taipan_ast::ExprId) -> CResult {
        let ast = self.ast;
        match &ast.expr(e).kind {
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.check_ann_expr(*x)?;
                }
                Ok(())
            }
            ExprKind::Tuple { elts, .. } => {
                for &x in elts {
                    self.check_ann_subscr(x)?;
                }
                Ok(())
            }
            _ => self.check_ann_expr(e),
        }
    }

    /// A name added to `co_names` without mangling (`ADDOP_N`).
    pub(crate) fn emit_name_raw(&mut self, op: Opcode, name: &str) {
        let i = self.add_name(name);
        self.emit(op, i);
    }

    /// `compiler_while`.
    fn while_stmt(
        &mut self,
        id: StmtId,
        test: taipan_ast::ExprId,
        body: &[StmtId],
        orelse: &[StmtId],
    ) -> CResult {
        let lp = self.new_block();
        let bodyb = self.new_block();
        let anchor = self.new_block();
        let end = self.new_block();
        self.use_next(lp);
        self.push_fblock(FBlockKind::WhileLoop, lp, Some(end))?;
        self.jump_if(test, anchor, false)?;
        self.use_next(bodyb);
        self.stmts(body)?;
        self.set_loc(self.ast.stmt(id).loc);
        self.jump_if(test, bodyb, true)?;
        self.pop_fblock();
        self.use_next(anchor);
        self.stmts(orelse)?;
        self.use_next(end);
        Ok(())
    }

    /// `compiler_for`.
    fn for_stmt(&mut self, f: &taipan_ast::For) -> CResult {
        let start = self.new_block();
        let body = self.new_block();
        let cleanup = self.new_block();
        let end = self.new_block();
        self.push_fblock(FBlockKind::ForLoop, start, Some(end))?;
        self.expr(f.iter)?;
        self.emit(Opcode::GET_ITER, 0);
        self.use_next(start);
        self.jump(JumpKind::ForIter, cleanup);
        self.use_next(body);
        self.expr(f.target)?;
        self.stmts(&f.body)?;
        self.unset_loc();
        self.jump(JumpKind::Jump, start);
        self.use_next(cleanup);
        self.pop_fblock();
        self.stmts(&f.orelse)?;
        self.use_next(end);
        Ok(())
    }

    /// `compiler_async_for`.
    fn async_for(&mut self, _id: StmtId, f: &taipan_ast::For) -> CResult {
        if self.ur().scope != ScopeKind::AsyncFunction {
            return Err(self.error("'async for' outside async function"));
        }
        let start = self.new_block();
        let except = self.new_block();
        let end = self.new_block();
        self.expr(f.iter)?;
        self.emit(Opcode::GET_AITER, 0);
        self.use_next(start);
        self.push_fblock(FBlockKind::ForLoop, start, Some(end))?;
        self.emit_op(Op::Setup(SetupKind::Finally), except);
        self.emit(Opcode::GET_ANEXT, 0);
        self.load_const(Constant::None);
        self.yield_from(true);
        self.emit_op(Op::PopBlock, 0);
        self.expr(f.target)?;
        self.stmts(&f.body)?;
        self.unset_loc();
        self.jump(JumpKind::Jump, start);
        self.pop_fblock();
        self.use_next(except);
        self.set_loc(self.ast.expr(f.iter).loc);
        self.emit(Opcode::END_ASYNC_FOR, 0);
        self.stmts(&f.orelse)?;
        self.use_next(end);
        Ok(())
    }

    /// `compiler_add_yield_from`.
    pub(crate) fn yield_from(&mut self, is_await: bool) {
        let start = self.new_block();
        let resume = self.new_block();
        let exit = self.new_block();
        self.use_next(start);
        self.jump(JumpKind::Send, exit);
        self.use_next(resume);
        self.emit(Opcode::YIELD_VALUE, 0);
        self.emit(Opcode::RESUME, if is_await { 3 } else { 2 });
        self.jump(JumpKind::JumpNoInterrupt, start);
        self.use_next(exit);
    }

    /// `compiler_import`.
    fn import(&mut self, names: &[Alias]) -> CResult {
        for alias in names {
            let name = self.ident(alias.name);
            self.load_const(Constant::Int(Int::Small(0)));
            self.load_const(Constant::None);
            self.emit_name(Opcode::IMPORT_NAME, name);
            if let Some(asname) = alias.asname {
                let asname = self.ident(asname);
                if let Some(dot) = name.find('.') {
                    let mut rest = &name[dot + 1..];
                    loop {
                        let (attr, more) = match rest.find('.') {
                            Some(d) => (&rest[..d], Some(&rest[d + 1..])),
                            None => (rest, None),
                        };
                        self.emit_name_raw(Opcode::IMPORT_FROM, attr);
                        match more {
                            None => break,
                            Some(m) => {
                                rest = m;
                                self.emit(Opcode::SWAP, 2);
                                self.emit(Opcode::POP_TOP, 0);
                            }
                        }
                    }
                    self.nameop(asname, ExprContext::Store)?;
                    self.emit(Opcode::POP_TOP, 0);
                } else {
                    self.nameop(asname, ExprContext::Store)?;
                }
            } else {
                let base = name.split('.').next().unwrap_or(name);
                self.nameop(base, ExprContext::Store)?;
            }
        }
        Ok(())
    }

    /// `compiler_from_import`.
    fn import_from(
        &mut self,
        id: StmtId,
        module: Option<taipan_ast::Identifier>,
        names: &[Alias],
        level: u32,
    ) -> CResult {
        self.load_const(Constant::Int(Int::Small(level as i64)));
        let s = self.ast.stmt(id);
        if let Some(m) = module
            && self.ident(m) == "__future__"
            && s.loc.lineno > self.table.future.lineno
        {
            return Err(
                self.error("from __future__ imports must occur at the beginning of the file")
            );
        }
        let tuple: Vec<Constant> = names
            .iter()
            .map(|a| Constant::str(self.ident(a.name)))
            .collect();
        self.load_const(Constant::Tuple(tuple.into()));
        let m = module.map_or("", |m| self.ident(m));
        self.emit_name(Opcode::IMPORT_NAME, m);
        for (i, alias) in names.iter().enumerate() {
            let name = self.ident(alias.name);
            if i == 0 && name.starts_with('*') {
                self.emit(Opcode::IMPORT_STAR, 0);
                return Ok(());
            }
            self.emit_name(Opcode::IMPORT_FROM, name);
            let store = alias.asname.map_or(name, |a| self.ident(a));
            self.nameop(store, ExprContext::Store)?;
        }
        self.emit(Opcode::POP_TOP, 0);
        Ok(())
    }

    /// Whether the module root is an expression (eval mode).
    #[allow(dead_code)]
    pub(crate) fn is_eval(&self) -> bool {
        matches!(self.ast.root, Mod::Expression { .. })
    }
}

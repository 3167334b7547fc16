//! Comprehensions and generator expressions, each its own code object
//! (`compiler_comprehension`): the outermost iterable evaluated outside and passed as `.0`,
//! then one `FOR_ITER` loop (or `async for` loop) per clause with its `if`s.

use taipan_ast::{Comprehension, Constant, ExprId, ExprKind};
use taipan_bytecode::{JumpKind, Opcode, SetupKind};

use super::exception::FBlockKind;
use super::ir::Op;
use super::{CResult, Compiler, ScopeKind};
use crate::symtable::BlockKey;

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    Gen,
    List,
    Set,
    Dict,
}

impl<'a> Compiler<'a> {
    /// `compiler_comprehension`.
    pub(crate) fn comprehension(&mut self, id: ExprId) -> CResult {
        let ast = self.ast;
        let e = ast.expr(id);
        let (kind, name, generators, elt, val) = match &e.kind {
            ExprKind::GeneratorExp { elt, generators } => {
                (CompKind::Gen, "<genexpr>", generators, *elt, None)
            }
            ExprKind::ListComp { elt, generators } => {
                (CompKind::List, "<listcomp>", generators, *elt, None)
            }
            ExprKind::SetComp { elt, generators } => {
                (CompKind::Set, "<setcomp>", generators, *elt, None)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => (CompKind::Dict, "<dictcomp>", generators, *key, Some(*value)),
            _ => return Ok(()),
        };
        let outer_scope = self.ur().scope;
        self.enter_scope(
            name,
            ScopeKind::Comprehension,
            BlockKey::Expr(id),
            e.loc.lineno,
        )?;
        self.set_loc(e.loc);
        let is_async_gen = self.ste().coroutine;
        if is_async_gen
            && kind != CompKind::Gen
            && !matches!(
                outer_scope,
                ScopeKind::AsyncFunction | ScopeKind::Comprehension
            )
        {
            return Err(
                self.error("asynchronous comprehension outside of an asynchronous function")
            );
        }
        match kind {
            CompKind::List => self.emit(Opcode::BUILD_LIST, 0),
            CompKind::Set => self.emit(Opcode::BUILD_SET, 0),
            CompKind::Dict => self.emit(Opcode::BUILD_MAP, 0),
            CompKind::Gen => {}
        }
        self.comp_generator(generators, 0, 0, elt, val, kind)?;
        if kind != CompKind::Gen {
            self.emit(Opcode::RETURN_VALUE, 0);
        }
        let code = self.assemble(true)?;
        self.make_closure_pub(code)?;
        let outermost = &generators[0];
        self.expr(outermost.iter)?;
        self.emit(
            if outermost.is_async {
                Opcode::GET_AITER
            } else {
                Opcode::GET_ITER
            },
            0,
        );
        self.emit(Opcode::PRECALL, 0);
        self.emit(Opcode::CALL, 0);
        if is_async_gen && kind != CompKind::Gen {
            self.emit(Opcode::GET_AWAITABLE, 0);
            self.load_const(Constant::None);
            self.yield_from(true);
        }
        Ok(())
    }

    fn comp_generator(
        &mut self,
        gens: &[Comprehension],
        index: usize,
        depth: u32,
        elt: ExprId,
        val: Option<ExprId>,
        kind: CompKind,
    ) -> CResult {
        self.enter_nested()?;
        let r = if gens[index].is_async {
            self.async_comp_generator(gens, index, depth, elt, val, kind)
        } else {
            self.sync_comp_generator(gens, index, depth, elt, val, kind)
        };
        self.leave_nested();
        r
    }

    fn comp_element(
        &mut self,
        elt: ExprId,
        val: Option<ExprId>,
        kind: CompKind,
        depth: u32,
    ) -> CResult {
        match kind {
            CompKind::Gen => {
                self.expr(elt)?;
                self.emit_yield();
                self.emit(Opcode::POP_TOP, 0);
            }
            CompKind::List => {
                self.expr(elt)?;
                self.emit(Opcode::LIST_APPEND, depth + 1);
            }
            CompKind::Set => {
                self.expr(elt)?;
                self.emit(Opcode::SET_ADD, depth + 1);
            }
            CompKind::Dict => {
                self.expr(elt)?;
                if let Some(v) = val {
                    self.expr(v)?;
                }
                self.emit(Opcode::MAP_ADD, depth + 1);
            }
        }
        Ok(())
    }

    fn sync_comp_generator(
        &mut self,
        gens: &[Comprehension],
        mut index: usize,
        mut depth: u32,
        elt: ExprId,
        val: Option<ExprId>,
        kind: CompKind,
    ) -> CResult {
        let ast = self.ast;
        let mut start = Some(self.new_block());
        let if_cleanup = self.new_block();
        let anchor = self.new_block();
        let g = &gens[index];
        if index == 0 {
            self.u().argcount = 1;
            self.emit(Opcode::LOAD_FAST, 0);
        } else {
            let elts = match &ast.expr(g.iter).kind {
                ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => Some(elts),
                _ => None,
            };
            if let Some(elts) = elts
                && elts.len() == 1
                && !matches!(ast.expr(elts[0]).kind, ExprKind::Starred { .. })
            {
                self.expr(elts[0])?;
                start = None;
            }
            if start.is_some() {
                self.expr(g.iter)?;
                self.emit(Opcode::GET_ITER, 0);
            }
        }
        if let Some(st) = start {
            depth += 1;
            self.use_next(st);
            self.jump(JumpKind::ForIter, anchor);
        }
        self.expr(g.target)?;
        for &cond in &g.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        index += 1;
        if index < gens.len() {
            self.comp_generator(gens, index, depth, elt, val, kind)?;
        } else {
            self.comp_element(elt, val, kind, depth)?;
        }
        self.use_next(if_cleanup);
        if let Some(st) = start {
            self.jump(JumpKind::Jump, st);
            self.use_next(anchor);
        }
        Ok(())
    }

    fn async_comp_generator(
        &mut self,
        gens: &[Comprehension],
        mut index: usize,
        mut depth: u32,
        elt: ExprId,
        val: Option<ExprId>,
        kind: CompKind,
    ) -> CResult {
        let start = self.new_block();
        let except = self.new_block();
        let if_cleanup = self.new_block();
        let g = &gens[index];
        if index == 0 {
            self.u().argcount = 1;
            self.emit(Opcode::LOAD_FAST, 0);
        } else {
            self.expr(g.iter)?;
            self.emit(Opcode::GET_AITER, 0);
        }
        self.use_next(start);
        self.push_fblock(FBlockKind::AsyncComprehensionGenerator, start, None)?;
        self.emit_op(Op::Setup(SetupKind::Finally), except);
        self.emit(Opcode::GET_ANEXT, 0);
        self.load_const(Constant::None);
        self.yield_from(true);
        self.emit_op(Op::PopBlock, 0);
        self.expr(g.target)?;
        for &cond in &g.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        depth += 1;
        index += 1;
        if index < gens.len() {
            self.comp_generator(gens, index, depth, elt, val, kind)?;
        } else {
            self.comp_element(elt, val, kind, depth)?;
        }
        self.use_next(if_cleanup);
        self.jump(JumpKind::Jump, start);
        self.pop_fblock();
        self.use_next(except);
        self.emit(Opcode::END_ASYNC_FOR, 0);
        Ok(())
    }
}

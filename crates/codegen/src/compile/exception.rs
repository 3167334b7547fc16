//! Exceptions and the frame-block stack: `try`/`except`/`else`/`finally`, `except*`, `with`
//! and `async with`, and the unwinding that `return`, `break` and `continue` do through them
//! (`compiler_unwind_fblock`), as CPython 3.11's zero-cost exception handlers: `SETUP_*`
//! pseudo-instructions, `PUSH_EXC_INFO` / `POP_EXCEPT` / `RERAISE` / `CHECK_EXC_MATCH`.

use taipan_ast::{Constant, ExprContext, StmtId, Try, With};
use taipan_bytecode::{JumpKind, Opcode, SetupKind};

use super::ir::{BlockIdx, Op};
use super::{CResult, Compiler, ScopeKind};

/// CPython's `enum fblocktype`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum FBlockKind {
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    With,
    AsyncWith,
    HandlerCleanup,
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
}

/// What the block needs to unwind.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Datum {
    None,
    /// The `finally` body of a `try`.
    Finally(StmtId),
    /// The `with` statement.
    With(StmtId),
    /// The `as` name of an `except` handler.
    Name(taipan_ast::Identifier),
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct FBlock {
    pub kind: FBlockKind,
    pub block: BlockIdx,
    pub exit: Option<BlockIdx>,
    pub datum: Datum,
}

const MAX_FBLOCKS: usize = 20;

impl<'a> Compiler<'a> {
    pub(crate) fn push_fblock(
        &mut self,
        kind: FBlockKind,
        block: BlockIdx,
        exit: Option<BlockIdx>,
    ) -> CResult {
        self.push_fblock_datum(kind, block, exit, Datum::None)
    }

    pub(crate) fn push_fblock_datum(
        &mut self,
        kind: FBlockKind,
        block: BlockIdx,
        exit: Option<BlockIdx>,
        datum: Datum,
    ) -> CResult {
        if self.ur().fblocks.len() >= MAX_FBLOCKS {
            return Err(self.error("too many statically nested blocks"));
        }
        self.u().fblocks.push(FBlock {
            kind,
            block,
            exit,
            datum,
        });
        Ok(())
    }

    pub(crate) fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }

    /// `compiler_unwind_fblock`.
    fn unwind_fblock(&mut self, info: FBlock, preserve_tos: bool) -> CResult {
        use FBlockKind::*;
        match info.kind {
            WhileLoop | ExceptionHandler | ExceptionGroupHandler | AsyncComprehensionGenerator => {}
            ForLoop => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
            }
            TryExcept => self.emit_op(Op::PopBlock, 0),
            FinallyTry => {
                self.emit_op(Op::PopBlock, 0);
                if preserve_tos {
                    self.push_fblock(PopValue, 0, None)?;
                }
                if let Datum::Finally(s) = info.datum
                    && let taipan_ast::StmtKind::Try(t) | taipan_ast::StmtKind::TryStar(t) =
                        &self.ast.stmt(s).kind
                {
                    self.stmts(&t.finalbody)?;
                }
                if preserve_tos {
                    self.pop_fblock();
                }
                self.unset_loc();
            }
            FinallyEnd => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit_op(Op::PopBlock, 0);
                self.emit(Opcode::POP_EXCEPT, 0);
            }
            With | AsyncWith => {
                if let Datum::With(s) = info.datum {
                    self.set_loc(self.ast.stmt(s).loc);
                }
                self.emit_op(Op::PopBlock, 0);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.call_exit_with_nones();
                if info.kind == AsyncWith {
                    self.emit(Opcode::GET_AWAITABLE, 2);
                    self.load_const(Constant::None);
                    self.yield_from(true);
                }
                self.emit(Opcode::POP_TOP, 0);
                self.unset_loc();
            }
            HandlerCleanup => {
                let name = match info.datum {
                    Datum::Name(n) => Some(n),
                    _ => None,
                };
                if name.is_some() {
                    self.emit_op(Op::PopBlock, 0);
                }
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit_op(Op::PopBlock, 0);
                self.emit(Opcode::POP_EXCEPT, 0);
                if let Some(n) = name {
                    self.load_const(Constant::None);
                    self.nameop(self.ident(n), ExprContext::Store)?;
                    self.nameop(self.ident(n), ExprContext::Del)?;
                }
            }
            PopValue => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
            }
        }
        Ok(())
    }

    /// `compiler_unwind_fblock_stack`: unwinds every block (or up to the innermost loop when
    /// `to_loop`, which is returned).
    pub(crate) fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        to_loop: bool,
    ) -> CResult<Option<FBlock>> {
        let Some(&top) = self.ur().fblocks.last() else {
            return Ok(None);
        };
        if top.kind == FBlockKind::ExceptionGroupHandler {
            return Err(
                self.error("'break', 'continue' and 'return' cannot appear in an except* block")
            );
        }
        if to_loop && matches!(top.kind, FBlockKind::WhileLoop | FBlockKind::ForLoop) {
            return Ok(Some(top));
        }
        self.u().fblocks.pop();
        let r = self
            .unwind_fblock(top, preserve_tos)
            .and_then(|_| self.unwind_fblock_stack(preserve_tos, to_loop));
        self.u().fblocks.push(top);
        r
    }

    pub(crate) fn break_stmt(&mut self) -> CResult {
        self.emit(Opcode::NOP, 0);
        // Unwinding a `with` moves the location; the error is the statement's (as 3.11.7).
        let loc = self.ur().loc;
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            self.u().loc = loc;
            return Err(self.error("'break' outside loop"));
        };
        self.unwind_fblock(lp, false)?;
        if let Some(exit) = lp.exit {
            self.jump(JumpKind::Jump, exit);
        }
        self.next_block();
        Ok(())
    }

    pub(crate) fn continue_stmt(&mut self) -> CResult {
        self.emit(Opcode::NOP, 0);
        // Unwinding a `with` moves the location; the error is the statement's (as 3.11.7).
        let loc = self.ur().loc;
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            self.u().loc = loc;
            return Err(self.error("'continue' not properly in loop"));
        };
        self.jump(JumpKind::Jump, lp.block);
        self.next_block();
        Ok(())
    }

    fn pop_except_and_reraise(&mut self) {
        self.emit(Opcode::COPY, 3);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::RERAISE, 1);
    }

    /// `compiler_try_finally` (and `compiler_try_star_finally`).
    pub(crate) fn try_finally(&mut self, stmt_id: StmtId, t: &Try, star: bool) -> CResult {
        let body = self.new_block();
        let end = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.emit_op(Op::Setup(SetupKind::Finally), end);
        self.use_next(body);
        self.push_fblock_datum(
            FBlockKind::FinallyTry,
            body,
            Some(end),
            Datum::Finally(stmt_id),
        )?;
        if !t.handlers.is_empty() {
            if star {
                self.try_star_except(t)?;
            } else {
                self.try_except(t)?;
            }
        } else {
            self.stmts(&t.body)?;
        }
        self.u().graph.push(super::ir::Instr {
            op: Op::PopBlock,
            arg: 0,
            target: 0,
            loc: super::ir::SrcLoc::NONE,
        });
        self.pop_fblock();
        self.stmts(&t.finalbody)?;
        self.jump_noline(JumpKind::Jump, exit);
        self.use_next(end);
        self.unset_loc();
        self.emit_op(Op::Setup(SetupKind::Cleanup), cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.push_fblock(FBlockKind::FinallyEnd, end, None)?;
        self.stmts(&t.finalbody)?;
        self.pop_fblock();
        self.emit(Opcode::RERAISE, 0);
        self.use_next(cleanup);
        self.pop_except_and_reraise();
        self.use_next(exit);
        Ok(())
    }

    fn pop_block_noline(&mut self) {
        self.u().graph.push(super::ir::Instr {
            op: Op::PopBlock,
            arg: 0,
            target: 0,
            loc: super::ir::SrcLoc::NONE,
        });
    }

    /// `compiler_try_except`.
    pub(crate) fn try_except(&mut self, t: &Try) -> CResult {
        let body = self.new_block();
        let mut except = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        self.emit_op(Op::Setup(SetupKind::Finally), except);
        self.use_next(body);
        self.push_fblock(FBlockKind::TryExcept, body, None)?;
        self.stmts(&t.body)?;
        self.pop_fblock();
        self.pop_block_noline();
        self.stmts(&t.orelse)?;
        self.jump_noline(JumpKind::Jump, end);
        let n = t.handlers.len();
        self.use_next(except);
        self.unset_loc();
        self.emit_op(Op::Setup(SetupKind::Cleanup), cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.push_fblock(FBlockKind::ExceptionHandler, 0, None)?;
        for (i, h) in t.handlers.iter().enumerate() {
            self.set_loc(h.loc);
            if h.type_.is_none() && i + 1 < n {
                return Err(self.error("default 'except:' must be last"));
            }
            except = self.new_block();
            if let Some(ty) = h.type_ {
                self.expr(ty)?;
                self.emit(Opcode::CHECK_EXC_MATCH, 0);
                self.jump(JumpKind::PopJumpIfFalse, except);
            }
            if let Some(name) = h.name {
                let cleanup_end = self.new_block();
                let cleanup_body = self.new_block();
                self.nameop(self.ident(name), ExprContext::Store)?;
                self.emit_op(Op::Setup(SetupKind::Cleanup), cleanup_end);
                self.use_next(cleanup_body);
                self.push_fblock_datum(
                    FBlockKind::HandlerCleanup,
                    cleanup_body,
                    None,
                    Datum::Name(name),
                )?;
                self.stmts(&h.body)?;
                self.pop_fblock();
                self.unset_loc();
                self.emit_op(Op::PopBlock, 0);
                self.emit_op(Op::PopBlock, 0);
                self.emit(Opcode::POP_EXCEPT, 0);
                self.load_const(Constant::None);
                self.nameop(self.ident(name), ExprContext::Store)?;
                self.nameop(self.ident(name), ExprContext::Del)?;
                self.jump(JumpKind::Jump, end);
                self.use_next(cleanup_end);
                self.unset_loc();
                self.load_const(Constant::None);
                self.nameop(self.ident(name), ExprContext::Store)?;
                self.nameop(self.ident(name), ExprContext::Del)?;
                self.emit(Opcode::RERAISE, 1);
            } else {
                let cleanup_body = self.new_block();
                self.emit(Opcode::POP_TOP, 0);
                self.use_next(cleanup_body);
                self.push_fblock(FBlockKind::HandlerCleanup, cleanup_body, None)?;
                self.stmts(&h.body)?;
                self.pop_fblock();
                self.unset_loc();
                self.emit_op(Op::PopBlock, 0);
                self.emit(Opcode::POP_EXCEPT, 0);
                self.jump(JumpKind::Jump, end);
            }
            self.use_next(except);
        }
        self.unset_loc();
        self.pop_fblock();
        self.emit(Opcode::RERAISE, 0);
        self.use_next(cleanup);
        self.pop_except_and_reraise();
        self.use_next(end);
        Ok(())
    }

    /// `compiler_try_star_except`.
    pub(crate) fn try_star_except(&mut self, t: &Try) -> CResult {
        let body = self.new_block();
        let mut except = self.new_block();
        let orelse = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        let reraise_star = self.new_block();
        self.emit_op(Op::Setup(SetupKind::Finally), except);
        self.use_next(body);
        self.push_fblock(FBlockKind::TryExcept, body, None)?;
        self.stmts(&t.body)?;
        self.pop_fblock();
        self.pop_block_noline();
        self.jump_noline(JumpKind::Jump, orelse);
        let n = t.handlers.len();
        self.use_next(except);
        self.unset_loc();
        self.emit_op(Op::Setup(SetupKind::Cleanup), cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.push_fblock(FBlockKind::ExceptionGroupHandler, 0, None)?;
        for (i, h) in t.handlers.iter().enumerate() {
            self.set_loc(h.loc);
            except = self.new_block();
            let except_with_error = self.new_block();
            let no_match = self.new_block();
            if i == 0 {
                self.emit(Opcode::COPY, 1);
                self.emit(Opcode::BUILD_LIST, 0);
                self.emit(Opcode::SWAP, 2);
            }
            if let Some(ty) = h.type_ {
                self.expr(ty)?;
                self.emit(Opcode::CHECK_EG_MATCH, 0);
                self.emit(Opcode::COPY, 1);
                self.jump(JumpKind::PopJumpIfNone, no_match);
            }
            let cleanup_end = self.new_block();
            let cleanup_body = self.new_block();
            match h.name {
                Some(name) => self.nameop(self.ident(name), ExprContext::Store)?,
                None => self.emit(Opcode::POP_TOP, 0),
            }
            self.emit_op(Op::Setup(SetupKind::Cleanup), cleanup_end);
            self.use_next(cleanup_body);
            let datum = h.name.map_or(Datum::None, Datum::Name);
            self.push_fblock_datum(FBlockKind::HandlerCleanup, cleanup_body, None, datum)?;
            self.stmts(&h.body)?;
            self.pop_fblock();
            self.emit_op(Op::PopBlock, 0);
            if let Some(name) = h.name {
                self.load_const(Constant::None);
                self.nameop(self.ident(name), ExprContext::Store)?;
                self.nameop(self.ident(name), ExprContext::Del)?;
            }
            self.jump(JumpKind::Jump, except);
            self.use_next(cleanup_end);
            if let Some(name) = h.name {
                self.load_const(Constant::None);
                self.nameop(self.ident(name), ExprContext::Store)?;
                self.nameop(self.ident(name), ExprContext::Del)?;
            }
            self.emit(Opcode::LIST_APPEND, 3);
            self.emit(Opcode::POP_TOP, 0);
            self.jump(JumpKind::Jump, except_with_error);
            self.use_next(except);
            self.emit(Opcode::NOP, 0);
            self.jump(JumpKind::Jump, except_with_error);
            self.use_next(no_match);
            self.emit(Opcode::POP_TOP, 0);
            self.use_next(except_with_error);
            if i + 1 == n {
                self.emit(Opcode::LIST_APPEND, 1);
                self.jump(JumpKind::Jump, reraise_star);
            }
        }
        self.unset_loc();
        self.pop_fblock();
        let reraise = self.new_block();
        self.use_next(reraise_star);
        self.emit(Opcode::PREP_RERAISE_STAR, 0);
        self.emit(Opcode::COPY, 1);
        self.jump(JumpKind::PopJumpIfNotNone, reraise);
        self.emit(Opcode::POP_TOP, 0);
        self.emit_op(Op::PopBlock, 0);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.jump(JumpKind::Jump, end);
        self.use_next(reraise);
        self.emit_op(Op::PopBlock, 0);
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::RERAISE, 0);
        self.use_next(cleanup);
        self.pop_except_and_reraise();
        self.use_next(orelse);
        self.stmts(&t.orelse)?;
        self.use_next(end);
        Ok(())
    }

    fn call_exit_with_nones(&mut self) {
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.emit(Opcode::PRECALL, 2);
        self.emit(Opcode::CALL, 2);
    }

    /// `compiler_with_except_finish`.
    fn with_except_finish(&mut self, cleanup: BlockIdx) {
        self.unset_loc();
        let exit = self.new_block();
        self.jump(JumpKind::PopJumpIfTrue, exit);
        self.emit(Opcode::RERAISE, 2);
        self.use_next(cleanup);
        self.pop_except_and_reraise();
        self.use_next(exit);
        self.emit(Opcode::POP_TOP, 0);
        self.emit_op(Op::PopBlock, 0);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::POP_TOP, 0);
        self.emit(Opcode::POP_TOP, 0);
    }

    /// `compiler_with` / `compiler_async_with`, one item at a time.
    pub(crate) fn with(&mut self, id: StmtId, w: &With, pos: usize, is_async: bool) -> CResult {
        let s = self.ast.stmt(id);
        if is_async && self.ur().scope != ScopeKind::AsyncFunction {
            return Err(self.error("'async with' outside async function"));
        }
        let item = &w.items[pos];
        let body = self.new_block();
        let fin = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.expr(item.context_expr)?;
        if is_async {
            self.emit(Opcode::BEFORE_ASYNC_WITH, 0);
            self.emit(Opcode::GET_AWAITABLE, 1);
            self.load_const(Constant::None);
            self.yield_from(true);
        } else {
            self.emit(Opcode::BEFORE_WITH, 0);
        }
        self.emit_op(Op::Setup(SetupKind::With), fin);
        self.use_next(body);
        let kind = if is_async {
            FBlockKind::AsyncWith
        } else {
            FBlockKind::With
        };
        self.push_fblock_datum(kind, body, Some(fin), Datum::With(id))?;
        match item.optional_vars {
            Some(v) => self.expr(v)?,
            None => self.emit(Opcode::POP_TOP, 0),
        }
        if pos + 1 == w.items.len() {
            self.stmts(&w.body)?;
        } else {
            self.with(id, w, pos + 1, is_async)?;
        }
        self.unset_loc();
        self.emit_op(Op::PopBlock, 0);
        self.pop_fblock();
        self.set_loc(s.loc);
        self.call_exit_with_nones();
        if is_async {
            self.emit(Opcode::GET_AWAITABLE, 2);
            self.load_const(Constant::None);
            self.yield_from(true);
        }
        self.emit(Opcode::POP_TOP, 0);
        self.jump(JumpKind::Jump, exit);
        self.use_next(fin);
        self.emit_op(Op::Setup(SetupKind::Cleanup), cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.emit(Opcode::WITH_EXCEPT_START, 0);
        if is_async {
            self.emit(Opcode::GET_AWAITABLE, 2);
            self.load_const(Constant::None);
            self.yield_from(true);
        }
        self.with_except_finish(cleanup);
        self.use_next(exit);
        Ok(())
    }
}

//! `CodeBuilder`: what the compiler emits into. Instructions with symbolic labels for jumps,
//! direction-free jump kinds (forward or backward opcode chosen at assembly), the exception
//! block pseudo-instructions of CPython's compiler (`SETUP_FINALLY`, `SETUP_CLEANUP`,
//! `SETUP_WITH`, `POP_BLOCK`), a current source position, and deduplicated constant and name
//! pools. `assemble()` resolves jumps (growing `EXTENDED_ARG` prefixes to a fixpoint), computes
//! the maximum stack depth by flow analysis (as `compile.c: stackdepth()`), and writes the
//! location and exception tables.

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use taipan_ast::Constant;

use crate::code::{CodeFlags, CodeObject, CodeUnit, Const, LocalKind};
use crate::exctable::{self, ExceptionEntry};
use crate::instr::extended_args;
use crate::linetable::{LineTableWriter, Position};
use crate::opcode::Opcode;

/// A jump target, bound to a place in the instruction stream by [`CodeBuilder::bind`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Label(u32);

/// A jump whose direction is chosen at assembly.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum JumpKind {
    /// `JUMP_FORWARD` / `JUMP_BACKWARD`.
    Jump,
    /// `JUMP_FORWARD` / `JUMP_BACKWARD_NO_INTERRUPT`.
    JumpNoInterrupt,
    PopJumpIfFalse,
    PopJumpIfTrue,
    PopJumpIfNone,
    PopJumpIfNotNone,
    /// Forward only.
    JumpIfFalseOrPop,
    /// Forward only.
    JumpIfTrueOrPop,
    /// Forward only.
    ForIter,
    /// Forward only.
    Send,
}

impl JumpKind {
    /// The opcode for a forward jump and for a backward one (`None`: not allowed).
    pub const fn opcodes(self) -> (Opcode, Option<Opcode>) {
        use Opcode::*;
        match self {
            JumpKind::Jump => (JUMP_FORWARD, Some(JUMP_BACKWARD)),
            JumpKind::JumpNoInterrupt => (JUMP_FORWARD, Some(JUMP_BACKWARD_NO_INTERRUPT)),
            JumpKind::PopJumpIfFalse => {
                (POP_JUMP_FORWARD_IF_FALSE, Some(POP_JUMP_BACKWARD_IF_FALSE))
            }
            JumpKind::PopJumpIfTrue => (POP_JUMP_FORWARD_IF_TRUE, Some(POP_JUMP_BACKWARD_IF_TRUE)),
            JumpKind::PopJumpIfNone => (POP_JUMP_FORWARD_IF_NONE, Some(POP_JUMP_BACKWARD_IF_NONE)),
            JumpKind::PopJumpIfNotNone => (
                POP_JUMP_FORWARD_IF_NOT_NONE,
                Some(POP_JUMP_BACKWARD_IF_NOT_NONE),
            ),
            JumpKind::JumpIfFalseOrPop => (JUMP_IF_FALSE_OR_POP, None),
            JumpKind::JumpIfTrueOrPop => (JUMP_IF_TRUE_OR_POP, None),
            JumpKind::ForIter => (FOR_ITER, None),
            JumpKind::Send => (SEND, None),
        }
    }
}

/// The exception-block pseudo-instructions: zero-size, they open a region whose instructions
/// are covered by the handler at the label.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum SetupKind {
    /// The handler starts with the exception pushed (depth + 1).
    Finally,
    /// As `Finally`, with `lasti` pushed under the exception (depth + 2).
    Cleanup,
    /// For `with`: the handler starts at depth + 1, `lasti` and the exception above the
    /// context manager's exit.
    With,
}

impl SetupKind {
    /// The stack effect into the handler (CPython's `stack_effect(SETUP_*, jump=True)`).
    const fn jump_effect(self) -> i32 {
        match self {
            SetupKind::Finally | SetupKind::With => 1,
            SetupKind::Cleanup => 2,
        }
    }
    const fn lasti(self) -> bool {
        !matches!(self, SetupKind::Finally)
    }
}

/// What covers an instruction against exceptions.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Cover {
    /// The innermost `SETUP_*` block: depth and `lasti` derived from the setup.
    Block(Label),
    /// Given outright by [`CodeBuilder::set_handler`].
    Explicit {
        label: Label,
        depth: u32,
        lasti: bool,
    },
}

impl Cover {
    fn label(self) -> Label {
        match self {
            Cover::Block(l) | Cover::Explicit { label: l, .. } => l,
        }
    }
}

#[derive(Clone, Copy, Debug)]
enum Op {
    Real(Opcode),
    Jump(JumpKind),
    Setup(SetupKind),
    PopBlock,
}

#[derive(Clone, Copy, Debug)]
struct Instr {
    op: Op,
    arg: u32,
    target: Option<Label>,
    pos: Position,
    /// The handler given by [`CodeBuilder::set_handler`] when the instruction was emitted;
    /// otherwise the blocks decide, by flow ([`CodeBuilder::block_covers`]).
    handler: Option<Cover>,
    /// Covered by no handler at all ([`CodeBuilder::set_uncovered`]).
    uncovered: bool,
}

/// Why assembly failed: a compiler bug, reported instead of producing broken code.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum AssembleError {
    UnboundLabel(u32),
    /// A jump opcode, `EXTENDED_ARG` or `CACHE` emitted directly (use `jump`; the builder
    /// writes the others).
    ReservedOpcode {
        index: usize,
        op: Opcode,
    },
    /// An argument given to an opcode that takes none.
    UnexpectedArg {
        index: usize,
        op: Opcode,
    },
    BackwardJumpNotAllowed {
        index: usize,
        kind: JumpKind,
    },
    StackUnderflow {
        index: usize,
    },
    /// Two paths reach an instruction with different stack depths.
    StackMismatch {
        index: usize,
        depth: i32,
        other: i32,
    },
    /// Execution can run past the last instruction.
    FallsOffEnd,
    /// `POP_BLOCK` with no open block.
    UnbalancedPopBlock {
        index: usize,
    },
    /// A handler that no `SETUP_*` reaches, so its stack depth is unknown.
    UnreachableHandler(u32),
}

impl fmt::Display for AssembleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AssembleError::UnboundLabel(l) => write!(f, "label {l} is never bound"),
            AssembleError::ReservedOpcode { index, op } => write!(
                f,
                "instruction {index}: {} is written by the assembler, not emitted",
                op.name()
            ),
            AssembleError::UnexpectedArg { index, op } => {
                write!(f, "instruction {index}: {} takes no argument", op.name())
            }
            AssembleError::BackwardJumpNotAllowed { index, kind } => {
                write!(f, "instruction {index}: {kind:?} can only jump forward")
            }
            AssembleError::StackUnderflow { index } => {
                write!(f, "instruction {index}: stack underflow")
            }
            AssembleError::StackMismatch {
                index,
                depth,
                other,
            } => write!(
                f,
                "instruction {index}: reached with stack depths {depth} and {other}"
            ),
            AssembleError::FallsOffEnd => write!(f, "execution falls off the end of the code"),
            AssembleError::UnbalancedPopBlock { index } => {
                write!(f, "instruction {index}: POP_BLOCK without an open block")
            }
            AssembleError::UnreachableHandler(l) => {
                write!(f, "handler label {l} is not reached by any SETUP")
            }
        }
    }
}

impl std::error::Error for AssembleError {}

/// Per instruction: start offsets (one more, the end), final arguments, final opcodes.
type Layout = (Vec<u32>, Vec<u32>, Vec<Opcode>);

/// Builds one code object.
pub struct CodeBuilder {
    pub name: Box<str>,
    pub qualname: Box<str>,
    pub filename: Box<str>,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: CodeFlags,
    instrs: Vec<Instr>,
    /// Instruction index each label is bound to.
    labels: Vec<Option<u32>>,
    /// Handlers that preserve `lasti` (opened by `SETUP_CLEANUP` / `SETUP_WITH`).
    lasti_handlers: Vec<bool>,
    /// A handler set outright, overriding the blocks.
    explicit: Option<Cover>,
    /// Instructions emitted now are covered by no handler.
    uncovered: bool,
    pos: Position,
    consts: Vec<Const>,
    const_index: HashMap<Constant, u32>,
    names: Vec<Box<str>>,
    name_index: HashMap<Box<str>, u32>,
    localsplusnames: Vec<Box<str>>,
    localspluskinds: Vec<LocalKind>,
}

impl CodeBuilder {
    pub fn new(name: &str, qualname: &str, filename: &str, firstlineno: u32) -> CodeBuilder {
        CodeBuilder {
            name: name.into(),
            qualname: qualname.into(),
            filename: filename.into(),
            firstlineno,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: CodeFlags::default(),
            instrs: Vec::new(),
            labels: Vec::new(),
            lasti_handlers: Vec::new(),
            explicit: None,
            uncovered: false,
            pos: Position::NONE,
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            localsplusnames: Vec::new(),
            localspluskinds: Vec::new(),
        }
    }

    /// The position given to instructions emitted from now on.
    pub fn set_position(&mut self, pos: Position) {
        self.pos = pos;
    }

    /// Adds a constant, reusing an equal one (equal as CPython's constant cache keys them:
    /// by type and value, `0.0` apart from `-0.0`). Code objects are never shared.
    pub fn add_const(&mut self, value: Const) -> u32 {
        let index = self.consts.len() as u32;
        if let Const::Value(c) = &value {
            if let Some(&i) = self.const_index.get(c) {
                return i;
            }
            self.const_index.insert(c.clone(), index);
        }
        self.consts.push(value);
        index
    }

    /// Appends a constant without deduplicating it: for a compiler that keeps its own pool
    /// (CPython keeps each NaN apart, for one).
    pub fn push_const(&mut self, value: Const) -> u32 {
        let index = self.consts.len() as u32;
        if let Const::Value(c) = &value {
            self.const_index.entry(c.clone()).or_insert(index);
        }
        self.consts.push(value);
        index
    }

    /// Adds a code object constant.
    pub fn add_code(&mut self, code: CodeObject) -> u32 {
        self.add_const(Const::Code(Arc::new(code)))
    }

    /// The index of `name` in `co_names`, adding it if new.
    pub fn add_name(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.name_index.get(name) {
            return i;
        }
        let index = self.names.len() as u32;
        self.names.push(name.into());
        self.name_index.insert(name.into(), index);
        index
    }

    /// Appends a local-plus slot (locals first, then cells, then free variables, as the
    /// symbol table orders them) and returns its index.
    pub fn add_local(&mut self, name: &str, kind: LocalKind) -> u32 {
        self.localsplusnames.push(name.into());
        self.localspluskinds.push(kind);
        (self.localsplusnames.len() - 1) as u32
    }

    /// The index of the local-plus slot named `name` with any of the `kind` bits.
    pub fn local_index(&self, name: &str, kind: u8) -> Option<u32> {
        self.localsplusnames
            .iter()
            .zip(&self.localspluskinds)
            .position(|(n, k)| &**n == name && k.0 & kind != 0)
            .map(|i| i as u32)
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label((self.labels.len() - 1) as u32)
    }

    /// Binds `label` to the next instruction emitted.
    pub fn bind(&mut self, label: Label) {
        // A label from another builder is ignored here and reported as unbound at assembly.
        if let Some(slot) = self.labels.get_mut(label.0 as usize) {
            *slot = Some(self.instrs.len() as u32);
        }
    }

    fn push(&mut self, op: Op, arg: u32, target: Option<Label>) {
        self.instrs.push(Instr {
            op,
            arg,
            target,
            pos: self.pos,
            handler: self.explicit,
            uncovered: self.uncovered,
        });
    }

    /// Emits a non-jump instruction.
    pub fn emit(&mut self, op: Opcode, arg: u32) {
        self.push(Op::Real(op), arg, None);
    }

    /// Emits a jump to `target`.
    pub fn jump(&mut self, kind: JumpKind, target: Label) {
        self.push(Op::Jump(kind), 0, Some(target));
    }

    /// Opens an exception block handled at `handler`.
    pub fn setup(&mut self, kind: SetupKind, handler: Label) {
        self.push(Op::Setup(kind), 0, Some(handler));
        let i = handler.0 as usize;
        if self.lasti_handlers.len() <= i {
            self.lasti_handlers.resize(i + 1, false);
        }
        self.lasti_handlers[i] |= kind.lasti();
    }

    /// Covers the instructions emitted from now on by the handler at `label`, unwinding to
    /// `depth` (and pushing `lasti` if set), whatever blocks are open; `None` goes back to the
    /// blocks. For a code generator that tracks depths itself, and for re-assembling CPython's
    /// code from its exception table.
    pub fn set_handler(&mut self, handler: Option<(Label, u32, bool)>) {
        self.explicit = handler.map(|(label, depth, lasti)| Cover::Explicit {
            label,
            depth,
            lasti,
        });
    }

    /// Leaves the instructions emitted while `on` without any handler, whatever blocks are
    /// open: CPython's NOPs made from `SETUP_*`/`POP_BLOCK` that carry a line of their own
    /// (`label_exception_targets` never labels them).
    pub fn set_uncovered(&mut self, on: bool) {
        self.uncovered = on;
    }

    /// Closes the innermost exception block.
    pub fn pop_block(&mut self) {
        self.push(Op::PopBlock, 0, None);
    }

    fn target_index(&self, label: Label) -> Result<usize, AssembleError> {
        self.labels
            .get(label.0 as usize)
            .copied()
            .flatten()
            .map(|i| i as usize)
            .ok_or(AssembleError::UnboundLabel(label.0))
    }

    fn check(&self) -> Result<(), AssembleError> {
        for (index, instr) in self.instrs.iter().enumerate() {
            match instr.op {
                Op::Real(op) => {
                    if op.is_jump() || matches!(op, Opcode::EXTENDED_ARG | Opcode::CACHE) {
                        return Err(AssembleError::ReservedOpcode { index, op });
                    }
                    if !op.has_arg() && instr.arg != 0 {
                        return Err(AssembleError::UnexpectedArg { index, op });
                    }
                }
                Op::Setup(_) | Op::PopBlock | Op::Jump(_) => {}
            }
            if let Some(label) = instr.target {
                self.target_index(label)?;
            }
        }
        Ok(())
    }

    /// The innermost open block at each instruction, by flow as `compile.c:
    /// label_exception_targets()` finds it: the block stack travels along fall-through and jump
    /// edges (a handler starts with the stack outside its own block), first arrival wins.
    fn block_covers(&self) -> Result<Vec<Option<Cover>>, AssembleError> {
        let n = self.instrs.len();
        let mut covers = vec![None; n];
        let mut visited = vec![false; n + 1];
        let mut work: Vec<(usize, Vec<Label>)> = vec![(0, Vec::new())];
        visited[0] = true;
        while let Some((start, mut stack)) = work.pop() {
            let mut i = start;
            while i < n && (i == start || !visited[i]) {
                visited[i] = true;
                let instr = &self.instrs[i];
                let mut falls_through = true;
                match instr.op {
                    Op::Setup(_) => {
                        if let Some(label) = instr.target {
                            let target = self.target_index(label)?;
                            if !visited[target] {
                                visited[target] = true;
                                work.push((target, stack.clone()));
                            }
                            stack.push(label);
                        }
                    }
                    Op::PopBlock => {
                        stack
                            .pop()
                            .ok_or(AssembleError::UnbalancedPopBlock { index: i })?;
                    }
                    Op::Real(op) => {
                        covers[i] = stack.last().map(|&l| Cover::Block(l));
                        falls_through = !op.is_terminator();
                    }
                    Op::Jump(kind) => {
                        covers[i] = stack.last().map(|&l| Cover::Block(l));
                        falls_through = !kind.opcodes().0.is_terminator();
                        if let Some(label) = instr.target {
                            let target = self.target_index(label)?;
                            if !visited[target] {
                                visited[target] = true;
                                work.push((target, stack.clone()));
                            }
                        }
                    }
                }
                if !falls_through {
                    break;
                }
                i += 1;
            }
        }
        Ok(covers)
    }

    /// The stack depth on entry to each instruction (`-1`: unreachable) and the maximum.
    fn stack_depths(&self) -> Result<(Vec<i32>, i32), AssembleError> {
        let n = self.instrs.len();
        let mut depths = vec![-1i32; n + 1];
        let mut work = Vec::new();
        let mut max = 0;
        let reach = |depths: &mut Vec<i32>, work: &mut Vec<usize>, index: usize, depth| match depths
            [index]
        {
            -1 => {
                depths[index] = depth;
                work.push(index);
                Ok(())
            }
            d if d == depth => Ok(()),
            other => Err(AssembleError::StackMismatch {
                index,
                depth,
                other,
            }),
        };
        reach(&mut depths, &mut work, 0, 0)?;
        while let Some(start) = work.pop() {
            let mut depth = depths[start];
            let mut i = start;
            loop {
                if i == n {
                    return Err(AssembleError::FallsOffEnd);
                }
                if i != start {
                    if depths[i] == -1 {
                        depths[i] = depth;
                    } else if depths[i] == depth {
                        break;
                    } else {
                        return Err(AssembleError::StackMismatch {
                            index: i,
                            depth,
                            other: depths[i],
                        });
                    }
                }
                let instr = &self.instrs[i];
                let (effect, jump_effect, falls_through) = match instr.op {
                    Op::Real(op) => (op.stack_effect(instr.arg, false), None, !op.is_terminator()),
                    Op::Jump(kind) => {
                        let op = kind.opcodes().0;
                        (
                            op.stack_effect(0, false),
                            Some(op.stack_effect(0, true)),
                            !op.is_terminator(),
                        )
                    }
                    Op::Setup(kind) => (0, Some(kind.jump_effect()), true),
                    Op::PopBlock => (0, None, true),
                };
                if let (Some(effect), Some(label)) = (jump_effect, instr.target) {
                    let target_depth = depth + effect;
                    if target_depth < 0 {
                        return Err(AssembleError::StackUnderflow { index: i });
                    }
                    max = max.max(target_depth);
                    let target = self.target_index(label)?;
                    reach(&mut depths, &mut work, target, target_depth)?;
                }
                if let Some(Cover::Explicit {
                    label,
                    depth: unwind,
                    lasti,
                }) = instr.handler
                {
                    let target_depth = unwind as i32 + 1 + lasti as i32;
                    max = max.max(target_depth);
                    let target = self.target_index(label)?;
                    reach(&mut depths, &mut work, target, target_depth)?;
                }
                depth += effect;
                if depth < 0 {
                    return Err(AssembleError::StackUnderflow { index: i });
                }
                max = max.max(depth);
                if !falls_through {
                    break;
                }
                i += 1;
            }
        }
        depths.truncate(n);
        Ok((depths, max))
    }

    /// Size in code units of each instruction and its start offset, with jump arguments, at
    /// the fixpoint of `EXTENDED_ARG` growth.
    fn layout(&self) -> Result<Layout, AssembleError> {
        let n = self.instrs.len();
        let mut args: Vec<u32> = self.instrs.iter().map(|i| i.arg).collect();
        let mut ops: Vec<Opcode> = self
            .instrs
            .iter()
            .map(|i| match i.op {
                Op::Real(op) => op,
                Op::Jump(kind) => kind.opcodes().0,
                Op::Setup(_) | Op::PopBlock => Opcode::NOP,
            })
            .collect();
        let mut starts = vec![0u32; n + 1];
        loop {
            let mut offset = 0;
            for (i, instr) in self.instrs.iter().enumerate() {
                starts[i] = offset;
                offset += match instr.op {
                    Op::Setup(_) | Op::PopBlock => 0,
                    _ => extended_args(args[i]) + 1 + ops[i].cache_entries() as u32,
                };
            }
            starts[n] = offset;
            let mut changed = false;
            for (i, instr) in self.instrs.iter().enumerate() {
                let Op::Jump(kind) = instr.op else { continue };
                let Some(label) = instr.target else { continue };
                let target = starts[self.target_index(label)?];
                let (forward, backward) = kind.opcodes();
                let after = starts[i] + extended_args(args[i]) + 1;
                let (op, arg) = if target >= after {
                    (forward, target - after)
                } else {
                    let backward =
                        backward.ok_or(AssembleError::BackwardJumpNotAllowed { index: i, kind })?;
                    (backward, after - target)
                };
                if extended_args(arg) != extended_args(args[i]) {
                    changed = true;
                }
                args[i] = arg;
                ops[i] = op;
            }
            if !changed {
                return Ok((starts, args, ops));
            }
        }
    }

    /// Resolves labels and builds the code object.
    pub fn assemble(self) -> Result<CodeObject, AssembleError> {
        self.check()?;
        let (depths, max_depth) = self.stack_depths()?;
        let (starts, args, ops) = self.layout()?;
        let block_covers = self.block_covers()?;
        let mut code = Vec::with_capacity(starts[self.instrs.len()] as usize);
        let mut lines = LineTableWriter::new(self.firstlineno);
        let mut entries: Vec<ExceptionEntry> = Vec::new();
        let mut current: Option<(u32, Cover)> = None;
        let mut handler_entry = |start: u32, end: u32, cover: Cover| {
            let label = cover.label();
            let index = self.target_index(label)?;
            let (depth, lasti) = match cover {
                Cover::Explicit { depth, lasti, .. } => (depth as i32, lasti),
                Cover::Block(_) => {
                    let lasti = self.lasti_handlers.get(label.0 as usize) == Some(&true);
                    let depth = *depths
                        .get(index)
                        .filter(|&&d| d >= 0)
                        .ok_or(AssembleError::UnreachableHandler(label.0))?;
                    (depth - 1 - lasti as i32, lasti)
                }
            };
            if start < end {
                entries.push(ExceptionEntry {
                    start,
                    end,
                    target: starts[index],
                    depth: depth.max(0) as u32,
                    lasti,
                });
            }
            Ok(())
        };
        for (i, instr) in self.instrs.iter().enumerate() {
            if matches!(instr.op, Op::Setup(_) | Op::PopBlock) {
                continue;
            }
            let start = starts[i];
            let cover = if instr.uncovered {
                None
            } else {
                instr.handler.or(block_covers[i])
            };
            if current.map(|(_, c)| c) != cover {
                if let Some((from, cover)) = current {
                    handler_entry(from, start, cover)?;
                }
                current = cover.map(|c| (start, c));
            }
            let arg = args[i];
            let ext = extended_args(arg);
            for shift in (1..=ext).rev() {
                code.push(CodeUnit::new(
                    Opcode::EXTENDED_ARG,
                    (arg >> (8 * shift)) as u8,
                ));
            }
            code.push(CodeUnit::new(ops[i], arg as u8));
            for _ in 0..ops[i].cache_entries() {
                code.push(CodeUnit::CACHE);
            }
            lines.push(instr.pos, starts[i + 1] - start);
        }
        if let Some((from, cover)) = current {
            handler_entry(from, starts[self.instrs.len()], cover)?;
        }
        Ok(CodeObject {
            name: self.name,
            qualname: self.qualname,
            filename: self.filename,
            argcount: self.argcount,
            posonlyargcount: self.posonlyargcount,
            kwonlyargcount: self.kwonlyargcount,
            stacksize: max_depth as u32,
            flags: self.flags,
            firstlineno: self.firstlineno,
            code: code.into(),
            consts: self.consts.into(),
            names: self.names.into(),
            localsplusnames: self.localsplusnames.into(),
            localspluskinds: self.localspluskinds.into(),
            linetable: lines.finish().into(),
            exceptiontable: exctable::encode(&entries).into(),
        })
    }
}

//! The compiler's instruction graph: basic blocks of instructions with CPython's pseudo-ops
//! (direction-free jumps, `SETUP_*`, `POP_BLOCK`), each instruction with the source location
//! it was emitted under (`-1`: none, as CPython's `i_lineno`). Blocks are laid out in the order
//! they are used (`next`, CPython's `b_next`); the CFG passes (`cfg/`) rewrite this graph
//! before `cfg/assemble.rs` hands it to `taipan_bytecode::CodeBuilder`.

use taipan_bytecode::{JumpKind, Opcode, SetupKind};

/// A basic block's index in [`Graph::blocks`].
pub type BlockIdx = u32;

/// A source location; `-1` fields mean none (CPython's `i_lineno` etc.).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct SrcLoc {
    pub lineno: i32,
    pub end_lineno: i32,
    pub col: i32,
    pub end_col: i32,
}

impl SrcLoc {
    pub const NONE: SrcLoc = SrcLoc {
        lineno: -1,
        end_lineno: -1,
        col: -1,
        end_col: -1,
    };
    pub fn of(loc: taipan_ast::Loc) -> SrcLoc {
        SrcLoc {
            lineno: loc.lineno as i32,
            end_lineno: loc.end_lineno as i32,
            col: loc.col_offset as i32,
            end_col: loc.end_col_offset as i32,
        }
    }
}

/// What an instruction does: a real opcode, or one of the compiler's pseudo-ops.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Op {
    Real(Opcode),
    Jump(JumpKind),
    Setup(SetupKind),
    PopBlock,
}

impl Op {
    pub const NOP: Op = Op::Real(Opcode::NOP);
    pub fn is_jump(self) -> bool {
        matches!(self, Op::Jump(_))
    }
    pub fn is_uncond_jump(self) -> bool {
        matches!(self, Op::Jump(JumpKind::Jump | JumpKind::JumpNoInterrupt))
    }
    /// `RETURN_VALUE`, `RAISE_VARARGS`, `RERAISE`: the frame or block is left.
    pub fn is_exit(self) -> bool {
        matches!(
            self,
            Op::Real(Opcode::RETURN_VALUE | Opcode::RAISE_VARARGS | Opcode::RERAISE)
        )
    }
    /// Nothing follows this instruction in its block.
    pub fn ends_block(self) -> bool {
        self.is_jump() || self.is_exit()
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Instr {
    pub op: Op,
    pub arg: u32,
    /// The jump or handler target.
    pub target: BlockIdx,
    pub loc: SrcLoc,
}

impl Instr {
    pub fn has_target(&self) -> bool {
        matches!(self.op, Op::Jump(_) | Op::Setup(_))
    }
}

#[derive(Clone, Debug, Default)]
pub struct Block {
    pub instrs: Vec<Instr>,
    /// The next block in layout order.
    pub next: Option<BlockIdx>,
}

impl Block {
    pub fn last(&self) -> Option<&Instr> {
        self.instrs.last()
    }
}

/// The blocks of one code object, with the block being emitted into.
#[derive(Clone, Debug)]
pub struct Graph {
    pub blocks: Vec<Block>,
    pub entry: BlockIdx,
    pub current: BlockIdx,
}

impl Default for Graph {
    fn default() -> Self {
        Graph {
            blocks: vec![Block::default()],
            entry: 0,
            current: 0,
        }
    }
}

impl Graph {
    /// A new block, not yet laid out (CPython's `compiler_new_block`).
    pub fn new_block(&mut self) -> BlockIdx {
        self.blocks.push(Block::default());
        (self.blocks.len() - 1) as BlockIdx
    }
    /// Lays `block` out after the current one and emits into it (`compiler_use_next_block`).
    pub fn use_next(&mut self, block: BlockIdx) {
        let cur = self.current as usize;
        self.blocks[cur].next = Some(block);
        self.current = block;
    }
    /// Emits into a fresh block laid out next (`compiler_next_block`).
    pub fn next_block(&mut self) {
        let b = self.new_block();
        self.use_next(b);
    }
    pub fn push(&mut self, instr: Instr) {
        if self.blocks[self.current as usize]
            .last()
            .is_some_and(|i| i.op.ends_block())
        {
            self.next_block();
        }
        self.blocks[self.current as usize].instrs.push(instr);
    }
    /// The blocks in layout order.
    pub fn order(&self) -> Vec<BlockIdx> {
        let mut out = Vec::new();
        let mut b = Some(self.entry);
        while let Some(i) = b {
            out.push(i);
            b = self.blocks[i as usize].next;
        }
        out
    }
}

//! From a compiled [`Unit`] to a `CodeObject`: CPython 3.11's `assemble()` in its order —
//! normalize blocks, inline small exit blocks, the prefix (`COPY_FREE_VARS`, `MAKE_CELL`,
//! `RETURN_GENERATOR`), cell offsets, `optimize_cfg` (`optimize.rs`), duplicate exits without
//! a line, trim trailing constants, line number propagation, then handing the instructions to
//! `taipan_bytecode::CodeBuilder` (stack depth, exception table, jumps, location table), with
//! the exception pseudo-instructions kept as NOPs only where CPython keeps them.

mod optimize;

use taipan_ast::Constant;
use taipan_bytecode::{CodeBuilder, CodeFlags, CodeObject, Const, LocalKind, Opcode};

use super::Unit;
use super::ir::{BlockIdx, Graph, Instr, Op, SrcLoc};

/// Per-block flags of the passes (CPython's `b_exit`, `b_nofallthrough`, `b_predecessors`).
pub(crate) struct Flags {
    pub exit: Vec<bool>,
    pub nofallthrough: Vec<bool>,
    pub predecessors: Vec<u32>,
}

/// The constant pool during the passes (folded tuples are appended).
pub(crate) struct Consts<'u> {
    pub list: &'u mut Vec<Const>,
}

impl Consts<'_> {
    pub fn get(&self, i: u32) -> Option<&Constant> {
        match self.list.get(i as usize) {
            Some(Const::Value(c)) => Some(c),
            _ => None,
        }
    }
    /// The index of `c`, appended when new (`merge_const_one` + the list search).
    pub fn index_of(&mut self, c: Constant) -> u32 {
        if let Some(i) = self
            .list
            .iter()
            .position(|x| matches!(x, Const::Value(v) if *v == c))
        {
            return i as u32;
        }
        self.list.push(Const::Value(c));
        (self.list.len() - 1) as u32
    }
}

fn is_deref(op: Op) -> bool {
    matches!(
        op,
        Op::Real(
            Opcode::MAKE_CELL
                | Opcode::LOAD_CLOSURE
                | Opcode::LOAD_DEREF
                | Opcode::STORE_DEREF
                | Opcode::DELETE_DEREF
                | Opcode::LOAD_CLASSDEREF
        )
    )
}

/// `normalize_basic_block`, for every block.
fn normalize(g: &mut Graph, f: &mut Flags) {
    for b in (0..g.blocks.len()).rev() {
        let n = g.blocks[b].instrs.len();
        for i in 0..n {
            let ins = g.blocks[b].instrs[i];
            if ins.op.is_exit() {
                f.exit[b] = true;
                f.nofallthrough[b] = true;
            }
            if ins.op.is_uncond_jump() {
                f.nofallthrough[b] = true;
            }
            if ins.op.is_jump() {
                let t = skip_empty(g, ins.target);
                g.blocks[b].instrs[i].target = t;
            }
        }
    }
}

/// The first non-empty block from `b` in layout order (or the last block reached).
pub(crate) fn skip_empty(g: &Graph, mut b: BlockIdx) -> BlockIdx {
    while g.blocks[b as usize].instrs.is_empty() {
        match g.blocks[b as usize].next {
            Some(n) => b = n,
            None => break,
        }
    }
    b
}

fn has_lineno(g: &Graph, b: BlockIdx) -> bool {
    g.blocks[b as usize].instrs.iter().any(|i| i.loc.lineno > 0)
}

/// `extend_block`: a block ending in an unconditional jump to a small exit block without a
/// line number gets a copy of it.
pub(crate) fn extend_block(g: &mut Graph, f: &mut Flags, b: usize) {
    let Some(last) = g.blocks[b].instrs.last().copied() else {
        return;
    };
    if !matches!(last.op, Op::Jump(taipan_bytecode::JumpKind::Jump)) {
        return;
    }
    let t = last.target as usize;
    if f.exit[t] && g.blocks[t].instrs.len() <= optimize::MAX_COPY_SIZE {
        if has_lineno(g, last.target) {
            return;
        }
        let n = g.blocks[b].instrs.len();
        g.blocks[b].instrs[n - 1].op = Op::NOP;
        let copy = g.blocks[t].instrs.clone();
        g.blocks[b].instrs.extend(copy);
        f.exit[b] = true;
    }
}

/// Assembles `unit` with code flags `flags`.
pub(crate) fn assemble(mut unit: Unit, flags: u32, filename: &str) -> Result<CodeObject, String> {
    let g = &mut unit.graph;
    let nblocks = g.blocks.len();
    let mut f = Flags {
        exit: vec![false; nblocks],
        nofallthrough: vec![false; nblocks],
        predecessors: vec![0; nblocks],
    };
    normalize(g, &mut f);
    for b in (0..g.blocks.len()).rev() {
        extend_block(g, &mut f, b);
    }

    // Cells: their local-plus offsets (`build_cellfixedoffsets`).
    let nlocals = unit.varnames.len();
    let ncells = unit.cellvars.len();
    let nfrees = unit.freevars.len();
    let mut fixed: Vec<usize> = (0..ncells + nfrees).map(|i| nlocals + i).collect();
    for (i, name) in unit.cellvars.iter().enumerate() {
        if let Some(v) = unit.varnames.get_index_of(name) {
            fixed[i] = v;
        }
    }

    insert_prefix(g, ncells, unit.firstlineno, flags, &fixed, nfrees);

    // `fix_cell_offsets`.
    let mut dropped = 0;
    for (i, slot) in fixed.iter_mut().enumerate() {
        if *slot == i + nlocals {
            *slot -= dropped;
        } else {
            dropped += 1;
        }
    }
    for b in &mut g.blocks {
        for ins in &mut b.instrs {
            if is_deref(ins.op) {
                ins.arg = fixed.get(ins.arg as usize).copied().unwrap_or(0) as u32;
            }
        }
    }

    let mut consts = std::mem::take(&mut unit.consts);
    {
        let mut pool = Consts { list: &mut consts };
        optimize::optimize_cfg(g, &mut f, &mut pool);
    }
    let nblocks = g.blocks.len();
    f.exit.resize(nblocks, false);
    f.nofallthrough.resize(nblocks, false);
    f.predecessors.resize(nblocks, 0);
    optimize::duplicate_exits_without_lineno(g, &mut f);
    // `trim_unused_consts`.
    let mut max = 0;
    for b in g.order() {
        for ins in &g.blocks[b as usize].instrs {
            if matches!(ins.op, Op::Real(Opcode::LOAD_CONST | Opcode::KW_NAMES)) {
                max = max.max(ins.arg as usize);
            }
        }
    }
    consts.truncate(max + 1);
    optimize::propagate_line_numbers(g, &f);
    guarantee_lineno_for_exits(g, unit.firstlineno as i32);

    // Localsplus.
    let mut builder = CodeBuilder::new(&unit.name, &unit.qualname, filename, unit.firstlineno);
    builder.argcount = unit.argcount + unit.posonlyargcount;
    builder.posonlyargcount = unit.posonlyargcount;
    builder.kwonlyargcount = unit.kwonlyargcount;
    builder.flags = CodeFlags(flags);
    for name in &unit.varnames {
        let mut kind = LocalKind::LOCAL;
        if unit.cellvars.contains(name) {
            kind |= LocalKind::CELL;
        }
        builder.add_local(name, LocalKind(kind));
    }
    for name in &unit.cellvars {
        if !unit.varnames.contains(name) {
            builder.add_local(name, LocalKind(LocalKind::CELL));
        }
    }
    for name in &unit.freevars {
        builder.add_local(name, LocalKind(LocalKind::FREE));
    }
    for c in consts {
        builder.push_const(c);
    }
    for n in &unit.names {
        builder.add_name(n);
    }
    emit(g, &mut builder);
    builder.assemble().map_err(|e| e.to_string())
}

/// `insert_prefix_instructions`.
fn insert_prefix(
    g: &mut Graph,
    ncells: usize,
    firstlineno: u32,
    flags: u32,
    fixed: &[usize],
    nfrees: usize,
) {
    let entry = g.entry as usize;
    let mut prefix = Vec::new();
    if nfrees > 0 {
        prefix.push(Instr {
            op: Op::Real(Opcode::COPY_FREE_VARS),
            arg: nfrees as u32,
            target: 0,
            loc: SrcLoc::NONE,
        });
    }
    if ncells > 0 {
        let mut order: Vec<usize> = (0..ncells).collect();
        order.sort_by_key(|&i| fixed[i]);
        for i in order {
            prefix.push(Instr {
                op: Op::Real(Opcode::MAKE_CELL),
                arg: i as u32,
                target: 0,
                loc: SrcLoc::NONE,
            });
        }
    }
    if flags & (CodeFlags::GENERATOR | CodeFlags::COROUTINE | CodeFlags::ASYNC_GENERATOR) != 0 {
        let l = firstlineno as i32;
        prefix.push(Instr {
            op: Op::Real(Opcode::RETURN_GENERATOR),
            arg: 0,
            target: 0,
            loc: SrcLoc {
                lineno: l,
                end_lineno: l,
                col: -1,
                end_col: -1,
            },
        });
        prefix.push(Instr {
            op: Op::Real(Opcode::POP_TOP),
            arg: 0,
            target: 0,
            loc: SrcLoc::NONE,
        });
    }
    if !prefix.is_empty() {
        let rest = std::mem::take(&mut g.blocks[entry].instrs);
        prefix.extend(rest);
        g.blocks[entry].instrs = prefix;
    }
}

/// `guarantee_lineno_for_exits`.
fn guarantee_lineno_for_exits(g: &mut Graph, firstlineno: i32) {
    let mut lineno = firstlineno;
    for b in g.order() {
        let block = &mut g.blocks[b as usize];
        let Some(last) = block.instrs.last() else {
            continue;
        };
        if last.loc.lineno < 0 {
            if last.op == Op::Real(Opcode::RETURN_VALUE) {
                for i in &mut block.instrs {
                    i.loc.lineno = lineno;
                }
            }
        } else {
            lineno = last.loc.lineno;
        }
    }
}

fn position(l: SrcLoc) -> taipan_bytecode::Position {
    let opt = |v: i32| (v >= 0).then_some(v as u32);
    taipan_bytecode::Position {
        line: opt(l.lineno),
        end_line: opt(l.end_lineno),
        col: opt(l.col),
        end_col: opt(l.end_col),
    }
}

/// Converts the exception pseudo-instructions to NOPs, drops the NOPs CPython drops
/// (`clean_basic_block` after `convert_exception_handlers_to_nops`), and emits into the
/// builder: each pseudo-instruction as the builder's zero-size marker, plus a real NOP when
/// CPython keeps it.
fn emit(g: &mut Graph, builder: &mut CodeBuilder) {
    let order = g.order();
    let is_nop = |op: Op| matches!(op, Op::Setup(_) | Op::PopBlock) || op == Op::NOP;
    let mut keep: Vec<Vec<bool>> = vec![Vec::new(); g.blocks.len()];
    for (pos, &b) in order.iter().enumerate() {
        let next_first = order[pos + 1..]
            .iter()
            .find(|&&nb| !g.blocks[nb as usize].instrs.is_empty())
            .map(|&nb| g.blocks[nb as usize].instrs[0].loc.lineno);
        let instrs = &mut g.blocks[b as usize].instrs;
        let n = instrs.len();
        let mut k = vec![true; n];
        let mut prev_lineno = -1;
        for src in 0..n {
            let ins = instrs[src];
            let lineno = ins.loc.lineno;
            if is_nop(ins.op) {
                let mut drop = lineno < 0 || prev_lineno == lineno;
                if !drop {
                    if src + 1 < n {
                        let next_lineno = instrs[src + 1].loc.lineno;
                        if next_lineno == lineno {
                            drop = true;
                        } else if next_lineno < 0 {
                            instrs[src + 1].loc = ins.loc;
                            drop = true;
                        }
                    } else if next_first == Some(lineno) {
                        drop = true;
                    }
                }
                if drop {
                    k[src] = false;
                    continue;
                }
            }
            prev_lineno = lineno;
        }
        keep[b as usize] = k;
    }
    let labels: Vec<taipan_bytecode::Label> =
        (0..g.blocks.len()).map(|_| builder.new_label()).collect();
    for &b in &order {
        builder.bind(labels[b as usize]);
        let block = &g.blocks[b as usize];
        for (i, ins) in block.instrs.iter().enumerate() {
            builder.set_position(position(ins.loc));
            match ins.op {
                Op::Real(op) => {
                    if keep[b as usize][i] {
                        builder.emit(op, if op.has_arg() { ins.arg } else { 0 });
                    }
                }
                Op::Jump(kind) => builder.jump(kind, labels[ins.target as usize]),
                Op::Setup(kind) => {
                    builder.setup(kind, labels[ins.target as usize]);
                    if keep[b as usize][i] {
                        uncovered_nop(builder);
                    }
                }
                Op::PopBlock => {
                    builder.pop_block();
                    if keep[b as usize][i] {
                        uncovered_nop(builder);
                    }
                }
            }
        }
    }
}

/// The NOP a kept `SETUP_*` or `POP_BLOCK` becomes: CPython's `label_exception_targets` never
/// gives it a handler.
fn uncovered_nop(builder: &mut CodeBuilder) {
    builder.set_uncovered(true);
    builder.emit(Opcode::NOP, 0);
    builder.set_uncovered(false);
}

//! CPython 3.11's CFG passes (`optimize_cfg` and what `assemble()` runs after it): constant
//! conditions, tuple folding of `BUILD_TUPLE` over constants, `BUILD_TUPLE`+`UNPACK_SEQUENCE`
//! to `SWAP`, `swaptimize` and static swaps, jump threading, `PUSH_NULL`+`LOAD_GLOBAL`
//! merging, NOP removal, unreachable block removal, redundant jumps, exit block duplication
//! and line number propagation. Each pass is linear in the code (jump threading re-examines an
//! instruction only when it changed it).

use taipan_ast::Constant;
use taipan_bytecode::{JumpKind, Opcode};

use super::{Consts, Flags, extend_block};
use crate::compile::ir::{BlockIdx, Graph, Instr, Op};

pub(crate) const MAX_COPY_SIZE: usize = 4;

/// `PyObject_IsTrue` of a constant.
fn is_true(c: &Constant) -> bool {
    match c {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Ellipsis => true,
        Constant::Int(taipan_ast::Int::Small(v)) => *v != 0,
        Constant::Int(taipan_ast::Int::Big(_)) => true,
        Constant::Float(bits) => f64::from_bits(*bits) != 0.0,
        Constant::Complex { real, imag } => {
            f64::from_bits(*real) != 0.0 || f64::from_bits(*imag) != 0.0
        }
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) | Constant::FrozenSet(t) => !t.is_empty(),
    }
}

fn first_instr(g: &mut Graph, ins: &mut Instr) -> Option<Instr> {
    loop {
        let b = &g.blocks[ins.target as usize];
        if !b.instrs.is_empty() {
            return Some(b.instrs[0]);
        }
        ins.target = b.next?;
    }
}

/// `jump_thread`.
fn jump_thread(inst: &mut Instr, target: &Instr, kind: JumpKind) -> bool {
    if inst.loc.lineno == target.loc.lineno && inst.target != target.target {
        inst.target = target.target;
        inst.op = Op::Jump(kind);
        return true;
    }
    false
}

fn real(op: Op) -> Option<Opcode> {
    match op {
        Op::Real(o) => Some(o),
        _ => None,
    }
}

/// `optimize_basic_block`.
fn optimize_basic_block(g: &mut Graph, f: &mut Flags, b: usize, consts: &mut Consts) {
    let mut i: isize = 0;
    while (i as usize) < g.blocks[b].instrs.len() {
        let iu = i as usize;
        let n = g.blocks[b].instrs.len();
        let mut inst = g.blocks[b].instrs[iu];
        let nextop = if iu + 1 < n {
            Some(g.blocks[b].instrs[iu + 1].op)
        } else {
            None
        };
        let target = if inst.has_target() {
            let t = first_instr(g, &mut inst);
            g.blocks[b].instrs[iu].target = inst.target;
            t
        } else {
            None
        };
        match inst.op {
            Op::Real(Opcode::LOAD_CONST) => match nextop {
                Some(Op::Jump(k @ (JumpKind::PopJumpIfFalse | JumpKind::PopJumpIfTrue))) => {
                    let Some(c) = consts.get(inst.arg) else {
                        i += 1;
                        continue;
                    };
                    let t = is_true(c);
                    g.blocks[b].instrs[iu].op = Op::NOP;
                    if t == (k == JumpKind::PopJumpIfTrue) {
                        g.blocks[b].instrs[iu + 1].op = Op::Jump(JumpKind::Jump);
                        f.nofallthrough[b] = true;
                    } else {
                        g.blocks[b].instrs[iu + 1].op = Op::NOP;
                    }
                }
                Some(Op::Jump(k @ (JumpKind::JumpIfFalseOrPop | JumpKind::JumpIfTrueOrPop))) => {
                    let Some(c) = consts.get(inst.arg) else {
                        i += 1;
                        continue;
                    };
                    let t = is_true(c);
                    if t == (k == JumpKind::JumpIfTrueOrPop) {
                        g.blocks[b].instrs[iu + 1].op = Op::Jump(JumpKind::Jump);
                        f.nofallthrough[b] = true;
                    } else {
                        g.blocks[b].instrs[iu].op = Op::NOP;
                        g.blocks[b].instrs[iu + 1].op = Op::NOP;
                    }
                }
                Some(Op::Real(Opcode::IS_OP)) => {
                    let is_none = matches!(consts.get(inst.arg), Some(Constant::None));
                    let jump_op = g.blocks[b].instrs.get(iu + 2).map(|x| x.op);
                    if is_none
                        && let Some(Op::Jump(
                            k @ (JumpKind::PopJumpIfFalse | JumpKind::PopJumpIfTrue),
                        )) = jump_op
                    {
                        let nextarg = g.blocks[b].instrs[iu + 1].arg;
                        g.blocks[b].instrs[iu].op = Op::NOP;
                        g.blocks[b].instrs[iu + 1].op = Op::NOP;
                        let flip = (nextarg != 0) ^ (k == JumpKind::PopJumpIfFalse);
                        g.blocks[b].instrs[iu + 2].op = Op::Jump(if flip {
                            JumpKind::PopJumpIfNotNone
                        } else {
                            JumpKind::PopJumpIfNone
                        });
                    }
                }
                _ => {}
            },
            Op::Real(Opcode::BUILD_TUPLE) => {
                let oparg = inst.arg as usize;
                if let Some(Op::Real(Opcode::UNPACK_SEQUENCE)) = nextop
                    && g.blocks[b].instrs[iu + 1].arg as usize == oparg
                {
                    match oparg {
                        1 => {
                            g.blocks[b].instrs[iu].op = Op::NOP;
                            g.blocks[b].instrs[iu + 1].op = Op::NOP;
                            i += 1;
                            continue;
                        }
                        2 | 3 => {
                            g.blocks[b].instrs[iu].op = Op::NOP;
                            g.blocks[b].instrs[iu + 1].op = Op::Real(Opcode::SWAP);
                            i += 1;
                            continue;
                        }
                        _ => {}
                    }
                }
                if iu >= oparg {
                    fold_tuple(g, b, iu, oparg, consts);
                }
            }
            Op::Jump(k @ (JumpKind::JumpIfFalseOrPop | JumpKind::JumpIfTrueOrPop)) => {
                let Some(t) = target else {
                    i += 1;
                    continue;
                };
                let (same_pop, other_or_pop, other_pop) = if k == JumpKind::JumpIfFalseOrPop {
                    (
                        JumpKind::PopJumpIfFalse,
                        JumpKind::JumpIfTrueOrPop,
                        JumpKind::PopJumpIfTrue,
                    )
                } else {
                    (
                        JumpKind::PopJumpIfTrue,
                        JumpKind::JumpIfFalseOrPop,
                        JumpKind::PopJumpIfFalse,
                    )
                };
                let mut ins = g.blocks[b].instrs[iu];
                match t.op {
                    Op::Jump(tk) if tk == same_pop => {
                        if jump_thread(&mut ins, &t, same_pop) {
                            i -= 1;
                        }
                    }
                    Op::Jump(tk) if tk == JumpKind::Jump || tk == k => {
                        if jump_thread(&mut ins, &t, k) {
                            i -= 1;
                        }
                    }
                    Op::Jump(tk) if tk == other_or_pop || tk == other_pop => {
                        if ins.loc.lineno == t.loc.lineno
                            && let Some(next) = g.blocks[ins.target as usize].next
                        {
                            ins.op = Op::Jump(same_pop);
                            ins.target = next;
                            i -= 1;
                        }
                    }
                    _ => {}
                }
                g.blocks[b].instrs[iu] = ins;
            }
            Op::Jump(
                k @ (JumpKind::PopJumpIfNone
                | JumpKind::PopJumpIfNotNone
                | JumpKind::PopJumpIfFalse
                | JumpKind::PopJumpIfTrue
                | JumpKind::Jump),
            ) => {
                if let Some(t) = target
                    && t.op == Op::Jump(JumpKind::Jump)
                {
                    let mut ins = g.blocks[b].instrs[iu];
                    if jump_thread(&mut ins, &t, k) {
                        i -= 1;
                    }
                    g.blocks[b].instrs[iu] = ins;
                }
            }
            Op::Real(Opcode::SWAP) => {
                if inst.arg == 1 {
                    g.blocks[b].instrs[iu].op = Op::NOP;
                } else {
                    let mut ix = iu;
                    swaptimize(&mut g.blocks[b].instrs, &mut ix);
                    apply_static_swaps(&mut g.blocks[b].instrs, ix as isize);
                    i = ix as isize;
                }
            }
            Op::Real(Opcode::PUSH_NULL) => {
                if nextop == Some(Op::Real(Opcode::LOAD_GLOBAL)) {
                    g.blocks[b].instrs[iu].op = Op::NOP;
                    g.blocks[b].instrs[iu].arg = 0;
                    g.blocks[b].instrs[iu + 1].arg |= 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
}

/// `fold_tuple_on_constants`: `LOAD_CONST`s then `BUILD_TUPLE n` at `at`.
fn fold_tuple(g: &mut Graph, b: usize, at: usize, n: usize, consts: &mut Consts) {
    let instrs = &g.blocks[b].instrs;
    let mut items = Vec::with_capacity(n);
    for ins in &instrs[at - n..at] {
        if real(ins.op) != Some(Opcode::LOAD_CONST) {
            return;
        }
        match consts.get(ins.arg) {
            Some(c) => items.push(c.clone()),
            None => return,
        }
    }
    let index = consts.index_of(Constant::Tuple(items.into()));
    let instrs = &mut g.blocks[b].instrs;
    for ins in &mut instrs[at - n..at] {
        ins.op = Op::NOP;
    }
    instrs[at].op = Op::Real(Opcode::LOAD_CONST);
    instrs[at].arg = index;
}

const VISITED: isize = -1;

/// `swaptimize`: an optimal run of SWAPs for a run of SWAPs and NOPs.
fn swaptimize(instrs: &mut [Instr], ix: &mut usize) {
    let run = &mut instrs[*ix..];
    let mut depth = run[0].arg as usize;
    let mut len = 0;
    let mut more = false;
    let limit = run.len();
    loop {
        len += 1;
        if len >= limit {
            break;
        }
        match run[len].op {
            Op::Real(Opcode::SWAP) => {
                depth = depth.max(run[len].arg as usize);
                more = true;
            }
            op if op == Op::NOP => {}
            _ => break,
        }
    }
    if !more {
        return;
    }
    let mut stack: Vec<isize> = (0..depth as isize).collect();
    for ins in &run[..len] {
        if ins.op == Op::Real(Opcode::SWAP) {
            let oparg = ins.arg as usize;
            stack.swap(0, oparg - 1);
        }
    }
    let mut current = len as isize - 1;
    for i in 0..depth {
        if stack[i] == VISITED || stack[i] == i as isize {
            continue;
        }
        let mut j = i;
        loop {
            if j != 0 {
                run[current as usize].op = Op::Real(Opcode::SWAP);
                run[current as usize].arg = j as u32 + 1;
                current -= 1;
            }
            if stack[j] == VISITED {
                break;
            }
            let next_j = stack[j] as usize;
            stack[j] = VISITED;
            j = next_j;
        }
    }
    while current >= 0 {
        run[current as usize].op = Op::NOP;
        current -= 1;
    }
    *ix += len - 1;
}

fn swappable(op: Op) -> bool {
    matches!(op, Op::Real(Opcode::STORE_FAST | Opcode::POP_TOP))
}

fn stores_to(ins: &Instr) -> i64 {
    if ins.op == Op::Real(Opcode::STORE_FAST) {
        ins.arg as i64
    } else {
        -1
    }
}

fn next_swappable(instrs: &[Instr], mut i: usize, lineno: i32) -> Option<usize> {
    loop {
        i += 1;
        if i >= instrs.len() {
            return None;
        }
        let ins = &instrs[i];
        if lineno >= 0 && ins.loc.lineno != lineno {
            return None;
        }
        if ins.op == Op::NOP {
            continue;
        }
        if swappable(ins.op) {
            return Some(i);
        }
        return None;
    }
}

/// `apply_static_swaps`.
fn apply_static_swaps(instrs: &mut [Instr], mut i: isize) {
    while i >= 0 {
        let swap = instrs[i as usize];
        if swap.op != Op::Real(Opcode::SWAP) {
            if swap.op == Op::NOP || swappable(swap.op) {
                i -= 1;
                continue;
            }
            return;
        }
        let Some(j) = next_swappable(instrs, i as usize, -1) else {
            return;
        };
        let mut k = j;
        let lineno = instrs[j].loc.lineno;
        for _ in 1..swap.arg {
            match next_swappable(instrs, k, lineno) {
                Some(x) => k = x,
                None => return,
            }
        }
        let sj = stores_to(&instrs[j]);
        let sk = stores_to(&instrs[k]);
        if sj >= 0 || sk >= 0 {
            if sj == sk {
                return;
            }
            for idx in j + 1..k {
                let s = stores_to(&instrs[idx]);
                if s >= 0 && (s == sj || s == sk) {
                    return;
                }
            }
        }
        instrs[i as usize].op = Op::NOP;
        instrs.swap(j, k);
        i -= 1;
    }
}

/// `clean_basic_block`: removes NOPs that carry no line of their own.
pub(crate) fn clean_basic_block(g: &mut Graph, b: usize) {
    let n = g.blocks[b].instrs.len();
    let mut out: Vec<Instr> = Vec::with_capacity(n);
    let mut prev_lineno = -1;
    let next_first = {
        let mut nb = g.blocks[b].next;
        let mut r = None;
        while let Some(x) = nb {
            if let Some(first) = g.blocks[x as usize].instrs.first() {
                r = Some(first.loc.lineno);
                break;
            }
            nb = g.blocks[x as usize].next;
        }
        r
    };
    let instrs = &mut g.blocks[b].instrs;
    for src in 0..n {
        let ins = instrs[src];
        let lineno = ins.loc.lineno;
        if ins.op == Op::NOP {
            if lineno < 0 || prev_lineno == lineno {
                continue;
            }
            if src + 1 < n {
                let next_lineno = instrs[src + 1].loc.lineno;
                if next_lineno == lineno {
                    continue;
                }
                if next_lineno < 0 {
                    instrs[src + 1].loc = ins.loc;
                    continue;
                }
            } else if next_first == Some(lineno) {
                continue;
            }
        }
        out.push(ins);
        prev_lineno = lineno;
    }
    g.blocks[b].instrs = out;
}

/// `mark_reachable`: predecessor counts from the entry.
fn mark_reachable(g: &Graph, f: &mut Flags) {
    for p in f.predecessors.iter_mut() {
        *p = 0;
    }
    let mut stack = vec![g.entry];
    f.predecessors[g.entry as usize] = 1;
    while let Some(b) = stack.pop() {
        let block = &g.blocks[b as usize];
        if let Some(next) = block.next
            && !f.nofallthrough[b as usize]
        {
            if f.predecessors[next as usize] == 0 {
                stack.push(next);
            }
            f.predecessors[next as usize] += 1;
        }
        for ins in &block.instrs {
            if ins.has_target() {
                let t = ins.target as usize;
                if f.predecessors[t] == 0 {
                    stack.push(ins.target);
                }
                f.predecessors[t] += 1;
            }
        }
    }
}

/// `eliminate_empty_basic_blocks`.
fn eliminate_empty(g: &mut Graph) {
    let mut b = Some(g.entry);
    while let Some(x) = b {
        let mut next = g.blocks[x as usize].next;
        if let Some(mut n) = next {
            while g.blocks[n as usize].instrs.is_empty() {
                match g.blocks[n as usize].next {
                    Some(m) => n = m,
                    None => break,
                }
            }
            next = Some(n);
            g.blocks[x as usize].next = next;
        }
        b = next;
    }
    for x in g.order() {
        let Some(last) = g.blocks[x as usize].instrs.last().copied() else {
            continue;
        };
        if last.op.is_jump() {
            let t = super::skip_empty(g, last.target);
            let n = g.blocks[x as usize].instrs.len();
            g.blocks[x as usize].instrs[n - 1].target = t;
        }
    }
}

/// `optimize_cfg`.
pub(crate) fn optimize_cfg(g: &mut Graph, f: &mut Flags, consts: &mut Consts) {
    for b in g.order() {
        optimize_basic_block(g, f, b as usize, consts);
        clean_basic_block(g, b as usize);
    }
    for b in (0..g.blocks.len()).rev() {
        extend_block(g, f, b);
    }
    mark_reachable(g, f);
    for b in g.order() {
        if f.predecessors[b as usize] == 0 {
            g.blocks[b as usize].instrs.clear();
            f.nofallthrough[b as usize] = false;
        }
    }
    eliminate_empty(g);
    for b in g.order() {
        clean_basic_block(g, b as usize);
    }
    let mut maybe_empty = false;
    for b in g.order() {
        let block = &g.blocks[b as usize];
        if let Some(last) = block.instrs.last()
            && matches!(
                last.op,
                Op::Jump(JumpKind::Jump | JumpKind::JumpNoInterrupt)
            )
            && Some(last.target) == block.next
        {
            f.nofallthrough[b as usize] = false;
            let n = block.instrs.len();
            g.blocks[b as usize].instrs[n - 1].op = Op::NOP;
            maybe_empty = true;
        }
    }
    if maybe_empty {
        eliminate_empty(g);
    }
}

fn is_exit_without_lineno(g: &Graph, f: &Flags, b: BlockIdx) -> bool {
    f.exit[b as usize] && g.blocks[b as usize].instrs.iter().all(|i| i.loc.lineno < 0)
}

/// `duplicate_exits_without_lineno`.
pub(crate) fn duplicate_exits_without_lineno(g: &mut Graph, f: &mut Flags) {
    let count = g.blocks.len();
    for b in (0..count).rev() {
        let Some(last) = g.blocks[b].instrs.last().copied() else {
            continue;
        };
        if !last.op.is_jump() {
            continue;
        }
        let target = last.target;
        if is_exit_without_lineno(g, f, target) && f.predecessors[target as usize] > 1 {
            let mut copy = g.blocks[target as usize].clone();
            copy.instrs[0].loc = last.loc;
            copy.next = g.blocks[target as usize].next;
            g.blocks.push(copy);
            let new = (g.blocks.len() - 1) as BlockIdx;
            f.exit.push(f.exit[target as usize]);
            f.nofallthrough.push(f.nofallthrough[target as usize]);
            f.predecessors.push(1);
            f.predecessors[target as usize] -= 1;
            let n = g.blocks[b].instrs.len();
            g.blocks[b].instrs[n - 1].target = new;
            g.blocks[target as usize].next = Some(new);
        }
    }
    let count = g.blocks.len();
    for b in (0..count).rev() {
        while let Some(n) = g.blocks[b].next
            && g.blocks[n as usize].instrs.is_empty()
        {
            g.blocks[b].next = g.blocks[n as usize].next;
        }
    }
    for b in (0..count).rev() {
        if !f.nofallthrough[b]
            && let Some(n) = g.blocks[b].next
            && let Some(last) = g.blocks[b].instrs.last().copied()
            && is_exit_without_lineno(g, f, n)
            && !g.blocks[n as usize].instrs.is_empty()
        {
            g.blocks[n as usize].instrs[0].loc = last.loc;
        }
    }
}

/// `propagate_line_numbers`.
pub(crate) fn propagate_line_numbers(g: &mut Graph, f: &Flags) {
    for b in g.order() {
        let bu = b as usize;
        if g.blocks[bu].instrs.is_empty() {
            continue;
        }
        let mut prev = crate::compile::ir::SrcLoc::NONE;
        for ins in &mut g.blocks[bu].instrs {
            if ins.loc.lineno < 0 {
                ins.loc = prev;
            } else {
                prev = ins.loc;
            }
        }
        if !f.nofallthrough[bu]
            && let Some(next) = g.blocks[bu].next
            && f.predecessors.get(next as usize) == Some(&1)
            && let Some(first) = g.blocks[next as usize].instrs.first_mut()
            && first.loc.lineno < 0
        {
            first.loc = prev;
        }
        let last = *g.blocks[bu].instrs.last().expect("non-empty");
        if last.op.is_jump() {
            let t = last.target as usize;
            if f.predecessors.get(t) == Some(&1)
                && let Some(first) = g.blocks[t].instrs.first_mut()
                && first.loc.lineno < 0
            {
                first.loc = prev;
            }
        }
    }
}

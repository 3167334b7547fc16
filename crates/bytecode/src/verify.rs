//! The bytecode verifier: checks that a code object built from Python (`code.replace()`,
//! `code(...)`) keeps every promise the eval loop relies on, so running it cannot corrupt
//! memory. Compiled code is trusted and never verified.
//!
//! What is checked (the eval loop indexes and moves its stack pointer unchecked):
//! - the counts: `posonlyargcount <= argcount`, the parameters fit in the locals;
//! - every instruction (caches and `EXTENDED_ARG` prefixes folded): its argument in range
//!   (constants, names, local-plus slots, `BINARY_OP`/`COMPARE_OP`/`RAISE_VARARGS`/
//!   `BUILD_SLICE`/`MAKE_FUNCTION` arguments, `COPY`/`SWAP`/`LIST_APPEND`... distances),
//!   its caches inside the code, jump targets on instruction starts;
//! - the stack depth, by abstract interpretation over every path from the entry, the
//!   exception table's handlers included (each instruction may raise): never below what an
//!   instruction reads, never above `co_stacksize`, equal where paths meet; no path falls off
//!   the end of the code;
//! - the exception table: entries inside the code, targets on instruction starts, handler
//!   depth plus what the unwinder pushes within `co_stacksize`;
//! - what some instructions take from the top of the stack: `MAKE_FUNCTION` a code object
//!   loaded by `LOAD_CONST`, `BUILD_CONST_KEY_MAP n` a constant tuple of `n` keys, `KW_NAMES` a
//!   constant tuple of strings followed by `PRECALL`/`CALL` with at least as many arguments;
//! - generator-ness: `YIELD_VALUE` and `RETURN_GENERATOR` only in generator/coroutine code,
//!   where `RETURN_GENERATOR` follows the `MAKE_CELL`/`COPY_FREE_VARS` prologue and
//!   nothing jumps to it or before it; `COPY_FREE_VARS n`
//!   with `n` the number of free variables.
//!
//! Errors are messages for a `ValueError` (`code: ...`), offsets in bytes as `dis` prints them.

use std::collections::VecDeque;

use taipan_ast::Constant;

use crate::code::{CodeFlags, CodeObject, Const};
use crate::exctable;
use crate::instr::{self, Instruction};
use crate::opcode::{ArgKind, BINARY_OPS, CMP_OP, Opcode};

/// What the verifier needs to know of a constant (the VM's constants are objects).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ConstKind {
    /// A code object.
    Code,
    /// A tuple of `len` items; `strs` when every item is a `str`.
    Tuple {
        len: u32,
        strs: bool,
    },
    Other,
}

/// What is known of the value on top of the stack.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Top {
    Any,
    Const(ConstKind),
}

#[derive(Clone, PartialEq, Eq, Debug)]
struct State {
    depth: u32,
    top: Top,
    nulls: Nulls,
}

/// How many items below the top [`Nulls`] keeps exact.
const NULL_WINDOW: usize = 1024;

/// Which stack items may be NULL, from the top down: one entry per item for the top
/// [`NULL_WINDOW`] items (exact), none below them (those may be NULL: a value that comes
/// back up from there is not trusted).
#[derive(Clone, PartialEq, Eq, Debug, Default)]
struct Nulls(VecDeque<bool>);

impl Nulls {
    /// Whether the item `i` places below the top may be NULL.
    fn get(&self, i: usize) -> bool {
        self.0.get(i).copied().unwrap_or(true)
    }

    /// Whether any of the top `n` items may be NULL.
    fn any_top(&self, n: usize) -> bool {
        n > self.0.len() || self.0.iter().take(n).any(|&b| b)
    }

    /// Marks the item `i` places below the top as maybe NULL.
    fn set(&mut self, i: usize, null: bool) {
        if let Some(b) = self.0.get_mut(i) {
            *b = null;
        }
    }

    /// `pops` items taken off, `pushes` non-NULL items put on, leaving a stack `depth` deep.
    fn pop_push(&mut self, pops: usize, pushes: usize, depth: usize) {
        let pops = pops.min(self.0.len());
        self.0.drain(..pops);
        for _ in 0..pushes.min(NULL_WINDOW) {
            self.0.push_front(false);
        }
        self.fit(depth);
    }

    /// One entry per item of a stack `depth` deep, at most [`NULL_WINDOW`]: items come up
    /// from below the window as maybe NULL.
    fn fit(&mut self, depth: usize) {
        let want = depth.min(NULL_WINDOW);
        self.0.truncate(want);
        while self.0.len() < want {
            self.0.push_back(true);
        }
    }

    /// Adds what `other` (the same depth) may hold as NULL; whether anything changed.
    fn merge(&mut self, other: &Nulls) -> bool {
        let mut changed = false;
        for (o, &n) in self.0.iter_mut().zip(&other.0) {
            if n && !*o {
                *o = true;
                changed = true;
            }
        }
        changed
    }
}

const GENERATOR_FLAGS: u32 =
    CodeFlags::GENERATOR | CodeFlags::COROUTINE | CodeFlags::ASYNC_GENERATOR;

/// Verifies `code` whose constants are `nconsts` objects described by `const_kind`.
pub fn verify(
    code: &CodeObject,
    nconsts: usize,
    const_kind: &dyn Fn(usize) -> ConstKind,
) -> Result<(), String> {
    check_counts(code)?;
    let units = &code.code;
    if units.is_empty() {
        return Err("code: co_code is empty".into());
    }
    let instrs: Vec<Instruction> = instr::instructions(units).collect();
    // Instruction index by the unit its first EXTENDED_ARG (or its opcode) sits at.
    let mut at_start = vec![u32::MAX; units.len()];
    for (i, ins) in instrs.iter().enumerate() {
        at_start[ins.start as usize] = i as u32;
    }
    let target_index = |unit: u32, what: &dyn Fn() -> String| -> Result<usize, String> {
        match at_start.get(unit as usize) {
            Some(&i) if i != u32::MAX => Ok(i as usize),
            _ => Err(format!(
                "code: {} targets byte offset {}, not an instruction",
                what(),
                unit as u64 * 2
            )),
        }
    };
    let generator = code.flags.0 & GENERATOR_FLAGS != 0;
    // Generator code makes its cells and copies its free variables, then RETURN_GENERATOR;
    // nothing jumps back into that prologue.
    let prologue = instrs
        .iter()
        .position(|i| !matches!(i.op, Opcode::MAKE_CELL | Opcode::COPY_FREE_VARS))
        .unwrap_or(0);
    let nfree = code.localspluskinds.iter().filter(|k| k.is_free()).count() as u32;
    for (i, ins) in instrs.iter().enumerate() {
        check_arg(code, ins, nconsts, nfree, const_kind)?;
        if ins.next as usize > units.len()
            || ins.offset as usize + 1 + ins.op.cache_entries() as usize > units.len()
        {
            return Err(at(ins, "its inline caches run past the end of the code"));
        }
        match ins.op {
            Opcode::RETURN_GENERATOR if !generator || i != prologue => {
                return Err(at(
                    ins,
                    "RETURN_GENERATOR outside the start of generator code",
                ));
            }
            Opcode::YIELD_VALUE if !generator => {
                return Err(at(ins, "YIELD_VALUE in code that is not a generator"));
            }
            Opcode::KW_NAMES => check_kw_names(code, &instrs, i, const_kind)?,
            _ => {}
        }
    }
    if generator && instrs.get(prologue).map(|i| i.op) != Some(Opcode::RETURN_GENERATOR) {
        return Err("code: generator code must start with RETURN_GENERATOR".into());
    }
    let entries = exctable::decode(&code.exceptiontable);
    for e in &entries {
        if e.start >= e.end || e.end as usize > units.len() {
            return Err(format!(
                "code: exception table entry {}..{} is outside the code",
                e.start as u64 * 2,
                e.end as u64 * 2
            ));
        }
        let t = target_index(e.target, &|| "an exception handler".to_string())?;
        if generator && t <= prologue {
            return Err("code: an exception handler targets RETURN_GENERATOR".into());
        }
        if e.depth as u64 + 1 + e.lasti as u64 > code.stacksize as u64 {
            return Err(format!(
                "code: exception handler at byte offset {} needs a stack deeper than co_stacksize",
                e.target as u64 * 2
            ));
        }
    }
    // Abstract interpretation of the stack depth.
    let mut states: Vec<Option<State>> = vec![None; instrs.len()];
    let mut work = vec![0usize];
    states[0] = Some(State {
        depth: 0,
        top: Top::Any,
        nulls: Nulls::default(),
    });
    let mut reached = vec![false; instrs.len()];
    while let Some(i) = work.pop() {
        let ins = instrs[i];
        let s = states[i].clone().expect("queued states are set");
        reached[i] = true;
        let need = needs(ins.op, ins.arg);
        if (s.depth as u64) < need {
            return Err(at(
                &ins,
                &format!("reads {need} stack items, the stack holds {}", s.depth),
            ));
        }
        check_top(&ins, s.top)?;
        if ins.op == Opcode::CALL {
            // The arguments and the callable (or self) go to the callee as they are.
            if s.nulls.any_top(ins.arg as usize + 1) {
                return Err(at(&ins, "an argument may be NULL"));
            }
        }
        let mut succ: [Option<(usize, State)>; 3] = [None, None, None];
        if !ins.op.is_terminator() {
            let Some(&next) = at_start.get(ins.next as usize).filter(|&&n| n != u32::MAX) else {
                return Err(at(&ins, "execution falls off the end of the code"));
            };
            succ[0] = Some((next as usize, after(&ins, &s, false, const_kind)?));
        }
        if ins.op.is_jump() {
            let t = ins
                .jump_target()
                .ok_or_else(|| at(&ins, "jumps before the code"))?;
            let t = target_index(t, &|| at(&ins, "jump").trim_end_matches(": ").to_string())?;
            if generator && t <= prologue {
                return Err(at(&ins, "jumps to RETURN_GENERATOR"));
            }
            succ[1] = Some((t, after(&ins, &s, true, const_kind)?));
        }
        if let Some(h) = exctable::lookup(&entries, ins.offset) {
            let t = target_index(h.target, &|| "an exception handler".to_string())?;
            // The unwinder cuts the stack to the handler's depth, filling with NULLs what the
            // instruction popped below it, then pushes lasti and the exception.
            let (pops, _) = pops_pushes(ins.op, ins.arg, false);
            let (pops2, _) = pops_pushes(ins.op, ins.arg, true);
            let kept = (s.depth as u64).saturating_sub(pops.max(pops2));
            let mut nulls = s.nulls.clone();
            if h.depth <= s.depth {
                nulls.pop_push((s.depth - h.depth) as usize, 0, h.depth as usize);
            } else {
                nulls = Nulls::default();
                nulls.fit(h.depth as usize);
            }
            let refilled = (h.depth as u64).saturating_sub(kept);
            for i in 0..(refilled as usize).min(NULL_WINDOW) {
                nulls.set(i, true);
            }
            let pushed = 1 + h.lasti as u32;
            nulls.pop_push(0, pushed as usize, (h.depth + pushed) as usize);
            succ[2] = Some((
                t,
                State {
                    depth: h.depth + pushed,
                    top: Top::Any,
                    nulls,
                },
            ));
        }
        for (t, ns) in succ.into_iter().flatten() {
            if ns.depth > code.stacksize {
                return Err(at(
                    &instrs[t],
                    &format!(
                        "stack depth {} exceeds co_stacksize {}",
                        ns.depth, code.stacksize
                    ),
                ));
            }
            match &mut states[t] {
                slot @ None => {
                    *slot = Some(ns);
                    work.push(t);
                }
                Some(old) if old.depth != ns.depth => {
                    return Err(at(
                        &instrs[t],
                        &format!(
                            "reached with stack depths {} and {}",
                            old.depth.min(ns.depth),
                            old.depth.max(ns.depth)
                        ),
                    ));
                }
                Some(old) => {
                    let mut changed = false;
                    if old.top != ns.top && old.top != Top::Any {
                        old.top = Top::Any;
                        changed = true;
                    }
                    if old.nulls.merge(&ns.nulls) {
                        changed = true;
                    }
                    if changed {
                        work.push(t);
                    }
                }
            }
        }
    }
    Ok(())
}

/// CPython's `_PyCode_Validate` checks of the counts, with its messages.
fn check_counts(code: &CodeObject) -> Result<(), String> {
    if code.posonlyargcount > code.argcount {
        return Err("code: co_posonlyargcount is greater than co_argcount".into());
    }
    let nlocals = code.localspluskinds.iter().filter(|k| k.is_local()).count() as u64;
    let varargs = code.flags.contains(CodeFlags::VARARGS) as u64;
    let varkw = code.flags.contains(CodeFlags::VARKEYWORDS) as u64;
    if code.argcount as u64 + code.kwonlyargcount as u64 + varargs + varkw > nlocals {
        return Err("code: co_varnames is too small".into());
    }
    if code.localsplusnames.len() != code.localspluskinds.len() {
        return Err("code: co_varnames, co_cellvars and co_freevars are inconsistent".into());
    }
    Ok(())
}

fn at(ins: &Instruction, what: &str) -> String {
    format!(
        "code: invalid bytecode: {} at byte offset {}: {what}",
        ins.op.name(),
        ins.offset as u64 * 2
    )
}

/// The argument's range by its kind and the opcode.
fn check_arg(
    code: &CodeObject,
    ins: &Instruction,
    nconsts: usize,
    nfree: u32,
    const_kind: &dyn Fn(usize) -> ConstKind,
) -> Result<(), String> {
    let a = ins.arg as u64;
    let nlp = code.localsplusnames.len() as u64;
    let bad = |limit: &str| Err(at(ins, &format!("argument {a} out of range ({limit})")));
    match ins.op.arg_kind() {
        ArgKind::Const if a >= nconsts as u64 => return bad(&format!("{nconsts} constants")),
        ArgKind::Name if a >= code.names.len() as u64 => {
            return bad(&format!("{} names", code.names.len()));
        }
        ArgKind::Global if a >> 1 >= code.names.len() as u64 => {
            return bad(&format!("{} names", code.names.len()));
        }
        ArgKind::Local | ArgKind::Free if a >= nlp => {
            return bad(&format!("{nlp} local, cell and free variables"));
        }
        ArgKind::Compare if a >= CMP_OP.len() as u64 => return bad("comparison operators"),
        ArgKind::BinaryOp if a >= BINARY_OPS.len() as u64 => return bad("binary operators"),
        ArgKind::MakeFunction if a >= 16 => return bad("MAKE_FUNCTION flags"),
        ArgKind::MakeFunction => {}
        _ => {}
    }
    match ins.op {
        Opcode::RAISE_VARARGS if a > 2 => bad("0 to 2"),
        Opcode::BUILD_SLICE if a != 2 && a != 3 => bad("2 or 3"),
        Opcode::COPY | Opcode::SWAP if a == 0 => bad("at least 1"),
        Opcode::LIST_APPEND
        | Opcode::LIST_EXTEND
        | Opcode::SET_ADD
        | Opcode::SET_UPDATE
        | Opcode::MAP_ADD
        | Opcode::DICT_UPDATE
        | Opcode::DICT_MERGE
            if a == 0 =>
        {
            bad("at least 1")
        }
        Opcode::COPY_FREE_VARS if a != nfree as u64 => {
            bad(&format!("the code has {nfree} free variables"))
        }
        Opcode::LOAD_CONST => {
            let _ = const_kind(a as usize);
            Ok(())
        }
        _ => Ok(()),
    }
}

/// `KW_NAMES i`: `co_consts[i]` is a tuple of strings, and the call it names follows as
/// `PRECALL n`, `CALL n` with `n` at least its length.
fn check_kw_names(
    _code: &CodeObject,
    instrs: &[Instruction],
    i: usize,
    const_kind: &dyn Fn(usize) -> ConstKind,
) -> Result<(), String> {
    let ins = &instrs[i];
    let ConstKind::Tuple { len, strs: true } = const_kind(ins.arg as usize) else {
        return Err(at(ins, "the keyword names are not a tuple of strings"));
    };
    match (instrs.get(i + 1), instrs.get(i + 2)) {
        (Some(p), Some(c))
            if p.op == Opcode::PRECALL
                && c.op == Opcode::CALL
                && p.arg == c.arg
                && c.arg >= len
                && p.start == ins.next
                && c.start == p.next =>
        {
            Ok(())
        }
        _ => Err(at(
            ins,
            "not followed by PRECALL and CALL with as many arguments as keyword names",
        )),
    }
}

/// What the instruction requires of the value on top of the stack.
fn check_top(ins: &Instruction, top: Top) -> Result<(), String> {
    match ins.op {
        Opcode::MAKE_FUNCTION if top != Top::Const(ConstKind::Code) => Err(at(
            ins,
            "the top of the stack is not a code object loaded by LOAD_CONST",
        )),
        Opcode::BUILD_CONST_KEY_MAP => match top {
            Top::Const(ConstKind::Tuple { len, .. }) if len == ins.arg => Ok(()),
            _ => Err(at(
                ins,
                "the top of the stack is not a constant tuple of as many keys",
            )),
        },
        _ => Ok(()),
    }
}

/// How many stack items the instruction reads (pops or peeks), as the eval loop does.
fn needs(op: Opcode, arg: u32) -> u64 {
    let a = arg as u64;
    let effect = op.stack_effect(arg, false).min(op.stack_effect(arg, true)) as i64;
    // Instructions that pop their operands and push `pushes` results.
    let popping = |pushes: i64| (pushes - effect).max(0) as u64;
    match op {
        Opcode::COPY | Opcode::SWAP => a,
        Opcode::LIST_APPEND
        | Opcode::LIST_EXTEND
        | Opcode::SET_ADD
        | Opcode::SET_UPDATE
        | Opcode::DICT_UPDATE
        | Opcode::RERAISE => a + 1,
        Opcode::MAP_ADD | Opcode::CALL | Opcode::PRECALL => a + 2,
        Opcode::DICT_MERGE => a + 3,
        Opcode::BUILD_CONST_KEY_MAP => a + 1,
        Opcode::CALL_FUNCTION_EX => 3 + (a & 1),
        Opcode::WITH_EXCEPT_START => 4,
        Opcode::MATCH_CLASS => 3,
        Opcode::MATCH_KEYS
        | Opcode::CHECK_EXC_MATCH
        | Opcode::CHECK_EG_MATCH
        | Opcode::IMPORT_NAME
        | Opcode::END_ASYNC_FOR
        | Opcode::PREP_RERAISE_STAR
        | Opcode::SEND => 2,
        Opcode::UNPACK_EX
        | Opcode::UNPACK_SEQUENCE
        | Opcode::FOR_ITER
        | Opcode::JUMP_IF_FALSE_OR_POP
        | Opcode::JUMP_IF_TRUE_OR_POP
        | Opcode::GET_LEN
        | Opcode::MATCH_MAPPING
        | Opcode::MATCH_SEQUENCE
        | Opcode::IMPORT_FROM
        | Opcode::GET_ANEXT
        | Opcode::LOAD_METHOD
        | Opcode::BEFORE_WITH
        | Opcode::BEFORE_ASYNC_WITH
        | Opcode::PUSH_EXC_INFO => 1,
        Opcode::UNARY_POSITIVE
        | Opcode::UNARY_NEGATIVE
        | Opcode::UNARY_NOT
        | Opcode::UNARY_INVERT
        | Opcode::BINARY_SUBSCR
        | Opcode::BINARY_OP
        | Opcode::COMPARE_OP
        | Opcode::IS_OP
        | Opcode::CONTAINS_OP
        | Opcode::BUILD_TUPLE
        | Opcode::BUILD_LIST
        | Opcode::BUILD_SET
        | Opcode::BUILD_MAP
        | Opcode::BUILD_STRING
        | Opcode::BUILD_SLICE
        | Opcode::MAKE_FUNCTION
        | Opcode::LIST_TO_TUPLE
        | Opcode::GET_ITER
        | Opcode::GET_YIELD_FROM_ITER
        | Opcode::GET_AWAITABLE
        | Opcode::GET_AITER
        | Opcode::ASYNC_GEN_WRAP
        | Opcode::YIELD_VALUE
        | Opcode::LOAD_ATTR
        | Opcode::FORMAT_VALUE => popping(1),
        // The rest push nothing (stores, pops, jumps) or pop nothing (loads).
        _ => popping(0),
    }
}

/// The state after the instruction, on its fall-through or jump edge.
fn after(
    ins: &Instruction,
    s: &State,
    jump: bool,
    const_kind: &dyn Fn(usize) -> ConstKind,
) -> Result<State, String> {
    // PRECALL is a no-op in this VM: CALL takes the arguments and the callable.
    let effect: i64 = match ins.op {
        Opcode::PRECALL => 0,
        Opcode::CALL => -(ins.arg as i64) - 1,
        op => op.stack_effect(ins.arg, jump) as i64,
    };
    let depth = s.depth as i64 + effect;
    if depth < 0 {
        return Err(at(ins, "the stack underflows"));
    }
    if depth > u32::MAX as i64 {
        return Err(at(ins, "the stack overflows"));
    }
    let top = match ins.op {
        Opcode::LOAD_CONST => Top::Const(const_kind(ins.arg as usize)),
        Opcode::NOP => s.top,
        _ => Top::Any,
    };
    let a = ins.arg as usize;
    let depth = depth as usize;
    let mut nulls = s.nulls.clone();
    match ins.op {
        Opcode::COPY => {
            let bit = a == 0 || nulls.get(a - 1);
            nulls.pop_push(0, 1, depth);
            nulls.set(0, bit);
        }
        Opcode::SWAP => {
            let (top, deep) = (nulls.get(0), a == 0 || nulls.get(a - 1));
            nulls.set(0, deep);
            if a >= 1 {
                nulls.set(a - 1, top);
            }
            nulls.fit(depth);
        }
        op => {
            let (pops, pushes) = pops_pushes(op, ins.arg, jump);
            nulls.pop_push(pops as usize, pushes as usize, depth);
            match op {
                Opcode::PUSH_NULL | Opcode::LOAD_CLOSURE => nulls.set(0, true),
                Opcode::LOAD_GLOBAL if a & 1 != 0 => nulls.set(1, true),
                Opcode::LOAD_METHOD => nulls.set(1, true),
                _ => {}
            }
        }
    }
    Ok(State {
        depth: depth as u32,
        top,
        nulls,
    })
}

/// What the verifier needs to know of a compiler constant.
pub fn const_kind(c: &Const) -> ConstKind {
    match c {
        Const::Code(_) => ConstKind::Code,
        Const::Value(Constant::Tuple(items)) => ConstKind::Tuple {
            len: u32::try_from(items.len()).unwrap_or(u32::MAX),
            strs: items.iter().all(|x| matches!(x, Constant::Str(_))),
        },
        Const::Value(_) => ConstKind::Other,
    }
}

/// Verifies compiled code and every code object among its constants, depth first (the
/// compiler's output must always pass: the fuzzer and tests check it does).
pub fn verify_tree(code: &CodeObject) -> Result<(), String> {
    verify(code, code.consts.len(), &|i| const_kind(&code.consts[i]))
        .map_err(|e| format!("{} ({}): {e}", code.qualname, code.filename))?;
    for c in code.consts.iter() {
        if let Const::Code(inner) = c {
            verify_tree(inner)?;
        }
    }
    Ok(())
}

/// How many items the instruction takes off the top and how many it puts back (items it
/// only peeks at below those are left as they are).
fn pops_pushes(op: Opcode, arg: u32, jump: bool) -> (u64, u64) {
    let a = arg as u64;
    match op {
        Opcode::LIST_APPEND
        | Opcode::SET_ADD
        | Opcode::LIST_EXTEND
        | Opcode::SET_UPDATE
        | Opcode::DICT_UPDATE
        | Opcode::DICT_MERGE
        | Opcode::RERAISE => (1, 0),
        Opcode::MAP_ADD | Opcode::END_ASYNC_FOR => (2, 0),
        Opcode::WITH_EXCEPT_START
        | Opcode::MATCH_KEYS
        | Opcode::MATCH_MAPPING
        | Opcode::MATCH_SEQUENCE
        | Opcode::GET_LEN
        | Opcode::IMPORT_FROM
        | Opcode::GET_ANEXT
        | Opcode::RETURN_GENERATOR => (0, 1),
        Opcode::MATCH_CLASS => (3, 1),
        Opcode::CHECK_EXC_MATCH | Opcode::YIELD_VALUE => (1, 1),
        Opcode::IMPORT_NAME | Opcode::PREP_RERAISE_STAR => (2, 1),
        Opcode::CHECK_EG_MATCH => (2, 2),
        Opcode::SEND => {
            if jump {
                (2, 1)
            } else {
                (1, 1)
            }
        }
        Opcode::FOR_ITER => {
            if jump {
                (1, 0)
            } else {
                (0, 1)
            }
        }
        Opcode::JUMP_IF_FALSE_OR_POP | Opcode::JUMP_IF_TRUE_OR_POP => {
            if jump {
                (0, 0)
            } else {
                (1, 0)
            }
        }
        Opcode::CALL => (a + 2, 1),
        Opcode::PRECALL => (0, 0),
        Opcode::CALL_FUNCTION_EX => (3 + (a & 1), 1),
        Opcode::UNPACK_SEQUENCE => (1, a),
        Opcode::UNPACK_EX => (1, (a & 0xFF) + (a >> 8) + 1),
        Opcode::LOAD_METHOD | Opcode::BEFORE_WITH | Opcode::BEFORE_ASYNC_WITH => (1, 2),
        Opcode::PUSH_EXC_INFO => (1, 2),
        Opcode::BUILD_CONST_KEY_MAP => (a + 1, 1),
        _ => {
            let pops = needs(op, arg);
            let effect = op.stack_effect(arg, jump) as i64;
            (pops, (pops as i64 + effect).max(0) as u64)
        }
    }
}

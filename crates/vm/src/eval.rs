//! The eval loop: one `match` over CPython 3.11's opcodes with the instruction pointer and
//! stack pointer in locals (raw pointers into the code units and the slot stack), no
//! allocation per instruction, Python-to-Python calls and returns switching frames in place
//! (no Rust recursion), and exceptions unwound through each code's exception table with the
//! traceback entries and `__context__` CPython adds.

// The frame and code pointers dereferenced here are live (see each `SAFETY`).
#![allow(dangerous_implicit_autorefs)]

use std::ptr;
use std::sync::atomic::Ordering;

use taipan_bytecode::exctable;
use taipan_bytecode::{CodeUnit, Opcode};
use taipan_object::abstract_ as ab;
use taipan_object::header::as_refs;
use taipan_object::typeobj::{CompareOp, nb};
use taipan_object::types::cell::PyCell;
use taipan_object::types::code::PyCode;
use taipan_object::types::dict::PyDict;
use taipan_object::types::exceptions::PyBaseException;
use taipan_object::types::float::PyFloat;
use taipan_object::types::function::{PyFunction, PyMethod};
use taipan_object::types::int::PyInt;
use taipan_object::types::list::PyList;
use taipan_object::types::tuple::PyTuple;
use taipan_object::{ObjRef, PyErr, PyResult, ThreadState};

use crate::call::push_function_frame;
use crate::frame::{Frame, VmState, frame_object, pop_frame};
use crate::ops;
use crate::specialize as sp_;
use crate::sys::settrace::Breaker;

/// How many `CACHE` units follow each opcode (a table: `Opcode::cache_entries` is a
/// `match` in another crate, not inlined into the dispatch).
static CACHE_UNITS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        if let Some(op) = Opcode::from_u8(i as u8) {
            t[i] = op.cache_entries();
        }
        i += 1;
    }
    t
};

/// Breaks out of the dispatch loop (labelled `$l`) with the error of a failed `PyResult`.
macro_rules! tr {
    ($l:lifetime, $e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => break $l e,
        }
    };
}

fn frame_index(vm: *mut VmState, f: *mut Frame) -> usize {
    // SAFETY: `f` points into the frame vector.
    unsafe { f.offset_from((*vm).frames.as_ptr()) as usize }
}

/// Adds the traceback entry for frame `f` at its `lasti` to `exc`.
pub(crate) unsafe fn add_traceback(
    ts: &ThreadState,
    vm: *mut VmState,
    f: *mut Frame,
    exc: &ObjRef,
) {
    // SAFETY: `f` is live.
    unsafe {
        let fo = frame_object(ts, vm, frame_index(vm, f));
        let p = exc.downcast::<PyBaseException>().expect("exception");
        let prev = p.traceback.borrow().clone();
        let tb = ts.new_traceback(prev, fo, (*f).lasti as i32);
        *p.traceback.borrow_mut() = Some(tb);
    }
}

fn unbound_local(ts: &ThreadState, code: &PyCode, i: usize) -> PyErr {
    // No `name`: `format_exc_check_arg` sets it on exact NameErrors only (no suggestions).
    let name = &code.localsplusnames[i];
    ts.new_error(
        &ts.exc.unbound_local_error,
        format!(
            "cannot access local variable '{}' where it is not associated with a value",
            ab::str_of(name)
        ),
    )
}

fn free_var_error(ts: &ThreadState, code: &PyCode, i: usize) -> PyErr {
    let name = &code.localsplusnames[i];
    if code.code.localspluskinds[i].is_free() {
        ts.name_error(format!(
            "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
            ab::str_of(name)
        ))
    } else {
        unbound_local(ts, code, i)
    }
}

/// Runs frames from `f` (an entry frame) until it returns.
///
/// A Rust panic under this entry (a bug in a builtin or in the loop) is caught here, once per
/// entry (nothing per instruction): it becomes `SystemError` raised from this entry, its
/// frames popped (`crate::panic::recover`).
///
/// # Safety
/// `vm` is the thread's VM state and `f` its top frame, marked `entry`.
pub unsafe fn eval(ts: &ThreadState, vm: *mut VmState, f: *mut Frame) -> PyResult<ObjRef> {
    let depth = frame_index(vm, f);
    // SAFETY: as this function's.
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| unsafe {
        eval_entry(ts, vm, f)
    })) {
        Ok(r) => r,
        // SAFETY: frames at and above `depth` are this entry's.
        Err(payload) => Err(unsafe { crate::panic::recover(ts, vm, depth, payload) }),
    }
}

/// [`eval`] without the panic guard.
///
/// Tracing (`crate::trace`) is chosen here, once per entry: a traced loop is a separate
/// instance of the loop, so the plain one pays nothing per instruction.
///
/// # Safety
/// As [`eval`]'s.
#[inline(always)]
unsafe fn eval_entry(ts: &ThreadState, vm: *mut VmState, f: *mut Frame) -> PyResult<ObjRef> {
    let mut cur = crate::trace::Cursor::default();
    let mut f = f;
    if !crate::trace::enabled() && !crate::sys::settrace::active() {
        // SAFETY: as this function's.
        let r = unsafe { eval_impl::<false>(ts, vm, f, &mut cur) };
        if !crate::sys::settrace::take_switch() {
            return r;
        }
        // `sys.settrace` was called: the same frames go on in the traced loop, from the top
        // one (its state saved by the plain loop).
        // SAFETY: the plain loop stopped with its running frame on top.
        f = unsafe { (*vm).frames.last_mut().expect("running frame") as *mut Frame };
    }
    // SAFETY: as this function's.
    let r = unsafe { eval_impl::<true>(ts, vm, f, &mut cur) };
    crate::trace::finish(&mut cur, ts, r.as_ref().map_err(|_| ()));
    r
}

/// The eval loop; `TRACE` adds the calls to `crate::trace` (the cursor is unused without it).
#[allow(unused_assignments)]
unsafe fn eval_impl<const TRACE: bool>(
    ts: &ThreadState,
    vm: *mut VmState,
    mut f: *mut Frame,
    cur: &mut crate::trace::Cursor,
) -> PyResult<ObjRef> {
    let mut code: *const PyCode;
    let mut units: *const CodeUnit;
    let mut ip: *const CodeUnit;
    let mut sp: *mut Option<ObjRef>;
    let mut base: *mut Option<ObjRef>;
    let mut reraise = false;
    let mut ext: u32 = 0;
    // The instruction being run: where the exception table is searched. `(*f).lasti` may be
    // moved by `RERAISE n` (for the traceback's line) and must not steer the search, as in
    // CPython's `exception_unwind` (`INSTR_OFFSET() - 1`).
    let mut at: u32 = 0;

    macro_rules! load_frame {
        () => {{
            code = (*f).code() as *const PyCode;
            units = (*code).code.code.as_ptr();
            ip = units.add((*f).ip as usize);
            sp = (*f).sp;
            base = (*f).base;
        }};
    }
    macro_rules! save_frame {
        () => {{
            (*f).ip = ip.offset_from(units) as u32;
            (*f).sp = sp;
        }};
    }
    macro_rules! push {
        ($v:expr) => {{
            ptr::write(sp, Some($v));
            sp = sp.add(1);
        }};
    }
    macro_rules! push_opt {
        ($v:expr) => {{
            ptr::write(sp, $v);
            sp = sp.add(1);
        }};
    }
    macro_rules! pop_opt {
        () => {{
            sp = sp.sub(1);
            ptr::replace(sp, None)
        }};
    }
    // Moves the top `n` values off the stack into a Vec, bottom first (no refcount traffic).
    macro_rules! take_n {
        ($n:expr) => {{
            let n: usize = $n;
            let mut items = Vec::with_capacity(n);
            for i in (1..=n).rev() {
                items.push(ptr::replace(sp.sub(i), None).unwrap_or_else(|| ts.none()));
            }
            sp = sp.sub(n);
            items
        }};
    }
    macro_rules! pop {
        () => {{
            sp = sp.sub(1);
            match ptr::replace(sp, None) {
                Some(v) => v,
                None => ts.none(),
            }
        }};
    }
    macro_rules! peek {
        ($n:expr) => {
            match &*sp.sub($n) {
                Some(v) => v,
                None => ts.none_ref(),
            }
        };
    }
    macro_rules! set_top {
        ($v:expr) => {{
            drop(ptr::replace(sp.sub(1), Some($v)));
        }};
    }
    macro_rules! jump_by {
        ($n:expr) => {{
            ip = ip.add($n as usize);
        }};
    }
    macro_rules! jump_back {
        ($n:expr) => {{
            ip = ip.sub($n as usize);
        }};
    }

    // SAFETY (whole body): `f` is always a live frame of `vm`; `sp` stays within its stack
    // (the compiler's stack depth analysis); slots below `sp` are filled, at and above it
    // `None`.
    unsafe {
        load_frame!();
        'frame: loop {
            let err: PyErr = 'd: loop {
                let this = ip;
                let unit = *ip;
                ip = ip.add(1 + CACHE_UNITS[unit.op as usize] as usize);
                at = this.offset_from(units) as u32;
                if TRACE {
                    crate::trace::step(cur, ts, vm, f, sp, at);
                    if crate::sys::settrace::active() {
                        (*f).sp = sp;
                        tr!('d, crate::sys::settrace::instruction(ts, vm, f, at));
                    }
                }
                (*f).lasti = at;
                let oparg = (ext << 8) | unit.arg as u32;
                ext = 0;
                match unit.op {
                    Opcode::NOP | Opcode::CACHE => {}
                    Opcode::EXTENDED_ARG => {
                        ext = oparg;
                    }
                    Opcode::RESUME => {
                        if ts.interrupt.load(Ordering::Relaxed) {
                            match crate::sys::settrace::breaker(ts, TRACE) {
                                Breaker::Interrupt => {
                                    if let Err(e) = crate::modules::signal::run_pending(ts) {
                                        break 'd e;
                                    }
                                }
                                Breaker::Switch => {
                                    ip = this;
                                    save_frame!();
                                    return Ok(ts.none());
                                }
                                Breaker::Ignore => {}
                            }
                        }
                    }
                    Opcode::LOAD_FAST => {
                        match &*base.add(oparg as usize) {
                            Some(v) => push!(v.clone()),
                            None => break 'd unbound_local(ts, &*code, oparg as usize),
                        }
                        // A run of LOAD_FASTs without a dispatch each (CPython's
                        // LOAD_FAST__LOAD_FAST); an unbound one is left to its own dispatch,
                        // which raises at the right instruction. Traced runs step each.
                        if !TRACE {
                            while (*ip).op == Opcode::LOAD_FAST
                                && let Some(v) = &*base.add((*ip).arg as usize)
                            {
                                push!(v.clone());
                                ip = ip.add(1);
                            }
                        }
                    }
                    Opcode::STORE_FAST => {
                        let v = pop_opt!();
                        drop(ptr::replace(base.add(oparg as usize), v));
                        // A run of STORE_FASTs (after UNPACK_SEQUENCE) without a dispatch each;
                        // a store cannot raise.
                        if !TRACE {
                            while (*ip).op == Opcode::STORE_FAST {
                                let i = (*ip).arg as usize;
                                ip = ip.add(1);
                                let v = pop_opt!();
                                drop(ptr::replace(base.add(i), v));
                            }
                        }
                    }
                    Opcode::DELETE_FAST => {
                        if (*base.add(oparg as usize)).is_none() {
                            break 'd unbound_local(ts, &*code, oparg as usize);
                        }
                        drop(ptr::replace(base.add(oparg as usize), None));
                    }
                    Opcode::LOAD_CONST => {
                        push!((*code).consts[oparg as usize].clone());
                    }
                    Opcode::POP_TOP => {
                        drop(pop_opt!());
                    }
                    Opcode::PUSH_NULL => {
                        push_opt!(None);
                    }
                    Opcode::COPY => {
                        let v = (*sp.sub(oparg as usize)).clone();
                        push_opt!(v);
                    }
                    Opcode::SWAP => {
                        ptr::swap(sp.sub(1), sp.sub(oparg as usize));
                    }
                    Opcode::UNARY_POSITIVE => {
                        let r = tr!('d, ab::pos(ts, peek!(1)));
                        set_top!(r);
                    }
                    Opcode::UNARY_NEGATIVE => {
                        let r = tr!('d, ab::neg(ts, peek!(1)));
                        set_top!(r);
                    }
                    Opcode::UNARY_INVERT => {
                        let r = tr!('d, ab::invert(ts, peek!(1)));
                        set_top!(r);
                    }
                    Opcode::UNARY_NOT => {
                        let b = tr!('d, ab::is_true(ts, peek!(1)));
                        set_top!(ts.bool_obj(!b));
                    }
                    Opcode::BINARY_OP => {
                        let (a, b) = (peek!(2), peek!(1));
                        let r = match (fast_int(a, ts), fast_int(b, ts)) {
                            (Some(x), Some(y)) => match small_int_op(ts, x, y, oparg as usize) {
                                Some(r) => r,
                                None => tr!('d, ab::binary_op(ts, a, b, oparg as usize)),
                            },
                            _ => match (fast_float(a, ts), fast_float(b, ts)) {
                                (Some(x), Some(y)) => match float_op(ts, x, y, oparg as usize) {
                                    Some(r) => r,
                                    None => tr!('d, ab::binary_op(ts, a, b, oparg as usize)),
                                },
                                _ => tr!('d, ab::binary_op(ts, a, b, oparg as usize)),
                            },
                        };
                        drop(pop_opt!());
                        set_top!(r);
                    }
                    Opcode::COMPARE_OP => {
                        let (a, b) = (peek!(2), peek!(1));
                        let op = CompareOp::from_arg(oparg).unwrap_or(CompareOp::Eq);
                        let fast = match (fast_int(a, ts), fast_int(b, ts)) {
                            (Some(x), Some(y)) => Some(op.test(x.cmp(&y))),
                            _ => match (fast_float(a, ts), fast_float(b, ts)) {
                                (Some(x), Some(y)) => Some(match x.partial_cmp(&y) {
                                    Some(o) => op.test(o),
                                    None => op == CompareOp::Ne,
                                }),
                                _ => None,
                            },
                        };
                        let r = match fast {
                            Some(t) => {
                                // An int or float test followed by a conditional jump jumps
                                // without making the bool (CPython's COMPARE_OP_INT_JUMP).
                                let next = *ip;
                                let (jump_if, back) = match next.op {
                                    Opcode::POP_JUMP_FORWARD_IF_FALSE => (Some(false), false),
                                    Opcode::POP_JUMP_FORWARD_IF_TRUE => (Some(true), false),
                                    Opcode::POP_JUMP_BACKWARD_IF_FALSE => (Some(false), true),
                                    Opcode::POP_JUMP_BACKWARD_IF_TRUE => (Some(true), true),
                                    _ => (None, false),
                                };
                                if !TRACE && let Some(want) = jump_if {
                                    drop(pop_opt!());
                                    drop(pop_opt!());
                                    ip = ip.add(1);
                                    if t == want {
                                        if back {
                                            jump_back!(next.arg);
                                        } else {
                                            jump_by!(next.arg);
                                        }
                                    }
                                    continue 'd;
                                }
                                ts.bool_obj(t)
                            }
                            None => tr!('d, ab::rich_compare(ts, a, b, op)),
                        };
                        drop(pop_opt!());
                        set_top!(r);
                    }
                    Opcode::IS_OP => {
                        let r = peek!(2).is(peek!(1)) != (oparg == 1);
                        drop(pop_opt!());
                        set_top!(ts.bool_obj(r));
                    }
                    Opcode::CONTAINS_OP => {
                        let r = tr!('d, ab::contains(ts, peek!(1), peek!(2)));
                        drop(pop_opt!());
                        set_top!(ts.bool_obj(r != (oparg == 1)));
                    }
                    Opcode::BINARY_SUBSCR => {
                        let (c, k) = (peek!(2), peek!(1));
                        let r = match (c.downcast::<PyList>(), fast_int(k, ts)) {
                            (Some(l), Some(i))
                                if i >= 0
                                    && (i as usize) < l.len()
                                    && c.is_exact(&ts.types.list) =>
                            {
                                l.get(i as usize).expect("in range")
                            }
                            _ => match (c.downcast::<PyTuple>(), fast_int(k, ts)) {
                                (Some(t), Some(i))
                                    if i >= 0
                                        && (i as usize) < t.len()
                                        && c.is_exact(&ts.types.tuple) =>
                                {
                                    t.items()[i as usize].clone()
                                }
                                _ => tr!('d, ab::getitem(ts, c, k)),
                            },
                        };
                        drop(pop_opt!());
                        set_top!(r);
                    }
                    Opcode::STORE_SUBSCR => {
                        let (c, k) = (peek!(2), peek!(1));
                        match (c.downcast::<PyList>(), fast_int(k, ts)) {
                            (Some(l), Some(i))
                                if c.is_exact(&ts.types.list)
                                    && i >= 0
                                    && (i as usize) < l.len() =>
                            {
                                l.set(i as usize, peek!(3).clone());
                            }
                            _ => tr!('d, ab::setitem(ts, c, k, Some(peek!(3)))),
                        }
                        drop(pop_opt!());
                        drop(pop_opt!());
                        drop(pop_opt!());
                    }
                    Opcode::DELETE_SUBSCR => {
                        tr!('d, ab::setitem(ts, peek!(2), peek!(1), None));
                        drop(pop_opt!());
                        drop(pop_opt!());
                    }
                    Opcode::GET_ITER => {
                        let it = tr!('d, ab::iter(ts, peek!(1)));
                        set_top!(it);
                    }
                    Opcode::FOR_ITER => {
                        let it = peek!(1);
                        let next = match it.typ().slots().iternext {
                            Some(n) => match n(ts, it) {
                                Ok(v) => v,
                                Err(e) if e.matches(&ts.exc.stop_iteration) => None,
                                Err(e) => break 'd e,
                            },
                            None => tr!('d, ab::next(ts, it)),
                        };
                        match next {
                            Some(v) => push!(v),
                            None => {
                                drop(pop_opt!());
                                jump_by!(oparg);
                            }
                        }
                    }
                    Opcode::GET_LEN => {
                        let n = tr!('d, ab::len(ts, peek!(1)));
                        push!(ts.new_int(n as i64));
                    }
                    Opcode::RETURN_VALUE => {
                        let v = pop!();
                        if TRACE {
                            (*f).sp = sp;
                            tr!('d, crate::sys::settrace::returning(ts, vm, f, Some(&v)));
                        }
                        let entry = (*f).entry;
                        pop_frame(ts, vm, sp);
                        if entry {
                            return Ok(v);
                        }
                        f = (*vm).frames.last_mut().expect("caller frame") as *mut Frame;
                        load_frame!();
                        push!(v);
                    }
                    Opcode::LOAD_GLOBAL => {
                        let name = &(*code).names[(oparg >> 1) as usize];
                        let g = (*f).globals.downcast::<PyDict>().expect("globals");
                        let b = (*f).builtins.downcast::<PyDict>();
                        // The inline cache: an entry index checked by key identity (a key is
                        // in a dict once), and for builtins the globals' key-set version.
                        let ce = (*code).caches.get(at as usize);
                        let v = match sp_::load_global_hit(&ce, g, b, name) {
                            Some(v) => v.clone(),
                            None => {
                                tr!('d, sp_::load_global_miss(ts, &*code, at, g, b, name, (&(*f).globals, &(*f).builtins)))
                            }
                        };
                        if oparg & 1 != 0 {
                            push_opt!(None);
                        }
                        push!(v);
                    }
                    Opcode::STORE_GLOBAL => {
                        let v = pop!();
                        let g = (*f).globals.downcast::<PyDict>().expect("globals");
                        tr!('d, g.set_item(ts, (*code).names[oparg as usize].clone(), v));
                    }
                    Opcode::DELETE_GLOBAL => {
                        let name = &(*code).names[oparg as usize];
                        let g = (*f).globals.downcast::<PyDict>().expect("globals");
                        if tr!('d, g.del_item(ts, name)).is_none() {
                            break 'd ops::name_error(ts, name);
                        }
                    }
                    Opcode::LOAD_NAME => {
                        let name = &(*code).names[oparg as usize];
                        let v = match &(*f).locals {
                            Some(l) => tr!('d, ops::mapping_get(ts, l, name)),
                            None => {
                                break 'd ts.system_error(format!(
                                    "no locals when loading '{}'",
                                    ab::str_of(name)
                                ));
                            }
                        };
                        let v = match v {
                            Some(v) => v,
                            None => {
                                let g = (*f).globals.downcast::<PyDict>().expect("globals");
                                match g.get_str(ts, name) {
                                    Some(v) => v,
                                    None => {
                                        match tr!('d, ops::mapping_get(ts, &(*f).builtins, name)) {
                                            Some(v) => v,
                                            None => break 'd ops::name_error(ts, name),
                                        }
                                    }
                                }
                            }
                        };
                        push!(v);
                    }
                    Opcode::STORE_NAME => {
                        let name = (*code).names[oparg as usize].clone();
                        let v = pop!();
                        match &(*f).locals {
                            Some(l) => match l.downcast::<PyDict>() {
                                Some(d) if l.is_exact(&ts.types.dict) => {
                                    tr!('d, d.set_item(ts, name, v))
                                }
                                _ => tr!('d, ab::setitem(ts, l, &name, Some(&v))),
                            },
                            None => {
                                break 'd ts.system_error(format!(
                                    "no locals found when storing '{}'",
                                    ab::str_of(&name)
                                ));
                            }
                        }
                    }
                    Opcode::DELETE_NAME => {
                        let name = &(*code).names[oparg as usize];
                        let Some(l) = (*f).locals.clone() else {
                            break 'd ts.system_error(format!(
                                "no locals when deleting '{}'",
                                ab::str_of(name)
                            ));
                        };
                        if let Err(e) = ab::setitem(ts, &l, name, None) {
                            if e.matches(&ts.exc.key_error) {
                                break 'd ops::name_error(ts, name);
                            }
                            break 'd e;
                        }
                    }
                    Opcode::LOAD_ATTR => {
                        let (o, name) = (peek!(1), &(*code).names[oparg as usize]);
                        let ce = (*code).caches.get(at as usize);
                        let r = match sp_::load_attr_hit(&ce, o, name) {
                            Some(v) => v,
                            None => tr!('d, sp_::load_attr_miss(ts, &*code, at, &ce, o, name)),
                        };
                        set_top!(r);
                    }
                    Opcode::STORE_ATTR => {
                        let (o, name) = (peek!(1), &(*code).names[oparg as usize]);
                        let ce = (*code).caches.get(at as usize);
                        if let Err(v) = sp_::store_attr_hit(&ce, o, name, peek!(2).clone()) {
                            tr!('d, sp_::store_attr_miss(ts, &*code, at, &ce, o, name, &v));
                        }
                        drop(pop_opt!());
                        drop(pop_opt!());
                    }
                    Opcode::DELETE_ATTR => {
                        tr!('d, ab::setattr(ts, peek!(1), &(*code).names[oparg as usize], None));
                        drop(pop_opt!());
                    }
                    Opcode::LOAD_METHOD => {
                        let (o, name) = (peek!(1), &(*code).names[oparg as usize]);
                        let ce = (*code).caches.get(at as usize);
                        let (m, o) = match sp_::load_method_hit(&ce, o, name) {
                            Some(m) => (Some(m), o.clone()),
                            None => tr!('d, sp_::load_method_miss(ts, &*code, at, &ce, o, name)),
                        };
                        match m {
                            Some(m) => {
                                set_top!(m);
                                push!(o);
                            }
                            None => {
                                drop(ptr::replace(sp.sub(1), None));
                                push!(o);
                            }
                        }
                    }
                    Opcode::KW_NAMES => {
                        (*f).kwnames = Some((*code).consts[oparg as usize].clone());
                    }
                    Opcode::PRECALL => {}
                    Opcode::CALL => {
                        let n = oparg as usize;
                        let kwnames = (*f).kwnames.take();
                        // [X, Y, args]: X NULL -> Y(args); else X(Y, args).
                        if (*sp.sub(n + 2)).is_none()
                            && let Some(m) = (*sp.sub(n + 1))
                                .as_ref()
                                .and_then(|y| y.downcast::<PyMethod>())
                        {
                            let (func, slf) = (m.func.clone(), m.self_.clone());
                            drop(ptr::replace(sp.sub(n + 2), Some(func)));
                            drop(ptr::replace(sp.sub(n + 1), Some(slf)));
                        }
                        let is_meth = (*sp.sub(n + 2)).is_some();
                        let total = n + is_meth as usize;
                        let func = (*sp.sub(total + 1)).clone().unwrap_or_else(|| ts.none());
                        let args = as_refs(std::slice::from_raw_parts(sp.sub(total), total));
                        if func.is_exact(&ts.types.function) {
                            save_frame!();
                            let nf = tr!('d, push_function_frame(ts, vm, &func, args, kwnames.as_ref(), false));
                            // The new frame holds its own references: clear the caller's call slots.
                            let caller = (*vm).frames.as_mut_ptr().add((*vm).frames.len() - 2);
                            let mut p = (*caller).sp;
                            let stop = p.sub(n + 2);
                            while p > stop {
                                p = p.sub(1);
                                drop(ptr::replace(p, None));
                            }
                            (*caller).sp = stop;
                            f = nf;
                            load_frame!();
                            continue 'd;
                        }
                        let r = if TRACE {
                            tr!('d, crate::sys::settrace::call(ts, vm, f, &func, args, kwnames.as_ref()))
                        } else {
                            tr!('d, ab::vectorcall(ts, &func, args, kwnames.as_ref()))
                        };
                        for _ in 0..n + 2 {
                            drop(pop_opt!());
                        }
                        push!(r);
                        // Native code may have called `sys.settrace` (CPython checks at every
                        // dispatch; the plain loop here, after calls into Rust).
                        if !TRACE && ts.interrupt.load(Ordering::Relaxed) {
                            match crate::sys::settrace::breaker(ts, TRACE) {
                                Breaker::Interrupt => {
                                    if let Err(e) = crate::modules::signal::run_pending(ts) {
                                        break 'd e;
                                    }
                                }
                                Breaker::Switch => {
                                    save_frame!();
                                    return Ok(ts.none());
                                }
                                Breaker::Ignore => {}
                            }
                        }
                    }
                    Opcode::CALL_FUNCTION_EX => {
                        let kwargs = if oparg & 1 != 0 { pop_opt!() } else { None };
                        let callargs = pop!();
                        let func = peek!(1).clone();
                        let collected;
                        let items: &[ObjRef] = match callargs.downcast::<PyTuple>() {
                            // The tuple is owned here (`callargs`): its items are passed as they are.
                            Some(t) => t.items(),
                            None => {
                                if callargs.typ().slots().iter.is_none()
                                    && callargs.typ().slots().getitem.is_none()
                                {
                                    break 'd ts.type_error(format!(
                                        "{} argument after * must be an iterable, not {}",
                                        tr!('d, crate::call::function_str(ts, &func)),
                                        callargs.typ().name()
                                    ));
                                }
                                collected = tr!('d, ab::collect(ts, &callargs));
                                &collected
                            }
                        };
                        let r = tr!('d, ab::call_with_dict(ts, &func, items, kwargs.as_ref()));
                        drop(pop_opt!());
                        set_top!(r);
                    }
                    Opcode::MAKE_FUNCTION => {
                        let codeobj = pop!();
                        let closure = if oparg & 8 != 0 { Some(pop!()) } else { None };
                        let annotations = if oparg & 4 != 0 { Some(pop!()) } else { None };
                        let kwdefaults = if oparg & 2 != 0 { Some(pop!()) } else { None };
                        let defaults = if oparg & 1 != 0 { Some(pop!()) } else { None };
                        let func = ts.new_function(codeobj, (*f).globals.clone(), None, closure);
                        let p = func.downcast::<PyFunction>().expect("function");
                        *p.defaults.borrow_mut() = defaults;
                        *p.kwdefaults.borrow_mut() = kwdefaults;
                        if let Some(a) = annotations {
                            let a = if let Some(t) = a.downcast::<PyTuple>() {
                                let d = ts.new_dict();
                                let dd = d.downcast::<PyDict>().expect("dict");
                                for kv in t.items().chunks(2) {
                                    if let [k, v] = kv {
                                        tr!('d, dd.set_item(ts, k.clone(), v.clone()));
                                    }
                                }
                                d
                            } else {
                                a
                            };
                            *p.annotations.borrow_mut() = Some(a);
                        }
                        push!(func);
                    }
                    Opcode::MAKE_CELL => {
                        let slot = base.add(oparg as usize);
                        let v = ptr::replace(slot, None);
                        ptr::write(slot, Some(ts.new_cell(v)));
                    }
                    Opcode::LOAD_CLOSURE => {
                        push_opt!((*base.add(oparg as usize)).clone());
                    }
                    Opcode::LOAD_DEREF => {
                        let cell = (*base.add(oparg as usize))
                            .as_ref()
                            .and_then(|c| c.downcast::<PyCell>());
                        match cell.and_then(|c| c.get()) {
                            Some(v) => push!(v),
                            None => break 'd free_var_error(ts, &*code, oparg as usize),
                        }
                    }
                    Opcode::LOAD_CLASSDEREF => {
                        let i = oparg as usize;
                        let name = &(*code).localsplusnames[i];
                        let from_locals = match &(*f).locals {
                            Some(l) => tr!('d, ops::mapping_get(ts, l, name)),
                            None => None,
                        };
                        match from_locals {
                            Some(v) => push!(v),
                            None => {
                                let cell =
                                    (*base.add(i)).as_ref().and_then(|c| c.downcast::<PyCell>());
                                match cell.and_then(|c| c.get()) {
                                    Some(v) => push!(v),
                                    None => break 'd free_var_error(ts, &*code, i),
                                }
                            }
                        }
                    }
                    Opcode::STORE_DEREF => {
                        let v = pop_opt!();
                        if let Some(c) = (*base.add(oparg as usize))
                            .as_ref()
                            .and_then(|c| c.downcast::<PyCell>())
                        {
                            c.set(v);
                        }
                    }
                    Opcode::DELETE_DEREF => {
                        let cell = (*base.add(oparg as usize))
                            .as_ref()
                            .and_then(|c| c.downcast::<PyCell>());
                        match cell {
                            Some(c) if c.get().is_some() => c.set(None),
                            _ => break 'd free_var_error(ts, &*code, oparg as usize),
                        }
                    }
                    Opcode::COPY_FREE_VARS => {
                        let closure = (*f)
                            .func
                            .as_ref()
                            .and_then(|fu| fu.downcast::<PyFunction>())
                            .and_then(|fu| fu.closure.clone());
                        if let Some(cl) = closure
                            && let Some(t) = cl.downcast::<PyTuple>()
                        {
                            let off = (*code).nlocalsplus - oparg as usize;
                            for (i, c) in t.items().iter().enumerate().take(oparg as usize) {
                                drop(ptr::replace(base.add(off + i), Some(c.clone())));
                            }
                        }
                    }
                    Opcode::BUILD_TUPLE => {
                        let items = take_n!(oparg as usize);
                        push!(ts.new_tuple(items));
                    }
                    Opcode::BUILD_LIST => {
                        let items = take_n!(oparg as usize);
                        push!(ts.new_list(items));
                    }
                    Opcode::BUILD_MAP => {
                        let n = oparg as usize;
                        let d = ts.new_dict();
                        let dd = d.downcast::<PyDict>().expect("dict");
                        for i in (1..=n).rev() {
                            let k = (*sp.sub(2 * i)).clone().unwrap_or_else(|| ts.none());
                            let v = (*sp.sub(2 * i - 1)).clone().unwrap_or_else(|| ts.none());
                            tr!('d, dd.set_item(ts, k, v));
                        }
                        for _ in 0..2 * n {
                            drop(pop_opt!());
                        }
                        push!(d);
                    }
                    Opcode::BUILD_CONST_KEY_MAP => {
                        let n = oparg as usize;
                        let keys = pop!();
                        let d = ts.new_dict();
                        let dd = d.downcast::<PyDict>().expect("dict");
                        if let Some(kt) = keys.downcast::<PyTuple>() {
                            for (i, k) in kt.items().iter().enumerate() {
                                let v = (*sp.sub(n - i)).clone().unwrap_or_else(|| ts.none());
                                tr!('d, dd.set_item(ts, k.clone(), v));
                            }
                        }
                        for _ in 0..n {
                            drop(pop_opt!());
                        }
                        push!(d);
                    }
                    Opcode::BUILD_STRING => {
                        let n = oparg as usize;
                        let mut s = String::new();
                        for i in (1..=n).rev() {
                            s.push_str(ab::str_of(peek!(i)));
                        }
                        for _ in 0..n {
                            drop(pop_opt!());
                        }
                        push!(ts.new_string(s));
                    }
                    Opcode::BUILD_SLICE => {
                        let step = if oparg == 3 { pop!() } else { ts.none() };
                        let stop = pop!();
                        let start = pop!();
                        push!(ts.new_slice(start, stop, step));
                    }
                    Opcode::LIST_APPEND => {
                        let v = pop!();
                        if let Some(l) = peek!(oparg as usize).downcast::<PyList>() {
                            l.push(v);
                        }
                    }
                    Opcode::LIST_EXTEND => {
                        let it = pop!();
                        let items = match ab::collect(ts, &it) {
                            Ok(v) => v,
                            Err(e) => {
                                if e.matches(&ts.exc.type_error)
                                    && it.typ().slots().iter.is_none()
                                    && it.typ().slots().getitem.is_none()
                                {
                                    break 'd ts.type_error(format!(
                                        "Value after * must be an iterable, not {}",
                                        it.typ().name()
                                    ));
                                }
                                break 'd e;
                            }
                        };
                        if let Some(l) = peek!(oparg as usize).downcast::<PyList>() {
                            l.with(|v| v.extend(items));
                        }
                    }
                    Opcode::BUILD_SET => {
                        let items = take_n!(oparg as usize);
                        push!(tr!('d, ts.new_set(&items)));
                    }
                    Opcode::SET_ADD => {
                        let v = pop!();
                        let s = peek!(oparg as usize).clone();
                        if let Some(s) = s.downcast::<taipan_object::types::set::PySet>() {
                            tr!('d, s.add(ts, v));
                        }
                    }
                    Opcode::SET_UPDATE => {
                        let it = pop!();
                        let s = peek!(oparg as usize).clone();
                        if let Some(s) = s.downcast::<taipan_object::types::set::PySet>() {
                            tr!('d, s.update(ts, &it));
                        }
                    }
                    Opcode::LIST_TO_TUPLE => {
                        let l = pop!();
                        let items = l.downcast::<PyList>().map_or(Vec::new(), |l| l.to_vec());
                        push!(ts.new_tuple(items));
                    }
                    Opcode::MAP_ADD => {
                        let v = pop!();
                        let k = pop!();
                        if let Some(d) = peek!(oparg as usize).downcast::<PyDict>() {
                            tr!('d, d.set_item(ts, k, v));
                        }
                    }
                    Opcode::DICT_UPDATE => {
                        let u = pop!();
                        let d = peek!(oparg as usize).clone();
                        let Some(dd) = d.downcast::<PyDict>() else {
                            break 'd ts.system_error("DICT_UPDATE: no dict on the stack");
                        };
                        if let Err(e) = taipan_object::types::dict::update_from_mapping(ts, dd, &u)
                        {
                            if e.matches(&ts.exc.attribute_error) {
                                break 'd ts.type_error(format!(
                                    "'{}' object is not a mapping",
                                    u.typ().name()
                                ));
                            }
                            break 'd e;
                        }
                    }
                    Opcode::DICT_MERGE => {
                        let u = pop!();
                        let d = peek!(oparg as usize).clone();
                        let func = peek!(oparg as usize + 2).clone();
                        tr!('d, ops::dict_merge(ts, &d, &u, &func));
                    }
                    Opcode::UNPACK_SEQUENCE => {
                        let v = pop!();
                        let n = oparg as usize;
                        if v.is_exact(&ts.types.tuple)
                            && let Some(t) = v.downcast::<PyTuple>()
                            && t.len() == n
                        {
                            for x in t.items().iter().rev() {
                                push!(x.clone());
                            }
                            continue 'd;
                        }
                        if v.is_exact(&ts.types.list)
                            && let Some(l) = v.downcast::<PyList>()
                            && l.len() == n
                        {
                            for i in (0..n).rev() {
                                push_opt!(l.get(i));
                            }
                            continue 'd;
                        }
                        let items = tr!('d, ops::unpack(ts, &v, oparg as usize));
                        for x in items.into_iter().rev() {
                            push!(x);
                        }
                    }
                    Opcode::UNPACK_EX => {
                        let v = pop!();
                        let items = tr!('d, ops::unpack_ex(ts, &v, (oparg & 0xFF) as usize, (oparg >> 8) as usize));
                        for x in items.into_iter().rev() {
                            push!(x);
                        }
                    }
                    Opcode::JUMP_FORWARD => jump_by!(oparg),
                    Opcode::JUMP_BACKWARD => {
                        jump_back!(oparg);
                        if ts.interrupt.load(Ordering::Relaxed) {
                            match crate::sys::settrace::breaker(ts, TRACE) {
                                Breaker::Interrupt => {
                                    if let Err(e) = crate::modules::signal::run_pending(ts) {
                                        break 'd e;
                                    }
                                }
                                Breaker::Switch => {
                                    save_frame!();
                                    return Ok(ts.none());
                                }
                                Breaker::Ignore => {}
                            }
                        }
                    }
                    Opcode::JUMP_BACKWARD_NO_INTERRUPT => jump_back!(oparg),
                    Opcode::POP_JUMP_FORWARD_IF_FALSE
                    | Opcode::POP_JUMP_BACKWARD_IF_FALSE
                    | Opcode::POP_JUMP_FORWARD_IF_TRUE
                    | Opcode::POP_JUMP_BACKWARD_IF_TRUE => {
                        let v = pop!();
                        let b = if v.is(ts.true_ref()) {
                            true
                        } else if v.is(ts.false_ref()) {
                            false
                        } else {
                            tr!('d, ab::is_true(ts, &v))
                        };
                        let want = matches!(
                            unit.op,
                            Opcode::POP_JUMP_FORWARD_IF_TRUE | Opcode::POP_JUMP_BACKWARD_IF_TRUE
                        );
                        if b == want {
                            if matches!(
                                unit.op,
                                Opcode::POP_JUMP_BACKWARD_IF_FALSE
                                    | Opcode::POP_JUMP_BACKWARD_IF_TRUE
                            ) {
                                jump_back!(oparg);
                            } else {
                                jump_by!(oparg);
                            }
                        }
                    }
                    Opcode::POP_JUMP_FORWARD_IF_NONE
                    | Opcode::POP_JUMP_BACKWARD_IF_NONE
                    | Opcode::POP_JUMP_FORWARD_IF_NOT_NONE
                    | Opcode::POP_JUMP_BACKWARD_IF_NOT_NONE => {
                        let v = pop!();
                        let want_none = matches!(
                            unit.op,
                            Opcode::POP_JUMP_FORWARD_IF_NONE | Opcode::POP_JUMP_BACKWARD_IF_NONE
                        );
                        if ts.is_none(&v) == want_none {
                            if matches!(
                                unit.op,
                                Opcode::POP_JUMP_BACKWARD_IF_NONE
                                    | Opcode::POP_JUMP_BACKWARD_IF_NOT_NONE
                            ) {
                                jump_back!(oparg);
                            } else {
                                jump_by!(oparg);
                            }
                        }
                    }
                    Opcode::JUMP_IF_FALSE_OR_POP | Opcode::JUMP_IF_TRUE_OR_POP => {
                        let b = tr!('d, ab::is_true(ts, peek!(1)));
                        if b == (unit.op == Opcode::JUMP_IF_TRUE_OR_POP) {
                            jump_by!(oparg);
                        } else {
                            drop(pop_opt!());
                        }
                    }
                    Opcode::LOAD_BUILD_CLASS => {
                        match tr!('d, ops::mapping_get(ts, &(*f).builtins, &ts.names.__build_class__))
                        {
                            Some(v) => push!(v),
                            None => break 'd ts.name_error("__build_class__ not found"),
                        }
                    }
                    Opcode::LOAD_ASSERTION_ERROR => push!(ts.exc.assertion_error.clone()),
                    Opcode::RAISE_VARARGS => match oparg {
                        0 => {
                            let cur = ts.exc_info.borrow().clone();
                            match cur {
                                Some(e) => {
                                    reraise = true;
                                    break 'd PyErr::from_instance(e);
                                }
                                None => {
                                    break 'd ts.runtime_error("No active exception to reraise");
                                }
                            }
                        }
                        1 => {
                            let e = pop!();
                            break 'd ops::do_raise(ts, &e, None);
                        }
                        _ => {
                            let cause = pop!();
                            let e = pop!();
                            break 'd ops::do_raise(ts, &e, Some(&cause));
                        }
                    },
                    Opcode::RERAISE => {
                        let e = pop!();
                        if e.downcast::<PyBaseException>().is_none() {
                            break 'd ts.system_error("RERAISE of a non-exception");
                        }
                        if oparg != 0
                            && let Some(l) = fast_int(peek!(oparg as usize), ts)
                        {
                            (*f).lasti = l as u32;
                        }
                        reraise = true;
                        break 'd PyErr::from_instance(e);
                    }
                    Opcode::PUSH_EXC_INFO => {
                        let v = pop!();
                        if v.downcast::<PyBaseException>().is_none() {
                            break 'd ts.system_error("PUSH_EXC_INFO of a non-exception");
                        }
                        let prev = ts.exc_info.replace(Some(v.clone()));
                        (*f).exc_depth = (*f).exc_depth.wrapping_add(1);
                        push!(prev.unwrap_or_else(|| ts.none()));
                        push!(v);
                    }
                    Opcode::POP_EXCEPT => {
                        let v = pop!();
                        let new = if ts.is_none(&v) { None } else { Some(v) };
                        if new.as_ref().is_some_and(|v| !v.is_a::<PyBaseException>()) {
                            break 'd ts.system_error("POP_EXCEPT of a non-exception");
                        }
                        (*f).exc_depth = (*f).exc_depth.saturating_sub(1);
                        drop(ts.exc_info.replace(new));
                    }
                    Opcode::CHECK_EXC_MATCH => {
                        let cls = pop!();
                        let r = tr!('d, ops::exc_matches(ts, peek!(1), &cls));
                        push!(ts.bool_obj(r));
                    }
                    Opcode::BEFORE_WITH => {
                        let mgr = pop!();
                        let (exit, res) = tr!('d, ops::before_with(ts, &mgr));
                        push!(exit);
                        push!(res);
                    }
                    Opcode::WITH_EXCEPT_START => {
                        let val = peek!(1).clone();
                        let exit = peek!(4).clone();
                        let tb = val
                            .downcast::<PyBaseException>()
                            .and_then(|p| p.traceback.borrow().clone())
                            .unwrap_or_else(|| ts.none());
                        let r =
                            tr!('d, ab::call(ts, &exit, &[val.class().clone(), val.clone(), tb]));
                        push!(r);
                    }
                    Opcode::FORMAT_VALUE => {
                        let spec = if oparg & 4 != 0 { Some(pop!()) } else { None };
                        let v = pop!();
                        let v = tr!('d, ops::convert(ts, &v, oparg & 3));
                        let r = tr!('d, taipan_object::types::str_format::format_obj(ts, &v, spec.as_ref()));
                        push!(r);
                    }
                    Opcode::SETUP_ANNOTATIONS => {
                        if let Some(l) = (*f).locals.clone() {
                            let has = tr!('d, ops::mapping_get(ts, &l, &ts.names.__annotations__));
                            if has.is_none() {
                                let d = ts.new_dict();
                                tr!('d, ab::setitem(ts, &l, &ts.names.__annotations__, Some(&d)));
                            }
                        }
                    }
                    Opcode::PRINT_EXPR => {
                        let v = pop!();
                        tr!('d, crate::sys::hooks::display_value(ts, v));
                    }
                    Opcode::IMPORT_NAME => {
                        let fromlist = pop!();
                        let level = peek!(1).clone();
                        let m = tr!('d, ops::import_name(ts, &(*code).names[oparg as usize], &fromlist, &level));
                        set_top!(m);
                    }
                    Opcode::IMPORT_FROM => {
                        let v =
                            tr!('d, ops::import_from(ts, peek!(1), &(*code).names[oparg as usize]));
                        push!(v);
                    }
                    Opcode::IMPORT_STAR => {
                        let m = pop!();
                        let Some(l) = (*f).locals.clone() else {
                            break 'd ts.system_error("no locals found during 'import *'");
                        };
                        tr!('d, ops::import_star(ts, &m, &l));
                    }
                    Opcode::RETURN_GENERATOR => {
                        save_frame!();
                        let entry = (*f).entry;
                        let g = crate::generator::from_frame(ts, vm, f);
                        if entry {
                            return Ok(g);
                        }
                        f = (*vm).frames.last_mut().expect("caller frame") as *mut Frame;
                        load_frame!();
                        push!(g);
                    }
                    Opcode::YIELD_VALUE => {
                        let v = pop!();
                        if TRACE {
                            (*f).sp = sp;
                            tr!('d, crate::sys::settrace::returning(ts, vm, f, Some(&v)));
                        }
                        save_frame!();
                        crate::generator::set_yielded();
                        return Ok(v);
                    }
                    Opcode::SEND => {
                        let v = pop!();
                        match tr!('d, crate::generator::send(ts, peek!(1), v)) {
                            crate::generator::Sent::Yield(r) => push!(r),
                            crate::generator::Sent::Return(r) => {
                                set_top!(r);
                                jump_by!(oparg);
                            }
                        }
                    }
                    Opcode::GET_YIELD_FROM_ITER => {
                        let it = tr!('d, crate::generator::get_yield_from_iter(ts, (*code).code.flags.0, peek!(1)));
                        set_top!(it);
                    }
                    Opcode::GET_AWAITABLE => {
                        let it = tr!('d, crate::generator::get_awaitable(ts, peek!(1), oparg));
                        set_top!(it);
                    }
                    Opcode::GET_AITER => {
                        let it = tr!('d, crate::asyncgen::get_aiter(ts, peek!(1)));
                        set_top!(it);
                    }
                    Opcode::GET_ANEXT => {
                        let a = tr!('d, crate::asyncgen::get_anext(ts, peek!(1)));
                        push!(a);
                    }
                    Opcode::ASYNC_GEN_WRAP => {
                        let v = pop!();
                        push!(crate::asyncgen::wrap(ts, v));
                    }
                    Opcode::END_ASYNC_FOR => {
                        let e = pop!();
                        if taipan_object::typeobj::type_check(&e, &ts.exc.stop_async_iteration) {
                            drop(pop_opt!());
                        } else if e.downcast::<PyBaseException>().is_none() {
                            break 'd ts.system_error("END_ASYNC_FOR of a non-exception");
                        } else {
                            reraise = true;
                            break 'd PyErr::from_instance(e);
                        }
                    }
                    Opcode::BEFORE_ASYNC_WITH => {
                        let mgr = pop!();
                        let (exit, res) = tr!('d, crate::exc_ops::before_async_with(ts, &mgr));
                        push!(exit);
                        push!(res);
                    }
                    Opcode::MATCH_CLASS => {
                        let names = pop!();
                        let cls = pop!();
                        let r = tr!('d, crate::matching::match_class(ts, peek!(1), &cls, oparg as usize, &names));
                        set_top!(r.unwrap_or_else(|| ts.none()));
                    }
                    Opcode::MATCH_MAPPING => {
                        push!(ts.bool_obj(crate::matching::is_mapping(peek!(1))));
                    }
                    Opcode::MATCH_SEQUENCE => {
                        push!(ts.bool_obj(crate::matching::is_sequence(peek!(1))));
                    }
                    Opcode::MATCH_KEYS => {
                        let r = tr!('d, crate::matching::match_keys(ts, peek!(2), peek!(1)));
                        push!(r);
                    }
                    Opcode::CHECK_EG_MATCH => {
                        let cls = pop!();
                        let e = pop!();
                        let (rest, matched) = tr!('d, crate::exc_ops::check_eg_match(ts, &e, &cls));
                        push!(rest);
                        push!(matched);
                    }
                    Opcode::PREP_RERAISE_STAR => {
                        let excs = pop!();
                        let orig = pop!();
                        let r = tr!('d, crate::exc_ops::prep_reraise_star(ts, &orig, &excs));
                        push!(r);
                    }
                }
            };
            // ---- exception unwinding ----
            let mut exc = err.into_value();
            if TRACE {
                crate::trace::raised(cur, ts, vm, f, at, &exc);
            }
            if !reraise {
                // `_PyErr_SetObject` chains where an exception is raised: at `raise`, or an
                // error native code made; one coming back from a call with a traceback was
                // chained where it was raised (its `__context__` may have been reset since).
                let fresh = exc
                    .downcast::<PyBaseException>()
                    .is_none_or(|p| p.traceback.borrow().is_none())
                    || (*code).code.code.get(at as usize).map(|u| u.op)
                        == Some(Opcode::RAISE_VARARGS);
                if fresh {
                    ops::set_context(ts, &exc);
                }
                add_traceback(ts, vm, f, &exc);
                if TRACE {
                    (*f).sp = sp;
                    exc = crate::sys::settrace::exception(ts, vm, f, exc);
                }
            }
            reraise = false;
            loop {
                let lasti = at;
                if let Some(h) = exctable::find_handler(&(*code).code.exceptiontable, lasti) {
                    let target = (*f).stack_base.add(h.depth as usize);
                    while sp > target {
                        drop(pop_opt!());
                    }
                    // Only verified code gets here below the handler's depth (an instruction
                    // popped past it before raising): fill up so the handler's depth holds.
                    while sp < target {
                        push_opt!(None);
                    }
                    if h.lasti {
                        push!(ts.new_int((*f).lasti as i64));
                    }
                    push!(exc);
                    ip = units.add(h.target as usize);
                    continue 'frame;
                }
                if TRACE {
                    (*f).sp = sp;
                    if let Err(e) = crate::sys::settrace::returning(ts, vm, f, None) {
                        exc = e.into_value();
                    }
                }
                let entry = (*f).entry;
                pop_frame(ts, vm, sp);
                if entry {
                    return Err(PyErr::from_instance(exc));
                }
                f = (*vm).frames.last_mut().expect("caller frame") as *mut Frame;
                load_frame!();
                at = (*f).lasti;
                add_traceback(ts, vm, f, &exc);
                if TRACE {
                    exc = crate::sys::settrace::exception(ts, vm, f, exc);
                }
            }
        }
    }
}

/// The value of an exact small int, for the fast paths.
#[inline(always)]
fn fast_int(o: &ObjRef, ts: &ThreadState) -> Option<i64> {
    if o.is_exact(&ts.types.int)
        && let taipan_ast::Int::Small(v) = o.downcast::<PyInt>()?.0
    {
        return Some(v);
    }
    None
}

/// The value of an exact float, for the fast paths.
#[inline(always)]
fn fast_float(o: &ObjRef, ts: &ThreadState) -> Option<f64> {
    if o.is_exact(&ts.types.float) {
        return Some(o.downcast::<PyFloat>()?.0);
    }
    None
}

/// `BINARY_OP` on two exact floats, for the operators that cannot raise (division only by a
/// non-zero divisor); the others take the general path.
#[inline(always)]
fn float_op(ts: &ThreadState, x: f64, y: f64, op: usize) -> Option<ObjRef> {
    let op = if op >= nb::INPLACE {
        op - nb::INPLACE
    } else {
        op
    };
    let r = match op {
        nb::ADD => x + y,
        nb::SUBTRACT => x - y,
        nb::MULTIPLY => x * y,
        nb::TRUE_DIVIDE if y != 0.0 => x / y,
        _ => return None,
    };
    Some(ts.new_float(r))
}

/// `BINARY_OP` on two small ints, when the result is a small int too.
#[inline(always)]
fn small_int_op(ts: &ThreadState, x: i64, y: i64, op: usize) -> Option<ObjRef> {
    let op = if op >= nb::INPLACE {
        op - nb::INPLACE
    } else {
        op
    };
    let r = match op {
        nb::ADD => x.checked_add(y)?,
        nb::SUBTRACT => x.checked_sub(y)?,
        nb::MULTIPLY => x.checked_mul(y)?,
        nb::AND => x & y,
        nb::OR => x | y,
        nb::XOR => x ^ y,
        nb::FLOOR_DIVIDE if y != 0 && !(x == i64::MIN && y == -1) => {
            let d = x / y;
            if x % y != 0 && ((x < 0) != (y < 0)) {
                d - 1
            } else {
                d
            }
        }
        nb::REMAINDER if y != 0 && !(x == i64::MIN && y == -1) => {
            let r = x % y;
            if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            }
        }
        _ => return None,
    };
    Some(ts.new_int(r))
}

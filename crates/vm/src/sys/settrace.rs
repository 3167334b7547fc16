//! `sys.settrace` / `sys.gettrace` / `sys.setprofile` / `sys.getprofile` and the events of
//! CPython 3.11's tracing (`ceval.c`'s `DO_TRACING`, `call_trace`, `trace_trampoline`,
//! `profile_trampoline`): `'call'` at each `RESUME` (a function's start and each resumption
//! of a generator), `'line'` when an instruction starts a new line or is reached by a jump
//! backwards, `'opcode'` with `f_trace_opcodes`, `'return'` (the value; None when the frame is
//! left by an exception), `'exception'` (`(type, value, traceback)` where an exception is
//! raised or reaches a frame); the profiler also gets `'c_call'`/`'c_return'`/`'c_exception'`
//! around calls of built-in functions.
//!
//! Cost when no tracer is set: none per instruction. The eval loop has a traced instance
//! (`eval_impl::<true>`), chosen at each entry when [`active`]; the plain instance checks
//! `ts.interrupt` (its Ctrl-C flag) only at `RESUME`, backward jumps and after calls into Rust,
//! and [`settrace`]/[`setprofile`] set that flag and leave it set while a tracer is installed,
//! so every plain loop on the stack switches to the traced one at its next check
//! ([`breaker`]); a traced loop then runs the signal handlers only when a signal was received
//! (`signal::tripped`), so Ctrl-C still raises KeyboardInterrupt under a tracer.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::atomic::Ordering;

use taipan_bytecode::Opcode;
use taipan_bytecode::linetable::LineIndex;
use taipan_object::abstract_ as ab;
use taipan_object::types::code::PyCode;
use taipan_object::types::descr::{PyBuiltinFunction, PyMethodDescr};
use taipan_object::types::frame::PyFrame;
use taipan_object::{ObjRef, PyResult, ThreadState};

use crate::frame::{Frame, VmState, frame_object};

thread_local! {
    /// `sys.settrace`'s function (`tstate->c_traceobj`).
    static TRACE: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
    /// `sys.setprofile`'s function.
    static PROFILE: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
    /// A tracer or a profiler is installed.
    static ACTIVE: Cell<bool> = const { Cell::new(false) };
    /// A tracer is running (`tstate->tracing`): no events from inside it.
    static TRACING: Cell<bool> = const { Cell::new(false) };
    /// The plain loop stopped to continue as the traced one.
    static SWITCH: Cell<bool> = const { Cell::new(false) };
    /// Line tables of the code objects traced (the code kept alive so its address is not
    /// reused).
    static LINES: RefCell<HashMap<usize, (ObjRef, Rc<LineIndex>)>> = RefCell::new(HashMap::new());
}

/// A tracer or profiler is installed: eval loops entered now run traced.
#[inline(always)]
pub fn active() -> bool {
    ACTIVE.get()
}

fn update(ts: &ThreadState) {
    let on = TRACE.with_borrow(|t| t.is_some()) || PROFILE.with_borrow(|p| p.is_some());
    let was = ACTIVE.replace(on);
    if on {
        // Every plain loop on the stack switches at its next check.
        ts.interrupt.store(true, Ordering::Relaxed);
    } else if was {
        ts.interrupt.store(false, Ordering::Relaxed);
    }
}

/// What an eval loop does when it sees `ts.interrupt`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Breaker {
    /// A Ctrl-C: raise KeyboardInterrupt (the flag is cleared).
    Interrupt,
    /// The plain loop stops (its state saved in its frame) to go on as the traced loop.
    Switch,
    /// A traced loop while a tracer keeps the flag set and no signal arrived.
    Ignore,
}

/// The eval loop (`traced` or plain) saw `ts.interrupt`.
#[cold]
#[inline(never)]
pub fn breaker(ts: &ThreadState, traced: bool) -> Breaker {
    if ACTIVE.get() {
        if traced {
            // The flag stays set for the tracer; a received signal is told by its own flag
            // (`run_pending` leaves `interrupt` set while a tracer is installed).
            if crate::modules::signal::tripped() {
                return Breaker::Interrupt;
            }
            return Breaker::Ignore;
        }
        SWITCH.set(true);
        return Breaker::Switch;
    }
    ts.interrupt.store(false, Ordering::Relaxed);
    Breaker::Interrupt
}

/// Whether the loop that just returned stopped to switch to the traced loop.
#[inline]
pub fn take_switch() -> bool {
    SWITCH.replace(false)
}

fn settrace_fn(ts: &ThreadState, _: &ObjRef, f: &ObjRef) -> PyResult<ObjRef> {
    let f = (!ts.is_none(f)).then(|| f.clone());
    drop(TRACE.with_borrow_mut(|t| std::mem::replace(t, f)));
    update(ts);
    Ok(ts.none())
}
fn gettrace(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(TRACE
        .with_borrow(|t| t.clone())
        .unwrap_or_else(|| ts.none()))
}
fn setprofile_fn(ts: &ThreadState, _: &ObjRef, f: &ObjRef) -> PyResult<ObjRef> {
    let f = (!ts.is_none(f)).then(|| f.clone());
    drop(PROFILE.with_borrow_mut(|p| std::mem::replace(p, f)));
    update(ts);
    Ok(ts.none())
}
fn getprofile(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(PROFILE
        .with_borrow(|p| p.clone())
        .unwrap_or_else(|| ts.none()))
}

pub(super) static FUNCTIONS: &[taipan_object::typeobj::MethodDef] = {
    use taipan_object::typeobj::{Meth, MethodDef};
    &[
        MethodDef::new("settrace", Meth::O(settrace_fn)),
        MethodDef::new("gettrace", Meth::NoArgs(gettrace)),
        MethodDef::new("setprofile", Meth::O(setprofile_fn)),
        MethodDef::new("getprofile", Meth::NoArgs(getprofile)),
    ]
};

fn lines(code: &ObjRef, c: &PyCode) -> Rc<LineIndex> {
    LINES.with_borrow_mut(|m| {
        m.entry(code.id())
            .or_insert_with(|| {
                (
                    code.clone(),
                    Rc::new(LineIndex::new(&c.code.linetable, c.code.firstlineno)),
                )
            })
            .1
            .clone()
    })
}

/// Calls a tracer with `(frame, event, arg)`, no events from inside it.
fn call_tracer(
    ts: &ThreadState,
    func: &ObjRef,
    fo: &ObjRef,
    what: &str,
    arg: ObjRef,
) -> PyResult<ObjRef> {
    TRACING.set(true);
    let r = ab::call(ts, func, &[fo.clone(), ts.new_str(what), arg]);
    TRACING.set(false);
    r
}

/// `trace_trampoline`: the global tracer for 'call', the frame's `f_trace` otherwise; its
/// result (unless None) becomes `f_trace`; an error uninstalls the tracer.
fn trace_event(ts: &ThreadState, fo: &ObjRef, what: &str, arg: ObjRef) -> PyResult<()> {
    let Some(p) = fo.downcast::<PyFrame>() else {
        return Ok(());
    };
    let callback = if what == "call" {
        TRACE.with_borrow(|t| t.clone())
    } else {
        p.trace.borrow().clone()
    };
    let Some(callback) = callback else {
        return Ok(());
    };
    match call_tracer(ts, &callback, fo, what, arg) {
        Ok(r) => {
            if !ts.is_none(&r) {
                drop(p.trace.replace(Some(r)));
            }
            Ok(())
        }
        Err(e) => {
            drop(TRACE.with_borrow_mut(|t| t.take()));
            update(ts);
            drop(p.trace.borrow_mut().take());
            Err(e)
        }
    }
}

/// `profile_trampoline`: the profiler for every event; an error uninstalls it.
fn profile_event(ts: &ThreadState, fo: &ObjRef, what: &str, arg: ObjRef) -> PyResult<()> {
    let Some(profiler) = PROFILE.with_borrow(|p| p.clone()) else {
        return Ok(());
    };
    match call_tracer(ts, &profiler, fo, what, arg) {
        Ok(_) => Ok(()),
        Err(e) => {
            drop(PROFILE.with_borrow_mut(|p| p.take()));
            update(ts);
            Err(e)
        }
    }
}

fn index(vm: *mut VmState, f: *mut Frame) -> usize {
    // SAFETY: `f` points into the frame vector.
    unsafe { f.offset_from((*vm).frames.as_ptr()) as usize }
}

/// `DO_TRACING` before the instruction at `at` of the running frame `f` runs (its `lasti` still
/// the previous instruction's): 'call' at `RESUME`, else 'line'/'opcode'. Sets `lasti` to `at`.
///
/// # Safety
/// `f` is the running frame of `vm`.
#[inline(never)]
pub unsafe fn instruction(
    ts: &ThreadState,
    vm: *mut VmState,
    f: *mut Frame,
    at: u32,
) -> PyResult<()> {
    // SAFETY: `f` is live.
    unsafe {
        let prev = (*f).lasti;
        (*f).lasti = at;
        if !ACTIVE.get() || TRACING.get() {
            return Ok(());
        }
        let c = (*f).code();
        let units = &c.code.code;
        let Some(op) = units.get(at as usize).map(|u| u.op) else {
            return Ok(());
        };
        if op == Opcode::RESUME {
            let fo = frame_object(ts, vm, index(vm, f));
            if TRACE.with_borrow(|t| t.is_some()) {
                trace_event(ts, &fo, "call", ts.none())?;
            }
            return profile_event(ts, &fo, "call", ts.none());
        }
        // `_co_firsttraceable`: nothing before the first RESUME is traced.
        let first = units
            .iter()
            .position(|u| u.op == Opcode::RESUME)
            .unwrap_or(units.len()) as u32;
        if at < first {
            return Ok(());
        }
        let Some(fo) = (*f).frame_obj.clone() else {
            return Ok(());
        };
        let Some(p) = fo.downcast::<PyFrame>() else {
            return Ok(());
        };
        if p.trace.borrow().is_none() || TRACE.with_borrow(|t| t.is_none()) {
            return Ok(());
        }
        let index = lines(&(*f).code, c);
        let line = index.line(at);
        if line.is_some() && p.trace_lines.get() {
            // Right after the RESUME the line is always reported (`maybe_call_line_trace`).
            let last = if prev <= first {
                None
            } else {
                index.line(prev)
            };
            let backward = at < prev && op != Opcode::SEND;
            if line != last || backward {
                trace_event(ts, &fo, "line", ts.none())?;
            }
        }
        if p.trace_opcodes.get() {
            trace_event(ts, &fo, "opcode", ts.none())?;
        }
        Ok(())
    }
}

/// 'return' from the running frame `f` with `value` (`RETURN_VALUE`, `YIELD_VALUE`), or with
/// None when an exception leaves it.
///
/// # Safety
/// `f` is the running frame of `vm`.
#[inline(never)]
pub unsafe fn returning(
    ts: &ThreadState,
    vm: *mut VmState,
    f: *mut Frame,
    value: Option<&ObjRef>,
) -> PyResult<()> {
    if !ACTIVE.get() || TRACING.get() {
        return Ok(());
    }
    // SAFETY: `f` is live.
    unsafe {
        let traced = (*f)
            .frame_obj
            .as_ref()
            .and_then(|o| o.downcast::<PyFrame>())
            .is_some_and(|p| p.trace.borrow().is_some());
        let profiled = PROFILE.with_borrow(|p| p.is_some());
        if !traced && !profiled {
            return Ok(());
        }
        let fo = frame_object(ts, vm, index(vm, f));
        let arg = || value.cloned().unwrap_or_else(|| ts.none());
        if traced {
            trace_event(ts, &fo, "return", arg())?;
        }
        profile_event(ts, &fo, "return", arg())
    }
}

/// 'exception' in the running frame `f` (raised there, or reaching it from a callee); an
/// error of the tracer replaces the exception.
///
/// # Safety
/// `f` is the running frame of `vm`.
#[inline(never)]
pub unsafe fn exception(ts: &ThreadState, vm: *mut VmState, f: *mut Frame, exc: ObjRef) -> ObjRef {
    if !ACTIVE.get() || TRACING.get() {
        return exc;
    }
    // SAFETY: `f` is live.
    unsafe {
        let traced = (*f)
            .frame_obj
            .as_ref()
            .and_then(|o| o.downcast::<PyFrame>())
            .is_some_and(|p| p.trace.borrow().is_some());
        if !traced {
            return exc;
        }
        let fo = frame_object(ts, vm, index(vm, f));
        let tb = ab::getattr(ts, &exc, &ts.names.__traceback__).unwrap_or_else(|_| ts.none());
        let arg = ts.new_tuple(vec![exc.class().clone(), exc.clone(), tb]);
        match trace_event(ts, &fo, "exception", arg) {
            Ok(()) => exc,
            Err(e) => e.into_value(),
        }
    }
}

/// `CALL` of a callable that is not a Python function while profiling: `'c_call'`,
/// `'c_return'`/`'c_exception'` around it for built-in functions and methods (a method
/// descriptor called with its `self` is reported as the bound built-in method).
///
/// # Safety
/// `f` is the running frame of `vm`.
#[inline(never)]
pub unsafe fn call(
    ts: &ThreadState,
    vm: *mut VmState,
    f: *mut Frame,
    func: &ObjRef,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let profiling = ACTIVE.get() && !TRACING.get() && PROFILE.with_borrow(|p| p.is_some());
    let shown = if !profiling {
        None
    } else if func.is_a::<PyBuiltinFunction>() {
        Some(func.clone())
    } else if func.is_a::<PyMethodDescr>()
        && let Some(slf) = args.first()
    {
        ab::getattr_str(
            ts,
            slf,
            func.downcast::<PyMethodDescr>().map_or("", |d| d.def.name),
        )
        .ok()
    } else {
        None
    };
    let Some(shown) = shown else {
        return ab::vectorcall(ts, func, args, kwnames);
    };
    // SAFETY: `f` is live.
    let fo = unsafe { frame_object(ts, vm, index(vm, f)) };
    profile_event(ts, &fo, "c_call", shown.clone())?;
    let r = ab::vectorcall(ts, func, args, kwnames);
    match &r {
        Ok(_) => profile_event(ts, &fo, "c_return", shown)?,
        Err(_) => profile_event(ts, &fo, "c_exception", shown)?,
    }
    r
}

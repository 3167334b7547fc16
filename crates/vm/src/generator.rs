//! Generators and coroutines (CPython 3.11's `genobject.c`): the object that owns a suspended
//! frame's slots between resumptions, `send`/`throw`/`close` with `yield from`/`await`
//! delegation (the delegate is found as 3.11's `_PyGen_yf` does: the stack top of a frame
//! suspended at a `YIELD_VALUE` followed by `RESUME 2|3`), PEP 479, the finalizer that closes a
//! suspended generator, `gi_*`/`cr_*` attributes, and the helpers of the generator opcodes
//! (`RETURN_GENERATOR`, `SEND`, `GET_YIELD_FROM_ITER`, `GET_AWAITABLE`). A resumed frame is
//! pushed as an entry frame of a nested eval loop; `YIELD_VALUE` returns from that loop with
//! the frame left on the stack and [`set_yielded`] raised. The frame's slots are the
//! generator's own (`Saved::slots`, pushed in place by `push_frame_at`): resuming and yielding
//! move no values.

// The frame pointers dereferenced here are live (see each `SAFETY`).
#![allow(dangerous_implicit_autorefs)]

use std::cell::{Cell, RefCell};
use std::ptr;

use taipan_bytecode::{CodeFlags, Opcode, exctable};
use taipan_object::abstract_ as ab;
use taipan_object::typeobj::{
    GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags, new_static_type, type_check,
};
use taipan_object::types::code::PyCode;
use taipan_object::types::exceptions::PyBaseException;
use taipan_object::types::frame::PyFrame;
use taipan_object::types::function::PyFunction;
use taipan_object::{ObjRef, PyErr, PyPayload, PyResult, ThreadState, alloc_object};

use crate::frame::{Frame, VmState, frame_object, pop_frame, push_frame_at, vm};

/// Which of the three generator-like types an object is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl Kind {
    fn noun(self) -> &'static str {
        match self {
            Kind::Generator => "generator",
            Kind::Coroutine => "coroutine",
            Kind::AsyncGenerator => "async generator",
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum State {
    Created,
    Suspended,
    Running,
    Closed,
}

/// The frame of a generator while it does not run.
struct Saved {
    /// Local-plus slots then the value stack (`[0, sp)` filled).
    slots: Box<[Option<ObjRef>]>,
    sp: usize,
    ip: u32,
    lasti: u32,
    frame_obj: Option<ObjRef>,
    /// The frame's `exc_depth`: handlers it is inside of at the `yield`.
    exc_depth: u16,
    /// The frame object's `f_locals` snapshot predates the last yield: no one else held the
    /// frame object then, so the snapshot was skipped (a dict built at every yield of an
    /// `async for` body otherwise); `gi_frame` refreshes it before handing the object out.
    locals_stale: bool,
}

pub struct PyGen {
    pub kind: Kind,
    pub code: ObjRef,
    func: Option<ObjRef>,
    globals: ObjRef,
    builtins: ObjRef,
    pub name: RefCell<ObjRef>,
    pub qualname: RefCell<ObjRef>,
    pub state: Cell<State>,
    saved: RefCell<Saved>,
    /// The exception being handled inside the generator while it is suspended.
    exc_state: RefCell<Option<ObjRef>>,
    /// Async generators: an `asend`/`athrow` is running (`ag_running`).
    pub running_async: Cell<bool>,
    /// Async generators: `aclose()` ran or the generator finished (`ag_closed`).
    pub closed_async: Cell<bool>,
    /// Coroutines: `cr_origin`, the creating frames when origin tracking is on.
    origin: Option<ObjRef>,
}

impl PyPayload for PyGen {}

/// The result of resuming: a yielded value, or the frame returned.
pub enum Sent {
    Yield(ObjRef),
    Return(ObjRef),
}

thread_local! {
    static YIELDED: Cell<bool> = const { Cell::new(false) };
    static TYPES: Cell<Option<&'static GenTypes>> = const { Cell::new(None) };
    /// `sys.set_coroutine_origin_tracking_depth`.
    static ORIGIN_DEPTH: Cell<u32> = const { Cell::new(0) };
}

/// `sys.get_coroutine_origin_tracking_depth()`.
pub fn origin_tracking_depth() -> u32 {
    ORIGIN_DEPTH.get()
}

/// `sys.set_coroutine_origin_tracking_depth(depth)`.
pub fn set_origin_tracking_depth(ts: &ThreadState, depth: &ObjRef) -> PyResult<()> {
    let d = ab::index_isize(ts, depth)?;
    if d < 0 {
        return Err(ts.value_error("depth must be >= 0"));
    }
    ORIGIN_DEPTH.set(u32::try_from(d).unwrap_or(u32::MAX));
    Ok(())
}

/// `compute_cr_origin`: `(filename, lineno, name)` of up to `depth` frames below the top
/// one (the new coroutine's), innermost first.
///
/// # Safety
/// `vm` is the thread's VM state.
unsafe fn origin_of(ts: &ThreadState, vm: *mut VmState, depth: u32) -> ObjRef {
    // SAFETY: reading the thread's live frames.
    let frames = unsafe { &(*vm).frames };
    let below = frames.len().saturating_sub(1);
    let items = frames[..below]
        .iter()
        .rev()
        .take(depth as usize)
        .map(|f| {
            let c = f.code();
            let line = c.code.addr2line(f.lasti).map_or(-1, |l| l as i64);
            ts.new_tuple(vec![c.filename.clone(), ts.new_int(line), c.name.clone()])
        })
        .collect();
    ts.new_tuple(items)
}

/// The type objects of this module and `asyncgen`.
pub struct GenTypes {
    pub generator: ObjRef,
    pub coroutine: ObjRef,
    pub async_generator: ObjRef,
    pub coroutine_wrapper: ObjRef,
    pub asend: ObjRef,
    pub athrow: ObjRef,
    pub wrapped_value: ObjRef,
    pub anext_awaitable: ObjRef,
}

/// Makes the generator types (once per thread; `Interpreter::new` calls it).
pub fn init_types(ts: &ThreadState) {
    if TYPES.get().is_some() {
        return;
    }
    let t = GenTypes {
        generator: new_static_type(ts, &GEN_SPEC),
        coroutine: new_static_type(ts, &CORO_SPEC),
        async_generator: new_static_type(ts, &crate::asyncgen::ASYNC_GEN_SPEC),
        coroutine_wrapper: new_static_type(ts, &WRAPPER_SPEC),
        asend: new_static_type(ts, &crate::asyncgen::ASEND_SPEC),
        athrow: new_static_type(ts, &crate::asyncgen::ATHROW_SPEC),
        wrapped_value: new_static_type(ts, &crate::asyncgen::WRAPPED_SPEC),
        anext_awaitable: new_static_type(ts, &crate::asyncgen::ANEXT_SPEC),
    };
    TYPES.set(Some(Box::leak(Box::new(t))));
}

/// The generator types (after [`init_types`]).
pub fn types() -> &'static GenTypes {
    TYPES.get().expect("generator types")
}

/// Called by `YIELD_VALUE`: the entry frame returns a yielded value, not a result.
#[inline]
pub fn set_yielded() {
    YIELDED.with(|c| c.set(true));
}

pub fn this(o: &ObjRef) -> &PyGen {
    o.downcast::<PyGen>().expect("generator")
}

/// Whether `o` is a coroutine (or a generator marked `CO_ITERABLE_COROUTINE`).
fn is_awaitable_gen(o: &ObjRef) -> bool {
    match o.downcast::<PyGen>() {
        Some(g) if g.kind == Kind::Coroutine => true,
        Some(g) if g.kind == Kind::Generator => code_flags(g) & CodeFlags::ITERABLE_COROUTINE != 0,
        _ => false,
    }
}

fn code_flags(g: &PyGen) -> u32 {
    g.code.downcast::<PyCode>().map_or(0, |c| c.code.flags.0)
}

/// `RETURN_GENERATOR`: makes the generator of the running frame `f` (the top frame), moving
/// its slots out and popping it.
///
/// # Safety
/// `f` is the top frame of `vm`, its `ip`/`sp` saved.
pub unsafe fn from_frame(ts: &ThreadState, vm: *mut VmState, f: *mut Frame) -> ObjRef {
    // SAFETY: the caller's contract.
    unsafe {
        let fr = &mut *f;
        let c = fr.code();
        let flags = c.code.flags.0;
        let kind = if flags & CodeFlags::COROUTINE != 0 {
            Kind::Coroutine
        } else if flags & CodeFlags::ASYNC_GENERATOR != 0 {
            Kind::AsyncGenerator
        } else {
            Kind::Generator
        };
        let need = c.nlocalsplus + c.code.stacksize as usize + 1;
        let (name, qualname) = match fr.func.as_ref().and_then(|f| f.downcast::<PyFunction>()) {
            Some(func) => (func.name.borrow().clone(), func.qualname.borrow().clone()),
            None => (c.name.clone(), c.qualname.clone()),
        };
        let mut slots: Box<[Option<ObjRef>]> = (0..need).map(|_| None).collect();
        let n = fr.sp.offset_from(fr.base) as usize;
        ptr::copy_nonoverlapping(fr.base, slots.as_mut_ptr(), n);
        ptr::write_bytes(fr.base, 0, n);
        let frame_obj = fr.frame_obj.take();
        if let Some(fo) = frame_obj.as_ref().and_then(|o| o.downcast::<PyFrame>()) {
            fo.vm_frame.set(0);
            fo.lasti.set(fr.lasti as i32);
        }
        let depth = ORIGIN_DEPTH.get();
        let origin = (kind == Kind::Coroutine && depth > 0).then(|| origin_of(ts, vm, depth));
        let g = PyGen {
            origin,
            kind,
            code: fr.code.clone(),
            func: fr.func.clone(),
            globals: fr.globals.clone(),
            builtins: fr.builtins.clone(),
            name: RefCell::new(name),
            qualname: RefCell::new(qualname),
            state: Cell::new(State::Created),
            saved: RefCell::new(Saved {
                slots,
                sp: n,
                ip: fr.ip,
                lasti: fr.lasti,
                frame_obj,
                exc_depth: 0,
                locals_stale: false,
            }),
            exc_state: RefCell::new(None),
            running_async: Cell::new(false),
            closed_async: Cell::new(false),
        };
        let base = fr.base;
        pop_frame(ts, vm, base);
        let t = types();
        let ty = match kind {
            Kind::Generator => &t.generator,
            Kind::Coroutine => &t.coroutine,
            Kind::AsyncGenerator => &t.async_generator,
        };
        alloc_object(ts, ty, g)
    }
}

/// The delegate of a generator suspended in `yield from`/`await` (`_PyGen_yf`).
pub fn yield_from(g: &PyGen) -> Option<ObjRef> {
    if g.state.get() != State::Suspended {
        return None;
    }
    let s = g.saved.borrow();
    let c = g.code.downcast::<PyCode>()?;
    let units = &c.code.code;
    let y = units.get(s.lasti as usize)?;
    if y.op != Opcode::YIELD_VALUE {
        return None;
    }
    let next = units.get(s.lasti as usize + 1 + y.op.cache_entries() as usize)?;
    if next.op != Opcode::RESUME || next.arg < 2 || s.sp == 0 {
        return None;
    }
    s.slots[s.sp - 1].clone()
}

fn already_executing(ts: &ThreadState, g: &PyGen) -> PyErr {
    ts.value_error(format!("{} already executing", g.kind.noun()))
}

/// Resumes `gobj` with `arg` sent in, or with `throw` raised at its suspension point
/// (CPython's `gen_send_ex2`; no delegation).
pub fn resume(
    ts: &ThreadState,
    gobj: &ObjRef,
    arg: ObjRef,
    throw: Option<PyErr>,
    closing: bool,
) -> PyResult<Sent> {
    let g = this(gobj);
    match g.state.get() {
        State::Running => return Err(already_executing(ts, g)),
        State::Closed => {
            if g.kind == Kind::Coroutine && !closing {
                return Err(ts.runtime_error("cannot reuse already awaited coroutine"));
            }
            return match throw {
                Some(e) => Err(e),
                None => Ok(Sent::Return(ts.none())),
            };
        }
        State::Created if throw.is_none() && !ts.is_none(&arg) => {
            return Err(ts.type_error(format!(
                "can't send non-None value to a just-started {}",
                g.kind.noun()
            )));
        }
        _ => {}
    }
    let vm = vm();
    // SAFETY: the thread's VM state; the pushed frame is the top frame until `eval` returns.
    unsafe {
        let fr = push_saved(ts, vm, g)?;
        g.state.set(State::Running);
        let caller_exc = ts.exc_info.borrow().clone();
        let own = g.exc_state.borrow_mut().take();
        let handling = own.is_some();
        if let Some(e) = own {
            *ts.exc_info.borrow_mut() = Some(e);
        }
        YIELDED.with(|c| c.set(false));
        let r = match throw {
            None => {
                ptr::write((*fr).sp, Some(arg));
                (*fr).sp = (*fr).sp.add(1);
                crate::eval::eval(ts, vm, fr)
            }
            Some(e) => throw_here(ts, vm, fr, e, handling),
        };
        if YIELDED.with(|c| c.replace(false)) {
            let f = (*vm).frames.last_mut().expect("generator frame") as *mut Frame;
            let depth = save_top(ts, vm, g, f);
            // The exception the frame handles (none outside a handler: `exc_info` is then
            // the caller's, seen through, as CPython's exc_info chain skips an empty entry).
            let inner = ts.exc_info.replace(caller_exc);
            *g.exc_state.borrow_mut() = if depth > 0 { inner } else { None };
            g.state.set(State::Suspended);
            return r.map(Sent::Yield);
        }
        g.state.set(State::Closed);
        *ts.exc_info.borrow_mut() = caller_exc;
        match r {
            Ok(v) => Ok(Sent::Return(v)),
            Err(e) => Err(pep479(ts, g, e)),
        }
    }
}

/// Pushes `g`'s saved frame as the top (entry) frame, on the generator's own slots (they stay
/// put: a boxed slice, so resuming and yielding move no values; `Saved::sp` is 0 while it
/// runs).
///
/// # Safety
/// `vm` is the thread's VM state; `g` is suspended or just created.
unsafe fn push_saved(ts: &ThreadState, vm: *mut VmState, g: &PyGen) -> PyResult<*mut Frame> {
    // SAFETY: by contract; the slots outlive the frame (`g` is kept alive by the caller).
    unsafe {
        let mut s = g.saved.borrow_mut();
        let base = s.slots.as_mut_ptr();
        let fr = push_frame_at(
            ts,
            vm,
            g.code.clone(),
            g.func.clone(),
            g.globals.clone(),
            g.builtins.clone(),
            base,
            base.add(s.sp),
        )?;
        let index = fr.offset_from((*vm).frames.as_ptr()) as usize;
        (*fr).ip = s.ip;
        (*fr).lasti = s.lasti;
        (*fr).exc_depth = s.exc_depth;
        if let Some(fo) = s.frame_obj.take() {
            if let Some(p) = fo.downcast::<PyFrame>() {
                p.vm_frame.set(index + 1);
            }
            (*fr).frame_obj = Some(fo);
        }
        s.sp = 0;
        Ok(fr)
    }
}

/// Moves the top frame `f` (pushed by [`push_saved`]) back into `g.saved` and pops it;
/// returns its `exc_depth`.
///
/// # Safety
/// `f` is the top frame of `vm`, on `g`'s slots.
unsafe fn save_top(ts: &ThreadState, vm: *mut VmState, g: &PyGen, f: *mut Frame) -> u16 {
    // SAFETY: by contract.
    unsafe {
        let mut stale = false;
        if let Some(fo) = (*f).frame_obj.as_ref()
            && fo.is_a::<PyFrame>()
        {
            if fo.refcnt() == 1 {
                // Only this frame holds it (frame objects take no weakrefs): no one can
                // read `f_locals` before `gi_frame` hands it out, which refreshes it.
                stale = true;
            } else {
                // `gi_frame.f_locals` of the suspended frame.
                let d = crate::call::locals_snapshot(ts, &*f);
                if let Some(p) = fo.downcast::<PyFrame>() {
                    *p.locals.borrow_mut() = Some(d);
                }
            }
        }
        let mut s = g.saved.borrow_mut();
        s.locals_stale = stale;
        debug_assert!((*f).base == s.slots.as_mut_ptr());
        s.sp = (*f).sp.offset_from((*f).base) as usize;
        s.ip = (*f).ip;
        s.lasti = (*f).lasti;
        let depth = (*f).exc_depth;
        s.exc_depth = depth;
        s.frame_obj = (*f).frame_obj.take();
        if let Some(p) = s.frame_obj.as_ref().and_then(|o| o.downcast::<PyFrame>()) {
            p.vm_frame.set(0);
            p.lasti.set((*f).lasti as i32);
            drop(p.back.borrow_mut().take());
        }
        drop(s);
        pop_frame(ts, vm, (*f).base);
        depth
    }
}

/// PEP 479: `StopIteration` (and `StopAsyncIteration` in async generators) leaving the frame
/// becomes a `RuntimeError` caused by it.
fn pep479(ts: &ThreadState, g: &PyGen, e: PyErr) -> PyErr {
    let msg = if e.matches(&ts.exc.stop_iteration) {
        format!("{} raised StopIteration", g.kind.noun())
    } else if g.kind == Kind::AsyncGenerator && e.matches(&ts.exc.stop_async_iteration) {
        "async generator raised StopAsyncIteration".to_string()
    } else {
        return e;
    };
    let r = ts.runtime_error(msg);
    let p = r.value().downcast::<PyBaseException>().expect("exception");
    *p.cause.borrow_mut() = Some(e.value().clone());
    *p.context.borrow_mut() = Some(e.value().clone());
    p.suppress_context.set(true);
    r
}

/// Raises `e` in the resumed frame `fr` at its suspension point: the exception table's
/// handler runs, or the frame is left with the exception (the eval loop's unwinding for
/// one frame, with the traceback entry it adds). Its `__context__` is the exception the
/// generator itself handles (`handling`), never the caller's (`_PyErr_ChainStackItem`).
unsafe fn throw_here(
    ts: &ThreadState,
    vm: *mut VmState,
    fr: *mut Frame,
    e: PyErr,
    handling: bool,
) -> PyResult<ObjRef> {
    // SAFETY: `fr` is the top frame.
    unsafe {
        let exc = e.into_value();
        if handling {
            crate::ops::set_context(ts, &exc);
        }
        let index = fr.offset_from((*vm).frames.as_ptr()) as usize;
        let fo = frame_object(ts, vm, index);
        if let Some(p) = exc.downcast::<PyBaseException>() {
            let prev = p.traceback.borrow().clone();
            let tb = ts.new_traceback(prev, fo, (*fr).lasti as i32);
            *p.traceback.borrow_mut() = Some(tb);
        }
        let lasti = (*fr).lasti;
        let code = (*fr).code();
        match exctable::find_handler(&code.code.exceptiontable, lasti) {
            Some(h) => {
                let target = (*fr).stack_base.add(h.depth as usize);
                while (*fr).sp > target {
                    (*fr).sp = (*fr).sp.sub(1);
                    drop(ptr::replace((*fr).sp, None));
                }
                if h.lasti {
                    ptr::write((*fr).sp, Some(ts.new_int(lasti as i64)));
                    (*fr).sp = (*fr).sp.add(1);
                }
                ptr::write((*fr).sp, Some(exc));
                (*fr).sp = (*fr).sp.add(1);
                (*fr).ip = h.target;
                crate::eval::eval(ts, vm, fr)
            }
            None => {
                pop_frame(ts, vm, (*fr).sp);
                Err(PyErr::from_instance(exc))
            }
        }
    }
}

/// `gobj.send(v)` with delegation left to the frame (`SEND` handles `yield from`).
pub fn send_value(ts: &ThreadState, gobj: &ObjRef, v: ObjRef) -> PyResult<Sent> {
    resume(ts, gobj, v, None, false)
}

/// `throw` with delegation to a `yield from`/`await` target (`_gen_throw`).
pub fn throw(
    ts: &ThreadState,
    gobj: &ObjRef,
    exc: PyErr,
    close_on_genexit: bool,
) -> PyResult<Sent> {
    let g = this(gobj);
    if let Some(yf) = yield_from(g) {
        if exc.matches(&ts.exc.generator_exit) && close_on_genexit {
            g.state.set(State::Running);
            let r = close_iter(ts, &yf);
            g.state.set(State::Suspended);
            return match r {
                Err(e) => resume(ts, gobj, ts.none(), Some(e), false),
                Ok(()) => resume(ts, gobj, ts.none(), Some(exc), false),
            };
        }
        g.state.set(State::Running);
        let r = if yf
            .downcast::<PyGen>()
            .is_some_and(|y| y.kind != Kind::AsyncGenerator)
        {
            // The delegating frame is linked in meanwhile (the delegate's `f_back`, complete
            // tracebacks), as `_gen_throw` does; it does not run.
            let vm = vm();
            // SAFETY: the thread's VM state; `g` is suspended (marked running meanwhile).
            let linked = unsafe { push_saved(ts, vm, g).ok() };
            let r = throw(ts, &yf, exc, close_on_genexit);
            if let Some(f) = linked {
                // SAFETY: frames pushed since were popped: `f` is the top frame again.
                unsafe { save_top(ts, vm, g, f) };
            }
            r.map(|s| match s {
                Sent::Yield(v) => Ok(v),
                Sent::Return(v) => Err(v),
            })
        } else {
            match ab::getattr_opt(ts, &yf, &ts.names.throw) {
                Ok(Some(m)) => {
                    let v = exc.value().clone();
                    match ab::call(ts, &m, &[v.class().clone(), v]) {
                        Ok(x) => Ok(Ok(x)),
                        Err(e) if e.matches(&ts.exc.stop_iteration) => Ok(Err(stop_value(ts, &e))),
                        Err(e) => Err(e),
                    }
                }
                Ok(None) => {
                    g.state.set(State::Suspended);
                    return resume(ts, gobj, ts.none(), Some(exc), false);
                }
                Err(e) => Err(e),
            }
        };
        g.state.set(State::Suspended);
        return match r {
            Ok(Ok(v)) => Ok(Sent::Yield(v)),
            Ok(Err(v)) => {
                finish_yield_from(g);
                resume(ts, gobj, v, None, false)
            }
            Err(e) => {
                pop_delegate(g);
                resume(ts, gobj, ts.none(), Some(e), false)
            }
        };
    }
    resume(ts, gobj, ts.none(), Some(exc), false)
}

fn pop_delegate(g: &PyGen) {
    let mut s = g.saved.borrow_mut();
    if s.sp > 0 {
        s.sp -= 1;
        let i = s.sp;
        drop(s.slots[i].take());
    }
}

/// The delegate finished: pop it and continue after the `SEND` loop (its jump target).
fn finish_yield_from(g: &PyGen) {
    pop_delegate(g);
    let Some(c) = g.code.downcast::<PyCode>() else {
        return;
    };
    let mut s = g.saved.borrow_mut();
    let send = s.lasti.saturating_sub(1) as usize;
    if let Some(u) = c.code.code.get(send)
        && u.op == Opcode::SEND
    {
        let mut arg = u.arg as u32;
        if send > 0
            && let Some(x) = c.code.code.get(send - 1)
            && x.op == Opcode::EXTENDED_ARG
        {
            arg |= (x.arg as u32) << 8;
        }
        s.ip = send as u32 + 1 + arg;
    }
}

/// The value a `StopIteration` carries.
pub fn stop_value(ts: &ThreadState, e: &PyErr) -> ObjRef {
    ab::getattr(ts, e.value(), &ts.names.value).unwrap_or_else(|_| ts.none())
}

/// Closes a `yield from` delegate (`gen_close_iter`).
fn close_iter(ts: &ThreadState, yf: &ObjRef) -> PyResult<()> {
    if yf
        .downcast::<PyGen>()
        .is_some_and(|y| y.kind != Kind::AsyncGenerator)
    {
        return close(ts, yf);
    }
    if let Some(m) = ab::getattr_opt(ts, yf, &ts.names.close)? {
        ab::call(ts, &m, &[])?;
    }
    Ok(())
}

/// `gobj.close()`.
pub fn close(ts: &ThreadState, gobj: &ObjRef) -> PyResult<()> {
    let g = this(gobj);
    match g.state.get() {
        State::Created => {
            g.state.set(State::Closed);
            let mut s = g.saved.borrow_mut();
            let n = s.sp;
            for v in s.slots[..n].iter_mut() {
                drop(v.take());
            }
            s.sp = 0;
            return Ok(());
        }
        State::Closed => return Ok(()),
        _ => {}
    }
    let mut err = None;
    if let Some(yf) = yield_from(g) {
        g.state.set(State::Running);
        err = close_iter(ts, &yf).err();
        g.state.set(State::Suspended);
    }
    if err.is_none() && close_without_raising(g) {
        return Ok(());
    }
    let exc = err.unwrap_or_else(|| ts.new_error_args(&ts.exc.generator_exit, vec![]));
    match resume(ts, gobj, ts.none(), Some(exc), true) {
        Ok(Sent::Yield(_)) => {
            Err(ts.runtime_error(format!("{} ignored GeneratorExit", g.kind.noun())))
        }
        Ok(Sent::Return(_)) => Ok(()),
        Err(e) if e.matches(&ts.exc.stop_iteration) || e.matches(&ts.exc.generator_exit) => Ok(()),
        Err(e) => Err(e),
    }
}

/// `close()` of a generator suspended where no exception handler covers its `yield` (no
/// `try`, `with` or `finally` around it: what `any()`/`all()`/a `break` leave behind): the
/// `GeneratorExit` would leave the frame at once, so the frame is cleared without raising it
/// (CPython 3.12's `gen_close` shortcut; no traceback, frame object or locals snapshot per
/// abandoned generator). Not when a tracer would see the exception or a frame object exists.
fn close_without_raising(g: &PyGen) -> bool {
    if g.state.get() != State::Suspended
        || crate::trace::enabled()
        || crate::sys::settrace::active()
    {
        return false;
    }
    let Some(c) = g.code.downcast::<PyCode>() else {
        return false;
    };
    let taken: Vec<Option<ObjRef>> = {
        let Ok(mut s) = g.saved.try_borrow_mut() else {
            return false;
        };
        if s.frame_obj.is_some()
            || exctable::find_handler(&c.code.exceptiontable, s.lasti).is_some()
        {
            return false;
        }
        let n = s.sp;
        s.sp = 0;
        s.slots[..n].iter_mut().map(|x| x.take()).collect()
    };
    g.state.set(State::Closed);
    let exc = g.exc_state.borrow_mut().take();
    drop(taken);
    drop(exc);
    true
}

/// The exception `throw(typ[, val[, tb]])` raises (`_gen_throw`'s normalization). An error
/// instantiating an exception class is itself the exception thrown in (as
/// `PyErr_NormalizeException` leaves it), bad arguments are raised by `throw` itself.
pub fn throw_args(ts: &ThreadState, name: &str, a: &[ObjRef]) -> PyResult<PyErr> {
    taipan_object::args::check_positional(ts, name, a.len(), 1, 3)?;
    let typ = &a[0];
    let val = a.get(1).filter(|v| !ts.is_none(v));
    let tb = a.get(2).filter(|v| !ts.is_none(v));
    if let Some(tb) = tb
        && !tb.is_a::<taipan_object::types::frame::PyTraceback>()
    {
        return Err(ts.type_error("throw() third argument must be a traceback object"));
    }
    let is_exc_class = typ
        .downcast::<taipan_object::PyType>()
        .is_some_and(|t| t.is_subtype(&ts.exc.base_exception));
    let exc = if is_exc_class {
        let made = match val {
            Some(v) if type_check(v, typ) => Ok(v.clone()),
            Some(v) => match v.downcast::<taipan_object::types::tuple::PyTuple>() {
                Some(t) => ab::call(ts, typ, t.items()),
                None => ab::call(ts, typ, std::slice::from_ref(v)),
            },
            None => ab::call(ts, typ, &[]),
        };
        match made {
            Ok(x) if x.is_a::<PyBaseException>() => x,
            Ok(x) => {
                return Ok(ts.type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    ab::repr_string(ts, typ)?,
                    x.typ().name()
                )));
            }
            Err(e) => return Ok(e),
        }
    } else if typ.is_a::<PyBaseException>() {
        if val.is_some() {
            return Err(ts.type_error("instance exception may not have a separate value"));
        }
        typ.clone()
    } else {
        return Err(ts.type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            typ.typ().name()
        )));
    };
    if let Some(tb) = tb
        && let Some(p) = exc.downcast::<PyBaseException>()
    {
        *p.traceback.borrow_mut() = Some(tb.clone());
    }
    Ok(PyErr::from_instance(exc))
}

/// `Sent` as the result of `send`/`throw`: the yielded value or `StopIteration(value)`.
fn sent_result(ts: &ThreadState, s: Sent) -> PyResult<ObjRef> {
    match s {
        Sent::Yield(v) => Ok(v),
        Sent::Return(v) => Err(stop_iteration_for(ts, v)),
    }
}

/// `StopIteration(value)` (`StopIteration()` for `None`).
pub fn stop_iteration_for(ts: &ThreadState, v: ObjRef) -> PyErr {
    if ts.is_none(&v) {
        ts.stop_iteration(None)
    } else {
        ts.stop_iteration(Some(v))
    }
}

// ---- the opcodes' helpers ----

/// `SEND` / `PyIter_Send`: resumes `receiver` with `v`.
pub fn send(ts: &ThreadState, receiver: &ObjRef, v: ObjRef) -> PyResult<Sent> {
    if let Some(g) = receiver.downcast::<PyGen>()
        && g.kind != Kind::AsyncGenerator
    {
        return send_value(ts, receiver, v);
    }
    if receiver.is_exact(&types().asend) {
        return crate::asyncgen::asend_send_sent(ts, receiver, &v);
    }
    if ts.is_none(&v)
        && let Some(next) = receiver.typ().slots().iternext
    {
        return match next(ts, receiver) {
            Ok(Some(x)) => Ok(Sent::Yield(x)),
            Ok(None) => Ok(Sent::Return(ts.none())),
            Err(e) if e.matches(&ts.exc.stop_iteration) => Ok(Sent::Return(stop_value(ts, &e))),
            Err(e) => Err(e),
        };
    }
    match ab::call_method(ts, receiver, "send", &[v]) {
        Ok(x) => Ok(Sent::Yield(x)),
        Err(e) if e.matches(&ts.exc.stop_iteration) => Ok(Sent::Return(stop_value(ts, &e))),
        Err(e) => Err(e),
    }
}

/// `GET_YIELD_FROM_ITER`.
pub fn get_yield_from_iter(ts: &ThreadState, code_flags: u32, o: &ObjRef) -> PyResult<ObjRef> {
    if let Some(g) = o.downcast::<PyGen>() {
        if g.kind == Kind::Coroutine
            && code_flags & (CodeFlags::COROUTINE | CodeFlags::ITERABLE_COROUTINE) == 0
        {
            return Err(ts.type_error(
                "cannot 'yield from' a coroutine object in a non-coroutine generator",
            ));
        }
        if g.kind != Kind::AsyncGenerator {
            return Ok(o.clone());
        }
    }
    ab::iter(ts, o)
}

/// `_PyCoro_GetAwaitableIter`.
pub fn awaitable_iter(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    if is_awaitable_gen(o) {
        return Ok(o.clone());
    }
    let Some(m) = o.typ().lookup(ts, &ts.names.__await__) else {
        return Err(ts.type_error(format!(
            "object {} can't be used in 'await' expression",
            o.typ().name()
        )));
    };
    let r = ab::call_unbound(ts, &m, o, &[])?;
    if is_awaitable_gen(&r) {
        return Err(ts.type_error("__await__() returned a coroutine"));
    }
    if r.typ().slots().iternext.is_none() {
        return Err(ts.type_error(format!(
            "__await__() returned non-iterator of type '{}'",
            r.typ().name()
        )));
    }
    Ok(r)
}

/// `GET_AWAITABLE oparg`.
pub fn get_awaitable(ts: &ThreadState, o: &ObjRef, oparg: u32) -> PyResult<ObjRef> {
    let it = match awaitable_iter(ts, o) {
        Ok(it) => it,
        Err(e) => {
            if e.matches(&ts.exc.type_error) && o.typ().lookup(ts, &ts.names.__await__).is_none() {
                let name = o.typ().name().to_string();
                if oparg == 1 {
                    return Err(ts.type_error(format!(
                        "'async with' received an object from __aenter__ that does not implement __await__: {name}"
                    )));
                }
                if oparg == 2 {
                    return Err(ts.type_error(format!(
                        "'async with' received an object from __aexit__ that does not implement __await__: {name}"
                    )));
                }
            }
            return Err(e);
        }
    };
    if let Some(g) = it.downcast::<PyGen>()
        && g.kind == Kind::Coroutine
        && yield_from(g).is_some()
    {
        return Err(ts.runtime_error("coroutine is being awaited already"));
    }
    Ok(it)
}

// ---- the Python-visible methods ----

fn gen_send(ts: &ThreadState, o: &ObjRef, v: &ObjRef) -> PyResult<ObjRef> {
    let s = send_value(ts, o, v.clone())?;
    sent_result(ts, s)
}
fn gen_throw(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let e = throw_args(ts, "throw", a)?;
    let s = throw(ts, o, e, true)?;
    sent_result(ts, s)
}
fn gen_close(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    close(ts, o)?;
    Ok(ts.none())
}
fn gen_iter(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(o.clone())
}
fn gen_iternext(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    match send_value(ts, o, ts.none())? {
        Sent::Yield(v) => Ok(Some(v)),
        Sent::Return(v) if ts.is_none(&v) => Ok(None),
        Sent::Return(v) => Err(ts.stop_iteration(Some(v))),
    }
}
fn gen_repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let g = this(o);
    let kind = match g.kind {
        Kind::Generator => "generator",
        Kind::Coroutine => "coroutine",
        Kind::AsyncGenerator => "async_generator",
    };
    Ok(ts.new_string(format!(
        "<{kind} object {} at {:#x}>",
        ab::str_of(&g.qualname.borrow()),
        o.id()
    )))
}
/// The finalizer (`_PyGen_Finalize`): a suspended generator is closed, a coroutine that never
/// ran warns that it was never awaited; errors are unraisable.
fn gen_finalize(ts: &ThreadState, o: &ObjRef) {
    let g = this(o);
    let unawaited = g.kind == Kind::Coroutine && g.state.get() == State::Created;
    if (g.state.get() != State::Suspended || g.kind == Kind::AsyncGenerator) && !unawaited {
        return;
    }
    let saved = ts.exc_info.borrow().clone();
    if unawaited {
        warn_unawaited(ts, o);
    } else if let Err(e) = close(ts, o) {
        (ts.hooks.unraisable.get())(ts, e, Some(o));
    }
    *ts.exc_info.borrow_mut() = saved;
}

/// `_PyErr_WarnUnawaitedCoroutine`: `warnings._warn_unawaited_coroutine(coro)`, else (missing,
/// or failing with other than the warning) a plain `RuntimeWarning`; errors are unraisable.
fn warn_unawaited(ts: &ThreadState, o: &ObjRef) {
    let unraisable = |e: PyErr| (ts.hooks.unraisable.get())(ts, e, Some(o));
    let hook = crate::import::import_module(ts, "warnings")
        .and_then(|w| ab::getattr_opt(ts, &w, &ts.new_str("_warn_unawaited_coroutine")));
    let mut warned = false;
    match hook {
        Ok(Some(f)) => match ab::call(ts, &f, std::slice::from_ref(o)) {
            Ok(_) => warned = true,
            Err(e) => {
                warned = e.matches(&ts.exc.runtime_warning);
                unraisable(e);
            }
        },
        Ok(None) => {}
        Err(e) => unraisable(e),
    }
    if !warned {
        let msg = format!(
            "coroutine '{}' was never awaited",
            ab::str_of(&this(o).qualname.borrow())
        );
        if let Err(e) = ts.warn(&ts.exc.runtime_warning, msg) {
            unraisable(e);
        }
    }
}
fn traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let g = this(o);
    visit(&g.code);
    if let Some(f) = &g.func {
        visit(f);
    }
    visit(&g.globals);
    visit(&g.builtins);
    if let Ok(s) = g.saved.try_borrow() {
        for v in s.slots[..s.sp].iter().flatten() {
            visit(v);
        }
        if let Some(f) = &s.frame_obj {
            visit(f);
        }
    }
    if let Ok(e) = g.exc_state.try_borrow()
        && let Some(e) = e.as_ref()
    {
        visit(e);
    }
}
fn clear(_: &ThreadState, o: &ObjRef) {
    let g = this(o);
    if g.state.get() == State::Running {
        return;
    }
    let taken: Vec<Option<ObjRef>> = match g.saved.try_borrow_mut() {
        Ok(mut s) => {
            let n = s.sp;
            s.sp = 0;
            let mut v: Vec<Option<ObjRef>> = s.slots[..n].iter_mut().map(|x| x.take()).collect();
            v.push(s.frame_obj.take());
            v
        }
        Err(_) => Vec::new(),
    };
    g.state.set(State::Closed);
    drop(taken);
    drop(g.exc_state.borrow_mut().take());
}

pub(crate) fn get_name(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(this(o).name.borrow().clone())
}
pub(crate) fn set_name(ts: &ThreadState, o: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    match v {
        Some(v) if v.is_a::<taipan_object::types::str_::PyStr>() => {
            *this(o).name.borrow_mut() = v.clone();
            Ok(())
        }
        _ => Err(ts.type_error("__name__ must be set to a string object")),
    }
}
pub(crate) fn get_qualname(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(this(o).qualname.borrow().clone())
}
pub(crate) fn set_qualname(ts: &ThreadState, o: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    match v {
        Some(v) if v.is_a::<taipan_object::types::str_::PyStr>() => {
            *this(o).qualname.borrow_mut() = v.clone();
            Ok(())
        }
        _ => Err(ts.type_error("__qualname__ must be set to a string object")),
    }
}
pub fn get_code(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(this(o).code.clone())
}
pub fn get_running(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.bool_obj(this(o).state.get() == State::Running))
}
pub fn get_suspended(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.bool_obj(this(o).state.get() == State::Suspended))
}
pub fn get_yieldfrom(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(yield_from(this(o)).unwrap_or_else(|| ts.none()))
}
/// `gi_frame`: the frame object (made for a frame that has not run), `None` once finished.
pub fn get_frame(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let g = this(o);
    match g.state.get() {
        State::Closed => Ok(ts.none()),
        State::Running => {
            // The running frame is on the VM stack: find it by code object, innermost first.
            let vm = vm();
            // SAFETY: reading the thread's frames.
            unsafe {
                let frames = &(*vm).frames;
                for i in (0..frames.len()).rev() {
                    if frames[i].code.is(&g.code) {
                        return Ok(frame_object(ts, vm, i));
                    }
                }
            }
            Ok(ts.none())
        }
        _ => {
            let mut s = g.saved.borrow_mut();
            let f = match &s.frame_obj {
                Some(f) => f.clone(),
                None => {
                    let f =
                        ts.new_frame_object(g.code.clone(), g.globals.clone(), g.builtins.clone());
                    if let Some(p) = f.downcast::<PyFrame>() {
                        p.lasti.set(s.lasti as i32);
                    }
                    s.frame_obj = Some(f.clone());
                    // Its `f_locals`: the saved slots (the arguments, before the first run).
                    s.locals_stale = true;
                    f
                }
            };
            if std::mem::take(&mut s.locals_stale) {
                let base = s.slots.as_mut_ptr();
                drop(s);
                // SAFETY: the saved slots start with the code's local-plus slots; the box
                // stays put while the snapshot is built (a resumption in between moves the
                // values out and leaves `None`s).
                let c = unsafe { g.code.payload_unchecked::<PyCode>() };
                let d = unsafe { crate::call::locals_snapshot_of(ts, c, base, Some(&f)) };
                if let Some(p) = f.downcast::<PyFrame>() {
                    *p.locals.borrow_mut() = Some(d);
                }
            }
            Ok(f)
        }
    }
}

static GEN_METHODS: &[MethodDef] = &[
    MethodDef::new("send", Meth::O(gen_send)),
    MethodDef::new("throw", Meth::Fast(gen_throw)),
    MethodDef::new("close", Meth::NoArgs(gen_close)),
];

/// A read-only attribute.
pub(crate) const fn gs(
    name: &'static str,
    get: fn(&ThreadState, &ObjRef) -> PyResult<ObjRef>,
) -> GetSetDef {
    GetSetDef {
        name,
        get,
        set: None,
        doc: "",
    }
}

/// `__name__` and `__qualname__` of generators, coroutines and async generators.
pub(crate) const NAME: GetSetDef = GetSetDef {
    name: "__name__",
    get: get_name,
    set: Some(set_name),
    doc: "",
};
pub(crate) const QUALNAME: GetSetDef = GetSetDef {
    name: "__qualname__",
    get: get_qualname,
    set: Some(set_qualname),
    doc: "",
};

static GEN_GETSETS: &[GetSetDef] = &[
    NAME,
    QUALNAME,
    gs("gi_code", get_code),
    gs("gi_frame", get_frame),
    gs("gi_running", get_running),
    gs("gi_suspended", get_suspended),
    gs("gi_yieldfrom", get_yieldfrom),
];

pub static GEN_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC | flags::WEAKREFABLE,
    slots: Slots {
        repr: Some(gen_repr),
        iter: Some(gen_iter),
        iternext: Some(gen_iternext),
        traverse: Some(traverse),
        clear: Some(clear),
        finalize: Some(gen_finalize),
        ..Slots::NONE
    },
    methods: &[GEN_METHODS],
    getsets: GEN_GETSETS,
    ..TypeSpec::new("generator", PayloadInfo::of::<PyGen>())
};

// ---- coroutines ----

fn coro_await(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(alloc_object(
        ts,
        &types().coroutine_wrapper,
        CoroWrapper { coro: o.clone() },
    ))
}
fn get_cr_origin(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(this(o).origin.clone().unwrap_or_else(|| ts.none()))
}

static CORO_METHODS: &[MethodDef] = &[
    MethodDef::new("send", Meth::O(gen_send)),
    MethodDef::new("throw", Meth::Fast(gen_throw)),
    MethodDef::new("close", Meth::NoArgs(gen_close)),
    MethodDef::new("__await__", Meth::NoArgs(coro_await)),
];

static CORO_GETSETS: &[GetSetDef] = &[
    NAME,
    QUALNAME,
    gs("cr_code", get_code),
    gs("cr_frame", get_frame),
    gs("cr_running", get_running),
    gs("cr_suspended", get_suspended),
    gs("cr_await", get_yieldfrom),
    gs("cr_origin", get_cr_origin),
];

pub static CORO_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC | flags::WEAKREFABLE,
    slots: Slots {
        repr: Some(gen_repr),
        traverse: Some(traverse),
        clear: Some(clear),
        finalize: Some(gen_finalize),
        ..Slots::NONE
    },
    methods: &[CORO_METHODS],
    getsets: CORO_GETSETS,
    ..TypeSpec::new("coroutine", PayloadInfo::of::<PyGen>())
};

/// `coroutine.__await__()`'s iterator (`coroutine_wrapper`).
pub struct CoroWrapper {
    coro: ObjRef,
}
impl PyPayload for CoroWrapper {}

fn wrapped(o: &ObjRef) -> &ObjRef {
    &o.downcast::<CoroWrapper>().expect("coroutine_wrapper").coro
}
fn wrapper_iternext(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    gen_iternext(ts, wrapped(o))
}
fn wrapper_send(ts: &ThreadState, o: &ObjRef, v: &ObjRef) -> PyResult<ObjRef> {
    gen_send(ts, wrapped(o), v)
}
fn wrapper_throw(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    gen_throw(ts, wrapped(o), a)
}
fn wrapper_close(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    gen_close(ts, wrapped(o))
}
fn wrapper_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    visit(wrapped(o));
}

static WRAPPER_METHODS: &[MethodDef] = &[
    MethodDef::new("send", Meth::O(wrapper_send)),
    MethodDef::new("throw", Meth::Fast(wrapper_throw)),
    MethodDef::new("close", Meth::NoArgs(wrapper_close)),
];

pub static WRAPPER_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: Slots {
        iter: Some(gen_iter),
        iternext: Some(wrapper_iternext),
        traverse: Some(wrapper_traverse),
        ..Slots::NONE
    },
    methods: &[WRAPPER_METHODS],
    ..TypeSpec::new("coroutine_wrapper", PayloadInfo::of::<CoroWrapper>())
};

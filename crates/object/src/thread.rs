//! `ThreadState` (CPython's `tstate` and the interpreter state, one per OS thread): the core
//! type objects, the exception classes, singletons, the small-int cache, interned strings, the
//! GC state, the recursion counters, the handled exception, and the hooks the VM installs
//! (calling a Python function, running a collection). Every slot and function receives
//! `&ThreadState`; code without one (a `Drop`) finds it with [`ThreadState::try_current`].

use std::cell::{Cell, RefCell};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use rustc_hash::FxHashMap;

use crate::error::{PyErr, PyResult};
use crate::gcstate::GcState;
use crate::header::{GcHead, ObjRef};
use crate::registry::{CoreTypes, ExcTypes, Names};
use crate::typeobj::slots::CallFn;

/// Functions the VM provides to the object crate (which cannot name the eval loop).
pub struct Hooks {
    /// Calls a Python function object (`function.__call__`): runs a nested eval loop.
    pub call_function: Cell<CallFn>,
    /// Runs a cycle collection of the given generation (the `gc` crate); returns the number
    /// of unreachable objects found.
    pub collect: Cell<fn(&ThreadState, usize) -> usize>,
    /// Reports an exception that cannot be raised (in `__del__`, in a callback):
    /// `Exception ignored in: ...`.
    pub unraisable: Cell<fn(&ThreadState, PyErr, Option<&ObjRef>)>,
    /// `super()` without arguments: `(__class__, first argument)` of the running frame.
    pub super_args: Cell<fn(&ThreadState) -> PyResult<(ObjRef, ObjRef)>>,
    /// The globals of the running frame (a class's default `__module__` in `type(...)`).
    pub current_globals: Cell<fn(&ThreadState) -> Option<ObjRef>>,
    /// Refreshes a frame object from its VM frame while that runs (`f_lasti`, `f_back`).
    pub frame_sync: Cell<fn(&ThreadState, &ObjRef)>,
    /// Imports a module by its absolute dotted name (`copyreg` for `object.__reduce_ex__`).
    pub import_module: Cell<fn(&ThreadState, &str) -> PyResult<ObjRef>>,
}

fn no_call(ts: &ThreadState, _: &ObjRef, _: &[ObjRef], _: Option<&ObjRef>) -> PyResult<ObjRef> {
    Err(ts.system_error("no eval loop installed"))
}
fn no_collect(_: &ThreadState, _: usize) -> usize {
    0
}
fn default_unraisable(ts: &ThreadState, err: PyErr, _: Option<&ObjRef>) {
    let _ = ts;
    eprintln!("Exception ignored: {:?}", err.value());
}
fn no_super(ts: &ThreadState) -> PyResult<(ObjRef, ObjRef)> {
    Err(ts.runtime_error("super(): no arguments"))
}

/// The state of one interpreter thread.
pub struct ThreadState {
    pub types: CoreTypes,
    pub exc: ExcTypes,
    /// Interned identifiers used by the runtime (`ts.names.__init__`).
    pub names: Names,
    pub(crate) none: ObjRef,
    pub(crate) true_: ObjRef,
    pub(crate) false_: ObjRef,
    pub(crate) not_implemented: ObjRef,
    pub(crate) ellipsis: ObjRef,
    pub(crate) empty_tuple: ObjRef,
    pub(crate) empty_str: ObjRef,
    /// `-5..=256`, shared as CPython's.
    pub(crate) small_ints: Box<[ObjRef]>,
    pub(crate) interned: RefCell<FxHashMap<Box<str>, ObjRef>>,
    pub gc: GcState,
    pub hooks: Hooks,
    /// Python frames currently running (what the recursion limit counts).
    pub recursion_depth: Cell<u32>,
    /// `sys.getrecursionlimit()`.
    pub recursion_limit: Cell<u32>,
    /// Nested native calls back into Python (bounded whatever the Python limit is).
    pub native_depth: Cell<u32>,
    /// The exception being handled (`sys.exc_info()[1]`, what a bare `raise` re-raises).
    pub exc_info: RefCell<Option<ObjRef>>,
    /// Set by the Ctrl-C handler; checked at `RESUME` and backward jumps.
    pub interrupt: Arc<AtomicBool>,
    /// The `builtins` module's dict, once the VM made it.
    pub builtins: RefCell<Option<ObjRef>>,
    /// `sys.modules`.
    pub modules: RefCell<Option<ObjRef>>,
    /// Builds constants of types outside the foundation (complex, bytes, frozenset); set by
    /// the crate that adds those types.
    pub const_hook: Cell<fn(&ThreadState, &taipan_ast::Constant) -> ObjRef>,
    /// Makes a `bytes` object (for `co_code`), once a bytes type exists.
    pub bytes_hook: Cell<fn(&ThreadState, &[u8]) -> PyResult<ObjRef>>,
    /// `frame.f_locals` (the VM refreshes the snapshot from the live frame).
    pub frame_locals_hook: Cell<fn(&ThreadState, &ObjRef) -> PyResult<ObjRef>>,
    /// Objects whose repr is being computed (CPython's `Py_ReprEnter`), by id.
    repr_stack: RefCell<Vec<usize>>,
}

fn no_const(ts: &ThreadState, c: &taipan_ast::Constant) -> ObjRef {
    ts.new_string(taipan_ast::repr::constant_repr(c))
}
fn default_frame_locals(ts: &ThreadState, f: &ObjRef) -> PyResult<ObjRef> {
    let f = f.downcast::<crate::types::frame::PyFrame>().expect("frame");
    let l = f.locals.borrow().clone();
    Ok(l.unwrap_or_else(|| f.globals.clone())).map(|x| {
        let _ = ts;
        x
    })
}
fn no_bytes(ts: &ThreadState, b: &[u8]) -> PyResult<ObjRef> {
    Ok(ts.new_bytes(b.to_vec()))
}

thread_local! {
    static CURRENT: Cell<*const ThreadState> = const { Cell::new(std::ptr::null()) };
}

/// Native (Rust-recursing) depth past which calls raise RecursionError, whatever
/// `sys.setrecursionlimit` says (the interpreter thread's stack is sized for it).
pub const MAX_NATIVE_DEPTH: u32 = 3000;

impl ThreadState {
    /// Makes the thread state of the calling thread (leaked: it lives as long as the thread's
    /// objects may) and readies every core type.
    pub fn new() -> &'static ThreadState {
        if let Some(ts) = ThreadState::try_current() {
            return ts;
        }
        let (types, exc_raw) = crate::registry::bootstrap();
        // The singletons need their types only.
        let mk = |ty: &ObjRef| crate::types::none::bootstrap_singleton(ty);
        let none = mk(&types.none_type);
        let not_implemented = mk(&types.not_implemented_type);
        let ellipsis = mk(&types.ellipsis_type);
        let (false_, true_) = crate::types::bool_::bootstrap(&types.bool_);
        let small_ints = crate::types::int::bootstrap_small(&types.int);
        // The empty tuple is laid out as a tracked container (it is one), never tracked.
        types
            .tuple
            .typ_payload()
            .flags
            .set(crate::typeobj::flags::HAVE_GC);
        let empty_tuple = crate::types::tuple::bootstrap_empty(&types.tuple);
        let empty_str = crate::types::str_::bootstrap_empty(&types.str_);
        let ts = Box::leak(Box::new(ThreadState {
            names: Names::placeholder(&empty_str),
            types,
            exc: exc_raw,
            none,
            true_,
            false_,
            not_implemented,
            ellipsis,
            empty_tuple,
            empty_str,
            small_ints,
            interned: RefCell::new(FxHashMap::default()),
            gc: GcState::new(),
            hooks: Hooks {
                call_function: Cell::new(no_call),
                collect: Cell::new(no_collect),
                unraisable: Cell::new(default_unraisable),
                super_args: Cell::new(no_super),
                current_globals: Cell::new(|_| None),
                frame_sync: Cell::new(|_, _| {}),
                import_module: Cell::new(|ts, _| Err(ts.system_error("no importer installed"))),
            },
            recursion_depth: Cell::new(0),
            recursion_limit: Cell::new(1000),
            native_depth: Cell::new(0),
            exc_info: RefCell::new(None),
            interrupt: Arc::new(AtomicBool::new(false)),
            builtins: RefCell::new(None),
            modules: RefCell::new(None),
            const_hook: Cell::new(no_const),
            bytes_hook: Cell::new(no_bytes),
            frame_locals_hook: Cell::new(default_frame_locals),
            repr_stack: RefCell::new(Vec::new()),
        }));
        CURRENT.set(ts);
        ts.names = Names::new(ts);
        crate::registry::ready_all(ts);
        ts
    }
    /// The calling thread's state, if one was made.
    #[inline]
    pub fn try_current() -> Option<&'static ThreadState> {
        let p = CURRENT.get();
        // SAFETY: thread states are leaked, so the pointer stays valid.
        if p.is_null() {
            None
        } else {
            Some(unsafe { &*p })
        }
    }

    #[inline]
    pub fn none(&self) -> ObjRef {
        self.none.clone()
    }
    #[inline]
    pub fn none_ref(&self) -> &ObjRef {
        &self.none
    }
    #[inline]
    pub fn is_none(&self, o: &ObjRef) -> bool {
        o.is(&self.none)
    }
    #[inline]
    pub fn not_implemented(&self) -> ObjRef {
        self.not_implemented.clone()
    }
    #[inline]
    pub fn is_not_implemented(&self, o: &ObjRef) -> bool {
        o.is(&self.not_implemented)
    }
    #[inline]
    pub fn ellipsis(&self) -> ObjRef {
        self.ellipsis.clone()
    }
    #[inline]
    pub fn bool_obj(&self, b: bool) -> ObjRef {
        if b {
            self.true_.clone()
        } else {
            self.false_.clone()
        }
    }
    #[inline]
    pub fn true_ref(&self) -> &ObjRef {
        &self.true_
    }
    #[inline]
    pub fn false_ref(&self) -> &ObjRef {
        &self.false_
    }
    #[inline]
    pub fn empty_tuple(&self) -> ObjRef {
        self.empty_tuple.clone()
    }
    #[inline]
    pub fn empty_str(&self) -> ObjRef {
        self.empty_str.clone()
    }
    /// The interned `str` for `s` (`sys.intern`).
    pub fn intern(&self, s: &str) -> ObjRef {
        if let Some(o) = self.interned.borrow().get(s) {
            return o.clone();
        }
        let o = crate::types::str_::new_str_uninterned(self, s);
        crate::types::str_::mark_interned(&o);
        self.interned.borrow_mut().insert(s.into(), o.clone());
        o
    }
    /// Interns an existing str object (returns the canonical one).
    pub fn intern_obj(&self, o: &ObjRef) -> ObjRef {
        match o.downcast::<crate::types::str_::PyStr>() {
            Some(s) if o.is_exact(&self.types.str_) && !s.has_surrogates() => {
                if let Some(c) = self.interned.borrow().get(s.as_str()) {
                    return c.clone();
                }
                crate::types::str_::mark_interned(o);
                self.interned
                    .borrow_mut()
                    .insert(s.as_str().into(), o.clone());
                o.clone()
            }
            _ => o.clone(),
        }
    }

    /// Called before allocating a tracked object: collects when generation 0 is over its
    /// threshold.
    #[inline]
    pub(crate) fn gc_before_alloc(&self) {
        if self.gc.should_collect() {
            self.gc.collecting.set(true);
            let gen_ = self.gc.generation_to_collect();
            (self.hooks.collect.get())(self, gen_);
            self.gc.collecting.set(false);
        }
    }
    #[inline]
    pub(crate) fn gc_track(&self, head: &GcHead) {
        self.gc.track(head);
    }
    #[inline]
    pub(crate) fn gc_untrack(&self, head: &GcHead) {
        self.gc.untrack(head);
    }

    /// Enters a native call that may run Python code (`sorted(key=)`, slot wrappers):
    /// RecursionError past [`MAX_NATIVE_DEPTH`], whatever the Python limit is.
    #[inline]
    pub fn enter_native(&self) -> PyResult<()> {
        let d = self.native_depth.get() + 1;
        if d > MAX_NATIVE_DEPTH {
            return Err(self.recursion_error("maximum recursion depth exceeded"));
        }
        self.native_depth.set(d);
        Ok(())
    }
    /// `Py_ReprEnter`: false when `o`'s repr is already being computed (print `[...]`).
    pub fn repr_enter(&self, o: &ObjRef) -> bool {
        let mut s = self.repr_stack.borrow_mut();
        if s.contains(&o.id()) {
            return false;
        }
        s.push(o.id());
        true
    }
    /// `Py_ReprLeave`.
    pub fn repr_leave(&self, o: &ObjRef) {
        let mut s = self.repr_stack.borrow_mut();
        if let Some(i) = s.iter().rposition(|x| *x == o.id()) {
            s.remove(i);
        }
    }
    /// `Py_EnterRecursiveCall(what)`: counts toward the Python recursion limit (repr,
    /// comparisons), as CPython 3.11 does.
    #[inline]
    pub fn enter_recursive(&self, what: &str) -> PyResult<()> {
        let d = self.recursion_depth.get() + 1;
        if d > self.recursion_limit.get() {
            return Err(self.recursion_error(format!("maximum recursion depth exceeded{what}")));
        }
        self.enter_native()?;
        self.recursion_depth.set(d);
        Ok(())
    }
    #[inline]
    pub fn leave_recursive(&self) {
        self.recursion_depth.set(self.recursion_depth.get() - 1);
        self.leave_native();
    }
    #[inline]
    pub fn leave_native(&self) {
        self.native_depth.set(self.native_depth.get() - 1);
    }
}

//! The `atexit` module (CPython's `Modules/atexitmodule.c`): `register`, `unregister`,
//! `_run_exitfuncs`, `_clear`, `_ncallbacks`; the callbacks run last-registered first at
//! interpreter exit ([`run_exitfuncs`], called by `Interpreter::run_source`), their errors
//! reported as "Exception ignored in atexit callback: ...".

use std::cell::RefCell;

use taipan_object::abstract_ as ab;
use taipan_object::args;
use taipan_object::typeobj::{CompareOp, Meth, MethodDef};
use taipan_object::{ObjRef, PyResult, ThreadState};

/// One registered callback (`None` once unregistered: as CPython, `_ncallbacks` still
/// counts it until the callbacks run or are cleared): the function, its positional args, its keyword names/values.
struct Callback {
    func: ObjRef,
    args: Vec<ObjRef>,
    kwnames: Option<ObjRef>,
}

thread_local! {
    static CALLBACKS: RefCell<Vec<Option<Callback>>> = const { RefCell::new(Vec::new()) };
}

fn register(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    let nkw = args::kw_names(kw).len();
    let npos = a.len().saturating_sub(nkw);
    if npos == 0 {
        return Err(ts.type_error("register() takes at least 1 argument (0 given)"));
    }
    let func = a[0].clone();
    if func.typ().slots().call.is_none() {
        return Err(ts.type_error("the first argument must be callable"));
    }
    let cb = Callback {
        func: func.clone(),
        args: a[1..].to_vec(),
        kwnames: if nkw > 0 { kw.cloned() } else { None },
    };
    CALLBACKS.with(|c| c.borrow_mut().push(Some(cb)));
    Ok(func)
}

fn unregister(ts: &ThreadState, _: &ObjRef, func: &ObjRef) -> PyResult<ObjRef> {
    let n = CALLBACKS.with(|c| c.borrow().len());
    for i in 0..n {
        let f = CALLBACKS.with(|c| {
            c.borrow()
                .get(i)
                .and_then(|c| c.as_ref().map(|c| c.func.clone()))
        });
        if let Some(f) = f
            && ab::rich_compare_bool(ts, &f, func, CompareOp::Eq)?
        {
            CALLBACKS.with(|c| {
                if let Some(slot) = c.borrow_mut().get_mut(i) {
                    *slot = None;
                }
            });
        }
    }
    Ok(ts.none())
}

/// Runs the registered callbacks, last first, and clears them (`atexit._run_exitfuncs()`).
pub fn run_exitfuncs(ts: &ThreadState) {
    while let Some(cb) = CALLBACKS.with(|c| c.borrow_mut().pop()) {
        let Some(cb) = cb else { continue };
        let r = ab::vectorcall(ts, &cb.func, &cb.args, cb.kwnames.as_ref());
        if let Err(e) = r {
            crate::sys::hooks::unraisable_msg(
                ts,
                e,
                Some("Exception ignored in atexit callback"),
                Some(&cb.func),
            );
        }
    }
}

fn run_exitfuncs_meth(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    run_exitfuncs(ts);
    Ok(ts.none())
}

fn clear(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    CALLBACKS.with(|c| c.borrow_mut().clear());
    Ok(ts.none())
}

fn ncallbacks(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(CALLBACKS.with(|c| c.borrow().len()) as i64))
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("register", Meth::FastKw(register)),
    MethodDef::new("unregister", Meth::O(unregister)),
    MethodDef::new("_run_exitfuncs", Meth::NoArgs(run_exitfuncs_meth)),
    MethodDef::new("_clear", Meth::NoArgs(clear)),
    MethodDef::new("_ncallbacks", Meth::NoArgs(ncallbacks)),
];

pub fn make(ts: &ThreadState) -> ObjRef {
    ts.new_builtin_module("atexit", METHODS)
}

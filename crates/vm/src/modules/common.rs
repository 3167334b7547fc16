//! Helpers shared by the native modules: the self-returning `__iter__`, splitting vectorcall
//! keywords, CPython's argument-count messages, and a per-thread store for the type objects a
//! module makes (its classes are made once, when the module is first imported).

use std::cell::RefCell;

use taipan_object::abstract_ as ab;
use taipan_object::args::kw_names;
use taipan_object::typeobj::{TypeSpec, new_static_type};
use taipan_object::{ObjRef, PyResult, ThreadState};

/// `__iter__` of an iterator: itself.
pub fn self_iter(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(o.clone())
}

/// A vectorcall's positional arguments and its (name, value) keyword pairs.
pub fn split_kw<'a>(
    args: &'a [ObjRef],
    kw: Option<&'a ObjRef>,
) -> (&'a [ObjRef], Vec<(&'a str, &'a ObjRef)>) {
    let names = kw_names(kw);
    let npos = args.len() - names.len();
    (
        &args[..npos],
        names
            .iter()
            .map(|n| ab::str_of(n))
            .zip(&args[npos..])
            .collect(),
    )
}

thread_local! {
    static TYPES: RefCell<Vec<(&'static TypeSpec, ObjRef)>> = const { RefCell::new(Vec::new()) };
}

/// The type object made from `spec` on this thread (made and readied on first use, then
/// kept for the thread's life, as CPython's static types are).
pub fn type_of(ts: &ThreadState, spec: &'static TypeSpec) -> ObjRef {
    let found = TYPES.with(|t| {
        t.borrow()
            .iter()
            .find(|(s, _)| std::ptr::eq(*s, spec))
            .map(|(_, o)| o.clone())
    });
    if let Some(o) = found {
        return o;
    }
    let o = new_static_type(ts, spec);
    TYPES.with(|t| t.borrow_mut().push((spec, o.clone())));
    o
}

/// Adds `spec`'s type to module `m` under its short name (the part after the last dot).
pub fn add_type(ts: &ThreadState, m: &ObjRef, spec: &'static TypeSpec) -> ObjRef {
    let t = type_of(ts, spec);
    let short = spec.name.rsplit('.').next().unwrap_or(spec.name);
    set_attr(ts, m, short, t.clone());
    t
}

/// `m.name = v` on a module made by `new_builtin_module`.
pub fn set_attr(ts: &ThreadState, m: &ObjRef, name: &str, v: ObjRef) {
    let _ = ab::setattr(ts, m, &ts.intern(name), Some(&v));
}

/// A module's exception class `module.name(base)` (made once per call: keep it, e.g. in a
/// `thread_local!`), as `PyErr_NewException`.
pub fn new_exception_class(ts: &ThreadState, module: &str, name: &str, base: &ObjRef) -> ObjRef {
    let ns = ts.new_dict();
    if let Some(d) = ns.downcast::<taipan_object::types::dict::PyDict>() {
        let _ = d.set_item_str(ts, "__module__", ts.new_str(module));
    }
    let bases = ts.new_tuple(vec![base.clone()]);
    ab::call(ts, &ts.types.type_, &[ts.new_str(name), bases, ns])
        .expect("an exception subclass of a built-in exception")
}

/// The `i64` of an index-like argument, with `OverflowError` past 64 bits.
pub fn index_i64(ts: &ThreadState, o: &ObjRef) -> PyResult<i64> {
    let i = ab::index(ts, o)?;
    taipan_object::types::int::as_i64(&i)
        .ok_or_else(|| ts.overflow_error("Python int too large to convert to C ssize_t"))
}

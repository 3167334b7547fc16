//! `weakref.ProxyType` and `weakref.CallableProxyType` (CPython's `proxy_*` in
//! `Objects/weakrefobject.c`): weakrefs that forward every slot to their referent (attribute
//! access, calls, comparisons, the number, sequence and mapping operations, iteration), raising
//! `ReferenceError` once it is gone. Unhashable. They share `PyWeakref` and its list handling
//! with `weakref.rs`.

use crate::abstract_ as ab;
use crate::error::PyResult;
use crate::header::ObjRef;
use crate::thread::ThreadState;
use crate::typeobj::slots::BinaryFn;
use crate::typeobj::{CompareOp, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags, nb};
use crate::types::weakref::{CLEAR, PyWeakref, TRAVERSE, wr};

fn is_proxy(ts: &ThreadState, o: &ObjRef) -> bool {
    o.is_exact(&ts.types.weakproxy) || o.is_exact(&ts.types.weakcallableproxy)
}

/// The referent of proxy `o`, or `ReferenceError` when it is dead.
fn referent(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    wr(o).referent().ok_or_else(|| {
        ts.new_error(
            &ts.exc.reference_error,
            "weakly-referenced object no longer exists",
        )
    })
}

/// `o` itself, or its referent when `o` is a proxy (CPython's `UNWRAP`).
fn unwrap(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    if is_proxy(ts, o) {
        referent(ts, o)
    } else {
        Ok(o.clone())
    }
}

fn proxy_getattro(ts: &ThreadState, o: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
    ab::getattr(ts, &referent(ts, o)?, name)
}
fn proxy_setattro(ts: &ThreadState, o: &ObjRef, name: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    ab::setattr(ts, &referent(ts, o)?, name, v)
}
fn proxy_repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let r = wr(o).referent().unwrap_or_else(|| ts.none());
    Ok(ts.new_string(format!(
        "<weakproxy at {:#x} to {} at {:#x}>",
        o.id(),
        r.typ().name(),
        r.id()
    )))
}
fn proxy_str(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    ab::str(ts, &referent(ts, o)?)
}
fn proxy_call(
    ts: &ThreadState,
    o: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    ab::vectorcall(ts, &referent(ts, o)?, args, kw)
}
fn proxy_richcompare(ts: &ThreadState, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    ab::rich_compare(ts, &unwrap(ts, a)?, &unwrap(ts, b)?, op)
}
fn proxy_bool(ts: &ThreadState, o: &ObjRef) -> PyResult<bool> {
    ab::is_true(ts, &referent(ts, o)?)
}
fn proxy_len(ts: &ThreadState, o: &ObjRef) -> PyResult<usize> {
    ab::len(ts, &referent(ts, o)?)
}
fn proxy_contains(ts: &ThreadState, o: &ObjRef, k: &ObjRef) -> PyResult<bool> {
    ab::contains(ts, &referent(ts, o)?, k)
}
fn proxy_getitem(ts: &ThreadState, o: &ObjRef, k: &ObjRef) -> PyResult<ObjRef> {
    ab::getitem(ts, &referent(ts, o)?, k)
}
fn proxy_setitem(ts: &ThreadState, o: &ObjRef, k: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    ab::setitem(ts, &referent(ts, o)?, k, v)
}
fn proxy_iter(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    ab::iter(ts, &referent(ts, o)?)
}
fn proxy_iternext(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let r = referent(ts, o)?;
    if r.typ().slots().iternext.is_none() {
        return Err(ts.type_error(format!(
            "Weakref proxy referenced a non-iterator '{}' object",
            r.typ().name()
        )));
    }
    ab::next(ts, &r)
}
fn proxy_neg(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    ab::neg(ts, &referent(ts, o)?)
}
fn proxy_pos(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    ab::pos(ts, &referent(ts, o)?)
}
fn proxy_invert(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    ab::invert(ts, &referent(ts, o)?)
}
fn proxy_abs(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    ab::abs(ts, &referent(ts, o)?)
}
fn proxy_bytes(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    ab::call(ts, &ts.types.bytes, &[referent(ts, o)?])
}
fn proxy_reversed(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    ab::call(ts, &ts.types.reversed, &[referent(ts, o)?])
}

static PROXY_METHODS: &[MethodDef] = &[
    MethodDef::new("__bytes__", Meth::NoArgs(proxy_bytes)),
    MethodDef::new("__reversed__", Meth::NoArgs(proxy_reversed)),
];

fn proxy_index(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    ab::index(ts, &referent(ts, o)?)
}

/// One forwarding function per `BINARY_OP` index: both operands unwrapped, then the
/// operator (in-place forms operate on the referent and return its result).
macro_rules! binops {
    ($($i:literal),*) => {
        const BINOPS: [Option<BinaryFn>; nb::COUNT] = [$(Some({
            fn f(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
                ab::binary_op(ts, &unwrap(ts, a)?, &unwrap(ts, b)?, $i)
            }
            f
        }),)*];
    };
}
binops!(
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25
);

const PROXY_SLOTS: Slots = Slots {
    repr: Some(proxy_repr),
    str: Some(proxy_str),
    richcompare: Some(proxy_richcompare),
    getattro: Some(proxy_getattro),
    setattro: Some(proxy_setattro),
    iter: Some(proxy_iter),
    iternext: Some(proxy_iternext),
    traverse: Some(TRAVERSE),
    clear: Some(CLEAR),
    number: BINOPS,
    neg: Some(proxy_neg),
    pos: Some(proxy_pos),
    invert: Some(proxy_invert),
    abs: Some(proxy_abs),
    bool: Some(proxy_bool),
    index: Some(proxy_index),
    len: Some(proxy_len),
    getitem: Some(proxy_getitem),
    setitem: Some(proxy_setitem),
    contains: Some(proxy_contains),
    ..Slots::NONE
};

pub static PROXY_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC | flags::DISALLOW_INSTANTIATION,
    slots: PROXY_SLOTS,
    methods: &[PROXY_METHODS],
    ..TypeSpec::new("weakref.ProxyType", PayloadInfo::of::<PyWeakref>())
};

pub static CALLABLE_PROXY_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC | flags::DISALLOW_INSTANTIATION,
    slots: Slots {
        call: Some(proxy_call),
        ..PROXY_SLOTS
    },
    methods: &[PROXY_METHODS],
    ..TypeSpec::new("weakref.CallableProxyType", PayloadInfo::of::<PyWeakref>())
};

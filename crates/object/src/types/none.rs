//! The singleton types: `NoneType` (`None`), `NotImplementedType`, `ellipsis` (`...`).

use crate::error::PyResult;
use crate::header::ObjRef;
use crate::thread::ThreadState;
use crate::typeobj::{Meth, MethodDef, PayloadInfo, Slots, TypeSpec};

pub(crate) fn bootstrap_singleton(ty: &ObjRef) -> ObjRef {
    crate::header::alloc_untracked(ty, ())
}

fn none_repr(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.intern("None"))
}
fn none_bool(_: &ThreadState, _: &ObjRef) -> PyResult<bool> {
    Ok(false)
}
fn none_new(
    ts: &ThreadState,
    _: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    if !args.is_empty() || kw.is_some() {
        return Err(ts.type_error("NoneType takes no arguments"));
    }
    Ok(ts.none())
}
fn ni_repr(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.intern("NotImplemented"))
}
fn ni_new(ts: &ThreadState, _: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    if !args.is_empty() || kw.is_some() {
        return Err(ts.type_error("NotImplementedType takes no arguments"));
    }
    Ok(ts.not_implemented())
}
/// `notimplemented_bool`: true, with a DeprecationWarning.
fn ni_bool(ts: &ThreadState, _: &ObjRef) -> PyResult<bool> {
    crate::types::int::warn_deprecated(
        ts,
        "NotImplemented should not be used in a boolean context".to_string(),
    )?;
    Ok(true)
}
fn ellipsis_repr(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.intern("Ellipsis"))
}
fn ellipsis_new(
    ts: &ThreadState,
    _: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    if !args.is_empty() || kw.is_some() {
        return Err(ts.type_error("ellipsis takes no arguments"));
    }
    Ok(ts.ellipsis())
}
fn ni_reduce(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.intern("NotImplemented"))
}
fn ellipsis_reduce(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.intern("Ellipsis"))
}
fn hash_id(_: &ThreadState, o: &ObjRef) -> PyResult<i64> {
    Ok(crate::types::object::hash_pointer(o))
}

pub static NONE_SPEC: TypeSpec = TypeSpec {
    slots: Slots {
        repr: Some(none_repr),
        bool: Some(none_bool),
        new: Some(none_new),
        hash: Some(hash_id),
        ..Slots::NONE
    },
    ..TypeSpec::new("NoneType", PayloadInfo::of::<()>())
};
pub static NOT_IMPLEMENTED_SPEC: TypeSpec = TypeSpec {
    slots: Slots {
        repr: Some(ni_repr),
        new: Some(ni_new),
        bool: Some(ni_bool),
        ..Slots::NONE
    },
    methods: &[&[MethodDef::new("__reduce__", Meth::NoArgs(ni_reduce))]],
    ..TypeSpec::new("NotImplementedType", PayloadInfo::of::<()>())
};
pub static ELLIPSIS_SPEC: TypeSpec = TypeSpec {
    slots: Slots {
        repr: Some(ellipsis_repr),
        new: Some(ellipsis_new),
        ..Slots::NONE
    },
    methods: &[&[MethodDef::new("__reduce__", Meth::NoArgs(ellipsis_reduce))]],
    ..TypeSpec::new("ellipsis", PayloadInfo::of::<()>())
};

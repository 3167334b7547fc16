//! Attribute lookup and assignment as CPython's `PyObject_GenericGetAttr`/`SetAttr` and
//! `type_getattro`/`type_setattro`: the MRO lookup on the type, data descriptors first, then
//! the instance `__dict__`, then non-data descriptors and plain class attributes.

use crate::abstract_::str_of;
use crate::error::{PyErr, PyResult};
use crate::header::ObjRef;
use crate::thread::ThreadState;
use crate::typeobj::{PyType, slotdefs};
use crate::types::dict::PyDict;

/// `AttributeError: 'X' object has no attribute 'y'`.
pub fn no_attribute(ts: &ThreadState, o: &ObjRef, name: &ObjRef) -> PyErr {
    let e = ts.attribute_error(format!(
        "'{}' object has no attribute '{}'",
        o.typ().name(),
        str_of(name)
    ));
    crate::types::exceptions::set_attr_error_context(ts, &e, o, name);
    e
}

/// The instance dict of `o`, if its type has one (made on first use).
pub fn instance_dict(ts: &ThreadState, o: &ObjRef) -> Option<ObjRef> {
    let off = o.typ().dictoffset.get();
    if off == 0 {
        return None;
    }
    // SAFETY: `dictoffset` is a trailing slot of every instance of the type.
    let slot = unsafe { o.slot_at(off) };
    let d = slot.take();
    let d = d.unwrap_or_else(|| ts.new_dict());
    slot.set(Some(d.clone()));
    Some(d)
}

/// The instance dict if it exists already (no allocation).
#[inline]
pub fn existing_dict(o: &ObjRef) -> Option<ObjRef> {
    let off = o.typ().dictoffset.get();
    if off == 0 {
        return None;
    }
    // SAFETY: as `instance_dict`.
    let slot = unsafe { o.slot_at(off) };
    let d = slot.take();
    slot.set(d.clone());
    d
}

/// `PyObject_GenericGetAttr` with "missing" as `Ok(None)`.
pub fn generic_getattr_opt(
    ts: &ThreadState,
    o: &ObjRef,
    name: &ObjRef,
) -> PyResult<Option<ObjRef>> {
    let typ = o.typ();
    let descr = typ.lookup(ts, name);
    if let Some(d) = &descr {
        let dt = d.typ().slots();
        if let (Some(get), Some(_)) = (dt.descr_get, dt.descr_set) {
            return get(ts, d, Some(o), Some(o.class())).map(Some);
        }
    }
    if descr.is_none() && typ.dictoffset.get() != 0 && str_of(name) == "__dict__" {
        // The `__dict__` getset CPython gives every type with an instance dict.
        return Ok(instance_dict(ts, o));
    }
    if let Some(dict) = existing_dict(o)
        && let Some(v) = match dict.downcast::<PyDict>() {
            // Exact str names (nearly all): the str probe, no hashing call.
            Some(d) if name.is_exact(&ts.types.str_) => d.get_str(ts, name),
            Some(d) => d.get_item(ts, name)?,
            None => None,
        }
    {
        return Ok(Some(v));
    }
    if let Some(d) = descr {
        if let Some(get) = d.typ().slots().descr_get {
            return get(ts, &d, Some(o), Some(o.class())).map(Some);
        }
        return Ok(Some(d));
    }
    Ok(None)
}

/// `PyObject_GenericGetAttr` (the `getattro` of `object`).
pub fn generic_getattr(ts: &ThreadState, o: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
    match generic_getattr_opt(ts, o, name)? {
        Some(v) => Ok(v),
        None => Err(no_attribute(ts, o, name)),
    }
}

/// `PyObject_GenericSetAttr`: a data descriptor on the type, else the instance dict.
pub fn generic_setattr(
    ts: &ThreadState,
    o: &ObjRef,
    name: &ObjRef,
    v: Option<&ObjRef>,
) -> PyResult<()> {
    let typ = o.typ();
    if let Some(d) = typ.lookup(ts, name)
        && let Some(set) = d.typ().slots().descr_set
    {
        return set(ts, &d, o, v);
    }
    if str_of(name) == "__dict__" && typ.dictoffset.get() != 0 {
        let Some(v) = v.filter(|v| v.is_a::<PyDict>()) else {
            return Err(ts.type_error(format!(
                "__dict__ must be set to a dictionary, not a '{}'",
                v.map_or("NoneType", |v| v.typ().name())
            )));
        };
        // SAFETY: `dictoffset` is a trailing slot of every instance of the type.
        drop(unsafe { o.slot_at(typ.dictoffset.get()) }.replace(Some(v.clone())));
        return Ok(());
    }
    let Some(dict) = instance_dict(ts, o) else {
        let msg = if typ.lookup(ts, name).is_some() {
            format!(
                "'{}' object attribute '{}' is read-only",
                typ.name(),
                str_of(name)
            )
        } else {
            format!(
                "'{}' object has no attribute '{}'",
                typ.name(),
                str_of(name)
            )
        };
        return Err(ts.attribute_error(msg));
    };
    // SAFETY: instance dicts are dicts.
    let d = unsafe { dict.payload_unchecked::<PyDict>() };
    match v {
        Some(v) => d.set_item(ts, name.clone(), v.clone()),
        None => {
            if d.del_item(ts, name)?.is_none() {
                return Err(no_attribute(ts, o, name));
            }
            Ok(())
        }
    }
}

/// `type_getattro`: the metatype's data descriptors, then the type's own MRO (binding with
/// `obj=None`), then the metatype's other attributes.
pub fn type_getattro(ts: &ThreadState, ty: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
    let meta = ty.typ();
    let meta_attr = meta.lookup(ts, name);
    if let Some(d) = &meta_attr {
        let s = d.typ().slots();
        if let (Some(get), Some(_)) = (s.descr_get, s.descr_set) {
            return get(ts, d, Some(ty), Some(ty.class()));
        }
    }
    let t = ty.typ_payload();
    if let Some(a) = t.lookup(ts, name) {
        if let Some(get) = a.typ().slots().descr_get {
            return get(ts, &a, None, Some(ty));
        }
        return Ok(a);
    }
    if let Some(d) = meta_attr {
        if let Some(get) = d.typ().slots().descr_get {
            return get(ts, &d, Some(ty), Some(ty.class()));
        }
        return Ok(d);
    }
    let e = ts.attribute_error(format!(
        "type object '{}' has no attribute '{}'",
        t.name(),
        str_of(name)
    ));
    crate::types::exceptions::set_attr_error_context(ts, &e, ty, name);
    Err(e)
}

/// The TypeError of setting or deleting `name` on a built-in (immutable) type.
#[cold]
pub fn immutable_type_error(ts: &ThreadState, t: &PyType, name: &str) -> PyErr {
    ts.type_error(format!(
        "cannot set '{name}' attribute of immutable type '{}'",
        t.name()
    ))
}

/// `type_setattro`: built-in types refuse (before any descriptor: `int.__qualname__`);
/// heap types store in their dict, bump the version and refresh the slot a dunder maps to.
pub fn type_setattro(
    ts: &ThreadState,
    ty: &ObjRef,
    name: &ObjRef,
    v: Option<&ObjRef>,
) -> PyResult<()> {
    let t = ty.typ_payload();
    if !t.is_heap() {
        return Err(immutable_type_error(ts, t, str_of(name)));
    }
    if let Some(d) = ty.typ().lookup(ts, name)
        && let Some(set) = d.typ().slots().descr_set
    {
        return set(ts, &d, ty, v);
    }
    let d = t.dict_payload();
    match v {
        Some(v) => d.set_item(ts, name.clone(), v.clone())?,
        None => {
            if d.del_item(ts, name)?.is_none() {
                return Err(ts.attribute_error(format!(
                    "type object '{}' has no attribute '{}'",
                    t.name(),
                    str_of(name)
                )));
            }
        }
    }
    t.modified();
    let n = str_of(name);
    if n.starts_with("__") && n.ends_with("__") {
        slotdefs::fixup_heap_slots_below(ts, ty);
    }
    Ok(())
}

/// Whether `o` is a type object.
pub fn is_type(o: &ObjRef) -> bool {
    o.is_a::<PyType>()
}

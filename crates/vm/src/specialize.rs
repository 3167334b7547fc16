//! The specialized paths of the eval loop (CPython 3.11's adaptive instructions, kept in a side
//! table rather than rewritten into the code: `taipan_object::icache`): LOAD_GLOBAL by dict
//! entry index, LOAD_ATTR from the instance dict, STORE_ATTR into it, LOAD_METHOD by the
//! type's method. Each hit path checks every fact its entry recorded (type version and type
//! epoch, dict key identity); anything else takes the general path, which fills the entry
//! again. So a cache changes speed, never semantics.

use std::ptr::NonNull;
use taipan_object::abstract_ as ab;

use taipan_object::attr;
use taipan_object::header::ObjHeader;
use taipan_object::icache::Entry;
use taipan_object::typeobj::flags;
use taipan_object::types::code::PyCode;
use taipan_object::types::dict::PyDict;
use taipan_object::versions::type_epoch;
use taipan_object::{ObjRef, PyResult, PyType, ThreadState};

use crate::ops;

/// LOAD_GLOBAL: found in globals at `index`.
pub const GLOBAL_IN_GLOBALS: u8 = 1;
/// LOAD_GLOBAL: found in builtins at `index`, absent from the globals whose key-set version
/// is `key`.
pub const GLOBAL_IN_BUILTINS: u8 = 2;
/// LOAD_ATTR / STORE_ATTR: the generic getattro/setattro, no (data) descriptor on the type
/// (`key` its version, `key2` the type epoch), the value in the instance dict at `index`.
pub const ATTR_INSTANCE_DICT: u8 = 3;
/// LOAD_METHOD: the generic getattro, a method descriptor on the type (`ptr`, borrowed from
/// the type's MRO dicts while the type version and epoch hold), the instance has no dict slot.
pub const METHOD_NO_DICT: u8 = 4;
/// LOAD_METHOD: as `METHOD_NO_DICT`, the instance dict (if made) checked for shadowing.
pub const METHOD_WITH_DICT: u8 = 5;

/// How many misses a filled entry takes before it is filled again.
const BACKOFF: u8 = 16;

/// Whether a miss should refill the entry; if not, counts the miss in it.
#[inline]
fn should_fill(code: &PyCode, at: u32, old: &Entry) -> bool {
    if old.kind == 0 || old.misses >= BACKOFF {
        return true;
    }
    let e = Entry {
        misses: old.misses + 1,
        ..*old
    };
    code.caches.set(at as usize, code.code.code.len(), e);
    false
}

#[inline(always)]
fn type_matches(e: &Entry, t: &PyType) -> bool {
    e.key == t.version.get() as u64 && e.key2 == type_epoch()
}

#[inline]
fn generic_getattr(t: &PyType) -> bool {
    t.slots().getattro.map(|f| f as usize) == Some(attr::generic_getattr as *const () as usize)
}

#[inline]
fn generic_setattr(t: &PyType) -> bool {
    t.slots().setattro.map(|f| f as usize) == Some(attr::generic_setattr as *const () as usize)
}

/// The instance dict of `o` as a `PyDict` (instance dicts are dicts: `__dict__` assignment
/// checks it).
#[inline(always)]
fn with_dict<R>(o: &ObjRef, f: impl FnOnce(&PyDict) -> Option<R>) -> Option<R> {
    let d = attr::existing_dict(o)?;
    f(d.downcast::<PyDict>()?)
}

// ---- LOAD_GLOBAL ----

/// LOAD_GLOBAL's hit path.
#[inline(always)]
pub fn load_global_hit<'a>(
    e: &Entry,
    g: &'a PyDict,
    b: Option<&'a PyDict>,
    name: &ObjRef,
) -> Option<&'a ObjRef> {
    match e.kind {
        GLOBAL_IN_GLOBALS => g.value_at_if_key(e.index as usize, name),
        GLOBAL_IN_BUILTINS if e.key == g.keys_version.get() => {
            b.and_then(|b| b.value_at_if_key(e.index as usize, name))
        }
        _ => None,
    }
}

/// LOAD_GLOBAL without a usable entry: the lookup, and the entry it leaves.
#[cold]
pub fn load_global_miss(
    ts: &ThreadState,
    code: &PyCode,
    at: u32,
    g: &PyDict,
    b: Option<&PyDict>,
    name: &ObjRef,
    (gobj, bobj): (&ObjRef, &ObjRef),
) -> PyResult<ObjRef> {
    // Globals or builtins not exact dicts: `__getitem__` on each, no cache entry.
    if !gobj.is_exact(&ts.types.dict) || !bobj.is_exact(&ts.types.dict) {
        if let Some(v) = ops::mapping_get(ts, gobj, name)? {
            return Ok(v);
        }
        return ops::mapping_get(ts, bobj, name)?.ok_or_else(|| ops::name_error(ts, name));
    }
    let len = code.code.code.len();
    if let Some(ix) = g.index_of_str(name) {
        if let Some(v) = g.value_at_if_key(ix, name) {
            let e = Entry {
                kind: GLOBAL_IN_GLOBALS,
                index: ix as u32,
                ..Default::default()
            };
            code.caches.set(at as usize, len, e);
            return Ok(v.clone());
        }
        return g.get_str(ts, name).ok_or_else(|| ops::name_error(ts, name));
    }
    if let Some(b) = b
        && let Some(ix) = b.index_of_str(name)
    {
        if let Some(v) = b.value_at_if_key(ix, name) {
            let e = Entry {
                kind: GLOBAL_IN_BUILTINS,
                key: g.keys_version.get(),
                index: ix as u32,
                ..Default::default()
            };
            code.caches.set(at as usize, len, e);
            return Ok(v.clone());
        }
        return b.get_str(ts, name).ok_or_else(|| ops::name_error(ts, name));
    }
    Err(ops::name_error(ts, name))
}

// ---- LOAD_ATTR / STORE_ATTR ----

/// LOAD_ATTR's hit path: the instance dict's value.
#[inline(always)]
pub fn load_attr_hit(e: &Entry, o: &ObjRef, name: &ObjRef) -> Option<ObjRef> {
    if e.kind != ATTR_INSTANCE_DICT || !type_matches(e, o.typ()) {
        return None;
    }
    with_dict(o, |d| d.value_at_if_key(e.index as usize, name).cloned())
}

/// Whether an attribute `name` of instances of `t` lives in the instance dict alone: the
/// generic get/set, no descriptor or class attribute of that name, not `__dict__`.
fn instance_dict_only(ts: &ThreadState, t: &PyType, name: &ObjRef, set: bool) -> bool {
    let generic = if set {
        generic_setattr(t)
    } else {
        generic_getattr(t)
    };
    generic
        && t.dictoffset.get() != 0
        && !name.is(&ts.names.__dict__)
        && t.lookup(ts, name).is_none()
}

/// Records where `name` is in `o`'s instance dict when the type qualifies (called after the
/// general path ran, with no Python code between the checks and the recording).
fn record_instance_dict(
    ts: &ThreadState,
    code: &PyCode,
    at: u32,
    old: &Entry,
    o: &ObjRef,
    name: &ObjRef,
    set: bool,
) {
    if !should_fill(code, at, old) {
        return;
    }
    let t = o.typ();
    if !instance_dict_only(ts, t, name, set) {
        return;
    }
    let Some(ix) = with_dict(o, |d| d.index_of_str(name)) else {
        return;
    };
    let e = Entry {
        kind: ATTR_INSTANCE_DICT,
        key: t.version.get() as u64,
        key2: type_epoch(),
        index: ix as u32,
        ..Default::default()
    };
    code.caches.set(at as usize, code.code.code.len(), e);
}

/// LOAD_ATTR without a usable entry: `getattr`, then the entry.
#[cold]
pub fn load_attr_miss(
    ts: &ThreadState,
    code: &PyCode,
    at: u32,
    old: &Entry,
    o: &ObjRef,
    name: &ObjRef,
) -> PyResult<ObjRef> {
    let v = ab::getattr(ts, o, name)?;
    record_instance_dict(ts, code, at, old, o, name, false);
    Ok(v)
}

/// STORE_ATTR's hit path: the value replaced in the instance dict (`Err` gives `v` back).
#[inline(always)]
pub fn store_attr_hit(e: &Entry, o: &ObjRef, name: &ObjRef, v: ObjRef) -> Result<(), ObjRef> {
    if e.kind != ATTR_INSTANCE_DICT || !type_matches(e, o.typ()) {
        return Err(v);
    }
    let Some(d) = attr::existing_dict(o) else {
        return Err(v);
    };
    match d.downcast::<PyDict>() {
        Some(dd) => dd.set_at_if_key(e.index as usize, name, v),
        None => Err(v),
    }
}

/// STORE_ATTR without a usable entry: `setattr`, then the entry.
#[cold]
pub fn store_attr_miss(
    ts: &ThreadState,
    code: &PyCode,
    at: u32,
    old: &Entry,
    o: &ObjRef,
    name: &ObjRef,
    v: &ObjRef,
) -> PyResult<()> {
    ab::setattr(ts, o, name, Some(v))?;
    record_instance_dict(ts, code, at, old, o, name, true);
    Ok(())
}

// ---- LOAD_METHOD ----

/// LOAD_METHOD's hit path: the method (unbound) when the entry holds for `o`.
#[inline(always)]
pub fn load_method_hit(e: &Entry, o: &ObjRef, name: &ObjRef) -> Option<ObjRef> {
    let t = o.typ();
    match e.kind {
        METHOD_NO_DICT if type_matches(e, t) => {}
        METHOD_WITH_DICT if type_matches(e, t) => {
            if with_dict(o, |d| d.index_of_str(name)).is_some() {
                return None;
            }
        }
        _ => return None,
    }
    let p = NonNull::new(e.ptr as *mut ObjHeader)?;
    // SAFETY: the type version and epoch match, so the type's MRO dicts still hold the method
    // recorded in `ptr` (any change to them ends the epoch); `o` keeps its type alive.
    Some(unsafe { ObjRef::from_borrowed(p) })
}

/// LOAD_METHOD without a usable entry: the general path, then the entry when it found a
/// method descriptor on a type with the generic getattro.
#[cold]
pub fn load_method_miss(
    ts: &ThreadState,
    code: &PyCode,
    at: u32,
    old: &Entry,
    o: &ObjRef,
    name: &ObjRef,
) -> PyResult<(Option<ObjRef>, ObjRef)> {
    let r = ops::load_method(ts, o, name)?;
    if r.0.is_some() && should_fill(code, at, old) {
        let t = o.typ();
        let found = t
            .lookup(ts, name)
            .filter(|d| generic_getattr(t) && d.typ().has_flag(flags::METHOD_DESCRIPTOR));
        if let Some(d) = found {
            let kind = if t.dictoffset.get() == 0 {
                METHOD_NO_DICT
            } else {
                METHOD_WITH_DICT
            };
            let e = Entry {
                kind,
                key: t.version.get() as u64,
                key2: type_epoch(),
                ptr: d.as_ptr().as_ptr() as usize,
                ..Default::default()
            };
            code.caches.set(at as usize, code.code.code.len(), e);
        }
    }
    Ok(r)
}

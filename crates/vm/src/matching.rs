//! Structural pattern matching (`match` statements): the work of CPython 3.11's opcodes
//! `MATCH_CLASS` (`match_class`, with `__match_args__` and the types whose single positional
//! sub-pattern matches the subject itself), `MATCH_MAPPING`/`MATCH_SEQUENCE` (the type flags
//! `Py_TPFLAGS_MAPPING`/`SEQUENCE`) and `MATCH_KEYS` (`match_keys`, through the subject's
//! `get`), with ceval.c's messages. (3.11 builds a mapping pattern's `**rest` with
//! `BUILD_MAP`/`DICT_UPDATE`/`DELETE_SUBSCR`: no opcode of its own.)

use taipan_object::abstract_ as ab;
use taipan_object::typeobj::flags;
use taipan_object::types::set::PySet;
use taipan_object::types::tuple::PyTuple;
use taipan_object::{ObjRef, PyResult, PyType, ThreadState};

/// `MATCH_SEQUENCE`: whether the subject's type has `Py_TPFLAGS_SEQUENCE`.
#[inline]
pub fn is_sequence(subject: &ObjRef) -> bool {
    subject.typ().has_flag(flags::SEQUENCE)
}

/// `MATCH_MAPPING`: whether the subject's type has `Py_TPFLAGS_MAPPING`.
#[inline]
pub fn is_mapping(subject: &ObjRef) -> bool {
    subject.typ().has_flag(flags::MAPPING)
}

/// Whether a class pattern `cls(x)` on a built-in type binds the subject itself
/// (`_Py_TPFLAGS_MATCH_SELF`: bool, bytearray, bytes, dict, float, frozenset, int, list,
/// set, str, tuple, and their subclasses that keep no `__match_args__` of their own).
fn matches_self(ts: &ThreadState, cls: &PyType) -> bool {
    let t = &ts.types;
    [
        &t.bool_,
        &t.bytearray,
        &t.bytes,
        &t.dict,
        &t.float,
        &t.frozenset,
        &t.int,
        &t.list,
        &t.set,
        &t.str_,
        &t.tuple,
    ]
    .into_iter()
    .any(|b| cls.is_subtype(b))
}

/// One attribute of a class pattern (`match_class_attr`): `None` when the subject lacks it.
fn class_attr(
    ts: &ThreadState,
    subject: &ObjRef,
    cls: &PyType,
    name: &ObjRef,
    seen: &PySet,
) -> PyResult<Option<ObjRef>> {
    if seen.contains(ts, name)? {
        return Err(ts.type_error(format!(
            "{}() got multiple sub-patterns for attribute {}",
            cls.name(),
            ab::repr_string(ts, name)?
        )));
    }
    seen.add(ts, name.clone())?;
    ab::getattr_opt(ts, subject, name)
}

/// `MATCH_CLASS nargs`: the tuple of the sub-patterns' subjects (`nargs` positional ones
/// through `__match_args__`, then the attributes named in `kwnames`), or `None` when the
/// subject is not an instance of `cls` or lacks one of the attributes.
pub fn match_class(
    ts: &ThreadState,
    subject: &ObjRef,
    cls: &ObjRef,
    nargs: usize,
    kwnames: &ObjRef,
) -> PyResult<Option<ObjRef>> {
    let Some(ct) = cls.downcast::<PyType>() else {
        return Err(ts.type_error("called match pattern must be a type"));
    };
    if !ab::is_instance(ts, subject, cls)? {
        return Ok(None);
    }
    let seen = PySet::new();
    let kw: &[ObjRef] = kwnames.downcast::<PyTuple>().map_or(&[], |t| t.items());
    let mut attrs = Vec::with_capacity(nargs + kw.len());
    if nargs > 0 {
        let (match_args, match_self) = match ab::getattr_opt(ts, cls, &ts.intern("__match_args__"))?
        {
            Some(m) => {
                if !m.is_exact(&ts.types.tuple) {
                    return Err(ts.type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        ct.name(),
                        m.typ().name()
                    )));
                }
                (m, false)
            }
            None => (ts.empty_tuple(), matches_self(ts, ct)),
        };
        let names = match_args
            .downcast::<PyTuple>()
            .map_or(&[][..], |t| t.items());
        let allowed = if match_self { 1 } else { names.len() };
        if allowed < nargs {
            return Err(ts.type_error(format!(
                "{}() accepts {} positional sub-pattern{} ({} given)",
                ct.name(),
                allowed,
                if allowed == 1 { "" } else { "s" },
                nargs
            )));
        }
        if match_self {
            attrs.push(subject.clone());
        } else {
            for name in &names[..nargs] {
                if !name.is_exact(&ts.types.str_) {
                    return Err(ts.type_error(format!(
                        "__match_args__ elements must be strings (got {})",
                        name.typ().name()
                    )));
                }
                match class_attr(ts, subject, ct, name, &seen)? {
                    Some(a) => attrs.push(a),
                    None => return Ok(None),
                }
            }
        }
    }
    for name in kw {
        match class_attr(ts, subject, ct, name, &seen)? {
            Some(a) => attrs.push(a),
            None => return Ok(None),
        }
    }
    Ok(Some(ts.new_tuple(attrs)))
}

/// `MATCH_KEYS`: the values of `keys` in the subject, through `subject.get(key, dummy)` (so a
/// `__missing__` is never called), or `None` when a key is absent.
pub fn match_keys(ts: &ThreadState, subject: &ObjRef, keys: &ObjRef) -> PyResult<ObjRef> {
    let keys: &[ObjRef] = keys.downcast::<PyTuple>().map_or(&[], |t| t.items());
    if keys.is_empty() {
        return Ok(ts.empty_tuple());
    }
    let get = ab::getattr(ts, subject, &ts.names.get)?;
    let seen = PySet::new();
    let dummy = ab::call(ts, &ts.types.object, &[])?;
    let mut values = Vec::with_capacity(keys.len());
    for key in keys {
        if seen.contains(ts, key)? {
            return Err(ts.value_error(format!(
                "mapping pattern checks duplicate key ({})",
                ab::repr_string(ts, key)?
            )));
        }
        seen.add(ts, key.clone())?;
        let v = ab::call(ts, &get, &[key.clone(), dummy.clone()])?;
        if v.is(&dummy) {
            return Ok(ts.none());
        }
        values.push(v);
    }
    Ok(ts.new_tuple(values))
}

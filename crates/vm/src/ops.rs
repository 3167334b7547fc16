//! The eval loop's out-of-line helpers, one per instruction family that needs more than a few
//! lines: `LOAD_METHOD`'s lookup, unpacking, `FORMAT_VALUE`, `raise`, `except` matching,
//! name lookups with CPython's errors, imports, `with`, and the exception context chain.

use taipan_object::abstract_::{self as ab, str_of};
use taipan_object::attr;
use taipan_object::typeobj::flags;
use taipan_object::types::dict::PyDict;
use taipan_object::types::exceptions::PyBaseException;
use taipan_object::types::list::PyList;
use taipan_object::types::tuple::PyTuple;
use taipan_object::{ObjRef, PyErr, PyResult, PyType, ThreadState};

/// `LOAD_METHOD`: `(Some(method), self)` when the attribute is a method descriptor found on
/// the type and not shadowed by the instance dict (no bound method is made), else
/// `(None, attribute)`.
#[inline]
pub fn load_method(
    ts: &ThreadState,
    obj: &ObjRef,
    name: &ObjRef,
) -> PyResult<(Option<ObjRef>, ObjRef)> {
    let typ = obj.typ();
    let generic = typ.slots().getattro.map(|f| f as usize)
        == Some(attr::generic_getattr as *const () as usize);
    if generic
        && let Some(d) = typ.lookup(ts, name)
        && d.typ().has_flag(flags::METHOD_DESCRIPTOR)
    {
        let off = typ.dictoffset.get();
        let shadowed = off != 0
            && attr::existing_dict(obj)
                .and_then(|dd| dd.downcast::<PyDict>().and_then(|x| x.get_str(ts, name)))
                .is_some();
        if !shadowed {
            return Ok((Some(d), obj.clone()));
        }
    }
    Ok((None, ab::getattr(ts, obj, name)?))
}

/// `UNPACK_SEQUENCE n`: the items, in order.
/// Exact tuples and lists by length (as `unpack_sequence`'s `PyTuple_CheckExact`); subclasses
/// iterate, so their `__iter__` runs.
pub fn unpack(ts: &ThreadState, v: &ObjRef, n: usize) -> PyResult<Vec<ObjRef>> {
    if v.is_exact(&ts.types.tuple)
        && let Some(t) = v.downcast::<PyTuple>()
    {
        if t.len() == n {
            return Ok(t.items().to_vec());
        }
        return Err(count_error(ts, n, t.len(), false));
    }
    if v.is_exact(&ts.types.list)
        && let Some(l) = v.downcast::<PyList>()
    {
        let items = l.to_vec();
        if items.len() == n {
            return Ok(items);
        }
        return Err(count_error(ts, n, items.len(), false));
    }
    let it = iter_for_unpack(ts, v)?;
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        match ab::next(ts, &it)? {
            Some(x) => out.push(x),
            None => return Err(count_error(ts, n, out.len(), false)),
        }
    }
    if ab::next(ts, &it)?.is_some() {
        return Err(ts.value_error(format!("too many values to unpack (expected {n})")));
    }
    Ok(out)
}

fn iter_for_unpack(ts: &ThreadState, v: &ObjRef) -> PyResult<ObjRef> {
    if v.typ().slots().iter.is_none() && v.typ().slots().getitem.is_none() {
        return Err(ts.type_error(format!(
            "cannot unpack non-iterable {} object",
            v.typ().name()
        )));
    }
    ab::iter(ts, v)
}

fn count_error(ts: &ThreadState, n: usize, got: usize, _ex: bool) -> PyErr {
    if got < n {
        ts.value_error(format!(
            "not enough values to unpack (expected {n}, got {got})"
        ))
    } else {
        ts.value_error(format!("too many values to unpack (expected {n})"))
    }
}

/// `UNPACK_EX`: `before` items, a list of the middle, `after` items.
pub fn unpack_ex(
    ts: &ThreadState,
    v: &ObjRef,
    before: usize,
    after: usize,
) -> PyResult<Vec<ObjRef>> {
    let it = iter_for_unpack(ts, v)?;
    let mut items = Vec::new();
    while let Some(x) = ab::next(ts, &it)? {
        items.push(x);
    }
    if items.len() < before + after {
        return Err(ts.value_error(format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            items.len()
        )));
    }
    let mid_end = items.len() - after;
    let mut out: Vec<ObjRef> = items[..before].to_vec();
    out.push(ts.new_list(items[before..mid_end].to_vec()));
    out.extend_from_slice(&items[mid_end..]);
    Ok(out)
}

/// `FORMAT_VALUE`'s conversion (`!s`, `!r`, `!a`).
pub fn convert(ts: &ThreadState, v: &ObjRef, which: u32) -> PyResult<ObjRef> {
    match which {
        1 => ab::str(ts, v),
        2 => ab::repr(ts, v),
        3 => taipan_object::types::str_format::ascii_of(ts, v),
        _ => Ok(v.clone()),
    }
}

/// Makes the exception a `raise` statement raises from its operand (a class is called).
pub fn exception_from(ts: &ThreadState, v: &ObjRef, what: &str) -> PyResult<ObjRef> {
    if let Some(t) = v.downcast::<PyType>()
        && t.is_subtype(&ts.exc.base_exception)
    {
        let e = ab::call(ts, v, &[])?;
        if !e.is_a::<PyBaseException>() {
            return Err(ts.type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                ab::repr_string(ts, v)?,
                e.typ().name()
            )));
        }
        return Ok(e);
    }
    if v.is_a::<PyBaseException>() {
        return Ok(v.clone());
    }
    Err(ts.type_error(what.to_string()))
}

/// `raise exc from cause`.
pub fn do_raise(ts: &ThreadState, exc: &ObjRef, cause: Option<&ObjRef>) -> PyErr {
    let e = match exception_from(ts, exc, "exceptions must derive from BaseException") {
        Ok(e) => e,
        Err(err) => return err,
    };
    if let Some(c) = cause {
        let p = e.downcast::<PyBaseException>().expect("exception");
        if ts.is_none(c) {
            *p.cause.borrow_mut() = None;
        } else {
            match exception_from(ts, c, "exception causes must derive from BaseException") {
                Ok(c) => *p.cause.borrow_mut() = Some(c),
                Err(err) => return err,
            }
        }
        p.suppress_context.set(true);
    }
    PyErr::from_instance(e)
}

/// `CHECK_EXC_MATCH`: whether `exc` matches the `except` clause's `cls`.
pub fn exc_matches(ts: &ThreadState, exc: &ObjRef, cls: &ObjRef) -> PyResult<bool> {
    let valid = |c: &ObjRef| {
        c.downcast::<PyType>()
            .is_some_and(|t| t.is_subtype(&ts.exc.base_exception))
    };
    let ok = match cls.downcast::<PyTuple>() {
        Some(t) => t.items().iter().all(valid),
        None => valid(cls),
    };
    if !ok {
        return Err(
            ts.type_error("catching classes that do not inherit from BaseException is not allowed")
        );
    }
    ab::is_instance(ts, exc, cls)
}

/// Sets `exc.__context__` to the exception being handled, breaking cycles (as
/// `_PyErr_SetObject`).
pub fn set_context(ts: &ThreadState, exc: &ObjRef) {
    let cur = ts.exc_info.borrow().clone();
    let Some(cur) = cur else { return };
    if cur.is(exc) {
        return;
    }
    // Floyd's cycle check, as `_PyErr_SetObject`: a chain that already has a
    // cycle not passing through `exc` must not loop forever.
    let context_of = |o: &ObjRef| -> Option<ObjRef> {
        o.downcast::<PyBaseException>()
            .and_then(|p| p.context.borrow().clone())
    };
    let mut o = cur.clone();
    let mut slow = cur.clone();
    let mut toggle = false;
    while let Some(c) = context_of(&o) {
        if c.is(exc) {
            if let Some(p) = o.downcast::<PyBaseException>() {
                *p.context.borrow_mut() = None;
            }
            break;
        }
        o = c;
        if o.is(&slow) {
            break;
        }
        if toggle {
            match context_of(&slow) {
                Some(s) => slow = s,
                None => break,
            }
        }
        toggle = !toggle;
    }
    if let Some(p) = exc.downcast::<PyBaseException>() {
        *p.context.borrow_mut() = Some(cur);
    }
}

/// `IMPORT_STAR` (`import_all_from`): the names in the module's `__all__`, else its
/// `__dict__`'s names not starting with `_`, bound in `locals`.
pub fn import_star(ts: &ThreadState, m: &ObjRef, locals: &ObjRef) -> PyResult<()> {
    let (names, from_dict) = match ab::getattr_opt(ts, m, &ts.intern("__all__"))? {
        Some(all) => (ab::collect(ts, &all)?, false),
        None => match ab::getattr_opt(ts, m, &ts.names.__dict__)? {
            Some(d) => (ab::collect(ts, &d)?, true),
            None => {
                return Err(ts.new_error(
                    &ts.exc.import_error,
                    "from-import-* object has no __dict__ and no __all__",
                ));
            }
        },
    };
    for k in names {
        if !k.is_a::<taipan_object::types::str_::PyStr>() {
            let modname = ab::getattr(ts, m, &ts.names.__name__)?;
            if !modname.is_a::<taipan_object::types::str_::PyStr>() {
                return Err(ts.type_error(format!(
                    "module __name__ must be a string, not {}",
                    modname.typ().name()
                )));
            }
            return Err(ts.type_error(format!(
                "{} in {}.{} must be str, not {}",
                if from_dict { "Key" } else { "Item" },
                str_of(&modname),
                if from_dict { "__dict__" } else { "__all__" },
                k.typ().name()
            )));
        }
        if from_dict && str_of(&k).starts_with('_') {
            continue;
        }
        let v = ab::getattr(ts, m, &k)?;
        ab::setitem(ts, locals, &k, Some(&v))?;
    }
    Ok(())
}

/// `NameError: name 'x' is not defined`.
pub fn name_error(ts: &ThreadState, name: &ObjRef) -> PyErr {
    let e = ts.name_error(format!("name '{}' is not defined", str_of(name)));
    let _ = ab::setattr(ts, e.value(), &ts.names.name, Some(name));
    e
}

/// Looks `name` up in a locals mapping (`Ok(None)` if absent).
pub fn mapping_get(ts: &ThreadState, m: &ObjRef, name: &ObjRef) -> PyResult<Option<ObjRef>> {
    if m.is_exact(&ts.types.dict) {
        return Ok(m.downcast::<PyDict>().expect("dict").get_str(ts, name));
    }
    match ab::getitem(ts, m, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(&ts.exc.key_error) => Ok(None),
        Err(e) => Err(e),
    }
}

pub use crate::import::{import_from, import_name};

/// `BEFORE_WITH`: `(bound __exit__, result of __enter__())`.
pub fn before_with(ts: &ThreadState, mgr: &ObjRef) -> PyResult<(ObjRef, ObjRef)> {
    let typ = mgr.typ();
    let Some(enter) = typ.lookup(ts, &ts.names.__enter__) else {
        return Err(ts.type_error(format!(
            "'{}' object does not support the context manager protocol",
            typ.name()
        )));
    };
    let Some(exit) = typ.lookup(ts, &ts.names.__exit__) else {
        return Err(ts.type_error(format!(
            "'{}' object does not support the context manager protocol (missed __exit__ method)",
            typ.name()
        )));
    };
    let exit = ab::descr_get(ts, &exit, Some(mgr), Some(mgr.class()))?;
    let res = ab::call_unbound(ts, &enter, mgr, &[])?;
    Ok((exit, res))
}

/// `DICT_MERGE` (`f(**m)`): duplicate keys are errors naming the function.
pub fn dict_merge(ts: &ThreadState, d: &ObjRef, update: &ObjRef, func: &ObjRef) -> PyResult<()> {
    let Some(dd) = d.downcast::<PyDict>() else {
        return Err(ts.system_error("DICT_MERGE: no dict on the stack"));
    };
    let fname = || crate::call::function_str(ts, func).unwrap_or_default();
    let items: Vec<(ObjRef, ObjRef)> = if let Some(u) = update.downcast::<PyDict>() {
        u.items()
    } else {
        let Some(keys) = ab::getattr_opt(ts, update, &ts.names.keys)? else {
            return Err(ts.type_error(format!(
                "{} argument after ** must be a mapping, not {}",
                fname(),
                update.typ().name()
            )));
        };
        let ks = ab::call(ts, &keys, &[])?;
        let mut v = Vec::new();
        for k in ab::collect(ts, &ks)? {
            let val = ab::getitem(ts, update, &k)?;
            v.push((k, val));
        }
        v
    };
    for (k, v) in items {
        // Non-str keys are the call's error ("keywords must be strings"), after the merge.
        if dd.get_item(ts, &k)?.is_some() {
            return Err(ts.type_error(format!(
                "{} got multiple values for keyword argument '{}'",
                fname(),
                ab::str_string(ts, &k)?
            )));
        }
        dd.set_item(ts, k, v)?;
    }
    Ok(())
}

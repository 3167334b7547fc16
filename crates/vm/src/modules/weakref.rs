//! The `_weakref` module (CPython's `Modules/_weakref.c`): `ref`/`ReferenceType`, `ProxyType`,
//! `CallableProxyType`, `proxy`, `getweakrefcount`, `getweakrefs`, `_remove_dead_weakref`,
//! over `taipan_object::types::weakref`.

use taipan_object::typeobj::{Meth, MethodDef};
use taipan_object::types::dict::PyDict;
use taipan_object::types::module::PyModule;
use taipan_object::types::weakref as wr;
use taipan_object::{ObjRef, PyResult, ThreadState};

pub fn make(ts: &ThreadState) -> ObjRef {
    let m = ts.new_builtin_module("_weakref", FUNCTIONS);
    if let Some(p) = m.downcast::<PyModule>()
        && let Some(d) = p.dict().downcast::<PyDict>()
    {
        for (name, v) in [
            ("ref", &ts.types.weakref),
            ("ReferenceType", &ts.types.weakref),
            ("ProxyType", &ts.types.weakproxy),
            ("CallableProxyType", &ts.types.weakcallableproxy),
        ] {
            let _ = d.set_item_str(ts, name, v.clone());
        }
    }
    m
}

fn getweakrefcount(ts: &ThreadState, _: &ObjRef, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(wr::weakref_count(o) as i64))
}

fn getweakrefs(ts: &ThreadState, _: &ObjRef, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_list(wr::weakrefs_of(o)))
}

fn proxy(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    match a {
        [ob] => wr::new_proxy(ts, ob, None),
        [ob, cb] => wr::new_proxy(ts, ob, Some(cb.clone())),
        [] => Err(ts.type_error("proxy expected at least 1 argument, got 0")),
        _ => Err(ts.type_error(format!(
            "proxy expected at most 2 arguments, got {}",
            a.len()
        ))),
    }
}

/// `_remove_dead_weakref(dict, key)`: deletes `dict[key]` if it is a dead weakref.
fn remove_dead_weakref(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let [d, key] = a else {
        return Err(ts.type_error(format!(
            "_remove_dead_weakref expected 2 arguments, got {}",
            a.len()
        )));
    };
    let Some(dp) = d.downcast::<PyDict>() else {
        return Err(ts.type_error(format!(
            "_remove_dead_weakref() argument 1 must be dict, not {}",
            d.typ().name()
        )));
    };
    if let Some(v) = dp.get_item(ts, key)? {
        let Some(w) = v.downcast::<wr::PyWeakref>() else {
            return Err(ts.type_error("not a weakref"));
        };
        if w.is_dead() {
            dp.del_item(ts, key)?;
        }
    }
    Ok(ts.none())
}

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::new("getweakrefcount", Meth::O(getweakrefcount)),
    MethodDef::new("getweakrefs", Meth::O(getweakrefs)),
    MethodDef::new("proxy", Meth::Fast(proxy)),
    MethodDef::new("_remove_dead_weakref", Meth::Fast(remove_dead_weakref)),
];

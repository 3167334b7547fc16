//! Pickling support of `object` (CPython 3.11's typeobject.c): `object.__reduce_ex__`,
//! `object.__reduce__` and `object.__getstate__` — `reduce_newobj` for protocol 2 and up
//! (`__getnewargs_ex__`/`__getnewargs__`, `copyreg.__newobj__`/`__newobj_ex__`, the state,
//! the list/dict item iterators), `copyreg._reduce_ex` below it.

use crate::abstract_ as ab;
use crate::error::PyResult;
use crate::header::ObjRef;
use crate::thread::ThreadState;
use crate::typeobj::{Meth, MethodDef};
use crate::types::dict::PyDict;
use crate::types::list::PyList;
use crate::types::tuple::PyTuple;

fn copyreg(ts: &ThreadState) -> PyResult<ObjRef> {
    (ts.hooks.import_module.get())(ts, "copyreg")
}

/// `object`'s own entry for `name` (to tell whether a class overrides it).
fn object_entry(ts: &ThreadState, name: &str) -> Option<ObjRef> {
    ts.types
        .object
        .typ_payload()
        .dict_payload()
        .get_str_rs(ts, name)
}

/// Looks `name` up on the type of `o` and binds it (CPython's `lookup_maybe_method`).
fn lookup_bound(ts: &ThreadState, o: &ObjRef, name: &str) -> PyResult<Option<ObjRef>> {
    match o.typ().lookup_str(ts, name) {
        Some(f) => Ok(Some(ab::descr_get(ts, &f, Some(o), Some(o.class()))?)),
        None => Ok(None),
    }
}

fn reduce_ex(ts: &ThreadState, o: &ObjRef, proto: &ObjRef) -> PyResult<ObjRef> {
    let proto = ab::index_isize(ts, proto)?;
    if let Some(reduce) = ab::getattr_opt(ts, o, &ts.intern("__reduce__"))? {
        let cls_reduce = ab::getattr(ts, o.class(), &ts.intern("__reduce__"))?;
        let overridden = match object_entry(ts, "__reduce__") {
            Some(obj_reduce) => !cls_reduce.is(&obj_reduce),
            None => true,
        };
        if overridden {
            return ab::call(ts, &reduce, &[]);
        }
    }
    common_reduce(ts, o, proto)
}

fn reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    common_reduce(ts, o, 0)
}

fn common_reduce(ts: &ThreadState, o: &ObjRef, proto: isize) -> PyResult<ObjRef> {
    if proto >= 2 {
        return reduce_newobj(ts, o);
    }
    let f = ab::getattr_str(ts, &copyreg(ts)?, "_reduce_ex")?;
    ab::call(ts, &f, &[o.clone(), ts.new_int(proto as i64)])
}

/// `(args, kwargs)` from `__getnewargs_ex__` or `__getnewargs__`, with CPython's checks.
fn new_arguments(ts: &ThreadState, o: &ObjRef) -> PyResult<(Option<ObjRef>, Option<ObjRef>)> {
    if let Some(f) = lookup_bound(ts, o, "__getnewargs_ex__")? {
        let r = ab::call(ts, &f, &[])?;
        let Some(t) = r.downcast::<PyTuple>() else {
            return Err(ts.type_error(format!(
                "__getnewargs_ex__ should return a tuple, not '{}'",
                r.typ().name()
            )));
        };
        if t.len() != 2 {
            return Err(ts.value_error(format!(
                "__getnewargs_ex__ should return a tuple of length 2, not {}",
                t.len()
            )));
        }
        let (args, kwargs) = (t.items()[0].clone(), t.items()[1].clone());
        if args.downcast::<PyTuple>().is_none() {
            return Err(ts.type_error(format!(
                "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{}'",
                args.typ().name()
            )));
        }
        if kwargs.downcast::<PyDict>().is_none() {
            return Err(ts.type_error(format!(
                "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{}'",
                kwargs.typ().name()
            )));
        }
        return Ok((Some(args), Some(kwargs)));
    }
    if let Some(f) = lookup_bound(ts, o, "__getnewargs__")? {
        let r = ab::call(ts, &f, &[])?;
        if r.downcast::<PyTuple>().is_none() {
            return Err(ts.type_error(format!(
                "__getnewargs__ should return a tuple, not '{}'",
                r.typ().name()
            )));
        }
        return Ok((Some(r), None));
    }
    Ok((None, None))
}

fn reduce_newobj(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    if o.typ().slots().new.is_none() {
        return Err(ts.type_error(format!("cannot pickle '{}' object", o.typ().name())));
    }
    let (args, kwargs) = new_arguments(ts, o)?;
    let copyreg = copyreg(ts)?;
    let has_args = args.is_some();
    let no_kwargs = kwargs
        .as_ref()
        .and_then(|k| k.downcast::<PyDict>().map(|d| d.is_empty()))
        .unwrap_or(true);
    let (newobj, newargs) = if no_kwargs {
        let mut items = vec![o.class().clone()];
        if let Some(a) = &args
            && let Some(t) = a.downcast::<PyTuple>()
        {
            items.extend(t.items().iter().cloned());
        }
        (
            ab::getattr_str(ts, &copyreg, "__newobj__")?,
            ts.new_tuple(items),
        )
    } else if let (Some(a), Some(k)) = (args, kwargs) {
        let t = ts.new_tuple(vec![o.class().clone(), a, k]);
        (ab::getattr_str(ts, &copyreg, "__newobj_ex__")?, t)
    } else {
        return Err(ts.system_error("bad argument to internal function"));
    };
    let is_list = o.downcast::<PyList>().is_some();
    let is_dict = o.downcast::<PyDict>().is_some();
    let state = getstate(ts, o, !(has_args || is_list || is_dict))?;
    let listitems = if is_list { ab::iter(ts, o)? } else { ts.none() };
    let dictitems = if is_dict {
        let items = ab::call_method(ts, o, "items", &[])?;
        ab::iter(ts, &items)?
    } else {
        ts.none()
    };
    Ok(ts.new_tuple(vec![newobj, newargs, state, listitems, dictitems]))
}

/// CPython's `object_getstate` (`_PyObject_GetState`): the default one unless
/// `__getstate__` is overridden.
pub fn getstate(ts: &ThreadState, o: &ObjRef, required: bool) -> PyResult<ObjRef> {
    let name = ts.intern("__getstate__");
    let f = ab::getattr(ts, o, &name)?;
    let default = match (o.typ().lookup(ts, &name), object_entry(ts, "__getstate__")) {
        (Some(a), Some(b)) => a.is(&b),
        _ => false,
    };
    let own = crate::attr::existing_dict(o)
        .and_then(|d| {
            d.downcast::<PyDict>()
                .and_then(|d| d.get_str_rs(ts, "__getstate__"))
        })
        .is_some();
    if default && !own {
        getstate_default(ts, o, required)
    } else {
        ab::call(ts, &f, &[])
    }
}

/// `copyreg._slotnames(cls)`: the names of the `__slots__` of `cls` and its bases.
fn slotnames(ts: &ThreadState, cls: &ObjRef) -> PyResult<ObjRef> {
    if let Some(n) = cls
        .typ_payload()
        .dict_payload()
        .get_str_rs(ts, "__slotnames__")
    {
        return Ok(n);
    }
    let f = ab::getattr_str(ts, &copyreg(ts)?, "_slotnames")?;
    let r = ab::call(ts, &f, std::slice::from_ref(cls))?;
    if !ts.is_none(&r) && r.downcast::<PyList>().is_none() {
        return Err(ts.type_error("copyreg._slotnames didn't return a list or None"));
    }
    Ok(r)
}

fn getstate_default(ts: &ThreadState, o: &ObjRef, required: bool) -> PyResult<ObjRef> {
    let t = o.typ();
    let mut state = match crate::attr::existing_dict(o) {
        Some(d) if d.downcast::<PyDict>().is_some_and(|d| !d.is_empty()) => d,
        _ => ts.none(),
    };
    let names = slotnames(ts, o.class())?;
    let names: Vec<ObjRef> = match names.downcast::<PyList>() {
        Some(_) => ab::collect(ts, &names)?,
        None => Vec::new(),
    };
    if required {
        let mut size = ts.types.object.typ_payload().basicsize.get();
        if t.dictoffset.get() != 0 {
            size += 8;
        }
        if t.weaklistoffset.get() != 0 {
            size += 8;
        }
        size += 8 * names.len();
        if t.basicsize.get() > size || t.payload_id != ts.types.object.typ_payload().payload_id {
            return Err(ts.type_error(format!("cannot pickle '{}' object", t.name())));
        }
    }
    if !names.is_empty() {
        let slots = ts.new_dict();
        let sd = slots.downcast::<PyDict>().expect("dict");
        for n in names {
            match ab::getattr(ts, o, &n) {
                Ok(v) => sd.set_item(ts, n, v)?,
                Err(e) if e.matches(&ts.exc.attribute_error) => {}
                Err(e) => return Err(e),
            }
        }
        if !sd.is_empty() {
            state = ts.new_tuple(vec![state, slots.clone()]);
        }
    }
    Ok(state)
}

fn getstate_method(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    getstate_default(ts, o, false)
}

pub static METHODS: &[MethodDef] = &[
    MethodDef::new("__reduce_ex__", Meth::O(reduce_ex)),
    MethodDef::new("__reduce__", Meth::NoArgs(reduce)),
    MethodDef::new("__getstate__", Meth::NoArgs(getstate_method)),
];

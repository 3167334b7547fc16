//! `operator.itemgetter`, `attrgetter` (dotted names split once, at creation) and
//! `methodcaller`: callables with CPython's reprs and `__reduce__`.

use taipan_object::abstract_ as ab;
use taipan_object::args::{check_positional, kw_names, no_kwargs};
use taipan_object::typeobj::{Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags};
use taipan_object::types::dict::PyDict;
use taipan_object::types::str_::PyStr;
use taipan_object::{ObjRef, PyPayload, PyResult, ThreadState, alloc_object};

use crate::modules::common::split_kw;

fn one_arg<'a>(
    ts: &ThreadState,
    name: &str,
    args: &'a [ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<&'a ObjRef> {
    no_kwargs(ts, name, kw)?;
    check_positional(ts, name, args.len(), 1, 1)?;
    Ok(&args[0])
}

/// `operator.x(a, b, k=v)` reprs, with `...` on recursion.
fn repr_call(
    ts: &ThreadState,
    o: &ObjRef,
    parts: impl FnOnce() -> PyResult<Vec<String>>,
) -> PyResult<ObjRef> {
    let name = o.typ().name().to_string();
    if !ts.repr_enter(o) {
        return Ok(ts.new_string(format!("{name}(...)")));
    }
    let r = parts();
    ts.repr_leave(o);
    Ok(ts.new_string(format!("{name}({})", r?.join(", "))))
}

// ---- itemgetter ----

pub struct ItemGetter {
    items: Vec<ObjRef>,
}
impl PyPayload for ItemGetter {}

fn itemgetter_new(
    ts: &ThreadState,
    cls: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    no_kwargs(ts, "itemgetter", kw)?;
    if args.is_empty() {
        return Err(ts.type_error("itemgetter expected 1 argument, got 0"));
    }
    Ok(alloc_object(
        ts,
        cls,
        ItemGetter {
            items: args.to_vec(),
        },
    ))
}

fn itemgetter_call(
    ts: &ThreadState,
    o: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let obj = one_arg(ts, "itemgetter", args, kw)?;
    let g = o.downcast::<ItemGetter>().expect("itemgetter");
    if let [item] = g.items.as_slice() {
        return ab::getitem(ts, obj, item);
    }
    let v = g
        .items
        .iter()
        .map(|i| ab::getitem(ts, obj, i))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(ts.new_tuple(v))
}

fn itemgetter_repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let g = o.downcast::<ItemGetter>().expect("itemgetter");
    repr_call(ts, o, || {
        g.items.iter().map(|i| ab::repr_string(ts, i)).collect()
    })
}

fn itemgetter_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let g = o.downcast::<ItemGetter>().expect("itemgetter");
    Ok(ts.new_tuple(vec![o.class().clone(), ts.new_tuple_from(&g.items)]))
}

fn itemgetter_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    for i in &o.downcast::<ItemGetter>().expect("itemgetter").items {
        visit(i);
    }
}

static ITEMGETTER_METHODS: &[MethodDef] = &[MethodDef::new(
    "__reduce__",
    Meth::NoArgs(itemgetter_reduce),
)];

pub static ITEMGETTER_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: Slots {
        new: Some(itemgetter_new),
        call: Some(itemgetter_call),
        repr: Some(itemgetter_repr),
        traverse: Some(itemgetter_traverse),
        ..Slots::NONE
    },
    methods: &[ITEMGETTER_METHODS],
    ..TypeSpec::new("operator.itemgetter", PayloadInfo::of::<ItemGetter>())
};

// ---- attrgetter ----

pub struct AttrGetter {
    /// The names as given, and each split at its dots (interned).
    names: Vec<ObjRef>,
    paths: Vec<Vec<ObjRef>>,
}
impl PyPayload for AttrGetter {}

fn attrgetter_new(
    ts: &ThreadState,
    cls: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    no_kwargs(ts, "attrgetter", kw)?;
    if args.is_empty() {
        return Err(ts.type_error("attrgetter expected 1 argument, got 0"));
    }
    let mut paths = Vec::with_capacity(args.len());
    for a in args {
        let Some(s) = a.downcast::<PyStr>() else {
            return Err(ts.type_error("attribute name must be a string"));
        };
        paths.push(s.as_str().split('.').map(|p| ts.intern(p)).collect());
    }
    Ok(alloc_object(
        ts,
        cls,
        AttrGetter {
            names: args.to_vec(),
            paths,
        },
    ))
}

fn attrgetter_call(
    ts: &ThreadState,
    o: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let obj = one_arg(ts, "attrgetter", args, kw)?;
    let g = o.downcast::<AttrGetter>().expect("attrgetter");
    let get = |path: &Vec<ObjRef>| -> PyResult<ObjRef> {
        let mut cur = obj.clone();
        for p in path {
            cur = ab::getattr(ts, &cur, p)?;
        }
        Ok(cur)
    };
    if let [p] = g.paths.as_slice() {
        return get(p);
    }
    let v = g.paths.iter().map(get).collect::<PyResult<Vec<_>>>()?;
    Ok(ts.new_tuple(v))
}

fn attrgetter_repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let g = o.downcast::<AttrGetter>().expect("attrgetter");
    repr_call(ts, o, || {
        g.names.iter().map(|i| ab::repr_string(ts, i)).collect()
    })
}

fn attrgetter_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let g = o.downcast::<AttrGetter>().expect("attrgetter");
    Ok(ts.new_tuple(vec![o.class().clone(), ts.new_tuple_from(&g.names)]))
}

static ATTRGETTER_METHODS: &[MethodDef] = &[MethodDef::new(
    "__reduce__",
    Meth::NoArgs(attrgetter_reduce),
)];

pub static ATTRGETTER_SPEC: TypeSpec = TypeSpec {
    slots: Slots {
        new: Some(attrgetter_new),
        call: Some(attrgetter_call),
        repr: Some(attrgetter_repr),
        ..Slots::NONE
    },
    methods: &[ATTRGETTER_METHODS],
    ..TypeSpec::new("operator.attrgetter", PayloadInfo::of::<AttrGetter>())
};

// ---- methodcaller ----

pub struct MethodCaller {
    name: ObjRef,
    /// Positional arguments, then the keyword values.
    args: Vec<ObjRef>,
    kwnames: Option<ObjRef>,
}
impl PyPayload for MethodCaller {}

fn methodcaller_new(
    ts: &ThreadState,
    cls: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let npos = args.len() - kw_names(kw).len();
    if npos < 1 {
        return Err(ts.type_error("methodcaller needs at least one argument, the method name"));
    }
    if !args[0].is_a::<PyStr>() {
        return Err(ts.type_error("method name must be a string"));
    }
    let name = ts.intern_obj(&args[0]);
    let kwnames = if kw_names(kw).is_empty() {
        None
    } else {
        kw.cloned()
    };
    Ok(alloc_object(
        ts,
        cls,
        MethodCaller {
            name,
            args: args[1..].to_vec(),
            kwnames,
        },
    ))
}

fn methodcaller_call(
    ts: &ThreadState,
    o: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let obj = one_arg(ts, "methodcaller", args, kw)?;
    let m = o.downcast::<MethodCaller>().expect("methodcaller");
    let f = ab::getattr(ts, obj, &m.name)?;
    ab::vectorcall(ts, &f, &m.args, m.kwnames.as_ref())
}

fn methodcaller_repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let m = o.downcast::<MethodCaller>().expect("methodcaller");
    repr_call(ts, o, || {
        let mut v = vec![ab::repr_string(ts, &m.name)?];
        let (pos, kws) = split_kw(&m.args, m.kwnames.as_ref());
        for a in pos {
            v.push(ab::repr_string(ts, a)?);
        }
        for (k, a) in kws {
            v.push(format!("{k}={}", ab::repr_string(ts, a)?));
        }
        Ok(v)
    })
}

fn methodcaller_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let m = o.downcast::<MethodCaller>().expect("methodcaller");
    let (pos, kws) = split_kw(&m.args, m.kwnames.as_ref());
    if kws.is_empty() {
        let mut a = vec![m.name.clone()];
        a.extend(pos.iter().cloned());
        return Ok(ts.new_tuple(vec![o.class().clone(), ts.new_tuple(a)]));
    }
    // partial(methodcaller, name, **kwargs)(*args)
    let functools = crate::modules::functools::make(ts);
    let partial = ab::getattr_str(ts, &functools, "partial")?;
    let d = ts.new_dict();
    for (k, v) in kws {
        d.downcast::<PyDict>()
            .expect("dict")
            .set_item_str(ts, k, v.clone())?;
    }
    let p = ab::call_with_dict(ts, &partial, &[o.class().clone(), m.name.clone()], Some(&d))?;
    Ok(ts.new_tuple(vec![p, ts.new_tuple_from(pos)]))
}

fn methodcaller_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let m = o.downcast::<MethodCaller>().expect("methodcaller");
    for a in &m.args {
        visit(a);
    }
}

static METHODCALLER_METHODS: &[MethodDef] = &[MethodDef::new(
    "__reduce__",
    Meth::NoArgs(methodcaller_reduce),
)];

pub static METHODCALLER_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: Slots {
        new: Some(methodcaller_new),
        call: Some(methodcaller_call),
        repr: Some(methodcaller_repr),
        traverse: Some(methodcaller_traverse),
        ..Slots::NONE
    },
    methods: &[METHODCALLER_METHODS],
    ..TypeSpec::new("operator.methodcaller", PayloadInfo::of::<MethodCaller>())
};

//! `collections.defaultdict`: a `dict` subtype whose payload is a `PyDict` followed by the
//! `default_factory` (the type reports `PyDict` as its solid payload, so every dict method
//! and slot works on it unchanged), with `__missing__`, `copy`, `__reduce__`, `|` and
//! CPython's repr.

use std::any::TypeId;
use std::cell::RefCell;
use std::mem::size_of;

use taipan_object::abstract_ as ab;
use taipan_object::header::{PyObject, drop_payload};
use taipan_object::typeobj::{
    GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags, nb, type_check,
};
use taipan_object::types::dict::{self, PyDict};
use taipan_object::{ObjRef, PyResult, ThreadState, alloc_object};

use crate::modules::common::{split_kw, type_of};

/// The payload: a dict first (`repr(C)`: at the payload's start), then the factory.
#[repr(C)]
pub struct DefDict {
    dict: PyDict,
    factory: RefCell<Option<ObjRef>>,
}

const PAYLOAD: PayloadInfo = PayloadInfo {
    size: size_of::<PyObject<DefDict>>(),
    drop: drop_payload::<DefDict>,
    id: TypeId::of::<PyDict>,
};

fn this<'a>(ts: &ThreadState, o: &'a ObjRef) -> Option<&'a DefDict> {
    if type_check(o, &type_of(ts, &SPEC)) {
        // SAFETY: instances of defaultdict and its subclasses hold a `DefDict`.
        Some(unsafe { o.payload_unchecked::<DefDict>() })
    } else {
        None
    }
}

fn factory(ts: &ThreadState, o: &ObjRef) -> Option<ObjRef> {
    this(ts, o).and_then(|d| d.factory.borrow().clone())
}

fn dd_new(ts: &ThreadState, cls: &ObjRef, _: &[ObjRef], _: Option<&ObjRef>) -> PyResult<ObjRef> {
    Ok(alloc_object(
        ts,
        cls,
        DefDict {
            dict: PyDict::new(),
            factory: RefCell::new(None),
        },
    ))
}

fn dd_init(ts: &ThreadState, o: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<()> {
    let (pos, _) = split_kw(args, kw);
    let (f, rest) = match pos.first() {
        Some(f) => (Some(f.clone()), &args[1..]),
        None => (None, args),
    };
    let f = f.filter(|f| !ts.is_none(f));
    if let Some(f) = &f
        && f.typ().slots().call.is_none()
    {
        return Err(ts.type_error("first argument must be callable or None"));
    }
    if let Some(d) = this(ts, o) {
        d.factory.replace(f);
    }
    let init = dict::SPEC.slots.init.expect("dict.__init__");
    init(ts, o, rest, kw)
}

fn missing(ts: &ThreadState, o: &ObjRef, key: &ObjRef) -> PyResult<ObjRef> {
    let Some(f) = factory(ts, o) else {
        return Err(ts.key_error(key.clone()));
    };
    let v = ab::call(ts, &f, &[])?;
    ab::setitem(ts, o, key, Some(&v))?;
    Ok(v)
}

fn copy(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let f = factory(ts, o).unwrap_or_else(|| ts.none());
    ab::call(ts, o.class(), &[f, o.clone()])
}

fn reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let args = match factory(ts, o) {
        None => ts.empty_tuple(),
        Some(f) => ts.new_tuple(vec![f]),
    };
    let items = ab::call_method(ts, o, "items", &[])?;
    let it = ab::iter(ts, &items)?;
    Ok(ts.new_tuple(vec![o.class().clone(), args, ts.none(), ts.none(), it]))
}

fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let dict_repr = dict::SPEC.slots.repr.expect("dict.__repr__");
    let base = dict_repr(ts, o)?;
    let name = o.typ().name();
    let name = name.rsplit('.').next().unwrap_or(name).to_string();
    let f = match factory(ts, o) {
        None => "None".to_string(),
        Some(f) => {
            if !ts.repr_enter(&f) {
                "...".to_string()
            } else {
                let r = ab::repr_string(ts, &f);
                ts.repr_leave(&f);
                r?
            }
        }
    };
    Ok(ts.new_string(format!("{name}({f}, {})", ab::str_of(&base))))
}

fn or(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    let (s, other) = if this(ts, a).is_some() {
        (a, b)
    } else {
        (b, a)
    };
    if !other.is_a::<PyDict>() {
        return Ok(ts.not_implemented());
    }
    let f = factory(ts, s).unwrap_or_else(|| ts.none());
    let n = ab::call(ts, s.class(), &[f, a.clone()])?;
    dict::merge(ts, n.downcast::<PyDict>().expect("dict"), b)?;
    Ok(n)
}

fn traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    (dict::SPEC.slots.traverse.expect("dict traverse"))(o, visit);
    // SAFETY: the slot is only reached through defaultdict's type and its subclasses.
    let d = unsafe { o.payload_unchecked::<DefDict>() };
    if let Some(f) = d.factory.borrow().as_ref() {
        visit(f);
    }
}

fn clear(ts: &ThreadState, o: &ObjRef) {
    (dict::SPEC.slots.clear.expect("dict clear"))(ts, o);
    // SAFETY: as in `traverse`.
    let d = unsafe { o.payload_unchecked::<DefDict>() };
    let f = d.factory.take();
    drop(f);
}

fn get_factory(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(factory(ts, o).unwrap_or_else(|| ts.none()))
}
fn set_factory(ts: &ThreadState, o: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    if let Some(d) = this(ts, o) {
        let old = d.factory.replace(v.filter(|v| !ts.is_none(v)).cloned());
        drop(old);
    }
    Ok(())
}

const fn number_slots() -> [Option<taipan_object::typeobj::slots::BinaryFn>; nb::COUNT] {
    let mut n: [Option<taipan_object::typeobj::slots::BinaryFn>; nb::COUNT] = [None; nb::COUNT];
    n[nb::OR] = Some(or);
    n
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("__missing__", Meth::O(missing)),
    MethodDef::new("copy", Meth::NoArgs(copy)),
    MethodDef::new("__copy__", Meth::NoArgs(copy)),
    MethodDef::new("__reduce__", Meth::NoArgs(reduce)),
];

static GETSETS: &[GetSetDef] = &[GetSetDef {
    name: "default_factory",
    get: get_factory,
    set: Some(set_factory),
    doc: "Factory for default value called by __missing__().",
}];

pub static SPEC: TypeSpec = TypeSpec {
    base: Some(|ts| &ts.types.dict),
    flags: flags::HAVE_GC | flags::BASETYPE | flags::DICT_SUBCLASS,
    slots: Slots {
        new: Some(dd_new),
        init: Some(dd_init),
        repr: Some(repr),
        traverse: Some(traverse),
        clear: Some(clear),
        number: number_slots(),
        ..Slots::NONE
    },
    methods: &[METHODS],
    getsets: GETSETS,
    ..TypeSpec::new("collections.defaultdict", PAYLOAD)
};

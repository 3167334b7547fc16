//! `types.SimpleNamespace` (CPython's Objects/namespaceobject.c): an instance dict made at
//! construction and filled from keyword arguments only, the `namespace(a=1, b=2)` repr (the
//! subclass's name for a subclass, `namespace(...)` when recursive), equality by the dicts of
//! two namespaces, `__reduce__`. `sys.implementation` is one; `types.py` finds the type as
//! `type(sys.implementation)`.

use std::cell::Cell;

use taipan_object::abstract_ as ab;
use taipan_object::args::kw_names;
use taipan_object::dict_offset;
use taipan_object::typeobj::{CompareOp, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags};
use taipan_object::types::dict::PyDict;
use taipan_object::types::str_::PyStr;
use taipan_object::{ObjRef, PyPayload, PyResult, ThreadState, alloc_object};

pub struct Namespace {
    dict: Cell<Option<ObjRef>>,
}
impl PyPayload for Namespace {}

fn this(o: &ObjRef) -> &Namespace {
    o.downcast::<Namespace>().expect("SimpleNamespace")
}

fn dict_of(o: &ObjRef) -> Option<ObjRef> {
    let n = this(o);
    let d = n.dict.take();
    n.dict.set(d.clone());
    d
}

/// A namespace with `items` as its attributes (`sys.implementation`).
pub fn new_namespace(ts: &ThreadState, items: &[(&str, ObjRef)]) -> ObjRef {
    let d = ts.new_dict();
    if let Some(dict) = d.downcast::<PyDict>() {
        for (k, v) in items {
            let _ = dict.set_item_str(ts, k, v.clone());
        }
    }
    let cls = crate::modules::common::type_of(ts, &SPEC);
    alloc_object(
        ts,
        &cls,
        Namespace {
            dict: Cell::new(Some(d)),
        },
    )
}

fn ns_new(ts: &ThreadState, cls: &ObjRef, _: &[ObjRef], _: Option<&ObjRef>) -> PyResult<ObjRef> {
    Ok(alloc_object(
        ts,
        cls,
        Namespace {
            dict: Cell::new(Some(ts.new_dict())),
        },
    ))
}

fn ns_init(ts: &ThreadState, o: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<()> {
    let names = kw_names(kw);
    if args.len() > names.len() {
        return Err(ts.type_error("no positional arguments expected"));
    }
    let Some(d) = dict_of(o) else {
        return Ok(());
    };
    let npos = args.len() - names.len();
    for (k, v) in names.iter().zip(&args[npos..]) {
        ab::setitem(ts, &d, k, Some(v))?;
    }
    Ok(())
}

fn ns_repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let cls = crate::modules::common::type_of(ts, &SPEC);
    let name = if o.class().is(&cls) {
        "namespace".to_string()
    } else {
        o.typ().name().to_string()
    };
    if !ts.repr_enter(o) {
        return Ok(ts.new_str(&format!("{name}(...)")));
    }
    let r = ns_repr_items(ts, o, &name);
    ts.repr_leave(o);
    r
}

fn ns_repr_items(ts: &ThreadState, o: &ObjRef, name: &str) -> PyResult<ObjRef> {
    let mut out = format!("{name}(");
    if let Some(d) = dict_of(o)
        && let Some(dict) = d.downcast::<PyDict>()
    {
        let mut first = true;
        for (k, v) in dict.items() {
            let Some(key) = k.downcast::<PyStr>() else {
                continue;
            };
            if key.as_str().is_empty() {
                continue;
            }
            if !first {
                out.push_str(", ");
            }
            first = false;
            out.push_str(key.as_str());
            out.push('=');
            out.push_str(&ab::repr_string(ts, &v)?);
        }
    }
    out.push(')');
    Ok(ts.new_str(&out))
}

fn ns_richcompare(ts: &ThreadState, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    match (a.downcast::<Namespace>(), b.downcast::<Namespace>()) {
        (Some(_), Some(_)) => match (dict_of(a), dict_of(b)) {
            (Some(x), Some(y)) => ab::rich_compare(ts, &x, &y, op),
            _ => Ok(ts.not_implemented()),
        },
        _ => Ok(ts.not_implemented()),
    }
}

fn ns_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let d = dict_of(o).unwrap_or_else(|| ts.new_dict());
    Ok(ts.new_tuple(vec![o.class().clone(), ts.empty_tuple(), d]))
}

fn traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    if let Some(d) = dict_of(o) {
        visit(&d);
    }
}

fn clear(_: &ThreadState, o: &ObjRef) {
    drop(this(o).dict.take());
}

static METHODS: &[MethodDef] = &[MethodDef::new("__reduce__", Meth::NoArgs(ns_reduce))];

pub static SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC | flags::BASETYPE,
    slots: Slots {
        new: Some(ns_new),
        init: Some(ns_init),
        repr: Some(ns_repr),
        richcompare: Some(ns_richcompare),
        hash: Some(taipan_object::types::object::hash_not_implemented),
        traverse: Some(traverse),
        clear: Some(clear),
        ..Slots::NONE
    },
    methods: &[METHODS],
    dictoffset: dict_offset!(Namespace, dict),
    doc: "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)",
    ..TypeSpec::new("types.SimpleNamespace", PayloadInfo::of::<Namespace>())
};

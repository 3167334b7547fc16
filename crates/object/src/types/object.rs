//! `object`, the root type: default repr/str/hash (by identity), `==` by identity,
//! generic attribute access, `object()`/`object.__init__` argument checks, `__class__`,
//! `__format__`, `__init_subclass__`, `__dir__`.

use crate::abstract_ as ab;
use crate::args;
use crate::attr;
use crate::error::PyResult;
use crate::header::{ObjRef, alloc_object};
use crate::thread::ThreadState;
use crate::typeobj::{
    CompareOp, GetSetDef, Meth, MethodDef, PayloadInfo, PyType, Slots, TypeSpec, flags,
};
use crate::types::dict::PyDict;
use crate::types::tuple::PyTuple;

/// CPython's `_Py_HashPointer`: the address rotated by 4 bits.
pub fn hash_pointer(o: &ObjRef) -> i64 {
    taipan_numeric::hash::hash_pointer(o.id())
}

fn hash(_: &ThreadState, o: &ObjRef) -> PyResult<i64> {
    Ok(hash_pointer(o))
}

/// The `hash` slot of unhashable types (`__hash__ = None`).
pub fn hash_not_implemented(ts: &ThreadState, o: &ObjRef) -> PyResult<i64> {
    Err(ts.type_error(format!("unhashable type: '{}'", o.typ().name())))
}

/// The module name of a type, for reprs (`builtins` for built-in types).
pub fn type_module(ts: &ThreadState, ty: &ObjRef) -> Option<String> {
    let t = ty.typ_payload();
    if t.is_heap() {
        let m = t.dict_payload().get_str_rs(ts, "__module__")?;
        return m
            .downcast::<crate::types::str_::PyStr>()
            .map(|s| s.as_str().to_string());
    }
    match t.name().rfind('.') {
        Some(i) => Some(t.name()[..i].to_string()),
        None => Some("builtins".to_string()),
    }
}

/// The qualified name of a type (`__qualname__`).
pub fn type_qualname(ty: &ObjRef) -> String {
    let t = ty.typ_payload();
    if let Some(q) = t.qualname() {
        return ab::str_of(q).to_string();
    }
    match t.name().rfind('.') {
        Some(i) => t.name()[i + 1..].to_string(),
        None => t.name().to_string(),
    }
}

fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let ty = o.class();
    let q = type_qualname(ty);
    let s = match type_module(ts, ty) {
        Some(m) if m != "builtins" => format!("<{m}.{q} object at {:#x}>", o.id()),
        _ => format!("<{q} object at {:#x}>", o.id()),
    };
    Ok(ts.new_str(&s))
}

fn str(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    ab::repr(ts, o)
}

fn richcompare(ts: &ThreadState, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    match op {
        CompareOp::Eq => Ok(if a.is(b) {
            ts.bool_obj(true)
        } else {
            ts.not_implemented()
        }),
        CompareOp::Ne => {
            // `__ne__` inverts `__eq__` unless that is NotImplemented.
            let eq = a.typ().slots().richcompare;
            match eq {
                Some(f) if f as usize != richcompare as *const () as usize => {
                    let r = f(ts, a, b, CompareOp::Eq)?;
                    if ts.is_not_implemented(&r) {
                        return Ok(r);
                    }
                    Ok(ts.bool_obj(!ab::is_true(ts, &r)?))
                }
                _ => Ok(if a.is(b) {
                    ts.bool_obj(false)
                } else {
                    ts.not_implemented()
                }),
            }
        }
        _ => Ok(ts.not_implemented()),
    }
}

fn excess(args: &[ObjRef], kw: Option<&ObjRef>) -> bool {
    !args.is_empty() || !args::kw_names(kw).is_empty()
}

/// `object.__new__`: instances of types whose solid base is `object`.
pub fn object_new(
    ts: &ThreadState,
    ty: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let t = ty.typ_payload();
    if excess(args, kw) {
        let s = t.slots();
        if s.new.map(|f| f as usize) != Some(object_new as *const () as usize) {
            return Err(ts.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if s.init.map(|f| f as usize) == Some(object_init as *const () as usize) {
            return Err(ts.type_error(format!("{}() takes no arguments", t.name())));
        }
    }
    if t.has_flag(flags::IS_ABSTRACT) {
        return Err(abstract_error(ts, ty));
    }
    if t.payload_id != std::any::TypeId::of::<()>() {
        // `tp_new_wrapper`: name the nearest static base, whose `__new__` is the safe one.
        let mut base = ty.clone();
        while base.typ_payload().is_heap() {
            match base.typ_payload().base() {
                Some(b) => base = b.clone(),
                None => break,
            }
        }
        return Err(ts.type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            t.name(),
            base.typ_payload().name()
        )));
    }
    Ok(alloc_object(ts, ty, ()))
}

fn abstract_error(ts: &ThreadState, ty: &ObjRef) -> crate::error::PyErr {
    let t = ty.typ_payload();
    let mut names: Vec<String> = Vec::new();
    if let Some(a) = t.dict_payload().get_str_rs(ts, "__abstractmethods__")
        && let Ok(items) = ab::collect(ts, &a)
    {
        names = items.iter().map(|n| ab::str_of(n).to_string()).collect();
        names.sort();
    }
    let n = names.len();
    ts.type_error(format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        t.name(),
        if n == 1 { "" } else { "s" },
        names.join(", ")
    ))
}

fn object_init(ts: &ThreadState, o: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<()> {
    if excess(args, kw) {
        let s = o.typ().slots();
        if s.init.map(|f| f as usize) != Some(object_init as *const () as usize) {
            return Err(ts.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if s.new.map(|f| f as usize) == Some(object_new as *const () as usize) {
            return Err(ts.type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                o.typ().name()
            )));
        }
    }
    Ok(())
}

fn get_class(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(o.class().clone())
}

fn set_class(ts: &ThreadState, o: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    let Some(v) = v else {
        return Err(ts.type_error("can't delete __class__ attribute"));
    };
    let Some(nt) = v.downcast::<PyType>() else {
        return Err(ts.type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            v.typ().name()
        )));
    };
    let ot = o.typ();
    if !nt.is_heap() || !ot.is_heap() {
        return Err(ts.type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    if nt.payload_id != ot.payload_id
        || nt.basicsize.get() != ot.basicsize.get()
        || nt.dictoffset.get() != ot.dictoffset.get()
    {
        return Err(ts.type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            nt.name(),
            ot.name()
        )));
    }
    o.set_class(v.clone());
    Ok(())
}

fn format(ts: &ThreadState, o: &ObjRef, spec: &ObjRef) -> PyResult<ObjRef> {
    if !spec.is_a::<crate::types::str_::PyStr>() {
        // `_PyArg_BadArgument` says "None" for None.
        let what = if ts.is_none(spec) {
            "None"
        } else {
            spec.typ().name()
        };
        return Err(ts.type_error(format!("__format__() argument must be str, not {what}")));
    }
    if !ab::str_of(spec).is_empty() {
        return Err(ts.type_error(format!(
            "unsupported format string passed to {}.__format__",
            o.typ().name()
        )));
    }
    ab::str(ts, o)
}

fn init_subclass(
    ts: &ThreadState,
    cls: &ObjRef,
    _: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let what = format!("{}.__init_subclass__", type_qualname(cls));
    args::no_kwargs(ts, &what, kw)?;
    Ok(ts.none())
}

fn subclasshook(ts: &ThreadState, _: &ObjRef, _: &[ObjRef]) -> PyResult<ObjRef> {
    Ok(ts.not_implemented())
}

/// `object.__dir__`: the keys of `self.__dict__` (if a dict) and of the `__dict__` of
/// `self.__class__` and its `__bases__`, recursively (CPython's `merge_class_dict`).
fn dir(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let names = ts.new_dict();
    let nd = names.downcast::<PyDict>().expect("dict");
    if let Some(d) = ab::getattr_opt(ts, o, &ts.names.__dict__)?
        && let Some(d) = d.downcast::<PyDict>()
    {
        for (k, v) in d.items() {
            nd.set_item(ts, k, v)?;
        }
    }
    if let Some(c) = ab::getattr_opt(ts, o, &ts.names.__class__)? {
        merge_class_dict(ts, nd, &c, 0)?;
    }
    Ok(ts.new_list(nd.keys()))
}
fn merge_class_dict(ts: &ThreadState, nd: &PyDict, c: &ObjRef, depth: usize) -> PyResult<()> {
    if depth > 1000 {
        return Err(ts.recursion_error("maximum recursion depth exceeded"));
    }
    // A plain class: its own dict and bases, without attribute lookups.
    let plain = c.class().is(&ts.types.type_);
    if plain {
        let t = c.typ_payload();
        for k in t.dict_payload().keys() {
            nd.set_item(ts, k, ts.none())?;
        }
        let bases = t.bases().clone();
        for b in bases.downcast::<PyTuple>().map_or(&[][..], |t| t.items()) {
            merge_class_dict(ts, nd, b, depth + 1)?;
        }
        return Ok(());
    }
    if let Some(d) = ab::getattr_opt(ts, c, &ts.names.__dict__)? {
        let keys = ab::call_method(ts, &d, "keys", &[])?;
        for k in ab::collect(ts, &keys)? {
            nd.set_item(ts, k, ts.none())?;
        }
    }
    if let Some(b) = ab::getattr_opt(ts, c, &ts.intern("__bases__"))? {
        for b in ab::collect(ts, &b)? {
            merge_class_dict(ts, nd, &b, depth + 1)?;
        }
    }
    Ok(())
}

fn sizeof(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(crate::sizeof::object_sizeof(ts, o) as i64))
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("__format__", Meth::O(format)),
    MethodDef::class("__init_subclass__", Meth::FastKw(init_subclass)),
    MethodDef::class("__subclasshook__", Meth::Fast(subclasshook)),
    MethodDef::new("__dir__", Meth::NoArgs(dir)),
    MethodDef::new("__sizeof__", Meth::NoArgs(sizeof)),
];

static GETSETS: &[GetSetDef] = &[GetSetDef {
    name: "__class__",
    get: get_class,
    set: Some(set_class),
    doc: "",
}];

pub static SPEC: TypeSpec = TypeSpec {
    base: None,
    flags: flags::BASETYPE,
    slots: Slots {
        repr: Some(repr),
        str: Some(str),
        hash: Some(hash),
        richcompare: Some(richcompare),
        getattro: Some(attr::generic_getattr),
        setattro: Some(attr::generic_setattr),
        init: Some(object_init),
        new: Some(object_new),
        ..Slots::NONE
    },
    methods: &[METHODS, crate::types::object_reduce::METHODS],
    getsets: GETSETS,
    doc: "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n",
    ..TypeSpec::new("object", PayloadInfo::of::<()>())
};

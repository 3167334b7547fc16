//! `types.GenericAlias` (`list[int]`: `__origin__`, `__args__`, repr, calling the origin,
//! `__mro_entries__`, refusing `isinstance`) and `types.UnionType` (`int | str`: flattened,
//! deduplicated `__args__`, repr, `isinstance` over the members), CPython's genericaliasobject.c
//! and unionobject.c.

use crate::abstract_ as ab;
use crate::attr;
use crate::error::PyResult;
use crate::header::{ObjRef, PyPayload, alloc_object};
use crate::thread::ThreadState;
use crate::typeobj::slots::nb;
use crate::typeobj::{
    CompareOp, GetSetDef, Meth, MethodDef, PayloadInfo, PyType, Slots, TypeSpec, flags,
};
use crate::types::tuple::PyTuple;

pub struct PyGenericAlias {
    origin: ObjRef,
    /// Always a tuple.
    args: ObjRef,
}

impl PyPayload for PyGenericAlias {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.generic_alias
    }
}

pub struct PyUnion {
    /// A tuple of the members, flattened and deduplicated.
    args: ObjRef,
}

impl PyPayload for PyUnion {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.union_type
    }
}

impl PyUnion {
    pub fn args(&self) -> &ObjRef {
        &self.args
    }
}

impl ThreadState {
    /// `origin[args]` (`args` a tuple, or one item that is wrapped in a tuple).
    pub fn new_generic_alias(&self, origin: ObjRef, args: ObjRef) -> ObjRef {
        let args = if args.is_a::<PyTuple>() {
            args
        } else {
            self.new_tuple(vec![args])
        };
        alloc_object(
            self,
            &self.types.generic_alias,
            PyGenericAlias { origin, args },
        )
    }
}

fn ga(o: &ObjRef) -> &PyGenericAlias {
    o.downcast::<PyGenericAlias>().expect("GenericAlias")
}

/// `__class_getitem__` of the built-in generic types (`list[int]`).
pub fn class_getitem(ts: &ThreadState, cls: &ObjRef, item: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_generic_alias(cls.clone(), item.clone()))
}

/// An item of a generic alias's or union's repr (CPython's `ga_repr_item`).
fn repr_item(ts: &ThreadState, out: &mut String, p: &ObjRef) -> PyResult<()> {
    if p.is(&ts.ellipsis()) {
        out.push_str("...");
        return Ok(());
    }
    if p.is_a::<PyGenericAlias>() || p.is_a::<PyUnion>() {
        out.push_str(&ab::repr_string(ts, p)?);
        return Ok(());
    }
    if p.is_a::<PyType>() {
        let q = crate::types::object::type_qualname(p);
        match crate::types::object::type_module(ts, p) {
            Some(m) if m != "builtins" => {
                out.push_str(&m);
                out.push('.');
                out.push_str(&q);
            }
            _ => out.push_str(&q),
        }
        return Ok(());
    }
    out.push_str(&ab::repr_string(ts, p)?);
    Ok(())
}

fn ga_repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let g = ga(o);
    let mut s = String::new();
    repr_item(ts, &mut s, &g.origin)?;
    s.push('[');
    let args = g.args.downcast::<PyTuple>().expect("tuple").items();
    if args.is_empty() {
        s.push_str("()");
    }
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        repr_item(ts, &mut s, a)?;
    }
    s.push(']');
    Ok(ts.new_string(s))
}

fn ga_call(ts: &ThreadState, o: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    let f = &ga(o).origin;
    let names = crate::args::kw_names(kw);
    ab::vectorcall(ts, f, args, (!names.is_empty()).then_some(kw).flatten())
}

fn ga_richcompare(ts: &ThreadState, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    let (Some(x), Some(y)) = (
        a.downcast::<PyGenericAlias>(),
        b.downcast::<PyGenericAlias>(),
    ) else {
        return Ok(ts.not_implemented());
    };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(ts.not_implemented());
    }
    let eq = ab::eq(ts, &x.origin, &y.origin)? && ab::eq(ts, &x.args, &y.args)?;
    Ok(ts.bool_obj(eq == matches!(op, CompareOp::Eq)))
}

fn ga_hash(ts: &ThreadState, o: &ObjRef) -> PyResult<i64> {
    let g = ga(o);
    Ok(ab::hash(ts, &g.origin)? ^ ab::hash(ts, &g.args)?)
}

/// Attributes not found on the alias come from the origin, except dunders.
fn ga_getattro(ts: &ThreadState, o: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
    if let Some(v) = attr::generic_getattr_opt(ts, o, name)? {
        return Ok(v);
    }
    let n = ab::str_of(name);
    if !(n.starts_with("__") && n.ends_with("__")) {
        return ab::getattr(ts, &ga(o).origin, name);
    }
    attr::generic_getattr(ts, o, name)
}

fn ga_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let g = ga(o);
    visit(&g.origin);
    visit(&g.args);
}

fn ga_origin(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ga(o).origin.clone())
}
fn ga_args(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ga(o).args.clone())
}
fn ga_parameters(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    make_parameters(ts, &ga(o).args)
}

/// CPython's `_Py_make_parameters`: the type variables among `args` (objects with
/// `__typing_subst__`) and the `__parameters__` of nested aliases, each once, in order.
fn make_parameters(ts: &ThreadState, args: &ObjRef) -> PyResult<ObjRef> {
    let mut params: Vec<ObjRef> = Vec::new();
    let Some(items) = args.downcast::<PyTuple>() else {
        return Ok(ts.new_tuple(params));
    };
    for t in items.items() {
        if t.is_a::<PyType>() {
            continue;
        }
        let mut add = |p: &ObjRef| {
            if !params.iter().any(|q| q.is(p)) {
                params.push(p.clone());
            }
        };
        if ab::getattr_opt(ts, t, &ts.intern("__typing_subst__"))?.is_some() {
            add(t);
        } else if let Some(sub) = ab::getattr_opt(ts, t, &ts.intern("__parameters__"))?
            && let Some(sub) = sub.downcast::<PyTuple>()
        {
            for p in sub.items() {
                add(p);
            }
        }
    }
    Ok(ts.new_tuple(params))
}

/// `types.GenericAlias(origin, args)`.
fn ga_new(ts: &ThreadState, ty: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    crate::args::no_kwargs(ts, "GenericAlias", kw)?;
    if args.len() != 2 {
        return Err(ts.type_error(format!(
            "GenericAlias expected 2 arguments, got {}",
            args.len()
        )));
    }
    let a = if args[1].is_a::<PyTuple>() {
        args[1].clone()
    } else {
        ts.new_tuple(vec![args[1].clone()])
    };
    Ok(alloc_object(
        ts,
        ty,
        PyGenericAlias {
            origin: args[0].clone(),
            args: a,
        },
    ))
}

fn ga_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let g = ga(o);
    let a = ts.new_tuple(vec![g.origin.clone(), g.args.clone()]);
    Ok(ts.new_tuple(vec![o.class().clone(), a]))
}
fn ga_mro_entries(ts: &ThreadState, o: &ObjRef, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_tuple(vec![ga(o).origin.clone()]))
}
fn ga_instancecheck(ts: &ThreadState, _: &ObjRef, _: &ObjRef) -> PyResult<ObjRef> {
    Err(ts.type_error("isinstance() argument 2 cannot be a parameterized generic"))
}
fn ga_subclasscheck(ts: &ThreadState, _: &ObjRef, _: &ObjRef) -> PyResult<ObjRef> {
    Err(ts.type_error("issubclass() argument 2 cannot be a parameterized generic"))
}

/// Whether `o` may be a member of a `X | Y` union.
fn unionable(ts: &ThreadState, o: &ObjRef) -> bool {
    ts.is_none(o) || o.is_a::<PyType>() || o.is_a::<PyGenericAlias>() || o.is_a::<PyUnion>()
}

/// `a | b` for types, aliases, unions and `None` (`type.__or__`, `type.__ror__`).
pub fn union_or(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    if !unionable(ts, a) || !unionable(ts, b) {
        return Ok(ts.not_implemented());
    }
    let mut members: Vec<ObjRef> = Vec::new();
    for x in [a, b] {
        let items = match x.downcast::<PyUnion>() {
            Some(u) => u
                .args
                .downcast::<PyTuple>()
                .expect("tuple")
                .items()
                .to_vec(),
            None => vec![x.clone()],
        };
        for i in items {
            let i = if ts.is_none(&i) {
                ts.types.none_type.clone()
            } else {
                i
            };
            let mut dup = false;
            for m in &members {
                let same = if m.is_a::<PyGenericAlias>() && i.is_a::<PyGenericAlias>() {
                    ab::eq(ts, m, &i)?
                } else {
                    m.is(&i)
                };
                if same {
                    dup = true;
                    break;
                }
            }
            if !dup {
                members.push(i);
            }
        }
    }
    if members.len() == 1 {
        return Ok(members.pop().expect("one"));
    }
    let args = ts.new_tuple(members);
    Ok(alloc_object(ts, &ts.types.union_type, PyUnion { args }))
}

fn union(o: &ObjRef) -> &PyUnion {
    o.downcast::<PyUnion>().expect("UnionType")
}

fn union_repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let mut s = String::new();
    for (i, a) in union(o)
        .args
        .downcast::<PyTuple>()
        .expect("tuple")
        .items()
        .iter()
        .enumerate()
    {
        if i > 0 {
            s.push_str(" | ");
        }
        if a.is(&ts.types.none_type) {
            s.push_str("None");
        } else {
            repr_item(ts, &mut s, a)?;
        }
    }
    Ok(ts.new_string(s))
}

fn union_richcompare(ts: &ThreadState, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    let (Some(x), Some(y)) = (a.downcast::<PyUnion>(), b.downcast::<PyUnion>()) else {
        return Ok(ts.not_implemented());
    };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(ts.not_implemented());
    }
    let xs = x.args.downcast::<PyTuple>().expect("tuple").items();
    let ys = y.args.downcast::<PyTuple>().expect("tuple").items();
    let mut eq = xs.len() == ys.len();
    if eq {
        for i in xs {
            let mut found = false;
            for j in ys {
                if ab::eq(ts, i, j)? {
                    found = true;
                    break;
                }
            }
            if !found {
                eq = false;
                break;
            }
        }
    }
    Ok(ts.bool_obj(eq == matches!(op, CompareOp::Eq)))
}

fn union_hash(ts: &ThreadState, o: &ObjRef) -> PyResult<i64> {
    let mut h: i64 = 0;
    for a in union(o).args.downcast::<PyTuple>().expect("tuple").items() {
        h ^= ab::hash(ts, a)?;
    }
    Ok(h)
}

fn union_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    visit(&union(o).args);
}
fn union_args(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(union(o).args.clone())
}
fn union_parameters(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    make_parameters(ts, &union(o).args)
}

static GA_METHODS: &[MethodDef] = &[
    MethodDef::new("__mro_entries__", Meth::O(ga_mro_entries)),
    MethodDef::new("__reduce__", Meth::NoArgs(ga_reduce)),
    MethodDef::new("__instancecheck__", Meth::O(ga_instancecheck)),
    MethodDef::new("__subclasscheck__", Meth::O(ga_subclasscheck)),
];

static GA_GETSETS: &[GetSetDef] = &[
    GetSetDef::ro("__origin__", ga_origin),
    GetSetDef::ro("__args__", ga_args),
    GetSetDef::ro("__parameters__", ga_parameters),
];

pub static SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC | flags::BASETYPE,
    slots: {
        let mut s = Slots {
            repr: Some(ga_repr),
            call: Some(ga_call),
            richcompare: Some(ga_richcompare),
            hash: Some(ga_hash),
            getattro: Some(ga_getattro),
            traverse: Some(ga_traverse),
            new: Some(ga_new),
            ..Slots::NONE
        };
        s.number[nb::OR] = Some(union_or);
        s
    },
    methods: &[GA_METHODS],
    getsets: GA_GETSETS,
    ..TypeSpec::new("types.GenericAlias", PayloadInfo::of::<PyGenericAlias>())
};

static UNION_GETSETS: &[GetSetDef] = &[
    GetSetDef::ro("__args__", union_args),
    GetSetDef::ro("__parameters__", union_parameters),
];

pub static UNION_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: {
        let mut s = Slots {
            repr: Some(union_repr),
            richcompare: Some(union_richcompare),
            hash: Some(union_hash),
            traverse: Some(union_traverse),
            ..Slots::NONE
        };
        s.number[nb::OR] = Some(union_or);
        s
    },
    getsets: UNION_GETSETS,
    ..TypeSpec::new("types.UnionType", PayloadInfo::of::<PyUnion>())
};

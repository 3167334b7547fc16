//! The Python-level descriptors: `property` (fget/fset/fdel, `getter`/`setter`/`deleter`),
//! `classmethod`, `staticmethod`, and `super` (explicit and zero-argument forms; lookup along
//! the MRO after the given class).

use std::cell::RefCell;

use crate::abstract_ as ab;
use crate::args;
use crate::error::PyResult;
use crate::header::{ObjRef, PyPayload, alloc_object};
use crate::thread::ThreadState;
use crate::typeobj::{
    GetSetDef, Meth, MethodDef, PayloadInfo, PyType, Slots, TypeSpec, flags, type_check,
};

// ---- property ----

pub struct PyProperty {
    fget: RefCell<Option<ObjRef>>,
    fset: RefCell<Option<ObjRef>>,
    fdel: RefCell<Option<ObjRef>>,
    doc: RefCell<Option<ObjRef>>,
    name: RefCell<Option<ObjRef>>,
    /// The doc came from the getter (`getter_doc`): a copy with a new getter takes the
    /// new getter's.
    getter_doc: std::cell::Cell<bool>,
}
impl PyPayload for PyProperty {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.property
    }
}
fn prop(o: &ObjRef) -> &PyProperty {
    o.downcast::<PyProperty>().expect("property")
}
fn prop_new(ts: &ThreadState, ty: &ObjRef, _: &[ObjRef], _: Option<&ObjRef>) -> PyResult<ObjRef> {
    Ok(alloc_object(
        ts,
        ty,
        PyProperty {
            fget: RefCell::new(None),
            fset: RefCell::new(None),
            fdel: RefCell::new(None),
            doc: RefCell::new(None),
            name: RefCell::new(None),
            getter_doc: std::cell::Cell::new(false),
        },
    ))
}
fn prop_init(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<()> {
    static SPEC_ARGS: args::ArgSpec = args::ArgSpec {
        fname: "property",
        names: &["fget", "fset", "fdel", "doc"],
        required: 0,
        posonly: 0,
        kwonly: 4,
    };
    let [g, s, d, doc] = args::parse::<4>(ts, &SPEC_ARGS, a, kw)?;
    let nn = |x: Option<ObjRef>| x.filter(|v| !ts.is_none(v));
    let p = prop(o);
    let g = nn(g);
    let mut doc = nn(doc);
    let mut getter_doc = false;
    if doc.is_none()
        && let Some(g) = &g
    {
        doc = ab::getattr_opt(ts, g, &ts.names.__doc__)?.filter(|v| !ts.is_none(v));
        getter_doc = doc.is_some();
    }
    *p.fget.borrow_mut() = g;
    *p.fset.borrow_mut() = nn(s);
    *p.fdel.borrow_mut() = nn(d);
    p.getter_doc.set(getter_doc);
    if o.class().is(&ts.types.property) {
        *p.doc.borrow_mut() = doc;
    } else {
        // `property_init_impl`: a subclass instance keeps `__doc__` in its own dict, else
        // the subclass's class `__doc__` would shadow it.
        let doc = doc.unwrap_or_else(|| ts.none());
        ab::setattr(ts, o, &ts.names.__doc__, Some(&doc))?;
    }
    Ok(())
}
fn prop_get(
    ts: &ThreadState,
    o: &ObjRef,
    obj: Option<&ObjRef>,
    _: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let Some(obj) = obj else { return Ok(o.clone()) };
    let g = prop(o).fget.borrow().clone();
    match g {
        Some(g) => ab::call(ts, &g, std::slice::from_ref(obj)),
        None => Err(ts.attribute_error(prop_msg(ts, o, obj, "getter"))),
    }
}
fn prop_msg(ts: &ThreadState, o: &ObjRef, obj: &ObjRef, what: &str) -> String {
    let q = crate::types::object::type_qualname(obj.class());
    let name = prop(o).name.borrow().clone();
    match name.map(|n| ab::repr_string(ts, &n)) {
        Some(Ok(n)) => format!("property {n} of '{q}' object has no {what}"),
        _ => format!("property of '{q}' object has no {what}"),
    }
}
fn prop_set(ts: &ThreadState, o: &ObjRef, obj: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    let p = prop(o);
    match v {
        Some(v) => {
            let s = p.fset.borrow().clone();
            match s {
                Some(s) => ab::call(ts, &s, &[obj.clone(), v.clone()]).map(drop),
                None => Err(ts.attribute_error(prop_msg(ts, o, obj, "setter"))),
            }
        }
        None => {
            let d = p.fdel.borrow().clone();
            match d {
                Some(d) => ab::call(ts, &d, std::slice::from_ref(obj)).map(drop),
                None => Err(ts.attribute_error(prop_msg(ts, o, obj, "deleter"))),
            }
        }
    }
}
/// `property_copy`: `type(old)(fget, fset, fdel, doc)` with one accessor replaced.
fn prop_copy(ts: &ThreadState, o: &ObjRef, which: usize, f: &ObjRef) -> PyResult<ObjRef> {
    let p = prop(o);
    let pick = |i: usize, cur: &RefCell<Option<ObjRef>>| {
        if i == which {
            f.clone()
        } else {
            cur.borrow().clone().unwrap_or_else(|| ts.none())
        }
    };
    let get = pick(0, &p.fget);
    let set = pick(1, &p.fset);
    let del = pick(2, &p.fdel);
    let doc = if p.getter_doc.get() && !ts.is_none(&get) {
        ts.none()
    } else {
        p.doc.borrow().clone().unwrap_or_else(|| ts.none())
    };
    let n = ab::call(ts, o.class(), &[get, set, del, doc])?;
    if let Some(q) = n.downcast::<PyProperty>() {
        *q.name.borrow_mut() = p.name.borrow().clone();
    }
    Ok(n)
}
fn getter(ts: &ThreadState, o: &ObjRef, f: &ObjRef) -> PyResult<ObjRef> {
    prop_copy(ts, o, 0, f)
}
fn setter(ts: &ThreadState, o: &ObjRef, f: &ObjRef) -> PyResult<ObjRef> {
    prop_copy(ts, o, 1, f)
}
fn deleter(ts: &ThreadState, o: &ObjRef, f: &ObjRef) -> PyResult<ObjRef> {
    prop_copy(ts, o, 2, f)
}
fn set_name(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    if a.len() != 2 {
        return Err(ts.type_error(format!(
            "__set_name__() takes 2 positional arguments but {} were given",
            a.len()
        )));
    }
    *prop(o).name.borrow_mut() = Some(a[1].clone());
    Ok(ts.none())
}
fn opt(ts: &ThreadState, v: &RefCell<Option<ObjRef>>) -> ObjRef {
    v.borrow().clone().unwrap_or_else(|| ts.none())
}
fn p_fget(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(opt(ts, &prop(o).fget))
}
fn p_fset(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(opt(ts, &prop(o).fset))
}
fn p_fdel(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(opt(ts, &prop(o).fdel))
}
fn p_doc(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(opt(ts, &prop(o).doc))
}
/// `property.__doc__` is a writable member.
fn p_set_doc(_: &ThreadState, o: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    let old = prop(o).doc.replace(v.cloned());
    drop(old);
    Ok(())
}
fn p_isabstract(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let p = prop(o);
    for f in [&p.fget, &p.fset, &p.fdel] {
        if let Some(f) = f.borrow().clone()
            && let Some(v) = ab::getattr_opt(ts, &f, &ts.intern("__isabstractmethod__"))?
            && ab::is_true(ts, &v)?
        {
            return Ok(ts.bool_obj(true));
        }
    }
    Ok(ts.bool_obj(false))
}
fn prop_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let p = prop(o);
    for f in [&p.fget, &p.fset, &p.fdel, &p.doc, &p.name] {
        if let Some(v) = f.borrow().as_ref() {
            visit(v);
        }
    }
}
fn prop_clear(_: &ThreadState, o: &ObjRef) {
    let p = prop(o);
    for f in [&p.fget, &p.fset, &p.fdel, &p.doc] {
        drop(f.borrow_mut().take());
    }
}

static PROP_METHODS: &[MethodDef] = &[
    MethodDef::new("getter", Meth::O(getter)),
    MethodDef::new("setter", Meth::O(setter)),
    MethodDef::new("deleter", Meth::O(deleter)),
    MethodDef::new("__set_name__", Meth::Fast(set_name)),
];
static PROP_GETSETS: &[GetSetDef] = &[
    GetSetDef::member_ro("fget", p_fget),
    GetSetDef::member_ro("fset", p_fset),
    GetSetDef::member_ro("fdel", p_fdel),
    GetSetDef {
        name: "__doc__",
        get: p_doc,
        set: Some(p_set_doc),
        doc: "",
    },
    GetSetDef::ro("__isabstractmethod__", p_isabstract),
];

pub static SPEC: TypeSpec = TypeSpec {
    flags: flags::BASETYPE | flags::HAVE_GC,
    slots: Slots {
        new: Some(prop_new),
        init: Some(prop_init),
        descr_get: Some(prop_get),
        descr_set: Some(prop_set),
        traverse: Some(prop_traverse),
        clear: Some(prop_clear),
        ..Slots::NONE
    },
    methods: &[PROP_METHODS],
    getsets: PROP_GETSETS,
    ..TypeSpec::new("property", PayloadInfo::of::<PyProperty>())
};

// ---- classmethod / staticmethod ----

pub struct PyFuncWrapper {
    pub func: RefCell<Option<ObjRef>>,
    dict: std::cell::Cell<Option<ObjRef>>,
}
impl PyPayload for PyFuncWrapper {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.classmethod
    }
}
fn fw(o: &ObjRef) -> &PyFuncWrapper {
    o.downcast::<PyFuncWrapper>()
        .expect("classmethod/staticmethod")
}
fn fw_func(ts: &ThreadState, o: &ObjRef) -> ObjRef {
    fw(o).func.borrow().clone().unwrap_or_else(|| ts.none())
}
/// `classmethod(f)`.
pub fn new_classmethod(ts: &ThreadState, f: ObjRef) -> ObjRef {
    alloc_object(
        ts,
        &ts.types.classmethod,
        PyFuncWrapper {
            func: RefCell::new(Some(f)),
            dict: Default::default(),
        },
    )
}
/// `staticmethod(f)`.
pub fn new_staticmethod(ts: &ThreadState, f: ObjRef) -> ObjRef {
    alloc_object(
        ts,
        &ts.types.staticmethod,
        PyFuncWrapper {
            func: RefCell::new(Some(f)),
            dict: Default::default(),
        },
    )
}
fn fw_new(ts: &ThreadState, ty: &ObjRef, _: &[ObjRef], _: Option<&ObjRef>) -> PyResult<ObjRef> {
    Ok(alloc_object(
        ts,
        ty,
        PyFuncWrapper {
            func: RefCell::new(None),
            dict: Default::default(),
        },
    ))
}
fn fw_init(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<()> {
    let name = o.typ().name().to_string();
    args::no_kwargs(ts, &name, kw)?;
    args::check_positional(ts, &name, a.len(), 1, 1)?;
    *fw(o).func.borrow_mut() = Some(a[0].clone());
    functools_wraps(ts, o, &a[0])
}
/// `functools_wraps`: the wrapper's `__dict__` gets the callable's `__module__`,
/// `__name__`, `__qualname__`, `__doc__` and `__annotations__` (those it has).
fn functools_wraps(ts: &ThreadState, o: &ObjRef, f: &ObjRef) -> PyResult<()> {
    for name in [
        "__module__",
        "__name__",
        "__qualname__",
        "__doc__",
        "__annotations__",
    ] {
        let name = ts.intern(name);
        if let Some(v) = ab::getattr_opt(ts, f, &name)? {
            ab::setattr(ts, o, &name, Some(&v))?;
        }
    }
    Ok(())
}
fn cm_get(
    ts: &ThreadState,
    o: &ObjRef,
    obj: Option<&ObjRef>,
    ty: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let ty = ty
        .cloned()
        .or_else(|| obj.map(|x| x.class().clone()))
        .unwrap_or_else(|| ts.none());
    let f = fw_func(ts, o);
    if f.typ().slots().descr_get.is_some() && !f.is_a::<crate::types::function::PyFunction>() {
        return ab::descr_get(ts, &f, Some(&ty), None);
    }
    Ok(ts.new_method(f, ty))
}
fn sm_get(
    ts: &ThreadState,
    o: &ObjRef,
    _: Option<&ObjRef>,
    _: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    Ok(fw_func(ts, o))
}
fn sm_call(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    ab::vectorcall(ts, &fw_func(ts, o), a, kw)
}
fn fw_repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_string(format!(
        "<{}({})>",
        o.typ().name(),
        ab::repr_string(ts, &fw_func(ts, o))?
    )))
}
fn fw_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    if let Some(f) = fw(o).func.borrow().as_ref() {
        visit(f);
    }
}
fn fw_get_func(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(fw_func(ts, o))
}
fn fw_isabstract(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let f = fw_func(ts, o);
    Ok(ab::getattr_opt(ts, &f, &ts.intern("__isabstractmethod__"))?
        .unwrap_or_else(|| ts.bool_obj(false)))
}
static FW_GETSETS: &[GetSetDef] = &[
    GetSetDef::ro("__func__", fw_get_func),
    GetSetDef::ro("__wrapped__", fw_get_func),
    GetSetDef::ro("__isabstractmethod__", fw_isabstract),
];

pub static CLASSMETHOD_SPEC: TypeSpec = TypeSpec {
    flags: flags::BASETYPE | flags::HAVE_GC,
    slots: Slots {
        new: Some(fw_new),
        init: Some(fw_init),
        descr_get: Some(cm_get),
        repr: Some(fw_repr),
        traverse: Some(fw_traverse),
        ..Slots::NONE
    },
    getsets: FW_GETSETS,
    dictoffset: crate::dict_offset!(PyFuncWrapper, dict),
    ..TypeSpec::new("classmethod", PayloadInfo::of::<PyFuncWrapper>())
};
pub static STATICMETHOD_SPEC: TypeSpec = TypeSpec {
    flags: flags::BASETYPE | flags::HAVE_GC,
    slots: Slots {
        new: Some(fw_new),
        init: Some(fw_init),
        descr_get: Some(sm_get),
        call: Some(sm_call),
        repr: Some(fw_repr),
        traverse: Some(fw_traverse),
        ..Slots::NONE
    },
    getsets: FW_GETSETS,
    dictoffset: crate::dict_offset!(PyFuncWrapper, dict),
    ..TypeSpec::new("staticmethod", PayloadInfo::of::<PyFuncWrapper>())
};

// ---- super ----

pub struct PySuper {
    ty: RefCell<Option<ObjRef>>,
    obj: RefCell<Option<ObjRef>>,
    obj_type: RefCell<Option<ObjRef>>,
}
impl PyPayload for PySuper {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.super_
    }
}
fn sup(o: &ObjRef) -> &PySuper {
    o.downcast::<PySuper>().expect("super")
}
fn super_new(ts: &ThreadState, ty: &ObjRef, _: &[ObjRef], _: Option<&ObjRef>) -> PyResult<ObjRef> {
    Ok(alloc_object(
        ts,
        ty,
        PySuper {
            ty: RefCell::new(None),
            obj: RefCell::new(None),
            obj_type: RefCell::new(None),
        },
    ))
}
fn supercheck(ts: &ThreadState, ty: &ObjRef, obj: &ObjRef) -> PyResult<ObjRef> {
    if let Some(t) = obj.downcast::<PyType>()
        && t.is_subtype(ty)
    {
        return Ok(obj.clone());
    }
    if type_check(obj, ty) {
        return Ok(obj.class().clone());
    }
    Err(ts.type_error("super(type, obj): obj must be an instance or subtype of type"))
}
fn super_init(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<()> {
    args::no_kwargs(ts, "super", kw)?;
    args::check_positional(ts, "super", a.len(), 0, 2)?;
    let (ty, obj) = match a {
        [] => {
            let (t, o) = (ts.hooks.super_args.get())(ts)?;
            (t, Some(o))
        }
        [t] => (t.clone(), None),
        [t, o] => (t.clone(), Some(o.clone())),
        _ => unreachable!(),
    };
    if !ty.is_a::<PyType>() {
        return Err(ts.type_error(format!(
            "super() argument 1 must be a type, not {}",
            ty.typ().name()
        )));
    }
    let obj = obj.filter(|x| !ts.is_none(x));
    let obj_type = match &obj {
        Some(x) => Some(supercheck(ts, &ty, x)?),
        None => None,
    };
    let s = sup(o);
    *s.ty.borrow_mut() = Some(ty);
    *s.obj.borrow_mut() = obj;
    *s.obj_type.borrow_mut() = obj_type;
    Ok(())
}
fn super_getattro(ts: &ThreadState, o: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
    let s = sup(o);
    let (ty, obj, st) = (
        s.ty.borrow().clone(),
        s.obj.borrow().clone(),
        s.obj_type.borrow().clone(),
    );
    if let (Some(ty), Some(st)) = (ty, st)
        && ab::str_of(name) != "__class__"
    {
        let mro = st.typ_payload().mro_items().to_vec();
        if let Some(i) = mro.iter().position(|t| t.is(&ty)) {
            for t in &mro[i + 1..] {
                if let Some(v) = t.typ_payload().dict_payload().get_str(ts, name) {
                    if let Some(get) = v.typ().slots().descr_get {
                        let inst = obj.as_ref().filter(|x| !x.is(&st));
                        return get(ts, &v, inst, Some(&st));
                    }
                    return Ok(v);
                }
            }
        }
    }
    crate::attr::generic_getattr(ts, o, name)
}
fn super_get(
    ts: &ThreadState,
    o: &ObjRef,
    obj: Option<&ObjRef>,
    _: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let s = sup(o);
    let Some(obj) = obj else { return Ok(o.clone()) };
    if s.obj.borrow().is_some() {
        return Ok(o.clone());
    }
    let ty = s.ty.borrow().clone().unwrap_or_else(|| ts.none());
    let n = super_new(ts, o.class(), &[], None)?;
    super_init(ts, &n, &[ty, obj.clone()], None)?;
    Ok(n)
}
fn super_repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let s = sup(o);
    let tn =
        s.ty.borrow()
            .as_ref()
            .map(|t| t.typ_payload().name().to_string())
            .unwrap_or_else(|| "NULL".into());
    Ok(ts.new_string(match s.obj_type.borrow().as_ref() {
        Some(st) => format!(
            "<super: <class '{tn}'>, <{} object>>",
            st.typ_payload().name()
        ),
        None => format!("<super: <class '{tn}'>, NULL>"),
    }))
}
fn super_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let s = sup(o);
    for f in [&s.ty, &s.obj, &s.obj_type] {
        if let Some(v) = f.borrow().as_ref() {
            visit(v);
        }
    }
}
fn s_thisclass(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(opt(ts, &sup(o).ty))
}
fn s_self(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(opt(ts, &sup(o).obj))
}
fn s_self_class(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(opt(ts, &sup(o).obj_type))
}
static SUPER_GETSETS: &[GetSetDef] = &[
    GetSetDef::ro("__thisclass__", s_thisclass),
    GetSetDef::ro("__self__", s_self),
    GetSetDef::ro("__self_class__", s_self_class),
];

pub static SUPER_SPEC: TypeSpec = TypeSpec {
    flags: flags::BASETYPE | flags::HAVE_GC,
    slots: Slots {
        new: Some(super_new),
        init: Some(super_init),
        getattro: Some(super_getattro),
        descr_get: Some(super_get),
        repr: Some(super_repr),
        traverse: Some(super_traverse),
        ..Slots::NONE
    },
    getsets: SUPER_GETSETS,
    ..TypeSpec::new("super", PayloadInfo::of::<PySuper>())
};

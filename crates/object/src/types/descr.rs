//! The descriptors built-in types put in their dicts, and built-in functions:
//! `method_descriptor` (`list.append`), `classmethod_descriptor` (`dict.fromkeys`),
//! `getset_descriptor` (`int.real`), `member_descriptor` (`__slots__` entries),
//! `wrapper_descriptor` (`int.__add__`, from a slot) and its bound form `method-wrapper`, and
//! `builtin_function_or_method` (`len`, `[].append`). Calling dispatches on [`Meth`] with
//! CPython's argument-count messages.

use crate::abstract_ as ab;
use crate::args;
use crate::error::PyResult;
use crate::header::{ObjRef, PyPayload, alloc_object};
use crate::thread::ThreadState;
use crate::typeobj::slotdefs::SlotDef;
use crate::typeobj::{
    CompareOp, GetSetDef, Meth, MethKind, MethodDef, PayloadInfo, PyType, Slots, TypeSpec, flags,
    type_check,
};

/// Calls a method-table function with CPython's checks; `what` names it in messages
/// (`list.append`, `len`, `sys.getrecursionlimit`: `_PyObject_FunctionStr` without the
/// `()`), made only when a message needs it.
pub fn call_meth(
    ts: &ThreadState,
    def: &MethodDef,
    what: &dyn Fn() -> String,
    self_: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    if !matches!(def.meth, Meth::FastKw(_)) && !args::kw_names(kw).is_empty() {
        return Err(ts.type_error(format!("{}() takes no keyword arguments", what())));
    }
    match def.meth {
        Meth::NoArgs(_) if !a.is_empty() => {
            return Err(ts.type_error(format!(
                "{}() takes no arguments ({} given)",
                what(),
                a.len()
            )));
        }
        Meth::O(_) if a.len() != 1 => {
            return Err(ts.type_error(format!(
                "{}() takes exactly one argument ({} given)",
                what(),
                a.len()
            )));
        }
        _ => {}
    }
    // Every C function call counts toward the recursion limit (`cfunction_enter_call`).
    ts.enter_recursive(" while calling a Python object")?;
    let r = match def.meth {
        Meth::NoArgs(f) => f(ts, self_),
        Meth::O(f) => f(ts, self_, &a[0]),
        Meth::Fast(f) => f(ts, self_, a),
        Meth::FastKw(f) => f(ts, self_, a, kw),
    };
    ts.leave_recursive();
    r
}

// ---- method_descriptor ----

pub struct PyMethodDescr {
    pub def: &'static MethodDef,
    pub owner: ObjRef,
}
impl PyPayload for PyMethodDescr {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.method_descriptor
    }
}

/// The dict entry for a method-table entry of type `ty`.
pub fn new_method_descr(ts: &ThreadState, ty: &ObjRef, def: &'static MethodDef) -> ObjRef {
    match def.kind {
        MethKind::Instance => alloc_object(
            ts,
            &ts.types.method_descriptor,
            PyMethodDescr {
                def,
                owner: ty.clone(),
            },
        ),
        MethKind::Class => alloc_object(
            ts,
            &ts.types.classmethod_descriptor,
            PyMethodDescr {
                def,
                owner: ty.clone(),
            },
        ),
        MethKind::Static => {
            // `type_add_method`: the function is bound to the type (`str.maketrans`).
            let f = new_builtin_function(ts, def, Some(ty.clone()));
            crate::types::property::new_staticmethod(ts, f)
        }
    }
}

fn md(o: &ObjRef) -> &PyMethodDescr {
    o.downcast::<PyMethodDescr>().expect("method_descriptor")
}
/// `calculate_qualname`: `Owner.name`, the owner by its `__qualname__`.
fn qualified(owner: &ObjRef, name: &str) -> String {
    format!("{}.{name}", crate::types::object::type_qualname(owner))
}

fn md_call(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    let d = md(o);
    let what = || qualified(&d.owner, d.def.name);
    let nkw = args::kw_names(kw).len();
    if a.len() <= nkw {
        return Err(ts.type_error(format!("unbound method {}() needs an argument", what())));
    }
    if !type_check(&a[0], &d.owner) {
        return Err(ts.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            d.def.name,
            d.owner.typ_payload().name(),
            a[0].typ().name()
        )));
    }
    call_meth(ts, d.def, &what, &a[0], &a[1..], kw)
}
fn md_get(
    ts: &ThreadState,
    o: &ObjRef,
    obj: Option<&ObjRef>,
    _: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let d = md(o);
    match obj {
        None => Ok(o.clone()),
        Some(obj) => {
            if !type_check(obj, &d.owner) {
                return Err(ts.type_error(format!(
                    "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                    d.def.name,
                    d.owner.typ_payload().name(),
                    obj.typ().name()
                )));
            }
            Ok(new_builtin_function(ts, d.def, Some(obj.clone())))
        }
    }
}
fn md_repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let d = md(o);
    Ok(ts.new_string(format!(
        "<method '{}' of '{}' objects>",
        d.def.name,
        d.owner.typ_payload().name()
    )))
}
fn cmd_get(
    ts: &ThreadState,
    o: &ObjRef,
    obj: Option<&ObjRef>,
    ty: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let d = md(o);
    let owner = d.owner.typ_payload().name();
    let ty = match (ty, obj) {
        (Some(t), _) => t.clone(),
        (None, Some(x)) => x.class().clone(),
        (None, None) => {
            return Err(ts.type_error(format!(
                "descriptor '{}' for type '{owner}' needs either an object or a type",
                d.def.name
            )));
        }
    };
    if !ty.is_a::<PyType>() {
        return Err(ts.type_error(format!(
            "descriptor '{}' for type '{owner}' needs a type, not a '{}' as arg 2",
            d.def.name,
            ty.typ().name()
        )));
    }
    check_subtype(ts, d, &ty)?;
    Ok(new_builtin_function(ts, d.def, Some(ty)))
}
/// classmethod_descriptor's check that the class it binds to derives from its owner.
fn check_subtype(ts: &ThreadState, d: &PyMethodDescr, ty: &ObjRef) -> PyResult<()> {
    if ty.typ_payload().is_subtype(&d.owner) {
        return Ok(());
    }
    Err(ts.type_error(format!(
        "descriptor '{}' requires a subtype of '{}' but received '{}'",
        d.def.name,
        d.owner.typ_payload().name(),
        ty.typ_payload().name()
    )))
}
fn cmd_call(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    let d = md(o);
    let what = || qualified(&d.owner, d.def.name);
    let nkw = args::kw_names(kw).len();
    if a.len() <= nkw {
        return Err(ts.type_error(format!(
            "descriptor '{}' of '{}' object needs an argument",
            d.def.name,
            d.owner.typ_payload().name()
        )));
    }
    if !a[0].is_a::<PyType>() {
        return Err(ts.type_error(format!(
            "descriptor '{}' requires a type but received a '{}' instance",
            d.def.name,
            a[0].typ().name()
        )));
    }
    check_subtype(ts, d, &a[0])?;
    call_meth(ts, d.def, &what, &a[0], &a[1..], kw)
}
fn cmd_repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let d = md(o);
    Ok(ts.new_string(format!(
        "<method '{}' of '{}' objects>",
        d.def.name,
        d.owner.typ_payload().name()
    )))
}
fn md_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    visit(&md(o).owner);
}
fn md_name(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.intern(md(o).def.name))
}
fn md_qualname(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let d = md(o);
    Ok(ts.new_string(qualified(&d.owner, d.def.name)))
}
fn md_objclass(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(md(o).owner.clone())
}
/// Splits an internal doc `name(sig)\n--\n\ndoc` into `__text_signature__` and `__doc__`
/// (CPython's `_PyType_GetTextSignatureFromInternalDoc` / `_PyType_GetDocFromInternalDoc`).
pub fn split_internal_doc<'a>(name: &str, doc: &'a str) -> (Option<&'a str>, &'a str) {
    const END: &str = ")\n--\n\n";
    let name = name.rsplit('.').next().unwrap_or(name);
    if let Some(rest) = doc.strip_prefix(name)
        && rest.starts_with('(')
        && let Some(end) = rest.find(END)
        && !rest[..end].contains("\n\n")
    {
        return (Some(&rest[..end + 1]), &rest[end + END.len()..]);
    }
    (None, doc)
}
fn doc_obj(ts: &ThreadState, def: &MethodDef) -> ObjRef {
    let (_, d) = split_internal_doc(def.name, def.doc);
    if d.is_empty() {
        ts.none()
    } else {
        ts.new_str(d)
    }
}
fn text_signature_obj(ts: &ThreadState, def: &MethodDef) -> ObjRef {
    match split_internal_doc(def.name, def.doc).0 {
        Some(s) => ts.new_str(s),
        None => ts.none(),
    }
}
fn md_doc(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(doc_obj(ts, md(o).def))
}
fn md_text_signature(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(text_signature_obj(ts, md(o).def))
}
static MD_GETSETS: &[GetSetDef] = &[
    GetSetDef::ro("__name__", md_name),
    GetSetDef::ro("__qualname__", md_qualname),
    GetSetDef::ro("__objclass__", md_objclass),
    GetSetDef::ro("__doc__", md_doc),
    GetSetDef::ro("__text_signature__", md_text_signature),
];

pub static METHOD_DESCR_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC | flags::METHOD_DESCRIPTOR,
    slots: Slots {
        call: Some(md_call),
        descr_get: Some(md_get),
        repr: Some(md_repr),
        traverse: Some(md_traverse),
        ..Slots::NONE
    },
    getsets: MD_GETSETS,
    ..TypeSpec::new("method_descriptor", PayloadInfo::of::<PyMethodDescr>())
};
pub static CLASSMETHOD_DESCR_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: Slots {
        call: Some(cmd_call),
        descr_get: Some(cmd_get),
        repr: Some(cmd_repr),
        traverse: Some(md_traverse),
        ..Slots::NONE
    },
    getsets: MD_GETSETS,
    ..TypeSpec::new("classmethod_descriptor", PayloadInfo::of::<PyMethodDescr>())
};

// ---- builtin_function_or_method ----

pub struct PyBuiltinFunction {
    pub def: &'static MethodDef,
    /// The bound object (`[].append`), the module of a module function, or `None`.
    pub self_: Option<ObjRef>,
}
impl PyPayload for PyBuiltinFunction {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.builtin_function
    }
}

pub fn new_builtin_function(
    ts: &ThreadState,
    def: &'static MethodDef,
    self_: Option<ObjRef>,
) -> ObjRef {
    alloc_object(
        ts,
        &ts.types.builtin_function,
        PyBuiltinFunction { def, self_ },
    )
}

fn bf(o: &ObjRef) -> &PyBuiltinFunction {
    o.downcast::<PyBuiltinFunction>()
        .expect("builtin_function_or_method")
}
fn bf_bound_to_object(ts: &ThreadState, f: &PyBuiltinFunction) -> Option<ObjRef> {
    f.self_
        .clone()
        .filter(|s| !s.is_a::<crate::types::module::PyModule>() && !ts.is_none(s))
}
fn bf_call(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    let f = bf(o);
    let none = ts.none();
    // `PyCFunction_GET_SELF`: a static method's function gets no self.
    let s = match f.def.kind {
        MethKind::Static => &none,
        _ => f.self_.as_ref().unwrap_or(&none),
    };
    let what = || match bf_bound_to_object(ts, f) {
        Some(b) if b.is_a::<PyType>() => qualified(&b, f.def.name),
        Some(b) => format!("{}.{}", b.typ().name(), f.def.name),
        // A module's function: `sys.getrecursionlimit`, but `len` (module `builtins`).
        None => match bf_module(ts, o) {
            Ok(m) if m.is_a::<crate::types::str_::PyStr>() && ab::str_of(&m) != "builtins" => {
                format!("{}.{}", ab::str_of(&m), f.def.name)
            }
            _ => f.def.name.to_string(),
        },
    };
    call_meth(ts, f.def, &what, s, a, kw)
}
fn bf_repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let f = bf(o);
    Ok(ts.new_string(match bf_bound_to_object(ts, f) {
        Some(b) => format!(
            "<built-in method {} of {} object at {:#x}>",
            f.def.name,
            b.typ().name(),
            b.id()
        ),
        None => format!("<built-in function {}>", f.def.name),
    }))
}
fn bf_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    if let Some(s) = &bf(o).self_ {
        visit(s);
    }
}
fn bf_name(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.intern(bf(o).def.name))
}
fn bf_qualname(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let f = bf(o);
    Ok(match bf_bound_to_object(ts, f) {
        Some(b) if b.is_a::<PyType>() => ts.new_string(qualified(&b, f.def.name)),
        Some(b) => ts.new_string(qualified(b.class(), f.def.name)),
        None => ts.intern(f.def.name),
    })
}
fn bf_self(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let f = bf(o);
    if matches!(f.def.kind, MethKind::Static) {
        return Ok(ts.none());
    }
    Ok(f.self_.clone().unwrap_or_else(|| ts.none()))
}
fn bf_module(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    match &bf(o).self_ {
        Some(m) if m.is_a::<crate::types::module::PyModule>() => {
            ab::getattr(ts, m, &ts.names.__name__)
        }
        _ => Ok(ts.none()),
    }
}
fn bf_doc(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(doc_obj(ts, bf(o).def))
}
fn bf_text_signature(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(text_signature_obj(ts, bf(o).def))
}
/// `builtin_function_or_method.__reduce__` (`meth_reduce`): the name of a module function
/// (pickle finds it through `__module__`), `(getattr, (self, name))` for a bound method.
fn bf_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let f = bf(o);
    match bf_bound_to_object(ts, f) {
        Some(s) => {
            let getattr = crate::types::iter_reduce::builtin(ts, "getattr")?;
            let args = ts.new_tuple(vec![s, ts.intern(f.def.name)]);
            Ok(ts.new_tuple(vec![getattr, args]))
        }
        None => Ok(ts.intern(f.def.name)),
    }
}
/// `meth_richcompare`: `==`/`!=` by the bound object's identity and the C function.
fn bf_richcompare(ts: &ThreadState, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    let (Some(y), true) = (
        b.downcast::<PyBuiltinFunction>(),
        matches!(op, CompareOp::Eq | CompareOp::Ne),
    ) else {
        return Ok(ts.not_implemented());
    };
    let x = bf(a);
    let same_self = match (&x.self_, &y.self_) {
        (Some(p), Some(q)) => p.is(q),
        (None, None) => true,
        _ => false,
    };
    let eq = same_self && std::ptr::eq(x.def, y.def);
    Ok(ts.bool_obj(eq == matches!(op, CompareOp::Eq)))
}
/// `meth_hash`: the bound object's address and the function's.
fn bf_hash(_: &ThreadState, o: &ObjRef) -> PyResult<i64> {
    let f = bf(o);
    let s = f.self_.as_ref().map_or(0, |s| s.id());
    let h = taipan_numeric::hash::hash_pointer(s)
        ^ taipan_numeric::hash::hash_pointer(f.def as *const MethodDef as usize);
    Ok(if h == -1 { -2 } else { h })
}
static BF_METHODS: &[MethodDef] = &[MethodDef::new("__reduce__", Meth::NoArgs(bf_reduce))];
static BF_GETSETS: &[GetSetDef] = &[
    GetSetDef::ro("__name__", bf_name),
    GetSetDef::ro("__qualname__", bf_qualname),
    GetSetDef::ro("__self__", bf_self),
    GetSetDef::ro("__module__", bf_module),
    GetSetDef::ro("__doc__", bf_doc),
    GetSetDef::ro("__text_signature__", bf_text_signature),
];

pub static BUILTIN_FUNCTION_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC | flags::WEAKREFABLE,
    slots: Slots {
        call: Some(bf_call),
        repr: Some(bf_repr),
        richcompare: Some(bf_richcompare),
        hash: Some(bf_hash),
        traverse: Some(bf_traverse),
        ..Slots::NONE
    },
    methods: &[BF_METHODS],
    getsets: BF_GETSETS,
    ..TypeSpec::new(
        "builtin_function_or_method",
        PayloadInfo::of::<PyBuiltinFunction>(),
    )
};

/// `T.__new__` for a built-in type `T` with a `new` slot (`tp_new_wrapper`).
fn tp_new_wrapper(
    ts: &ThreadState,
    ty: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let t = ty.typ_payload();
    let Some(sub) = a.first() else {
        return Err(ts.type_error(format!("{}.__new__(): not enough arguments", t.name())));
    };
    let Some(st) = sub.downcast::<PyType>() else {
        return Err(ts.type_error(format!(
            "{}.__new__(X): X is not a type object ({})",
            t.name(),
            sub.typ().name()
        )));
    };
    if !st.is_subtype(ty) {
        return Err(ts.type_error(format!(
            "{}.__new__({}): {} is not a subtype of {}",
            t.name(),
            st.name(),
            st.name(),
            t.name()
        )));
    }
    let new = t.slots().new.expect("new slot");
    // The most derived base whose `__new__` is not written in Python must use this very
    // `new` (`int.__new__(bool)` is not safe: bool's own `new` never runs).
    let slot_new = crate::typeobj::slotdefs::slot_new as *const () as usize;
    let mut staticbase = Some(sub.clone());
    while let Some(b) = staticbase.as_ref().map(|b| b.typ_payload())
        && b.slots().new.map(|f| f as usize) == Some(slot_new)
    {
        staticbase = b.base().cloned();
    }
    if let Some(b) = staticbase
        && b.typ_payload().slots().new.map(|f| f as usize) != Some(new as usize)
    {
        return Err(ts.type_error(format!(
            "{}.__new__({}) is not safe, use {}.__new__()",
            t.name(),
            st.name(),
            b.typ_payload().name()
        )));
    }
    new(ts, sub, &a[1..], kw)
}
static TP_NEW_DEF: MethodDef = MethodDef::new("__new__", Meth::FastKw(tp_new_wrapper));

/// Whether `o` is some built-in type's `__new__` (`update_one_slot`'s tp_new_wrapper case).
pub fn is_tp_new_wrapper(o: &ObjRef) -> bool {
    o.downcast::<PyBuiltinFunction>()
        .is_some_and(|f| std::ptr::eq(f.def, &TP_NEW_DEF))
}

/// The `__new__` entry of a built-in type's dict.
pub fn new_tp_new_wrapper(ts: &ThreadState, ty: &ObjRef) -> ObjRef {
    new_builtin_function(ts, &TP_NEW_DEF, Some(ty.clone()))
}

// ---- getset_descriptor ----

pub struct PyGetSetDescr {
    pub def: &'static GetSetDef,
    pub owner: ObjRef,
}
impl PyPayload for PyGetSetDescr {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.getset_descriptor
    }
}
pub fn new_getset_descr(ts: &ThreadState, ty: &ObjRef, def: &'static GetSetDef) -> ObjRef {
    alloc_object(
        ts,
        &ts.types.getset_descriptor,
        PyGetSetDescr {
            def,
            owner: ty.clone(),
        },
    )
}
fn gs(o: &ObjRef) -> &PyGetSetDescr {
    o.downcast::<PyGetSetDescr>().expect("getset_descriptor")
}
fn check_owner(ts: &ThreadState, name: &str, owner: &ObjRef, obj: &ObjRef) -> PyResult<()> {
    if !type_check(obj, owner) {
        return Err(ts.type_error(format!(
            "descriptor '{name}' for '{}' objects doesn't apply to a '{}' object",
            owner.typ_payload().name(),
            obj.typ().name()
        )));
    }
    Ok(())
}
fn gs_get(
    ts: &ThreadState,
    o: &ObjRef,
    obj: Option<&ObjRef>,
    _: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let d = gs(o);
    match obj {
        None => Ok(o.clone()),
        Some(obj) => {
            check_owner(ts, d.def.name, &d.owner, obj)?;
            (d.def.get)(ts, obj)
        }
    }
}
fn gs_set(ts: &ThreadState, o: &ObjRef, obj: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    let d = gs(o);
    check_owner(ts, d.def.name, &d.owner, obj)?;
    match d.def.set {
        Some(s) => s(ts, obj, v),
        None => Err(ts.attribute_error(format!(
            "attribute '{}' of '{}' objects is not writable",
            d.def.name,
            d.owner.typ_payload().name()
        ))),
    }
}
fn gs_repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let d = gs(o);
    Ok(ts.new_string(format!(
        "<attribute '{}' of '{}' objects>",
        d.def.name,
        d.owner.typ_payload().name()
    )))
}
fn gs_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    visit(&gs(o).owner);
}
fn gs_name(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.intern(gs(o).def.name))
}
fn gs_doc(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let d = gs(o).def.doc;
    Ok(if d.is_empty() {
        ts.none()
    } else {
        ts.new_str(d)
    })
}
fn gs_qualname(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let d = gs(o);
    Ok(ts.new_string(qualified(&d.owner, d.def.name)))
}
fn gs_objclass(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(gs(o).owner.clone())
}
static GS_GETSETS: &[GetSetDef] = &[
    GetSetDef::ro("__name__", gs_name),
    GetSetDef::ro("__qualname__", gs_qualname),
    GetSetDef::ro("__objclass__", gs_objclass),
    GetSetDef::ro("__doc__", gs_doc),
];

pub static GETSET_DESCR_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: Slots {
        descr_get: Some(gs_get),
        descr_set: Some(gs_set),
        repr: Some(gs_repr),
        traverse: Some(gs_traverse),
        ..Slots::NONE
    },
    getsets: GS_GETSETS,
    ..TypeSpec::new("getset_descriptor", PayloadInfo::of::<PyGetSetDescr>())
};

// ---- member_descriptor (`__slots__`) ----

pub struct PyMemberDescr {
    pub name: ObjRef,
    pub kind: MemberKind,
    pub owner: ObjRef,
}

/// Where a member's value lives.
pub enum MemberKind {
    /// A `__slots__` entry: the `Cell<Option<ObjRef>>` at this byte offset of the instance.
    Slot(usize),
    /// A built-in type's read-only field, read by the definition's getter (`__mro__`,
    /// `co_name`, `module.__dict__`).
    Field(&'static GetSetDef),
}
impl PyPayload for PyMemberDescr {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.member_descriptor
    }
}
pub fn new_member_descr(ts: &ThreadState, ty: &ObjRef, name: ObjRef, offset: usize) -> ObjRef {
    alloc_object(
        ts,
        &ts.types.member_descriptor,
        PyMemberDescr {
            name,
            kind: MemberKind::Slot(offset),
            owner: ty.clone(),
        },
    )
}
/// The `member_descriptor` of a built-in type's read-only field.
pub fn new_field_member_descr(ts: &ThreadState, ty: &ObjRef, def: &'static GetSetDef) -> ObjRef {
    alloc_object(
        ts,
        &ts.types.member_descriptor,
        PyMemberDescr {
            name: ts.intern(def.name),
            kind: MemberKind::Field(def),
            owner: ty.clone(),
        },
    )
}
fn mb(o: &ObjRef) -> &PyMemberDescr {
    o.downcast::<PyMemberDescr>().expect("member_descriptor")
}
fn mb_get(
    ts: &ThreadState,
    o: &ObjRef,
    obj: Option<&ObjRef>,
    _: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let d = mb(o);
    let Some(obj) = obj else { return Ok(o.clone()) };
    check_owner(ts, ab::str_of(&d.name), &d.owner, obj)?;
    let offset = match d.kind {
        MemberKind::Slot(offset) => offset,
        MemberKind::Field(def) => return (def.get)(ts, obj),
    };
    // SAFETY: instances of the owner (and subclasses) have this slot.
    let slot = unsafe { obj.slot_at(offset) };
    let v = slot.take();
    slot.set(v.clone());
    v.ok_or_else(|| {
        ts.attribute_error(format!(
            "'{}' object has no attribute '{}'",
            obj.typ().name(),
            ab::str_of(&d.name)
        ))
    })
}
fn mb_set(ts: &ThreadState, o: &ObjRef, obj: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    let d = mb(o);
    check_owner(ts, ab::str_of(&d.name), &d.owner, obj)?;
    let offset = match d.kind {
        MemberKind::Slot(offset) => offset,
        MemberKind::Field(def) => {
            return def
                .set
                .map_or(Err(ts.attribute_error("readonly attribute")), |set| {
                    set(ts, obj, v)
                });
        }
    };
    // SAFETY: as `mb_get`.
    let slot = unsafe { obj.slot_at(offset) };
    if v.is_none() {
        let old = slot.take();
        if old.is_none() {
            return Err(ts.attribute_error(ab::str_of(&d.name)));
        }
        drop(old);
        return Ok(());
    }
    drop(slot.replace(v.cloned()));
    Ok(())
}
fn mb_repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let d = mb(o);
    Ok(ts.new_string(format!(
        "<member '{}' of '{}' objects>",
        ab::str_of(&d.name),
        d.owner.typ_payload().name()
    )))
}
fn mb_name(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(mb(o).name.clone())
}
fn mb_qualname(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let d = mb(o);
    Ok(ts.new_string(qualified(&d.owner, ab::str_of(&d.name))))
}
fn mb_objclass(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(mb(o).owner.clone())
}
static MB_GETSETS: &[GetSetDef] = &[
    GetSetDef::ro("__name__", mb_name),
    GetSetDef::ro("__qualname__", mb_qualname),
    GetSetDef::ro("__objclass__", mb_objclass),
];
fn mb_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    visit(&mb(o).owner);
}

pub static MEMBER_DESCR_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: Slots {
        descr_get: Some(mb_get),
        descr_set: Some(mb_set),
        repr: Some(mb_repr),
        traverse: Some(mb_traverse),
        ..Slots::NONE
    },
    getsets: MB_GETSETS,
    ..TypeSpec::new("member_descriptor", PayloadInfo::of::<PyMemberDescr>())
};

// ---- wrapper_descriptor and method-wrapper ----

pub struct PyWrapperDescr {
    pub def: &'static SlotDef,
    pub owner: ObjRef,
}
impl PyPayload for PyWrapperDescr {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.wrapper_descriptor
    }
}
pub fn new_wrapper_descr(ts: &ThreadState, ty: &ObjRef, def: &'static SlotDef) -> ObjRef {
    alloc_object(
        ts,
        &ts.types.wrapper_descriptor,
        PyWrapperDescr {
            def,
            owner: ty.clone(),
        },
    )
}
fn wd(o: &ObjRef) -> &PyWrapperDescr {
    o.downcast::<PyWrapperDescr>().expect("wrapper_descriptor")
}
fn wrapper_call_bound(
    ts: &ThreadState,
    d: &PyWrapperDescr,
    self_: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let slots = *d.owner.typ_payload().slots();
    if d.def.name == "__init__" || d.def.name == "__call__" {
        if d.def.name == "__init__" {
            (slots.init.expect("init"))(ts, self_, a, kw)?;
            return Ok(ts.none());
        }
        return (slots.call.expect("call"))(ts, self_, a, kw);
    }
    args::no_kwargs(ts, d.def.name, kw)?;
    (d.def.wrap)(ts, &slots, self_, a)
}
fn wd_call(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    let d = wd(o);
    if a.len() - args::kw_names(kw).len() < 1 {
        return Err(ts.type_error(format!(
            "descriptor '{}' of '{}' object needs an argument",
            d.def.name,
            d.owner.typ_payload().name()
        )));
    }
    check_owner(ts, d.def.name, &d.owner, &a[0])?;
    wrapper_call_bound(ts, d, &a[0], &a[1..], kw)
}
fn wd_get(
    ts: &ThreadState,
    o: &ObjRef,
    obj: Option<&ObjRef>,
    _: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let d = wd(o);
    match obj {
        None => Ok(o.clone()),
        Some(obj) => {
            check_owner(ts, d.def.name, &d.owner, obj)?;
            Ok(alloc_object(
                ts,
                &ts.types.method_wrapper,
                PyMethodWrapper {
                    descr: o.clone(),
                    self_: obj.clone(),
                },
            ))
        }
    }
}
fn wd_repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let d = wd(o);
    Ok(ts.new_string(format!(
        "<slot wrapper '{}' of '{}' objects>",
        d.def.name,
        d.owner.typ_payload().name()
    )))
}
fn wd_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    visit(&wd(o).owner);
}
fn wd_name(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.intern(wd(o).def.name))
}
fn wd_objclass(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(wd(o).owner.clone())
}
fn wd_qualname(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let d = wd(o);
    Ok(ts.new_string(qualified(&d.owner, d.def.name)))
}
static WD_GETSETS: &[GetSetDef] = &[
    GetSetDef::ro("__name__", wd_name),
    GetSetDef::ro("__qualname__", wd_qualname),
    GetSetDef::ro("__objclass__", wd_objclass),
];

pub static WRAPPER_DESCR_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC | flags::METHOD_DESCRIPTOR,
    slots: Slots {
        call: Some(wd_call),
        descr_get: Some(wd_get),
        repr: Some(wd_repr),
        traverse: Some(wd_traverse),
        ..Slots::NONE
    },
    getsets: WD_GETSETS,
    ..TypeSpec::new("wrapper_descriptor", PayloadInfo::of::<PyWrapperDescr>())
};

pub struct PyMethodWrapper {
    pub descr: ObjRef,
    pub self_: ObjRef,
}
impl PyPayload for PyMethodWrapper {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.method_wrapper
    }
}
fn mw(o: &ObjRef) -> &PyMethodWrapper {
    o.downcast::<PyMethodWrapper>().expect("method-wrapper")
}
fn mw_call(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    let m = mw(o);
    wrapper_call_bound(ts, wd(&m.descr), &m.self_, a, kw)
}
fn mw_repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let m = mw(o);
    Ok(ts.new_string(format!(
        "<method-wrapper '{}' of {} object at {:#x}>",
        wd(&m.descr).def.name,
        m.self_.typ().name(),
        m.self_.id()
    )))
}
fn mw_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    visit(&mw(o).descr);
    visit(&mw(o).self_);
}
fn mw_self(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(mw(o).self_.clone())
}
fn mw_name(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.intern(wd(&mw(o).descr).def.name))
}
/// `wrapper_richcompare`: `==`/`!=` by the descriptor's and the bound object's identity.
fn mw_richcompare(ts: &ThreadState, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    let (Some(y), true) = (
        b.downcast::<PyMethodWrapper>(),
        matches!(op, CompareOp::Eq | CompareOp::Ne),
    ) else {
        return Ok(ts.not_implemented());
    };
    let x = mw(a);
    let eq = x.descr.is(&y.descr) && x.self_.is(&y.self_);
    Ok(ts.bool_obj(eq == matches!(op, CompareOp::Eq)))
}
/// `wrapper_hash`.
fn mw_hash(_: &ThreadState, o: &ObjRef) -> PyResult<i64> {
    let m = mw(o);
    let h = taipan_numeric::hash::hash_pointer(m.self_.id())
        ^ taipan_numeric::hash::hash_pointer(m.descr.id());
    Ok(if h == -1 { -2 } else { h })
}
/// `wrapper_qualname` and `wrapper_objclass`: the descriptor's.
fn mw_qualname(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    wd_qualname(ts, &mw(o).descr)
}
fn mw_objclass(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    wd_objclass(ts, &mw(o).descr)
}
static MW_GETSETS: &[GetSetDef] = &[
    GetSetDef::ro("__self__", mw_self),
    GetSetDef::ro("__name__", mw_name),
    GetSetDef::ro("__qualname__", mw_qualname),
    GetSetDef::ro("__objclass__", mw_objclass),
];

pub static METHOD_WRAPPER_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: Slots {
        call: Some(mw_call),
        repr: Some(mw_repr),
        richcompare: Some(mw_richcompare),
        hash: Some(mw_hash),
        traverse: Some(mw_traverse),
        ..Slots::NONE
    },
    getsets: MW_GETSETS,
    ..TypeSpec::new("method-wrapper", PayloadInfo::of::<PyMethodWrapper>())
};

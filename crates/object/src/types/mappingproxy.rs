//! `mappingproxy` (CPython's `types.MappingProxyType`): the read-only view of a mapping that
//! `type.__dict__` returns; every read goes to the wrapped mapping, writes are refused.

use crate::abstract_ as ab;
use crate::args;
use crate::error::PyResult;
use crate::header::{ObjRef, PyPayload, alloc_object};
use crate::thread::ThreadState;
use crate::typeobj::{CompareOp, GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags};
use crate::types::dict::PyDict;

pub struct PyMappingProxy {
    mapping: ObjRef,
}

impl PyPayload for PyMappingProxy {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.mappingproxy
    }
}

impl ThreadState {
    /// A read-only proxy of `mapping` (no copy).
    pub fn new_mappingproxy(&self, mapping: ObjRef) -> ObjRef {
        alloc_object(self, &self.types.mappingproxy, PyMappingProxy { mapping })
    }
}

fn inner(o: &ObjRef) -> &ObjRef {
    &o.downcast::<PyMappingProxy>()
        .expect("mappingproxy")
        .mapping
}

fn new(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static ARGS: args::ArgSpec = args::ArgSpec {
        fname: "mappingproxy",
        names: &["mapping"],
        required: 1,
        posonly: 0,
        kwonly: 1,
    };
    let [m] = args::parse::<1>(ts, &ARGS, a, kw)?;
    let m = m.expect("required");
    let is_mapping = m.typ().slots().getitem.is_some()
        && !m.is_a::<crate::types::list::PyList>()
        && !m.is_a::<crate::types::tuple::PyTuple>();
    if !is_mapping {
        return Err(ts.type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            m.typ().name()
        )));
    }
    Ok(ts.new_mappingproxy(m))
}

fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let r = ab::repr_string(ts, inner(o))?;
    Ok(ts.new_string(format!("mappingproxy({r})")))
}
fn str(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    ab::str(ts, inner(o))
}
fn getitem(ts: &ThreadState, o: &ObjRef, k: &ObjRef) -> PyResult<ObjRef> {
    ab::getitem(ts, inner(o), k)
}
fn len(ts: &ThreadState, o: &ObjRef) -> PyResult<usize> {
    ab::len(ts, inner(o))
}
fn contains(ts: &ThreadState, o: &ObjRef, k: &ObjRef) -> PyResult<bool> {
    let m = inner(o);
    if let Some(d) = m.downcast::<PyDict>() {
        return Ok(d.get_item(ts, k)?.is_some());
    }
    ab::contains(ts, m, k)
}
fn iter(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    ab::iter(ts, inner(o))
}
fn richcompare(ts: &ThreadState, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    let b = match b.downcast::<PyMappingProxy>() {
        Some(p) => &p.mapping,
        None => b,
    };
    ab::rich_compare(ts, inner(a), b, op)
}
fn or(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    let a = a.downcast::<PyMappingProxy>().map_or(a, |p| &p.mapping);
    let b = b.downcast::<PyMappingProxy>().map_or(b, |p| &p.mapping);
    ab::binary_op(ts, a, b, crate::typeobj::slots::nb::OR)
}
/// `mappingproxy |= x`: CPython's `mappingproxy_ior`.
fn ior(ts: &ThreadState, a: &ObjRef, _: &ObjRef) -> PyResult<ObjRef> {
    if !a.is_a::<PyMappingProxy>() {
        return Ok(ts.not_implemented());
    }
    Err(ts.type_error(format!(
        "'|=' is not supported by {}; use '|' instead",
        a.typ().name()
    )))
}
fn traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    visit(inner(o));
}

fn keys(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    ab::call_method(ts, inner(o), "keys", &[])
}
fn values(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    ab::call_method(ts, inner(o), "values", &[])
}
fn items(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    ab::call_method(ts, inner(o), "items", &[])
}
fn copy(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    ab::call_method(ts, inner(o), "copy", &[])
}
fn get(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    if a.is_empty() || a.len() > 2 {
        return Err(ts.type_error(format!(
            "get expected at {} 1 argument{}, got {}",
            if a.is_empty() { "least" } else { "most" },
            if a.is_empty() { "" } else { "s" },
            a.len()
        )));
    }
    ab::call_method(ts, inner(o), "get", a)
}
fn reversed(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    ab::call_method(ts, inner(o), "__reversed__", &[])
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("keys", Meth::NoArgs(keys)),
    MethodDef::new("values", Meth::NoArgs(values)),
    MethodDef::new("items", Meth::NoArgs(items)),
    MethodDef::new("copy", Meth::NoArgs(copy)),
    MethodDef::new("get", Meth::Fast(get)),
    MethodDef::new("__reversed__", Meth::NoArgs(reversed)),
];

pub static SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC | flags::MAPPING,
    slots: {
        let mut s = Slots {
            repr: Some(repr),
            str: Some(str),
            richcompare: Some(richcompare),
            iter: Some(iter),
            new: Some(new),
            len: Some(len),
            getitem: Some(getitem),
            contains: Some(contains),
            traverse: Some(traverse),
            ..Slots::NONE
        };
        s.number[crate::typeobj::slots::nb::OR] = Some(or);
        s.number[crate::typeobj::slots::nb::INPLACE + crate::typeobj::slots::nb::OR] = Some(ior);
        s
    },
    methods: &[METHODS],
    getsets: &[] as &[GetSetDef],
    ..TypeSpec::new("mappingproxy", PayloadInfo::of::<PyMappingProxy>())
};

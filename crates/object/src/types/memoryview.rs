//! `memoryview`, minimal: a read view of a bytes-like object (bytes, bytearray) that counts
//! as bytes-like everywhere (`bytes::as_bytes_like`), with `len`, indexing and slicing,
//! `tobytes`, `tolist`, `release` and equality.

use crate::error::PyResult;
use crate::header::{ObjRef, PyPayload, alloc_object};
use crate::thread::ThreadState;
use crate::typeobj::{CompareOp, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags};
use crate::types::bytes::{as_bytes_like, subscript};

pub struct PyMemoryView {
    /// The viewed object (bytes or bytearray).
    pub obj: ObjRef,
}

impl PyPayload for PyMemoryView {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.memoryview
    }
}

fn this(o: &ObjRef) -> &PyMemoryView {
    o.downcast::<PyMemoryView>().expect("memoryview")
}
fn data(o: &ObjRef) -> Vec<u8> {
    as_bytes_like(&this(o).obj)
        .map(|b| b.to_vec())
        .unwrap_or_default()
}

fn new(ts: &ThreadState, ty: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC_ARGS: crate::args::ArgSpec = crate::args::ArgSpec {
        fname: "memoryview",
        names: &["object"],
        required: 1,
        posonly: 0,
        kwonly: 1,
    };
    let [o] = crate::args::parse::<1>(ts, &SPEC_ARGS, a, kw)?;
    let o = o.expect("required");
    let obj = match o.downcast::<PyMemoryView>() {
        Some(m) => m.obj.clone(),
        None if as_bytes_like(&o).is_some() => o,
        None => {
            return Err(ts.type_error(format!(
                "memoryview: a bytes-like object is required, not '{}'",
                o.typ().name()
            )));
        }
    };
    Ok(alloc_object(ts, ty, PyMemoryView { obj }))
}
fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_string(format!("<memory at {:#x}>", o.id())))
}
fn len(_: &ThreadState, o: &ObjRef) -> PyResult<usize> {
    Ok(as_bytes_like(&this(o).obj).map_or(0, |b| b.len()))
}
fn getitem(ts: &ThreadState, o: &ObjRef, k: &ObjRef) -> PyResult<ObjRef> {
    let d = data(o);
    subscript(ts, &d, k, "memoryview", &|v| {
        alloc_object(
            ts,
            &ts.types.memoryview,
            PyMemoryView {
                obj: ts.new_bytes(v),
            },
        )
    })
}
fn richcompare(ts: &ThreadState, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    if op != CompareOp::Eq && op != CompareOp::Ne {
        return Ok(ts.not_implemented());
    }
    let other = match b.downcast::<PyMemoryView>() {
        Some(m) => as_bytes_like(&m.obj).map(|x| x.to_vec()),
        None => as_bytes_like(b).map(|x| x.to_vec()),
    };
    let Some(other) = other else {
        return Ok(ts.not_implemented());
    };
    let eq = data(a) == other;
    Ok(ts.bool_obj(if op == CompareOp::Eq { eq } else { !eq }))
}
fn traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    visit(&this(o).obj);
}
fn tobytes(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_bytes(data(o)))
}
fn tolist(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_list(data(o).iter().map(|b| ts.new_int(*b as i64)).collect()))
}
fn release(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.none())
}
fn enter(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(o.clone())
}
fn exit(ts: &ThreadState, _: &ObjRef, _: &[ObjRef]) -> PyResult<ObjRef> {
    Ok(ts.none())
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("tobytes", Meth::NoArgs(tobytes)),
    MethodDef::new("tolist", Meth::NoArgs(tolist)),
    MethodDef::new("release", Meth::NoArgs(release)),
    MethodDef::new("__enter__", Meth::NoArgs(enter)),
    MethodDef::new("__exit__", Meth::Fast(exit)),
];

pub static SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC | flags::WEAKREFABLE,
    slots: Slots {
        repr: Some(repr),
        richcompare: Some(richcompare),
        len: Some(len),
        getitem: Some(getitem),
        traverse: Some(traverse),
        new: Some(new),
        ..Slots::NONE
    },
    methods: &[METHODS],
    doc: "Create a new memoryview object which references the given object.",
    ..TypeSpec::new("memoryview", PayloadInfo::of::<PyMemoryView>())
};

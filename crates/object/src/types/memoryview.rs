//! `memoryview`, minimal: a read view of a bytes-like object (bytes, bytearray) that counts
//! as bytes-like everywhere (`bytes::as_bytes_like`), with `len`, indexing and slicing,
//! `tobytes`, `tolist`, `hex`, `release` (later uses raise), item assignment into a bytearray,
//! the buffer attributes of a 1-D unsigned-byte view, hashing of read-only views and equality.

use std::cell::Cell;

use crate::error::PyResult;
use crate::header::{ObjRef, PyPayload, alloc_object};
use crate::thread::ThreadState;
use crate::typeobj::{CompareOp, GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags};
use crate::types::bytes::{as_bytes_like, subscript};

pub struct PyMemoryView {
    /// The viewed object (bytes or bytearray).
    pub obj: ObjRef,
    /// Set by `release()` / leaving a `with` block: every later use raises `ValueError`.
    released: Cell<bool>,
    /// `toreadonly()` views of a bytearray.
    forced_readonly: bool,
}

impl PyMemoryView {
    fn new(obj: ObjRef) -> PyMemoryView {
        PyMemoryView {
            obj,
            released: Cell::new(false),
            forced_readonly: false,
        }
    }
}

impl PyPayload for PyMemoryView {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.memoryview
    }
}

fn this(o: &ObjRef) -> &PyMemoryView {
    o.downcast::<PyMemoryView>().expect("memoryview")
}
/// The view of `o`, or CPython's error once it is released.
fn live<'a>(ts: &ThreadState, o: &'a ObjRef) -> PyResult<&'a PyMemoryView> {
    let m = this(o);
    if m.released.get() {
        return Err(ts.value_error("operation forbidden on released memoryview object"));
    }
    Ok(m)
}
fn readonly_of(m: &PyMemoryView) -> bool {
    m.forced_readonly
        || m.obj
            .downcast::<crate::types::bytearray::PyByteArray>()
            .is_none()
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
    Ok(alloc_object(ts, ty, PyMemoryView::new(obj)))
}
fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_string(format!("<memory at {:#x}>", o.id())))
}
fn len(ts: &ThreadState, o: &ObjRef) -> PyResult<usize> {
    live(ts, o)?;
    Ok(as_bytes_like(&this(o).obj).map_or(0, |b| b.len()))
}
fn getitem(ts: &ThreadState, o: &ObjRef, k: &ObjRef) -> PyResult<ObjRef> {
    live(ts, o)?;
    let d = data(o);
    subscript(ts, &d, k, "memoryview", &|v| {
        alloc_object(ts, &ts.types.memoryview, PyMemoryView::new(ts.new_bytes(v)))
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
    live(ts, o)?;
    Ok(ts.new_bytes(data(o)))
}
fn tolist(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    live(ts, o)?;
    Ok(ts.new_list(data(o).iter().map(|b| ts.new_int(*b as i64)).collect()))
}
fn release(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    this(o).released.set(true);
    Ok(ts.none())
}
fn enter(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    live(ts, o)?;
    Ok(o.clone())
}
fn exit(ts: &ThreadState, o: &ObjRef, _: &[ObjRef]) -> PyResult<ObjRef> {
    release(ts, o)
}
fn hex(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    live(ts, o)?;
    crate::types::bytes_methods::hex(ts, o, a, kw)
}
fn toreadonly(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let m = live(ts, o)?;
    let v = PyMemoryView {
        forced_readonly: true,
        ..PyMemoryView::new(m.obj.clone())
    };
    Ok(alloc_object(ts, &ts.types.memoryview, v))
}
/// `m[i] = int` and `m[a:b] = bytes-like` (same length) into a bytearray.
fn setitem(ts: &ThreadState, o: &ObjRef, k: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    let m = live(ts, o)?;
    let Some(v) = v else {
        return Err(ts.type_error("cannot delete memory"));
    };
    let ba = match m.obj.downcast::<crate::types::bytearray::PyByteArray>() {
        Some(b) if !m.forced_readonly => b,
        _ => return Err(ts.type_error("cannot modify read-only memory")),
    };
    let n = ba.borrow().len();
    if let Some(sl) = k.downcast::<crate::types::slice::PySlice>() {
        let si = sl.indices(ts, n)?;
        let src = crate::types::bytes::buffer(ts, v)?.to_vec();
        let idx: Vec<usize> = (0..si.len)
            .map(|j| (si.start + j as isize * si.step) as usize)
            .collect();
        if idx.len() != src.len() {
            return Err(ts.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        ba.with(|d| {
            for (i, b) in idx.into_iter().zip(src) {
                d[i] = b;
            }
        });
        return Ok(());
    }
    let i = crate::abstract_::index_isize(ts, k)?;
    let i = if i < 0 { i + n as isize } else { i };
    if i < 0 || i as usize >= n {
        return Err(ts.index_error("index out of bounds on dimension 1"));
    }
    let b = match crate::types::int::as_i64(v) {
        Some(x) if (0..256).contains(&x) => x as u8,
        _ => return Err(ts.value_error("memoryview: invalid value for format 'B'")),
    };
    ba.with(|d| d[i as usize] = b);
    Ok(())
}
fn hash(ts: &ThreadState, o: &ObjRef) -> PyResult<i64> {
    let m = live(ts, o)?;
    if !readonly_of(m) {
        return Err(ts.value_error("cannot hash writable memoryview object"));
    }
    Ok(taipan_numeric::hash::hash_bytes(
        &data(o),
        taipan_numeric::hash::HashKey::default(),
    ))
}
fn get_obj(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(live(ts, o)?.obj.clone())
}
fn get_readonly(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.bool_obj(readonly_of(live(ts, o)?)))
}
fn get_format(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    live(ts, o)?;
    Ok(ts.intern("B"))
}
fn get_one(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    live(ts, o)?;
    Ok(ts.new_int(1))
}
fn get_nbytes(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(len(ts, o)? as i64))
}
fn get_shape(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_tuple(vec![ts.new_int(len(ts, o)? as i64)]))
}
fn get_strides(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    live(ts, o)?;
    Ok(ts.new_tuple(vec![ts.new_int(1)]))
}
fn get_true(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    live(ts, o)?;
    Ok(ts.bool_obj(true))
}
fn get_released(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.bool_obj(this(o).released.get()))
}

static GETSETS: &[GetSetDef] = &[
    GetSetDef::ro("obj", get_obj),
    GetSetDef::ro("readonly", get_readonly),
    GetSetDef::ro("format", get_format),
    GetSetDef::ro("itemsize", get_one),
    GetSetDef::ro("ndim", get_one),
    GetSetDef::ro("nbytes", get_nbytes),
    GetSetDef::ro("shape", get_shape),
    GetSetDef::ro("strides", get_strides),
    GetSetDef::ro("c_contiguous", get_true),
    GetSetDef::ro("f_contiguous", get_true),
    GetSetDef::ro("contiguous", get_true),
    GetSetDef::ro("released", get_released),
];

static METHODS: &[MethodDef] = &[
    MethodDef::new("tobytes", Meth::NoArgs(tobytes)),
    MethodDef::new("tolist", Meth::NoArgs(tolist)),
    MethodDef::new("release", Meth::NoArgs(release)),
    MethodDef::new("hex", Meth::FastKw(hex)),
    MethodDef::new("toreadonly", Meth::NoArgs(toreadonly)),
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
        setitem: Some(setitem),
        hash: Some(hash),
        traverse: Some(traverse),
        new: Some(new),
        ..Slots::NONE
    },
    methods: &[METHODS],
    getsets: GETSETS,
    doc: "Create a new memoryview object which references the given object.",
    ..TypeSpec::new("memoryview", PayloadInfo::of::<PyMemoryView>())
};

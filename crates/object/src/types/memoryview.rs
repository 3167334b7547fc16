//! `memoryview`: a view of a whole bytes-like object (bytes, bytearray) that counts as
//! bytes-like everywhere (`bytes::as_bytes_like`): `len`, indexing (`m[i]`, `m[i, j]`), slicing
//! (a copy, not a sub-view), `tobytes`, `tolist`, `hex`, `cast` to native integer formats and
//! N-D shapes, `release`/`with` (later uses raise), item assignment into a bytearray, the buffer
//! attributes, hashing of read-only views, equality, and export locking of a bytearray's size.

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
    /// The item format (`struct` code) set by `cast()`; `B` otherwise.
    format: u8,
    /// The shape set by `cast(fmt, shape)`; empty means 1-D over all items.
    shape: Box<[usize]>,
}

/// The size and signedness of a native single-character format (`cast`).
fn format_info(f: u8) -> Option<(usize, bool)> {
    Some(match f {
        b'B' => (1, false),
        b'b' => (1, true),
        b'H' => (2, false),
        b'h' => (2, true),
        b'I' => (4, false),
        b'i' => (4, true),
        b'L' | b'Q' | b'N' => (8, false),
        b'l' | b'q' | b'n' => (8, true),
        _ => return None,
    })
}

impl PyMemoryView {
    fn new(obj: ObjRef) -> PyMemoryView {
        PyMemoryView::with_layout(obj, b'B', Box::new([]), false)
    }
    /// A view of `obj` with items of `format` in `shape` (exports a bytearray).
    fn with_layout(
        obj: ObjRef,
        format: u8,
        shape: Box<[usize]>,
        forced_readonly: bool,
    ) -> PyMemoryView {
        if let Some(b) = obj.downcast::<crate::types::bytearray::PyByteArray>() {
            b.export(true);
        }
        PyMemoryView {
            obj,
            released: Cell::new(false),
            forced_readonly,
            format,
            shape,
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
fn itemsize(m: &PyMemoryView) -> usize {
    format_info(m.format).map_or(1, |f| f.0)
}
/// The shape of the view: the cast shape, else one dimension of all items.
fn shape_of(o: &ObjRef) -> Vec<usize> {
    let m = this(o);
    if m.shape.is_empty() {
        vec![as_bytes_like(&m.obj).map_or(0, |b| b.len()) / itemsize(m)]
    } else {
        m.shape.to_vec()
    }
}
/// Item `k` of the data (native little-endian) as an int.
fn item(ts: &ThreadState, m: &PyMemoryView, d: &[u8], k: usize) -> ObjRef {
    let (size, signed) = format_info(m.format).unwrap_or((1, false));
    let mut buf = [0u8; 8];
    buf[..size].copy_from_slice(&d[k * size..(k + 1) * size]);
    let u = u64::from_le_bytes(buf);
    if signed {
        let shift = 64 - 8 * size as u32;
        ts.new_int(((u << shift) as i64) >> shift)
    } else if let Ok(v) = i64::try_from(u) {
        ts.new_int(v)
    } else {
        ts.new_int_big(taipan_ast::Int::from_big(u.into()))
    }
}
fn len(ts: &ThreadState, o: &ObjRef) -> PyResult<usize> {
    live(ts, o)?;
    Ok(shape_of(o)[0])
}
fn getitem(ts: &ThreadState, o: &ObjRef, k: &ObjRef) -> PyResult<ObjRef> {
    let m = live(ts, o)?;
    let d = data(o);
    let shape = shape_of(o);
    let ix: Option<Vec<ObjRef>> = match k.downcast::<crate::types::tuple::PyTuple>() {
        Some(t) => Some(t.items().to_vec()),
        None if k.downcast::<crate::types::slice::PySlice>().is_none()
            && k.typ().slots().index.is_some() =>
        {
            if shape.len() > 1 {
                return Err(
                    ts.not_implemented_error("multi-dimensional sub-views are not implemented")
                );
            }
            Some(vec![k.clone()])
        }
        None => None,
    };
    if let Some(ix) = ix {
        if ix.len() != shape.len() {
            return Err(ts.type_error(format!(
                "memoryview: cannot index {}-dimension view with {}-element tuple",
                shape.len(),
                ix.len()
            )));
        }
        let mut flat = 0usize;
        for (dim, (x, &n)) in ix.iter().zip(&shape).enumerate() {
            let i = crate::abstract_::index_isize(ts, x)?;
            let j = if i < 0 { i + n as isize } else { i };
            if j < 0 || j as usize >= n {
                return Err(ts.index_error(format!("index out of bounds on dimension {}", dim + 1)));
            }
            flat = flat * n + j as usize;
        }
        return Ok(item(ts, m, &d, flat));
    }
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
    let m = live(ts, o)?;
    let d = data(o);
    let shape = shape_of(o);
    let items: Vec<ObjRef> = (0..shape.iter().product::<usize>())
        .map(|k| item(ts, m, &d, k))
        .collect();
    // Nest from the innermost dimension out.
    let mut level = items;
    for &n in shape[1..].iter().rev() {
        level = level
            .chunks(n.max(1))
            .map(|c| ts.new_list(c.to_vec()))
            .collect();
    }
    Ok(ts.new_list(level))
}
/// `cast(format, shape=None)`: a view of the same data as other items or dimensions.
fn cast(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC_ARGS: crate::args::ArgSpec = crate::args::ArgSpec {
        fname: "cast",
        names: &["format", "shape"],
        required: 1,
        posonly: 0,
        kwonly: 2,
    };
    let [f, shape] = crate::args::parse::<2>(ts, &SPEC_ARGS, a, kw)?;
    let m = live(ts, o)?;
    let f = f.expect("required");
    let fs = crate::abstract_::str_of(&f);
    let fs = fs.strip_prefix('@').unwrap_or(fs);
    let Some((size, _)) = (fs.len() == 1)
        .then(|| format_info(fs.as_bytes()[0]))
        .flatten()
    else {
        return Err(ts.value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    let nbytes = data(o).len();
    if !nbytes.is_multiple_of(size) {
        return Err(ts.type_error("memoryview: length is not a multiple of itemsize"));
    }
    let shape: Box<[usize]> = match shape {
        None => Box::new([]),
        Some(s) => {
            let dims = crate::abstract_::collect(ts, &s)?;
            let dims = dims
                .iter()
                .map(|d| {
                    let v = crate::abstract_::index_isize(ts, d)?;
                    usize::try_from(v).map_err(|_| {
                        ts.value_error("memoryview.cast(): elements of shape must be integers > 0")
                    })
                })
                .collect::<PyResult<Vec<usize>>>()?;
            if dims.iter().product::<usize>() * size != nbytes {
                return Err(ts.type_error("memoryview: product(shape) * itemsize != buffer size"));
            }
            dims.into()
        }
    };
    let v = PyMemoryView::with_layout(m.obj.clone(), fs.as_bytes()[0], shape, m.forced_readonly);
    Ok(alloc_object(ts, &ts.types.memoryview, v))
}
impl PyMemoryView {
    /// Ends this view's export of a bytearray (once).
    fn unexport(&self) {
        if !self.released.replace(true)
            && let Some(b) = self.obj.downcast::<crate::types::bytearray::PyByteArray>()
        {
            b.export(false);
        }
    }
}
impl Drop for PyMemoryView {
    fn drop(&mut self) {
        self.unexport();
    }
}
fn release(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    this(o).unexport();
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
    let v = PyMemoryView::with_layout(m.obj.clone(), m.format, m.shape.clone(), true);
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
    let m = live(ts, o)?;
    Ok(ts.new_string((m.format as char).to_string()))
}
fn get_itemsize(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(itemsize(live(ts, o)?) as i64))
}
fn get_ndim(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    live(ts, o)?;
    Ok(ts.new_int(shape_of(o).len() as i64))
}
fn get_nbytes(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    live(ts, o)?;
    Ok(ts.new_int(data(o).len() as i64))
}
fn ints(ts: &ThreadState, v: &[usize]) -> ObjRef {
    ts.new_tuple(v.iter().map(|&n| ts.new_int(n as i64)).collect())
}
fn get_shape(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    live(ts, o)?;
    Ok(ints(ts, &shape_of(o)))
}
fn get_strides(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let m = live(ts, o)?;
    let shape = shape_of(o);
    let mut strides = vec![itemsize(m); shape.len()];
    for i in (0..shape.len().saturating_sub(1)).rev() {
        strides[i] = strides[i + 1] * shape[i + 1];
    }
    Ok(ints(ts, &strides))
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
    GetSetDef::ro("itemsize", get_itemsize),
    GetSetDef::ro("ndim", get_ndim),
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
    MethodDef::new("cast", Meth::FastKw(cast)),
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

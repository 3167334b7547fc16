//! `memoryview`: a view of a bytes-like object (bytes, bytearray) that counts as bytes-like
//! everywhere (`bytes::as_bytes_like`): `len`, indexing (`m[i]`, `m[i, j]`), slicing (a
//! sub-view of the same memory: a start, a stride (negative or a multiple of the item size
//! for step slices) and a count; writes through a slice reach the bytearray), `tobytes`, `tolist`, `hex`, `cast` to native integer formats and
//! N-D shapes, `release`/`with` (later uses raise), item assignment into a bytearray, the buffer
//! attributes, hashing of read-only views, equality, and export locking of a bytearray's size.

use std::cell::Cell;

use crate::error::PyResult;
use crate::header::{ObjRef, PyPayload, alloc_object};
use crate::thread::ThreadState;
use crate::typeobj::{CompareOp, GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags};
use std::cell::Ref;

use crate::types::bytes::{Bytes, as_bytes_like, subscript};

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
    /// A slice's window onto `obj` (`None`: all of it).
    view: Option<View>,
    /// The hash, once computed (kept after `release()`, as CPython's).
    hash: Cell<Option<i64>>,
}

/// A 1-D window: item `k` is at byte `start + k * stride` of the object.
#[derive(Clone, Copy)]
pub struct View {
    start: usize,
    stride: isize,
    count: usize,
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
            view: None,
            hash: Cell::new(None),
        }
    }
    /// The same layout over `view` of the object.
    fn with_view(mut self, view: Option<View>) -> PyMemoryView {
        self.view = view;
        self
    }
    /// The bytes this view sees out of `whole`, the object's bytes.
    pub fn select<'a>(&self, whole: Bytes<'a>) -> Bytes<'a> {
        let Some(v) = self.view else { return whole };
        let isz = itemsize(self);
        if v.stride == isz as isize {
            let r = v.start..v.start + v.count * isz;
            return match whole {
                Bytes::Imm(b) => Bytes::Imm(b.get(r).unwrap_or(&[])),
                Bytes::Cell(c) => Bytes::CellPart(Ref::map(c, |x| x.get(r).unwrap_or(&[]))),
                Bytes::CellPart(c) => Bytes::CellPart(Ref::map(c, |x| x.get(r).unwrap_or(&[]))),
                Bytes::Owned(o) => Bytes::Owned(o.get(r).unwrap_or(&[]).to_vec()),
            };
        }
        let mut out = Vec::with_capacity(v.count * isz);
        for k in 0..v.count {
            let at = (v.start as isize + k as isize * v.stride) as usize;
            out.extend_from_slice(whole.get(at..at + isz).unwrap_or(&[]));
        }
        Bytes::Owned(out)
    }
    /// Whether `release()` ended this view.
    pub fn is_released(&self) -> bool {
        self.released.get()
    }
    /// Whether items are laid out one after another (C-contiguous).
    pub fn is_contiguous(&self) -> bool {
        self.contiguous()
    }
    fn contiguous(&self) -> bool {
        self.view
            .is_none_or(|v| v.stride == itemsize(self) as isize || v.count <= 1)
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
/// CPython's ValueError when `o` is a released memoryview (a buffer request on it).
pub fn check_released(ts: &ThreadState, o: &ObjRef) -> PyResult<()> {
    match o.downcast::<PyMemoryView>() {
        Some(_) => live(ts, o).map(|_| ()),
        None => Ok(()),
    }
}

/// A simple (`PyBUF_SIMPLE`) buffer request on `o`: a released view is a ValueError, a
/// view whose items are not one after another a BufferError.
pub fn check_simple(ts: &ThreadState, o: &ObjRef) -> PyResult<()> {
    let Some(m) = o.downcast::<PyMemoryView>() else {
        return Ok(());
    };
    live(ts, o)?;
    if !m.contiguous() {
        return Err(ts.new_error(
            &ts.exc.buffer_error,
            "memoryview: underlying buffer is not C-contiguous",
        ));
    }
    Ok(())
}
fn readonly_of(m: &PyMemoryView) -> bool {
    m.forced_readonly
        || m.obj
            .downcast::<crate::types::bytearray::PyByteArray>()
            .is_none()
}
fn data(o: &ObjRef) -> Vec<u8> {
    as_bytes_like(o).map(|b| b.to_vec()).unwrap_or_default()
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
    if let Some(m) = o.downcast::<PyMemoryView>() {
        let v =
            PyMemoryView::with_layout(m.obj.clone(), m.format, m.shape.clone(), m.forced_readonly)
                .with_view(m.view);
        return Ok(alloc_object(ts, ty, v));
    }
    if as_bytes_like(&o).is_none() {
        return Err(ts.type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            o.typ().name()
        )));
    }
    Ok(alloc_object(ts, ty, PyMemoryView::new(o)))
}
fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let released = if this(o).released.get() {
        "released "
    } else {
        ""
    };
    Ok(ts.new_string(format!("<{released}memory at {:#x}>", o.id())))
}
fn itemsize(m: &PyMemoryView) -> usize {
    format_info(m.format).map_or(1, |f| f.0)
}
/// The shape of the view: the cast shape, else one dimension of all items.
fn shape_of(o: &ObjRef) -> Vec<usize> {
    let m = this(o);
    if m.shape.is_empty() {
        if let Some(v) = m.view {
            return vec![v.count];
        }
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
    if let Some(sl) = k.downcast::<crate::types::slice::PySlice>()
        && shape.len() == 1
    {
        let si = sl.indices(ts, shape[0])?;
        let isz = itemsize(m) as isize;
        let (start, stride) = m.view.map_or((0, isz), |v| (v.start as isize, v.stride));
        let view = View {
            start: if si.len == 0 {
                0
            } else {
                (start + si.start * stride) as usize
            },
            stride: stride * si.step,
            count: si.len,
        };
        let v = PyMemoryView::with_layout(m.obj.clone(), m.format, Box::new([]), m.forced_readonly)
            .with_view(Some(view));
        return Ok(alloc_object(ts, &ts.types.memoryview, v));
    }
    subscript(ts, &d, k, "memoryview", &|v| {
        alloc_object(ts, &ts.types.memoryview, PyMemoryView::new(ts.new_bytes(v)))
    })
}
fn richcompare(ts: &ThreadState, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    if op != CompareOp::Eq && op != CompareOp::Ne {
        return Ok(ts.not_implemented());
    }
    // A released view is equal to itself only.
    let released = |o: &ObjRef| {
        o.downcast::<PyMemoryView>()
            .is_some_and(|m| m.released.get())
    };
    if released(a) || released(b) {
        let eq = a.is(b);
        return Ok(ts.bool_obj(if op == CompareOp::Eq { eq } else { !eq }));
    }
    let other = as_bytes_like(b).map(|x| x.to_vec());
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
    if !m.contiguous() {
        return Err(ts.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
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
    let view = m.view.map(|v| View {
        start: v.start,
        stride: size as isize,
        count: nbytes / size,
    });
    let v = PyMemoryView::with_layout(m.obj.clone(), fs.as_bytes()[0], shape, m.forced_readonly)
        .with_view(view);
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
    let v =
        PyMemoryView::with_layout(m.obj.clone(), m.format, m.shape.clone(), true).with_view(m.view);
    Ok(alloc_object(ts, &ts.types.memoryview, v))
}
/// `m[i] = int` and `m[a:b] = bytes-like` (same length) into a bytearray, through the view.
fn setitem(ts: &ThreadState, o: &ObjRef, k: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    let m = live(ts, o)?;
    let Some(v) = v else {
        return Err(ts.type_error("cannot delete memory"));
    };
    let ba = match m.obj.downcast::<crate::types::bytearray::PyByteArray>() {
        Some(b) if !m.forced_readonly => b,
        _ => return Err(ts.type_error("cannot modify read-only memory")),
    };
    let shape = shape_of(o);
    let is_slice = |x: &ObjRef| x.is_a::<crate::types::slice::PySlice>();
    let is_index = |x: &ObjRef| !is_slice(x) && x.typ().slots().index.is_some();
    // CPython's `memory_ass_sub` key checks: a tuple of indexes (one per dimension), a
    // tuple of slices (not implemented), anything else not an index or slice.
    let key = match k.downcast::<crate::types::tuple::PyTuple>() {
        Some(t) if !t.is_empty() && t.items().iter().all(is_index) => {
            if t.len() < shape.len() {
                return Err(ts.not_implemented_error("sub-views are not implemented"));
            }
            if t.len() > shape.len() {
                return Err(ts.type_error(format!(
                    "cannot index {}-dimension view with {}-element tuple",
                    shape.len(),
                    t.len()
                )));
            }
            t.items()[0].clone()
        }
        Some(t) if !t.is_empty() && t.items().iter().all(is_slice) => {
            return Err(ts.not_implemented_error(
                "memoryview slice assignments are currently restricted to ndim = 1",
            ));
        }
        None if is_index(k) || is_slice(k) => k.clone(),
        _ => return Err(ts.type_error("memoryview: invalid slice key")),
    };
    let k = &key;
    if shape.len() != 1 {
        return Err(ts.not_implemented_error("memoryview: multi-dimensional assignment"));
    }
    let n = shape[0];
    let isz = itemsize(m);
    let (start, stride) = m
        .view
        .map_or((0, isz as isize), |w| (w.start as isize, w.stride));
    let at = |k: isize| (start + k * stride) as usize;
    if let Some(sl) = k.downcast::<crate::types::slice::PySlice>() {
        let si = sl.indices(ts, n)?;
        let src = crate::types::bytes::buffer(ts, v)?.to_vec();
        if si.len * isz != src.len() {
            return Err(ts.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        ba.with(|d| {
            for (j, chunk) in src.chunks(isz).enumerate() {
                let p = at(si.start + j as isize * si.step);
                if let Some(dst) = d.get_mut(p..p + isz) {
                    dst.copy_from_slice(chunk);
                }
            }
        });
        return Ok(());
    }
    let i = crate::abstract_::index_isize(ts, k)?;
    let i = if i < 0 { i + n as isize } else { i };
    if i < 0 || i as usize >= n {
        return Err(ts.index_error("index out of bounds on dimension 1"));
    }
    let (size, signed) = format_info(m.format).unwrap_or((1, false));
    let bad = || {
        ts.value_error(format!(
            "memoryview: invalid value for format '{}'",
            m.format as char
        ))
    };
    let x = crate::types::int::as_i64(v).ok_or_else(|| {
        if v.typ().slots().index.is_none() {
            ts.type_error(format!(
                "memoryview: invalid type for format '{}'",
                m.format as char
            ))
        } else {
            bad()
        }
    })?;
    let bits = 8 * size as u32;
    let ok = if signed {
        bits == 64 || (x >= -(1i64 << (bits - 1)) && x < (1i64 << (bits - 1)))
    } else {
        x >= 0 && (bits == 64 || x < (1i64 << bits))
    };
    if !ok {
        return Err(bad());
    }
    let bytes = x.to_le_bytes();
    let p = at(i);
    ba.with(|d| {
        if let Some(dst) = d.get_mut(p..p + size) {
            dst.copy_from_slice(&bytes[..size]);
        }
    });
    Ok(())
}
/// The writable bytearray behind a memoryview and the view's size in bytes, or
/// `TypeError` for a read-only view (what `readinto` targets use).
pub fn writable_len(ts: &ThreadState, o: &ObjRef) -> PyResult<usize> {
    let m = live(ts, o)?;
    if readonly_of(m) {
        return Err(ts.type_error(
            "readinto() argument must be read-write bytes-like object, not memoryview",
        ));
    }
    Ok(data(o).len())
}

/// Writes `data` at the start of the view (as many bytes as fit), through its strides.
pub fn write_start(ts: &ThreadState, o: &ObjRef, src: &[u8]) -> PyResult<()> {
    let m = live(ts, o)?;
    let ba = match m.obj.downcast::<crate::types::bytearray::PyByteArray>() {
        Some(b) if !m.forced_readonly => b,
        _ => return Err(ts.type_error("cannot modify read-only memory")),
    };
    let (start, stride, isz) = match m.view {
        Some(v) => (v.start as isize, v.stride, itemsize(m)),
        None => (0, 1, 1),
    };
    let total = data(o).len();
    let src = &src[..src.len().min(total)];
    ba.with(|d| {
        for (j, chunk) in src.chunks(isz).enumerate() {
            let p = (start + j as isize * stride) as usize;
            if let Some(dst) = d.get_mut(p..p + chunk.len()) {
                dst.copy_from_slice(chunk);
            }
        }
    });
    Ok(())
}

fn hash(ts: &ThreadState, o: &ObjRef) -> PyResult<i64> {
    if let Some(h) = this(o).hash.get() {
        return Ok(h);
    }
    let m = live(ts, o)?;
    if !readonly_of(m) {
        return Err(ts.value_error("cannot hash writable memoryview object"));
    }
    let h = taipan_numeric::hash::hash_bytes(&data(o), taipan_numeric::hash::HashKey::default());
    m.hash.set(Some(h));
    Ok(h)
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
    if let Some(v) = m.view {
        return Ok(ts.new_tuple(vec![ts.new_int(v.stride as i64)]));
    }
    let shape = shape_of(o);
    let mut strides = vec![itemsize(m); shape.len()];
    for i in (0..shape.len().saturating_sub(1)).rev() {
        strides[i] = strides[i + 1] * shape[i + 1];
    }
    Ok(ints(ts, &strides))
}
fn get_suboffsets(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    live(ts, o)?;
    Ok(ts.new_tuple(vec![]))
}
fn get_contiguous(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.bool_obj(live(ts, o)?.contiguous()))
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
    GetSetDef::ro("suboffsets", get_suboffsets),
    GetSetDef::ro("c_contiguous", get_contiguous),
    GetSetDef::ro("f_contiguous", get_contiguous),
    GetSetDef::ro("contiguous", get_contiguous),
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
    flags: flags::HAVE_GC | flags::WEAKREFABLE | flags::SEQUENCE,
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

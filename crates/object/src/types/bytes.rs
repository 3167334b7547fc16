//! `bytes`: an immutable byte string (hash cached), its repr (`taipan_text::bytes_repr`),
//! comparison, concatenation/repetition, indexing and slicing, iteration, the constructor
//! (`bytes(int)`, `bytes(iterable)`, `bytes(str, encoding, errors)`, `__bytes__`), and
//! [`Bytes`], the borrowed view of any bytes-like argument (bytes or bytearray) that the
//! methods of both types (`bytes_methods`) and `bytearray` share.

use std::cell::{Cell, Ref};
use std::ops::Deref;

use crate::abstract_ as ab;
use crate::error::PyResult;
use crate::header::{ObjRef, PyPayload, alloc_object};
use crate::thread::ThreadState;
use crate::typeobj::slots::BinaryFn;
use crate::typeobj::{CompareOp, PayloadInfo, Slots, TypeSpec, flags, nb};
use crate::types::bytearray::PyByteArray;
use crate::types::int::PyInt;
use crate::types::slice::PySlice;
use crate::types::str_::PyStr;

pub struct PyBytes {
    v: Box<[u8]>,
    hash: Cell<i64>,
}

impl PyPayload for PyBytes {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.bytes
    }
}

impl PyBytes {
    pub fn new(v: Vec<u8>) -> PyBytes {
        PyBytes {
            v: v.into_boxed_slice(),
            hash: Cell::new(-1),
        }
    }
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        &self.v
    }
}

impl ThreadState {
    /// A bytes object.
    pub fn new_bytes(&self, v: Vec<u8>) -> ObjRef {
        alloc_object(self, &self.types.bytes, PyBytes::new(v))
    }
}

/// The bytes of a bytes-like object, borrowed (a bytearray's buffer stays borrowed while
/// the view lives: never call into Python while holding one).
pub enum Bytes<'a> {
    Imm(&'a [u8]),
    Cell(Ref<'a, Vec<u8>>),
    /// Part of a bytearray's buffer (a memoryview slice).
    CellPart(Ref<'a, [u8]>),
    /// A copy (a memoryview slice with a step).
    Owned(Vec<u8>),
}

impl Deref for Bytes<'_> {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Bytes::Imm(b) => b,
            Bytes::Cell(r) => r,
            Bytes::CellPart(r) => r,
            Bytes::Owned(v) => v,
        }
    }
}

/// The bytes of `o` if it is bytes-like (bytes, bytearray).
pub fn as_bytes_like(o: &ObjRef) -> Option<Bytes<'_>> {
    if let Some(b) = o.downcast::<PyBytes>() {
        return Some(Bytes::Imm(b.as_bytes()));
    }
    if let Some(m) = o.downcast::<crate::types::memoryview::PyMemoryView>() {
        if m.is_released() {
            return None;
        }
        return as_bytes_like(&m.obj).map(|whole| m.select(whole));
    }
    if let Some(a) = o.downcast::<PyByteArray>() {
        return Some(Bytes::Cell(a.borrow()));
    }
    FOREIGN_BUFFER
        .with(|c| c.get())
        .and_then(|f| f(o))
        .map(Bytes::Owned)
}

/// [`as_bytes_like`] for a simple buffer request (CPython's `PyBUF_SIMPLE`): `None` for a
/// memoryview whose items are not one after another, too.
pub fn as_simple_bytes(o: &ObjRef) -> Option<Bytes<'_>> {
    if o.downcast::<crate::types::memoryview::PyMemoryView>()
        .is_some_and(|m| !m.is_contiguous())
    {
        return None;
    }
    as_bytes_like(o)
}

/// The bytes of a buffer exporter defined outside this crate (`array.array`), as a copy, or
/// None when `o` is not one. It must not run Python code.
pub type ForeignBuffer = fn(&ObjRef) -> Option<Vec<u8>>;

thread_local! {
    static FOREIGN_BUFFER: Cell<Option<ForeignBuffer>> = const { Cell::new(None) };
}

/// Installs the exporter [`as_bytes_like`] consults last (once, by the module that defines
/// the type).
pub fn set_foreign_buffer(f: ForeignBuffer) {
    FOREIGN_BUFFER.with(|c| c.set(Some(f)));
}

/// A bytes-like argument (a simple buffer: a non-contiguous memoryview is a BufferError) or
/// CPython's "a bytes-like object is required, not 'X'".
pub fn buffer<'a>(ts: &ThreadState, o: &'a ObjRef) -> PyResult<Bytes<'a>> {
    crate::types::memoryview::check_simple(ts, o)?;
    as_bytes_like(o).ok_or_else(|| {
        ts.type_error(format!(
            "a bytes-like object is required, not '{}'",
            o.typ().name()
        ))
    })
}

fn this(o: &ObjRef) -> &PyBytes {
    o.downcast::<PyBytes>().expect("bytes")
}

fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_string(taipan_text::bytes_repr(this(o).as_bytes())))
}
fn hash(_: &ThreadState, o: &ObjRef) -> PyResult<i64> {
    let b = this(o);
    let h = b.hash.get();
    if h != -1 {
        return Ok(h);
    }
    let h = taipan_numeric::hash::hash_bytes(&b.v, taipan_numeric::hash::HashKey::default());
    b.hash.set(h);
    Ok(h)
}

/// Comparison of two bytes-like objects (shared with bytearray): bytes compares with bytes
/// only (CPython's `bytes_richcompare`), a bytearray with any of these buffers.
pub fn compare(ts: &ThreadState, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    // A foreign exporter (array.array) compares by its own rules, not as bytes.
    let native = |o: &ObjRef| {
        o.is_a::<PyBytes>()
            || o.is_a::<PyByteArray>()
            || o.is_a::<crate::types::memoryview::PyMemoryView>()
    };
    let with_bytearray = a.is_a::<PyByteArray>() || b.is_a::<PyByteArray>();
    if !native(a)
        || !native(b)
        || (!with_bytearray && !(a.is_a::<PyBytes>() && b.is_a::<PyBytes>()))
    {
        return Ok(ts.not_implemented());
    }
    let (Some(x), Some(y)) = (as_bytes_like(a), as_bytes_like(b)) else {
        return Ok(ts.not_implemented());
    };
    Ok(ts.bool_obj(op.test((*x).cmp(&*y))))
}
fn len(_: &ThreadState, o: &ObjRef) -> PyResult<usize> {
    Ok(this(o).v.len())
}

/// `a + b` for bytes-like operands; the result has `a`'s type (bytes or bytearray).
pub fn concat(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    let Some(x) = as_simple_bytes(a) else {
        return Ok(ts.not_implemented());
    };
    let Some(y) = as_simple_bytes(b) else {
        return Err(ts.type_error(format!(
            "can't concat {} to {}",
            b.typ().name(),
            a.typ().name()
        )));
    };
    let mut v = Vec::with_capacity(x.len() + y.len());
    v.extend_from_slice(&x);
    v.extend_from_slice(&y);
    drop((x, y));
    Ok(if a.is_a::<PyByteArray>() {
        ts.new_bytearray(v)
    } else {
        ts.new_bytes(v)
    })
}

/// `s * n` for a bytes-like operand; the result has its type.
pub fn repeat(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    let (s, n) = if as_bytes_like(a).is_some() && b.typ().slots().index.is_some() {
        (a, b)
    } else if as_bytes_like(b).is_some() && a.typ().slots().index.is_some() {
        (b, a)
    } else {
        return Ok(ts.not_implemented());
    };
    let n = ab::index_isize(ts, n)
        .map_err(|_| ts.overflow_error("cannot fit 'int' into an index-sized integer"))?;
    // As CPython: an exact bytes repeated once is itself.
    if n == 1 && s.is_exact(&ts.types.bytes) {
        return Ok(s.clone());
    }
    let Some(data) = as_bytes_like(s) else {
        return Ok(ts.not_implemented());
    };
    let n = n.max(0) as usize;
    ts.check_alloc(data.len(), n)?;
    let v = data.repeat(n);
    drop(data);
    Ok(if s.is_a::<PyByteArray>() {
        ts.new_bytearray(v)
    } else {
        ts.new_bytes(v)
    })
}

/// `x in b` for a bytes-like `b`: an int in range(256) or a bytes-like subsequence.
pub fn contains_in(ts: &ThreadState, data: &[u8], k: &ObjRef) -> PyResult<bool> {
    if let Some(sub) = as_bytes_like(k) {
        return Ok(memchr::memmem::find(data, &sub).is_some());
    }
    if k.typ().slots().index.is_none() {
        return Err(ts.type_error(format!(
            "a bytes-like object is required, not '{}'",
            k.typ().name()
        )));
    }
    let v = byte_value(ts, k)?;
    Ok(data.contains(&v))
}

/// An int argument that must be a byte (`byte must be in range(0, 256)`).
pub fn byte_value(ts: &ThreadState, k: &ObjRef) -> PyResult<u8> {
    let i = ab::index(ts, k)?;
    match i
        .downcast::<PyInt>()
        .and_then(|i| taipan_numeric::int::to_i64(&i.0))
    {
        Some(v @ 0..=255) => Ok(v as u8),
        _ => Err(ts.value_error("byte must be in range(0, 256)")),
    }
}

fn contains(ts: &ThreadState, o: &ObjRef, k: &ObjRef) -> PyResult<bool> {
    contains_in(ts, this(o).as_bytes(), k)
}

/// `b[k]` over bytes-like data: an int, or a slice of the same type (`mk` builds it).
pub fn subscript(
    ts: &ThreadState,
    data: &[u8],
    k: &ObjRef,
    what: &str,
    mk: &dyn Fn(Vec<u8>) -> ObjRef,
) -> PyResult<ObjRef> {
    if let Some(sl) = k.downcast::<PySlice>() {
        let ix = sl.indices(ts, data.len())?;
        return Ok(mk(slice_select(data, &ix)));
    }
    if k.typ().slots().index.is_none() {
        return Err(ts.type_error(format!(
            "{what} indices must be integers or slices, not {}",
            k.typ().name()
        )));
    }
    let i = ab::index_isize(ts, k)?;
    let Some(j) = wrap_index(i, data.len()) else {
        return Err(ts.index_error(if what == "byte" {
            "index out of range".to_string()
        } else {
            format!("{what} index out of range")
        }));
    };
    Ok(ts.new_int(data[j] as i64))
}

/// `i` (negative counts from the end) as an index into `len` items, or None if out of range.
pub fn wrap_index(i: isize, len: usize) -> Option<usize> {
    let j = if i < 0 {
        i.checked_add(len as isize)?
    } else {
        i
    };
    (j >= 0 && (j as usize) < len).then_some(j as usize)
}

/// The bytes a slice selects from `data`; indices past the end (the buffer shrank after the
/// slice was computed) are skipped rather than trusted.
pub fn slice_select(data: &[u8], ix: &crate::types::slice::SliceIndices) -> Vec<u8> {
    if ix.step == 1 {
        let start = (ix.start.max(0) as usize).min(data.len());
        let end = (start + ix.len).min(data.len());
        return data[start..end].to_vec();
    }
    (0..ix.len)
        .filter_map(|i| {
            data.get((ix.start + i as isize * ix.step) as usize)
                .copied()
        })
        .collect()
}

fn getitem(ts: &ThreadState, o: &ObjRef, k: &ObjRef) -> PyResult<ObjRef> {
    subscript(ts, this(o).as_bytes(), k, "byte", &|v| ts.new_bytes(v))
}

/// The bytes of `bytes(x)`/`bytearray(x)` for one argument without encoding: an int (that
/// many zeros), a bytes-like object, or an iterable of ints.
pub fn bytes_from_object(ts: &ThreadState, x: &ObjRef, fname: &str) -> PyResult<Vec<u8>> {
    crate::types::memoryview::check_released(ts, x)?;
    if let Some(b) = as_bytes_like(x) {
        return Ok(b.to_vec());
    }
    if x.is_a::<PyStr>() {
        return Err(ts.type_error("string argument without an encoding"));
    }
    if x.typ().slots().index.is_some() {
        let n = ab::index_isize(ts, x).map_err(|e| {
            if e.matches(&ts.exc.index_error) {
                ts.overflow_error("cannot fit 'int' into an index-sized integer")
            } else {
                e
            }
        })?;
        if n < 0 {
            return Err(ts.value_error("negative count"));
        }
        ts.check_alloc(n as usize, 1)?;
        return Ok(vec![0; n as usize]);
    }
    // Any iterable, the old sequence protocol (`__getitem__` only) included.
    let it = ab::iter(ts, x).map_err(|e| {
        if e.matches(&ts.exc.type_error) {
            ts.type_error(format!(
                "cannot convert '{}' object to {fname}",
                x.typ().name()
            ))
        } else {
            e
        }
    })?;
    let mut v = Vec::new();
    while let Some(item) = ab::next(ts, &it)? {
        if item.typ().slots().index.is_none() {
            return Err(ts.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                item.typ().name()
            )));
        }
        v.push(byte_value(ts, &item).map_err(|e| {
            if fname == "bytes" && e.matches(&ts.exc.value_error) {
                ts.value_error("bytes must be in range(0, 256)")
            } else {
                e
            }
        })?);
    }
    Ok(v)
}

/// The bytes of `bytes(source, encoding, errors)`/`bytearray(...)` (all three optional).
pub fn bytes_from_args(
    ts: &ThreadState,
    x: Option<ObjRef>,
    enc: Option<ObjRef>,
    errors: Option<ObjRef>,
    fname: &str,
) -> PyResult<Vec<u8>> {
    let arg_str = |o: &ObjRef, n: &str| -> PyResult<String> {
        o.downcast::<PyStr>()
            .map(|s| s.as_str().to_string())
            .ok_or_else(|| {
                ts.type_error(format!(
                    "{fname}() argument '{n}' must be str, not {}",
                    o.typ().name()
                ))
            })
    };
    let enc_s = enc.as_ref().map(|e| arg_str(e, "encoding")).transpose()?;
    let err_s = errors.as_ref().map(|e| arg_str(e, "errors")).transpose()?;
    let Some(x) = x else {
        if enc_s.is_some() || err_s.is_some() {
            return Err(ts.type_error(if enc_s.is_some() {
                "encoding without a string argument"
            } else {
                "errors without a string argument"
            }));
        }
        return Ok(Vec::new());
    };
    if let Some(s) = x.downcast::<PyStr>() {
        let Some(enc) = enc_s else {
            return Err(ts.type_error("string argument without an encoding"));
        };
        return crate::types::codecs_glue::encode(
            ts,
            s.as_str().as_bytes(),
            &enc,
            err_s.as_deref().unwrap_or("strict"),
        );
    }
    if enc_s.is_some() {
        return Err(ts.type_error("encoding without a string argument"));
    }
    if err_s.is_some() {
        return Err(ts.type_error("errors without a string argument"));
    }
    bytes_from_object(ts, &x, fname)
}

/// `x.__bytes__()` when `x`'s type defines it (`None` when not), checked as CPython's
/// `PyObject_Bytes` and `%b` do: a result that is not bytes is a TypeError.
pub(crate) fn call_dunder_bytes(ts: &ThreadState, x: &ObjRef) -> PyResult<Option<ObjRef>> {
    let Some(f) = x.typ().lookup(ts, &ts.intern("__bytes__")) else {
        return Ok(None);
    };
    let r = ab::call_unbound(ts, &f, x, &[])?;
    if !r.is_a::<PyBytes>() {
        return Err(ts.type_error(format!(
            "__bytes__ returned non-bytes (type {})",
            r.typ().name()
        )));
    }
    Ok(Some(r))
}

fn new(ts: &ThreadState, ty: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC_ARGS: crate::args::ArgSpec = crate::args::ArgSpec {
        fname: "bytes",
        names: &["source", "encoding", "errors"],
        required: 0,
        posonly: 0,
        kwonly: 3,
    };
    crate::types::str_::check_ctor_args(ts, "bytes", &["source", "encoding", "errors"], args, kw)?;
    let [x, enc, errors] = crate::args::parse::<3>(ts, &SPEC_ARGS, args, kw)?;
    if let Some(xo) = &x
        && enc.is_none()
        && errors.is_none()
    {
        if xo.is_exact(&ts.types.bytes) && ty.is(&ts.types.bytes) {
            return Ok(xo.clone());
        }
        if let Some(r) = call_dunder_bytes(ts, xo)? {
            if ty.is(&ts.types.bytes) {
                return Ok(r);
            }
            return Ok(alloc_object(ts, ty, PyBytes::new(this(&r).v.to_vec())));
        }
    }
    let v = bytes_from_args(ts, x, enc, errors, "bytes")?;
    if ty.is(&ts.types.bytes) {
        return Ok(ts.new_bytes(v));
    }
    Ok(alloc_object(ts, ty, PyBytes::new(v)))
}

// ---- iteration ----

/// The iterator of bytes and bytearray (`bytes_iterator`): the data is re-read every step;
/// an exhausted iterator lets go of its sequence (a bytearray grown later yields nothing).
pub struct PyBytesIter {
    seq: crate::types::it_seq::ItSeq,
    pos: Cell<usize>,
}
impl PyPayload for PyBytesIter {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.bytes_iterator
    }
}
/// `iter(b)` for bytes-like `o` (the iterator type is chosen by the caller).
pub fn new_iter(ts: &ThreadState, o: &ObjRef, ty: &ObjRef) -> ObjRef {
    alloc_object(
        ts,
        ty,
        PyBytesIter {
            seq: crate::types::it_seq::ItSeq::new(o),
            pos: Cell::new(0),
        },
    )
}
fn iter(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(new_iter(ts, o, &ts.types.bytes_iterator))
}
fn this_iter(o: &ObjRef) -> &PyBytesIter {
    o.downcast::<PyBytesIter>().expect("bytes_iterator")
}
fn iter_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let it = this_iter(o);
    let p = it.pos.get();
    let seq = it.seq.cloned();
    let b = seq
        .as_ref()
        .and_then(|s| as_bytes_like(s).and_then(|d| d.get(p).copied()));
    match b {
        Some(v) => {
            it.pos.set(p + 1);
            Ok(Some(ts.new_int(v as i64)))
        }
        None => {
            it.seq.release();
            Ok(None)
        }
    }
}
/// `__reduce__` of the bytes/bytearray iterators: `(iter, (seq,), index)`, or
/// `(iter, ((),))` once exhausted.
fn iter_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let it = this_iter(o);
    crate::types::iter_reduce::reduce_seq(ts, "iter", || match it.seq.cloned() {
        Some(s) => (s, Some(it.pos.get() as i64)),
        None => (ts.new_tuple(Vec::new()), None),
    })
}
/// `__setstate__` of the bytes/bytearray iterators: the index (negative reads as 0).
fn iter_setstate(ts: &ThreadState, o: &ObjRef, state: &ObjRef) -> PyResult<ObjRef> {
    let it = this_iter(o);
    let i = crate::types::iter_reduce::state_index(ts, state)?;
    if it.seq.get().is_some() {
        it.pos.set(i.max(0) as usize);
    }
    Ok(ts.none())
}
fn self_iter(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(o.clone())
}
fn iter_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    this_iter(o).seq.visit(visit);
}

const fn number_slots() -> [Option<BinaryFn>; nb::COUNT] {
    let mut n: [Option<BinaryFn>; nb::COUNT] = [None; nb::COUNT];
    n[nb::ADD] = Some(concat);
    n[nb::MULTIPLY] = Some(repeat);
    n[nb::REMAINDER] = Some(crate::types::bytes_methods::percent);
    n
}

pub static SPEC: TypeSpec = TypeSpec {
    flags: flags::BASETYPE | flags::BYTES_SUBCLASS | flags::SEQ_REPEAT,
    slots: Slots {
        repr: Some(repr),
        str: Some(repr),
        hash: Some(hash),
        richcompare: Some(compare),
        len: Some(len),
        getitem: Some(getitem),
        contains: Some(contains),
        iter: Some(iter),
        new: Some(new),
        number: number_slots(),
        ..Slots::NONE
    },
    methods: &[
        crate::types::bytes_methods::SHARED,
        crate::types::bytes_methods::BYTES_ONLY,
    ],
    doc: "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\nbytes() -> empty bytes object\n\nConstruct an immutable array of bytes from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - any object implementing the buffer API.\n  - an integer",
    ..TypeSpec::new("bytes", PayloadInfo::of::<PyBytes>())
};

/// `bytes_iterator.__length_hint__` (and bytearray's): the bytes not yet produced.
fn iter_length_hint(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let it = this_iter(o);
    let n = it.seq.get().as_ref().map_or(0, |s| {
        as_bytes_like(s).map_or(0, |d| d.len().saturating_sub(it.pos.get()))
    });
    Ok(ts.new_int(n as i64))
}
static ITER_METHODS: &[crate::typeobj::MethodDef] = &[
    crate::typeobj::MethodDef::new(
        "__length_hint__",
        crate::typeobj::Meth::NoArgs(iter_length_hint),
    ),
    crate::typeobj::MethodDef::new("__reduce__", crate::typeobj::Meth::NoArgs(iter_reduce)),
    crate::typeobj::MethodDef::new("__setstate__", crate::typeobj::Meth::O(iter_setstate)),
];

pub static ITER_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: Slots {
        iter: Some(self_iter),
        iternext: Some(iter_next),
        traverse: Some(iter_traverse),
        ..Slots::NONE
    },
    methods: &[ITER_METHODS],
    ..TypeSpec::new("bytes_iterator", PayloadInfo::of::<PyBytesIter>())
};

pub static BYTEARRAY_ITER_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: Slots {
        iter: Some(self_iter),
        iternext: Some(iter_next),
        traverse: Some(iter_traverse),
        ..Slots::NONE
    },
    methods: &[ITER_METHODS],
    ..TypeSpec::new("bytearray_iterator", PayloadInfo::of::<PyBytesIter>())
};

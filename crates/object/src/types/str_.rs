//! `str`: any sequence of code points, lone surrogates included, stored as taipan-text's
//! generalized UTF-8 (`taipan_text::pystr`: every code point encoded on its own, so text without
//! surrogates is plain UTF-8), with its length in code points cached; interning, CPython's hash
//! (SipHash-1-3 over the PEP 393 form, keyed as `PYTHONHASHSEED=0`), repr, comparison,
//! concatenation and repetition, indexing and slicing, iteration. The methods are in
//! `str_methods`, formatting (`format`, `__format__`, `%`) in `str_format`.
//!
//! Indexing is O(1): an ASCII string (byte length = length in code points, the common case)
//! indexes by byte; a non-ASCII one builds, on its first index or slice, a sparse index holding
//! the byte offset of every [`STRIDE`]th code point, then scans fewer than `STRIDE` code points
//! from there. Why not PEP 393's fixed-width kinds (latin-1/UCS-2/UCS-4): every algorithm of
//! taipan-text (search, split, case, codecs, format) works on generalized UTF-8 bytes, so one
//! representation serves them all with no conversion; hashing, comparison (UTF-8 byte order is
//! code point order, surrogates included), concatenation, dict lookup and iteration run on the
//! bytes directly (ASCII fastest, as for CPython), and only random access pays the small index
//! (one `usize` per `STRIDE` code points, built lazily, never for ASCII or unindexed strings).
//! `as_str()` gives Rust `&str` views for names and messages: exact unless the string holds a
//! lone surrogate, where each surrogate shows as U+FFFD (a lossy copy made on demand); code where
//! surrogates matter (repr, codecs, methods, printing) uses `as_bytes()`.

use std::cell::{Cell, OnceCell};

use crate::abstract_ as ab;
use crate::args;
use crate::error::PyResult;
use crate::header::{ObjRef, PyPayload, alloc_object};
use crate::thread::ThreadState;
use crate::typeobj::slots::BinaryFn;
use crate::typeobj::{CompareOp, PayloadInfo, Slots, TypeSpec, flags, nb};
use crate::types::slice::{PySlice, SliceIndices};
use taipan_text::pystr::{char_len, decode_at, push_cp};

/// Code points between two entries of a non-ASCII string's sparse index.
pub const STRIDE: usize = 32;

pub struct PyStr {
    /// Generalized UTF-8.
    s: Box<[u8]>,
    /// Length in code points.
    nchars: usize,
    hash: Cell<i64>,
    interned: Cell<bool>,
    /// Whether `s` holds a lone surrogate (so is not UTF-8).
    surrogates: bool,
    /// What only some strings need, made on demand (one pointer when absent).
    aux: OnceCell<Box<Aux>>,
}

/// The lazily made parts of a [`PyStr`].
#[derive(Default)]
struct Aux {
    /// Non-ASCII only: byte offset of code point `k * STRIDE`, built on first random access.
    index: OnceCell<Box<[usize]>>,
    /// With surrogates only: the `as_str()` view (each surrogate as U+FFFD).
    lossy: OnceCell<Box<str>>,
}

impl PyPayload for PyStr {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.str_
    }
}

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        PyStr::from_parts(s.as_bytes().into(), false)
    }
    /// From generalized UTF-8 bytes (what taipan-text's functions return).
    pub fn from_gutf8(v: Vec<u8>) -> PyStr {
        let surrogates = std::str::from_utf8(&v).is_err();
        PyStr::from_parts(v.into_boxed_slice(), surrogates)
    }
    fn from_parts(s: Box<[u8]>, surrogates: bool) -> PyStr {
        PyStr {
            nchars: if s.is_ascii() { s.len() } else { char_len(&s) },
            s,
            hash: Cell::new(-1),
            interned: Cell::new(false),
            surrogates,
            aux: OnceCell::new(),
        }
    }
    /// The text as Rust `str`: exact unless it holds a lone surrogate (shown as U+FFFD).
    #[inline]
    pub fn as_str(&self) -> &str {
        if !self.surrogates {
            // SAFETY: `surrogates` is false only when `s` was checked (or known) to be UTF-8.
            return unsafe { std::str::from_utf8_unchecked(&self.s) };
        }
        self.aux().lossy.get_or_init(|| {
            let mut out = String::with_capacity(self.s.len());
            for cp in taipan_text::pystr::code_points(&self.s) {
                out.push(char::from_u32(cp).unwrap_or('\u{FFFD}'));
            }
            out.into_boxed_str()
        })
    }
    fn aux(&self) -> &Aux {
        self.aux.get_or_init(Box::default)
    }
    /// The text as Rust `str`, `None` when it holds a lone surrogate.
    #[inline]
    pub fn to_str(&self) -> Option<&str> {
        (!self.surrogates).then(|| self.as_str())
    }
    /// The generalized UTF-8 bytes.
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        &self.s
    }
    /// Whether the text holds a lone surrogate.
    #[inline]
    pub fn has_surrogates(&self) -> bool {
        self.surrogates
    }
    /// `len(s)`.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.nchars
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.s.len()
    }
    pub fn is_interned(&self) -> bool {
        self.interned.get()
    }
    /// The byte offset of code point `i` (0 <= i <= len).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() || i == 0 {
            return i.min(self.s.len());
        }
        if i >= self.nchars {
            return self.s.len();
        }
        let index = self.aux().index.get_or_init(|| {
            let mut v = Vec::with_capacity(self.nchars / STRIDE + 1);
            let mut k = 0;
            for (pos, &b) in self.s.iter().enumerate() {
                if b & 0xC0 != 0x80 {
                    if k % STRIDE == 0 {
                        v.push(pos);
                    }
                    k += 1;
                }
            }
            v.into_boxed_slice()
        });
        let mut pos = index[i / STRIDE];
        for _ in 0..i % STRIDE {
            pos += taipan_text::pystr::cp_width(self.s[pos]);
        }
        pos
    }
    /// The code point at index `i` (0 <= i < len).
    pub fn char_at(&self, i: usize) -> Option<u32> {
        if i >= self.nchars {
            return None;
        }
        if self.is_ascii() {
            return Some(self.s[i] as u32);
        }
        Some(decode_at(&self.s, self.byte_offset(i)).0)
    }
    /// `hash(s)`, cached.
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = hash_bytes(&self.s);
        self.hash.set(h);
        h
    }
}

/// CPython's str hash (`taipan_numeric`): SipHash-1-3 over the PEP 393 form, keyed as
/// `PYTHONHASHSEED=0`.
pub fn hash_text(s: &str) -> i64 {
    hash_bytes(s.as_bytes())
}

/// [`hash_text`] of generalized UTF-8.
pub fn hash_bytes(s: &[u8]) -> i64 {
    taipan_numeric::hash::hash_str(s, taipan_numeric::hash::HashKey::default())
}

pub(crate) fn bootstrap_empty(ty: &ObjRef) -> ObjRef {
    crate::header::alloc_untracked(ty, PyStr::new(""))
}

pub(crate) fn new_str_uninterned(ts: &ThreadState, s: &str) -> ObjRef {
    alloc_object(ts, &ts.types.str_, PyStr::new(s))
}

pub(crate) fn mark_interned(o: &ObjRef) {
    if let Some(s) = o.downcast::<PyStr>() {
        s.interned.set(true);
    }
}

impl ThreadState {
    /// A str object (one-character ASCII strings and `''` are shared).
    #[inline]
    pub fn new_str(&self, s: &str) -> ObjRef {
        if s.len() <= 1 {
            if s.is_empty() {
                return self.empty_str();
            }
            return self.intern(s);
        }
        new_str_uninterned(self, s)
    }
    pub fn new_string(&self, s: String) -> ObjRef {
        self.new_str(&s)
    }
    /// A str object from generalized UTF-8 bytes (what `taipan_text` returns).
    pub fn new_str_gutf8(&self, v: Vec<u8>) -> ObjRef {
        match String::from_utf8(v) {
            Ok(s) => self.new_string(s),
            Err(e) => alloc_object(self, &self.types.str_, PyStr::from_gutf8(e.into_bytes())),
        }
    }
    /// A str object from borrowed generalized UTF-8 bytes.
    pub fn new_str_bytes(&self, v: &[u8]) -> ObjRef {
        match std::str::from_utf8(v) {
            Ok(s) => self.new_str(s),
            Err(_) => alloc_object(self, &self.types.str_, PyStr::from_gutf8(v.to_vec())),
        }
    }
    /// A one-code-point str (surrogates included; ASCII ones are shared).
    pub fn new_str_cp(&self, cp: u32) -> ObjRef {
        let mut v = Vec::with_capacity(4);
        push_cp(&mut v, cp);
        self.new_str_gutf8(v)
    }
}

/// `repr()` of a Rust string as a Python str literal.
pub fn repr_str(s: &str) -> String {
    taipan_ast::repr::utf8_str_repr(s)
}

fn this(o: &ObjRef) -> &PyStr {
    o.downcast::<PyStr>().expect("str")
}

fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_string(taipan_text::str_repr(this(o).as_bytes())))
}
fn str_(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    if o.is_exact(&ts.types.str_) {
        return Ok(o.clone());
    }
    Ok(ts.new_str_bytes(this(o).as_bytes()))
}
fn hash(_: &ThreadState, o: &ObjRef) -> PyResult<i64> {
    Ok(this(o).hash())
}
fn richcompare(ts: &ThreadState, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    let Some(y) = b.downcast::<PyStr>() else {
        return Ok(ts.not_implemented());
    };
    // Generalized UTF-8 byte order is code-point order.
    Ok(ts.bool_obj(op.test(this(a).as_bytes().cmp(y.as_bytes()))))
}
fn len(_: &ThreadState, o: &ObjRef) -> PyResult<usize> {
    Ok(this(o).char_len())
}
fn add(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    let (Some(x), Some(y)) = (a.downcast::<PyStr>(), b.downcast::<PyStr>()) else {
        return Ok(ts.not_implemented());
    };
    let mut s = Vec::with_capacity(x.as_bytes().len() + y.as_bytes().len());
    s.extend_from_slice(x.as_bytes());
    s.extend_from_slice(y.as_bytes());
    if !x.surrogates && !y.surrogates {
        // SAFETY: two UTF-8 strings joined are UTF-8.
        return Ok(ts.new_string(unsafe { String::from_utf8_unchecked(s) }));
    }
    Ok(ts.new_str_gutf8(s))
}
fn mul(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    let (s, so, n) = match (a.downcast::<PyStr>(), b.downcast::<PyStr>()) {
        (Some(s), _) if b.typ().slots().index.is_some() => (s, a, b),
        (_, Some(s)) if a.typ().slots().index.is_some() => (s, b, a),
        _ => return Ok(ts.not_implemented()),
    };
    let n = ab::index_isize(ts, n)
        .map_err(|_| ts.overflow_error("cannot fit 'int' into an index-sized integer"))?;
    if n <= 0 {
        return Ok(ts.empty_str());
    }
    // As CPython: an exact str repeated once is itself.
    if n == 1 && so.is_exact(&ts.types.str_) {
        return Ok(so.clone());
    }
    ts.check_alloc(s.as_bytes().len(), n as usize)?;
    Ok(ts.new_str_gutf8(s.as_bytes().repeat(n as usize)))
}
fn contains(ts: &ThreadState, o: &ObjRef, k: &ObjRef) -> PyResult<bool> {
    match k.downcast::<PyStr>() {
        Some(k) => Ok(memchr::memmem::find(this(o).as_bytes(), k.as_bytes()).is_some()),
        None => Err(ts.type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            k.typ().name()
        ))),
    }
}
fn getitem(ts: &ThreadState, o: &ObjRef, k: &ObjRef) -> PyResult<ObjRef> {
    let s = this(o);
    if let Some(sl) = k.downcast::<PySlice>() {
        let SliceIndices {
            start, step, len, ..
        } = sl.indices(ts, s.char_len())?;
        if len == 0 {
            return Ok(ts.empty_str());
        }
        if step == 1 {
            if len == s.char_len() && o.is_exact(&ts.types.str_) {
                return Ok(o.clone());
            }
            let a = s.byte_offset(start as usize);
            let b = s.byte_offset(start as usize + len);
            return Ok(ts.new_str_bytes(&s.as_bytes()[a..b]));
        }
        let mut out = Vec::with_capacity(len);
        for i in 0..len {
            let cp = s.char_at((start + i as isize * step) as usize).unwrap_or(0);
            push_cp(&mut out, cp);
        }
        return Ok(ts.new_str_gutf8(out));
    }
    if k.typ().slots().index.is_none() {
        return Err(ts.type_error(format!(
            "string indices must be integers, not '{}'",
            k.typ().name()
        )));
    }
    let i = ab::index_isize(ts, k)?;
    let n = s.char_len() as isize;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(ts.index_error("string index out of range"));
    }
    Ok(ts.new_str_cp(s.char_at(j as usize).unwrap_or(0)))
}
fn new(ts: &ThreadState, ty: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC_ARGS: args::ArgSpec = args::ArgSpec {
        fname: "str",
        names: &["object", "encoding", "errors"],
        required: 0,
        posonly: 0,
        kwonly: 3,
    };
    check_ctor_args(ts, "str", &["object", "encoding", "errors"], args, kw)?;
    let [obj, enc, err] = args::parse::<3>(ts, &SPEC_ARGS, args, kw)?;
    let s = match obj {
        None => ts.empty_str(),
        Some(o) if enc.is_some() || err.is_some() => decode_arg(ts, &o, enc, err)?,
        Some(o) => ab::str(ts, &o)?,
    };
    if ty.is(&ts.types.str_) {
        return Ok(s);
    }
    Ok(alloc_object(
        ts,
        ty,
        PyStr::from_gutf8(this(&s).as_bytes().to_vec()),
    ))
}

/// The `PyArg_ParseTupleAndKeywords` errors of a constructor: "takes at most N arguments",
/// "'x' is an invalid keyword argument for f()".
pub(crate) fn check_ctor_args(
    ts: &ThreadState,
    f: &str,
    names: &[&str],
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<()> {
    if args.len() > names.len() {
        return Err(ts.type_error(format!(
            "{f}() takes at most {} arguments ({} given)",
            names.len(),
            args.len()
        )));
    }
    for k in args::kw_names(kw) {
        let k = ab::str_of(k);
        if !names.contains(&k) {
            return Err(ts.type_error(format!("'{k}' is an invalid keyword argument for {f}()")));
        }
    }
    Ok(())
}

/// `str(b, encoding, errors)`: decodes a bytes-like object.
fn decode_arg(
    ts: &ThreadState,
    o: &ObjRef,
    enc: Option<ObjRef>,
    err: Option<ObjRef>,
) -> PyResult<ObjRef> {
    let text = |x: Option<ObjRef>, n: &str, default: &str| -> PyResult<String> {
        match x {
            None => Ok(default.to_string()),
            Some(v) => v
                .downcast::<PyStr>()
                .map(|s| s.as_str().to_string())
                .ok_or_else(|| {
                    ts.type_error(format!(
                        "str() argument '{n}' must be str, not {}",
                        v.typ().name()
                    ))
                }),
        }
    };
    let (enc, err) = (
        text(enc, "encoding", "utf-8")?,
        text(err, "errors", "strict")?,
    );
    if o.is_a::<PyStr>() {
        return Err(ts.type_error("decoding str is not supported"));
    }
    let Some(data) = crate::types::bytes::as_bytes_like(o).map(|b| b.to_vec()) else {
        return Err(ts.type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            o.typ().name()
        )));
    };
    let v = crate::types::codecs_glue::decode(ts, &data, &enc, &err)?;
    Ok(ts.new_str_gutf8(v))
}

// ---- iteration ----

pub struct PyStrIter {
    /// The string, dropped once the iterator is exhausted (CPython's `it_seq = NULL`).
    s: crate::types::it_seq::ItSeq,
    pos: Cell<usize>,
}
impl PyPayload for PyStrIter {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.str_iterator
    }
}
fn iter(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    // CPython's type names: `str_ascii_iterator` for ASCII text, `str_iterator` otherwise.
    let ty = if this(o).as_bytes().is_ascii() {
        &ts.types.str_iterator
    } else {
        &ts.types.str_unicode_iterator
    };
    Ok(alloc_object(
        ts,
        ty,
        PyStrIter {
            s: crate::types::it_seq::ItSeq::new(o),
            pos: Cell::new(0),
        },
    ))
}
fn iter_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let it = o.downcast::<PyStrIter>().expect("str_iterator");
    let guard = it.s.get();
    let Some(so) = guard.as_ref() else {
        return Ok(None);
    };
    let s = this(so).as_bytes();
    let p = it.pos.get();
    match s.get(p) {
        Some(&b) if b < 0x80 => {
            it.pos.set(p + 1);
            Ok(Some(ts.new_str_bytes(std::slice::from_ref(&b))))
        }
        Some(_) => {
            let (cp, w) = decode_at(s, p);
            it.pos.set(p + w);
            Ok(Some(ts.new_str_cp(cp)))
        }
        None => {
            drop(guard);
            it.s.release();
            Ok(None)
        }
    }
}
fn self_iter(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(o.clone())
}

const fn number_slots() -> [Option<BinaryFn>; nb::COUNT] {
    let mut n: [Option<BinaryFn>; nb::COUNT] = [None; nb::COUNT];
    n[nb::ADD] = Some(add);
    n[nb::MULTIPLY] = Some(mul);
    n[nb::REMAINDER] = Some(crate::types::str_format::str_mod);
    n
}

pub static SPEC: TypeSpec = TypeSpec {
    flags: flags::BASETYPE | flags::UNICODE_SUBCLASS | flags::SEQ_REPEAT,
    slots: Slots {
        repr: Some(repr),
        str: Some(str_),
        hash: Some(hash),
        richcompare: Some(richcompare),
        len: Some(len),
        getitem: Some(getitem),
        contains: Some(contains),
        iter: Some(iter),
        new: Some(new),
        number: number_slots(),
        ..Slots::NONE
    },
    methods: &[
        crate::types::str_methods::METHODS,
        crate::types::str_format::METHODS,
    ],
    doc: "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string object from the given object. If encoding or\nerrors is specified, then the object must expose a data buffer\nthat will be decoded using the given encoding and error handler.\nOtherwise, returns the result of object.__str__() (if defined)\nor repr(object).\nencoding defaults to sys.getdefaultencoding().\nerrors defaults to 'strict'.",
    ..TypeSpec::new("str", PayloadInfo::of::<PyStr>())
};

/// `str_iterator.__length_hint__`: the characters not yet produced.
fn iter_length_hint(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let it = o.downcast::<PyStrIter>().expect("str_iterator");
    let guard = it.s.get();
    let s = guard.as_ref().map_or(&[][..], |s| this(s).as_bytes());
    let rest = s.get(it.pos.get()..).unwrap_or(&[]);
    let n = rest.iter().filter(|&&b| (b & 0xC0) != 0x80).count();
    Ok(ts.new_int(n as i64))
}
/// `str_iterator.__reduce__`: `(iter, (s,), index)` with the index in code points.
fn iter_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let it = o.downcast::<PyStrIter>().expect("str_iterator");
    crate::types::iter_reduce::reduce_seq(ts, "iter", || match it.s.get().as_ref() {
        Some(s) => {
            let done = this(s).as_bytes().get(..it.pos.get()).unwrap_or(&[]);
            let n = done.iter().filter(|&&b| (b & 0xC0) != 0x80).count();
            (s.clone(), Some(n as i64))
        }
        // Exhausted: `(iter, ('',))`, as CPython.
        None => (ts.empty_str(), None),
    })
}
/// `str_iterator.__setstate__`: the index in code points, clamped to the string.
fn iter_setstate(ts: &ThreadState, o: &ObjRef, state: &ObjRef) -> PyResult<ObjRef> {
    let it = o.downcast::<PyStrIter>().expect("str_iterator");
    let i = crate::types::iter_reduce::state_index(ts, state)?.max(0) as usize;
    let guard = it.s.get();
    let Some(so) = guard.as_ref() else {
        return Ok(ts.none());
    };
    let s = this(so).as_bytes();
    let pos = if s.is_ascii() {
        i.min(s.len())
    } else {
        s.iter()
            .enumerate()
            .filter(|&(_, &b)| (b & 0xC0) != 0x80)
            .nth(i)
            .map_or(s.len(), |(p, _)| p)
    };
    it.pos.set(pos);
    Ok(ts.none())
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
    slots: Slots {
        iter: Some(self_iter),
        iternext: Some(iter_next),
        ..Slots::NONE
    },
    methods: &[ITER_METHODS],
    ..TypeSpec::new("str_ascii_iterator", PayloadInfo::of::<PyStrIter>())
};

pub static UNICODE_ITER_SPEC: TypeSpec = TypeSpec {
    slots: Slots {
        iter: Some(self_iter),
        iternext: Some(iter_next),
        ..Slots::NONE
    },
    methods: &[ITER_METHODS],
    ..TypeSpec::new("str_iterator", PayloadInfo::of::<PyStrIter>())
};

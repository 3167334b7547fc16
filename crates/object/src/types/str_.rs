//! `str`: UTF-8 text with its length in code points cached (ASCII strings index by byte),
//! interning, CPython's hash (SipHash-1-3 over the PEP 393 form, keyed as
//! `PYTHONHASHSEED=0`), repr (the AST crate's `str_repr`), comparison, concatenation and
//! repetition, indexing and slicing, iteration. The methods are in `str_methods`, formatting
//! (`format`, `__format__`, `%`) in `str_format`.

use std::cell::Cell;

use crate::abstract_ as ab;
use crate::args;
use crate::error::PyResult;
use crate::header::{ObjRef, PyPayload, alloc_object};
use crate::thread::ThreadState;
use crate::typeobj::slots::BinaryFn;
use crate::typeobj::{CompareOp, PayloadInfo, Slots, TypeSpec, flags, nb};
use crate::types::slice::{PySlice, SliceIndices};

pub struct PyStr {
    s: Box<str>,
    /// Length in code points.
    nchars: usize,
    hash: Cell<i64>,
    interned: Cell<bool>,
}

impl PyPayload for PyStr {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.str_
    }
}

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        PyStr {
            nchars: s.chars().count(),
            s: s.into(),
            hash: Cell::new(-1),
            interned: Cell::new(false),
        }
    }
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
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
    /// The code point at index `i` (0 <= i < len).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.s.as_bytes().get(i).map(|b| *b as char)
        } else {
            self.s.chars().nth(i)
        }
    }
    /// `hash(s)`, cached.
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = hash_text(&self.s);
        self.hash.set(h);
        h
    }
}

/// CPython's str hash (`taipan_numeric`): SipHash-1-3 over the PEP 393 form, keyed as
/// `PYTHONHASHSEED=0`.
pub fn hash_text(s: &str) -> i64 {
    taipan_numeric::hash::hash_str(s.as_bytes(), taipan_numeric::hash::HashKey::default())
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
}

/// `repr()` of a Rust string as a Python str literal.
pub fn repr_str(s: &str) -> String {
    taipan_ast::repr::utf8_str_repr(s)
}

fn this(o: &ObjRef) -> &PyStr {
    o.downcast::<PyStr>().expect("str")
}

fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_string(repr_str(this(o).as_str())))
}
fn str_(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    if o.is_exact(&ts.types.str_) {
        return Ok(o.clone());
    }
    Ok(ts.new_str(this(o).as_str()))
}
fn hash(_: &ThreadState, o: &ObjRef) -> PyResult<i64> {
    Ok(this(o).hash())
}
fn richcompare(ts: &ThreadState, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    let Some(y) = b.downcast::<PyStr>() else {
        return Ok(ts.not_implemented());
    };
    // UTF-8 byte order is code-point order.
    Ok(ts.bool_obj(op.test(this(a).as_str().cmp(y.as_str()))))
}
fn len(_: &ThreadState, o: &ObjRef) -> PyResult<usize> {
    Ok(this(o).char_len())
}
fn add(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    let (Some(x), Some(y)) = (a.downcast::<PyStr>(), b.downcast::<PyStr>()) else {
        return Ok(ts.not_implemented());
    };
    let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
    s.push_str(x.as_str());
    s.push_str(y.as_str());
    Ok(ts.new_string(s))
}
fn mul(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    let (s, n) = match (a.downcast::<PyStr>(), b.downcast::<PyStr>()) {
        (Some(s), _) if b.typ().slots().index.is_some() => (s, b),
        (_, Some(s)) if a.typ().slots().index.is_some() => (s, a),
        _ => return Ok(ts.not_implemented()),
    };
    let n = ab::index_isize(ts, n)
        .map_err(|_| ts.overflow_error("cannot fit 'int' into an index-sized integer"))?;
    if n <= 0 {
        return Ok(ts.empty_str());
    }
    if (s.as_str().len() as u128) * (n as u128) > (isize::MAX as u128) {
        return Err(ts.memory_error());
    }
    Ok(ts.new_string(s.as_str().repeat(n as usize)))
}
fn contains(ts: &ThreadState, o: &ObjRef, k: &ObjRef) -> PyResult<bool> {
    match k.downcast::<PyStr>() {
        Some(k) => Ok(this(o).as_str().contains(k.as_str())),
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
        if step == 1 && s.is_ascii() {
            return Ok(ts.new_str(&s.as_str()[start as usize..start as usize + len]));
        }
        let chars: Vec<char> = s.as_str().chars().collect();
        let out: String = (0..len)
            .map(|i| chars[(start + i as isize * step) as usize])
            .collect();
        return Ok(ts.new_string(out));
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
    let c = s.char_at(j as usize).unwrap_or('\0');
    let mut buf = [0u8; 4];
    Ok(ts.new_str(c.encode_utf8(&mut buf)))
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
    Ok(alloc_object(ts, ty, PyStr::new(this(&s).as_str())))
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
    s: ObjRef,
    pos: Cell<usize>,
}
impl PyPayload for PyStrIter {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.str_iterator
    }
}
fn iter(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(alloc_object(
        ts,
        &ts.types.str_iterator,
        PyStrIter {
            s: o.clone(),
            pos: Cell::new(0),
        },
    ))
}
fn iter_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let it = o.downcast::<PyStrIter>().expect("str_iterator");
    let s = this(&it.s).as_str();
    let p = it.pos.get();
    match s[p.min(s.len())..].chars().next() {
        Some(c) => {
            it.pos.set(p + c.len_utf8());
            let mut buf = [0u8; 4];
            Ok(Some(ts.new_str(c.encode_utf8(&mut buf))))
        }
        None => Ok(None),
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
    flags: flags::BASETYPE | flags::UNICODE_SUBCLASS,
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

pub static ITER_SPEC: TypeSpec = TypeSpec {
    slots: Slots {
        iter: Some(self_iter),
        iternext: Some(iter_next),
        ..Slots::NONE
    },
    ..TypeSpec::new("str_ascii_iterator", PayloadInfo::of::<PyStrIter>())
};

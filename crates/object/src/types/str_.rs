//! `str`: UTF-8 text with its length in code points cached (ASCII strings index by byte),
//! interning, CPython's hash (SipHash-1-3 over the PEP 393 form, keyed as
//! `PYTHONHASHSEED=0`), repr (the AST crate's `str_repr`), comparison, concatenation and
//! repetition, indexing and slicing, iteration, and the core methods. Further methods go in
//! their own files, listed in `SPEC.methods`.

use std::cell::Cell;

use crate::abstract_ as ab;
use crate::args;
use crate::error::PyResult;
use crate::header::{ObjRef, PyPayload, alloc_object};
use crate::thread::ThreadState;
use crate::typeobj::slots::BinaryFn;
use crate::typeobj::{CompareOp, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags, nb};
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
    let [obj, _enc, _err] = args::parse::<3>(ts, &SPEC_ARGS, args, kw)?;
    let s = match obj {
        None => ts.empty_str(),
        Some(o) => ab::str(ts, &o)?,
    };
    if ty.is(&ts.types.str_) {
        return Ok(s);
    }
    Ok(alloc_object(ts, ty, PyStr::new(this(&s).as_str())))
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

// ---- methods ----

fn arg_str<'a>(ts: &ThreadState, o: &'a ObjRef, what: &str) -> PyResult<&'a str> {
    o.downcast::<PyStr>()
        .map(|s| s.as_str())
        .ok_or_else(|| ts.type_error(format!("{what} arg must be None or str")))
}

fn join(ts: &ThreadState, o: &ObjRef, it: &ObjRef) -> PyResult<ObjRef> {
    let sep = this(o).as_str();
    let items = ab::collect(ts, it)?;
    let mut out = String::new();
    for (i, x) in items.iter().enumerate() {
        let Some(s) = x.downcast::<PyStr>() else {
            return Err(ts.type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                x.typ().name()
            )));
        };
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(s.as_str());
    }
    Ok(ts.new_string(out))
}

fn split_impl(
    ts: &ThreadState,
    o: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
    right: bool,
) -> PyResult<ObjRef> {
    static SPEC_ARGS: args::ArgSpec = args::ArgSpec {
        fname: "split",
        names: &["sep", "maxsplit"],
        required: 0,
        posonly: 0,
        kwonly: 2,
    };
    let [sep, maxsplit] = args::parse::<2>(ts, &SPEC_ARGS, args, kw)?;
    let s = this(o).as_str();
    let max = match maxsplit {
        Some(m) => ab::index_isize(ts, &m)?,
        None => -1,
    };
    let max = if max < 0 { usize::MAX } else { max as usize };
    let parts: Vec<String> = match sep.filter(|x| !ts.is_none(x)) {
        None => {
            let mut v: Vec<String> = Vec::new();
            if right {
                let mut rest = s.trim_end();
                while !rest.is_empty() {
                    if v.len() == max {
                        v.push(rest.to_string());
                        break;
                    }
                    match rest.rfind(char::is_whitespace) {
                        Some(i) => {
                            let w = rest[i..].chars().next().map_or(1, char::len_utf8);
                            v.push(rest[i + w..].to_string());
                            rest = rest[..i].trim_end();
                        }
                        None => {
                            v.push(rest.to_string());
                            break;
                        }
                    }
                }
                v.reverse();
            } else {
                let mut rest = s.trim_start();
                while !rest.is_empty() {
                    if v.len() == max {
                        v.push(rest.to_string());
                        break;
                    }
                    match rest.find(char::is_whitespace) {
                        Some(i) => {
                            v.push(rest[..i].to_string());
                            rest = rest[i..].trim_start();
                        }
                        None => {
                            v.push(rest.to_string());
                            break;
                        }
                    }
                }
            }
            v
        }
        Some(sep) => {
            let sep = arg_str(ts, &sep, "sep")?;
            if sep.is_empty() {
                return Err(ts.value_error("empty separator"));
            }
            if right {
                let mut v: Vec<String> = s
                    .rsplitn(max.saturating_add(1), sep)
                    .map(String::from)
                    .collect();
                v.reverse();
                v
            } else {
                s.splitn(max.saturating_add(1), sep)
                    .map(String::from)
                    .collect()
            }
        }
    };
    Ok(ts.new_list(parts.iter().map(|p| ts.new_str(p)).collect()))
}
fn split(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    split_impl(ts, o, a, kw, false)
}
fn rsplit(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    split_impl(ts, o, a, kw, true)
}

fn strip_impl(
    ts: &ThreadState,
    o: &ObjRef,
    a: &[ObjRef],
    name: &str,
    l: bool,
    r: bool,
) -> PyResult<ObjRef> {
    args::check_positional(ts, name, a.len(), 0, 1)?;
    let s = this(o).as_str();
    let out = match a.first().filter(|x| !ts.is_none(x)) {
        None => {
            let t = if l { s.trim_start() } else { s };
            if r { t.trim_end() } else { t }
        }
        Some(chars) => {
            let cs: Vec<char> = arg_str(ts, chars, name)?.chars().collect();
            let t = if l { s.trim_start_matches(&cs[..]) } else { s };
            if r { t.trim_end_matches(&cs[..]) } else { t }
        }
    };
    Ok(ts.new_str(out))
}
fn strip(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    strip_impl(ts, o, a, "strip", true, true)
}
fn lstrip(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    strip_impl(ts, o, a, "lstrip", true, false)
}
fn rstrip(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    strip_impl(ts, o, a, "rstrip", false, true)
}

fn affix(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], name: &str, start: bool) -> PyResult<ObjRef> {
    args::check_positional(ts, name, a.len(), 1, 3)?;
    let s = this(o).as_str();
    let test = |p: &ObjRef| -> PyResult<bool> {
        let p = p.downcast::<PyStr>().ok_or_else(|| {
            ts.type_error(format!(
                "{name} first arg must be str or a tuple of str, not {}",
                p.typ().name()
            ))
        })?;
        Ok(if start {
            s.starts_with(p.as_str())
        } else {
            s.ends_with(p.as_str())
        })
    };
    if let Some(t) = a[0].downcast::<crate::types::tuple::PyTuple>() {
        for p in t.items() {
            if test(p)? {
                return Ok(ts.bool_obj(true));
            }
        }
        return Ok(ts.bool_obj(false));
    }
    Ok(ts.bool_obj(test(&a[0])?))
}
fn startswith(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    affix(ts, o, a, "startswith", true)
}
fn endswith(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    affix(ts, o, a, "endswith", false)
}

fn replace(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "replace", a.len(), 2, 3)?;
    let old = arg_str(ts, &a[0], "replace")?;
    let new = arg_str(ts, &a[1], "replace")?;
    let count = match a.get(2) {
        Some(c) => ab::index_isize(ts, c)?,
        None => -1,
    };
    let s = this(o).as_str();
    let out = if count < 0 {
        s.replace(old, new)
    } else {
        s.replacen(old, new, count as usize)
    };
    Ok(ts.new_string(out))
}

fn find_impl(
    ts: &ThreadState,
    o: &ObjRef,
    a: &[ObjRef],
    name: &str,
    right: bool,
) -> PyResult<Option<usize>> {
    args::check_positional(ts, name, a.len(), 1, 3)?;
    let sub = a[0]
        .downcast::<PyStr>()
        .ok_or_else(|| ts.type_error(format!("must be str, not {}", a[0].typ().name())))?;
    let s = this(o);
    let n = s.char_len() as isize;
    let norm = |v: isize| if v < 0 { (v + n).max(0) } else { v.min(n) };
    let start = match a.get(1).filter(|x| !ts.is_none(x)) {
        Some(x) => norm(ab::index_isize(ts, x)?),
        None => 0,
    } as usize;
    let end = match a.get(2).filter(|x| !ts.is_none(x)) {
        Some(x) => norm(ab::index_isize(ts, x)?),
        None => n,
    } as usize;
    if start > end {
        return Ok(None);
    }
    let text = s.as_str();
    let b0 = text
        .char_indices()
        .nth(start)
        .map_or(text.len(), |(i, _)| i);
    let b1 = text.char_indices().nth(end).map_or(text.len(), |(i, _)| i);
    let hay = &text[b0..b1];
    let found = if right {
        hay.rfind(sub.as_str())
    } else {
        hay.find(sub.as_str())
    };
    Ok(found.map(|bi| start + hay[..bi].chars().count()))
}
fn find(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    Ok(ts.new_int(find_impl(ts, o, a, "find", false)?.map_or(-1, |i| i as i64)))
}
fn rfind(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    Ok(ts.new_int(find_impl(ts, o, a, "rfind", true)?.map_or(-1, |i| i as i64)))
}
fn index(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    match find_impl(ts, o, a, "index", false)? {
        Some(i) => Ok(ts.new_int(i as i64)),
        None => Err(ts.value_error("substring not found")),
    }
}
fn count(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "count", a.len(), 1, 1)?;
    let sub = arg_str(ts, &a[0], "count")?;
    let s = this(o).as_str();
    let n = if sub.is_empty() {
        this(o).char_len() + 1
    } else {
        s.matches(sub).count()
    };
    Ok(ts.new_int(n as i64))
}

macro_rules! map_str {
    ($fname:ident, |$s:ident| $body:expr) => {
        fn $fname(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
            let $s = this(o).as_str();
            Ok(ts.new_string($body))
        }
    };
}
map_str!(upper, |s| s.to_uppercase());
map_str!(lower, |s| s.to_lowercase());
map_str!(capitalize, |s| {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + &c.as_str().to_lowercase(),
        None => String::new(),
    }
});
map_str!(title, |s| {
    let mut out = String::new();
    let mut prev_cased = false;
    for ch in s.chars() {
        if prev_cased {
            out.extend(ch.to_lowercase())
        } else {
            out.extend(ch.to_uppercase())
        }
        prev_cased = ch.is_alphabetic();
    }
    out
});
map_str!(swapcase, |s| s
    .chars()
    .flat_map(|c| if c.is_uppercase() {
        c.to_lowercase().collect::<Vec<_>>()
    } else {
        c.to_uppercase().collect()
    })
    .collect());

macro_rules! pred {
    ($fname:ident, |$c:ident| $test:expr) => {
        fn $fname(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
            let s = this(o).as_str();
            Ok(ts.bool_obj(!s.is_empty() && s.chars().all(|$c| $test)))
        }
    };
}
pred!(isdigit, |c| c.is_ascii_digit()
    || c.is_numeric() && c.to_digit(10).is_some());
pred!(isdecimal, |c| c.is_ascii_digit());
pred!(isnumeric, |c| c.is_numeric());
pred!(isalpha, |c| c.is_alphabetic());
pred!(isalnum, |c| c.is_alphanumeric());
pred!(isspace, |c| c.is_whitespace());
pred!(isascii_, |c| c.is_ascii());
fn isupper(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let s = this(o).as_str();
    Ok(ts.bool_obj(s.chars().any(|c| c.is_uppercase()) && !s.chars().any(|c| c.is_lowercase())))
}
fn islower(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let s = this(o).as_str();
    Ok(ts.bool_obj(s.chars().any(|c| c.is_lowercase()) && !s.chars().any(|c| c.is_uppercase())))
}
fn isidentifier(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let s = this(o).as_str();
    let mut c = s.chars();
    let ok = c.next().is_some_and(|f| f == '_' || unicode_ident_start(f))
        && c.all(|x| x == '_' || x.is_alphanumeric());
    Ok(ts.bool_obj(ok))
}
fn unicode_ident_start(c: char) -> bool {
    c.is_alphabetic()
}

fn pad(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], name: &str, left: f64) -> PyResult<ObjRef> {
    args::check_positional(ts, name, a.len(), 1, 2)?;
    let w = ab::index_isize(ts, &a[0])?;
    let fill = match a.get(1) {
        Some(f) => {
            let f = arg_str(ts, f, name)?;
            let mut c = f.chars();
            match (c.next(), c.next()) {
                (Some(ch), None) => ch,
                _ => {
                    return Err(
                        ts.type_error("The fill character must be exactly one character long")
                    );
                }
            }
        }
        None => ' ',
    };
    let s = this(o);
    let n = s.char_len() as isize;
    if w <= n {
        return Ok(if o.is_exact(&ts.types.str_) {
            o.clone()
        } else {
            ts.new_str(s.as_str())
        });
    }
    let total = (w - n) as usize;
    let l = if left < 0.0 {
        // center: CPython puts the extra on the left when the width is odd and len even
        total / 2 + (total & w as usize & 1)
    } else {
        (total as f64 * left) as usize
    };
    let mut out = String::new();
    out.extend(std::iter::repeat_n(fill, l));
    out.push_str(s.as_str());
    out.extend(std::iter::repeat_n(fill, total - l));
    Ok(ts.new_string(out))
}
fn ljust(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    pad(ts, o, a, "ljust", 0.0)
}
fn rjust(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    pad(ts, o, a, "rjust", 1.0)
}
fn center(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    pad(ts, o, a, "center", -1.0)
}
fn zfill(ts: &ThreadState, o: &ObjRef, w: &ObjRef) -> PyResult<ObjRef> {
    let w = ab::index_isize(ts, w)?;
    let s = this(o).as_str();
    let n = this(o).char_len() as isize;
    if w <= n {
        return Ok(ts.new_str(s));
    }
    let (sign, rest) = match s.chars().next() {
        Some(c @ ('+' | '-')) => (c.to_string(), &s[1..]),
        _ => (String::new(), s),
    };
    Ok(ts.new_string(format!("{sign}{}{rest}", "0".repeat((w - n) as usize))))
}
fn splitlines(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let keep = match a.first() {
        Some(k) => ab::is_true(ts, k)?,
        None => false,
    };
    let s = this(o).as_str();
    let mut out = Vec::new();
    let mut start = 0;
    let b: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    while i < b.len() {
        let (pos, c) = b[i];
        if matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        ) {
            let mut end = pos + c.len_utf8();
            if c == '\r' && i + 1 < b.len() && b[i + 1].1 == '\n' {
                end += 1;
                i += 1;
            }
            out.push(ts.new_str(if keep { &s[start..end] } else { &s[start..pos] }));
            start = end;
        }
        i += 1;
    }
    if start < s.len() {
        out.push(ts.new_str(&s[start..]));
    }
    Ok(ts.new_list(out))
}
fn partition_impl(ts: &ThreadState, o: &ObjRef, sep: &ObjRef, right: bool) -> PyResult<ObjRef> {
    let sep_s = arg_str(ts, sep, "partition")?;
    if sep_s.is_empty() {
        return Err(ts.value_error("empty separator"));
    }
    let s = this(o).as_str();
    let found = if right { s.rfind(sep_s) } else { s.find(sep_s) };
    let parts = match found {
        Some(i) => [&s[..i], sep_s, &s[i + sep_s.len()..]],
        None if right => ["", "", s],
        None => [s, "", ""],
    };
    Ok(ts.new_tuple(parts.iter().map(|p| ts.new_str(p)).collect()))
}
fn partition(ts: &ThreadState, o: &ObjRef, sep: &ObjRef) -> PyResult<ObjRef> {
    partition_impl(ts, o, sep, false)
}
fn rpartition(ts: &ThreadState, o: &ObjRef, sep: &ObjRef) -> PyResult<ObjRef> {
    partition_impl(ts, o, sep, true)
}
fn removeprefix(ts: &ThreadState, o: &ObjRef, p: &ObjRef) -> PyResult<ObjRef> {
    let p = arg_str(ts, p, "removeprefix")?;
    let s = this(o).as_str();
    Ok(ts.new_str(s.strip_prefix(p).unwrap_or(s)))
}
fn removesuffix(ts: &ThreadState, o: &ObjRef, p: &ObjRef) -> PyResult<ObjRef> {
    let p = arg_str(ts, p, "removesuffix")?;
    let s = this(o).as_str();
    Ok(ts.new_str(s.strip_suffix(p).unwrap_or(s)))
}
fn getnewargs(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_tuple(vec![ts.new_str(this(o).as_str())]))
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("join", Meth::O(join)),
    MethodDef::new("split", Meth::FastKw(split)),
    MethodDef::new("rsplit", Meth::FastKw(rsplit)),
    MethodDef::new("strip", Meth::Fast(strip)),
    MethodDef::new("lstrip", Meth::Fast(lstrip)),
    MethodDef::new("rstrip", Meth::Fast(rstrip)),
    MethodDef::new("startswith", Meth::Fast(startswith)),
    MethodDef::new("endswith", Meth::Fast(endswith)),
    MethodDef::new("replace", Meth::Fast(replace)),
    MethodDef::new("find", Meth::Fast(find)),
    MethodDef::new("rfind", Meth::Fast(rfind)),
    MethodDef::new("index", Meth::Fast(index)),
    MethodDef::new("count", Meth::Fast(count)),
    MethodDef::new("upper", Meth::NoArgs(upper)),
    MethodDef::new("lower", Meth::NoArgs(lower)),
    MethodDef::new("capitalize", Meth::NoArgs(capitalize)),
    MethodDef::new("title", Meth::NoArgs(title)),
    MethodDef::new("swapcase", Meth::NoArgs(swapcase)),
    MethodDef::new("isdigit", Meth::NoArgs(isdigit)),
    MethodDef::new("isdecimal", Meth::NoArgs(isdecimal)),
    MethodDef::new("isnumeric", Meth::NoArgs(isnumeric)),
    MethodDef::new("isalpha", Meth::NoArgs(isalpha)),
    MethodDef::new("isalnum", Meth::NoArgs(isalnum)),
    MethodDef::new("isspace", Meth::NoArgs(isspace)),
    MethodDef::new("isascii", Meth::NoArgs(isascii_)),
    MethodDef::new("isupper", Meth::NoArgs(isupper)),
    MethodDef::new("islower", Meth::NoArgs(islower)),
    MethodDef::new("isidentifier", Meth::NoArgs(isidentifier)),
    MethodDef::new("ljust", Meth::Fast(ljust)),
    MethodDef::new("rjust", Meth::Fast(rjust)),
    MethodDef::new("center", Meth::Fast(center)),
    MethodDef::new("zfill", Meth::O(zfill)),
    MethodDef::new("splitlines", Meth::Fast(splitlines)),
    MethodDef::new("partition", Meth::O(partition)),
    MethodDef::new("rpartition", Meth::O(rpartition)),
    MethodDef::new("removeprefix", Meth::O(removeprefix)),
    MethodDef::new("removesuffix", Meth::O(removesuffix)),
    MethodDef::new("__getnewargs__", Meth::NoArgs(getnewargs)),
];

const fn number_slots() -> [Option<BinaryFn>; nb::COUNT] {
    let mut n: [Option<BinaryFn>; nb::COUNT] = [None; nb::COUNT];
    n[nb::ADD] = Some(add);
    n[nb::MULTIPLY] = Some(mul);
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
    methods: &[METHODS],
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

//! The methods `bytes` and `bytearray` share (CPython's `bytes_methods.c` and the stringlib
//! methods over bytes): search, split/join, strip/pad, case, the `is*` predicates,
//! `translate`/`maketrans`, `decode`, `hex`/`fromhex`, and `%`-formatting, over
//! `taipan_text`'s algorithms with `Seq::bytes`. Results have the receiver's type.

use taipan_text::Seq;
use taipan_text::methods::{case, layout, predicates, search, split, translate};

use crate::abstract_ as ab;
use crate::args;
use crate::error::PyResult;
use crate::header::ObjRef;
use crate::thread::ThreadState;
use crate::typeobj::{Meth, MethodDef};
use crate::types::bytearray::PyByteArray;
use crate::types::bytes::{PyBytes, as_bytes_like, buffer};
use crate::types::str_::PyStr;
use crate::types::str_methods::slice_index;
use crate::types::tuple::PyTuple;

/// A copy of the receiver's bytes (bytearray buffers cannot stay borrowed).
fn data(o: &ObjRef) -> Vec<u8> {
    as_bytes_like(o).map(|d| d.to_vec()).unwrap_or_default()
}

/// A result of the receiver's kind.
fn mk(ts: &ThreadState, o: &ObjRef, v: Vec<u8>) -> ObjRef {
    if o.is_a::<PyByteArray>() {
        ts.new_bytearray(v)
    } else {
        ts.new_bytes(v)
    }
}

fn arg(ts: &ThreadState, o: &ObjRef) -> PyResult<Vec<u8>> {
    Ok(buffer(ts, o)?.to_vec())
}

// ---- search ----

fn sub_arg(ts: &ThreadState, o: &ObjRef) -> PyResult<Vec<u8>> {
    if as_bytes_like(o).is_some() {
        return arg(ts, o);
    }
    if o.typ().slots().index.is_some() {
        return Ok(vec![crate::types::bytes::byte_value(ts, o)?]);
    }
    Err(ts.type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        o.typ().name()
    )))
}

type FindFn = fn(Seq, Seq, Option<isize>, Option<isize>) -> Option<usize>;

fn find_with(
    ts: &ThreadState,
    o: &ObjRef,
    a: &[ObjRef],
    name: &str,
    f: FindFn,
) -> PyResult<Option<usize>> {
    crate::types::str_methods::check_tuple_count(ts, name, a.len(), 1, 3)?;
    let sub = sub_arg(ts, &a[0])?;
    let (st, en) = (slice_index(ts, a.get(1))?, slice_index(ts, a.get(2))?);
    let d = data(o);
    Ok(f(Seq::bytes(&d), Seq::bytes(&sub), st, en))
}
crate::types::str_methods::find_family!("subsection not found");
fn count(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    crate::types::str_methods::check_tuple_count(ts, "count", a.len(), 1, 3)?;
    let sub = sub_arg(ts, &a[0])?;
    let (st, en) = (slice_index(ts, a.get(1))?, slice_index(ts, a.get(2))?);
    let d = data(o);
    Ok(ts.new_int(search::count(Seq::bytes(&d), Seq::bytes(&sub), st, en) as i64))
}

type AffixFn = fn(Seq, Seq, Option<isize>, Option<isize>) -> bool;

fn affix(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], name: &str, f: AffixFn) -> PyResult<ObjRef> {
    crate::types::str_methods::check_tuple_count(ts, name, a.len(), 1, 3)?;
    let (st, en) = (slice_index(ts, a.get(1))?, slice_index(ts, a.get(2))?);
    let d = data(o);
    let one = |p: &ObjRef| -> PyResult<bool> {
        crate::types::memoryview::check_simple(ts, p)?;
        let p = as_bytes_like(p).map(|x| x.to_vec()).ok_or_else(|| {
            ts.type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {}",
                p.typ().name()
            ))
        })?;
        Ok(f(Seq::bytes(&d), Seq::bytes(&p), st, en))
    };
    if let Some(t) = a[0].downcast::<PyTuple>() {
        for p in t.items() {
            if one(p)? {
                return Ok(ts.bool_obj(true));
            }
        }
        return Ok(ts.bool_obj(false));
    }
    Ok(ts.bool_obj(one(&a[0])?))
}
fn startswith(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    affix(ts, o, a, "startswith", search::startswith)
}
fn endswith(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    affix(ts, o, a, "endswith", search::endswith)
}
fn replace(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "replace", a.len(), 2, 3)?;
    let (old, new) = (arg(ts, &a[0])?, arg(ts, &a[1])?);
    let count = match a.get(2) {
        Some(c) => ab::index_isize(ts, c)?,
        None => -1,
    };
    let d = data(o);
    let r = search::replace(Seq::bytes(&d), Seq::bytes(&old), &new, count).unwrap_or(d);
    Ok(mk(ts, o, r))
}
fn removeprefix(ts: &ThreadState, o: &ObjRef, p: &ObjRef) -> PyResult<ObjRef> {
    let p = arg(ts, p)?;
    let d = data(o);
    Ok(mk(ts, o, d.strip_prefix(&p[..]).unwrap_or(&d).to_vec()))
}
fn removesuffix(ts: &ThreadState, o: &ObjRef, p: &ObjRef) -> PyResult<ObjRef> {
    let p = arg(ts, p)?;
    let d = data(o);
    Ok(mk(ts, o, d.strip_suffix(&p[..]).unwrap_or(&d).to_vec()))
}

// ---- split, join ----

fn split_impl(
    ts: &ThreadState,
    o: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
    right: bool,
) -> PyResult<ObjRef> {
    static SPEC: args::ArgSpec = args::ArgSpec {
        fname: "split",
        names: &["sep", "maxsplit"],
        required: 0,
        posonly: 0,
        kwonly: 2,
    };
    let [sep, max] = args::parse::<2>(ts, &SPEC, a, kw)?;
    let max = match max {
        Some(m) => ab::index_isize(ts, &m)?,
        None => -1,
    };
    let sep = match sep.filter(|s| !ts.is_none(s)) {
        Some(s) => Some(arg(ts, &s)?),
        None => None,
    };
    let d = data(o);
    let sq = sep.as_deref().map(Seq::bytes);
    let parts = if right {
        split::rsplit(Seq::bytes(&d), sq, max)
    } else {
        split::split(Seq::bytes(&d), sq, max)
    }
    .map_err(|e| ts.from_numeric(e))?;
    Ok(ts.new_list(parts.into_iter().map(|p| mk(ts, o, p.to_vec())).collect()))
}
fn bsplit(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    split_impl(ts, o, a, kw, false)
}
fn brsplit(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    split_impl(ts, o, a, kw, true)
}
fn splitlines(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC: args::ArgSpec = args::ArgSpec {
        fname: "splitlines",
        names: &["keepends"],
        required: 0,
        posonly: 0,
        kwonly: 1,
    };
    let [keep] = args::parse::<1>(ts, &SPEC, a, kw)?;
    let keep = match keep {
        Some(k) => ab::is_true(ts, &k)?,
        None => false,
    };
    let d = data(o);
    let parts = split::splitlines(Seq::bytes(&d), keep);
    Ok(ts.new_list(parts.into_iter().map(|p| mk(ts, o, p.to_vec())).collect()))
}
fn partition_impl(ts: &ThreadState, o: &ObjRef, sep: &ObjRef, right: bool) -> PyResult<ObjRef> {
    let s = arg(ts, sep)?;
    let d = data(o);
    let (x, y, z) = if right {
        split::rpartition(Seq::bytes(&d), Seq::bytes(&s))
    } else {
        split::partition(Seq::bytes(&d), Seq::bytes(&s))
    }
    .map_err(|e| ts.from_numeric(e))?;
    Ok(ts.new_tuple(vec![
        mk(ts, o, x.to_vec()),
        mk(ts, o, y.to_vec()),
        mk(ts, o, z.to_vec()),
    ]))
}
fn partition(ts: &ThreadState, o: &ObjRef, sep: &ObjRef) -> PyResult<ObjRef> {
    partition_impl(ts, o, sep, false)
}
fn rpartition(ts: &ThreadState, o: &ObjRef, sep: &ObjRef) -> PyResult<ObjRef> {
    partition_impl(ts, o, sep, true)
}
fn join(ts: &ThreadState, o: &ObjRef, it: &ObjRef) -> PyResult<ObjRef> {
    let sep = data(o);
    let items = ab::collect(ts, it)?;
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        let Some(b) = crate::types::bytes::as_simple_bytes(x) else {
            return Err(ts.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                x.typ().name()
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(mk(ts, o, out))
}

// ---- strip, layout ----

fn strip_impl(
    ts: &ThreadState,
    o: &ObjRef,
    a: &[ObjRef],
    name: &str,
    side: layout::StripSide,
) -> PyResult<ObjRef> {
    args::check_positional(ts, name, a.len(), 0, 1)?;
    let chars = match a.first().filter(|x| !ts.is_none(x)) {
        Some(c) => Some(arg(ts, c)?),
        None => None,
    };
    let d = data(o);
    let r = layout::strip(Seq::bytes(&d), chars.as_deref().map(Seq::bytes), side).to_vec();
    Ok(mk(ts, o, r))
}
fn strip(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    strip_impl(ts, o, a, "strip", layout::StripSide::Both)
}
fn lstrip(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    strip_impl(ts, o, a, "lstrip", layout::StripSide::Left)
}
fn rstrip(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    strip_impl(ts, o, a, "rstrip", layout::StripSide::Right)
}

type PadFn = fn(Seq, isize, u32) -> Option<Vec<u8>>;

fn pad(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], name: &str, f: PadFn) -> PyResult<ObjRef> {
    args::check_positional(ts, name, a.len(), 1, 2)?;
    let w = ab::index_isize(ts, &a[0])?;
    let fill = match a.get(1) {
        Some(f) => match as_bytes_like(f) {
            Some(b) if b.len() == 1 => b[0] as u32,
            _ => {
                return Err(ts.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    f.typ().name()
                )));
            }
        },
        None => b' ' as u32,
    };
    ts.check_alloc(w.max(0) as usize, 1)?;
    let d = data(o);
    let r = f(Seq::bytes(&d), w, fill).unwrap_or(d);
    Ok(mk(ts, o, r))
}
fn ljust(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    pad(ts, o, a, "ljust", layout::ljust)
}
fn rjust(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    pad(ts, o, a, "rjust", layout::rjust)
}
fn center(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    pad(ts, o, a, "center", layout::center)
}
fn zfill(ts: &ThreadState, o: &ObjRef, w: &ObjRef) -> PyResult<ObjRef> {
    let w = ab::index_isize(ts, w)?;
    let d = data(o);
    let r = layout::zfill(Seq::bytes(&d), w).unwrap_or(d);
    Ok(mk(ts, o, r))
}
fn expandtabs(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC: args::ArgSpec = args::ArgSpec {
        fname: "expandtabs",
        names: &["tabsize"],
        required: 0,
        posonly: 0,
        kwonly: 1,
    };
    let [t] = args::parse::<1>(ts, &SPEC, a, kw)?;
    let t = match t {
        Some(t) => ab::index_isize(ts, &t)?,
        None => 8,
    };
    let d = data(o);
    Ok(mk(ts, o, layout::expandtabs(Seq::bytes(&d), t)))
}

// ---- case, predicates ----

macro_rules! case_method {
    ($name:ident, $f:path) => {
        fn $name(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
            let d = data(o);
            Ok(mk(ts, o, $f(Seq::bytes(&d))))
        }
    };
}
case_method!(lower, case::lower);
case_method!(upper, case::upper);
case_method!(title, case::title);
case_method!(capitalize, case::capitalize);
case_method!(swapcase, case::swapcase);

macro_rules! pred_method {
    ($name:ident, |$s:ident| $e:expr) => {
        fn $name(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
            let d = data(o);
            let $s = Seq::bytes(&d);
            Ok(ts.bool_obj($e))
        }
    };
}
pred_method!(isalpha, |s| predicates::is(s, predicates::Predicate::Alpha));
pred_method!(isdigit, |s| predicates::is(s, predicates::Predicate::Digit));
pred_method!(isalnum, |s| predicates::is(s, predicates::Predicate::Alnum));
pred_method!(isspace, |s| predicates::is(s, predicates::Predicate::Space));
pred_method!(isascii, |s| predicates::isascii(s.bytes));
pred_method!(islower, |s| predicates::islower(s));
pred_method!(isupper, |s| predicates::isupper(s));
pred_method!(istitle, |s| predicates::istitle(s));

// ---- translate, decode, hex ----

fn btranslate(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC: args::ArgSpec = args::ArgSpec {
        fname: "translate",
        names: &["table", "delete"],
        required: 1,
        posonly: 1,
        kwonly: 2,
    };
    let [table, delete] = args::parse::<2>(ts, &SPEC, a, kw)?;
    let table = table.expect("required");
    let table = if ts.is_none(&table) {
        None
    } else {
        let t = arg(ts, &table)?;
        translate::check_bytes_table(&t).map_err(|e| ts.from_numeric(e))?;
        Some(t)
    };
    let delete = match delete {
        Some(d) => arg(ts, &d)?,
        None => Vec::new(),
    };
    let d = data(o);
    let r = translate::bytes_translate(&d, table.as_deref(), &delete)
        .map_err(|e| ts.from_numeric(e))?;
    Ok(mk(ts, o, r))
}
fn bmaketrans(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "maketrans", a.len(), 2, 2)?;
    let (x, y) = (arg(ts, &a[0])?, arg(ts, &a[1])?);
    let t = translate::bytes_maketrans(&x, &y).map_err(|e| ts.from_numeric(e))?;
    Ok(ts.new_bytes(t.to_vec()))
}
fn decode(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC: args::ArgSpec = args::ArgSpec {
        fname: "decode",
        names: &["encoding", "errors"],
        required: 0,
        posonly: 0,
        kwonly: 2,
    };
    let [enc, errors] = args::parse::<2>(ts, &SPEC, a, kw)?;
    let s = |x: &Option<ObjRef>, n: usize, default: &'static str| -> PyResult<String> {
        match x {
            None => Ok(default.to_string()),
            Some(v) => v
                .downcast::<PyStr>()
                .map(|s| s.as_str().to_string())
                .ok_or_else(|| {
                    ts.type_error(format!(
                        "decode() argument {n} must be str, not {}",
                        v.typ().name()
                    ))
                }),
        }
    };
    let (enc, errors) = (s(&enc, 1, "utf-8")?, s(&errors, 2, "strict")?);
    let d = data(o);
    let r = crate::types::codecs_glue::decode(ts, &d, &enc, &errors)?;
    Ok(ts.new_str_gutf8(r))
}
pub fn hex(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC: args::ArgSpec = args::ArgSpec {
        fname: "hex",
        names: &["sep", "bytes_per_sep"],
        required: 0,
        posonly: 0,
        kwonly: 2,
    };
    let [sep, per] = args::parse::<2>(ts, &SPEC, a, kw)?;
    let d = data(o);
    let sep: Option<u8> = match sep {
        None => None,
        Some(s) => {
            let v: Vec<u8> = if let Some(st) = s.downcast::<PyStr>() {
                st.as_str().as_bytes().to_vec()
            } else {
                arg(ts, &s)?
            };
            if v.len() != 1 {
                return Err(ts.value_error("sep must be length 1."));
            }
            if !v[0].is_ascii() {
                return Err(ts.value_error("sep must be ASCII."));
            }
            Some(v[0])
        }
    };
    let per = match per {
        Some(p) => ab::index_isize(ts, &p)?,
        None => 1,
    };
    const H: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(d.len() * 3);
    let n = d.len();
    let group = per.unsigned_abs().max(1);
    for (i, b) in d.iter().enumerate() {
        if let Some(s) = sep
            && i > 0
            && per != 0
        {
            // Groups count from the right for a positive bytes_per_sep, the left otherwise.
            let boundary = if per > 0 {
                (n - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if boundary {
                out.push(s as char);
            }
        }
        out.push(H[(b >> 4) as usize] as char);
        out.push(H[(b & 15) as usize] as char);
    }
    Ok(ts.new_string(out))
}
fn fromhex(ts: &ThreadState, cls: &ObjRef, s: &ObjRef) -> PyResult<ObjRef> {
    let Some(st) = s.downcast::<PyStr>() else {
        return Err(ts.type_error(format!(
            "fromhex() argument must be str, not {}",
            s.typ().name()
        )));
    };
    let text = st.as_str();
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let val = |c: u8| (c as char).to_digit(16);
    while i < b.len() {
        // `Py_ISSPACE`: ASCII whitespace with the vertical tab.
        if b[i].is_ascii_whitespace() || b[i] == 0x0B {
            i += 1;
            continue;
        }
        let hi = val(b[i]);
        let lo = b.get(i + 1).and_then(|c| val(*c));
        match (hi, lo) {
            (Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 2;
            }
            (Some(_), None) => {
                let pos = text[..(i + 1).min(text.len())].chars().count();
                return Err(ts.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {pos}"
                )));
            }
            _ => {
                let pos = text[..i].chars().count();
                return Err(ts.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {pos}"
                )));
            }
        }
    }
    if cls.is(&ts.types.bytes) {
        return Ok(ts.new_bytes(out));
    }
    if cls.is(&ts.types.bytearray) {
        return Ok(ts.new_bytearray(out));
    }
    ab::call(ts, cls, &[ts.new_bytes(out)])
}
fn getnewargs(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_tuple(vec![ts.new_bytes(data(o))]))
}

/// `b % args` for bytes and bytearray (`%s` takes bytes-like or `__bytes__`, `%r`/`%a` the
/// ASCII repr).
pub fn percent(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    if as_bytes_like(a).is_none() {
        return Ok(ts.not_implemented());
    }
    let d = data(a);
    let r = crate::types::str_format::printf(ts, &d, b, true)?;
    Ok(mk(ts, a, r))
}

pub static SHARED: &[MethodDef] = &[
    MethodDef::new("find", Meth::Fast(find)),
    MethodDef::new("rfind", Meth::Fast(rfind)),
    MethodDef::new("index", Meth::Fast(index)),
    MethodDef::new("rindex", Meth::Fast(rindex)),
    MethodDef::new("count", Meth::Fast(count)),
    MethodDef::new("startswith", Meth::Fast(startswith)),
    MethodDef::new("endswith", Meth::Fast(endswith)),
    MethodDef::new("replace", Meth::Fast(replace)),
    MethodDef::new("removeprefix", Meth::O(removeprefix)),
    MethodDef::new("removesuffix", Meth::O(removesuffix)),
    MethodDef::new("split", Meth::FastKw(bsplit)),
    MethodDef::new("rsplit", Meth::FastKw(brsplit)),
    MethodDef::new("splitlines", Meth::FastKw(splitlines)),
    MethodDef::new("partition", Meth::O(partition)),
    MethodDef::new("rpartition", Meth::O(rpartition)),
    MethodDef::new("join", Meth::O(join)),
    MethodDef::new("strip", Meth::Fast(strip)),
    MethodDef::new("lstrip", Meth::Fast(lstrip)),
    MethodDef::new("rstrip", Meth::Fast(rstrip)),
    MethodDef::new("ljust", Meth::Fast(ljust)),
    MethodDef::new("rjust", Meth::Fast(rjust)),
    MethodDef::new("center", Meth::Fast(center)),
    MethodDef::new("zfill", Meth::O(zfill)),
    MethodDef::new("expandtabs", Meth::FastKw(expandtabs)),
    MethodDef::new("lower", Meth::NoArgs(lower)),
    MethodDef::new("upper", Meth::NoArgs(upper)),
    MethodDef::new("title", Meth::NoArgs(title)),
    MethodDef::new("capitalize", Meth::NoArgs(capitalize)),
    MethodDef::new("swapcase", Meth::NoArgs(swapcase)),
    MethodDef::new("isalpha", Meth::NoArgs(isalpha)),
    MethodDef::new("isdigit", Meth::NoArgs(isdigit)),
    MethodDef::new("isalnum", Meth::NoArgs(isalnum)),
    MethodDef::new("isspace", Meth::NoArgs(isspace)),
    MethodDef::new("isascii", Meth::NoArgs(isascii)),
    MethodDef::new("islower", Meth::NoArgs(islower)),
    MethodDef::new("isupper", Meth::NoArgs(isupper)),
    MethodDef::new("istitle", Meth::NoArgs(istitle)),
    MethodDef::new("translate", Meth::FastKw(btranslate)),
    MethodDef::stat("maketrans", Meth::Fast(bmaketrans)),
    MethodDef::new("decode", Meth::FastKw(decode)),
    MethodDef::new("hex", Meth::FastKw(hex)),
    MethodDef::class("fromhex", Meth::O(fromhex)),
];

/// `bytes.__bytes__`: the object itself if exactly bytes, else a bytes copy.
fn dunder_bytes(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    if o.is_exact(&ts.types.bytes) {
        return Ok(o.clone());
    }
    Ok(ts.new_bytes(data(o)))
}

pub static BYTES_ONLY: &[MethodDef] = &[
    MethodDef::new("__getnewargs__", Meth::NoArgs(getnewargs)),
    MethodDef::new("__bytes__", Meth::NoArgs(dunder_bytes)),
];

#[allow(dead_code)]
fn _is_bytes(o: &ObjRef) -> bool {
    o.is_a::<PyBytes>()
}

//! The methods of `str` (search, split/join, strip/pad, case, the `is*` predicates,
//! `translate`/`maketrans`, `encode`), thin wrappers over `taipan_text`'s algorithms with
//! CPython's argument checks and messages. Formatting (`format`, `format_map`,
//! `__format__`, `%`) lives in `str_format`.

use taipan_ast::Int;
use taipan_text::Seq;
use taipan_text::methods::{case, layout, predicates, search, split, translate};

use crate::abstract_ as ab;
use crate::args;
use crate::error::PyResult;
use crate::header::ObjRef;
use crate::thread::ThreadState;
use crate::typeobj::{Meth, MethodDef};
use crate::types::dict::PyDict;
use crate::types::int::PyInt;
use crate::types::str_::PyStr;
use crate::types::tuple::PyTuple;

#[inline]
fn this(o: &ObjRef) -> &PyStr {
    o.downcast::<PyStr>().expect("str")
}

/// The generalized UTF-8 bytes of a str object.
#[inline]
pub(crate) fn sb(o: &ObjRef) -> &[u8] {
    this(o).as_bytes()
}

/// `self` as a search sequence (its length in code points is cached).
#[inline]
pub(crate) fn seq(o: &ObjRef) -> Seq<'_> {
    Seq::str(sb(o))
}

/// `self` unchanged when it is an exact str, else a new exact str of its text.
fn same(ts: &ThreadState, o: &ObjRef) -> ObjRef {
    if o.is_exact(&ts.types.str_) {
        o.clone()
    } else {
        ts.new_str_bytes(this(o).as_bytes())
    }
}

/// `_PyEval_SliceIndex`: None or an `__index__` value clamped to `isize`.
pub(crate) fn slice_index(ts: &ThreadState, o: Option<&ObjRef>) -> PyResult<Option<isize>> {
    let Some(o) = o.filter(|o| !ts.is_none(o)) else {
        return Ok(None);
    };
    if o.typ().slots().index.is_none() {
        return Err(
            ts.type_error("slice indices must be integers or None or have an __index__ method")
        );
    }
    let i = ab::index(ts, o)?;
    Ok(Some(match &i.downcast::<PyInt>().expect("int").0 {
        Int::Small(v) => (*v).clamp(isize::MIN as i64, isize::MAX as i64) as isize,
        Int::Big(b) => {
            if b.sign() == num_bigint::Sign::Minus {
                isize::MIN
            } else {
                isize::MAX
            }
        }
    }))
}

/// A `str` argument or CPython's "must be str, not X".
fn must_str<'a>(ts: &ThreadState, o: &'a ObjRef) -> PyResult<&'a PyStr> {
    o.downcast::<PyStr>()
        .ok_or_else(|| ts.type_error(format!("must be str, not {}", o.typ().name())))
}

/// The type name Argument Clinic shows (`None` for None).
pub(crate) fn type_name<'a>(ts: &ThreadState, o: &'a ObjRef) -> &'a str {
    if ts.is_none(o) {
        "None"
    } else {
        o.typ().name()
    }
}

/// Argument Clinic's "f() argument N must be str, not X".
fn clinic_str<'a>(ts: &ThreadState, o: &'a ObjRef, f: &str, n: usize) -> PyResult<&'a PyStr> {
    o.downcast::<PyStr>().ok_or_else(|| {
        let which = if n == 0 {
            "argument".to_string()
        } else {
            format!("argument {n}")
        };
        ts.type_error(format!(
            "{f}() {which} must be str, not {}",
            type_name(ts, o)
        ))
    })
}

fn int_arg(ts: &ThreadState, o: &ObjRef) -> PyResult<isize> {
    if o.is_a::<crate::types::float::PyFloat>() {
        return Err(ts.type_error("'float' object cannot be interpreted as an integer"));
    }
    ab::index_isize(ts, o).map_err(|e| {
        if e.matches(&ts.exc.index_error) {
            ts.overflow_error("Python int too large to convert to C ssize_t")
        } else {
            e
        }
    })
}

// ---- join ----

fn join(ts: &ThreadState, o: &ObjRef, it: &ObjRef) -> PyResult<ObjRef> {
    let sep = sb(o);
    let owned;
    let items: &[ObjRef] = if let Some(l) = it.downcast::<crate::types::list::PyList>() {
        owned = l.to_vec();
        &owned
    } else if let Some(t) = it.downcast::<PyTuple>() {
        t.items()
    } else {
        owned = ab::collect(ts, it).map_err(|e| {
            if e.matches(&ts.exc.type_error) && it.typ().slots().iter.is_none() {
                ts.type_error("can only join an iterable")
            } else {
                e
            }
        })?;
        &owned
    };
    if items.len() == 1 && items[0].is_exact(&ts.types.str_) {
        return Ok(items[0].clone());
    }
    let mut total = sep.len() * items.len().saturating_sub(1);
    for (i, x) in items.iter().enumerate() {
        match x.downcast::<PyStr>() {
            Some(s) => total += s.as_bytes().len(),
            None => {
                return Err(ts.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    x.typ().name()
                )));
            }
        }
    }
    let mut out = Vec::with_capacity(total);
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sb(o));
        }
        out.extend_from_slice(sb(x));
    }
    Ok(ts.new_str_gutf8(out))
}

// ---- split family ----

fn split_args(
    ts: &ThreadState,
    fname: &'static str,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<(Option<ObjRef>, isize)> {
    static SPLIT: args::ArgSpec = args::ArgSpec {
        fname: "split",
        names: &["sep", "maxsplit"],
        required: 0,
        posonly: 0,
        kwonly: 2,
    };
    static RSPLIT: args::ArgSpec = args::ArgSpec {
        fname: "rsplit",
        names: &["sep", "maxsplit"],
        required: 0,
        posonly: 0,
        kwonly: 2,
    };
    let spec = if fname == "split" { &SPLIT } else { &RSPLIT };
    let [sep, maxsplit] = args::parse::<2>(ts, spec, a, kw)?;
    let max = match maxsplit {
        Some(m) => int_arg(ts, &m)?,
        None => -1,
    };
    Ok((sep.filter(|s| !ts.is_none(s)), max))
}

fn list_of(ts: &ThreadState, parts: Vec<&[u8]>) -> ObjRef {
    ts.new_list(parts.into_iter().map(|p| ts.new_str_bytes(p)).collect())
}

fn split_impl(
    ts: &ThreadState,
    o: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
    right: bool,
) -> PyResult<ObjRef> {
    let (sep, max) = split_args(ts, if right { "rsplit" } else { "split" }, a, kw)?;
    let sep = match &sep {
        Some(s) => Some(Seq::str(
            s.downcast::<PyStr>()
                .ok_or_else(|| {
                    ts.type_error(format!("must be str or None, not {}", s.typ().name()))
                })?
                .as_bytes(),
        )),
        None => None,
    };
    let r = if right {
        split::rsplit(seq(o), sep, max)
    } else {
        split::split(seq(o), sep, max)
    };
    Ok(list_of(ts, r.map_err(|e| ts.from_numeric(e))?))
}
fn str_split(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    split_impl(ts, o, a, kw, false)
}
fn str_rsplit(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
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
        Some(k) => {
            if k.is_a::<crate::types::float::PyFloat>() {
                return Err(ts.type_error("'float' object cannot be interpreted as an integer"));
            }
            ab::is_true(ts, &k)?
        }
        None => false,
    };
    Ok(list_of(ts, split::splitlines(seq(o), keep)))
}
fn partition_impl(ts: &ThreadState, o: &ObjRef, sep: &ObjRef, right: bool) -> PyResult<ObjRef> {
    let sep_s = must_str(ts, sep)?;
    let sq = Seq::str(sep_s.as_bytes());
    let r = if right {
        split::rpartition(seq(o), sq)
    } else {
        split::partition(seq(o), sq)
    };
    let (a, b, c) = r.map_err(|e| ts.from_numeric(e))?;
    let mid = if b.is_empty() {
        ts.empty_str()
    } else {
        sep.clone()
    };
    let whole = |p: &[u8]| {
        if p.len() == sb(o).len() {
            same(ts, o)
        } else {
            ts.new_str_bytes(p)
        }
    };
    Ok(ts.new_tuple(vec![whole(a), mid, whole(c)]))
}
fn partition(ts: &ThreadState, o: &ObjRef, sep: &ObjRef) -> PyResult<ObjRef> {
    partition_impl(ts, o, sep, false)
}
fn rpartition(ts: &ThreadState, o: &ObjRef, sep: &ObjRef) -> PyResult<ObjRef> {
    partition_impl(ts, o, sep, true)
}

// ---- strip and layout ----

fn strip_impl(
    ts: &ThreadState,
    o: &ObjRef,
    a: &[ObjRef],
    name: &str,
    side: layout::StripSide,
) -> PyResult<ObjRef> {
    args::check_positional(ts, name, a.len(), 0, 1)?;
    let chars = match a.first().filter(|x| !ts.is_none(x)) {
        None => None,
        Some(c) => Some(Seq::str(
            c.downcast::<PyStr>()
                .ok_or_else(|| ts.type_error(format!("{name} arg must be None or str")))?
                .as_bytes(),
        )),
    };
    let r = layout::strip(seq(o), chars, side);
    if r.len() == sb(o).len() {
        return Ok(same(ts, o));
    }
    Ok(ts.new_str_bytes(r))
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
    let w = int_arg(ts, &a[0])?;
    let fill = match a.get(1) {
        Some(f) => {
            let s = f.downcast::<PyStr>().ok_or_else(|| {
                ts.type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    f.typ().name()
                ))
            })?;
            match s.char_len() {
                1 => s.char_at(0).unwrap_or(0),
                _ => {
                    return Err(
                        ts.type_error("The fill character must be exactly one character long")
                    );
                }
            }
        }
        None => ' ' as u32,
    };
    ts.check_alloc(w.max(0) as usize, 1)?;
    match f(seq(o), w, fill) {
        Some(v) => Ok(ts.new_str_gutf8(v)),
        None => Ok(same(ts, o)),
    }
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
    let w = int_arg(ts, w)?;
    ts.check_alloc(w.max(0) as usize, 1)?;
    match layout::zfill(seq(o), w) {
        Some(v) => Ok(ts.new_str_gutf8(v)),
        None => Ok(same(ts, o)),
    }
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
        Some(t) => int_arg(ts, &t)?,
        None => 8,
    };
    if !sb(o).contains(&b'\t') {
        return Ok(same(ts, o));
    }
    Ok(ts.new_str_gutf8(layout::expandtabs(seq(o), t)))
}

// ---- search ----

/// `PyArg_ParseTuple`'s count check, whose wording ("find() takes at most 3 arguments (4
/// given)") the find/count/startswith family of str, bytes and bytearray keeps.
pub(crate) fn check_tuple_count(
    ts: &ThreadState,
    name: &str,
    n: usize,
    min: usize,
    max: usize,
) -> PyResult<()> {
    let (how, k) = match n {
        _ if min == max && n != min => ("exactly", min),
        _ if n < min => ("at least", min),
        _ if n > max => ("at most", max),
        _ => return Ok(()),
    };
    let s = if k == 1 { "" } else { "s" };
    Err(ts.type_error(format!("{name}() takes {how} {k} argument{s} ({n} given)")))
}

/// `find`/`rfind`/`index`/`rindex` of str, bytes and bytearray over the type's own
/// `find_with(ts, o, a, name, FindFn)` (its argument parsing), `index`/`rindex` raising
/// ValueError with `$missing` ("substring not found", "subsection not found").
macro_rules! find_family {
    ($missing:literal) => {
        fn find(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
            let r = find_with(ts, o, a, "find", search::find)?;
            Ok(ts.new_int(r.map_or(-1, |i| i as i64)))
        }
        fn rfind(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
            let r = find_with(ts, o, a, "rfind", search::rfind)?;
            Ok(ts.new_int(r.map_or(-1, |i| i as i64)))
        }
        fn index(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
            match find_with(ts, o, a, "index", search::find)? {
                Some(i) => Ok(ts.new_int(i as i64)),
                None => Err(ts.value_error($missing)),
            }
        }
        fn rindex(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
            match find_with(ts, o, a, "rindex", search::rfind)? {
                Some(i) => Ok(ts.new_int(i as i64)),
                None => Err(ts.value_error($missing)),
            }
        }
    };
}
pub(crate) use find_family;

/// `(sub, start, end)` of find/index/count/...
fn search_args<'a>(
    ts: &ThreadState,
    a: &'a [ObjRef],
    name: &str,
) -> PyResult<(&'a PyStr, Option<isize>, Option<isize>)> {
    check_tuple_count(ts, name, a.len(), 1, 3)?;
    let sub = must_str(ts, &a[0])?;
    Ok((sub, slice_index(ts, a.get(1))?, slice_index(ts, a.get(2))?))
}

type FindFn = fn(Seq, Seq, Option<isize>, Option<isize>) -> Option<usize>;

fn find_with(
    ts: &ThreadState,
    o: &ObjRef,
    a: &[ObjRef],
    name: &str,
    f: FindFn,
) -> PyResult<Option<usize>> {
    let (sub, st, en) = search_args(ts, a, name)?;
    Ok(f(seq(o), Seq::str(sub.as_bytes()), st, en))
}
find_family!("substring not found");
fn count(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let (sub, st, en) = search_args(ts, a, "count")?;
    Ok(ts.new_int(search::count(seq(o), Seq::str(sub.as_bytes()), st, en) as i64))
}

type AffixFn = fn(Seq, Seq, Option<isize>, Option<isize>) -> bool;

fn affix(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], name: &str, f: AffixFn) -> PyResult<ObjRef> {
    check_tuple_count(ts, name, a.len(), 1, 3)?;
    let (st, en) = (slice_index(ts, a.get(1))?, slice_index(ts, a.get(2))?);
    let s = seq(o);
    if let Some(t) = a[0].downcast::<PyTuple>() {
        for p in t.items() {
            let p = p.downcast::<PyStr>().ok_or_else(|| {
                ts.type_error(format!(
                    "tuple for {name} must only contain str, not {}",
                    p.typ().name()
                ))
            })?;
            if f(s, Seq::str(p.as_bytes()), st, en) {
                return Ok(ts.bool_obj(true));
            }
        }
        return Ok(ts.bool_obj(false));
    }
    let p = a[0].downcast::<PyStr>().ok_or_else(|| {
        ts.type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            a[0].typ().name()
        ))
    })?;
    Ok(ts.bool_obj(f(s, Seq::str(p.as_bytes()), st, en)))
}
fn startswith(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    affix(ts, o, a, "startswith", search::startswith)
}
fn endswith(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    affix(ts, o, a, "endswith", search::endswith)
}

fn replace(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "replace", a.len(), 2, 3)?;
    let old = clinic_str(ts, &a[0], "replace", 1)?;
    let new = clinic_str(ts, &a[1], "replace", 2)?;
    let count = match a.get(2) {
        Some(c) => int_arg(ts, c)?,
        None => -1,
    };
    match search::replace(seq(o), Seq::str(old.as_bytes()), new.as_bytes(), count) {
        Some(v) => Ok(ts.new_str_gutf8(v)),
        None => Ok(same(ts, o)),
    }
}
fn removeprefix(ts: &ThreadState, o: &ObjRef, p: &ObjRef) -> PyResult<ObjRef> {
    let p = clinic_str(ts, p, "removeprefix", 0)?;
    let s = this(o).as_bytes();
    match s.strip_prefix(p.as_bytes()) {
        Some(r) if !p.as_bytes().is_empty() => Ok(ts.new_str_bytes(r)),
        _ => Ok(same(ts, o)),
    }
}
fn removesuffix(ts: &ThreadState, o: &ObjRef, p: &ObjRef) -> PyResult<ObjRef> {
    let p = clinic_str(ts, p, "removesuffix", 0)?;
    let s = this(o).as_bytes();
    match s.strip_suffix(p.as_bytes()) {
        Some(r) if !p.as_bytes().is_empty() => Ok(ts.new_str_bytes(r)),
        _ => Ok(same(ts, o)),
    }
}

// ---- case ----

macro_rules! case_method {
    ($name:ident, $f:path) => {
        fn $name(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
            Ok(ts.new_str_gutf8($f(seq(o))))
        }
    };
}
case_method!(lower, case::lower);
case_method!(upper, case::upper);
case_method!(casefold, case::casefold);
case_method!(title, case::title);
case_method!(capitalize, case::capitalize);
case_method!(swapcase, case::swapcase);

// ---- predicates ----

macro_rules! pred_method {
    ($name:ident, |$s:ident| $e:expr) => {
        fn $name(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
            let $s = seq(o);
            Ok(ts.bool_obj($e))
        }
    };
}
pred_method!(isalpha, |s| predicates::is(s, predicates::Predicate::Alpha));
pred_method!(isdecimal, |s| predicates::is(
    s,
    predicates::Predicate::Decimal
));
pred_method!(isdigit, |s| predicates::is(s, predicates::Predicate::Digit));
pred_method!(isnumeric, |s| predicates::is(
    s,
    predicates::Predicate::Numeric
));
pred_method!(isalnum, |s| predicates::is(s, predicates::Predicate::Alnum));
pred_method!(isspace, |s| predicates::is(s, predicates::Predicate::Space));
pred_method!(isprintable, |s| predicates::isprintable(s.bytes));
pred_method!(isascii, |s| predicates::isascii(s.bytes));
pred_method!(isidentifier, |s| predicates::isidentifier(s.bytes));
pred_method!(islower, |s| predicates::islower(s));
pred_method!(isupper, |s| predicates::isupper(s));
pred_method!(istitle, |s| predicates::istitle(s));

// ---- translate, maketrans ----

fn str_translate(ts: &ThreadState, o: &ObjRef, table: &ObjRef) -> PyResult<ObjRef> {
    let getitem = table.typ().slots().getitem;
    let Some(getitem) = getitem else {
        return Err(ts.type_error(format!(
            "'{}' object is not subscriptable",
            table.typ().name()
        )));
    };
    // Keep the looked-up str objects alive while the translation borrows them.
    let mut keep: Vec<ObjRef> = Vec::new();
    let mut cache: Vec<(u32, Option<ObjRef>)> = Vec::new();
    let mut err: Option<crate::PyErr> = None;
    let mut looked: Vec<(u32, Option<ObjRef>)> = Vec::new();
    // First pass: look every distinct code point up (the table may raise).
    for cp in taipan_text::pystr::code_points(sb(o)) {
        if looked.iter().any(|(c, _)| *c == cp) || cache.iter().any(|(c, _)| *c == cp) {
            continue;
        }
        match getitem(ts, table, &ts.new_int(cp as i64)) {
            Ok(v) => looked.push((cp, Some(v))),
            Err(e) if e.matches(&ts.exc.lookup_error) => looked.push((cp, None)),
            Err(e) => {
                err = Some(e);
                break;
            }
        }
    }
    if let Some(e) = err {
        return Err(e);
    }
    for (cp, v) in looked {
        if let Some(v) = &v {
            if !(ts.is_none(v) || v.is_a::<PyInt>() || v.is_a::<PyStr>()) {
                return Err(ts.type_error(translate::CHAR_MAPPING_TYPE));
            }
            if let Some(i) = v.downcast::<PyInt>() {
                match i.0 {
                    Int::Small(x) if (0..0x110000).contains(&x) => {}
                    _ => return Err(ts.value_error(translate::CHAR_MAPPING_RANGE)),
                }
            }
            keep.push(v.clone());
        }
        cache.push((cp, v));
    }
    let out = translate::translate(sb(o), |cp| {
        let (_, v) = cache.iter().find(|(c, _)| *c == cp).expect("looked up");
        Ok(match v {
            None => translate::Translation::Keep,
            Some(v) if ts.is_none(v) => translate::Translation::Delete,
            Some(v) => match v.downcast::<PyInt>() {
                Some(i) => match i.0 {
                    Int::Small(x) => translate::Translation::Char(x as u32),
                    _ => translate::Translation::Keep,
                },
                None => translate::Translation::Str(this(v).as_bytes()),
            },
        })
    })
    .map_err(|e| ts.from_numeric(e))?;
    drop(keep);
    Ok(ts.new_str_gutf8(out))
}

fn maketrans(ts: &ThreadState, _cls: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "maketrans", a.len(), 1, 3)?;
    let d = ts.new_dict();
    let dd = d.downcast::<PyDict>().expect("dict");
    if a.len() == 1 {
        let Some(src) = a[0].downcast::<PyDict>() else {
            return Err(
                ts.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        for (k, v) in src.items() {
            let key = if let Some(s) = k.downcast::<PyStr>() {
                match s.char_len() {
                    1 => ts.new_int(s.char_at(0).unwrap_or(0) as i64),
                    _ => {
                        return Err(
                            ts.value_error("string keys in translate table must be of length 1")
                        );
                    }
                }
            } else if k.is_a::<PyInt>() {
                k.clone()
            } else {
                return Err(ts.type_error("keys in translate table must be strings or integers"));
            };
            dd.set_item(ts, key, v)?;
        }
        return Ok(d);
    }
    let x = a[0].downcast::<PyStr>().ok_or_else(|| {
        ts.type_error(format!(
            "maketrans() argument 1 must be str, not {}",
            a[0].typ().name()
        ))
    })?;
    let y = a[1].downcast::<PyStr>().ok_or_else(|| {
        ts.type_error(format!(
            "maketrans() argument 2 must be str, not {}",
            a[1].typ().name()
        ))
    })?;
    let z = match a.get(2) {
        Some(z) => Some(z.downcast::<PyStr>().ok_or_else(|| {
            ts.type_error(format!(
                "maketrans() argument 3 must be str, not {}",
                z.typ().name()
            ))
        })?),
        None => None,
    };
    let pairs = translate::maketrans(x.as_bytes(), y.as_bytes(), z.map(|z| z.as_bytes()))
        .map_err(|e| ts.from_numeric(e))?;
    for (k, v) in pairs {
        let v = match v {
            Some(c) => ts.new_int(c as i64),
            None => ts.none(),
        };
        dd.set_item(ts, ts.new_int(k as i64), v)?;
    }
    Ok(d)
}

// ---- encode ----

fn encode(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC: args::ArgSpec = args::ArgSpec {
        fname: "encode",
        names: &["encoding", "errors"],
        required: 0,
        posonly: 0,
        kwonly: 2,
    };
    let [enc, errors] = args::parse::<2>(ts, &SPEC, a, kw)?;
    let enc = match &enc {
        Some(e) => clinic_str(ts, e, "encode", 1)?.as_str(),
        None => "utf-8",
    };
    let errors = match &errors {
        Some(e) => clinic_str(ts, e, "encode", 2)?.as_str(),
        None => "strict",
    };
    let v = crate::types::codecs_glue::encode(ts, sb(o), enc, errors)?;
    Ok(ts.new_bytes(v))
}

fn getnewargs(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_tuple(vec![ts.new_str_bytes(sb(o))]))
}

fn sizeof(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let s = this(o);
    let n = s.char_len();
    let kind = taipan_text::pystr::code_points(s.as_bytes())
        .max()
        .unwrap_or(0);
    let width = match kind {
        0..0x100 => 1,
        0x100..0x10000 => 2,
        _ => 4,
    };
    // CPython 3.11's `unicode___sizeof__`: an exact str is compact (`PyASCIIObject`, 48
    // bytes, or `PyCompactUnicodeObject`, 72), a subclass's two-block `PyUnicodeObject` (80)
    // with its data; each with the trailing NUL.
    let size = if !o.is_exact(&ts.types.str_) {
        80 + width * (n + 1)
    } else if kind < 0x80 {
        48 + n + 1
    } else {
        72 + width * (n + 1)
    };
    Ok(ts.new_int(size as i64))
}

pub static METHODS: &[MethodDef] = &[
    MethodDef::new("encode", Meth::FastKw(encode)),
    MethodDef::new("replace", Meth::Fast(replace)),
    MethodDef::new("split", Meth::FastKw(str_split)),
    MethodDef::new("rsplit", Meth::FastKw(str_rsplit)),
    MethodDef::new("join", Meth::O(join)),
    MethodDef::new("capitalize", Meth::NoArgs(capitalize)),
    MethodDef::new("casefold", Meth::NoArgs(casefold)),
    MethodDef::new("title", Meth::NoArgs(title)),
    MethodDef::new("center", Meth::Fast(center)),
    MethodDef::new("count", Meth::Fast(count)),
    MethodDef::new("expandtabs", Meth::FastKw(expandtabs)),
    MethodDef::new("find", Meth::Fast(find)),
    MethodDef::new("partition", Meth::O(partition)),
    MethodDef::new("index", Meth::Fast(index)),
    MethodDef::new("ljust", Meth::Fast(ljust)),
    MethodDef::new("lower", Meth::NoArgs(lower)),
    MethodDef::new("lstrip", Meth::Fast(lstrip)),
    MethodDef::new("rfind", Meth::Fast(rfind)),
    MethodDef::new("rindex", Meth::Fast(rindex)),
    MethodDef::new("rjust", Meth::Fast(rjust)),
    MethodDef::new("rstrip", Meth::Fast(rstrip)),
    MethodDef::new("rpartition", Meth::O(rpartition)),
    MethodDef::new("splitlines", Meth::FastKw(splitlines)),
    MethodDef::new("strip", Meth::Fast(strip)),
    MethodDef::new("swapcase", Meth::NoArgs(swapcase)),
    MethodDef::new("translate", Meth::O(str_translate)),
    MethodDef::new("upper", Meth::NoArgs(upper)),
    MethodDef::new("startswith", Meth::Fast(startswith)),
    MethodDef::new("endswith", Meth::Fast(endswith)),
    MethodDef::new("removeprefix", Meth::O(removeprefix)),
    MethodDef::new("removesuffix", Meth::O(removesuffix)),
    MethodDef::new("isascii", Meth::NoArgs(isascii)),
    MethodDef::new("islower", Meth::NoArgs(islower)),
    MethodDef::new("isupper", Meth::NoArgs(isupper)),
    MethodDef::new("istitle", Meth::NoArgs(istitle)),
    MethodDef::new("isspace", Meth::NoArgs(isspace)),
    MethodDef::new("isdecimal", Meth::NoArgs(isdecimal)),
    MethodDef::new("isdigit", Meth::NoArgs(isdigit)),
    MethodDef::new("isnumeric", Meth::NoArgs(isnumeric)),
    MethodDef::new("isalpha", Meth::NoArgs(isalpha)),
    MethodDef::new("isalnum", Meth::NoArgs(isalnum)),
    MethodDef::new("isidentifier", Meth::NoArgs(isidentifier)),
    MethodDef::new("isprintable", Meth::NoArgs(isprintable)),
    MethodDef::new("zfill", Meth::O(zfill)),
    MethodDef::stat("maketrans", Meth::Fast(maketrans)),
    MethodDef::new("__sizeof__", Meth::NoArgs(sizeof)),
    MethodDef::new("__getnewargs__", Meth::NoArgs(getnewargs)),
];

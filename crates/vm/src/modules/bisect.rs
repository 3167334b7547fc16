//! The `_bisect` module: `bisect_right`/`bisect_left` and `insort_right`/`insort_left` with
//! `lo`, `hi` and `key` (CPython's `Modules/_bisectmodule.c`, same `<` comparisons; a list
//! is read by index, any other sequence through `__getitem__`).

use taipan_object::abstract_ as ab;
use taipan_object::args::{ArgSpec, parse};
use taipan_object::typeobj::{CompareOp, Meth, MethodDef};
use taipan_object::types::list::PyList;
use taipan_object::{ObjRef, PyResult, ThreadState};

static NAMES: &[&str] = &["a", "x", "lo", "hi", "key"];

fn spec(fname: &'static str) -> ArgSpec {
    ArgSpec {
        fname,
        names: NAMES,
        required: 2,
        posonly: 0,
        kwonly: 4,
    }
}

fn get(ts: &ThreadState, a: &ObjRef, i: usize) -> PyResult<ObjRef> {
    if let Some(l) = a.downcast::<PyList>() {
        return l
            .get(i)
            .ok_or_else(|| ts.index_error("list index out of range"));
    }
    ab::getitem(ts, a, &ts.new_int(i as i64))
}

/// The insertion point; `right`: after equal items.
fn search(
    ts: &ThreadState,
    fname: &'static str,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
    right: bool,
) -> PyResult<(ObjRef, ObjRef, usize, Option<ObjRef>)> {
    let [a, x, lo, hi, key] = parse::<5>(ts, &spec(fname), args, kw)?;
    let (a, x) = (a.expect("required"), x.expect("required"));
    let mut lo = match lo {
        Some(l) => super::common::index_i64(ts, &l)?,
        None => 0,
    };
    if lo < 0 {
        return Err(ts.value_error("lo must be non-negative"));
    }
    let mut hi = match hi.filter(|h| !ts.is_none(h)) {
        Some(h) => super::common::index_i64(ts, &h)?,
        None => ab::len(ts, &a)? as i64,
    };
    let key = key.filter(|k| !ts.is_none(k));
    while lo < hi {
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let mut item = get(ts, &a, mid as usize)?;
        if let Some(k) = &key {
            item = ab::call(ts, k, &[item])?;
        }
        let go_left = if right {
            ab::rich_compare_bool(ts, &x, &item, CompareOp::Lt)?
        } else {
            !ab::rich_compare_bool(ts, &item, &x, CompareOp::Lt)?
        };
        if go_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok((a, x, lo as usize, key))
}

fn bisect_right(
    ts: &ThreadState,
    _: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    Ok(ts.new_int(search(ts, "bisect_right", args, kw, true)?.2 as i64))
}
fn bisect_left(
    ts: &ThreadState,
    _: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    Ok(ts.new_int(search(ts, "bisect_left", args, kw, false)?.2 as i64))
}

fn insort(
    ts: &ThreadState,
    fname: &'static str,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
    right: bool,
) -> PyResult<ObjRef> {
    // The key applies to the list's items; x is compared through key(x).
    let [a, x, lo, hi, key] = parse::<5>(ts, &spec(fname), args, kw)?;
    let (a, x) = (a.expect("required"), x.expect("required"));
    let kx = match key.as_ref().filter(|k| !ts.is_none(k)) {
        Some(k) => ab::call(ts, k, std::slice::from_ref(&x))?,
        None => x.clone(),
    };
    let mut sargs = vec![a.clone(), kx];
    let mut names = Vec::new();
    for (n, v) in [("lo", lo), ("hi", hi), ("key", key)] {
        if let Some(v) = v {
            sargs.push(v);
            names.push(ts.intern(n));
        }
    }
    let kwn = ts.new_tuple(names);
    let (a, _, i, _) = search(ts, fname, &sargs, Some(&kwn), right)?;
    if let Some(l) = a.downcast::<PyList>()
        && a.class().is(&ts.types.list)
    {
        l.with(|v| v.insert(i.min(v.len()), x));
    } else {
        ab::call_method(ts, &a, "insert", &[ts.new_int(i as i64), x])?;
    }
    Ok(ts.none())
}

fn insort_right(
    ts: &ThreadState,
    _: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    insort(ts, "insort_right", args, kw, true)
}
fn insort_left(
    ts: &ThreadState,
    _: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    insort(ts, "insort_left", args, kw, false)
}

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::new("bisect_right", Meth::FastKw(bisect_right)),
    MethodDef::new("bisect_left", Meth::FastKw(bisect_left)),
    MethodDef::new("insort_right", Meth::FastKw(insort_right)),
    MethodDef::new("insort_left", Meth::FastKw(insort_left)),
];

/// Makes the `_bisect` module.
pub fn make(ts: &ThreadState) -> ObjRef {
    ts.new_builtin_module("_bisect", FUNCTIONS)
}

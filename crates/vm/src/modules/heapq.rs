//! The `_heapq` module (CPython's `Modules/_heapqmodule.c`): the heap operations on a list
//! with `<` comparisons in CPython's order (`siftdown`/`siftup` as there, so comparison
//! counts and stability match), and the `_max` variants used by `heapq.merge`/`nlargest`.

use taipan_object::abstract_ as ab;
use taipan_object::args::check_positional;
use taipan_object::typeobj::{CompareOp, Meth, MethodDef};
use taipan_object::types::list::PyList;
use taipan_object::{ObjRef, PyResult, ThreadState};

/// The heap argument (`heappush() argument 1 must be list, not None`; `argument` alone for
/// the one-argument functions).
fn list<'a>(ts: &ThreadState, fname: &str, o: &'a ObjRef, one: bool) -> PyResult<&'a PyList> {
    o.downcast::<PyList>().ok_or_else(|| {
        ts.type_error(format!(
            "{fname}() argument{} must be list, not {}",
            if one { "" } else { " 1" },
            if ts.is_none(o) {
                "None"
            } else {
                o.typ().name()
            }
        ))
    })
}

fn item(ts: &ThreadState, l: &PyList, i: usize) -> PyResult<ObjRef> {
    l.get(i)
        .ok_or_else(|| ts.runtime_error("list changed size during iteration"))
}

/// `a < b` (or `b < a` for the max-heap).
fn less(ts: &ThreadState, a: &ObjRef, b: &ObjRef, max: bool) -> PyResult<bool> {
    if max {
        ab::rich_compare_bool(ts, b, a, CompareOp::Lt)
    } else {
        ab::rich_compare_bool(ts, a, b, CompareOp::Lt)
    }
}

fn siftdown(ts: &ThreadState, l: &PyList, start: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let size = l.len();
    let newitem = item(ts, l, pos)?;
    while pos > start {
        let parentpos = (pos - 1) >> 1;
        let parent = item(ts, l, parentpos)?;
        let lt = less(ts, &newitem, &parent, max)?;
        if size != l.len() {
            return Err(ts.runtime_error("list changed size during iteration"));
        }
        if !lt {
            break;
        }
        let parent = item(ts, l, parentpos)?;
        let cur = item(ts, l, pos)?;
        l.set(parentpos, cur);
        l.set(pos, parent);
        pos = parentpos;
    }
    Ok(())
}

fn siftup(ts: &ThreadState, l: &PyList, mut pos: usize, max: bool) -> PyResult<()> {
    let endpos = l.len();
    let startpos = pos;
    let limit = endpos >> 1;
    while pos < limit {
        let mut childpos = 2 * pos + 1;
        if childpos + 1 < endpos {
            let a = item(ts, l, childpos)?;
            let b = item(ts, l, childpos + 1)?;
            let lt = less(ts, &a, &b, max)?;
            if endpos != l.len() {
                return Err(ts.runtime_error("list changed size during iteration"));
            }
            if !lt {
                childpos += 1;
            }
        }
        let child = item(ts, l, childpos)?;
        let cur = item(ts, l, pos)?;
        l.set(pos, child);
        l.set(childpos, cur);
        pos = childpos;
    }
    siftdown(ts, l, startpos, pos, max)
}

fn push(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    check_positional(ts, "heappush", a.len(), 2, 2)?;
    let l = list(ts, "heappush", &a[0], false)?;
    l.push(a[1].clone());
    siftdown(ts, l, 0, l.len() - 1, false)?;
    Ok(ts.none())
}

fn pop_impl(ts: &ThreadState, fname: &str, heap: &ObjRef, max: bool) -> PyResult<ObjRef> {
    let l = list(ts, fname, heap, true)?;
    let last = l
        .with(|v| v.pop())
        .ok_or_else(|| ts.index_error("index out of range"))?;
    if l.is_empty() {
        return Ok(last);
    }
    let ret = item(ts, l, 0)?;
    l.set(0, last);
    siftup(ts, l, 0, max)?;
    Ok(ret)
}
fn pop(ts: &ThreadState, _: &ObjRef, heap: &ObjRef) -> PyResult<ObjRef> {
    pop_impl(ts, "heappop", heap, false)
}
fn pop_max(ts: &ThreadState, _: &ObjRef, heap: &ObjRef) -> PyResult<ObjRef> {
    pop_impl(ts, "_heappop_max", heap, true)
}

fn replace_impl(ts: &ThreadState, name: &str, a: &[ObjRef], max: bool) -> PyResult<ObjRef> {
    check_positional(ts, name, a.len(), 2, 2)?;
    let l = list(ts, name, &a[0], false)?;
    if l.is_empty() {
        return Err(ts.index_error("index out of range"));
    }
    let ret = item(ts, l, 0)?;
    l.set(0, a[1].clone());
    siftup(ts, l, 0, max)?;
    Ok(ret)
}
fn replace(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    replace_impl(ts, "heapreplace", a, false)
}
fn replace_max(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    replace_impl(ts, "_heapreplace_max", a, true)
}

fn pushpop(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    check_positional(ts, "heappushpop", a.len(), 2, 2)?;
    let l = list(ts, "heappushpop", &a[0], false)?;
    if l.is_empty() {
        return Ok(a[1].clone());
    }
    let top = item(ts, l, 0)?;
    if !ab::rich_compare_bool(ts, &top, &a[1], CompareOp::Lt)? {
        return Ok(a[1].clone());
    }
    if l.is_empty() {
        return Err(ts.index_error("index out of range"));
    }
    let ret = item(ts, l, 0)?;
    l.set(0, a[1].clone());
    siftup(ts, l, 0, false)?;
    Ok(ret)
}

fn heapify_impl(ts: &ThreadState, fname: &str, heap: &ObjRef, max: bool) -> PyResult<ObjRef> {
    let l = list(ts, fname, heap, true)?;
    let n = l.len();
    for i in (0..n / 2).rev() {
        siftup(ts, l, i, max)?;
    }
    Ok(ts.none())
}
fn heapify(ts: &ThreadState, _: &ObjRef, heap: &ObjRef) -> PyResult<ObjRef> {
    heapify_impl(ts, "heapify", heap, false)
}
fn heapify_max(ts: &ThreadState, _: &ObjRef, heap: &ObjRef) -> PyResult<ObjRef> {
    heapify_impl(ts, "_heapify_max", heap, true)
}

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::new("heappush", Meth::Fast(push)),
    MethodDef::new("heappop", Meth::O(pop)),
    MethodDef::new("heapreplace", Meth::Fast(replace)),
    MethodDef::new("heappushpop", Meth::Fast(pushpop)),
    MethodDef::new("heapify", Meth::O(heapify)),
    MethodDef::new("_heappop_max", Meth::O(pop_max)),
    MethodDef::new("_heapreplace_max", Meth::Fast(replace_max)),
    MethodDef::new("_heapify_max", Meth::O(heapify_max)),
];

/// Makes the `_heapq` module.
pub fn make(ts: &ThreadState) -> ObjRef {
    let m = ts.new_builtin_module("_heapq", FUNCTIONS);
    super::common::set_attr(ts, &m, "__about__", ts.new_str("Heap queues"));
    m
}

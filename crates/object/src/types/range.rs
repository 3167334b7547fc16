//! `range`: start/stop/step (i64; ranges past i64 are refused for now), length, repr,
//! indexing, `in` for ints in O(1), iteration, equality by the sequence.

use std::cell::Cell;

use crate::abstract_ as ab;
use crate::error::PyResult;
use crate::header::{ObjRef, PyPayload, alloc_object};
use crate::thread::ThreadState;
use crate::typeobj::{CompareOp, GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec};
use crate::types::int::{PyInt, as_i64};
use crate::types::slice::PySlice;

pub struct PyRange {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl PyPayload for PyRange {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.range
    }
}

impl PyRange {
    pub fn len(&self) -> u64 {
        let (lo, hi, st) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if st > 0 && lo < hi {
            (hi - lo - 1) / st + 1
        } else if st < 0 && lo > hi {
            (lo - hi - 1) / (-st) + 1
        } else {
            0
        };
        n as u64
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn item(&self, i: u64) -> i64 {
        (self.start as i128 + i as i128 * self.step as i128) as i64
    }
}

fn this(o: &ObjRef) -> &PyRange {
    o.downcast::<PyRange>().expect("range")
}

fn to_i64(ts: &ThreadState, o: &ObjRef) -> PyResult<i64> {
    let i = ab::index(ts, o)?;
    as_i64(&i).ok_or_else(|| ts.overflow_error("Python int too large to convert to C ssize_t"))
}

fn new(ts: &ThreadState, _: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    crate::args::no_kwargs(ts, "range", kw)?;
    let (start, stop, step) = match args {
        [stop] => (0, to_i64(ts, stop)?, 1),
        [a, b] => (to_i64(ts, a)?, to_i64(ts, b)?, 1),
        [a, b, c] => (to_i64(ts, a)?, to_i64(ts, b)?, to_i64(ts, c)?),
        [] => return Err(ts.type_error("range expected at least 1 argument, got 0")),
        _ => {
            return Err(ts.type_error(format!(
                "range expected at most 3 arguments, got {}",
                args.len()
            )));
        }
    };
    if step == 0 {
        return Err(ts.value_error("range() arg 3 must not be zero"));
    }
    Ok(alloc_object(
        ts,
        &ts.types.range,
        PyRange { start, stop, step },
    ))
}

fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let r = this(o);
    Ok(ts.new_string(if r.step == 1 {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    }))
}
fn len(ts: &ThreadState, o: &ObjRef) -> PyResult<usize> {
    let n = this(o).len();
    if n > isize::MAX as u64 {
        return Err(ts.overflow_error("Python int too large to convert to C ssize_t"));
    }
    Ok(n as usize)
}
fn bool_(_: &ThreadState, o: &ObjRef) -> PyResult<bool> {
    Ok(!this(o).is_empty())
}
fn getitem(ts: &ThreadState, o: &ObjRef, k: &ObjRef) -> PyResult<ObjRef> {
    let r = this(o);
    if let Some(s) = k.downcast::<PySlice>() {
        let ix = s.indices(ts, r.len() as usize)?;
        // compute_slice: the bounds are the range's items at the slice's adjusted indices
        // (the stop index may be -1 or len).
        let at = |i: isize| (r.start as i128 + i as i128 * r.step as i128) as i64;
        let start = at(ix.start);
        let step = r.step * ix.step as i64;
        let stop = at(ix.stop);
        return Ok(alloc_object(
            ts,
            &ts.types.range,
            PyRange { start, stop, step },
        ));
    }
    if k.typ().slots().index.is_none() {
        return Err(ts.type_error(format!(
            "range indices must be integers or slices, not {}",
            k.typ().name()
        )));
    }
    let i = to_i64(ts, k)?;
    let n = r.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(ts.index_error("range object index out of range"));
    }
    Ok(ts.new_int(r.item(j as u64)))
}
fn contains(ts: &ThreadState, o: &ObjRef, k: &ObjRef) -> PyResult<bool> {
    let r = this(o);
    if k.is_a::<PyInt>() {
        let Some(v) = as_i64(k) else { return Ok(false) };
        let in_bounds = if r.step > 0 {
            r.start <= v && v < r.stop
        } else {
            r.stop < v && v <= r.start
        };
        return Ok(in_bounds && (v as i128 - r.start as i128) % r.step as i128 == 0);
    }
    ab::contains_by_iter(ts, o, k)
}
fn richcompare(ts: &ThreadState, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    let Some(y) = b.downcast::<PyRange>() else {
        return Ok(ts.not_implemented());
    };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(ts.not_implemented());
    }
    let x = this(a);
    let (n, m) = (x.len(), y.len());
    let eq = n == m && (n == 0 || (x.start == y.start && (n == 1 || x.step == y.step)));
    Ok(ts.bool_obj(eq == (op == CompareOp::Eq)))
}
fn hash(ts: &ThreadState, o: &ObjRef) -> PyResult<i64> {
    let r = this(o);
    let n = r.len();
    let t = ts.new_tuple(vec![
        ts.new_int(n as i64),
        if n == 0 {
            ts.none()
        } else {
            ts.new_int(r.start)
        },
        if n <= 1 {
            ts.none()
        } else {
            ts.new_int(r.step)
        },
    ]);
    ab::hash(ts, &t)
}

pub struct PyRangeIter {
    next: Cell<i64>,
    left: Cell<u64>,
    step: i64,
}
impl PyPayload for PyRangeIter {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.range_iterator
    }
}
fn iter(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let r = this(o);
    Ok(alloc_object(
        ts,
        &ts.types.range_iterator,
        PyRangeIter {
            next: Cell::new(r.start),
            left: Cell::new(r.len()),
            step: r.step,
        },
    ))
}
#[inline]
pub fn range_iter_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let it = o.downcast::<PyRangeIter>().expect("range_iterator");
    let left = it.left.get();
    if left == 0 {
        return Ok(None);
    }
    it.left.set(left - 1);
    let v = it.next.get();
    it.next.set(v.wrapping_add(it.step));
    Ok(Some(ts.new_int(v)))
}
fn self_iter(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(o.clone())
}
fn reversed(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let r = this(o);
    let n = r.len();
    let start = if n == 0 { r.start } else { r.item(n - 1) };
    Ok(alloc_object(
        ts,
        &ts.types.range_iterator,
        PyRangeIter {
            next: Cell::new(start),
            left: Cell::new(n),
            step: -r.step,
        },
    ))
}
fn count(ts: &ThreadState, o: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(contains(ts, o, x)? as i64))
}
fn index(ts: &ThreadState, o: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    let r = this(o);
    if contains(ts, o, x)?
        && let Some(v) = as_i64(x)
    {
        return Ok(ts.new_int((v - r.start) / r.step));
    }
    Err(ts.value_error(format!("{} is not in range", ab::repr_string(ts, x)?)))
}
fn get_start(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(this(o).start))
}
fn get_stop(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(this(o).stop))
}
fn get_step(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(this(o).step))
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("__reversed__", Meth::NoArgs(reversed)),
    MethodDef::new("count", Meth::O(count)),
    MethodDef::new("index", Meth::O(index)),
];
static GETSETS: &[GetSetDef] = &[
    GetSetDef::ro("start", get_start),
    GetSetDef::ro("stop", get_stop),
    GetSetDef::ro("step", get_step),
];

pub static SPEC: TypeSpec = TypeSpec {
    flags: crate::typeobj::flags::SEQUENCE,
    slots: Slots {
        repr: Some(repr),
        hash: Some(hash),
        richcompare: Some(richcompare),
        len: Some(len),
        bool: Some(bool_),
        getitem: Some(getitem),
        contains: Some(contains),
        iter: Some(iter),
        new: Some(new),
        ..Slots::NONE
    },
    methods: &[METHODS],
    getsets: GETSETS,
    doc: "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an object that produces a sequence of integers from start (inclusive)\nto stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\nstart defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\nThese are exactly the valid indices for a list of 4 elements.\nWhen step is given, it specifies the increment (or decrement).",
    ..TypeSpec::new("range", PayloadInfo::of::<PyRange>())
};

pub static ITER_SPEC: TypeSpec = TypeSpec {
    slots: Slots {
        iter: Some(self_iter),
        iternext: Some(range_iter_next),
        ..Slots::NONE
    },
    ..TypeSpec::new("range_iterator", PayloadInfo::of::<PyRangeIter>())
};

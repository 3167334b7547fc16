//! `range`: start/stop/step (i64 fast paths; a range past i64 carries a `BigRange` from
//! `range_long.rs`), length, repr, indexing, `in` for ints in O(1), iteration, equality by
//! the sequence.

use std::cell::Cell;

use crate::abstract_ as ab;
use crate::error::PyResult;
use crate::header::{ObjRef, PyPayload, alloc_object};
use crate::thread::ThreadState;
use crate::typeobj::{CompareOp, GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec};
use crate::types::int::{PyInt, as_i64};
use crate::types::iter_reduce as ir;
use crate::types::range_long::{self, BigRange, index_big};
use crate::types::slice::PySlice;
use num_bigint::BigInt;
use num_traits::{One, ToPrimitive, Zero};

pub struct PyRange {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    /// Set when a bound leaves `i64` (the fields above are then unused).
    pub big: Option<Box<BigRange>>,
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

/// A range object: the `i64` form when the bounds fit, else a [`BigRange`].
pub(crate) fn make_range(ts: &ThreadState, start: BigInt, stop: BigInt, step: BigInt) -> ObjRef {
    let r = match (start.to_i64(), stop.to_i64(), step.to_i64()) {
        (Some(start), Some(stop), Some(step)) => PyRange {
            start,
            stop,
            step,
            big: None,
        },
        _ => PyRange {
            start: 0,
            stop: 0,
            step: 1,
            big: Some(Box::new(BigRange::new(start, stop, step))),
        },
    };
    alloc_object(ts, &ts.types.range, r)
}

fn new(ts: &ThreadState, _: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    crate::args::no_kwargs(ts, "range", kw)?;
    let (start, stop, step) = match args {
        [stop] => (BigInt::zero(), index_big(ts, stop)?, BigInt::one()),
        [a, b] => (index_big(ts, a)?, index_big(ts, b)?, BigInt::one()),
        [a, b, c] => (index_big(ts, a)?, index_big(ts, b)?, index_big(ts, c)?),
        [] => return Err(ts.type_error("range expected at least 1 argument, got 0")),
        _ => {
            return Err(ts.type_error(format!(
                "range expected at most 3 arguments, got {}",
                args.len()
            )));
        }
    };
    if step.is_zero() {
        return Err(ts.value_error("range() arg 3 must not be zero"));
    }
    Ok(make_range(ts, start, stop, step))
}

fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let r = this(o);
    if let Some(b) = &r.big {
        return Ok(ts.new_string(range_long::repr(b)));
    }
    Ok(ts.new_string(if r.step == 1 {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    }))
}
fn len(ts: &ThreadState, o: &ObjRef) -> PyResult<usize> {
    if let Some(b) = &this(o).big {
        return range_long::len(ts, b);
    }
    let n = this(o).len();
    if n > isize::MAX as u64 {
        return Err(ts.overflow_error("Python int too large to convert to C ssize_t"));
    }
    Ok(n as usize)
}
fn bool_(_: &ThreadState, o: &ObjRef) -> PyResult<bool> {
    if let Some(b) = &this(o).big {
        return Ok(!b.len.is_zero());
    }
    Ok(!this(o).is_empty())
}
fn getitem(ts: &ThreadState, o: &ObjRef, k: &ObjRef) -> PyResult<ObjRef> {
    let r = this(o);
    let as_big = || {
        r.big.as_deref().map_or_else(
            || BigRange::new(r.start.into(), r.stop.into(), r.step.into()),
            |b| BigRange::new(b.start.clone(), b.stop.clone(), b.step.clone()),
        )
    };
    if let Some(s) = k.downcast::<PySlice>() {
        if r.big.is_some() || r.len() > isize::MAX as u64 {
            let (start, stop, step) = range_long::getitem_slice(ts, &as_big(), s)?;
            return Ok(make_range(ts, start, stop, step));
        }
        let ix = s.indices(ts, r.len() as usize)?;
        // compute_slice: the bounds are the range's items at the slice's adjusted indices
        // (the stop index may be -1 or len).
        let at = |i: isize| BigInt::from(r.start as i128 + i as i128 * r.step as i128);
        let step = BigInt::from(r.step as i128 * ix.step as i128);
        return Ok(make_range(ts, at(ix.start), at(ix.stop), step));
    }
    if k.typ().slots().index.is_none() {
        return Err(ts.type_error(format!(
            "range indices must be integers or slices, not {}",
            k.typ().name()
        )));
    }
    if let Some(b) = &r.big {
        return range_long::getitem_index(ts, b, k);
    }
    if r.len() > i64::MAX as u64 {
        return range_long::getitem_index(ts, &as_big(), k);
    }
    let Some(i) = as_i64(&ab::index(ts, k)?) else {
        return range_long::getitem_index(ts, &as_big(), k);
    };
    let n = r.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(ts.index_error("range object index out of range"));
    }
    Ok(ts.new_int(r.item(j as u64)))
}
/// `k` is an exact int or bool: the O(1) membership test applies (an int subclass may
/// define `__eq__`, so it is compared item by item, as CPython's `range_contains`).
fn exact_int(ts: &ThreadState, k: &ObjRef) -> bool {
    k.is_exact(&ts.types.int) || k.is_exact(&ts.types.bool_)
}
fn contains(ts: &ThreadState, o: &ObjRef, k: &ObjRef) -> PyResult<bool> {
    let r = this(o);
    if exact_int(ts, k)
        && let Some(b) = &r.big
    {
        return Ok(range_long::big_of(k).is_some_and(|v| b.position(&v).is_some()));
    }
    if exact_int(ts, k) {
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
    if x.big.is_some() || y.big.is_some() {
        let eq = range_long::equal(&big_view(x), &big_view(y));
        return Ok(ts.bool_obj(eq == (op == CompareOp::Eq)));
    }
    let (n, m) = (x.len(), y.len());
    let eq = n == m && (n == 0 || (x.start == y.start && (n == 1 || x.step == y.step)));
    Ok(ts.bool_obj(eq == (op == CompareOp::Eq)))
}
/// The range as big ints (a copy for the `i64` form).
fn big_view(r: &PyRange) -> std::borrow::Cow<'_, BigRange> {
    match &r.big {
        Some(b) => std::borrow::Cow::Borrowed(b),
        None => {
            std::borrow::Cow::Owned(BigRange::new(r.start.into(), r.stop.into(), r.step.into()))
        }
    }
}
fn hash(ts: &ThreadState, o: &ObjRef) -> PyResult<i64> {
    let r = this(o);
    if let Some(b) = &r.big {
        return range_long::hash(ts, b);
    }
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

/// `range_iterator` (CPython 3.11's `rangeiterobject`): item `index` is
/// `start + index * step`, for `index < len`; used when all of them fit `i64`.
pub struct PyRangeIter {
    start: i64,
    step: i64,
    len: u64,
    index: Cell<u64>,
}
impl PyPayload for PyRangeIter {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.range_iterator
    }
}
/// The iterator over `len` items from `start` by `step`: the `i64` one when `len` fits
/// `i64`, else a `longrange_iterator`.
fn new_iter(ts: &ThreadState, start: i64, step: i64, len: u64) -> ObjRef {
    if len > i64::MAX as u64 {
        let stop = BigInt::from(start) + BigInt::from(len) * BigInt::from(step);
        return range_long::iter(ts, &BigRange::new(start.into(), stop, step.into()), false);
    }
    alloc_object(
        ts,
        &ts.types.range_iterator,
        PyRangeIter {
            start,
            step,
            len,
            index: Cell::new(0),
        },
    )
}
fn iter(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let r = this(o);
    if let Some(b) = &r.big {
        return Ok(range_long::iter(ts, b, false));
    }
    // CPython's `range_iter`: the `i64` iterator unless `start + len*step` could overflow.
    let n = r.len();
    let fits = n == 0
        || if r.step > 0 {
            r.stop as i128 <= i64::MAX as i128 - (r.step as i128 - 1)
        } else {
            r.stop as i128 >= i64::MIN as i128 + (-1 - r.step as i128)
        };
    if n > i64::MAX as u64 || !fits {
        return Ok(range_long::iter(ts, &big_view(r), false));
    }
    Ok(new_iter(ts, r.start, r.step, n))
}
#[inline]
pub fn range_iter_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let it = o.downcast::<PyRangeIter>().expect("range_iterator");
    let i = it.index.get();
    if i >= it.len {
        return Ok(None);
    }
    it.index.set(i + 1);
    Ok(Some(ts.new_int(
        it.start.wrapping_add((i as i64).wrapping_mul(it.step)),
    )))
}
/// `range_iterator.__reduce__`: `(iter, (range(start, start + len*step, step),), index)`.
fn iter_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let it = o.downcast::<PyRangeIter>().expect("range_iterator");
    ir::reduce_seq(ts, "iter", || {
        let stop = BigInt::from(it.start) + BigInt::from(it.len) * BigInt::from(it.step);
        let r = make_range(ts, it.start.into(), stop, it.step.into());
        (r, Some(it.index.get() as i64))
    })
}
/// `range_iterator.__setstate__`: the index, clipped to `0..=len`.
fn iter_setstate(ts: &ThreadState, o: &ObjRef, state: &ObjRef) -> PyResult<ObjRef> {
    let it = o.downcast::<PyRangeIter>().expect("range_iterator");
    let i = ir::state_index(ts, state)?;
    it.index.set((i.max(0) as u64).min(it.len));
    Ok(ts.none())
}
fn self_iter(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(o.clone())
}
fn reversed(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let r = this(o);
    // CPython's `range_reverse`: the `i64` iterator when -step and start - step fit too.
    if r.big.is_some() || r.step == i64::MIN || r.start.checked_sub(r.step).is_none() {
        return Ok(range_long::iter(ts, &big_view(r), true));
    }
    let n = r.len();
    let start = if n == 0 { r.start } else { r.item(n - 1) };
    Ok(new_iter(ts, start, -r.step, n))
}
fn count(ts: &ThreadState, o: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    if exact_int(ts, x) {
        return Ok(ts.new_int(contains(ts, o, x)? as i64));
    }
    // `_PySequence_IterSearch(PY_ITERSEARCH_COUNT)`.
    let it = ab::iter(ts, o)?;
    let mut n = 0i64;
    while let Some(v) = ab::next(ts, &it)? {
        if ab::eq(ts, &v, x)? {
            n += 1;
        }
    }
    Ok(ts.new_int(n))
}
fn index(ts: &ThreadState, o: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    let r = this(o);
    if !x.is_exact(&ts.types.int) && !x.is_exact(&ts.types.bool_) {
        // `_PySequence_IterSearch(PY_ITERSEARCH_INDEX)`.
        let it = ab::iter(ts, o)?;
        let mut i: i64 = 0;
        while let Some(v) = ab::next(ts, &it)? {
            if ab::eq(ts, &v, x)? {
                return Ok(ts.new_int(i));
            }
            i += 1;
        }
        return Err(ts.value_error("sequence.index(x): x not in sequence"));
    }
    if let Some(b) = &r.big
        && x.is_a::<PyInt>()
        && let Some(i) = range_long::big_of(x).and_then(|v| b.position(&v))
    {
        return Ok(ts.new_bigint(i));
    }
    if contains(ts, o, x)?
        && let Some(v) = as_i64(x)
    {
        return Ok(ts.new_int((v - r.start) / r.step));
    }
    Err(ts.value_error(format!("{} is not in range", ab::repr_string(ts, x)?)))
}
fn get_start(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let r = this(o);
    Ok(r.big
        .as_ref()
        .map_or_else(|| ts.new_int(r.start), |b| ts.new_bigint(b.start.clone())))
}
fn get_stop(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let r = this(o);
    Ok(r.big
        .as_ref()
        .map_or_else(|| ts.new_int(r.stop), |b| ts.new_bigint(b.stop.clone())))
}
fn get_step(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let r = this(o);
    Ok(r.big
        .as_ref()
        .map_or_else(|| ts.new_int(r.step), |b| ts.new_bigint(b.step.clone())))
}

/// `range.__reduce__`: `(range, (start, stop, step))`.
fn reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let args = ts.new_tuple(vec![get_start(ts, o)?, get_stop(ts, o)?, get_step(ts, o)?]);
    Ok(ts.new_tuple(vec![ts.types.range.clone(), args]))
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("__reversed__", Meth::NoArgs(reversed)),
    MethodDef::new("__reduce__", Meth::NoArgs(reduce)),
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

/// `range_iterator.__length_hint__`: the numbers not yet produced.
fn iter_length_hint(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let it = o.downcast::<PyRangeIter>().expect("range_iterator");
    Ok(ts.new_int((it.len - it.index.get()) as i64))
}
static ITER_METHODS: &[MethodDef] = &[
    MethodDef::new("__length_hint__", Meth::NoArgs(iter_length_hint)),
    MethodDef::new("__reduce__", Meth::NoArgs(iter_reduce)),
    MethodDef::new("__setstate__", Meth::O(iter_setstate)),
];

pub static ITER_SPEC: TypeSpec = TypeSpec {
    slots: Slots {
        iter: Some(self_iter),
        iternext: Some(range_iter_next),
        ..Slots::NONE
    },
    methods: &[ITER_METHODS],
    ..TypeSpec::new("range_iterator", PayloadInfo::of::<PyRangeIter>())
};

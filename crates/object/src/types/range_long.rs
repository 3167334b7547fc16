//! `range` past 64 bits (CPython's "long" range paths in `rangeobject.c`): a [`BigRange`]
//! holds start/stop/step/length as big ints when any of them leaves `i64`, with the slow-path
//! versions of range's operations (`len`, indexing, slicing via `_PySlice_GetLongIndices`,
//! `in`, `index`, comparison, hash, repr) and `longrange_iterator`. `range.rs` keeps the
//! `i64` fast paths and calls here when a range is big.

use std::cell::RefCell;

use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};
use taipan_ast::Int;

use crate::abstract_ as ab;
use crate::error::PyResult;
use crate::header::{ObjRef, PyPayload, alloc_object};
use crate::thread::ThreadState;
use crate::typeobj::{Meth, MethodDef, PayloadInfo, Slots, TypeSpec};
use crate::types::int::PyInt;
use crate::types::iter_reduce as ir;
use crate::types::slice::PySlice;

/// A range whose bounds (or length) do not fit `i64`.
#[derive(Clone)]
pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
    pub len: BigInt,
}

/// The number of items of `range(start, stop, step)` (`compute_range_length`).
pub fn length(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, st) = if step.is_positive() {
        (start, stop, step.clone())
    } else {
        (stop, start, -step)
    };
    if lo >= hi {
        return BigInt::zero();
    }
    (hi - lo - BigInt::one()) / st + BigInt::one()
}

impl BigRange {
    pub fn new(start: BigInt, stop: BigInt, step: BigInt) -> BigRange {
        let len = length(&start, &stop, &step);
        BigRange {
            start,
            stop,
            step,
            len,
        }
    }
    /// Item `i` (`0 <= i < len`).
    pub fn item(&self, i: &BigInt) -> BigInt {
        &self.start + i * &self.step
    }
    /// The index of `v` if it is an item.
    pub fn position(&self, v: &BigInt) -> Option<BigInt> {
        let inside = if self.step.is_positive() {
            &self.start <= v && v < &self.stop
        } else {
            &self.stop < v && v <= &self.start
        };
        if !inside {
            return None;
        }
        let off = v - &self.start;
        (&off % &self.step).is_zero().then(|| off / &self.step)
    }
}

/// A big int value of an int object.
pub fn big_of(o: &ObjRef) -> Option<BigInt> {
    o.downcast::<PyInt>().map(|i| i.0.to_big())
}

/// `operator.index(o)` as a big int.
pub fn index_big(ts: &ThreadState, o: &ObjRef) -> PyResult<BigInt> {
    let i = ab::index(ts, o)?;
    Ok(big_of(&i).unwrap_or_default())
}

/// `len(r)`: the length, or CPython's OverflowError past `Py_ssize_t`.
pub fn len(ts: &ThreadState, r: &BigRange) -> PyResult<usize> {
    match r.len.to_isize() {
        Some(n) => Ok(n as usize),
        None => Err(ts.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// `r[i]` for an integer index.
pub fn getitem_index(ts: &ThreadState, r: &BigRange, k: &ObjRef) -> PyResult<ObjRef> {
    let mut i = index_big(ts, k)?;
    if i.is_negative() {
        i += &r.len;
    }
    if i.is_negative() || i >= r.len {
        return Err(ts.index_error("range object index out of range"));
    }
    Ok(ts.new_bigint(r.item(&i)))
}

/// `r[slice]` (`compute_slice` over `_PySlice_GetLongIndices`): the new range's bounds.
pub fn getitem_slice(
    ts: &ThreadState,
    r: &BigRange,
    s: &PySlice,
) -> PyResult<(BigInt, BigInt, BigInt)> {
    let idx = |o: &ObjRef| -> PyResult<BigInt> {
        index_big(ts, o).map_err(|e| {
            if e.matches(&ts.exc.type_error) {
                ts.type_error("slice indices must be integers or None or have an __index__ method")
            } else {
                e
            }
        })
    };
    let step = if ts.is_none(&s.step) {
        BigInt::one()
    } else {
        idx(&s.step)?
    };
    if step.is_zero() {
        return Err(ts.value_error("slice step cannot be zero"));
    }
    let neg = step.is_negative();
    let (lower, upper) = if neg {
        (-BigInt::one(), &r.len - BigInt::one())
    } else {
        (BigInt::zero(), r.len.clone())
    };
    let fix = |o: &ObjRef, default: &BigInt| -> PyResult<BigInt> {
        if ts.is_none(o) {
            return Ok(default.clone());
        }
        let mut v = idx(o)?;
        if v.is_negative() {
            v += &r.len;
            if v < lower {
                v = lower.clone();
            }
        } else if v > upper {
            v = upper.clone();
        }
        Ok(v)
    };
    let start = fix(&s.start, if neg { &upper } else { &lower })?;
    let stop = fix(&s.stop, if neg { &lower } else { &upper })?;
    Ok((r.item(&start), r.item(&stop), &r.step * step))
}

/// `repr(r)`.
pub fn repr(r: &BigRange) -> String {
    if r.step.is_one() {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    }
}

/// `range == range` by the sequences (`range_equals`).
pub fn equal(x: &BigRange, y: &BigRange) -> bool {
    x.len == y.len
        && (x.len.is_zero() || (x.start == y.start && (x.len.is_one() || x.step == y.step)))
}

/// `hash(r)`: the hash of `(len, start or None, step or None)`.
pub fn hash(ts: &ThreadState, r: &BigRange) -> PyResult<i64> {
    let t = ts.new_tuple(vec![
        ts.new_bigint(r.len.clone()),
        if r.len.is_zero() {
            ts.none()
        } else {
            ts.new_bigint(r.start.clone())
        },
        if r.len <= BigInt::one() {
            ts.none()
        } else {
            ts.new_bigint(r.step.clone())
        },
    ]);
    ab::hash(ts, &t)
}

/// `longrange_iterator`: item `index` is `start + index * step`, for `index < len`.
pub struct PyLongRangeIter {
    start: BigInt,
    step: BigInt,
    len: BigInt,
    index: RefCell<BigInt>,
}
impl PyPayload for PyLongRangeIter {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.longrange_iterator
    }
}

/// `iter(r)`, or `reversed(r)` when `reverse`.
pub fn iter(ts: &ThreadState, r: &BigRange, reverse: bool) -> ObjRef {
    let (start, step) = if reverse {
        let last = if r.len.is_zero() {
            r.start.clone()
        } else {
            r.item(&(&r.len - BigInt::one()))
        };
        (last, -&r.step)
    } else {
        (r.start.clone(), r.step.clone())
    };
    alloc_object(
        ts,
        &ts.types.longrange_iterator,
        PyLongRangeIter {
            start,
            step,
            len: r.len.clone(),
            index: RefCell::new(BigInt::zero()),
        },
    )
}
fn iter_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let it = o.downcast::<PyLongRangeIter>().expect("longrange_iterator");
    let i = it.index.borrow().clone();
    if i >= it.len {
        return Ok(None);
    }
    let v = &it.start + &i * &it.step;
    *it.index.borrow_mut() = i + 1;
    Ok(Some(ts.new_int_big(Int::from_big(v))))
}
/// `longrange_iterator.__reduce__`: `(iter, (range(start, start + len*step, step),), index)`.
fn iter_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let it = o.downcast::<PyLongRangeIter>().expect("longrange_iterator");
    let f = ir::builtin(ts, "iter")?;
    let stop = &it.start + &it.len * &it.step;
    let r = crate::types::range::make_range(ts, it.start.clone(), stop, it.step.clone());
    let index = ts.new_int_big(Int::from_big(it.index.borrow().clone()));
    Ok(ts.new_tuple(vec![f, ts.new_tuple(vec![r]), index]))
}
/// `longrange_iterator.__setstate__`: the index, clipped to `0..=len`.
fn iter_setstate(ts: &ThreadState, o: &ObjRef, state: &ObjRef) -> PyResult<ObjRef> {
    let it = o.downcast::<PyLongRangeIter>().expect("longrange_iterator");
    let Some(i) = big_of(state) else {
        return Err(ts.type_error("an integer is required"));
    };
    let i = if i.is_negative() {
        BigInt::zero()
    } else {
        i.min(it.len.clone())
    };
    *it.index.borrow_mut() = i;
    Ok(ts.none())
}
fn self_iter(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(o.clone())
}

/// `longrange_iterator.__length_hint__`: the numbers not yet produced.
fn iter_length_hint(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let it = o.downcast::<PyLongRangeIter>().expect("longrange_iterator");
    let left = &it.len - &*it.index.borrow();
    Ok(ts.new_int_big(Int::from_big(left)))
}
static ITER_METHODS: &[MethodDef] = &[
    MethodDef::new("__length_hint__", Meth::NoArgs(iter_length_hint)),
    MethodDef::new("__reduce__", Meth::NoArgs(iter_reduce)),
    MethodDef::new("__setstate__", Meth::O(iter_setstate)),
];

pub static ITER_SPEC: TypeSpec = TypeSpec {
    slots: Slots {
        iter: Some(self_iter),
        iternext: Some(iter_next),
        ..Slots::NONE
    },
    methods: &[ITER_METHODS],
    ..TypeSpec::new("longrange_iterator", PayloadInfo::of::<PyLongRangeIter>())
};

//! `slice`: start/stop/step objects, `indices()` (CPython's `PySlice_GetIndicesEx` clamping),
//! repr, comparison.

use crate::abstract_ as ab;
use crate::error::PyResult;
use crate::header::{ObjRef, PyPayload, alloc_object};
use crate::thread::ThreadState;
use crate::typeobj::{CompareOp, GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags};

pub struct PySlice {
    pub start: ObjRef,
    pub stop: ObjRef,
    pub step: ObjRef,
}

impl PyPayload for PySlice {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.slice
    }
}

/// Resolved slice bounds for a sequence of some length: `len` items from `start` by `step`.
pub struct SliceIndices {
    pub start: isize,
    pub stop: isize,
    pub step: isize,
    pub len: usize,
}

impl ThreadState {
    pub fn new_slice(&self, start: ObjRef, stop: ObjRef, step: ObjRef) -> ObjRef {
        alloc_object(self, &self.types.slice, PySlice { start, stop, step })
    }
}

/// The `start`/`stop` arguments of `list.index`/`tuple.index` (`args[1..]`, each optional) as
/// a range of `0..len` (`_PyEval_SliceIndexNotNone`: clamped past ssize_t, negative counted
/// from the end).
pub fn index_bounds(ts: &ThreadState, args: &[ObjRef], len: usize) -> PyResult<(usize, usize)> {
    let n = len as isize;
    let bound = |o: Option<&ObjRef>, default: isize| -> PyResult<usize> {
        let Some(o) = o else {
            return Ok(default as usize);
        };
        if o.typ().slots().index.is_none() {
            return Err(ts.type_error("slice indices must be integers or have an __index__ method"));
        }
        let v = clamp_index(ts, o)?;
        Ok(if v < 0 {
            v.saturating_add(n).max(0)
        } else {
            v.min(n)
        } as usize)
    };
    Ok((bound(args.get(1), 0)?, bound(args.get(2), n)?))
}

fn clamp_index(ts: &ThreadState, o: &ObjRef) -> PyResult<isize> {
    // `_PyEval_SliceIndex`: an object with `__index__` has its errors propagated.
    if o.typ().slots().index.is_none() {
        return Err(
            ts.type_error("slice indices must be integers or None or have an __index__ method")
        );
    }
    match ab::index(ts, o) {
        Ok(i) => Ok(match crate::types::int::as_i64(&i) {
            Some(v) => v.clamp(isize::MIN as i64, isize::MAX as i64) as isize,
            None => {
                if ab::rich_compare_bool(ts, &i, &ts.new_int(0), CompareOp::Lt)? {
                    isize::MIN
                } else {
                    isize::MAX
                }
            }
        }),
        Err(e) => Err(e),
    }
}

impl PySlice {
    /// The indices for a sequence of `length` items.
    pub fn indices(&self, ts: &ThreadState, length: usize) -> PyResult<SliceIndices> {
        let n = length as isize;
        let step = if ts.is_none(&self.step) {
            1
        } else {
            clamp_index(ts, &self.step)?
        };
        if step == 0 {
            return Err(ts.value_error("slice step cannot be zero"));
        }
        let step = step.max(-isize::MAX);
        let (lo, hi) = if step < 0 { (-1, n - 1) } else { (0, n) };
        let fix = |o: &ObjRef, default: isize| -> PyResult<isize> {
            if ts.is_none(o) {
                return Ok(default);
            }
            let mut v = clamp_index(ts, o)?;
            if v < 0 {
                v = v.saturating_add(n);
                if v < lo {
                    v = lo;
                }
            } else if v > hi {
                v = hi;
            }
            Ok(v)
        };
        let start = fix(&self.start, if step < 0 { hi } else { lo })?;
        let stop = fix(&self.stop, if step < 0 { lo } else { hi })?;
        let len = if step < 0 {
            if stop < start {
                ((start - stop - 1) / (-step) + 1) as usize
            } else {
                0
            }
        } else if start < stop {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        };
        Ok(SliceIndices {
            start,
            stop,
            step,
            len,
        })
    }
}

fn this(o: &ObjRef) -> &PySlice {
    o.downcast::<PySlice>().expect("slice")
}

fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let s = this(o);
    Ok(ts.new_string(format!(
        "slice({}, {}, {})",
        ab::repr_string(ts, &s.start)?,
        ab::repr_string(ts, &s.stop)?,
        ab::repr_string(ts, &s.step)?
    )))
}

fn new(ts: &ThreadState, _: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    crate::args::no_kwargs(ts, "slice", kw)?;
    crate::args::check_positional(ts, "slice", args.len(), 1, 3)?;
    let none = ts.none();
    Ok(match args {
        [stop] => ts.new_slice(none.clone(), stop.clone(), none),
        [a, b] => ts.new_slice(a.clone(), b.clone(), none),
        [a, b, c] => ts.new_slice(a.clone(), b.clone(), c.clone()),
        _ => unreachable!(),
    })
}

fn richcompare(ts: &ThreadState, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    let Some(y) = b.downcast::<PySlice>() else {
        return Ok(ts.not_implemented());
    };
    let x = this(a);
    let l = [x.start.clone(), x.stop.clone(), x.step.clone()];
    let r = [y.start.clone(), y.stop.clone(), y.step.clone()];
    Ok(ts.bool_obj(ab::compare_sequences(ts, &l, &r, op)?))
}

fn indices(ts: &ThreadState, o: &ObjRef, len: &ObjRef) -> PyResult<ObjRef> {
    let n = ab::index_isize(ts, len)?;
    if n < 0 {
        return Err(ts.value_error("length should not be negative"));
    }
    let i = this(o).indices(ts, n as usize)?;
    Ok(ts.new_tuple(vec![
        ts.new_int(i.start as i64),
        ts.new_int(i.stop as i64),
        ts.new_int(i.step as i64),
    ]))
}

fn get_start(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(this(o).start.clone())
}
fn get_stop(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(this(o).stop.clone())
}
fn get_step(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(this(o).step.clone())
}

fn traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let s = this(o);
    visit(&s.start);
    visit(&s.stop);
    visit(&s.step);
}

fn reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let s = o.downcast::<PySlice>().expect("slice");
    let args = ts.new_tuple(vec![s.start.clone(), s.stop.clone(), s.step.clone()]);
    Ok(ts.new_tuple(vec![o.class().clone(), args]))
}
static METHODS: &[MethodDef] = &[
    MethodDef::new("indices", Meth::O(indices)),
    MethodDef::new("__reduce__", Meth::NoArgs(reduce)),
];
/// Assigning a slice's field: CPython's message for a read-only member.
fn readonly(ts: &ThreadState, _: &ObjRef, _: Option<&ObjRef>) -> PyResult<()> {
    Err(ts.attribute_error("readonly attribute"))
}
const fn member(
    name: &'static str,
    get: fn(&ThreadState, &ObjRef) -> PyResult<ObjRef>,
) -> GetSetDef {
    GetSetDef {
        name,
        get,
        set: Some(readonly),
        doc: "",
    }
}
static GETSETS: &[GetSetDef] = &[
    member("start", get_start),
    member("stop", get_stop),
    member("step", get_step),
];

pub static SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: Slots {
        repr: Some(repr),
        new: Some(new),
        richcompare: Some(richcompare),
        hash: Some(crate::types::object::hash_not_implemented),
        traverse: Some(traverse),
        ..Slots::NONE
    },
    methods: &[METHODS],
    getsets: GETSETS,
    ..TypeSpec::new("slice", PayloadInfo::of::<PySlice>())
};

//! `tuple`: an immutable boxed slice of references, the shared empty tuple, repr (with the
//! one-element comma), CPython's tuple hash (xxHash-based, 3.8+), comparison, concatenation,
//! repetition, indexing and slicing, `count`/`index`, iteration.

use std::cell::Cell;

use crate::abstract_ as ab;
use crate::error::PyResult;
use crate::header::{ObjRef, PyPayload, alloc_object};
use crate::thread::ThreadState;
use crate::typeobj::slots::BinaryFn;
use crate::typeobj::{CompareOp, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags, nb};
use crate::types::iter_reduce as ir;
use crate::types::slice::PySlice;

pub struct PyTuple {
    items: Box<[ObjRef]>,
}

impl Drop for PyTuple {
    /// Items are released last to first, as CPython's `tupledealloc` (observable through
    /// finalizers: generators closed, `__del__` run, in that order).
    fn drop(&mut self) {
        let mut v = std::mem::take(&mut self.items).into_vec();
        while let Some(x) = v.pop() {
            drop(x);
        }
    }
}

impl PyPayload for PyTuple {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.tuple
    }
}

impl PyTuple {
    #[inline]
    pub fn items(&self) -> &[ObjRef] {
        &self.items
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.items.len()
    }
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

pub(crate) fn bootstrap_empty(ty: &ObjRef) -> ObjRef {
    crate::header::alloc_untracked(
        ty,
        PyTuple {
            items: Box::new([]),
        },
    )
}

impl ThreadState {
    /// A tuple of `items` (the shared `()` when empty).
    #[inline]
    pub fn new_tuple(&self, items: Vec<ObjRef>) -> ObjRef {
        if items.is_empty() {
            return self.empty_tuple();
        }
        alloc_object(
            self,
            &self.types.tuple,
            PyTuple {
                items: items.into_boxed_slice(),
            },
        )
    }
    pub fn new_tuple_from(&self, items: &[ObjRef]) -> ObjRef {
        self.new_tuple(items.to_vec())
    }
}

fn this(o: &ObjRef) -> &PyTuple {
    o.downcast::<PyTuple>().expect("tuple")
}

fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let t = this(o);
    if t.is_empty() {
        return Ok(ts.new_str("()"));
    }
    if !ts.repr_enter(o) {
        return Ok(ts.new_str("(...)"));
    }
    let mut out = String::from("(");
    let r = (|| {
        for (i, x) in t.items().iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&ab::repr_string(ts, x)?);
        }
        Ok(())
    })();
    ts.repr_leave(o);
    r?;
    if t.len() == 1 {
        out.push(',');
    }
    out.push(')');
    Ok(ts.new_string(out))
}

fn hash(ts: &ThreadState, o: &ObjRef) -> PyResult<i64> {
    // CPython 3.8+ tuplehash (xxHash64 primes).
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let t = this(o);
    let mut acc: u64 = P5;
    for x in t.items() {
        let lane = ab::hash(ts, x)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((t.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return Ok(1546275796);
    }
    Ok(acc as i64)
}

fn richcompare(ts: &ThreadState, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    let Some(y) = b.downcast::<PyTuple>() else {
        return Ok(ts.not_implemented());
    };
    Ok(ts.bool_obj(ab::compare_sequences(ts, this(a).items(), y.items(), op)?))
}

fn len(_: &ThreadState, o: &ObjRef) -> PyResult<usize> {
    Ok(this(o).len())
}

fn add(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    let (Some(x), Some(y)) = (a.downcast::<PyTuple>(), b.downcast::<PyTuple>()) else {
        if a.is_a::<PyTuple>() {
            return Err(ts.type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                b.typ().name()
            )));
        }
        return Ok(ts.not_implemented());
    };
    let mut v = Vec::with_capacity(x.len() + y.len());
    v.extend_from_slice(x.items());
    v.extend_from_slice(y.items());
    Ok(ts.new_tuple(v))
}

/// `seq * n` for any sequence of items (shared by tuple and list).
pub fn repeat_items(ts: &ThreadState, items: &[ObjRef], n: &ObjRef) -> PyResult<Vec<ObjRef>> {
    let n = ab::index_isize(ts, n).map_err(|e| {
        if e.matches(&ts.exc.index_error) {
            ts.overflow_error("cannot fit 'int' into an index-sized integer")
        } else {
            e
        }
    })?;
    if n <= 0 || items.is_empty() {
        return Ok(Vec::new());
    }
    let total = items
        .len()
        .checked_mul(n as usize)
        .filter(|t| *t < (1 << 40));
    let Some(total) = total else {
        return Err(ts.memory_error());
    };
    ts.check_alloc(total, std::mem::size_of::<ObjRef>())?;
    let mut v = Vec::with_capacity(total);
    for _ in 0..n {
        v.extend_from_slice(items);
    }
    Ok(v)
}

fn mul(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    let (tobj, t, n) = match (a.downcast::<PyTuple>(), b.downcast::<PyTuple>()) {
        (Some(t), _) if b.typ().slots().index.is_some() => (a, t, b),
        (_, Some(t)) if a.typ().slots().index.is_some() => (b, t, a),
        _ => return Ok(ts.not_implemented()),
    };
    let items = repeat_items(ts, t.items(), n)?;
    // `tuplerepeat`: an exact tuple repeated once (or an empty one) is itself.
    if tobj.is_exact(&ts.types.tuple) && items.len() == t.items().len() {
        return Ok(tobj.clone());
    }
    Ok(ts.new_tuple(items))
}

/// Normalizes a sequence index (`IndexError` with `what` when out of range).
pub fn seq_index(ts: &ThreadState, k: &ObjRef, len: usize, what: &str) -> PyResult<usize> {
    let i = ab::index_isize(ts, k)?;
    let n = len as isize;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(ts.index_error(format!("{what} index out of range")));
    }
    Ok(j as usize)
}

/// The items a slice selects.
pub fn slice_items(ts: &ThreadState, items: &[ObjRef], s: &PySlice) -> PyResult<Vec<ObjRef>> {
    let ix = s.indices(ts, items.len())?;
    Ok((0..ix.len)
        .map(|i| items[(ix.start + i as isize * ix.step) as usize].clone())
        .collect())
}

fn getitem(ts: &ThreadState, o: &ObjRef, k: &ObjRef) -> PyResult<ObjRef> {
    let t = this(o);
    if let Some(s) = k.downcast::<PySlice>() {
        return Ok(ts.new_tuple(slice_items(ts, t.items(), s)?));
    }
    if k.typ().slots().index.is_none() {
        return Err(ts.type_error(format!(
            "tuple indices must be integers or slices, not {}",
            k.typ().name()
        )));
    }
    Ok(t.items()[seq_index(ts, k, t.len(), "tuple")?].clone())
}

fn contains(ts: &ThreadState, o: &ObjRef, k: &ObjRef) -> PyResult<bool> {
    for x in this(o).items() {
        if ab::eq(ts, x, k)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn new(ts: &ThreadState, ty: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    let args = crate::types::iterators::no_kwargs_unless_init(ts, "tuple", ty, args, kw)?;
    crate::args::check_positional(ts, "tuple", args.len(), 0, 1)?;
    let items = match args.first() {
        None => Vec::new(),
        Some(x) if x.is_exact(&ts.types.tuple) && ty.is(&ts.types.tuple) => return Ok(x.clone()),
        // A subclass of list or tuple is read through its own `__iter__`.
        Some(x)
            if (x.is_a::<PyTuple>() || x.is_a::<crate::types::list::PyList>())
                && !x.is_exact(&ts.types.tuple)
                && !x.is_exact(&ts.types.list) =>
        {
            ab::collect(ts, &ab::iter(ts, x)?)?
        }
        Some(x) => ab::collect(ts, x)?,
    };
    if ty.is(&ts.types.tuple) {
        return Ok(ts.new_tuple(items));
    }
    Ok(new_tuple_of_type(ts, ty, items))
}

/// A tuple whose type is `ty`, a subclass of `tuple` (struct sequences, `tuple.__new__`).
pub fn new_tuple_of_type(ts: &ThreadState, ty: &ObjRef, items: Vec<ObjRef>) -> ObjRef {
    alloc_object(
        ts,
        ty,
        PyTuple {
            items: items.into_boxed_slice(),
        },
    )
}

fn count(ts: &ThreadState, o: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    let mut n = 0;
    for y in this(o).items() {
        if ab::eq(ts, y, x)? {
            n += 1;
        }
    }
    Ok(ts.new_int(n))
}
fn index(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    crate::args::check_positional(ts, "index", a.len(), 1, 3)?;
    let items = this(o).items();
    let (start, stop) = crate::types::slice::index_bounds(ts, a, items.len())?;
    for (i, y) in items.iter().enumerate().take(stop).skip(start) {
        if ab::eq(ts, y, &a[0])? {
            return Ok(ts.new_int(i as i64));
        }
    }
    Err(ts.value_error("tuple.index(x): x not in tuple"))
}

fn traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    for x in this(o).items() {
        visit(x);
    }
}

pub struct PyTupleIter {
    /// `None` once exhausted (CPython drops `it_seq` then, freeing the tuple).
    t: crate::types::it_seq::ItSeq,
    pos: Cell<usize>,
}
impl PyTupleIter {
    /// The tuple's items, empty once exhausted.
    fn with<R>(&self, f: impl FnOnce(&[ObjRef]) -> R) -> R {
        match self.t.get().as_ref() {
            Some(t) => f(this(t).items()),
            None => f(&[]),
        }
    }
}
impl PyPayload for PyTupleIter {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.tuple_iterator
    }
}
fn iter(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(alloc_object(
        ts,
        &ts.types.tuple_iterator,
        PyTupleIter {
            t: crate::types::it_seq::ItSeq::new(o),
            pos: Cell::new(0),
        },
    ))
}
fn iter_next(_: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let it = o.downcast::<PyTupleIter>().expect("tuple_iterator");
    let p = it.pos.get();
    if let Some(x) = it.with(|items| items.get(p).cloned()) {
        it.pos.set(p + 1);
        return Ok(Some(x));
    }
    it.t.release();
    Ok(None)
}
/// `tuple_iterator.__reduce__`: `(iter, (tuple,), index)`, or `(iter, ((),))` once exhausted.
fn iter_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let it = o.downcast::<PyTupleIter>().expect("tuple_iterator");
    ir::reduce_seq(ts, "iter", || match it.t.get().as_ref() {
        Some(t) => (t.clone(), Some(it.pos.get() as i64)),
        None => (ts.new_tuple(Vec::new()), None),
    })
}
/// `tuple_iterator.__setstate__`: the index, clipped to the tuple.
fn iter_setstate(ts: &ThreadState, o: &ObjRef, state: &ObjRef) -> PyResult<ObjRef> {
    let it = o.downcast::<PyTupleIter>().expect("tuple_iterator");
    let i = ir::state_index(ts, state)?;
    let n = it.with(|items| items.len());
    it.pos.set((i.max(0) as usize).min(n));
    Ok(ts.none())
}
fn iter_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    o.downcast::<PyTupleIter>()
        .expect("tuple_iterator")
        .t
        .visit(visit);
}
fn self_iter(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(o.clone())
}
fn getnewargs(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_tuple(vec![ts.new_tuple_from(this(o).items())]))
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("count", Meth::O(count)),
    MethodDef::new("index", Meth::Fast(index)),
    MethodDef::new("__getnewargs__", Meth::NoArgs(getnewargs)),
];

const fn number_slots() -> [Option<BinaryFn>; nb::COUNT] {
    let mut n: [Option<BinaryFn>; nb::COUNT] = [None; nb::COUNT];
    n[nb::ADD] = Some(add);
    n[nb::MULTIPLY] = Some(mul);
    n
}

pub static SPEC: TypeSpec = TypeSpec {
    flags: flags::BASETYPE
        | flags::TUPLE_SUBCLASS
        | flags::HAVE_GC
        | flags::SEQUENCE
        | flags::SEQ_REPEAT,
    slots: Slots {
        repr: Some(repr),
        hash: Some(hash),
        richcompare: Some(richcompare),
        len: Some(len),
        getitem: Some(getitem),
        contains: Some(contains),
        iter: Some(iter),
        new: Some(new),
        traverse: Some(traverse),
        number: number_slots(),
        ..Slots::NONE
    },
    methods: &[METHODS],
    doc: "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\nIf iterable is specified the tuple is initialized from iterable's items.\n\nIf the argument is a tuple, the return value is the same object.",
    ..TypeSpec::new("tuple", PayloadInfo::of::<PyTuple>())
};

/// `tuple_iterator.__length_hint__`: the items not yet produced.
fn iter_length_hint(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let it = o.downcast::<PyTupleIter>().expect("tuple_iterator");
    let n = it.with(|items| items.len()).saturating_sub(it.pos.get());
    Ok(ts.new_int(n as i64))
}
static ITER_METHODS: &[MethodDef] = &[
    MethodDef::new("__length_hint__", Meth::NoArgs(iter_length_hint)),
    MethodDef::new("__reduce__", Meth::NoArgs(iter_reduce)),
    MethodDef::new("__setstate__", Meth::O(iter_setstate)),
];

pub static ITER_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: Slots {
        iter: Some(self_iter),
        iternext: Some(iter_next),
        traverse: Some(iter_traverse),
        ..Slots::NONE
    },
    methods: &[ITER_METHODS],
    ..TypeSpec::new("tuple_iterator", PayloadInfo::of::<PyTupleIter>())
};

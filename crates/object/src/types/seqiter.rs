//! `iterator`: the sequence-protocol iterator `iter()` makes for objects with `__getitem__`
//! but no `__iter__` (indexes from 0 until IndexError/StopIteration).

use std::cell::Cell;

use crate::abstract_ as ab;
use crate::error::PyResult;
use crate::header::{ObjRef, PyPayload, alloc_object};
use crate::thread::ThreadState;
use crate::typeobj::{Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags};
use crate::types::iter_reduce as ir;

pub struct PySeqIter {
    seq: crate::types::it_seq::ItSeq,
    pos: Cell<i64>,
}
impl PyPayload for PySeqIter {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.iterator
    }
}

pub fn new_seq_iter(ts: &ThreadState, seq: &ObjRef) -> PyResult<ObjRef> {
    Ok(alloc_object(
        ts,
        &ts.types.iterator,
        PySeqIter {
            seq: crate::types::it_seq::ItSeq::new(seq),
            pos: Cell::new(0),
        },
    ))
}

fn next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let it = o.downcast::<PySeqIter>().expect("iterator");
    let Some(seq) = it.seq.cloned() else {
        return Ok(None);
    };
    let i = it.pos.get();
    match ab::getitem(ts, &seq, &ts.new_int(i)) {
        Ok(v) => {
            it.pos.set(i + 1);
            Ok(Some(v))
        }
        Err(e) if e.matches(&ts.exc.index_error) || e.matches(&ts.exc.stop_iteration) => {
            it.seq.release();
            Ok(None)
        }
        Err(e) => Err(e),
    }
}
/// `iterator.__reduce__`: `(iter, (seq,), index)`, or `(iter, ((),))` once exhausted.
fn reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let it = o.downcast::<PySeqIter>().expect("iterator");
    ir::reduce_seq(ts, "iter", || match it.seq.cloned() {
        Some(s) => (s, Some(it.pos.get())),
        None => (ts.new_tuple(Vec::new()), None),
    })
}
/// `iterator.__setstate__`: the index (negative ones read as 0).
fn setstate(ts: &ThreadState, o: &ObjRef, state: &ObjRef) -> PyResult<ObjRef> {
    let it = o.downcast::<PySeqIter>().expect("iterator");
    let i = ir::state_index(ts, state)?;
    if it.seq.get().is_some() {
        it.pos.set(i.max(0));
    }
    Ok(ts.none())
}
static METHODS: &[MethodDef] = &[
    MethodDef::new("__reduce__", Meth::NoArgs(reduce)),
    MethodDef::new("__setstate__", Meth::O(setstate)),
];
fn self_iter(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(o.clone())
}
fn traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    o.downcast::<PySeqIter>()
        .expect("iterator")
        .seq
        .visit(visit);
}

pub static SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: Slots {
        iter: Some(self_iter),
        iternext: Some(next),
        traverse: Some(traverse),
        ..Slots::NONE
    },
    methods: &[METHODS],
    ..TypeSpec::new("iterator", PayloadInfo::of::<PySeqIter>())
};

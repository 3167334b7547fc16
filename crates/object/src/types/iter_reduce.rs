//! Pickling support shared by the built-in iterators (`__reduce__`/`__setstate__` as
//! CPython's `listiter_reduce_general`, `iter_reduce`, `rangeiter_reduce`...): the builtin a
//! reduce value names (`iter`, `reversed`), the `(callable, (seq,), index)` and exhausted
//! `(callable, (empty,))` shapes, and the index a `__setstate__` takes.

use crate::error::PyResult;
use crate::header::ObjRef;
use crate::thread::ThreadState;
use crate::types::dict::PyDict;
use crate::types::int::{PyInt, as_i64};

/// The builtin function `name` (`_PyEval_GetBuiltin`: a full dict lookup, which may run
/// Python code, so reduce functions call it before reading their iterator's state).
pub fn builtin(ts: &ThreadState, name: &str) -> PyResult<ObjRef> {
    let b = ts.builtins.borrow().clone();
    let found = match b.as_ref().and_then(|b| b.downcast::<PyDict>()) {
        Some(d) => d.get_item(ts, &ts.intern(name))?,
        None => None,
    };
    found.ok_or_else(|| ts.attribute_error(name))
}

/// `(builtins.<func>, (seq,), index)`, or `(builtins.<func>, (seq,))` when `index` is None;
/// `state` reads the iterator after the builtin is looked up.
pub fn reduce_seq(
    ts: &ThreadState,
    func: &str,
    state: impl FnOnce() -> (ObjRef, Option<i64>),
) -> PyResult<ObjRef> {
    let f = builtin(ts, func)?;
    let (seq, index) = state();
    let args = ts.new_tuple(vec![seq]);
    Ok(match index {
        Some(i) => ts.new_tuple(vec![f, args, ts.new_int(i)]),
        None => ts.new_tuple(vec![f, args]),
    })
}

/// `PyLong_AsSsize_t(state)`: the index a `__setstate__` receives.
pub fn state_index(ts: &ThreadState, state: &ObjRef) -> PyResult<i64> {
    if state.downcast::<PyInt>().is_none() {
        return Err(ts.type_error("an integer is required"));
    }
    as_i64(state).ok_or_else(|| ts.overflow_error("Python int too large to convert to C ssize_t"))
}

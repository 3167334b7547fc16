//! Pickling of the combinatoric iterators of `combinatoric.rs`, as CPython 3.11's
//! `itertoolsmodule.c` (`product_reduce`/`product_setstate`, `combinations_*`, `cwr_*`,
//! `permutations_*`): the reduce value rebuilds the iterator from its pool(s) and `r`, with the
//! current indices (and cycles) as the state once the first tuple was made; `__setstate__`
//! clamps every index into its pool.

use taipan_object::typeobj::{Meth, MethodDef};
use taipan_object::types::tuple::PyTuple;
use taipan_object::{ObjRef, PyResult, ThreadState};

use super::combinatoric::Combo;
use crate::modules::common::index_i64;

fn combo(o: &ObjRef) -> &Combo {
    o.downcast::<Combo>().expect("combinatoric iterator")
}
fn tuple_of(ts: &ThreadState, v: &[usize]) -> ObjRef {
    ts.new_tuple(v.iter().map(|&i| ts.new_int(i as i64)).collect())
}
fn invalid(ts: &ThreadState) -> taipan_object::PyErr {
    ts.value_error("invalid arguments")
}
/// The items of a state tuple of exactly `n` items.
fn state_items(ts: &ThreadState, state: &ObjRef, n: usize) -> PyResult<Vec<ObjRef>> {
    match state.downcast::<PyTuple>() {
        Some(t) if t.items().len() == n => Ok(t.items().to_vec()),
        _ => Err(invalid(ts)),
    }
}
/// Each index clamped to `lo..=hi(position)` (and to the pool, so nothing reads past it).
fn clamp_all(
    ts: &ThreadState,
    items: &[ObjRef],
    lo: i64,
    hi: impl Fn(usize) -> i64,
) -> PyResult<Vec<usize>> {
    let mut v = Vec::with_capacity(items.len());
    for (i, x) in items.iter().enumerate() {
        let k = index_i64(ts, x)?;
        v.push(k.min(hi(i)).max(lo).max(0) as usize);
    }
    Ok(v)
}

/// `(type, (pool, r))`, `(type, ((), r))` once exhausted, else with `extra` as the state.
fn reduce_one_pool(ts: &ThreadState, o: &ObjRef, extra: impl FnOnce() -> ObjRef) -> ObjRef {
    let c = combo(o);
    let r = ts.new_int(c.r as i64);
    let ty = o.class().clone();
    if !c.started.get() {
        let pool = ts.new_tuple(c.pools[0].clone());
        return ts.new_tuple(vec![ty, ts.new_tuple(vec![pool, r])]);
    }
    if c.stopped.get() {
        return ts.new_tuple(vec![ty, ts.new_tuple(vec![ts.new_tuple(Vec::new()), r])]);
    }
    let pool = ts.new_tuple(c.pools[0].clone());
    ts.new_tuple(vec![ty, ts.new_tuple(vec![pool, r]), extra()])
}

/// Takes the new indices (the iterator then goes on from the tuple they name).
fn set_indices(c: &Combo, idx: Vec<usize>) {
    let empty = c.pools.iter().any(|p| p.is_empty());
    *c.indices.borrow_mut() = idx;
    c.started.set(true);
    if empty {
        c.stopped.set(true);
    }
}

// ---- product ----

fn product_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let c = combo(o);
    let ty = o.class().clone();
    if c.stopped.get() && c.started.get() {
        let args = ts.new_tuple(vec![ts.new_tuple(Vec::new())]);
        return Ok(ts.new_tuple(vec![ty, args]));
    }
    let pools = ts.new_tuple(c.pools.iter().map(|p| ts.new_tuple(p.clone())).collect());
    if !c.started.get() {
        return Ok(ts.new_tuple(vec![ty, pools]));
    }
    let idx = tuple_of(ts, &c.indices.borrow());
    Ok(ts.new_tuple(vec![ty, pools, idx]))
}
fn product_setstate(ts: &ThreadState, o: &ObjRef, state: &ObjRef) -> PyResult<ObjRef> {
    let c = combo(o);
    let items = state_items(ts, state, c.pools.len())?;
    let idx = clamp_all(ts, &items, 0, |i| c.pools[i].len() as i64 - 1)?;
    set_indices(c, idx);
    Ok(ts.none())
}
pub static PRODUCT_METHODS: &[MethodDef] = &[
    MethodDef::new("__reduce__", Meth::NoArgs(product_reduce)),
    MethodDef::new("__setstate__", Meth::O(product_setstate)),
];

// ---- combinations ----

fn combinations_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let c = combo(o);
    Ok(reduce_one_pool(ts, o, || tuple_of(ts, &c.indices.borrow())))
}
fn combinations_setstate(ts: &ThreadState, o: &ObjRef, state: &ObjRef) -> PyResult<ObjRef> {
    let c = combo(o);
    let n = c.pools[0].len() as i64;
    let r = c.r as i64;
    let items = state_items(ts, state, c.r)?;
    let idx = clamp_all(ts, &items, 0, |i| (i as i64 + n - r).min(n - 1))?;
    set_indices(c, idx);
    Ok(ts.none())
}
pub static COMBINATIONS_METHODS: &[MethodDef] = &[
    MethodDef::new("__reduce__", Meth::NoArgs(combinations_reduce)),
    MethodDef::new("__setstate__", Meth::O(combinations_setstate)),
];

// ---- combinations_with_replacement ----

fn cwr_setstate(ts: &ThreadState, o: &ObjRef, state: &ObjRef) -> PyResult<ObjRef> {
    let c = combo(o);
    let n = c.pools[0].len() as i64;
    let items = state_items(ts, state, c.r)?;
    let idx = clamp_all(ts, &items, 0, |_| n - 1)?;
    set_indices(c, idx);
    Ok(ts.none())
}
pub static CWR_METHODS: &[MethodDef] = &[
    MethodDef::new("__reduce__", Meth::NoArgs(combinations_reduce)),
    MethodDef::new("__setstate__", Meth::O(cwr_setstate)),
];

// ---- permutations ----

fn permutations_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let c = combo(o);
    Ok(reduce_one_pool(ts, o, || {
        let idx = tuple_of(ts, &c.indices.borrow());
        let cycles = tuple_of(ts, &c.cycles.borrow());
        ts.new_tuple(vec![idx, cycles])
    }))
}
fn permutations_setstate(ts: &ThreadState, o: &ObjRef, state: &ObjRef) -> PyResult<ObjRef> {
    let c = combo(o);
    let n = c.pools[0].len();
    let parts = match state.downcast::<PyTuple>() {
        Some(t) if t.items().len() == 2 => t.items().to_vec(),
        _ => return Err(ts.type_error("state is not a tuple of indices and cycles")),
    };
    for p in &parts {
        if !p.is_a::<PyTuple>() {
            return Err(ts.type_error(format!("argument must be tuple, not {}", p.typ().name())));
        }
    }
    let indices = state_items(ts, &parts[0], n)?;
    let cycles = state_items(ts, &parts[1], c.r)?;
    if c.r > n {
        return Err(invalid(ts));
    }
    let idx = clamp_all(ts, &indices, 0, |_| n as i64 - 1)?;
    let mut cyc = Vec::with_capacity(cycles.len());
    for (i, x) in cycles.iter().enumerate() {
        let k = index_i64(ts, x)?;
        cyc.push(k.clamp(1, (n - i) as i64) as usize);
    }
    *c.cycles.borrow_mut() = cyc;
    set_indices(c, idx);
    Ok(ts.none())
}
pub static PERMUTATIONS_METHODS: &[MethodDef] = &[
    MethodDef::new("__reduce__", Meth::NoArgs(permutations_reduce)),
    MethodDef::new("__setstate__", Meth::O(permutations_setstate)),
];

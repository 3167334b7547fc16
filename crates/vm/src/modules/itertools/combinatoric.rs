//! The combinatoric iterators over index vectors, in CPython's order: `product`,
//! `permutations` (the cycles algorithm), `combinations` and
//! `combinations_with_replacement` (their pickling is `combo_pickle.rs`).

use std::cell::{Cell, RefCell};

use taipan_object::abstract_ as ab;
use taipan_object::args::{ArgSpec, parse};
use taipan_object::typeobj::{PayloadInfo, Slots, TypeSpec, flags};
use taipan_object::{ObjRef, PyPayload, PyResult, ThreadState, alloc_object};

use super::simple::spec;
use crate::modules::common::{index_i64, self_iter, split_kw};

/// The state all four share: the pool(s), the indices, and whether the first tuple was made.
pub struct Combo {
    /// `product`: one pool per position (repeats included); the others: one pool.
    pub(super) pools: Vec<Vec<ObjRef>>,
    pub(super) indices: RefCell<Vec<usize>>,
    /// `permutations` only.
    pub(super) cycles: RefCell<Vec<usize>>,
    pub(super) r: usize,
    pub(super) started: Cell<bool>,
    pub(super) stopped: Cell<bool>,
}
impl PyPayload for Combo {}

impl Combo {
    fn new(pools: Vec<Vec<ObjRef>>, indices: Vec<usize>, r: usize, stopped: bool) -> Combo {
        Combo {
            pools,
            indices: RefCell::new(indices),
            cycles: RefCell::new(Vec::new()),
            r,
            started: Cell::new(false),
            stopped: Cell::new(stopped),
        }
    }
    /// The tuple for the current indices (over one pool, or one pool per position).
    fn tuple(&self, ts: &ThreadState, prefix: usize) -> ObjRef {
        let idx = self.indices.borrow();
        let items = if self.pools.len() == 1 {
            idx[..prefix]
                .iter()
                .map(|&i| self.pools[0][i].clone())
                .collect()
        } else {
            idx.iter()
                .enumerate()
                .map(|(p, &i)| self.pools[p][i].clone())
                .collect()
        };
        ts.new_tuple(items)
    }
}

fn combo_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let c = o.downcast::<Combo>().expect("combinatoric iterator");
    for p in &c.pools {
        for v in p {
            visit(v);
        }
    }
}

fn get_r(ts: &ThreadState, r: &ObjRef) -> PyResult<i64> {
    let r = index_i64(ts, r)?;
    if r < 0 {
        return Err(ts.value_error("r must be non-negative"));
    }
    Ok(r)
}

// ---- product ----

fn product_new(
    ts: &ThreadState,
    cls: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let (pos, kws) = split_kw(args, kw);
    let mut repeat = 1i64;
    for (k, v) in kws {
        if k != "repeat" {
            return Err(ts.type_error(format!(
                "'{k}' is an invalid keyword argument for product()"
            )));
        }
        repeat = index_i64(ts, v)?;
        if repeat < 0 {
            return Err(ts.value_error("repeat argument cannot be negative"));
        }
    }
    let base = pos
        .iter()
        .map(|a| ab::collect(ts, a))
        .collect::<PyResult<Vec<_>>>()?;
    let mut pools: Vec<Vec<ObjRef>> = Vec::with_capacity(base.len() * repeat as usize);
    for _ in 0..repeat {
        pools.extend(base.iter().cloned());
    }
    let stopped = pools.iter().any(|p| p.is_empty());
    let n = pools.len();
    let c = Combo::new(pools, vec![0; n], n, stopped);
    Ok(alloc_object(ts, cls, c))
}

fn product_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let c = o.downcast::<Combo>().expect("product");
    if c.stopped.get() {
        // Started, for `__reduce__`: a product over an empty pool pickles its pools until
        // asked for a first tuple (CPython stops it then).
        c.started.set(true);
        return Ok(None);
    }
    if c.started.get() {
        let mut idx = c.indices.borrow_mut();
        if c.r == 0 {
            c.stopped.set(true);
            return Ok(None);
        }
        let mut i = c.r;
        loop {
            if i == 0 {
                c.stopped.set(true);
                return Ok(None);
            }
            i -= 1;
            idx[i] += 1;
            if idx[i] < c.pools[i].len() {
                break;
            }
            idx[i] = 0;
        }
    }
    c.started.set(true);
    let idx = c.indices.borrow();
    let items = idx
        .iter()
        .enumerate()
        .map(|(p, &i)| c.pools[p][i].clone())
        .collect();
    Ok(Some(ts.new_tuple(items)))
}

pub static PRODUCT_SPEC: TypeSpec = TypeSpec {
    methods: &[super::combo_pickle::PRODUCT_METHODS],
    ..spec!(
        "itertools.product",
        Combo,
        product_new,
        product_next,
        combo_traverse
    )
};

// ---- permutations ----

fn permutations_new(
    ts: &ThreadState,
    cls: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "permutations",
        names: &["iterable", "r"],
        required: 1,
        posonly: 0,
        kwonly: 2,
    };
    let [iterable, r] = parse::<2>(ts, &SPEC, args, kw)?;
    let pool = ab::collect(ts, &iterable.expect("required"))?;
    let n = pool.len();
    let r = match r.filter(|r| !ts.is_none(r)) {
        Some(r) => get_r(ts, &r)? as usize,
        None => n,
    };
    let c = Combo::new(vec![pool], (0..n).collect(), r, r > n);
    *c.cycles.borrow_mut() = (0..r.min(n)).map(|i| n - i).collect();
    Ok(alloc_object(ts, cls, c))
}

fn permutations_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let c = o.downcast::<Combo>().expect("permutations");
    if c.stopped.get() {
        return Ok(None);
    }
    if c.started.get() {
        let n = c.pools[0].len();
        if n == 0 {
            c.stopped.set(true);
            return Ok(None);
        }
        let mut idx = c.indices.borrow_mut();
        let mut cycles = c.cycles.borrow_mut();
        let mut i = c.r;
        loop {
            if i == 0 {
                c.stopped.set(true);
                return Ok(None);
            }
            i -= 1;
            cycles[i] -= 1;
            if cycles[i] == 0 {
                let first = idx[i];
                idx.copy_within(i + 1.., i);
                idx[n - 1] = first;
                cycles[i] = n - i;
            } else {
                let j = cycles[i];
                idx.swap(i, n - j);
                break;
            }
        }
    }
    c.started.set(true);
    Ok(Some(c.tuple(ts, c.r)))
}

pub static PERMUTATIONS_SPEC: TypeSpec = TypeSpec {
    methods: &[super::combo_pickle::PERMUTATIONS_METHODS],
    ..spec!(
        "itertools.permutations",
        Combo,
        permutations_new,
        permutations_next,
        combo_traverse
    )
};

// ---- combinations ----

fn combo_args(
    ts: &ThreadState,
    fname: &'static str,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<(Vec<ObjRef>, usize)> {
    let spec = ArgSpec {
        fname,
        names: &["iterable", "r"],
        required: 2,
        posonly: 0,
        kwonly: 2,
    };
    let [iterable, r] = parse::<2>(ts, &spec, args, kw)?;
    let pool = ab::collect(ts, &iterable.expect("required"))?;
    let r = get_r(ts, &r.expect("required"))? as usize;
    Ok((pool, r))
}

fn combinations_new(
    ts: &ThreadState,
    cls: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let (pool, r) = combo_args(ts, "combinations", args, kw)?;
    let n = pool.len();
    Ok(alloc_object(
        ts,
        cls,
        Combo::new(vec![pool], (0..r).collect(), r, r > n),
    ))
}

fn combinations_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let c = o.downcast::<Combo>().expect("combinations");
    if c.stopped.get() {
        return Ok(None);
    }
    if c.started.get() {
        let n = c.pools[0].len();
        let r = c.r;
        let mut idx = c.indices.borrow_mut();
        let mut i = r;
        loop {
            if i == 0 {
                c.stopped.set(true);
                return Ok(None);
            }
            i -= 1;
            if idx[i] != i + n - r {
                break;
            }
        }
        idx[i] += 1;
        for j in i + 1..r {
            idx[j] = idx[j - 1] + 1;
        }
    }
    c.started.set(true);
    Ok(Some(c.tuple(ts, c.r)))
}

pub static COMBINATIONS_SPEC: TypeSpec = TypeSpec {
    methods: &[super::combo_pickle::COMBINATIONS_METHODS],
    ..spec!(
        "itertools.combinations",
        Combo,
        combinations_new,
        combinations_next,
        combo_traverse
    )
};

// ---- combinations_with_replacement ----

fn cwr_new(
    ts: &ThreadState,
    cls: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let (pool, r) = combo_args(ts, "combinations_with_replacement", args, kw)?;
    let stop = pool.is_empty() && r > 0;
    Ok(alloc_object(
        ts,
        cls,
        Combo::new(vec![pool], vec![0; r], r, stop),
    ))
}

fn cwr_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let c = o
        .downcast::<Combo>()
        .expect("combinations_with_replacement");
    if c.stopped.get() {
        return Ok(None);
    }
    if c.started.get() {
        let n = c.pools[0].len();
        let mut idx = c.indices.borrow_mut();
        let mut i = c.r;
        loop {
            if i == 0 {
                c.stopped.set(true);
                return Ok(None);
            }
            i -= 1;
            if idx[i] != n - 1 {
                break;
            }
        }
        let v = idx[i] + 1;
        for x in idx[i..].iter_mut() {
            *x = v;
        }
    }
    c.started.set(true);
    Ok(Some(c.tuple(ts, c.r)))
}

pub static CWR_SPEC: TypeSpec = TypeSpec {
    methods: &[super::combo_pickle::CWR_METHODS],
    ..spec!(
        "itertools.combinations_with_replacement",
        Combo,
        cwr_new,
        cwr_next,
        combo_traverse
    )
};

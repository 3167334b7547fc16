//! The built-in iterator types that are also builtins: `enumerate`, `zip` (with `strict`),
//! `map`, `filter` and `reversed` (the sequence-protocol reverse iterator of
//! `Objects/enumobject.c`, used when the object has no `__reversed__`).

use std::cell::{Cell, RefCell};

use crate::abstract_ as ab;
use crate::args::kw_names;
use crate::error::PyResult;
use crate::header::{ObjRef, PyPayload, alloc_object};
use crate::thread::ThreadState;
use crate::typeobj::{Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags};

fn self_iter(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(o.clone())
}

/// Splits a vectorcall-shaped `new` call into its positional arguments and its
/// (name, value) keyword pairs.
fn split_kw<'a>(
    args: &'a [ObjRef],
    kw: Option<&'a ObjRef>,
) -> (&'a [ObjRef], Vec<(&'a ObjRef, &'a ObjRef)>) {
    let names = kw_names(kw);
    let npos = args.len() - names.len();
    (&args[..npos], names.iter().zip(&args[npos..]).collect())
}

/// CPython's `(type == T || type->tp_init == T->tp_init) && !_PyArg_NoKeywords(name, kw)`
/// of the iterator (and tuple, frozenset) constructors: keyword arguments are refused
/// ("name() takes no keyword arguments") unless `cls` is a subclass with an `__init__` of
/// its own; returns the positional arguments (a vectorcall's keyword values are the last).
pub fn no_kwargs_unless_init<'a>(
    ts: &ThreadState,
    name: &str,
    cls: &ObjRef,
    args: &'a [ObjRef],
    kw: Option<&'a ObjRef>,
) -> PyResult<&'a [ObjRef]> {
    no_kwargs_unless_overridden(ts, name, cls, "__init__", &ts.types.object, args, kw)
}

/// As [`no_kwargs_unless_init`] for the method `method` (`__init__` or `__new__`): keywords
/// are refused when `cls` finds the same `method` as `base` does.
pub fn no_kwargs_unless_overridden<'a>(
    ts: &ThreadState,
    name: &str,
    cls: &ObjRef,
    method: &str,
    base: &ObjRef,
    args: &'a [ObjRef],
    kw: Option<&'a ObjRef>,
) -> PyResult<&'a [ObjRef]> {
    let (pos, kws) = split_kw(args, kw);
    if kws.is_empty() {
        return Ok(pos);
    }
    let find = |t: &ObjRef| {
        t.downcast::<crate::PyType>()
            .and_then(|t| t.lookup_str(ts, method))
    };
    match (find(cls), find(base)) {
        (Some(a), Some(b)) if !a.is(&b) => Ok(pos),
        _ => {
            crate::args::no_kwargs(ts, name, kw)?;
            Ok(pos)
        }
    }
}

// ---- enumerate ----

pub struct PyEnumerate {
    it: ObjRef,
    count: Cell<i64>,
    /// The count once it no longer fits an i64 (a Python int).
    big: RefCell<Option<ObjRef>>,
}
impl PyPayload for PyEnumerate {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.enumerate
    }
}

fn enumerate_new(
    ts: &ThreadState,
    cls: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let (args, kws) = split_kw(args, kw);
    let mut iterable = args.first().cloned();
    let mut start = args.get(1).cloned();
    if args.len() > 2 {
        return Err(ts.type_error(format!(
            "enumerate() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    for (k, v) in kws {
        match ab::str_of(k) {
            "iterable" if iterable.is_none() => iterable = Some(v.clone()),
            "start" if start.is_none() => start = Some(v.clone()),
            "iterable" | "start" => {
                return Err(ts.type_error(format!(
                    "argument for enumerate() given by name ('{}') and position ({})",
                    ab::str_of(k),
                    if ab::str_of(k) == "iterable" { 1 } else { 2 }
                )));
            }
            other => {
                return Err(ts.type_error(format!(
                    "'{other}' is an invalid keyword argument for enumerate()"
                )));
            }
        }
    }
    let Some(iterable) = iterable else {
        return Err(ts.type_error("enumerate() missing required argument 'iterable'"));
    };
    let it = ab::iter(ts, &iterable)?;
    let (count, big) = match start {
        None => (0, None),
        Some(s) => {
            let i = ab::index(ts, &s)?;
            match crate::types::int::as_i64(&i) {
                Some(v) => (v, None),
                None => (0, Some(i)),
            }
        }
    };
    Ok(alloc_object(
        ts,
        cls,
        PyEnumerate {
            it,
            count: Cell::new(count),
            big: RefCell::new(big),
        },
    ))
}

fn enumerate_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let e = o.downcast::<PyEnumerate>().expect("enumerate");
    let Some(v) = ab::next(ts, &e.it)? else {
        return Ok(None);
    };
    let big = e.big.borrow().clone();
    let idx = match big {
        Some(b) => {
            let n = ab::binary_op(ts, &b, &ts.new_int(1), crate::typeobj::slots::nb::ADD)?;
            e.big.replace(Some(n));
            b
        }
        None => {
            let c = e.count.get();
            match c.checked_add(1) {
                Some(n) => e.count.set(n),
                None => {
                    let n = ab::binary_op(
                        ts,
                        &ts.new_int(c),
                        &ts.new_int(1),
                        crate::typeobj::slots::nb::ADD,
                    )?;
                    e.big.replace(Some(n));
                }
            }
            ts.new_int(c)
        }
    };
    Ok(Some(ts.new_tuple(vec![idx, v])))
}

fn enumerate_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let e = o.downcast::<PyEnumerate>().expect("enumerate");
    visit(&e.it);
    if let Some(b) = e.big.borrow().as_ref() {
        visit(b);
    }
}

/// `enumerate.__reduce__`: `(type, (iterator, count))`.
fn enumerate_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let e = o.downcast::<PyEnumerate>().expect("enumerate");
    let count = e
        .big
        .borrow()
        .clone()
        .unwrap_or_else(|| ts.new_int(e.count.get()));
    let args = ts.new_tuple(vec![e.it.clone(), count]);
    Ok(ts.new_tuple(vec![o.class().clone(), args]))
}
static ENUMERATE_METHODS: &[MethodDef] =
    &[MethodDef::new("__reduce__", Meth::NoArgs(enumerate_reduce))];

pub static ENUMERATE_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC | flags::BASETYPE,
    slots: Slots {
        new: Some(enumerate_new),
        iter: Some(self_iter),
        iternext: Some(enumerate_next),
        traverse: Some(enumerate_traverse),
        ..Slots::NONE
    },
    methods: &[ENUMERATE_METHODS],
    ..TypeSpec::new("enumerate", PayloadInfo::of::<PyEnumerate>())
};

// ---- zip ----

pub struct PyZip {
    its: Vec<ObjRef>,
    strict: Cell<bool>,
    done: Cell<bool>,
}
impl PyPayload for PyZip {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.zip
    }
}

fn zip_new(
    ts: &ThreadState,
    cls: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let (args, kws) = split_kw(args, kw);
    let mut strict = false;
    for (k, v) in kws {
        match ab::str_of(k) {
            "strict" => strict = ab::is_true(ts, v)?,
            other => {
                return Err(ts.type_error(format!(
                    "'{other}' is an invalid keyword argument for zip()"
                )));
            }
        }
    }
    let its = args
        .iter()
        .map(|a| ab::iter(ts, a))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(alloc_object(
        ts,
        cls,
        PyZip {
            its,
            strict: Cell::new(strict),
            done: Cell::new(false),
        },
    ))
}

fn zip_mismatch(ts: &ThreadState, i: usize, longer: bool) -> crate::PyErr {
    let plural = if i == 1 { " " } else { "s 1-" };
    let upto = if i == 1 { String::new() } else { i.to_string() };
    let which = if longer { "longer" } else { "shorter" };
    let first = if i == 1 { "1".to_string() } else { upto };
    ts.value_error(format!(
        "zip() argument {} is {which} than argument{plural}{first}",
        i + 1
    ))
}

fn zip_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let z = o.downcast::<PyZip>().expect("zip");
    if z.its.is_empty() || z.done.get() {
        return Ok(None);
    }
    let mut items = Vec::with_capacity(z.its.len());
    for (i, it) in z.its.iter().enumerate() {
        match ab::next(ts, it)? {
            Some(v) => items.push(v),
            None => {
                z.done.set(true);
                if z.strict.get() {
                    if i > 0 {
                        return Err(zip_mismatch(ts, i, false));
                    }
                    for (j, rest) in z.its.iter().enumerate().skip(1) {
                        if ab::next(ts, rest)?.is_some() {
                            return Err(zip_mismatch(ts, j, true));
                        }
                    }
                }
                return Ok(None);
            }
        }
    }
    Ok(Some(ts.new_tuple(items)))
}

fn zip_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    for it in &o.downcast::<PyZip>().expect("zip").its {
        visit(it);
    }
}

/// `zip.__reduce__`: `(type, iterators)`, plus the state `True` when strict.
fn zip_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let z = o.downcast::<PyZip>().expect("zip");
    let mut r = vec![o.class().clone(), ts.new_tuple_from(&z.its)];
    if z.strict.get() {
        r.push(ts.bool_obj(true));
    }
    Ok(ts.new_tuple(r))
}
/// `zip.__setstate__`: the strict flag.
fn zip_setstate(ts: &ThreadState, o: &ObjRef, state: &ObjRef) -> PyResult<ObjRef> {
    let strict = ab::is_true(ts, state)?;
    o.downcast::<PyZip>().expect("zip").strict.set(strict);
    Ok(ts.none())
}
static ZIP_METHODS: &[MethodDef] = &[
    MethodDef::new("__reduce__", Meth::NoArgs(zip_reduce)),
    MethodDef::new("__setstate__", Meth::O(zip_setstate)),
];

pub static ZIP_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC | flags::BASETYPE,
    slots: Slots {
        new: Some(zip_new),
        iter: Some(self_iter),
        iternext: Some(zip_next),
        traverse: Some(zip_traverse),
        ..Slots::NONE
    },
    methods: &[ZIP_METHODS],
    ..TypeSpec::new("zip", PayloadInfo::of::<PyZip>())
};

// ---- map ----

pub struct PyMap {
    func: ObjRef,
    its: Vec<ObjRef>,
}
impl PyPayload for PyMap {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.map
    }
}

fn map_new(
    ts: &ThreadState,
    cls: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let args = no_kwargs_unless_init(ts, "map", cls, args, kw)?;
    if args.len() < 2 {
        return Err(ts.type_error("map() must have at least two arguments."));
    }
    let its = args[1..]
        .iter()
        .map(|a| ab::iter(ts, a))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(alloc_object(
        ts,
        cls,
        PyMap {
            func: args[0].clone(),
            its,
        },
    ))
}

fn map_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let m = o.downcast::<PyMap>().expect("map");
    if let [it] = m.its.as_slice() {
        let Some(v) = ab::next(ts, it)? else {
            return Ok(None);
        };
        return ab::vectorcall(ts, &m.func, std::slice::from_ref(&v), None).map(Some);
    }
    let mut args = Vec::with_capacity(m.its.len());
    for it in &m.its {
        match ab::next(ts, it)? {
            Some(v) => args.push(v),
            None => return Ok(None),
        }
    }
    ab::vectorcall(ts, &m.func, &args, None).map(Some)
}

fn map_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let m = o.downcast::<PyMap>().expect("map");
    visit(&m.func);
    for it in &m.its {
        visit(it);
    }
}

/// `map.__reduce__`: `(type, (func, *iterators))`.
fn map_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let m = o.downcast::<PyMap>().expect("map");
    let mut args = vec![m.func.clone()];
    args.extend(m.its.iter().cloned());
    Ok(ts.new_tuple(vec![o.class().clone(), ts.new_tuple(args)]))
}
static MAP_METHODS: &[MethodDef] = &[MethodDef::new("__reduce__", Meth::NoArgs(map_reduce))];

pub static MAP_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC | flags::BASETYPE,
    slots: Slots {
        new: Some(map_new),
        iter: Some(self_iter),
        iternext: Some(map_next),
        traverse: Some(map_traverse),
        ..Slots::NONE
    },
    methods: &[MAP_METHODS],
    ..TypeSpec::new("map", PayloadInfo::of::<PyMap>())
};

// ---- filter ----

pub struct PyFilter {
    func: ObjRef,
    it: ObjRef,
}
impl PyPayload for PyFilter {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.filter
    }
}

fn filter_new(
    ts: &ThreadState,
    cls: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let args = no_kwargs_unless_init(ts, "filter", cls, args, kw)?;
    let [func, seq] = args else {
        return Err(ts.type_error(format!("filter expected 2 arguments, got {}", args.len())));
    };
    let it = ab::iter(ts, seq)?;
    Ok(alloc_object(
        ts,
        cls,
        PyFilter {
            func: func.clone(),
            it,
        },
    ))
}

fn filter_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let f = o.downcast::<PyFilter>().expect("filter");
    let plain = ts.is_none(&f.func) || f.func.is(&ts.types.bool_);
    while let Some(v) = ab::next(ts, &f.it)? {
        let keep = if plain {
            ab::is_true(ts, &v)?
        } else {
            let r = ab::vectorcall(ts, &f.func, std::slice::from_ref(&v), None)?;
            ab::is_true(ts, &r)?
        };
        if keep {
            return Ok(Some(v));
        }
    }
    Ok(None)
}

fn filter_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let f = o.downcast::<PyFilter>().expect("filter");
    visit(&f.func);
    visit(&f.it);
}

/// `filter.__reduce__`: `(type, (func, iterator))`.
fn filter_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let f = o.downcast::<PyFilter>().expect("filter");
    let args = ts.new_tuple(vec![f.func.clone(), f.it.clone()]);
    Ok(ts.new_tuple(vec![o.class().clone(), args]))
}
static FILTER_METHODS: &[MethodDef] = &[MethodDef::new("__reduce__", Meth::NoArgs(filter_reduce))];

pub static FILTER_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC | flags::BASETYPE,
    slots: Slots {
        new: Some(filter_new),
        iter: Some(self_iter),
        iternext: Some(filter_next),
        traverse: Some(filter_traverse),
        ..Slots::NONE
    },
    methods: &[FILTER_METHODS],
    ..TypeSpec::new("filter", PayloadInfo::of::<PyFilter>())
};

// ---- reversed ----

pub struct PyReversed {
    /// `None` once exhausted.
    seq: crate::types::it_seq::ItSeq,
    /// The next index to fetch (-1 when exhausted).
    index: Cell<i64>,
}
impl PyPayload for PyReversed {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.reversed
    }
}

fn reversed_new(
    ts: &ThreadState,
    cls: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let args = no_kwargs_unless_init(ts, "reversed", cls, args, kw)?;
    let [seq] = args else {
        return Err(ts.type_error(format!("reversed expected 1 argument, got {}", args.len())));
    };
    let ty = seq.typ();
    if let Some(f) = ty.lookup_str(ts, "__reversed__") {
        if ts.is_none(&f) {
            return Err(ts.type_error(format!("'{}' object is not reversible", ty.name())));
        }
        return ab::call_unbound(ts, &f, seq, &[]);
    }
    let is_mapping = seq.downcast::<crate::types::dict::PyDict>().is_some();
    if ty.slots().getitem.is_none() || is_mapping {
        return Err(ts.type_error(format!("'{}' object is not reversible", ty.name())));
    }
    let n = ab::len(ts, seq)?;
    Ok(alloc_object(
        ts,
        cls,
        PyReversed {
            seq: crate::types::it_seq::ItSeq::new(seq),
            index: Cell::new(n as i64 - 1),
        },
    ))
}

fn reversed_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let r = o.downcast::<PyReversed>().expect("reversed");
    let i = r.index.get();
    let Some(seq) = r.seq.cloned() else {
        return Ok(None);
    };
    if i < 0 {
        r.seq.release();
        return Ok(None);
    }
    match ab::getitem(ts, &seq, &ts.new_int(i)) {
        Ok(v) => {
            r.index.set(i - 1);
            Ok(Some(v))
        }
        Err(e) if e.matches(&ts.exc.index_error) || e.matches(&ts.exc.stop_iteration) => {
            r.index.set(-1);
            r.seq.release();
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

fn reversed_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let r = o.downcast::<PyReversed>().expect("reversed");
    r.seq.visit(visit);
}

/// `reversed.__length_hint__`: the items left, 0 once exhausted or when the sequence shrank.
fn reversed_length_hint(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let r = o.downcast::<PyReversed>().expect("reversed");
    let Some(seq) = r.seq.cloned() else {
        return Ok(ts.new_int(0));
    };
    let left = r.index.get() + 1;
    let n = ab::len(ts, &seq)? as i64;
    Ok(ts.new_int(if n < left { 0 } else { left }))
}
/// `reversed.__reduce__`: `(type, (seq,), index)`, or `(type, ((),))` once exhausted.
fn reversed_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let r = o.downcast::<PyReversed>().expect("reversed");
    let ty = o.class().clone();
    Ok(match r.seq.cloned() {
        Some(s) => ts.new_tuple(vec![ty, ts.new_tuple(vec![s]), ts.new_int(r.index.get())]),
        None => ts.new_tuple(vec![ty, ts.new_tuple(vec![ts.new_tuple(Vec::new())])]),
    })
}
/// `reversed.__setstate__`: the index, clipped to `-1..len`.
fn reversed_setstate(ts: &ThreadState, o: &ObjRef, state: &ObjRef) -> PyResult<ObjRef> {
    let r = o.downcast::<PyReversed>().expect("reversed");
    let i = crate::types::iter_reduce::state_index(ts, state)?;
    if let Some(seq) = r.seq.cloned() {
        let n = ab::len(ts, &seq)? as i64;
        r.index.set(i.clamp(-1, (n - 1).max(-1)));
    }
    Ok(ts.none())
}
static REVERSED_METHODS: &[MethodDef] = &[
    MethodDef::new("__length_hint__", Meth::NoArgs(reversed_length_hint)),
    MethodDef::new("__reduce__", Meth::NoArgs(reversed_reduce)),
    MethodDef::new("__setstate__", Meth::O(reversed_setstate)),
];

pub static REVERSED_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC | flags::BASETYPE,
    slots: Slots {
        new: Some(reversed_new),
        iter: Some(self_iter),
        iternext: Some(reversed_next),
        traverse: Some(reversed_traverse),
        ..Slots::NONE
    },
    methods: &[REVERSED_METHODS],
    ..TypeSpec::new("reversed", PayloadInfo::of::<PyReversed>())
};

// ---- callable_iterator ----

pub struct PyCallableIter {
    /// The callable and the sentinel; `None` once exhausted.
    state: RefCell<Option<(ObjRef, ObjRef)>>,
}
impl PyPayload for PyCallableIter {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.callable_iterator
    }
}

/// `iter(callable, sentinel)`.
pub fn new_callable_iter(ts: &ThreadState, f: &ObjRef, sentinel: &ObjRef) -> PyResult<ObjRef> {
    if f.typ().slots().call.is_none() {
        return Err(ts.type_error("iter(v, w): v must be callable"));
    }
    Ok(alloc_object(
        ts,
        &ts.types.callable_iterator,
        PyCallableIter {
            state: RefCell::new(Some((f.clone(), sentinel.clone()))),
        },
    ))
}

fn callable_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let c = o.downcast::<PyCallableIter>().expect("callable_iterator");
    let Some((f, sentinel)) = c.state.borrow().clone() else {
        return Ok(None);
    };
    let v = match ab::vectorcall(ts, &f, &[], None) {
        Ok(v) => v,
        Err(e) if e.matches(&ts.exc.stop_iteration) => {
            c.state.replace(None);
            return Ok(None);
        }
        Err(e) => return Err(e),
    };
    // Exhausted during the call (the callable reached the iterator again): done.
    if c.state.borrow().is_none() {
        return Ok(None);
    }
    if ab::eq(ts, &sentinel, &v)? {
        c.state.replace(None);
        return Ok(None);
    }
    Ok(Some(v))
}

fn callable_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let c = o.downcast::<PyCallableIter>().expect("callable_iterator");
    if let Some((f, s)) = c.state.borrow().as_ref() {
        visit(f);
        visit(s);
    }
}

/// `callable_iterator.__reduce__`: `(iter, (callable, sentinel))`, or `(iter, ((),))`.
fn callable_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let c = o.downcast::<PyCallableIter>().expect("callable_iterator");
    let f = crate::types::iter_reduce::builtin(ts, "iter")?;
    let args = match c.state.borrow().clone() {
        Some((callable, sentinel)) => ts.new_tuple(vec![callable, sentinel]),
        None => ts.new_tuple(vec![ts.new_tuple(Vec::new())]),
    };
    Ok(ts.new_tuple(vec![f, args]))
}
static CALLABLE_METHODS: &[MethodDef] =
    &[MethodDef::new("__reduce__", Meth::NoArgs(callable_reduce))];

pub static CALLABLE_ITER_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: Slots {
        iter: Some(self_iter),
        iternext: Some(callable_next),
        traverse: Some(callable_traverse),
        ..Slots::NONE
    },
    methods: &[CALLABLE_METHODS],
    ..TypeSpec::new("callable_iterator", PayloadInfo::of::<PyCallableIter>())
};

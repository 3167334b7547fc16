//! Pickling of the itertools objects of `simple.rs`: their `__reduce__` and `__setstate__`
//! as CPython 3.11's `itertoolsmodule.c` (`count_reduce`, `cycle_reduce`/`cycle_setstate`,
//! `accumulate_reduce`, `chain_setstate`, `islice_reduce`, ...). Each reduce value names
//! the object's type and the arguments and state that rebuild it where it stands.

use taipan_object::abstract_ as ab;
use taipan_object::typeobj::{Meth, MethodDef, TypeSpec};
use taipan_object::types::int::{PyInt, as_i64};
use taipan_object::types::list::PyList;
use taipan_object::types::tuple::PyTuple;
use taipan_object::{ObjRef, PyResult, ThreadState};

use crate::modules::common::type_of;

use super::simple::{
    self, Accumulate, Chain, Compress, Count, Cycle, FuncIter, Islice, Repeat, ZipLongest,
};

fn tup(ts: &ThreadState, items: Vec<ObjRef>) -> ObjRef {
    ts.new_tuple(items)
}
fn ty(o: &ObjRef) -> ObjRef {
    o.class().clone()
}
fn none_or(ts: &ThreadState, o: Option<ObjRef>) -> ObjRef {
    o.unwrap_or_else(|| ts.none())
}
fn itertool(ts: &ThreadState, spec: &'static TypeSpec) -> ObjRef {
    type_of(ts, spec)
}

fn count_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let c = o.downcast::<Count>().expect("count");
    if let Some(v) = c.fast.get() {
        return Ok(tup(ts, vec![ty(o), tup(ts, vec![ts.new_int(v)])]));
    }
    let cnt = c.cnt.borrow().clone();
    let args = if c.step.is_a::<PyInt>() && as_i64(&c.step) == Some(1) {
        vec![cnt]
    } else {
        vec![cnt, c.step.clone()]
    };
    Ok(tup(ts, vec![ty(o), tup(ts, args)]))
}
pub static COUNT_METHODS: &[MethodDef] =
    &[MethodDef::new("__reduce__", Meth::NoArgs(count_reduce))];

fn cycle_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let c = o.downcast::<Cycle>().expect("cycle");
    let saved = ts.new_list(c.saved.borrow().clone());
    if c.firstpass.get() {
        let state = tup(ts, vec![saved, ts.bool_obj(c.no_save.get())]);
        return Ok(tup(ts, vec![ty(o), tup(ts, vec![c.it.clone()]), state]));
    }
    let it = ab::iter(ts, &saved)?;
    if c.index.get() != 0 {
        let f = ab::getattr(ts, &it, &ts.intern("__setstate__"))?;
        ab::call(ts, &f, &[ts.new_int(c.index.get() as i64)])?;
    }
    let state = tup(ts, vec![saved, ts.bool_obj(true)]);
    Ok(tup(ts, vec![ty(o), tup(ts, vec![it]), state]))
}
fn cycle_setstate(ts: &ThreadState, o: &ObjRef, state: &ObjRef) -> PyResult<ObjRef> {
    let c = o.downcast::<Cycle>().expect("cycle");
    let Some(t) = state.downcast::<PyTuple>() else {
        return Err(ts.type_error("state is not a tuple"));
    };
    let [saved, first] = t.items() else {
        return Err(ts.type_error(format!(
            "function takes exactly 2 arguments ({} given)",
            t.items().len()
        )));
    };
    let Some(list) = saved.downcast::<PyList>() else {
        return Err(ts.type_error(format!(
            "argument 1 must be list, not {}",
            saved.typ().name()
        )));
    };
    let first = ab::index(ts, first)?;
    let items = list.to_vec();
    let old = std::mem::replace(&mut *c.saved.borrow_mut(), items);
    drop(old);
    c.no_save.set(as_i64(&first) != Some(0));
    c.index.set(0);
    Ok(ts.none())
}
pub static CYCLE_METHODS: &[MethodDef] = &[
    MethodDef::new("__reduce__", Meth::NoArgs(cycle_reduce)),
    MethodDef::new("__setstate__", Meth::O(cycle_setstate)),
];

fn repeat_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let r = o.downcast::<Repeat>().expect("repeat");
    let args = match r.cnt.get() {
        n if n < 0 => vec![r.element.clone()],
        n => vec![r.element.clone(), ts.new_int(n)],
    };
    Ok(tup(ts, vec![ty(o), tup(ts, args)]))
}
pub static REPEAT_METHODS: &[MethodDef] =
    &[MethodDef::new("__reduce__", Meth::NoArgs(repeat_reduce))];

fn accumulate_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let a = o.downcast::<Accumulate>().expect("accumulate");
    let func = none_or(ts, a.func.clone());
    let chain = itertool(ts, &simple::CHAIN_SPEC);
    if let Some(init) = a.initial.borrow().clone() {
        let it = ab::call(ts, &chain, &[tup(ts, vec![init]), a.it.clone()])?;
        return Ok(tup(ts, vec![ty(o), tup(ts, vec![it, func]), ts.none()]));
    }
    let total = a.total.borrow().clone();
    match total {
        Some(t) if ts.is_none(&t) => {
            // A running total of None cannot be a state (None means "no state").
            let it = ab::call(ts, &chain, &[tup(ts, vec![t]), a.it.clone()])?;
            let acc = ab::call(ts, &ty(o), &[it, func])?;
            let islice = itertool(ts, &simple::ISLICE_SPEC);
            let args = tup(ts, vec![acc, ts.new_int(1), ts.none()]);
            Ok(tup(ts, vec![islice, args]))
        }
        t => Ok(tup(
            ts,
            vec![ty(o), tup(ts, vec![a.it.clone(), func]), none_or(ts, t)],
        )),
    }
}
fn accumulate_setstate(ts: &ThreadState, o: &ObjRef, state: &ObjRef) -> PyResult<ObjRef> {
    let a = o.downcast::<Accumulate>().expect("accumulate");
    let old = a.total.replace(Some(state.clone()));
    drop(old);
    Ok(ts.none())
}
pub static ACCUMULATE_METHODS: &[MethodDef] = &[
    MethodDef::new("__reduce__", Meth::NoArgs(accumulate_reduce)),
    MethodDef::new("__setstate__", Meth::O(accumulate_setstate)),
];

fn chain_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let c = o.downcast::<Chain>().expect("chain");
    let source = c.source.borrow().clone();
    let active = c.active.borrow().clone();
    let empty = tup(ts, Vec::new());
    Ok(match (source, active) {
        (Some(s), Some(a)) => tup(ts, vec![ty(o), empty, tup(ts, vec![s, a])]),
        (Some(s), None) => tup(ts, vec![ty(o), empty, tup(ts, vec![s])]),
        (None, _) => tup(ts, vec![ty(o), empty]),
    })
}
fn chain_setstate(ts: &ThreadState, o: &ObjRef, state: &ObjRef) -> PyResult<ObjRef> {
    let c = o.downcast::<Chain>().expect("chain");
    let Some(t) = state.downcast::<PyTuple>() else {
        return Err(ts.type_error("state is not a tuple"));
    };
    let items = t.items();
    if items.is_empty() || items.len() > 2 {
        return Err(ts.type_error(format!(
            "function takes at least 1 argument ({} given)",
            items.len()
        )));
    }
    let is_iter = |x: &ObjRef| x.typ().slots().iternext.is_some();
    if !items.iter().all(is_iter) {
        return Err(ts.type_error("Arguments must be iterators."));
    }
    let old_s = c.source.replace(Some(items[0].clone()));
    let old_a = c.active.replace(items.get(1).cloned());
    drop((old_s, old_a));
    Ok(ts.none())
}
pub static CHAIN_METHODS: &[MethodDef] = &[
    MethodDef::new("__reduce__", Meth::NoArgs(chain_reduce)),
    MethodDef::new("__setstate__", Meth::O(chain_setstate)),
];

fn compress_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let c = o.downcast::<Compress>().expect("compress");
    let args = tup(ts, vec![c.data.clone(), c.selectors.clone()]);
    Ok(tup(ts, vec![ty(o), args]))
}
pub static COMPRESS_METHODS: &[MethodDef] =
    &[MethodDef::new("__reduce__", Meth::NoArgs(compress_reduce))];

/// dropwhile/takewhile: `(type, (func, it), flag)`.
fn flag_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let f = o.downcast::<FuncIter>().expect("function iterator");
    let args = tup(ts, vec![f.func.clone(), f.it.clone()]);
    Ok(tup(ts, vec![ty(o), args, ts.new_int(f.flag.get() as i64)]))
}
fn flag_setstate(ts: &ThreadState, o: &ObjRef, state: &ObjRef) -> PyResult<ObjRef> {
    let f = o.downcast::<FuncIter>().expect("function iterator");
    f.flag.set(ab::is_true(ts, state)?);
    Ok(ts.none())
}
pub static FLAG_METHODS: &[MethodDef] = &[
    MethodDef::new("__reduce__", Meth::NoArgs(flag_reduce)),
    MethodDef::new("__setstate__", Meth::O(flag_setstate)),
];
/// filterfalse/starmap: `(type, (func, it))`.
fn func_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let f = o.downcast::<FuncIter>().expect("function iterator");
    let args = tup(ts, vec![f.func.clone(), f.it.clone()]);
    Ok(tup(ts, vec![ty(o), args]))
}
pub static FUNC_METHODS: &[MethodDef] = &[MethodDef::new("__reduce__", Meth::NoArgs(func_reduce))];

fn islice_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let s = o.downcast::<Islice>().expect("islice");
    let Some(it) = s.it.borrow().clone() else {
        let empty = ab::iter(ts, &ts.new_list(Vec::new()))?;
        let args = tup(ts, vec![empty, ts.new_int(0)]);
        return Ok(tup(ts, vec![ty(o), args, ts.new_int(0)]));
    };
    let stop = if s.stop == -1 {
        ts.none()
    } else {
        ts.new_int(s.stop)
    };
    let args = tup(
        ts,
        vec![it, ts.new_int(s.next.get()), stop, ts.new_int(s.step)],
    );
    Ok(tup(ts, vec![ty(o), args, ts.new_int(s.cnt.get())]))
}
fn islice_setstate(ts: &ThreadState, o: &ObjRef, state: &ObjRef) -> PyResult<ObjRef> {
    let s = o.downcast::<Islice>().expect("islice");
    s.cnt
        .set(taipan_object::types::iter_reduce::state_index(ts, state)?);
    Ok(ts.none())
}
pub static ISLICE_METHODS: &[MethodDef] = &[
    MethodDef::new("__reduce__", Meth::NoArgs(islice_reduce)),
    MethodDef::new("__setstate__", Meth::O(islice_setstate)),
];

fn zip_longest_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let z = o.downcast::<ZipLongest>().expect("zip_longest");
    let its = z
        .its
        .borrow()
        .iter()
        .map(|i| i.clone().unwrap_or_else(|| tup(ts, Vec::new())))
        .collect();
    let fill = z.fill.borrow().clone();
    Ok(tup(ts, vec![ty(o), tup(ts, its), fill]))
}
fn zip_longest_setstate(ts: &ThreadState, o: &ObjRef, state: &ObjRef) -> PyResult<ObjRef> {
    let z = o.downcast::<ZipLongest>().expect("zip_longest");
    let old = z.fill.replace(state.clone());
    drop(old);
    Ok(ts.none())
}
pub static ZIP_LONGEST_METHODS: &[MethodDef] = &[
    MethodDef::new("__reduce__", Meth::NoArgs(zip_longest_reduce)),
    MethodDef::new("__setstate__", Meth::O(zip_longest_setstate)),
];

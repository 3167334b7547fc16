//! The one-input itertools (CPython's C code, same order of calls and messages): count,
//! cycle, repeat, accumulate, chain (with `from_iterable`), compress, dropwhile, takewhile,
//! filterfalse, starmap, pairwise, islice and zip_longest.

use std::cell::{Cell, RefCell};

use taipan_object::abstract_ as ab;
use taipan_object::args::{ArgSpec, check_positional, parse};
use taipan_object::typeobj::nb;
use taipan_object::typeobj::{Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags};
use taipan_object::types::float::PyFloat;
use taipan_object::types::int::{PyInt, as_i64};
use taipan_object::types::tuple::PyTuple;
use taipan_object::{ObjRef, PyPayload, PyResult, ThreadState, alloc_object};

use super::pickle;
use crate::modules::common::{self_iter, split_kw};
use taipan_object::types::iterators::no_kwargs_unless_init;

/// `_PyType_Name`: the type's name after its last dot.
pub(super) fn short_name(o: &ObjRef) -> &str {
    let n = o.typ().name();
    n.rsplit('.').next().unwrap_or(n)
}

fn visit_opt(c: &RefCell<Option<ObjRef>>, visit: &mut dyn FnMut(&ObjRef)) {
    if let Some(o) = c.borrow().as_ref() {
        visit(o);
    }
}

macro_rules! spec {
    ($name:literal, $payload:ty, $new:expr, $next:expr, $trav:expr $(, $field:ident : $val:expr)*) => {
        TypeSpec {
            flags: flags::HAVE_GC | flags::BASETYPE,
            slots: Slots {
                new: Some($new),
                iter: Some(self_iter),
                iternext: Some($next),
                traverse: Some($trav),
                $( $field: $val, )*
                ..Slots::NONE
            },
            ..TypeSpec::new($name, PayloadInfo::of::<$payload>())
        }
    };
}
pub(super) use spec;

// ---- count ----

pub struct Count {
    /// The count while it is a small int stepping by 1 (CPython's fast mode).
    pub(super) fast: Cell<Option<i64>>,
    pub(super) cnt: RefCell<ObjRef>,
    pub(super) step: ObjRef,
}
impl PyPayload for Count {}

fn is_number(o: &ObjRef) -> bool {
    let s = o.typ().slots();
    s.index.is_some() || s.float.is_some() || s.int.is_some() || o.typ().name() == "complex"
}

fn count_new(
    ts: &ThreadState,
    cls: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "count",
        names: &["start", "step"],
        required: 0,
        posonly: 0,
        kwonly: 2,
    };
    let [start, step] = parse::<2>(ts, &SPEC, args, kw)?;
    let start = start.unwrap_or_else(|| ts.new_int(0));
    let step = step.unwrap_or_else(|| ts.new_int(1));
    if !is_number(&start) || !is_number(&step) {
        return Err(ts.type_error("a number is required"));
    }
    let fast = match (as_i64(&start), as_i64(&step)) {
        (Some(v), Some(1)) if start.is_a::<PyInt>() && step.class().is(&ts.types.int) => Some(v),
        _ => None,
    };
    Ok(alloc_object(
        ts,
        cls,
        Count {
            fast: Cell::new(fast),
            cnt: RefCell::new(start),
            step,
        },
    ))
}

fn count_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let c = o.downcast::<Count>().expect("count");
    if let Some(v) = c.fast.get() {
        match v.checked_add(1) {
            Some(n) => c.fast.set(Some(n)),
            None => {
                c.fast.set(None);
                let r = ts.new_int(v);
                c.cnt.replace(ab::binary_op(ts, &r, &c.step, nb::ADD)?);
                return Ok(Some(r));
            }
        }
        return Ok(Some(ts.new_int(v)));
    }
    let cur = c.cnt.borrow().clone();
    let n = ab::binary_op(ts, &cur, &c.step, nb::ADD)?;
    c.cnt.replace(n);
    Ok(Some(cur))
}

fn count_repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let c = o.downcast::<Count>().expect("count");
    let name = short_name(o);
    if let Some(v) = c.fast.get() {
        return Ok(ts.new_string(format!("{name}({v})")));
    }
    let cnt = ab::repr_string(ts, &c.cnt.borrow().clone())?;
    if c.step.is_a::<PyInt>() && as_i64(&c.step) == Some(1) {
        return Ok(ts.new_string(format!("{name}({cnt})")));
    }
    let step = ab::repr_string(ts, &c.step)?;
    Ok(ts.new_string(format!("{name}({cnt}, {step})")))
}

fn count_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let c = o.downcast::<Count>().expect("count");
    visit(&c.cnt.borrow());
    visit(&c.step);
}

pub static COUNT_SPEC: TypeSpec = TypeSpec {
    methods: &[pickle::COUNT_METHODS],
    ..spec!("itertools.count", Count, count_new, count_next, count_traverse, repr: Some(count_repr))
};

// ---- cycle ----

pub struct Cycle {
    pub(super) it: ObjRef,
    pub(super) saved: RefCell<Vec<ObjRef>>,
    pub(super) index: Cell<usize>,
    pub(super) firstpass: Cell<bool>,
    /// CPython's `firstpass` (set by `__setstate__`): items of `it` are not saved again.
    pub(super) no_save: Cell<bool>,
}
impl PyPayload for Cycle {}

fn cycle_new(
    ts: &ThreadState,
    cls: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let args = no_kwargs_unless_init(ts, "cycle", cls, args, kw)?;
    check_positional(ts, "cycle", args.len(), 1, 1)?;
    let it = ab::iter(ts, &args[0])?;
    Ok(alloc_object(
        ts,
        cls,
        Cycle {
            it,
            saved: RefCell::new(Vec::new()),
            index: Cell::new(0),
            firstpass: Cell::new(true),
            no_save: Cell::new(false),
        },
    ))
}

fn cycle_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let c = o.downcast::<Cycle>().expect("cycle");
    if c.firstpass.get() {
        if let Some(v) = ab::next(ts, &c.it)? {
            if !c.no_save.get() {
                c.saved.borrow_mut().push(v.clone());
            }
            return Ok(Some(v));
        }
        c.firstpass.set(false);
    }
    let saved = c.saved.borrow();
    if saved.is_empty() {
        return Ok(None);
    }
    let i = c.index.get();
    let v = saved[i].clone();
    c.index.set(if i + 1 >= saved.len() { 0 } else { i + 1 });
    Ok(Some(v))
}

fn cycle_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let c = o.downcast::<Cycle>().expect("cycle");
    visit(&c.it);
    for v in c.saved.borrow().iter() {
        visit(v);
    }
}

pub static CYCLE_SPEC: TypeSpec = TypeSpec {
    methods: &[pickle::CYCLE_METHODS],
    ..spec!(
        "itertools.cycle",
        Cycle,
        cycle_new,
        cycle_next,
        cycle_traverse
    )
};

// ---- repeat ----

pub struct Repeat {
    pub(super) element: ObjRef,
    /// Remaining count; -1: forever.
    pub(super) cnt: Cell<i64>,
}
impl PyPayload for Repeat {}

fn repeat_new(
    ts: &ThreadState,
    cls: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "repeat",
        names: &["object", "times"],
        required: 1,
        posonly: 0,
        kwonly: 2,
    };
    let [element, times] = parse::<2>(ts, &SPEC, args, kw)?;
    let cnt = match times {
        None => -1,
        Some(t) => {
            if t.is_a::<PyFloat>() {
                return Err(ts.type_error("integer argument expected, got float"));
            }
            crate::modules::common::index_i64(ts, &t)?.max(0)
        }
    };
    Ok(alloc_object(
        ts,
        cls,
        Repeat {
            element: element.expect("required"),
            cnt: Cell::new(cnt),
        },
    ))
}

fn repeat_next(_: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let r = o.downcast::<Repeat>().expect("repeat");
    match r.cnt.get() {
        0 => Ok(None),
        -1 => Ok(Some(r.element.clone())),
        n => {
            r.cnt.set(n - 1);
            Ok(Some(r.element.clone()))
        }
    }
}

fn repeat_repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let r = o.downcast::<Repeat>().expect("repeat");
    let e = ab::repr_string(ts, &r.element)?;
    let name = short_name(o);
    Ok(ts.new_string(match r.cnt.get() {
        -1 => format!("{name}({e})"),
        n => format!("{name}({e}, {n})"),
    }))
}

fn repeat_len_hint(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let r = o.downcast::<Repeat>().expect("repeat");
    match r.cnt.get() {
        -1 => Err(ts.type_error("len() of unsized object")),
        n => Ok(ts.new_int(n)),
    }
}

fn repeat_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    visit(&o.downcast::<Repeat>().expect("repeat").element);
}

static REPEAT_METHODS: &[MethodDef] = &[MethodDef::new(
    "__length_hint__",
    Meth::NoArgs(repeat_len_hint),
)];

pub static REPEAT_SPEC: TypeSpec = TypeSpec {
    methods: &[REPEAT_METHODS, pickle::REPEAT_METHODS],
    ..spec!("itertools.repeat", Repeat, repeat_new, repeat_next, repeat_traverse, repr: Some(repeat_repr))
};

// ---- accumulate ----

pub struct Accumulate {
    pub(super) it: ObjRef,
    pub(super) func: Option<ObjRef>,
    pub(super) total: RefCell<Option<ObjRef>>,
    pub(super) initial: RefCell<Option<ObjRef>>,
}
impl PyPayload for Accumulate {}

fn accumulate_new(
    ts: &ThreadState,
    cls: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "accumulate",
        names: &["iterable", "func", "initial"],
        required: 1,
        posonly: 0,
        kwonly: 2,
    };
    let [iterable, func, initial] = parse::<3>(ts, &SPEC, args, kw)?;
    let it = ab::iter(ts, &iterable.expect("required"))?;
    let func = func.filter(|f| !ts.is_none(f));
    let initial = initial.filter(|f| !ts.is_none(f));
    Ok(alloc_object(
        ts,
        cls,
        Accumulate {
            it,
            func,
            total: RefCell::new(None),
            initial: RefCell::new(initial),
        },
    ))
}

fn accumulate_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let a = o.downcast::<Accumulate>().expect("accumulate");
    if let Some(init) = a.initial.take() {
        a.total.replace(Some(init.clone()));
        return Ok(Some(init));
    }
    let Some(val) = ab::next(ts, &a.it)? else {
        return Ok(None);
    };
    let total = a.total.borrow().clone();
    let new = match total {
        None => val,
        Some(t) => match &a.func {
            None => ab::binary_op(ts, &t, &val, nb::ADD)?,
            Some(f) => ab::call(ts, f, &[t, val])?,
        },
    };
    a.total.replace(Some(new.clone()));
    Ok(Some(new))
}

fn accumulate_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let a = o.downcast::<Accumulate>().expect("accumulate");
    visit(&a.it);
    if let Some(f) = &a.func {
        visit(f);
    }
    visit_opt(&a.total, visit);
    visit_opt(&a.initial, visit);
}

pub static ACCUMULATE_SPEC: TypeSpec = TypeSpec {
    methods: &[pickle::ACCUMULATE_METHODS],
    ..spec!(
        "itertools.accumulate",
        Accumulate,
        accumulate_new,
        accumulate_next,
        accumulate_traverse
    )
};

// ---- chain ----

pub struct Chain {
    pub(super) source: RefCell<Option<ObjRef>>,
    pub(super) active: RefCell<Option<ObjRef>>,
}
impl PyPayload for Chain {}

fn chain_new(
    ts: &ThreadState,
    cls: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let args = no_kwargs_unless_init(ts, "chain", cls, args, kw)?;
    let source = ab::iter(ts, &ts.new_tuple_from(args))?;
    Ok(alloc_object(
        ts,
        cls,
        Chain {
            source: RefCell::new(Some(source)),
            active: RefCell::new(None),
        },
    ))
}

fn chain_from_iterable(ts: &ThreadState, cls: &ObjRef, arg: &ObjRef) -> PyResult<ObjRef> {
    let source = ab::iter(ts, arg)?;
    Ok(alloc_object(
        ts,
        cls,
        Chain {
            source: RefCell::new(Some(source)),
            active: RefCell::new(None),
        },
    ))
}

fn chain_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let c = o.downcast::<Chain>().expect("chain");
    loop {
        let Some(source) = c.source.borrow().clone() else {
            return Ok(None);
        };
        let active = c.active.borrow().clone();
        let active = match active {
            Some(a) => a,
            None => {
                let Some(iterable) = ab::next(ts, &source).inspect_err(|_| {
                    c.source.replace(None);
                })?
                else {
                    c.source.replace(None);
                    return Ok(None);
                };
                let a = ab::iter(ts, &iterable).inspect_err(|_| {
                    c.source.replace(None);
                })?;
                c.active.replace(Some(a.clone()));
                a
            }
        };
        if let Some(v) = ab::next(ts, &active)? {
            return Ok(Some(v));
        }
        c.active.replace(None);
    }
}

fn chain_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let c = o.downcast::<Chain>().expect("chain");
    visit_opt(&c.source, visit);
    visit_opt(&c.active, visit);
}

fn class_getitem(ts: &ThreadState, cls: &ObjRef, arg: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_generic_alias(cls.clone(), arg.clone()))
}

static CHAIN_METHODS: &[MethodDef] = &[
    MethodDef::class("from_iterable", Meth::O(chain_from_iterable)),
    MethodDef::class("__class_getitem__", Meth::O(class_getitem)),
];

pub static CHAIN_SPEC: TypeSpec = TypeSpec {
    methods: &[CHAIN_METHODS, pickle::CHAIN_METHODS],
    ..spec!(
        "itertools.chain",
        Chain,
        chain_new,
        chain_next,
        chain_traverse
    )
};

// ---- compress ----

pub struct Compress {
    pub(super) data: ObjRef,
    pub(super) selectors: ObjRef,
}
impl PyPayload for Compress {}

fn compress_new(
    ts: &ThreadState,
    cls: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "compress",
        names: &["data", "selectors"],
        required: 2,
        posonly: 0,
        kwonly: 2,
    };
    let [data, selectors] = parse::<2>(ts, &SPEC, args, kw)?;
    let data = ab::iter(ts, &data.expect("required"))?;
    let selectors = ab::iter(ts, &selectors.expect("required"))?;
    Ok(alloc_object(ts, cls, Compress { data, selectors }))
}

fn compress_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let c = o.downcast::<Compress>().expect("compress");
    loop {
        let Some(d) = ab::next(ts, &c.data)? else {
            return Ok(None);
        };
        let Some(s) = ab::next(ts, &c.selectors)? else {
            return Ok(None);
        };
        if ab::is_true(ts, &s)? {
            return Ok(Some(d));
        }
    }
}

fn compress_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let c = o.downcast::<Compress>().expect("compress");
    visit(&c.data);
    visit(&c.selectors);
}

pub static COMPRESS_SPEC: TypeSpec = TypeSpec {
    methods: &[pickle::COMPRESS_METHODS],
    ..spec!(
        "itertools.compress",
        Compress,
        compress_new,
        compress_next,
        compress_traverse
    )
};

// ---- dropwhile, takewhile, filterfalse, starmap: a function over one iterator ----

pub struct FuncIter {
    pub(super) func: ObjRef,
    pub(super) it: ObjRef,
    /// dropwhile: done dropping; takewhile: stopped.
    pub(super) flag: Cell<bool>,
}
impl PyPayload for FuncIter {}

fn func_iter(
    ts: &ThreadState,
    name: &str,
    cls: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let args = no_kwargs_unless_init(ts, name, cls, args, kw)?;
    check_positional(ts, name, args.len(), 2, 2)?;
    let it = ab::iter(ts, &args[1])?;
    Ok(alloc_object(
        ts,
        cls,
        FuncIter {
            func: args[0].clone(),
            it,
            flag: Cell::new(false),
        },
    ))
}

fn func_iter_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let f = o.downcast::<FuncIter>().expect("function iterator");
    visit(&f.func);
    visit(&f.it);
}

fn dropwhile_new(
    ts: &ThreadState,
    cls: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    func_iter(ts, "dropwhile", cls, args, kw)
}
fn dropwhile_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let f = o.downcast::<FuncIter>().expect("dropwhile");
    loop {
        let Some(v) = ab::next(ts, &f.it)? else {
            return Ok(None);
        };
        if f.flag.get() {
            return Ok(Some(v));
        }
        let r = ab::call(ts, &f.func, std::slice::from_ref(&v))?;
        if !ab::is_true(ts, &r)? {
            f.flag.set(true);
            return Ok(Some(v));
        }
    }
}
pub static DROPWHILE_SPEC: TypeSpec = TypeSpec {
    methods: &[pickle::FLAG_METHODS],
    ..spec!(
        "itertools.dropwhile",
        FuncIter,
        dropwhile_new,
        dropwhile_next,
        func_iter_traverse
    )
};

fn takewhile_new(
    ts: &ThreadState,
    cls: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    func_iter(ts, "takewhile", cls, args, kw)
}
fn takewhile_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let f = o.downcast::<FuncIter>().expect("takewhile");
    if f.flag.get() {
        return Ok(None);
    }
    let Some(v) = ab::next(ts, &f.it)? else {
        return Ok(None);
    };
    let r = ab::call(ts, &f.func, std::slice::from_ref(&v))?;
    if ab::is_true(ts, &r)? {
        return Ok(Some(v));
    }
    f.flag.set(true);
    Ok(None)
}
pub static TAKEWHILE_SPEC: TypeSpec = TypeSpec {
    methods: &[pickle::FLAG_METHODS],
    ..spec!(
        "itertools.takewhile",
        FuncIter,
        takewhile_new,
        takewhile_next,
        func_iter_traverse
    )
};

fn filterfalse_new(
    ts: &ThreadState,
    cls: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    func_iter(ts, "filterfalse", cls, args, kw)
}
fn filterfalse_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let f = o.downcast::<FuncIter>().expect("filterfalse");
    loop {
        let Some(v) = ab::next(ts, &f.it)? else {
            return Ok(None);
        };
        let ok = if ts.is_none(&f.func) || f.func.is(&ts.types.bool_) {
            ab::is_true(ts, &v)?
        } else {
            let r = ab::call(ts, &f.func, std::slice::from_ref(&v))?;
            ab::is_true(ts, &r)?
        };
        if !ok {
            return Ok(Some(v));
        }
    }
}
pub static FILTERFALSE_SPEC: TypeSpec = TypeSpec {
    methods: &[pickle::FUNC_METHODS],
    ..spec!(
        "itertools.filterfalse",
        FuncIter,
        filterfalse_new,
        filterfalse_next,
        func_iter_traverse
    )
};

fn starmap_new(
    ts: &ThreadState,
    cls: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    func_iter(ts, "starmap", cls, args, kw)
}
fn starmap_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let f = o.downcast::<FuncIter>().expect("starmap");
    let Some(v) = ab::next(ts, &f.it)? else {
        return Ok(None);
    };
    if let Some(t) = v.downcast::<PyTuple>() {
        return ab::call(ts, &f.func, t.items()).map(Some);
    }
    let items = ab::collect(ts, &v)?;
    ab::call(ts, &f.func, &items).map(Some)
}
pub static STARMAP_SPEC: TypeSpec = TypeSpec {
    methods: &[pickle::FUNC_METHODS],
    ..spec!(
        "itertools.starmap",
        FuncIter,
        starmap_new,
        starmap_next,
        func_iter_traverse
    )
};

// ---- pairwise ----

pub struct Pairwise {
    it: RefCell<Option<ObjRef>>,
    old: RefCell<Option<ObjRef>>,
}
impl PyPayload for Pairwise {}

fn pairwise_new(
    ts: &ThreadState,
    cls: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let args = no_kwargs_unless_init(ts, "pairwise", cls, args, kw)?;
    check_positional(ts, "pairwise", args.len(), 1, 1)?;
    let it = ab::iter(ts, &args[0])?;
    Ok(alloc_object(
        ts,
        cls,
        Pairwise {
            it: RefCell::new(Some(it)),
            old: RefCell::new(None),
        },
    ))
}

fn pairwise_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let p = o.downcast::<Pairwise>().expect("pairwise");
    let Some(it) = p.it.borrow().clone() else {
        return Ok(None);
    };
    let old = p.old.borrow().clone();
    let old = match old {
        Some(o) => o,
        None => match ab::next(ts, &it)? {
            Some(v) => {
                p.old.replace(Some(v.clone()));
                v
            }
            None => {
                p.it.replace(None);
                return Ok(None);
            }
        },
    };
    let Some(new) = ab::next(ts, &it)? else {
        p.it.replace(None);
        p.old.replace(None);
        return Ok(None);
    };
    p.old.replace(Some(new.clone()));
    Ok(Some(ts.new_tuple(vec![old, new])))
}

fn pairwise_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let p = o.downcast::<Pairwise>().expect("pairwise");
    visit_opt(&p.it, visit);
    visit_opt(&p.old, visit);
}

pub static PAIRWISE_SPEC: TypeSpec = spec!(
    "itertools.pairwise",
    Pairwise,
    pairwise_new,
    pairwise_next,
    pairwise_traverse
);

// ---- islice ----

pub struct Islice {
    pub(super) it: RefCell<Option<ObjRef>>,
    pub(super) next: Cell<i64>,
    /// -1: no stop.
    pub(super) stop: i64,
    pub(super) step: i64,
    pub(super) cnt: Cell<i64>,
}
impl PyPayload for Islice {}

/// `PyNumber_AsSsize_t(o, NULL)`: clamped to the i64 range; `None` when `o` is no index.
fn as_ssize_clamped(ts: &ThreadState, o: &ObjRef) -> Option<i64> {
    let i = ab::index(ts, o).ok()?;
    match as_i64(&i) {
        Some(v) => Some(v),
        None => Some(if ab::lt(ts, &i, &ts.new_int(0)).unwrap_or(false) {
            i64::MIN
        } else {
            i64::MAX
        }),
    }
}

fn islice_new(
    ts: &ThreadState,
    cls: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let args = no_kwargs_unless_init(ts, "islice", cls, args, kw)?;
    check_positional(ts, "islice", args.len(), 2, 4)?;
    const STOP: &str =
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let (mut start, mut stop, mut step) = (0i64, -1i64, 1i64);
    if args.len() == 2 {
        if !ts.is_none(&args[1]) {
            stop = as_ssize_clamped(ts, &args[1])
                .filter(|&v| v != -1)
                .ok_or_else(|| ts.value_error(STOP))?;
        }
    } else {
        if !ts.is_none(&args[1]) {
            start = as_ssize_clamped(ts, &args[1]).unwrap_or(-1);
        }
        if !ts.is_none(&args[2]) {
            stop = as_ssize_clamped(ts, &args[2])
                .filter(|&v| v != -1)
                .ok_or_else(|| ts.value_error(STOP))?;
        }
    }
    if start < 0 || stop < -1 {
        return Err(ts.value_error(
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
        ));
    }
    if let Some(s) = args.get(3) {
        if !ts.is_none(s) {
            step = as_ssize_clamped(ts, s).unwrap_or(-1);
        }
        if step < 1 {
            return Err(ts.value_error("Step for islice() must be a positive integer or None."));
        }
    }
    let it = ab::iter(ts, &args[0])?;
    Ok(alloc_object(
        ts,
        cls,
        Islice {
            it: RefCell::new(Some(it)),
            next: Cell::new(start),
            stop,
            step,
            cnt: Cell::new(0),
        },
    ))
}

fn islice_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let s = o.downcast::<Islice>().expect("islice");
    let Some(it) = s.it.borrow().clone() else {
        return Ok(None);
    };
    let empty = || {
        s.it.replace(None);
        Ok(None)
    };
    while s.cnt.get() < s.next.get() {
        if ab::next(ts, &it)?.is_none() {
            return empty();
        }
        s.cnt.set(s.cnt.get() + 1);
    }
    if s.stop != -1 && s.cnt.get() >= s.stop {
        return empty();
    }
    let Some(v) = ab::next(ts, &it)? else {
        return empty();
    };
    s.cnt.set(s.cnt.get() + 1);
    let old = s.next.get();
    let mut n = old.wrapping_add(s.step);
    if n < old || (s.stop != -1 && n > s.stop) {
        n = s.stop;
    }
    s.next.set(n);
    Ok(Some(v))
}

fn islice_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    visit_opt(&o.downcast::<Islice>().expect("islice").it, visit);
}

pub static ISLICE_SPEC: TypeSpec = TypeSpec {
    methods: &[pickle::ISLICE_METHODS],
    ..spec!(
        "itertools.islice",
        Islice,
        islice_new,
        islice_next,
        islice_traverse
    )
};

// ---- zip_longest ----

pub struct ZipLongest {
    pub(super) its: RefCell<Vec<Option<ObjRef>>>,
    pub(super) active: Cell<usize>,
    pub(super) fill: RefCell<ObjRef>,
}
impl PyPayload for ZipLongest {}

fn zip_longest_new(
    ts: &ThreadState,
    cls: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let (pos, kws) = split_kw(args, kw);
    let mut fill = ts.none();
    for (k, v) in kws {
        if k == "fillvalue" {
            fill = v.clone();
        } else {
            return Err(ts.type_error("zip_longest() got an unexpected keyword argument"));
        }
    }
    let its = pos
        .iter()
        .map(|a| ab::iter(ts, a).map(Some))
        .collect::<PyResult<Vec<_>>>()?;
    let n = its.len();
    Ok(alloc_object(
        ts,
        cls,
        ZipLongest {
            its: RefCell::new(its),
            active: Cell::new(n),
            fill: RefCell::new(fill),
        },
    ))
}

fn zip_longest_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let z = o.downcast::<ZipLongest>().expect("zip_longest");
    let n = z.its.borrow().len();
    if n == 0 || z.active.get() == 0 {
        return Ok(None);
    }
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let it = z.its.borrow()[i].clone();
        let item = match it {
            None => z.fill.borrow().clone(),
            Some(it) => match ab::next(ts, &it) {
                Ok(Some(v)) => v,
                Ok(None) => {
                    z.active.set(z.active.get() - 1);
                    if z.active.get() == 0 {
                        return Ok(None);
                    }
                    let old = z.its.borrow_mut()[i].take();
                    drop(old);
                    z.fill.borrow().clone()
                }
                Err(e) => {
                    z.active.set(0);
                    return Err(e);
                }
            },
        };
        out.push(item);
    }
    Ok(Some(ts.new_tuple(out)))
}

fn zip_longest_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let z = o.downcast::<ZipLongest>().expect("zip_longest");
    for it in z.its.borrow().iter().flatten() {
        visit(it);
    }
    visit(&z.fill.borrow());
}

pub static ZIP_LONGEST_SPEC: TypeSpec = TypeSpec {
    methods: &[pickle::ZIP_LONGEST_METHODS],
    ..spec!(
        "itertools.zip_longest",
        ZipLongest,
        zip_longest_new,
        zip_longest_next,
        zip_longest_traverse
    )
};

//! `groupby` and its `_grouper` sub-iterators (a grouper stays valid only while it is its
//! parent's current group, as in CPython), and `tee` with its `_tee` iterators, which share
//! a linked list of 57-value blocks filled from the one source iterator.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use taipan_object::abstract_ as ab;
use taipan_object::args::{ArgSpec, parse};
use taipan_object::typeobj::{Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags};
use taipan_object::{ObjRef, PyPayload, PyResult, ThreadState, alloc_object};

use super::simple::spec;
use crate::modules::common::{self_iter, type_of};

// ---- groupby ----

pub struct GroupBy {
    it: ObjRef,
    keyfunc: Option<ObjRef>,
    tgtkey: RefCell<Option<ObjRef>>,
    currkey: RefCell<Option<ObjRef>>,
    currvalue: RefCell<Option<ObjRef>>,
    /// Which grouper is current (CPython keeps a borrowed pointer to it).
    current: Cell<u64>,
}
impl PyPayload for GroupBy {}

pub struct Grouper {
    parent: ObjRef,
    tgtkey: ObjRef,
    id: u64,
}
impl PyPayload for Grouper {}

fn groupby_new(
    ts: &ThreadState,
    cls: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "groupby",
        names: &["iterable", "key"],
        required: 1,
        posonly: 0,
        kwonly: 2,
    };
    let [iterable, key] = parse::<2>(ts, &SPEC, args, kw)?;
    let it = ab::iter(ts, &iterable.expect("required"))?;
    Ok(alloc_object(
        ts,
        cls,
        GroupBy {
            it,
            keyfunc: key.filter(|k| !ts.is_none(k)),
            tgtkey: RefCell::new(None),
            currkey: RefCell::new(None),
            currvalue: RefCell::new(None),
            current: Cell::new(0),
        },
    ))
}

/// Advances the source: `Ok(false)` at its end.
fn groupby_step(ts: &ThreadState, g: &GroupBy) -> PyResult<bool> {
    let Some(v) = ab::next(ts, &g.it)? else {
        return Ok(false);
    };
    let k = match &g.keyfunc {
        None => v.clone(),
        Some(f) => ab::call(ts, f, std::slice::from_ref(&v))?,
    };
    g.currvalue.replace(Some(v));
    g.currkey.replace(Some(k));
    Ok(true)
}

fn groupby_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let g = o.downcast::<GroupBy>().expect("groupby");
    g.current.set(0);
    loop {
        let cur = g.currkey.borrow().clone();
        if let Some(cur) = cur {
            let tgt = g.tgtkey.borrow().clone();
            match tgt {
                None => break,
                Some(t) => {
                    if !ab::rich_compare_bool(ts, &t, &cur, taipan_object::CompareOp::Eq)? {
                        break;
                    }
                }
            }
        }
        if !groupby_step(ts, g)? {
            return Ok(None);
        }
    }
    let key = g.currkey.borrow().clone().expect("current key");
    g.tgtkey.replace(Some(key.clone()));
    let grouper = new_grouper(ts, o, g, key.clone());
    Ok(Some(ts.new_tuple(vec![key, grouper])))
}

thread_local! {
    static NEXT_GROUPER: Cell<u64> = const { Cell::new(1) };
}

fn groupby_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let g = o.downcast::<GroupBy>().expect("groupby");
    visit(&g.it);
    if let Some(k) = &g.keyfunc {
        visit(k);
    }
    for c in [&g.tgtkey, &g.currkey, &g.currvalue] {
        if let Some(v) = c.borrow().as_ref() {
            visit(v);
        }
    }
}

/// `groupby.__reduce__`: `(type, (it, key), (currkey, currvalue, tgtkey))`, the state only
/// while all three are set (CPython 3.11's `groupby_reduce`).
fn groupby_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let g = o.downcast::<GroupBy>().expect("groupby");
    let key = g.keyfunc.clone().unwrap_or_else(|| ts.none());
    let args = ts.new_tuple(vec![g.it.clone(), key]);
    let (t, k, v) = (
        g.tgtkey.borrow().clone(),
        g.currkey.borrow().clone(),
        g.currvalue.borrow().clone(),
    );
    if let (Some(t), Some(k), Some(v)) = (t, k, v) {
        let state = ts.new_tuple(vec![k, v, t]);
        return Ok(ts.new_tuple(vec![o.class().clone(), args, state]));
    }
    Ok(ts.new_tuple(vec![o.class().clone(), args]))
}
/// `groupby.__setstate__((currkey, currvalue, tgtkey))`.
fn groupby_setstate(ts: &ThreadState, o: &ObjRef, state: &ObjRef) -> PyResult<ObjRef> {
    let g = o.downcast::<GroupBy>().expect("groupby");
    let items = match state.downcast::<taipan_object::types::tuple::PyTuple>() {
        Some(t) if t.items().len() == 3 => t.items().to_vec(),
        _ => return Err(ts.type_error("state is not a 3-tuple")),
    };
    g.currkey.replace(Some(items[0].clone()));
    g.currvalue.replace(Some(items[1].clone()));
    g.tgtkey.replace(Some(items[2].clone()));
    Ok(ts.none())
}
static GROUPBY_METHODS: &[MethodDef] = &[
    MethodDef::new("__reduce__", Meth::NoArgs(groupby_reduce)),
    MethodDef::new("__setstate__", Meth::O(groupby_setstate)),
];

pub static GROUPBY_SPEC: TypeSpec = TypeSpec {
    methods: &[GROUPBY_METHODS],
    ..spec!(
        "itertools.groupby",
        GroupBy,
        groupby_new,
        groupby_next,
        groupby_traverse
    )
};

/// A new group of `parent` for `tgtkey`, made its current one.
fn new_grouper(ts: &ThreadState, parent: &ObjRef, g: &GroupBy, tgtkey: ObjRef) -> ObjRef {
    let id = NEXT_GROUPER.get();
    NEXT_GROUPER.set(id + 1);
    g.current.set(id);
    alloc_object(
        ts,
        &type_of(ts, &GROUPER_SPEC),
        Grouper {
            parent: parent.clone(),
            tgtkey,
            id,
        },
    )
}

fn grouper_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let gr = o.downcast::<Grouper>().expect("_grouper");
    let g = gr.parent.downcast::<GroupBy>().expect("groupby");
    if g.current.get() != gr.id {
        return Ok(None);
    }
    if g.currvalue.borrow().is_none() && !groupby_step(ts, g)? {
        return Ok(None);
    }
    let cur = g.currkey.borrow().clone().expect("current key");
    if !ab::rich_compare_bool(ts, &gr.tgtkey, &cur, taipan_object::CompareOp::Eq)? {
        return Ok(None);
    }
    Ok(g.currvalue.take())
}

fn grouper_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let gr = o.downcast::<Grouper>().expect("_grouper");
    visit(&gr.parent);
    visit(&gr.tgtkey);
}

/// `_grouper(parent, tgtkey)` (what unpickling calls): a group of a groupby, made current.
fn grouper_new(
    ts: &ThreadState,
    _: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    taipan_object::args::no_kwargs(ts, "_grouper", kw)?;
    taipan_object::args::check_positional(ts, "_grouper", args.len(), 2, 2)?;
    let parent = &args[0];
    let Some(g) = parent
        .downcast::<GroupBy>()
        .filter(|_| parent.class().is(&type_of(ts, &GROUPBY_SPEC)))
    else {
        return Err(ts.type_error(format!(
            "_grouper() argument 1 must be itertools.groupby, not {}",
            parent.typ().name()
        )));
    };
    Ok(new_grouper(ts, parent, g, args[1].clone()))
}

/// `_grouper.__reduce__`: `(_grouper, (parent, tgtkey))` while it is the current group,
/// else `(iter, ((),))`.
fn grouper_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let gr = o.downcast::<Grouper>().expect("_grouper");
    let g = gr.parent.downcast::<GroupBy>().expect("groupby");
    if g.current.get() != gr.id {
        let f = taipan_object::types::iter_reduce::builtin(ts, "iter")?;
        let empty = ts.new_tuple(vec![ts.new_tuple(Vec::new())]);
        return Ok(ts.new_tuple(vec![f, empty]));
    }
    let args = ts.new_tuple(vec![gr.parent.clone(), gr.tgtkey.clone()]);
    Ok(ts.new_tuple(vec![o.class().clone(), args]))
}
static GROUPER_METHODS: &[MethodDef] =
    &[MethodDef::new("__reduce__", Meth::NoArgs(grouper_reduce))];

pub static GROUPER_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: Slots {
        new: Some(grouper_new),
        iter: Some(self_iter),
        iternext: Some(grouper_next),
        traverse: Some(grouper_traverse),
        ..Slots::NONE
    },
    methods: &[GROUPER_METHODS],
    ..TypeSpec::new("itertools._grouper", PayloadInfo::of::<Grouper>())
};

// ---- tee ----

const LINKCELLS: usize = 57;

/// One block of values read from the source, and the next block once this one is full.
struct Node {
    values: RefCell<Vec<ObjRef>>,
    next: RefCell<Option<Rc<Node>>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        // Unlink iteratively: a long chain would otherwise recurse once per block.
        let mut next = self.next.take();
        while let Some(n) = next {
            match Rc::try_unwrap(n) {
                Ok(node) => next = node.next.take(),
                Err(_) => break,
            }
        }
    }
}

struct Source {
    it: ObjRef,
    running: Cell<bool>,
}

pub struct Tee {
    src: Rc<Source>,
    node: RefCell<Rc<Node>>,
    index: Cell<usize>,
}
impl PyPayload for Tee {}

fn new_node() -> Rc<Node> {
    Rc::new(Node {
        values: RefCell::new(Vec::with_capacity(LINKCELLS)),
        next: RefCell::new(None),
    })
}

fn tee_from_iterable(ts: &ThreadState, cls: &ObjRef, iterable: &ObjRef) -> PyResult<ObjRef> {
    let it = ab::iter(ts, iterable)?;
    if let Some(t) = it.downcast::<Tee>() {
        return Ok(tee_copy_of(ts, t));
    }
    Ok(alloc_object(
        ts,
        cls,
        Tee {
            src: Rc::new(Source {
                it,
                running: Cell::new(false),
            }),
            node: RefCell::new(new_node()),
            index: Cell::new(0),
        },
    ))
}

fn tee_copy_of(ts: &ThreadState, t: &Tee) -> ObjRef {
    alloc_object(
        ts,
        &type_of(ts, &TEE_SPEC),
        Tee {
            src: t.src.clone(),
            node: RefCell::new(t.node.borrow().clone()),
            index: Cell::new(t.index.get()),
        },
    )
}

fn tee_new(
    ts: &ThreadState,
    cls: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    taipan_object::args::no_kwargs(ts, "_tee", kw)?;
    taipan_object::args::check_positional(ts, "_tee", args.len(), 1, 1)?;
    tee_from_iterable(ts, cls, &args[0])
}

fn tee_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let t = o.downcast::<Tee>().expect("_tee");
    if t.index.get() >= LINKCELLS {
        let cur = t.node.borrow().clone();
        let next = cur.next.borrow_mut().get_or_insert_with(new_node).clone();
        t.node.replace(next);
        t.index.set(0);
    }
    let node = t.node.borrow().clone();
    let i = t.index.get();
    if let Some(v) = node.values.borrow().get(i) {
        t.index.set(i + 1);
        return Ok(Some(v.clone()));
    }
    if t.src.running.get() {
        return Err(ts.runtime_error("cannot re-enter the tee iterator"));
    }
    t.src.running.set(true);
    let r = ab::next(ts, &t.src.it);
    t.src.running.set(false);
    let Some(v) = r? else {
        return Ok(None);
    };
    node.values.borrow_mut().push(v.clone());
    t.index.set(i + 1);
    Ok(Some(v))
}

fn tee_copy(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(tee_copy_of(ts, o.downcast::<Tee>().expect("_tee")))
}

/// The source and the values are shared between the tees: not visited (a cycle through
/// them is kept, never collected twice).
fn tee_traverse(_: &ObjRef, _: &mut dyn FnMut(&ObjRef)) {}

static TEE_METHODS: &[MethodDef] = &[MethodDef::new("__copy__", Meth::NoArgs(tee_copy))];

pub static TEE_SPEC: TypeSpec = TypeSpec {
    methods: &[TEE_METHODS],
    flags: flags::HAVE_GC | flags::WEAKREFABLE,
    ..spec!("itertools._tee", Tee, tee_new, tee_next, tee_traverse)
};

/// `itertools.tee(iterable, n=2)`.
pub fn tee(ts: &ThreadState, _: &ObjRef, args: &[ObjRef]) -> PyResult<ObjRef> {
    taipan_object::args::check_positional(ts, "tee", args.len(), 1, 2)?;
    let n = match args.get(1) {
        Some(n) => crate::modules::common::index_i64(ts, n)?,
        None => 2,
    };
    if n < 0 {
        return Err(ts.value_error("n must be >= 0"));
    }
    if n == 0 {
        return Ok(ts.empty_tuple());
    }
    let it = ab::iter(ts, &args[0])?;
    let copy_name = ts.intern("__copy__");
    let first = match ab::getattr_opt(ts, &it, &copy_name)? {
        Some(_) => it,
        None => tee_from_iterable(ts, &type_of(ts, &TEE_SPEC), &it)?,
    };
    let mut out = vec![first.clone()];
    for _ in 1..n {
        out.push(ab::call_method(ts, &first, "__copy__", &[])?);
    }
    Ok(ts.new_tuple(out))
}

//! `collections.deque` (CPython's `Modules/_collectionsmodule.c`): a ring buffer with an
//! optional `maxlen`, all of its methods, and its forward and reverse iterators (which raise
//! `RuntimeError` when the deque changes under them, as CPython's do).

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use taipan_object::abstract_ as ab;
use taipan_object::args::{ArgSpec, check_positional, parse};
use taipan_object::typeobj::{
    CompareOp, GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags, nb,
};
use taipan_object::types::int::as_i64;
use taipan_object::{ObjRef, PyPayload, PyResult, ThreadState, alloc_object};

use crate::modules::common::{self_iter, type_of};

pub struct Deque {
    items: RefCell<VecDeque<ObjRef>>,
    /// `None`: unbounded.
    maxlen: Cell<Option<usize>>,
    /// Bumped by every change that invalidates iterators.
    state: Cell<u64>,
}
impl PyPayload for Deque {}

fn this(o: &ObjRef) -> &Deque {
    o.downcast::<Deque>().expect("deque")
}

impl Deque {
    fn len(&self) -> usize {
        self.items.borrow().len()
    }
    fn get(&self, i: usize) -> Option<ObjRef> {
        self.items.borrow().get(i).cloned()
    }
    fn bump(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }
    /// Appends on the right, dropping from the left past `maxlen`.
    fn push_back(&self, v: ObjRef) {
        let old = {
            let mut d = self.items.borrow_mut();
            if self.maxlen.get() == Some(0) {
                return;
            }
            d.push_back(v);
            match self.maxlen.get() {
                Some(m) if d.len() > m => d.pop_front(),
                _ => None,
            }
        };
        self.bump();
        drop(old);
    }
    fn push_front(&self, v: ObjRef) {
        let old = {
            let mut d = self.items.borrow_mut();
            if self.maxlen.get() == Some(0) {
                return;
            }
            d.push_front(v);
            match self.maxlen.get() {
                Some(m) if d.len() > m => d.pop_back(),
                _ => None,
            }
        };
        self.bump();
        drop(old);
    }
    fn snapshot(&self) -> Vec<ObjRef> {
        self.items.borrow().iter().cloned().collect()
    }
    fn clear(&self) {
        let old = std::mem::take(&mut *self.items.borrow_mut());
        self.bump();
        drop(old);
    }
}

fn new_deque(ts: &ThreadState, cls: &ObjRef, maxlen: Option<usize>) -> ObjRef {
    alloc_object(
        ts,
        cls,
        Deque {
            items: RefCell::new(VecDeque::new()),
            maxlen: Cell::new(maxlen),
            state: Cell::new(0),
        },
    )
}

fn deque_new(ts: &ThreadState, cls: &ObjRef, _: &[ObjRef], _: Option<&ObjRef>) -> PyResult<ObjRef> {
    Ok(new_deque(ts, cls, None))
}

fn parse_maxlen(ts: &ThreadState, m: Option<ObjRef>) -> PyResult<Option<usize>> {
    match m {
        Some(m) if !ts.is_none(&m) => {
            let v = crate::modules::common::index_i64(ts, &m)?;
            if v < 0 {
                return Err(ts.value_error("maxlen must be non-negative"));
            }
            Ok(Some(v as usize))
        }
        _ => Ok(None),
    }
}

fn deque_init(ts: &ThreadState, o: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<()> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "deque",
        names: &["iterable", "maxlen"],
        required: 0,
        posonly: 0,
        kwonly: 2,
    };
    let [iterable, maxlen] = parse::<2>(ts, &SPEC, args, kw)?;
    let d = this(o);
    d.maxlen.set(parse_maxlen(ts, maxlen)?);
    if d.len() > 0 {
        d.clear();
    }
    if let Some(it) = iterable {
        extend(ts, o, &it)?;
    }
    Ok(())
}

fn append(ts: &ThreadState, o: &ObjRef, v: &ObjRef) -> PyResult<ObjRef> {
    this(o).push_back(v.clone());
    Ok(ts.none())
}
fn appendleft(ts: &ThreadState, o: &ObjRef, v: &ObjRef) -> PyResult<ObjRef> {
    this(o).push_front(v.clone());
    Ok(ts.none())
}
fn pop(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let d = this(o);
    let v = d.items.borrow_mut().pop_back();
    d.bump();
    v.ok_or_else(|| ts.index_error("pop from an empty deque"))
}
fn popleft(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let d = this(o);
    let v = d.items.borrow_mut().pop_front();
    d.bump();
    v.ok_or_else(|| ts.index_error("pop from an empty deque"))
}

/// The items of `it` (a snapshot when it is the deque itself).
fn each(ts: &ThreadState, o: &ObjRef, it: &ObjRef, mut f: impl FnMut(ObjRef)) -> PyResult<()> {
    if it.is(o) {
        for v in this(o).snapshot() {
            f(v);
        }
        return Ok(());
    }
    let iter = ab::iter(ts, it)?;
    while let Some(v) = ab::next(ts, &iter)? {
        f(v);
    }
    Ok(())
}

fn extend(ts: &ThreadState, o: &ObjRef, it: &ObjRef) -> PyResult<ObjRef> {
    let d = this(o);
    each(ts, o, it, |v| d.push_back(v))?;
    Ok(ts.none())
}
fn extendleft(ts: &ThreadState, o: &ObjRef, it: &ObjRef) -> PyResult<ObjRef> {
    let d = this(o);
    each(ts, o, it, |v| d.push_front(v))?;
    Ok(ts.none())
}
fn clear(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    this(o).clear();
    Ok(ts.none())
}

fn copy(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let d = this(o);
    if o.class().is(&type_of(ts, &SPEC)) {
        let n = new_deque(ts, o.class(), d.maxlen.get());
        *this(&n).items.borrow_mut() = d.items.borrow().clone();
        return Ok(n);
    }
    match d.maxlen.get() {
        None => ab::call(ts, o.class(), std::slice::from_ref(o)),
        Some(m) => ab::call(ts, o.class(), &[o.clone(), ts.new_int(m as i64)]),
    }
}

fn mutated(ts: &ThreadState) -> taipan_object::PyErr {
    ts.runtime_error("deque mutated during iteration")
}

fn count(ts: &ThreadState, o: &ObjRef, v: &ObjRef) -> PyResult<ObjRef> {
    let d = this(o);
    let state = d.state.get();
    let mut n = 0;
    let mut i = 0;
    while let Some(x) = d.get(i) {
        if ab::eq(ts, &x, v)? {
            n += 1;
        }
        if d.state.get() != state {
            return Err(mutated(ts));
        }
        i += 1;
    }
    Ok(ts.new_int(n))
}

/// CPython's index clamping for `index(x, start, stop)`.
fn clamp(ts: &ThreadState, o: Option<&ObjRef>, len: usize, default: usize) -> PyResult<usize> {
    let Some(o) = o else { return Ok(default) };
    let v = ab::index(ts, o)?;
    let v = as_i64(&v).unwrap_or(if ab::lt(ts, &v, &ts.new_int(0))? {
        i64::MIN
    } else {
        i64::MAX
    });
    Ok(if v < 0 {
        (v + len as i64).max(0) as usize
    } else {
        (v as usize).min(len)
    })
}

fn index(ts: &ThreadState, o: &ObjRef, args: &[ObjRef]) -> PyResult<ObjRef> {
    check_positional(ts, "index", args.len(), 1, 3)?;
    let d = this(o);
    let len = d.len();
    let start = clamp(ts, args.get(1), len, 0)?;
    let stop = clamp(ts, args.get(2), len, len)?;
    let state = d.state.get();
    for i in start..stop {
        let Some(x) = d.get(i) else { break };
        if ab::eq(ts, &x, &args[0])? {
            return Ok(ts.new_int(i as i64));
        }
        if d.state.get() != state {
            return Err(mutated(ts));
        }
    }
    Err(ts.value_error(format!(
        "{} is not in deque",
        ab::repr_string(ts, &args[0])?
    )))
}

fn insert(ts: &ThreadState, o: &ObjRef, args: &[ObjRef]) -> PyResult<ObjRef> {
    check_positional(ts, "insert", args.len(), 2, 2)?;
    let d = this(o);
    let i = crate::modules::common::index_i64(ts, &args[0])?;
    let len = d.len();
    if d.maxlen.get() == Some(len) {
        return Err(ts.index_error("deque already at its maximum size"));
    }
    let i = if i < 0 {
        (i + len as i64).max(0) as usize
    } else {
        (i as usize).min(len)
    };
    d.items.borrow_mut().insert(i, args[1].clone());
    d.bump();
    Ok(ts.none())
}

fn remove(ts: &ThreadState, o: &ObjRef, v: &ObjRef) -> PyResult<ObjRef> {
    let d = this(o);
    let state = d.state.get();
    let mut i = 0;
    while let Some(x) = d.get(i) {
        let eq = ab::eq(ts, &x, v)?;
        if d.state.get() != state {
            return Err(ts.index_error("deque mutated during remove()."));
        }
        if eq {
            let old = d.items.borrow_mut().remove(i);
            d.bump();
            drop(old);
            return Ok(ts.none());
        }
        i += 1;
    }
    Err(ts.value_error(format!("{} is not in deque", ab::repr_string(ts, v)?)))
}

fn reverse(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let d = this(o);
    d.items.borrow_mut().make_contiguous().reverse();
    d.bump();
    Ok(ts.none())
}

fn rotate(ts: &ThreadState, o: &ObjRef, args: &[ObjRef]) -> PyResult<ObjRef> {
    check_positional(ts, "rotate", args.len(), 0, 1)?;
    let n = match args.first() {
        Some(a) => crate::modules::common::index_i64(ts, a)?,
        None => 1,
    };
    let d = this(o);
    let len = d.len() as i64;
    if len > 1 {
        let k = n.rem_euclid(len) as usize;
        d.items.borrow_mut().rotate_right(k);
        d.bump();
    }
    Ok(ts.none())
}

fn reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let d = this(o);
    let args = match d.maxlen.get() {
        None => ts.empty_tuple(),
        Some(m) => ts.new_tuple(vec![ts.empty_tuple(), ts.new_int(m as i64)]),
    };
    // `_PyObject_GetState`: a subclass's `__dict__` and slots.
    let state = taipan_object::types::object_reduce::getstate(ts, o, false)?;
    let it = deque_iter(ts, o)?;
    Ok(ts.new_tuple(vec![o.class().clone(), args, state, it]))
}

fn class_getitem(ts: &ThreadState, cls: &ObjRef, arg: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_generic_alias(cls.clone(), arg.clone()))
}

fn get_maxlen(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(match this(o).maxlen.get() {
        None => ts.none(),
        Some(m) => ts.new_int(m as i64),
    })
}

// ---- slots ----

fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let name = o.typ().name();
    let name = name.rsplit('.').next().unwrap_or(name).to_string();
    if !ts.repr_enter(o) {
        return Ok(ts.new_str("[...]"));
    }
    let items = this(o).snapshot();
    let list = ts.new_list(items);
    let r = ab::repr_string(ts, &list);
    ts.repr_leave(o);
    let r = r?;
    Ok(ts.new_string(match this(o).maxlen.get() {
        None => format!("{name}({r})"),
        Some(m) => format!("{name}({r}, maxlen={m})"),
    }))
}

fn len(_: &ThreadState, o: &ObjRef) -> PyResult<usize> {
    Ok(this(o).len())
}

fn richcompare(ts: &ThreadState, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    let (Some(x), Some(y)) = (a.downcast::<Deque>(), b.downcast::<Deque>()) else {
        return Ok(ts.not_implemented());
    };
    if matches!(op, CompareOp::Eq | CompareOp::Ne) && x.len() != y.len() {
        return Ok(ts.bool_obj(op == CompareOp::Ne));
    }
    Ok(ts.bool_obj(ab::compare_sequences(ts, &x.snapshot(), &y.snapshot(), op)?))
}

/// The position `k` names (`sequence index must be integer, not 'str'`).
fn position(ts: &ThreadState, o: &ObjRef, k: &ObjRef) -> PyResult<usize> {
    if k.typ().slots().index.is_none() {
        return Err(ts.type_error(format!(
            "sequence index must be integer, not '{}'",
            k.typ().name()
        )));
    }
    let i = ab::index(ts, k)?;
    let len = this(o).len() as i64;
    let i = as_i64(&i).ok_or_else(|| ts.index_error("deque index out of range"))?;
    let i = if i < 0 { i + len } else { i };
    if i < 0 || i >= len {
        return Err(ts.index_error("deque index out of range"));
    }
    Ok(i as usize)
}

fn getitem(ts: &ThreadState, o: &ObjRef, k: &ObjRef) -> PyResult<ObjRef> {
    let i = position(ts, o, k)?;
    this(o)
        .get(i)
        .ok_or_else(|| ts.index_error("deque index out of range"))
}

fn setitem(ts: &ThreadState, o: &ObjRef, k: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    let i = position(ts, o, k)?;
    let d = this(o);
    let old = match v {
        Some(v) => d
            .items
            .borrow_mut()
            .get_mut(i)
            .map(|slot| std::mem::replace(slot, v.clone())),
        None => {
            let old = d.items.borrow_mut().remove(i);
            d.bump();
            old
        }
    };
    drop(old);
    Ok(())
}

fn contains(ts: &ThreadState, o: &ObjRef, v: &ObjRef) -> PyResult<bool> {
    let d = this(o);
    let state = d.state.get();
    let mut i = 0;
    while let Some(x) = d.get(i) {
        if ab::eq(ts, &x, v)? {
            return Ok(true);
        }
        if d.state.get() != state {
            return Err(mutated(ts));
        }
        i += 1;
    }
    Ok(false)
}

fn add(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    if !a.is_a::<Deque>() {
        return Ok(ts.not_implemented());
    }
    if !b.is_a::<Deque>() {
        return Err(ts.type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            b.typ().name()
        )));
    }
    let n = copy(ts, a)?;
    extend(ts, &n, b)?;
    Ok(n)
}

fn iadd(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    extend(ts, a, b)?;
    Ok(a.clone())
}

fn repeat_in_place(ts: &ThreadState, o: &ObjRef, n: &ObjRef) -> PyResult<()> {
    let n = crate::modules::common::index_i64(ts, n)?;
    let d = this(o);
    if n <= 0 {
        d.clear();
        return Ok(());
    }
    let items = d.snapshot();
    for _ in 1..n {
        for v in &items {
            d.push_back(v.clone());
        }
    }
    Ok(())
}

fn mul(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    let (d, n) = if a.is_a::<Deque>() { (a, b) } else { (b, a) };
    if n.typ().slots().index.is_none() {
        return Ok(ts.not_implemented());
    }
    let c = copy(ts, d)?;
    repeat_in_place(ts, &c, n)?;
    Ok(c)
}

fn imul(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    if b.typ().slots().index.is_none() {
        return Ok(ts.not_implemented());
    }
    repeat_in_place(ts, a, b)?;
    Ok(a.clone())
}

fn traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    for v in this(o).items.borrow().iter() {
        visit(v);
    }
}

fn clear_slot(_: &ThreadState, o: &ObjRef) {
    this(o).clear();
}

const fn number_slots() -> [Option<taipan_object::typeobj::slots::BinaryFn>; nb::COUNT] {
    let mut n: [Option<taipan_object::typeobj::slots::BinaryFn>; nb::COUNT] = [None; nb::COUNT];
    n[nb::ADD] = Some(add);
    n[nb::MULTIPLY] = Some(mul);
    n[nb::INPLACE + nb::ADD] = Some(iadd);
    n[nb::INPLACE + nb::MULTIPLY] = Some(imul);
    n
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("append", Meth::O(append)),
    MethodDef::new("appendleft", Meth::O(appendleft)),
    MethodDef::new("pop", Meth::NoArgs(pop)),
    MethodDef::new("popleft", Meth::NoArgs(popleft)),
    MethodDef::new("extend", Meth::O(extend)),
    MethodDef::new("extendleft", Meth::O(extendleft)),
    MethodDef::new("clear", Meth::NoArgs(clear)),
    MethodDef::new("copy", Meth::NoArgs(copy)),
    MethodDef::new("__copy__", Meth::NoArgs(copy)),
    MethodDef::new("count", Meth::O(count)),
    MethodDef::new("index", Meth::Fast(index)),
    MethodDef::new("insert", Meth::Fast(insert)),
    MethodDef::new("remove", Meth::O(remove)),
    MethodDef::new("reverse", Meth::NoArgs(reverse)),
    MethodDef::new("rotate", Meth::Fast(rotate)),
    MethodDef::new("__reduce__", Meth::NoArgs(reduce)),
    MethodDef::new("__reversed__", Meth::NoArgs(deque_reversed)),
    MethodDef::class("__class_getitem__", Meth::O(class_getitem)),
];

static GETSETS: &[GetSetDef] = &[GetSetDef::ro("maxlen", get_maxlen)];

pub static SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC
        | flags::BASETYPE
        | flags::SEQUENCE
        | flags::SEQ_REPEAT
        | flags::WEAKREFABLE,
    slots: Slots {
        new: Some(deque_new),
        init: Some(deque_init),
        repr: Some(repr),
        hash: Some(taipan_object::types::object::hash_not_implemented),
        richcompare: Some(richcompare),
        len: Some(len),
        getitem: Some(getitem),
        setitem: Some(setitem),
        contains: Some(contains),
        iter: Some(deque_iter),
        traverse: Some(traverse),
        clear: Some(clear_slot),
        number: number_slots(),
        ..Slots::NONE
    },
    methods: &[METHODS],
    getsets: GETSETS,
    ..TypeSpec::new("collections.deque", PayloadInfo::of::<Deque>())
};

// ---- iterators ----

pub struct DequeIter {
    deque: ObjRef,
    /// Next position (from the left, or from the right for the reverse iterator).
    index: Cell<usize>,
    state: u64,
}
impl PyPayload for DequeIter {}

fn deque_iter(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let state = this(o).state.get();
    Ok(alloc_object(
        ts,
        &type_of(ts, &ITER_SPEC),
        DequeIter {
            deque: o.clone(),
            index: Cell::new(0),
            state,
        },
    ))
}
fn deque_reversed(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let state = this(o).state.get();
    Ok(alloc_object(
        ts,
        &type_of(ts, &REV_ITER_SPEC),
        DequeIter {
            deque: o.clone(),
            index: Cell::new(0),
            state,
        },
    ))
}

fn iter_step(ts: &ThreadState, o: &ObjRef, rev: bool) -> PyResult<Option<ObjRef>> {
    let it = o.downcast::<DequeIter>().expect("deque iterator");
    let d = this(&it.deque);
    if d.state.get() != it.state {
        return Err(mutated(ts));
    }
    let i = it.index.get();
    let len = d.len();
    if i >= len {
        return Ok(None);
    }
    it.index.set(i + 1);
    Ok(d.get(if rev { len - 1 - i } else { i }))
}
fn iter_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    iter_step(ts, o, false)
}
fn rev_iter_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    iter_step(ts, o, true)
}
fn iter_len_hint(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let it = o.downcast::<DequeIter>().expect("deque iterator");
    let len = this(&it.deque).len();
    Ok(ts.new_int(len.saturating_sub(it.index.get()) as i64))
}
fn iter_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    visit(&o.downcast::<DequeIter>().expect("deque iterator").deque);
}

/// `_deque_iterator.__reduce__`: `(type, (deque, items_consumed))`.
fn iter_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let it = o.downcast::<DequeIter>().expect("deque iterator");
    let args = ts.new_tuple(vec![it.deque.clone(), ts.new_int(it.index.get() as i64)]);
    Ok(ts.new_tuple(vec![o.class().clone(), args]))
}
/// `_deque_iterator(deque, index=0)` (and the reverse one): a new iterator advanced by
/// `index` items, as CPython's `dequeiter_new`.
fn iter_new_dir(
    ts: &ThreadState,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
    rev: bool,
) -> PyResult<ObjRef> {
    let name = if rev {
        "_deque_reverse_iterator"
    } else {
        "_deque_iterator"
    };
    taipan_object::args::no_kwargs(ts, name, kw)?;
    taipan_object::args::check_positional(ts, name, args.len(), 1, 2)?;
    if args[0].downcast::<Deque>().is_none() {
        return Err(ts.type_error(format!(
            "argument 1 must be collections.deque, not {}",
            args[0].typ().name()
        )));
    }
    let index = match args.get(1) {
        Some(i) => super::super::common::index_i64(ts, i)?,
        None => 0,
    };
    let it = if rev {
        deque_reversed(ts, &args[0])?
    } else {
        deque_iter(ts, &args[0])?
    };
    for _ in 0..index.max(0) {
        if iter_step(ts, &it, rev)?.is_none() {
            break;
        }
    }
    Ok(it)
}
fn iter_new(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    iter_new_dir(ts, a, kw, false)
}
fn rev_iter_new(
    ts: &ThreadState,
    _: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    iter_new_dir(ts, a, kw, true)
}

static ITER_METHODS: &[MethodDef] = &[
    MethodDef::new("__length_hint__", Meth::NoArgs(iter_len_hint)),
    MethodDef::new("__reduce__", Meth::NoArgs(iter_reduce)),
];

pub static ITER_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: Slots {
        iter: Some(self_iter),
        iternext: Some(iter_next),
        traverse: Some(iter_traverse),
        new: Some(iter_new),
        ..Slots::NONE
    },
    methods: &[ITER_METHODS],
    ..TypeSpec::new(
        "_collections._deque_iterator",
        PayloadInfo::of::<DequeIter>(),
    )
};

pub static REV_ITER_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: Slots {
        iter: Some(self_iter),
        iternext: Some(rev_iter_next),
        traverse: Some(iter_traverse),
        new: Some(rev_iter_new),
        ..Slots::NONE
    },
    methods: &[ITER_METHODS],
    ..TypeSpec::new(
        "_collections._deque_reverse_iterator",
        PayloadInfo::of::<DequeIter>(),
    )
};

//! `set`, `frozenset` and their iterator (`set_iterator`), on the table of `settable.rs`:
//! constructors, methods, operators and comparisons with `Objects/setobject.c`'s algorithms
//! (which set is walked decides the result's order), reprs and the frozenset hash.

use std::cell::{Cell, RefCell};

use crate::abstract_ as ab;
use crate::args;
use crate::error::PyResult;
use crate::header::{ObjRef, PyPayload, alloc_object};
use crate::thread::ThreadState;
use crate::typeobj::slots::BinaryFn;
use crate::typeobj::{CompareOp, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags, nb};
use crate::types::settable::{self as st, SetTable};

pub struct PySet {
    pub table: RefCell<SetTable>,
    /// The frozenset hash, once computed (-1: not yet).
    hash: Cell<i64>,
}
impl PyPayload for PySet {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.set
    }
}
impl PySet {
    pub fn new() -> PySet {
        PySet {
            table: RefCell::new(SetTable::new()),
            hash: Cell::new(-1),
        }
    }
    pub fn len(&self) -> usize {
        self.table.borrow().used
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn keys(&self) -> Vec<ObjRef> {
        self.table.borrow().keys()
    }
    /// `set.add`.
    pub fn add(&self, ts: &ThreadState, key: ObjRef) -> PyResult<()> {
        let h = ab::hash(ts, &key)?;
        st::add(ts, &self.table, key, h)
    }
    /// The keys with their hashes.
    pub fn pairs(&self) -> Vec<(ObjRef, i64)> {
        self.table.borrow().pairs()
    }
    pub fn contains(&self, ts: &ThreadState, key: &ObjRef) -> PyResult<bool> {
        let h = ab::hash(ts, key)?;
        st::lookup(ts, &self.table, key, h)
    }
    /// `set_update_internal`: every item of `other` (a set, a dict's keys, any iterable).
    pub fn update(&self, ts: &ThreadState, other: &ObjRef) -> PyResult<()> {
        if let Some(o) = other.downcast::<PySet>() {
            return st::merge(ts, &self.table, &o.table);
        }
        if let Some(d) = other.downcast::<crate::types::dict::PyDict>()
            && other.class().is(&ts.types.dict)
        {
            return st::add_pairs(ts, &self.table, d.keys_hashed());
        }
        let it = ab::iter(ts, other)?;
        while let Some(x) = ab::next(ts, &it)? {
            self.add(ts, x)?;
        }
        Ok(())
    }
}
impl Default for PySet {
    fn default() -> Self {
        PySet::new()
    }
}

impl ThreadState {
    /// A new `set` of `items`.
    pub fn new_set(&self, items: &[ObjRef]) -> PyResult<ObjRef> {
        let s = PySet::new();
        for x in items {
            s.add(self, x.clone())?;
        }
        Ok(alloc_object(self, &self.types.set, s))
    }
}

/// A frozenset of hashable constants (a code object's `frozenset` constant).
///
/// CPython's compiler builds the frozenset from the literal, then `merge_consts_recursive`
/// rebuilds it from its iteration order; rebuilding once here gives CPython's table (checked
/// against CPython for int and str constants; float/tuple/bytes keys hash by type there).
pub fn new_frozenset(ts: &ThreadState, items: &[ObjRef]) -> ObjRef {
    let build = |items: &[ObjRef]| {
        let s = PySet::new();
        for x in items {
            // Constants are hashable; a failure leaves the item out rather than panic.
            let _ = s.add(ts, x.clone());
        }
        s
    };
    let s = build(&build(items).keys());
    alloc_object(ts, &ts.types.frozenset, s)
}

fn this(o: &ObjRef) -> &PySet {
    o.downcast::<PySet>().expect("set")
}
fn is_frozen(ts: &ThreadState, o: &ObjRef) -> bool {
    o.typ().is_subtype(&ts.types.frozenset)
}
/// A new set of `o`'s own base kind (set or frozenset), as `make_new_set_basetype`.
fn new_like(ts: &ThreadState, o: &ObjRef, s: PySet) -> ObjRef {
    let ty = if is_frozen(ts, o) {
        &ts.types.frozenset
    } else {
        &ts.types.set
    };
    alloc_object(ts, ty, s)
}
fn copy_of(ts: &ThreadState, o: &PySet) -> PyResult<PySet> {
    let s = PySet::new();
    st::merge(ts, &s.table, &o.table)?;
    Ok(s)
}
/// `other` as a set payload: itself when it is one, else a temporary built from it.
fn as_set(ts: &ThreadState, other: &ObjRef) -> PyResult<ObjRef> {
    if other.is_a::<PySet>() {
        return Ok(other.clone());
    }
    let s = PySet::new();
    s.update(ts, other)?;
    Ok(alloc_object(ts, &ts.types.set, s))
}

// ---- construction ----

fn set_new(ts: &ThreadState, ty: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    crate::types::iterators::no_kwargs_unless_init(ts, "set", ty, a, kw)?;
    Ok(alloc_object(ts, ty, PySet::new()))
}
fn set_init(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<()> {
    let name = o.typ().name().to_string();
    args::no_kwargs(ts, "set", kw)?;
    let npos = a.len() - args::kw_names(kw).len();
    if npos > 1 {
        return Err(ts.type_error(format!("{name} expected at most 1 argument, got {npos}")));
    }
    let s = this(o);
    s.table.borrow_mut().clear();
    if let Some(x) = a.first().filter(|_| npos == 1) {
        s.update(ts, x)?;
    }
    Ok(())
}
fn frozenset_new(
    ts: &ThreadState,
    ty: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    crate::types::iterators::no_kwargs_unless_init(ts, "frozenset", ty, a, kw)?;
    let npos = a.len() - args::kw_names(kw).len();
    if npos > 1 {
        return Err(ts.type_error(format!("frozenset expected at most 1 argument, got {npos}")));
    }
    if let Some(x) = a.first().filter(|_| npos == 1) {
        if ty.is(&ts.types.frozenset) && x.class().is(&ts.types.frozenset) {
            return Ok(x.clone());
        }
        let s = PySet::new();
        s.update(ts, x)?;
        return Ok(alloc_object(ts, ty, s));
    }
    Ok(alloc_object(ts, ty, PySet::new()))
}

// ---- slots ----

fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let s = this(o);
    let ty = o.class();
    let name = o.typ().name().to_string();
    let plain = ty.is(&ts.types.set);
    if s.is_empty() {
        return Ok(ts.new_string(format!("{name}()")));
    }
    if !ts.repr_enter(o) {
        return Ok(ts.new_string(format!("{name}(...)")));
    }
    let keys = s.keys();
    let mut out = String::new();
    if !plain {
        out.push_str(&name);
        out.push('(');
    }
    out.push('{');
    let r = (|| {
        for (i, k) in keys.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&ab::repr_string(ts, k)?);
        }
        Ok(())
    })();
    ts.repr_leave(o);
    r?;
    out.push('}');
    if !plain {
        out.push(')');
    }
    Ok(ts.new_string(out))
}
fn len(_: &ThreadState, o: &ObjRef) -> PyResult<usize> {
    Ok(this(o).len())
}
fn contains(ts: &ThreadState, o: &ObjRef, k: &ObjRef) -> PyResult<bool> {
    let s = this(o);
    match ab::hash(ts, k) {
        Ok(h) => st::lookup(ts, &s.table, k, h),
        Err(e) if e.matches(&ts.exc.type_error) && k.is_a::<PySet>() => {
            // A set key is looked up as the equal frozenset.
            let f = alloc_object(ts, &ts.types.frozenset, copy_of(ts, this(k))?);
            let h = ab::hash(ts, &f)?;
            st::lookup(ts, &s.table, &f, h)
        }
        Err(e) => Err(e),
    }
}
fn frozenset_hash(_: &ThreadState, o: &ObjRef) -> PyResult<i64> {
    let s = this(o);
    let h = s.hash.get();
    if h != -1 {
        return Ok(h);
    }
    let h = st::hash(&s.table.borrow());
    s.hash.set(h);
    Ok(h)
}
fn traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    for (k, _) in this(o).table.borrow().active() {
        visit(k);
    }
}
fn clear_slot(_: &ThreadState, o: &ObjRef) {
    let old = std::mem::take(&mut *this(o).table.borrow_mut());
    drop(old);
}

/// Every key of `a` is in `b`.
fn subset(ts: &ThreadState, a: &PySet, b: &PySet) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    let pairs = a.table.borrow().pairs();
    for (k, h) in pairs {
        if !st::lookup(ts, &b.table, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn richcompare(ts: &ThreadState, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    let (Some(x), Some(y)) = (a.downcast::<PySet>(), b.downcast::<PySet>()) else {
        return Ok(ts.not_implemented());
    };
    let r = match op {
        CompareOp::Eq | CompareOp::Ne => {
            let eq = x.len() == y.len()
                && (a.is(b)
                    || (!is_frozen(ts, a)
                        || !is_frozen(ts, b)
                        || frozenset_hash(ts, a)? == frozenset_hash(ts, b)?)
                        && subset(ts, x, y)?);
            eq == (op == CompareOp::Eq)
        }
        CompareOp::Le => subset(ts, x, y)?,
        CompareOp::Ge => subset(ts, y, x)?,
        CompareOp::Lt => x.len() < y.len() && subset(ts, x, y)?,
        CompareOp::Gt => x.len() > y.len() && subset(ts, y, x)?,
    };
    Ok(ts.bool_obj(r))
}

// ---- algorithms ----

fn union_into(ts: &ThreadState, r: &PySet, other: &ObjRef) -> PyResult<()> {
    r.update(ts, other)
}

fn intersection(ts: &ThreadState, so: &ObjRef, other: &ObjRef) -> PyResult<PySet> {
    let s = this(so);
    let r = PySet::new();
    if let Some(o) = other.downcast::<PySet>() {
        let (small, big) = if o.len() > s.len() { (s, o) } else { (o, s) };
        let pairs = small.table.borrow().pairs();
        for (k, h) in pairs {
            if st::lookup(ts, &big.table, &k, h)? {
                st::add(ts, &r.table, k, h)?;
            }
        }
        return Ok(r);
    }
    let it = ab::iter(ts, other)?;
    while let Some(k) = ab::next(ts, &it)? {
        let h = ab::hash(ts, &k)?;
        if st::lookup(ts, &s.table, &k, h)? {
            st::add(ts, &r.table, k, h)?;
        }
    }
    Ok(r)
}

/// `so -= other` (`s` is `so`'s payload).
pub fn difference_update(ts: &ThreadState, s: &PySet, so: &ObjRef, other: &ObjRef) -> PyResult<()> {
    if so.is(other) {
        s.table.borrow_mut().clear();
        return Ok(());
    }
    if let Some(o) = other.downcast::<PySet>() {
        let pairs = o.table.borrow().pairs();
        for (k, h) in pairs {
            st::discard(ts, &s.table, &k, h)?;
        }
        return Ok(());
    }
    let it = ab::iter(ts, other)?;
    while let Some(k) = ab::next(ts, &it)? {
        let h = ab::hash(ts, &k)?;
        st::discard(ts, &s.table, &k, h)?;
    }
    Ok(())
}

fn difference(ts: &ThreadState, so: &ObjRef, other: &ObjRef) -> PyResult<PySet> {
    let s = this(so);
    let other_len = match other.downcast::<PySet>() {
        Some(o) => Some(o.len()),
        None => other
            .downcast::<crate::types::dict::PyDict>()
            .map(|d| d.len()),
    };
    match other_len {
        Some(n) if (s.len() >> 2) <= n => {
            let r = PySet::new();
            let pairs = s.table.borrow().pairs();
            for (k, h) in pairs {
                let present = match other.downcast::<PySet>() {
                    Some(o) => st::lookup(ts, &o.table, &k, h)?,
                    None => match other.downcast::<crate::types::dict::PyDict>() {
                        Some(d) if other.class().is(&ts.types.dict) => {
                            d.get_item_hashed(ts, &k, h)?.is_some()
                        }
                        _ => ab::contains(ts, other, &k)?,
                    },
                };
                if !present {
                    st::add(ts, &r.table, k, h)?;
                }
            }
            Ok(r)
        }
        _ => {
            let r = copy_of(ts, s)?;
            let tmp = alloc_object(ts, &ts.types.set, PySet::new());
            difference_update(ts, &r, &tmp, other)?;
            Ok(r)
        }
    }
}

/// `so ^= other` (`s` is `so`'s payload).
pub fn symmetric_difference_update(
    ts: &ThreadState,
    s: &PySet,
    so: &ObjRef,
    other: &ObjRef,
) -> PyResult<()> {
    if so.is(other) {
        s.table.borrow_mut().clear();
        return Ok(());
    }
    let o = as_set(ts, other)?;
    let pairs = this(&o).table.borrow().pairs();
    for (k, h) in pairs {
        if !st::discard(ts, &s.table, &k, h)? {
            st::add(ts, &s.table, k, h)?;
        }
    }
    Ok(())
}

fn symmetric_difference(ts: &ThreadState, so: &ObjRef, other: &ObjRef) -> PyResult<ObjRef> {
    let r = PySet::new();
    r.update(ts, other)?;
    let rs = new_like(ts, so, r);
    symmetric_difference_update(ts, this(&rs), &rs, so)?;
    Ok(rs)
}

// ---- methods ----

fn m_add(ts: &ThreadState, o: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    this(o).add(ts, x.clone())?;
    Ok(ts.none())
}
fn hash_key(ts: &ThreadState, k: &ObjRef) -> PyResult<(ObjRef, i64)> {
    match ab::hash(ts, k) {
        Ok(h) => Ok((k.clone(), h)),
        Err(e) if e.matches(&ts.exc.type_error) && k.is_a::<PySet>() => {
            let f = alloc_object(ts, &ts.types.frozenset, copy_of(ts, this(k))?);
            let h = ab::hash(ts, &f)?;
            Ok((f, h))
        }
        Err(e) => Err(e),
    }
}
fn m_discard(ts: &ThreadState, o: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    let (k, h) = hash_key(ts, x)?;
    st::discard(ts, &this(o).table, &k, h)?;
    Ok(ts.none())
}
fn m_remove(ts: &ThreadState, o: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    let (k, h) = hash_key(ts, x)?;
    if !st::discard(ts, &this(o).table, &k, h)? {
        return Err(ts.key_error(x.clone()));
    }
    Ok(ts.none())
}
fn m_pop(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    st::pop(&this(o).table).ok_or_else(|| ts.new_error(&ts.exc.key_error, "pop from an empty set"))
}
fn m_clear(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    clear_slot(ts, o);
    Ok(ts.none())
}
fn m_copy(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    if o.class().is(&ts.types.frozenset) {
        return Ok(o.clone());
    }
    let r = copy_of(ts, this(o))?;
    Ok(new_like(ts, o, r))
}
fn m_union(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let r = copy_of(ts, this(o))?;
    for x in a {
        union_into(ts, &r, x)?;
    }
    Ok(new_like(ts, o, r))
}
fn m_update(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    for x in a {
        this(o).update(ts, x)?;
    }
    Ok(ts.none())
}
fn m_intersection(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    if a.is_empty() {
        return m_copy_new(ts, o);
    }
    let mut cur = o.clone();
    for x in a {
        let r = intersection(ts, &cur, x)?;
        cur = new_like(ts, o, r);
    }
    Ok(cur)
}
fn m_copy_new(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let r = copy_of(ts, this(o))?;
    Ok(new_like(ts, o, r))
}
fn m_intersection_update(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let r = m_intersection(ts, o, a)?;
    let t = std::mem::take(&mut *this(&r).table.borrow_mut());
    let old = std::mem::replace(&mut *this(o).table.borrow_mut(), t);
    drop(old);
    Ok(ts.none())
}
fn m_difference(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    if a.is_empty() {
        return m_copy_new(ts, o);
    }
    let r = difference(ts, o, &a[0])?;
    let r = new_like(ts, o, r);
    for x in &a[1..] {
        difference_update(ts, this(&r), &r, x)?;
    }
    Ok(r)
}
fn m_difference_update(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    for x in a {
        difference_update(ts, this(o), o, x)?;
    }
    Ok(ts.none())
}
fn m_symmetric_difference(ts: &ThreadState, o: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    symmetric_difference(ts, o, x)
}
fn m_symmetric_difference_update(ts: &ThreadState, o: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    symmetric_difference_update(ts, this(o), o, x)?;
    Ok(ts.none())
}
fn m_issubset(ts: &ThreadState, o: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    let other = as_set(ts, x)?;
    Ok(ts.bool_obj(subset(ts, this(o), this(&other))?))
}
fn m_issuperset(ts: &ThreadState, o: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    if let Some(y) = x.downcast::<PySet>() {
        return Ok(ts.bool_obj(subset(ts, y, this(o))?));
    }
    let it = ab::iter(ts, x)?;
    while let Some(k) = ab::next(ts, &it)? {
        if !this(o).contains(ts, &k)? {
            return Ok(ts.bool_obj(false));
        }
    }
    Ok(ts.bool_obj(true))
}
fn m_isdisjoint(ts: &ThreadState, o: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    let s = this(o);
    if let Some(y) = x.downcast::<PySet>() {
        let (small, big) = if s.len() > y.len() { (y, s) } else { (s, y) };
        let pairs = small.table.borrow().pairs();
        for (k, h) in pairs {
            if st::lookup(ts, &big.table, &k, h)? {
                return Ok(ts.bool_obj(false));
            }
        }
        return Ok(ts.bool_obj(true));
    }
    let it = ab::iter(ts, x)?;
    while let Some(k) = ab::next(ts, &it)? {
        if s.contains(ts, &k)? {
            return Ok(ts.bool_obj(false));
        }
    }
    Ok(ts.bool_obj(true))
}
fn m_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    // `set_reduce`: the state is `_PyObject_GetState` (a subclass's `__dict__`/slots).
    let keys = ts.new_list(this(o).keys());
    let state = crate::types::object_reduce::getstate(ts, o, false)?;
    Ok(ts.new_tuple(vec![o.class().clone(), ts.new_tuple(vec![keys]), state]))
}

// ---- operators ----

fn both(a: &ObjRef, b: &ObjRef) -> bool {
    a.is_a::<PySet>() && b.is_a::<PySet>()
}
fn op_or(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    if !both(a, b) {
        return Ok(ts.not_implemented());
    }
    let r = copy_of(ts, this(a))?;
    union_into(ts, &r, b)?;
    Ok(new_like(ts, a, r))
}
fn op_and(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    if !both(a, b) {
        return Ok(ts.not_implemented());
    }
    let r = intersection(ts, a, b)?;
    Ok(new_like(ts, a, r))
}
fn op_sub(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    if !both(a, b) {
        return Ok(ts.not_implemented());
    }
    let r = difference(ts, a, b)?;
    Ok(new_like(ts, a, r))
}
fn op_xor(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    if !both(a, b) {
        return Ok(ts.not_implemented());
    }
    symmetric_difference(ts, a, b)
}
fn op_ior(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    if !both(a, b) {
        return Ok(ts.not_implemented());
    }
    this(a).update(ts, b)?;
    Ok(a.clone())
}
fn op_iand(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    if !both(a, b) {
        return Ok(ts.not_implemented());
    }
    m_intersection_update(ts, a, std::slice::from_ref(b))?;
    Ok(a.clone())
}
fn op_isub(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    if !both(a, b) {
        return Ok(ts.not_implemented());
    }
    difference_update(ts, this(a), a, b)?;
    Ok(a.clone())
}
fn op_ixor(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    if !both(a, b) {
        return Ok(ts.not_implemented());
    }
    symmetric_difference_update(ts, this(a), a, b)?;
    Ok(a.clone())
}

const fn frozen_number() -> [Option<BinaryFn>; nb::COUNT] {
    let mut n: [Option<BinaryFn>; nb::COUNT] = [None; nb::COUNT];
    n[nb::OR] = Some(op_or);
    n[nb::AND] = Some(op_and);
    n[nb::SUBTRACT] = Some(op_sub);
    n[nb::XOR] = Some(op_xor);
    n
}
const fn set_number() -> [Option<BinaryFn>; nb::COUNT] {
    let mut n = frozen_number();
    n[nb::OR + nb::INPLACE] = Some(op_ior);
    n[nb::AND + nb::INPLACE] = Some(op_iand);
    n[nb::SUBTRACT + nb::INPLACE] = Some(op_isub);
    n[nb::XOR + nb::INPLACE] = Some(op_ixor);
    n
}

/// `set.__sizeof__`: the object (with its 8-slot small table) and a larger table.
fn sizeof(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let slots = this(o).table.borrow().entries.len();
    let table = if slots > 8 { 16 * slots } else { 0 };
    Ok(ts.new_int((crate::sizeof::basicsize(ts, o) + table) as i64))
}

static COMMON: &[MethodDef] = &[
    MethodDef::new("__sizeof__", Meth::NoArgs(sizeof)),
    MethodDef::new("copy", Meth::NoArgs(m_copy)),
    MethodDef::new("union", Meth::Fast(m_union)),
    MethodDef::new("intersection", Meth::Fast(m_intersection)),
    MethodDef::new("difference", Meth::Fast(m_difference)),
    MethodDef::new("symmetric_difference", Meth::O(m_symmetric_difference)),
    MethodDef::new("issubset", Meth::O(m_issubset)),
    MethodDef::new("issuperset", Meth::O(m_issuperset)),
    MethodDef::new("isdisjoint", Meth::O(m_isdisjoint)),
    MethodDef::new("__reduce__", Meth::NoArgs(m_reduce)),
];
static MUTATORS: &[MethodDef] = &[
    MethodDef::new("add", Meth::O(m_add)),
    MethodDef::new("discard", Meth::O(m_discard)),
    MethodDef::new("remove", Meth::O(m_remove)),
    MethodDef::new("pop", Meth::NoArgs(m_pop)),
    MethodDef::new("clear", Meth::NoArgs(m_clear)),
    MethodDef::new("update", Meth::Fast(m_update)),
    MethodDef::new("intersection_update", Meth::Fast(m_intersection_update)),
    MethodDef::new("difference_update", Meth::Fast(m_difference_update)),
    MethodDef::new(
        "symmetric_difference_update",
        Meth::O(m_symmetric_difference_update),
    ),
];

pub static SET_SPEC: TypeSpec = TypeSpec {
    flags: flags::BASETYPE | flags::HAVE_GC | flags::WEAKREFABLE,
    slots: Slots {
        repr: Some(repr),
        hash: Some(crate::types::object::hash_not_implemented),
        richcompare: Some(richcompare),
        len: Some(len),
        contains: Some(contains),
        iter: Some(iter),
        init: Some(set_init),
        new: Some(set_new),
        traverse: Some(traverse),
        clear: Some(clear_slot),
        number: set_number(),
        ..Slots::NONE
    },
    methods: &[COMMON, MUTATORS],
    doc: "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements.",
    ..TypeSpec::new("set", PayloadInfo::of::<PySet>())
};

pub static FROZENSET_SPEC: TypeSpec = TypeSpec {
    flags: flags::BASETYPE | flags::HAVE_GC | flags::WEAKREFABLE,
    slots: Slots {
        repr: Some(repr),
        hash: Some(frozenset_hash),
        richcompare: Some(richcompare),
        len: Some(len),
        contains: Some(contains),
        iter: Some(iter),
        new: Some(frozenset_new),
        traverse: Some(traverse),
        clear: Some(clear_slot),
        number: frozen_number(),
        ..Slots::NONE
    },
    methods: &[COMMON],
    doc: "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable unordered collection of unique elements.",
    ..TypeSpec::new("frozenset", PayloadInfo::of::<PySet>())
};

// ---- iterator ----

pub struct PySetIter {
    set: crate::types::it_seq::ItSeq,
    pos: Cell<usize>,
    used: Cell<usize>,
}
impl PyPayload for PySetIter {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.set_iterator
    }
}
fn iter(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(alloc_object(
        ts,
        &ts.types.set_iterator,
        PySetIter {
            set: crate::types::it_seq::ItSeq::new(o),
            pos: Cell::new(0),
            used: Cell::new(this(o).len()),
        },
    ))
}
fn iter_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let it = o.downcast::<PySetIter>().expect("set_iterator");
    let Some(s) = it.set.cloned() else {
        return Ok(None);
    };
    let set = this(&s);
    if set.len() != it.used.get() {
        it.used.set(usize::MAX);
        return Err(ts.runtime_error("Set changed size during iteration"));
    }
    let t = set.table.borrow();
    let mut i = it.pos.get();
    while i < t.entries.len() {
        if let Some(k) = &t.entries[i].key {
            it.pos.set(i + 1);
            return Ok(Some(k.clone()));
        }
        i += 1;
    }
    drop(t);
    it.set.release();
    Ok(None)
}
fn iter_self(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(o.clone())
}
fn iter_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    o.downcast::<PySetIter>()
        .expect("set_iterator")
        .set
        .visit(visit);
}
fn iter_length_hint(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let it = o.downcast::<PySetIter>().expect("set_iterator");
    let n = match it.set.get().as_ref() {
        Some(s) if this(s).len() == it.used.get() => {
            let t = this(s).table.borrow();
            t.entries[it.pos.get().min(t.entries.len())..]
                .iter()
                .filter(|e| e.key.is_some())
                .count()
        }
        _ => 0,
    };
    Ok(ts.new_int(n as i64))
}
/// `set_iterator.__reduce__`: `(iter, (list_of_the_keys_left,))`.
fn iter_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let f = crate::types::iter_reduce::builtin(ts, "iter")?;
    let it = o.downcast::<PySetIter>().expect("set_iterator");
    let left = match it.set.cloned() {
        Some(s) if this(&s).len() != it.used.get() => {
            return Err(ts.runtime_error("Set changed size during iteration"));
        }
        Some(s) => {
            let t = this(&s).table.borrow();
            t.entries[it.pos.get().min(t.entries.len())..]
                .iter()
                .filter_map(|e| e.key.clone())
                .collect()
        }
        None => Vec::new(),
    };
    Ok(ts.new_tuple(vec![f, ts.new_tuple(vec![ts.new_list(left)])]))
}
static ITER_METHODS: &[MethodDef] = &[
    MethodDef::new("__length_hint__", Meth::NoArgs(iter_length_hint)),
    MethodDef::new("__reduce__", Meth::NoArgs(iter_reduce)),
];

pub static ITER_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: Slots {
        iter: Some(iter_self),
        iternext: Some(iter_next),
        traverse: Some(iter_traverse),
        ..Slots::NONE
    },
    methods: &[ITER_METHODS],
    ..TypeSpec::new("set_iterator", PayloadInfo::of::<PySetIter>())
};

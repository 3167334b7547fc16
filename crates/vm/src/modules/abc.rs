//! The `_abc` module (CPython's `Modules/_abc.c`), the native core of `abc.ABCMeta`:
//! `_abc_init` (abstract methods, the `_abc_data` of a class, `__abc_tpflags__` into the type's
//! SEQUENCE/MAPPING flags), `_abc_register`, `_abc_instancecheck`, `_abc_subclasscheck` (the
//! positive and negative caches, invalidated by a global counter), `_get_dump`,
//! `_reset_registry`, `_reset_caches`, `get_cache_token`.
//!
//! The registry and caches hold weak references to classes, as CPython's sets of weakrefs do;
//! the caches are keyed by the class's address (an entry counts only while its weakref still
//! points at that class), so a cache hit is one hash lookup with no weakref made.

use std::cell::{Cell, OnceCell, RefCell};
use std::collections::HashMap;

use taipan_object::abstract_ as ab;
use taipan_object::typeobj::{Meth, MethodDef, PayloadInfo, PyType, TypeSpec, flags};
use taipan_object::types::tuple::PyTuple;
use taipan_object::types::weakref::{self as wr, PyWeakref};
use taipan_object::{ObjRef, PyPayload, PyResult, ThreadState, alloc_object};

/// Weak references to classes: insertion-ordered, looked up by the class's address.
#[derive(Default)]
struct WeakSet {
    map: HashMap<usize, ObjRef>,
    order: Vec<usize>,
}

impl WeakSet {
    fn contains(&self, o: &ObjRef) -> bool {
        self.map
            .get(&o.id())
            .and_then(|w| w.downcast::<PyWeakref>())
            .is_some_and(|w| w.referent_is(o))
    }
    /// Adds `o` (the weakref is made with no borrow held: making it may run a collection).
    fn add(set: &RefCell<WeakSet>, ts: &ThreadState, o: &ObjRef) -> PyResult<()> {
        if set.borrow().contains(o) {
            return Ok(());
        }
        let w = wr::new_ref(ts, &ts.types.weakref, o, None)?;
        let mut s = set.borrow_mut();
        let stale = if s.order.len() >= 32 && s.order.len().is_power_of_two() {
            s.prune()
        } else {
            Vec::new()
        };
        if let Some(old) = s.map.insert(o.id(), w) {
            drop(s);
            drop(old);
        } else {
            s.order.push(o.id());
            drop(s);
        }
        drop(stale);
        Ok(())
    }
    /// Removes the entries whose class is gone (returned, to be dropped after the borrow).
    fn prune(&mut self) -> Vec<ObjRef> {
        let dead: Vec<usize> = self
            .map
            .iter()
            .filter(|(_, w)| w.downcast::<PyWeakref>().is_none_or(|w| w.is_dead()))
            .map(|(k, _)| *k)
            .collect();
        let out = dead.iter().filter_map(|k| self.map.remove(k)).collect();
        let map = &self.map;
        self.order.retain(|k| map.contains_key(k));
        out
    }
    /// Empties the set (the weakrefs are dropped after the borrow ends).
    fn clear(set: &RefCell<WeakSet>) {
        let old = std::mem::take(&mut *set.borrow_mut());
        drop(old);
    }
    /// The live classes, in registration order.
    fn live(&self) -> Vec<ObjRef> {
        self.order
            .iter()
            .filter_map(|k| self.map.get(k))
            .filter_map(|w| w.downcast::<PyWeakref>().and_then(|w| w.referent()))
            .collect()
    }
    fn weakrefs(&self) -> Vec<ObjRef> {
        self.order
            .iter()
            .filter_map(|k| self.map.get(k).cloned())
            .collect()
    }
}

/// `_abc._abc_data`: the per-class state `_abc_init` stores as `cls._abc_impl`.
#[derive(Default)]
pub struct AbcData {
    registry: RefCell<WeakSet>,
    cache: RefCell<WeakSet>,
    negative_cache: RefCell<WeakSet>,
    negative_cache_version: Cell<u64>,
}

impl PyPayload for AbcData {}

static DATA_SPEC: TypeSpec = TypeSpec {
    flags: flags::DISALLOW_INSTANTIATION,
    doc: "Internal state held by ABC machinery.",
    ..TypeSpec::new("_abc._abc_data", PayloadInfo::of::<AbcData>())
};

thread_local! {
    static DATA_TYPE: OnceCell<ObjRef> = const { OnceCell::new() };
    /// `abc_invalidation_counter`: bumped by every registration.
    static COUNTER: Cell<u64> = const { Cell::new(0) };
    /// The interned `_abc_impl` (looked up on every check).
    static ABC_IMPL: OnceCell<ObjRef> = const { OnceCell::new() };
}

fn abc_impl_name(ts: &ThreadState) -> ObjRef {
    ABC_IMPL.with(|c| c.get_or_init(|| ts.intern("_abc_impl")).clone())
}

fn data_type(ts: &ThreadState) -> ObjRef {
    DATA_TYPE.with(|c| {
        c.get_or_init(|| taipan_object::typeobj::new_static_type(ts, &DATA_SPEC))
            .clone()
    })
}

pub fn make(ts: &ThreadState) -> ObjRef {
    let m = ts.new_builtin_module("_abc", FUNCTIONS);
    let _ = ab::setattr(ts, &m, &ts.intern("_abc_data"), Some(&data_type(ts)));
    m
}

/// `cls._abc_impl`, checked.
fn impl_of(ts: &ThreadState, cls: &ObjRef) -> PyResult<ObjRef> {
    let d = ab::getattr(ts, cls, &abc_impl_name(ts))?;
    if d.is_a::<AbcData>() {
        Ok(d)
    } else {
        Err(ts.type_error("_abc_impl is set to a wrong type"))
    }
}

fn data(o: &ObjRef) -> &AbcData {
    o.downcast::<AbcData>().expect("_abc_data")
}

fn is_abstract(ts: &ThreadState, v: &ObjRef) -> PyResult<bool> {
    match ab::getattr_opt(ts, v, &ts.intern("__isabstractmethod__"))? {
        Some(a) => ab::is_true(ts, &a),
        None => Ok(false),
    }
}

/// `compute_abstract_methods`: the class's own abstract attributes, plus the inherited
/// abstract names still abstract on the class, as `__abstractmethods__`.
fn compute_abstract_methods(ts: &ThreadState, cls: &ObjRef) -> PyResult<()> {
    let mut abstracts: Vec<ObjRef> = Vec::new();
    let ns = ab::getattr_str(ts, cls, "__dict__")?;
    let keys = ab::collect(ts, &ab::call_method(ts, &ns, "keys", &[])?)?;
    for k in keys {
        let v = ab::getitem(ts, &ns, &k)?;
        if is_abstract(ts, &v)? {
            abstracts.push(k);
        }
    }
    let bases = ab::getattr_str(ts, cls, "__bases__")?;
    let Some(bases) = bases.downcast::<PyTuple>() else {
        return Err(ts.type_error("__bases__ is not tuple"));
    };
    let am = ts.intern("__abstractmethods__");
    for b in bases.items() {
        let Some(names) = ab::getattr_opt(ts, b, &am)? else {
            continue;
        };
        for k in ab::collect(ts, &names)? {
            let Some(v) = ab::getattr_opt(ts, cls, &k)? else {
                continue;
            };
            if is_abstract(ts, &v)? {
                abstracts.push(k);
            }
        }
    }
    let set = taipan_object::types::set::new_frozenset(ts, &[]);
    let set = if abstracts.is_empty() {
        set
    } else {
        ab::call(ts, &ts.types.frozenset, &[ts.new_list(abstracts)])?
    };
    ab::setattr(ts, cls, &am, Some(&set))
}

const COLLECTION_FLAGS: u64 = flags::SEQUENCE | flags::MAPPING;

fn abc_init(ts: &ThreadState, _: &ObjRef, cls: &ObjRef) -> PyResult<ObjRef> {
    compute_abstract_methods(ts, cls)?;
    let d = alloc_object(ts, &data_type(ts), AbcData::default());
    d.downcast::<AbcData>()
        .expect("_abc_data")
        .negative_cache_version
        .set(COUNTER.get());
    ab::setattr(ts, cls, &abc_impl_name(ts), Some(&d))?;
    if let Some(t) = cls.downcast::<PyType>() {
        let dict = t.dict_payload();
        if let Some(fl) = dict.get_str_rs(ts, "__abc_tpflags__") {
            if fl.is_exact(&ts.types.int) {
                let v = ab::index_isize(ts, &fl)? as u64;
                if v & COLLECTION_FLAGS == COLLECTION_FLAGS {
                    return Err(ts.type_error(
                        "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING",
                    ));
                }
                t.flags.set(t.flags.get() | (v & COLLECTION_FLAGS));
            }
            dict.del_item(ts, &ts.intern("__abc_tpflags__"))?;
        }
    }
    Ok(ts.none())
}

/// `set_collection_flag_recursive`: a registered heap class and its subclasses take the ABC's
/// SEQUENCE/MAPPING flag (built-in types keep theirs).
fn set_collection_flag(child: &ObjRef, flag: u64) {
    if let Some(t) = child.downcast::<PyType>()
        && t.is_heap()
        && t.flags.get() & COLLECTION_FLAGS != flag
    {
        t.flags.set((t.flags.get() & !COLLECTION_FLAGS) | flag);
        for sub in t.subclasses() {
            set_collection_flag(&sub, flag);
        }
    }
}

fn abc_register(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let [cls, sub] = two(ts, "_abc_register", a)?;
    if !sub.is_a::<PyType>() {
        return Err(ts.type_error("Can only register classes"));
    }
    if ab::is_subclass(ts, sub, cls)? {
        return Ok(sub.clone());
    }
    if ab::is_subclass(ts, cls, sub)? {
        return Err(ts.runtime_error("Refusing to create an inheritance cycle"));
    }
    let imp = impl_of(ts, cls)?;
    WeakSet::add(&data(&imp).registry, ts, sub)?;
    COUNTER.set(COUNTER.get() + 1);
    if let Some(t) = cls.downcast::<PyType>() {
        let flag = t.flags.get() & COLLECTION_FLAGS;
        if flag != 0 {
            set_collection_flag(sub, flag);
        }
    }
    Ok(sub.clone())
}

fn two<'a>(ts: &ThreadState, name: &str, a: &'a [ObjRef]) -> PyResult<&'a [ObjRef; 2]> {
    a.try_into()
        .map_err(|_| ts.type_error(format!("{name} expected 2 arguments, got {}", a.len())))
}

fn call_subclasscheck(ts: &ThreadState, cls: &ObjRef, c: &ObjRef) -> PyResult<ObjRef> {
    ab::call_method(ts, cls, "__subclasscheck__", std::slice::from_ref(c))
}

fn abc_instancecheck(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let [cls, inst] = two(ts, "_abc_instancecheck", a)?;
    let imp = impl_of(ts, cls)?;
    let d = data(&imp);
    let sub = ab::getattr(ts, inst, &ts.names.__class__)?;
    if d.cache.borrow().contains(&sub) {
        return Ok(ts.bool_obj(true));
    }
    let subtype = inst.class();
    if subtype.is(&sub) {
        if d.negative_cache_version.get() == COUNTER.get()
            && d.negative_cache.borrow().contains(&sub)
        {
            return Ok(ts.bool_obj(false));
        }
        return call_subclasscheck(ts, cls, &sub);
    }
    let r = call_subclasscheck(ts, cls, &sub)?;
    if ab::is_true(ts, &r)? {
        return Ok(r);
    }
    call_subclasscheck(ts, cls, subtype)
}

fn abc_subclasscheck(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let [cls, sub] = two(ts, "_abc_subclasscheck", a)?;
    let Some(st) = sub.downcast::<PyType>() else {
        return Err(ts.type_error("issubclass() arg 1 must be a class"));
    };
    let imp = impl_of(ts, cls)?;
    let d = data(&imp);
    // 1. The cache.
    if d.cache.borrow().contains(sub) {
        return Ok(ts.bool_obj(true));
    }
    // 2. The negative cache, invalidated by registrations since it was filled.
    let counter = COUNTER.get();
    if d.negative_cache_version.get() < counter {
        WeakSet::clear(&d.negative_cache);
        d.negative_cache_version.set(counter);
    } else if d.negative_cache.borrow().contains(sub) {
        return Ok(ts.bool_obj(false));
    }
    let yes = |ts: &ThreadState| -> PyResult<ObjRef> {
        WeakSet::add(&d.cache, ts, sub)?;
        Ok(ts.bool_obj(true))
    };
    // 3. The subclass hook.
    let ok = ab::call_method(ts, cls, "__subclasshook__", std::slice::from_ref(sub))?;
    if ok.is(ts.true_ref()) {
        return yes(ts);
    }
    if ok.is(ts.false_ref()) {
        WeakSet::add(&d.negative_cache, ts, sub)?;
        return Ok(ts.bool_obj(false));
    }
    if !ts.is_not_implemented(&ok) {
        return Err(ts.new_error(
            &ts.exc.assertion_error,
            "__subclasshook__ must return either False, True, or NotImplemented",
        ));
    }
    // 4. A direct subclass.
    if st.mro_items().iter().any(|c| c.is(cls)) {
        return yes(ts);
    }
    // 5. A subclass of a registered class (the registry copied first: a callback may
    // change it).
    if d.registry.borrow().contains(sub) {
        return Ok(ts.bool_obj(true)); // CPython's fast path does not fill the cache
    }
    let registered = d.registry.borrow().live();
    for r in &registered {
        if ab::is_subclass(ts, sub, r)? {
            return yes(ts);
        }
    }
    // 6. A subclass of a subclass.
    let subs = ab::call_method(ts, cls, "__subclasses__", &[])?;
    for s in ab::collect(ts, &subs)? {
        if ab::is_subclass(ts, sub, &s)? {
            return yes(ts);
        }
    }
    WeakSet::add(&d.negative_cache, ts, sub)?;
    Ok(ts.bool_obj(false))
}

fn get_dump(ts: &ThreadState, _: &ObjRef, cls: &ObjRef) -> PyResult<ObjRef> {
    let imp = impl_of(ts, cls)?;
    let d = data(&imp);
    let reg = ts.new_set(&d.registry.borrow().weakrefs())?;
    let cache = ts.new_set(&d.cache.borrow().weakrefs())?;
    let neg = ts.new_set(&d.negative_cache.borrow().weakrefs())?;
    let ver = ts.new_int(d.negative_cache_version.get() as i64);
    Ok(ts.new_tuple(vec![reg, cache, neg, ver]))
}

fn reset_registry(ts: &ThreadState, _: &ObjRef, cls: &ObjRef) -> PyResult<ObjRef> {
    let imp = impl_of(ts, cls)?;
    WeakSet::clear(&data(&imp).registry);
    Ok(ts.none())
}

fn reset_caches(ts: &ThreadState, _: &ObjRef, cls: &ObjRef) -> PyResult<ObjRef> {
    let imp = impl_of(ts, cls)?;
    let d = data(&imp);
    WeakSet::clear(&d.cache);
    WeakSet::clear(&d.negative_cache);
    Ok(ts.none())
}

fn get_cache_token(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(COUNTER.get() as i64))
}

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::new("get_cache_token", Meth::NoArgs(get_cache_token)),
    MethodDef::new("_abc_init", Meth::O(abc_init)),
    MethodDef::new("_abc_register", Meth::Fast(abc_register)),
    MethodDef::new("_abc_instancecheck", Meth::Fast(abc_instancecheck)),
    MethodDef::new("_abc_subclasscheck", Meth::Fast(abc_subclasscheck)),
    MethodDef::new("_get_dump", Meth::O(get_dump)),
    MethodDef::new("_reset_registry", Meth::O(reset_registry)),
    MethodDef::new("_reset_caches", Meth::O(reset_caches)),
];

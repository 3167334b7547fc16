//! `PyType`, the payload of type objects: name, flags, bases and MRO, the type's dict, the slot
//! table, layout (basic size, `__dict__` and `__slots__` offsets), version tag; readying a
//! built-in type from its [`TypeSpec`], C3 linearization, MRO lookup (`_PyType_Lookup`) and
//! subtype tests. Heap types (class statements) are made in `types/typetype.rs`.

mod lookup_cache;
pub mod slotdefs;
pub mod slots;
pub mod spec;

use std::any::TypeId;
use std::cell::{Cell, UnsafeCell};
use std::ptr::NonNull;

use crate::error::PyResult;
use crate::header::{ObjHeader, ObjRef, PyPayload};
use crate::thread::ThreadState;
use crate::types::descr;
use crate::types::dict::PyDict;
use crate::types::tuple::PyTuple;
pub use slots::{CompareOp, Slots, nb};
pub use spec::{GetSetDef, Meth, MethKind, MethodDef, PayloadInfo, TypeSpec, flags};

/// A type object's payload.
pub struct PyType {
    name: UnsafeCell<Box<str>>,
    qualname: UnsafeCell<Option<ObjRef>>,
    pub flags: Cell<u64>,
    base: UnsafeCell<Option<ObjRef>>,
    bases: UnsafeCell<Option<ObjRef>>,
    mro: UnsafeCell<Option<ObjRef>>,
    dict: UnsafeCell<Option<ObjRef>>,
    slots: UnsafeCell<Slots>,
    /// Size of an instance (header, payload, trailing slots), GC head excluded.
    pub basicsize: Cell<usize>,
    /// Offset of the instance `__dict__` slot (0: none).
    pub dictoffset: Cell<usize>,
    /// Offset and number of the `__slots__` member slots.
    pub slotsoffset: Cell<usize>,
    pub nslots: Cell<usize>,
    /// Offset of the instance weakref-list slot (CPython's `tp_weaklistoffset`; 0: instances
    /// cannot be weakly referenced). The slot holds a raw pointer to the first weakref
    /// (`types::weakref`), never an owned reference.
    pub weaklistoffset: Cell<usize>,
    /// This type object's own weakref list (`type`'s `weaklistoffset` points here).
    pub weaklist: Cell<*mut ObjHeader>,
    /// Weak references to the direct subclasses (`tp_subclasses`, for `__subclasses__()`).
    subclasses: std::cell::RefCell<Vec<ObjRef>>,
    /// The solid base's payload type (what `downcast` compares).
    pub payload_id: TypeId,
    /// `size_of::<PyObject<T>>()` of the solid base payload (trailing slots start here).
    pub payload_size: usize,
    pub drop_payload: unsafe fn(NonNull<ObjHeader>),
    /// Frees a dead instance (see `header::default_dealloc`).
    pub dealloc: unsafe fn(NonNull<ObjHeader>),
    /// Changes whenever the type or a base changes (the attribute caches' key).
    pub version: Cell<u32>,
    /// The spec of a built-in type.
    pub spec: Option<&'static TypeSpec>,
}

impl PyPayload for PyType {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.type_
    }
}

thread_local! {
    static NEXT_VERSION: Cell<u32> = const { Cell::new(1) };
}

fn next_version() -> u32 {
    NEXT_VERSION.with(|v| {
        let n = v.get();
        v.set(n.wrapping_add(1).max(1));
        n
    })
}

impl PyType {
    /// An empty type with `payload` as its solid base's payload (filled in by `ready`).
    pub fn new(name: &str, payload: PayloadInfo) -> PyType {
        PyType {
            name: UnsafeCell::new(name.into()),
            qualname: UnsafeCell::new(None),
            flags: Cell::new(0),
            base: UnsafeCell::new(None),
            bases: UnsafeCell::new(None),
            mro: UnsafeCell::new(None),
            dict: UnsafeCell::new(None),
            slots: UnsafeCell::new(Slots::NONE),
            basicsize: Cell::new(payload.size),
            dictoffset: Cell::new(0),
            slotsoffset: Cell::new(0),
            nslots: Cell::new(0),
            weaklistoffset: Cell::new(0),
            weaklist: Cell::new(std::ptr::null_mut()),
            subclasses: std::cell::RefCell::new(Vec::new()),
            payload_id: (payload.id)(),
            payload_size: payload.size,
            drop_payload: payload.drop,
            dealloc: crate::header::default_dealloc,
            version: Cell::new(next_version()),
            spec: None,
        }
    }
    /// `tp_name` (a heap type's `__name__`).
    #[inline]
    pub fn name(&self) -> &str {
        // SAFETY: replaced only by `set_name`, never while a caller holds the result across
        // a call into Python (names are read for messages).
        unsafe { &*self.name.get() }
    }
    pub fn set_name(&self, name: &str) {
        // SAFETY: see `name`.
        unsafe { *self.name.get() = name.into() };
    }
    pub fn qualname(&self) -> Option<&ObjRef> {
        // SAFETY: as `name`.
        unsafe { (*self.qualname.get()).as_ref() }
    }
    pub fn set_qualname(&self, q: ObjRef) {
        // SAFETY: as `name`.
        unsafe { *self.qualname.get() = Some(q) };
    }
    #[inline]
    pub fn slots(&self) -> &Slots {
        // SAFETY: slots are replaced only by `slots_mut` when a dunder is assigned on the
        // class; callers copy a function pointer out before calling it.
        unsafe { &*self.slots.get() }
    }
    /// Mutable slots, for type creation and dunder assignment.
    #[allow(clippy::mut_from_ref)]
    pub fn slots_mut(&self) -> &mut Slots {
        // SAFETY: see `slots`; single-threaded.
        unsafe { &mut *self.slots.get() }
    }
    #[inline]
    pub fn has_flag(&self, f: u64) -> bool {
        self.flags.get() & f != 0
    }
    #[inline]
    pub fn is_gc(&self) -> bool {
        self.has_flag(flags::HAVE_GC)
    }
    #[inline]
    pub fn is_heap(&self) -> bool {
        self.has_flag(flags::HEAPTYPE)
    }
    /// `tp_base` (the solid base chain's next type), `None` for `object`.
    /// Calls `f` with the byte offset of each `__slots__` cell of an instance: the type's own,
    /// then each heap base's (CPython's `subtype_dealloc` runs `clear_slots` for every base
    /// along the chain; `class D(C)` without `__slots__` still holds C's).
    #[inline]
    pub fn for_each_slot(&self, mut f: impl FnMut(usize)) {
        let mut t = self;
        loop {
            let off = t.slotsoffset.get();
            for i in 0..t.nslots.get() {
                f(off + 8 * i);
            }
            match t.base() {
                Some(b) if b.typ_payload().is_heap() => t = b.typ_payload(),
                _ => return,
            }
        }
    }
    pub fn base(&self) -> Option<&ObjRef> {
        // SAFETY: replaced only when `__bases__` is assigned.
        unsafe { (*self.base.get()).as_ref() }
    }
    pub fn set_base(&self, b: Option<ObjRef>) {
        // SAFETY: as `base`.
        unsafe { *self.base.get() = b };
    }
    /// `__bases__` (a tuple).
    pub fn bases(&self) -> &ObjRef {
        // SAFETY: set when the type is readied, before any use.
        unsafe { (*self.bases.get()).as_ref().expect("type not ready") }
    }
    pub fn set_bases(&self, b: ObjRef) {
        // SAFETY: as `base`.
        unsafe { *self.bases.get() = Some(b) };
    }
    /// `__mro__` (a tuple, the type first).
    #[inline]
    pub fn mro(&self) -> &ObjRef {
        // SAFETY: set when the type is readied.
        unsafe { (*self.mro.get()).as_ref().expect("type not ready") }
    }
    pub fn mro_items(&self) -> &[ObjRef] {
        self.mro().downcast::<PyTuple>().map_or(&[], |t| t.items())
    }
    pub fn set_mro(&self, m: ObjRef) {
        // SAFETY: as `base`.
        unsafe { *self.mro.get() = Some(m) };
        self.modified();
    }
    /// The type's own dict (`tp_dict`).
    #[inline]
    pub fn dict(&self) -> &ObjRef {
        // SAFETY: set when the type is readied.
        unsafe { (*self.dict.get()).as_ref().expect("type not ready") }
    }
    pub fn dict_payload(&self) -> &PyDict {
        // SAFETY: the type dict is always an exact dict.
        unsafe { self.dict().payload_unchecked::<PyDict>() }
    }
    pub fn set_dict(&self, d: ObjRef) {
        // SAFETY: done once when readied.
        unsafe { *self.dict.get() = Some(d) };
        self.dict_payload().is_type_dict.set(true);
        crate::versions::bump_type_epoch();
    }
    /// Bumps the version tag (after any change to the dict or the bases) and ends the type
    /// epoch (cached lookups on this type and its subclasses).
    pub fn modified(&self) {
        self.version.set(next_version());
        crate::versions::bump_type_epoch();
    }
    /// Records `sub` as a direct subclass (a weak reference; dead ones are dropped here).
    pub fn add_subclass(&self, ts: &ThreadState, sub: &ObjRef) {
        let Ok(w) = crate::types::weakref::new_ref(ts, &ts.types.weakref, sub, None) else {
            return;
        };
        let dead: Vec<ObjRef> = {
            let mut v = self.subclasses.borrow_mut();
            // Dead entries are dropped when the list doubles (amortized O(1) per class).
            let dead = if v.len() >= 16 && v.len().is_power_of_two() {
                let (live, dead) = std::mem::take(&mut *v).into_iter().partition(|w| {
                    w.downcast::<crate::types::weakref::PyWeakref>()
                        .is_some_and(|w| !w.is_dead())
                });
                *v = live;
                dead
            } else {
                Vec::new()
            };
            v.push(w);
            dead
        };
        drop(dead);
    }
    /// The live direct subclasses, oldest first (`type.__subclasses__()`).
    pub fn subclasses(&self) -> Vec<ObjRef> {
        self.subclasses
            .borrow()
            .iter()
            .filter_map(|w| w.downcast::<crate::types::weakref::PyWeakref>()?.referent())
            .collect()
    }
    /// Forgets `sub` as a direct subclass (`__bases__` assignment; dead entries go too).
    pub fn remove_subclass(&self, sub: &ObjRef) {
        let all = std::mem::take(&mut *self.subclasses.borrow_mut());
        let (keep, gone): (Vec<ObjRef>, Vec<ObjRef>) = all.into_iter().partition(|w| {
            w.downcast::<crate::types::weakref::PyWeakref>()
                .and_then(|w| w.referent())
                .is_some_and(|r| !r.is(sub))
        });
        self.subclasses.borrow_mut().extend(keep);
        drop(gone);
    }
    /// `_PyType_Lookup`: `name` (an exact str) in the dicts along the MRO, through the type
    /// attribute cache for interned names.
    #[inline]
    pub fn lookup(&self, ts: &ThreadState, name: &ObjRef) -> Option<ObjRef> {
        let interned = name
            .downcast::<crate::types::str_::PyStr>()
            .is_some_and(|s| s.is_interned());
        if !interned {
            return self.lookup_uncached(ts, name);
        }
        let version = self.version.get();
        if let Some(hit) = lookup_cache::get(version, name) {
            return hit;
        }
        let v = self.lookup_uncached(ts, name);
        lookup_cache::put(version, name, v.as_ref());
        v
    }
    /// `lookup` without the cache.
    fn lookup_uncached(&self, ts: &ThreadState, name: &ObjRef) -> Option<ObjRef> {
        for t in self.mro_items() {
            // SAFETY: MRO entries are type objects.
            let t = unsafe { t.payload_unchecked::<PyType>() };
            if let Some(v) = t.dict_payload().get_str(ts, name) {
                return Some(v);
            }
        }
        None
    }
    /// `lookup` by a Rust string (interns it).
    pub fn lookup_str(&self, ts: &ThreadState, name: &str) -> Option<ObjRef> {
        let n = ts.intern(name);
        self.lookup(ts, &n)
    }
    /// `issubclass(self, other)` by the MRO (`PyType_IsSubtype`).
    #[inline]
    pub fn is_subtype(&self, other: &ObjRef) -> bool {
        self.mro_items().iter().any(|t| t.is(other))
    }
}

/// `tp_traverse` of type objects (`type_traverse`): the dict, MRO, bases, solid base and
/// qualified name a type owns, so cycles through classes (a class and its instances, a class
/// made in a function, the MRO holding the class itself) are found by the collector.
pub fn type_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let t = o.typ_payload();
    // SAFETY: the fields are read, not replaced, while visiting.
    unsafe {
        for f in [&t.dict, &t.mro, &t.bases, &t.base, &t.qualname] {
            if let Some(r) = &*f.get() {
                visit(r);
            }
        }
    }
    for w in t.subclasses.borrow().iter() {
        visit(w);
    }
}

/// `tp_clear` of heap types (`type_clear`): empties the dict and drops the MRO (its first item
/// is the class itself), which breaks every cycle through the class. The MRO becomes the empty
/// tuple rather than absent, so a lookup on a cleared class finds nothing instead of failing.
pub fn type_clear(ts: &ThreadState, o: &ObjRef) {
    let t = o.typ_payload();
    if !t.is_heap() {
        return;
    }
    t.modified();
    // SAFETY: set when readied; replaced here as `set_mro` does.
    let dict = unsafe { (*t.dict.get()).clone() };
    if let Some(d) = dict.as_ref().and_then(|d| d.downcast::<PyDict>()) {
        d.clear();
    }
    // SAFETY: as `set_mro`; the old tuple is dropped after the field holds the new one.
    let old = unsafe { (*t.mro.get()).replace(ts.empty_tuple()) };
    t.modified();
    drop(old);
}

/// Whether `obj` is an instance of `ty` (type or subtype: `PyObject_TypeCheck`).
#[inline]
pub fn type_check(obj: &ObjRef, ty: &ObjRef) -> bool {
    obj.class().is(ty) || obj.typ().is_subtype(ty)
}

/// C3 linearization of `ty` with `bases` (`mro_internal`); CPython's error message when no
/// consistent order exists.
pub fn c3_mro(ts: &ThreadState, ty: &ObjRef, bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
    let mut seqs: Vec<Vec<ObjRef>> = bases
        .iter()
        .map(|b| {
            b.downcast::<PyType>()
                .map_or(Vec::new(), |t| t.mro_items().to_vec())
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out = vec![ty.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            if !seqs.iter().any(|t| t[1..].iter().any(|x| x.is(cand))) {
                found = Some(cand.clone());
                break;
            }
        }
        let Some(next) = found else {
            let names: Vec<String> = seqs
                .iter()
                .map(|s| s[0].typ_name_of_type().to_string())
                .collect();
            let mut uniq: Vec<String> = Vec::new();
            for n in names {
                if !uniq.contains(&n) {
                    uniq.push(n);
                }
            }
            return Err(ts.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                uniq.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if s[0].is(&next) {
                s.remove(0);
            }
        }
        out.push(next);
    }
}

impl ObjRef {
    /// The `tp_name` of this object, which must be a type object.
    pub fn typ_name_of_type(&self) -> &str {
        self.downcast::<PyType>().map_or("?", |t| t.name())
    }
}

/// Readies a built-in type from its spec (`PyType_Ready`): base, MRO, inherited slots and
/// flags, a dict with a descriptor per method/getset and a wrapper per slot.
pub fn ready_builtin(ts: &ThreadState, ty: &ObjRef, spec: &'static TypeSpec) {
    let t = ty.downcast::<PyType>().expect("type object");
    let base = spec.base.map(|b| b(ts).clone());
    let mut fl = spec.flags;
    let mut slots = spec.slots;
    if let Some(b) = &base {
        let bt = b.downcast::<PyType>().expect("base type");
        fl |= bt.flags.get() & flags::INHERITED;
        slots.inherit(bt.slots());
        if spec.dictoffset == 0 {
            t.dictoffset.set(bt.dictoffset.get());
        }
    }
    if spec.dictoffset != 0 {
        t.dictoffset.set(spec.dictoffset);
    }
    // Weak references: type objects keep their list in `PyType`; other built-in types that
    // allow them get a trailing slot (no instance exists before its type is readied).
    if t.payload_id == TypeId::of::<PyType>() {
        t.weaklistoffset.set(
            std::mem::offset_of!(crate::header::PyObject<PyType>, payload)
                + std::mem::offset_of!(PyType, weaklist),
        );
    } else if fl & flags::WEAKREFABLE != 0 {
        let off = t.basicsize.get().next_multiple_of(8);
        t.weaklistoffset.set(off);
        t.basicsize.set(off + 8);
    }
    t.flags.set(fl);
    *t.slots_mut() = slots;
    t.set_dict(ts.new_dict());
    let bases = match &base {
        Some(b) => vec![b.clone()],
        None => vec![],
    };
    t.set_bases(ts.new_tuple(bases.clone()));
    let mut mro = vec![ty.clone()];
    if let Some(b) = &base {
        mro.extend(b.typ_payload().mro_items().iter().cloned());
    }
    t.set_base(base);
    t.set_mro(ts.new_tuple(mro));
    let dict = t.dict_payload();
    for m in spec.methods.iter().flat_map(|t| t.iter()) {
        let d = descr::new_method_descr(ts, ty, m);
        let _ = dict.set_item_str(ts, m.name, d);
    }
    for g in spec.getsets {
        let d = if g.is_readonly_member() {
            descr::new_field_member_descr(ts, ty, g)
        } else {
            descr::new_getset_descr(ts, ty, g)
        };
        let _ = dict.set_item_str(ts, g.name, d);
    }
    slotdefs::add_wrappers(ts, ty, &spec.slots);
    // `type_dict_set_doc`: a `__doc__` getset (`type`'s own) stays.
    if dict.get_str_rs(ts, "__doc__").is_none() {
        let doc = if spec.doc.is_empty() {
            ts.none()
        } else {
            ts.new_str(spec.doc)
        };
        let _ = dict.set_item_str(ts, "__doc__", doc);
    }
}

impl ObjRef {
    /// The `PyType` of a type object (unchecked in release builds).
    #[inline]
    pub fn typ_payload(&self) -> &PyType {
        debug_assert!(self.is_a::<PyType>());
        // SAFETY: callers pass type objects.
        unsafe { self.payload_unchecked::<PyType>() }
    }
}

/// Makes and readies a built-in type that is not in the registry (types of other crates:
/// the VM's streams, ...). Keep the returned object (in a module or your crate's state).
pub fn new_static_type(ts: &ThreadState, spec: &'static TypeSpec) -> ObjRef {
    let mut t = PyType::new(spec.name, spec.payload);
    t.spec = Some(spec);
    if let Some(d) = spec.dealloc {
        t.dealloc = d;
    }
    let ty = crate::header::alloc_object(ts, &ts.types.type_, t);
    ready_builtin(ts, &ty, spec);
    ty
}

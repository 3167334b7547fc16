//! Weak references (CPython's `Objects/weakrefobject.c`): `weakref.ReferenceType` (`weakref.ref`,
//! subclassable, with a callback, hashing and comparing by its referent), and the list of
//! weakrefs each weakly referenceable object keeps in the slot at its type's `weaklistoffset`
//! (a raw pointer to the first weakref; the weakrefs are linked through `prev`/`next` and never
//! own their referent). The basic ref and basic proxy (no callback) come first and are shared;
//! weakrefs with callbacks follow, newest first, so callbacks run newest first, as CPython's.
//! Clearing: [`clear_weakrefs`] when a referent is freed (callbacks run, errors reported as
//! unraisable), [`clear_ref`] for the collector (which calls the callbacks itself). The proxies
//! are `weakproxy.rs`.

use std::cell::Cell;
use std::ptr::NonNull;

use crate::abstract_ as ab;
use crate::error::PyResult;
use crate::header::{ObjHeader, ObjRef, PyObject, PyPayload, alloc_object};
use crate::thread::ThreadState;
use crate::typeobj::{CompareOp, GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags};

/// A weakref's payload (shared by `ref`, its subclasses and the proxies).
pub struct PyWeakref {
    /// The referent, borrowed (null once dead).
    referent: Cell<*mut ObjHeader>,
    callback: Cell<Option<ObjRef>>,
    /// `hash(referent)`, cached on first use (-1: not yet).
    hash: Cell<i64>,
    prev: Cell<*mut ObjHeader>,
    next: Cell<*mut ObjHeader>,
}

impl PyPayload for PyWeakref {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.weakref
    }
}

/// Offset of the payload inside its object (to find a weakref's object from its payload).
const PAYLOAD_OFFSET: usize = std::mem::offset_of!(PyObject<PyWeakref>, payload);

impl PyWeakref {
    fn new(referent: &ObjRef, callback: Option<ObjRef>) -> PyWeakref {
        PyWeakref {
            referent: Cell::new(referent.as_ptr().as_ptr()),
            callback: Cell::new(callback),
            hash: Cell::new(-1),
            prev: Cell::new(std::ptr::null_mut()),
            next: Cell::new(std::ptr::null_mut()),
        }
    }
    /// The object this payload belongs to.
    fn object_ptr(&self) -> *mut ObjHeader {
        // SAFETY: every `PyWeakref` lives inside a `PyObject<PyWeakref>`.
        unsafe { (self as *const PyWeakref as *mut u8).sub(PAYLOAD_OFFSET) as *mut ObjHeader }
    }
    /// The referent, if still alive (a new reference).
    pub fn referent(&self) -> Option<ObjRef> {
        let p = NonNull::new(self.referent.get())?;
        // SAFETY: a non-null referent has not been freed (it clears its weakrefs first); one
        // whose count is zero is waiting in the trashcan to be freed and counts as dead.
        unsafe {
            if p.as_ref().refcnt.get() == 0 {
                return None;
            }
            Some(ObjRef::from_borrowed(p))
        }
    }
    /// Whether the referent is `o` (no reference taken).
    #[inline]
    pub fn referent_is(&self, o: &ObjRef) -> bool {
        self.referent.get() == o.as_ptr().as_ptr()
    }
    pub fn is_dead(&self) -> bool {
        self.referent.get().is_null()
    }
    fn has_callback(&self) -> bool {
        let c = self.callback.take();
        let has = c.is_some();
        self.callback.set(c);
        has
    }
    /// CPython's `clear_weakref`'s unlinking part: off the referent's list, referent gone.
    fn unlink(&self) {
        let r = self.referent.get();
        if r.is_null() {
            return;
        }
        let me = self.object_ptr();
        // SAFETY: the referent is alive and weakly referenceable (it has a list slot).
        let r = unsafe { ObjRef::from_raw(NonNull::new_unchecked(r)) };
        let r = std::mem::ManuallyDrop::new(r);
        if let Some(list) = list_slot(&r)
            && list.get() == me
        {
            list.set(self.next.get());
        }
        let (prev, next) = (self.prev.get(), self.next.get());
        if let Some(p) = weak_at(prev) {
            p.next.set(next);
        }
        if let Some(n) = weak_at(next) {
            n.prev.set(prev);
        }
        self.prev.set(std::ptr::null_mut());
        self.next.set(std::ptr::null_mut());
        self.referent.set(std::ptr::null_mut());
    }
}

impl Drop for PyWeakref {
    /// A weakref freed before its referent leaves the list.
    fn drop(&mut self) {
        self.unlink();
    }
}

/// The weakref payload of the list entry at `p` (null: `None`).
fn weak_at<'a>(p: *mut ObjHeader) -> Option<&'a PyWeakref> {
    // SAFETY: list entries are live weakref objects (they unlink themselves when freed).
    NonNull::new(p).map(|p| unsafe { &(*(p.as_ptr() as *const PyObject<PyWeakref>)).payload })
}

/// A borrowed view of the weakref object at list entry `p`.
fn obj_at(p: &*mut ObjHeader) -> &ObjRef {
    // SAFETY: `ObjRef` is a transparent non-null pointer; entries are non-null when viewed.
    unsafe { &*(p as *const *mut ObjHeader as *const ObjRef) }
}

/// The weakref-list slot of `o`, if its type allows weak references.
#[inline]
pub fn list_slot(o: &ObjRef) -> Option<&Cell<*mut ObjHeader>> {
    let off = o.typ().weaklistoffset.get();
    if off == 0 {
        return None;
    }
    // SAFETY: `weaklistoffset` is a pointer-sized slot of every instance of the type.
    Some(unsafe { &*((o.as_ptr().as_ptr() as *const u8).add(off) as *const Cell<*mut ObjHeader>) })
}

/// Whether `o`'s type allows weak references.
pub fn supports_weakrefs(o: &ObjRef) -> bool {
    o.typ().weaklistoffset.get() != 0
}

/// The first weakref to `o` (the `__weakref__` attribute), if any.
pub fn first_weakref(o: &ObjRef) -> Option<ObjRef> {
    let head = list_slot(o)?.get();
    if head.is_null() {
        return None;
    }
    Some(obj_at(&head).clone())
}

/// Every live weakref to `o`, in list order.
pub fn weakrefs_of(o: &ObjRef) -> Vec<ObjRef> {
    let mut out = Vec::new();
    let Some(list) = list_slot(o) else {
        return out;
    };
    let mut p = list.get();
    while let Some(w) = weak_at(p) {
        let r = obj_at(&p);
        if r.refcnt() > 0 {
            out.push(r.clone());
        }
        p = w.next.get();
    }
    out
}

/// `weakref.getweakrefcount(o)`.
pub fn weakref_count(o: &ObjRef) -> usize {
    let Some(list) = list_slot(o) else {
        return 0;
    };
    let (mut n, mut p) = (0, list.get());
    while let Some(w) = weak_at(p) {
        n += 1;
        p = w.next.get();
    }
    n
}

fn is_proxy_type(ts: &ThreadState, o: &ObjRef) -> bool {
    o.is_exact(&ts.types.weakproxy) || o.is_exact(&ts.types.weakcallableproxy)
}

/// CPython's `get_basic_refs`: the shared ref and proxy without callbacks at the list's head.
fn basic_refs(ts: &ThreadState, head: *mut ObjHeader) -> (*mut ObjHeader, *mut ObjHeader) {
    let (mut r, mut p) = (std::ptr::null_mut(), std::ptr::null_mut());
    let mut cur = head;
    if let Some(w) = weak_at(cur)
        && !w.has_callback()
    {
        if obj_at(&cur).is_exact(&ts.types.weakref) {
            r = cur;
            cur = w.next.get();
        }
        if let Some(w) = weak_at(cur)
            && !w.has_callback()
            && is_proxy_type(ts, obj_at(&cur))
        {
            p = cur;
        }
    }
    (r, p)
}

fn insert_head(list: &Cell<*mut ObjHeader>, wr: &ObjRef) {
    let w = wr.downcast::<PyWeakref>().expect("weakref");
    let me = wr.as_ptr().as_ptr();
    let next = list.get();
    w.prev.set(std::ptr::null_mut());
    w.next.set(next);
    if let Some(n) = weak_at(next) {
        n.prev.set(me);
    }
    list.set(me);
}

fn insert_after(wr: &ObjRef, prev: *mut ObjHeader) {
    let w = wr.downcast::<PyWeakref>().expect("weakref");
    let me = wr.as_ptr().as_ptr();
    let p = weak_at(prev).expect("list entry");
    let next = p.next.get();
    w.prev.set(prev);
    w.next.set(next);
    if let Some(n) = weak_at(next) {
        n.prev.set(me);
    }
    p.next.set(me);
}

fn cannot_weakref(ts: &ThreadState, o: &ObjRef) -> crate::PyErr {
    ts.type_error(format!(
        "cannot create weak reference to '{}' object",
        o.typ().name()
    ))
}

/// `cls(ob, callback)` for `weakref.ref` and its subclasses (`weakref___new__`): the shared
/// basic ref when there is no callback and `cls` is exactly `ref`.
pub fn new_ref(
    ts: &ThreadState,
    cls: &ObjRef,
    ob: &ObjRef,
    callback: Option<ObjRef>,
) -> PyResult<ObjRef> {
    let Some(list) = list_slot(ob) else {
        return Err(cannot_weakref(ts, ob));
    };
    let callback = callback.filter(|c| !ts.is_none(c));
    let exact = cls.is(&ts.types.weakref);
    if callback.is_none() && exact {
        let (r, _) = basic_refs(ts, list.get());
        if !r.is_null() {
            return Ok(obj_at(&r).clone());
        }
    }
    let no_cb = callback.is_none();
    let wr = alloc_object(ts, cls, PyWeakref::new(ob, callback));
    // The allocation may have run a collection: read the list again.
    if no_cb && exact {
        insert_head(list, &wr);
    } else {
        let (r, p) = basic_refs(ts, list.get());
        let prev = if p.is_null() { r } else { p };
        if prev.is_null() {
            insert_head(list, &wr);
        } else {
            insert_after(&wr, prev);
        }
    }
    Ok(wr)
}

/// `weakref.proxy(ob, callback=None)` (`PyWeakref_NewProxy`).
pub fn new_proxy(ts: &ThreadState, ob: &ObjRef, callback: Option<ObjRef>) -> PyResult<ObjRef> {
    let Some(list) = list_slot(ob) else {
        return Err(cannot_weakref(ts, ob));
    };
    let callback = callback.filter(|c| !ts.is_none(c));
    if callback.is_none() {
        let (_, p) = basic_refs(ts, list.get());
        if !p.is_null() {
            return Ok(obj_at(&p).clone());
        }
    }
    let cls = if ob.typ().slots().call.is_some() {
        &ts.types.weakcallableproxy
    } else {
        &ts.types.weakproxy
    };
    let no_cb = callback.is_none();
    let wr = alloc_object(ts, cls, PyWeakref::new(ob, callback));
    let (r, p) = basic_refs(ts, list.get());
    let prev = if no_cb {
        if !p.is_null() {
            return Ok(obj_at(&p).clone());
        }
        r
    } else if p.is_null() {
        r
    } else {
        p
    };
    if prev.is_null() {
        insert_head(list, &wr);
    } else {
        insert_after(&wr, prev);
    }
    Ok(wr)
}

/// CPython's `_PyWeakref_ClearRef`: the weakref dies without its callback running (the
/// collector decides about callbacks itself). The callback stays for the caller to take.
pub fn clear_ref(wr: &ObjRef) {
    if let Some(w) = wr.downcast::<PyWeakref>() {
        w.unlink();
    }
}

/// Takes a weakref's callback (the collector calls it after clearing).
pub fn take_callback(wr: &ObjRef) -> Option<ObjRef> {
    wr.downcast::<PyWeakref>().and_then(|w| w.callback.take())
}

/// Whether `o` is a weakref or proxy (any subclass).
pub fn is_weakref(o: &ObjRef) -> bool {
    o.is_a::<PyWeakref>()
}

/// Calls a weakref's callback with the weakref; errors are reported as unraisable.
pub fn handle_callback(ts: &ThreadState, wr: &ObjRef, callback: &ObjRef) {
    if let Err(e) = ab::call(ts, callback, std::slice::from_ref(wr)) {
        (ts.hooks.unraisable.get())(ts, e, Some(callback));
    }
}

/// `PyObject_ClearWeakRefs`: `o` is being freed (its count is zero); every weakref to it dies,
/// then the callbacks of the live ones run in list order. The raised exception, if any, is
/// kept across the callbacks.
pub fn clear_weakrefs(ts: &ThreadState, o: &ObjRef) {
    let Some(list) = list_slot(o) else {
        return;
    };
    if list.get().is_null() {
        return;
    }
    let mut calls: Vec<(ObjRef, ObjRef)> = Vec::new();
    while let Some(w) = weak_at(list.get()) {
        let p = list.get();
        let cb = w.callback.take();
        let alive = obj_at(&p).refcnt() > 0;
        let wr = alive.then(|| obj_at(&p).clone());
        w.unlink();
        if let (Some(wr), Some(cb)) = (wr, cb) {
            calls.push((wr, cb));
        }
    }
    if calls.is_empty() {
        return;
    }
    let saved = ts.exc_info.borrow().clone();
    for (wr, cb) in &calls {
        handle_callback(ts, wr, cb);
    }
    *ts.exc_info.borrow_mut() = saved;
}

/// Clears the weakrefs made to `o` while its finalizer ran, without callbacks (the end of
/// `subtype_dealloc`).
pub fn clear_weakrefs_silently(o: &ObjRef) {
    if let Some(list) = list_slot(o) {
        while let Some(w) = weak_at(list.get()) {
            w.unlink();
        }
    }
}

// ---- ReferenceType ----

pub(crate) fn wr(o: &ObjRef) -> &PyWeakref {
    o.downcast::<PyWeakref>().expect("weakref")
}

/// Binds `(ob, callback=None)` as `PyArg_UnpackTuple(args, name, 1, 2)`.
pub(crate) fn init_args(
    ts: &ThreadState,
    name: &str,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<(ObjRef, Option<ObjRef>)> {
    let nkw = kwnames.map_or(0, |k| crate::args::kw_names(Some(k)).len());
    let pos = &args[..args.len() - nkw];
    match pos {
        [ob] => Ok((ob.clone(), None)),
        [ob, cb] => Ok((ob.clone(), Some(cb.clone()))),
        [] => Err(ts.type_error(format!("{name} expected at least 1 argument, got 0"))),
        _ => Err(ts.type_error(format!(
            "{name} expected at most 2 arguments, got {}",
            pos.len()
        ))),
    }
}

fn ref_new(
    ts: &ThreadState,
    cls: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let (ob, cb) = init_args(ts, "__new__", args, kw)?;
    new_ref(ts, cls, &ob, cb)
}

fn ref_init(ts: &ThreadState, _: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<()> {
    init_args(ts, "__init__", args, kw).map(|_| ())
}

fn ref_call(
    ts: &ThreadState,
    o: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let nkw = kwnames_len(kw);
    if nkw > 0 {
        return Err(ts.type_error("weakref() takes no keyword arguments"));
    }
    if !args.is_empty() {
        return Err(ts.type_error(format!("weakref expected 0 arguments, got {}", args.len())));
    }
    Ok(wr(o).referent().unwrap_or_else(|| ts.none()))
}

fn kwnames_len(kw: Option<&ObjRef>) -> usize {
    kw.map_or(0, |k| crate::args::kw_names(Some(k)).len())
}

fn ref_hash(ts: &ThreadState, o: &ObjRef) -> PyResult<i64> {
    let w = wr(o);
    if w.hash.get() != -1 {
        return Ok(w.hash.get());
    }
    let Some(r) = w.referent() else {
        return Err(ts.type_error("weak object has gone away"));
    };
    let h = ab::hash(ts, &r)?;
    w.hash.set(h);
    Ok(h)
}

fn ref_richcompare(ts: &ThreadState, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne)
        || !crate::typeobj::type_check(a, &ts.types.weakref)
        || !crate::typeobj::type_check(b, &ts.types.weakref)
    {
        return Ok(ts.not_implemented());
    }
    match (wr(a).referent(), wr(b).referent()) {
        (Some(x), Some(y)) => ab::rich_compare(ts, &x, &y, op),
        _ => {
            let same = a.is(b);
            Ok(ts.bool_obj(if op == CompareOp::Eq { same } else { !same }))
        }
    }
}

/// The name part of a weakref's repr: ` (name)` when the referent has a str `__name__`.
pub(crate) fn referent_name(ts: &ThreadState, r: &ObjRef) -> PyResult<String> {
    match ab::getattr_opt(ts, r, &ts.names.__name__) {
        Ok(Some(n)) if n.is_a::<crate::types::str_::PyStr>() => {
            Ok(format!(" ({})", ab::str_of(&n)))
        }
        Ok(_) => Ok(String::new()),
        Err(e) => Err(e),
    }
}

fn ref_repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let Some(r) = wr(o).referent() else {
        return Ok(ts.new_string(format!("<weakref at {:#x}; dead>", o.id())));
    };
    let name = referent_name(ts, &r)?;
    Ok(ts.new_string(format!(
        "<weakref at {:#x}; to '{}' at {:#x}{name}>",
        o.id(),
        r.typ().name(),
        r.id()
    )))
}

fn weakref_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let w = wr(o);
    let cb = w.callback.take();
    if let Some(c) = &cb {
        visit(c);
    }
    w.callback.set(cb);
}

fn weakref_clear(_: &ThreadState, o: &ObjRef) {
    let w = wr(o);
    w.unlink();
    drop(w.callback.take());
}

fn callback_get(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let w = wr(o);
    let cb = w.callback.take();
    let out = cb.clone().unwrap_or_else(|| ts.none());
    w.callback.set(cb);
    Ok(out)
}

fn class_getitem(ts: &ThreadState, cls: &ObjRef, item: &ObjRef) -> PyResult<ObjRef> {
    crate::types::genericalias::class_getitem(ts, cls, item)
}

static REF_METHODS: &[MethodDef] = &[MethodDef::class(
    "__class_getitem__",
    Meth::O(class_getitem),
)];

static REF_GETSETS: &[GetSetDef] = &[GetSetDef::ro("__callback__", callback_get)];

pub static REF_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC | flags::BASETYPE,
    slots: Slots {
        repr: Some(ref_repr),
        hash: Some(ref_hash),
        richcompare: Some(ref_richcompare),
        call: Some(ref_call),
        new: Some(ref_new),
        init: Some(ref_init),
        traverse: Some(weakref_traverse),
        clear: Some(weakref_clear),
        ..Slots::NONE
    },
    methods: &[REF_METHODS],
    getsets: REF_GETSETS,
    ..TypeSpec::new("weakref.ReferenceType", PayloadInfo::of::<PyWeakref>())
};

/// The traverse and clear slots the proxies share with `ref`.
pub(crate) const TRAVERSE: crate::typeobj::slots::TraverseFn = weakref_traverse;
pub(crate) const CLEAR: crate::typeobj::slots::ObjFn = weakref_clear;

//! The object header, the owned counted reference [`ObjRef`], allocation (with CPython's GC
//! head before tracked containers) and deallocation (through the type's `dealloc` slot, with a
//! trashcan so freeing a deep structure never recurses without bound on the Rust stack).

use std::alloc::{Layout, alloc, dealloc as free};
use std::any::TypeId;
use std::cell::{Cell, RefCell};
use std::fmt;
use std::mem::{ManuallyDrop, size_of};
use std::ptr::NonNull;

use crate::thread::ThreadState;
use crate::typeobj::PyType;

/// What every object starts with (CPython's `PyObject`): the reference count and the type
/// object (a `PyObject<PyType>`; every object owns one reference to its type).
#[repr(C)]
pub struct ObjHeader {
    pub(crate) refcnt: Cell<usize>,
    pub(crate) ty: Cell<NonNull<ObjHeader>>,
}

/// An object: the header, then the payload of its solid base type. Instances of heap
/// subclasses have trailing slots after this (`__dict__` at the type's `dictoffset`, then
/// `__slots__` members), zero-initialised.
#[repr(C)]
pub struct PyObject<T> {
    pub header: ObjHeader,
    pub payload: T,
}

/// CPython's `PyGC_Head` (two words, as 3.11's): allocated right before every tracked object.
/// `next`/`prev` link the generation lists (circular, with a sentinel); the low bits of
/// `prev` hold the object's flags ([`GC_FINALIZED`], [`GC_TRACKED`]). While the collector
/// runs trial deletion (no Python code runs then), `prev` holds its scratch count instead
/// (shifted past the flags) and the low bits of `next` its marks; it restores both before
/// anything else touches the lists (as `gcmodule.c` does with `_gc_prev`).
#[repr(C)]
pub struct GcHead {
    next: Cell<usize>,
    prev: Cell<usize>,
}

/// Size of the GC head in front of a tracked object.
pub const GC_HEAD_SIZE: usize = size_of::<GcHead>();
/// `GcHead` flags: `tp_finalize` already ran (PEP 442).
pub const GC_FINALIZED: usize = 1;
/// `GcHead` flags: the object is in a generation list.
pub const GC_TRACKED: usize = 2;
/// The low bits of `prev` that are flags (heads are 8-byte aligned).
const FLAG_MASK: usize = 3;
/// The low bits of `next` that are the collector's marks during trial deletion.
const MARK_MASK: usize = 3;

impl GcHead {
    /// An unlinked head (a list sentinel links to itself once placed: [`GcHead::init_sentinel`]).
    pub const fn new() -> GcHead {
        GcHead {
            next: Cell::new(0),
            prev: Cell::new(0),
        }
    }
    /// Makes `self` (at its final address) an empty list's sentinel.
    pub fn init_sentinel(&self) {
        let me = self as *const GcHead as usize;
        self.next.set(me);
        self.prev.set(me);
    }
    /// The next head in the list (null when unlinked).
    #[inline]
    pub fn next(&self) -> *mut GcHead {
        (self.next.get() & !MARK_MASK) as *mut GcHead
    }
    #[inline]
    fn prev_ptr(&self) -> *mut GcHead {
        (self.prev.get() & !FLAG_MASK) as *mut GcHead
    }
    #[inline]
    fn set_next(&self, p: *mut GcHead) {
        self.next.set(p as usize);
    }
    #[inline]
    fn set_prev(&self, p: *mut GcHead) {
        self.prev.set(p as usize | (self.prev.get() & FLAG_MASK));
    }
    /// [`GC_FINALIZED`] and [`GC_TRACKED`].
    #[inline]
    pub fn flags(&self) -> usize {
        self.prev.get() & FLAG_MASK
    }
    #[inline]
    pub fn set_flags(&self, f: usize) {
        debug_assert!(f & !FLAG_MASK == 0);
        self.prev
            .set((self.prev.get() & !FLAG_MASK) | (f & FLAG_MASK));
    }
    /// The collector's marks (trial deletion only; 0 otherwise).
    #[inline]
    pub fn marks(&self) -> usize {
        self.next.get() & MARK_MASK
    }
    /// Sets the collector's marks (two bits); the caller clears them before the lists are
    /// walked or changed again.
    #[inline]
    pub fn set_marks(&self, m: usize) {
        debug_assert!(m & !MARK_MASK == 0);
        self.next.set((self.next.get() & !MARK_MASK) | m);
    }
    /// The scratch count (valid after [`GcHead::set_refs`], until [`GcHead::restore_prev`]).
    #[inline]
    pub fn refs(&self) -> isize {
        (self.prev.get() as isize) >> 2
    }
    /// Replaces the `prev` link by the scratch count (the flags stay).
    #[inline]
    pub fn set_refs(&self, n: isize) {
        self.prev
            .set(((n << 2) as usize) | (self.prev.get() & FLAG_MASK));
    }
    /// Puts the `prev` link back after trial deletion (the flags stay).
    #[inline]
    pub fn restore_prev(&self, p: *mut GcHead) {
        self.prev.set(p as usize | (self.prev.get() & FLAG_MASK));
    }
    /// The object this head precedes, borrowed (no count taken; never dropped).
    ///
    /// # Safety
    /// `self` must be the head of a live tracked object (not a list sentinel), alive while
    /// the result is used.
    #[inline]
    pub unsafe fn object(&self) -> ManuallyDrop<ObjRef> {
        // SAFETY: the object starts right after its head.
        unsafe {
            let p = (self as *const GcHead as *const u8).add(GC_HEAD_SIZE) as *mut ObjHeader;
            ManuallyDrop::new(ObjRef(NonNull::new_unchecked(p)))
        }
    }
    /// Unlinks from the list it is in (no-op when unlinked).
    pub fn unlink(&self) {
        let (p, n) = (self.prev_ptr(), self.next());
        if !p.is_null() {
            // SAFETY: linked heads point at live heads or sentinels.
            unsafe {
                (*p).set_next(n);
                (*n).set_prev(p);
            }
        }
        self.set_prev(std::ptr::null_mut());
        self.set_next(std::ptr::null_mut());
    }
    /// Moves every head of the list `self` (a sentinel) to the end of the list `to`,
    /// in order; `self` is left empty.
    pub fn splice_into(&self, to: &GcHead) {
        let me = self as *const GcHead as *mut GcHead;
        let first = self.next();
        if first == me || first.is_null() {
            return;
        }
        let last = self.prev_ptr();
        let tail = to.prev_ptr();
        // SAFETY: both lists are well formed; their heads are live.
        unsafe {
            (*tail).set_next(first);
            (*first).set_prev(tail);
            (*last).set_next(to as *const GcHead as *mut GcHead);
        }
        to.set_prev(last);
        self.init_sentinel();
    }
    /// Links `self` before `sentinel` (at the list's end).
    pub fn link_before(&self, sentinel: &GcHead) {
        let last = sentinel.prev_ptr();
        self.set_next(sentinel as *const GcHead as *mut GcHead);
        self.set_prev(last);
        // SAFETY: the sentinel's list is well formed.
        unsafe { (*last).set_next(self as *const GcHead as *mut GcHead) };
        sentinel.set_prev(self as *const GcHead as *mut GcHead);
    }
}

impl Default for GcHead {
    fn default() -> Self {
        GcHead::new()
    }
}

/// A Rust type that is the payload of a Python type. `class` is the type object instances
/// get by default (`ts.types.list` for `PyList`; types made outside the registry keep the
/// default and are given their type at allocation).
pub trait PyPayload: Sized + 'static {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.object
    }
}

/// An owned, counted reference to an object (CPython's strong `PyObject*`). `Clone` increfs,
/// `Drop` decrefs; `&ObjRef` is a borrowed reference. `Option<ObjRef>` is pointer-sized (NULL
/// is `None`), which the value stack relies on.
#[repr(transparent)]
pub struct ObjRef(NonNull<ObjHeader>);

impl ObjRef {
    /// Takes ownership of one reference.
    ///
    /// # Safety
    /// `ptr` must point at a live object and carry a reference the caller gives up.
    #[inline]
    pub unsafe fn from_raw(ptr: NonNull<ObjHeader>) -> ObjRef {
        ObjRef(ptr)
    }
    /// A new reference to an object the caller borrows.
    ///
    /// # Safety
    /// `ptr` must point at a live object.
    #[inline]
    pub unsafe fn from_borrowed(ptr: NonNull<ObjHeader>) -> ObjRef {
        // SAFETY: live by contract.
        unsafe { ptr.as_ref().refcnt.set(ptr.as_ref().refcnt.get() + 1) };
        ObjRef(ptr)
    }
    /// Gives up ownership without decref.
    #[inline]
    pub fn into_raw(self) -> NonNull<ObjHeader> {
        ManuallyDrop::new(self).0
    }
    #[inline]
    pub fn as_ptr(&self) -> NonNull<ObjHeader> {
        self.0
    }
    /// `id(obj)`.
    #[inline]
    pub fn id(&self) -> usize {
        self.0.as_ptr() as usize
    }
    #[inline]
    pub fn header(&self) -> &ObjHeader {
        // SAFETY: an `ObjRef` keeps its object alive.
        unsafe { self.0.as_ref() }
    }
    /// `x is y`.
    #[inline]
    pub fn is(&self, other: &ObjRef) -> bool {
        self.0 == other.0
    }
    /// The reference count (`sys.getrefcount` minus the argument's own).
    #[inline]
    pub fn refcnt(&self) -> usize {
        self.header().refcnt.get()
    }
    /// The type object (`type(obj)`), borrowed.
    #[inline]
    pub fn class(&self) -> &ObjRef {
        // SAFETY: the header's type pointer is a non-null pointer the object owns a reference
        // through, and `ObjRef` is a transparent `NonNull`. Setting `__class__` replaces it
        // only through `set_class`, which keeps the old type alive until the borrow's caller
        // returns to the eval loop (the old reference is dropped after the store).
        unsafe { &*(self.header().ty.as_ptr() as *const ObjRef) }
    }
    /// The payload of `type(obj)`.
    #[inline]
    pub fn typ(&self) -> &PyType {
        // SAFETY: every type object's payload is a `PyType`.
        unsafe { self.class().payload_unchecked::<PyType>() }
    }
    /// Replaces the type (`obj.__class__ = C`, checked by the caller for layout compatibility).
    pub fn set_class(&self, ty: ObjRef) {
        let old = self.header().ty.replace(ty.into_raw());
        // SAFETY: the header owned this reference.
        drop(unsafe { ObjRef::from_raw(old) });
    }
    /// The payload, when the object's solid base stores a `T` (the type or a subclass).
    #[inline]
    pub fn downcast<T: PyPayload>(&self) -> Option<&T> {
        if self.typ().payload_id == TypeId::of::<T>() {
            // SAFETY: the type's solid-base payload is a `T`.
            Some(unsafe { self.payload_unchecked::<T>() })
        } else {
            None
        }
    }
    /// Whether the payload is a `T`.
    #[inline]
    pub fn is_a<T: PyPayload>(&self) -> bool {
        self.typ().payload_id == TypeId::of::<T>()
    }
    /// The payload as `T`, unchecked.
    ///
    /// # Safety
    /// The object's payload must be a `T`.
    #[inline]
    pub unsafe fn payload_unchecked<T>(&self) -> &T {
        // SAFETY: by contract.
        unsafe { &(*(self.0.as_ptr() as *const PyObject<T>)).payload }
    }
    /// Whether the type is exactly `ty` (`PyXxx_CheckExact`).
    #[inline]
    pub fn is_exact(&self, ty: &ObjRef) -> bool {
        self.class().is(ty)
    }
    /// The slot at byte `offset` from the object's start (`__dict__`, `__slots__` members).
    ///
    /// # Safety
    /// `offset` must be a trailing slot of this object's type.
    #[inline]
    pub unsafe fn slot_at(&self, offset: usize) -> &Cell<Option<ObjRef>> {
        // SAFETY: by contract; `Cell<Option<ObjRef>>` is pointer-sized, zero is `None`.
        unsafe { &*((self.0.as_ptr() as *const u8).add(offset) as *const Cell<Option<ObjRef>>) }
    }
    /// The GC head of a tracked object.
    ///
    /// # Safety
    /// The object's type must have `HAVE_GC`.
    #[inline]
    pub unsafe fn gc_head(&self) -> &GcHead {
        // SAFETY: tracked objects are allocated with their head in front.
        unsafe { &*((self.0.as_ptr() as *const u8).sub(GC_HEAD_SIZE) as *const GcHead) }
    }
}

impl Clone for ObjRef {
    #[inline]
    fn clone(&self) -> ObjRef {
        let h = self.header();
        h.refcnt.set(h.refcnt.get() + 1);
        ObjRef(self.0)
    }
}

impl Drop for ObjRef {
    #[inline]
    fn drop(&mut self) {
        let h = self.header();
        let n = h.refcnt.get() - 1;
        h.refcnt.set(n);
        if n == 0 {
            // SAFETY: that was the last reference.
            unsafe { dealloc_object(self.0) }
        }
    }
}

impl PartialEq for ObjRef {
    /// Identity (`is`), not `==`.
    fn eq(&self, other: &ObjRef) -> bool {
        self.is(other)
    }
}
impl Eq for ObjRef {}

impl fmt::Debug for ObjRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<{} object at {:#x}>", self.typ().name(), self.id())
    }
}

/// A zero-cost view of a slice of non-null stack slots as owned references.
#[inline]
pub fn as_refs(slots: &[Option<ObjRef>]) -> &[ObjRef] {
    debug_assert!(slots.iter().all(Option::is_some));
    // SAFETY: `Option<ObjRef>` and `ObjRef` have the same layout (null-pointer niche); the
    // caller passes only filled slots.
    unsafe { std::slice::from_raw_parts(slots.as_ptr() as *const ObjRef, slots.len()) }
}

/// Allocates an object of type `ty` (whose solid base payload must be `T`): GC head first when
/// the type has `HAVE_GC` (linked into generation 0), trailing slots zeroed.
#[inline]
pub fn alloc_object<T>(ts: &ThreadState, ty: &ObjRef, payload: T) -> ObjRef {
    alloc_inner(Some(ts), ty, payload)
}

/// Allocates an object before the thread state exists (bootstrap singletons): a GC head is
/// laid out when the type has `HAVE_GC`, but the object is not tracked.
pub(crate) fn alloc_untracked<T>(ty: &ObjRef, payload: T) -> ObjRef {
    alloc_inner(None, ty, payload)
}

#[inline]
fn alloc_inner<T>(ts: Option<&ThreadState>, ty: &ObjRef, payload: T) -> ObjRef {
    const { assert!(std::mem::align_of::<T>() <= 8) };
    let typ = ty.typ_payload();
    let basic = typ.basicsize.get();
    assert!(
        basic >= size_of::<PyObject<T>>(),
        "type smaller than its payload"
    );
    let gc = typ.is_gc();
    if gc && let Some(ts) = ts {
        ts.gc_before_alloc();
    }
    let pre = if gc { GC_HEAD_SIZE } else { 0 };
    let layout = Layout::from_size_align(pre + basic, 8).expect("object layout");
    // SAFETY: the layout is non-zero sized; every byte is written below.
    unsafe {
        let base = alloc(layout);
        if base.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        let obj = base.add(pre) as *mut PyObject<T>;
        obj.write(PyObject {
            header: ObjHeader {
                refcnt: Cell::new(1),
                ty: Cell::new(ty.clone().into_raw()),
            },
            payload,
        });
        let tail = size_of::<PyObject<T>>();
        if basic > tail {
            std::ptr::write_bytes((obj as *mut u8).add(tail), 0, basic - tail);
        }
        let r = ObjRef(NonNull::new_unchecked(obj as *mut ObjHeader));
        if gc {
            let head = base as *mut GcHead;
            head.write(GcHead::new());
            if let Some(ts) = ts {
                ts.gc_track(&*head);
            }
        }
        r
    }
}

/// Drops the payload of an object whose solid base stores a `T` (a type's `drop_payload`).
///
/// # Safety
/// The object's payload must be a `T`, dropped once.
pub unsafe fn drop_payload<T>(obj: NonNull<ObjHeader>) {
    // SAFETY: by contract.
    unsafe { std::ptr::drop_in_place(&mut (*(obj.as_ptr() as *mut PyObject<T>)).payload) }
}

const TRASHCAN_DEPTH: u32 = 50;

thread_local! {
    static DEALLOC_DEPTH: Cell<u32> = const { Cell::new(0) };
    static DEFERRED: RefCell<Vec<NonNull<ObjHeader>>> = const { RefCell::new(Vec::new()) };
}

/// Frees an object whose count reached zero: through its type's `dealloc` slot, deferring
/// past [`TRASHCAN_DEPTH`] nested frees (CPython's trashcan), drained at depth zero.
#[cold]
unsafe fn dealloc_object(ptr: NonNull<ObjHeader>) {
    let depth = DEALLOC_DEPTH.with(Cell::get);
    if depth >= TRASHCAN_DEPTH {
        DEFERRED.with_borrow_mut(|d| d.push(ptr));
        return;
    }
    DEALLOC_DEPTH.with(|c| c.set(depth + 1));
    // SAFETY: the object is dead; its type is alive (the object holds a reference to it).
    unsafe { dealloc_now(ptr) };
    if depth == 0 {
        while let Some(p) = DEFERRED.with_borrow_mut(|d| d.pop()) {
            // SAFETY: deferred objects are dead and not yet freed.
            unsafe { dealloc_now(p) };
        }
    }
    DEALLOC_DEPTH.with(|c| c.set(depth));
}

unsafe fn dealloc_now(ptr: NonNull<ObjHeader>) {
    // SAFETY: the type pointer is live; read the slot before running it.
    let f = unsafe {
        let ty = &*(ptr.as_ref().ty.as_ptr() as *const ObjRef);
        ty.payload_unchecked::<PyType>().dealloc
    };
    // SAFETY: dead object, freed once.
    unsafe { f(ptr) }
}

/// The default `dealloc` (CPython's `subtype_dealloc`/`object_dealloc`): run `tp_finalize`
/// once (resurrection aborts the free), untrack, drop the trailing slots and the payload,
/// free the memory, release the type.
///
/// # Safety
/// `obj` is dead (count zero), freed once.
pub unsafe fn default_dealloc(obj: NonNull<ObjHeader>) {
    // SAFETY: see each step.
    unsafe {
        let ty_ptr = obj.as_ref().ty.get();
        let ty = &*(&ty_ptr as *const NonNull<ObjHeader> as *const ObjRef);
        let typ = ty.payload_unchecked::<PyType>();
        let gc = typ.is_gc();
        let me = &*(&obj as *const NonNull<ObjHeader> as *const ObjRef);
        if let Some(fin) = typ.slots().finalize
            && gc
            && me.gc_head().flags() & GC_FINALIZED == 0
        {
            me.gc_head().set_flags(me.gc_head().flags() | GC_FINALIZED);
            obj.as_ref().refcnt.set(1);
            if let Some(ts) = ThreadState::try_current() {
                fin(ts, me);
            }
            let n = obj.as_ref().refcnt.get() - 1;
            obj.as_ref().refcnt.set(n);
            if n > 0 {
                return; // resurrected
            }
        }
        let pre = if gc {
            let head = me.gc_head();
            if head.flags() & GC_TRACKED != 0
                && let Some(ts) = ThreadState::try_current()
            {
                ts.gc_untrack(head);
            } else {
                head.unlink();
            }
            GC_HEAD_SIZE
        } else {
            0
        };
        // Weak references die before the object's contents are released (`subtype_dealloc`),
        // once the object is untracked (a callback may run a collection);
        // ones a finalizer made are cleared without their callbacks.
        if typ.weaklistoffset.get() != 0 {
            if let Some(ts) = ThreadState::try_current() {
                crate::types::weakref::clear_weakrefs(ts, me);
            }
            crate::types::weakref::clear_weakrefs_silently(me);
        }
        let off = typ.dictoffset.get();
        if off >= typ.payload_size {
            drop(me.slot_at(off).take());
        }
        typ.for_each_slot(|off| drop(me.slot_at(off).take()));
        (typ.drop_payload)(obj);
        let size = typ.basicsize.get();
        let base = (obj.as_ptr() as *mut u8).sub(pre);
        free(base, Layout::from_size_align_unchecked(pre + size, 8));
        drop(ObjRef::from_raw(ty_ptr));
    }
}

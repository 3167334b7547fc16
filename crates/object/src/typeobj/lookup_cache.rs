//! The type attribute cache (CPython's `type_cache` of `typeobject.c`): `_PyType_Lookup`
//! answers keyed by the type's version tag and an interned name, direct-mapped. An entry holds
//! borrowed pointers: it is valid only in the type epoch it was made in (`versions`), and any
//! change to any type's dict or MRO ends the epoch, so a hit never sees a freed or replaced
//! value. Interned names live as long as the thread state (the intern table owns them).

use std::cell::UnsafeCell;
use std::ptr::{self, NonNull};

use crate::header::{ObjHeader, ObjRef};

const SIZE: usize = 2048;

#[derive(Clone, Copy)]
struct Entry {
    version: u32,
    epoch: u64,
    name: *const ObjHeader,
    /// Null: the name is in no dict along the MRO.
    value: *const ObjHeader,
}

const EMPTY: Entry = Entry {
    version: 0,
    epoch: 0,
    name: ptr::null(),
    value: ptr::null(),
};

thread_local! {
    static CACHE: UnsafeCell<[Entry; SIZE]> = const { UnsafeCell::new([EMPTY; SIZE]) };
}

#[inline]
fn slot(version: u32, name: &ObjRef) -> usize {
    ((version as usize).wrapping_mul(0x9E37) ^ (name.id() >> 4)) & (SIZE - 1)
}

/// The cached answer for `(version, name)`: `Some(None)` means "known missing".
#[inline]
pub(crate) fn get(version: u32, name: &ObjRef) -> Option<Option<ObjRef>> {
    let epoch = crate::versions::type_epoch();
    CACHE.with(|c| {
        // SAFETY: single-threaded; no reference into the array outlives this closure.
        let e = unsafe { (*c.get())[slot(version, name)] };
        if e.version != version || e.epoch != epoch || e.name != name.as_ptr().as_ptr() {
            return None;
        }
        // SAFETY: the epoch is unchanged, so the type dict that held `value` still does.
        Some(NonNull::new(e.value as *mut ObjHeader).map(|p| unsafe { ObjRef::from_borrowed(p) }))
    })
}

/// Records `_PyType_Lookup(type with version, name) == value`.
#[inline]
pub(crate) fn put(version: u32, name: &ObjRef, value: Option<&ObjRef>) {
    let epoch = crate::versions::type_epoch();
    CACHE.with(|c| {
        // SAFETY: as `get`.
        unsafe {
            (*c.get())[slot(version, name)] = Entry {
                version,
                epoch,
                name: name.as_ptr().as_ptr(),
                value: value.map_or(ptr::null(), |v| v.as_ptr().as_ptr()),
            };
        }
    });
}

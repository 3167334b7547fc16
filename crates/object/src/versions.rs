//! Version counters the VM's caches key on: dict versions (unique across all dicts, so a
//! version names one dict in one state), dict key-set versions, and the type epoch, bumped on
//! any change to any type's dict or MRO (a cached `_PyType_Lookup` answer is valid while the
//! epoch it was made in lasts, which covers subclasses of a changed base without a subclass list).

use std::cell::Cell;

thread_local! {
    static NEXT_DICT_VERSION: Cell<u64> = const { Cell::new(1) };
    static TYPE_EPOCH: Cell<u64> = const { Cell::new(1) };
}

/// A fresh dict version, never handed out before on this thread.
#[inline]
pub fn next_dict_version() -> u64 {
    NEXT_DICT_VERSION.with(|v| {
        let n = v.get();
        v.set(n + 1);
        n
    })
}

/// The current type epoch.
#[inline]
pub fn type_epoch() -> u64 {
    TYPE_EPOCH.with(|e| e.get())
}

/// Invalidates every cached type lookup (a type's dict or MRO changed).
#[inline]
pub fn bump_type_epoch() {
    TYPE_EPOCH.with(|e| e.set(e.get() + 1));
}

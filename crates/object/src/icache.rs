//! Inline caches: a code object's side table of per-instruction cache entries (indexed by the
//! instruction's code-unit offset, made on first use), which the eval loop's specialized
//! paths read and fill. The code units themselves are never rewritten, so `dis` and the trace
//! view see CPython's code. An entry holds keys (dict or type versions) and a hint; it never
//! owns an object, and a stale entry is detected by its keys, never trusted.

use std::cell::UnsafeCell;

/// One instruction's cache. What the fields mean depends on the instruction.
#[derive(Clone, Copy, Default)]
pub struct Entry {
    pub key: u64,
    pub key2: u64,
    /// A borrowed object the keys keep alive (a method found on a type: valid while the
    /// type version and type epoch in `key`/`key2` hold).
    pub ptr: usize,
    /// A dict entry index (a hint, checked on use).
    pub index: u32,
    pub kind: u8,
    /// Misses since the entry was last filled (a polymorphic site refills only every so
    /// often, as CPython's backoff counter).
    pub misses: u8,
}

/// The side table (empty until an instruction first caches something).
#[derive(Default)]
pub struct InlineCaches(UnsafeCell<Box<[Entry]>>);

impl InlineCaches {
    /// A copy of the entry of the instruction at `at` (a default one before any is set).
    #[inline]
    pub fn get(&self, at: usize) -> Entry {
        // SAFETY: single-threaded; no reference into the table escapes.
        unsafe { (&*self.0.get()).get(at).copied().unwrap_or_default() }
    }
    /// Stores the entry of the instruction at `at` (allocating the table on first use).
    #[inline]
    pub fn set(&self, at: usize, len: usize, e: Entry) {
        // SAFETY: as `get`.
        let t = unsafe { &mut *self.0.get() };
        if t.len() < len {
            *t = vec![Entry::default(); len].into_boxed_slice();
        }
        if let Some(slot) = t.get_mut(at) {
            *slot = e;
        }
    }
}

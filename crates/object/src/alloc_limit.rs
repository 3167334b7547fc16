//! The allocation limit: a request for more bytes than the machine could ever give (its RAM
//! plus swap: `taipan_text::alloc::limit`) raises
//! MemoryError up front, as CPython's failed malloc does, instead of reaching the allocator
//! (which aborts on failure, or with overcommit succeeds and then fills memory until the
//! process is killed). Called where a size comes from the program: `"x" * n`, `[0] * n`,
//! `bytes(n)`, `str.ljust(n)` and their kin.

use crate::{PyResult, ThreadState};

use taipan_text::alloc::limit;

impl ThreadState {
    /// MemoryError when `count` items of `size` bytes could never be allocated.
    #[inline]
    pub fn check_alloc(&self, count: usize, size: usize) -> PyResult<()> {
        if (count as u128) * (size as u128) > limit() {
            return Err(self.memory_error());
        }
        Ok(())
    }
}

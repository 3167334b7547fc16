//! The allocation limit: a request for more bytes than the machine could ever give (its RAM
//! plus swap, read once from /proc/meminfo; 1 TiB where that is unreadable) raises
//! MemoryError up front, as CPython's failed malloc does, instead of reaching the allocator
//! (which aborts on failure, or with overcommit succeeds and then fills memory until the
//! process is killed). Called where a size comes from the program: `"x" * n`, `[0] * n`,
//! `bytes(n)`, `str.ljust(n)` and their kin.

use std::sync::OnceLock;

use crate::{PyResult, ThreadState};

/// RAM plus swap in bytes.
fn limit() -> u128 {
    static LIMIT: OnceLock<u128> = OnceLock::new();
    *LIMIT.get_or_init(|| {
        let info = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
        let kib = |key: &str| -> Option<u128> {
            let line = info.lines().find(|l| l.starts_with(key))?;
            line.split_whitespace().nth(1)?.parse().ok()
        };
        match kib("MemTotal:") {
            Some(m) => (m + kib("SwapTotal:").unwrap_or(0)) * 1024,
            None => 1 << 40,
        }
        .min(isize::MAX as u128)
    })
}

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

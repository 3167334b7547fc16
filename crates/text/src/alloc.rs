//! The most memory a request can ever get: the machine's RAM plus swap, read once from
//! /proc/meminfo (1 TiB where that is unreadable). A size from the program beyond it is a
//! MemoryError up front, as CPython's failed malloc is, instead of an allocator abort or a
//! process that fills memory (used here by the format mini-language's width, and by
//! `taipan_object::alloc_limit`).

use std::sync::OnceLock;

/// RAM plus swap in bytes.
pub fn limit() -> u128 {
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

//! Substring search with CPython's slice semantics (`ADJUST_INDICES`): `find`, `rfind`,
//! `index`, `rindex`, `count`, `startswith`/`endswith` and `replace`, for `str` (indices in
//! code points over generalized UTF-8) and `bytes` (indices in bytes). The search itself is
//! memchr's `memmem` (SIMD two-way); on generalized UTF-8 a byte match is always a code point
//! match, so `str` only converts indices at the borders, and ASCII text not even that.

use memchr::memmem;

use crate::pystr::{byte_offset, char_len};
use crate::{PyErr, PyResult};

/// The units a sequence is indexed in: code points of generalized UTF-8, or bytes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Units {
    CodePoints,
    Bytes,
}

/// A haystack with its length in units, so slice arithmetic is done once.
#[derive(Clone, Copy, Debug)]
pub struct Seq<'a> {
    pub bytes: &'a [u8],
    /// The length in units (code points for `str`).
    pub len: usize,
    ascii: bool,
    pub units: Units,
}

impl<'a> Seq<'a> {
    /// A `str` given as generalized UTF-8.
    pub fn str(bytes: &'a [u8]) -> Seq<'a> {
        let len = char_len(bytes);
        Seq {
            bytes,
            len,
            ascii: len == bytes.len(),
            units: Units::CodePoints,
        }
    }
    /// A `str` whose length in code points the caller already knows (the object model caches
    /// it), so nothing is counted.
    pub fn str_with_len(bytes: &'a [u8], len: usize) -> Seq<'a> {
        Seq {
            bytes,
            len,
            ascii: len == bytes.len(),
            units: Units::CodePoints,
        }
    }
    /// A `bytes`-like value.
    pub fn bytes(bytes: &'a [u8]) -> Seq<'a> {
        Seq {
            bytes,
            len: bytes.len(),
            ascii: true,
            units: Units::Bytes,
        }
    }
    /// The byte offset of unit `i` (`i <= len`).
    #[inline]
    pub fn offset(&self, i: usize) -> usize {
        if self.ascii {
            i
        } else {
            byte_offset(self.bytes, i)
        }
    }
    /// The unit index of byte offset `b` (on a boundary).
    #[inline]
    pub fn index(&self, b: usize) -> usize {
        if self.ascii {
            b
        } else {
            char_len(&self.bytes[..b])
        }
    }
    /// CPython's `ADJUST_INDICES` for optional `start`/`end` (already clamped to `isize`).
    pub fn adjust(&self, start: Option<isize>, end: Option<isize>) -> (isize, isize) {
        let len = self.len as isize;
        let mut end = end.unwrap_or(isize::MAX);
        if end > len {
            end = len;
        } else if end < 0 {
            end = (end + len).max(0);
        }
        let mut start = start.unwrap_or(0);
        if start < 0 {
            start = (start + len).max(0);
        }
        (start, end)
    }
    /// The bytes of the adjusted slice and the byte offset it starts at, or `None` when
    /// `end - start < min_len` (CPython answers "not found" before searching then).
    fn window(
        &self,
        start: Option<isize>,
        end: Option<isize>,
        min_len: usize,
    ) -> Option<(&'a [u8], usize)> {
        let (start, end) = self.adjust(start, end);
        if end - start < min_len as isize {
            return None;
        }
        let (b0, b1) = (self.offset(start as usize), self.offset(end as usize));
        Some((&self.bytes[b0..b1], b0))
    }
}

/// `s.find(sub, start, end)`: the unit index of the first match, or `None` (Python's `-1`).
pub fn find(s: Seq, sub: Seq, start: Option<isize>, end: Option<isize>) -> Option<usize> {
    let (hay, base) = s.window(start, end, sub.len)?;
    let at = if sub.bytes.len() == 1 {
        memchr::memchr(sub.bytes[0], hay)?
    } else {
        memmem::find(hay, sub.bytes)?
    };
    Some(s.index(base + at))
}

/// `s.rfind(sub, start, end)`.
pub fn rfind(s: Seq, sub: Seq, start: Option<isize>, end: Option<isize>) -> Option<usize> {
    let (hay, base) = s.window(start, end, sub.len)?;
    let at = if sub.bytes.len() == 1 {
        memchr::memrchr(sub.bytes[0], hay)?
    } else {
        memmem::rfind(hay, sub.bytes)?
    };
    Some(s.index(base + at))
}

/// `s.index(sub, ...)`: `find` or CPython's `ValueError`.
pub fn index(s: Seq, sub: Seq, start: Option<isize>, end: Option<isize>) -> PyResult<usize> {
    find(s, sub, start, end).ok_or_else(|| not_found(s))
}

/// `s.rindex(sub, ...)`.
pub fn rindex(s: Seq, sub: Seq, start: Option<isize>, end: Option<isize>) -> PyResult<usize> {
    rfind(s, sub, start, end).ok_or_else(|| not_found(s))
}

fn not_found(s: Seq) -> PyErr {
    PyErr::value_error(match s.units {
        Units::Bytes => "subsection not found",
        Units::CodePoints => "substring not found",
    })
}

/// `s.count(sub, start, end)`: non-overlapping matches.
pub fn count(s: Seq, sub: Seq, start: Option<isize>, end: Option<isize>) -> usize {
    let Some((hay, _)) = s.window(start, end, sub.len) else {
        return 0;
    };
    if sub.bytes.is_empty() {
        let (start, end) = s.adjust(start, end);
        return (end - start + 1) as usize;
    }
    count_bytes(hay, sub.bytes, usize::MAX)
}

fn count_bytes(hay: &[u8], needle: &[u8], max: usize) -> usize {
    if needle.len() == 1 {
        return memchr::memchr_iter(needle[0], hay).take(max).count();
    }
    memmem::find_iter(hay, needle).take(max).count()
}

/// `s.startswith(prefix, start, end)` for one prefix (CPython's `tailmatch`, direction -1).
pub fn startswith(s: Seq, prefix: Seq, start: Option<isize>, end: Option<isize>) -> bool {
    tailmatch(s, prefix, start, end, false)
}

/// `s.endswith(suffix, start, end)` for one suffix.
pub fn endswith(s: Seq, suffix: Seq, start: Option<isize>, end: Option<isize>) -> bool {
    tailmatch(s, suffix, start, end, true)
}

fn tailmatch(s: Seq, sub: Seq, start: Option<isize>, end: Option<isize>, at_end: bool) -> bool {
    let (start, end) = s.adjust(start, end);
    // CPython: `end -= substring length; if (end < start) return 0;`
    if end - (sub.len as isize) < start {
        return false;
    }
    if sub.len == 0 {
        return true;
    }
    let (b0, b1) = (s.offset(start as usize), s.offset(end as usize));
    let hay = &s.bytes[b0..b1];
    if at_end {
        hay.ends_with(sub.bytes)
    } else {
        hay.starts_with(sub.bytes)
    }
}

/// `s.replace(old, new, count)` (`count < 0`: all), or `None` when nothing changes (CPython
/// then returns `s` itself for `str`; a copy for `bytearray`).
pub fn replace(s: Seq, old: Seq, new: &[u8], count: isize) -> Option<Vec<u8>> {
    let max = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    if max == 0 || s.len < old.len {
        return None;
    }
    let mut out = Vec::new();
    if old.bytes.is_empty() {
        // insert `new` before every unit and at the end, up to `max` times
        let n = max.min(s.len + 1);
        out.reserve(s.bytes.len() + n * new.len());
        let mut rest = s.bytes;
        for i in 0..n {
            out.extend_from_slice(new);
            if i < s.len {
                let w = if s.ascii {
                    1
                } else {
                    crate::pystr::cp_width(rest[0])
                }
                .min(rest.len());
                out.extend_from_slice(&rest[..w]);
                rest = &rest[w..];
            }
        }
        out.extend_from_slice(rest);
        return Some(out);
    }
    let mut last = 0;
    let mut done = 0;
    for at in memmem::find_iter(s.bytes, old.bytes) {
        if done == max {
            break;
        }
        if done == 0 {
            out.reserve(s.bytes.len());
        }
        out.extend_from_slice(&s.bytes[last..at]);
        out.extend_from_slice(new);
        last = at + old.bytes.len();
        done += 1;
    }
    if done == 0 {
        return None;
    }
    out.extend_from_slice(&s.bytes[last..]);
    Some(out)
}

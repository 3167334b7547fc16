//! [`PyStr`]: a Python `str` value, which is any sequence of code points, lone surrogates
//! (`'\ud800'`) included, so not always a Rust `str`.
//!
//! Stored as "generalized UTF-8": every code point, surrogates too, encoded on its own with the
//! UTF-8 formulas (a surrogate pair written `'\ud83d\ude00'` stays two code points, as in Python).
//! Without surrogates the bytes are plain UTF-8 and [`PyStr::as_str`] borrows them.
//!
//! Why not the `wtf8` crates: WTF-8 joins a surrogate pair into one 4-byte sequence, but Python
//! keeps `'\ud83d\ude00'` (two code points) apart from `'\U0001f600'` (one), so a pair must stay
//! two 3-byte sequences. Every function of this crate takes such bytes as `&[u8]` ("gutf8");
//! the encoding is self-synchronizing, so byte-level substring search (memchr) only matches at
//! code point boundaries, and ASCII text is its own representation.

/// A Python string value.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct PyStr {
    bytes: Box<[u8]>,
}

impl PyStr {
    /// Wraps bytes already in generalized UTF-8 (every function of this crate returns such).
    pub fn from_gutf8(bytes: Vec<u8>) -> PyStr {
        PyStr {
            bytes: bytes.into_boxed_slice(),
        }
    }
    /// The text as a Rust `str`, unless it holds a lone surrogate.
    pub fn as_str(&self) -> Option<&str> {
        std::str::from_utf8(&self.bytes).ok()
    }
    /// The generalized UTF-8 bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }
    /// The code points, in order.
    pub fn code_points(&self) -> CodePoints<'_> {
        CodePoints { rest: &self.bytes }
    }
    /// The number of code points (Python's `len()`).
    pub fn char_len(&self) -> usize {
        char_len(&self.bytes)
    }
}

impl From<&str> for PyStr {
    fn from(s: &str) -> PyStr {
        PyStr {
            bytes: s.as_bytes().into(),
        }
    }
}

impl From<String> for PyStr {
    fn from(s: String) -> PyStr {
        PyStr {
            bytes: s.into_bytes().into_boxed_slice(),
        }
    }
}

impl std::fmt::Debug for PyStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::repr::str_repr(self.as_bytes()))
    }
}

/// Builds a [`PyStr`] code point by code point (string literal decoding).
#[derive(Clone, Default, Debug)]
pub struct PyStrBuilder {
    bytes: Vec<u8>,
}

impl PyStrBuilder {
    pub fn with_capacity(n: usize) -> Self {
        PyStrBuilder {
            bytes: Vec::with_capacity(n),
        }
    }
    pub fn push_str(&mut self, s: &str) {
        self.bytes.extend_from_slice(s.as_bytes());
    }
    /// Appends generalized UTF-8 bytes.
    pub fn push_gutf8(&mut self, s: &[u8]) {
        self.bytes.extend_from_slice(s);
    }
    pub fn push_pystr(&mut self, s: &PyStr) {
        self.bytes.extend_from_slice(&s.bytes);
    }
    /// Appends any code point up to U+10FFFF, surrogates included (larger values are ignored).
    pub fn push(&mut self, cp: u32) {
        push_cp(&mut self.bytes, cp);
    }
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }
    pub fn finish(self) -> PyStr {
        PyStr {
            bytes: self.bytes.into_boxed_slice(),
        }
    }
}

/// Appends the generalized UTF-8 of any code point up to U+10FFFF, surrogates included (larger
/// values are ignored).
#[inline]
pub fn push_cp(bytes: &mut Vec<u8>, cp: u32) {
    {
        match cp {
            0..=0x7F => bytes.push(cp as u8),
            0x80..=0x7FF => {
                bytes.extend_from_slice(&[0xC0 | (cp >> 6) as u8, 0x80 | (cp & 0x3F) as u8])
            }
            0x800..=0xFFFF => bytes.extend_from_slice(&[
                0xE0 | (cp >> 12) as u8,
                0x80 | ((cp >> 6) & 0x3F) as u8,
                0x80 | (cp & 0x3F) as u8,
            ]),
            0x10000..=0x10FFFF => bytes.extend_from_slice(&[
                0xF0 | (cp >> 18) as u8,
                0x80 | ((cp >> 12) & 0x3F) as u8,
                0x80 | ((cp >> 6) & 0x3F) as u8,
                0x80 | (cp & 0x3F) as u8,
            ]),
            _ => {}
        }
    }
}

/// The code points of generalized UTF-8 bytes.
#[inline]
pub fn code_points(bytes: &[u8]) -> CodePoints<'_> {
    CodePoints { rest: bytes }
}

/// The number of code points of generalized UTF-8 bytes (Python's `len()`).
#[inline]
pub fn char_len(bytes: &[u8]) -> usize {
    // Every code point has exactly one byte that is not a continuation byte.
    bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count()
}

/// The byte offset of code point `index` (the length in bytes past the end).
#[inline]
pub fn byte_offset(bytes: &[u8], index: usize) -> usize {
    if index == 0 {
        return 0;
    }
    let mut seen = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b & 0xC0 != 0x80 {
            if seen == index {
                return i;
            }
            seen += 1;
        }
    }
    bytes.len()
}

/// The length in bytes of the code point whose first byte is `b0`.
#[inline]
pub fn cp_width(b0: u8) -> usize {
    match b0 {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// The code point starting at byte `i` of `bytes` and its width.
#[inline]
pub fn decode_at(bytes: &[u8], i: usize) -> (u32, usize) {
    let mut it = CodePoints { rest: &bytes[i..] };
    let before = it.rest.len();
    let cp = it.next().unwrap_or(0);
    (cp, before - it.rest.len())
}

/// The code point ending at byte `end` of `bytes` and its width.
#[inline]
pub fn decode_before(bytes: &[u8], end: usize) -> (u32, usize) {
    let mut start = end.saturating_sub(1);
    while start > 0 && bytes[start] & 0xC0 == 0x80 && end - start < 4 {
        start -= 1;
    }
    let (cp, _) = decode_at(bytes, start);
    (cp, end - start)
}

/// The code points of a [`PyStr`].
#[derive(Clone, Debug)]
pub struct CodePoints<'a> {
    rest: &'a [u8],
}

impl Iterator for CodePoints<'_> {
    type Item = u32;
    #[inline]
    fn next(&mut self) -> Option<u32> {
        let (&b0, tail) = self.rest.split_first()?;
        let (n, init) = match b0 {
            0x00..=0x7F => {
                self.rest = tail;
                return Some(b0 as u32);
            }
            0xC0..=0xDF => (1, (b0 & 0x1F) as u32),
            0xE0..=0xEF => (2, (b0 & 0x0F) as u32),
            _ => (3, (b0 & 0x07) as u32),
        };
        let n = n.min(tail.len());
        let cp = tail[..n]
            .iter()
            .fold(init, |acc, &b| (acc << 6) | (b & 0x3F) as u32);
        self.rest = &tail[n..];
        Some(cp)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surrogates_round_trip_as_code_points() {
        let mut b = PyStrBuilder::default();
        for cp in [0x61, 0xD83D, 0xDE00, 0x1F600, 0xE9] {
            b.push(cp);
        }
        let s = b.finish();
        assert_eq!(s.as_str(), None);
        assert_eq!(
            s.code_points().collect::<Vec<_>>(),
            [0x61, 0xD83D, 0xDE00, 0x1F600, 0xE9]
        );
        assert_eq!(s.char_len(), 5);
        assert_eq!(PyStr::from("hé").as_str(), Some("hé"));
    }
}

//! `split`, `rsplit`, `splitlines`, `partition` and `rpartition` as CPython's
//! `Objects/stringlib/split.h`, for `str` (whitespace and line breaks per the Unicode
//! database) and `bytes` (ASCII whitespace; `\n`, `\r`, `\r\n` only). Pieces are borrowed
//! slices of the input.

use memchr::memmem;

use super::search::{Seq, Units};
use crate::pystr::{decode_at, decode_before};
use crate::{PyErr, PyResult, unicode};

/// The code point (or byte) at byte `i` and its width in bytes.
#[inline]
fn unit_at(s: &[u8], i: usize, units: Units) -> (u32, usize) {
    let b = s[i];
    if b < 0x80 || units == Units::Bytes {
        return (b as u32, 1);
    }
    decode_at(s, i)
}

/// The code point (or byte) ending at byte `end` and its width.
#[inline]
fn unit_before(s: &[u8], end: usize, units: Units) -> (u32, usize) {
    let b = s[end - 1];
    if b < 0x80 || units == Units::Bytes {
        return (b as u32, 1);
    }
    decode_before(s, end)
}

/// `Py_UNICODE_ISSPACE` for `str`, `Py_ISSPACE` for `bytes`.
#[inline]
pub fn is_space(cp: u32, units: Units) -> bool {
    match units {
        Units::CodePoints => unicode::is_space(cp),
        Units::Bytes => matches!(cp, 0x20 | 0x09..=0x0D),
    }
}

fn empty_separator() -> PyErr {
    PyErr::value_error("empty separator")
}

fn max_count(maxsplit: isize) -> usize {
    if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    }
}

/// `split()` at whitespace of ASCII text (or bytes), one table look-up a byte.
#[inline]
fn split_ascii_whitespace(b: &[u8], units: Units, max: usize) -> Vec<&[u8]> {
    match units {
        Units::CodePoints => split_bytes_at(b, max, |c| unicode::is_space(c as u32)),
        Units::Bytes => split_bytes_at(b, max, |c| matches!(c, b' ' | b'\t'..=b'\r')),
    }
}

fn split_bytes_at(b: &[u8], mut max: usize, space: impl Fn(u8) -> bool) -> Vec<&[u8]> {
    let mut out = Vec::with_capacity(b.len() / 8 + 1);
    let (len, mut i) = (b.len(), 0);
    while max > 0 {
        while i < len && space(b[i]) {
            i += 1;
        }
        if i == len {
            return out;
        }
        let j = i;
        while i < len && !space(b[i]) {
            i += 1;
        }
        out.push(&b[j..i]);
        max -= 1;
    }
    while i < len && space(b[i]) {
        i += 1;
    }
    if i != len {
        out.push(&b[i..]);
    }
    out
}

/// `s.split(sep, maxsplit)`; `sep = None` splits at runs of whitespace.
pub fn split<'a>(s: Seq<'a>, sep: Option<Seq>, maxsplit: isize) -> PyResult<Vec<&'a [u8]>> {
    let b = s.bytes;
    let mut max = max_count(maxsplit);
    let mut out = Vec::new();
    if sep.is_none() && (s.units == Units::Bytes || s.len == b.len()) {
        return Ok(split_ascii_whitespace(b, s.units, max));
    }
    let Some(sep) = sep else {
        let (len, mut i) = (b.len(), 0);
        while max > 0 {
            max -= 1;
            while i < len {
                let (cp, w) = unit_at(b, i, s.units);
                if !is_space(cp, s.units) {
                    break;
                }
                i += w;
            }
            if i == len {
                break;
            }
            let j = i;
            while i < len {
                let (cp, w) = unit_at(b, i, s.units);
                if is_space(cp, s.units) {
                    break;
                }
                i += w;
            }
            out.push(&b[j..i]);
        }
        if i < len {
            while i < len {
                let (cp, w) = unit_at(b, i, s.units);
                if !is_space(cp, s.units) {
                    break;
                }
                i += w;
            }
            if i != len {
                out.push(&b[i..]);
            }
        }
        return Ok(out);
    };
    if sep.bytes.is_empty() {
        return Err(empty_separator());
    }
    let mut i = 0;
    for at in memmem::find_iter(b, sep.bytes) {
        if max == 0 {
            break;
        }
        max -= 1;
        out.push(&b[i..at]);
        i = at + sep.bytes.len();
    }
    out.push(&b[i..]);
    Ok(out)
}

/// `s.rsplit(sep, maxsplit)`.
pub fn rsplit<'a>(s: Seq<'a>, sep: Option<Seq>, maxsplit: isize) -> PyResult<Vec<&'a [u8]>> {
    let b = s.bytes;
    let mut max = max_count(maxsplit);
    let mut out = Vec::new();
    let Some(sep) = sep else {
        // `i` is one past the current position, as CPython's `i + 1`.
        let mut i = b.len();
        while max > 0 {
            max -= 1;
            while i > 0 {
                let (cp, w) = unit_before(b, i, s.units);
                if !is_space(cp, s.units) {
                    break;
                }
                i -= w;
            }
            if i == 0 {
                break;
            }
            let j = i;
            while i > 0 {
                let (cp, w) = unit_before(b, i, s.units);
                if is_space(cp, s.units) {
                    break;
                }
                i -= w;
            }
            out.push(&b[i..j]);
        }
        if i > 0 {
            while i > 0 {
                let (cp, w) = unit_before(b, i, s.units);
                if !is_space(cp, s.units) {
                    break;
                }
                i -= w;
            }
            if i > 0 {
                out.push(&b[..i]);
            }
        }
        out.reverse();
        return Ok(out);
    };
    if sep.bytes.is_empty() {
        return Err(empty_separator());
    }
    let mut j = b.len();
    while max > 0 {
        let Some(at) = memmem::rfind(&b[..j], sep.bytes) else {
            break;
        };
        max -= 1;
        out.push(&b[at + sep.bytes.len()..j]);
        j = at;
    }
    out.push(&b[..j]);
    out.reverse();
    Ok(out)
}

/// `s.splitlines(keepends)`.
pub fn splitlines(s: Seq<'_>, keepends: bool) -> Vec<&[u8]> {
    let b = s.bytes;
    let len = b.len();
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < len {
        let mut w = 0;
        while i < len {
            let (cp, width) = unit_at(b, i, s.units);
            let brk = match s.units {
                Units::Bytes => cp == 0x0A || cp == 0x0D,
                Units::CodePoints => unicode::is_linebreak(cp),
            };
            if brk {
                w = width;
                break;
            }
            i += width;
        }
        let mut eol = i;
        if i < len {
            if b[i] == b'\r' && i + 1 < len && b[i + 1] == b'\n' {
                i += 2;
            } else {
                i += w;
            }
            if keepends {
                eol = i;
            }
        }
        out.push(&b[j..eol]);
        j = i;
    }
    out
}

/// `s.partition(sep)`: `(before, sep, after)`, or `(s, "", "")` when `sep` is absent.
pub fn partition<'a>(s: Seq<'a>, sep: Seq<'a>) -> PyResult<(&'a [u8], &'a [u8], &'a [u8])> {
    if sep.bytes.is_empty() {
        return Err(empty_separator());
    }
    Ok(match memmem::find(s.bytes, sep.bytes) {
        Some(at) => (&s.bytes[..at], sep.bytes, &s.bytes[at + sep.bytes.len()..]),
        None => (s.bytes, &[], &[]),
    })
}

/// `s.rpartition(sep)`: `(before, sep, after)`, or `("", "", s)` when `sep` is absent.
pub fn rpartition<'a>(s: Seq<'a>, sep: Seq<'a>) -> PyResult<(&'a [u8], &'a [u8], &'a [u8])> {
    if sep.bytes.is_empty() {
        return Err(empty_separator());
    }
    Ok(match memmem::rfind(s.bytes, sep.bytes) {
        Some(at) => (&s.bytes[..at], sep.bytes, &s.bytes[at + sep.bytes.len()..]),
        None => (&[], &[], s.bytes),
    })
}

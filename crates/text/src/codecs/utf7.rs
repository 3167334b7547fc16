//! The `utf-7` codec (RFC 2152, CPython's `PyUnicode_EncodeUTF7`/`PyUnicode_DecodeUTF7Stateful`):
//! the characters CPython writes directly, base64 shift sequences of UTF-16 units, the
//! decoder's error reasons ("unexpected special character", "ill-formed sequence", "partial
//! character in shift sequence", "non-zero padding bits in shift sequence", "unterminated shift
//! sequence", reported under the name `utf7` as CPython does), and where an incremental
//! decoder must stop ([`pending_shift`]).

use super::{CodecError, decode_error};
use crate::pystr::{code_points, push_cp};

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn is_base64(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'+' || c == b'/'
}

fn from_base64(c: u8) -> u32 {
    match c {
        b'A'..=b'Z' => (c - b'A') as u32,
        b'a'..=b'z' => (c - b'a') as u32 + 26,
        b'0'..=b'9' => (c - b'0') as u32 + 52,
        b'+' => 62,
        _ => 63,
    }
}

/// CPython's `ENCODE_DIRECT(c, 1, 1)`: ASCII other than NUL, controls (except tab, CR, LF),
/// `+`, `\`, `~` and DEL is written as itself.
fn encode_direct(c: u32) -> bool {
    matches!(c, 0x09 | 0x0A | 0x0D | 0x20..=0x7D) && c != b'+' as u32 && c != b'\\' as u32
}

/// `utf-7` encoding of generalized UTF-8 `s` (lone surrogates are encoded as UTF-16 units).
pub(super) fn encode(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() + 8);
    let mut in_shift = false;
    let (mut bits, mut buf) = (0u32, 0u64);
    let flush = |out: &mut Vec<u8>, bits: &mut u32, buf: &mut u64| {
        while *bits >= 6 {
            out.push(B64[((*buf >> (*bits - 6)) & 0x3F) as usize]);
            *bits -= 6;
        }
        *buf &= (1u64 << *bits) - 1;
    };
    for ch in code_points(s) {
        if in_shift {
            if encode_direct(ch) {
                if bits > 0 {
                    out.push(B64[((buf << (6 - bits)) & 0x3F) as usize]);
                    buf = 0;
                    bits = 0;
                }
                in_shift = false;
                if is_base64(ch as u8) || ch == b'-' as u32 {
                    out.push(b'-');
                }
                out.push(ch as u8);
                continue;
            }
        } else if ch == b'+' as u32 {
            out.extend_from_slice(b"+-");
            continue;
        } else if encode_direct(ch) {
            out.push(ch as u8);
            continue;
        } else {
            out.push(b'+');
            in_shift = true;
        }
        let units: &[u32] = if ch >= 0x10000 {
            let c = ch - 0x10000;
            &[0xD800 | (c >> 10), 0xDC00 | (c & 0x3FF)]
        } else {
            &[ch]
        };
        for &u in units {
            bits += 16;
            buf = (buf << 16) | u as u64;
            flush(&mut out, &mut bits, &mut buf);
        }
    }
    if bits > 0 {
        out.push(B64[((buf << (6 - bits)) & 0x3F) as usize]);
    }
    if in_shift {
        out.push(b'-');
    }
    out
}

/// Where a shift sequence still open at the end of `b` starts (its `+`), or `None`: what an
/// incremental decoder (`final=False`) leaves for the next call.
pub fn pending_shift(b: &[u8]) -> Option<usize> {
    let mut shift_start = None;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if shift_start.is_some() {
            if !is_base64(c) {
                shift_start = None;
            }
            i += 1;
        } else if c == b'+' {
            match b.get(i + 1) {
                Some(b'-') => i += 2,
                Some(&n) if !is_base64(n) => i += 2,
                _ => {
                    shift_start = Some(i);
                    i += 1;
                }
            }
        } else {
            i += 1;
        }
    }
    shift_start
}

/// `utf-7` decoding of the whole of `b` (`final=True`).
pub(super) fn decode(b: &[u8], errors: &str) -> Result<Vec<u8>, CodecError> {
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    let mut in_shift = false;
    let (mut bits, mut buf, mut surrogate) = (0u32, 0u64, 0u32);
    let mut start = 0;
    while i < b.len() {
        let c = b[i];
        let reason: &'static str;
        if in_shift {
            if is_base64(c) {
                buf = (buf << 6) | from_base64(c) as u64;
                bits += 6;
                i += 1;
                if bits >= 16 {
                    let unit = ((buf >> (bits - 16)) & 0xFFFF) as u32;
                    bits -= 16;
                    buf &= (1u64 << bits) - 1;
                    if surrogate != 0 {
                        if (0xDC00..=0xDFFF).contains(&unit) {
                            push_cp(
                                &mut out,
                                0x10000 + ((surrogate - 0xD800) << 10) + (unit - 0xDC00),
                            );
                            surrogate = 0;
                            continue;
                        }
                        push_cp(&mut out, surrogate);
                        surrogate = 0;
                    }
                    if (0xD800..=0xDBFF).contains(&unit) {
                        surrogate = unit;
                    } else {
                        push_cp(&mut out, unit);
                    }
                }
                continue;
            }
            in_shift = false;
            if bits >= 6 {
                i += 1;
                reason = "partial character in shift sequence";
            } else if bits > 0 && buf != 0 {
                i += 1;
                reason = "non-zero padding bits in shift sequence";
            } else {
                if surrogate != 0 && c < 0x80 && c != b'+' {
                    push_cp(&mut out, surrogate);
                }
                surrogate = 0;
                if c == b'-' {
                    i += 1;
                }
                continue;
            }
        } else if c == b'+' {
            start = i;
            i += 1;
            match b.get(i) {
                Some(b'-') => {
                    i += 1;
                    out.push(b'+');
                    continue;
                }
                Some(&n) if !is_base64(n) => {
                    i += 1;
                    reason = "ill-formed sequence";
                }
                _ => {
                    in_shift = true;
                    surrogate = 0;
                    bits = 0;
                    buf = 0;
                    continue;
                }
            }
        } else if c < 0x80 {
            out.push(c);
            i += 1;
            continue;
        } else {
            start = i;
            i += 1;
            reason = "unexpected special character";
        }
        // An error: CPython reports it from `start` to where the decoder stands.
        i = decode_error(errors, "utf7", b, start, i, reason, &mut out, || None)?;
        in_shift = false;
    }
    if in_shift && (surrogate != 0 || bits >= 6 || (bits > 0 && buf != 0)) {
        let end = b.len();
        let resume = decode_error(
            errors,
            "utf7",
            b,
            start,
            end,
            "unterminated shift sequence",
            &mut out,
            || None,
        )?;
        if resume < end {
            out.extend(decode(&b[resume..], errors)?);
        }
    }
    Ok(out)
}

//! The `ascii` and `latin-1` codecs (`unicode_encode_ucs1`, `ascii_decode`): a run of
//! consecutive unencodable code points is one error.

use super::{CodecError, decode_error, encode_error};
use crate::pystr::{code_points, push_cp};

/// Encodes to one byte a code point below `limit` (128 or 256).
pub(super) fn encode(s: &[u8], limit: u32, errors: &str) -> Result<Vec<u8>, CodecError> {
    if s.is_ascii() {
        return Ok(s.to_vec());
    }
    let (encoding, reason) = if limit == 128 {
        ("ascii", "ordinal not in range(128)")
    } else {
        ("latin-1", "ordinal not in range(256)")
    };
    let cps: Vec<u32> = code_points(s).collect();
    let mut out = Vec::with_capacity(cps.len());
    let mut i = 0;
    while i < cps.len() {
        if cps[i] < limit {
            out.push(cps[i] as u8);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < cps.len() && cps[end] >= limit {
            end += 1;
        }
        encode_error(
            errors,
            encoding,
            s,
            &cps,
            i,
            end,
            reason,
            &mut out,
            |_, _| false,
        )?;
        i = end;
    }
    Ok(out)
}

/// `ascii` decoding: every byte from 0x80 up is an error of its own.
pub(super) fn decode_ascii(b: &[u8], errors: &str) -> Result<Vec<u8>, CodecError> {
    if b.is_ascii() {
        return Ok(b.to_vec());
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] < 0x80 {
            out.push(b[i]);
            i += 1;
        } else {
            i = decode_error(
                errors,
                "ascii",
                b,
                i,
                i + 1,
                "ordinal not in range(128)",
                &mut out,
                || None,
            )?;
        }
    }
    Ok(out)
}

/// `latin-1` decoding never fails.
pub(super) fn decode_latin1(b: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len() + b.len() / 2);
    for &c in b {
        push_cp(&mut out, c as u32);
    }
    out
}

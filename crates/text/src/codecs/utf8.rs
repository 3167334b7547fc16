//! UTF-8 as CPython decodes and encodes it. Valid input is checked at SIMD speed by
//! `std::str::from_utf8`, whose error split (Unicode's "maximal subpart") is the one
//! CPython's decoder reports: `invalid start byte` (one byte), `invalid continuation byte`
//! (the lead and the valid continuations before the bad one), `unexpected end of data` (the
//! rest of the input). Encoding fails only on surrogates, a run of them being one error.

use super::{CodecError, decode_error, encode_error};
use crate::pystr::{code_points, decode_at, push_cp};

pub(super) fn decode(b: &[u8], errors: &str) -> Result<Vec<u8>, CodecError> {
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    loop {
        match std::str::from_utf8(&b[i..]) {
            Ok(rest) => {
                out.extend_from_slice(rest.as_bytes());
                return Ok(out);
            }
            Err(e) => {
                let start = i + e.valid_up_to();
                out.extend_from_slice(&b[i..start]);
                let (end, reason) = match e.error_len() {
                    None => (b.len(), "unexpected end of data"),
                    Some(n) if matches!(b[start], 0x80..=0xC1 | 0xF5..=0xFF) => {
                        (start + n, "invalid start byte")
                    }
                    Some(n) => (start + n, "invalid continuation byte"),
                };
                let pass = || {
                    // an encoded surrogate: ED A0..BF 80..BF
                    let s = b.get(start..start + 3)?;
                    (s[0] & 0xF0 == 0xE0 && s[1] & 0xC0 == 0x80 && s[2] & 0xC0 == 0x80)
                        .then_some(())?;
                    let (cp, _) = decode_at(s, 0);
                    (0xD800..=0xDFFF).contains(&cp).then_some((cp, 3))
                };
                i = decode_error(errors, "utf-8", b, start, end, reason, &mut out, pass)?;
            }
        }
    }
}

pub(super) fn encode(s: &[u8], errors: &str) -> Result<Vec<u8>, CodecError> {
    if std::str::from_utf8(s).is_ok() {
        return Ok(s.to_vec());
    }
    let cps: Vec<u32> = code_points(s).collect();
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    let is_surrogate = |c: u32| (0xD800..=0xDFFF).contains(&c);
    while i < cps.len() {
        if !is_surrogate(cps[i]) {
            push_cp(&mut out, cps[i]);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < cps.len() && is_surrogate(cps[end]) {
            end += 1;
        }
        let pass = |c: u32, out: &mut Vec<u8>| {
            push_cp(out, c);
            true
        };
        encode_error(
            errors,
            "utf-8",
            s,
            &cps,
            i,
            end,
            "surrogates not allowed",
            &mut out,
            pass,
        )?;
        i = end;
    }
    Ok(out)
}

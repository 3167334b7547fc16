//! UTF-16 and UTF-32 (`unit` 2 or 4 bytes) in little- or big-endian order, or with a BOM
//! (`utf-16`/`utf-32`: written little-endian on encoding; on decoding read if present,
//! little-endian if not, errors then naming the order found: `'utf-16-le'`).

use super::{CodecError, Endian, ErrorHandler, decode_error, encode_error};
use crate::pystr::{code_points, push_cp};

fn put(out: &mut Vec<u8>, v: u32, unit: usize, big: bool) {
    match (unit, big) {
        (2, false) => out.extend_from_slice(&(v as u16).to_le_bytes()),
        (2, true) => out.extend_from_slice(&(v as u16).to_be_bytes()),
        (_, false) => out.extend_from_slice(&v.to_le_bytes()),
        (_, true) => out.extend_from_slice(&v.to_be_bytes()),
    }
}

fn get(b: &[u8], at: usize, unit: usize, big: bool) -> u32 {
    let s = &b[at..at + unit];
    match (unit, big) {
        (2, false) => u16::from_le_bytes([s[0], s[1]]) as u32,
        (2, true) => u16::from_be_bytes([s[0], s[1]]) as u32,
        (_, false) => u32::from_le_bytes([s[0], s[1], s[2], s[3]]),
        (_, true) => u32::from_be_bytes([s[0], s[1], s[2], s[3]]),
    }
}

fn name(unit: usize, endian: Endian) -> &'static str {
    match (unit, endian) {
        (2, Endian::Bom) => "utf-16",
        (2, Endian::Little) => "utf-16-le",
        (2, Endian::Big) => "utf-16-be",
        (_, Endian::Bom) => "utf-32",
        (_, Endian::Little) => "utf-32-le",
        (_, Endian::Big) => "utf-32-be",
    }
}

pub(super) fn encode(
    s: &[u8],
    unit: usize,
    endian: Endian,
    errors: &str,
) -> Result<Vec<u8>, CodecError> {
    let big = endian == Endian::Big;
    let cps: Vec<u32> = code_points(s).collect();
    let mut out = Vec::with_capacity(cps.len() * unit + unit);
    if endian == Endian::Bom {
        put(&mut out, 0xFEFF, unit, false);
    }
    let is_surrogate = |c: u32| (0xD800..=0xDFFF).contains(&c);
    let mut i = 0;
    while i < cps.len() {
        let c = cps[i];
        if !is_surrogate(c) {
            if unit == 2 && c >= 0x10000 {
                put(&mut out, 0xD800 | ((c - 0x10000) >> 10), unit, big);
                put(&mut out, 0xDC00 | ((c - 0x10000) & 0x3FF), unit, big);
            } else {
                put(&mut out, c, unit, big);
            }
            i += 1;
            continue;
        }
        // One error a surrogate (not a run, unlike UTF-8). A handler's str replacement is
        // encoded unit by unit; its bytes (surrogatepass) are copied, and must fill whole units:
        // surrogateescape's single byte never does.
        let name = name(unit, endian);
        let handler = ErrorHandler::lookup(errors).map_err(CodecError::Other)?;
        if handler == ErrorHandler::SurrogateEscape {
            return Err(super::unicode_error(
                false,
                name,
                s,
                i,
                i + 1,
                "surrogates not allowed",
            ));
        }
        let mut tmp = Vec::new();
        let pass = |c: u32, out: &mut Vec<u8>| {
            put(out, c, unit, big);
            true
        };
        encode_error(
            errors,
            name,
            s,
            &cps,
            i,
            i + 1,
            "surrogates not allowed",
            &mut tmp,
            pass,
        )?;
        if handler == ErrorHandler::SurrogatePass {
            out.extend_from_slice(&tmp);
        } else {
            for b in tmp {
                put(&mut out, b as u32, unit, big);
            }
        }
        let end = i + 1;
        i = end;
    }
    Ok(out)
}

pub(super) fn decode(
    b: &[u8],
    unit: usize,
    endian: Endian,
    errors: &str,
) -> Result<Vec<u8>, CodecError> {
    let mut i = 0;
    let mut order = endian;
    if endian == Endian::Bom {
        order = Endian::Little;
        if b.len() >= unit {
            match get(b, 0, unit, false) {
                0xFEFF => i = unit,
                v if v == if unit == 2 { 0xFFFE } else { 0xFFFE_0000 } => {
                    order = Endian::Big;
                    i = unit;
                }
                _ => {}
            }
        }
    }
    let big = order == Endian::Big;
    let encoding = name(unit, order);
    let mut out = Vec::with_capacity(b.len());
    let pass_at = |at: usize| {
        move || {
            (b.len() >= at + unit)
                .then(|| get(b, at, unit, big))
                .filter(|c| (0xD800..=0xDFFF).contains(c))
                .map(|c| (c, unit))
        }
    };
    while i < b.len() {
        if b.len() - i < unit {
            i = decode_error(
                errors,
                encoding,
                b,
                i,
                b.len(),
                "truncated data",
                &mut out,
                pass_at(i),
            )?;
            continue;
        }
        let c = get(b, i, unit, big);
        if unit == 4 {
            let reason = if c >= 0x110000 {
                "code point not in range(0x110000)"
            } else if (0xD800..=0xDFFF).contains(&c) {
                "code point in surrogate code point range(0xd800, 0xe000)"
            } else {
                push_cp(&mut out, c);
                i += 4;
                continue;
            };
            i = decode_error(errors, encoding, b, i, i + 4, reason, &mut out, pass_at(i))?;
            continue;
        }
        if !(0xD800..=0xDFFF).contains(&c) {
            push_cp(&mut out, c);
            i += 2;
            continue;
        }
        if c >= 0xDC00 {
            i = decode_error(
                errors,
                encoding,
                b,
                i,
                i + 2,
                "illegal encoding",
                &mut out,
                pass_at(i),
            )?;
            continue;
        }
        if b.len() - i < 4 {
            i = decode_error(
                errors,
                encoding,
                b,
                i,
                b.len(),
                "unexpected end of data",
                &mut out,
                pass_at(i),
            )?;
            continue;
        }
        let c2 = get(b, i + 2, 2, big);
        if !(0xDC00..=0xDFFF).contains(&c2) {
            i = decode_error(
                errors,
                encoding,
                b,
                i,
                i + 2,
                "illegal UTF-16 surrogate",
                &mut out,
                pass_at(i),
            )?;
            continue;
        }
        push_cp(&mut out, 0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00));
        i += 4;
    }
    Ok(out)
}

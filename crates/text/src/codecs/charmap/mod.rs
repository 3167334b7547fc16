//! CPython's 8-bit charmap codecs (`cp1252`, `koi8_r`, `mac_roman`, ... : `codecs.charmap_encode`
//! and `charmap_decode` over the decoding tables of `Lib/encodings/`, generated into
//! `charmap_table.rs`): a byte mapped to U+FFFE is undefined; errors are reported under the name
//! `charmap` with the reason "character maps to <undefined>", one undefined byte at a time when
//! decoding, a run of unencodable code points at a time when encoding.

use super::{CodecError, decode_error, encode_error};
use crate::pystr::{code_points, push_cp};

#[rustfmt::skip]
mod charmap_table;

use charmap_table::{ALIASES, CHARMAPS};

const UNDEFINED: u16 = 0xFFFE;
const REASON: &str = "character maps to <undefined>";

/// The charmap codec a normalized encoding name designates (an alias or a module name of
/// `Lib/encodings/`), as an index for [`encode`]/[`decode`].
pub(super) fn lookup(norm: &str) -> Option<u8> {
    let find = |name: &str| -> Option<u8> {
        let module = ALIASES
            .binary_search_by(|(a, _)| (*a).cmp(name))
            .map(|i| ALIASES[i].1)
            .unwrap_or(name);
        CHARMAPS
            .binary_search_by(|(m, _)| (*m).cmp(module))
            .ok()
            .map(|i| i as u8)
    };
    find(norm).or_else(|| find(&norm.replace('.', "_")))
}

fn table(k: u8) -> &'static [u16; 256] {
    &CHARMAPS[k as usize].1
}

fn encode_one(t: &[u16; 256], cp: u32) -> Option<u8> {
    if cp < 0x80 && t[cp as usize] == cp as u16 {
        return Some(cp as u8);
    }
    if cp >= UNDEFINED as u32 {
        return None;
    }
    t.iter().position(|&c| c as u32 == cp).map(|b| b as u8)
}

/// `str.encode` with charmap codec `k` (`s` generalized UTF-8).
pub(super) fn encode(s: &[u8], k: u8, errors: &str) -> Result<Vec<u8>, CodecError> {
    let t = table(k);
    let cps: Vec<u32> = code_points(s).collect();
    let mut out = Vec::with_capacity(cps.len());
    let mut i = 0;
    while i < cps.len() {
        if let Some(b) = encode_one(t, cps[i]) {
            out.push(b);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < cps.len() && encode_one(t, cps[end]).is_none() {
            end += 1;
        }
        let mut rep = Vec::new();
        encode_error(
            errors,
            "charmap",
            s,
            &cps,
            i,
            end,
            REASON,
            &mut rep,
            |_, _| false,
        )?;
        if errors == "surrogateescape" {
            out.extend_from_slice(&rep);
        } else {
            // Replacement text (ASCII) is itself encoded through the map.
            for &b in &rep {
                match encode_one(t, b as u32) {
                    Some(b) => out.push(b),
                    None => {
                        return encode_error(
                            "strict",
                            "charmap",
                            s,
                            &cps,
                            i,
                            end,
                            REASON,
                            &mut out,
                            |_, _| false,
                        )
                        .map(|_| out);
                    }
                }
            }
        }
        i = end;
    }
    Ok(out)
}

/// `bytes.decode` with charmap codec `k`: generalized UTF-8.
pub(super) fn decode(b: &[u8], k: u8, errors: &str) -> Result<Vec<u8>, CodecError> {
    let t = table(k);
    let mut out = Vec::with_capacity(b.len() + b.len() / 2);
    let mut i = 0;
    while i < b.len() {
        let c = t[b[i] as usize];
        if c != UNDEFINED {
            push_cp(&mut out, c as u32);
            i += 1;
        } else {
            i = decode_error(errors, "charmap", b, i, i + 1, REASON, &mut out, || None)?;
        }
    }
    Ok(out)
}

//! Case conversion as `Objects/unicodeobject.c`'s `do_lower`, `do_upper`, `do_casefold`,
//! `do_title`, `do_capitalize` and `do_swapcase`: full mappings (`'ß'.upper()` is `'SS'`) and
//! the Final_Sigma rule for `Σ`, with an ASCII fast path; `bytes` versions change ASCII only.

use super::search::{Seq, Units};
use crate::pystr::{code_points, decode_at, decode_before, push_cp};
use crate::unicode::{self, CASE_IGNORABLE, CASED, Case, LOWER, TITLE, UPPER, map_case};

const CAPITAL_SIGMA: u32 = 0x3A3;

/// CPython's `handle_capital_sigma` for the `Σ` at byte `at` (`width` 2 bytes).
fn final_sigma(b: &[u8], at: usize) -> u32 {
    let mut j = at;
    let mut prev_cased = false;
    while j > 0 {
        let (c, w) = decode_before(b, j);
        if !unicode::has(c, CASE_IGNORABLE) {
            prev_cased = unicode::has(c, CASED);
            break;
        }
        j -= w;
    }
    let mut final_sigma = prev_cased;
    if final_sigma {
        let mut j = at + 2;
        while j < b.len() {
            let (c, w) = decode_at(b, j);
            if !unicode::has(c, CASE_IGNORABLE) {
                final_sigma = !unicode::has(c, CASED);
                break;
            }
            j += w;
        }
    }
    if final_sigma { 0x3C2 } else { 0x3C3 }
}

/// `lower_ucs4`: the full lower mapping, with Final_Sigma.
#[inline]
fn lower_at(b: &[u8], at: usize, cp: u32, out: &mut Vec<u8>) {
    if cp == CAPITAL_SIGMA {
        push_cp(out, final_sigma(b, at));
    } else {
        map_case(cp, Case::Lower, out);
    }
}

/// Calls `f(byte offset, code point)` for each code point.
#[inline]
fn each(b: &[u8], mut f: impl FnMut(usize, u32)) {
    let mut i = 0;
    for cp in code_points(b) {
        f(i, cp);
        i += if cp < 0x80 {
            1
        } else if cp < 0x800 {
            2
        } else if cp < 0x10000 {
            3
        } else {
            4
        };
    }
}

/// `s.lower()`.
pub fn lower(s: Seq) -> Vec<u8> {
    if s.units == Units::Bytes || s.bytes.is_ascii() {
        return s.bytes.to_ascii_lowercase();
    }
    let mut out = Vec::with_capacity(s.bytes.len());
    each(s.bytes, |at, cp| lower_at(s.bytes, at, cp, &mut out));
    out
}

/// `s.upper()`.
pub fn upper(s: Seq) -> Vec<u8> {
    if s.units == Units::Bytes || s.bytes.is_ascii() {
        return s.bytes.to_ascii_uppercase();
    }
    let mut out = Vec::with_capacity(s.bytes.len());
    each(s.bytes, |_, cp| map_case(cp, Case::Upper, &mut out));
    out
}

/// `s.casefold()` (`str` only).
pub fn casefold(s: Seq) -> Vec<u8> {
    if s.bytes.is_ascii() {
        return s.bytes.to_ascii_lowercase();
    }
    let mut out = Vec::with_capacity(s.bytes.len());
    each(s.bytes, |_, cp| map_case(cp, Case::Fold, &mut out));
    out
}

/// The flags of a unit: the Unicode ones for `str`, ASCII's for `bytes`.
#[inline]
pub(crate) fn unit_props(cp: u32, units: Units) -> u16 {
    match units {
        Units::CodePoints => unicode::props(cp),
        // `Py_ISSPACE` leaves out the separators U+001C..U+001F that `str.isspace()` takes
        Units::Bytes if (0x1C..=0x1F).contains(&cp) => unicode::props(cp) & !unicode::SPACE,
        Units::Bytes if cp < 0x80 => unicode::props(cp),
        Units::Bytes => 0,
    }
}

fn each_unit(s: Seq, mut f: impl FnMut(usize, u32)) {
    match s.units {
        Units::Bytes => s
            .bytes
            .iter()
            .enumerate()
            .for_each(|(i, &b)| f(i, b as u32)),
        Units::CodePoints => each(s.bytes, f),
    }
}

/// Appends a unit's mapping (`bytes`: ASCII case change only).
#[inline]
fn push_mapped(s: Seq, at: usize, cp: u32, case: Case, out: &mut Vec<u8>) {
    match s.units {
        Units::Bytes => out.push(match case {
            Case::Lower | Case::Fold => (cp as u8).to_ascii_lowercase(),
            Case::Upper | Case::Title => (cp as u8).to_ascii_uppercase(),
        }),
        Units::CodePoints if case == Case::Lower => lower_at(s.bytes, at, cp, out),
        Units::CodePoints => map_case(cp, case, out),
    }
}

/// `s.title()`: title case after an uncased unit, lower case after a cased one.
pub fn title(s: Seq) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.bytes.len());
    let mut previous_is_cased = false;
    each_unit(s, |at, cp| {
        let case = if previous_is_cased {
            Case::Lower
        } else {
            Case::Title
        };
        push_mapped(s, at, cp, case, &mut out);
        previous_is_cased = unit_props(cp, s.units) & CASED != 0;
    });
    out
}

/// `s.capitalize()`: the first unit title-cased (upper for `bytes`), the rest lower-cased.
pub fn capitalize(s: Seq) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.bytes.len());
    each_unit(s, |at, cp| {
        let case = if at == 0 { Case::Title } else { Case::Lower };
        push_mapped(s, at, cp, case, &mut out);
    });
    out
}

/// `s.swapcase()`.
pub fn swapcase(s: Seq) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.bytes.len());
    each_unit(s, |at, cp| {
        let props = unit_props(cp, s.units);
        if props & UPPER != 0 {
            push_mapped(s, at, cp, Case::Lower, &mut out);
        } else if props & LOWER != 0 {
            push_mapped(s, at, cp, Case::Upper, &mut out);
        } else if s.units == Units::Bytes {
            out.push(cp as u8);
        } else {
            push_cp(&mut out, cp);
        }
    });
    out
}

pub(crate) const UPPER_OR_TITLE: u16 = UPPER | TITLE;

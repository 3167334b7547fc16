//! The character predicates and case maps SRE's categories and IGNORECASE opcodes use
//! (`Modules/_sre/sre.c`'s `SRE_IS_*`, `SRE_UNI_IS_*`, `sre_lower_*`/`sre_upper_*`): ASCII
//! ones by byte value, Unicode ones from taipan-text's Unicode 14 tables (as CPython 3.11's
//! `Py_UNICODE_IS*` and the simple case mappings). The LOCALE forms use the "C" locale.

use taipan_text::unicode::{self, ALPHA, Case, DECIMAL, DIGIT, NUMERIC};

#[inline]
pub(crate) fn is_word(ch: u32) -> bool {
    ch < 128 && (ch as u8 == b'_' || (ch as u8).is_ascii_alphanumeric())
}

#[inline]
pub(crate) fn is_space(ch: u32) -> bool {
    matches!(ch, 0x09..=0x0D | 0x20)
}

#[inline]
pub(crate) fn is_digit(ch: u32) -> bool {
    ch < 128 && (ch as u8).is_ascii_digit()
}

#[inline]
pub(crate) fn is_loc_word(ch: u32) -> bool {
    is_word(ch)
}

#[inline]
pub(crate) const fn is_linebreak(ch: u32) -> bool {
    ch == '\n' as u32
}

#[inline]
pub fn lower_ascii(ch: u32) -> u32 {
    if ch < 128 {
        (ch as u8).to_ascii_lowercase() as u32
    } else {
        ch
    }
}

#[inline]
pub(crate) fn lower_locate(ch: u32) -> u32 {
    lower_ascii(ch)
}

#[inline]
pub(crate) fn upper_locate(ch: u32) -> u32 {
    if ch < 128 {
        (ch as u8).to_ascii_uppercase() as u32
    } else {
        ch
    }
}

#[inline]
pub(crate) fn is_uni_digit(ch: u32) -> bool {
    if ch < 128 {
        return is_digit(ch);
    }
    unicode::has(ch, DECIMAL)
}

#[inline]
pub(crate) fn is_uni_space(ch: u32) -> bool {
    unicode::is_space(ch)
}

#[inline]
pub(crate) fn is_uni_linebreak(ch: u32) -> bool {
    if ch < 128 {
        return matches!(ch, 0x0A..=0x0D | 0x1C..=0x1E);
    }
    unicode::is_linebreak(ch)
}

#[inline]
pub(crate) fn is_uni_word(ch: u32) -> bool {
    if ch < 128 {
        return is_word(ch);
    }
    unicode::has(ch, ALPHA | DECIMAL | DIGIT | NUMERIC)
}

/// The simple (one code point) case mapping: the first code point of the full one, as
/// CPython's `_PyUnicode_ToLowercase`/`ToUppercase` read their extended-case table.
fn simple(ch: u32, case: Case) -> u32 {
    let mut buf = Vec::with_capacity(4);
    unicode::map_case(ch, case, &mut buf);
    taipan_text::pystr::decode_at(&buf, 0).0
}

#[inline]
pub fn lower_unicode(ch: u32) -> u32 {
    if ch < 128 {
        return lower_ascii(ch);
    }
    simple(ch, Case::Lower)
}

#[inline]
pub fn upper_unicode(ch: u32) -> u32 {
    if ch < 128 {
        return upper_locate(ch);
    }
    simple(ch, Case::Upper)
}

//! Character classes the lexer needs: identifier bytes (ASCII fast path, Unicode XID through
//! `unicode-ident`), and CPython's notion of a printable character for error messages (from a
//! table generated from CPython 3.11's Unicode database).

/// `IDENT_CONT[b]` is true for ASCII letters, digits and `_`.
static IDENT_CONT: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = c.is_ascii_alphanumeric() || c == b'_';
        i += 1;
    }
    t
};

/// ASCII letter, digit or `_`.
#[inline]
pub(crate) fn is_ascii_ident_continue(b: u8) -> bool {
    IDENT_CONT[b as usize]
}

/// CPython's `is_potential_identifier_char`: ASCII letter, digit, `_`, or any non-ASCII byte.
#[inline]
pub(crate) fn is_potential_identifier_char(b: u8) -> bool {
    IDENT_CONT[b as usize] || b >= 0x80
}

/// A non-ASCII character that may start an identifier (XID_Start).
#[inline]
pub(crate) fn is_xid_start(c: char) -> bool {
    unicode_ident::is_xid_start(c)
}

/// A non-ASCII character that may continue an identifier (XID_Continue).
#[inline]
pub(crate) fn is_xid_continue(c: char) -> bool {
    unicode_ident::is_xid_continue(c)
}

/// Python's `str.isprintable()` for one character (CPython 3.11's Unicode 14 tables, owned by
/// `taipan-text`), which decides between "invalid character" and "invalid non-printable
/// character".
pub fn is_printable(c: char) -> bool {
    taipan_text::unicode::is_printable(c as u32)
}

/// The message CPython gives for a character that cannot appear in source outside strings and
/// comments.
pub(crate) fn invalid_character_message(c: char) -> String {
    if c == '\0' {
        "source code cannot contain null bytes".to_string()
    } else if is_printable(c) {
        format!("invalid character '{c}' (U+{:04X})", c as u32)
    } else {
        format!("invalid non-printable character U+{:04X}", c as u32)
    }
}

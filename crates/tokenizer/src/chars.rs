//! Character classes the lexer needs: identifier bytes (ASCII fast path, Unicode XID through
//! `unicode-ident`), and CPython's notion of a printable character for error messages.

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

/// An approximation of Python's `str.isprintable()` for one character, which decides between
/// "invalid character" and "invalid non-printable character". It knows the control (Cc), format
/// (Cf), separator (Zs, Zl, Zp other than space), surrogate and private-use characters; it cannot
/// know unassigned code points (Cn) without a full Unicode table and calls them printable.
pub(crate) fn is_printable(c: char) -> bool {
    let u = c as u32;
    !matches!(u,
        0x00..=0x1F | 0x7F..=0xA0 | 0xAD
        | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x890..=0x891 | 0x8E2
        | 0x1680 | 0x180E
        | 0x2000..=0x200F | 0x2028..=0x202F | 0x205F..=0x2064 | 0x2066..=0x206F
        | 0x3000
        | 0xD800..=0xF8FF
        | 0xFEFF | 0xFFF9..=0xFFFB
        | 0x110BD | 0x110CD | 0x13430..=0x1343F | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A
        | 0xE0001 | 0xE0020..=0xE007F
        | 0xF0000..=0x10FFFF
    )
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

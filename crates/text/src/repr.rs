//! `repr()` of `str` and `bytes` exactly as CPython 3.11 writes them: the quote choice, the
//! escapes, and `str.isprintable()` from the Unicode 14 table ([`crate::unicode`]).

use crate::pystr::code_points;
use crate::unicode;

const HEX: &[u8; 16] = b"0123456789abcdef";

fn push_hex(out: &mut String, prefix: &str, value: u32, digits: u32) {
    out.push_str(prefix);
    for shift in (0..digits).rev() {
        out.push(HEX[((value >> (4 * shift)) & 0xF) as usize] as char);
    }
}

/// `repr()` of a `str` given as code points.
pub fn code_points_repr(cps: impl Iterator<Item = u32> + Clone) -> String {
    let (mut squote, mut dquote) = (false, false);
    for cp in cps.clone() {
        squote |= cp == '\'' as u32;
        dquote |= cp == '"' as u32;
    }
    let quote = if squote && !dquote { '"' } else { '\'' };
    let mut out = String::with_capacity(2 + cps.size_hint().0);
    out.push(quote);
    for cp in cps {
        match cp {
            _ if cp == quote as u32 || cp == '\\' as u32 => {
                out.push('\\');
                out.push(cp as u8 as char);
            }
            0x09 => out.push_str("\\t"),
            0x0A => out.push_str("\\n"),
            0x0D => out.push_str("\\r"),
            0..=0x1F | 0x7F => push_hex(&mut out, "\\x", cp, 2),
            0x20..=0x7E => out.push(cp as u8 as char),
            _ if unicode::is_printable(cp) => out.push(char::from_u32(cp).unwrap_or('\u{FFFD}')),
            _ if cp <= 0xFF => push_hex(&mut out, "\\x", cp, 2),
            _ if cp <= 0xFFFF => push_hex(&mut out, "\\u", cp, 4),
            _ => push_hex(&mut out, "\\U", cp, 8),
        }
    }
    out.push(quote);
    out
}

/// `repr()` of a Python `str` given as generalized UTF-8 bytes.
pub fn str_repr(s: &[u8]) -> String {
    code_points_repr(code_points(s))
}

/// `repr()` of a Python `str` that is valid UTF-8 (an identifier, say).
pub fn utf8_str_repr(s: &str) -> String {
    code_points_repr(s.chars().map(|c| c as u32))
}

/// `ascii()` of a `str`: its `repr()` with every non-ASCII code point escaped.
pub fn str_ascii(s: &[u8]) -> String {
    ascii_escape(&str_repr(s))
}

/// `ascii()`'s second step over any object's `repr()` text: every non-ASCII code point escaped
/// as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
pub fn ascii_escape(r: &str) -> String {
    if r.is_ascii() {
        return r.to_owned();
    }
    let mut out = String::with_capacity(r.len() + 8);
    for c in r.chars() {
        match c as u32 {
            cp @ 0..=0x7F => out.push(cp as u8 as char),
            cp @ 0x80..=0xFF => push_hex(&mut out, "\\x", cp, 2),
            cp @ 0x100..=0xFFFF => push_hex(&mut out, "\\u", cp, 4),
            cp => push_hex(&mut out, "\\U", cp, 8),
        }
    }
    out
}

/// `repr()` of a Python `bytes` (`prefix` "b"; `bytearray(b'...')` wraps it).
pub fn bytes_repr(b: &[u8]) -> String {
    let squote = b.contains(&b'\'');
    let dquote = b.contains(&b'"');
    let quote = if squote && !dquote { b'"' } else { b'\'' };
    let mut out = String::with_capacity(3 + b.len());
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            _ if c == quote || c == b'\\' => {
                out.push('\\');
                out.push(c as char);
            }
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            0x20..=0x7E => out.push(c as char),
            _ => push_hex(&mut out, "\\x", c as u32, 2),
        }
    }
    out.push(quote as char);
    out
}

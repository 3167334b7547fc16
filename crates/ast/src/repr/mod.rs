//! Python's `repr()` of the values a `Constant` holds, exactly as CPython 3.11 writes them:
//! `str` (quote choice, escapes, `str.isprintable()` from the Unicode 14 table CPython uses),
//! `bytes`, `int`, `float` (shortest round-trip digits in CPython's `'r'` layout: `1e+16`,
//! `1e-05`, `0.0001`, `1.0`, `inf`, `nan`), `complex`, tuples and frozensets.
//!
//! The object model will need the same functions for `repr()` itself; they live here, free of
//! any AST type but [`Constant`] and [`PyStr`], so that they can move.

use std::fmt::Write;

use crate::{Constant, PyStr};

const HEX: &[u8; 16] = b"0123456789abcdef";

/// CPython's `Py_UNICODE_ISPRINTABLE` for a code point, lone surrogates (never printable)
/// included; the table is the tokenizer's, which needs it for its "invalid character" messages.
pub fn is_printable(cp: u32) -> bool {
    if cp < 0x7F {
        return cp >= 0x20;
    }
    char::from_u32(cp).is_some_and(taipan_tokenizer::is_printable)
}

fn push_hex(out: &mut String, prefix: &str, value: u32, digits: u32) {
    out.push_str(prefix);
    for shift in (0..digits).rev() {
        out.push(HEX[((value >> (4 * shift)) & 0xF) as usize] as char);
    }
}

/// `repr(s)` of a `str` given as code points.
fn code_points_repr(cps: impl Iterator<Item = u32> + Clone) -> String {
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
            _ if is_printable(cp) => out.push(char::from_u32(cp).unwrap_or('\u{FFFD}')),
            _ if cp <= 0xFF => push_hex(&mut out, "\\x", cp, 2),
            _ if cp <= 0xFFFF => push_hex(&mut out, "\\u", cp, 4),
            _ => push_hex(&mut out, "\\U", cp, 8),
        }
    }
    out.push(quote);
    out
}

/// `repr()` of a Python `str`.
pub fn str_repr(s: &PyStr) -> String {
    code_points_repr(s.code_points())
}

/// `repr()` of a Python `str` that is valid UTF-8 (an identifier, say).
pub fn utf8_str_repr(s: &str) -> String {
    code_points_repr(s.chars().map(|c| c as u32))
}

/// `repr()` of a Python `bytes`.
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

/// The shortest decimal digits that round-trip `x` (finite, non-negative) and the position of
/// the decimal point relative to them (`decpt`: `1.5e16` is `("15", 17)`).
fn shortest_digits(x: f64) -> (String, i32) {
    let s = format!("{x:e}");
    let (mantissa, _) = s.split_once('e').unwrap_or((&s, "0"));
    let n = mantissa.chars().filter(|c| c.is_ascii_digit()).count();
    // Rust's shortest digits break an exact tie upwards; CPython's (David Gay's) round it to
    // even, as Rust's exact formatting at the same precision does, when the even digits still
    // round-trip (at a power of two the float below is nearer, and they may not: 2.0**-24).
    let even = format!("{x:.*e}", n.saturating_sub(1));
    let s = if even.parse::<f64>() == Ok(x) {
        even
    } else {
        s
    };
    let (mantissa, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    (digits, exp + 1)
}

/// CPython's `PyOS_double_to_string(x, 'r', 0, flags)`: `add_dot_0` is `Py_DTSF_ADD_DOT_0`,
/// `sign` is `Py_DTSF_SIGN`.
fn format_float_r(out: &mut String, x: f64, add_dot_0: bool, sign: bool) {
    if x.is_nan() {
        out.push_str(if sign { "+nan" } else { "nan" });
        return;
    }
    if x.is_sign_negative() {
        out.push('-');
    } else if sign {
        out.push('+');
    }
    if x.is_infinite() {
        out.push_str("inf");
        return;
    }
    let (digits, decpt) = shortest_digits(x.abs());
    let n = digits.len() as i32;
    if decpt <= -4 || decpt > 16 {
        out.push_str(&digits[..1]);
        if n > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let exp = decpt - 1;
        let _ = write!(out, "e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
    } else if decpt <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-decpt) as usize));
        out.push_str(&digits);
    } else if decpt >= n {
        out.push_str(&digits);
        out.extend(std::iter::repeat_n('0', (decpt - n) as usize));
        if add_dot_0 {
            out.push_str(".0");
        }
    } else {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    }
}

/// `repr()` of a Python `float`.
pub fn float_repr(x: f64) -> String {
    let mut out = String::new();
    format_float_r(&mut out, x, true, false);
    out
}

/// `repr()` of a Python `complex`.
pub fn complex_repr(real: f64, imag: f64) -> String {
    let mut out = String::new();
    if real == 0.0 && real.is_sign_positive() {
        format_float_r(&mut out, imag, false, false);
        out.push('j');
    } else {
        out.push('(');
        format_float_r(&mut out, real, false, false);
        format_float_r(&mut out, imag, false, true);
        out.push_str("j)");
    }
    out
}

/// `repr()` of a constant.
pub fn constant_repr(c: &Constant) -> String {
    let mut out = String::new();
    write_constant_repr(&mut out, c);
    out
}

fn write_constant_repr(out: &mut String, c: &Constant) {
    match c {
        Constant::None => out.push_str("None"),
        Constant::Bool(true) => out.push_str("True"),
        Constant::Bool(false) => out.push_str("False"),
        Constant::Ellipsis => out.push_str("Ellipsis"),
        Constant::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Constant::Float(bits) => format_float_r(out, f64::from_bits(*bits), true, false),
        Constant::Complex { real, imag } => {
            out.push_str(&complex_repr(f64::from_bits(*real), f64::from_bits(*imag)))
        }
        Constant::Str(s) => out.push_str(&str_repr(s)),
        Constant::Bytes(b) => out.push_str(&bytes_repr(b)),
        Constant::Tuple(items) => {
            out.push('(');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_constant_repr(out, item);
            }
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Constant::FrozenSet(items) => {
            out.push_str("frozenset(");
            if !items.is_empty() {
                out.push('{');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    write_constant_repr(out, item);
                }
                out.push('}');
            }
            out.push(')');
        }
    }
}

#[cfg(test)]
mod tests;

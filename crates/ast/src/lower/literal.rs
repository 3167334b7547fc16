//! Literal tokens to values: Python's int, float and imaginary literals, and the bodies of string
//! and bytes literals with their escapes decoded as CPython 3.11 decodes them (errors worded as
//! CPython words them).

use num_bigint::BigInt;

use crate::{Int, PyStrBuilder};

/// CPython's `sys.get_int_max_str_digits()` default: longer decimal literals are errors.
const INT_MAX_STR_DIGITS: usize = 4300;

/// The value of an int literal (`0x_ff`, `1_000`, `0o17`, `0b1`, `007` is not valid but `00` is).
pub(crate) fn parse_int(text: &str) -> Result<Int, String> {
    let (radix, digits) = match text.as_bytes() {
        [b'0', b'x' | b'X', ..] => (16, &text[2..]),
        [b'0', b'o' | b'O', ..] => (8, &text[2..]),
        [b'0', b'b' | b'B', ..] => (2, &text[2..]),
        _ => (10, text),
    };
    let clean: String;
    let digits = if digits.contains('_') {
        clean = digits.chars().filter(|&c| c != '_').collect();
        &clean
    } else {
        digits
    };
    if radix == 10 && digits.len() > INT_MAX_STR_DIGITS {
        return Err(format!(
            "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        ));
    }
    if let Ok(v) = i64::from_str_radix(digits, radix) {
        return Ok(Int::Small(v));
    }
    BigInt::parse_bytes(digits.as_bytes(), radix)
        .map(Int::from_big)
        .ok_or_else(|| format!("invalid {text} literal"))
}

/// The value of a float literal (`1.`, `.5`, `1_0e-1_0`).
pub(crate) fn parse_float(text: &str) -> f64 {
    let clean: String;
    let text = if text.contains('_') {
        clean = text.chars().filter(|&c| c != '_').collect();
        &clean
    } else {
        text
    };
    text.parse::<f64>().unwrap_or(0.0)
}

/// The imaginary part of an imaginary literal (`1j`, `1.5J`).
pub(crate) fn parse_imaginary(text: &str) -> f64 {
    parse_float(text.get(..text.len().saturating_sub(1)).unwrap_or(""))
}

/// The prefix letters of a string token.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Prefix {
    pub raw: bool,
    pub bytes: bool,
    pub unicode: bool,
    pub fstring: bool,
}

/// Splits a string token (or an f-string start token) into its prefix and the length of the
/// prefix plus opening quotes.
pub(crate) fn prefix(token: &str) -> (Prefix, usize) {
    let mut p = Prefix::default();
    let mut n = 0;
    for c in token.bytes() {
        match c {
            b'r' | b'R' => p.raw = true,
            b'b' | b'B' => p.bytes = true,
            b'u' | b'U' => p.unicode = true,
            b'f' | b'F' => p.fstring = true,
            _ => break,
        }
        n += 1;
    }
    let rest = &token.as_bytes()[n..];
    let quotes = if rest.len() >= 3 && rest[0] == rest[1] && rest[1] == rest[2] {
        3
    } else {
        1
    };
    (p, n + quotes.min(rest.len()))
}

/// The body of a complete string token (between the quotes) and its prefix.
pub(crate) fn string_body(token: &str) -> (Prefix, &str) {
    let (p, open) = prefix(token);
    let close = open
        - token[..open]
            .trim_start_matches(|c: char| c.is_ascii_alphabetic())
            .len();
    let quotes = open - close;
    let end = token.len().saturating_sub(quotes).max(open);
    (p, token.get(open..end).unwrap_or(""))
}

fn unicode_error(start: usize, end: usize, what: &str) -> String {
    format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {what}"
    )
}

/// Appends the value of a str literal body to `out`. `raw` bodies are copied (with newlines
/// normalized); others have their escapes decoded. Invalid escapes (`\d`) are kept, as CPython
/// does (with a DeprecationWarning).
pub(crate) fn decode_str(body: &str, raw: bool, out: &mut PyStrBuilder) -> Result<(), String> {
    let bytes = body.as_bytes();
    if raw || !bytes.contains(&b'\\') {
        push_normalized(body, out);
        return Ok(());
    }
    // `pos` counts bytes as CPython's decoder sees them: each non-ASCII character became a
    // 10-byte `\UXXXXXXXX` escape before decoding.
    let mut pos = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b != b'\\' {
            let run_end = bytes[i..]
                .iter()
                .position(|&c| c == b'\\')
                .map_or(bytes.len(), |o| i + o);
            let run = &body[i..run_end];
            pos += run
                .chars()
                .map(|c| if c.is_ascii() { 1 } else { 10 })
                .sum::<usize>();
            push_normalized(run, out);
            i = run_end;
            continue;
        }
        let start = pos;
        let Some(&e) = bytes.get(i + 1) else {
            return Err(unicode_error(start, start, "\\ at end of string"));
        };
        i += 2;
        pos += 2;
        match e {
            b'\n' => {}
            b'\r' => {
                if bytes.get(i) == Some(&b'\n') {
                    i += 1;
                    pos += 1;
                }
            }
            b'\\' => out.push('\\' as u32),
            b'\'' => out.push('\'' as u32),
            b'"' => out.push('"' as u32),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(10),
            b'r' => out.push(13),
            b't' => out.push(9),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                for _ in 0..2 {
                    match bytes.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + (d - b'0') as u32;
                            i += 1;
                            pos += 1;
                        }
                        _ => break,
                    }
                }
                out.push(v);
            }
            b'x' | b'u' | b'U' => {
                let (n, what) = match e {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut v = 0u32;
                for k in 0..n {
                    match bytes.get(i).and_then(|&d| (d as char).to_digit(16)) {
                        Some(d) => {
                            v = v * 16 + d;
                            i += 1;
                            pos += 1;
                        }
                        None => return Err(unicode_error(start, start + 1 + k, what)),
                    }
                }
                if v > 0x10FFFF {
                    return Err(unicode_error(start, pos - 1, "illegal Unicode character"));
                }
                out.push(v);
            }
            b'N' => {
                let malformed =
                    || unicode_error(start, start + 1, "malformed \\N character escape");
                if bytes.get(i) != Some(&b'{') {
                    return Err(malformed());
                }
                let Some(close) = bytes[i..].iter().position(|&c| c == b'}') else {
                    return Err(malformed());
                };
                let name = &body[i + 1..i + close];
                let end = pos + close;
                i += close + 1;
                pos += name.len() + 2;
                match lookup_name(name) {
                    Some(c) if !name.is_empty() => out.push(c),
                    _ => return Err(unicode_error(start, end, "unknown Unicode character name")),
                }
            }
            _ => {
                // An invalid escape: the backslash stays.
                out.push('\\' as u32);
                i -= 1;
                pos -= 1;
            }
        }
    }
    Ok(())
}

/// `\N{name}`: names and aliases, case-insensitively as CPython's `unicodedata.lookup`.
fn lookup_name(name: &str) -> Option<u32> {
    unicode_names2::character(name).map(|c| c as u32)
}

/// Appends `text` with `\r\n` and `\r` turned into `\n`, as CPython's tokenizer reads sources.
fn push_normalized(text: &str, out: &mut PyStrBuilder) {
    if !text.contains('\r') {
        out.push_str(text);
        return;
    }
    let mut rest = text;
    while let Some(at) = rest.find('\r') {
        out.push_str(&rest[..at]);
        out.push('\n' as u32);
        rest = &rest[at + 1..];
        if rest.starts_with('\n') {
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
}

/// Appends the value of a bytes literal body to `out`.
pub(crate) fn decode_bytes(body: &str, raw: bool, out: &mut Vec<u8>) -> Result<(), String> {
    let bytes = body.as_bytes();
    if bytes.iter().any(|&b| b >= 0x80) {
        return Err("bytes can only contain ASCII literal characters".into());
    }
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\r' {
            out.push(b'\n');
            i += 1 + (bytes.get(i + 1) == Some(&b'\n')) as usize;
            continue;
        }
        if b != b'\\' || raw {
            out.push(b);
            i += 1;
            continue;
        }
        let Some(&e) = bytes.get(i + 1) else {
            return Err("(value error) Trailing \\ in string".into());
        };
        let start = i;
        i += 2;
        match e {
            b'\n' => {}
            b'\r' => i += (bytes.get(i) == Some(&b'\n')) as usize,
            b'\\' | b'\'' | b'"' => out.push(e),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(10),
            b'r' => out.push(13),
            b't' => out.push(9),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                for _ in 0..2 {
                    match bytes.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(v as u8);
            }
            b'x' => {
                let hex = |k: usize| bytes.get(k).and_then(|&d| (d as char).to_digit(16));
                match (hex(i), hex(i + 1)) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => {
                        return Err(format!(
                            "(value error) invalid \\x escape at position {start}"
                        ));
                    }
                }
            }
            _ => {
                out.push(b'\\');
                i -= 1;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(parse_int("0x_ff"), Ok(Int::Small(255)));
        assert_eq!(parse_int("1_000"), Ok(Int::Small(1000)));
        assert_eq!(parse_int("0o17"), Ok(Int::Small(15)));
        assert_eq!(parse_int("0b101"), Ok(Int::Small(5)));
        assert_eq!(
            parse_int("99999999999999999999").map(|i| i.to_string()),
            Ok("99999999999999999999".to_string())
        );
        assert_eq!(parse_float("1."), 1.0);
        assert_eq!(parse_float(".5"), 0.5);
        assert_eq!(parse_float("1_0e-1_0"), 10e-10);
        assert_eq!(parse_imaginary("2j"), 2.0);
    }

    #[test]
    fn string_bodies() {
        assert_eq!(string_body("rb'''x'''").1, "x");
        assert_eq!(string_body("'x'").1, "x");
        assert_eq!(string_body("''").1, "");
        assert_eq!(string_body("''''''").1, "");
        let mut b = PyStrBuilder::default();
        decode_str(
            r"a\n\x41\u00e9\N{HYPHEN}\d\101\
z",
            false,
            &mut b,
        )
        .unwrap();
        assert_eq!(b.finish().as_str(), Some("a\nAé\u{2010}\\dAz"));
    }
}

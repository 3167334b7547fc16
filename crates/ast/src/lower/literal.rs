//! Literal tokens to values: Python's int, float and imaginary literals, and the bodies of string
//! and bytes literals with their escapes decoded as CPython 3.11 decodes them (errors worded as
//! CPython words them).

use num_bigint::BigInt;
use taipan_text::escape::{EscapeError, Escapes, Piece, Scanner};

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

/// The `(unicode error)` of a str literal. `start..end` are byte offsets in `body`, reported
/// as CPython counts them: it re-encodes the body before decoding, each non-ASCII character as
/// a 10-byte `\UXXXXXXXX` escape and an escaping backslash before one as `\u005c`.
fn unicode_error(body: &[u8], start: usize, end: usize, what: &str) -> String {
    let pos = |at: usize| {
        let (mut n, mut escaping) = (0usize, false);
        for &b in &body[..at.min(body.len())] {
            match b {
                0..=0x7F => n += 1,
                0xC0.. => n += if escaping { 15 } else { 10 },
                _ => {}
            }
            escaping = b == b'\\' && !escaping;
        }
        n
    };
    format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {what}",
        pos(start),
        pos(end).saturating_sub(1)
    )
}

/// Appends the value of a str literal body to `out`. `raw` bodies are copied (with newlines
/// normalized); others have their escapes decoded by `taipan_text::escape` (as the
/// `unicode_escape` codec, with the source's newlines). Invalid escapes (`\d`) are kept, as
/// CPython does (with a DeprecationWarning).
pub(crate) fn decode_str(body: &str, raw: bool, out: &mut PyStrBuilder) -> Result<(), String> {
    let bytes = body.as_bytes();
    if raw || !bytes.contains(&b'\\') {
        push_normalized(bytes, &mut |run| out.push_gutf8(run));
        return Ok(());
    }
    for piece in Scanner::new(bytes, Escapes::Str).source() {
        match piece {
            Piece::Plain(run) => push_normalized(run, &mut |run| out.push_gutf8(run)),
            Piece::Char(c) => out.push(c),
            Piece::Unknown(_) => out.push('\\' as u32),
            Piece::Error { error, start, end } => {
                return Err(unicode_error(bytes, start, end, error.reason(Escapes::Str)));
            }
            Piece::Incomplete(_) => break,
        }
    }
    Ok(())
}

/// Passes `text` on in runs, with `\r\n` and `\r` turned into `\n`, as CPython's tokenizer
/// reads sources.
fn push_normalized(text: &[u8], push: &mut dyn FnMut(&[u8])) {
    let mut rest = text;
    while let Some(at) = rest.iter().position(|&b| b == b'\r') {
        push(&rest[..at]);
        push(b"\n");
        rest = &rest[at + 1..];
        if rest.first() == Some(&b'\n') {
            rest = &rest[1..];
        }
    }
    push(rest);
}

/// Appends the value of a bytes literal body to `out`, its escapes decoded by
/// `taipan_text::escape` (as the `escape_decode` codec, with the source's newlines).
pub(crate) fn decode_bytes(body: &str, raw: bool, out: &mut Vec<u8>) -> Result<(), String> {
    let bytes = body.as_bytes();
    if bytes.iter().any(|&b| b >= 0x80) {
        return Err("bytes can only contain ASCII literal characters".into());
    }
    if raw {
        push_normalized(bytes, &mut |run| out.extend_from_slice(run));
        return Ok(());
    }
    for piece in Scanner::new(bytes, Escapes::Bytes).source() {
        match piece {
            Piece::Plain(run) => push_normalized(run, &mut |run| out.extend_from_slice(run)),
            Piece::Char(c) => out.push(c as u8),
            Piece::Unknown(_) => out.push(b'\\'),
            Piece::Error {
                error: EscapeError::TrailingBackslash,
                ..
            } => return Err("(value error) Trailing \\ in string".into()),
            Piece::Error { start, .. } => {
                return Err(format!(
                    "(value error) invalid \\x escape at position {start}"
                ));
            }
            Piece::Incomplete(_) => break,
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

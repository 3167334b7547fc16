//! `int(text, base)` and `float(text)`: CPython's `PyLong_FromString` and
//! `PyFloat_FromString` rules. Text first goes through `_PyUnicode_TransformDecimalAndSpaceToASCII`
//! (Unicode whitespace becomes a space, any script's decimal digit its ASCII digit), then
//! the ASCII grammar: surrounding whitespace, one sign, base prefixes (`0x`, `0o`, `0b`, then
//! one `_`), single underscores between digits, `inf`/`nan` for floats; the digit limit of
//! 3.11's `sys.set_int_max_str_digits` for non-power-of-two bases.

use num_bigint::{BigInt, Sign};
use taipan_text::pystr::code_points;
use taipan_text::{PyErr, PyResult, repr, unicode};

use crate::Int;

/// CPython 3.11's default `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;
/// Below this many digits the limit is not checked (`_PY_LONG_MAX_STR_DIGITS_THRESHOLD`).
const MAX_STR_DIGITS_THRESHOLD: usize = 640;

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: non-ASCII spaces to `' '`, decimals to ASCII
/// digits, anything else non-ASCII to `'?'` (which no grammar accepts). `None` for ASCII input.
fn to_ascii(s: &[u8]) -> Option<Vec<u8>> {
    if s.is_ascii() {
        return None;
    }
    Some(
        code_points(s)
            .map(|cp| match cp {
                0..=0x7F => cp as u8,
                _ if unicode::is_space(cp) => b' ',
                _ => unicode::decimal_value(cp).map_or(b'?', |d| b'0' + d as u8),
            })
            .collect(),
    )
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => (b - b'0') as u32,
        b'a'..=b'z' => (b - b'a') as u32 + 10,
        b'A'..=b'Z' => (b - b'A') as u32 + 10,
        _ => 99,
    }
}

enum IntError {
    Invalid,
    TooManyDigits(usize),
}

/// `PyLong_FromString` over ASCII (`base` 0 or 2..=36).
fn parse_ascii_int(s: &[u8], base: u32, max_str_digits: usize) -> Result<Int, IntError> {
    let mut i = 0;
    while i < s.len() && is_space(s[i]) {
        i += 1;
    }
    let mut negative = false;
    match s.get(i) {
        Some(b'+') => i += 1,
        Some(b'-') => {
            negative = true;
            i += 1;
        }
        _ => {}
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    let at = |k: usize| s.get(k).copied().unwrap_or(0);
    if base == 0 {
        base = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0'
        && matches!(
            (base, at(i + 1)),
            (16, b'x' | b'X') | (8, b'o' | b'O') | (2, b'b' | b'B')
        )
    {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(IntError::Invalid);
    }
    let start = i;
    let mut digits = 0;
    let mut prev = 0u8;
    while i < s.len() && (digit_value(s[i]) < base || s[i] == b'_') {
        if s[i] == b'_' {
            if prev == b'_' {
                return Err(IntError::Invalid);
            }
        } else {
            digits += 1;
        }
        prev = s[i];
        i += 1;
    }
    if prev == b'_' || i == start {
        return Err(IntError::Invalid);
    }
    let end_digits = i;
    while i < s.len() && is_space(s[i]) {
        i += 1;
    }
    if i != s.len() {
        return Err(IntError::Invalid);
    }
    if !base.is_power_of_two()
        && digits > MAX_STR_DIGITS_THRESHOLD
        && max_str_digits > 0
        && digits > max_str_digits
    {
        return Err(IntError::TooManyDigits(digits));
    }
    let text: Vec<u8> = s[start..end_digits]
        .iter()
        .copied()
        .filter(|&b| b != b'_')
        .collect();
    let value = if digits <= 18 && base == 10 {
        let mut v: i64 = 0;
        for &b in &text {
            v = v * 10 + (b - b'0') as i64;
        }
        Int::Small(if negative { -v } else { v })
    } else {
        let mag = num_bigint::BigUint::parse_bytes(&text, base).ok_or(IntError::Invalid)?;
        Int::from_big(BigInt::from_biguint(
            if negative { Sign::Minus } else { Sign::Plus },
            mag,
        ))
    };
    if error_if_nonzero && !matches!(value, Int::Small(0)) {
        return Err(IntError::Invalid);
    }
    Ok(value)
}

fn check_base(base: i64) -> PyResult<u32> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(PyErr::value_error(
            "int() base must be >= 2 and <= 36, or 0",
        ));
    }
    Ok(base as u32)
}

/// `repr(x)` cut to 200 code points, as `%.200R`.
fn repr_200(r: String) -> String {
    match r.char_indices().nth(200) {
        Some((at, _)) => r[..at].to_string(),
        None => r,
    }
}

fn int_error(e: IntError, base: i64, repr: impl FnOnce() -> String, max: usize) -> PyErr {
    match e {
        IntError::Invalid => PyErr::value_error(format!(
            "invalid literal for int() with base {base}: {}",
            repr_200(repr())
        )),
        IntError::TooManyDigits(n) => PyErr::value_error(format!(
            "Exceeds the limit ({max} digits) for integer string conversion: value has {n} digits; use sys.set_int_max_str_digits() to increase the limit"
        )),
    }
}

/// `int(s, base)` for a `str` (generalized UTF-8); `max_str_digits` is
/// `sys.get_int_max_str_digits()` (0: no limit).
pub fn int_from_str(s: &[u8], base: i64, max_str_digits: usize) -> PyResult<Int> {
    let b = check_base(base)?;
    let ascii = to_ascii(s);
    let text = ascii.as_deref().unwrap_or(s);
    // a NUL ends CPython's C string early: never a valid literal
    let r = if text.contains(&0) {
        Err(IntError::Invalid)
    } else {
        parse_ascii_int(text, b, max_str_digits)
    };
    r.map_err(|e| int_error(e, base, || repr::str_repr(s), max_str_digits))
}

/// `int(b, base)` for `bytes`/`bytearray`.
pub fn int_from_bytes_literal(s: &[u8], base: i64, max_str_digits: usize) -> PyResult<Int> {
    let b = check_base(base)?;
    let r = if s.contains(&0) {
        Err(IntError::Invalid)
    } else {
        parse_ascii_int(s, b, max_str_digits)
    };
    r.map_err(|e| int_error(e, base, || repr::bytes_repr(s), max_str_digits))
}

/// `_Py_string_to_number_with_underscores` + `PyOS_string_to_double` over stripped ASCII.
fn parse_ascii_float(s: &[u8]) -> Option<f64> {
    let mut i = 0;
    let mut j = s.len();
    while i < j && is_space(s[i]) {
        i += 1;
    }
    while j > i && is_space(s[j - 1]) {
        j -= 1;
    }
    let s = &s[i..j];
    let mut clean = Vec::with_capacity(s.len());
    let mut prev = 0u8;
    for &c in s {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !c.is_ascii_digit() {
                return None;
            }
            clean.push(c);
        }
        prev = c;
    }
    if prev == b'_' {
        return None;
    }
    let (negative, body) = match clean.first() {
        Some(b'-') => (true, &clean[1..]),
        Some(b'+') => (false, &clean[1..]),
        _ => (false, &clean[..]),
    };
    let lower = body.to_ascii_lowercase();
    let v = match lower.as_slice() {
        b"inf" | b"infinity" => f64::INFINITY,
        b"nan" => f64::NAN,
        _ => {
            // digits [. digits] [e [sign] digits], at least one mantissa digit
            let mut k = 0;
            let int_digits = body.iter().take_while(|b| b.is_ascii_digit()).count();
            k += int_digits;
            let mut frac_digits = 0;
            if body.get(k) == Some(&b'.') {
                k += 1;
                frac_digits = body[k..].iter().take_while(|b| b.is_ascii_digit()).count();
                k += frac_digits;
            }
            if int_digits + frac_digits == 0 {
                return None;
            }
            if matches!(body.get(k), Some(b'e' | b'E')) {
                k += 1;
                if matches!(body.get(k), Some(b'+' | b'-')) {
                    k += 1;
                }
                let exp_digits = body[k..].iter().take_while(|b| b.is_ascii_digit()).count();
                if exp_digits == 0 {
                    return None;
                }
                k += exp_digits;
            }
            if k != body.len() {
                return None;
            }
            std::str::from_utf8(body).ok()?.parse::<f64>().ok()?
        }
    };
    Some(if negative { -v } else { v })
}

/// `float(s)` for a `str` (generalized UTF-8).
pub fn float_from_str(s: &[u8]) -> PyResult<f64> {
    let ascii = to_ascii(s);
    let text = ascii.as_deref().unwrap_or(s);
    let v = if text.contains(&0) {
        None
    } else {
        parse_ascii_float(text)
    };
    v.ok_or_else(|| {
        PyErr::value_error(format!(
            "could not convert string to float: {}",
            repr::str_repr(s)
        ))
    })
}

/// `float(b)` for `bytes`/`bytearray`.
pub fn float_from_bytes_literal(s: &[u8]) -> PyResult<f64> {
    let v = if s.contains(&0) {
        None
    } else {
        parse_ascii_float(s)
    };
    v.ok_or_else(|| {
        PyErr::value_error(format!(
            "could not convert string to float: {}",
            repr::bytes_repr(s)
        ))
    })
}

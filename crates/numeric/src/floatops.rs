//! The `float` methods that need exact arithmetic: `round(x, n)` (correctly rounded as
//! CPython's dtoa-based `double_round`), `round(x)` to an int (half to even), `float.hex()`,
//! `float.fromhex()` and `float.as_integer_ratio()`, with CPython's exceptions.

use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{One, ToPrimitive, Zero};
use taipan_text::{PyErr, PyErrKind, PyResult};

use crate::Int;

/// `x` as `(negative, mantissa, exponent)` with `|x| = mantissa * 2**exponent` (finite `x`).
fn decompose(x: f64) -> (bool, u64, i32) {
    let bits = x.to_bits();
    let negative = bits >> 63 == 1;
    let exp = ((bits >> 52) & 0x7FF) as i32;
    let frac = bits & ((1 << 52) - 1);
    if exp == 0 {
        (negative, frac, -1074)
    } else {
        (negative, frac | (1 << 52), exp - 1075)
    }
}

/// `round(x, ndigits)` for a float.
pub fn round_float(x: f64, ndigits: i64) -> PyResult<f64> {
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let r = if ndigits >= 0 {
        // Rust's fixed formatting is exact and rounds half to even, as dtoa's mode 3
        format!("{x:.*}", ndigits as usize)
            .parse::<f64>()
            .unwrap_or(x)
    } else {
        let k = (-ndigits) as u32;
        let (negative, m, e) = decompose(x);
        let (num, den) = if e >= 0 {
            (BigUint::from(m) << e as u32, BigUint::from(10u8).pow(k))
        } else {
            (BigUint::from(m), BigUint::from(10u8).pow(k) << (-e) as u32)
        };
        let (mut q, r) = num.div_rem(&den);
        let twice = r << 1u8;
        if twice > den || twice == den && q.is_odd() {
            q += 1u8;
        }
        let s = format!("{}{q}e{k}", if negative { "-" } else { "" });
        s.parse::<f64>().unwrap_or(f64::INFINITY)
    };
    if r.is_infinite() {
        return Err(PyErr::overflow("rounded value too large to represent"));
    }
    // keep the sign of a zero result, as CPython's strtod of "-0e.." does
    Ok(if r == 0.0 { 0.0f64.copysign(x) } else { r })
}

/// `float` to `int`, truncating (`int(x)`), with CPython's errors for inf and nan.
pub fn float_to_int(x: f64) -> PyResult<Int> {
    if x.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(PyErr::overflow("cannot convert float infinity to integer"));
    }
    let t = x.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Int::Small(t as i64));
    }
    let (negative, m, e) = decompose(t);
    let v = BigInt::from(m) << e.max(0) as u32;
    Ok(Int::from_big(if negative { -v } else { v }))
}

/// `round(x)`: the nearest int, ties to even.
pub fn round_to_int(x: f64) -> PyResult<Int> {
    float_to_int(x.round_ties_even())
}

/// `x.hex()`: `0x1.8000000000000p+0`.
pub fn float_hex(x: f64) -> String {
    if !x.is_finite() {
        return taipan_text::float_repr(x);
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0x0.0p+0".into()
        } else {
            "0x0.0p+0".into()
        };
    }
    let (negative, m, e) = decompose(x);
    // normalize to 1.xxx (or 0.xxx for subnormals) with 52 fraction bits
    let (lead, frac, exp) = if m >> 52 == 1 {
        (1, m & ((1 << 52) - 1), e + 52)
    } else {
        (0, m, -1022)
    };
    format!(
        "{}0x{lead}.{frac:013x}p{}{}",
        if negative { "-" } else { "" },
        if exp < 0 { '-' } else { '+' },
        exp.abs()
    )
}

fn invalid_hex() -> PyErr {
    PyErr::value_error("invalid hexadecimal floating-point string")
}

fn hex_overflow() -> PyErr {
    PyErr::overflow("hexadecimal value too large to represent as a float")
}

/// `mantissa * 2**exp` correctly rounded (half to even), or `None` on overflow.
fn scale_round(mantissa: &BigUint, exp: i64) -> Option<f64> {
    if mantissa.is_zero() {
        return Some(0.0);
    }
    let bits = mantissa.bits() as i64;
    let top = bits - 1 + exp; // floor(log2(value))
    if top > 1023 {
        return None;
    }
    // bits kept: 53 for normal results, fewer for subnormal ones
    let keep = if top >= -1022 { 53 } else { 53 - (-1022 - top) };
    if keep < 0 {
        return Some(0.0);
    }
    let shift = bits - keep;
    let (q, e) = if shift > 0 {
        let q = mantissa >> shift as u64;
        let rem = mantissa - (&q << shift as u64);
        let half = BigUint::one() << (shift - 1) as u64;
        let mut q = q;
        if rem > half || rem == half && q.is_odd() {
            q += 1u8;
        }
        (q, exp + shift)
    } else {
        (mantissa << (-shift) as u64, exp + shift)
    };
    let qf = q.to_u64().unwrap_or(0) as f64;
    // qf has at most 54 bits; scale in two steps so that no intermediate underflows
    let e = e as i32;
    let half = e / 2;
    let r = qf * 2f64.powi(half) * 2f64.powi(e - half);
    r.is_finite().then_some(r)
}

/// `float.fromhex(s)` (`s` ASCII or not: non-ASCII never parses).
pub fn float_fromhex(s: &[u8]) -> PyResult<f64> {
    let is_space = |b: &u8| matches!(b, b' ' | b'\t'..=b'\r');
    let start = s.iter().take_while(|b| is_space(b)).count();
    let end = s.len() - s[start..].iter().rev().take_while(|b| is_space(b)).count();
    let t = &s[start..end];
    let (negative, t) = match t.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    if lower == b"inf" || lower == b"infinity" {
        return Ok(if negative {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if lower == b"nan" {
        return Ok(f64::NAN);
    }
    let t = lower.strip_prefix(b"0x").unwrap_or(&lower);
    let mut i = 0;
    let mut mantissa = BigUint::zero();
    let mut ndigits = 0;
    let mut frac_digits: i64 = 0;
    while i < t.len() && t[i].is_ascii_hexdigit() {
        mantissa = (mantissa << 4u8) + BigUint::from((t[i] as char).to_digit(16).unwrap_or(0));
        i += 1;
        ndigits += 1;
    }
    if t.get(i) == Some(&b'.') {
        i += 1;
        while i < t.len() && t[i].is_ascii_hexdigit() {
            mantissa = (mantissa << 4u8) + BigUint::from((t[i] as char).to_digit(16).unwrap_or(0));
            i += 1;
            ndigits += 1;
            frac_digits += 1;
        }
    }
    if ndigits == 0 {
        return Err(invalid_hex());
    }
    let mut exp: i64 = 0;
    if t.get(i) == Some(&b'p') {
        i += 1;
        let exp_negative = match t.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let digits_start = i;
        while i < t.len() && t[i].is_ascii_digit() {
            exp = exp.saturating_mul(10).saturating_add((t[i] - b'0') as i64);
            i += 1;
        }
        if i == digits_start {
            return Err(invalid_hex());
        }
        if exp_negative {
            exp = -exp;
        }
    }
    if i != t.len() {
        return Err(invalid_hex());
    }
    let exp = exp.saturating_sub(4 * frac_digits);
    let v = if mantissa.is_zero() {
        0.0
    } else if exp > 1 << 40 {
        return Err(hex_overflow());
    } else if exp < -(1 << 40) {
        0.0
    } else {
        scale_round(&mantissa, exp).ok_or_else(hex_overflow)?
    };
    Ok(if negative { -v } else { v })
}

/// `x.as_integer_ratio()`: the lowest-terms `(numerator, denominator)`.
pub fn as_integer_ratio(x: f64) -> PyResult<(Int, Int)> {
    if x.is_infinite() {
        return Err(PyErr::new(
            PyErrKind::OverflowError,
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x.is_nan() {
        return Err(PyErr::value_error("cannot convert NaN to integer ratio"));
    }
    if x == 0.0 {
        return Ok((Int::Small(0), Int::Small(1)));
    }
    let (negative, mut m, mut e) = decompose(x);
    let tz = m.trailing_zeros() as i32;
    m >>= tz;
    e += tz;
    let n = BigInt::from(m);
    let n = if negative { -n } else { n };
    Ok(if e >= 0 {
        (Int::from_big(n << e as u32), Int::Small(1))
    } else {
        (
            Int::from_big(n),
            Int::from_big(BigInt::one() << (-e) as u32),
        )
    })
}

//! `int` arithmetic on the AST's [`Int`]: every operation tries the `i64` fast path first and
//! falls back to `BigInt` when it overflows; results are always in canonical form
//! ([`Int::from_big`]). Floor division and modulo round toward negative infinity, as Python's do;
//! shifts and bitwise operations act on the infinite two's complement representation.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::Signed;

use crate::{Int, PyErr, PyErrKind, PyResult};

/// Results larger than this many bits are refused with `MemoryError` instead of being built
/// (CPython would try, and fail or take minutes).
pub const MAX_BITS: u64 = 1 << 32;

/// The number of bits of `|v|` (`int.bit_length()`, CPython's `_PyLong_NumBits`).
pub fn bit_length(v: &Int) -> u64 {
    match v {
        Int::Small(s) => 64 - s.unsigned_abs().leading_zeros() as u64,
        Int::Big(b) => b.bits(),
    }
}

pub fn is_zero(v: &Int) -> bool {
    matches!(v, Int::Small(0))
}

pub fn is_negative(v: &Int) -> bool {
    match v {
        Int::Small(s) => *s < 0,
        Int::Big(b) => b.is_negative(),
    }
}

/// `v` as an `i64`, if it fits.
pub fn to_i64(v: &Int) -> Option<i64> {
    match v {
        Int::Small(s) => Some(*s),
        Int::Big(_) => None,
    }
}

fn big(v: BigInt) -> Int {
    Int::from_big(v)
}

pub fn add(a: &Int, b: &Int) -> Int {
    if let (Int::Small(x), Int::Small(y)) = (a, b)
        && let Some(r) = x.checked_add(*y)
    {
        return Int::Small(r);
    }
    big(a.to_big() + b.to_big())
}

pub fn sub(a: &Int, b: &Int) -> Int {
    if let (Int::Small(x), Int::Small(y)) = (a, b)
        && let Some(r) = x.checked_sub(*y)
    {
        return Int::Small(r);
    }
    big(a.to_big() - b.to_big())
}

pub fn mul(a: &Int, b: &Int) -> PyResult<Int> {
    if let (Int::Small(x), Int::Small(y)) = (a, b)
        && let Some(r) = x.checked_mul(*y)
    {
        return Ok(Int::Small(r));
    }
    if bit_length(a) + bit_length(b) > MAX_BITS {
        return Err(PyErr::memory());
    }
    Ok(big(a.to_big() * b.to_big()))
}

pub fn neg(a: &Int) -> Int {
    match a {
        Int::Small(x) => match x.checked_neg() {
            Some(r) => Int::Small(r),
            None => big(-BigInt::from(*x)),
        },
        Int::Big(b) => big(-(**b).clone()),
    }
}

/// `~a`, which is `-(a + 1)`.
pub fn invert(a: &Int) -> Int {
    match a {
        Int::Small(x) => Int::Small(!x),
        Int::Big(b) => big(-((**b).clone() + BigInt::from(1))),
    }
}

/// `a // b` and `a % b` together (`divmod`), rounding the quotient toward negative infinity.
/// `None` when `b` is zero.
fn floor_divmod(a: &Int, b: &Int) -> Option<(Int, Int)> {
    if is_zero(b) {
        return None;
    }
    if let (Int::Small(x), Int::Small(y)) = (a, b)
        && let (Some(q), Some(r)) = (x.checked_div(*y), x.checked_rem(*y))
    {
        return Some(if r != 0 && ((r < 0) != (*y < 0)) {
            (Int::Small(q - 1), Int::Small(r + y))
        } else {
            (Int::Small(q), Int::Small(r))
        });
    }
    let (q, r) = a.to_big().div_mod_floor(&b.to_big());
    Some((big(q), big(r)))
}

pub fn floor_div(a: &Int, b: &Int) -> PyResult<Int> {
    floor_divmod(a, b)
        .map(|(q, _)| q)
        .ok_or_else(|| PyErr::zero_division("integer division or modulo by zero"))
}

pub fn modulo(a: &Int, b: &Int) -> PyResult<Int> {
    floor_divmod(a, b)
        .map(|(_, r)| r)
        .ok_or_else(|| PyErr::zero_division("integer modulo by zero"))
}

/// `a ** b` for `b >= 0` (a negative exponent gives a float: see `object`).
pub fn pow_nonneg(a: &Int, b: &Int) -> PyResult<Int> {
    debug_assert!(!is_negative(b));
    // Bases whose powers never grow.
    match a {
        Int::Small(0) => return Ok(Int::Small(if is_zero(b) { 1 } else { 0 })),
        Int::Small(1) => return Ok(Int::Small(1)),
        Int::Small(-1) => {
            let odd = match b {
                Int::Small(e) => e & 1 == 1,
                Int::Big(e) => e.is_odd(),
            };
            return Ok(Int::Small(if odd { -1 } else { 1 }));
        }
        _ => {}
    }
    let Some(exp) = to_i64(b).and_then(|e| u32::try_from(e).ok()) else {
        return Err(PyErr::memory());
    };
    if let Int::Small(x) = a
        && let Some(r) = x.checked_pow(exp)
    {
        return Ok(Int::Small(r));
    }
    if (bit_length(a).saturating_sub(1)).saturating_mul(exp as u64) > MAX_BITS {
        return Err(PyErr::memory());
    }
    Ok(big(num_traits::pow::Pow::pow(a.to_big(), exp)))
}

/// The shift count of `<<` and `>>`: `ValueError` when negative; `None` when it does not fit in
/// an `i64` (CPython's `OverflowError` for `<<`, a result of 0 or -1 for `>>`).
fn shift_count(b: &Int) -> PyResult<Option<u64>> {
    if is_negative(b) {
        return Err(PyErr::new(PyErrKind::ValueError, "negative shift count"));
    }
    Ok(to_i64(b).map(|n| n as u64))
}

pub fn lshift(a: &Int, b: &Int) -> PyResult<Int> {
    let count = shift_count(b)?;
    if is_zero(a) {
        return Ok(Int::Small(0));
    }
    let Some(count) = count else {
        return Err(PyErr::overflow("too many digits in integer"));
    };
    if let Int::Small(x) = a
        && count < 63
    {
        let r = x << count;
        if r >> count == *x {
            return Ok(Int::Small(r));
        }
    }
    if bit_length(a).saturating_add(count) > MAX_BITS {
        return Err(PyErr::memory());
    }
    Ok(big(a.to_big() << count))
}

pub fn rshift(a: &Int, b: &Int) -> PyResult<Int> {
    let count = shift_count(b)?;
    let negative = is_negative(a);
    match (a, count) {
        (Int::Small(x), Some(c)) => Ok(Int::Small(x >> c.min(63))),
        (_, Some(c)) if c < bit_length(a) => Ok(big(a.to_big() >> c)),
        _ => Ok(Int::Small(if negative { -1 } else { 0 })),
    }
}

pub fn bitand(a: &Int, b: &Int) -> Int {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => Int::Small(x & y),
        _ => big(a.to_big() & b.to_big()),
    }
}

pub fn bitor(a: &Int, b: &Int) -> Int {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => Int::Small(x | y),
        _ => big(a.to_big() | b.to_big()),
    }
}

pub fn bitxor(a: &Int, b: &Int) -> Int {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => Int::Small(x ^ y),
        _ => big(a.to_big() ^ b.to_big()),
    }
}

/// `|v|` as a `BigUint`-backed `BigInt`, with the sign apart.
pub fn magnitude(v: &Int) -> (bool, num_bigint::BigUint) {
    match v {
        Int::Small(s) => (*s < 0, num_bigint::BigUint::from(s.unsigned_abs())),
        Int::Big(b) => (b.sign() == Sign::Minus, b.magnitude().clone()),
    }
}

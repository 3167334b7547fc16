//! The `int` methods beyond arithmetic: `to_bytes`/`from_bytes`, `bit_count`, `round(n, k)`
//! and `str(n)` under 3.11's `sys.set_int_max_str_digits` limit, with CPython's exceptions.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Signed, Zero};
use taipan_text::{IntRef, PyErr, PyResult};

use crate::Int;
use crate::int::magnitude;

/// The view of an [`Int`] that `taipan-text`'s formatting takes.
pub fn int_ref(v: &Int) -> IntRef<'_> {
    match v {
        Int::Small(x) => IntRef::Small(*x),
        Int::Big(b) => IntRef::Big(b),
    }
}

/// `n.bit_count()`: the number of one bits of `|n|`.
pub fn bit_count(v: &Int) -> u64 {
    match v {
        Int::Small(x) => x.unsigned_abs().count_ones() as u64,
        Int::Big(_) => magnitude(v)
            .1
            .iter_u64_digits()
            .map(|d| d.count_ones() as u64)
            .sum(),
    }
}

/// `n.to_bytes(length, byteorder, signed=signed)`.
pub fn to_bytes(v: &Int, length: usize, little: bool, signed: bool) -> PyResult<Vec<u8>> {
    let big = v.to_big();
    if !signed && big.is_negative() {
        return Err(PyErr::overflow("can't convert negative int to unsigned"));
    }
    if length == 0 && big == BigInt::from(-1) {
        return Ok(Vec::new()); // CPython's quirk: all of -1 is sign extension
    }
    let mut bytes = big.to_signed_bytes_le();
    if !signed && bytes.len() > 1 && bytes.last() == Some(&0) {
        bytes.pop(); // the sign byte a non-negative value may need only when signed
    }
    if big.is_zero() {
        bytes.clear();
    }
    if bytes.len() > length {
        return Err(PyErr::overflow("int too big to convert"));
    }
    let fill = if big.is_negative() { 0xFF } else { 0 };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(bytes)
}

/// `int.from_bytes(bytes, byteorder, signed=signed)`.
pub fn from_bytes(b: &[u8], little: bool, signed: bool) -> Int {
    let v = match (little, signed) {
        (true, true) => BigInt::from_signed_bytes_le(b),
        (true, false) => BigInt::from_bytes_le(Sign::Plus, b),
        (false, true) => BigInt::from_signed_bytes_be(b),
        (false, false) => BigInt::from_bytes_be(Sign::Plus, b),
    };
    Int::from_big(v)
}

/// `round(n, ndigits)` for an int: unchanged for `ndigits >= 0`, else to a multiple of
/// `10**-ndigits`, ties to even.
pub fn round_int(v: &Int, ndigits: i64) -> Int {
    if ndigits >= 0 {
        return v.clone();
    }
    let k = ndigits.unsigned_abs();
    let big = v.to_big();
    if k > 4 * big.bits() + 4 {
        return Int::Small(0);
    }
    let pow = BigInt::from(10u8).pow(k as u32);
    let (q, r) = big.div_mod_floor(&pow);
    let twice = &r * 2u8;
    let q = if twice > pow || twice == pow && q.is_odd() {
        q + 1u8
    } else {
        q
    };
    Int::from_big(q * pow)
}

/// `str(n)`, refused past `max_str_digits` decimal digits (0: no limit), as 3.11 does.
pub fn int_to_decimal(v: &Int, max_str_digits: usize) -> PyResult<String> {
    let s = taipan_text::intfmt::int_to_base(int_ref(v), 10, false);
    let digits = s.len() - s.starts_with('-') as usize;
    if max_str_digits > 0 && digits > max_str_digits {
        return Err(PyErr::value_error(format!(
            "Exceeds the limit ({max_str_digits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(s)
}

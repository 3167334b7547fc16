//! Exact conversions from `int` to `float`: `float(n)` (round half to even, `OverflowError`
//! past the largest float) and `a / b` on two ints, which CPython's `long_true_divide` rounds
//! correctly from the exact quotient (never through two roundings).

use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};

use crate::int::{bit_length, is_negative, magnitude};
use crate::{Int, PyErr, PyResult};

/// The largest integer magnitude every float below represents exactly (2**53).
const EXACT: u64 = 1 << 53;

/// `float(v)`: the nearest float, ties to even (taipan-text's `IntRef::to_f64`, the one
/// int-to-float conversion), or `OverflowError` past the largest float.
pub fn int_to_f64(v: &Int) -> PyResult<f64> {
    crate::intops::int_ref(v)
        .to_f64()
        .ok_or_else(|| PyErr::overflow("int too large to convert to float"))
}

/// `a / b` for two ints.
pub fn int_true_divide(a: &Int, b: &Int) -> PyResult<f64> {
    if matches!(b, Int::Small(0)) {
        return Err(PyErr::zero_division("division by zero"));
    }
    let negate = is_negative(a) != is_negative(b);
    if let (Int::Small(x), Int::Small(y)) = (a, b)
        && x.unsigned_abs() <= EXACT
        && y.unsigned_abs() <= EXACT
    {
        return Ok(*x as f64 / *y as f64);
    }
    if matches!(a, Int::Small(0)) {
        return Ok(if negate { -0.0 } else { 0.0 });
    }
    let (_, n) = magnitude(a);
    let (_, d) = magnitude(b);
    // Scale so that the integer quotient has 55 or 56 bits, then round it with the remainder as
    // a sticky bit.
    let shift = 55 + bit_length(b) as i64 - bit_length(a) as i64;
    let (num, den) = if shift >= 0 {
        (n << shift as u64, d)
    } else {
        (n, d << (-shift) as u64)
    };
    let (q, r) = num.div_rem(&den);
    let q = q.to_u64().unwrap_or(u64::MAX);
    let result = round_to_f64(q, !r.is_zero(), -shift);
    if result.is_infinite() {
        return Err(PyErr::overflow(
            "integer division result too large for a float",
        ));
    }
    Ok(if negate { -result } else { result })
}

/// The float nearest to `(q + f) * 2**exp`, where `0 <= f < 1` is known only by `sticky` (it
/// is nonzero), rounding half to even, subnormals included; infinity when it overflows.
fn round_to_f64(q: u64, sticky: bool, exp: i64) -> f64 {
    if q == 0 {
        return 0.0;
    }
    let bits = 64 - q.leading_zeros() as i64;
    // The exponent of the leading bit, and the lowest bit position a float keeps there.
    let lead = bits - 1 + exp;
    let lowest = if lead >= -1022 { lead - 52 } else { -1074 };
    let drop = lowest - exp;
    if drop <= 0 {
        // Exact (sticky only arises with a quotient of 55+ bits, so drop > 0 then).
        return ldexp(q, exp);
    }
    if drop > 64 {
        return 0.0;
    }
    let kept = if drop == 64 { 0 } else { q >> drop };
    let rest = if drop == 64 {
        q
    } else {
        q & ((1u64 << drop) - 1)
    };
    let half = 1u64 << (drop - 1);
    let up = rest > half || (rest == half && (sticky || kept & 1 == 1));
    ldexp(kept + up as u64, lowest)
}

/// `m * 2**exp`, exact whenever the result is representable.
fn ldexp(m: u64, exp: i64) -> f64 {
    let mut x = m as f64;
    let mut e = exp;
    // Step by at most 2**±1000 so that no intermediate power of two is out of range; `m` has
    // at most 54 significant bits here, so each step is exact until the final rounding.
    while e > 0 {
        let step = e.min(1000);
        x *= f64::from_bits(((1023 + step) as u64) << 52);
        e -= step;
    }
    while e < 0 {
        let step = (-e).min(1000);
        x *= f64::from_bits(((1023 - step) as u64) << 52);
        e += step;
    }
    x
}

//! Python's `==` on constants (as set and dict keys compare them): numbers by value across
//! bool, int, float and complex (`1 == 1.0 == True == 1+0j`, int against float exactly), the
//! rest by type and value.

use num_bigint::BigInt;
use num_traits::FromPrimitive;

use crate::{Constant, Int};

/// A constant as a number: `(real, imag)` with an exact int when the real part is one.
enum Number<'a> {
    Int(&'a Int),
    Real(f64),
    Complex(f64, f64),
}

static ZERO: Int = Int::Small(0);
static ONE: Int = Int::Small(1);

fn number(c: &Constant) -> Option<Number<'_>> {
    Some(match c {
        Constant::Bool(b) => Number::Int(if *b { &ONE } else { &ZERO }),
        Constant::Int(i) => Number::Int(i),
        Constant::Float(bits) => Number::Real(f64::from_bits(*bits)),
        Constant::Complex { real, imag } => {
            Number::Complex(f64::from_bits(*real), f64::from_bits(*imag))
        }
        _ => return None,
    })
}

/// `int == float`, exactly.
fn int_eq_float(i: &Int, f: f64) -> bool {
    if !f.is_finite() || f.fract() != 0.0 {
        return false;
    }
    match i {
        Int::Small(s) if f.abs() < 9.0e15 => *s as f64 == f,
        _ => BigInt::from_f64(f).is_some_and(|b| b == i.to_big()),
    }
}

fn number_eq(a: &Number, b: &Number) -> bool {
    match (a, b) {
        (Number::Int(x), Number::Int(y)) => x == y,
        (Number::Int(i), Number::Real(f)) | (Number::Real(f), Number::Int(i)) => {
            int_eq_float(i, *f)
        }
        (Number::Real(x), Number::Real(y)) => x == y,
        (Number::Complex(re, im), other) | (other, Number::Complex(re, im)) => match other {
            Number::Complex(re2, im2) => re == re2 && im == im2,
            _ => *im == 0.0 && number_eq(&Number::Real(*re), other),
        },
    }
}

/// `a == b`.
pub fn eq(a: &Constant, b: &Constant) -> bool {
    if let (Some(x), Some(y)) = (number(a), number(b)) {
        return number_eq(&x, &y);
    }
    match (a, b) {
        (Constant::None, Constant::None) | (Constant::Ellipsis, Constant::Ellipsis) => true,
        (Constant::Str(x), Constant::Str(y)) => x == y,
        (Constant::Bytes(x), Constant::Bytes(y)) => x == y,
        (Constant::Tuple(x), Constant::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| eq(p, q))
        }
        (Constant::FrozenSet(x), Constant::FrozenSet(y)) => {
            x.len() == y.len() && x.iter().all(|p| y.iter().any(|q| eq(p, q)))
        }
        _ => false,
    }
}

/// The items of `frozenset(items)`: the first of each run of equal items, in order.
pub fn frozenset_items(items: Vec<Constant>) -> Box<[Constant]> {
    let mut out: Vec<Constant> = Vec::with_capacity(items.len());
    for item in items {
        if !out.iter().any(|o| eq(o, &item)) {
            out.push(item);
        }
    }
    out.into_boxed_slice()
}

//! Integers to text: `str(int)`, `bin()`/`oct()`/`hex()` and any base 2..=36 (the digits
//! `int.__format__` and `%`-formatting lay out), for an `i64` fast path or a `BigInt`.

use num_bigint::BigInt;
use num_traits::Signed;

/// An integer value as the object model holds it: small, or a big one by reference.
#[derive(Clone, Copy, Debug)]
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    pub fn is_negative(&self) -> bool {
        match self {
            IntRef::Small(v) => *v < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }
    /// The value as an `i64`, if it fits.
    pub fn to_i64(&self) -> Option<i64> {
        match self {
            IntRef::Small(v) => Some(*v),
            IntRef::Big(b) => i64::try_from(*b).ok(),
        }
    }
    /// The nearest float (ties to even), or `None` past `f64::MAX` (CPython's `OverflowError:
    /// int too large to convert to float`).
    pub fn to_f64(&self) -> Option<f64> {
        let f = match self {
            IntRef::Small(v) => *v as f64,
            IntRef::Big(b) => num_traits::ToPrimitive::to_f64(*b)?,
        };
        f.is_finite().then_some(f)
    }
}

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// Appends the digits of `|v|` in `base` (lower case), without sign or prefix.
pub fn write_magnitude(out: &mut Vec<u8>, v: IntRef, base: u32) {
    match v {
        IntRef::Small(v) => {
            let mut m = v.unsigned_abs();
            let mut buf = [0u8; 64];
            let mut i = buf.len();
            loop {
                i -= 1;
                buf[i] = DIGITS[(m % base as u64) as usize];
                m /= base as u64;
                if m == 0 {
                    break;
                }
            }
            out.extend_from_slice(&buf[i..]);
        }
        IntRef::Big(b) => out.extend_from_slice(b.magnitude().to_str_radix(base).as_bytes()),
    }
}

/// `_PyLong_Format(v, base)` with `alternate`: `-0x1f` style (sign, prefix for bases 2, 8, 16,
/// digits), which is `str()`, `bin()`, `oct()`, `hex()`.
pub fn int_to_base(v: IntRef, base: u32, alternate: bool) -> String {
    let mut out = Vec::with_capacity(24);
    if v.is_negative() {
        out.push(b'-');
    }
    if alternate {
        match base {
            2 => out.extend_from_slice(b"0b"),
            8 => out.extend_from_slice(b"0o"),
            16 => out.extend_from_slice(b"0x"),
            _ => {}
        }
    }
    write_magnitude(&mut out, v, base);
    String::from_utf8(out).unwrap_or_default()
}

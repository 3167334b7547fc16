//! IEEE 754 binary16 for struct's `e` format, as CPython's `PyFloat_Pack2`/`PyFloat_Unpack2`:
//! round half to even, subnormals, signed zeros, infinities, and NaNs (a quiet NaN keeping its
//! sign); a finite value past the largest half (65504 after rounding) does not fit.

use taipan_numeric::hash::frexp;

/// The half-float bits of `x`, or `None` when it is too large (`OverflowError`).
pub fn pack(x: f64) -> Option<u16> {
    let sign = u16::from(x.is_sign_negative());
    let (e, bits): (i32, u32) = if x == 0.0 {
        (0, 0)
    } else if x.is_infinite() {
        (0x1f, 0)
    } else if x.is_nan() {
        (0x1f, 512)
    } else {
        let (mut f, mut e) = frexp(x.abs());
        // 1 <= f < 2
        f *= 2.0;
        e -= 1;
        if e >= 16 {
            return None;
        } else if e < -25 {
            // |x| < 2**-25: underflows to zero
            f = 0.0;
            e = 0;
        } else if e < -14 {
            // subnormal
            f *= 2f64.powi(14 + e);
            e = 0;
        } else {
            e += 15;
            f -= 1.0;
        }
        f *= 1024.0;
        let mut bits = f as u32;
        let rest = f - bits as f64;
        if rest > 0.5 || (rest == 0.5 && bits % 2 == 1) {
            bits += 1;
            if bits == 1024 {
                bits = 0;
                e += 1;
                if e == 31 {
                    return None;
                }
            }
        }
        (e, bits)
    };
    Some((sign << 15) | ((e as u16) << 10) | bits as u16)
}

/// The value of half-float bits.
pub fn unpack(p: u16) -> f64 {
    let negative = p & 0x8000 != 0;
    let e = i32::from((p & 0x7c00) >> 10);
    let f = p & 0x03ff;
    let magnitude = if e == 0x1f {
        if f == 0 { f64::INFINITY } else { f64::NAN }
    } else {
        let x = f64::from(f) / 1024.0;
        if e == 0 {
            x * 2f64.powi(-14)
        } else {
            (x + 1.0) * 2f64.powi(e - 15)
        }
    };
    if negative { -magnitude } else { magnitude }
}

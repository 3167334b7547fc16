//! Float to text as CPython's `PyOS_double_to_string` (`Python/pystrtod.c`'s
//! `format_float_short` over David Gay's `_Py_dg_dtoa`): the `'r'` repr (shortest round-trip
//! digits, exponent past 1e16), and `'e'`, `'f'`, `'g'` with a precision, with the flags
//! `Py_DTSF_SIGN`, `Py_DTSF_ADD_DOT_0`, `Py_DTSF_ALT` and `Py_DTSF_NO_NEG_0`. `repr(float)`,
//! `repr(complex)`, `format()` and `%`-formatting all come through here.
//!
//! Digits come from Rust's float formatting, which is exact and rounds half to even as dtoa
//! does; only the shortest mode needs a fix-up (Rust breaks an exact shortest tie upwards).

use std::fmt::Write;

/// The conversion `PyOS_double_to_string` makes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FloatFormat {
    /// `'r'`: shortest round-trip digits, exponent when the decimal point is outside `-4 < e <= 16`.
    Repr,
    /// `'e'` with this many digits after the point.
    Exp(usize),
    /// `'f'` with this many digits after the point.
    Fixed(usize),
    /// `'g'` with this many significant digits (0 means 1).
    General(usize),
}

/// `PyOS_double_to_string`'s flags.
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
pub struct FloatFlags {
    /// `Py_DTSF_SIGN`: a `+` before non-negative numbers.
    pub sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: `.0` after an integral value without exponent.
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: `#`, keep the decimal point and trailing zeros.
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: `z`, negative zero (after rounding) prints as zero.
    pub no_neg_0: bool,
    /// `E`, `F`, `G`: upper-case exponent, `INF`, `NAN`.
    pub upper: bool,
}

/// The shortest decimal digits that round-trip `x` (finite, positive) and the position of
/// the decimal point relative to them (`decpt`: `1.5e16` is `("15", 17)`).
fn shortest_digits(x: f64, digits: &mut String) -> i32 {
    let s = format!("{x:e}");
    let (mantissa, _) = s.split_once('e').unwrap_or((&s, "0"));
    // Rust's shortest digits break an exact tie upwards; CPython's (David Gay's) round it to
    // even, as Rust's exact formatting at the same precision does, when the even digits still
    // round-trip (at a power of two the float below is nearer, and they may not: 2.0**-24).
    // An even last digit is already the even choice, and a tie needs an exact value of at
    // most 18 significant digits: never `m / 2**k` with `m` odd and `k > 26` (0.1, 1/3).
    if mantissa.bytes().last().is_some_and(|d| (d - b'0') % 2 == 1) && tie_possible(x) {
        let n = mantissa.bytes().filter(u8::is_ascii_digit).count();
        let even = format!("{x:.*e}", n.saturating_sub(1));
        if even.parse::<f64>() == Ok(x) {
            return exp_digits(&even, digits);
        }
    }
    exp_digits(&s, digits)
}

/// Whether `x` (finite, positive) may be exactly halfway between two 17-digit decimals.
fn tie_possible(x: f64) -> bool {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7FF) as i32;
    let frac = bits & ((1 << 52) - 1);
    let (m, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp - 1075)
    };
    let e = e + m.trailing_zeros() as i32;
    // m * 2**e with e < 0 has as many digits as m * 5**-e: over 18 once 5**-e > 10**18
    e >= -26
}

/// Splits Rust's `{:e}` output into stripped digits and `decpt`.
fn exp_digits(s: &str, digits: &mut String) -> i32 {
    let (mantissa, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    digits.extend(mantissa.chars().filter(char::is_ascii_digit));
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    exp + 1
}

/// A precision past which every finite double's digits are exact (at most 1074 digits after the
/// point, 767 significant): asking for more only adds zeros, which `dtoa` strips. Rust's
/// formatting panics past 65535, so precisions are clamped to this.
const EXACT_PRECISION: usize = 1100;

/// A precision as the `i32` the digit positions are counted in (CPython's are C ints too).
fn clamp(p: usize) -> i32 {
    i32::try_from(p).unwrap_or(i32::MAX)
}

/// `_Py_dg_dtoa`'s digits (trailing zeros stripped) and decimal point for a finite `x >= 0`.
fn dtoa(x: f64, format: FloatFormat, digits: &mut String) -> i32 {
    if x == 0.0 {
        digits.push('0');
        return 1;
    }
    let exact = |p: usize| p.min(EXACT_PRECISION);
    match format {
        FloatFormat::Repr => shortest_digits(x, digits),
        FloatFormat::Exp(p) => exp_digits(&format!("{x:.*e}", exact(p)), digits),
        FloatFormat::General(p) => exp_digits(&format!("{x:.*e}", exact(p.max(1) - 1)), digits),
        FloatFormat::Fixed(p) => {
            let s = format!("{x:.*}", exact(p));
            let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
            let int = int.trim_start_matches('0');
            let mut decpt = int.len() as i32;
            digits.push_str(int);
            if int.is_empty() {
                let f = frac.trim_start_matches('0');
                decpt = -((frac.len() - f.len()) as i32);
                digits.push_str(f);
            } else {
                digits.push_str(frac);
            }
            while digits.ends_with('0') {
                digits.pop();
            }
            if digits.is_empty() {
                // no digits, fcvt style
                return -clamp(p);
            }
            decpt
        }
    }
}

/// Appends `x` formatted as `PyOS_double_to_string(x, format, flags)` does.
pub fn write_float(out: &mut String, x: f64, format: FloatFormat, flags: FloatFlags) {
    if x.is_nan() {
        if flags.sign {
            out.push('+');
        }
        out.push_str(if flags.upper { "NAN" } else { "nan" });
        return;
    }
    let mut negative = x.is_sign_negative();
    if x.is_infinite() {
        if negative {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(if flags.upper { "INF" } else { "inf" });
        return;
    }
    let mut digits = String::new();
    let mut decpt = dtoa(x.abs(), format, &mut digits);
    if flags.no_neg_0 && (digits.is_empty() || digits == "0") {
        negative = false;
    }
    let digits_len = digits.len() as i32;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match format {
        FloatFormat::Exp(p) => {
            use_exp = true;
            vdigits_end = clamp(p).saturating_add(1);
        }
        FloatFormat::Fixed(p) => vdigits_end = decpt.saturating_add(clamp(p)),
        FloatFormat::General(p) => {
            let p = clamp(p.max(1));
            if decpt <= -4 || decpt > if flags.add_dot_0 { p - 1 } else { p } {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = p;
            }
        }
        FloatFormat::Repr => use_exp = decpt <= -4 || decpt > 16,
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };
    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let zeros = |out: &mut String, n: i32| out.extend(std::iter::repeat_n('0', n.max(0) as usize));
    if decpt <= 0 {
        zeros(out, decpt - vdigits_start);
        out.push('.');
        zeros(out, -decpt);
    } else {
        zeros(out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(&digits);
    }
    if digits_len < decpt {
        zeros(out, decpt - digits_len);
        out.push('.');
        zeros(out, vdigits_end - decpt);
    } else {
        zeros(out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if flags.upper { 'E' } else { 'e' });
        let _ = write!(out, "{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
    }
}

/// `PyOS_double_to_string(x, format, flags)` as a new string.
pub fn format_float(x: f64, format: FloatFormat, flags: FloatFlags) -> String {
    let mut out = String::new();
    write_float(&mut out, x, format, flags);
    out
}

/// `repr()` of a Python `float`: `1.0`, `1e+16`, `1e-05`, `inf`, `nan`.
pub fn float_repr(x: f64) -> String {
    format_float(
        x,
        FloatFormat::Repr,
        FloatFlags {
            add_dot_0: true,
            ..FloatFlags::default()
        },
    )
}

/// `repr()` of a Python `complex`: `1j`, `(1+2j)`, `(-0-1j)`.
pub fn complex_repr(real: f64, imag: f64) -> String {
    let mut out = String::new();
    if real == 0.0 && real.is_sign_positive() {
        write_float(&mut out, imag, FloatFormat::Repr, FloatFlags::default());
        out.push('j');
    } else {
        out.push('(');
        write_float(&mut out, real, FloatFormat::Repr, FloatFlags::default());
        let sign = FloatFlags {
            sign: true,
            ..FloatFlags::default()
        };
        write_float(&mut out, imag, FloatFormat::Repr, sign);
        out.push_str("j)");
    }
    out
}

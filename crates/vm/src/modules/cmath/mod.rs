//! The `cmath` module: CPython 3.11's `cmathmodule.c` algorithms (C99 Annex G results, the
//! rescalings that keep `sqrt`, `log` and the inverse functions accurate near overflow and for
//! subnormals) over the platform's libm, the special-value tables in `special` (generated from
//! CPython), and its error rules: `math domain error` where C99 signals invalid or
//! divide-by-zero, `math range error` on overflow.

mod special;

use taipan_numeric::Complex;
use taipan_object::args::{self, ArgSpec};
use taipan_object::typeobj::{Meth, MethodDef};
use taipan_object::types::complex::as_complex;
use taipan_object::types::dict::PyDict;
use taipan_object::types::module::PyModule;
use taipan_object::{ObjRef, PyResult, ThreadState};

use special::Table;

unsafe extern "C" {
    fn asinh(x: f64) -> f64;
}

type C = Complex;
const INF: f64 = f64::INFINITY;
const N: f64 = f64::NAN;
/// An unlikely value marking table entries that are never used.
const U: C = c(-9.5426319407711027e33, -9.5426319407711027e33);
const fn c(re: f64, im: f64) -> C {
    Complex::new(re, im)
}

const LARGE_DOUBLE: f64 = f64::MAX / 4.0;
const LN2: f64 = std::f64::consts::LN_2;
const LN10: f64 = std::f64::consts::LN_10;
const MANT_DIG: i32 = f64::MANTISSA_DIGITS as i32;
/// An odd power of two that makes a subnormal normal, and half of one more, negated.
const SCALE_UP: i32 = 2 * (MANT_DIG / 2) + 1;
const SCALE_DOWN: i32 = -(SCALE_UP + 1) / 2;

fn sqrt_large_double() -> f64 {
    LARGE_DOUBLE.sqrt()
}
fn log_large_double() -> f64 {
    LARGE_DOUBLE.ln()
}
fn sqrt_dbl_min() -> f64 {
    f64::MIN_POSITIVE.sqrt()
}

/// What C's `errno` says after a function: `EDOM` or `ERANGE`.
enum MathError {
    Domain,
    Range,
}
type R = Result<C, (MathError, C)>;

/// The table index of a double: -inf, negative, -0, +0, positive, +inf, nan.
fn special_type(d: f64) -> usize {
    if d.is_finite() {
        match (d != 0.0, d.is_sign_positive()) {
            (true, true) => 4,
            (true, false) => 1,
            (false, true) => 3,
            (false, false) => 2,
        }
    } else if d.is_nan() {
        6
    } else if d > 0.0 {
        5
    } else {
        0
    }
}

fn special(z: C, table: &Table) -> Option<C> {
    (!z.re.is_finite() || !z.im.is_finite()).then(|| table[special_type(z.re)][special_type(z.im)])
}

use super::math::ldexp_f64 as ldexp;
fn m_asinh(x: f64) -> f64 {
    // SAFETY: a pure libm function.
    unsafe { asinh(x) }
}

fn c_sqrt(z: C) -> C {
    if let Some(r) = special(z, &special::SQRT) {
        return r;
    }
    if z.re == 0.0 && z.im == 0.0 {
        return c(0.0, z.im);
    }
    let mut ax = z.re.abs();
    let ay = z.im.abs();
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // hypot(ax, ay) would be subnormal: rescale
        ax = ldexp(ax, SCALE_UP);
        ldexp((ax + ax.hypot(ldexp(ay, SCALE_UP))).sqrt(), SCALE_DOWN)
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.re >= 0.0 {
        c(s, d.copysign(z.im))
    } else {
        c(d, s.copysign(z.im))
    }
}

fn c_acos(z: C) -> C {
    if let Some(r) = special(z, &special::ACOS) {
        return r;
    }
    if z.re.abs() > LARGE_DOUBLE || z.im.abs() > LARGE_DOUBLE {
        let re = z.im.abs().atan2(z.re);
        let l = (z.re / 2.0).hypot(z.im / 2.0).ln() + LN2 * 2.0;
        let im = if z.re < 0.0 {
            -l.copysign(z.im)
        } else {
            l.copysign(-z.im)
        };
        c(re, im)
    } else {
        let s1 = c_sqrt(c(1.0 - z.re, -z.im));
        let s2 = c_sqrt(c(1.0 + z.re, z.im));
        c(
            2.0 * s1.re.atan2(s2.re),
            m_asinh(s2.re * s1.im - s2.im * s1.re),
        )
    }
}

fn c_acosh(z: C) -> C {
    if let Some(r) = special(z, &special::ACOSH) {
        return r;
    }
    if z.re.abs() > LARGE_DOUBLE || z.im.abs() > LARGE_DOUBLE {
        c(
            (z.re / 2.0).hypot(z.im / 2.0).ln() + LN2 * 2.0,
            z.im.atan2(z.re),
        )
    } else {
        let s1 = c_sqrt(c(z.re - 1.0, z.im));
        let s2 = c_sqrt(c(z.re + 1.0, z.im));
        c(
            m_asinh(s1.re * s2.re + s1.im * s2.im),
            2.0 * s1.im.atan2(s2.re),
        )
    }
}

fn c_asinh(z: C) -> C {
    if let Some(r) = special(z, &special::ASINH) {
        return r;
    }
    if z.re.abs() > LARGE_DOUBLE || z.im.abs() > LARGE_DOUBLE {
        let l = (z.re / 2.0).hypot(z.im / 2.0).ln() + LN2 * 2.0;
        let re = if z.im >= 0.0 {
            l.copysign(z.re)
        } else {
            -l.copysign(-z.re)
        };
        c(re, z.im.atan2(z.re.abs()))
    } else {
        let s1 = c_sqrt(c(1.0 + z.im, -z.re));
        let s2 = c_sqrt(c(1.0 - z.im, z.re));
        c(
            m_asinh(s1.re * s2.im - s2.re * s1.im),
            z.im.atan2(s1.re * s2.re - s1.im * s2.im),
        )
    }
}

/// `f(z)` as `-i g(iz)` (asin from asinh, atan from atanh, sin from sinh, tan from tanh).
fn rotated(z: C, g: fn(C) -> R) -> R {
    let turn = |s: C| c(s.im, -s.re);
    g(c(-z.im, z.re)).map(turn).map_err(|(e, s)| (e, turn(s)))
}

fn c_atanh(z: C) -> R {
    if let Some(r) = special(z, &special::ATANH) {
        return Ok(r);
    }
    if z.re < 0.0 {
        // atanh(z) = -atanh(-z)
        let neg = |s: C| c(-s.re, -s.im);
        return c_atanh(neg(z)).map(neg).map_err(|(e, s)| (e, neg(s)));
    }
    let ay = z.im.abs();
    if z.re > sqrt_large_double() || ay > sqrt_large_double() {
        // atanh(z) ~ 1/z +/- i*pi/2 for large z
        let h = (z.re / 2.0).hypot(z.im / 2.0);
        Ok(c(
            z.re / 4.0 / h / h,
            -(std::f64::consts::FRAC_PI_2).copysign(-z.im),
        ))
    } else if z.re == 1.0 && ay < sqrt_dbl_min() {
        if ay == 0.0 {
            Err((MathError::Domain, c(INF, z.im)))
        } else {
            Ok(c(
                -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln(),
                (2.0f64.atan2(-ay) / 2.0).copysign(z.im),
            ))
        }
    } else {
        let one_minus = 1.0 - z.re;
        Ok(c(
            f64::ln_1p(4.0 * z.re / (one_minus * one_minus + ay * ay)) / 4.0,
            -f64::atan2(-2.0 * z.im, one_minus * (1.0 + z.re) - ay * ay) / 2.0,
        ))
    }
}

/// The shared shape of cosh, sinh and exp at special values: an infinite real part with a
/// finite nonzero imaginary part computed from the signs of cos and sin, else the table; EDOM
/// when `domain(z)`.
fn special_hyperbolic(
    z: C,
    table: &Table,
    at_inf: impl Fn(C) -> C,
    domain: impl Fn(C) -> bool,
) -> Option<R> {
    if z.re.is_finite() && z.im.is_finite() {
        return None;
    }
    let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
        at_inf(z)
    } else {
        table[special_type(z.re)][special_type(z.im)]
    };
    Some(if domain(z) {
        Err((MathError::Domain, r))
    } else {
        Ok(r)
    })
}

fn overflow_checked(r: C) -> R {
    if r.re.is_infinite() || r.im.is_infinite() {
        Err((MathError::Range, r))
    } else {
        Ok(r)
    }
}

fn imag_inf_not_nan(z: C) -> bool {
    z.im.is_infinite() && !z.re.is_nan()
}

fn c_cosh(z: C) -> R {
    let at_inf = |z: C| {
        let s = if z.re > 0.0 { 1.0 } else { -1.0 };
        c(INF.copysign(z.im.cos()), s * INF.copysign(z.im.sin()))
    };
    if let Some(r) = special_hyperbolic(z, &special::COSH, at_inf, imag_inf_not_nan) {
        return r;
    }
    let r = if z.re.abs() > log_large_double() {
        // cosh(z.re) may overflow where cosh(z) does not
        let x = z.re - 1.0f64.copysign(z.re);
        let e = std::f64::consts::E;
        c(z.im.cos() * x.cosh() * e, z.im.sin() * x.sinh() * e)
    } else {
        c(z.im.cos() * z.re.cosh(), z.im.sin() * z.re.sinh())
    };
    overflow_checked(r)
}

fn c_sinh(z: C) -> R {
    let at_inf = |z: C| {
        let s = if z.re > 0.0 { 1.0 } else { -1.0 };
        c(s * INF.copysign(z.im.cos()), INF.copysign(z.im.sin()))
    };
    if let Some(r) = special_hyperbolic(z, &special::SINH, at_inf, imag_inf_not_nan) {
        return r;
    }
    let r = if z.re.abs() > log_large_double() {
        let x = z.re - 1.0f64.copysign(z.re);
        let e = std::f64::consts::E;
        c(z.im.cos() * x.sinh() * e, z.im.sin() * x.cosh() * e)
    } else {
        c(z.im.cos() * z.re.sinh(), z.im.sin() * z.re.cosh())
    };
    overflow_checked(r)
}

fn c_exp(z: C) -> R {
    let at_inf = |z: C| {
        if z.re > 0.0 {
            c(INF.copysign(z.im.cos()), INF.copysign(z.im.sin()))
        } else {
            c(0.0f64.copysign(z.im.cos()), 0.0f64.copysign(z.im.sin()))
        }
    };
    let domain =
        |z: C| z.im.is_infinite() && (z.re.is_finite() || (z.re.is_infinite() && z.re > 0.0));
    if let Some(r) = special_hyperbolic(z, &special::EXP, at_inf, domain) {
        return r;
    }
    let r = if z.re > log_large_double() {
        let l = (z.re - 1.0).exp();
        let e = std::f64::consts::E;
        c(l * z.im.cos() * e, l * z.im.sin() * e)
    } else {
        let l = z.re.exp();
        c(l * z.im.cos(), l * z.im.sin())
    };
    overflow_checked(r)
}

fn c_tanh(z: C) -> R {
    let at_inf = |z: C| {
        let re = if z.re > 0.0 { 1.0 } else { -1.0 };
        c(re, 0.0f64.copysign(2.0 * z.im.sin() * z.im.cos()))
    };
    let domain = |z: C| z.im.is_infinite() && z.re.is_finite();
    if let Some(r) = special_hyperbolic(z, &special::TANH, at_inf, domain) {
        return r;
    }
    if z.re.abs() > log_large_double() {
        return Ok(c(
            1.0f64.copysign(z.re),
            4.0 * z.im.sin() * z.im.cos() * f64::exp(-2.0 * z.re.abs()),
        ));
    }
    let tx = z.re.tanh();
    let ty = z.im.tan();
    let cx = 1.0 / z.re.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    Ok(c(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx))
}

fn c_log(z: C) -> R {
    if let Some(r) = special(z, &special::LOG) {
        return Ok(r);
    }
    let ax = z.re.abs();
    let ay = z.im.abs();
    let re = if ax > LARGE_DOUBLE || ay > LARGE_DOUBLE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            // hypot(ax, ay) would be subnormal
            ldexp(ax, MANT_DIG).hypot(ldexp(ay, MANT_DIG)).ln() - MANT_DIG as f64 * LN2
        } else {
            return Err((MathError::Domain, c(-INF, z.im.atan2(z.re))));
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    Ok(c(re, z.im.atan2(z.re)))
}

fn c_log10(z: C) -> R {
    let scale = |r: C| c(r.re / LN10, r.im / LN10);
    c_log(z).map(scale).map_err(|(e, r)| (e, scale(r)))
}

/// `atan2(z.imag, z.real)` with C99's special values on every platform.
fn c_atan2(z: C) -> f64 {
    use std::f64::consts::PI;
    if z.re.is_nan() || z.im.is_nan() {
        return f64::NAN;
    }
    if z.im.is_infinite() {
        if z.re.is_infinite() {
            return if z.re.is_sign_positive() {
                (0.25 * PI).copysign(z.im)
            } else {
                (0.75 * PI).copysign(z.im)
            };
        }
        return (0.5 * PI).copysign(z.im);
    }
    if z.re.is_infinite() || z.im == 0.0 {
        return if z.re.is_sign_positive() {
            0.0f64.copysign(z.im)
        } else {
            PI.copysign(z.im)
        };
    }
    z.im.atan2(z.re)
}

fn c_rect(r: f64, phi: f64) -> R {
    if !r.is_finite() || !phi.is_finite() {
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            if r > 0.0 {
                c(INF.copysign(phi.cos()), INF.copysign(phi.sin()))
            } else {
                c(-INF.copysign(phi.cos()), -INF.copysign(phi.sin()))
            }
        } else {
            special::RECT[special_type(r)][special_type(phi)]
        };
        if r != 0.0 && !r.is_nan() && phi.is_infinite() {
            return Err((MathError::Domain, z));
        }
        return Ok(z);
    }
    if phi == 0.0 {
        return Ok(c(r, r * phi));
    }
    Ok(c(r * phi.cos(), r * phi.sin()))
}

fn math_error(ts: &ThreadState, e: MathError) -> taipan_object::PyErr {
    match e {
        MathError::Domain => ts.value_error("math domain error"),
        MathError::Range => ts.overflow_error("math range error"),
    }
}

fn finish(ts: &ThreadState, r: R) -> PyResult<ObjRef> {
    match r {
        Ok(z) => Ok(ts.new_complex(z.re, z.im)),
        Err((e, _)) => Err(math_error(ts, e)),
    }
}

macro_rules! unary {
    ($($name:ident => $body:expr;)*) => {
        $(fn $name(ts: &ThreadState, _: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
            let z = as_complex(ts, x)?;
            let f: fn(C) -> R = $body;
            finish(ts, f(z))
        })*
    };
}
unary! {
    acos => |z| Ok(c_acos(z));
    acosh => |z| Ok(c_acosh(z));
    asin => |z| rotated(z, |s| Ok(c_asinh(s)));
    asinh_ => |z| Ok(c_asinh(z));
    atan => |z| rotated(z, c_atanh);
    atanh => c_atanh;
    cos => |z| c_cosh(c(-z.im, z.re));
    cosh => c_cosh;
    exp => c_exp;
    log10 => c_log10;
    sin => |z| rotated(z, c_sinh);
    sinh => c_sinh;
    sqrt => |z| Ok(c_sqrt(z));
    tan => |z| rotated(z, c_tanh);
    tanh => c_tanh;
}

fn log(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "log", a.len(), 1, 2)?;
    let x = as_complex(ts, &a[0])?;
    let mut error = None;
    let mut num = c_log(x).unwrap_or_else(|(e, r)| {
        error = Some(e);
        r
    });
    if let Some(base) = a.get(1) {
        let base = as_complex(ts, base)?;
        let den = c_log(base).unwrap_or_else(|(e, r)| {
            error = Some(e);
            r
        });
        match num.try_div(den) {
            Ok(q) => num = q,
            Err(_) => error = Some(MathError::Domain),
        }
    }
    match error {
        Some(e) => Err(math_error(ts, e)),
        None => Ok(ts.new_complex(num.re, num.im)),
    }
}

fn phase(ts: &ThreadState, _: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_float(c_atan2(as_complex(ts, x)?)))
}

/// `_Py_c_abs`: infinities win over NaNs; a finite overflow is a range error.
fn c_abs(z: C) -> Result<f64, MathError> {
    if !z.re.is_finite() || !z.im.is_finite() {
        if z.re.is_infinite() || z.im.is_infinite() {
            return Ok(INF);
        }
        return Ok(f64::NAN);
    }
    let r = z.re.hypot(z.im);
    if r.is_infinite() {
        Err(MathError::Range)
    } else {
        Ok(r)
    }
}

fn polar(ts: &ThreadState, _: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    let z = as_complex(ts, x)?;
    let phi = c_atan2(z);
    let r = c_abs(z).map_err(|e| math_error(ts, e))?;
    Ok(ts.new_tuple(vec![ts.new_float(r), ts.new_float(phi)]))
}

fn float_arg(ts: &ThreadState, x: &ObjRef) -> PyResult<f64> {
    taipan_object::types::float::as_double(ts, x)
}

fn rect(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "rect", a.len(), 2, 2)?;
    let (r, phi) = (float_arg(ts, &a[0])?, float_arg(ts, &a[1])?);
    finish(ts, c_rect(r, phi))
}

fn isfinite(ts: &ThreadState, _: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    let z = as_complex(ts, x)?;
    Ok(ts.bool_obj(z.re.is_finite() && z.im.is_finite()))
}
fn isnan(ts: &ThreadState, _: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    let z = as_complex(ts, x)?;
    Ok(ts.bool_obj(z.re.is_nan() || z.im.is_nan()))
}
fn isinf(ts: &ThreadState, _: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    let z = as_complex(ts, x)?;
    Ok(ts.bool_obj(z.re.is_infinite() || z.im.is_infinite()))
}

fn isclose(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "isclose",
        names: &["a", "b", "rel_tol", "abs_tol"],
        required: 2,
        posonly: 0,
        kwonly: 2,
    };
    let [x, y, rel, abs] = args::parse::<4>(ts, &SPEC, a, kw)?;
    let (Some(x), Some(y)) = (x, y) else {
        return Err(ts.type_error("isclose() missing required argument"));
    };
    let a = as_complex(ts, &x)?;
    let b = as_complex(ts, &y)?;
    let rel_tol = rel.map_or(Ok(1e-9), |r| float_arg(ts, &r))?;
    let abs_tol = abs.map_or(Ok(0.0), |r| float_arg(ts, &r))?;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(ts.value_error("tolerances must be non-negative"));
    }
    if a.re == b.re && a.im == b.im {
        return Ok(ts.true_ref().clone());
    }
    if a.re.is_infinite() || a.im.is_infinite() || b.re.is_infinite() || b.im.is_infinite() {
        return Ok(ts.false_ref().clone());
    }
    let abs_of = |z: C| c_abs(z).unwrap_or(INF);
    let diff = abs_of(c(a.re - b.re, a.im - b.im));
    Ok(ts.bool_obj(diff <= rel_tol * abs_of(b) || diff <= rel_tol * abs_of(a) || diff <= abs_tol))
}

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::new("acos", Meth::O(acos)),
    MethodDef::new("acosh", Meth::O(acosh)),
    MethodDef::new("asin", Meth::O(asin)),
    MethodDef::new("asinh", Meth::O(asinh_)),
    MethodDef::new("atan", Meth::O(atan)),
    MethodDef::new("atanh", Meth::O(atanh)),
    MethodDef::new("cos", Meth::O(cos)),
    MethodDef::new("cosh", Meth::O(cosh)),
    MethodDef::new("exp", Meth::O(exp)),
    MethodDef::new("isclose", Meth::FastKw(isclose)),
    MethodDef::new("isfinite", Meth::O(isfinite)),
    MethodDef::new("isinf", Meth::O(isinf)),
    MethodDef::new("isnan", Meth::O(isnan)),
    MethodDef::new("log", Meth::Fast(log)),
    MethodDef::new("log10", Meth::O(log10)),
    MethodDef::new("phase", Meth::O(phase)),
    MethodDef::new("polar", Meth::O(polar)),
    MethodDef::new("rect", Meth::Fast(rect)),
    MethodDef::new("sin", Meth::O(sin)),
    MethodDef::new("sinh", Meth::O(sinh)),
    MethodDef::new("sqrt", Meth::O(sqrt)),
    MethodDef::new("tan", Meth::O(tan)),
    MethodDef::new("tanh", Meth::O(tanh)),
];

/// Makes the `cmath` module.
pub fn make(ts: &ThreadState) -> ObjRef {
    let m = ts.new_builtin_module("cmath", FUNCTIONS);
    let d = m.downcast::<PyModule>().expect("module").dict();
    let d = d.downcast::<PyDict>().expect("dict");
    crate::modules::math::add_constants(ts, d);
    let _ = d.set_item_str(ts, "infj", ts.new_complex(0.0, f64::INFINITY));
    let _ = d.set_item_str(ts, "nanj", ts.new_complex(0.0, f64::NAN));
    m
}

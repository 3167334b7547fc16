//! The `math` module: CPython 3.11's functions over the platform's libm with
//! `mathmodule.c`'s error rules (`math domain error` for a NaN from a non-NaN argument,
//! `math range error` for an overflow), and the integer functions (`factorial`, `gcd`,
//! `lcm`, `isqrt`, `comb`, `perm`) exact over big ints.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use taipan_ast::Int;
use taipan_object::abstract_ as ab;
use taipan_object::args::{self, ArgSpec};
use taipan_object::typeobj::{Meth, MethodDef};
use taipan_object::types::dict::PyDict;
use taipan_object::types::float::PyFloat;
use taipan_object::types::int::PyInt;
use taipan_object::types::module::PyModule;
use taipan_object::{ObjRef, PyErr, PyResult, ThreadState};

unsafe extern "C" {
    #[link_name = "acosh"]
    fn libm_acosh(x: f64) -> f64;
    #[link_name = "asinh"]
    fn libm_asinh(x: f64) -> f64;
    #[link_name = "atanh"]
    fn libm_atanh(x: f64) -> f64;
    fn erf(x: f64) -> f64;
    fn erfc(x: f64) -> f64;
    fn lgamma(x: f64) -> f64;
    fn tgamma(x: f64) -> f64;
    fn nextafter(x: f64, y: f64) -> f64;
    #[link_name = "ldexp"]
    fn libm_ldexp(x: f64, exp: std::ffi::c_int) -> f64;
}

/// `x * 2**exp`, rounded once (C's `ldexp`; `2f64.powi(exp)` is not exact past 2**±1023).
pub(crate) fn ldexp_f64(x: f64, exp: i32) -> f64 {
    // SAFETY: a pure libm function.
    unsafe { libm_ldexp(x, exp) }
}

fn domain(ts: &ThreadState) -> PyErr {
    ts.value_error("math domain error")
}
fn range(ts: &ThreadState) -> PyErr {
    ts.overflow_error("math range error")
}

/// `PyFloat_AsDouble`: floats, `__float__`, `__index__`; else `must be real number, not T`.
fn f(ts: &ThreadState, x: &ObjRef) -> PyResult<f64> {
    taipan_object::types::float::as_double(ts, x)
}

/// `math_1`: `func(x)` with the domain/range checks.
fn math_1(
    ts: &ThreadState,
    x: &ObjRef,
    func: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<ObjRef> {
    let v = f(ts, x)?;
    let r = func(v);
    if r.is_nan() && !v.is_nan() {
        return Err(domain(ts));
    }
    if r.is_infinite() && v.is_finite() {
        return Err(if can_overflow { range(ts) } else { domain(ts) });
    }
    Ok(ts.new_float(r))
}

macro_rules! unary {
    ($($name:ident => $func:expr, $ovf:expr;)*) => {
        $(fn $name(ts: &ThreadState, _: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
            math_1(ts, x, $func, $ovf)
        })*
    };
}
unary! {
    acos => f64::acos, false;
    acosh => |x| unsafe { libm_acosh(x) }, false;
    asin => f64::asin, false;
    asinh => |x| unsafe { libm_asinh(x) }, false;
    atan => f64::atan, false;
    atanh => |x| unsafe { libm_atanh(x) }, false;
    cbrt => f64::cbrt, false;
    cos => f64::cos, false;
    cosh => f64::cosh, true;
    exp => f64::exp, true;
    exp2 => f64::exp2, true;
    expm1 => f64::exp_m1, true;
    fabs => f64::abs, false;
    sin => f64::sin, false;
    sinh => f64::sinh, true;
    tan => f64::tan, false;
    tanh => f64::tanh, false;
    erf_ => |x| unsafe { erf(x) }, false;
    erfc_ => |x| unsafe { erfc(x) }, false;
    degrees => |x| x * (180.0 / std::f64::consts::PI), true;
    radians => |x| x * (std::f64::consts::PI / 180.0), false;
}

fn sqrt(ts: &ThreadState, _: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    let v = f(ts, x)?;
    if v < 0.0 {
        return Err(domain(ts));
    }
    Ok(ts.new_float(v.sqrt()))
}
fn gamma(ts: &ThreadState, _: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    let v = f(ts, x)?;
    if v.is_nan() {
        return Ok(ts.new_float(v));
    }
    if v == f64::NEG_INFINITY || (v <= 0.0 && v == v.floor()) {
        return Err(domain(ts));
    }
    let r = unsafe { tgamma(v) };
    if r.is_infinite() && v.is_finite() {
        return Err(range(ts));
    }
    Ok(ts.new_float(r))
}
fn lgamma_(ts: &ThreadState, _: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    let v = f(ts, x)?;
    if v.is_nan() || v.is_infinite() {
        return Ok(ts.new_float(v.abs()));
    }
    if v <= 0.0 && v == v.floor() {
        return Err(domain(ts));
    }
    let r = unsafe { lgamma(v) };
    if r.is_infinite() {
        return Err(range(ts));
    }
    Ok(ts.new_float(r))
}

/// `floor`/`ceil`/`trunc`: the type's `__floor__`/`__ceil__`/`__trunc__`, else over a float.
fn rounding(ts: &ThreadState, x: &ObjRef, dunder: &str, op: fn(f64) -> f64) -> PyResult<ObjRef> {
    if x.is_a::<PyInt>() && x.is_exact(&ts.types.int) {
        return Ok(x.clone());
    }
    if let Some(v) = x.downcast::<PyFloat>()
        && x.is_exact(&ts.types.float)
    {
        return taipan_object::types::int::float_to_int(ts, op(v.0));
    }
    let name = ts.new_str(dunder);
    if let Some(m) = x.typ().lookup(ts, &name) {
        return ab::call_unbound(ts, &m, x, &[]);
    }
    if dunder == "__trunc__" {
        return Err(ts.type_error(format!(
            "type {} doesn't define __trunc__ method",
            x.typ().name()
        )));
    }
    let v = f(ts, x)?;
    taipan_object::types::int::float_to_int(ts, op(v))
}
fn floor(ts: &ThreadState, _: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    rounding(ts, x, "__floor__", f64::floor)
}
fn ceil(ts: &ThreadState, _: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    rounding(ts, x, "__ceil__", f64::ceil)
}
fn trunc(ts: &ThreadState, _: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    rounding(ts, x, "__trunc__", f64::trunc)
}

fn two(ts: &ThreadState, name: &str, a: &[ObjRef]) -> PyResult<(f64, f64)> {
    args::check_positional(ts, name, a.len(), 2, 2)?;
    Ok((f(ts, &a[0])?, f(ts, &a[1])?))
}
fn atan2(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let (y, x) = two(ts, "atan2", a)?;
    Ok(ts.new_float(y.atan2(x)))
}
fn copysign(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let (x, y) = two(ts, "copysign", a)?;
    Ok(ts.new_float(x.copysign(y)))
}
fn fmod(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let (x, y) = two(ts, "fmod", a)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(ts.new_float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(ts));
    }
    Ok(ts.new_float(r))
}
fn remainder(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let (x, y) = two(ts, "remainder", a)?;
    if x.is_nan() || y.is_nan() {
        return Ok(ts.new_float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain(ts));
    }
    if y.is_infinite() {
        return Ok(ts.new_float(x));
    }
    let absx = x.abs();
    let absy = y.abs();
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    Ok(ts.new_float(1.0f64.copysign(x) * r))
}
fn pow(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let (x, y) = two(ts, "pow", a)?;
    if x.is_finite() && y.is_finite() {
        if x == 0.0 && y < 0.0 {
            return Err(domain(ts));
        }
        if x < 0.0 && y != y.floor() {
            return Err(domain(ts));
        }
    }
    let r = if x == 1.0 || y == 0.0 { 1.0 } else { x.powf(y) };
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range(ts));
    }
    Ok(ts.new_float(r))
}
fn nextafter_(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let (x, y) = two(ts, "nextafter", a)?;
    Ok(ts.new_float(unsafe { nextafter(x, y) }))
}
fn ulp(ts: &ThreadState, _: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    let v = f(ts, x)?;
    if v.is_nan() {
        return Ok(ts.new_float(v));
    }
    let v = v.abs();
    if v.is_infinite() {
        return Ok(ts.new_float(v));
    }
    let next = unsafe { nextafter(v, f64::INFINITY) };
    if next.is_infinite() {
        let prev = unsafe { nextafter(v, -f64::INFINITY) };
        return Ok(ts.new_float(v - prev));
    }
    Ok(ts.new_float(next - v))
}

fn isfinite(ts: &ThreadState, _: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.bool_obj(f(ts, x)?.is_finite()))
}
fn isinf(ts: &ThreadState, _: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.bool_obj(f(ts, x)?.is_infinite()))
}
fn isnan(ts: &ThreadState, _: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.bool_obj(f(ts, x)?.is_nan()))
}

fn log_of(ts: &ThreadState, x: &ObjRef, func: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = x.downcast::<PyInt>()
        && let Int::Big(b) = &i.0
    {
        if !b.is_positive() {
            return Err(domain(ts));
        }
        // log(m * 2**e) = log(m) + e * log(2) for ints past a float's range.
        let bits = b.bits();
        let e = bits.saturating_sub(60);
        let m = (&**b >> e).to_f64().unwrap_or(f64::NAN);
        return Ok(func(m) + e as f64 * func(2.0));
    }
    let v = f(ts, x)?;
    if v.is_nan() {
        return Ok(v);
    }
    if v <= 0.0 {
        return Err(domain(ts));
    }
    Ok(func(v))
}
fn log(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "log", a.len(), 1, 2)?;
    let num = log_of(ts, &a[0], f64::ln)?;
    match a.get(1) {
        None => Ok(ts.new_float(num)),
        Some(b) => {
            let den = log_of(ts, b, f64::ln)?;
            if den == 0.0 {
                return Err(ts.zero_division_error("float division by zero"));
            }
            Ok(ts.new_float(num / den))
        }
    }
}
fn log2(ts: &ThreadState, _: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_float(log_of(ts, x, f64::log2)?))
}
fn log10(ts: &ThreadState, _: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_float(log_of(ts, x, f64::log10)?))
}
fn log1p(ts: &ThreadState, _: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    let v = f(ts, x)?;
    if v <= -1.0 {
        return Err(domain(ts));
    }
    Ok(ts.new_float(v.ln_1p()))
}

fn frexp(ts: &ThreadState, _: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    let v = f(ts, x)?;
    if v == 0.0 || !v.is_finite() {
        return Ok(ts.new_tuple(vec![ts.new_float(v), ts.new_int(0)]));
    }
    let (m, e) = taipan_numeric::hash::frexp(v);
    Ok(ts.new_tuple(vec![ts.new_float(m), ts.new_int(e as i64)]))
}
fn ldexp(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "ldexp", a.len(), 2, 2)?;
    let x = f(ts, &a[0])?;
    let Some(i) = a[1].downcast::<PyInt>() else {
        return Err(ts.type_error("Expected an int as second argument to ldexp."));
    };
    let e = match &i.0 {
        Int::Small(v) => *v,
        Int::Big(b) => {
            if b.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }
        }
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(ts.new_float(x));
    }
    let r = ldexp_f64(x, e.clamp(-3000, 3000) as i32);
    if r.is_infinite() {
        return Err(range(ts));
    }
    Ok(ts.new_float(r))
}
fn modf(ts: &ThreadState, _: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    let v = f(ts, x)?;
    if v.is_infinite() {
        return Ok(ts.new_tuple(vec![ts.new_float(0.0f64.copysign(v)), ts.new_float(v)]));
    }
    let i = v.trunc();
    Ok(ts.new_tuple(vec![ts.new_float((v - i).copysign(v)), ts.new_float(i)]))
}

fn isclose(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "isclose",
        names: &["a", "b", "rel_tol", "abs_tol"],
        required: 2,
        posonly: 0,
        kwonly: 2,
    };
    let [x, y, rt, at] = args::parse::<4>(ts, &SPEC, a, kw)?;
    let x = f(ts, x.as_ref().expect("a"))?;
    let y = f(ts, y.as_ref().expect("b"))?;
    let rel = match rt {
        Some(r) => f(ts, &r)?,
        None => 1e-9,
    };
    let abs = match at {
        Some(r) => f(ts, &r)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(ts.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(ts.bool_obj(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(ts.bool_obj(false));
    }
    let diff = (y - x).abs();
    Ok(ts.bool_obj((diff <= (rel * y).abs()) || (diff <= (rel * x).abs()) || diff <= abs))
}

/// `fsum`: Shewchuk's exact partial sums, as `mathmodule.c`.
fn fsum(ts: &ThreadState, _: &ObjRef, seq: &ObjRef) -> PyResult<ObjRef> {
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    let it = ab::iter(ts, seq)?;
    while let Some(item) = ab::next(ts, &it)? {
        let mut x = f(ts, &item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(ts.overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(ts.value_error("-inf + inf in fsum"));
        }
        return Ok(ts.new_float(special));
    }
    let mut hi = 0.0;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(ts.new_float(hi))
}

fn hypot(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let mut v = Vec::with_capacity(a.len());
    for x in a {
        v.push(f(ts, x)?);
    }
    Ok(ts.new_float(vector_norm(&v)))
}
fn vector_norm(v: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut nan = false;
    for x in v {
        let x = x.abs();
        if x.is_nan() {
            nan = true;
        }
        if x > max {
            max = x;
        }
    }
    if max.is_infinite() {
        return max;
    }
    if nan {
        return f64::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    scaled_norm(v, max)
}

/// CPython 3.11's `vector_norm` for finite `v` and `0 < max = max|v|`: each `x` scaled by a power
/// of two into [0.5, 1), squared and summed exactly as double-length values (the low parts summed
/// separately), the square root of the sum, then one differential correction step.
fn scaled_norm(v: &[f64], max: f64) -> f64 {
    let max_e = taipan_numeric::hash::frexp(max).1;
    if max_e < -1023 {
        // 2**-max_e would overflow: make the subnormals normal first
        let scaled: Vec<f64> = v.iter().map(|x| x / f64::MIN_POSITIVE).collect();
        return f64::MIN_POSITIVE * scaled_norm(&scaled, max / f64::MIN_POSITIVE);
    }
    let scale = ldexp_f64(1.0, -max_e);
    let mut csum = 1.0f64;
    let (mut frac1, mut frac2) = (0.0f64, 0.0f64);
    for x in v {
        let x = x * scale;
        let (hi, lo) = exact_mul(x, x);
        let (sum, err) = fast_two_sum(csum, hi);
        csum = sum;
        frac1 += lo;
        frac2 += err;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = exact_mul(-h, h);
    let (sum, err) = fast_two_sum(csum, hi);
    frac1 += lo;
    frac2 += err;
    let x = sum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// `x * y` as an unevaluated sum `hi + lo`, exactly (no overflow for |x|, |y| < 1).
fn exact_mul(x: f64, y: f64) -> (f64, f64) {
    let hi = x * y;
    (hi, x.mul_add(y, -hi))
}

/// `a + b` as `hi + lo` exactly, for `|a| >= |b|`.
fn fast_two_sum(a: f64, b: f64) -> (f64, f64) {
    let hi = a + b;
    (hi, (a - hi) + b)
}

fn dist(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "dist", a.len(), 2, 2)?;
    let p = ab::collect(ts, &a[0])?;
    let q = ab::collect(ts, &a[1])?;
    if p.len() != q.len() {
        return Err(ts.value_error("both points must have the same number of dimensions"));
    }
    let mut v = Vec::with_capacity(p.len());
    for (x, y) in p.iter().zip(&q) {
        v.push(f(ts, x)? - f(ts, y)?);
    }
    Ok(ts.new_float(vector_norm(&v)))
}

fn prod(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "prod",
        names: &["iterable", "start"],
        required: 1,
        posonly: 1,
        kwonly: 1,
    };
    let [it, start] = args::parse::<2>(ts, &SPEC, a, kw)?;
    let mut acc = start.unwrap_or_else(|| ts.new_int(1));
    let it = ab::iter(ts, it.as_ref().expect("iterable"))?;
    while let Some(x) = ab::next(ts, &it)? {
        acc = ab::binary_op(ts, &acc, &x, taipan_object::typeobj::nb::MULTIPLY)?;
    }
    Ok(acc)
}

/// An exact integer argument (`__index__`).
fn int_arg(ts: &ThreadState, x: &ObjRef) -> PyResult<BigInt> {
    let i = ab::index(ts, x)?;
    Ok(match &i.downcast::<PyInt>().expect("int").0 {
        Int::Small(v) => BigInt::from(*v),
        Int::Big(b) => (**b).clone(),
    })
}
fn int_arg_typed(ts: &ThreadState, x: &ObjRef) -> PyResult<BigInt> {
    if x.is_a::<PyFloat>() {
        return Err(ts.type_error("'float' object cannot be interpreted as an integer"));
    }
    int_arg(ts, x)
}
fn factorial(ts: &ThreadState, _: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    let n = int_arg_typed(ts, x)?;
    if n.is_negative() {
        return Err(ts.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_u64().filter(|n| *n <= i64::MAX as u64) else {
        return Err(ts.overflow_error("factorial() argument should not exceed 9223372036854775807"));
    };
    Ok(ts.new_bigint(product(1, n)))
}
/// The product of `lo..=hi` by halves (balanced multiplications).
fn product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut r = BigInt::one();
        for k in lo..=hi {
            r *= k;
        }
        return r;
    }
    let mid = lo + (hi - lo) / 2;
    product(lo, mid) * product(mid + 1, hi)
}
fn gcd(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let mut g = BigInt::zero();
    for x in a {
        let v = int_arg(ts, x)?;
        g = g.gcd(&v);
    }
    Ok(ts.new_bigint(g))
}
fn lcm(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let mut l = BigInt::one();
    for x in a {
        let v = int_arg(ts, x)?;
        if v.is_zero() || l.is_zero() {
            l = BigInt::zero();
            continue;
        }
        l = l.lcm(&v);
    }
    Ok(ts.new_bigint(l.abs()))
}
fn isqrt(ts: &ThreadState, _: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    let n = int_arg(ts, x)?;
    if n.is_negative() {
        return Err(ts.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(ts.new_bigint(n.sqrt()))
}
fn comb(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "comb", a.len(), 2, 2)?;
    let n = int_arg(ts, &a[0])?;
    let k = int_arg(ts, &a[1])?;
    if n.is_negative() {
        return Err(ts.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(ts.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(ts.new_int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let Some(k) = k.to_u64() else {
        return Err(ts.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(ts.new_bigint(r))
}
fn perm(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "perm", a.len(), 1, 2)?;
    let n = int_arg(ts, &a[0])?;
    if a.len() == 1 || ts.is_none(&a[1]) {
        if n.is_negative() {
            return Err(ts.value_error("n must be a non-negative integer"));
        }
        return factorial(ts, &a[0], &a[0]);
    }
    let k = int_arg(ts, &a[1])?;
    if n.is_negative() {
        return Err(ts.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(ts.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(ts.new_int(0));
    }
    let Some(k) = k.to_u64() else {
        return Err(ts.overflow_error(format!("k must not exceed {}", i64::MAX)));
    };
    let mut r = BigInt::one();
    for i in 0..k {
        r *= &n - i;
    }
    Ok(ts.new_bigint(r))
}

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::new("acos", Meth::O(acos)),
    MethodDef::new("acosh", Meth::O(acosh)),
    MethodDef::new("asin", Meth::O(asin)),
    MethodDef::new("asinh", Meth::O(asinh)),
    MethodDef::new("atan", Meth::O(atan)),
    MethodDef::new("atan2", Meth::Fast(atan2)),
    MethodDef::new("atanh", Meth::O(atanh)),
    MethodDef::new("cbrt", Meth::O(cbrt)),
    MethodDef::new("ceil", Meth::O(ceil)),
    MethodDef::new("comb", Meth::Fast(comb)),
    MethodDef::new("copysign", Meth::Fast(copysign)),
    MethodDef::new("cos", Meth::O(cos)),
    MethodDef::new("cosh", Meth::O(cosh)),
    MethodDef::new("degrees", Meth::O(degrees)),
    MethodDef::new("dist", Meth::Fast(dist)),
    MethodDef::new("erf", Meth::O(erf_)),
    MethodDef::new("erfc", Meth::O(erfc_)),
    MethodDef::new("exp", Meth::O(exp)),
    MethodDef::new("exp2", Meth::O(exp2)),
    MethodDef::new("expm1", Meth::O(expm1)),
    MethodDef::new("fabs", Meth::O(fabs)),
    MethodDef::new("factorial", Meth::O(factorial)),
    MethodDef::new("floor", Meth::O(floor)),
    MethodDef::new("fmod", Meth::Fast(fmod)),
    MethodDef::new("frexp", Meth::O(frexp)),
    MethodDef::new("fsum", Meth::O(fsum)),
    MethodDef::new("gamma", Meth::O(gamma)),
    MethodDef::new("gcd", Meth::Fast(gcd)),
    MethodDef::new("hypot", Meth::Fast(hypot)),
    MethodDef::new("isclose", Meth::FastKw(isclose)),
    MethodDef::new("isfinite", Meth::O(isfinite)),
    MethodDef::new("isinf", Meth::O(isinf)),
    MethodDef::new("isnan", Meth::O(isnan)),
    MethodDef::new("isqrt", Meth::O(isqrt)),
    MethodDef::new("lcm", Meth::Fast(lcm)),
    MethodDef::new("ldexp", Meth::Fast(ldexp)),
    MethodDef::new("lgamma", Meth::O(lgamma_)),
    MethodDef::new("log", Meth::Fast(log)),
    MethodDef::new("log10", Meth::O(log10)),
    MethodDef::new("log1p", Meth::O(log1p)),
    MethodDef::new("log2", Meth::O(log2)),
    MethodDef::new("modf", Meth::O(modf)),
    MethodDef::new("nextafter", Meth::Fast(nextafter_)),
    MethodDef::new("perm", Meth::Fast(perm)),
    MethodDef::new("pow", Meth::Fast(pow)),
    MethodDef::new("prod", Meth::FastKw(prod)),
    MethodDef::new("radians", Meth::O(radians)),
    MethodDef::new("remainder", Meth::Fast(remainder)),
    MethodDef::new("sin", Meth::O(sin)),
    MethodDef::new("sinh", Meth::O(sinh)),
    MethodDef::new("sqrt", Meth::O(sqrt)),
    MethodDef::new("tan", Meth::O(tan)),
    MethodDef::new("tanh", Meth::O(tanh)),
    MethodDef::new("trunc", Meth::O(trunc)),
    MethodDef::new("ulp", Meth::O(ulp)),
];

/// `pi`, `e`, `tau`, `inf` and `nan` (math's and cmath's float constants).
pub(crate) fn add_constants(ts: &ThreadState, d: &PyDict) {
    for (k, v) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        let _ = d.set_item_str(ts, k, ts.new_float(v));
    }
}

/// Makes the `math` module.
pub fn make(ts: &ThreadState) -> ObjRef {
    let m = ts.new_builtin_module("math", FUNCTIONS);
    let d = m.downcast::<PyModule>().expect("module").dict();
    let d = d.downcast::<PyDict>().expect("dict");
    add_constants(ts, d);
    m
}

//! The `_statistics` accelerator module (`_statisticsmodule.c`): `_normal_dist_inv_cdf`,
//! Wichura's AS241 rational approximation of the normal distribution's inverse CDF, which
//! `statistics.NormalDist.inv_cdf` uses when the module imports.

use taipan_object::args;
use taipan_object::typeobj::{Meth, MethodDef};
use taipan_object::types::float::as_double;
use taipan_object::{ObjRef, PyResult, ThreadState};

/// Horner's rule over `coefficients`, highest degree first (the C source's nested form).
fn poly(coefficients: &[f64; 8], r: f64) -> f64 {
    coefficients[1..]
        .iter()
        .fold(coefficients[0], |acc, c| acc * r + c)
}

const CENTRAL_NUM: [f64; 8] = [
    2.5090809287301226727e+3,
    3.3430575583588128105e+4,
    6.7265770927008700853e+4,
    4.5921953931549871457e+4,
    1.3731693765509461125e+4,
    1.9715909503065514427e+3,
    1.3314166789178437745e+2,
    3.3871328727963666080e+0,
];
const CENTRAL_DEN: [f64; 8] = [
    5.2264952788528545610e+3,
    2.8729085735721942674e+4,
    3.9307895800092710610e+4,
    2.1213794301586595867e+4,
    5.3941960214247511077e+3,
    6.8718700749205790830e+2,
    4.2313330701600911252e+1,
    1.0,
];
const NEAR_NUM: [f64; 8] = [
    7.74545014278341407640e-4,
    2.27238449892691845833e-2,
    2.41780725177450611770e-1,
    1.27045825245236838258e+0,
    3.64784832476320460504e+0,
    5.76949722146069140550e+0,
    4.63033784615654529590e+0,
    1.42343711074968357734e+0,
];
const NEAR_DEN: [f64; 8] = [
    1.05075007164441684324e-9,
    5.47593808499534494600e-4,
    1.51986665636164571966e-2,
    1.48103976427480074590e-1,
    6.89767334985100004550e-1,
    1.67638483018380384940e+0,
    2.05319162663775882187e+0,
    1.0,
];
const TAIL_NUM: [f64; 8] = [
    2.01033439929228813265e-7,
    2.71155556874348757815e-5,
    1.24266094738807843860e-3,
    2.65321895265761230930e-2,
    2.96560571828504891230e-1,
    1.78482653991729133580e+0,
    5.46378491116411436990e+0,
    6.65790464350110377720e+0,
];
const TAIL_DEN: [f64; 8] = [
    2.04426310338993978564e-15,
    1.42151175831644588870e-7,
    1.84631831751005468180e-5,
    7.86869131145613259100e-4,
    1.48753612908506148525e-2,
    1.36929880922735805310e-1,
    5.99832206555887937690e-1,
    1.0,
];

/// The inverse CDF at `p` of the normal distribution N(mu, sigma); `None` where undefined.
fn inv_cdf(p: f64, mu: f64, sigma: f64) -> Option<f64> {
    // The C comparisons: a NaN passes them and comes out as a NaN.
    if p <= 0.0 || p >= 1.0 || sigma <= 0.0 {
        return None;
    }
    let q = p - 0.5;
    if q.abs() <= 0.425 {
        let r = 0.180625 - q * q;
        let (num, den) = (poly(&CENTRAL_NUM, r) * q, poly(&CENTRAL_DEN, r));
        if den == 0.0 {
            return None;
        }
        return Some(mu + (num / den) * sigma);
    }
    let r = if q <= 0.0 { p } else { 1.0 - p };
    if r <= 0.0 || r >= 1.0 {
        return None;
    }
    let r = (-r.ln()).sqrt();
    let (num, den) = if r <= 5.0 {
        (poly(&NEAR_NUM, r - 1.6), poly(&NEAR_DEN, r - 1.6))
    } else {
        (poly(&TAIL_NUM, r - 5.0), poly(&TAIL_DEN, r - 5.0))
    };
    if den == 0.0 {
        return None;
    }
    let x = num / den;
    Some(mu + (if q < 0.0 { -x } else { x }) * sigma)
}

/// `_normal_dist_inv_cdf(p, mu, sigma, /)`.
fn normal_dist_inv_cdf(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "_normal_dist_inv_cdf", a.len(), 3, 3)?;
    let (p, mu, sigma) = (
        as_double(ts, &a[0])?,
        as_double(ts, &a[1])?,
        as_double(ts, &a[2])?,
    );
    match inv_cdf(p, mu, sigma) {
        Some(x) => Ok(ts.new_float(x)),
        None => Err(ts.value_error("inv_cdf undefined for these parameters")),
    }
}

static FUNCTIONS: &[MethodDef] = &[MethodDef::new(
    "_normal_dist_inv_cdf",
    Meth::Fast(normal_dist_inv_cdf),
)];

pub fn make(ts: &ThreadState) -> ObjRef {
    ts.new_builtin_module("_statistics", FUNCTIONS)
}

//! `complex` arithmetic as CPython's `Objects/complexobject.c` does it: `_Py_c_prod`,
//! `_Py_c_quot` (Smith's algorithm), `_Py_c_pow` and `c_powi` (repeated squaring for integral
//! exponents up to 100 in magnitude), with `errno`'s `EDOM`/`ERANGE` turned into exceptions.

use crate::{PyErr, PyResult};

/// A complex value.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

const ONE: Complex = Complex { re: 1.0, im: 0.0 };

impl std::ops::Add for Complex {
    type Output = Complex;
    fn add(self, b: Complex) -> Complex {
        Complex::new(self.re + b.re, self.im + b.im)
    }
}

impl std::ops::Sub for Complex {
    type Output = Complex;
    fn sub(self, b: Complex) -> Complex {
        Complex::new(self.re - b.re, self.im - b.im)
    }
}

/// `_Py_c_prod`.
impl std::ops::Mul for Complex {
    type Output = Complex;
    fn mul(self, b: Complex) -> Complex {
        Complex::new(
            self.re * b.re - self.im * b.im,
            self.re * b.im + self.im * b.re,
        )
    }
}

impl std::ops::Neg for Complex {
    type Output = Complex;
    fn neg(self) -> Complex {
        Complex::new(-self.re, -self.im)
    }
}

impl Complex {
    pub const fn new(re: f64, im: f64) -> Complex {
        Complex { re, im }
    }

    /// `_Py_c_quot`: `None` for a zero divisor (`EDOM`).
    fn quot(self, b: Complex) -> Option<Complex> {
        let abs_br = b.re.abs();
        let abs_bi = b.im.abs();
        if abs_br >= abs_bi {
            if abs_br == 0.0 {
                return None;
            }
            let ratio = b.im / b.re;
            let denom = b.re + b.im * ratio;
            Some(Complex::new(
                (self.re + self.im * ratio) / denom,
                (self.im - self.re * ratio) / denom,
            ))
        } else if abs_bi >= abs_br {
            let ratio = b.re / b.im;
            let denom = b.re * ratio + b.im;
            Some(Complex::new(
                (self.re * ratio + self.im) / denom,
                (self.im * ratio - self.re) / denom,
            ))
        } else {
            Some(Complex::new(f64::NAN, f64::NAN))
        }
    }

    /// `a / b`.
    pub fn try_div(self, b: Complex) -> PyResult<Complex> {
        self.quot(b)
            .ok_or_else(|| PyErr::zero_division("complex division by zero"))
    }

    /// `_Py_c_pow`: `None` for zero raised to a negative or complex power (`EDOM`).
    fn c_pow(self, b: Complex) -> Option<Complex> {
        if b.re == 0.0 && b.im == 0.0 {
            return Some(ONE);
        }
        if self.re == 0.0 && self.im == 0.0 {
            if b.im != 0.0 || b.re < 0.0 {
                return None;
            }
            return Some(Complex::new(0.0, 0.0));
        }
        let vabs = self.re.hypot(self.im);
        let mut len = vabs.powf(b.re);
        let at = self.im.atan2(self.re);
        let mut phase = at * b.re;
        if b.im != 0.0 {
            len /= (at * b.im).exp();
            phase += b.im * vabs.ln();
        }
        Some(Complex::new(len * phase.cos(), len * phase.sin()))
    }

    /// `c_powu`: `self ** n` by repeated squaring.
    fn powu(self, n: u64) -> Complex {
        let mut r = ONE;
        let mut p = self;
        let mut mask = 1u64;
        while mask > 0 && n >= mask {
            if n & mask != 0 {
                r = r * p;
            }
            mask <<= 1;
            p = p * p;
        }
        r
    }

    /// `a ** b` (CPython's `complex_pow`).
    pub fn pow(self, b: Complex) -> PyResult<Complex> {
        let p = if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
            let n = b.re as i64;
            if n > 0 {
                Some(self.powu(n as u64))
            } else {
                ONE.quot(self.powu(n.unsigned_abs()))
            }
        } else {
            self.c_pow(b)
        };
        let Some(p) = p else {
            return Err(PyErr::zero_division("0.0 to a negative or complex power"));
        };
        if p.re.is_infinite() || p.im.is_infinite() {
            return Err(PyErr::overflow("complex exponentiation"));
        }
        Ok(p)
    }
}

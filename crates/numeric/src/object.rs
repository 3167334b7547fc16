//! The dispatch of Python's operators over constant operands: which type's method runs (bool
//! counts as int; int widens to float, float to complex), the sequence methods of `str`,
//! `bytes` and `tuple`, and the `TypeError` CPython raises when no method applies.
//!
//! Printf-style formatting (`str % x`, `bytes % x`) is not computed here: it answers
//! [`PyErrKind::NotImplementedError`].

use std::borrow::Cow;

use crate::complex::Complex;
use crate::convert::{int_to_f64, int_true_divide};
use crate::float::{self, PowResult};
use crate::{Constant, Int, Operator, PyErr, PyErrKind, PyResult, UnaryOperator, int, seq};

static ZERO: Int = Int::Small(0);
static ONE: Int = Int::Small(1);

/// A numeric operand, after bool became int.
enum Num<'a> {
    Int(&'a Int),
    Float(f64),
    Complex(Complex),
}

fn num(c: &Constant) -> Option<Num<'_>> {
    Some(match c {
        Constant::Bool(b) => Num::Int(if *b { &ONE } else { &ZERO }),
        Constant::Int(i) => Num::Int(i),
        Constant::Float(bits) => Num::Float(f64::from_bits(*bits)),
        Constant::Complex { real, imag } => {
            Num::Complex(Complex::new(f64::from_bits(*real), f64::from_bits(*imag)))
        }
        _ => None?,
    })
}

/// The int value of an int or bool.
fn as_int(c: &Constant) -> Option<&Int> {
    match num(c)? {
        Num::Int(i) => Some(i),
        _ => None,
    }
}

fn to_float(n: &Num) -> PyResult<f64> {
    match n {
        Num::Int(i) => int_to_f64(i),
        Num::Float(f) => Ok(*f),
        Num::Complex(c) => Ok(c.re),
    }
}

fn to_complex(n: &Num) -> PyResult<Complex> {
    match n {
        Num::Complex(c) => Ok(*c),
        other => Ok(Complex::new(to_float(other)?, 0.0)),
    }
}

/// The operator's symbol in CPython's messages.
fn symbol(op: Operator) -> &'static str {
    match op {
        Operator::Add => "+",
        Operator::Sub => "-",
        Operator::Mult => "*",
        Operator::MatMult => "@",
        Operator::Div => "/",
        Operator::Mod => "%",
        Operator::Pow => "** or pow()",
        Operator::LShift => "<<",
        Operator::RShift => ">>",
        Operator::BitOr => "|",
        Operator::BitXor => "^",
        Operator::BitAnd => "&",
        Operator::FloorDiv => "//",
    }
}

fn unsupported(op: Operator, a: &Constant, b: &Constant) -> PyErr {
    PyErr::type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        symbol(op),
        a.type_name(),
        b.type_name()
    ))
}

fn float(x: f64) -> Constant {
    Constant::float(x)
}

fn complex(c: Complex) -> Constant {
    Constant::complex(c.re, c.im)
}

fn pow_result(r: PowResult) -> Constant {
    match r {
        PowResult::Float(f) => float(f),
        PowResult::Complex(c) => complex(c),
    }
}

/// `a <op> b`.
pub fn binary_op(op: Operator, a: &Constant, b: &Constant) -> PyResult<Constant> {
    if let Some(result) = sequence_op(op, a, b) {
        return result;
    }
    let (Some(x), Some(y)) = (num(a), num(b)) else {
        return Err(unsupported(op, a, b));
    };
    if let (Constant::Bool(p), Constant::Bool(q)) = (a, b) {
        match op {
            Operator::BitAnd => return Ok(Constant::Bool(p & q)),
            Operator::BitOr => return Ok(Constant::Bool(p | q)),
            Operator::BitXor => return Ok(Constant::Bool(p ^ q)),
            _ => {}
        }
    }
    match (&x, &y) {
        (Num::Int(i), Num::Int(j)) => int_op(op, i, j).ok_or_else(|| unsupported(op, a, b))?,
        (Num::Complex(_), _) | (_, Num::Complex(_)) => {
            complex_op(op, to_complex(&x)?, to_complex(&y)?).ok_or_else(|| unsupported(op, a, b))?
        }
        _ => float_op(op, to_float(&x)?, to_float(&y)?).ok_or_else(|| unsupported(op, a, b))?,
    }
}

/// `None` when ints have no such operator (`@`).
fn int_op(op: Operator, a: &Int, b: &Int) -> Option<PyResult<Constant>> {
    let int = |r: PyResult<Int>| r.map(Constant::Int);
    Some(match op {
        Operator::Add => Ok(Constant::Int(int::add(a, b))),
        Operator::Sub => Ok(Constant::Int(int::sub(a, b))),
        Operator::Mult => int(int::mul(a, b)),
        Operator::Div => int_true_divide(a, b).map(float),
        Operator::FloorDiv => int(int::floor_div(a, b)),
        Operator::Mod => int(int::modulo(a, b)),
        Operator::Pow if int::is_negative(b) => int_to_f64(a)
            .and_then(|x| float::pow(x, int_to_f64(b)?))
            .map(pow_result),
        Operator::Pow => int(int::pow_nonneg(a, b)),
        Operator::LShift => int(int::lshift(a, b)),
        Operator::RShift => int(int::rshift(a, b)),
        Operator::BitAnd => Ok(Constant::Int(int::bitand(a, b))),
        Operator::BitOr => Ok(Constant::Int(int::bitor(a, b))),
        Operator::BitXor => Ok(Constant::Int(int::bitxor(a, b))),
        Operator::MatMult => return None,
    })
}

/// `None` when floats have no such operator.
fn float_op(op: Operator, a: f64, b: f64) -> Option<PyResult<Constant>> {
    Some(match op {
        Operator::Add => Ok(float(a + b)),
        Operator::Sub => Ok(float(a - b)),
        Operator::Mult => Ok(float(a * b)),
        Operator::Div => float::div(a, b).map(float),
        Operator::FloorDiv => float::floor_div(a, b).map(float),
        Operator::Mod => float::modulo(a, b).map(float),
        Operator::Pow => float::pow(a, b).map(pow_result),
        _ => return None,
    })
}

/// `None` when complex numbers have no such operator.
fn complex_op(op: Operator, a: Complex, b: Complex) -> Option<PyResult<Constant>> {
    Some(match op {
        Operator::Add => Ok(complex(a + b)),
        Operator::Sub => Ok(complex(a - b)),
        Operator::Mult => Ok(complex(a * b)),
        Operator::Div => a.try_div(b).map(complex),
        Operator::Pow => a.pow(b).map(complex),
        _ => return None,
    })
}

/// The sequence methods: `None` when neither operand is a sequence that takes part in `op`.
fn sequence_op(op: Operator, a: &Constant, b: &Constant) -> Option<PyResult<Constant>> {
    use Constant::{Bytes, Str, Tuple};
    match op {
        Operator::Add => Some(match (a, b) {
            (Str(x), Str(y)) => Ok(Str(seq::str_concat(x, y))),
            (Bytes(x), Bytes(y)) => Ok(Bytes(seq::bytes_concat(x, y))),
            (Tuple(x), Tuple(y)) => Ok(Tuple(seq::tuple_concat(x, y))),
            (Str(_), _) => Err(PyErr::type_error(format!(
                "can only concatenate str (not \"{}\") to str",
                b.type_name()
            ))),
            (Bytes(_), _) => Err(PyErr::type_error(format!(
                "can't concat {} to bytes",
                b.type_name()
            ))),
            (Tuple(_), _) => Err(PyErr::type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                b.type_name()
            ))),
            _ => return None,
        }),
        Operator::Mult => {
            let (seq, count) = match (a, b) {
                (Str(_) | Bytes(_) | Tuple(_), _) => (a, b),
                (_, Str(_) | Bytes(_) | Tuple(_)) => (b, a),
                _ => return None,
            };
            let Some(n) = as_int(count) else {
                return Some(Err(PyErr::type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    count.type_name()
                ))));
            };
            Some(match seq {
                Str(s) => seq::str_repeat(s, n).map(Str),
                Bytes(s) => seq::bytes_repeat(s, n).map(Bytes),
                Tuple(t) => seq::tuple_repeat(t, n).map(Tuple),
                _ => return None,
            })
        }
        Operator::Mod if matches!(a, Str(_) | Bytes(_)) => Some(Err(PyErr::new(
            PyErrKind::NotImplementedError,
            "printf-style formatting",
        ))),
        _ => None,
    }
}

/// `<op> a`.
pub fn unary_op(op: UnaryOperator, a: &Constant) -> PyResult<Constant> {
    if op == UnaryOperator::Not {
        return Ok(Constant::Bool(!truthy(a)));
    }
    let bad = || {
        let sym = match op {
            UnaryOperator::Invert => "~",
            UnaryOperator::UAdd => "+",
            _ => "-",
        };
        PyErr::type_error(format!(
            "bad operand type for unary {sym}: '{}'",
            a.type_name()
        ))
    };
    Ok(match (op, num(a).ok_or_else(bad)?) {
        (UnaryOperator::Invert, Num::Int(i)) => Constant::Int(int::invert(i)),
        (UnaryOperator::USub, Num::Int(i)) => Constant::Int(int::neg(i)),
        (UnaryOperator::UAdd, Num::Int(i)) => Constant::Int(i.clone()),
        (UnaryOperator::USub, Num::Float(f)) => float(-f),
        (UnaryOperator::UAdd, Num::Float(f)) => float(f),
        (UnaryOperator::USub, Num::Complex(c)) => complex(-c),
        (UnaryOperator::UAdd, Num::Complex(c)) => complex(c),
        _ => return Err(bad()),
    })
}

/// `bool(a)`.
pub fn truthy(a: &Constant) -> bool {
    match a {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Ellipsis => true,
        Constant::Int(i) => !int::is_zero(i),
        Constant::Float(bits) => f64::from_bits(*bits) != 0.0,
        Constant::Complex { real, imag } => {
            f64::from_bits(*real) != 0.0 || f64::from_bits(*imag) != 0.0
        }
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) => !t.is_empty(),
        Constant::FrozenSet(s) => !s.is_empty(),
    }
}

/// `a[index]` (slices are not constants, so not handled here).
pub fn get_item(a: &Constant, index: &Constant) -> PyResult<Constant> {
    let bad_index = |what: &str, slices: bool| {
        let tail: Cow<str> = if slices {
            format!("integers or slices, not {}", index.type_name()).into()
        } else {
            format!("integers, not '{}'", index.type_name()).into()
        };
        PyErr::type_error(format!("{what} indices must be {tail}"))
    };
    match a {
        Constant::Str(s) => {
            let i = as_int(index).ok_or_else(|| bad_index("string", false))?;
            seq::str_item(s, i).map(Constant::Str)
        }
        Constant::Bytes(b) => {
            let i = as_int(index).ok_or_else(|| bad_index("byte", true))?;
            seq::bytes_item(b, i).map(Constant::Int)
        }
        Constant::Tuple(t) => {
            let i = as_int(index).ok_or_else(|| bad_index("tuple", true))?;
            seq::tuple_item(t, i)
        }
        _ => Err(PyErr::type_error(format!(
            "'{}' object is not subscriptable",
            a.type_name()
        ))),
    }
}

//! `float`: an `f64` payload, CPython's repr (shortest round trip, from the AST crate's
//! `float_repr`), hash (`_Py_HashDouble`), comparisons exact against ints, arithmetic from
//! `taipan_numeric::float` (shared with the optimizer), `float(x)` parsing.

use num_bigint::BigInt;
use num_traits::{FromPrimitive, Signed};
use taipan_ast::Int;
use taipan_numeric::float as nf;

use crate::error::PyResult;
use crate::header::{ObjRef, PyPayload, alloc_object};
use crate::thread::ThreadState;
use crate::typeobj::slots::BinaryFn;
use crate::typeobj::{
    CompareOp, GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags, nb,
};
use crate::types::int::PyInt;
use crate::types::str_::PyStr;

pub struct PyFloat(pub f64);

impl PyPayload for PyFloat {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.float
    }
}

impl ThreadState {
    #[inline]
    pub fn new_float(&self, v: f64) -> ObjRef {
        alloc_object(self, &self.types.float, PyFloat(v))
    }
}

/// CPython's `_Py_HashDouble` (from `taipan_numeric`).
pub fn hash_float(v: f64, id: usize) -> i64 {
    taipan_numeric::hash::hash_float(v, id)
}

fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(v * 2f64.powi(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

fn val(o: &ObjRef) -> f64 {
    o.downcast::<PyFloat>().map_or(0.0, |f| f.0)
}

/// An operand as a float: floats, and ints (OverflowError when too large); `None` for others.
fn operand(ts: &ThreadState, o: &ObjRef) -> Option<PyResult<f64>> {
    if let Some(f) = o.downcast::<PyFloat>() {
        return Some(Ok(f.0));
    }
    let i = o.downcast::<PyInt>()?;
    Some(match &i.0 {
        Int::Small(v) => Ok(*v as f64),
        big => taipan_numeric::int_to_f64(big).map_err(|e| ts.from_numeric(e)),
    })
}

fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_str(&taipan_ast::repr::float_repr(val(o))))
}

fn hash(_: &ThreadState, o: &ObjRef) -> PyResult<i64> {
    Ok(hash_float(val(o), o.id()))
}

/// Compares a float with an int exactly (CPython's `float_richcompare`).
fn cmp_float_int(f: f64, i: &Int) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Less
        });
    }
    if let Int::Small(v) = i
        && v.unsigned_abs() < (1u64 << 53)
    {
        return f.partial_cmp(&(*v as f64));
    }
    let t = f.trunc();
    let bt = BigInt::from_f64(t)?;
    let bi = i.to_big();
    Some(bt.cmp(&bi).then_with(|| {
        let frac = f - t;
        frac.partial_cmp(&0.0).unwrap_or(std::cmp::Ordering::Equal)
    }))
}

fn richcompare(ts: &ThreadState, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    let x = val(a);
    let ord = if let Some(f) = b.downcast::<PyFloat>() {
        x.partial_cmp(&f.0)
    } else if let Some(i) = b.downcast::<PyInt>() {
        cmp_float_int(x, &i.0)
    } else {
        return Ok(ts.not_implemented());
    };
    Ok(ts.bool_obj(match ord {
        Some(o) => op.test(o),
        None => op == CompareOp::Ne,
    }))
}

macro_rules! binop {
    ($fname:ident, |$ts:ident, $x:ident, $y:ident| $body:expr) => {
        fn $fname($ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
            let (Some($x), Some($y)) = (operand($ts, a), operand($ts, b)) else {
                return Ok($ts.not_implemented());
            };
            let ($x, $y) = ($x?, $y?);
            $body
        }
    };
}
binop!(add, |ts, x, y| Ok(ts.new_float(x + y)));
binop!(sub, |ts, x, y| Ok(ts.new_float(x - y)));
binop!(mul, |ts, x, y| Ok(ts.new_float(x * y)));
binop!(truediv, |ts, x, y| nf::div(x, y)
    .map(|r| ts.new_float(r))
    .map_err(|e| ts.from_numeric(e)));
binop!(floordiv, |ts, x, y| nf::floor_div(x, y)
    .map(|r| ts.new_float(r))
    .map_err(|e| ts.from_numeric(e)));
binop!(modulo, |ts, x, y| nf::modulo(x, y)
    .map(|r| ts.new_float(r))
    .map_err(|e| ts.from_numeric(e)));
binop!(
    pow,
    |ts, x, y| match nf::pow(x, y).map_err(|e| ts.from_numeric(e))? {
        nf::PowResult::Float(r) => Ok(ts.new_float(r)),
        nf::PowResult::Complex(_) => Err(ts.value_error(
            "complex results are not supported yet (negative number to a fractional power)",
        )),
    }
);

fn neg(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_float(-val(o)))
}
fn pos(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_float(val(o)))
}
fn abs(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_float(val(o).abs()))
}
fn bool_(_: &ThreadState, o: &ObjRef) -> PyResult<bool> {
    Ok(val(o) != 0.0)
}
fn to_int(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    crate::types::int::float_to_int(ts, val(o))
}
fn to_float(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_float(val(o)))
}

/// Parses `float(s)` text (CPython's `PyOS_string_to_double` plus underscores and spaces).
pub fn parse_float(ts: &ThreadState, s: &str) -> PyResult<f64> {
    let t = s.trim();
    let bad = || {
        ts.value_error(format!(
            "could not convert string to float: {}",
            crate::types::str_::repr_str(s)
        ))
    };
    let lower = t.to_ascii_lowercase();
    let (sign, body) = match lower.as_bytes().first() {
        Some(b'-') => (-1.0, &lower[1..]),
        Some(b'+') => (1.0, &lower[1..]),
        _ => (1.0, lower.as_str()),
    };
    match body {
        "inf" | "infinity" => return Ok(sign * f64::INFINITY),
        "nan" => return Ok(sign * f64::NAN),
        _ => {}
    }
    if body.is_empty()
        || body.starts_with('_')
        || body.ends_with('_')
        || body.contains("__")
        || !body
            .bytes()
            .all(|c| c.is_ascii_digit() || b"._e+-".contains(&c))
    {
        return Err(bad());
    }
    let clean: String = body.chars().filter(|c| *c != '_').collect();
    clean.parse::<f64>().map(|v| sign * v).map_err(|_| bad())
}

fn new(ts: &ThreadState, ty: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    crate::args::no_kwargs(ts, "float", kw)?;
    crate::args::check_positional(ts, "float", args.len(), 0, 1)?;
    let v = match args.first() {
        None => 0.0,
        Some(x) => to_f64(ts, x)?,
    };
    if ty.is(&ts.types.float) {
        return Ok(ts.new_float(v));
    }
    Ok(alloc_object(ts, ty, PyFloat(v)))
}

/// `float(x)` as an `f64`: floats, `__float__`, `__index__`, str.
pub fn to_f64(ts: &ThreadState, x: &ObjRef) -> PyResult<f64> {
    if let Some(f) = x.downcast::<PyFloat>() {
        return Ok(f.0);
    }
    if let Some(s) = x.downcast::<PyStr>() {
        return parse_float(ts, s.as_str());
    }
    if let Some(r) = operand(ts, x) {
        return r;
    }
    let s = x.typ().slots();
    if let Some(f) = s.float {
        let r = f(ts, x)?;
        return match r.downcast::<PyFloat>() {
            Some(v) => Ok(v.0),
            None => Err(ts.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                x.typ().name(),
                r.typ().name()
            ))),
        };
    }
    if s.index.is_some() {
        let i = crate::abstract_::index(ts, x)?;
        return operand(ts, &i).unwrap_or(Ok(0.0));
    }
    Err(ts.type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        x.typ().name()
    )))
}

fn is_integer(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let v = val(o);
    Ok(ts.bool_obj(v.is_finite() && v.fract() == 0.0))
}
fn conjugate(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_float(val(o)))
}
fn get_imag(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_float(0.0))
}
fn trunc(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    to_int(ts, o)
}
fn floor(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    crate::types::int::float_to_int(ts, val(o).floor())
}
fn ceil(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    crate::types::int::float_to_int(ts, val(o).ceil())
}
fn as_integer_ratio(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let v = val(o);
    if v.is_infinite() {
        return Err(ts.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if v.is_nan() {
        return Err(ts.value_error("cannot convert NaN to integer ratio"));
    }
    let (m, e) = frexp(v);
    let mut m = m;
    let mut e = e;
    while m != m.floor() {
        m *= 2.0;
        e -= 1;
    }
    let mut num = BigInt::from_f64(m).unwrap_or_default();
    let mut den = BigInt::from(1);
    if e > 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let g = num_integer::Integer::gcd(&num, &den);
    let g = if g.is_negative() { -g } else { g };
    num /= &g;
    den /= &g;
    Ok(ts.new_tuple(vec![ts.new_bigint(num), ts.new_bigint(den)]))
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("is_integer", Meth::NoArgs(is_integer)),
    MethodDef::new("conjugate", Meth::NoArgs(conjugate)),
    MethodDef::new("__trunc__", Meth::NoArgs(trunc)),
    MethodDef::new("__floor__", Meth::NoArgs(floor)),
    MethodDef::new("__ceil__", Meth::NoArgs(ceil)),
    MethodDef::new("as_integer_ratio", Meth::NoArgs(as_integer_ratio)),
];
static GETSETS: &[GetSetDef] = &[
    GetSetDef::ro("real", conjugate),
    GetSetDef::ro("imag", get_imag),
];

const fn number_slots() -> [Option<BinaryFn>; nb::COUNT] {
    let mut n: [Option<BinaryFn>; nb::COUNT] = [None; nb::COUNT];
    n[nb::ADD] = Some(add);
    n[nb::SUBTRACT] = Some(sub);
    n[nb::MULTIPLY] = Some(mul);
    n[nb::TRUE_DIVIDE] = Some(truediv);
    n[nb::FLOOR_DIVIDE] = Some(floordiv);
    n[nb::REMAINDER] = Some(modulo);
    n[nb::POWER] = Some(pow);
    n
}

pub static SPEC: TypeSpec = TypeSpec {
    flags: flags::BASETYPE,
    slots: Slots {
        repr: Some(repr),
        hash: Some(hash),
        richcompare: Some(richcompare),
        number: number_slots(),
        neg: Some(neg),
        pos: Some(pos),
        abs: Some(abs),
        bool: Some(bool_),
        int: Some(to_int),
        float: Some(to_float),
        new: Some(new),
        ..Slots::NONE
    },
    methods: &[METHODS],
    getsets: GETSETS,
    doc: "Convert a string or number to a floating point number, if possible.",
    ..TypeSpec::new("float", PayloadInfo::of::<PyFloat>())
};

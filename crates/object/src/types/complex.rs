//! `complex`: two `f64`s, arithmetic from `taipan_numeric::Complex` (shared with the
//! optimizer), repr (`taipan_text::complex_repr`), hash, equality with ints and floats,
//! `__format__`, the constructor (numbers, `__complex__`, strings), `real`/`imag`,
//! `conjugate`.

use taipan_numeric::Complex;

use crate::error::PyResult;
use crate::header::{ObjRef, PyPayload, alloc_object};
use crate::thread::ThreadState;
use crate::typeobj::slots::BinaryFn;
use crate::typeobj::{
    CompareOp, GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags, nb,
};
use crate::types::float::PyFloat;
use crate::types::int::PyInt;
use crate::types::str_::PyStr;

pub struct PyComplex(pub Complex);

impl PyPayload for PyComplex {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.complex
    }
}

impl ThreadState {
    pub fn new_complex(&self, re: f64, im: f64) -> ObjRef {
        alloc_object(self, &self.types.complex, PyComplex(Complex::new(re, im)))
    }
}

fn val(o: &ObjRef) -> Complex {
    o.downcast::<PyComplex>()
        .map_or(Complex::new(0.0, 0.0), |c| c.0)
}

/// An operand as a complex: complex, float, int (OverflowError when too large).
fn operand(ts: &ThreadState, o: &ObjRef) -> Option<PyResult<Complex>> {
    if let Some(c) = o.downcast::<PyComplex>() {
        return Some(Ok(c.0));
    }
    crate::types::float::operand(ts, o).map(|r| r.map(|f| Complex::new(f, 0.0)))
}

fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let c = val(o);
    Ok(ts.new_string(taipan_text::complex_repr(c.re, c.im)))
}
fn hash(_: &ThreadState, o: &ObjRef) -> PyResult<i64> {
    let c = val(o);
    Ok(taipan_numeric::hash::hash_complex(c.re, c.im, o.id()))
}
fn richcompare(ts: &ThreadState, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    if op != CompareOp::Eq && op != CompareOp::Ne {
        return Ok(ts.not_implemented());
    }
    let x = val(a);
    let eq = if let Some(c) = b.downcast::<PyComplex>() {
        x.re == c.0.re && x.im == c.0.im
    } else if b.is_a::<PyFloat>() || b.is_a::<PyInt>() {
        if x.im != 0.0 {
            false
        } else {
            let f = ts.new_float(x.re);
            let r = crate::abstract_::rich_compare(ts, &f, b, CompareOp::Eq)?;
            r.is(ts.true_ref())
        }
    } else {
        return Ok(ts.not_implemented());
    };
    Ok(ts.bool_obj(if op == CompareOp::Eq { eq } else { !eq }))
}

macro_rules! binop {
    ($fname:ident, |$ts:ident, $x:ident, $y:ident| $body:expr) => {
        fn $fname($ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
            let (Some($x), Some($y)) = (operand($ts, a), operand($ts, b)) else {
                return Ok($ts.not_implemented());
            };
            let ($x, $y) = ($x?, $y?);
            let r: Complex = $body;
            Ok($ts.new_complex(r.re, r.im))
        }
    };
}
binop!(add, |ts, x, y| x + y);
binop!(sub, |ts, x, y| x - y);
binop!(mul, |ts, x, y| x * y);
binop!(truediv, |ts, x, y| x
    .try_div(y)
    .map_err(|e| ts.from_numeric(e))?);
binop!(pow, |ts, x, y| x.pow(y).map_err(|e| ts.from_numeric(e))?);

fn neg(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let c = val(o);
    Ok(ts.new_complex(-c.re, -c.im))
}
fn pos(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let c = val(o);
    Ok(ts.new_complex(c.re, c.im))
}
fn abs(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let c = val(o);
    let r = c.re.hypot(c.im);
    if r.is_infinite() && c.re.is_finite() && c.im.is_finite() {
        return Err(ts.overflow_error("absolute value too large"));
    }
    Ok(ts.new_float(r))
}
fn bool_(_: &ThreadState, o: &ObjRef) -> PyResult<bool> {
    let c = val(o);
    Ok(c.re != 0.0 || c.im != 0.0)
}

/// Parses `complex(s)` text.
fn parse_complex(ts: &ThreadState, s: &str) -> PyResult<Complex> {
    let bad = || ts.value_error("complex() arg is a malformed string");
    let t = s.trim();
    let t = if t.starts_with('(') && t.ends_with(')') && t.len() >= 2 {
        t[1..t.len() - 1].trim()
    } else {
        t
    };
    if t.is_empty() {
        return Err(bad());
    }
    let pf = |x: &str| -> PyResult<f64> {
        if x.is_empty() || x.contains(char::is_whitespace) {
            return Err(bad());
        }
        crate::types::float::parse_float(ts, x.as_bytes()).map_err(|_| bad())
    };
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        // Find the split between real and imaginary parts: the last sign not after an 'e'.
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        let imag = |x: &str| -> PyResult<f64> {
            match x {
                "" | "+" => Ok(1.0),
                "-" => Ok(-1.0),
                _ => pf(x),
            }
        };
        return match split {
            Some(i) => Ok(Complex::new(pf(&body[..i])?, imag(&body[i..])?)),
            None => Ok(Complex::new(0.0, imag(body)?)),
        };
    }
    Ok(Complex::new(pf(t)?, 0.0))
}

fn to_complex(ts: &ThreadState, x: &ObjRef, second: bool) -> PyResult<Complex> {
    if x.is_exact(&ts.types.int) || x.is_exact(&ts.types.float) {
        return operand(ts, x).unwrap_or(Ok(Complex::new(0.0, 0.0)));
    }
    // try_complex_special_method: `__complex__` first, complex subclasses included
    if let Some(f) = x.typ().lookup(ts, &ts.intern("__complex__")) {
        let r = crate::abstract_::call_unbound(ts, &f, x, &[])?;
        let Some(c) = r.downcast::<PyComplex>() else {
            return Err(ts.type_error(format!(
                "__complex__ returned non-complex (type {})",
                r.typ().name()
            )));
        };
        if !r.is_exact(&ts.types.complex) {
            crate::types::int::warn_strict_subclass(ts, "__complex__", "complex", &r)?;
        }
        return Ok(c.0);
    }
    if let Some(r) = operand(ts, x) {
        return r;
    }
    if x.typ().slots().float.is_some() || x.typ().slots().index.is_some() {
        return Ok(Complex::new(crate::types::float::to_f64(ts, x)?, 0.0));
    }
    Err(ts.type_error(if second {
        format!(
            "complex() second argument must be a number, not '{}'",
            x.typ().name()
        )
    } else {
        format!(
            "complex() first argument must be a string or a number, not '{}'",
            x.typ().name()
        )
    }))
}

/// `PyComplex_AsCComplex`: a complex (subclasses too), `__complex__`, else a real number
/// (`PyFloat_AsDouble`, `must be real number, not T`): the `D` argument converter (cmath).
pub fn as_complex(ts: &ThreadState, x: &ObjRef) -> PyResult<Complex> {
    if let Some(c) = x.downcast::<PyComplex>() {
        return Ok(c.0);
    }
    if is_complex_like(ts, x) {
        return to_complex(ts, x, false);
    }
    Ok(Complex::new(crate::types::float::as_double(ts, x)?, 0.0))
}

/// Whether `complex()` converts the argument as a complex number (a complex, or `__complex__`),
/// not as a real one (`cr_is_complex`).
fn is_complex_like(ts: &ThreadState, o: &ObjRef) -> bool {
    o.is_a::<PyComplex>()
        || (!o.is_a::<PyFloat>()
            && !o.is_a::<PyInt>()
            && o.typ().lookup(ts, &ts.intern("__complex__")).is_some())
}

fn new(ts: &ThreadState, ty: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC_ARGS: crate::args::ArgSpec = crate::args::ArgSpec {
        fname: "complex",
        names: &["real", "imag"],
        required: 0,
        posonly: 0,
        kwonly: 2,
    };
    let [re, im] = crate::args::parse::<2>(ts, &SPEC_ARGS, args, kw)?;
    let c = match (&re, &im) {
        (None, None) => Complex::new(0.0, 0.0),
        (Some(r), None) if r.is_exact(&ts.types.complex) && ty.is(&ts.types.complex) => {
            return Ok(r.clone());
        }
        (Some(r), _) if r.is_a::<PyStr>() => {
            if im.is_some() {
                return Err(ts.type_error("complex() can't take second arg if first is a string"));
            }
            parse_complex(ts, r.downcast::<PyStr>().expect("str").as_str())?
        }
        _ => {
            if let Some(i) = &im
                && i.is_a::<PyStr>()
            {
                return Err(ts.type_error("complex() second arg can't be a string"));
            }
            let a = match &re {
                Some(r) => to_complex(ts, r, false)?,
                None => Complex::new(0.0, 0.0),
            };
            let b = match &im {
                Some(i) => to_complex(ts, i, true)?,
                None => Complex::new(0.0, 0.0),
            };
            // (a.re + a.im j) + (b.re + b.im j) j, adding only the parts that exist (signed
            // zeros survive: complex(0, -0.0) is -0j).
            let a_cx = re.as_ref().is_some_and(|r| is_complex_like(ts, r));
            let b_cx = im.as_ref().is_some_and(|i| is_complex_like(ts, i));
            let r = if b_cx { a.re - b.im } else { a.re };
            let i = match &im {
                // complex(z) keeps z's imaginary part as it is (its sign of zero too)
                None => a.im,
                Some(_) if a_cx => b.re + a.im,
                Some(_) => b.re,
            };
            Complex::new(r, i)
        }
    };
    if ty.is(&ts.types.complex) {
        return Ok(ts.new_complex(c.re, c.im));
    }
    Ok(alloc_object(ts, ty, PyComplex(c)))
}

fn get_real(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_float(val(o).re))
}
fn get_imag(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_float(val(o).im))
}
fn conjugate(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let c = val(o);
    Ok(ts.new_complex(c.re, -c.im))
}
/// `complex.__complex__()`: the value as an exact complex.
fn dunder_complex(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    if o.is_exact(&ts.types.complex) {
        return Ok(o.clone());
    }
    let c = val(o);
    Ok(ts.new_complex(c.re, c.im))
}
/// `pow(a, b, m)`: never defined for complex numbers.
fn pow3(ts: &ThreadState, a: &ObjRef, b: &ObjRef, _: &ObjRef) -> PyResult<ObjRef> {
    let (Some(x), Some(y)) = (operand(ts, a), operand(ts, b)) else {
        return Ok(ts.not_implemented());
    };
    x?;
    y?;
    Err(ts.value_error("complex modulo"))
}
fn getnewargs(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let c = val(o);
    Ok(ts.new_tuple(vec![ts.new_float(c.re), ts.new_float(c.im)]))
}
fn format(ts: &ThreadState, o: &ObjRef, spec: &ObjRef) -> PyResult<ObjRef> {
    let sp = crate::types::float::spec_arg(ts, spec)?;
    if sp.is_empty() {
        return crate::abstract_::str(ts, o);
    }
    let c = val(o);
    let r = taipan_text::format::format_complex(c.re, c.im, sp.as_bytes(), o.typ().name())
        .map_err(|e| ts.from_numeric(e))?;
    Ok(ts.new_str_gutf8(r))
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("conjugate", Meth::NoArgs(conjugate)),
    MethodDef::new("__complex__", Meth::NoArgs(dunder_complex)),
    MethodDef::new("__getnewargs__", Meth::NoArgs(getnewargs)),
    MethodDef::new("__format__", Meth::O(format)),
];
static GETSETS: &[GetSetDef] = &[
    GetSetDef::member_ro("real", get_real),
    GetSetDef::member_ro("imag", get_imag),
];

const fn number_slots() -> [Option<BinaryFn>; nb::COUNT] {
    let mut n: [Option<BinaryFn>; nb::COUNT] = [None; nb::COUNT];
    n[nb::ADD] = Some(add);
    n[nb::SUBTRACT] = Some(sub);
    n[nb::MULTIPLY] = Some(mul);
    n[nb::TRUE_DIVIDE] = Some(truediv);
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
        new: Some(new),
        power3: Some(pow3),
        ..Slots::NONE
    },
    methods: &[METHODS],
    getsets: GETSETS,
    doc: "Create a complex number from a real part and an optional imaginary part.\n\nThis is equivalent to (real + imag*1j) where imag defaults to 0.",
    ..TypeSpec::new("complex", PayloadInfo::of::<PyComplex>())
};

//! `float`: an `f64` payload, CPython's repr (shortest round trip, from the AST crate's
//! `float_repr`), hash (`_Py_HashDouble`), comparisons exact against ints, arithmetic from
//! `taipan_numeric::float` (shared with the optimizer), `float(x)` parsing.

use num_bigint::BigInt;
use num_traits::FromPrimitive;
use taipan_ast::Int;
use taipan_numeric::float as nf;

use crate::error::PyResult;
use std::cell::Cell;
use std::ptr::NonNull;

use crate::header::{ObjHeader, ObjRef, PyObject, PyPayload, alloc_object, default_dealloc};
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
        let block = FREE.with(Cell::get);
        if block.is_null() {
            return alloc_object(self, &self.types.float, PyFloat(v));
        }
        // SAFETY: a block on the free list is a freed exact float's memory (same layout:
        // `float` has no trailing slots), its first word the next block.
        unsafe {
            FREE.with(|c| c.set(*(block as *mut *mut u8)));
            NFREE.with(|c| c.set(NFREE.with(Cell::get) - 1));
            let obj = block as *mut PyObject<PyFloat>;
            obj.write(PyObject {
                header: ObjHeader {
                    refcnt: Cell::new(1),
                    ty: Cell::new(self.types.float.clone().into_raw()),
                },
                payload: PyFloat(v),
            });
            ObjRef::from_raw(NonNull::new_unchecked(obj as *mut ObjHeader))
        }
    }
}

/// CPython's float free list (`Objects/floatobject.c`): at most this many freed floats are
/// kept for reuse, last freed first (so `id(float(x))` of two floats made one after the other
/// agree, as in CPython, and `hash(nan)` with them).
const MAX_FREE: usize = 100;

thread_local! {
    /// The freed blocks, linked through their first word.
    static FREE: Cell<*mut u8> = const { Cell::new(std::ptr::null_mut()) };
    static NFREE: Cell<usize> = const { Cell::new(0) };
}

/// `float`'s `dealloc`: exact floats go to the free list (or are freed when it is full);
/// instances of subclasses to the default.
///
/// # Safety
/// As `header::default_dealloc`.
unsafe fn float_dealloc(obj: NonNull<ObjHeader>) {
    // SAFETY: `obj` is dead; its type pointer is live until released below.
    unsafe {
        let ty_ptr = obj.as_ref().ty.get();
        let ty = &*(&ty_ptr as *const NonNull<ObjHeader> as *const ObjRef);
        if ty.typ_payload().is_heap() {
            return default_dealloc(obj);
        }
        let n = NFREE.with(Cell::get);
        if n < MAX_FREE {
            *(obj.as_ptr() as *mut *mut u8) = FREE.with(Cell::get);
            FREE.with(|c| c.set(obj.as_ptr() as *mut u8));
            NFREE.with(|c| c.set(n + 1));
            drop(ObjRef::from_raw(ty_ptr));
        } else {
            default_dealloc(obj);
        }
    }
}

/// CPython's `_Py_HashDouble` (from `taipan_numeric`).
pub fn hash_float(v: f64, id: usize) -> i64 {
    taipan_numeric::hash::hash_float(v, id)
}

fn val(o: &ObjRef) -> f64 {
    o.downcast::<PyFloat>().map_or(0.0, |f| f.0)
}

/// An operand as a float: floats, and ints (OverflowError when too large); `None` for others
/// (complex arithmetic takes its real operands from here too).
pub(crate) fn operand(ts: &ThreadState, o: &ObjRef) -> Option<PyResult<f64>> {
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
        nf::PowResult::Complex(c) => Ok(ts.new_complex(c.re, c.im)),
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

/// Parses `float(s)` text (`taipan_numeric::parse`: Unicode digits and spaces, underscores).
pub fn parse_float(ts: &ThreadState, s: &[u8]) -> PyResult<f64> {
    taipan_numeric::parse::float_from_str(s).map_err(|e| ts.from_numeric(e))
}

fn new(ts: &ThreadState, ty: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    let args = crate::types::iterators::no_kwargs_unless_init(ts, "float", ty, args, kw)?;
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

/// `PyFloat_AsDouble`: floats, ints, `__float__`, `__index__`; else `must be real number, not T`
/// (the `d` argument converter: math and cmath functions, `struct`'s float formats).
pub fn as_double(ts: &ThreadState, x: &ObjRef) -> PyResult<f64> {
    if let Some(r) = operand(ts, x) {
        return r;
    }
    let s = x.typ().slots();
    if s.float.is_some() || s.index.is_some() {
        return to_f64(ts, x);
    }
    Err(ts.type_error(format!("must be real number, not {}", x.typ().name())))
}

/// `float(x)` as an `f64` (`PyNumber_Float`): `__float__` (a float subclass returned is
/// deprecated), `__index__`, a float subclass's value, else parsing a str, bytes or buffer.
pub fn to_f64(ts: &ThreadState, x: &ObjRef) -> PyResult<f64> {
    if let Some(f) = x.downcast::<PyFloat>()
        && x.is_exact(&ts.types.float)
    {
        return Ok(f.0);
    }
    let s = x.typ().slots();
    if let Some(f) = s.float {
        let r = f(ts, x)?;
        let Some(v) = r.downcast::<PyFloat>() else {
            return Err(ts.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                x.typ().name(),
                r.typ().name()
            )));
        };
        if !r.is_exact(&ts.types.float) {
            let method = format!("{}.__float__", x.typ().name());
            crate::types::int::warn_strict_subclass(ts, &method, "float", &r)?;
        }
        return Ok(v.0);
    }
    if s.index.is_some() {
        let i = crate::abstract_::index(ts, x)?;
        return operand(ts, &i).unwrap_or(Ok(0.0));
    }
    if let Some(r) = operand(ts, x) {
        return r;
    }
    if let Some(s) = x.downcast::<PyStr>() {
        return parse_float(ts, s.as_bytes());
    }
    if let Some(b) = crate::types::bytes::as_bytes_like(x) {
        return taipan_numeric::parse::float_from_bytes_literal(&b).map_err(|e| ts.from_numeric(e));
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
    let (n, d) =
        taipan_numeric::floatops::as_integer_ratio(val(o)).map_err(|e| ts.from_numeric(e))?;
    Ok(ts.new_tuple(vec![ts.new_int_big(n), ts.new_int_big(d)]))
}

/// A `__format__` argument as text (`format() argument must be str`).
pub fn spec_arg<'a>(ts: &ThreadState, spec: &'a ObjRef) -> PyResult<&'a str> {
    spec.downcast::<PyStr>().map(|s| s.as_str()).ok_or_else(|| {
        ts.type_error(format!(
            "__format__() argument must be str, not {}",
            spec.typ().name()
        ))
    })
}
fn format(ts: &ThreadState, o: &ObjRef, spec: &ObjRef) -> PyResult<ObjRef> {
    let sp = spec_arg(ts, spec)?;
    if sp.is_empty() {
        return crate::abstract_::str(ts, o);
    }
    let r = taipan_text::format::format_float(val(o), sp.as_bytes(), o.typ().name())
        .map_err(|e| ts.from_numeric(e))?;
    Ok(ts.new_str_gutf8(r))
}
fn hex(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_string(taipan_numeric::floatops::float_hex(val(o))))
}
fn fromhex(ts: &ThreadState, cls: &ObjRef, s: &ObjRef) -> PyResult<ObjRef> {
    let Some(st) = s.downcast::<PyStr>() else {
        return Err(ts.type_error("bad argument type for built-in operation"));
    };
    let v = taipan_numeric::floatops::float_fromhex(st.as_str().as_bytes())
        .map_err(|e| ts.from_numeric(e))?;
    if cls.is(&ts.types.float) {
        return Ok(ts.new_float(v));
    }
    crate::abstract_::call(ts, cls, &[ts.new_float(v)])
}
fn round(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    crate::args::check_positional(ts, "__round__", a.len(), 0, 1)?;
    let x = val(o);
    match a.first().filter(|d| !ts.is_none(d)) {
        None => taipan_numeric::floatops::round_to_int(x)
            .map(|i| ts.new_int_big(i))
            .map_err(|e| ts.from_numeric(e)),
        Some(d) => {
            let n = crate::abstract_::index(ts, d)?;
            let n = match &n.downcast::<PyInt>().expect("int").0 {
                Int::Small(v) => *v,
                Int::Big(b) => {
                    if b.sign() == num_bigint::Sign::Minus {
                        i64::MIN
                    } else {
                        i64::MAX
                    }
                }
            };
            taipan_numeric::floatops::round_float(x, n)
                .map(|f| ts.new_float(f))
                .map_err(|e| ts.from_numeric(e))
        }
    }
}
fn getnewargs(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_tuple(vec![ts.new_float(val(o))]))
}

fn getformat(ts: &ThreadState, _: &ObjRef, t: &ObjRef) -> PyResult<ObjRef> {
    match t.downcast::<PyStr>().map(|s| s.as_str()) {
        Some("double") | Some("float") => Ok(ts.new_str("IEEE, little-endian")),
        Some(_) => Err(ts.value_error("__getformat__() argument 1 must be 'double' or 'float'")),
        None => Err(ts.type_error(format!(
            "__getformat__() argument must be str, not {}",
            t.typ().name()
        ))),
    }
}

fn divmod_pair(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    let (Some(x), Some(y)) = (operand(ts, a), operand(ts, b)) else {
        return Ok(ts.not_implemented());
    };
    let (x, y) = (x?, y?);
    if y == 0.0 {
        return Err(ts.zero_division_error("float divmod()"));
    }
    let q = nf::floor_div(x, y).map_err(|e| ts.from_numeric(e))?;
    let r = nf::modulo(x, y).map_err(|e| ts.from_numeric(e))?;
    Ok(ts.new_tuple(vec![ts.new_float(q), ts.new_float(r)]))
}
fn divmod_m(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    divmod_pair(ts, a, b)
}
fn rdivmod_m(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    divmod_pair(ts, b, a)
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("__divmod__", Meth::O(divmod_m)),
    MethodDef::new("__rdivmod__", Meth::O(rdivmod_m)),
    MethodDef::class("__getformat__", Meth::O(getformat)),
    MethodDef::new("__format__", Meth::O(format)),
    MethodDef::new("hex", Meth::NoArgs(hex)),
    MethodDef::class("fromhex", Meth::O(fromhex)),
    MethodDef::new("__round__", Meth::Fast(round)),
    MethodDef::new("__getnewargs__", Meth::NoArgs(getnewargs)),
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
    dealloc: Some(float_dealloc),
    ..TypeSpec::new("float", PayloadInfo::of::<PyFloat>())
};

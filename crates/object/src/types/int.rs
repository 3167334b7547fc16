//! `int`: the payload is the AST's [`Int`] (`i64`, `BigInt` past it), arithmetic from
//! `taipan_numeric` (shared with the optimizer), the small-int cache, CPython's modular hash,
//! `int(x)`/`int(s, base)`, repr and the number slots.

use num_bigint::BigInt;
use num_traits::Zero;
use taipan_ast::Int;
use taipan_numeric::int as ni;

use crate::abstract_ as ab;
use crate::args;
use crate::error::PyResult;
use crate::header::{ObjRef, PyPayload, alloc_object};
use crate::thread::ThreadState;
use crate::typeobj::{
    CompareOp, GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags, nb,
};
use crate::types::float::PyFloat;
use crate::types::str_::PyStr;

pub struct PyInt(pub Int);

impl PyPayload for PyInt {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.int
    }
}

const SMALL_MIN: i64 = -5;
const SMALL_MAX: i64 = 256;

pub(crate) fn bootstrap_small(int_type: &ObjRef) -> Box<[ObjRef]> {
    (SMALL_MIN..=SMALL_MAX)
        .map(|v| raw_int(int_type, Int::Small(v)))
        .collect()
}

fn raw_int(ty: &ObjRef, v: Int) -> ObjRef {
    // Bootstrap: int is untracked, so no thread state is needed for the GC.
    crate::header::alloc_untracked(ty, PyInt(v))
}

impl ThreadState {
    /// An int object (shared for -5..=256).
    #[inline]
    pub fn new_int(&self, v: i64) -> ObjRef {
        if (SMALL_MIN..=SMALL_MAX).contains(&v) {
            return self.small_ints[(v - SMALL_MIN) as usize].clone();
        }
        alloc_object(self, &self.types.int, PyInt(Int::Small(v)))
    }
    /// An int object from an [`Int`].
    pub fn new_int_big(&self, v: Int) -> ObjRef {
        match v {
            Int::Small(s) => self.new_int(s),
            big => alloc_object(self, &self.types.int, PyInt(big)),
        }
    }
    pub fn new_bigint(&self, v: BigInt) -> ObjRef {
        self.new_int_big(Int::from_big(v))
    }
}

/// The `i64` value of an int object, if it is one and fits.
#[inline]
pub fn as_i64(o: &ObjRef) -> Option<i64> {
    match o.downcast::<PyInt>()?.0 {
        Int::Small(v) => Some(v),
        Int::Big(_) => None,
    }
}

/// CPython's `long_hash` (from `taipan_numeric`, shared with the optimizer).
pub fn hash_int(v: &Int) -> i64 {
    taipan_numeric::hash::hash_int(v)
}

/// `sys.get_int_max_str_digits()` (0: no limit), process-wide.
static MAX_STR_DIGITS: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(taipan_numeric::parse::DEFAULT_MAX_STR_DIGITS);

/// The int <-> decimal str digit limit (`sys.get_int_max_str_digits()`; 0: none).
#[inline]
pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed)
}
/// Sets the limit (`sys.set_int_max_str_digits`, already checked).
pub fn set_max_str_digits(n: usize) {
    MAX_STR_DIGITS.store(n, std::sync::atomic::Ordering::Relaxed);
}

/// The `sys.set_int_max_str_digits` check of a decimal conversion (`format(n, ",")`, `%d`).
pub fn check_decimal_digits(ts: &ThreadState, v: &Int) -> PyResult<()> {
    match v {
        Int::Small(_) => Ok(()),
        big => taipan_numeric::intops::int_to_decimal(big, max_str_digits())
            .map(drop)
            .map_err(|e| ts.from_numeric(e)),
    }
}

fn int_of(o: &ObjRef) -> Option<&Int> {
    o.downcast::<PyInt>().map(|i| &i.0)
}

fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let v = int_of(o).expect("int");
    let s = match v {
        Int::Small(x) => x.to_string(),
        big => taipan_numeric::intops::int_to_decimal(big, max_str_digits())
            .map_err(|e| ts.from_numeric(e))?,
    };
    Ok(ts.new_string(s))
}

fn hash(_: &ThreadState, o: &ObjRef) -> PyResult<i64> {
    Ok(hash_int(int_of(o).expect("int")))
}

fn richcompare(ts: &ThreadState, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    let (Some(x), Some(y)) = (int_of(a), int_of(b)) else {
        return Ok(ts.not_implemented());
    };
    let ord = match (x, y) {
        (Int::Small(p), Int::Small(q)) => p.cmp(q),
        _ => x.to_big().cmp(&y.to_big()),
    };
    Ok(ts.bool_obj(op.test(ord)))
}

macro_rules! binop {
    ($fname:ident, |$ts:ident, $x:ident, $y:ident| $body:expr) => {
        fn $fname($ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
            let (Some($x), Some($y)) = (int_of(a), int_of(b)) else {
                return Ok($ts.not_implemented());
            };
            $body
        }
    };
}

binop!(add, |ts, x, y| Ok(match (x, y) {
    (Int::Small(p), Int::Small(q)) => match p.checked_add(*q) {
        Some(r) => ts.new_int(r),
        None => ts.new_int_big(ni::add(x, y)),
    },
    _ => ts.new_int_big(ni::add(x, y)),
}));
binop!(sub, |ts, x, y| Ok(match (x, y) {
    (Int::Small(p), Int::Small(q)) => match p.checked_sub(*q) {
        Some(r) => ts.new_int(r),
        None => ts.new_int_big(ni::sub(x, y)),
    },
    _ => ts.new_int_big(ni::sub(x, y)),
}));
binop!(mul, |ts, x, y| match (x, y) {
    (Int::Small(p), Int::Small(q)) if p.checked_mul(*q).is_some() => Ok(ts.new_int(p * q)),
    _ => ni::mul(x, y)
        .map(|r| ts.new_int_big(r))
        .map_err(|e| ts.from_numeric(e)),
});
binop!(floordiv, |ts, x, y| match (x, y) {
    (Int::Small(p), Int::Small(q)) if *q != 0 && !(*p == i64::MIN && *q == -1) => {
        let d = p / q;
        Ok(ts.new_int(if p % q != 0 && ((*p < 0) != (*q < 0)) {
            d - 1
        } else {
            d
        }))
    }
    _ => ni::floor_div(x, y)
        .map(|r| ts.new_int_big(r))
        .map_err(|e| ts.from_numeric(e)),
});
binop!(modulo, |ts, x, y| match (x, y) {
    (Int::Small(p), Int::Small(q)) if *q != 0 && !(*p == i64::MIN && *q == -1) => {
        let r = p % q;
        Ok(ts.new_int(if r != 0 && ((r < 0) != (*q < 0)) {
            r + q
        } else {
            r
        }))
    }
    _ => ni::modulo(x, y)
        .map(|r| ts.new_int_big(r))
        .map_err(|e| ts.from_numeric(e)),
});
binop!(truediv, |ts, x, y| taipan_numeric::int_true_divide(x, y)
    .map(|r| ts.new_float(r))
    .map_err(|e| ts.from_numeric(e)));
binop!(lshift, |ts, x, y| ni::lshift(x, y)
    .map(|r| ts.new_int_big(r))
    .map_err(|e| ts.from_numeric(e)));
binop!(rshift, |ts, x, y| ni::rshift(x, y)
    .map(|r| ts.new_int_big(r))
    .map_err(|e| ts.from_numeric(e)));
binop!(and, |ts, x, y| Ok(ts.new_int_big(ni::bitand(x, y))));
binop!(or, |ts, x, y| Ok(ts.new_int_big(ni::bitor(x, y))));
binop!(xor, |ts, x, y| Ok(ts.new_int_big(ni::bitxor(x, y))));
binop!(pow, |ts, x, y| {
    if ni::is_negative(y) {
        let fx = taipan_numeric::int_to_f64(x).map_err(|e| ts.from_numeric(e))?;
        let fy = taipan_numeric::int_to_f64(y).map_err(|e| ts.from_numeric(e))?;
        return match taipan_numeric::float::pow(fx, fy).map_err(|e| ts.from_numeric(e))? {
            taipan_numeric::float::PowResult::Float(r) => Ok(ts.new_float(r)),
            taipan_numeric::float::PowResult::Complex(c) => Ok(ts.new_complex(c.re, c.im)),
        };
    }
    ni::pow_nonneg(x, y)
        .map(|r| ts.new_int_big(r))
        .map_err(|e| ts.from_numeric(e))
});

fn pow3(ts: &ThreadState, a: &ObjRef, b: &ObjRef, m: &ObjRef) -> PyResult<ObjRef> {
    if ts.is_none(m) {
        return pow(ts, a, b);
    }
    let (Some(x), Some(y), Some(z)) = (int_of(a), int_of(b), int_of(m)) else {
        return Ok(ts.not_implemented());
    };
    if ni::is_zero(z) {
        return Err(ts.value_error("pow() 3rd argument cannot be 0"));
    }
    let (mut bx, mut by, bz) = (x.to_big(), y.to_big(), z.to_big());
    let m = if bz.sign() == num_bigint::Sign::Minus {
        -bz.clone()
    } else {
        bz.clone()
    };
    if by.sign() == num_bigint::Sign::Minus {
        let ext = num_integer::Integer::extended_gcd(&num_integer::Integer::mod_floor(&bx, &m), &m);
        if ext.gcd != BigInt::from(1) {
            return Err(ts.value_error("base is not invertible for the given modulus"));
        }
        bx = ext.x;
        by = -by;
    }
    let bx = num_integer::Integer::mod_floor(&bx, &m);
    let mut r = if m == BigInt::from(1) {
        BigInt::zero()
    } else {
        bx.modpow(&by, &m)
    };
    if !r.is_zero()
        && (r.sign() == num_bigint::Sign::Minus) != (bz.sign() == num_bigint::Sign::Minus)
    {
        r += &bz;
    }
    Ok(ts.new_bigint(r))
}

fn neg(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int_big(ni::neg(int_of(o).expect("int"))))
}
fn pos(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int_big(int_of(o).expect("int").clone()))
}
fn invert(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int_big(ni::invert(int_of(o).expect("int"))))
}
fn abs(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let v = int_of(o).expect("int");
    Ok(if ni::is_negative(v) {
        ts.new_int_big(ni::neg(v))
    } else {
        ts.new_int_big(v.clone())
    })
}
fn bool_(_: &ThreadState, o: &ObjRef) -> PyResult<bool> {
    Ok(!ni::is_zero(int_of(o).expect("int")))
}
fn to_float(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    taipan_numeric::int_to_f64(int_of(o).expect("int"))
        .map(|f| ts.new_float(f))
        .map_err(|e| ts.from_numeric(e))
}

fn new(ts: &ThreadState, ty: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC_ARGS: args::ArgSpec = args::ArgSpec {
        fname: "int",
        names: &["x", "base"],
        required: 0,
        posonly: 1,
        kwonly: 2,
    };
    if args.len() > 2 {
        return Err(ts.type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    for k in args::kw_names(kw) {
        let k = crate::abstract_::str_of(k);
        if k != "base" {
            return Err(ts.type_error(format!("'{k}' is an invalid keyword argument for int()")));
        }
    }
    let [x, base] = args::parse::<2>(ts, &SPEC_ARGS, args, kw)?;
    let v = match (x, base) {
        (None, None) => Int::Small(0),
        (None, Some(_)) => return Err(ts.type_error("int() missing string argument")),
        (Some(x), None) => return finish_new(ts, ty, to_int(ts, &x)?),
        (Some(x), Some(b)) => {
            // PyNumber_AsSsize_t(base, NULL): a huge base clamps, then fails the range check
            let base = match int_of(&ab::index(ts, &b)?) {
                Some(Int::Small(v)) => *v as isize,
                _ => isize::MAX,
            };
            if let Some(s) = x.downcast::<PyStr>() {
                parse_int(ts, s.as_bytes(), base as i64)?
            } else if let Some(b) = (x.is_a::<crate::types::bytes::PyBytes>()
                || x.is_a::<crate::types::bytearray::PyByteArray>())
            .then(|| crate::types::bytes::as_bytes_like(&x))
            .flatten()
            {
                taipan_numeric::parse::int_from_bytes_literal(&b, base as i64, max_str_digits())
                    .map_err(|e| ts.from_numeric(e))?
            } else {
                return Err(ts.type_error("int() can't convert non-string with explicit base"));
            }
        }
    };
    finish_new(ts, ty, ts.new_int_big(v))
}

fn finish_new(ts: &ThreadState, ty: &ObjRef, v: ObjRef) -> PyResult<ObjRef> {
    if ty.is(&ts.types.int) {
        return Ok(v);
    }
    let i = int_of(&v).cloned().unwrap_or(Int::Small(0));
    Ok(alloc_object(ts, ty, PyInt(i)))
}

/// `int(x)` for one argument (`PyNumber_Long`): `__int__`, `__index__`, `__trunc__` (deprecated),
/// or parsing a str, bytes or buffer. An int subclass returned by `__int__`/`__index__` is
/// deprecated (a DeprecationWarning) and converted to an exact int.
pub fn to_int(ts: &ThreadState, x: &ObjRef) -> PyResult<ObjRef> {
    if x.is_exact(&ts.types.int) {
        return Ok(x.clone());
    }
    if let Some(f) = x.downcast::<PyFloat>()
        && x.is_exact(&ts.types.float)
    {
        return float_to_int(ts, f.0);
    }
    let s = x.typ().slots();
    if let Some(f) = s.int {
        let r = f(ts, x)?;
        return exact_int(ts, r, "__int__");
    }
    if let Some(f) = s.index {
        let r = f(ts, x)?;
        return exact_int(ts, r, "__index__");
    }
    if let Some(trunc) = x.typ().lookup(ts, &ts.names.__trunc__) {
        warn_deprecated(
            ts,
            "The delegation of int() to __trunc__ is deprecated.".into(),
        )?;
        let r = ab::call_unbound(ts, &trunc, x, &[])?;
        if let Some(i) = int_of(&r) {
            return Ok(ts.new_int_big(i.clone()));
        }
        let Some(index) = r.typ().slots().index else {
            return Err(ts.type_error(format!(
                "__trunc__ returned non-Integral (type {})",
                r.typ().name()
            )));
        };
        let i = index(ts, &r)?;
        return exact_int(ts, i, "__index__");
    }
    if let Some(s) = x.downcast::<PyStr>() {
        return Ok(ts.new_int_big(parse_int(ts, s.as_bytes(), 10)?));
    }
    if let Some(b) = crate::types::bytes::as_bytes_like(x) {
        return taipan_numeric::parse::int_from_bytes_literal(&b, 10, max_str_digits())
            .map(|v| ts.new_int_big(v))
            .map_err(|e| ts.from_numeric(e));
    }
    Err(ts.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        x.typ().name()
    )))
}

/// The result of `__int__`/`__index__` as an exact int: TypeError for a non-int, a
/// DeprecationWarning for an int subclass.
fn exact_int(ts: &ThreadState, r: ObjRef, method: &str) -> PyResult<ObjRef> {
    if r.is_exact(&ts.types.int) {
        return Ok(r);
    }
    let Some(i) = int_of(&r) else {
        return Err(ts.type_error(format!(
            "{method} returned non-int (type {})",
            r.typ().name()
        )));
    };
    warn_strict_subclass(ts, method, "int", &r)?;
    Ok(ts.new_int_big(i.clone()))
}

/// The DeprecationWarning for a conversion method (`__int__`, `__index__`, `T.__float__`,
/// `__complex__`) that returned `r`, an instance of a strict subclass of `kind`.
pub(crate) fn warn_strict_subclass(
    ts: &ThreadState,
    method: &str,
    kind: &str,
    r: &ObjRef,
) -> PyResult<()> {
    warn_deprecated(
        ts,
        format!(
            "{method} returned non-{kind} (type {}).  The ability to return an instance of a \
             strict subclass of {kind} is deprecated, and may be removed in a future version \
             of Python.",
            r.typ().name()
        ),
    )
}

/// `PyErr_WarnEx(PyExc_DeprecationWarning, msg, 1)` through the `_warnings` module.
pub(crate) fn warn_deprecated(ts: &ThreadState, msg: String) -> PyResult<()> {
    ts.warn(&ts.exc.deprecation_warning, msg)
}

/// `int(f)` for a float: truncation, with CPython's errors for inf and nan.
pub fn float_to_int(ts: &ThreadState, f: f64) -> PyResult<ObjRef> {
    if f.is_nan() {
        return Err(ts.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(ts.overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(ts.new_int(t as i64));
    }
    use num_traits::FromPrimitive;
    Ok(ts.new_bigint(BigInt::from_f64(t).unwrap_or_default()))
}

/// Parses an int literal as `int(s, base)` does (`taipan_numeric::parse`: underscores, sign,
/// whitespace, prefixes, Unicode digits, the 4300-digit limit).
pub fn parse_int(ts: &ThreadState, s: &[u8], base: i64) -> PyResult<Int> {
    taipan_numeric::parse::int_from_str(s, base, max_str_digits()).map_err(|e| ts.from_numeric(e))
}

fn bit_length(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(ni::bit_length(int_of(o).expect("int")) as i64))
}
fn conjugate(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    pos(ts, o)
}
fn get_zero(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(0))
}
fn get_one(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(1))
}
fn int_index(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    pos(ts, o)
}

fn format(ts: &ThreadState, o: &ObjRef, spec: &ObjRef) -> PyResult<ObjRef> {
    let sp = crate::types::float::spec_arg(ts, spec)?;
    if sp.is_empty() {
        return crate::abstract_::str(ts, o);
    }
    let v = int_of(o).expect("int");
    if !sp.ends_with(['b', 'c', 'o', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G', '%']) {
        check_decimal_digits(ts, v)?;
    }
    let r = taipan_text::format::format_int(
        taipan_numeric::intops::int_ref(v),
        sp.as_bytes(),
        o.typ().name(),
    )
    .map_err(|e| ts.from_numeric(e))?;
    Ok(ts.new_str_gutf8(r))
}
fn bit_count(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(taipan_numeric::intops::bit_count(int_of(o).expect("int")) as i64))
}
fn as_integer_ratio(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_tuple(vec![pos(ts, o)?, ts.new_int(1)]))
}
fn getnewargs(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_tuple(vec![pos(ts, o)?]))
}
fn round(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    crate::args::check_positional(ts, "__round__", a.len(), 0, 1)?;
    let Some(d) = a.first().filter(|d| !ts.is_none(d)) else {
        return pos(ts, o);
    };
    let n = ab::index(ts, d)?;
    let n = match &int_of(&n).expect("int") {
        Int::Small(v) => *v,
        Int::Big(b) => {
            if b.sign() == num_bigint::Sign::Minus {
                return Ok(ts.new_int(0));
            }
            i64::MAX
        }
    };
    if n >= 0 {
        return pos(ts, o);
    }
    Ok(ts.new_int_big(taipan_numeric::intops::round_int(
        int_of(o).expect("int"),
        n,
    )))
}
fn byteorder(ts: &ThreadState, b: Option<ObjRef>, f: &str) -> PyResult<bool> {
    match b {
        None => Ok(false),
        Some(b) => match b.downcast::<PyStr>().map(|s| s.as_str()) {
            Some("little") => Ok(true),
            Some("big") => Ok(false),
            Some(_) => Err(ts.value_error("byteorder must be either 'little' or 'big'")),
            None => Err(ts.type_error(format!(
                "{f}() argument 'byteorder' must be str, not {}",
                b.typ().name()
            ))),
        },
    }
}
fn to_bytes(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC_ARGS: args::ArgSpec = args::ArgSpec {
        fname: "to_bytes",
        names: &["length", "byteorder", "signed"],
        required: 0,
        posonly: 0,
        kwonly: 2,
    };
    let [len, order, signed] = args::parse::<3>(ts, &SPEC_ARGS, a, kw)?;
    let len = match len {
        Some(l) => ab::index_isize(ts, &l)?,
        None => 1,
    };
    if len < 0 {
        return Err(ts.value_error("length argument must be non-negative"));
    }
    let little = byteorder(ts, order, "to_bytes")?;
    let signed = match signed {
        Some(s) => ab::is_true(ts, &s)?,
        None => false,
    };
    let v = taipan_numeric::intops::to_bytes(int_of(o).expect("int"), len as usize, little, signed)
        .map_err(|e| ts.from_numeric(e))?;
    Ok(ts.new_bytes(v))
}
fn from_bytes(
    ts: &ThreadState,
    cls: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    static SPEC_ARGS: args::ArgSpec = args::ArgSpec {
        fname: "from_bytes",
        names: &["bytes", "byteorder", "signed"],
        required: 1,
        posonly: 0,
        kwonly: 2,
    };
    let [b, order, signed] = args::parse::<3>(ts, &SPEC_ARGS, a, kw)?;
    let b = b.expect("required");
    // PyObject_Bytes: `__bytes__`, a buffer, else an iterable of ints (never a str or an int)
    let b = if b.is_exact(&ts.types.bytes) {
        b
    } else {
        crate::types::bytes::call_dunder_bytes(ts, &b)?.unwrap_or(b)
    };
    let data: Vec<u8> = match crate::types::bytes::as_bytes_like(&b) {
        Some(d) => d.to_vec(),
        None if b.is_a::<PyStr>() || int_of(&b).is_some() => {
            return Err(ts.type_error(format!(
                "cannot convert '{}' object to bytes",
                b.typ().name()
            )));
        }
        None => crate::types::bytes::bytes_from_object(ts, &b, "bytes")?,
    };
    let little = byteorder(ts, order, "from_bytes")?;
    let signed = match signed {
        Some(s) => ab::is_true(ts, &s)?,
        None => false,
    };
    let v = ts.new_int_big(taipan_numeric::intops::from_bytes(&data, little, signed));
    if cls.is(&ts.types.int) {
        return Ok(v);
    }
    ab::call(ts, cls, &[v])
}

fn divmod_m(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    if int_of(b).is_none() {
        return Ok(ts.not_implemented());
    }
    Ok(ts.new_tuple(vec![floordiv(ts, a, b)?, modulo(ts, a, b)?]))
}
fn rdivmod_m(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    if int_of(b).is_none() {
        return Ok(ts.not_implemented());
    }
    Ok(ts.new_tuple(vec![floordiv(ts, b, a)?, modulo(ts, b, a)?]))
}

/// `int.__sizeof__`: the 24-byte head and the 30-bit digits (at least one, as CPython
/// allocates for zero); the type's basic size does not count (a subclass's `__dict__` word
/// neither).
fn sizeof(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let bits = match int_of(o) {
        Some(Int::Small(v)) => 64 - v.unsigned_abs().leading_zeros() as u64,
        Some(Int::Big(b)) => b.bits(),
        None => 0,
    };
    let digits = bits.div_ceil(30).max(1);
    Ok(ts.new_int(24 + 4 * digits as i64))
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("__sizeof__", Meth::NoArgs(sizeof)),
    MethodDef::new("__divmod__", Meth::O(divmod_m)),
    MethodDef::new("__rdivmod__", Meth::O(rdivmod_m)),
    MethodDef::new("__format__", Meth::O(format)),
    MethodDef::new("bit_count", Meth::NoArgs(bit_count)),
    MethodDef::new("as_integer_ratio", Meth::NoArgs(as_integer_ratio)),
    MethodDef::new("__getnewargs__", Meth::NoArgs(getnewargs)),
    MethodDef::new("__round__", Meth::Fast(round)),
    MethodDef::new("to_bytes", Meth::FastKw(to_bytes)),
    MethodDef::class("from_bytes", Meth::FastKw(from_bytes)),
    MethodDef::new("bit_length", Meth::NoArgs(bit_length)),
    MethodDef::new("conjugate", Meth::NoArgs(conjugate)),
    MethodDef::new("__trunc__", Meth::NoArgs(int_index)),
    MethodDef::new("__floor__", Meth::NoArgs(int_index)),
    MethodDef::new("__ceil__", Meth::NoArgs(int_index)),
];
static GETSETS: &[GetSetDef] = &[
    GetSetDef {
        doc: "the real part of a complex number",
        ..GetSetDef::ro("real", int_index)
    },
    GetSetDef {
        doc: "the imaginary part of a complex number",
        ..GetSetDef::ro("imag", get_zero)
    },
    GetSetDef {
        doc: "the numerator of a rational number in lowest terms",
        ..GetSetDef::ro("numerator", int_index)
    },
    GetSetDef {
        doc: "the denominator of a rational number in lowest terms",
        ..GetSetDef::ro("denominator", get_one)
    },
];

const fn number_slots() -> [Option<crate::typeobj::slots::BinaryFn>; nb::COUNT] {
    let mut n: [Option<crate::typeobj::slots::BinaryFn>; nb::COUNT] = [None; nb::COUNT];
    n[nb::ADD] = Some(add);
    n[nb::SUBTRACT] = Some(sub);
    n[nb::MULTIPLY] = Some(mul);
    n[nb::FLOOR_DIVIDE] = Some(floordiv);
    n[nb::REMAINDER] = Some(modulo);
    n[nb::TRUE_DIVIDE] = Some(truediv);
    n[nb::LSHIFT] = Some(lshift);
    n[nb::RSHIFT] = Some(rshift);
    n[nb::AND] = Some(and);
    n[nb::OR] = Some(or);
    n[nb::XOR] = Some(xor);
    n[nb::POWER] = Some(pow);
    n
}

pub static SPEC: TypeSpec = TypeSpec {
    flags: flags::BASETYPE | flags::LONG_SUBCLASS,
    slots: Slots {
        repr: Some(repr),
        hash: Some(hash),
        richcompare: Some(richcompare),
        number: number_slots(),
        power3: Some(pow3),
        neg: Some(neg),
        pos: Some(pos),
        invert: Some(invert),
        abs: Some(abs),
        bool: Some(bool_),
        int: Some(int_index),
        float: Some(to_float),
        index: Some(int_index),
        new: Some(new),
        ..Slots::NONE
    },
    methods: &[METHODS],
    getsets: GETSETS,
    doc: "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\nare given.  If x is a number, return x.__int__().  For floating point\nnumbers, this truncates towards zero.\n\nIf x is not a number or if base is given, then x must be a string,\nbytes, or bytearray instance representing an integer literal in the\ngiven base.  The literal can be preceded by '+' or '-' and be surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 means to interpret the base from the string as an integer literal.\n>>> int('0b100', base=0)\n4",
    ..TypeSpec::new("int", PayloadInfo::of::<PyInt>())
};

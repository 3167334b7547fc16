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

fn int_of(o: &ObjRef) -> Option<&Int> {
    o.downcast::<PyInt>().map(|i| &i.0)
}

fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let v = int_of(o).expect("int");
    let s = match v {
        Int::Small(x) => x.to_string(),
        Int::Big(b) => {
            if ni::bit_length(v) > 14000 {
                return Err(ts.value_error("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"));
            }
            b.to_string()
        }
    };
    Ok(ts.new_str(&s))
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
        if fx == 0.0 {
            return Err(ts.zero_division_error("0.0 cannot be raised to a negative power"));
        }
        return Ok(ts.new_float(fx.powf(fy)));
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
    let (bx, by, bz) = (x.to_big(), y.to_big(), z.to_big());
    if by.sign() == num_bigint::Sign::Minus {
        return Err(ts.value_error("base is not invertible for the given modulus"));
    }
    let mut r = bx.modpow(&by, &bz);
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
    let [x, base] = args::parse::<2>(ts, &SPEC_ARGS, args, kw)?;
    let v = match (x, base) {
        (None, None) => Int::Small(0),
        (None, Some(_)) => return Err(ts.type_error("int() missing string argument")),
        (Some(x), None) => return finish_new(ts, ty, to_int(ts, &x)?),
        (Some(x), Some(b)) => {
            let base = ab::index_isize(ts, &b)?;
            let Some(s) = x.downcast::<PyStr>() else {
                return Err(ts.type_error("int() can't convert non-string with explicit base"));
            };
            parse_int(ts, s.as_str(), base as i64)?
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

/// `int(x)` for one argument: `__int__`, `__index__`, `__trunc__`, or parsing a str.
pub fn to_int(ts: &ThreadState, x: &ObjRef) -> PyResult<ObjRef> {
    if x.is_exact(&ts.types.int) {
        return Ok(x.clone());
    }
    if let Some(i) = int_of(x) {
        return Ok(ts.new_int_big(i.clone()));
    }
    if let Some(s) = x.downcast::<PyStr>() {
        return Ok(ts.new_int_big(parse_int(ts, s.as_str(), 10)?));
    }
    if let Some(f) = x.downcast::<PyFloat>() {
        return float_to_int(ts, f.0);
    }
    let s = x.typ().slots();
    if let Some(f) = s.int.or(s.index) {
        let r = f(ts, x)?;
        if !r.is_a::<PyInt>() {
            return Err(ts.type_error(format!(
                "__int__ returned non-int (type {})",
                r.typ().name()
            )));
        }
        return Ok(r);
    }
    Err(ts.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        x.typ().name()
    )))
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

/// Parses an int literal as `int(s, base)` does (underscores, sign, whitespace, prefixes).
pub fn parse_int(ts: &ThreadState, s: &str, base: i64) -> PyResult<Int> {
    let bad = || {
        ts.value_error(format!(
            "invalid literal for int() with base {base}: {}",
            crate::types::str_::repr_str(s)
        ))
    };
    if base != 0 && !(2..=36).contains(&base) {
        return Err(ts.value_error("int() base must be >= 2 and <= 36, or 0"));
    }
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let (mut base, mut digits) = (base as u32, lower.as_str());
    for (p, b) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if (base == 0 || base == b) && digits.starts_with(p) {
            base = b;
            digits = &digits[2..];
            if digits.starts_with('_') {
                digits = &digits[1..];
            }
            break;
        }
    }
    if base == 0 {
        if digits.len() > 1
            && digits.starts_with('0')
            && digits.bytes().any(|c| c != b'0' && c != b'_')
        {
            return Err(bad());
        }
        base = 10;
    }
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return Err(bad());
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(base)) {
        // Unicode decimal digits are accepted too.
        let conv: Option<String> = clean
            .chars()
            .map(|c| {
                c.to_digit(base)
                    .and_then(|d| char::from_digit(d, base))
                    .or_else(|| unicode_digit(c))
            })
            .collect();
        match conv {
            Some(c) if base == 10 => return finish_parse(&c, 10, neg).ok_or_else(bad),
            _ => return Err(bad()),
        }
    }
    finish_parse(&clean, base, neg).ok_or_else(bad)
}

fn unicode_digit(c: char) -> Option<char> {
    // Fullwidth and other common Nd blocks: value = offset from the block's zero.
    const ZEROS: [u32; 6] = [0xFF10, 0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50];
    let u = c as u32;
    ZEROS
        .iter()
        .find(|z| (**z..**z + 10).contains(&u))
        .and_then(|z| char::from_digit(u - z, 10))
}

fn finish_parse(digits: &str, base: u32, neg: bool) -> Option<Int> {
    let v = BigInt::parse_bytes(digits.as_bytes(), base)?;
    Some(Int::from_big(if neg { -v } else { v }))
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

static METHODS: &[MethodDef] = &[
    MethodDef::new("bit_length", Meth::NoArgs(bit_length)),
    MethodDef::new("conjugate", Meth::NoArgs(conjugate)),
    MethodDef::new("__trunc__", Meth::NoArgs(int_index)),
    MethodDef::new("__floor__", Meth::NoArgs(int_index)),
    MethodDef::new("__ceil__", Meth::NoArgs(int_index)),
];
static GETSETS: &[GetSetDef] = &[
    GetSetDef::ro("real", int_index),
    GetSetDef::ro("imag", get_zero),
    GetSetDef::ro("numerator", int_index),
    GetSetDef::ro("denominator", get_one),
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

//! The `_operator` module (CPython's `Modules/_operator.c`): the operator functions as thin
//! calls into the abstract protocols (here), and `itemgetter`, `attrgetter`, `methodcaller`
//! (`getters.rs`). `operator.py` re-exports all of it with `from _operator import *`.

mod getters;

use taipan_object::abstract_ as ab;
use taipan_object::args::check_positional;
use taipan_object::typeobj::{CompareOp, Meth, MethodDef, nb};
use taipan_object::types::bytes::as_bytes_like;
use taipan_object::types::str_::PyStr;
use taipan_object::{ObjRef, PyResult, ThreadState};

use super::common::add_type;

fn two<'a>(ts: &ThreadState, name: &str, a: &'a [ObjRef]) -> PyResult<(&'a ObjRef, &'a ObjRef)> {
    check_positional(ts, name, a.len(), 2, 2)?;
    Ok((&a[0], &a[1]))
}

macro_rules! binops {
    ($( $name:ident = $op:expr ; )*) => {
        $( fn $name(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
            let (x, y) = two(ts, if stringify!($name) == "mod_" { "mod" } else { stringify!($name) }, a)?;
            ab::binary_op(ts, x, y, $op)
        } )*
    };
}
binops! {
    add = nb::ADD; sub = nb::SUBTRACT; mul = nb::MULTIPLY; matmul = nb::MATRIX_MULTIPLY;
    truediv = nb::TRUE_DIVIDE; floordiv = nb::FLOOR_DIVIDE; mod_ = nb::REMAINDER;
    pow = nb::POWER; lshift = nb::LSHIFT; rshift = nb::RSHIFT; and_ = nb::AND; or_ = nb::OR;
    xor = nb::XOR;
    iadd = nb::INPLACE + nb::ADD; isub = nb::INPLACE + nb::SUBTRACT;
    imul = nb::INPLACE + nb::MULTIPLY; imatmul = nb::INPLACE + nb::MATRIX_MULTIPLY;
    itruediv = nb::INPLACE + nb::TRUE_DIVIDE; ifloordiv = nb::INPLACE + nb::FLOOR_DIVIDE;
    imod = nb::INPLACE + nb::REMAINDER; ipow = nb::INPLACE + nb::POWER;
    ilshift = nb::INPLACE + nb::LSHIFT; irshift = nb::INPLACE + nb::RSHIFT;
    iand = nb::INPLACE + nb::AND; ior = nb::INPLACE + nb::OR; ixor = nb::INPLACE + nb::XOR;
}

macro_rules! cmps {
    ($( $name:ident = $op:expr ; )*) => {
        $( fn $name(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
            let (x, y) = two(ts, stringify!($name), a)?;
            ab::rich_compare(ts, x, y, $op)
        } )*
    };
}
cmps! {
    lt = CompareOp::Lt; le = CompareOp::Le; eq = CompareOp::Eq; ne = CompareOp::Ne;
    gt = CompareOp::Gt; ge = CompareOp::Ge;
}

fn neg(ts: &ThreadState, _: &ObjRef, o: &ObjRef) -> PyResult<ObjRef> {
    ab::neg(ts, o)
}
fn pos(ts: &ThreadState, _: &ObjRef, o: &ObjRef) -> PyResult<ObjRef> {
    ab::pos(ts, o)
}
fn abs(ts: &ThreadState, _: &ObjRef, o: &ObjRef) -> PyResult<ObjRef> {
    ab::abs(ts, o)
}
fn invert(ts: &ThreadState, _: &ObjRef, o: &ObjRef) -> PyResult<ObjRef> {
    ab::invert(ts, o)
}
fn index(ts: &ThreadState, _: &ObjRef, o: &ObjRef) -> PyResult<ObjRef> {
    ab::index(ts, o)
}
fn not_(ts: &ThreadState, _: &ObjRef, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.bool_obj(!ab::is_true(ts, o)?))
}
fn truth(ts: &ThreadState, _: &ObjRef, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.bool_obj(ab::is_true(ts, o)?))
}
fn is_(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let (x, y) = two(ts, "is_", a)?;
    Ok(ts.bool_obj(x.is(y)))
}
fn is_not(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let (x, y) = two(ts, "is_not", a)?;
    Ok(ts.bool_obj(!x.is(y)))
}
fn contains(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let (x, y) = two(ts, "contains", a)?;
    Ok(ts.bool_obj(ab::contains(ts, x, y)?))
}
fn getitem(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let (x, y) = two(ts, "getitem", a)?;
    ab::getitem(ts, x, y)
}
fn setitem(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    check_positional(ts, "setitem", a.len(), 3, 3)?;
    ab::setitem(ts, &a[0], &a[1], Some(&a[2]))?;
    Ok(ts.none())
}
fn delitem(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let (x, y) = two(ts, "delitem", a)?;
    ab::setitem(ts, x, y, None)?;
    Ok(ts.none())
}

fn is_sequence(o: &ObjRef) -> bool {
    o.typ().slots().getitem.is_some() && !o.is_a::<taipan_object::types::dict::PyDict>()
}

fn concat(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let (x, y) = two(ts, "concat", a)?;
    if !is_sequence(x) {
        return Err(ts.type_error(format!("'{}' object can't be concatenated", x.typ().name())));
    }
    ab::binary_op(ts, x, y, nb::ADD)
}
fn iconcat(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let (x, y) = two(ts, "iconcat", a)?;
    if !is_sequence(x) {
        return Err(ts.type_error(format!("'{}' object can't be concatenated", x.typ().name())));
    }
    ab::binary_op(ts, x, y, nb::INPLACE + nb::ADD)
}

fn count_of(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let (seq, v) = two(ts, "countOf", a)?;
    let it = ab::iter(ts, seq)?;
    let mut n = 0i64;
    while let Some(x) = ab::next(ts, &it)? {
        if x.is(v) || ab::eq(ts, &x, v)? {
            n += 1;
        }
    }
    Ok(ts.new_int(n))
}
fn index_of(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let (seq, v) = two(ts, "indexOf", a)?;
    let it = ab::iter(ts, seq)?;
    let mut n = 0i64;
    while let Some(x) = ab::next(ts, &it)? {
        if x.is(v) || ab::eq(ts, &x, v)? {
            return Ok(ts.new_int(n));
        }
        n += 1;
    }
    Err(ts.value_error("sequence.index(x): x not in sequence"))
}

fn length_hint(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    check_positional(ts, "length_hint", a.len(), 1, 2)?;
    let default = match a.get(1) {
        Some(d) => {
            if !d.is_a::<taipan_object::types::int::PyInt>() {
                return Err(ts.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    d.typ().name()
                )));
            }
            d.clone()
        }
        None => ts.new_int(0),
    };
    Ok(ab::length_hint(ts, &a[0])?.unwrap_or(default))
}

fn call(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    let nkw = taipan_object::args::kw_names(kw).len();
    if a.len() - nkw == 0 {
        return Err(ts.type_error("call() missing 1 required positional argument: 'obj'"));
    }
    ab::vectorcall(ts, &a[0], &a[1..], kw)
}

fn compare_digest(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let (x, y) = two(ts, "_compare_digest", a)?;
    if let (Some(p), Some(q)) = (x.downcast::<PyStr>(), y.downcast::<PyStr>()) {
        if !p.as_str().is_ascii() || !q.as_str().is_ascii() {
            return Err(
                ts.type_error("comparing strings with non-ASCII characters is not supported")
            );
        }
        return Ok(ts.bool_obj(p.as_str() == q.as_str()));
    }
    match (as_bytes_like(x), as_bytes_like(y)) {
        (Some(p), Some(q)) => Ok(ts.bool_obj(*p == *q)),
        _ => Err(ts.type_error(format!(
            "unsupported operand types(s) or combination of types: '{}' and '{}'",
            x.typ().name(),
            y.typ().name()
        ))),
    }
}

macro_rules! defs {
    ($( $py:literal => $meth:expr ),* $(,)?) => {
        &[ $( MethodDef::new($py, $meth), )* ]
    };
}

static FUNCTIONS: &[MethodDef] = defs![
    "add" => Meth::Fast(add), "sub" => Meth::Fast(sub), "mul" => Meth::Fast(mul),
    "matmul" => Meth::Fast(matmul), "truediv" => Meth::Fast(truediv),
    "floordiv" => Meth::Fast(floordiv), "mod" => Meth::Fast(mod_), "pow" => Meth::Fast(pow),
    "lshift" => Meth::Fast(lshift), "rshift" => Meth::Fast(rshift), "and_" => Meth::Fast(and_),
    "or_" => Meth::Fast(or_), "xor" => Meth::Fast(xor),
    "iadd" => Meth::Fast(iadd), "isub" => Meth::Fast(isub), "imul" => Meth::Fast(imul),
    "imatmul" => Meth::Fast(imatmul), "itruediv" => Meth::Fast(itruediv),
    "ifloordiv" => Meth::Fast(ifloordiv), "imod" => Meth::Fast(imod), "ipow" => Meth::Fast(ipow),
    "ilshift" => Meth::Fast(ilshift), "irshift" => Meth::Fast(irshift),
    "iand" => Meth::Fast(iand), "ior" => Meth::Fast(ior), "ixor" => Meth::Fast(ixor),
    "lt" => Meth::Fast(lt), "le" => Meth::Fast(le), "eq" => Meth::Fast(eq),
    "ne" => Meth::Fast(ne), "gt" => Meth::Fast(gt), "ge" => Meth::Fast(ge),
    "neg" => Meth::O(neg), "pos" => Meth::O(pos), "abs" => Meth::O(abs),
    "inv" => Meth::O(invert), "invert" => Meth::O(invert), "index" => Meth::O(index),
    "not_" => Meth::O(not_), "truth" => Meth::O(truth),
    "is_" => Meth::Fast(is_), "is_not" => Meth::Fast(is_not),
    "contains" => Meth::Fast(contains), "getitem" => Meth::Fast(getitem),
    "setitem" => Meth::Fast(setitem), "delitem" => Meth::Fast(delitem),
    "concat" => Meth::Fast(concat), "iconcat" => Meth::Fast(iconcat),
    "countOf" => Meth::Fast(count_of), "indexOf" => Meth::Fast(index_of),
    "length_hint" => Meth::Fast(length_hint), "call" => Meth::FastKw(call),
    "_compare_digest" => Meth::Fast(compare_digest),
];

/// Makes the `_operator` module.
pub fn make(ts: &ThreadState) -> ObjRef {
    let m = ts.new_builtin_module("_operator", FUNCTIONS);
    add_type(ts, &m, &getters::ITEMGETTER_SPEC);
    add_type(ts, &m, &getters::ATTRGETTER_SPEC);
    add_type(ts, &m, &getters::METHODCALLER_SPEC);
    m
}

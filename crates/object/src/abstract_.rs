//! The abstract object protocols (CPython's `Objects/abstract.c` and the generic parts of
//! `object.c`): `repr`/`str`/`hash`/truth, calls (vectorcall), attributes, the number protocol
//! with reflected and in-place forms (`binary_op`), rich comparison with the reflected
//! operand first for subclasses, subscription, containment, iteration, `isinstance`.

use std::cmp::Ordering;

use crate::error::{PyErr, PyResult};
use crate::header::ObjRef;
use crate::thread::ThreadState;
use crate::typeobj::slots::{CompareOp, nb};
use crate::typeobj::{PyType, flags, type_check};
use crate::types::dict::PyDict;
use crate::types::int::PyInt;
use crate::types::str_::PyStr;
use crate::types::tuple::PyTuple;

/// `repr(o)` (guarded against deep recursion).
pub fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let f = o.typ().slots().repr;
    ts.enter_recursive(" while getting the repr of an object")?;
    let r = match f {
        Some(f) => f(ts, o),
        None => Ok(ts.new_str(&format!("<{} object at {:#x}>", o.typ().name(), o.id()))),
    };
    ts.leave_recursive();
    let r = r?;
    if !r.is_a::<PyStr>() {
        return Err(ts.type_error(format!(
            "__repr__ returned non-string (type {})",
            r.typ().name()
        )));
    }
    Ok(r)
}

/// `repr(o)` as a Rust string.
pub fn repr_string(ts: &ThreadState, o: &ObjRef) -> PyResult<String> {
    Ok(str_of(&repr(ts, o)?).to_string())
}

/// `str(o)`.
pub fn str(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    if o.is_exact(&ts.types.str_) {
        return Ok(o.clone());
    }
    let f = o.typ().slots().str.or(o.typ().slots().repr);
    let r = match f {
        Some(f) => {
            ts.enter_native()?;
            let r = f(ts, o);
            ts.leave_native();
            r?
        }
        None => repr(ts, o)?,
    };
    if !r.is_a::<PyStr>() {
        return Err(ts.type_error(format!(
            "__str__ returned non-string (type {})",
            r.typ().name()
        )));
    }
    Ok(r)
}

/// `str(o)` as a Rust string.
pub fn str_string(ts: &ThreadState, o: &ObjRef) -> PyResult<String> {
    Ok(str_of(&str(ts, o)?).to_string())
}

/// The text of a `str` object (empty for other objects).
pub fn str_of(o: &ObjRef) -> &str {
    o.downcast::<PyStr>().map_or("", |s| s.as_str())
}

/// `hash(o)`.
#[inline]
pub fn hash(ts: &ThreadState, o: &ObjRef) -> PyResult<i64> {
    if o.is_exact(&ts.types.str_) {
        // SAFETY: an exact str.
        return Ok(unsafe { o.payload_unchecked::<PyStr>() }.hash());
    }
    match o.typ().slots().hash {
        Some(f) => f(ts, o),
        None => Err(ts.type_error(format!("unhashable type: '{}'", o.typ().name()))),
    }
}

/// Checks what `__hash__` returned: an int, reduced as CPython's `slot_tp_hash`.
pub fn hash_result(ts: &ThreadState, r: &ObjRef) -> PyResult<i64> {
    match r.downcast::<PyInt>() {
        Some(i) => {
            // `slot_tp_hash`: a value fitting in Py_ssize_t is the hash itself; a larger
            // one is hashed as an int.
            let h = match &i.0 {
                taipan_ast::Int::Small(v) => *v,
                big => crate::types::int::hash_int(big),
            };
            Ok(if h == -1 { -2 } else { h })
        }
        None => Err(ts.type_error("__hash__ method should return an integer")),
    }
}

/// Checks what `__len__` returned.
pub fn len_result(ts: &ThreadState, r: &ObjRef) -> PyResult<usize> {
    let Some(i) = r.downcast::<PyInt>() else {
        // PyNumber_AsSsize_t: `__index__`, or "'T' object cannot be interpreted as an integer".
        let i = index(ts, r)?;
        return len_result(ts, &i);
    };
    match &i.0 {
        taipan_ast::Int::Small(v) if *v >= 0 => Ok(*v as usize),
        taipan_ast::Int::Small(_) => Err(ts.value_error("__len__() should return >= 0")),
        // `slot_sq_length` checks the sign before the size.
        taipan_ast::Int::Big(b) if b.sign() == num_bigint::Sign::Minus => {
            Err(ts.value_error("__len__() should return >= 0"))
        }
        taipan_ast::Int::Big(_) => {
            Err(ts.overflow_error("cannot fit 'int' into an index-sized integer"))
        }
    }
}

/// `bool(o)` (`PyObject_IsTrue`).
#[inline]
pub fn is_true(ts: &ThreadState, o: &ObjRef) -> PyResult<bool> {
    if o.is(ts.true_ref()) {
        return Ok(true);
    }
    if o.is(ts.false_ref()) || ts.is_none(o) {
        return Ok(false);
    }
    let s = o.typ().slots();
    if let Some(f) = s.bool {
        return f(ts, o);
    }
    if let Some(f) = s.len {
        return Ok(f(ts, o)? != 0);
    }
    Ok(true)
}

/// `len(o)`.
pub fn len(ts: &ThreadState, o: &ObjRef) -> PyResult<usize> {
    match o.typ().slots().len {
        Some(f) => f(ts, o),
        None => Err(ts.type_error(format!("object of type '{}' has no len()", o.typ().name()))),
    }
}

// ---- calls ----

/// Calls `f(*args)` with the values of the keywords named by `kwnames` at the end of `args`
/// (vectorcall), guarded against unbounded native recursion.
#[inline]
pub fn vectorcall(
    ts: &ThreadState,
    f: &ObjRef,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    match f.typ().slots().call {
        Some(c) => {
            ts.enter_native()?;
            let r = c(ts, f, args, kwnames);
            ts.leave_native();
            r
        }
        None => Err(ts.type_error(format!("'{}' object is not callable", f.typ().name()))),
    }
}

/// `f(*args)`.
#[inline]
pub fn call(ts: &ThreadState, f: &ObjRef, args: &[ObjRef]) -> PyResult<ObjRef> {
    vectorcall(ts, f, args, None)
}

/// `f(*args, **kwargs)` with a tuple and an optional dict (`CALL_FUNCTION_EX`).
pub fn call_with_dict(
    ts: &ThreadState,
    f: &ObjRef,
    args: &[ObjRef],
    kwargs: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let Some(kw) = kwargs.and_then(|k| k.downcast::<PyDict>()) else {
        return vectorcall(ts, f, args, None);
    };
    if kw.len() == 0 {
        return vectorcall(ts, f, args, None);
    }
    let mut all = args.to_vec();
    let mut names = Vec::with_capacity(kw.len());
    for (k, v) in kw.items() {
        if !k.is_a::<PyStr>() {
            return Err(ts.type_error("keywords must be strings"));
        }
        names.push(k);
        all.push(v);
    }
    let kwnames = ts.new_tuple(names);
    vectorcall(ts, f, &all, Some(&kwnames))
}

/// Calls `f`, an attribute found on `type(obj)`, as a method of `obj` with `args`: functions
/// and method descriptors get `obj` prepended (no bound method is made), anything else is
/// bound through `__get__` first.
pub fn call_unbound(
    ts: &ThreadState,
    f: &ObjRef,
    obj: &ObjRef,
    args: &[ObjRef],
) -> PyResult<ObjRef> {
    if f.typ().has_flag(flags::METHOD_DESCRIPTOR) {
        let mut v = Vec::with_capacity(args.len() + 1);
        v.push(obj.clone());
        v.extend_from_slice(args);
        vectorcall(ts, f, &v, None)
    } else {
        let b = descr_get(ts, f, Some(obj), Some(obj.class()))?;
        vectorcall(ts, &b, args, None)
    }
}

/// As [`call_unbound`], with `args_with_self[0]` the receiver already in place.
pub fn call_descr_unbound(
    ts: &ThreadState,
    f: &ObjRef,
    obj: &ObjRef,
    args_with_self: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    if f.typ().has_flag(flags::METHOD_DESCRIPTOR) {
        vectorcall(ts, f, args_with_self, kwnames)
    } else {
        let b = descr_get(ts, f, Some(obj), Some(obj.class()))?;
        vectorcall(ts, &b, &args_with_self[1..], kwnames)
    }
}

/// `obj.name(*args)`.
pub fn call_method(
    ts: &ThreadState,
    obj: &ObjRef,
    name: &str,
    args: &[ObjRef],
) -> PyResult<ObjRef> {
    let f = getattr_str(ts, obj, name)?;
    call(ts, &f, args)
}

/// Binds a descriptor: `d.__get__(obj, ty)` when `d`'s type has `descr_get`, else `d`.
#[inline]
pub fn descr_get(
    ts: &ThreadState,
    d: &ObjRef,
    obj: Option<&ObjRef>,
    ty: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    match d.typ().slots().descr_get {
        Some(g) => g(ts, d, obj, ty),
        None => Ok(d.clone()),
    }
}

// ---- attributes ----

/// Checks an attribute name (`attribute name must be string, not 'int'`), interned.
pub fn check_attr_name(ts: &ThreadState, name: &ObjRef) -> PyResult<ObjRef> {
    if !name.is_a::<PyStr>() {
        return Err(ts.type_error(format!(
            "attribute name must be string, not '{}'",
            name.typ().name()
        )));
    }
    Ok(ts.intern_obj(name))
}

/// `getattr(o, name)` (`name` an interned str).
#[inline]
pub fn getattr(ts: &ThreadState, o: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
    match o.typ().slots().getattro {
        Some(g) => g(ts, o, name).map_err(|e| attribute_error_context(ts, e, o, name)),
        None => Err(crate::attr::no_attribute(ts, o, name)),
    }
}

/// `set_attribute_error_context`: an AttributeError leaving `getattr` (a `__getattr__`'s
/// own included) records the object and name, for `name`/`obj` and the suggestions.
#[cold]
fn attribute_error_context(ts: &ThreadState, e: PyErr, o: &ObjRef, name: &ObjRef) -> PyErr {
    if e.matches(&ts.exc.attribute_error) {
        crate::types::exceptions::augment_attr_error(ts, &e, o, name);
    }
    e
}

/// `getattr(o, name, None)`-like: `Ok(None)` when the attribute is missing (AttributeError
/// swallowed; the generic lookup makes no exception at all).
pub fn getattr_opt(ts: &ThreadState, o: &ObjRef, name: &ObjRef) -> PyResult<Option<ObjRef>> {
    let g = o.typ().slots().getattro;
    if g.map(|f| f as usize) == Some(crate::attr::generic_getattr as *const () as usize) {
        // An AttributeError raised by a descriptor (a property) also means "absent".
        return match crate::attr::generic_getattr_opt(ts, o, name) {
            Err(e) if e.matches(&ts.exc.attribute_error) => Ok(None),
            r => r,
        };
    }
    // The slot itself: an AttributeError swallowed here needs no `name`/`obj` context.
    let Some(g) = g else {
        return Ok(None);
    };
    match g(ts, o, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(&ts.exc.attribute_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `getattr(o, "name")`.
pub fn getattr_str(ts: &ThreadState, o: &ObjRef, name: &str) -> PyResult<ObjRef> {
    getattr(ts, o, &ts.intern(name))
}

/// `setattr(o, name, v)`; `None` deletes.
pub fn setattr(ts: &ThreadState, o: &ObjRef, name: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    match o.typ().slots().setattro {
        Some(s) => s(ts, o, name, v),
        None => Err(ts.type_error(format!(
            "'{}' object has no attributes ({} .{})",
            o.typ().name(),
            if v.is_some() { "assign to" } else { "del" },
            str_of(name)
        ))),
    }
}

// ---- numbers ----

/// `binary_op1`: the left operand's slot, the right's (first, when its type is a proper
/// subclass of the left's); `NotImplemented` when both decline.
fn binary_op1(ts: &ThreadState, a: &ObjRef, b: &ObjRef, op: usize) -> PyResult<ObjRef> {
    let sa = a.typ().slots().number[op];
    let mut sb = if a.class().is(b.class()) {
        None
    } else {
        b.typ().slots().number[op]
    };
    if sb.map(|f| f as usize) == sa.map(|f| f as usize) {
        sb = None;
    }
    if let Some(fa) = sa {
        if let Some(fb) = sb
            && b.typ().is_subtype(a.class())
        {
            let r = fb(ts, a, b)?;
            if !ts.is_not_implemented(&r) {
                return Ok(r);
            }
            sb = None;
        }
        let r = fa(ts, a, b)?;
        if !ts.is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if let Some(fb) = sb {
        return fb(ts, a, b);
    }
    Ok(ts.not_implemented())
}

fn unsupported(ts: &ThreadState, a: &ObjRef, b: &ObjRef, op: usize) -> PyErr {
    let sym = nb::SYMBOLS[op];
    if op == nb::POWER {
        return ts.type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
            a.typ().name(),
            b.typ().name()
        ));
    }
    ts.type_error(format!(
        "unsupported operand type(s) for {sym}: '{}' and '{}'",
        a.typ().name(),
        b.typ().name()
    ))
}

/// `a <op> b` for a `BINARY_OP` argument (`NB_*`, in-place forms from 13): the in-place slot
/// first, then the plain operator; sequence `+`/`*` are the types' own number slots.
pub fn binary_op(ts: &ThreadState, a: &ObjRef, b: &ObjRef, op: usize) -> PyResult<ObjRef> {
    if op >= nb::INPLACE {
        if let Some(f) = a.typ().slots().number[op] {
            let r = f(ts, a, b)?;
            if !ts.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        let r = binary_op1(ts, a, b, op - nb::INPLACE)?;
        if ts.is_not_implemented(&r) {
            return Err(unsupported(ts, a, b, op));
        }
        return Ok(r);
    }
    let r = binary_op1(ts, a, b, op)?;
    if ts.is_not_implemented(&r) {
        if op == nb::MULTIPLY || op == nb::ADD {
            return Err(
                if op == nb::ADD
                    && (a.is_a::<PyStr>() || b.is_a::<PyStr>())
                    && a.is_a::<PyStr>() != b.is_a::<PyStr>()
                    && a.is_a::<PyStr>()
                {
                    ts.type_error(format!(
                        "can only concatenate str (not \"{}\") to str",
                        b.typ().name()
                    ))
                } else if op == nb::MULTIPLY && (is_sequence(ts, a) || is_sequence(ts, b)) {
                    let other = if is_sequence(ts, a) { b } else { a };
                    ts.type_error(format!(
                        "can't multiply sequence by non-int of type '{}'",
                        other.typ().name()
                    ))
                } else {
                    unsupported(ts, a, b, op)
                },
            );
        }
        return Err(unsupported(ts, a, b, op));
    }
    Ok(r)
}

/// The type repeats by `*` (CPython's `sq_repeat`).
fn is_sequence(ts: &ThreadState, o: &ObjRef) -> bool {
    let _ = ts;
    o.typ().has_flag(crate::typeobj::flags::SEQ_REPEAT)
}

macro_rules! unary {
    ($fname:ident, $slot:ident, $sym:literal) => {
        #[doc = concat!("`", $sym, "o`.")]
        pub fn $fname(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
            match o.typ().slots().$slot {
                Some(f) => f(ts, o),
                None => Err(ts.type_error(format!(
                    concat!("bad operand type for ", $sym, ": '{}'"),
                    o.typ().name()
                ))),
            }
        }
    };
}
unary!(neg, neg, "unary -");
unary!(pos, pos, "unary +");
unary!(invert, invert, "unary ~");
unary!(abs, abs, "abs()");

/// `operator.index(o)` (`__index__`), as an int object.
pub fn index(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    if o.is_exact(&ts.types.int) {
        return Ok(o.clone());
    }
    match o.typ().slots().index {
        Some(f) => {
            let r = f(ts, o)?;
            if !r.is_a::<PyInt>() {
                return Err(ts.type_error(format!(
                    "__index__ returned non-int (type {})",
                    r.typ().name()
                )));
            }
            Ok(r)
        }
        None => Err(ts.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            o.typ().name()
        ))),
    }
}

/// `o.__index__()` as an `isize` (`PyNumber_AsSsize_t` with `OverflowError`, or clamped for
/// slices when `clamp`).
pub fn index_isize(ts: &ThreadState, o: &ObjRef) -> PyResult<isize> {
    let i = index(ts, o)?;
    // SAFETY: `index` returns int objects.
    let v = unsafe { i.payload_unchecked::<PyInt>() };
    match &v.0 {
        taipan_ast::Int::Small(v) => Ok(*v as isize),
        taipan_ast::Int::Big(_) => Err(ts.new_error(
            &ts.exc.index_error,
            format!(
                "cannot fit '{}' into an index-sized integer",
                o.typ().name()
            ),
        )),
    }
}

// ---- comparison ----

/// `a <op> b` (`PyObject_RichCompare`): the reflected method first when `type(b)` is a proper
/// subclass of `type(a)` overriding it; `==`/`!=` fall back to identity.
pub fn rich_compare(ts: &ThreadState, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    ts.enter_recursive(" in comparison")?;
    let r = rich_compare_inner(ts, a, b, op);
    ts.leave_recursive();
    r
}

fn rich_compare_inner(ts: &ThreadState, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    let mut checked_reverse = false;
    if !a.class().is(b.class())
        && b.typ().is_subtype(a.class())
        && let Some(f) = b.typ().slots().richcompare
    {
        checked_reverse = true;
        let r = f(ts, b, a, op.swapped())?;
        if !ts.is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if let Some(f) = a.typ().slots().richcompare {
        let r = f(ts, a, b, op)?;
        if !ts.is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if !checked_reverse && let Some(f) = b.typ().slots().richcompare {
        let r = f(ts, b, a, op.swapped())?;
        if !ts.is_not_implemented(&r) {
            return Ok(r);
        }
    }
    match op {
        CompareOp::Eq => Ok(ts.bool_obj(a.is(b))),
        CompareOp::Ne => Ok(ts.bool_obj(!a.is(b))),
        _ => Err(ts.type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            a.typ().name(),
            b.typ().name()
        ))),
    }
}

/// `a <op> b` as a bool; identity implies `==` (`PyObject_RichCompareBool`).
#[inline]
pub fn rich_compare_bool(
    ts: &ThreadState,
    a: &ObjRef,
    b: &ObjRef,
    op: CompareOp,
) -> PyResult<bool> {
    if a.is(b) {
        if op == CompareOp::Eq {
            return Ok(true);
        }
        if op == CompareOp::Ne {
            return Ok(false);
        }
    }
    let r = rich_compare(ts, a, b, op)?;
    is_true(ts, &r)
}

/// `a == b`.
#[inline]
pub fn eq(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
    rich_compare_bool(ts, a, b, CompareOp::Eq)
}

/// Orders two objects with `<` then `==`-free logic (for sorting: `a < b`).
pub fn lt(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
    rich_compare_bool(ts, a, b, CompareOp::Lt)
}

/// Compares element sequences lexicographically (tuples and lists).
pub fn compare_sequences(
    ts: &ThreadState,
    a: &[ObjRef],
    b: &[ObjRef],
    op: CompareOp,
) -> PyResult<bool> {
    let n = a.len().min(b.len());
    for i in 0..n {
        if !eq(ts, &a[i], &b[i])? {
            return match op {
                CompareOp::Eq => Ok(false),
                CompareOp::Ne => Ok(true),
                _ => rich_compare_bool(ts, &a[i], &b[i], op),
            };
        }
    }
    Ok(op.test(a.len().cmp(&b.len())))
}

/// Compares by an ordering (helper for types with a total order).
pub fn cmp_result(ts: &ThreadState, ord: Ordering, op: CompareOp) -> ObjRef {
    ts.bool_obj(op.test(ord))
}

// ---- containers ----

/// `o[k]`.
pub fn getitem(ts: &ThreadState, o: &ObjRef, k: &ObjRef) -> PyResult<ObjRef> {
    if let Some(f) = o.typ().slots().getitem {
        return f(ts, o, k);
    }
    if let Some(t) = o.downcast::<PyType>() {
        if o.is(&ts.types.type_) {
            return crate::types::typetype::generic_alias(ts, o, k);
        }
        if let Some(f) = t.lookup(ts, &ts.names.__class_getitem__) {
            let f = descr_get(ts, &f, None, Some(o))?;
            return call(ts, &f, std::slice::from_ref(k));
        }
        return crate::types::typetype::generic_alias(ts, o, k);
    }
    Err(ts.type_error(format!("'{}' object is not subscriptable", o.typ().name())))
}

/// `o[k] = v`; `None` deletes.
pub fn setitem(ts: &ThreadState, o: &ObjRef, k: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    match o.typ().slots().setitem {
        Some(f) => f(ts, o, k, v),
        None => Err(ts.type_error(if v.is_some() {
            format!(
                "'{}' object does not support item assignment",
                o.typ().name()
            )
        } else {
            format!("'{}' object doesn't support item deletion", o.typ().name())
        })),
    }
}

/// `k in o`.
pub fn contains(ts: &ThreadState, o: &ObjRef, k: &ObjRef) -> PyResult<bool> {
    match o.typ().slots().contains {
        Some(f) => f(ts, o, k),
        None => contains_by_iter(ts, o, k),
    }
}

/// `k in o` by iteration (`_PySequence_IterSearch`).
pub fn contains_by_iter(ts: &ThreadState, o: &ObjRef, k: &ObjRef) -> PyResult<bool> {
    let it = match iter(ts, o) {
        Ok(it) => it,
        Err(e) if e.matches(&ts.exc.type_error) => {
            return Err(ts.type_error(format!(
                "argument of type '{}' is not iterable",
                o.typ().name()
            )));
        }
        Err(e) => return Err(e),
    };
    while let Some(x) = next(ts, &it)? {
        if eq(ts, &x, k)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `iter(o)`: the `iter` slot, or the sequence protocol via `__getitem__`.
pub fn iter(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    match o.typ().slots().iter {
        Some(f) => {
            let it = f(ts, o)?;
            if it.typ().slots().iternext.is_none() {
                return Err(ts.type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    it.typ().name()
                )));
            }
            Ok(it)
        }
        None if o.typ().slots().getitem.is_some() => crate::types::seqiter::new_seq_iter(ts, o),
        None => Err(ts.type_error(format!("'{}' object is not iterable", o.typ().name()))),
    }
}

/// `next(it)`: `Ok(None)` at exhaustion.
#[inline]
pub fn next(ts: &ThreadState, it: &ObjRef) -> PyResult<Option<ObjRef>> {
    match it.typ().slots().iternext {
        // An exhausted iterator may raise StopIteration(value) (a generator's return).
        Some(f) => match f(ts, it) {
            Err(e) if e.matches(&ts.exc.stop_iteration) => Ok(None),
            r => r,
        },
        None => Err(ts.type_error(format!("'{}' object is not an iterator", it.typ().name()))),
    }
}

/// Collects an iterable into a vector (fast for lists and tuples).
pub fn collect(ts: &ThreadState, o: &ObjRef) -> PyResult<Vec<ObjRef>> {
    if let Some(t) = o.downcast::<PyTuple>() {
        return Ok(t.items().to_vec());
    }
    if let Some(l) = o.downcast::<crate::types::list::PyList>() {
        return Ok(l.to_vec());
    }
    // As list_extend: room for the length hint first, so that `list(range(10**12))` is a
    // MemoryError rather than a process that fills memory.
    let mut v = Vec::new();
    if let Some(hint) = length_hint(ts, o)?
        && let Some(n) = crate::types::int::as_i64(&hint)
    {
        let n = usize::try_from(n).unwrap_or(usize::MAX);
        ts.check_alloc(n, std::mem::size_of::<ObjRef>())?;
        v.reserve(n);
    }
    let it = iter(ts, o)?;
    while let Some(x) = next(ts, &it)? {
        v.push(x);
    }
    Ok(v)
}

/// PyObject_LengthHint without the default: `len(o)` when `o` has `__len__` (a TypeError
/// from it means no hint), else `__length_hint__()` checked as CPython does; `None` when
/// neither gives one (or the hint is NotImplemented).
pub fn length_hint(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    if o.typ().slots().len.is_some() {
        match len(ts, o) {
            Ok(n) => return Ok(Some(ts.new_int(n as i64))),
            Err(e) if e.matches(&ts.exc.type_error) => {}
            Err(e) => return Err(e),
        }
    }
    let Some(hint) = o
        .class()
        .typ_payload()
        .lookup(ts, &ts.names.__length_hint__)
    else {
        return Ok(None);
    };
    let r = match call_unbound(ts, &hint, o, &[]) {
        Ok(r) => r,
        Err(e) if e.matches(&ts.exc.type_error) => return Ok(None),
        Err(e) => return Err(e),
    };
    if ts.is_not_implemented(&r) {
        return Ok(None);
    }
    if !r.is_a::<PyInt>() {
        return Err(ts.type_error(format!(
            "__length_hint__ must be an integer, not {}",
            r.typ().name()
        )));
    }
    if lt(ts, &r, &ts.new_int(0))? {
        return Err(ts.value_error("__length_hint__() should return >= 0"));
    }
    Ok(Some(r))
}

// ---- isinstance ----

/// `check` over a tuple of classes (nested tuples recurse, counted against the recursion
/// limit as CPython's): the first error or `True` ends it.
fn any_of(
    ts: &ThreadState,
    context: &str,
    classes: &PyTuple,
    mut check: impl FnMut(&ObjRef) -> PyResult<bool>,
) -> PyResult<bool> {
    ts.enter_recursive(context)?;
    let mut found = Ok(false);
    for c in classes.items() {
        match check(c) {
            Ok(false) => {}
            r => {
                found = r;
                break;
            }
        }
    }
    ts.leave_recursive();
    found
}

/// `isinstance(o, cls)` with tuples of classes and `__instancecheck__`.
pub fn is_instance(ts: &ThreadState, o: &ObjRef, cls: &ObjRef) -> PyResult<bool> {
    if o.class().is(cls) {
        return Ok(true);
    }
    if cls.is_exact(&ts.types.type_) && type_check(o, cls) {
        return Ok(true);
    }
    if let Some(u) = cls.downcast::<crate::types::genericalias::PyUnion>() {
        return is_instance(ts, o, u.args());
    }
    if let Some(t) = cls.downcast::<PyTuple>() {
        return any_of(ts, " in __instancecheck__", t, |c| is_instance(ts, o, c));
    }
    if let Some(f) = cls.typ().lookup(ts, &ts.names.__instancecheck__)
        && (!f.is_a::<crate::types::descr::PyMethodDescr>()
            || cls.is_a::<crate::types::genericalias::PyGenericAlias>())
    {
        let r = call_unbound(ts, &f, cls, std::slice::from_ref(o))?;
        return is_true(ts, &r);
    }
    if cls.is_a::<PyType>() {
        if type_check(o, cls) {
            return Ok(true);
        }
        // CPython's `object_isinstance`: a `__class__` that differs from the type counts.
        let c = getattr_opt(ts, o, &ts.names.__class__)?;
        return Ok(c.is_some_and(|c| {
            !c.is(o.class()) && c.downcast::<PyType>().is_some_and(|t| t.is_subtype(cls))
        }));
    }
    // An "abstract class": anything with a `__bases__` tuple (`check_class`).
    if abstract_get_bases(ts, cls)?.is_none() {
        return Err(
            ts.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")
        );
    }
    match getattr_opt(ts, o, &ts.names.__class__)? {
        Some(c) => abstract_issubclass(ts, &c, cls),
        None => Ok(false),
    }
}

/// `abstract_get_bases`: `cls.__bases__` if it is a tuple (AttributeError means none).
fn abstract_get_bases(ts: &ThreadState, cls: &ObjRef) -> PyResult<Option<ObjRef>> {
    let b = getattr_opt(ts, cls, &ts.intern("__bases__"))?;
    Ok(b.filter(|b| b.is_a::<PyTuple>()))
}

/// `abstract_issubclass`: walks `__bases__` tuples depth first.
fn abstract_issubclass(ts: &ThreadState, derived: &ObjRef, cls: &ObjRef) -> PyResult<bool> {
    let mut derived = derived.clone();
    loop {
        if derived.is(cls) {
            return Ok(true);
        }
        let Some(bases) = abstract_get_bases(ts, &derived)? else {
            return Ok(false);
        };
        let items = bases.downcast::<PyTuple>().expect("tuple").items().to_vec();
        match items.len() {
            0 => return Ok(false),
            1 => derived = items[0].clone(),
            _ => {
                for b in &items {
                    ts.enter_recursive(" in __issubclass__")?;
                    let r = abstract_issubclass(ts, b, cls);
                    ts.leave_recursive();
                    if r? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
        }
    }
}

/// `issubclass(c, cls)`.
pub fn is_subclass(ts: &ThreadState, c: &ObjRef, cls: &ObjRef) -> PyResult<bool> {
    if let Some(u) = cls.downcast::<crate::types::genericalias::PyUnion>() {
        return is_subclass(ts, c, u.args());
    }
    if let Some(t) = cls.downcast::<PyTuple>() {
        return any_of(ts, " in __subclasscheck__", t, |x| is_subclass(ts, c, x));
    }
    if !cls.is_exact(&ts.types.type_)
        && let Some(f) = cls.typ().lookup(ts, &ts.names.__subclasscheck__)
        && (!f.is_a::<crate::types::descr::PyMethodDescr>()
            || cls.is_a::<crate::types::genericalias::PyGenericAlias>())
    {
        let r = call_unbound(ts, &f, cls, std::slice::from_ref(c))?;
        return is_true(ts, &r);
    }
    // `recursive_issubclass`.
    if let Some(ct) = c.downcast::<PyType>()
        && cls.is_a::<PyType>()
    {
        return Ok(ct.is_subtype(cls));
    }
    if abstract_get_bases(ts, c)?.is_none() {
        return Err(ts.type_error("issubclass() arg 1 must be a class"));
    }
    if abstract_get_bases(ts, cls)?.is_none() {
        return Err(
            ts.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
        );
    }
    abstract_issubclass(ts, c, cls)
}

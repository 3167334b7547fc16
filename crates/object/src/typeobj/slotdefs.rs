//! CPython's `slotdefs` (typeobject.c): the table tying each dunder to its slot. It gives
//! built-in types their wrapper descriptors (`int.__add__`, `list.__len__`: `add_wrappers`),
//! and heap types their slot functions that call the dunder (`slot_tp_repr`, `slot_nb_add`...:
//! `fixup_heap_slots`, also run when a dunder is assigned on a class).

use crate::abstract_ as ab;
use crate::error::PyResult;
use crate::header::ObjRef;
use crate::thread::ThreadState;
use crate::typeobj::slots::{CompareOp, Slots, nb};
use crate::types::descr;

/// One dunder/slot pair.
pub struct SlotDef {
    pub name: &'static str,
    /// Whether the slot is filled.
    pub present: fn(&Slots) -> bool,
    /// Calls the slot of `owner` (a wrapper descriptor's body): `self`, then the arguments.
    pub wrap: fn(&ThreadState, &Slots, &ObjRef, &[ObjRef]) -> PyResult<ObjRef>,
    /// Sets the slot to the function that looks the dunder up and calls it.
    pub install: fn(&mut Slots),
    /// Copies the slot from another type's slots (a static type's own function).
    pub copy: fn(&mut Slots, &Slots),
    /// Whether two types' slots hold the same function.
    pub same: fn(&Slots, &Slots) -> bool,
}

fn nargs(ts: &ThreadState, name: &str, args: &[ObjRef], n: usize) -> PyResult<()> {
    if args.len() != n {
        return Err(ts.type_error(format!(
            "expected {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            args.len()
        )));
    }
    let _ = name;
    Ok(())
}

/// Calls `type(obj).<name>` bound to `obj` with `args` (CPython's `vectorcall_method`);
/// `None` when the type has no such attribute.
pub fn call_dunder(
    ts: &ThreadState,
    obj: &ObjRef,
    name: &ObjRef,
    args: &[ObjRef],
) -> Option<PyResult<ObjRef>> {
    let f = obj.typ().lookup(ts, name)?;
    Some(ab::call_unbound(ts, &f, obj, args))
}

fn dunder(ts: &ThreadState, obj: &ObjRef, name: &ObjRef, args: &[ObjRef]) -> PyResult<ObjRef> {
    match call_dunder(ts, obj, name, args) {
        Some(r) => r,
        None => Err(ts.attribute_error(ab::str_of(name))),
    }
}

macro_rules! unary_slot {
    ($fname:ident, $dunder:ident) => {
        fn $fname(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
            dunder(ts, o, &ts.names.$dunder, &[])
        }
    };
}
unary_slot!(slot_repr, __repr__);
unary_slot!(slot_str, __str__);
/// `slot_tp_iter`: `__iter__ = None` makes instances not iterable.
fn slot_iter(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    match o.typ().lookup(ts, &ts.names.__iter__) {
        Some(f) if ts.is_none(&f) => {
            Err(ts.type_error(format!("'{}' object is not iterable", o.typ().name())))
        }
        Some(f) => ab::call_unbound(ts, &f, o, &[]),
        None => Err(ts.attribute_error("__iter__")),
    }
}
unary_slot!(slot_neg, __neg__);
unary_slot!(slot_pos, __pos__);
unary_slot!(slot_invert, __invert__);
unary_slot!(slot_abs, __abs__);
unary_slot!(slot_int, __int__);
unary_slot!(slot_float, __float__);
unary_slot!(slot_index, __index__);

fn slot_hash(ts: &ThreadState, o: &ObjRef) -> PyResult<i64> {
    let f = o.typ().lookup(ts, &ts.names.__hash__);
    match f {
        Some(f) if !ts.is_none(&f) => {
            let r = ab::call_unbound(ts, &f, o, &[])?;
            ab::hash_result(ts, &r)
        }
        _ => Err(ts.type_error(format!("unhashable type: '{}'", o.typ().name()))),
    }
}
/// Three-argument `pow(b, e, m)` on a heap type: `b.__pow__(e, m)`.
fn slot_power3(ts: &ThreadState, b: &ObjRef, e: &ObjRef, m: &ObjRef) -> PyResult<ObjRef> {
    match call_dunder(ts, b, &ts.intern("__pow__"), &[e.clone(), m.clone()]) {
        Some(r) => r,
        None => Ok(ts.not_implemented()),
    }
}
fn slot_bool(ts: &ThreadState, o: &ObjRef) -> PyResult<bool> {
    if let Some(r) = call_dunder(ts, o, &ts.names.__bool__, &[]) {
        let r = r?;
        if r.is(ts.true_ref()) {
            return Ok(true);
        }
        if r.is(ts.false_ref()) {
            return Ok(false);
        }
        return Err(ts.type_error(format!(
            "__bool__ should return bool, returned {}",
            r.typ().name()
        )));
    }
    if let Some(r) = call_dunder(ts, o, &ts.names.__len__, &[]) {
        let n = ab::len_result(ts, &r?)?;
        return Ok(n != 0);
    }
    Ok(true)
}
fn slot_len(ts: &ThreadState, o: &ObjRef) -> PyResult<usize> {
    let r = dunder(ts, o, &ts.names.__len__, &[])?;
    ab::len_result(ts, &r)
}
fn slot_getitem(ts: &ThreadState, o: &ObjRef, k: &ObjRef) -> PyResult<ObjRef> {
    dunder(ts, o, &ts.names.__getitem__, std::slice::from_ref(k))
}
fn slot_setitem(ts: &ThreadState, o: &ObjRef, k: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    match v {
        Some(v) => dunder(ts, o, &ts.names.__setitem__, &[k.clone(), v.clone()]),
        None => dunder(ts, o, &ts.names.__delitem__, std::slice::from_ref(k)),
    }
    .map(drop)
}
fn slot_contains(ts: &ThreadState, o: &ObjRef, k: &ObjRef) -> PyResult<bool> {
    match call_dunder(ts, o, &ts.names.__contains__, std::slice::from_ref(k)) {
        Some(r) => ab::is_true(ts, &r?),
        None => ab::contains_by_iter(ts, o, k),
    }
}
fn slot_iternext(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    match dunder(ts, o, &ts.names.__next__, &[]) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(&ts.exc.stop_iteration) => Ok(None),
        Err(e) => Err(e),
    }
}
fn slot_call(
    ts: &ThreadState,
    o: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let f = o
        .typ()
        .lookup(ts, &ts.names.__call__)
        .ok_or_else(|| ts.type_error(format!("'{}' object is not callable", o.typ().name())))?;
    let mut v = Vec::with_capacity(args.len() + 1);
    v.push(o.clone());
    v.extend_from_slice(args);
    ab::call_descr_unbound(ts, &f, o, &v, kw)
}
fn slot_init(ts: &ThreadState, o: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<()> {
    let f = o
        .typ()
        .lookup(ts, &ts.names.__init__)
        .ok_or_else(|| ts.type_error("no __init__"))?;
    let mut v = Vec::with_capacity(args.len() + 1);
    v.push(o.clone());
    v.extend_from_slice(args);
    let r = ab::call_descr_unbound(ts, &f, o, &v, kw)?;
    if !ts.is_none(&r) {
        return Err(ts.type_error(format!(
            "__init__() should return None, not '{}'",
            r.typ().name()
        )));
    }
    Ok(())
}
/// The `new` slot of a class that defines `__new__` in Python (CPython's `slot_tp_new`).
pub(crate) fn slot_new(
    ts: &ThreadState,
    ty: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    // `__new__` is a staticmethod: call it with the type first.
    let f = ty
        .typ_payload()
        .lookup(ts, &ts.names.__new__)
        .ok_or_else(|| ts.type_error("no __new__"))?;
    let f = ab::descr_get(ts, &f, None, Some(ty))?;
    let mut v = Vec::with_capacity(args.len() + 1);
    v.push(ty.clone());
    v.extend_from_slice(args);
    ab::vectorcall(ts, &f, &v, kw)
}
fn slot_getattro(ts: &ThreadState, o: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
    // `__getattribute__` (if overridden), then `__getattr__` on AttributeError.
    let typ = o.typ();
    let ga = typ.lookup(ts, &ts.names.__getattribute__);
    let r = match ga {
        Some(f) if !f.is_a::<descr::PyWrapperDescr>() => {
            ab::call_unbound(ts, &f, o, std::slice::from_ref(name))
        }
        // A built-in `__getattribute__` (`object`'s, `type`'s, `module`'s): its type's slot.
        Some(f) => match f
            .downcast::<descr::PyWrapperDescr>()
            .and_then(|w| w.owner.typ_payload().slots().getattro)
        {
            Some(g) if g as usize != slot_getattro as *const () as usize => g(ts, o, name),
            _ => crate::attr::generic_getattr(ts, o, name),
        },
        None => crate::attr::generic_getattr(ts, o, name),
    };
    match r {
        Err(e) if e.matches(&ts.exc.attribute_error) => {
            match typ.lookup(ts, &ts.names.__getattr__) {
                Some(f) => ab::call_unbound(ts, &f, o, std::slice::from_ref(name)),
                None => Err(e),
            }
        }
        r => r,
    }
}
fn slot_setattro(ts: &ThreadState, o: &ObjRef, name: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    match v {
        Some(v) => dunder(ts, o, &ts.names.__setattr__, &[name.clone(), v.clone()]),
        None => dunder(ts, o, &ts.names.__delattr__, std::slice::from_ref(name)),
    }
    .map(drop)
}
fn slot_descr_get(
    ts: &ThreadState,
    d: &ObjRef,
    obj: Option<&ObjRef>,
    ty: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let Some(f) = d.typ().lookup(ts, &ts.names.__get__) else {
        return Ok(d.clone());
    };
    let obj = obj.cloned().unwrap_or_else(|| ts.none());
    let ty = ty.cloned().unwrap_or_else(|| ts.none());
    ab::call_unbound(ts, &f, d, &[obj, ty])
}
fn slot_descr_set(ts: &ThreadState, d: &ObjRef, obj: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    match v {
        Some(v) => dunder(ts, d, &ts.names.__set__, &[obj.clone(), v.clone()]),
        None => dunder(ts, d, &ts.names.__delete__, std::slice::from_ref(obj)),
    }
    .map(drop)
}
fn slot_richcompare(ts: &ThreadState, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    let name = ts.intern(op.dunder());
    let Some(f) = a.typ().lookup(ts, &name) else {
        return Ok(ts.not_implemented());
    };
    if f.typ().has_flag(crate::typeobj::flags::METHOD_DESCRIPTOR) {
        return ab::vectorcall(ts, &f, &[a.clone(), b.clone()], None);
    }
    // `slot_tp_richcompare`: an error binding the method (a property raising) is
    // cleared and the comparison is NotImplemented.
    match ab::descr_get(ts, &f, Some(a), Some(a.class())) {
        Ok(bound) => ab::vectorcall(ts, &bound, std::slice::from_ref(b), None),
        Err(_) => Ok(ts.not_implemented()),
    }
}
fn slot_finalize(ts: &ThreadState, o: &ObjRef) {
    if let Some(Err(e)) = call_dunder(ts, o, &ts.names.__del__, &[]) {
        let del = o.typ().lookup(ts, &ts.names.__del__);
        (ts.hooks.unraisable.get())(ts, e, del.as_ref());
    }
}

/// `slot_nb_*`: the binary operator `I` on a heap type, with the reflected operand tried
/// first when it is a subclass (CPython's `SLOT1BINFULL`).
fn slot_binop<const I: usize>(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    let (op, rop, _) = nb::DUNDERS[I];
    let me = slot_binop::<I> as *const () as usize;
    let a_has = a.typ().slots().number[I].map(|f| f as usize) == Some(me);
    let mut do_other =
        !a.class().is(b.class()) && b.typ().slots().number[I].map(|f| f as usize) == Some(me);
    let op = ts.intern(op);
    let rop = ts.intern(rop);
    if a_has {
        if do_other && b.typ().is_subtype(a.class()) && method_is_overloaded(ts, a, b, &rop)? {
            if let Some(r) = call_dunder(ts, b, &rop, std::slice::from_ref(a)) {
                let r = r?;
                if !ts.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
            do_other = false;
        }
        if let Some(r) = call_dunder(ts, a, &op, std::slice::from_ref(b)) {
            let r = r?;
            if !ts.is_not_implemented(&r) || a.class().is(b.class()) {
                return Ok(r);
            }
        }
    }
    if do_other && let Some(r) = call_dunder(ts, b, &rop, std::slice::from_ref(a)) {
        return r;
    }
    Ok(ts.not_implemented())
}

/// `method_is_overloaded`: `type(right).name` exists and is not `type(left).name` (compared
/// with `!=`), so a subclass that only inherits its reflected method does not go first.
fn method_is_overloaded(
    ts: &ThreadState,
    left: &ObjRef,
    right: &ObjRef,
    name: &ObjRef,
) -> PyResult<bool> {
    let Some(b) = ab::getattr_opt(ts, right.class(), name)? else {
        return Ok(false);
    };
    let Some(a) = ab::getattr_opt(ts, left.class(), name)? else {
        return Ok(true);
    };
    ab::rich_compare_bool(ts, &a, &b, crate::CompareOp::Ne)
}

/// `slot_nb_inplace_*`: `__iadd__` and friends.
fn slot_inplace<const I: usize>(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    let name = ts.intern(nb::DUNDERS[I].2);
    match call_dunder(ts, a, &name, std::slice::from_ref(b)) {
        Some(r) => r,
        None => Ok(ts.not_implemented()),
    }
}

/// `__pow__(value, mod=None, /)` / `__rpow__` (CPython's `wrap_ternaryfunc[_r]`): with a
/// modulus, the type's three-argument power; `(base, exp, mod)` are the operands in order.
fn wrap_pow3(
    ts: &ThreadState,
    s: &Slots,
    base: &ObjRef,
    exp: &ObjRef,
    m: &ObjRef,
) -> PyResult<ObjRef> {
    match s.power3 {
        Some(f) => f(ts, base, exp, m),
        None => Ok(ts.not_implemented()),
    }
}
/// The argument count of a ternary wrapper: 1 or 2 (`PyArg_UnpackTuple(args, "", 1, 2)`).
fn ternary_nargs(ts: &ThreadState, a: &[ObjRef]) -> PyResult<()> {
    match a.len() {
        0 => Err(ts.type_error("expected at least 1 argument, got 0")),
        1 | 2 => Ok(()),
        n => Err(ts.type_error(format!("expected at most 2 arguments, got {n}"))),
    }
}
fn wrap_binop<const I: usize>(
    ts: &ThreadState,
    s: &Slots,
    o: &ObjRef,
    a: &[ObjRef],
) -> PyResult<ObjRef> {
    if I == nb::POWER {
        ternary_nargs(ts, a)?;
        if a.len() == 2 && !ts.is_none(&a[1]) {
            return wrap_pow3(ts, s, o, &a[0], &a[1]);
        }
        return (s.number[I].expect("slot present"))(ts, o, &a[0]);
    }
    nargs(ts, "", a, 1)?;
    repeat_count_check::<I>(ts, o, &a[0])?;
    (s.number[I].expect("slot present"))(ts, o, &a[0])
}
/// `wrap_indexargfunc`: a sequence's `__mul__`/`__rmul__`/`__imul__` (its `sq_repeat`) takes
/// only an index (`'ab'.__mul__('')` is a TypeError, not NotImplemented).
#[inline]
fn repeat_count_check<const I: usize>(ts: &ThreadState, o: &ObjRef, n: &ObjRef) -> PyResult<()> {
    if I == nb::MULTIPLY
        && o.typ().has_flag(crate::typeobj::flags::SEQ_REPEAT)
        && n.typ().slots().index.is_none()
    {
        return Err(ts.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            n.typ().name()
        )));
    }
    Ok(())
}
fn wrap_rbinop<const I: usize>(
    ts: &ThreadState,
    s: &Slots,
    o: &ObjRef,
    a: &[ObjRef],
) -> PyResult<ObjRef> {
    if I == nb::POWER {
        ternary_nargs(ts, a)?;
        if a.len() == 2 && !ts.is_none(&a[1]) {
            return wrap_pow3(ts, s, &a[0], o, &a[1]);
        }
        return (s.number[I].expect("slot present"))(ts, &a[0], o);
    }
    nargs(ts, "", a, 1)?;
    repeat_count_check::<I>(ts, o, &a[0])?;
    (s.number[I].expect("slot present"))(ts, &a[0], o)
}
fn wrap_inplace<const I: usize>(
    ts: &ThreadState,
    s: &Slots,
    o: &ObjRef,
    a: &[ObjRef],
) -> PyResult<ObjRef> {
    nargs(ts, "", a, 1)?;
    repeat_count_check::<I>(ts, o, &a[0])?;
    (s.number[I + nb::INPLACE].expect("slot present"))(ts, o, &a[0])
}
fn wrap_cmp<const I: usize>(
    ts: &ThreadState,
    s: &Slots,
    o: &ObjRef,
    a: &[ObjRef],
) -> PyResult<ObjRef> {
    nargs(ts, "", a, 1)?;
    (s.richcompare.expect("slot present"))(ts, o, &a[0], CompareOp::ALL[I])
}

macro_rules! wrap_unary {
    ($fname:ident, $slot:ident) => {
        fn $fname(ts: &ThreadState, s: &Slots, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
            nargs(ts, "", a, 0)?;
            (s.$slot.expect("slot present"))(ts, o)
        }
    };
}
wrap_unary!(wrap_repr, repr);
wrap_unary!(wrap_str, str);
wrap_unary!(wrap_iter, iter);
wrap_unary!(wrap_neg, neg);
wrap_unary!(wrap_pos, pos);
wrap_unary!(wrap_invert, invert);
wrap_unary!(wrap_abs, abs);
wrap_unary!(wrap_int, int);
wrap_unary!(wrap_float, float);
wrap_unary!(wrap_index, index);

fn wrap_hash(ts: &ThreadState, s: &Slots, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    nargs(ts, "", a, 0)?;
    Ok(ts.new_int((s.hash.expect("slot present"))(ts, o)?))
}
fn wrap_bool(ts: &ThreadState, s: &Slots, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    nargs(ts, "", a, 0)?;
    Ok(ts.bool_obj((s.bool.expect("slot present"))(ts, o)?))
}
fn wrap_len(ts: &ThreadState, s: &Slots, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    nargs(ts, "", a, 0)?;
    Ok(ts.new_int((s.len.expect("slot present"))(ts, o)? as i64))
}
fn wrap_next(ts: &ThreadState, s: &Slots, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    nargs(ts, "", a, 0)?;
    match (s.iternext.expect("slot present"))(ts, o)? {
        Some(v) => Ok(v),
        None => Err(ts.stop_iteration(None)),
    }
}
fn wrap_getitem(ts: &ThreadState, s: &Slots, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    nargs(ts, "", a, 1)?;
    (s.getitem.expect("slot present"))(ts, o, &a[0])
}
fn wrap_setitem(ts: &ThreadState, s: &Slots, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    nargs(ts, "", a, 2)?;
    (s.setitem.expect("slot present"))(ts, o, &a[0], Some(&a[1]))?;
    Ok(ts.none())
}
fn wrap_delitem(ts: &ThreadState, s: &Slots, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    nargs(ts, "", a, 1)?;
    (s.setitem.expect("slot present"))(ts, o, &a[0], None)?;
    Ok(ts.none())
}
fn wrap_contains(ts: &ThreadState, s: &Slots, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    nargs(ts, "", a, 1)?;
    Ok(ts.bool_obj((s.contains.expect("slot present"))(ts, o, &a[0])?))
}
fn wrap_getattr(ts: &ThreadState, s: &Slots, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    nargs(ts, "", a, 1)?;
    let name = ab::check_attr_name(ts, &a[0])?;
    (s.getattro.expect("slot present"))(ts, o, &name)
}
/// CPython's `hackcheck`: `object.__setattr__(str, ...)` must not jump over a C-level
/// `tp_setattro` of the object's type (the "Carlo Verre hack").
fn hackcheck(
    ts: &ThreadState,
    o: &ObjRef,
    func: super::slots::SetattroFn,
    what: &str,
) -> PyResult<()> {
    let t = o.typ();
    let same = |a: Option<super::slots::SetattroFn>, b: super::slots::SetattroFn| {
        a.is_some_and(|a| std::ptr::fn_addr_eq(a, b))
    };
    let heap_slot = slot_setattro as super::slots::SetattroFn;
    let own = t.slots().setattro;
    let mro = t.mro_items();
    let mut defining = o.class().clone();
    for b in mro.iter().rev() {
        let bs = b.typ_payload().slots().setattro;
        if same(bs, heap_slot) {
            continue;
        }
        if bs.map(|f| f as usize) == own.map(|f| f as usize) {
            defining = b.clone();
            break;
        }
    }
    let mut cur = Some(defining);
    while let Some(b) = cur {
        let bs = b.typ_payload().slots().setattro;
        if same(bs, func) {
            break;
        }
        if !same(bs, heap_slot) {
            return Err(ts.type_error(format!("can't apply this {what} to {} object", t.name())));
        }
        cur = b.typ_payload().base().cloned();
    }
    Ok(())
}
fn wrap_setattr(ts: &ThreadState, s: &Slots, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    nargs(ts, "", a, 2)?;
    let name = ab::check_attr_name(ts, &a[0])?;
    let f = s.setattro.expect("slot present");
    hackcheck(ts, o, f, "__setattr__")?;
    f(ts, o, &name, Some(&a[1]))?;
    Ok(ts.none())
}
fn wrap_delattr(ts: &ThreadState, s: &Slots, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    nargs(ts, "", a, 1)?;
    let name = ab::check_attr_name(ts, &a[0])?;
    let f = s.setattro.expect("slot present");
    hackcheck(ts, o, f, "__delattr__")?;
    f(ts, o, &name, None)?;
    Ok(ts.none())
}
fn wrap_get(ts: &ThreadState, s: &Slots, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    if a.is_empty() || a.len() > 2 {
        return Err(ts.type_error(format!("expected 1 or 2 arguments, got {}", a.len())));
    }
    let obj = (!ts.is_none(&a[0])).then_some(&a[0]);
    let ty = a.get(1).filter(|t| !ts.is_none(t));
    if obj.is_none() && ty.is_none() {
        return Err(ts.type_error("__get__(None, None) is invalid"));
    }
    (s.descr_get.expect("slot present"))(ts, o, obj, ty)
}
fn wrap_set(ts: &ThreadState, s: &Slots, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    nargs(ts, "", a, 2)?;
    (s.descr_set.expect("slot present"))(ts, o, &a[0], Some(&a[1]))?;
    Ok(ts.none())
}
fn wrap_delete(ts: &ThreadState, s: &Slots, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    nargs(ts, "", a, 1)?;
    (s.descr_set.expect("slot present"))(ts, o, &a[0], None)?;
    Ok(ts.none())
}
fn wrap_call(ts: &ThreadState, s: &Slots, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    (s.call.expect("slot present"))(ts, o, a, None)
}
fn wrap_init(ts: &ThreadState, s: &Slots, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    (s.init.expect("slot present"))(ts, o, a, None)?;
    Ok(ts.none())
}
fn wrap_del(ts: &ThreadState, s: &Slots, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    nargs(ts, "", a, 0)?;
    (s.finalize.expect("slot present"))(ts, o);
    Ok(ts.none())
}

macro_rules! def {
    ($name:literal, $slot:ident, $wrap:expr, $fill:expr) => {
        SlotDef {
            name: $name,
            present: |s| s.$slot.is_some(),
            wrap: $wrap,
            install: |s| s.$slot = Some($fill),
            copy: |s, o| s.$slot = o.$slot,
            same: |a, b| a.$slot.map(|f| f as usize) == b.$slot.map(|f| f as usize),
        }
    };
}
macro_rules! binop_defs {
    ($($i:literal),*) => {[
        $(
            SlotDef { name: nb::DUNDERS[$i].0, present: |s| s.number[$i].is_some(),
                wrap: wrap_binop::<$i>, install: |s| s.number[$i] = Some(slot_binop::<$i>),
                copy: |s, o| s.number[$i] = o.number[$i],
                same: |a, b| a.number[$i].map(|f| f as usize) == b.number[$i].map(|f| f as usize) },
            SlotDef { name: nb::DUNDERS[$i].1, present: |s| s.number[$i].is_some(),
                wrap: wrap_rbinop::<$i>, install: |s| s.number[$i] = Some(slot_binop::<$i>),
                copy: |s, o| s.number[$i] = o.number[$i],
                same: |a, b| a.number[$i].map(|f| f as usize) == b.number[$i].map(|f| f as usize) },
            SlotDef { name: nb::DUNDERS[$i].2, present: |s| s.number[$i + nb::INPLACE].is_some(),
                wrap: wrap_inplace::<$i>,
                install: |s| s.number[$i + nb::INPLACE] = Some(slot_inplace::<$i>),
                copy: |s, o| s.number[$i + nb::INPLACE] = o.number[$i + nb::INPLACE],
                same: |a, b| a.number[$i + nb::INPLACE].map(|f| f as usize)
                    == b.number[$i + nb::INPLACE].map(|f| f as usize) },
        )*
    ]};
}
macro_rules! cmp_defs {
    ($($i:literal $n:literal),*) => {[
        $( SlotDef { name: $n, present: |s| s.richcompare.is_some(), wrap: wrap_cmp::<$i>,
            install: |s| s.richcompare = Some(slot_richcompare),
            copy: |s, o| s.richcompare = o.richcompare,
            same: |a, b| a.richcompare.map(|f| f as usize) == b.richcompare.map(|f| f as usize) },
        )*
    ]};
}

pub static BINOP_DEFS: [SlotDef; 39] = binop_defs!(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
pub static CMP_DEFS: [SlotDef; 6] =
    cmp_defs!(0 "__lt__", 1 "__le__", 2 "__eq__", 3 "__ne__", 4 "__gt__", 5 "__ge__");
pub static OTHER_DEFS: [SlotDef; 28] = [
    def!("__repr__", repr, wrap_repr, slot_repr),
    def!("__str__", str, wrap_str, slot_str),
    def!("__hash__", hash, wrap_hash, slot_hash),
    def!("__call__", call, wrap_call, slot_call),
    def!("__iter__", iter, wrap_iter, slot_iter),
    def!("__next__", iternext, wrap_next, slot_iternext),
    def!("__init__", init, wrap_init, slot_init),
    def!("__getattribute__", getattro, wrap_getattr, slot_getattro),
    def!("__getattr__", getattro, wrap_getattr, slot_getattro),
    def!("__setattr__", setattro, wrap_setattr, slot_setattro),
    def!("__delattr__", setattro, wrap_delattr, slot_setattro),
    def!("__get__", descr_get, wrap_get, slot_descr_get),
    def!("__set__", descr_set, wrap_set, slot_descr_set),
    def!("__delete__", descr_set, wrap_delete, slot_descr_set),
    def!("__del__", finalize, wrap_del, slot_finalize),
    def!("__neg__", neg, wrap_neg, slot_neg),
    def!("__pos__", pos, wrap_pos, slot_pos),
    def!("__invert__", invert, wrap_invert, slot_invert),
    def!("__abs__", abs, wrap_abs, slot_abs),
    def!("__bool__", bool, wrap_bool, slot_bool),
    def!("__int__", int, wrap_int, slot_int),
    def!("__float__", float, wrap_float, slot_float),
    def!("__index__", index, wrap_index, slot_index),
    def!("__len__", len, wrap_len, slot_len),
    def!("__getitem__", getitem, wrap_getitem, slot_getitem),
    def!("__setitem__", setitem, wrap_setitem, slot_setitem),
    def!("__delitem__", setitem, wrap_delitem, slot_setitem),
    def!("__contains__", contains, wrap_contains, slot_contains),
];

/// Every slot definition.
pub fn all() -> impl Iterator<Item = &'static SlotDef> {
    BINOP_DEFS
        .iter()
        .chain(CMP_DEFS.iter())
        .chain(OTHER_DEFS.iter())
}

/// Adds a wrapper descriptor for each slot `own` fills (built-in types; `own` is the spec's
/// slots, before inheritance) unless the dict already has the name. `__getattr__` and
/// `__del__` get none (CPython has no wrapper for them on built-ins).
pub fn add_wrappers(ts: &ThreadState, ty: &ObjRef, own: &Slots) {
    let dict = ty.typ_payload().dict_payload();
    for d in all() {
        if d.name == "__getattr__" || d.name == "__del__" || !(d.present)(own) {
            continue;
        }
        if dict.get_str_rs(ts, d.name).is_some() {
            continue;
        }
        if d.name == "__hash__"
            && own.hash.is_some_and(|h| {
                std::ptr::fn_addr_eq(
                    h,
                    crate::types::object::hash_not_implemented as crate::typeobj::slots::HashFn,
                )
            })
        {
            // `type_ready`: an unhashable type's `__hash__` is None (`collections.abc.Hashable`).
            let _ = dict.set_item_str(ts, d.name, ts.none());
            continue;
        }
        let w = descr::new_wrapper_descr(ts, ty, d);
        let _ = dict.set_item_str(ts, d.name, w);
    }
    if own.new.is_some() && dict.get_str_rs(ts, "__new__").is_none() {
        let f = descr::new_tp_new_wrapper(ts, ty);
        let _ = dict.set_item_str(ts, "__new__", f);
    }
    if own.hash.is_none() && own.richcompare.is_some() && dict.get_str_rs(ts, "__hash__").is_none()
    {
        // A type defining comparison but not hash is unhashable (`__hash__ = None`).
    }
}

/// `update_slot` after a dunder is set or deleted on `ty`: the slots of `ty` and of every
/// class below it (`update_subclasses`: `D(B, C)` sees `A.__hash__ = ...`), each once.
pub fn fixup_heap_slots_below(ts: &ThreadState, ty: &ObjRef) {
    fixup_heap_slots(ts, ty);
    let mut seen = std::collections::HashSet::from([ty.id()]);
    let mut stack = ty.typ_payload().subclasses();
    while let Some(sub) = stack.pop() {
        if !seen.insert(sub.id()) {
            continue;
        }
        fixup_heap_slots(ts, &sub);
        sub.typ_payload().modified();
        stack.extend(sub.typ_payload().subclasses());
    }
}

/// For a heap type: every dunder found along the MRO in a heap class sets its slot to the
/// dunder-calling function (CPython's `fixup_slot_dispatchers`); `__hash__ = None` makes the
/// type unhashable; `__eq__` without `__hash__` too.
pub fn fixup_heap_slots(ts: &ThreadState, ty: &ObjRef) {
    let t = ty.typ_payload();
    let slots = t.slots_mut();
    // Each dunder's first definition along the MRO (its class and value), looked up once
    // for both passes below.
    let found: Vec<(&SlotDef, Option<(ObjRef, ObjRef)>)> = all()
        .map(|d| {
            let f = t.mro_items().iter().find_map(|c| {
                let ct = c.typ_payload();
                ct.dict_payload()
                    .get_str_rs(ts, d.name)
                    .map(|v| (c.clone(), v))
            });
            (d, f)
        })
        .collect();
    // `update_one_slot`: a dunder found first in a static type's dict is that type's own
    // slot function (`class L(Mixin, list)` gets list's `__init__`, not object's that the
    // mixin inherited); one found in a heap class installs the dispatcher, which wins
    // over the copies for slots several dunders share (`__add__`/`__radd__`).
    // A static type before the owner whose slot differs (`ExceptionGroup.__str__` set
    // without a wrapper in its dict) keeps the inherited slot.
    for (d, f) in &found {
        if let Some((c, _)) = f
            && !c.typ_payload().is_heap()
            && d.name != "__getattr__"
        {
            let cs = *c.typ_payload().slots();
            let shadowed = t.mro_items().iter().take_while(|s| !s.is(c)).any(|s| {
                let st = s.typ_payload();
                !st.is_heap() && !(d.same)(st.slots(), &cs)
            });
            if (d.present)(&cs) && !shadowed {
                (d.copy)(slots, &cs);
            }
        }
    }
    for (d, f) in &found {
        if let Some((c, v)) = f
            && c.typ_payload().is_heap()
            && !(d.name == "__hash__" && ts.is_none(v))
        {
            (d.install)(slots);
        }
    }
    // `__new__` found first in a heap class calls it; in a static type, or a built-in
    // type's `__new__` stored in a heap class (`__new__ = object.__new__`), the solid base's
    // `tp_new` stays (`update_one_slot`'s tp_new_wrapper case).
    if t.mro_items().iter().find_map(|c| {
        let ct = c.typ_payload();
        ct.dict_payload()
            .get_str_rs(ts, "__new__")
            .map(|f| ct.is_heap() && !descr::is_tp_new_wrapper(&f))
    }) == Some(true)
    {
        slots.new = Some(slot_new);
    }
    if t.mro_items().iter().any(|c| {
        c.typ_payload().is_heap()
            && c.typ_payload()
                .dict_payload()
                .get_str_rs(ts, "__pow__")
                .is_some()
    }) {
        slots.power3 = Some(slot_power3);
    }
    let own = t.dict_payload();
    match own.get_str_rs(ts, "__hash__") {
        Some(h) if ts.is_none(&h) => slots.hash = Some(crate::types::object::hash_not_implemented),
        None if own.get_str_rs(ts, "__eq__").is_some() => {
            slots.hash = Some(crate::types::object::hash_not_implemented);
            let _ = own.set_item_str(ts, "__hash__", ts.none());
        }
        _ => {}
    }
}

//! `type`: calling a type (`type_call`: `__new__` then `__init__`), `type(x)`, making heap
//! types (`type_new`: bases, solid base and layout, `__slots__`, `__dict__`, C3 MRO, slots
//! from dunders, `__set_name__`, `__init_subclass__`, `__classcell__`), the type's repr and
//! attributes (`__name__`, `__qualname__`, `__module__`, `__bases__`, `__mro__`, `__dict__`).

use crate::abstract_ as ab;
use crate::args;
use crate::attr;
use crate::error::PyResult;
use crate::header::{ObjRef, alloc_object};
use crate::thread::ThreadState;
use crate::typeobj::{
    self, GetSetDef, Meth, MethodDef, PayloadInfo, PyType, Slots, TypeSpec, flags, slotdefs,
    type_check,
};
use crate::types::cell::PyCell;
use crate::types::dict::PyDict;
use crate::types::function::PyFunction;
use crate::types::str_::PyStr;
use crate::types::tuple::PyTuple;

fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let q = crate::types::object::type_qualname(o);
    let s = match crate::types::object::type_module(ts, o) {
        Some(m) if m != "builtins" => format!("<class '{m}.{q}'>"),
        _ => format!("<class '{q}'>"),
    };
    Ok(ts.new_str(&s))
}

/// `type.__call__`: `type(x)`, or `cls(*args)` as `__new__` then `__init__`.
fn call(ts: &ThreadState, ty: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    let t = ty.typ_payload();
    if ty.is(&ts.types.type_) {
        let nkw = args::kw_names(kw).len();
        if args.len() == 1 && nkw == 0 {
            return Ok(args[0].class().clone());
        }
        if args.len() - nkw != 3 {
            return Err(ts.type_error("type() takes 1 or 3 arguments"));
        }
    }
    let Some(new) = t.slots().new else {
        return Err(ts.type_error(format!("cannot create '{}' instances", t.name())));
    };
    let obj = new(ts, ty, args, kw)?;
    if !type_check(&obj, ty) {
        return Ok(obj);
    }
    if let Some(init) = obj.typ().slots().init {
        init(ts, &obj, args, kw)?;
    }
    Ok(obj)
}

/// `type.__init__`: checks the argument count only (the work is `type.__new__`'s).
fn type_init(ts: &ThreadState, _: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<()> {
    let npos = args.len() - args::kw_names(kw).len();
    if npos != 1 && npos != 3 {
        return Err(ts.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(())
}

/// `type.__new__(meta, name, bases, ns, **kwds)`.
fn new(ts: &ThreadState, meta: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    let nkw = args::kw_names(kw).len();
    let npos = args.len() - nkw;
    if npos == 1 && nkw == 0 && meta.is(&ts.types.type_) {
        return Ok(args[0].class().clone());
    }
    if npos != 3 {
        return Err(ts.type_error(format!(
            "type.__new__() takes exactly 3 arguments ({npos} given)"
        )));
    }
    let (name, bases, ns) = (&args[0], &args[1], &args[2]);
    let Some(name) = name.downcast::<PyStr>() else {
        return Err(ts.type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            args[0].typ().name()
        )));
    };
    let Some(bases) = bases.downcast::<PyTuple>() else {
        return Err(ts.type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            args[1].typ().name()
        )));
    };
    let Some(nsd) = ns.downcast::<PyDict>() else {
        return Err(ts.type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            args[2].typ().name()
        )));
    };
    // type_new: a more derived metaclass of the bases with its own __new__ makes the class
    // (`type(name, (SomeEnum,), ns, boundary=...)` reaches EnumType.__new__).
    let winner = calculate_metaclass(ts, meta, bases.items())?;
    if !winner.is(meta) {
        let own = ts.types.type_.typ_payload().lookup_str(ts, "__new__");
        if let Some(wnew) = winner.typ_payload().lookup_str(ts, "__new__")
            && !own.is_some_and(|o| o.is(&wnew))
            && let Some(f) = winner.typ_payload().slots().new
        {
            return f(ts, &winner, args, kw);
        }
    }
    let kwargs: Vec<(ObjRef, ObjRef)> = args::kw_names(kw)
        .iter()
        .cloned()
        .zip(args[npos..].iter().cloned())
        .collect();
    check_type_name(ts, &args[0])?;
    if !ns.is_exact(&ts.types.dict) {
        // `PyDict_Copy` of a dict subclass goes through its keys (an OrderedDict's order).
        let copy = ts.new_dict();
        let cd = copy.downcast::<PyDict>().expect("dict");
        let keys = ab::call_method(ts, ns, "keys", &[])?;
        for k in ab::collect(ts, &keys)? {
            let v = ab::getitem(ts, ns, &k)?;
            cd.set_item(ts, k, v)?;
        }
        return new_heap_type(ts, meta, name.as_str(), bases.items(), cd, &kwargs);
    }
    new_heap_type(ts, meta, name.as_str(), bases.items(), nsd, &kwargs)
}

/// `type_new`/`type_set_name`'s checks: no NUL, encodable as UTF-8.
fn check_type_name(ts: &ThreadState, name: &ObjRef) -> PyResult<()> {
    let Some(s) = name.downcast::<PyStr>() else {
        return Ok(());
    };
    if s.as_bytes().contains(&0) {
        return Err(ts.value_error("type name must not contain null characters"));
    }
    if s.has_surrogates() {
        ab::call_method(ts, name, "encode", &[])?;
    }
    Ok(())
}

/// The metaclass to use: the most derived of `meta` and the bases' types.
pub fn calculate_metaclass(ts: &ThreadState, meta: &ObjRef, bases: &[ObjRef]) -> PyResult<ObjRef> {
    let mut winner = meta.clone();
    for b in bases {
        let bt = b.class();
        if winner.typ_payload().is_subtype(bt) {
            continue;
        }
        if bt.typ_payload().is_subtype(&winner) {
            winner = bt.clone();
            continue;
        }
        return Err(ts.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// `best_base`: each base must be a class that allows subclassing; the one with the most
/// derived instance layout (the new class's `__base__`), or a layout conflict.
fn best_base(ts: &ThreadState, bases: &[ObjRef]) -> PyResult<ObjRef> {
    for b in bases {
        let Some(bt) = b.downcast::<PyType>() else {
            return Err(ts.type_error("bases must be types"));
        };
        if !bt.has_flag(flags::BASETYPE) {
            return Err(ts.type_error(format!(
                "type '{}' is not an acceptable base type",
                bt.name()
            )));
        }
    }
    let mut solid = bases[0].clone();
    for b in &bases[1..] {
        let (st, bt) = (solid.typ_payload(), b.typ_payload());
        if bt.payload_id == st.payload_id || bt.payload_id == std::any::TypeId::of::<()>() {
            continue;
        }
        if st.payload_id == std::any::TypeId::of::<()>() {
            solid = b.clone();
            continue;
        }
        return Err(ts.type_error("multiple bases have instance lay-out conflict"));
    }
    Ok(solid)
}

/// Makes a class (the body of `type_new`).
pub fn new_heap_type(
    ts: &ThreadState,
    meta: &ObjRef,
    name: &str,
    bases: &[ObjRef],
    ns: &PyDict,
    kwargs: &[(ObjRef, ObjRef)],
) -> PyResult<ObjRef> {
    let meta = calculate_metaclass(ts, meta, bases)?;
    let bases: Vec<ObjRef> = if bases.is_empty() {
        vec![ts.types.object.clone()]
    } else {
        bases.to_vec()
    };
    // As `type_new`: the solid base first, duplicates when the MRO is made.
    let solid = best_base(ts, &bases)?;
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|o| o.is(b)) {
            return Err(ts.type_error(format!(
                "duplicate base class {}",
                b.downcast::<PyType>().map_or("?", |t| t.name())
            )));
        }
    }
    let base_t = solid.typ_payload();
    let mut t = PyType::new(
        name,
        PayloadInfo {
            size: base_t.basicsize.get(),
            drop: base_t.drop_payload,
            id: || std::any::TypeId::of::<()>(),
        },
    );
    // `PyType::new` took the id from the fn; restore the solid base's.
    t.payload_id = base_t.payload_id;
    t.payload_size = base_t.payload_size;
    t.dealloc = base_t.dealloc;
    let ty = alloc_object(ts, &meta, t);
    let tp = ty.typ_payload();
    tp.flags.set(
        flags::HEAPTYPE
            | flags::BASETYPE
            | flags::HAVE_GC
            | (base_t.flags.get() & flags::INHERITED & !(flags::SEQUENCE | flags::MAPPING)),
    );
    // Copy the namespace.
    let dict = ts.new_dict();
    let d = dict.downcast::<PyDict>().expect("dict");
    for (k, v) in ns.items() {
        d.set_item(ts, k, v)?;
    }
    if d.get_str_rs(ts, "__module__").is_none()
        && let Some(g) = ts.current_globals_name()
    {
        d.set_item_str(ts, "__module__", g)?;
    }
    match d.get_str_rs(ts, "__qualname__") {
        Some(q) => {
            if !q.is_a::<PyStr>() {
                return Err(ts.type_error(format!(
                    "type __qualname__ must be a str, not {}",
                    q.typ().name()
                )));
            }
            tp.set_qualname(q);
            d.del_item(ts, &ts.names.__qualname__)?;
        }
        None => tp.set_qualname(ts.new_str(name)),
    }
    for special in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f) = d.get_str_rs(ts, special)
            && f.is_a::<PyFunction>()
        {
            d.set_item_str(ts, special, crate::types::property::new_classmethod(ts, f))?;
        }
    }
    if let Some(f) = d.get_str_rs(ts, "__new__")
        && f.is_a::<PyFunction>()
    {
        d.set_item_str(
            ts,
            "__new__",
            crate::types::property::new_staticmethod(ts, f),
        )?;
    }
    // Layout: `__slots__` members, or a `__dict__`.
    let mut basicsize = base_t.basicsize.get().next_multiple_of(8);
    // Instances of a metaclass are types: their `__dict__` is the type's own dict.
    let mut add_dict = base_t.dictoffset.get() == 0
        && base_t.payload_id != std::any::TypeId::of::<crate::typeobj::PyType>();
    // Whether instances get a weakref list (CPython's `may_add_weak`: the solid base has
    // none and is not variable-sized).
    let mut add_weakref = base_t.weaklistoffset.get() == 0
        && !base_t.has_flag(flags::LONG_SUBCLASS | flags::TUPLE_SUBCLASS | flags::BYTES_SUBCLASS);
    let mut slot_names: Vec<ObjRef> = Vec::new();
    if let Some(slots) = d.get_str_rs(ts, "__slots__") {
        let items = if slots.is_a::<PyStr>() {
            vec![slots.clone()]
        } else {
            ab::collect(ts, &slots)?
        };
        if !items.is_empty()
            && base_t.has_flag(flags::LONG_SUBCLASS | flags::TUPLE_SUBCLASS | flags::BYTES_SUBCLASS)
        {
            return Err(ts.type_error(format!(
                "nonempty __slots__ not supported for subtype of '{}'",
                base_t.name()
            )));
        }
        add_dict = false;
        let add_weakref_base = add_weakref;
        add_weakref = false;
        let (mut add_dict_seen, mut weakref_seen) = (false, false);
        for s in items {
            let Some(sv) = s.downcast::<PyStr>() else {
                return Err(ts.type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    s.typ().name()
                )));
            };
            if sv.as_str() == "__dict__" {
                if !add_dict_seen && base_t.dictoffset.get() == 0 {
                    add_dict = true;
                    add_dict_seen = true;
                    continue;
                }
                return Err(ts.type_error("__dict__ slot disallowed: we already got one"));
            }
            if sv.as_str() == "__weakref__" {
                if !weakref_seen && add_weakref_base {
                    weakref_seen = true;
                    add_weakref = true;
                    continue;
                }
                return Err(ts.type_error(
                    "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
                ));
            }
            if !taipan_text::methods::predicates::isidentifier(sv.as_str().as_bytes()) {
                return Err(ts.type_error("__slots__ must be identifiers"));
            }
            let s = match mangle(name, sv.as_str()) {
                Some(m) => ts.new_string(m),
                None => s.clone(),
            };
            if d.get_item(ts, &s)?.is_some() {
                return Err(ts.value_error(format!(
                    "{} in __slots__ conflicts with class variable",
                    ab::repr_string(ts, &s)?
                )));
            }
            slot_names.push(ts.intern_obj(&s));
        }
    }
    // `type_new_slots`: secondary bases may provide a `__dict__` or `__weakref__`.
    if bases.len() > 1 {
        let may_add_weak = base_t.weaklistoffset.get() == 0
            && !base_t
                .has_flag(flags::LONG_SUBCLASS | flags::TUPLE_SUBCLASS | flags::BYTES_SUBCLASS);
        let may_add_dict = base_t.dictoffset.get() == 0
            && base_t.payload_id != std::any::TypeId::of::<crate::typeobj::PyType>();
        for b in &bases {
            let bt = b.typ_payload();
            if may_add_dict && !add_dict && bt.dictoffset.get() != 0 {
                add_dict = true;
            }
            if may_add_weak && !add_weakref && bt.weaklistoffset.get() != 0 {
                add_weakref = true;
            }
        }
    }
    tp.dictoffset.set(base_t.dictoffset.get());
    if add_dict {
        tp.dictoffset.set(basicsize);
        basicsize += 8;
    }
    tp.weaklistoffset.set(base_t.weaklistoffset.get());
    if add_weakref {
        tp.weaklistoffset.set(basicsize);
        basicsize += 8;
    }
    // `type_new_slots` sorts the names, so classes listing the same slots in another order
    // share a layout (`__class__` assignment between them keeps each value); the class dict
    // gets the members, then `__dict__` and `__weakref__` (`type_ready_fill_dict`).
    slot_names.sort_by(|a, b| ab::str_of(a).cmp(ab::str_of(b)));
    tp.slotsoffset.set(basicsize);
    tp.nslots.set(slot_names.len());
    for (i, n) in slot_names.iter().enumerate() {
        let m = crate::types::descr::new_member_descr(ts, &ty, n.clone(), basicsize + 8 * i);
        d.set_item(ts, n.clone(), m)?;
    }
    for (add, name, def) in [
        (add_dict, "__dict__", &INSTANCE_GETSETS[0]),
        (add_weakref, "__weakref__", &INSTANCE_GETSETS[1]),
    ] {
        if add && d.get_str_rs(ts, name).is_none() {
            let g = crate::types::descr::new_getset_descr(ts, &ty, def);
            d.set_item_str(ts, name, g)?;
        }
    }
    // After the slots, as `PyType_Ready`'s `type_dict_set_doc`: `__doc__` may be a slot.
    if d.get_str_rs(ts, "__doc__").is_none() {
        d.set_item_str(ts, "__doc__", ts.none())?;
    }
    basicsize += 8 * slot_names.len();
    // Inherited `__slots__` members of heap bases stay at their offsets; fine since the
    // solid base's layout is a prefix.
    tp.basicsize.set(basicsize);
    tp.set_dict(dict);
    tp.set_bases(ts.new_tuple(bases.clone()));
    for b in &bases {
        b.typ_payload().add_subclass(ts, &ty);
    }
    tp.set_base(Some(solid.clone()));
    let mro = typeobj::c3_mro(ts, &ty, &bases)?;
    tp.set_mro(ts.new_tuple(mro));
    if let Some(cell) = tp.dict_payload().get_str_rs(ts, "__classcell__")
        && let Some(c) = cell.downcast::<PyCell>()
    {
        // Set before a metaclass's `mro()` runs (`type_new_set_classcell` precedes
        // `PyType_Ready`); checked again below.
        c.set(Some(ty.clone()));
    }
    tp.flags.set(tp.flags.get() | flags::MRO_PENDING);
    let m = custom_mro(ts, &ty);
    tp.flags.set(tp.flags.get() & !flags::MRO_PENDING);
    if let Some(m) = m? {
        tp.set_mro(m);
    }
    // `type_ready_mro`: a class whose own `mro()` is still running cannot be a base.
    if let Some(b) = tp.mro_items()[1..]
        .iter()
        .find(|b| b.typ_payload().has_flag(flags::MRO_PENDING))
    {
        return Err(ts.type_error(format!(
            "Cannot extend an incomplete type '{}'",
            b.typ_payload().name()
        )));
    }
    // `inherit_patma_flags`: the first class of the MRO that is a sequence or a mapping.
    if let Some(b) = tp.mro_items()[1..]
        .iter()
        .find(|b| b.typ_payload().has_flag(flags::SEQUENCE | flags::MAPPING))
    {
        let f = b.typ_payload().flags.get() & (flags::SEQUENCE | flags::MAPPING);
        tp.flags.set(tp.flags.get() | f);
    }
    recompute_slots(ts, &ty);
    // `__set_name__`, then the parent's `__init_subclass__`, then `__classcell__`.
    for (k, v) in tp.dict_payload().items() {
        if let Some(f) = v.typ().lookup(ts, &ts.names.__set_name__)
            && let Err(e) = ab::call_unbound(ts, &f, &v, &[ty.clone(), k.clone()])
        {
            let err = ts.runtime_error(format!(
                "Error calling __set_name__ on '{}' instance {} in '{}'",
                v.typ().name(),
                ab::repr_string(ts, &k)?,
                name
            ));
            ab::setattr(ts, err.value(), &ts.intern("__cause__"), Some(e.value()))?;
            return Err(err);
        }
    }
    if let Some(cell) = tp.dict_payload().get_str_rs(ts, "__classcell__") {
        if let Some(c) = cell.downcast::<PyCell>() {
            c.set(Some(ty.clone()));
        } else {
            return Err(ts.type_error(format!(
                "__classcell__ must be a nonlocal cell, not {}",
                cell.class().typ_payload().name()
            )));
        }
        tp.dict_payload().del_item(ts, &ts.names.__classcell__)?;
    }
    init_subclass(ts, &ty, kwargs)?;
    Ok(ty)
}

/// `get_builtin_base_with_dict` + `get_dict_descriptor`: the `__dict__` data descriptor of the
/// first built-in type along `o`'s bases whose instances have a dict (`type`, `module`,
/// `function`...), which a class's own `__dict__` descriptor defers to.
fn builtin_dict_descr(ts: &ThreadState, o: &ObjRef) -> Option<ObjRef> {
    let mut t = o.class();
    loop {
        let tp = t.typ_payload();
        // `type`'s instances keep their dict in the payload (no `dictoffset` here).
        if (tp.dictoffset.get() != 0 || t.is(&ts.types.type_)) && !tp.is_heap() {
            let d = tp.lookup(ts, &ts.names.__dict__)?;
            return d.typ().slots().descr_set.is_some().then_some(d);
        }
        t = tp.base()?;
    }
}

/// `subtype_dict`.
fn instance_dict_get(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    if let Some(d) = builtin_dict_descr(ts, o)
        && let Some(get) = d.typ().slots().descr_get
    {
        // A class's `__dict__` is its mappingproxy; a module's its namespace.
        return get(ts, &d, Some(o), Some(o.class()));
    }
    attr::instance_dict(ts, o).ok_or_else(|| {
        ts.attribute_error(format!(
            "'{}' object has no attribute '__dict__'",
            o.typ().name()
        ))
    })
}
/// `subtype_setdict`: a built-in base's descriptor decides (a class's and a module's
/// `__dict__` are read-only); otherwise as `PyObject_GenericSetDict`, deleting allowed.
fn instance_dict_set(ts: &ThreadState, o: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    if let Some(d) = builtin_dict_descr(ts, o)
        && let Some(set) = d.typ().slots().descr_set
    {
        return set(ts, &d, o, v);
    }
    let off = o.typ().dictoffset.get();
    let Some(v) = v else {
        // `del o.__dict__` is allowed (`_PyObject_GenericSetAttrWithDict`): a fresh empty
        // dict is made on the next use.
        if off == 0 {
            return Err(ts.attribute_error("This object has no __dict__"));
        }
        // SAFETY: as below.
        let slot = unsafe { o.slot_at(off) };
        drop(slot.replace(None));
        return Ok(());
    };
    if !v.is_a::<PyDict>() {
        return Err(ts.type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            v.typ().name()
        )));
    }
    if off == 0 {
        return Err(ts.attribute_error("This object has no __dict__"));
    }
    // SAFETY: `dictoffset` is a trailing slot of every instance of the type.
    let slot = unsafe { o.slot_at(off) };
    drop(slot.replace(Some(v.clone())));
    Ok(())
}
fn weakref_get(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(crate::types::weakref::first_weakref(o).unwrap_or_else(|| ts.none()))
}

/// The `__dict__` and `__weakref__` descriptors a class gets when it adds them.
static INSTANCE_GETSETS: [GetSetDef; 2] = [
    GetSetDef {
        name: "__dict__",
        get: instance_dict_get,
        set: Some(instance_dict_set),
        doc: "dictionary for instance variables (if defined)",
    },
    GetSetDef {
        name: "__weakref__",
        get: weakref_get,
        set: None,
        doc: "list of weak references to the object (if defined)",
    },
];

/// CPython's `_Py_Mangle` for a `__slots__` name in class `class`: `__x` becomes `_class__x`.
fn mangle(class: &str, name: &str) -> Option<String> {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return None;
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return None;
    }
    Some(format!("_{stripped}{name}"))
}

fn init_subclass(ts: &ThreadState, ty: &ObjRef, kwargs: &[(ObjRef, ObjRef)]) -> PyResult<()> {
    let tp = ty.typ_payload();
    let mut found = None;
    for b in tp.mro_items()[1..].iter() {
        if let Some(f) = b
            .typ_payload()
            .dict_payload()
            .get_str(ts, &ts.names.__init_subclass__)
        {
            found = Some(f);
            break;
        }
    }
    let Some(f) = found else { return Ok(()) };
    let bound = ab::descr_get(ts, &f, None, Some(ty))?;
    let mut args = Vec::new();
    let mut names = Vec::new();
    for (k, v) in kwargs {
        names.push(k.clone());
        args.push(v.clone());
    }
    let kwn = (!names.is_empty()).then(|| ts.new_tuple(names));
    ab::vectorcall(ts, &bound, &args, kwn.as_ref())?;
    Ok(())
}

fn get_name(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let t = o.typ_payload();
    let n = t.name();
    Ok(ts.new_str(if t.is_heap() {
        n
    } else {
        n.rsplit('.').next().unwrap_or(n)
    }))
}
/// `check_set_special_type_attr`: a built-in type's special attributes are read-only and
/// a class's cannot be deleted; the value to set.
fn special_attr_value<'a>(
    ts: &ThreadState,
    t: &PyType,
    v: Option<&'a ObjRef>,
    name: &str,
) -> PyResult<&'a ObjRef> {
    if !t.is_heap() {
        return Err(attr::immutable_type_error(ts, t, name));
    }
    v.ok_or_else(|| {
        ts.type_error(format!(
            "cannot delete '{name}' attribute of immutable type '{}'",
            t.name()
        ))
    })
}
fn set_name(ts: &ThreadState, o: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    let t = o.typ_payload();
    let v = special_attr_value(ts, t, v, "__name__")?;
    let Some(s) = v.downcast::<PyStr>() else {
        return Err(ts.type_error(format!(
            "can only assign string to {}.__name__, not '{}'",
            t.name(),
            v.typ().name()
        )));
    };
    check_type_name(ts, v)?;
    t.set_name(s.as_str());
    Ok(())
}
fn get_qualname(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_str(&crate::types::object::type_qualname(o)))
}
fn set_qualname(ts: &ThreadState, o: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    let t = o.typ_payload();
    let v = special_attr_value(ts, t, v, "__qualname__")?;
    if !v.is_a::<PyStr>() {
        return Err(ts.type_error(format!(
            "can only assign string to {}.__qualname__, not '{}'",
            t.name(),
            v.typ().name()
        )));
    }
    t.set_qualname(v.clone());
    Ok(())
}
fn get_module(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let t = o.typ_payload();
    if t.is_heap() {
        return t
            .dict_payload()
            .get_str_rs(ts, "__module__")
            .ok_or_else(|| ts.attribute_error("__module__"));
    }
    Ok(ts.new_str(&crate::types::object::type_module(ts, o).unwrap_or_default()))
}
fn set_module(ts: &ThreadState, o: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    let t = o.typ_payload();
    let v = special_attr_value(ts, t, v, "__module__")?;
    t.dict_payload().set_item_str(ts, "__module__", v.clone())?;
    t.modified();
    Ok(())
}
fn get_bases(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(o.typ_payload().bases().clone())
}
/// `C.__bases__ = (...)`: CPython's `type_set_bases` (heap types, a non-empty tuple of
/// classes with a compatible layout, no cycle); the MRO and the slots are recomputed.
fn set_bases(ts: &ThreadState, o: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    let t = o.typ_payload();
    let v = special_attr_value(ts, t, v, "__bases__")?;
    let items = match v.downcast::<PyTuple>() {
        Some(tu) if !tu.items().is_empty() => tu.items().to_vec(),
        Some(_) => {
            return Err(ts.type_error(format!(
                "can only assign non-empty tuple to {}.__bases__, not ()",
                t.name()
            )));
        }
        None => {
            return Err(ts.type_error(format!(
                "can only assign tuple to {}.__bases__, not {}",
                t.name(),
                v.typ().name()
            )));
        }
    };
    for b in &items {
        let Some(bt) = b.downcast::<PyType>() else {
            return Err(ts.type_error(format!(
                "{}.__bases__ must be tuple of classes, not '{}'",
                t.name(),
                b.typ().name()
            )));
        };
        if bt.is_subtype(o) {
            return Err(ts.type_error("a __bases__ item causes an inheritance cycle"));
        }
    }
    let old_base = t.base().cloned().unwrap_or_else(|| ts.types.object.clone());
    let new_base = &best_base(ts, &items)?;
    let (ob, nb) = (old_base.typ_payload(), new_base.typ_payload());
    if ob.payload_id != nb.payload_id || nb.basicsize.get() > t.basicsize.get() {
        return Err(ts.type_error(format!(
            "__bases__ assignment: '{}' deallocator differs from '{}'",
            nb.name(),
            ob.name()
        )));
    }
    let mro = typeobj::c3_mro(ts, o, &items)?;
    let old_bases = t.bases().clone();
    let old_base_ = t.base().cloned();
    let old_mro = t.mro().clone();
    t.set_bases(ts.new_tuple(items.clone()));
    t.set_base(Some(new_base.clone()));
    t.set_mro(ts.new_tuple(mro));
    match custom_mro(ts, o) {
        Ok(Some(m)) => t.set_mro(m),
        Ok(None) => {}
        Err(e) => {
            // `type_set_bases` restores the old bases when the new MRO fails.
            t.set_bases(old_bases);
            t.set_base(old_base_);
            t.set_mro(old_mro);
            return Err(e);
        }
    }
    // `type_set_bases`: the class leaves its old bases' `__subclasses__()` for the new ones'.
    if let Some(ob) = old_bases.downcast::<PyTuple>() {
        for b in ob.items() {
            b.typ_payload().remove_subclass(o);
        }
    }
    for b in &items {
        b.typ_payload().add_subclass(ts, o);
    }
    recompute_slots(ts, o);
    t.modified();
    // `mro_hierarchy`: every subclass's MRO and slots follow.
    let mut stack = t.subclasses();
    let mut seen = 0usize;
    while let Some(sub) = stack.pop() {
        seen += 1;
        if seen > 100_000 {
            break;
        }
        let st = sub.typ_payload();
        let sb = st.bases().clone();
        let sbases = sb
            .downcast::<PyTuple>()
            .map(|tu| tu.items().to_vec())
            .unwrap_or_default();
        let m = typeobj::c3_mro(ts, &sub, &sbases)?;
        st.set_mro(ts.new_tuple(m));
        recompute_slots(ts, &sub);
        st.modified();
        stack.extend(st.subclasses());
    }
    Ok(())
}

/// A heap type's slots from its MRO: inherited along it, `tp_new` from the solid base
/// (`type_ready_set_new`), then the dunders defined in heap classes.
fn recompute_slots(ts: &ThreadState, ty: &ObjRef) {
    let t = ty.typ_payload();
    let mut slots = Slots::NONE;
    for b in t.mro_items()[1..].iter() {
        slots.inherit(b.typ_payload().slots());
    }
    if let Some(b) = t.base() {
        slots.new = b.typ_payload().slots().new;
    }
    *t.slots_mut() = slots;
    slotdefs::fixup_heap_slots(ts, ty);
}
fn get_base(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(o.typ_payload().base().cloned().unwrap_or_else(|| ts.none()))
}
fn get_mro(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let t = o.typ_payload();
    if t.has_flag(flags::MRO_PENDING) {
        return Ok(ts.none());
    }
    Ok(t.mro().clone())
}
fn get_dict(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_mappingproxy(o.typ_payload().dict().clone()))
}
fn get_doc(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let t = o.typ_payload();
    if !t.is_heap()
        && let Some(spec) = t.spec
        && !spec.doc.is_empty()
    {
        return Ok(ts.new_str(spec.doc));
    }
    let d = t
        .dict_payload()
        .get_str_rs(ts, "__doc__")
        .unwrap_or_else(|| ts.none());
    // A built-in type's own `__doc__` descriptor is its instances'.
    if !t.is_heap() && d.typ().slots().descr_get.is_some() {
        return Ok(ts.none());
    }
    ab::descr_get(ts, &d, None, Some(o))
}
/// `type_set_doc` (`check_set_special_type_attr`).
fn set_doc(ts: &ThreadState, o: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    let t = o.typ_payload();
    let v = special_attr_value(ts, t, v, "__doc__")?;
    t.dict_payload().set_item_str(ts, "__doc__", v.clone())?;
    t.modified();
    Ok(())
}
fn get_abstract(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    // `type` itself: its dict's entry is this descriptor.
    if o.is(&ts.types.type_) {
        return Err(ts.attribute_error("__abstractmethods__"));
    }
    o.typ_payload()
        .dict_payload()
        .get_str_rs(ts, "__abstractmethods__")
        .ok_or_else(|| ts.attribute_error("__abstractmethods__"))
}
fn set_abstract(ts: &ThreadState, o: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    let t = o.typ_payload();
    match v {
        Some(v) => {
            let abstract_ = ab::is_true(ts, v)?;
            t.dict_payload()
                .set_item_str(ts, "__abstractmethods__", v.clone())?;
            let f = t.flags.get();
            t.flags.set(if abstract_ {
                f | flags::IS_ABSTRACT
            } else {
                f & !flags::IS_ABSTRACT
            });
        }
        None => {
            // A class without the entry: AttributeError, not KeyError.
            if t.dict_payload()
                .del_item(ts, &ts.intern("__abstractmethods__"))?
                .is_none()
            {
                return Err(ts.attribute_error("__abstractmethods__"));
            }
            t.flags.set(t.flags.get() & !flags::IS_ABSTRACT);
        }
    }
    Ok(())
}

/// `type.__flags__`: taipan's flag bits are CPython's, plus `Py_TPFLAGS_READY` and
/// `Py_TPFLAGS_IMMUTABLETYPE` for static types; taipan's own bits are left out.
fn get_flags(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let t = o.typ_payload();
    let own = flags::WEAKREFABLE | flags::MRO_PENDING | flags::SEQ_REPEAT;
    let mut f = (t.flags.get() & !own) | (1 << 12);
    if !t.is_heap() {
        f |= 1 << 8;
    }
    Ok(ts.new_int(f as i64))
}
/// `type.__basicsize__` and `__itemsize__`: CPython 3.11's layout (`sizeof::layout`).
fn get_basicsize(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(crate::sizeof::layout(ts, o).basicsize as i64))
}
fn get_itemsize(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(crate::sizeof::layout(ts, o).itemsize as i64))
}
fn get_dictoffset(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let off = o.typ_payload().dictoffset.get();
    Ok(ts.new_int(if off == 0 { 0 } else { 16 + off as i64 }))
}
fn get_weakrefoffset(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let off = o.typ_payload().weaklistoffset.get();
    Ok(ts.new_int(if off == 0 { 0 } else { 16 + off as i64 }))
}
/// `type.__annotations__` (`type_get_annotations`): the class dict's entry, made empty on
/// first access for heap types.
fn get_annotations(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let t = o.typ_payload();
    let d = t.dict_payload();
    if let Some(a) = d.get_item(ts, &ts.names.__annotations__)? {
        return match a.typ().slots().descr_get {
            Some(get) => get(ts, &a, None, Some(o)),
            None => Ok(a),
        };
    }
    if !t.is_heap() {
        return Err(ts.attribute_error(format!(
            "type object '{}' has no attribute '__annotations__'",
            t.name()
        )));
    }
    let a = ts.new_dict();
    d.set_item(ts, ts.names.__annotations__.clone(), a.clone())?;
    t.modified();
    Ok(a)
}
fn set_annotations(ts: &ThreadState, o: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    let t = o.typ_payload();
    if !t.is_heap() {
        return Err(attr::immutable_type_error(ts, t, "__annotations__"));
    }
    let d = t.dict_payload();
    match v {
        Some(v) => d.set_item(ts, ts.names.__annotations__.clone(), v.clone())?,
        None => {
            if d.get_item(ts, &ts.names.__annotations__)?.is_none() {
                return Err(ts.attribute_error("__annotations__"));
            }
            d.del_item(ts, &ts.names.__annotations__)?;
        }
    }
    t.modified();
    Ok(())
}

/// `type.mro()`: the C3 linearization of the class and its `__bases__`.
fn mro(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let t = o.typ_payload();
    if !t.is_heap() {
        return Ok(ts.new_list(t.mro_items().to_vec()));
    }
    let bases = t
        .bases()
        .downcast::<PyTuple>()
        .map(|b| b.items().to_vec())
        .unwrap_or_default();
    Ok(ts.new_list(typeobj::c3_mro(ts, o, &bases)?))
}

/// `mro_invoke`: a metaclass overriding `mro()` gives the MRO (a provisional C3 one is in
/// place while it runs); `mro_check` validates what it returns.
fn custom_mro(ts: &ThreadState, ty: &ObjRef) -> PyResult<Option<ObjRef>> {
    let meta = ty.class();
    if meta.is(&ts.types.type_) {
        return Ok(None);
    }
    let Some(f) = meta.typ_payload().lookup(ts, &ts.intern("mro")) else {
        return Ok(None);
    };
    if f.is_a::<crate::types::descr::PyMethodDescr>() {
        return Ok(None);
    }
    let r = ab::call_unbound(ts, &f, ty, &[])?;
    let items = ab::collect(ts, &r)?;
    let solid = ty.typ_payload().base().cloned();
    for c in &items {
        let Some(ct) = c.downcast::<PyType>() else {
            return Err(ts.type_error(format!("mro() returned a non-class ('{}')", c.typ().name())));
        };
        if let Some(s) = &solid
            && !s.typ_payload().is_subtype(c)
            && ct.payload_id != ty.typ_payload().payload_id
            && ct.payload_id != std::any::TypeId::of::<()>()
        {
            return Err(ts.type_error(format!(
                "mro() returned base with unsuitable layout ('{}')",
                ct.name()
            )));
        }
    }
    Ok(Some(ts.new_tuple(items)))
}
fn instancecheck(ts: &ThreadState, o: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.bool_obj(type_check(x, o)))
}
fn subclasscheck(ts: &ThreadState, o: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    match x.downcast::<PyType>() {
        Some(t) => Ok(ts.bool_obj(t.is_subtype(o))),
        None => Err(ts.type_error("issubclass() arg 1 must be a class")),
    }
}
/// `type.__dir__`: the names in the class's dict and its bases' (CPython's `merge_class_dict`).
fn type_dir(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let mut names: Vec<ObjRef> = Vec::new();
    let mut seen = rustc_hash::FxHashSet::default();
    for t in o.typ_payload().mro_items() {
        for k in t.typ_payload().dict_payload().keys() {
            if seen.insert(ab::str_of(&k).to_string()) {
                names.push(k);
            }
        }
    }
    Ok(ts.new_list(names))
}
fn prepare(ts: &ThreadState, _: &ObjRef, _: &[ObjRef], _: Option<&ObjRef>) -> PyResult<ObjRef> {
    Ok(ts.new_dict())
}
fn subclasses(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_list(o.typ_payload().subclasses()))
}

/// Built-in types whose `__class_getitem__` makes a `types.GenericAlias` (`list[int]`).
const GENERIC_BUILTINS: &[&str] = &[
    "type",
    "list",
    "dict",
    "tuple",
    "set",
    "frozenset",
    "enumerate",
    "collections.deque",
    "collections.defaultdict",
    "collections.OrderedDict",
    "re.Pattern",
    "re.Match",
];

/// `cls[item]` for a class without `__class_getitem__` in its dict chain: a
/// `types.GenericAlias` when a built-in generic type is in its MRO, else CPython's error.
pub fn generic_alias(ts: &ThreadState, o: &ObjRef, k: &ObjRef) -> PyResult<ObjRef> {
    let t = o.typ_payload();
    let generic = t
        .mro_items()
        .iter()
        .any(|b| !b.typ_payload().is_heap() && GENERIC_BUILTINS.contains(&b.typ_payload().name()));
    if generic {
        return Ok(ts.new_generic_alias(o.clone(), k.clone()));
    }
    Err(ts.type_error(format!("type '{}' is not subscriptable", t.name())))
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("mro", Meth::NoArgs(mro)),
    MethodDef::new("__dir__", Meth::NoArgs(type_dir)),
    MethodDef::new("__instancecheck__", Meth::O(instancecheck)),
    MethodDef::new("__subclasscheck__", Meth::O(subclasscheck)),
    MethodDef::class("__prepare__", Meth::FastKw(prepare)),
    MethodDef::new("__subclasses__", Meth::NoArgs(subclasses)),
];

static GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "__name__",
        get: get_name,
        set: Some(set_name),
        doc: "",
    },
    GetSetDef {
        name: "__qualname__",
        get: get_qualname,
        set: Some(set_qualname),
        doc: "",
    },
    GetSetDef {
        name: "__module__",
        get: get_module,
        set: Some(set_module),
        doc: "",
    },
    GetSetDef {
        name: "__bases__",
        get: get_bases,
        set: Some(set_bases),
        doc: "",
    },
    GetSetDef::member_ro("__base__", get_base),
    GetSetDef::member_ro("__mro__", get_mro),
    GetSetDef::ro("__dict__", get_dict),
    GetSetDef {
        name: "__doc__",
        get: get_doc,
        set: Some(set_doc),
        doc: "",
    },
    GetSetDef {
        name: "__abstractmethods__",
        get: get_abstract,
        set: Some(set_abstract),
        doc: "",
    },
    GetSetDef::member_ro("__flags__", get_flags),
    GetSetDef::member_ro("__basicsize__", get_basicsize),
    GetSetDef::member_ro("__itemsize__", get_itemsize),
    GetSetDef::member_ro("__dictoffset__", get_dictoffset),
    GetSetDef::member_ro("__weakrefoffset__", get_weakrefoffset),
    GetSetDef {
        name: "__annotations__",
        get: get_annotations,
        set: Some(set_annotations),
        doc: "",
    },
];

pub static SPEC: TypeSpec = TypeSpec {
    flags: flags::BASETYPE | flags::TYPE_SUBCLASS | flags::HAVE_GC,
    slots: Slots {
        repr: Some(repr),
        call: Some(call),
        new: Some(new),
        number: {
            let mut n: [Option<crate::typeobj::slots::BinaryFn>; crate::typeobj::slots::nb::COUNT] =
                [None; crate::typeobj::slots::nb::COUNT];
            n[crate::typeobj::slots::nb::OR] = Some(crate::types::genericalias::union_or);
            n
        },
        init: Some(type_init),
        getattro: Some(attr::type_getattro),
        setattro: Some(attr::type_setattro),
        traverse: Some(crate::typeobj::type_traverse),
        clear: Some(crate::typeobj::type_clear),
        ..Slots::NONE
    },
    methods: &[METHODS],
    getsets: GETSETS,
    doc: "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
    ..TypeSpec::new("type", PayloadInfo::of::<PyType>())
};

impl ThreadState {
    /// The `__name__` of the running frame's globals (for a class's `__module__`).
    pub fn current_globals_name(&self) -> Option<ObjRef> {
        let g = (self.hooks.current_globals.get())(self)?;
        g.downcast::<PyDict>()?.get_str_rs(self, "__name__")
    }
}

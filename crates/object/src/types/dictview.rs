//! `dict_keys`, `dict_values`, `dict_items`: live views of a dict (len, iteration, `in`,
//! repr as `dict_keys([...])`).

use crate::abstract_ as ab;
use crate::error::PyResult;
use crate::header::{ObjRef, PyPayload, alloc_object};
use crate::thread::ThreadState;
use crate::typeobj::slots::BinaryFn;
use crate::typeobj::{
    CompareOp, GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags, nb,
};
use crate::types::dict::{PyDict, ViewKind, new_dict_iter, new_dict_iter_dir};
use crate::types::set::{self, PySet};

pub struct PyDictView {
    d: ObjRef,
    kind: ViewKind,
}
impl PyPayload for PyDictView {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.dict_keys
    }
}

/// `d.keys()`, `d.values()`, `d.items()`.
pub fn new_view(ts: &ThreadState, d: &ObjRef, kind: ViewKind) -> PyResult<ObjRef> {
    let ty = match kind {
        ViewKind::Keys => &ts.types.dict_keys,
        ViewKind::Values => &ts.types.dict_values,
        ViewKind::Items => &ts.types.dict_items,
    };
    Ok(alloc_object(ts, ty, PyDictView { d: d.clone(), kind }))
}

fn this(o: &ObjRef) -> &PyDictView {
    o.downcast::<PyDictView>().expect("dict view")
}
fn dict(o: &ObjRef) -> &PyDict {
    this(o).d.downcast::<PyDict>().expect("dict")
}

fn len(_: &ThreadState, o: &ObjRef) -> PyResult<usize> {
    Ok(dict(o).len())
}
fn iter(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(new_dict_iter(ts, &this(o).d, this(o).kind))
}
fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    if !ts.repr_enter(o) {
        return Ok(ts.new_str("..."));
    }
    let r = (|| {
        let items = ab::collect(ts, o)?;
        let list = ts.new_list(items);
        ab::repr_string(ts, &list)
    })();
    ts.repr_leave(o);
    Ok(ts.new_string(format!("{}({})", o.typ().name(), r?)))
}
fn contains(ts: &ThreadState, o: &ObjRef, k: &ObjRef) -> PyResult<bool> {
    let d = dict(o);
    match this(o).kind {
        ViewKind::Keys => Ok(d.get_item(ts, k)?.is_some()),
        ViewKind::Values => ab::contains_by_iter(ts, o, k),
        ViewKind::Items => {
            let Some(t) = k.downcast::<crate::types::tuple::PyTuple>() else {
                return Ok(false);
            };
            if t.len() != 2 {
                return Ok(false);
            }
            match d.get_item(ts, &t.items()[0])? {
                Some(v) => ab::eq(ts, &v, &t.items()[1]),
                None => Ok(false),
            }
        }
    }
}
fn traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    visit(&this(o).d);
}

fn reversed(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(new_dict_iter_dir(ts, &this(o).d, this(o).kind, true))
}

// ---- set operations of keys and items views (`dictviews_or` and friends) ----

fn is_setlike_view(o: &ObjRef) -> bool {
    o.downcast::<PyDictView>()
        .is_some_and(|v| v.kind != ViewKind::Values)
}
fn set_of(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let s = ts.new_set(&[])?;
    s.downcast::<PySet>().expect("set").update(ts, o)?;
    Ok(s)
}
fn view_or(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    let r = set_of(ts, a)?;
    r.downcast::<PySet>().expect("set").update(ts, b)?;
    Ok(r)
}
fn view_sub(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    let r = set_of(ts, a)?;
    set::difference_update(ts, r.downcast::<PySet>().expect("set"), &r, b)?;
    Ok(r)
}
fn view_xor(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    let r = set_of(ts, a)?;
    set::symmetric_difference_update(ts, r.downcast::<PySet>().expect("set"), &r, b)?;
    Ok(r)
}
fn view_and(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    let (mut v, mut other) = if is_setlike_view(a) { (a, b) } else { (b, a) };
    let len_self = dict(v).len();
    if other.is_exact(&ts.types.set) && len_self <= ab::len(ts, other)? {
        return ab::call_method(ts, other, "intersection", &[v.clone()]);
    }
    if is_setlike_view(other) && dict(other).len() > len_self {
        std::mem::swap(&mut v, &mut other);
    }
    let r = ts.new_set(&[])?;
    let rs = r.downcast::<PySet>().expect("set");
    let it = ab::iter(ts, other)?;
    while let Some(k) = ab::next(ts, &it)? {
        if contains(ts, v, &k)? {
            rs.add(ts, k)?;
        }
    }
    Ok(r)
}
fn isdisjoint(ts: &ThreadState, o: &ObjRef, other: &ObjRef) -> PyResult<ObjRef> {
    let it = ab::iter(ts, other)?;
    while let Some(k) = ab::next(ts, &it)? {
        if contains(ts, o, &k)? {
            return Ok(ts.bool_obj(false));
        }
    }
    Ok(ts.bool_obj(true))
}
fn richcompare(ts: &ThreadState, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    if !(b.is_a::<PySet>() || is_setlike_view(b)) {
        return Ok(ts.not_implemented());
    }
    let (la, lb) = (ab::len(ts, a)?, ab::len(ts, b)?);
    let all_in = |x: &ObjRef, y: &ObjRef| -> PyResult<bool> {
        let it = ab::iter(ts, x)?;
        while let Some(k) = ab::next(ts, &it)? {
            if !ab::contains(ts, y, &k)? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    let r = match op {
        CompareOp::Eq => la == lb && all_in(a, b)?,
        CompareOp::Ne => !(la == lb && all_in(a, b)?),
        CompareOp::Le => la <= lb && all_in(a, b)?,
        CompareOp::Lt => la < lb && all_in(a, b)?,
        CompareOp::Ge => la >= lb && all_in(b, a)?,
        CompareOp::Gt => la > lb && all_in(b, a)?,
    };
    Ok(ts.bool_obj(r))
}

const fn setlike_number() -> [Option<BinaryFn>; nb::COUNT] {
    let mut n: [Option<BinaryFn>; nb::COUNT] = [None; nb::COUNT];
    n[nb::OR] = Some(view_or);
    n[nb::AND] = Some(view_and);
    n[nb::SUBTRACT] = Some(view_sub);
    n[nb::XOR] = Some(view_xor);
    n
}

fn mapping(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_mappingproxy(this(o).d.clone()))
}
static VIEW_GETSETS: &[GetSetDef] = &[GetSetDef::ro("mapping", mapping)];
static VIEW_METHODS: &[MethodDef] = &[MethodDef::new("__reversed__", Meth::NoArgs(reversed))];
static SETLIKE_METHODS: &[MethodDef] = &[MethodDef::new("isdisjoint", Meth::O(isdisjoint))];

const SETLIKE_SLOTS: Slots = Slots {
    number: setlike_number(),
    richcompare: Some(richcompare),
    hash: Some(crate::types::object::hash_not_implemented),
    ..VIEW_SLOTS
};

const VIEW_SLOTS: Slots = Slots {
    len: Some(len),
    iter: Some(iter),
    repr: Some(repr),
    contains: Some(contains),
    traverse: Some(traverse),
    ..Slots::NONE
};
pub static KEYS_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: SETLIKE_SLOTS,
    methods: &[VIEW_METHODS, SETLIKE_METHODS],
    getsets: VIEW_GETSETS,
    ..TypeSpec::new("dict_keys", PayloadInfo::of::<PyDictView>())
};
pub static VALUES_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: VIEW_SLOTS,
    methods: &[VIEW_METHODS],
    getsets: VIEW_GETSETS,
    ..TypeSpec::new("dict_values", PayloadInfo::of::<PyDictView>())
};
pub static ITEMS_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: SETLIKE_SLOTS,
    methods: &[VIEW_METHODS, SETLIKE_METHODS],
    getsets: VIEW_GETSETS,
    ..TypeSpec::new("dict_items", PayloadInfo::of::<PyDictView>())
};

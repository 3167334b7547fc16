//! `dict_keys`, `dict_values`, `dict_items`: live views of a dict (len, iteration, `in`,
//! repr as `dict_keys([...])`).

use crate::abstract_ as ab;
use crate::error::PyResult;
use crate::header::{ObjRef, PyPayload, alloc_object};
use crate::thread::ThreadState;
use crate::typeobj::{PayloadInfo, Slots, TypeSpec, flags};
use crate::types::dict::{PyDict, ViewKind, new_dict_iter};

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
    slots: VIEW_SLOTS,
    ..TypeSpec::new("dict_keys", PayloadInfo::of::<PyDictView>())
};
pub static VALUES_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: VIEW_SLOTS,
    ..TypeSpec::new("dict_values", PayloadInfo::of::<PyDictView>())
};
pub static ITEMS_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: VIEW_SLOTS,
    ..TypeSpec::new("dict_items", PayloadInfo::of::<PyDictView>())
};

//! CPython 3.11's object sizes on 64-bit Linux, for `sys.getsizeof` and the `__sizeof__`
//! methods: the layout CPython gives each built-in type (`tp_basicsize`, `tp_itemsize`, GC,
//! managed `__dict__`), a class's layout derived from taipan's as `type_new` derives it
//! (weakref, `__dict__` and `__slots__` words above the solid built-in base), and
//! `object.__sizeof__` (`tp_basicsize + tp_itemsize * Py_SIZE`). The types with a variable
//! part of their own (list, dict, set, str, int, bytearray) compute it in their file over
//! [`basicsize`].

use crate::header::ObjRef;
use crate::thread::ThreadState;
use crate::typeobj::PyType;

/// `sizeof(PyGC_Head)`: what `getsizeof` adds for a GC-tracked type.
const GC_HEAD: usize = 16;

/// A type's instance layout as CPython 3.11 has it.
#[derive(Clone, Copy)]
pub struct Layout {
    pub basicsize: usize,
    pub itemsize: usize,
    pub gc: bool,
    /// `Py_TPFLAGS_MANAGED_DICT`: the `__dict__` pointers sit before the object (two words).
    pub managed_dict: bool,
}

/// CPython's (basicsize, itemsize, gc) for the built-in types taipan has; `None` for a type
/// this table does not know.
fn builtin_layout(ts: &ThreadState, t: &ObjRef) -> Option<(usize, usize, bool)> {
    let ty = &ts.types;
    let table: [(&ObjRef, usize, usize, bool); 27] = [
        (&ty.object, 16, 0, false),
        (&ty.none_type, 16, 0, false),
        (&ty.not_implemented_type, 16, 0, false),
        (&ty.ellipsis_type, 16, 0, false),
        (&ty.int, 24, 4, false),
        (&ty.bool_, 32, 4, false),
        (&ty.float, 24, 0, false),
        (&ty.complex, 32, 0, false),
        (&ty.str_, 80, 0, false),
        (&ty.bytes, 33, 1, false),
        (&ty.bytearray, 56, 0, false),
        (&ty.tuple, 24, 8, true),
        (&ty.list, 40, 0, true),
        (&ty.dict, 48, 0, true),
        (&ty.set, 200, 0, true),
        (&ty.frozenset, 200, 0, true),
        (&ty.range, 48, 0, false),
        (&ty.slice, 40, 0, true),
        (&ty.cell, 24, 0, true),
        (&ty.property, 64, 0, true),
        (&ty.classmethod, 32, 0, true),
        (&ty.staticmethod, 32, 0, true),
        (&ty.enumerate, 56, 0, true),
        (&ty.zip, 48, 0, true),
        (&ty.map, 32, 0, true),
        (&ty.filter, 32, 0, true),
        (&ty.reversed, 32, 0, true),
    ];
    if let Some(&(_, b, i, gc)) = table.iter().find(|(x, ..)| x.is(t)) {
        return Some((b, i, gc));
    }
    let p = t.typ_payload();
    if !p.is_subtype(&ts.exc.base_exception) {
        return None;
    }
    // The exception structs of `Include/cpython/pyerrors.h`.
    let e = &ts.exc;
    let sizes: [(&ObjRef, usize); 10] = [
        (&e.syntax_error, 136),
        (&e.os_error, 112),
        (&e.unicode_decode_error, 112),
        (&e.unicode_encode_error, 112),
        (&e.unicode_translate_error, 112),
        (&e.import_error, 96),
        (&e.base_exception_group, 88),
        (&e.attribute_error, 88),
        (&e.name_error, 80),
        (&e.stop_iteration, 80),
    ];
    let size = if t.is(&e.system_exit) {
        80
    } else if t.is(&e.exception_group) {
        96
    } else {
        sizes
            .iter()
            .find(|(b, _)| p.is_subtype(b))
            .map_or(72, |&(_, s)| s)
    };
    Some((size, 0, true))
}

/// The layout of instances of `t` as CPython 3.11 makes it.
pub fn layout(ts: &ThreadState, t: &ObjRef) -> Layout {
    let p = t.typ_payload();
    // The nearest built-in (static) type in the solid-base chain.
    let mut solid = t.clone();
    while solid.typ_payload().is_heap() {
        match solid.typ_payload().base() {
            Some(b) => solid = b.clone(),
            None => break,
        }
    }
    let sp: &PyType = solid.typ_payload();
    let (basic, item, gc) =
        builtin_layout(ts, &solid).unwrap_or((sp.basicsize.get(), 0, sp.is_gc()));
    if !p.is_heap() {
        return Layout {
            basicsize: basic,
            itemsize: item,
            gc,
            managed_dict: false,
        };
    }
    // `type_new`: the words a class adds over its built-in base (a weakref list, a
    // `__dict__`, `__slots__` members) are the same in taipan's layout; a `__dict__` over a
    // fixed-size base is managed (before the object, not in `tp_basicsize`).
    let added = p
        .basicsize
        .get()
        .saturating_sub(sp.basicsize.get().next_multiple_of(8));
    let managed = p.dictoffset.get() != 0 && sp.dictoffset.get() == 0 && item == 0;
    Layout {
        basicsize: basic + added - if managed { 8 } else { 0 },
        itemsize: item,
        gc: true,
        managed_dict: managed,
    }
}

/// `_PyObject_SIZE(Py_TYPE(o))`: CPython's `tp_basicsize` of `o`'s type.
pub fn basicsize(ts: &ThreadState, o: &ObjRef) -> usize {
    layout(ts, o.class()).basicsize
}

/// `Py_SIZE(o)` of the variable-sized built-ins `object.__sizeof__` counts.
fn ob_size(o: &ObjRef) -> usize {
    if let Some(t) = o.downcast::<crate::types::tuple::PyTuple>() {
        t.len()
    } else if let Some(b) = o.downcast::<crate::types::bytes::PyBytes>() {
        b.as_bytes().len()
    } else {
        0
    }
}

/// `object.__sizeof__`: `tp_basicsize + tp_itemsize * Py_SIZE(o)`.
pub fn object_sizeof(ts: &ThreadState, o: &ObjRef) -> usize {
    let l = layout(ts, o.class());
    l.basicsize + l.itemsize * ob_size(o)
}

/// `_PyType_PreHeaderSize`: what `sys.getsizeof` adds to `__sizeof__()` (the GC head, the
/// managed `__dict__` words).
pub fn preheader_size(ts: &ThreadState, o: &ObjRef) -> usize {
    let l = layout(ts, o.class());
    let gc = if l.gc { GC_HEAD } else { 0 };
    gc + if l.managed_dict { 16 } else { 0 }
}

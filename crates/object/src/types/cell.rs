//! `cell`: the box a closure variable lives in (`MAKE_CELL`, `LOAD_DEREF`, `__closure__`).

use std::cell::Cell;

use crate::abstract_ as ab;
use crate::error::PyResult;
use crate::header::{ObjRef, PyPayload, alloc_object};
use crate::thread::ThreadState;
use crate::typeobj::{CompareOp, GetSetDef, PayloadInfo, Slots, TypeSpec, flags};

pub struct PyCell {
    v: Cell<Option<ObjRef>>,
}

impl PyPayload for PyCell {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.cell
    }
}

impl PyCell {
    #[inline]
    pub fn get(&self) -> Option<ObjRef> {
        let v = self.v.take();
        self.v.set(v.clone());
        v
    }
    /// Stores a value (the old one is dropped after the store).
    #[inline]
    pub fn set(&self, v: Option<ObjRef>) {
        drop(self.v.replace(v));
    }
}

impl ThreadState {
    pub fn new_cell(&self, v: Option<ObjRef>) -> ObjRef {
        alloc_object(self, &self.types.cell, PyCell { v: Cell::new(v) })
    }
}

fn this(o: &ObjRef) -> &PyCell {
    o.downcast::<PyCell>().expect("cell")
}

fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_string(match this(o).get() {
        None => format!("<cell at {:#x}: empty>", o.id()),
        Some(v) => format!(
            "<cell at {:#x}: {} object at {:#x}>",
            o.id(),
            v.typ().name(),
            v.id()
        ),
    }))
}
fn get_contents(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    this(o).get().ok_or_else(|| ts.value_error("Cell is empty"))
}
fn set_contents(_: &ThreadState, o: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    this(o).set(v.cloned());
    Ok(())
}
fn richcompare(ts: &ThreadState, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    let Some(y) = b.downcast::<PyCell>() else {
        return Ok(ts.not_implemented());
    };
    match (this(a).get(), y.get()) {
        (Some(x), Some(y)) => ab::rich_compare(ts, &x, &y, op),
        (x, y) => Ok(ts.bool_obj(op.test((x.is_some()).cmp(&y.is_some())))),
    }
}
/// `cell([contents], /)`.
fn new(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    crate::args::no_kwargs(ts, "cell", kw)?;
    crate::args::check_positional(ts, "cell", a.len(), 0, 1)?;
    Ok(ts.new_cell(a.first().cloned()))
}
fn traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    if let Some(v) = this(o).get() {
        visit(&v);
    }
}
fn clear(_: &ThreadState, o: &ObjRef) {
    this(o).set(None);
}

static GETSETS: &[GetSetDef] = &[GetSetDef {
    name: "cell_contents",
    get: get_contents,
    set: Some(set_contents),
    doc: "",
}];

pub static SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: Slots {
        repr: Some(repr),
        richcompare: Some(richcompare),
        new: Some(new),
        hash: Some(crate::types::object::hash_not_implemented),
        traverse: Some(traverse),
        clear: Some(clear),
        ..Slots::NONE
    },
    getsets: GETSETS,
    ..TypeSpec::new("cell", PayloadInfo::of::<PyCell>())
};

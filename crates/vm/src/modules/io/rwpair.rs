//! `_io.BufferedRWPair` (CPython's `bufferedio.c` rwpair): a `BufferedReader` over one raw
//! stream and a `BufferedWriter` over another, read calls going to the first and write calls
//! to the second.

use std::cell::RefCell;

use taipan_object::abstract_ as ab;
use taipan_object::args;
use taipan_object::typeobj::{GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags};
use taipan_object::{ObjRef, PyPayload, PyResult, ThreadState, alloc_object};

use super::{DEFAULT_BUFFER_SIZE, types, unsupported};

pub struct PyRWPair {
    /// `(reader, writer)` once initialised.
    pair: RefCell<Option<(ObjRef, ObjRef)>>,
}
impl PyPayload for PyRWPair {}

fn this(o: &ObjRef) -> &PyRWPair {
    o.downcast::<PyRWPair>().expect("BufferedRWPair")
}

fn pair(ts: &ThreadState, o: &ObjRef) -> PyResult<(ObjRef, ObjRef)> {
    this(o)
        .pair
        .borrow()
        .clone()
        .ok_or_else(|| ts.value_error("I/O operation on uninitialized object"))
}

fn new(ts: &ThreadState, ty: &ObjRef, _: &[ObjRef], _: Option<&ObjRef>) -> PyResult<ObjRef> {
    Ok(alloc_object(
        ts,
        ty,
        PyRWPair {
            pair: RefCell::new(None),
        },
    ))
}

fn init(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<()> {
    args::no_kwargs(ts, "BufferedRWPair", kw)?;
    args::check_positional(ts, "BufferedRWPair", a.len(), 2, 3)?;
    let size = a
        .get(2)
        .cloned()
        .unwrap_or_else(|| ts.new_int(DEFAULT_BUFFER_SIZE as i64));
    let readable = ab::call_method(ts, &a[0], "readable", &[])?;
    if !ab::is_true(ts, &readable)? {
        return Err(unsupported(ts, "File or stream is not readable."));
    }
    let writable = ab::call_method(ts, &a[1], "writable", &[])?;
    if !ab::is_true(ts, &writable)? {
        return Err(unsupported(ts, "File or stream is not writable."));
    }
    let t = types();
    let reader = ab::call(
        ts,
        super::ty(&t.buffered_reader),
        &[a[0].clone(), size.clone()],
    )?;
    let writer = ab::call(ts, super::ty(&t.buffered_writer), &[a[1].clone(), size])?;
    *this(o).pair.borrow_mut() = Some((reader, writer));
    Ok(())
}

macro_rules! forward {
    ($name:ident, $side:tt, $meth:literal) => {
        fn $name(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
            let p = pair(ts, o)?;
            ab::call_method(ts, &p.$side, $meth, a)
        }
    };
}
forward!(read, 0, "read");
forward!(peek, 0, "peek");
forward!(read1, 0, "read1");
forward!(readinto, 0, "readinto");
forward!(readinto1, 0, "readinto1");
forward!(readable, 0, "readable");
forward!(write, 1, "write");
forward!(flush, 1, "flush");
forward!(writable, 1, "writable");

fn isatty(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let (r, w) = pair(ts, o)?;
    let wt = ab::call_method(ts, &w, "isatty", &[])?;
    if ab::is_true(ts, &wt)? {
        return Ok(wt);
    }
    ab::call_method(ts, &r, "isatty", &[])
}

/// Closes the writer, then the reader even if that failed (the first error wins, the
/// second is chained to it as CPython does).
fn close(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let (r, w) = pair(ts, o)?;
    let first = ab::call_method(ts, &w, "close", &[]);
    let second = ab::call_method(ts, &r, "close", &[]);
    match (first, second) {
        (Err(e), _) => Err(e),
        (Ok(_), Err(e)) => Err(e),
        (Ok(_), Ok(v)) => Ok(v),
    }
}

fn closed(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let (_, w) = pair(ts, o)?;
    ab::getattr_str(ts, &w, "closed")
}

fn traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    if let Ok(p) = this(o).pair.try_borrow()
        && let Some((r, w)) = &*p
    {
        visit(r);
        visit(w);
    }
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("read", Meth::Fast(read)),
    MethodDef::new("peek", Meth::Fast(peek)),
    MethodDef::new("read1", Meth::Fast(read1)),
    MethodDef::new("readinto", Meth::Fast(readinto)),
    MethodDef::new("readinto1", Meth::Fast(readinto1)),
    MethodDef::new("readable", Meth::Fast(readable)),
    MethodDef::new("write", Meth::Fast(write)),
    MethodDef::new("flush", Meth::Fast(flush)),
    MethodDef::new("writable", Meth::Fast(writable)),
    MethodDef::new("isatty", Meth::NoArgs(isatty)),
    MethodDef::new("close", Meth::NoArgs(close)),
];
static GETSETS: &[GetSetDef] = &[GetSetDef::ro("closed", closed)];

pub static SPEC: TypeSpec = TypeSpec {
    base: Some(|_| super::ty(&types().bufferediobase)),
    flags: flags::BASETYPE | flags::HAVE_GC | flags::WEAKREFABLE,
    slots: Slots {
        new: Some(new),
        init: Some(init),
        traverse: Some(traverse),
        ..Slots::NONE
    },
    methods: &[METHODS],
    getsets: GETSETS,
    ..TypeSpec::new("_io.BufferedRWPair", PayloadInfo::of::<PyRWPair>())
};

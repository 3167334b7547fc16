//! `_io.BytesIO` (CPython's `bytesio.c`): an in-memory binary stream: `read`/`read1`/
//! `readline`/`readinto`, `write` at the position (zero-padded past the end), `getvalue`,
//! `seek`/`tell`/`truncate`.

use std::cell::{Cell, RefCell};

use taipan_object::abstract_ as ab;
use taipan_object::args::{self, ArgSpec};
use taipan_object::typeobj::{GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags};
use taipan_object::types::bytes::buffer;
use taipan_object::{ObjRef, PyPayload, PyResult, ThreadState, alloc_object, dict_offset};

use super::{closed_error, size_arg, types};

/// A BytesIO's state.
pub struct PyBytesIO {
    buf: RefCell<Vec<u8>>,
    pos: Cell<usize>,
    closed: Cell<bool>,
    dict: Cell<Option<ObjRef>>,
}
impl PyPayload for PyBytesIO {}

fn this(o: &ObjRef) -> &PyBytesIO {
    o.downcast::<PyBytesIO>().expect("BytesIO")
}

fn new(ts: &ThreadState, ty: &ObjRef, _: &[ObjRef], _: Option<&ObjRef>) -> PyResult<ObjRef> {
    Ok(alloc_object(
        ts,
        ty,
        PyBytesIO {
            buf: RefCell::new(Vec::new()),
            pos: Cell::new(0),
            closed: Cell::new(false),
            dict: Cell::new(None),
        },
    ))
}

static INIT_SPEC: ArgSpec = ArgSpec {
    fname: "BytesIO",
    names: &["initial_bytes"],
    required: 0,
    posonly: 0,
    kwonly: 1,
};

fn init(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<()> {
    let [v] = args::parse::<1>(ts, &INIT_SPEC, a, kw)?;
    let b = this(o);
    let data = match v.filter(|v| !ts.is_none(v)) {
        Some(v) => buffer(ts, &v)?.to_vec(),
        None => Vec::new(),
    };
    *b.buf.borrow_mut() = data;
    b.pos.set(0);
    b.closed.set(false);
    Ok(())
}

fn check(ts: &ThreadState, b: &PyBytesIO) -> PyResult<()> {
    if b.closed.get() {
        return Err(closed_error(ts));
    }
    Ok(())
}

fn take(b: &PyBytesIO, n: isize) -> Vec<u8> {
    let v = b.buf.borrow();
    let pos = b.pos.get().min(v.len());
    let end = if n < 0 {
        v.len()
    } else {
        (pos + n as usize).min(v.len())
    };
    b.pos.set(b.pos.get().max(end));
    v[pos..end].to_vec()
}

fn read(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "read", a.len(), 0, 1)?;
    let b = this(o);
    check(ts, b)?;
    let n = size_arg(ts, a.first())?;
    Ok(ts.new_bytes(take(b, n)))
}

fn readline_bytes(b: &PyBytesIO, limit: isize) -> Vec<u8> {
    let n = {
        let v = b.buf.borrow();
        let pos = b.pos.get().min(v.len());
        let rest = &v[pos..];
        let mut n = match rest.iter().position(|&c| c == b'\n') {
            Some(i) => i + 1,
            None => rest.len(),
        };
        if limit >= 0 {
            n = n.min(limit as usize);
        }
        n
    };
    take(b, n as isize)
}

fn readline(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "readline", a.len(), 0, 1)?;
    let b = this(o);
    check(ts, b)?;
    let n = size_arg(ts, a.first())?;
    Ok(ts.new_bytes(readline_bytes(b, n)))
}

fn readinto(ts: &ThreadState, o: &ObjRef, dst: &ObjRef) -> PyResult<ObjRef> {
    let b = this(o);
    check(ts, b)?;
    let n = super::iobase::writable_len(ts, dst)?;
    let v = take(b, n as isize);
    super::iobase::copy_into(ts, dst, &v)?;
    Ok(ts.new_int(v.len() as i64))
}

fn write(ts: &ThreadState, o: &ObjRef, d: &ObjRef) -> PyResult<ObjRef> {
    let b = this(o);
    check(ts, b)?;
    let data = buffer(ts, d)?.to_vec();
    let mut v = b.buf.borrow_mut();
    let pos = b.pos.get();
    if pos > v.len() {
        v.resize(pos, 0);
    }
    let end = pos + data.len();
    let overlap = end.min(v.len());
    v[pos..overlap].copy_from_slice(&data[..overlap - pos]);
    v.extend_from_slice(&data[overlap - pos..]);
    b.pos.set(end);
    Ok(ts.new_int(data.len() as i64))
}

fn getvalue(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let b = this(o);
    check(ts, b)?;
    Ok(ts.new_bytes(b.buf.borrow().clone()))
}

/// `getbuffer()`: a memoryview of the contents. A deviation: CPython's view is writable and
/// shares the buffer (writes show in the BytesIO, resizing raises BufferError while it
/// lives); this one is a read-only view of a copy, which is what pickle's framing reads.
fn getbuffer(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let b = this(o);
    check(ts, b)?;
    let data = ts.new_bytes(b.buf.borrow().clone());
    ab::call(ts, &ts.types.memoryview, &[data])
}

fn seek(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "seek", a.len(), 1, 2)?;
    let b = this(o);
    let pos = ab::index_isize(ts, &a[0])?;
    let whence = super::fileio::whence_arg(ts, a.get(1))?;
    check(ts, b)?;
    let base = match whence {
        0 => {
            if pos < 0 {
                return Err(ts.value_error(format!("negative seek value {pos}")));
            }
            0
        }
        1 => b.pos.get() as isize,
        2 => b.buf.borrow().len() as isize,
        w => {
            return Err(ts.value_error(format!("invalid whence ({w}, should be 0, 1 or 2)")));
        }
    };
    let new = (base + pos).max(0) as usize;
    b.pos.set(new);
    Ok(ts.new_int(new as i64))
}

fn tell(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let b = this(o);
    check(ts, b)?;
    Ok(ts.new_int(b.pos.get() as i64))
}

fn truncate(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "truncate", a.len(), 0, 1)?;
    let b = this(o);
    check(ts, b)?;
    let size = match a.first().filter(|x| !ts.is_none(x)) {
        Some(x) => ab::index_isize(ts, x)?,
        None => b.pos.get() as isize,
    };
    if size < 0 {
        return Err(ts.value_error(format!("negative size value {size}")));
    }
    let mut v = b.buf.borrow_mut();
    if (size as usize) < v.len() {
        v.truncate(size as usize);
    }
    Ok(ts.new_int(size as i64))
}

fn close(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let b = this(o);
    b.closed.set(true);
    b.buf.borrow_mut().clear();
    Ok(ts.none())
}

fn true_if_open(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    check(ts, this(o))?;
    Ok(ts.bool_obj(true))
}
fn false_if_open(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    check(ts, this(o))?;
    Ok(ts.bool_obj(false))
}
fn flush(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    check(ts, this(o))?;
    Ok(ts.none())
}
fn closed_get(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.bool_obj(this(o).closed.get()))
}

fn iter(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    check(ts, this(o))?;
    Ok(o.clone())
}
fn iternext(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let b = this(o);
    check(ts, b)?;
    if o.typ().is_heap() {
        let l = ab::call_method(ts, o, "readline", &[])?;
        return Ok((ab::len(ts, &l)? > 0).then_some(l));
    }
    let l = readline_bytes(b, -1);
    Ok((!l.is_empty()).then(|| ts.new_bytes(l)))
}

fn traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let b = this(o);
    let d = b.dict.take();
    if let Some(d) = &d {
        visit(d);
    }
    b.dict.set(d);
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("read", Meth::Fast(read)),
    MethodDef::new("read1", Meth::Fast(read)),
    MethodDef::new("readline", Meth::Fast(readline)),
    MethodDef::new("readinto", Meth::O(readinto)),
    MethodDef::new("write", Meth::O(write)),
    MethodDef::new("getvalue", Meth::NoArgs(getvalue)),
    MethodDef::new("getbuffer", Meth::NoArgs(getbuffer)),
    MethodDef::new("seek", Meth::Fast(seek)),
    MethodDef::new("tell", Meth::NoArgs(tell)),
    MethodDef::new("truncate", Meth::Fast(truncate)),
    MethodDef::new("close", Meth::NoArgs(close)),
    MethodDef::new("flush", Meth::NoArgs(flush)),
    MethodDef::new("readable", Meth::NoArgs(true_if_open)),
    MethodDef::new("writable", Meth::NoArgs(true_if_open)),
    MethodDef::new("seekable", Meth::NoArgs(true_if_open)),
    MethodDef::new("isatty", Meth::NoArgs(false_if_open)),
];

static GETSETS: &[GetSetDef] = &[GetSetDef::ro("closed", closed_get)];

pub static SPEC: TypeSpec = TypeSpec {
    base: Some(|_| super::ty(&types().bufferediobase)),
    flags: flags::BASETYPE | flags::HAVE_GC,
    slots: Slots {
        new: Some(new),
        init: Some(init),
        iter: Some(iter),
        iternext: Some(iternext),
        traverse: Some(traverse),
        ..Slots::NONE
    },
    methods: &[METHODS],
    getsets: GETSETS,
    dictoffset: dict_offset!(PyBytesIO, dict),
    ..TypeSpec::new("_io.BytesIO", PayloadInfo::of::<PyBytesIO>())
};

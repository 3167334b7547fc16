//! `_io.BytesIO` (CPython's `bytesio.c`): an in-memory binary stream: `read`/`read1`/
//! `readline`/`readinto`, `write` at the position (zero-padded past the end), `getvalue`,
//! `seek`/`tell`/`truncate`.

use taipan_object::abstract_ as ab;
use taipan_object::args::{self, ArgSpec};
use taipan_object::typeobj::{GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags};
use taipan_object::types::bytes::buffer;
use taipan_object::{ObjRef, PyPayload, PyResult, ThreadState, alloc_object, dict_offset};

use super::memio::{self, MemBuf, MemIO};
use super::{closed_error, size_arg, types};

/// A BytesIO's state.
pub struct PyBytesIO {
    m: MemBuf<u8>,
}
impl PyPayload for PyBytesIO {}

impl MemIO for PyBytesIO {
    type Item = u8;
    const NEGATIVE_SIZE: &'static str = "negative size value";
    const ITER_CHECKS: bool = false;
    fn mem(&self) -> &MemBuf<u8> {
        &self.m
    }
    fn check(&self, ts: &ThreadState) -> PyResult<()> {
        check(ts, self)
    }
    fn next_line(&self, ts: &ThreadState) -> Option<ObjRef> {
        let l = readline_bytes(self, -1);
        (!l.is_empty()).then(|| ts.new_bytes(l))
    }
}

fn this(o: &ObjRef) -> &PyBytesIO {
    o.downcast::<PyBytesIO>().expect("BytesIO")
}

fn new(ts: &ThreadState, ty: &ObjRef, _: &[ObjRef], _: Option<&ObjRef>) -> PyResult<ObjRef> {
    Ok(alloc_object(ts, ty, PyBytesIO { m: MemBuf::new() }))
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
    *b.m.buf.borrow_mut() = data;
    b.m.pos.set(0);
    b.m.closed.set(false);
    Ok(())
}

fn check(ts: &ThreadState, b: &PyBytesIO) -> PyResult<()> {
    if b.m.closed.get() {
        return Err(closed_error(ts));
    }
    Ok(())
}

fn read(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "read", a.len(), 0, 1)?;
    let b = this(o);
    check(ts, b)?;
    let n = size_arg(ts, a.first())?;
    Ok(ts.new_bytes(b.m.take(n)))
}

fn readline_bytes(b: &PyBytesIO, limit: isize) -> Vec<u8> {
    let n = {
        let v = b.m.buf.borrow();
        let pos = b.m.pos.get().min(v.len());
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
    b.m.take(n as isize)
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
    let v = b.m.take(n as isize);
    super::iobase::copy_into(ts, dst, &v)?;
    Ok(ts.new_int(v.len() as i64))
}

fn write(ts: &ThreadState, o: &ObjRef, d: &ObjRef) -> PyResult<ObjRef> {
    let b = this(o);
    check(ts, b)?;
    let data = buffer(ts, d)?.to_vec();
    b.m.write_at(&data);
    Ok(ts.new_int(data.len() as i64))
}

fn getvalue(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let b = this(o);
    check(ts, b)?;
    Ok(ts.new_bytes(b.m.buf.borrow().clone()))
}

/// `__getstate__()`: `(getvalue(), tell(), __dict__ copy or None)`.
fn getstate(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let b = this(o);
    let value = getvalue(ts, o)?;
    let dict = memio::state_dict(ts, &b.m)?;
    Ok(ts.new_tuple(vec![value, ts.new_int(b.m.pos.get() as i64), dict]))
}

/// `__setstate__(state)`: the contents, position and dict of a `__getstate__` tuple.
fn setstate(ts: &ThreadState, o: &ObjRef, state: &ObjRef) -> PyResult<ObjRef> {
    let b = this(o);
    let items = memio::state_items(ts, o, state, 3)?;
    check(ts, b)?;
    let data = buffer(ts, &items[0])?.to_vec();
    let pos = memio::state_pos(ts, &items[1], "second")?;
    memio::set_state_dict(ts, &b.m, &items[2], "third")?;
    *b.m.buf.borrow_mut() = data;
    b.m.pos.set(pos);
    Ok(ts.none())
}

/// `getbuffer()`: a memoryview of the contents. A deviation: CPython's view is writable and
/// shares the buffer (writes show in the BytesIO, resizing raises BufferError while it
/// lives); this one is a read-only view of a copy, which is what pickle's framing reads.
fn getbuffer(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let b = this(o);
    check(ts, b)?;
    let data = ts.new_bytes(b.m.buf.borrow().clone());
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
        1 => b.m.pos.get() as isize,
        2 => b.m.buf.borrow().len() as isize,
        w => {
            return Err(ts.value_error(format!("invalid whence ({w}, should be 0, 1 or 2)")));
        }
    };
    let new = (base + pos).max(0) as usize;
    b.m.pos.set(new);
    Ok(ts.new_int(new as i64))
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("read", Meth::Fast(read)),
    MethodDef::new("read1", Meth::Fast(read)),
    MethodDef::new("readline", Meth::Fast(readline)),
    MethodDef::new("readinto", Meth::O(readinto)),
    MethodDef::new("write", Meth::O(write)),
    MethodDef::new("getvalue", Meth::NoArgs(getvalue)),
    MethodDef::new("getbuffer", Meth::NoArgs(getbuffer)),
    MethodDef::new("__getstate__", Meth::NoArgs(getstate)),
    MethodDef::new("__setstate__", Meth::O(setstate)),
    MethodDef::new("seek", Meth::Fast(seek)),
    MethodDef::new("tell", Meth::NoArgs(memio::tell::<PyBytesIO>)),
    MethodDef::new("truncate", Meth::Fast(memio::truncate::<PyBytesIO>)),
    MethodDef::new("close", Meth::NoArgs(memio::close::<PyBytesIO>)),
    MethodDef::new("flush", Meth::NoArgs(flush)),
    MethodDef::new("readable", Meth::NoArgs(memio::true_if_open::<PyBytesIO>)),
    MethodDef::new("writable", Meth::NoArgs(memio::true_if_open::<PyBytesIO>)),
    MethodDef::new("seekable", Meth::NoArgs(memio::true_if_open::<PyBytesIO>)),
    MethodDef::new("isatty", Meth::NoArgs(false_if_open)),
];

static GETSETS: &[GetSetDef] = &[GetSetDef::ro("closed", memio::closed_get::<PyBytesIO>)];

fn false_if_open(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    check(ts, this(o))?;
    Ok(ts.bool_obj(false))
}
fn flush(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    check(ts, this(o))?;
    Ok(ts.none())
}

pub static SPEC: TypeSpec = TypeSpec {
    base: Some(|_| super::ty(&types().bufferediobase)),
    flags: flags::BASETYPE | flags::HAVE_GC | flags::WEAKREFABLE,
    slots: Slots {
        new: Some(new),
        init: Some(init),
        iter: Some(memio::iter::<PyBytesIO>),
        iternext: Some(memio::iternext::<PyBytesIO>),
        traverse: Some(memio::traverse::<PyBytesIO>),
        ..Slots::NONE
    },
    methods: &[METHODS],
    getsets: GETSETS,
    dictoffset: dict_offset!(PyBytesIO, m) + std::mem::offset_of!(MemBuf<u8>, dict),
    ..TypeSpec::new("_io.BytesIO", PayloadInfo::of::<PyBytesIO>())
};

//! `_io._IOBase`, `_io._RawIOBase`, `_io._BufferedIOBase` and `_io._TextIOBase`
//! (CPython's `iobase.c`, `bufferedio.c`'s and `textio.c`'s base classes): the default
//! methods written over the object's own Python-level methods, so a user subclass that
//! defines `read`/`readinto`/`write` gets `readline`, iteration, `readlines`, `writelines`,
//! `close`/`closed`, the context manager and `__del__` closing.

use taipan_object::abstract_ as ab;
use taipan_object::args;
use taipan_object::typeobj::{GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags};
use taipan_object::types::bytearray::PyByteArray;
use taipan_object::types::bytes::{PyBytes, as_bytes_like};
use taipan_object::{ObjRef, PyResult, ThreadState};

use super::{DEFAULT_BUFFER_SIZE, closed_error, size_arg, types, unsupported};

const CLOSED_ATTR: &str = "__IOBase_closed";

/// Whether `o.closed` is true (the generic check every method starts with).
pub fn is_closed(ts: &ThreadState, o: &ObjRef) -> PyResult<bool> {
    let c = ab::getattr_str(ts, o, "closed")?;
    ab::is_true(ts, &c)
}

/// `ValueError` when `o.closed`.
pub fn check_closed(ts: &ThreadState, o: &ObjRef) -> PyResult<()> {
    if is_closed(ts, o)? {
        return Err(closed_error(ts));
    }
    Ok(())
}

fn closed_get(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let v = ab::getattr_opt(ts, o, &ts.new_str(CLOSED_ATTR))?;
    Ok(ts.bool_obj(match v {
        Some(v) => ab::is_true(ts, &v)?,
        None => false,
    }))
}

fn close(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    if is_closed(ts, o)? {
        return Ok(ts.none());
    }
    let r = ab::call_method(ts, o, "flush", &[]);
    ab::setattr(ts, o, &ts.new_str(CLOSED_ATTR), Some(&ts.bool_obj(true)))?;
    r.map(|_| ts.none())
}

fn flush(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    check_closed(ts, o)?;
    Ok(ts.none())
}

fn false_(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.bool_obj(false))
}

fn isatty(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    check_closed(ts, o)?;
    Ok(ts.bool_obj(false))
}

fn enter(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    check_closed(ts, o)?;
    Ok(o.clone())
}

fn exit(ts: &ThreadState, o: &ObjRef, _: &[ObjRef]) -> PyResult<ObjRef> {
    ab::call_method(ts, o, "close", &[])
}

fn check_closed_m(ts: &ThreadState, o: &ObjRef, _: &[ObjRef]) -> PyResult<ObjRef> {
    check_closed(ts, o)?;
    Ok(ts.none())
}

fn check_ability(ts: &ThreadState, o: &ObjRef, method: &str, msg: &str) -> PyResult<ObjRef> {
    let r = ab::call_method(ts, o, method, &[])?;
    if !ab::is_true(ts, &r)? {
        return Err(unsupported(ts, msg));
    }
    Ok(ts.bool_obj(true))
}
fn check_readable(ts: &ThreadState, o: &ObjRef, _: &[ObjRef]) -> PyResult<ObjRef> {
    check_ability(ts, o, "readable", "File or stream is not readable.")
}
fn check_writable(ts: &ThreadState, o: &ObjRef, _: &[ObjRef]) -> PyResult<ObjRef> {
    check_ability(ts, o, "writable", "File or stream is not writable.")
}
fn check_seekable(ts: &ThreadState, o: &ObjRef, _: &[ObjRef]) -> PyResult<ObjRef> {
    check_ability(ts, o, "seekable", "File or stream is not seekable.")
}

fn fileno(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Err(unsupported(ts, "fileno"))
}
fn seek(ts: &ThreadState, _: &ObjRef, _: &[ObjRef]) -> PyResult<ObjRef> {
    Err(unsupported(ts, "seek"))
}
fn truncate(ts: &ThreadState, _: &ObjRef, _: &[ObjRef]) -> PyResult<ObjRef> {
    Err(unsupported(ts, "truncate"))
}
fn tell(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    ab::call_method(ts, o, "seek", &[ts.new_int(0), ts.new_int(1)])
}

/// `IOBase.readline(size=-1)`: bytes up to a newline, through `peek` when the object has
/// one, else `read(1)` at a time.
fn readline(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "readline", a.len(), 0, 1)?;
    let limit = size_arg(ts, a.first())?;
    let peek = ab::getattr_opt(ts, o, &ts.new_str("peek"))?;
    let mut out = Vec::new();
    while limit < 0 || (out.len() as isize) < limit {
        let mut n = 1usize;
        if let Some(p) = &peek {
            let ahead = ab::call(ts, p, &[ts.new_int(1)])?;
            let Some(b) = as_bytes_like(&ahead) else {
                return Err(ts.new_error(
                    &ts.exc.os_error,
                    format!(
                        "peek() should have returned a bytes object, not '{}'",
                        ahead.typ().name()
                    ),
                ));
            };
            if !b.is_empty() {
                n = match b.iter().position(|&c| c == b'\n') {
                    Some(i) => i + 1,
                    None => b.len(),
                };
                if limit >= 0 {
                    n = n.min((limit as usize) - out.len());
                }
            }
        }
        let chunk = ab::call_method(ts, o, "read", &[ts.new_int(n as i64)])?;
        let Some(b) = as_bytes_like(&chunk) else {
            return Err(ts.new_error(
                &ts.exc.os_error,
                format!(
                    "read() should have returned a bytes object, not '{}'",
                    chunk.typ().name()
                ),
            ));
        };
        if b.is_empty() {
            break;
        }
        out.extend_from_slice(&b);
        if out.last() == Some(&b'\n') {
            break;
        }
    }
    Ok(ts.new_bytes(out))
}

/// `readlines(hint=-1)` over iteration (shared by every io class).
pub fn readlines(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "readlines", a.len(), 0, 1)?;
    let hint = size_arg(ts, a.first())?;
    let it = ab::iter(ts, o)?;
    let mut lines = Vec::new();
    let mut total = 0usize;
    while let Some(l) = ab::next(ts, &it)? {
        total += ab::len(ts, &l)?;
        lines.push(l);
        if hint > 0 && total >= hint as usize {
            break;
        }
    }
    Ok(ts.new_list(lines))
}

/// `writelines(lines)` (shared by every io class).
pub fn writelines(ts: &ThreadState, o: &ObjRef, lines: &ObjRef) -> PyResult<ObjRef> {
    check_closed(ts, o)?;
    let it = ab::iter(ts, lines)?;
    let write = ab::getattr_str(ts, o, "write")?;
    while let Some(l) = ab::next(ts, &it)? {
        ab::call(ts, &write, &[l])?;
    }
    Ok(ts.none())
}

fn iter(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    check_closed(ts, o)?;
    Ok(o.clone())
}

fn iternext(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let line = ab::call_method(ts, o, "readline", &[])?;
    if ab::len(ts, &line)? == 0 {
        return Ok(None);
    }
    Ok(Some(line))
}

/// `__del__`: close the object (errors are ignored, as CPython's `iobase_finalize` does
/// after reporting them).
pub fn finalize(ts: &ThreadState, o: &ObjRef) {
    if matches!(is_closed(ts, o), Ok(false)) {
        let _ = ab::call_method(ts, o, "close", &[]);
    }
}

/// `tp_finalize` of FileIO, the buffered classes and TextIOWrapper: CPython's `_dealloc_warn`
/// chain (ResourceWarning `unclosed file <repr of this object>` when the innermost raw stream
/// is a FileIO owning an open descriptor), then [`finalize`]. The outermost object warns and
/// closes first; the inner ones then find themselves closed.
pub fn finalize_warn(ts: &ThreadState, o: &ObjRef) {
    if matches!(is_closed(ts, o), Ok(false))
        && owns_open_fd(o)
        && let Ok(r) = ab::repr_string(ts, o)
    {
        let _ = ts.warn(&ts.exc.resource_warning, format!("unclosed file {r}"));
    }
    finalize(ts, o);
}

/// Whether the innermost raw stream under `o` is a FileIO owning an open descriptor.
fn owns_open_fd(o: &ObjRef) -> bool {
    use super::layered::Layered;
    let inner = |slot: &std::cell::RefCell<Option<ObjRef>>| slot.try_borrow().ok()?.clone();
    let mut cur = o.clone();
    for _ in 0..3 {
        if let Some(f) = cur.downcast::<super::fileio::PyFileIO>() {
            return f.owns_open_fd();
        }
        let next = if let Some(t) = cur.downcast::<super::textio::PyTextIO>() {
            inner(t.inner_slot())
        } else if let Some(b) = cur.downcast::<super::bufferedio::PyBuffered>() {
            inner(b.inner_slot())
        } else {
            None
        };
        match next {
            Some(n) => cur = n,
            None => return false,
        }
    }
    false
}

/// `_IOBase.__del__` (CPython's `tp_finalize` seen as a method: a subclass's `__del__` can
/// call `super().__del__()`).
fn del(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    finalize(ts, o);
    Ok(ts.none())
}

pub static IOBASE_METHODS: &[MethodDef] = &[
    MethodDef::new("__del__", Meth::NoArgs(del)),
    MethodDef::new("seek", Meth::Fast(seek)),
    MethodDef::new("tell", Meth::NoArgs(tell)),
    MethodDef::new("truncate", Meth::Fast(truncate)),
    MethodDef::new("flush", Meth::NoArgs(flush)),
    MethodDef::new("close", Meth::NoArgs(close)),
    MethodDef::new("seekable", Meth::NoArgs(false_)),
    MethodDef::new("readable", Meth::NoArgs(false_)),
    MethodDef::new("writable", Meth::NoArgs(false_)),
    MethodDef::new("_checkClosed", Meth::Fast(check_closed_m)),
    MethodDef::new("_checkSeekable", Meth::Fast(check_seekable)),
    MethodDef::new("_checkReadable", Meth::Fast(check_readable)),
    MethodDef::new("_checkWritable", Meth::Fast(check_writable)),
    MethodDef::new("fileno", Meth::NoArgs(fileno)),
    MethodDef::new("isatty", Meth::NoArgs(isatty)),
    MethodDef::new("__enter__", Meth::NoArgs(enter)),
    MethodDef::new("__exit__", Meth::Fast(exit)),
    MethodDef::new("readline", Meth::Fast(readline)),
    MethodDef::new("readlines", Meth::Fast(readlines)),
    MethodDef::new("writelines", Meth::O(writelines)),
];

static IOBASE_GETSETS: &[GetSetDef] = &[GetSetDef::ro("closed", closed_get)];

pub static IOBASE_SPEC: TypeSpec = TypeSpec {
    flags: flags::BASETYPE | flags::HAVE_GC | flags::WEAKREFABLE,
    slots: Slots {
        iter: Some(iter),
        iternext: Some(iternext),
        finalize: Some(finalize),
        ..Slots::NONE
    },
    methods: &[IOBASE_METHODS],
    getsets: IOBASE_GETSETS,
    ..TypeSpec::new("_io._IOBase", PayloadInfo::of::<()>())
};

// ---- _RawIOBase ----

fn raw_read(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "read", a.len(), 0, 1)?;
    let n = size_arg(ts, a.first())?;
    if n < 0 {
        return ab::call_method(ts, o, "readall", &[]);
    }
    let b = ts.new_bytearray(vec![0; n as usize]);
    let r = ab::call_method(ts, o, "readinto", std::slice::from_ref(&b))?;
    if ts.is_none(&r) {
        return Ok(r);
    }
    let got = ab::index_isize(ts, &r)?;
    if got < 0 || got > n {
        return Err(ts.value_error(format!("readinto returned {got} outside buffer size {n}")));
    }
    let ba = b.downcast::<PyByteArray>().expect("bytearray");
    let v = ba.borrow()[..got as usize].to_vec();
    Ok(ts.new_bytes(v))
}

fn raw_readall(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let mut out = Vec::new();
    loop {
        let r = ab::call_method(ts, o, "read", &[ts.new_int(DEFAULT_BUFFER_SIZE as i64)])?;
        if ts.is_none(&r) {
            if out.is_empty() {
                return Ok(r);
            }
            break;
        }
        let Some(b) = r.downcast::<PyBytes>() else {
            return Err(ts.type_error("read() should return bytes"));
        };
        if b.as_bytes().is_empty() {
            break;
        }
        out.extend_from_slice(b.as_bytes());
    }
    Ok(ts.new_bytes(out))
}

fn not_implemented(ts: &ThreadState, _: &ObjRef, _: &[ObjRef]) -> PyResult<ObjRef> {
    Err(ts.new_error_args(&ts.exc.not_implemented_error, vec![]))
}

static RAW_METHODS: &[MethodDef] = &[
    MethodDef::new("read", Meth::Fast(raw_read)),
    MethodDef::new("readall", Meth::NoArgs(raw_readall)),
    MethodDef::new("readinto", Meth::Fast(not_implemented)),
    MethodDef::new("write", Meth::Fast(not_implemented)),
];

pub static RAW_SPEC: TypeSpec = TypeSpec {
    base: Some(|_| super::ty(&types().iobase)),
    flags: flags::BASETYPE | flags::HAVE_GC | flags::WEAKREFABLE,
    methods: &[RAW_METHODS],
    ..TypeSpec::new("_io._RawIOBase", PayloadInfo::of::<()>())
};

// ---- _BufferedIOBase ----

macro_rules! unsupported_fns {
    ($($f:ident => $name:literal),*) => {
        $( fn $f(ts: &ThreadState, _: &ObjRef, _: &[ObjRef]) -> PyResult<ObjRef> {
            Err(unsupported(ts, $name))
        } )*
    };
}
unsupported_fns!(u_read => "read", u_read1 => "read1", u_write => "write",
    u_detach => "detach", u_readline => "readline");

/// `readinto(b)` over `read(len(b))` (the buffered base's and BytesIO's fallback).
fn buffered_readinto(ts: &ThreadState, o: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    let n = ab::len(ts, b)?;
    let data = ab::call_method(ts, o, "read", &[ts.new_int(n as i64)])?;
    let Some(d) = as_bytes_like(&data) else {
        return Err(ts.type_error("read() should return bytes"));
    };
    let d = d.to_vec();
    copy_into(ts, b, &d)?;
    Ok(ts.new_int(d.len() as i64))
}

/// Copies `data` to the start of the writable buffer `b` (a bytearray, or a memoryview of
/// one).
pub fn copy_into(ts: &ThreadState, b: &ObjRef, data: &[u8]) -> PyResult<()> {
    if b.is_a::<taipan_object::types::memoryview::PyMemoryView>() {
        return taipan_object::types::memoryview::write_start(ts, b, data);
    }
    let Some(ba) = b.downcast::<PyByteArray>() else {
        return Err(ts.type_error(format!(
            "readinto() argument must be read-write bytes-like object, not {}",
            b.typ().name()
        )));
    };
    ba.with(|v| {
        let n = data.len().min(v.len());
        v[..n].copy_from_slice(&data[..n]);
    });
    Ok(())
}

/// The size of a writable buffer argument (`readinto`).
pub fn writable_len(ts: &ThreadState, b: &ObjRef) -> PyResult<usize> {
    if b.is_a::<taipan_object::types::memoryview::PyMemoryView>() {
        return taipan_object::types::memoryview::writable_len(ts, b);
    }
    match b.downcast::<PyByteArray>() {
        Some(ba) => Ok(ba.borrow().len()),
        None => Err(ts.type_error(format!(
            "readinto() argument must be read-write bytes-like object, not {}",
            b.typ().name()
        ))),
    }
}

static BUFFERED_METHODS: &[MethodDef] = &[
    MethodDef::new("read", Meth::Fast(u_read)),
    MethodDef::new("read1", Meth::Fast(u_read1)),
    MethodDef::new("write", Meth::Fast(u_write)),
    MethodDef::new("detach", Meth::Fast(u_detach)),
    MethodDef::new("readinto", Meth::O(buffered_readinto)),
    MethodDef::new("readinto1", Meth::O(buffered_readinto)),
];

pub static BUFFERED_SPEC: TypeSpec = TypeSpec {
    base: Some(|_| super::ty(&types().iobase)),
    flags: flags::BASETYPE | flags::HAVE_GC | flags::WEAKREFABLE,
    methods: &[BUFFERED_METHODS],
    ..TypeSpec::new("_io._BufferedIOBase", PayloadInfo::of::<()>())
};

// ---- _TextIOBase ----

fn none_get(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.none())
}

static TEXT_METHODS: &[MethodDef] = &[
    MethodDef::new("read", Meth::Fast(u_read)),
    MethodDef::new("readline", Meth::Fast(u_readline)),
    MethodDef::new("write", Meth::Fast(u_write)),
    MethodDef::new("detach", Meth::Fast(u_detach)),
];

static TEXT_GETSETS: &[GetSetDef] = &[
    GetSetDef::ro("encoding", none_get),
    GetSetDef::ro("newlines", none_get),
    GetSetDef::ro("errors", none_get),
];

pub static TEXT_SPEC: TypeSpec = TypeSpec {
    base: Some(|_| super::ty(&types().iobase)),
    flags: flags::BASETYPE | flags::HAVE_GC | flags::WEAKREFABLE,
    methods: &[TEXT_METHODS],
    getsets: TEXT_GETSETS,
    ..TypeSpec::new("_io._TextIOBase", PayloadInfo::of::<()>())
};

//! `_io.BufferedReader`, `_io.BufferedWriter`, `_io.BufferedRandom` (CPython's
//! `bufferedio.c`): one payload with a read-ahead buffer and a pending-write buffer over a
//! raw stream; the three classes differ in their method tables. When the raw stream is an
//! exact `FileIO` the descriptor is used directly (no Python-level call); otherwise the raw
//! object's `readinto`/`write`/`seek` are called. `BufferedRWPair` is `rwpair.rs`.

use std::cell::{Cell, RefCell};

use taipan_object::abstract_ as ab;
use taipan_object::args::{self, ArgSpec};
use taipan_object::typeobj::{GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags};
use taipan_object::types::bytearray::PyByteArray;
use taipan_object::types::bytes::{PyBytes, buffer};
use taipan_object::{ObjRef, PyErr, PyPayload, PyResult, ThreadState, alloc_object, dict_offset};

use super::fileio::{self, PyFileIO};
use super::layered;
use super::{DEFAULT_BUFFER_SIZE, size_arg, types, unsupported};

/// A buffered stream's state.
pub struct PyBuffered {
    raw: RefCell<Option<ObjRef>>,
    detached: Cell<bool>,
    buffer_size: Cell<usize>,
    /// Read-ahead bytes; `rpos` is the next unread one.
    rbuf: RefCell<Vec<u8>>,
    rpos: Cell<usize>,
    /// Bytes written and not yet passed to the raw stream.
    wbuf: RefCell<Vec<u8>>,
    /// Listed in `WRITERS` (flushed at exit if still alive then).
    registered: Cell<bool>,
    dict: Cell<Option<ObjRef>>,
}
impl PyPayload for PyBuffered {}

thread_local! {
    /// The buffered objects that have been written to and are alive: at exit their pending
    /// bytes are flushed, as CPython's module teardown does when it frees them.
    static WRITERS: RefCell<Vec<*const PyBuffered>> = const { RefCell::new(Vec::new()) };
}

impl Drop for PyBuffered {
    fn drop(&mut self) {
        if self.registered.get() {
            let me = self as *const PyBuffered;
            let _ = WRITERS.try_with(|w| {
                if let Ok(mut w) = w.try_borrow_mut() {
                    w.retain(|p| *p != me);
                }
            });
        }
    }
}

/// Flushes every live buffered object's pending writes (at exit; errors are ignored).
pub fn flush_all_writers(ts: &ThreadState) {
    let list = WRITERS.with_borrow(|w| w.clone());
    for p in list {
        // SAFETY: listed objects are alive: `Drop` unlists them before their memory goes.
        let b = unsafe { &*p };
        if b.wbuf.borrow().is_empty() {
            continue;
        }
        let raw = b.raw.borrow().clone();
        if let Some(raw) = raw {
            let _ = flush_writes(ts, b, &raw);
        }
    }
}

fn this(o: &ObjRef) -> &PyBuffered {
    o.downcast::<PyBuffered>().expect("buffered")
}

fn new(ts: &ThreadState, ty: &ObjRef, _: &[ObjRef], _: Option<&ObjRef>) -> PyResult<ObjRef> {
    Ok(alloc_object(
        ts,
        ty,
        PyBuffered {
            raw: RefCell::new(None),
            detached: Cell::new(false),
            buffer_size: Cell::new(DEFAULT_BUFFER_SIZE),
            rbuf: RefCell::new(Vec::new()),
            rpos: Cell::new(0),
            wbuf: RefCell::new(Vec::new()),
            registered: Cell::new(false),
            dict: Cell::new(None),
        },
    ))
}

fn kind(o: &ObjRef) -> (bool, bool) {
    let t = types();
    let mut c = o.class().clone();
    loop {
        if c.is(super::ty(&t.buffered_reader)) {
            return (true, false);
        }
        if c.is(super::ty(&t.buffered_writer)) {
            return (false, true);
        }
        if c.is(super::ty(&t.buffered_random)) {
            return (true, true);
        }
        match c.typ_payload().base() {
            Some(b) => c = b.clone(),
            None => return (true, true),
        }
    }
}

static INIT_SPEC: ArgSpec = ArgSpec {
    fname: "BufferedReader",
    names: &["raw", "buffer_size"],
    required: 1,
    posonly: 0,
    kwonly: 2,
};

fn init(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<()> {
    let [raw, size] = args::parse::<2>(ts, &INIT_SPEC, a, kw)?;
    let raw = raw.expect("required");
    let size = match size {
        Some(s) => ab::index_isize(ts, &s)?,
        None => DEFAULT_BUFFER_SIZE as isize,
    };
    let (r, w) = kind(o);
    if r {
        let ok = ab::call_method(ts, &raw, "readable", &[])?;
        if !ab::is_true(ts, &ok)? {
            return Err(unsupported(ts, "File or stream is not readable."));
        }
    }
    if w {
        let ok = ab::call_method(ts, &raw, "writable", &[])?;
        if !ab::is_true(ts, &ok)? {
            return Err(unsupported(ts, "File or stream is not writable."));
        }
    }
    if size <= 0 {
        return Err(ts.value_error("buffer size must be strictly positive"));
    }
    init_with(o, raw, size as usize);
    Ok(())
}

fn init_with(o: &ObjRef, raw: ObjRef, size: usize) {
    let b = this(o);
    *b.raw.borrow_mut() = Some(raw);
    b.detached.set(false);
    b.buffer_size.set(size);
    b.rbuf.borrow_mut().clear();
    b.rpos.set(0);
    b.wbuf.borrow_mut().clear();
}

/// A buffered stream of class `cls` over `raw` (`open()`).
pub fn new_buffered(ts: &ThreadState, cls: &ObjRef, raw: ObjRef, size: usize) -> PyResult<ObjRef> {
    let o = new(ts, cls, &[], None)?;
    init_with(&o, raw, size.max(1));
    Ok(o)
}

/// Whether `o` is one of the three buffered classes themselves (not a subclass that could
/// override the methods): the text layer's fast path.
pub fn is_exact_buffered(o: &ObjRef) -> bool {
    o.is_a::<PyBuffered>() && !o.typ().is_heap()
}

layered::impl_layered!(PyBuffered, raw, "raw stream has been detached");

fn raw_of(ts: &ThreadState, b: &PyBuffered) -> PyResult<ObjRef> {
    layered::inner(ts, b)
}

fn fast_raw(raw: &ObjRef) -> Option<&PyFileIO> {
    if raw.is_exact(super::ty(&types().fileio)) {
        raw.downcast::<PyFileIO>()
    } else {
        None
    }
}

fn raw_read(ts: &ThreadState, raw: &ObjRef, n: usize) -> PyResult<Option<Vec<u8>>> {
    if let Some(f) = fast_raw(raw) {
        return fileio::fd_read(ts, f, n);
    }
    let ba = ts.new_bytearray(vec![0; n]);
    let r = ab::call_method(ts, raw, "readinto", std::slice::from_ref(&ba))?;
    if ts.is_none(&r) {
        return Ok(None);
    }
    let got = ab::index_isize(ts, &r)?;
    if got < 0 || got as usize > n {
        return Err(ts.new_error(
            &ts.exc.os_error,
            format!(
                "raw readinto() returned invalid length {got} (should have been between 0 and {n})"
            ),
        ));
    }
    let v = ba.downcast::<PyByteArray>().expect("bytearray").borrow()[..got as usize].to_vec();
    Ok(Some(v))
}

fn raw_write(ts: &ThreadState, raw: &ObjRef, data: &[u8]) -> PyResult<Option<usize>> {
    if let Some(f) = fast_raw(raw) {
        return fileio::fd_write(ts, f, data);
    }
    let r = ab::call_method(ts, raw, "write", &[ts.new_bytes(data.to_vec())])?;
    if ts.is_none(&r) {
        return Ok(None);
    }
    let n = ab::index_isize(ts, &r)?;
    if n < 0 || n as usize > data.len() {
        return Err(ts.new_error(
            &ts.exc.os_error,
            format!(
                "raw write() returned invalid length {n} (should have been between 0 and {})",
                data.len()
            ),
        ));
    }
    Ok(Some(n as usize))
}

fn raw_seek(ts: &ThreadState, raw: &ObjRef, pos: i64, whence: i32) -> PyResult<i64> {
    if let Some(f) = fast_raw(raw) {
        return fileio::fd_seek(ts, f, pos, whence);
    }
    let r = ab::call_method(
        ts,
        raw,
        "seek",
        &[ts.new_int(pos), ts.new_int(whence as i64)],
    )?;
    let v = ab::index_isize(ts, &r)? as i64;
    if v < 0 {
        return Err(ts.new_error(
            &ts.exc.os_error,
            format!("Raw stream returned invalid position {v}"),
        ));
    }
    Ok(v)
}

fn raw_closed(ts: &ThreadState, raw: &ObjRef) -> PyResult<bool> {
    if let Some(f) = fast_raw(raw) {
        return Ok(f.fd.get() < 0);
    }
    super::iobase::is_closed(ts, raw)
}

/// Whether the raw stream of a buffered object is closed (the text layer's fast check).
pub fn closed_fast(ts: &ThreadState, o: &ObjRef) -> PyResult<bool> {
    let raw = raw_of(ts, this(o))?;
    raw_closed(ts, &raw)
}

fn unread(b: &PyBuffered) -> usize {
    b.rbuf.borrow().len() - b.rpos.get()
}

/// `ValueError(msg)` when the raw stream is closed and nothing is left buffered.
fn check_closed(ts: &ThreadState, b: &PyBuffered, msg: &str) -> PyResult<ObjRef> {
    let raw = raw_of(ts, b)?;
    if raw_closed(ts, &raw)? && unread(b) == 0 {
        return Err(ts.value_error(msg));
    }
    Ok(raw)
}

/// Passes the pending writes to the raw stream.
fn flush_writes(ts: &ThreadState, b: &PyBuffered, raw: &ObjRef) -> PyResult<()> {
    loop {
        let data = std::mem::take(&mut *b.wbuf.borrow_mut());
        if data.is_empty() {
            return Ok(());
        }
        let r = raw_write(ts, raw, &data);
        let n = match r {
            Ok(Some(n)) => n,
            Ok(None) => 0,
            Err(e) => {
                restore_front(b, data);
                return Err(e);
            }
        };
        if n == 0 && !data.is_empty() {
            restore_front(b, data);
            return Err(ts.new_error(
                &ts.exc.blocking_io_error,
                "write could not complete without blocking",
            ));
        }
        restore_front(b, data[n..].to_vec());
    }
}

fn restore_front(b: &PyBuffered, mut front: Vec<u8>) {
    let mut w = b.wbuf.borrow_mut();
    front.extend_from_slice(&w);
    *w = front;
}

/// Drops the read-ahead, moving the raw position back to the logical one.
fn rewind_reads(ts: &ThreadState, b: &PyBuffered, raw: &ObjRef) -> PyResult<()> {
    let n = unread(b);
    b.rbuf.borrow_mut().clear();
    b.rpos.set(0);
    if n > 0 {
        raw_seek(ts, raw, -(n as i64), 1)?;
    }
    Ok(())
}

/// Reads more raw bytes into the read-ahead (false at end of file or when it would block).
fn fill(ts: &ThreadState, b: &PyBuffered, raw: &ObjRef, want: usize) -> PyResult<bool> {
    let chunk = raw_read(ts, raw, want.max(b.buffer_size.get()))?;
    let Some(chunk) = chunk else { return Ok(false) };
    if chunk.is_empty() {
        return Ok(false);
    }
    let mut r = b.rbuf.borrow_mut();
    let pos = b.rpos.get();
    if pos > 0 {
        r.drain(..pos);
        b.rpos.set(0);
    }
    r.extend_from_slice(&chunk);
    Ok(true)
}

fn take(b: &PyBuffered, n: usize) -> Vec<u8> {
    let r = b.rbuf.borrow();
    let pos = b.rpos.get();
    let n = n.min(r.len() - pos);
    let v = r[pos..pos + n].to_vec();
    b.rpos.set(pos + n);
    v
}

/// `read(n)` (n < 0: to the end).
pub fn read_bytes(ts: &ThreadState, o: &ObjRef, n: isize) -> PyResult<Option<Vec<u8>>> {
    let b = this(o);
    let raw = check_closed(ts, b, "read of closed file")?;
    flush_writes(ts, b, &raw)?;
    if n < 0 {
        let mut out = take(b, usize::MAX);
        let rest = if let Some(f) = fast_raw(&raw) {
            fileio::fd_readall(ts, f)?
        } else if let Some(ra) = ab::getattr_opt(ts, &raw, &ts.new_str("readall"))? {
            let r = ab::call(ts, &ra, &[])?;
            if ts.is_none(&r) {
                None
            } else {
                Some(buffer(ts, &r)?.to_vec())
            }
        } else {
            let mut v = Vec::new();
            while let Some(c) = raw_read(ts, &raw, b.buffer_size.get())? {
                if c.is_empty() {
                    break;
                }
                v.extend(c);
            }
            Some(v)
        };
        match rest {
            Some(r) => out.extend(r),
            None if out.is_empty() => return Ok(None),
            None => {}
        }
        return Ok(Some(out));
    }
    let n = n as usize;
    while unread(b) < n {
        if !fill(ts, b, &raw, n - unread(b))? {
            break;
        }
    }
    Ok(Some(take(b, n)))
}

/// `read1(n)`: what is buffered, else at most one raw read.
pub fn read1_bytes(ts: &ThreadState, o: &ObjRef, n: isize) -> PyResult<Vec<u8>> {
    let b = this(o);
    let raw = check_closed(ts, b, "read of closed file")?;
    flush_writes(ts, b, &raw)?;
    let n = if n < 0 {
        b.buffer_size.get()
    } else {
        n as usize
    };
    if n == 0 {
        return Ok(Vec::new());
    }
    if unread(b) == 0 {
        fill(ts, b, &raw, n)?;
    }
    Ok(take(b, n))
}

fn readline_bytes(ts: &ThreadState, o: &ObjRef, limit: isize) -> PyResult<Vec<u8>> {
    let b = this(o);
    let raw = check_closed(ts, b, "readline of closed file")?;
    flush_writes(ts, b, &raw)?;
    let limit = if limit < 0 {
        usize::MAX
    } else {
        limit as usize
    };
    let mut scanned = 0;
    loop {
        let found = {
            let r = b.rbuf.borrow();
            let start = b.rpos.get();
            let hay = &r[start + scanned..];
            memchr_nl(hay).map(|i| scanned + i + 1)
        };
        let avail = unread(b);
        if let Some(end) = found {
            return Ok(take(b, end.min(limit)));
        }
        if avail >= limit {
            return Ok(take(b, limit));
        }
        scanned = avail;
        if !fill(ts, b, &raw, 0)? {
            return Ok(take(b, limit));
        }
    }
}

fn memchr_nl(h: &[u8]) -> Option<usize> {
    h.iter().position(|&c| c == b'\n')
}

/// `write(data)`: buffered; the raw stream gets the bytes when the buffer fills.
pub fn write_bytes(ts: &ThreadState, o: &ObjRef, data: &[u8]) -> PyResult<usize> {
    let b = this(o);
    let raw = raw_of(ts, b)?;
    if raw_closed(ts, &raw)? {
        return Err(ts.value_error("write to closed file"));
    }
    if unread(b) > 0 {
        rewind_reads(ts, b, &raw)?;
    } else if !b.rbuf.borrow().is_empty() {
        b.rbuf.borrow_mut().clear();
        b.rpos.set(0);
    }
    if !b.registered.get() {
        b.registered.set(true);
        WRITERS.with_borrow_mut(|w| w.push(b as *const PyBuffered));
    }
    let full = {
        let mut w = b.wbuf.borrow_mut();
        w.extend_from_slice(data);
        w.len() >= b.buffer_size.get()
    };
    if full {
        flush_writes(ts, b, &raw)?;
    }
    Ok(data.len())
}

/// `flush()`.
pub fn flush_obj(ts: &ThreadState, o: &ObjRef) -> PyResult<()> {
    let b = this(o);
    let raw = raw_of(ts, b)?;
    if raw_closed(ts, &raw)? && b.wbuf.borrow().is_empty() {
        return Err(ts.value_error("flush of closed file"));
    }
    flush_writes(ts, b, &raw)
}

fn tell_pos(ts: &ThreadState, b: &PyBuffered) -> PyResult<i64> {
    let raw = raw_of(ts, b)?;
    let pos = if let Some(f) = fast_raw(&raw) {
        fileio::fd_seek(ts, f, 0, libc::SEEK_CUR)?
    } else {
        let r = ab::call_method(ts, &raw, "tell", &[])?;
        ab::index_isize(ts, &r)? as i64
    };
    if pos < 0 {
        return Err(ts.new_error(
            &ts.exc.os_error,
            format!("Raw stream returned invalid position {pos}"),
        ));
    }
    let p = pos - unread(b) as i64 + b.wbuf.borrow().len() as i64;
    Ok(p.max(0))
}

/// Whether a method table has a read side (so `read` is allowed).
fn read(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "read", a.len(), 0, 1)?;
    let n = size_arg(ts, a.first())?;
    if n < -1 {
        return Err(ts.value_error("read length must be non-negative or -1"));
    }
    Ok(match read_bytes(ts, o, n)? {
        Some(v) => ts.new_bytes(v),
        None => ts.none(),
    })
}
fn read1(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "read1", a.len(), 0, 1)?;
    let n = size_arg(ts, a.first())?;
    Ok(ts.new_bytes(read1_bytes(ts, o, n)?))
}
fn peek(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "peek", a.len(), 0, 1)?;
    let b = this(o);
    let raw = check_closed(ts, b, "peek of closed file")?;
    flush_writes(ts, b, &raw)?;
    if unread(b) == 0 {
        fill(ts, b, &raw, 0)?;
    }
    let v = b.rbuf.borrow()[b.rpos.get()..].to_vec();
    Ok(ts.new_bytes(v))
}
fn readinto_impl(ts: &ThreadState, o: &ObjRef, dst: &ObjRef, one: bool) -> PyResult<ObjRef> {
    let n = super::iobase::writable_len(ts, dst)?;
    let v = if one {
        read1_bytes(ts, o, n as isize)?
    } else {
        read_bytes(ts, o, n as isize)?.unwrap_or_default()
    };
    super::iobase::copy_into(ts, dst, &v)?;
    Ok(ts.new_int(v.len() as i64))
}
fn readinto(ts: &ThreadState, o: &ObjRef, dst: &ObjRef) -> PyResult<ObjRef> {
    readinto_impl(ts, o, dst, false)
}
fn readinto1(ts: &ThreadState, o: &ObjRef, dst: &ObjRef) -> PyResult<ObjRef> {
    readinto_impl(ts, o, dst, true)
}
fn readline(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "readline", a.len(), 0, 1)?;
    let n = size_arg(ts, a.first())?;
    Ok(ts.new_bytes(readline_bytes(ts, o, n)?))
}
fn write(ts: &ThreadState, o: &ObjRef, d: &ObjRef) -> PyResult<ObjRef> {
    let data = buffer(ts, d)?.to_vec();
    Ok(ts.new_int(write_bytes(ts, o, &data)? as i64))
}
fn flush(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    flush_obj(ts, o)?;
    Ok(ts.none())
}
fn seek(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "seek", a.len(), 1, 2)?;
    let b = this(o);
    if a[0].is_a::<taipan_object::types::float::PyFloat>() {
        return Err(ts.type_error("'float' object cannot be interpreted as an integer"));
    }
    let pos = ab::index_isize(ts, &a[0])? as i64;
    let whence = fileio::whence_arg(ts, a.get(1))?;
    if !(0..=2).contains(&whence) {
        return Err(ts.value_error(format!("whence value {whence} unsupported")));
    }
    let raw = check_closed(ts, b, "seek of closed file")?;
    let seekable = ab::call_method(ts, &raw, "seekable", &[])?;
    if !ab::is_true(ts, &seekable)? {
        return Err(unsupported(ts, "File or stream is not seekable."));
    }
    flush_writes(ts, b, &raw)?;
    let pos = if whence == 1 {
        pos - unread(b) as i64
    } else {
        pos
    };
    b.rbuf.borrow_mut().clear();
    b.rpos.set(0);
    Ok(ts.new_int(raw_seek(ts, &raw, pos, whence)?))
}
fn tell(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(tell_pos(ts, this(o))?))
}
fn truncate(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "truncate", a.len(), 0, 1)?;
    let b = this(o);
    let raw = check_closed(ts, b, "truncate of closed file")?;
    let (_, w) = kind(o);
    if !w {
        return Err(unsupported(ts, "truncate"));
    }
    flush_writes(ts, b, &raw)?;
    let pos = match a.first().filter(|x| !ts.is_none(x)) {
        Some(p) => p.clone(),
        None => ts.new_int(tell_pos(ts, b)?),
    };
    rewind_reads(ts, b, &raw)?;
    ab::call_method(ts, &raw, "truncate", &[pos])
}
fn close(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let b = this(o);
    let raw = raw_of(ts, b)?;
    if raw_closed(ts, &raw)? {
        return Ok(ts.none());
    }
    // A subclass's own flush() runs, as CPython's close calls the method.
    let flushed = if o.typ().is_heap() {
        ab::call_method(ts, o, "flush", &[]).map(drop)
    } else {
        flush_writes(ts, b, &raw)
    };
    let closed = ab::call_method(ts, &raw, "close", &[]);
    b.rbuf.borrow_mut().clear();
    b.rpos.set(0);
    flushed?;
    closed.map(|_| ts.none())
}
fn detach(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let b = this(o);
    let raw = raw_of(ts, b)?;
    flush_writes(ts, b, &raw)?;
    *b.raw.borrow_mut() = None;
    b.detached.set(true);
    Ok(raw)
}

fn raw_get(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    raw_of(ts, this(o))
}
fn closed_get(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let raw = raw_of(ts, this(o))?;
    Ok(ts.bool_obj(raw_closed(ts, &raw)?))
}
fn mode_get(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let raw = raw_of(ts, this(o))?;
    ab::getattr_str(ts, &raw, "mode")
}

fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let cls = o.typ().name().to_string();
    match ab::getattr_str(ts, o, "name") {
        Ok(n) => Ok(ts.new_string(format!("<{cls} name={}>", ab::repr_string(ts, &n)?))),
        Err(e) if ignorable(ts, &e) => Ok(ts.new_string(format!("<{cls}>"))),
        Err(e) => Err(e),
    }
}

fn ignorable(ts: &ThreadState, e: &PyErr) -> bool {
    e.matches(&ts.exc.attribute_error) || e.matches(&ts.exc.value_error)
}

fn iter(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let b = this(o);
    let raw = raw_of(ts, b)?;
    if raw_closed(ts, &raw)? {
        return Err(super::closed_error(ts));
    }
    Ok(o.clone())
}
fn iternext(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    if o.typ().is_heap() {
        let l = ab::call_method(ts, o, "readline", &[])?;
        return Ok((ab::len(ts, &l)? > 0).then_some(l));
    }
    let l = readline_bytes(ts, o, -1)?;
    Ok((!l.is_empty()).then(|| ts.new_bytes(l)))
}

fn sizeof(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let b = this(o);
    Ok(ts.new_int((std::mem::size_of::<PyBuffered>() + b.buffer_size.get()) as i64))
}

static COMMON: &[MethodDef] = &[
    MethodDef::new("flush", Meth::NoArgs(flush)),
    MethodDef::new("close", Meth::NoArgs(close)),
    MethodDef::new("detach", Meth::NoArgs(detach)),
    MethodDef::new("seek", Meth::Fast(seek)),
    MethodDef::new("tell", Meth::NoArgs(tell)),
    MethodDef::new("fileno", Meth::NoArgs(layered::fileno::<PyBuffered>)),
    MethodDef::new("isatty", Meth::NoArgs(layered::isatty::<PyBuffered>)),
    MethodDef::new("readable", Meth::NoArgs(layered::readable::<PyBuffered>)),
    MethodDef::new("writable", Meth::NoArgs(layered::writable::<PyBuffered>)),
    MethodDef::new("seekable", Meth::NoArgs(layered::seekable::<PyBuffered>)),
    MethodDef::new("__sizeof__", Meth::NoArgs(sizeof)),
];
static READ: &[MethodDef] = &[
    MethodDef::new("read", Meth::Fast(read)),
    MethodDef::new("read1", Meth::Fast(read1)),
    MethodDef::new("peek", Meth::Fast(peek)),
    MethodDef::new("readinto", Meth::O(readinto)),
    MethodDef::new("readinto1", Meth::O(readinto1)),
    MethodDef::new("readline", Meth::Fast(readline)),
];
static WRITE: &[MethodDef] = &[
    MethodDef::new("write", Meth::O(write)),
    MethodDef::new("truncate", Meth::Fast(truncate)),
];

static GETSETS: &[GetSetDef] = &[
    GetSetDef::ro("raw", raw_get),
    GetSetDef::ro("closed", closed_get),
    GetSetDef::ro("name", layered::name_get::<PyBuffered>),
    GetSetDef::ro("mode", mode_get),
];

macro_rules! buffered_spec {
    ($name:ident, $tp:literal, $methods:expr) => {
        pub static $name: TypeSpec = TypeSpec {
            base: Some(|_| super::ty(&types().bufferediobase)),
            flags: flags::BASETYPE | flags::HAVE_GC | flags::WEAKREFABLE,
            slots: Slots {
                repr: Some(repr),
                new: Some(new),
                init: Some(init),
                iter: Some(iter),
                iternext: Some(iternext),
                finalize: Some(super::iobase::finalize_warn),
                traverse: Some(layered::traverse::<PyBuffered>),
                ..Slots::NONE
            },
            methods: $methods,
            getsets: GETSETS,
            dictoffset: dict_offset!(PyBuffered, dict),
            ..TypeSpec::new($tp, PayloadInfo::of::<PyBuffered>())
        };
    };
}
buffered_spec!(READER_SPEC, "_io.BufferedReader", &[COMMON, READ]);
buffered_spec!(WRITER_SPEC, "_io.BufferedWriter", &[COMMON, WRITE]);
buffered_spec!(RANDOM_SPEC, "_io.BufferedRandom", &[COMMON, READ, WRITE]);

/// Bytes of a bytes object (for callers holding a `PyBytes`).
pub fn bytes_of(o: &ObjRef) -> Option<&[u8]> {
    o.downcast::<PyBytes>().map(|b| b.as_bytes())
}

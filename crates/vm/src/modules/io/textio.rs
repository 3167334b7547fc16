//! `_io.TextIOWrapper` (CPython's `textio.c`): text over a buffered binary stream. Bytes are
//! decoded a chunk at a time with taipan-text's codecs (UTF-8 split at a character boundary,
//! single-byte codecs per chunk, UTF-16/32 at end of file); the decoded text is kept as read
//! (untranslated) so `tell()` is the buffer position minus what is left, re-encoded.
//! Universal newlines are translated as text is handed out; writes translate `\n` to the
//! `newline` argument. `line_buffering` flushes on a newline. The write path for an exact
//! buffered stream appends to its buffer directly (`print` to the real stdout is one copy).

use std::cell::{Cell, RefCell};

use taipan_object::abstract_ as ab;
use taipan_object::args::{self, ArgSpec};
use taipan_object::typeobj::{GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags};
use taipan_object::types::bytes::as_bytes_like;
use taipan_object::types::codecs_glue;
use taipan_object::types::str_::PyStr;
use taipan_object::{ObjRef, PyErr, PyPayload, PyResult, ThreadState, alloc_object, dict_offset};
use taipan_text::codecs::{self, Codec};

use super::bufferedio;
use super::layered;
use super::{closed_error, opt_str, size_arg, types, unsupported};

/// How bytes become text a chunk at a time.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// UTF-8: decode up to the last complete character.
    Utf8,
    /// UTF-8 with a byte order mark to skip at the start.
    Utf8Sig,
    /// One byte a character.
    Single,
    /// Decoded once the whole input is there (UTF-16/32).
    Whole,
}

fn kind_of(ts: &ThreadState, encoding: &str) -> PyResult<Kind> {
    let norm: String = encoding
        .chars()
        .map(|c| {
            if c == '-' || c == ' ' {
                '_'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    if norm == "utf_8_sig" || norm == "utf8_sig" {
        return Ok(Kind::Utf8Sig);
    }
    match codecs::lookup(encoding) {
        Some(Codec::Utf8) => Ok(Kind::Utf8),
        Some(Codec::Ascii | Codec::Latin1) => Ok(Kind::Single),
        Some(_) => Ok(Kind::Whole),
        None => Err(ts.new_error(
            &ts.exc.lookup_error,
            format!("unknown encoding: {encoding}"),
        )),
    }
}

/// A TextIOWrapper's state.
pub struct PyTextIO {
    buffer: RefCell<Option<ObjRef>>,
    detached: Cell<bool>,
    encoding: RefCell<String>,
    errors: RefCell<String>,
    kind: Cell<Kind>,
    /// The `newline` argument (`None`: universal newlines, translated).
    newline: RefCell<Option<String>>,
    /// What `\n` becomes on write (`None`: kept).
    writenl: RefCell<Option<String>>,
    line_buffering: Cell<bool>,
    write_through: Cell<bool>,
    readable: Cell<bool>,
    writable: Cell<bool>,
    seekable: Cell<bool>,
    /// Decoded, untranslated text; `dpos` is the next unread byte of it.
    decoded: RefCell<String>,
    dpos: Cell<usize>,
    /// The newline kinds read so far (`newlines`; universal modes only).
    seennl: Cell<u8>,
    /// Bytes read and not decoded yet (an incomplete character).
    pending: RefCell<Vec<u8>>,
    eof: Cell<bool>,
    /// A first chunk was decoded / encoded (a BOM is handled only then).
    started_read: Cell<bool>,
    started_write: Cell<bool>,
    /// `_CHUNK_SIZE`: how many bytes a read asks the buffer for.
    chunk_size: Cell<usize>,
    dict: Cell<Option<ObjRef>>,
}
impl PyPayload for PyTextIO {}

fn this(o: &ObjRef) -> &PyTextIO {
    o.downcast::<PyTextIO>().expect("TextIOWrapper")
}

fn new(ts: &ThreadState, ty: &ObjRef, _: &[ObjRef], _: Option<&ObjRef>) -> PyResult<ObjRef> {
    Ok(alloc_object(ts, ty, empty()))
}

fn empty() -> PyTextIO {
    PyTextIO {
        buffer: RefCell::new(None),
        detached: Cell::new(false),
        encoding: RefCell::new(String::new()),
        errors: RefCell::new(String::new()),
        kind: Cell::new(Kind::Utf8),
        newline: RefCell::new(None),
        writenl: RefCell::new(None),
        line_buffering: Cell::new(false),
        write_through: Cell::new(false),
        readable: Cell::new(false),
        writable: Cell::new(false),
        seekable: Cell::new(false),
        decoded: RefCell::new(String::new()),
        dpos: Cell::new(0),
        seennl: Cell::new(0),
        pending: RefCell::new(Vec::new()),
        eof: Cell::new(false),
        started_read: Cell::new(false),
        started_write: Cell::new(false),
        chunk_size: Cell::new(8192),
        dict: Cell::new(None),
    }
}

static INIT_SPEC: ArgSpec = ArgSpec {
    fname: "TextIOWrapper",
    names: &[
        "buffer",
        "encoding",
        "errors",
        "newline",
        "line_buffering",
        "write_through",
    ],
    required: 1,
    posonly: 0,
    kwonly: 6,
};

fn init(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<()> {
    let [buffer, encoding, errors, newline, lb, wt] = args::parse::<6>(ts, &INIT_SPEC, a, kw)?;
    let encoding = opt_str(ts, "TextIOWrapper", "encoding", encoding.as_ref())?;
    let errors = opt_str(ts, "TextIOWrapper", "errors", errors.as_ref())?;
    let newline = opt_str(ts, "TextIOWrapper", "newline", newline.as_ref())?;
    let truth = |x: Option<ObjRef>| -> PyResult<bool> {
        match x {
            Some(v) => ab::is_true(ts, &v),
            None => Ok(false),
        }
    };
    let (lb, wt) = (truth(lb)?, truth(wt)?);
    let enc = encoding.unwrap_or_else(|| super::LOCALE_ENCODING.into());
    setup(
        ts,
        o,
        buffer.expect("required"),
        &enc,
        errors.as_deref(),
        newline.as_deref(),
        lb,
        wt,
    )
}

#[allow(clippy::too_many_arguments)]
fn setup(
    ts: &ThreadState,
    o: &ObjRef,
    buffer: ObjRef,
    encoding: &str,
    errors: Option<&str>,
    newline: Option<&str>,
    line_buffering: bool,
    write_through: bool,
) -> PyResult<()> {
    let t = this(o);
    let encoding = if encoding == "locale" {
        super::LOCALE_ENCODING
    } else {
        encoding
    };
    if let Some(nl) = newline
        && !matches!(nl, "" | "\n" | "\r" | "\r\n")
    {
        return Err(ts.value_error(format!(
            "illegal newline value: {}",
            taipan_object::types::str_::repr_str(nl)
        )));
    }
    let kind = kind_of(ts, encoding)?;
    let readable = ab::call_method(ts, &buffer, "readable", &[])?;
    let writable = ab::call_method(ts, &buffer, "writable", &[])?;
    let seekable = ab::call_method(ts, &buffer, "seekable", &[])?;
    t.readable.set(ab::is_true(ts, &readable)?);
    t.writable.set(ab::is_true(ts, &writable)?);
    t.seekable.set(ab::is_true(ts, &seekable)?);
    *t.encoding.borrow_mut() = encoding.to_string();
    *t.errors.borrow_mut() = errors.unwrap_or("strict").to_string();
    t.kind.set(kind);
    *t.newline.borrow_mut() = newline.map(str::to_string);
    *t.writenl.borrow_mut() = match newline {
        Some("\r") => Some("\r".into()),
        Some("\r\n") => Some("\r\n".into()),
        _ => None,
    };
    t.line_buffering.set(line_buffering);
    t.write_through.set(write_through);
    t.decoded.borrow_mut().clear();
    t.dpos.set(0);
    t.pending.borrow_mut().clear();
    t.eof.set(false);
    *t.buffer.borrow_mut() = Some(buffer);
    t.detached.set(false);
    Ok(())
}

/// `TextIOWrapper(buffer, ...)` (`open()` and the standard streams).
pub fn new_wrapper(
    ts: &ThreadState,
    buffer: ObjRef,
    encoding: &str,
    errors: Option<&str>,
    newline: Option<&str>,
    line_buffering: bool,
    write_through: bool,
) -> PyResult<ObjRef> {
    let o = alloc_object(ts, super::ty(&types().textiowrapper), empty());
    setup(
        ts,
        &o,
        buffer,
        encoding,
        errors,
        newline,
        line_buffering,
        write_through,
    )?;
    Ok(o)
}

layered::impl_layered!(PyTextIO, buffer, "underlying buffer has been detached");

fn buffer_of(ts: &ThreadState, t: &PyTextIO) -> PyResult<ObjRef> {
    layered::inner(ts, t)
}

/// The buffer when it is an exact FileIO (unbuffered standard streams: `PYTHONUNBUFFERED`).
fn raw_fileio(b: &ObjRef) -> Option<&super::fileio::PyFileIO> {
    if b.is_exact(super::ty(&types().fileio)) {
        b.downcast::<super::fileio::PyFileIO>()
    } else {
        None
    }
}

fn is_closed(ts: &ThreadState, buffer: &ObjRef) -> PyResult<bool> {
    if let Some(f) = raw_fileio(buffer) {
        return Ok(f.fd.get() < 0);
    }
    if bufferedio::is_exact_buffered(buffer) {
        return bufferedio::closed_fast(ts, buffer);
    }
    super::iobase::is_closed(ts, buffer)
}

/// The buffer, or `ValueError` when it is closed.
fn live(ts: &ThreadState, t: &PyTextIO) -> PyResult<ObjRef> {
    let b = buffer_of(ts, t)?;
    if is_closed(ts, &b)? {
        return Err(closed_error(ts));
    }
    Ok(b)
}

// ---- reading ----

/// Decodes `bytes` (`final`: the end of the input) with the wrapper's codec.
fn decode(ts: &ThreadState, t: &PyTextIO, bytes: &[u8]) -> PyResult<String> {
    let enc = t.encoding.borrow().clone();
    let errors = t.errors.borrow().clone();
    let enc = if t.kind.get() == Kind::Utf8Sig && t.started_read.get() {
        "utf-8".to_string()
    } else {
        enc
    };
    t.started_read.set(true);
    let v = codecs_glue::decode(ts, bytes, &enc, &errors)?;
    Ok(match String::from_utf8(v) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}

/// How many leading bytes of `b` are complete UTF-8 characters (an incomplete sequence at
/// the end waits for the next chunk).
fn utf8_complete(b: &[u8]) -> usize {
    let n = b.len();
    for back in 1..=3.min(n) {
        let c = b[n - back];
        if c & 0xC0 == 0x80 {
            continue;
        }
        let need = if c >= 0xF0 {
            4
        } else if c >= 0xE0 {
            3
        } else if c >= 0xC0 {
            2
        } else {
            1
        };
        return if need > back { n - back } else { n };
    }
    n
}

/// Reads one more chunk and decodes what is complete; false at end of input.
fn fill(ts: &ThreadState, t: &PyTextIO, buffer: &ObjRef) -> PyResult<bool> {
    if t.eof.get() {
        return Ok(false);
    }
    let chunk_size = t.chunk_size.get();
    let chunk = if bufferedio::is_exact_buffered(buffer) {
        bufferedio::read1_bytes(ts, buffer, chunk_size as isize)?
    } else {
        let name = if ab::getattr_opt(ts, buffer, &ts.new_str("read1"))?.is_some() {
            "read1"
        } else {
            "read"
        };
        let r = ab::call_method(ts, buffer, name, &[ts.new_int(chunk_size as i64)])?;
        if ts.is_none(&r) {
            Vec::new()
        } else {
            match as_bytes_like(&r) {
                Some(b) => b.to_vec(),
                None => {
                    return Err(ts.type_error(format!(
                        "underlying {name}() should have returned a bytes-like object, not '{}'",
                        r.typ().name()
                    )));
                }
            }
        }
    };
    let at_eof = chunk.is_empty();
    let mut pending = std::mem::take(&mut *t.pending.borrow_mut());
    pending.extend_from_slice(&chunk);
    let upto = if at_eof {
        pending.len()
    } else {
        match t.kind.get() {
            Kind::Utf8 | Kind::Utf8Sig => utf8_complete(&pending),
            Kind::Single => pending.len(),
            Kind::Whole => 0,
        }
    };
    if upto > 0 || (at_eof && !pending.is_empty()) {
        let text = decode(ts, t, &pending[..upto])?;
        pending.drain(..upto);
        let mut d = t.decoded.borrow_mut();
        let pos = t.dpos.get();
        if pos > 0 && pos == d.len() {
            d.clear();
            t.dpos.set(0);
        } else if pos > 1 << 16 {
            d.drain(..pos);
            t.dpos.set(0);
        }
        d.push_str(&text);
    }
    *t.pending.borrow_mut() = pending;
    if at_eof {
        t.eof.set(true);
    }
    Ok(!at_eof)
}

/// Where a scan stopped: the end (a byte index into the decoded text) and whether it found
/// what was asked for (`false`: more input is needed to decide).
struct Scan {
    end: usize,
    done: bool,
}

/// Scans the decoded text from `start` for at most `max` characters (after translation)
/// and, when `line`, up to the end of a line under the wrapper's newline mode.
fn scan(text: &str, start: usize, nl: Option<&str>, eof: bool, max: usize, line: bool) -> Scan {
    let b = text.as_bytes();
    let universal = matches!(nl, None | Some(""));
    let mut i = start;
    let mut chars = 0usize;
    while i < b.len() {
        if chars >= max {
            return Scan { end: i, done: true };
        }
        let c = b[i];
        if c == b'\r' && (universal || nl == Some("\r\n")) {
            if i + 1 >= b.len() && !eof {
                return Scan {
                    end: i,
                    done: false,
                };
            }
            let crlf = i + 1 < b.len() && b[i + 1] == b'\n';
            if crlf {
                // "\r\n": one character when translated, two otherwise.
                if nl.is_none() {
                    i += 2;
                    chars += 1;
                } else {
                    if chars + 2 > max {
                        i += 1;
                        return Scan { end: i, done: true };
                    }
                    i += 2;
                    chars += 2;
                }
                if line {
                    return Scan { end: i, done: true };
                }
                continue;
            }
            i += 1;
            chars += 1;
            if line && universal {
                return Scan { end: i, done: true };
            }
            continue;
        }
        if line && c == b'\n' && nl != Some("\r") && nl != Some("\r\n") {
            return Scan {
                end: i + 1,
                done: true,
            };
        }
        if line && c == b'\r' && nl == Some("\r") {
            return Scan {
                end: i + 1,
                done: true,
            };
        }
        if c & 0xC0 != 0x80 {
            chars += 1;
        }
        i += 1;
        while i < b.len() && b[i] & 0xC0 == 0x80 {
            i += 1;
        }
    }
    if chars >= max {
        return Scan { end: i, done: true };
    }
    Scan {
        end: i,
        done: false,
    }
}

/// Takes the decoded text up to `end`, translated when newlines are universal.
fn take_to(t: &PyTextIO, end: usize) -> String {
    let d = t.decoded.borrow();
    let s = &d[t.dpos.get()..end];
    let nl = t.newline.borrow();
    if nl.as_deref().is_none_or(str::is_empty) {
        t.seennl.set(t.seennl.get() | super::newlines::scan(s));
    }
    let out = if nl.is_none() {
        super::newlines::translate(s)
    } else {
        s.to_string()
    };
    t.dpos.set(end);
    out
}

fn check_readable(ts: &ThreadState, t: &PyTextIO) -> PyResult<ObjRef> {
    let b = live(ts, t)?;
    if !t.readable.get() {
        return Err(unsupported(ts, "not readable"));
    }
    Ok(b)
}

/// Flushes pending writes before reading (so `r+` sees what was written).
fn before_read(ts: &ThreadState, t: &PyTextIO, b: &ObjRef) -> PyResult<()> {
    if t.writable.get() {
        flush_buffer(ts, b)?;
    }
    Ok(())
}

/// `read(n)` in characters (`n < 0`: to the end).
pub fn read_text(ts: &ThreadState, o: &ObjRef, n: isize) -> PyResult<String> {
    let t = this(o);
    let b = check_readable(ts, t)?;
    before_read(ts, t, &b)?;
    let max = if n < 0 { usize::MAX } else { n as usize };
    loop {
        let s = {
            let d = t.decoded.borrow();
            scan(
                &d,
                t.dpos.get(),
                t.newline.borrow().as_deref(),
                t.eof.get(),
                max,
                false,
            )
        };
        if s.done || t.eof.get() {
            return Ok(take_to(t, s.end));
        }
        if n >= 0 && s.end > t.dpos.get() && !t.eof.get() {
            // Enough decoded for part of the request: read more only when short.
        }
        fill(ts, t, &b)?;
    }
}

/// `readline(limit)`.
pub fn readline_text(ts: &ThreadState, o: &ObjRef, limit: isize) -> PyResult<String> {
    let t = this(o);
    let b = check_readable(ts, t)?;
    before_read(ts, t, &b)?;
    let max = if limit < 0 {
        usize::MAX
    } else {
        limit as usize
    };
    loop {
        let s = {
            let d = t.decoded.borrow();
            scan(
                &d,
                t.dpos.get(),
                t.newline.borrow().as_deref(),
                t.eof.get(),
                max,
                true,
            )
        };
        if s.done || t.eof.get() {
            return Ok(take_to(t, s.end));
        }
        fill(ts, t, &b)?;
    }
}

fn read(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "read", a.len(), 0, 1)?;
    let n = size_arg(ts, a.first())?;
    Ok(ts.new_string(read_text(ts, o, n)?))
}
fn readline(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "readline", a.len(), 0, 1)?;
    let n = match a.first() {
        Some(x) if !ts.is_none(x) => {
            if x.typ().slots().index.is_none() {
                return Err(ts.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    x.typ().name()
                )));
            }
            ab::index_isize(ts, x)?
        }
        _ => -1,
    };
    Ok(ts.new_string(readline_text(ts, o, n)?))
}

// ---- writing ----

fn flush_buffer(ts: &ThreadState, b: &ObjRef) -> PyResult<()> {
    if bufferedio::is_exact_buffered(b) {
        return bufferedio::flush_obj(ts, b);
    }
    if raw_fileio(b).is_some() {
        return Ok(());
    }
    ab::call_method(ts, b, "flush", &[]).map(drop)
}

/// Drops unread decoded text before a write, moving the buffer back to the logical
/// position.
fn rewind_for_write(ts: &ThreadState, t: &PyTextIO, b: &ObjRef) -> PyResult<()> {
    let left = t.decoded.borrow().len() > t.dpos.get() || !t.pending.borrow().is_empty();
    if left && t.seekable.get() {
        let pos = tell_pos(ts, t, b)?;
        ab::call_method(ts, b, "seek", &[ts.new_int(pos)])?;
    }
    if left || t.eof.get() {
        t.decoded.borrow_mut().clear();
        t.dpos.set(0);
        t.pending.borrow_mut().clear();
        t.eof.set(false);
    }
    Ok(())
}

/// `write(s)` for text `s` (no lone surrogates: a `&str`).
pub fn write_text(ts: &ThreadState, o: &ObjRef, s: &str) -> PyResult<()> {
    write_wtf8(ts, o, s.as_bytes(), false)
}

/// `write(s)` for text as a `str`'s generalized UTF-8 bytes, `surrogates` when it holds a
/// lone surrogate: then it goes through the codec even for UTF-8, so the wrapper's `errors`
/// decide (strict: UnicodeEncodeError, "surrogates not allowed"; surrogateescape: the byte).
pub fn write_wtf8(ts: &ThreadState, o: &ObjRef, s: &[u8], surrogates: bool) -> PyResult<()> {
    let t = this(o);
    let b = live(ts, t)?;
    if !t.writable.get() {
        return Err(unsupported(ts, "not writable"));
    }
    if t.readable.get() {
        rewind_for_write(ts, t, &b)?;
    }
    let haslf = s.contains(&b'\n');
    let translated;
    let text: &[u8] = match &*t.writenl.borrow() {
        Some(nl) if haslf => {
            let mut v = Vec::with_capacity(s.len() + nl.len());
            for &c in s {
                if c == b'\n' {
                    v.extend_from_slice(nl.as_bytes());
                } else {
                    v.push(c);
                }
            }
            translated = v;
            &translated
        }
        _ => s,
    };
    let kind = t.kind.get();
    let encoded;
    let bytes: &[u8] = if !surrogates
        && (kind == Kind::Utf8 || (kind == Kind::Utf8Sig && t.started_write.get()))
    {
        text
    } else {
        let enc = if kind == Kind::Utf8Sig && t.started_write.get() {
            "utf-8".to_string()
        } else {
            t.encoding.borrow().clone()
        };
        let errors = t.errors.borrow().clone();
        encoded = codecs_glue::encode(ts, text, &enc, &errors)?;
        &encoded
    };
    t.started_write.set(true);
    if bufferedio::is_exact_buffered(&b) {
        bufferedio::write_bytes(ts, &b, bytes)?;
    } else if let Some(f) = raw_fileio(&b) {
        let mut rest = bytes;
        while !rest.is_empty() {
            match super::fileio::fd_write(ts, f, rest)? {
                Some(0) | None => break,
                Some(n) => rest = &rest[n..],
            }
        }
    } else {
        ab::call_method(ts, &b, "write", &[ts.new_bytes(bytes.to_vec())])?;
    }
    if t.write_through.get() || (t.line_buffering.get() && (haslf || text.contains(&b'\r'))) {
        flush_buffer(ts, &b)?;
    }
    Ok(())
}

fn write(ts: &ThreadState, o: &ObjRef, s: &ObjRef) -> PyResult<ObjRef> {
    let t = this(o);
    live(ts, t)?;
    let Some(st) = s.downcast::<PyStr>() else {
        return Err(ts.type_error(format!(
            "write() argument must be str, not {}",
            s.typ().name()
        )));
    };
    write_wtf8(ts, o, st.as_bytes(), st.has_surrogates())?;
    Ok(ts.new_int(st.char_len() as i64))
}

/// Whether `o` is an exact TextIOWrapper (so `print` may call [`write_text`] directly).
pub fn is_exact(o: &ObjRef) -> bool {
    o.is_exact(super::ty(&types().textiowrapper))
}

fn flush(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let t = this(o);
    let b = live(ts, t)?;
    flush_buffer(ts, &b)?;
    Ok(ts.none())
}

/// Flushes the wrapper (at exit and before tracebacks); errors are the caller's to ignore.
pub fn flush_obj(ts: &ThreadState, o: &ObjRef) -> PyResult<()> {
    let t = this(o);
    let b = buffer_of(ts, t)?;
    if is_closed(ts, &b)? {
        return Ok(());
    }
    flush_buffer(ts, &b)
}

fn close(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let t = this(o);
    let b = buffer_of(ts, t)?;
    if is_closed(ts, &b)? {
        return Ok(ts.none());
    }
    // A subclass's own flush() runs, as CPython's close calls the method.
    let flushed = if o.typ().is_heap() {
        ab::call_method(ts, o, "flush", &[]).map(drop)
    } else {
        flush_buffer(ts, &b)
    };
    let closed = ab::call_method(ts, &b, "close", &[]);
    flushed?;
    closed.map(|_| ts.none())
}

// ---- position ----

fn tell_pos(ts: &ThreadState, t: &PyTextIO, b: &ObjRef) -> PyResult<i64> {
    let r = ab::call_method(ts, b, "tell", &[])?;
    let pos = ab::index_isize(ts, &r)? as i64;
    let left = {
        let d = t.decoded.borrow();
        let rest = &d[t.dpos.get()..];
        match t.kind.get() {
            Kind::Utf8 | Kind::Utf8Sig => rest.len(),
            Kind::Single => rest.chars().count(),
            Kind::Whole => {
                let enc = t.encoding.borrow().clone();
                codecs_glue::encode(ts, rest.as_bytes(), &enc, "surrogatepass")
                    .map(|v| v.len())
                    .unwrap_or(rest.len())
            }
        }
    };
    Ok(pos - left as i64 - t.pending.borrow().len() as i64)
}

fn tell(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let t = this(o);
    let b = live(ts, t)?;
    if !t.seekable.get() {
        return Err(unsupported(ts, "underlying stream is not seekable"));
    }
    flush_buffer(ts, &b)?;
    Ok(ts.new_int(tell_pos(ts, t, &b)?))
}

fn reset_read(t: &PyTextIO) {
    t.decoded.borrow_mut().clear();
    t.dpos.set(0);
    t.pending.borrow_mut().clear();
    t.eof.set(false);
}

fn seek(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "seek", a.len(), 1, 2)?;
    let t = this(o);
    let b = live(ts, t)?;
    let whence = super::fileio::whence_arg(ts, a.get(1))?;
    if !t.seekable.get() {
        return Err(unsupported(ts, "underlying stream is not seekable"));
    }
    let cookie = &a[0];
    let is_zero = |c: &ObjRef| -> PyResult<bool> { ab::eq(ts, c, &ts.new_int(0)) };
    match whence {
        1 => {
            if !is_zero(cookie)? {
                return Err(unsupported(ts, "can't do nonzero cur-relative seeks"));
            }
            flush_buffer(ts, &b)?;
            let pos = tell_pos(ts, t, &b)?;
            reset_read(t);
            let r = ab::call_method(ts, &b, "seek", &[ts.new_int(pos)])?;
            Ok(r)
        }
        2 => {
            if !is_zero(cookie)? {
                return Err(unsupported(ts, "can't do nonzero end-relative seeks"));
            }
            flush_buffer(ts, &b)?;
            reset_read(t);
            ab::call_method(ts, &b, "seek", &[ts.new_int(0), ts.new_int(2)])
        }
        0 => {
            if cookie.typ().slots().index.is_none() {
                return Err(ts.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    cookie.typ().name()
                )));
            }
            let pos = ab::index_isize(ts, cookie)?;
            if pos < 0 {
                return Err(ts.value_error(format!("negative seek position {pos}")));
            }
            flush_buffer(ts, &b)?;
            reset_read(t);
            ab::call_method(ts, &b, "seek", &[ts.new_int(pos as i64)])?;
            t.started_read.set(pos != 0);
            Ok(cookie.clone())
        }
        w => Err(ts.value_error(format!("invalid whence ({w}, should be 0, 1 or 2)"))),
    }
}

fn truncate(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "truncate", a.len(), 0, 1)?;
    let t = this(o);
    let b = live(ts, t)?;
    flush_buffer(ts, &b)?;
    let pos = match a.first().filter(|x| !ts.is_none(x)) {
        Some(p) => p.clone(),
        None => ts.new_int(tell_pos(ts, t, &b)?),
    };
    ab::call_method(ts, &b, "truncate", &[pos])
}

fn detach(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let t = this(o);
    let b = buffer_of(ts, t)?;
    flush_buffer(ts, &b)?;
    *t.buffer.borrow_mut() = None;
    t.detached.set(true);
    Ok(b)
}

static RECONFIGURE_SPEC: ArgSpec = ArgSpec {
    fname: "reconfigure",
    names: &[
        "encoding",
        "errors",
        "newline",
        "line_buffering",
        "write_through",
    ],
    required: 0,
    posonly: 0,
    kwonly: 0,
};

fn reconfigure(
    ts: &ThreadState,
    o: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let [enc, errors, newline, lb, wt] = args::parse::<5>(ts, &RECONFIGURE_SPEC, a, kw)?;
    let t = this(o);
    let b = live(ts, t)?;
    flush_buffer(ts, &b)?;
    if let Some(e) = opt_str(ts, "reconfigure", "encoding", enc.as_ref())? {
        t.kind.set(kind_of(ts, &e)?);
        *t.encoding.borrow_mut() = e;
        if errors.is_none() {
            *t.errors.borrow_mut() = "strict".into();
        }
    }
    if let Some(e) = opt_str(ts, "reconfigure", "errors", errors.as_ref())? {
        *t.errors.borrow_mut() = e;
    }
    if let Some(n) = newline {
        let nl = opt_str(ts, "reconfigure", "newline", Some(&n))?;
        *t.writenl.borrow_mut() = match nl.as_deref() {
            Some("\r") => Some("\r".into()),
            Some("\r\n") => Some("\r\n".into()),
            _ => None,
        };
        *t.newline.borrow_mut() = nl;
    }
    if let Some(v) = lb.filter(|v| !ts.is_none(v)) {
        t.line_buffering.set(ab::is_true(ts, &v)?);
    }
    if let Some(v) = wt.filter(|v| !ts.is_none(v)) {
        t.write_through.set(ab::is_true(ts, &v)?);
    }
    Ok(ts.none())
}

// ---- attributes ----

fn encoding_get(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_str(&this(o).encoding.borrow()))
}
fn errors_get(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_str(&this(o).errors.borrow()))
}
fn newlines_get(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(super::newlines::newlines_value(ts, this(o).seennl.get()))
}
fn buffer_get(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    buffer_of(ts, this(o))
}
fn line_buffering_get(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.bool_obj(this(o).line_buffering.get()))
}
fn write_through_get(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.bool_obj(this(o).write_through.get()))
}
fn closed_get(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let b = buffer_of(ts, this(o))?;
    ab::getattr_str(ts, &b, "closed")
}
fn chunk_size_get(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let t = this(o);
    buffer_of(ts, t)?;
    Ok(ts.new_int(t.chunk_size.get() as i64))
}
fn chunk_size_set(ts: &ThreadState, o: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    let t = this(o);
    buffer_of(ts, t)?;
    let Some(v) = v else {
        return Err(ts.attribute_error("cannot delete attribute"));
    };
    let n = ab::index_isize(ts, v)?;
    if n <= 0 {
        return Err(ts.value_error("a strictly positive integer is required"));
    }
    t.chunk_size.set(n as usize);
    Ok(())
}

fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let mut s = format!("<{}", o.typ().name());
    let ignorable = |e: &PyErr| e.matches(&ts.exc.exception);
    for attr in ["name", "mode"] {
        match ab::getattr_str(ts, o, attr) {
            Ok(v) => {
                s.push_str(&format!(" {attr}={}", ab::repr_string(ts, &v)?));
            }
            Err(e) if ignorable(&e) => {}
            Err(e) => return Err(e),
        }
    }
    s.push_str(&format!(
        " encoding={}>",
        taipan_object::types::str_::repr_str(&this(o).encoding.borrow())
    ));
    Ok(ts.new_string(s))
}

fn iter(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    live(ts, this(o))?;
    Ok(o.clone())
}
fn iternext(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let line = if o.typ().is_heap() {
        let l = ab::call_method(ts, o, "readline", &[])?;
        if ab::len(ts, &l)? == 0 {
            return Ok(None);
        }
        return Ok(Some(l));
    } else {
        readline_text(ts, o, -1)?
    };
    Ok((!line.is_empty()).then(|| ts.new_string(line)))
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("read", Meth::Fast(read)),
    MethodDef::new("readline", Meth::Fast(readline)),
    MethodDef::new("write", Meth::O(write)),
    MethodDef::new("flush", Meth::NoArgs(flush)),
    MethodDef::new("close", Meth::NoArgs(close)),
    MethodDef::new("tell", Meth::NoArgs(tell)),
    MethodDef::new("seek", Meth::Fast(seek)),
    MethodDef::new("truncate", Meth::Fast(truncate)),
    MethodDef::new("detach", Meth::NoArgs(detach)),
    MethodDef::new("fileno", Meth::NoArgs(layered::fileno::<PyTextIO>)),
    MethodDef::new("isatty", Meth::NoArgs(layered::isatty::<PyTextIO>)),
    MethodDef::new("readable", Meth::NoArgs(layered::readable::<PyTextIO>)),
    MethodDef::new("writable", Meth::NoArgs(layered::writable::<PyTextIO>)),
    MethodDef::new("seekable", Meth::NoArgs(layered::seekable::<PyTextIO>)),
    MethodDef::new("reconfigure", Meth::FastKw(reconfigure)),
];

static GETSETS: &[GetSetDef] = &[
    GetSetDef::ro("encoding", encoding_get),
    GetSetDef::ro("errors", errors_get),
    GetSetDef::ro("newlines", newlines_get),
    GetSetDef::ro("buffer", buffer_get),
    GetSetDef::ro("line_buffering", line_buffering_get),
    GetSetDef::ro("write_through", write_through_get),
    GetSetDef::ro("closed", closed_get),
    GetSetDef::ro("name", layered::name_get::<PyTextIO>),
    GetSetDef {
        name: "_CHUNK_SIZE",
        get: chunk_size_get,
        set: Some(chunk_size_set),
        doc: "",
    },
];

pub static SPEC: TypeSpec = TypeSpec {
    base: Some(|_| super::ty(&types().textiobase)),
    flags: flags::BASETYPE | flags::HAVE_GC | flags::WEAKREFABLE,
    slots: Slots {
        repr: Some(repr),
        new: Some(new),
        init: Some(init),
        iter: Some(iter),
        iternext: Some(iternext),
        finalize: Some(super::iobase::finalize_warn),
        traverse: Some(layered::traverse::<PyTextIO>),
        ..Slots::NONE
    },
    methods: &[METHODS],
    getsets: GETSETS,
    dictoffset: dict_offset!(PyTextIO, dict),
    ..TypeSpec::new("_io.TextIOWrapper", PayloadInfo::of::<PyTextIO>())
};

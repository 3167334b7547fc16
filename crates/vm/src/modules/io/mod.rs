//! The native `_io` module (CPython's `Modules/_io`): the class objects (one file a class:
//! `iobase` for the four abstract bases, `fileio`, `bufferedio`, `textio`, `stringio`,
//! `bytesio`), `open()`/`open_code()`/`text_encoding()`, `DEFAULT_BUFFER_SIZE`,
//! `UnsupportedOperation`, the shared errors (closed file, OSError from an errno) and the
//! standard streams `sys.stdin`/`stdout`/`stderr` (`stdstreams`).

use std::cell::{Cell, OnceCell};

use taipan_object::abstract_::{self as ab, str_of};
use taipan_object::args::{self, ArgSpec};
use taipan_object::typeobj::{Meth, MethodDef, new_static_type};
use taipan_object::types::dict::PyDict;
use taipan_object::types::module::PyModule;
use taipan_object::types::str_::PyStr;
use taipan_object::{ObjRef, PyErr, PyResult, ThreadState};

pub mod bufferedio;
pub mod bytesio;
pub mod fileio;
pub mod iobase;
mod layered;
mod memio;
mod newlines;
mod rwpair;
pub mod stdstreams;
pub mod stringio;
pub mod textio;

/// `io.DEFAULT_BUFFER_SIZE`.
pub const DEFAULT_BUFFER_SIZE: usize = 8192;

/// The `_io` type objects, made once per thread (the bases before their subclasses).
#[derive(Default)]
pub struct IoTypes {
    pub iobase: OnceCell<ObjRef>,
    pub rawiobase: OnceCell<ObjRef>,
    pub bufferediobase: OnceCell<ObjRef>,
    pub textiobase: OnceCell<ObjRef>,
    pub fileio: OnceCell<ObjRef>,
    pub bytesio: OnceCell<ObjRef>,
    pub stringio: OnceCell<ObjRef>,
    pub buffered_reader: OnceCell<ObjRef>,
    pub buffered_writer: OnceCell<ObjRef>,
    pub buffered_random: OnceCell<ObjRef>,
    pub buffered_rwpair: OnceCell<ObjRef>,
    pub textiowrapper: OnceCell<ObjRef>,
    pub newline_decoder: OnceCell<ObjRef>,
    pub unsupported: OnceCell<ObjRef>,
}

thread_local! {
    static TYPES: Cell<Option<&'static IoTypes>> = const { Cell::new(None) };
}

/// The `_io` types (made on first use).
pub fn types() -> &'static IoTypes {
    if let Some(t) = TYPES.get() {
        return t;
    }
    let t: &'static IoTypes = Box::leak(Box::default());
    TYPES.set(Some(t));
    let ts = ThreadState::new();
    let mk = |c: &OnceCell<ObjRef>, spec| {
        let _ = c.set(new_static_type(ts, spec));
    };
    mk(&t.iobase, &iobase::IOBASE_SPEC);
    mk(&t.rawiobase, &iobase::RAW_SPEC);
    mk(&t.bufferediobase, &iobase::BUFFERED_SPEC);
    mk(&t.textiobase, &iobase::TEXT_SPEC);
    mk(&t.fileio, &fileio::SPEC);
    mk(&t.bytesio, &bytesio::SPEC);
    mk(&t.stringio, &stringio::SPEC);
    mk(&t.buffered_reader, &bufferedio::READER_SPEC);
    mk(&t.buffered_writer, &bufferedio::WRITER_SPEC);
    mk(&t.buffered_random, &bufferedio::RANDOM_SPEC);
    mk(&t.buffered_rwpair, &rwpair::SPEC);
    mk(&t.textiowrapper, &textio::SPEC);
    mk(&t.newline_decoder, &newlines::SPEC);
    // class UnsupportedOperation(OSError, ValueError), a heap class as in CPython.
    let ns = ts.new_dict();
    if let Some(d) = ns.downcast::<PyDict>() {
        let _ = d.set_item_str(ts, "__module__", ts.new_str("io"));
    }
    let bases = ts.new_tuple(vec![ts.exc.os_error.clone(), ts.exc.value_error.clone()]);
    let unsup = ab::call(
        ts,
        &ts.types.type_,
        &[ts.new_str("UnsupportedOperation"), bases, ns],
    )
    .unwrap_or_else(|_| ts.exc.os_error.clone());
    let _ = t.unsupported.set(unsup);
    t
}

/// A type object of [`types`], as a spec's `base`.
pub fn ty(c: &'static OnceCell<ObjRef>) -> &'static ObjRef {
    c.get().expect("io base type made before its subclasses")
}

/// `UnsupportedOperation(msg)`.
pub fn unsupported(ts: &ThreadState, msg: &str) -> PyErr {
    ts.new_error(ty(&types().unsupported), msg)
}

/// After a system call's EINTR (`PyErr_CheckSignals`): runs the handlers of the signals
/// received (KeyboardInterrupt for a Ctrl-C); the caller retries when they return.
pub fn check_interrupt(ts: &ThreadState) -> PyResult<()> {
    if crate::modules::signal::tripped() {
        crate::modules::signal::run_pending(ts)?;
    }
    Ok(())
}

/// A system call retried while it fails with EINTR, the signal handlers run between tries
/// (PEP 475); its result, or OSError from `errno` when it fails otherwise (negative result).
pub fn retry_eintr<T: Copy + PartialOrd + Default>(
    ts: &ThreadState,
    mut call: impl FnMut() -> T,
) -> PyResult<T> {
    loop {
        let r = call();
        if r >= T::default() {
            return Ok(r);
        }
        let e = last_errno();
        if e != libc::EINTR {
            return Err(os_error(ts, e, None));
        }
        check_interrupt(ts)?;
    }
}

/// `ValueError: I/O operation on closed file.`
pub fn closed_error(ts: &ThreadState) -> PyErr {
    ts.value_error("I/O operation on closed file.")
}

/// The C library's message for `errno` (`os.strerror`).
pub fn strerror(errno: i32) -> String {
    // SAFETY: strerror returns a valid C string (static or thread-local storage).
    unsafe {
        let p = libc::strerror(errno);
        if p.is_null() {
            return format!("Unknown error {errno}");
        }
        std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
    }
}

/// `PyObject_AsFileDescriptor`: an int, or the int its `fileno()` returns.
pub fn as_file_descriptor(ts: &ThreadState, o: &ObjRef) -> PyResult<i32> {
    use taipan_object::types::int::PyInt;
    let v = if o.is_a::<PyInt>() {
        o.clone()
    } else {
        match ab::getattr_str(ts, o, "fileno") {
            Ok(f) => {
                let v = ab::call(ts, &f, &[])?;
                if !v.is_a::<PyInt>() {
                    return Err(ts.type_error("fileno() returned a non-integer"));
                }
                v
            }
            Err(e) if e.matches(&ts.exc.attribute_error) => {
                return Err(ts.type_error("argument must be an int, or have a fileno() method."));
            }
            Err(e) => return Err(e),
        }
    };
    let fd = match taipan_object::types::int::as_i64(&v) {
        Some(fd) if fd > i32::MAX as i64 => {
            return Err(ts.overflow_error("signed integer is greater than maximum"));
        }
        Some(fd) if fd < i32::MIN as i64 => {
            return Err(ts.overflow_error("signed integer is less than minimum"));
        }
        Some(fd) => fd as i32,
        None => return Err(ts.overflow_error("Python int too large to convert to C long")),
    };
    if fd < 0 {
        return Err(ts.value_error(format!(
            "file descriptor cannot be a negative integer ({fd})"
        )));
    }
    Ok(fd)
}

/// The errno of the last failed system call.
pub fn last_errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// `OSError(errno, strerror[, filename])`: the subclass for the errno (FileNotFoundError,
/// PermissionError, ...) as `OSError.__new__` picks it. The one place errno becomes an
/// exception (posix uses it too).
pub fn os_error(ts: &ThreadState, errno: i32, filename: Option<&ObjRef>) -> PyErr {
    let mut a = vec![ts.new_int(errno as i64), ts.new_string(strerror(errno))];
    if let Some(f) = filename {
        a.push(f.clone());
    }
    match ab::call(ts, &ts.exc.os_error, &a) {
        Ok(e) => PyErr::from_instance(e),
        Err(e) => e,
    }
}

/// [`os_error`] for the last failed system call.
pub fn last_os_error(ts: &ThreadState, filename: Option<&ObjRef>) -> PyErr {
    os_error(ts, last_errno(), filename)
}

/// An integer argument or `None` as -1 (`size` arguments: `_Py_convert_optional_to_ssize_t`).
pub fn size_arg(ts: &ThreadState, a: Option<&ObjRef>) -> PyResult<isize> {
    match a {
        None => Ok(-1),
        Some(o) if ts.is_none(o) => Ok(-1),
        Some(o) => {
            if o.typ().slots().index.is_none() {
                return Err(ts.type_error(format!(
                    "argument should be integer or None, not '{}'",
                    o.typ().name()
                )));
            }
            ab::index_isize(ts, o)
        }
    }
}

/// `os.fspath(path)`: str or bytes, or what `__fspath__` returns.
pub fn fspath(ts: &ThreadState, p: &ObjRef) -> PyResult<ObjRef> {
    if p.is_a::<PyStr>() || p.is_a::<taipan_object::types::bytes::PyBytes>() {
        return Ok(p.clone());
    }
    let Some(f) = p.class().typ_payload().lookup(ts, &ts.names.__fspath__) else {
        return Err(ts.type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            p.typ().name()
        )));
    };
    let r = ab::call(ts, &f, std::slice::from_ref(p))?;
    if r.is_a::<PyStr>() || r.is_a::<taipan_object::types::bytes::PyBytes>() {
        Ok(r)
    } else {
        Err(ts.type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            p.typ().name(),
            r.typ().name()
        )))
    }
}

/// The locale's encoding (`locale.getpreferredencoding(False)`): taipan assumes UTF-8.
pub const LOCALE_ENCODING: &str = "UTF-8";

/// A parsed `open()` mode.
#[derive(Default, Clone, Copy)]
pub struct Mode {
    pub creating: bool,
    pub reading: bool,
    pub writing: bool,
    pub appending: bool,
    pub updating: bool,
    pub text: bool,
    pub binary: bool,
}

fn parse_mode(ts: &ThreadState, mode: &str) -> PyResult<Mode> {
    let mut m = Mode::default();
    let mut seen = String::new();
    for c in mode.chars() {
        let slot = match c {
            'x' => &mut m.creating,
            'r' => &mut m.reading,
            'w' => &mut m.writing,
            'a' => &mut m.appending,
            '+' => &mut m.updating,
            't' => &mut m.text,
            'b' => &mut m.binary,
            _ => return Err(ts.value_error(format!("invalid mode: '{mode}'"))),
        };
        if seen.contains(c) {
            return Err(ts.value_error(format!("invalid mode: '{mode}'")));
        }
        seen.push(c);
        *slot = true;
    }
    if m.text && m.binary {
        return Err(ts.value_error("can't have text and binary mode at once"));
    }
    if [m.creating, m.reading, m.writing, m.appending]
        .iter()
        .filter(|b| **b)
        .count()
        != 1
    {
        return Err(ts.value_error("must have exactly one of create/read/write/append mode"));
    }
    Ok(m)
}

static OPEN_SPEC: ArgSpec = ArgSpec {
    fname: "open",
    names: &[
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
        "opener",
    ],
    required: 1,
    posonly: 0,
    kwonly: 8,
};

/// An optional str argument (`None` allowed) of `fname`.
pub fn opt_str(
    ts: &ThreadState,
    fname: &str,
    what: &str,
    o: Option<&ObjRef>,
) -> PyResult<Option<String>> {
    match o {
        None => Ok(None),
        Some(v) if ts.is_none(v) => Ok(None),
        Some(v) => match v.downcast::<PyStr>() {
            Some(s) => Ok(Some(s.as_str().to_string())),
            None => Err(ts.type_error(format!(
                "{fname}() argument '{what}' must be str or None, not {}",
                v.typ().name()
            ))),
        },
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
/// closefd=True, opener=None)` (`_io_open_impl`).
pub fn open(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    let [
        file,
        mode,
        buffering,
        encoding,
        errors,
        newline,
        closefd,
        opener,
    ] = args::parse::<8>(ts, &OPEN_SPEC, a, kw)?;
    let file = file.expect("required");
    let mode_s = match &mode {
        None => "r".to_string(),
        Some(m) => match m.downcast::<PyStr>() {
            Some(s) => s.as_str().to_string(),
            None => {
                return Err(ts.type_error(format!(
                    "open() argument 'mode' must be str, not {}",
                    m.typ().name()
                )));
            }
        },
    };
    let buffering = match &buffering {
        None => -1,
        Some(b) => {
            if b.is_a::<taipan_object::types::float::PyFloat>() {
                return Err(ts.type_error("'float' object cannot be interpreted as an integer"));
            }
            ab::index_isize(ts, b)?
        }
    };
    let encoding = opt_str(ts, "open", "encoding", encoding.as_ref())?;
    let errors = opt_str(ts, "open", "errors", errors.as_ref())?;
    let newline = opt_str(ts, "open", "newline", newline.as_ref())?;
    let closefd = match &closefd {
        None => true,
        Some(c) => ab::is_true(ts, c)?,
    };
    let number = {
        let sl = file.typ().slots();
        sl.index.is_some() || sl.int.is_some() || sl.float.is_some()
    };
    if !number {
        let ok = file.is_a::<PyStr>()
            || file.is_a::<taipan_object::types::bytes::PyBytes>()
            || file
                .class()
                .typ_payload()
                .lookup(ts, &ts.names.__fspath__)
                .is_some();
        if !ok {
            return Err(ts.type_error(format!("invalid file: {}", ab::repr_string(ts, &file)?)));
        }
    }
    let m = parse_mode(ts, &mode_s)?;
    if m.binary && encoding.is_some() {
        return Err(ts.value_error("binary mode doesn't take an encoding argument"));
    }
    if m.binary && errors.is_some() {
        return Err(ts.value_error("binary mode doesn't take an errors argument"));
    }
    if m.binary && newline.is_some() {
        return Err(ts.value_error("binary mode doesn't take a newline argument"));
    }
    if !m.binary && buffering == 0 {
        return Err(ts.value_error("can't have unbuffered text I/O"));
    }
    if let Some(nl) = &newline
        && !matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n")
    {
        return Err(ts.value_error(format!(
            "illegal newline value: {}",
            taipan_object::types::str_::repr_str(nl)
        )));
    }
    if m.binary && buffering == 1 {
        ts.warn(
            &ts.exc.runtime_warning,
            "line buffering (buffering=1) isn't supported in binary mode, the default buffer \
             size will be used",
        )?;
    }
    let mut rawmode = String::new();
    if m.creating {
        rawmode.push('x');
    }
    if m.reading {
        rawmode.push('r');
    }
    if m.writing {
        rawmode.push('w');
    }
    if m.appending {
        rawmode.push('a');
    }
    if m.updating {
        rawmode.push('+');
    }
    let opener = opener.filter(|o| !ts.is_none(o));
    let raw = fileio::open_raw(ts, &file, &rawmode, closefd, opener.as_ref())?;
    let result = (|| -> PyResult<ObjRef> {
        let mut buffering = buffering;
        let mut line_buffering = false;
        if buffering == 1 || (buffering < 0 && fileio::isatty_obj(&raw)) {
            buffering = -1;
            line_buffering = true;
        }
        if buffering < 0 {
            buffering = fileio::blksize(&raw) as isize;
        }
        if buffering == 0 {
            if m.binary {
                return Ok(raw.clone());
            }
            return Err(ts.value_error("can't have unbuffered text I/O"));
        }
        let t = types();
        let cls = if m.updating {
            &t.buffered_random
        } else if m.creating || m.writing || m.appending {
            &t.buffered_writer
        } else {
            &t.buffered_reader
        };
        let buffer = bufferedio::new_buffered(ts, ty(cls), raw.clone(), buffering as usize)?;
        if m.binary {
            return Ok(buffer);
        }
        let enc = encoding.clone().unwrap_or_else(|| LOCALE_ENCODING.into());
        let w = textio::new_wrapper(
            ts,
            buffer,
            &enc,
            errors.as_deref(),
            newline.as_deref(),
            line_buffering,
            false,
        )?;
        ab::setattr(ts, &w, &ts.new_str("mode"), Some(&ts.new_str(&mode_s)))?;
        Ok(w)
    })();
    if result.is_err() {
        let _ = ab::call_method(ts, &raw, "close", &[]);
    }
    result
}

fn open_code(ts: &ThreadState, m: &ObjRef, path: &ObjRef) -> PyResult<ObjRef> {
    if !path.is_a::<PyStr>() {
        return Err(ts.type_error(format!(
            "open_code() argument 'path' must be str, not {}",
            path.typ().name()
        )));
    }
    open(ts, m, &[path.clone(), ts.new_str("rb")], None)
}

fn text_encoding(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "text_encoding", a.len(), 1, 2)?;
    if ts.is_none(&a[0]) {
        return Ok(ts.new_str("locale"));
    }
    Ok(a[0].clone())
}

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::new("open", Meth::FastKw(open)),
    MethodDef::new("open_code", Meth::O(open_code)),
    MethodDef::new("text_encoding", Meth::Fast(text_encoding)),
];

/// Makes the `_io` module.
pub fn make(ts: &ThreadState) -> ObjRef {
    let m = ts.new_builtin_module("_io", FUNCTIONS);
    let d = m.downcast::<PyModule>().expect("module").dict();
    let d = d.downcast::<PyDict>().expect("dict");
    let t = types();
    let set = |k: &str, v: &ObjRef| {
        let _ = d.set_item_str(ts, k, v.clone());
    };
    // `io.open is open`: one function object, the one builtins holds.
    let builtin_open = ts.builtins.borrow().as_ref().and_then(|b| {
        b.downcast::<PyDict>()
            .and_then(|d| d.get_str_rs(ts, "open"))
    });
    if let Some(o) = builtin_open {
        set("open", &o);
    }
    set(
        "DEFAULT_BUFFER_SIZE",
        &ts.new_int(DEFAULT_BUFFER_SIZE as i64),
    );
    set("UnsupportedOperation", ty(&t.unsupported));
    set("BlockingIOError", &ts.exc.blocking_io_error);
    for (name, c) in [
        ("_IOBase", &t.iobase),
        ("_RawIOBase", &t.rawiobase),
        ("_BufferedIOBase", &t.bufferediobase),
        ("_TextIOBase", &t.textiobase),
        ("FileIO", &t.fileio),
        ("BytesIO", &t.bytesio),
        ("StringIO", &t.stringio),
        ("BufferedReader", &t.buffered_reader),
        ("BufferedWriter", &t.buffered_writer),
        ("BufferedRandom", &t.buffered_random),
        ("BufferedRWPair", &t.buffered_rwpair),
        ("TextIOWrapper", &t.textiowrapper),
        ("IncrementalNewlineDecoder", &t.newline_decoder),
    ] {
        set(name, ty(c));
    }
    m
}

/// `str_of` for a str object known to be one.
pub fn text_of(o: &ObjRef) -> &str {
    str_of(o)
}

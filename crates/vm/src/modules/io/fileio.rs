//! `_io.FileIO` (CPython's `fileio.c`): a raw stream over an OS file descriptor through the C
//! library (`open`, `read`, `write`, `lseek`, `ftruncate`, `fstat`, `close`), with CPython's
//! modes, errors (`OSError` from errno with the file name) and repr. The `fd_*` functions
//! are the fast path the buffered classes take when their raw stream is an exact FileIO.

use std::cell::Cell;

use taipan_object::abstract_ as ab;
use taipan_object::args::{self, ArgSpec};
use taipan_object::typeobj::{GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags};
use taipan_object::types::bytes::{PyBytes, buffer};
use taipan_object::types::int::PyInt;
use taipan_object::types::str_::PyStr;
use taipan_object::{ObjRef, PyPayload, PyResult, ThreadState, alloc_object, dict_offset};

use super::{DEFAULT_BUFFER_SIZE, fspath, last_errno, os_error, size_arg, types, unsupported};

/// A FileIO's state: the descriptor (-1 when closed) and its mode.
pub struct PyFileIO {
    pub fd: Cell<i32>,
    readable: Cell<bool>,
    writable: Cell<bool>,
    appending: Cell<bool>,
    created: Cell<bool>,
    /// -1 unknown, 0 no, 1 yes.
    seekable: Cell<i8>,
    closefd: Cell<bool>,
    blksize: Cell<usize>,
    dict: Cell<Option<ObjRef>>,
}
impl PyPayload for PyFileIO {}

impl PyFileIO {
    /// An open descriptor this object closes (a `ResourceWarning` if it is left to the GC).
    pub fn owns_open_fd(&self) -> bool {
        self.fd.get() >= 0 && self.closefd.get()
    }
}

fn this(o: &ObjRef) -> &PyFileIO {
    o.downcast::<PyFileIO>().expect("FileIO")
}

fn closed_err(ts: &ThreadState) -> taipan_object::PyErr {
    ts.value_error("I/O operation on closed file")
}

fn live_fd(ts: &ThreadState, f: &PyFileIO) -> PyResult<i32> {
    let fd = f.fd.get();
    if fd < 0 {
        return Err(closed_err(ts));
    }
    Ok(fd)
}

fn new(ts: &ThreadState, ty: &ObjRef, _: &[ObjRef], _: Option<&ObjRef>) -> PyResult<ObjRef> {
    Ok(alloc_object(
        ts,
        ty,
        PyFileIO {
            fd: Cell::new(-1),
            readable: Cell::new(false),
            writable: Cell::new(false),
            appending: Cell::new(false),
            created: Cell::new(false),
            seekable: Cell::new(-1),
            closefd: Cell::new(true),
            blksize: Cell::new(DEFAULT_BUFFER_SIZE),
            dict: Cell::new(None),
        },
    ))
}

static INIT_SPEC: ArgSpec = ArgSpec {
    fname: "FileIO",
    names: &["file", "mode", "closefd", "opener"],
    required: 1,
    posonly: 0,
    kwonly: 4,
};

fn init(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<()> {
    let [file, mode, closefd, opener] = args::parse::<4>(ts, &INIT_SPEC, a, kw)?;
    let mode = match &mode {
        None => "r".to_string(),
        Some(m) => match m.downcast::<PyStr>() {
            Some(s) => s.as_str().to_string(),
            None => {
                return Err(ts.type_error(format!(
                    "FileIO() argument 'mode' must be str, not {}",
                    m.typ().name()
                )));
            }
        },
    };
    let closefd = match &closefd {
        None => true,
        Some(c) => ab::is_true(ts, c)?,
    };
    let opener = opener.filter(|x| !ts.is_none(x));
    init_raw(
        ts,
        o,
        &file.expect("required"),
        &mode,
        closefd,
        opener.as_ref(),
    )
}

/// Opens `file` (a path or a descriptor) on the fresh FileIO `o` (`_io_FileIO___init___impl`).
fn init_raw(
    ts: &ThreadState,
    o: &ObjRef,
    file: &ObjRef,
    mode: &str,
    closefd: bool,
    opener: Option<&ObjRef>,
) -> PyResult<()> {
    let f = this(o);
    if f.fd.get() >= 0 && f.closefd.get() {
        // SAFETY: closing a descriptor this object owns.
        unsafe { libc::close(f.fd.get()) };
        f.fd.set(-1);
    }
    let bad_mode = || ts.value_error(format!("invalid mode: {mode}"));
    let (mut rwa, mut plus) = (false, false);
    let (mut readable, mut writable, mut appending, mut created) = (false, false, false, false);
    let mut flags = 0;
    for c in mode.chars() {
        match c {
            'x' | 'r' | 'w' | 'a' => {
                if rwa {
                    return Err(ts.value_error(
                        "Must have exactly one of create/read/write/append mode and at most one plus",
                    ));
                }
                rwa = true;
                match c {
                    'x' => {
                        created = true;
                        writable = true;
                        flags |= libc::O_EXCL | libc::O_CREAT;
                    }
                    'r' => readable = true,
                    'w' => {
                        writable = true;
                        flags |= libc::O_CREAT | libc::O_TRUNC;
                    }
                    _ => {
                        writable = true;
                        appending = true;
                        flags |= libc::O_APPEND | libc::O_CREAT;
                    }
                }
            }
            'b' => {}
            '+' => {
                if plus {
                    return Err(bad_mode());
                }
                readable = true;
                writable = true;
                plus = true;
            }
            _ => return Err(bad_mode()),
        }
    }
    if !rwa {
        return Err(ts.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    flags |= if readable && writable {
        libc::O_RDWR
    } else if readable {
        libc::O_RDONLY
    } else {
        libc::O_WRONLY
    };
    flags |= libc::O_CLOEXEC;
    let fd;
    let own_fd = !file.is_a::<PyInt>();
    if !own_fd {
        let v = ab::index_isize(ts, file)?;
        if v < 0 {
            return Err(ts.value_error("negative file descriptor"));
        }
        fd = v as i32;
        f.closefd.set(closefd);
    } else {
        if !closefd {
            return Err(ts.value_error("Cannot use closefd=False with file name"));
        }
        f.closefd.set(true);
        if let Some(op) = opener {
            let r = ab::call(ts, op, &[file.clone(), ts.new_int(flags as i64)])?;
            if !r.is_a::<PyInt>() {
                return Err(ts.type_error("expected integer from opener"));
            }
            let v = ab::index_isize(ts, &r)?;
            if v < 0 {
                return Err(ts.value_error(format!("opener returned {v}")));
            }
            fd = v as i32;
        } else {
            let p = fspath(ts, file)?;
            let bytes: Vec<u8> = match p.downcast::<PyStr>() {
                Some(s) => s.as_str().as_bytes().to_vec(),
                None => p
                    .downcast::<PyBytes>()
                    .map(|b| b.as_bytes().to_vec())
                    .unwrap_or_default(),
            };
            let Ok(c) = std::ffi::CString::new(bytes) else {
                return Err(ts.value_error("embedded null byte"));
            };
            let r = loop {
                // SAFETY: a NUL-terminated path.
                let r = unsafe { libc::open(c.as_ptr(), flags, 0o666 as libc::c_uint) };
                if r < 0 && last_errno() == libc::EINTR {
                    continue;
                }
                break r;
            };
            if r < 0 {
                return Err(os_error(ts, last_errno(), Some(file)));
            }
            fd = r;
        }
    }
    f.fd.set(fd);
    f.readable.set(readable);
    f.writable.set(writable);
    f.appending.set(appending);
    f.created.set(created);
    f.seekable.set(-1);
    let r = finish_init(ts, o, f, fd, file, appending);
    if r.is_err() {
        // As `_io_FileIO___init___impl`'s error path: a descriptor FileIO opened itself is
        // closed, one it was given is left to its owner.
        if own_fd && f.closefd.get() {
            // SAFETY: our descriptor.
            unsafe { libc::close(fd) };
        }
        f.fd.set(-1);
    }
    r
}

/// The checks and settings after the descriptor is known: not a directory (EISDIR), a valid
/// descriptor (EBADF), the block size, `name`, the end of the file for appending.
fn finish_init(
    ts: &ThreadState,
    o: &ObjRef,
    f: &PyFileIO,
    fd: i32,
    file: &ObjRef,
    appending: bool,
) -> PyResult<()> {
    // SAFETY: fstat on a descriptor with a zeroed out buffer.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: fstat with a stat buffer.
    if unsafe { libc::fstat(fd, &mut st) } == 0 {
        if st.st_mode & libc::S_IFMT == libc::S_IFDIR {
            return Err(os_error(ts, libc::EISDIR, Some(file)));
        }
        if st.st_blksize > 1 {
            f.blksize.set(st.st_blksize as usize);
        }
    } else if last_errno() == libc::EBADF {
        return Err(os_error(ts, libc::EBADF, None));
    }
    ab::setattr(ts, o, &ts.new_str("name"), Some(file))?;
    if appending {
        // SAFETY: plain lseek on our descriptor.
        unsafe { libc::lseek(fd, 0, libc::SEEK_END) };
    }
    Ok(())
}

/// `FileIO(file, mode, closefd, opener)` (`open()`'s raw layer).
pub fn open_raw(
    ts: &ThreadState,
    file: &ObjRef,
    mode: &str,
    closefd: bool,
    opener: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let o = new(ts, super::ty(&types().fileio), &[], None)?;
    init_raw(ts, &o, file, mode, closefd, opener)?;
    Ok(o)
}

/// Whether a raw stream is a terminal (FileIO's fast path; other objects: `isatty()`).
pub fn isatty_obj(raw: &ObjRef) -> bool {
    match raw.downcast::<PyFileIO>() {
        // SAFETY: isatty on a descriptor.
        Some(f) => f.fd.get() >= 0 && unsafe { libc::isatty(f.fd.get()) } == 1,
        None => {
            let ts = ThreadState::new();
            ab::call_method(ts, raw, "isatty", &[])
                .and_then(|r| ab::is_true(ts, &r))
                .unwrap_or(false)
        }
    }
}

/// The file's block size (`st_blksize`), the default buffer size of `open()`.
pub fn blksize(raw: &ObjRef) -> usize {
    raw.downcast::<PyFileIO>()
        .map_or(DEFAULT_BUFFER_SIZE, |f| f.blksize.get())
}

/// Reads up to `n` bytes (`None`: the call would block).
pub fn fd_read(ts: &ThreadState, f: &PyFileIO, n: usize) -> PyResult<Option<Vec<u8>>> {
    let fd = live_fd(ts, f)?;
    if !f.readable.get() {
        return Err(unsupported(ts, "File not open for reading"));
    }
    let mut v = vec![0u8; n];
    let got = read_into(ts, fd, &mut v)?;
    Ok(got.map(|g| {
        v.truncate(g);
        v
    }))
}

fn read_into(ts: &ThreadState, fd: i32, v: &mut [u8]) -> PyResult<Option<usize>> {
    loop {
        // SAFETY: reading into a live buffer of its length.
        let r = unsafe { libc::read(fd, v.as_mut_ptr().cast(), v.len()) };
        if r >= 0 {
            return Ok(Some(r as usize));
        }
        match last_errno() {
            libc::EINTR => {
                super::check_interrupt(ts)?;
                continue;
            }
            libc::EAGAIN => return Ok(None),
            e => return Err(os_error(ts, e, None)),
        }
    }
}

/// Reads to the end of the file.
pub fn fd_readall(ts: &ThreadState, f: &PyFileIO) -> PyResult<Option<Vec<u8>>> {
    let fd = live_fd(ts, f)?;
    if !f.readable.get() {
        return Err(unsupported(ts, "File not open for reading"));
    }
    let mut out = Vec::new();
    // SAFETY: fstat/lseek on a descriptor, out buffer zeroed.
    let hint = unsafe {
        let mut st: libc::stat = std::mem::zeroed();
        let pos = libc::lseek(fd, 0, libc::SEEK_CUR);
        if libc::fstat(fd, &mut st) == 0 && pos >= 0 && st.st_size >= pos {
            (st.st_size - pos) as usize + 1
        } else {
            DEFAULT_BUFFER_SIZE
        }
    };
    let mut chunk = hint.max(1024);
    loop {
        let start = out.len();
        out.resize(start + chunk, 0);
        match read_into(ts, fd, &mut out[start..])? {
            Some(0) => {
                out.truncate(start);
                break;
            }
            Some(n) => out.truncate(start + n),
            None => {
                out.truncate(start);
                if out.is_empty() {
                    return Ok(None);
                }
                break;
            }
        }
        chunk = chunk.max(out.len() / 2).min(1 << 24);
    }
    Ok(Some(out))
}

/// Writes `data` once (`None`: the call would block); the count written.
pub fn fd_write(ts: &ThreadState, f: &PyFileIO, data: &[u8]) -> PyResult<Option<usize>> {
    let fd = live_fd(ts, f)?;
    if !f.writable.get() {
        return Err(unsupported(ts, "File not open for writing"));
    }
    loop {
        // SAFETY: writing from a live buffer of its length.
        let r = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
        if r >= 0 {
            return Ok(Some(r as usize));
        }
        match last_errno() {
            libc::EINTR => {
                super::check_interrupt(ts)?;
                continue;
            }
            libc::EAGAIN => return Ok(None),
            e => return Err(os_error(ts, e, None)),
        }
    }
}

/// `lseek`: the new position.
pub fn fd_seek(ts: &ThreadState, f: &PyFileIO, pos: i64, whence: i32) -> PyResult<i64> {
    let fd = live_fd(ts, f)?;
    // SAFETY: lseek on a descriptor.
    let r = unsafe { libc::lseek(fd, pos, whence) };
    if r < 0 {
        return Err(os_error(ts, last_errno(), None));
    }
    Ok(r)
}

fn read(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "read", a.len(), 0, 1)?;
    let n = size_arg(ts, a.first())?;
    let r = if n < 0 {
        fd_readall(ts, this(o))?
    } else {
        fd_read(ts, this(o), n as usize)?
    };
    Ok(r.map_or_else(|| ts.none(), |v| ts.new_bytes(v)))
}
fn readall(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let r = fd_readall(ts, this(o))?;
    Ok(r.map_or_else(|| ts.none(), |v| ts.new_bytes(v)))
}
fn readinto(ts: &ThreadState, o: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    let n = super::iobase::writable_len(ts, b)?;
    match fd_read(ts, this(o), n)? {
        None => Ok(ts.none()),
        Some(v) => {
            super::iobase::copy_into(ts, b, &v)?;
            Ok(ts.new_int(v.len() as i64))
        }
    }
}
fn write(ts: &ThreadState, o: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    let f = this(o);
    live_fd(ts, f)?;
    let data = buffer(ts, b)?.to_vec();
    let r = fd_write(ts, f, &data)?;
    Ok(r.map_or_else(|| ts.none(), |n| ts.new_int(n as i64)))
}

/// A `whence` argument (0, 1 or 2).
pub fn whence_arg(ts: &ThreadState, a: Option<&ObjRef>) -> PyResult<i32> {
    match a {
        None => Ok(0),
        Some(w) => Ok(ab::index_isize(ts, w)? as i32),
    }
}

fn seek(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "seek", a.len(), 1, 2)?;
    let f = this(o);
    live_fd(ts, f)?;
    if a[0].is_a::<taipan_object::types::float::PyFloat>() {
        return Err(ts.type_error("an integer is required"));
    }
    let pos = ab::index_isize(ts, &a[0])? as i64;
    let whence = whence_arg(ts, a.get(1))?;
    Ok(ts.new_int(fd_seek(ts, f, pos, whence)?))
}
fn tell(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(fd_seek(ts, this(o), 0, libc::SEEK_CUR)?))
}
fn truncate(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "truncate", a.len(), 0, 1)?;
    let f = this(o);
    let fd = live_fd(ts, f)?;
    if !f.writable.get() {
        return Err(unsupported(ts, "File not open for writing"));
    }
    let size = match a.first().filter(|x| !ts.is_none(x)) {
        Some(s) => ab::index_isize(ts, s)? as i64,
        None => fd_seek(ts, f, 0, libc::SEEK_CUR)?,
    };
    // SAFETY: ftruncate on a descriptor.
    if unsafe { libc::ftruncate(fd, size) } != 0 {
        return Err(os_error(ts, last_errno(), None));
    }
    Ok(ts.new_int(size))
}

/// Closes the descriptor (when the object owns it).
pub fn close_fd(ts: &ThreadState, f: &PyFileIO) -> PyResult<()> {
    let fd = f.fd.replace(-1);
    // SAFETY: closing a descriptor this object owns.
    if fd >= 0 && f.closefd.get() && unsafe { libc::close(fd) } != 0 {
        return Err(os_error(ts, last_errno(), None));
    }
    Ok(())
}

fn close(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    close_fd(ts, this(o))?;
    Ok(ts.none())
}
fn fileno(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(live_fd(ts, this(o))? as i64))
}
fn isatty(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let fd = live_fd(ts, this(o))?;
    // SAFETY: isatty on a descriptor.
    Ok(ts.bool_obj(unsafe { libc::isatty(fd) } == 1))
}
fn readable(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let f = this(o);
    live_fd(ts, f)?;
    Ok(ts.bool_obj(f.readable.get()))
}
fn writable(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let f = this(o);
    live_fd(ts, f)?;
    Ok(ts.bool_obj(f.writable.get()))
}
/// Whether the descriptor can seek (cached).
pub fn fd_seekable(ts: &ThreadState, f: &PyFileIO) -> PyResult<bool> {
    let fd = live_fd(ts, f)?;
    if f.seekable.get() < 0 {
        // SAFETY: lseek on a descriptor.
        let ok = unsafe { libc::lseek(fd, 0, libc::SEEK_CUR) } >= 0;
        f.seekable.set(ok as i8);
    }
    Ok(f.seekable.get() == 1)
}
fn seekable(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.bool_obj(fd_seekable(ts, this(o))?))
}

/// The mode string (`mode_string`).
pub fn mode_str(f: &PyFileIO) -> &'static str {
    if f.created.get() {
        if f.readable.get() { "xb+" } else { "xb" }
    } else if f.appending.get() {
        if f.readable.get() { "ab+" } else { "ab" }
    } else if f.readable.get() {
        if f.writable.get() { "rb+" } else { "rb" }
    } else {
        "wb"
    }
}

fn mode_get(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_str(mode_str(this(o))))
}
fn closed_get(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.bool_obj(this(o).fd.get() < 0))
}
fn closefd_get(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.bool_obj(this(o).closefd.get()))
}
fn blksize_get(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(this(o).blksize.get() as i64))
}

fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let f = this(o);
    let cls = o.typ().name().to_string();
    if f.fd.get() < 0 {
        return Ok(ts.new_string(format!("<{cls} [closed]>")));
    }
    let name = ab::getattr_opt(ts, o, &ts.new_str("name"))?;
    let mode = mode_str(f);
    let closefd = if f.closefd.get() { "True" } else { "False" };
    Ok(ts.new_string(match name {
        Some(n) => format!(
            "<{cls} name={} mode='{mode}' closefd={closefd}>",
            ab::repr_string(ts, &n)?
        ),
        None => format!("<{cls} fd={} mode='{mode}' closefd={closefd}>", f.fd.get()),
    }))
}

fn traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let f = this(o);
    let d = f.dict.take();
    if let Some(d) = &d {
        visit(d);
    }
    f.dict.set(d);
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("read", Meth::Fast(read)),
    MethodDef::new("readall", Meth::NoArgs(readall)),
    MethodDef::new("readinto", Meth::O(readinto)),
    MethodDef::new("write", Meth::O(write)),
    MethodDef::new("seek", Meth::Fast(seek)),
    MethodDef::new("tell", Meth::NoArgs(tell)),
    MethodDef::new("truncate", Meth::Fast(truncate)),
    MethodDef::new("close", Meth::NoArgs(close)),
    MethodDef::new("fileno", Meth::NoArgs(fileno)),
    MethodDef::new("isatty", Meth::NoArgs(isatty)),
    MethodDef::new("readable", Meth::NoArgs(readable)),
    MethodDef::new("writable", Meth::NoArgs(writable)),
    MethodDef::new("seekable", Meth::NoArgs(seekable)),
];

static GETSETS: &[GetSetDef] = &[
    GetSetDef::ro("mode", mode_get),
    GetSetDef::ro("closed", closed_get),
    GetSetDef::ro("closefd", closefd_get),
    GetSetDef::ro("_blksize", blksize_get),
];

pub static SPEC: TypeSpec = TypeSpec {
    base: Some(|_| super::ty(&types().rawiobase)),
    flags: flags::BASETYPE | flags::HAVE_GC | flags::WEAKREFABLE,
    slots: Slots {
        repr: Some(repr),
        new: Some(new),
        init: Some(init),
        traverse: Some(traverse),
        finalize: Some(super::iobase::finalize_warn),
        ..Slots::NONE
    },
    methods: &[METHODS],
    getsets: GETSETS,
    dictoffset: dict_offset!(PyFileIO, dict),
    ..TypeSpec::new("_io.FileIO", PayloadInfo::of::<PyFileIO>())
};

//! The native `posix` module behind the stdlib's `os.py` (CPython's `posixmodule.c`, the part
//! `os` needs at import and the common file-system calls): `environ` (bytes to bytes),
//! `stat`/`lstat`/`fstat` with `stat_result`, `getcwd`, `listdir`, `scandir` with `DirEntry`,
//! `fspath`, descriptor calls (`open`/`read`/`write`/`close`/`lseek`/`isatty`), `unlink`/
//! `remove`, `mkdir`/`rmdir`, `rename`/`replace`, `chdir`, `access`, `getpid`, `urandom`,
//! `strerror`, `device_encoding`, `_exit`, `cpu_count`, `uname`, the `O_*`/`*_OK`/`W*`
//! constants. Errors are `OSError` subclasses by errno (`io::os_error`).

use std::cell::{Cell, RefCell};
use std::ffi::CString;

use taipan_object::abstract_ as ab;
use taipan_object::args::{self, ArgSpec};
use taipan_object::typeobj::{
    GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags, new_static_type,
};
use taipan_object::types::bytes::{PyBytes, buffer};
use taipan_object::types::dict::PyDict;
use taipan_object::types::int::PyInt;
use taipan_object::types::module::PyModule;
use taipan_object::types::str_::PyStr;
use taipan_object::types::structseq::{self, StructSeqDesc};
use taipan_object::{ObjRef, PyPayload, PyResult, ThreadState, alloc_object};

use super::io::{fspath, last_errno, os_error};

/// A path argument: the bytes for the C library and whether the caller gave bytes.
struct Path {
    c: CString,
    bytes: bool,
    obj: ObjRef,
}

fn path_arg(ts: &ThreadState, fname: &str, o: &ObjRef) -> PyResult<Path> {
    let p = match fspath(ts, o) {
        Ok(p) => p,
        Err(_) => {
            return Err(ts.type_error(format!(
                "{fname}: path should be string, bytes or os.PathLike, not {}",
                o.typ().name()
            )));
        }
    };
    let (v, bytes) = match p.downcast::<PyStr>() {
        Some(s) => (s.as_str().as_bytes().to_vec(), false),
        None => (
            p.downcast::<PyBytes>()
                .map(|b| b.as_bytes().to_vec())
                .unwrap_or_default(),
            true,
        ),
    };
    let Ok(c) = CString::new(v) else {
        return Err(ts.value_error(format!("{fname}: embedded null character in path")));
    };
    Ok(Path {
        c,
        bytes,
        obj: o.clone(),
    })
}

fn check(ts: &ThreadState, r: i32, path: Option<&ObjRef>) -> PyResult<()> {
    if r != 0 {
        return Err(os_error(ts, last_errno(), path));
    }
    Ok(())
}

// ---- stat ----

static STAT_RESULT: StructSeqDesc = StructSeqDesc {
    name: "os.stat_result",
    fields: &[
        "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime",
        "st_mtime", "st_ctime",
    ],
    doc: "stat_result: Result from stat, fstat, or lstat.",
    instantiable: true,
};

thread_local! {
    static STAT_TYPE: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
    static DIRENTRY_TYPE: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
    static SCANDIR_TYPE: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
}

fn stat_type(ts: &ThreadState) -> ObjRef {
    STAT_TYPE.with_borrow_mut(|t| {
        t.get_or_insert_with(|| structseq::new_type(ts, &STAT_RESULT))
            .clone()
    })
}

fn stat_obj(ts: &ThreadState, st: &libc::stat) -> ObjRef {
    let i = |v: i64| ts.new_int(v);
    structseq::new(
        ts,
        &stat_type(ts),
        vec![
            i(st.st_mode as i64),
            i(st.st_ino as i64),
            i(st.st_dev as i64),
            i(st.st_nlink as i64),
            i(st.st_uid as i64),
            i(st.st_gid as i64),
            i(st.st_size),
            i(st.st_atime),
            i(st.st_mtime),
            i(st.st_ctime),
        ],
    )
}

static STAT_SPEC: ArgSpec = ArgSpec {
    fname: "stat",
    names: &["path", "dir_fd", "follow_symlinks"],
    required: 1,
    posonly: 0,
    kwonly: 1,
};

fn do_stat(ts: &ThreadState, o: &ObjRef, follow: bool, fname: &str) -> PyResult<ObjRef> {
    // SAFETY: a zeroed out buffer for the C library to fill.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    if o.is_a::<PyInt>() {
        let fd = ab::index_isize(ts, o)? as i32;
        // SAFETY: fstat with a valid buffer.
        check(ts, unsafe { libc::fstat(fd, &mut st) }, None)?;
        return Ok(stat_obj(ts, &st));
    }
    let p = path_arg(ts, fname, o)?;
    // SAFETY: NUL-terminated path, valid buffer.
    let r = unsafe {
        if follow {
            libc::stat(p.c.as_ptr(), &mut st)
        } else {
            libc::lstat(p.c.as_ptr(), &mut st)
        }
    };
    check(ts, r, Some(&p.obj))?;
    Ok(stat_obj(ts, &st))
}

fn stat(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    let [path, _dir_fd, follow] = args::parse::<3>(ts, &STAT_SPEC, a, kw)?;
    let follow = match follow {
        Some(f) => ab::is_true(ts, &f)?,
        None => true,
    };
    do_stat(ts, &path.expect("required"), follow, "stat")
}
fn lstat(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    let [path, _dir_fd, _] = args::parse::<3>(ts, &STAT_SPEC, a, kw)?;
    do_stat(ts, &path.expect("required"), false, "lstat")
}
fn fstat(ts: &ThreadState, _: &ObjRef, fd: &ObjRef) -> PyResult<ObjRef> {
    do_stat(
        ts,
        &ts.new_int(ab::index_isize(ts, fd)? as i64),
        true,
        "fstat",
    )
}

// ---- directories ----

fn getcwd_bytes(ts: &ThreadState) -> PyResult<Vec<u8>> {
    match std::env::current_dir() {
        Ok(p) => Ok(std::os::unix::ffi::OsStrExt::as_bytes(p.as_os_str()).to_vec()),
        Err(e) => Err(os_error(ts, e.raw_os_error().unwrap_or(0), None)),
    }
}
fn getcwd(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_str_bytes(&getcwd_bytes(ts)?))
}
fn getcwdb(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_bytes(getcwd_bytes(ts)?))
}

/// The entries of a directory (not `.` and `..`), in `readdir` order.
fn read_dir(ts: &ThreadState, p: &Path) -> PyResult<Vec<(Vec<u8>, u8, u64)>> {
    // SAFETY: opendir/readdir/closedir on a NUL-terminated path; each dirent is read before
    // the next readdir call.
    unsafe {
        let d = libc::opendir(p.c.as_ptr());
        if d.is_null() {
            return Err(os_error(ts, last_errno(), Some(&p.obj)));
        }
        let mut out = Vec::new();
        loop {
            let e = libc::readdir(d);
            if e.is_null() {
                break;
            }
            let name = std::ffi::CStr::from_ptr((*e).d_name.as_ptr()).to_bytes();
            if name == b"." || name == b".." {
                continue;
            }
            out.push((name.to_vec(), (*e).d_type, (*e).d_ino));
        }
        libc::closedir(d);
        Ok(out)
    }
}

fn name_obj(ts: &ThreadState, v: &[u8], bytes: bool) -> ObjRef {
    if bytes {
        ts.new_bytes(v.to_vec())
    } else {
        ts.new_str_bytes(v)
    }
}

fn dir_arg(ts: &ThreadState, fname: &str, a: &[ObjRef]) -> PyResult<Path> {
    match a.first().filter(|x| !ts.is_none(x)) {
        Some(p) => path_arg(ts, fname, p),
        None => path_arg(ts, fname, &ts.new_str(".")),
    }
}

fn listdir(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "listdir", a.len(), 0, 1)?;
    let p = dir_arg(ts, "listdir", a)?;
    let names = read_dir(ts, &p)?
        .into_iter()
        .map(|(n, _, _)| name_obj(ts, &n, p.bytes))
        .collect();
    Ok(ts.new_list(names))
}

/// `os.DirEntry`.
pub struct DirEntry {
    name: ObjRef,
    path: ObjRef,
    d_type: u8,
    ino: u64,
    stat: RefCell<Option<ObjRef>>,
    lstat: RefCell<Option<ObjRef>>,
}
impl PyPayload for DirEntry {}

fn entry(o: &ObjRef) -> &DirEntry {
    o.downcast::<DirEntry>().expect("DirEntry")
}

fn entry_stat(ts: &ThreadState, o: &ObjRef, follow: bool) -> PyResult<ObjRef> {
    let e = entry(o);
    let cell = if follow && e.d_type == libc::DT_LNK {
        &e.stat
    } else if follow {
        &e.stat
    } else {
        &e.lstat
    };
    if let Some(s) = &*cell.borrow() {
        return Ok(s.clone());
    }
    let s = do_stat(ts, &e.path, follow, "stat")?;
    *cell.borrow_mut() = Some(s.clone());
    Ok(s)
}

fn follow_kw(
    ts: &ThreadState,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
    f: &'static str,
) -> PyResult<bool> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "DirEntry method",
        names: &["follow_symlinks"],
        required: 0,
        posonly: 0,
        kwonly: 0,
    };
    let _ = f;
    let [follow] = args::parse::<1>(ts, &SPEC, a, kw)?;
    match follow {
        Some(v) => ab::is_true(ts, &v),
        None => Ok(true),
    }
}

fn mode_is(ts: &ThreadState, o: &ObjRef, follow: bool, fmt: u32) -> PyResult<bool> {
    let e = entry(o);
    if e.d_type != libc::DT_UNKNOWN && !(follow && e.d_type == libc::DT_LNK) {
        let want = match fmt {
            libc::S_IFDIR => libc::DT_DIR,
            libc::S_IFREG => libc::DT_REG,
            _ => libc::DT_LNK,
        };
        return Ok(e.d_type == want);
    }
    match entry_stat(ts, o, follow) {
        Ok(s) => {
            let m = ab::getitem(ts, &s, &ts.new_int(0))?;
            Ok((ab::index_isize(ts, &m)? as u32) & libc::S_IFMT == fmt)
        }
        Err(e) if e.matches(&ts.exc.file_not_found_error) => Ok(false),
        Err(e) => Err(e),
    }
}

fn is_dir(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    let f = follow_kw(ts, a, kw, "is_dir")?;
    Ok(ts.bool_obj(mode_is(ts, o, f, libc::S_IFDIR)?))
}
fn is_file(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    let f = follow_kw(ts, a, kw, "is_file")?;
    Ok(ts.bool_obj(mode_is(ts, o, f, libc::S_IFREG)?))
}
fn is_symlink(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.bool_obj(mode_is(ts, o, false, libc::S_IFLNK)?))
}
fn entry_stat_m(
    ts: &ThreadState,
    o: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let f = follow_kw(ts, a, kw, "stat")?;
    entry_stat(ts, o, f)
}
fn inode(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(entry(o).ino as i64))
}
fn entry_fspath(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(entry(o).path.clone())
}
fn entry_name(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(entry(o).name.clone())
}
fn entry_path(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(entry(o).path.clone())
}
fn entry_repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_string(format!(
        "<DirEntry {}>",
        ab::repr_string(ts, &entry(o).name)?
    )))
}
fn entry_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let e = entry(o);
    visit(&e.name);
    visit(&e.path);
}

static ENTRY_METHODS: &[MethodDef] = &[
    MethodDef::new("is_dir", Meth::FastKw(is_dir)),
    MethodDef::new("is_file", Meth::FastKw(is_file)),
    MethodDef::new("is_symlink", Meth::NoArgs(is_symlink)),
    MethodDef::new("stat", Meth::FastKw(entry_stat_m)),
    MethodDef::new("inode", Meth::NoArgs(inode)),
    MethodDef::new("__fspath__", Meth::NoArgs(entry_fspath)),
];
static ENTRY_GETSETS: &[GetSetDef] = &[
    GetSetDef::ro("name", entry_name),
    GetSetDef::ro("path", entry_path),
];
static ENTRY_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC | flags::DISALLOW_INSTANTIATION,
    slots: Slots {
        repr: Some(entry_repr),
        traverse: Some(entry_traverse),
        ..Slots::NONE
    },
    methods: &[ENTRY_METHODS],
    getsets: ENTRY_GETSETS,
    ..TypeSpec::new("posix.DirEntry", PayloadInfo::of::<DirEntry>())
};

/// `scandir()`'s iterator: the entries read at the call, handed out one at a time.
pub struct ScandirIter {
    entries: RefCell<Vec<ObjRef>>,
    pos: Cell<usize>,
}
impl PyPayload for ScandirIter {}

fn sc(o: &ObjRef) -> &ScandirIter {
    o.downcast::<ScandirIter>().expect("ScandirIterator")
}
fn sc_iter(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(o.clone())
}
fn sc_next(_: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let s = sc(o);
    let i = s.pos.get();
    let e = s.entries.borrow().get(i).cloned();
    s.pos.set(i + 1);
    Ok(e)
}
fn sc_close(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let s = sc(o);
    s.entries.borrow_mut().clear();
    Ok(ts.none())
}
fn sc_enter(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(o.clone())
}
fn sc_exit(ts: &ThreadState, o: &ObjRef, _: &[ObjRef]) -> PyResult<ObjRef> {
    sc_close(ts, o)
}
fn sc_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    if let Ok(v) = sc(o).entries.try_borrow() {
        for e in v.iter() {
            visit(e);
        }
    }
}
static SC_METHODS: &[MethodDef] = &[
    MethodDef::new("close", Meth::NoArgs(sc_close)),
    MethodDef::new("__enter__", Meth::NoArgs(sc_enter)),
    MethodDef::new("__exit__", Meth::Fast(sc_exit)),
];
static SC_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC | flags::DISALLOW_INSTANTIATION,
    slots: Slots {
        iter: Some(sc_iter),
        iternext: Some(sc_next),
        traverse: Some(sc_traverse),
        ..Slots::NONE
    },
    methods: &[SC_METHODS],
    ..TypeSpec::new("posix.ScandirIterator", PayloadInfo::of::<ScandirIter>())
};

fn cached_type(
    key: &'static std::thread::LocalKey<RefCell<Option<ObjRef>>>,
    ts: &ThreadState,
    spec: &'static TypeSpec,
) -> ObjRef {
    key.with_borrow_mut(|t| t.get_or_insert_with(|| new_static_type(ts, spec)).clone())
}

fn scandir(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "scandir", a.len(), 0, 1)?;
    let given = a.first().is_some_and(|x| !ts.is_none(x));
    let p = dir_arg(ts, "scandir", a)?;
    let base = p.c.as_bytes().to_vec();
    let ety = cached_type(&DIRENTRY_TYPE, ts, &ENTRY_SPEC);
    let entries = read_dir(ts, &p)?
        .into_iter()
        .map(|(n, d_type, ino)| {
            let mut full = if given { base.clone() } else { b".".to_vec() };
            if !full.ends_with(b"/") {
                full.push(b'/');
            }
            full.extend_from_slice(&n);
            alloc_object(
                ts,
                &ety,
                DirEntry {
                    name: name_obj(ts, &n, p.bytes),
                    path: name_obj(ts, &full, p.bytes),
                    d_type,
                    ino,
                    stat: RefCell::new(None),
                    lstat: RefCell::new(None),
                },
            )
        })
        .collect();
    let ty = cached_type(&SCANDIR_TYPE, ts, &SC_SPEC);
    Ok(alloc_object(
        ts,
        &ty,
        ScandirIter {
            entries: RefCell::new(entries),
            pos: Cell::new(0),
        },
    ))
}

fn path_call(
    ts: &ThreadState,
    fname: &str,
    o: &ObjRef,
    f: impl FnOnce(&CString) -> i32,
) -> PyResult<ObjRef> {
    let p = path_arg(ts, fname, o)?;
    check(ts, f(&p.c), Some(&p.obj))?;
    Ok(ts.none())
}

fn mkdir(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "mkdir",
        names: &["path", "mode", "dir_fd"],
        required: 1,
        posonly: 0,
        kwonly: 2,
    };
    let [path, mode, _] = args::parse::<3>(ts, &SPEC, a, kw)?;
    let mode = match mode {
        Some(m) => ab::index_isize(ts, &m)? as libc::mode_t,
        None => 0o777,
    };
    // SAFETY: NUL-terminated path.
    path_call(ts, "mkdir", &path.expect("required"), |c| unsafe {
        libc::mkdir(c.as_ptr(), mode)
    })
}
fn rmdir(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    let [path, _] = path_dirfd(ts, "rmdir", a, kw)?;
    // SAFETY: NUL-terminated path.
    path_call(ts, "rmdir", &path.expect("required"), |c| unsafe {
        libc::rmdir(c.as_ptr())
    })
}
fn unlink(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    let [path, _] = path_dirfd(ts, "unlink", a, kw)?;
    // SAFETY: NUL-terminated path.
    path_call(ts, "unlink", &path.expect("required"), |c| unsafe {
        libc::unlink(c.as_ptr())
    })
}
fn remove(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    let [path, _] = path_dirfd(ts, "remove", a, kw)?;
    // SAFETY: NUL-terminated path.
    path_call(ts, "remove", &path.expect("required"), |c| unsafe {
        libc::unlink(c.as_ptr())
    })
}
fn chdir(ts: &ThreadState, _: &ObjRef, path: &ObjRef) -> PyResult<ObjRef> {
    // SAFETY: NUL-terminated path.
    path_call(ts, "chdir", path, |c| unsafe { libc::chdir(c.as_ptr()) })
}

fn path_dirfd(
    ts: &ThreadState,
    fname: &'static str,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<[Option<ObjRef>; 2]> {
    let spec = ArgSpec {
        fname,
        names: &["path", "dir_fd"],
        required: 1,
        posonly: 0,
        kwonly: 1,
    };
    args::parse::<2>(ts, &spec, a, kw)
}

fn rename_impl(ts: &ThreadState, fname: &str, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, fname, a.len(), 2, 2)?;
    let src = path_arg(ts, fname, &a[0])?;
    let dst = path_arg(ts, fname, &a[1])?;
    // SAFETY: NUL-terminated paths.
    if unsafe { libc::rename(src.c.as_ptr(), dst.c.as_ptr()) } != 0 {
        let e = last_errno();
        let mut args = vec![
            ts.new_int(e as i64),
            ts.new_string(super::io::strerror(e)),
            src.obj.clone(),
            ts.new_int(0),
            dst.obj.clone(),
        ];
        args[3] = ts.none();
        return Err(match ab::call(ts, &ts.exc.os_error, &args) {
            Ok(x) => taipan_object::PyErr::from_instance(x),
            Err(x) => x,
        });
    }
    Ok(ts.none())
}
fn rename(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    rename_impl(ts, "rename", a)
}
fn replace(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    rename_impl(ts, "replace", a)
}

fn access(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "access",
        names: &["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"],
        required: 2,
        posonly: 0,
        kwonly: 2,
    };
    let [path, mode, ..] = args::parse::<5>(ts, &SPEC, a, kw)?;
    let p = path_arg(ts, "access", &path.expect("required"))?;
    let m = ab::index_isize(ts, &mode.expect("required"))? as i32;
    // SAFETY: NUL-terminated path.
    Ok(ts.bool_obj(unsafe { libc::access(p.c.as_ptr(), m) } == 0))
}

// ---- descriptors ----

fn int_arg(ts: &ThreadState, o: &ObjRef) -> PyResult<i64> {
    if o.is_a::<taipan_object::types::float::PyFloat>() {
        return Err(ts.type_error("'float' object cannot be interpreted as an integer"));
    }
    Ok(ab::index_isize(ts, o)? as i64)
}

fn open(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "open",
        names: &["path", "flags", "mode", "dir_fd"],
        required: 2,
        posonly: 0,
        kwonly: 3,
    };
    let [path, fl, mode, _] = args::parse::<4>(ts, &SPEC, a, kw)?;
    let p = path_arg(ts, "open", &path.expect("required"))?;
    let fl = int_arg(ts, &fl.expect("required"))? as i32 | libc::O_CLOEXEC;
    let mode = match mode {
        Some(m) => int_arg(ts, &m)? as libc::c_uint,
        None => 0o777,
    };
    // SAFETY: NUL-terminated path.
    let fd = unsafe { libc::open(p.c.as_ptr(), fl, mode) };
    if fd < 0 {
        return Err(os_error(ts, last_errno(), Some(&p.obj)));
    }
    Ok(ts.new_int(fd as i64))
}
fn close(ts: &ThreadState, _: &ObjRef, fd: &ObjRef) -> PyResult<ObjRef> {
    let fd = int_arg(ts, fd)? as i32;
    // SAFETY: closing a descriptor the caller names.
    check(ts, unsafe { libc::close(fd) }, None)?;
    Ok(ts.none())
}
fn read(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "read", a.len(), 2, 2)?;
    let fd = int_arg(ts, &a[0])? as i32;
    let n = int_arg(ts, &a[1])?;
    if n < 0 {
        return Err(os_error(ts, libc::EINVAL, None));
    }
    let mut v = vec![0u8; n as usize];
    // SAFETY: a buffer of its length.
    let r = unsafe { libc::read(fd, v.as_mut_ptr().cast(), v.len()) };
    if r < 0 {
        return Err(os_error(ts, last_errno(), None));
    }
    v.truncate(r as usize);
    Ok(ts.new_bytes(v))
}
fn write(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "write", a.len(), 2, 2)?;
    let fd = int_arg(ts, &a[0])? as i32;
    let data = buffer(ts, &a[1])?.to_vec();
    // SAFETY: a buffer of its length.
    let r = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
    if r < 0 {
        return Err(os_error(ts, last_errno(), None));
    }
    Ok(ts.new_int(r as i64))
}
fn lseek(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "lseek", a.len(), 3, 3)?;
    let fd = int_arg(ts, &a[0])? as i32;
    let pos = int_arg(ts, &a[1])?;
    let how = int_arg(ts, &a[2])? as i32;
    // SAFETY: lseek on a descriptor.
    let r = unsafe { libc::lseek(fd, pos, how) };
    if r < 0 {
        return Err(os_error(ts, last_errno(), None));
    }
    Ok(ts.new_int(r))
}
fn isatty(ts: &ThreadState, _: &ObjRef, fd: &ObjRef) -> PyResult<ObjRef> {
    let fd = int_arg(ts, fd)? as i32;
    // SAFETY: isatty on a descriptor.
    Ok(ts.bool_obj(unsafe { libc::isatty(fd) } == 1))
}
fn device_encoding(ts: &ThreadState, _: &ObjRef, fd: &ObjRef) -> PyResult<ObjRef> {
    let fd = int_arg(ts, fd)? as i32;
    // SAFETY: isatty on a descriptor.
    if unsafe { libc::isatty(fd) } == 1 {
        return Ok(ts.new_str("UTF-8"));
    }
    Ok(ts.none())
}

// ---- process ----

fn getpid(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(std::process::id() as i64))
}
fn getppid(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    // SAFETY: always succeeds.
    Ok(ts.new_int(unsafe { libc::getppid() } as i64))
}
fn getuid(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    // SAFETY: always succeeds.
    Ok(ts.new_int(unsafe { libc::getuid() } as i64))
}
fn geteuid(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    // SAFETY: always succeeds.
    Ok(ts.new_int(unsafe { libc::geteuid() } as i64))
}
fn getgid(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    // SAFETY: always succeeds.
    Ok(ts.new_int(unsafe { libc::getgid() } as i64))
}
fn umask(ts: &ThreadState, _: &ObjRef, m: &ObjRef) -> PyResult<ObjRef> {
    let m = int_arg(ts, m)? as libc::mode_t;
    // SAFETY: always succeeds.
    Ok(ts.new_int(unsafe { libc::umask(m) } as i64))
}
fn exit_now(ts: &ThreadState, _: &ObjRef, code: &ObjRef) -> PyResult<ObjRef> {
    let c = int_arg(ts, code)? as i32;
    std::process::exit(c)
}
fn cpu_count(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(match std::thread::available_parallelism() {
        Ok(n) => ts.new_int(n.get() as i64),
        Err(_) => ts.none(),
    })
}
fn urandom(ts: &ThreadState, _: &ObjRef, n: &ObjRef) -> PyResult<ObjRef> {
    let n = int_arg(ts, n)?;
    if n < 0 {
        return Err(ts.value_error("negative argument not allowed"));
    }
    let mut v = vec![0u8; n as usize];
    let mut got = 0;
    while got < v.len() {
        // SAFETY: a buffer of its length.
        let r = unsafe { libc::getrandom(v[got..].as_mut_ptr().cast(), v.len() - got, 0) };
        if r < 0 {
            if last_errno() == libc::EINTR {
                continue;
            }
            return Err(os_error(ts, last_errno(), None));
        }
        got += r as usize;
    }
    Ok(ts.new_bytes(v))
}
fn strerror(ts: &ThreadState, _: &ObjRef, code: &ObjRef) -> PyResult<ObjRef> {
    let c = int_arg(ts, code)? as i32;
    Ok(ts.new_string(super::io::strerror(c)))
}
fn fspath_fn(ts: &ThreadState, _: &ObjRef, p: &ObjRef) -> PyResult<ObjRef> {
    fspath(ts, p)
}

fn env_bytes(ts: &ThreadState, o: &ObjRef, what: &str) -> PyResult<CString> {
    let v = match o.downcast::<PyBytes>() {
        Some(b) => b.as_bytes().to_vec(),
        None => match o.downcast::<PyStr>() {
            Some(s) => s.as_str().as_bytes().to_vec(),
            None => {
                return Err(ts.type_error(format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    o.typ().name()
                )));
            }
        },
    };
    CString::new(v).map_err(|_| ts.value_error(format!("embedded null byte in {what}")))
}
fn putenv(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "putenv", a.len(), 2, 2)?;
    let k = env_bytes(ts, &a[0], "name")?;
    let v = env_bytes(ts, &a[1], "value")?;
    if k.as_bytes().is_empty() || k.as_bytes().contains(&b'=') {
        return Err(ts.value_error("illegal environment variable name"));
    }
    // SAFETY: NUL-terminated strings; the interpreter is single-threaded here.
    check(ts, unsafe { libc::setenv(k.as_ptr(), v.as_ptr(), 1) }, None)?;
    Ok(ts.none())
}
fn unsetenv(ts: &ThreadState, _: &ObjRef, k: &ObjRef) -> PyResult<ObjRef> {
    let k = env_bytes(ts, k, "name")?;
    // SAFETY: a NUL-terminated string.
    check(ts, unsafe { libc::unsetenv(k.as_ptr()) }, None)?;
    Ok(ts.none())
}

static UNAME_RESULT: StructSeqDesc = StructSeqDesc {
    name: "posix.uname_result",
    fields: &["sysname", "nodename", "release", "version", "machine"],
    doc: "uname_result: Result from os.uname().",
    instantiable: true,
};

fn uname(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    // SAFETY: a zeroed out buffer for uname to fill; its fields are NUL-terminated.
    let u = unsafe {
        let mut u: libc::utsname = std::mem::zeroed();
        if libc::uname(&mut u) != 0 {
            return Err(os_error(ts, last_errno(), None));
        }
        u
    };
    let f = |s: &[libc::c_char]| {
        // SAFETY: NUL-terminated field.
        let c = unsafe { std::ffi::CStr::from_ptr(s.as_ptr()) };
        ts.new_str_bytes(c.to_bytes())
    };
    let ty = structseq::new_type(ts, &UNAME_RESULT);
    Ok(structseq::new(
        ts,
        &ty,
        vec![
            f(&u.sysname),
            f(&u.nodename),
            f(&u.release),
            f(&u.version),
            f(&u.machine),
        ],
    ))
}

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::new("stat", Meth::FastKw(stat)),
    MethodDef::new("lstat", Meth::FastKw(lstat)),
    MethodDef::new("fstat", Meth::O(fstat)),
    MethodDef::new("getcwd", Meth::NoArgs(getcwd)),
    MethodDef::new("getcwdb", Meth::NoArgs(getcwdb)),
    MethodDef::new("listdir", Meth::Fast(listdir)),
    MethodDef::new("scandir", Meth::Fast(scandir)),
    MethodDef::new("mkdir", Meth::FastKw(mkdir)),
    MethodDef::new("rmdir", Meth::FastKw(rmdir)),
    MethodDef::new("unlink", Meth::FastKw(unlink)),
    MethodDef::new("remove", Meth::FastKw(remove)),
    MethodDef::new("rename", Meth::Fast(rename)),
    MethodDef::new("replace", Meth::Fast(replace)),
    MethodDef::new("chdir", Meth::O(chdir)),
    MethodDef::new("access", Meth::FastKw(access)),
    MethodDef::new("open", Meth::FastKw(open)),
    MethodDef::new("close", Meth::O(close)),
    MethodDef::new("read", Meth::Fast(read)),
    MethodDef::new("write", Meth::Fast(write)),
    MethodDef::new("lseek", Meth::Fast(lseek)),
    MethodDef::new("isatty", Meth::O(isatty)),
    MethodDef::new("device_encoding", Meth::O(device_encoding)),
    MethodDef::new("getpid", Meth::NoArgs(getpid)),
    MethodDef::new("getppid", Meth::NoArgs(getppid)),
    MethodDef::new("getuid", Meth::NoArgs(getuid)),
    MethodDef::new("geteuid", Meth::NoArgs(geteuid)),
    MethodDef::new("getgid", Meth::NoArgs(getgid)),
    MethodDef::new("umask", Meth::O(umask)),
    MethodDef::new("_exit", Meth::O(exit_now)),
    MethodDef::new("cpu_count", Meth::NoArgs(cpu_count)),
    MethodDef::new("urandom", Meth::O(urandom)),
    MethodDef::new("strerror", Meth::O(strerror)),
    MethodDef::new("fspath", Meth::O(fspath_fn)),
    MethodDef::new("putenv", Meth::Fast(putenv)),
    MethodDef::new("unsetenv", Meth::O(unsetenv)),
    MethodDef::new("uname", Meth::NoArgs(uname)),
];

/// Makes the `posix` module.
pub fn make(ts: &ThreadState) -> ObjRef {
    let m = ts.new_builtin_module("posix", FUNCTIONS);
    let d = m.downcast::<PyModule>().expect("module").dict();
    let d = d.downcast::<PyDict>().expect("dict");
    let set = |k: &str, v: ObjRef| {
        let _ = d.set_item_str(ts, k, v);
    };
    let env = ts.new_dict();
    if let Some(e) = env.downcast::<PyDict>() {
        for (k, v) in std::env::vars_os() {
            use std::os::unix::ffi::OsStrExt;
            let _ = e.set_item(
                ts,
                ts.new_bytes(k.as_bytes().to_vec()),
                ts.new_bytes(v.as_bytes().to_vec()),
            );
        }
    }
    set("environ", env);
    set("error", ts.exc.os_error.clone());
    set("stat_result", stat_type(ts));
    set("DirEntry", cached_type(&DIRENTRY_TYPE, ts, &ENTRY_SPEC));
    set("_have_functions", ts.new_list(Vec::new()));
    for (k, v) in [
        ("F_OK", libc::F_OK),
        ("R_OK", libc::R_OK),
        ("W_OK", libc::W_OK),
        ("X_OK", libc::X_OK),
        ("O_RDONLY", libc::O_RDONLY),
        ("O_WRONLY", libc::O_WRONLY),
        ("O_RDWR", libc::O_RDWR),
        ("O_APPEND", libc::O_APPEND),
        ("O_CREAT", libc::O_CREAT),
        ("O_EXCL", libc::O_EXCL),
        ("O_TRUNC", libc::O_TRUNC),
        ("O_NONBLOCK", libc::O_NONBLOCK),
        ("O_CLOEXEC", libc::O_CLOEXEC),
        ("O_DIRECTORY", libc::O_DIRECTORY),
        ("O_NOFOLLOW", libc::O_NOFOLLOW),
        ("O_ACCMODE", libc::O_ACCMODE),
        ("WNOHANG", libc::WNOHANG),
        ("WUNTRACED", libc::WUNTRACED),
        ("EX_OK", 0),
        ("SEEK_SET", libc::SEEK_SET),
        ("SEEK_CUR", libc::SEEK_CUR),
        ("SEEK_END", libc::SEEK_END),
    ] {
        set(k, ts.new_int(v as i64));
    }
    m
}

//! Directories: `getcwd`, `listdir`, `scandir` with its iterator and `DirEntry` (stat
//! results cached per entry).

use super::*;

// ---- directories ----

pub(super) fn getcwd_bytes(ts: &ThreadState) -> PyResult<Vec<u8>> {
    match std::env::current_dir() {
        Ok(p) => Ok(std::os::unix::ffi::OsStrExt::as_bytes(p.as_os_str()).to_vec()),
        Err(e) => Err(os_error(ts, e.raw_os_error().unwrap_or(0), None)),
    }
}
pub(super) fn getcwd(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_str_bytes(&getcwd_bytes(ts)?))
}
pub(super) fn getcwdb(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_bytes(getcwd_bytes(ts)?))
}

/// The entries of a directory (not `.` and `..`), in `readdir` order.
pub(super) fn read_dir(ts: &ThreadState, p: &Path) -> PyResult<Vec<(Vec<u8>, u8, u64)>> {
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

pub(super) fn name_obj(ts: &ThreadState, v: &[u8], bytes: bool) -> ObjRef {
    if bytes {
        ts.new_bytes(v.to_vec())
    } else {
        ts.new_str_bytes(v)
    }
}

pub(super) fn dir_arg(ts: &ThreadState, fname: &str, a: &[ObjRef]) -> PyResult<Path> {
    match a.first().filter(|x| !ts.is_none(x)) {
        Some(p) => path_arg(ts, fname, p),
        None => path_arg(ts, fname, &ts.new_str(".")),
    }
}

pub(super) fn listdir(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
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

pub(super) fn entry(o: &ObjRef) -> &DirEntry {
    o.downcast::<DirEntry>().expect("DirEntry")
}

pub(super) fn entry_stat(ts: &ThreadState, o: &ObjRef, follow: bool) -> PyResult<ObjRef> {
    let e = entry(o);
    let cell = if follow { &e.stat } else { &e.lstat };
    if let Some(s) = &*cell.borrow() {
        return Ok(s.clone());
    }
    let s = do_stat(ts, &e.path, follow, "stat")?;
    *cell.borrow_mut() = Some(s.clone());
    Ok(s)
}

pub(super) fn follow_kw(
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

pub(super) fn mode_is(ts: &ThreadState, o: &ObjRef, follow: bool, fmt: u32) -> PyResult<bool> {
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

pub(super) fn is_dir(
    ts: &ThreadState,
    o: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let f = follow_kw(ts, a, kw, "is_dir")?;
    Ok(ts.bool_obj(mode_is(ts, o, f, libc::S_IFDIR)?))
}
pub(super) fn is_file(
    ts: &ThreadState,
    o: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let f = follow_kw(ts, a, kw, "is_file")?;
    Ok(ts.bool_obj(mode_is(ts, o, f, libc::S_IFREG)?))
}
pub(super) fn is_symlink(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.bool_obj(mode_is(ts, o, false, libc::S_IFLNK)?))
}
pub(super) fn entry_stat_m(
    ts: &ThreadState,
    o: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let f = follow_kw(ts, a, kw, "stat")?;
    entry_stat(ts, o, f)
}
pub(super) fn inode(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(entry(o).ino as i64))
}
pub(super) fn entry_fspath(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(entry(o).path.clone())
}
pub(super) fn entry_name(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(entry(o).name.clone())
}
pub(super) fn entry_path(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(entry(o).path.clone())
}
pub(super) fn entry_repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_string(format!(
        "<DirEntry {}>",
        ab::repr_string(ts, &entry(o).name)?
    )))
}
pub(super) fn entry_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
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
pub(super) static ENTRY_SPEC: TypeSpec = TypeSpec {
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

pub(super) fn sc(o: &ObjRef) -> &ScandirIter {
    o.downcast::<ScandirIter>().expect("ScandirIterator")
}
pub(super) fn sc_iter(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(o.clone())
}
pub(super) fn sc_next(_: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let s = sc(o);
    let i = s.pos.get();
    let e = s.entries.borrow().get(i).cloned();
    s.pos.set(i + 1);
    Ok(e)
}
pub(super) fn sc_close(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let s = sc(o);
    s.entries.borrow_mut().clear();
    Ok(ts.none())
}
pub(super) fn sc_enter(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(o.clone())
}
pub(super) fn sc_exit(ts: &ThreadState, o: &ObjRef, _: &[ObjRef]) -> PyResult<ObjRef> {
    sc_close(ts, o)
}
pub(super) fn sc_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
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
pub(super) static SC_SPEC: TypeSpec = TypeSpec {
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

pub(super) fn scandir(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
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

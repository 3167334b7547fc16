//! `os.stat_result` and `stat`/`lstat`/`fstat`.

use super::*;

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

pub(super) fn stat_type(ts: &ThreadState) -> ObjRef {
    STAT_TYPE.with_borrow_mut(|t| {
        t.get_or_insert_with(|| structseq::new_type(ts, &STAT_RESULT))
            .clone()
    })
}

pub(super) fn stat_obj(ts: &ThreadState, st: &libc::stat) -> ObjRef {
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

pub(super) static STAT_SPEC: ArgSpec = ArgSpec {
    fname: "stat",
    names: &["path", "dir_fd", "follow_symlinks"],
    required: 1,
    posonly: 0,
    kwonly: 1,
};

pub(super) fn do_stat(ts: &ThreadState, o: &ObjRef, follow: bool, fname: &str) -> PyResult<ObjRef> {
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

pub(super) fn stat(
    ts: &ThreadState,
    _: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let [path, _dir_fd, follow] = args::parse::<3>(ts, &STAT_SPEC, a, kw)?;
    let follow = match follow {
        Some(f) => ab::is_true(ts, &f)?,
        None => true,
    };
    do_stat(ts, &path.expect("required"), follow, "stat")
}
pub(super) fn lstat(
    ts: &ThreadState,
    _: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let [path, _dir_fd, _] = args::parse::<3>(ts, &STAT_SPEC, a, kw)?;
    do_stat(ts, &path.expect("required"), false, "lstat")
}
pub(super) fn fstat(ts: &ThreadState, _: &ObjRef, fd: &ObjRef) -> PyResult<ObjRef> {
    do_stat(
        ts,
        &ts.new_int(ab::index_isize(ts, fd)? as i64),
        true,
        "fstat",
    )
}

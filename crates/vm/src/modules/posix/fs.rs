//! Calls on paths: `mkdir`/`rmdir`/`unlink`/`remove`/`chdir`, `rename`/`replace`, `access`.

use super::*;

pub(super) fn path_call(
    ts: &ThreadState,
    fname: &str,
    o: &ObjRef,
    f: impl FnOnce(&CString) -> i32,
) -> PyResult<ObjRef> {
    let p = path_arg(ts, fname, o)?;
    check(ts, f(&p.c), Some(&p.obj))?;
    Ok(ts.none())
}

pub(super) fn mkdir(
    ts: &ThreadState,
    _: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
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
/// `name(path, *, dir_fd=None)`: one libc call on the path.
macro_rules! path_fn {
    ($($name:ident => $call:ident),*) => {$(
        pub(super) fn $name(
            ts: &ThreadState,
            _: &ObjRef,
            a: &[ObjRef],
            kw: Option<&ObjRef>,
        ) -> PyResult<ObjRef> {
            let [path, _] = path_dirfd(ts, stringify!($name), a, kw)?;
            // SAFETY: NUL-terminated path.
            path_call(ts, stringify!($name), &path.expect("required"), |c| unsafe {
                libc::$call(c.as_ptr())
            })
        }
    )*};
}
path_fn!(rmdir => rmdir, unlink => unlink, remove => unlink);
pub(super) fn chdir(ts: &ThreadState, _: &ObjRef, path: &ObjRef) -> PyResult<ObjRef> {
    // SAFETY: NUL-terminated path.
    path_call(ts, "chdir", path, |c| unsafe { libc::chdir(c.as_ptr()) })
}

pub(super) fn path_dirfd(
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

/// `OSError(errno, strerror, filename, None, filename2)`: a failed call on two paths.
pub(super) fn os_error2(ts: &ThreadState, e: i32, a: &ObjRef, b: &ObjRef) -> taipan_object::PyErr {
    let args = vec![
        ts.new_int(e as i64),
        ts.new_string(crate::modules::io::strerror(e)),
        a.clone(),
        ts.none(),
        b.clone(),
    ];
    match ab::call(ts, &ts.exc.os_error, &args) {
        Ok(x) => taipan_object::PyErr::from_instance(x),
        Err(x) => x,
    }
}

pub(super) fn rename_impl(ts: &ThreadState, fname: &str, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, fname, a.len(), 2, 2)?;
    // SAFETY: NUL-terminated paths.
    two_path_call(ts, fname, &a[0], &a[1], |s, d| unsafe {
        libc::rename(s.as_ptr(), d.as_ptr())
    })
}
pub(super) fn rename(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    rename_impl(ts, "rename", a)
}
pub(super) fn replace(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    rename_impl(ts, "replace", a)
}

pub(super) fn access(
    ts: &ThreadState,
    _: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
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

/// A libc call on two paths (`rename`, `symlink`, `link`); OSError names both.
fn two_path_call(
    ts: &ThreadState,
    fname: &str,
    a: &ObjRef,
    b: &ObjRef,
    f: impl FnOnce(&CString, &CString) -> i32,
) -> PyResult<ObjRef> {
    let (s, d) = (path_arg(ts, fname, a)?, path_arg(ts, fname, b)?);
    if f(&s.c, &d.c) != 0 {
        return Err(os_error2(ts, last_errno(), &s.obj, &d.obj));
    }
    Ok(ts.none())
}

pub(super) fn symlink(
    ts: &ThreadState,
    _: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "symlink",
        names: &["src", "dst", "target_is_directory", "dir_fd"],
        required: 2,
        posonly: 0,
        kwonly: 3,
    };
    let [src, dst, _, _] = args::parse::<4>(ts, &SPEC, a, kw)?;
    let (src, dst) = (src.expect("required"), dst.expect("required"));
    // SAFETY: NUL-terminated paths.
    two_path_call(ts, "symlink", &src, &dst, |s, d| unsafe {
        libc::symlink(s.as_ptr(), d.as_ptr())
    })
}

pub(super) fn link(
    ts: &ThreadState,
    _: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "link",
        names: &["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"],
        required: 2,
        posonly: 0,
        kwonly: 2,
    };
    let [src, dst, ..] = args::parse::<5>(ts, &SPEC, a, kw)?;
    let (src, dst) = (src.expect("required"), dst.expect("required"));
    // SAFETY: NUL-terminated paths.
    two_path_call(ts, "link", &src, &dst, |s, d| unsafe {
        libc::link(s.as_ptr(), d.as_ptr())
    })
}

pub(super) fn readlink(
    ts: &ThreadState,
    _: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let [path, _] = path_dirfd(ts, "readlink", a, kw)?;
    let p = path_arg(ts, "readlink", &path.expect("required"))?;
    let mut buf = vec![0u8; libc::PATH_MAX as usize + 1];
    // SAFETY: a buffer of its length.
    let n = unsafe { libc::readlink(p.c.as_ptr(), buf.as_mut_ptr().cast(), buf.len()) };
    if n < 0 {
        return Err(os_error(ts, last_errno(), Some(&p.obj)));
    }
    buf.truncate(n as usize);
    Ok(name_obj(ts, &buf, p.bytes))
}

fn follow_arg(ts: &ThreadState, o: Option<ObjRef>) -> PyResult<bool> {
    match o {
        Some(v) => ab::is_true(ts, &v),
        None => Ok(true),
    }
}

pub(super) fn chmod(
    ts: &ThreadState,
    _: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "chmod",
        names: &["path", "mode", "dir_fd", "follow_symlinks"],
        required: 2,
        posonly: 0,
        kwonly: 2,
    };
    let [path, mode, _, follow] = args::parse::<4>(ts, &SPEC, a, kw)?;
    let path = path.expect("required");
    let mode = int_arg(ts, &mode.expect("required"))? as libc::mode_t;
    let follow = follow_arg(ts, follow)?;
    if path.is_a::<PyInt>() {
        let fd = int_arg(ts, &path)? as i32;
        // SAFETY: fchmod on a descriptor.
        check(ts, unsafe { libc::fchmod(fd, mode) }, None)?;
        return Ok(ts.none());
    }
    let p = path_arg(ts, "chmod", &path)?;
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    // SAFETY: NUL-terminated path.
    let r = unsafe { libc::fchmodat(libc::AT_FDCWD, p.c.as_ptr(), mode, flags) };
    if r != 0 {
        let e = last_errno();
        if !follow && e == libc::ENOTSUP {
            return Err(ts.new_error(
                &ts.exc.not_implemented_error,
                "chmod: follow_symlinks unavailable on this platform",
            ));
        }
        return Err(os_error(ts, e, Some(&p.obj)));
    }
    Ok(ts.none())
}

fn chown_impl(
    ts: &ThreadState,
    fname: &'static str,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
    nofollow: bool,
) -> PyResult<ObjRef> {
    let spec = ArgSpec {
        fname,
        names: &["path", "uid", "gid", "dir_fd", "follow_symlinks"],
        required: 3,
        posonly: 0,
        kwonly: 3,
    };
    let [path, uid, gid, _, follow] = args::parse::<5>(ts, &spec, a, kw)?;
    let path = path.expect("required");
    let uid = int_arg(ts, &uid.expect("required"))? as libc::uid_t;
    let gid = int_arg(ts, &gid.expect("required"))? as libc::gid_t;
    let follow = !nofollow && follow_arg(ts, follow)?;
    if path.is_a::<PyInt>() {
        let fd = int_arg(ts, &path)? as i32;
        // SAFETY: fchown on a descriptor.
        check(ts, unsafe { libc::fchown(fd, uid, gid) }, None)?;
        return Ok(ts.none());
    }
    let p = path_arg(ts, fname, &path)?;
    // SAFETY: NUL-terminated path.
    let r = unsafe {
        if follow {
            libc::chown(p.c.as_ptr(), uid, gid)
        } else {
            libc::lchown(p.c.as_ptr(), uid, gid)
        }
    };
    check(ts, r, Some(&p.obj))?;
    Ok(ts.none())
}
pub(super) fn chown(
    ts: &ThreadState,
    _: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    chown_impl(ts, "chown", a, kw, false)
}
pub(super) fn lchown(
    ts: &ThreadState,
    _: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    chown_impl(ts, "lchown", a, kw, true)
}

/// A `utime` time: seconds as int or float, to a timespec.
fn timespec_of(ts: &ThreadState, o: &ObjRef) -> PyResult<libc::timespec> {
    if let Some(f) = o.downcast::<taipan_object::types::float::PyFloat>() {
        let v = f.0;
        let sec = v.floor();
        let mut nsec = ((v - sec) * 1e9).round();
        let mut sec = sec as i64;
        if nsec >= 1e9 {
            sec += 1;
            nsec -= 1e9;
        }
        return Ok(libc::timespec {
            tv_sec: sec,
            tv_nsec: nsec as i64,
        });
    }
    if !o.is_a::<PyInt>() {
        return Err(ts.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            o.typ().name()
        )));
    }
    Ok(libc::timespec {
        tv_sec: int_arg(ts, o)?,
        tv_nsec: 0,
    })
}

fn ns_timespec(ts: &ThreadState, o: &ObjRef) -> PyResult<libc::timespec> {
    let b = 1_000_000_000i64;
    let v = int_arg(ts, o)?;
    Ok(libc::timespec {
        tv_sec: v.div_euclid(b),
        tv_nsec: v.rem_euclid(b),
    })
}

pub(super) fn utime(
    ts: &ThreadState,
    _: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "utime",
        names: &["path", "times", "ns", "dir_fd", "follow_symlinks"],
        required: 1,
        posonly: 0,
        kwonly: 2,
    };
    let [path, times, ns, _, follow] = args::parse::<5>(ts, &SPEC, a, kw)?;
    let path = path.expect("required");
    let times = times.filter(|t| !ts.is_none(t));
    let pair = |o: &ObjRef| -> Option<Vec<ObjRef>> {
        o.downcast::<taipan_object::types::tuple::PyTuple>()
            .map(|t| t.items().to_vec())
            .filter(|v| v.len() == 2)
    };
    let spec: Option<[libc::timespec; 2]> = match (&times, &ns) {
        (Some(_), Some(_)) => {
            return Err(
                ts.value_error("utime: you may specify either 'times' or 'ns' but not both")
            );
        }
        (Some(t), None) => {
            let Some(v) = pair(t) else {
                return Err(
                    ts.type_error("utime: 'times' must be either a tuple of two ints or None")
                );
            };
            Some([timespec_of(ts, &v[0])?, timespec_of(ts, &v[1])?])
        }
        (None, Some(n)) => {
            let Some(v) = pair(n) else {
                return Err(ts.type_error("utime: 'ns' must be a tuple of two ints"));
            };
            Some([ns_timespec(ts, &v[0])?, ns_timespec(ts, &v[1])?])
        }
        (None, None) => None,
    };
    let follow = follow_arg(ts, follow)?;
    let ptr = spec.as_ref().map_or(std::ptr::null(), |s| s.as_ptr());
    if path.is_a::<PyInt>() {
        let fd = int_arg(ts, &path)? as i32;
        // SAFETY: futimens with null or two timespecs.
        check(ts, unsafe { libc::futimens(fd, ptr) }, None)?;
        return Ok(ts.none());
    }
    let p = path_arg(ts, "utime", &path)?;
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    // SAFETY: NUL-terminated path, null or two timespecs.
    let r = unsafe { libc::utimensat(libc::AT_FDCWD, p.c.as_ptr(), ptr, flags) };
    check(ts, r, Some(&p.obj))?;
    Ok(ts.none())
}

pub(super) fn truncate(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "truncate", a.len(), 2, 2)?;
    let len = int_arg(ts, &a[1])?;
    if a[0].is_a::<PyInt>() {
        let fd = int_arg(ts, &a[0])? as i32;
        // SAFETY: ftruncate on a descriptor.
        check(ts, unsafe { libc::ftruncate(fd, len) }, None)?;
        return Ok(ts.none());
    }
    let p = path_arg(ts, "truncate", &a[0])?;
    // SAFETY: NUL-terminated path.
    check(
        ts,
        unsafe { libc::truncate(p.c.as_ptr(), len) },
        Some(&p.obj),
    )?;
    Ok(ts.none())
}

//! The `fcntl` module (CPython's `fcntlmodule.c`): `fcntl` and `ioctl` with an int or a
//! bytes argument, `flock`, `lockf`, and the `F_*`/`FD_*`/`LOCK_*` constants.

use taipan_object::abstract_ as ab;
use taipan_object::args;
use taipan_object::typeobj::{Meth, MethodDef};
use taipan_object::types::bytes::as_bytes_like;
use taipan_object::types::str_::PyStr;
use taipan_object::{ObjRef, PyResult, ThreadState};

use super::common::set_attr;
use super::io::{as_file_descriptor, retry_eintr};

fn c_int(ts: &ThreadState, o: &ObjRef) -> PyResult<i64> {
    if o.is_a::<taipan_object::types::float::PyFloat>() {
        return Err(ts.type_error("'float' object cannot be interpreted as an integer"));
    }
    Ok(ab::index_isize(ts, o)? as i64)
}

/// `fcntl(fd, cmd, arg=0)` / `ioctl(fd, request, arg=0)`: an int argument is passed as is; a
/// bytes (or str) argument is copied into a buffer (at most 1024 bytes) whose contents after
/// the call are returned.
fn call(
    ts: &ThreadState,
    fname: &str,
    a: &[ObjRef],
    f: impl Fn(i32, libc::c_ulong, usize) -> i32,
) -> PyResult<ObjRef> {
    args::check_positional(ts, fname, a.len(), 2, 4)?;
    let fd = as_file_descriptor(ts, &a[0])?;
    let cmd = c_int(ts, &a[1])? as libc::c_ulong;
    let buf: Option<Vec<u8>> = match a.get(2) {
        Some(s) if s.is_a::<PyStr>() => Some(ab::str_of(s).as_bytes().to_vec()),
        Some(b) => as_bytes_like(b).map(|b| b.to_vec()),
        None => None,
    };
    if let Some(mut buf) = buf {
        if buf.len() > 1024 {
            return Err(ts.value_error(format!("{fname} string arg too long")));
        }
        let n = buf.len();
        buf.resize(1024, 0);
        retry_eintr(ts, || f(fd, cmd, buf.as_mut_ptr() as usize))?;
        buf.truncate(n);
        return Ok(ts.new_bytes(buf));
    }
    let arg = match a.get(2) {
        Some(v) => c_int(ts, v).map_err(|_| {
            ts.type_error(format!(
                "{fname}() argument 3 must be an integer, a bytes-like object, or a string"
            ))
        })? as usize,
        None => 0,
    };
    let r = retry_eintr(ts, || f(fd, cmd, arg))?;
    Ok(ts.new_int(r as i64))
}

fn fcntl(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    // SAFETY: fcntl with the caller's command; a pointer argument is a 1024-byte buffer.
    call(ts, "fcntl", a, |fd, cmd, arg| unsafe {
        libc::fcntl(fd, cmd as i32, arg)
    })
}

fn ioctl(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    // SAFETY: ioctl with the caller's request; a pointer argument is a 1024-byte buffer.
    call(ts, "ioctl", a, |fd, req, arg| unsafe {
        libc::ioctl(fd, req as _, arg)
    })
}

fn flock(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "flock", a.len(), 2, 2)?;
    let fd = as_file_descriptor(ts, &a[0])?;
    let op = c_int(ts, &a[1])? as i32;
    // SAFETY: flock(2).
    retry_eintr(ts, || unsafe { libc::flock(fd, op) })?;
    Ok(ts.none())
}

fn lockf(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "lockf", a.len(), 2, 5)?;
    let fd = as_file_descriptor(ts, &a[0])?;
    let code = c_int(ts, &a[1])? as i32;
    let len = a.get(2).map(|v| c_int(ts, v)).transpose()?.unwrap_or(0);
    let start = a.get(3).map(|v| c_int(ts, v)).transpose()?.unwrap_or(0);
    let whence = a.get(4).map(|v| c_int(ts, v)).transpose()?.unwrap_or(0);
    let ty = if code == libc::LOCK_UN {
        libc::F_UNLCK
    } else if code & libc::LOCK_SH != 0 {
        libc::F_RDLCK
    } else if code & libc::LOCK_EX != 0 {
        libc::F_WRLCK
    } else {
        return Err(ts.value_error("unrecognized lockf argument"));
    };
    // SAFETY: a zeroed flock record, filled below.
    let mut l: libc::flock = unsafe { std::mem::zeroed() };
    l.l_type = ty as i16;
    l.l_whence = whence as i16;
    l.l_start = start;
    l.l_len = len;
    let cmd = if code & libc::LOCK_NB != 0 {
        libc::F_SETLK
    } else {
        libc::F_SETLKW
    };
    // SAFETY: fcntl with a flock record.
    retry_eintr(ts, || unsafe { libc::fcntl(fd, cmd, &l) })?;
    Ok(ts.none())
}

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::new("fcntl", Meth::Fast(fcntl)),
    MethodDef::new("ioctl", Meth::Fast(ioctl)),
    MethodDef::new("flock", Meth::Fast(flock)),
    MethodDef::new("lockf", Meth::Fast(lockf)),
];

/// Makes the `fcntl` module.
pub fn make(ts: &ThreadState) -> ObjRef {
    let m = ts.new_builtin_module("fcntl", FUNCTIONS);
    for (k, v) in [
        ("F_DUPFD", libc::F_DUPFD),
        ("F_DUPFD_CLOEXEC", libc::F_DUPFD_CLOEXEC),
        ("F_GETFD", libc::F_GETFD),
        ("F_SETFD", libc::F_SETFD),
        ("F_GETFL", libc::F_GETFL),
        ("F_SETFL", libc::F_SETFL),
        ("F_GETLK", libc::F_GETLK),
        ("F_SETLK", libc::F_SETLK),
        ("F_SETLKW", libc::F_SETLKW),
        ("F_GETOWN", libc::F_GETOWN),
        ("F_SETOWN", libc::F_SETOWN),
        ("F_GETSIG", 11),
        ("F_SETSIG", 10),
        ("F_RDLCK", libc::F_RDLCK),
        ("F_WRLCK", libc::F_WRLCK),
        ("F_UNLCK", libc::F_UNLCK),
        ("F_GETPIPE_SZ", libc::F_GETPIPE_SZ),
        ("F_SETPIPE_SZ", libc::F_SETPIPE_SZ),
        ("F_GETLEASE", libc::F_GETLEASE),
        ("F_SETLEASE", libc::F_SETLEASE),
        ("F_NOTIFY", libc::F_NOTIFY),
        ("F_ADD_SEALS", libc::F_ADD_SEALS),
        ("F_GET_SEALS", libc::F_GET_SEALS),
        ("F_SEAL_SEAL", libc::F_SEAL_SEAL),
        ("F_SEAL_SHRINK", libc::F_SEAL_SHRINK),
        ("F_SEAL_GROW", libc::F_SEAL_GROW),
        ("F_SEAL_WRITE", libc::F_SEAL_WRITE),
        ("FD_CLOEXEC", libc::FD_CLOEXEC),
        ("FASYNC", libc::O_ASYNC),
        ("LOCK_SH", libc::LOCK_SH),
        ("LOCK_EX", libc::LOCK_EX),
        ("LOCK_NB", libc::LOCK_NB),
        ("LOCK_UN", libc::LOCK_UN),
    ] {
        set_attr(ts, &m, k, ts.new_int(v as i64));
    }
    m
}

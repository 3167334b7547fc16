//! Calls on file descriptors: `open`/`close`/`read`/`write`/`lseek`, `isatty`,
//! `device_encoding`.

use super::*;

// ---- descriptors ----

pub(super) fn open(
    ts: &ThreadState,
    _: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
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
pub(super) fn close(ts: &ThreadState, _: &ObjRef, fd: &ObjRef) -> PyResult<ObjRef> {
    let fd = int_arg(ts, fd)? as i32;
    // SAFETY: closing a descriptor the caller names.
    check(ts, unsafe { libc::close(fd) }, None)?;
    Ok(ts.none())
}
pub(super) fn read(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "read", a.len(), 2, 2)?;
    let fd = int_arg(ts, &a[0])? as i32;
    let n = int_arg(ts, &a[1])?;
    if n < 0 {
        return Err(os_error(ts, libc::EINVAL, None));
    }
    let mut v = vec![0u8; n as usize];
    // SAFETY: a buffer of its length.
    let r = retry_eintr(ts, || unsafe {
        libc::read(fd, v.as_mut_ptr().cast(), v.len())
    })?;
    v.truncate(r as usize);
    Ok(ts.new_bytes(v))
}
pub(super) fn write(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "write", a.len(), 2, 2)?;
    let fd = int_arg(ts, &a[0])? as i32;
    let data = buffer(ts, &a[1])?.to_vec();
    // SAFETY: a buffer of its length.
    let r = retry_eintr(ts, || unsafe {
        libc::write(fd, data.as_ptr().cast(), data.len())
    })?;
    Ok(ts.new_int(r as i64))
}
pub(super) fn lseek(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "lseek", a.len(), 3, 3)?;
    let fd = int_arg(ts, &a[0])? as i32;
    let pos = int_arg(ts, &a[1])?;
    let how = int_arg(ts, &a[2])? as i32;
    // SAFETY: lseek on a descriptor.
    let r = ok_or_errno(ts, unsafe { libc::lseek(fd, pos, how) })?;
    Ok(ts.new_int(r))
}
pub(super) fn isatty(ts: &ThreadState, _: &ObjRef, fd: &ObjRef) -> PyResult<ObjRef> {
    let fd = int_arg(ts, fd)? as i32;
    // SAFETY: isatty on a descriptor.
    Ok(ts.bool_obj(unsafe { libc::isatty(fd) } == 1))
}
pub(super) fn device_encoding(ts: &ThreadState, _: &ObjRef, fd: &ObjRef) -> PyResult<ObjRef> {
    let fd = int_arg(ts, fd)? as i32;
    // SAFETY: isatty on a descriptor.
    if unsafe { libc::isatty(fd) } == 1 {
        return Ok(ts.new_str("UTF-8"));
    }
    Ok(ts.none())
}

/// Makes a descriptor close-on-exec or not (`_Py_set_inheritable`).
pub(crate) fn set_cloexec(fd: i32, inheritable: bool) -> i32 {
    // SAFETY: fcntl on a descriptor.
    unsafe {
        let flags = libc::fcntl(fd, libc::F_GETFD);
        if flags < 0 {
            return -1;
        }
        let new = if inheritable {
            flags & !libc::FD_CLOEXEC
        } else {
            flags | libc::FD_CLOEXEC
        };
        if new == flags {
            return 0;
        }
        libc::fcntl(fd, libc::F_SETFD, new)
    }
}

fn fd_arg(ts: &ThreadState, o: &ObjRef) -> PyResult<i32> {
    let v = int_arg(ts, o)?;
    i32::try_from(v).map_err(|_| {
        ts.overflow_error(if v > 0 {
            "signed integer is greater than maximum"
        } else {
            "signed integer is less than minimum"
        })
    })
}

fn pipe_fds(ts: &ThreadState, flags: i32) -> PyResult<ObjRef> {
    let mut fds = [0i32; 2];
    // SAFETY: a two-int buffer.
    ok_or_errno(ts, unsafe { libc::pipe2(fds.as_mut_ptr(), flags) })?;
    Ok(ts.new_tuple(vec![ts.new_int(fds[0] as i64), ts.new_int(fds[1] as i64)]))
}
pub(super) fn pipe(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    pipe_fds(ts, libc::O_CLOEXEC)
}
pub(super) fn pipe2(ts: &ThreadState, _: &ObjRef, flags: &ObjRef) -> PyResult<ObjRef> {
    let f = fd_arg(ts, flags)?;
    pipe_fds(ts, f)
}
pub(super) fn dup(ts: &ThreadState, _: &ObjRef, fd: &ObjRef) -> PyResult<ObjRef> {
    let fd = fd_arg(ts, fd)?;
    // SAFETY: fcntl on a descriptor.
    let r = ok_or_errno(ts, unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) })?;
    Ok(ts.new_int(r as i64))
}
pub(super) fn dup2(
    ts: &ThreadState,
    _: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "dup2",
        names: &["fd", "fd2", "inheritable"],
        required: 2,
        posonly: 0,
        kwonly: 3,
    };
    let [fd, fd2, inh] = args::parse::<3>(ts, &SPEC, a, kw)?;
    let fd = fd_arg(ts, &fd.expect("required"))?;
    let fd2 = fd_arg(ts, &fd2.expect("required"))?;
    let inheritable = match inh {
        Some(i) => ab::is_true(ts, &i)?,
        None => true,
    };
    // SAFETY: dup2/dup3 on descriptors.
    let r = unsafe {
        if inheritable || fd == fd2 {
            libc::dup2(fd, fd2)
        } else {
            libc::dup3(fd, fd2, libc::O_CLOEXEC)
        }
    };
    let r = ok_or_errno(ts, r)?;
    Ok(ts.new_int(r as i64))
}
pub(super) fn get_inheritable(ts: &ThreadState, _: &ObjRef, fd: &ObjRef) -> PyResult<ObjRef> {
    let fd = fd_arg(ts, fd)?;
    // SAFETY: fcntl on a descriptor.
    let flags = ok_or_errno(ts, unsafe { libc::fcntl(fd, libc::F_GETFD) })?;
    Ok(ts.bool_obj(flags & libc::FD_CLOEXEC == 0))
}
pub(super) fn set_inheritable(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "set_inheritable", a.len(), 2, 2)?;
    let fd = fd_arg(ts, &a[0])?;
    let inh = ab::is_true(ts, &a[1])?;
    ok_or_errno(ts, set_cloexec(fd, inh))?;
    Ok(ts.none())
}
pub(super) fn get_blocking(ts: &ThreadState, _: &ObjRef, fd: &ObjRef) -> PyResult<ObjRef> {
    let fd = fd_arg(ts, fd)?;
    // SAFETY: fcntl on a descriptor.
    let flags = ok_or_errno(ts, unsafe { libc::fcntl(fd, libc::F_GETFL) })?;
    Ok(ts.bool_obj(flags & libc::O_NONBLOCK == 0))
}
pub(super) fn set_blocking(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "set_blocking", a.len(), 2, 2)?;
    let fd = fd_arg(ts, &a[0])?;
    let blocking = ab::is_true(ts, &a[1])?;
    // SAFETY: fcntl on a descriptor.
    let r = unsafe {
        let flags = libc::fcntl(fd, libc::F_GETFL);
        if flags < 0 {
            flags
        } else if blocking {
            libc::fcntl(fd, libc::F_SETFL, flags & !libc::O_NONBLOCK)
        } else {
            libc::fcntl(fd, libc::F_SETFL, flags | libc::O_NONBLOCK)
        }
    };
    ok_or_errno(ts, r)?;
    Ok(ts.none())
}
pub(super) fn fsync(ts: &ThreadState, _: &ObjRef, fd: &ObjRef) -> PyResult<ObjRef> {
    let fd = match fd.is_a::<PyInt>() {
        true => fd_arg(ts, fd)?,
        false => fd_arg(ts, &ab::call_method(ts, fd, "fileno", &[])?)?,
    };
    // SAFETY: fsync on a descriptor.
    ok_or_errno(ts, unsafe { libc::fsync(fd) })?;
    Ok(ts.none())
}
pub(super) fn ftruncate(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "ftruncate", a.len(), 2, 2)?;
    let fd = fd_arg(ts, &a[0])?;
    let len = int_arg(ts, &a[1])?;
    // SAFETY: ftruncate on a descriptor.
    ok_or_errno(ts, unsafe { libc::ftruncate(fd, len) })?;
    Ok(ts.none())
}
pub(super) fn closerange(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "closerange", a.len(), 2, 2)?;
    let lo = fd_arg(ts, &a[0])?.max(0);
    let hi = fd_arg(ts, &a[1])?;
    for fd in lo..hi {
        // SAFETY: closing descriptors the caller names; errors are ignored as CPython's.
        unsafe { libc::close(fd) };
    }
    Ok(ts.none())
}

static TERMINAL_SIZE: StructSeqDesc = StructSeqDesc {
    name: "os.terminal_size",
    fields: &["columns", "lines"],
    doc: "A tuple of (columns, lines) for holding terminal window size",
    instantiable: true,
};

pub(super) fn terminal_size_type(ts: &ThreadState) -> ObjRef {
    thread_local! {
        static T: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
    }
    T.with_borrow_mut(|t| {
        t.get_or_insert_with(|| structseq::new_type(ts, &TERMINAL_SIZE))
            .clone()
    })
}

pub(super) fn get_terminal_size(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "get_terminal_size", a.len(), 0, 1)?;
    let fd = match a.first() {
        Some(f) => fd_arg(ts, f)?,
        None => 1,
    };
    // SAFETY: a zeroed winsize for ioctl to fill.
    let mut w: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ with a winsize buffer.
    ok_or_errno(ts, unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut w) })?;
    Ok(structseq::new(
        ts,
        &terminal_size_type(ts),
        vec![ts.new_int(w.ws_col as i64), ts.new_int(w.ws_row as i64)],
    ))
}

//! The `_posixsubprocess` module (CPython's `_posixsubprocess.c`): `fork_exec`, what
//! `subprocess.Popen` starts children with. Everything the child needs (argv, the executable
//! candidates, envp, cwd, the descriptors to keep) is converted before `fork`; the child then
//! only makes system calls: it closes the parent's pipe ends, moves the pipe descriptors to
//! 0/1/2, changes directory, umask, session, process group and ids, restores SIGPIPE/SIGXFSZ,
//! runs `preexec_fn`, closes the other descriptors and tries each executable. A failure is
//! reported to the parent through the error pipe as `OSError:<hex errno>:[noexec]` or
//! `SubprocessError:0:<message>`, as CPython writes it.

use std::ffi::CString;

use taipan_object::abstract_ as ab;
use taipan_object::args;
use taipan_object::typeobj::{Meth, MethodDef};
use taipan_object::types::bytes::PyBytes;
use taipan_object::types::str_::PyStr;
use taipan_object::{ObjRef, PyResult, ThreadState};

use super::io::{fspath, last_errno, os_error};

/// A path-like or bytes argument as a C string (`PyUnicode_FSConverter`).
fn fs_cstring(ts: &ThreadState, o: &ObjRef) -> PyResult<CString> {
    let p = fspath(ts, o)?;
    let v = if let Some(s) = p.downcast::<PyStr>() {
        s.as_str().as_bytes().to_vec()
    } else if let Some(b) = p.downcast::<PyBytes>() {
        b.as_bytes().to_vec()
    } else {
        return Err(ts.type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            o.typ().name()
        )));
    };
    CString::new(v).map_err(|_| ts.value_error("embedded null byte"))
}

fn cstrings(ts: &ThreadState, seq: &ObjRef) -> PyResult<Vec<CString>> {
    ab::collect(ts, seq)?
        .iter()
        .map(|o| fs_cstring(ts, o))
        .collect()
}

fn null_terminated(v: &[CString]) -> Vec<*const libc::c_char> {
    v.iter()
        .map(|c| c.as_ptr())
        .chain(std::iter::once(std::ptr::null()))
        .collect()
}

fn int_of(ts: &ThreadState, o: &ObjRef) -> PyResult<i64> {
    Ok(ab::index_isize(ts, o)? as i64)
}

/// What the child does, computed in the parent.
struct Plan {
    argv: Vec<CString>,
    exec: Vec<CString>,
    envp: Option<Vec<CString>>,
    cwd: Option<CString>,
    keep: Vec<i32>,
    close_fds: bool,
    fds: [i32; 8],
    restore_signals: bool,
    setsid: bool,
    pgid: i64,
    gid: Option<libc::gid_t>,
    groups: Option<Vec<libc::gid_t>>,
    uid: Option<libc::uid_t>,
    umask: i64,
    preexec: Option<ObjRef>,
}

fn write_all(fd: i32, b: &[u8]) {
    let mut off = 0;
    while off < b.len() {
        // SAFETY: a buffer of its length.
        let r = unsafe { libc::write(fd, b[off..].as_ptr().cast(), b.len() - off) };
        if r < 0 {
            if last_errno() == libc::EINTR {
                continue;
            }
            return;
        }
        off += r as usize;
    }
}

/// Closes every descriptor from 3 up except those in `keep` (sorted).
fn close_open_fds(keep: &[i32]) {
    let mut lo: u32 = 3;
    for &k in keep.iter().filter(|&&k| k >= 3) {
        if (k as u32) > lo {
            close_range(lo, k as u32 - 1);
        }
        lo = k as u32 + 1;
    }
    close_range(lo, u32::MAX);
}

fn close_range(lo: u32, hi: u32) {
    // SAFETY: close_range(2); on failure fall back to closing each descriptor.
    let r = unsafe { libc::syscall(libc::SYS_close_range, lo, hi, 0) };
    if r == 0 {
        return;
    }
    // SAFETY: sysconf.
    let max = unsafe { libc::sysconf(libc::_SC_OPEN_MAX) }.clamp(256, 65536) as u32;
    for fd in lo..=hi.min(max) {
        // SAFETY: closing a descriptor of this (child) process.
        unsafe { libc::close(fd as i32) };
    }
}

fn set_inheritable(fd: i32, inheritable: bool) -> i32 {
    super::posix::set_cloexec(fd, inheritable)
}

/// The child's side: never returns.
fn child_exec(ts: &ThreadState, p: &Plan) -> ! {
    let [
        p2cread,
        p2cwrite,
        c2pread,
        c2pwrite,
        errread,
        mut errwrite,
        _errpipe_read,
        errpipe_write,
    ] = p.fds;
    let mut c2pwrite = c2pwrite;
    let mut reached_preexec = false;
    let mut err_msg: &str = "";
    let saved_errno: i32 = 'fail: {
        macro_rules! posix_call {
            ($e:expr) => {
                // SAFETY: plain system calls in the child.
                if unsafe { $e } < 0 {
                    break 'fail last_errno();
                }
            };
        }
        for &fd in &p.keep {
            if fd != errpipe_write && set_inheritable(fd, true) < 0 {
                break 'fail last_errno();
            }
        }
        // SAFETY (all calls below): system calls on this child's descriptors.
        if p2cwrite != -1 {
            posix_call!(libc::close(p2cwrite));
        }
        if c2pread != -1 {
            posix_call!(libc::close(c2pread));
        }
        if errread != -1 {
            posix_call!(libc::close(errread));
        }
        posix_call!(libc::close(_errpipe_read));
        if c2pwrite == 0 {
            c2pwrite = unsafe { libc::dup(c2pwrite) };
            if c2pwrite < 0 || set_inheritable(c2pwrite, false) < 0 {
                break 'fail last_errno();
            }
        }
        while errwrite == 0 || errwrite == 1 {
            errwrite = unsafe { libc::dup(errwrite) };
            if errwrite < 0 || set_inheritable(errwrite, false) < 0 {
                break 'fail last_errno();
            }
        }
        for (fd, target) in [(p2cread, 0), (c2pwrite, 1), (errwrite, 2)] {
            if fd == target {
                if set_inheritable(fd, true) < 0 {
                    break 'fail last_errno();
                }
            } else if fd != -1 {
                posix_call!(libc::dup2(fd, target));
            }
        }
        if let Some(cwd) = &p.cwd {
            posix_call!(libc::chdir(cwd.as_ptr()));
        }
        if p.umask >= 0 {
            unsafe { libc::umask(p.umask as libc::mode_t) };
        }
        if p.restore_signals {
            unsafe {
                libc::signal(libc::SIGPIPE, libc::SIG_DFL);
                libc::signal(libc::SIGXFSZ, libc::SIG_DFL);
            }
        }
        if p.setsid {
            posix_call!(libc::setsid());
        }
        if p.pgid >= 0 {
            posix_call!(libc::setpgid(0, p.pgid as libc::pid_t));
        }
        if let Some(g) = &p.groups {
            posix_call!(libc::setgroups(g.len(), g.as_ptr()));
        }
        if let Some(gid) = p.gid {
            posix_call!(libc::setregid(gid, gid));
        }
        if let Some(uid) = p.uid {
            posix_call!(libc::setreuid(uid, uid));
        }
        reached_preexec = true;
        if let Some(f) = &p.preexec
            && ab::call(ts, f, &[]).is_err()
        {
            err_msg = "Exception occurred in preexec_fn.";
            break 'fail 0;
        }
        if p.close_fds {
            close_open_fds(&p.keep);
        }
        let argv = null_terminated(&p.argv);
        let envp = p.envp.as_ref().map(|e| null_terminated(e));
        let mut first = 0;
        for exe in &p.exec {
            // SAFETY: NUL-terminated strings and NULL-terminated arrays.
            unsafe {
                match &envp {
                    Some(e) => libc::execve(exe.as_ptr(), argv.as_ptr(), e.as_ptr()),
                    None => libc::execv(exe.as_ptr(), argv.as_ptr()),
                };
            }
            let e = last_errno();
            if e != libc::ENOENT && e != libc::ENOTDIR && first == 0 {
                first = e;
            }
        }
        if first != 0 { first } else { last_errno() }
    };
    // One write, so the parent's first read sees the whole report.
    let mut msg = [0u8; 128];
    let mut n = 0;
    let mut put = |b: &[u8]| {
        let k = b.len().min(msg.len() - n);
        msg[n..n + k].copy_from_slice(&b[..k]);
        n += k;
    };
    if saved_errno != 0 {
        put(b"OSError:");
        let mut hex = [0u8; 8];
        let mut i = hex.len();
        let mut e = saved_errno as u32;
        while e != 0 && i > 0 {
            i -= 1;
            hex[i] = b"0123456789ABCDEF"[(e % 16) as usize];
            e /= 16;
        }
        put(&hex[i..]);
        put(b":");
        if !reached_preexec {
            put(b"noexec");
        }
    } else {
        put(b"SubprocessError:0:");
        put(err_msg.as_bytes());
    }
    write_all(errpipe_write, &msg[..n]);
    // SAFETY: leave the child at once, without running the parent's exit handlers.
    unsafe { libc::_exit(255) }
}

fn fork_exec(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "fork_exec", a.len(), 23, 23)?;
    let none = |o: &ObjRef| ts.is_none(o);
    let argv = if none(&a[0]) {
        Vec::new()
    } else {
        cstrings(ts, &a[0])?
    };
    let exec = cstrings(ts, &a[1])?;
    let close_fds = ab::is_true(ts, &a[2])?;
    let keep_obj = &a[3];
    let Some(keep_t) = keep_obj.downcast::<taipan_object::types::tuple::PyTuple>() else {
        return Err(ts.type_error("fork_exec() argument 4 must be tuple"));
    };
    let mut keep = Vec::with_capacity(keep_t.items().len());
    for k in keep_t.items() {
        let v = ab::index_isize(ts, k)
            .ok()
            .filter(|v| *v >= 0 && *v <= i32::MAX as isize);
        match v {
            Some(v) if keep.last().is_none_or(|l| *l < v as i32) => keep.push(v as i32),
            _ => return Err(ts.value_error("bad value(s) in fds_to_keep")),
        }
    }
    if close_fds && keep.first().is_some_and(|f| *f < 3) {
        return Err(ts.value_error("bad value(s) in fds_to_keep"));
    }
    let cwd = if none(&a[4]) {
        None
    } else {
        Some(fs_cstring(ts, &a[4])?)
    };
    let envp = if none(&a[5]) {
        None
    } else {
        Some(cstrings(ts, &a[5])?)
    };
    let mut fds = [0i32; 8];
    for (i, f) in fds.iter_mut().enumerate() {
        *f = int_of(ts, &a[6 + i])? as i32;
    }
    let restore_signals = ab::is_true(ts, &a[14])?;
    let setsid = ab::is_true(ts, &a[15])?;
    let pgid = int_of(ts, &a[16])?;
    let gid = if none(&a[17]) {
        None
    } else {
        Some(int_of(ts, &a[17])? as libc::gid_t)
    };
    let groups = if none(&a[18]) {
        None
    } else {
        Some(
            ab::collect(ts, &a[18])?
                .iter()
                .map(|g| Ok(int_of(ts, g)? as libc::gid_t))
                .collect::<PyResult<Vec<_>>>()?,
        )
    };
    let uid = if none(&a[19]) {
        None
    } else {
        Some(int_of(ts, &a[19])? as libc::uid_t)
    };
    let umask = int_of(ts, &a[20])?;
    let preexec = (!none(&a[21])).then(|| a[21].clone());
    if let Some(f) = &preexec
        && f.typ().slots().call.is_none()
    {
        return Err(ts.type_error("preexec_fn must be callable"));
    }
    let plan = Plan {
        argv,
        exec,
        envp,
        cwd,
        keep,
        close_fds,
        fds,
        restore_signals,
        setsid,
        pgid,
        gid,
        groups,
        uid,
        umask,
        preexec,
    };
    // SAFETY: fork; the child only runs `child_exec`, which ends in exec or _exit.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(os_error(ts, last_errno(), None));
    }
    if pid == 0 {
        child_exec(ts, &plan);
    }
    Ok(ts.new_int(pid as i64))
}

static FUNCTIONS: &[MethodDef] = &[MethodDef::new("fork_exec", Meth::Fast(fork_exec))];

/// Makes the `_posixsubprocess` module.
pub fn make(ts: &ThreadState) -> ObjRef {
    ts.new_builtin_module("_posixsubprocess", FUNCTIONS)
}

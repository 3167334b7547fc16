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

use crate::modules::io::{fspath, last_errno, os_error, retry_eintr};

mod dir;
mod fd;
mod fs;
mod process;
mod stat;

use dir::*;
pub(crate) use fd::set_cloexec;
use fd::*;
use fs::*;
use process::*;
use stat::*;

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

/// A libc call's result, or OSError from `errno` when it is negative (the call failed).
fn ok_or_errno<T: Copy + PartialOrd + Default>(ts: &ThreadState, r: T) -> PyResult<T> {
    if r < T::default() {
        return Err(os_error(ts, last_errno(), None));
    }
    Ok(r)
}

fn check(ts: &ThreadState, r: i32, path: Option<&ObjRef>) -> PyResult<()> {
    if r != 0 {
        return Err(os_error(ts, last_errno(), path));
    }
    Ok(())
}

thread_local! {
    static STAT_TYPE: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
    static DIRENTRY_TYPE: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
    static SCANDIR_TYPE: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
}

fn cached_type(
    key: &'static std::thread::LocalKey<RefCell<Option<ObjRef>>>,
    ts: &ThreadState,
    spec: &'static TypeSpec,
) -> ObjRef {
    key.with_borrow_mut(|t| t.get_or_insert_with(|| new_static_type(ts, spec)).clone())
}

fn int_arg(ts: &ThreadState, o: &ObjRef) -> PyResult<i64> {
    if o.is_a::<taipan_object::types::float::PyFloat>() {
        return Err(ts.type_error("'float' object cannot be interpreted as an integer"));
    }
    Ok(ab::index_isize(ts, o)? as i64)
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
    MethodDef::new("pipe", Meth::NoArgs(pipe)),
    MethodDef::new("pipe2", Meth::O(pipe2)),
    MethodDef::new("dup", Meth::O(dup)),
    MethodDef::new("dup2", Meth::FastKw(dup2)),
    MethodDef::new("get_inheritable", Meth::O(get_inheritable)),
    MethodDef::new("set_inheritable", Meth::Fast(set_inheritable)),
    MethodDef::new("get_blocking", Meth::O(get_blocking)),
    MethodDef::new("set_blocking", Meth::Fast(set_blocking)),
    MethodDef::new("fsync", Meth::O(fsync)),
    MethodDef::new("ftruncate", Meth::Fast(ftruncate)),
    MethodDef::new("truncate", Meth::Fast(truncate)),
    MethodDef::new("closerange", Meth::Fast(closerange)),
    MethodDef::new("get_terminal_size", Meth::Fast(get_terminal_size)),
    MethodDef::new("symlink", Meth::FastKw(symlink)),
    MethodDef::new("link", Meth::FastKw(link)),
    MethodDef::new("readlink", Meth::FastKw(readlink)),
    MethodDef::new("chmod", Meth::FastKw(chmod)),
    MethodDef::new("chown", Meth::FastKw(chown)),
    MethodDef::new("lchown", Meth::FastKw(lchown)),
    MethodDef::new("utime", Meth::FastKw(utime)),
    MethodDef::new("fork", Meth::NoArgs(fork)),
    MethodDef::new("register_at_fork", Meth::FastKw(register_at_fork)),
    MethodDef::new("execv", Meth::Fast(execv)),
    MethodDef::new("execve", Meth::FastKw(execve)),
    MethodDef::new("waitpid", Meth::Fast(waitpid)),
    MethodDef::new("wait", Meth::NoArgs(wait)),
    MethodDef::new("kill", Meth::Fast(kill)),
    MethodDef::new("killpg", Meth::Fast(killpg)),
    MethodDef::new(
        "waitstatus_to_exitcode",
        Meth::FastKw(waitstatus_to_exitcode),
    ),
    MethodDef::new("WIFEXITED", Meth::FastKw(WIFEXITED)),
    MethodDef::new("WEXITSTATUS", Meth::FastKw(WEXITSTATUS)),
    MethodDef::new("WIFSIGNALED", Meth::FastKw(WIFSIGNALED)),
    MethodDef::new("WTERMSIG", Meth::FastKw(WTERMSIG)),
    MethodDef::new("WIFSTOPPED", Meth::FastKw(WIFSTOPPED)),
    MethodDef::new("WSTOPSIG", Meth::FastKw(WSTOPSIG)),
    MethodDef::new("WCOREDUMP", Meth::FastKw(WCOREDUMP)),
    MethodDef::new("WIFCONTINUED", Meth::FastKw(WIFCONTINUED)),
    MethodDef::new("times", Meth::NoArgs(times)),
    MethodDef::new("getpgrp", Meth::NoArgs(getpgrp)),
    MethodDef::new("getegid", Meth::NoArgs(getegid)),
    MethodDef::new("setsid", Meth::NoArgs(setsid)),
    MethodDef::new("getgroups", Meth::NoArgs(getgroups)),
    MethodDef::new("system", Meth::FastKw(system)),
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
    set("terminal_size", terminal_size_type(ts));
    set("times_result", times_type(ts));
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
        ("WCONTINUED", libc::WCONTINUED),
        ("WEXITED", libc::WEXITED),
        ("WSTOPPED", libc::WSTOPPED),
        ("WNOWAIT", libc::WNOWAIT),
        ("O_NOCTTY", libc::O_NOCTTY),
        ("O_SYNC", libc::O_SYNC),
        ("O_DSYNC", libc::O_DSYNC),
        ("O_NDELAY", libc::O_NDELAY),
        ("O_TMPFILE", libc::O_TMPFILE),
        ("O_PATH", libc::O_PATH),
        ("O_NOATIME", libc::O_NOATIME),
        ("F_LOCK", libc::F_LOCK),
        ("F_TLOCK", libc::F_TLOCK),
        ("F_ULOCK", libc::F_ULOCK),
        ("F_TEST", libc::F_TEST),
        ("P_PID", libc::P_PID as i32),
        ("P_PGID", libc::P_PGID as i32),
        ("P_ALL", libc::P_ALL as i32),
        ("EX_USAGE", 64),
        ("EX_DATAERR", 65),
        ("EX_NOINPUT", 66),
        ("EX_NOUSER", 67),
        ("EX_NOHOST", 68),
        ("EX_UNAVAILABLE", 69),
        ("EX_SOFTWARE", 70),
        ("EX_OSERR", 71),
        ("EX_OSFILE", 72),
        ("EX_CANTCREAT", 73),
        ("EX_IOERR", 74),
        ("EX_TEMPFAIL", 75),
        ("EX_PROTOCOL", 76),
        ("EX_NOPERM", 77),
        ("EX_CONFIG", 78),
        ("EX_OK", 0),
        ("SEEK_SET", libc::SEEK_SET),
        ("SEEK_CUR", libc::SEEK_CUR),
        ("SEEK_END", libc::SEEK_END),
    ] {
        set(k, ts.new_int(v as i64));
    }
    m
}

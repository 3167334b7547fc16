//! The process and its environment: ids, `umask`, `_exit`, `cpu_count`, `urandom`,
//! `strerror`, `fspath`, `putenv`/`unsetenv`, `uname`.

use super::*;

// ---- process ----

pub(super) fn getpid(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(std::process::id() as i64))
}
pub(super) fn getppid(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    // SAFETY: always succeeds.
    Ok(ts.new_int(unsafe { libc::getppid() } as i64))
}
pub(super) fn getuid(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    // SAFETY: always succeeds.
    Ok(ts.new_int(unsafe { libc::getuid() } as i64))
}
pub(super) fn geteuid(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    // SAFETY: always succeeds.
    Ok(ts.new_int(unsafe { libc::geteuid() } as i64))
}
pub(super) fn getgid(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    // SAFETY: always succeeds.
    Ok(ts.new_int(unsafe { libc::getgid() } as i64))
}
pub(super) fn umask(ts: &ThreadState, _: &ObjRef, m: &ObjRef) -> PyResult<ObjRef> {
    let m = int_arg(ts, m)? as libc::mode_t;
    // SAFETY: always succeeds.
    Ok(ts.new_int(unsafe { libc::umask(m) } as i64))
}
pub(super) fn exit_now(ts: &ThreadState, _: &ObjRef, code: &ObjRef) -> PyResult<ObjRef> {
    let c = int_arg(ts, code)? as i32;
    std::process::exit(c)
}
pub(super) fn cpu_count(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(match std::thread::available_parallelism() {
        Ok(n) => ts.new_int(n.get() as i64),
        Err(_) => ts.none(),
    })
}
pub(super) fn urandom(ts: &ThreadState, _: &ObjRef, n: &ObjRef) -> PyResult<ObjRef> {
    let n = int_arg(ts, n)?;
    if n < 0 {
        return Err(ts.value_error("negative argument not allowed"));
    }
    let mut v = vec![0u8; n as usize];
    let mut got = 0;
    while got < v.len() {
        // SAFETY: a buffer of its length.
        let r = retry_eintr(ts, || unsafe {
            libc::getrandom(v[got..].as_mut_ptr().cast(), v.len() - got, 0)
        })?;
        got += r as usize;
    }
    Ok(ts.new_bytes(v))
}
pub(super) fn strerror(ts: &ThreadState, _: &ObjRef, code: &ObjRef) -> PyResult<ObjRef> {
    let c = int_arg(ts, code)? as i32;
    Ok(ts.new_string(crate::modules::io::strerror(c)))
}
pub(super) fn fspath_fn(ts: &ThreadState, _: &ObjRef, p: &ObjRef) -> PyResult<ObjRef> {
    fspath(ts, p)
}

pub(super) fn env_bytes(ts: &ThreadState, o: &ObjRef, what: &str) -> PyResult<CString> {
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
pub(super) fn putenv(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
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
pub(super) fn unsetenv(ts: &ThreadState, _: &ObjRef, k: &ObjRef) -> PyResult<ObjRef> {
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

pub(super) fn uname(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
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

// ---- child processes ----

/// The `register_at_fork` hooks: before (run last registered first), in the parent, in the
/// child. They live as long as the interpreter (CPython keeps them on the interpreter).
#[derive(Default)]
struct AtFork {
    before: Vec<ObjRef>,
    parent: Vec<ObjRef>,
    child: Vec<ObjRef>,
}

thread_local! {
    static AT_FORK: RefCell<AtFork> = RefCell::new(AtFork::default());
}

/// Calls each hook; an exception is reported as unraisable and the rest still run.
fn run_hooks(ts: &ThreadState, hooks: Vec<ObjRef>) {
    for h in hooks {
        if let Err(e) = ab::call(ts, &h, &[]) {
            drop(e);
        }
    }
}

pub(super) fn register_at_fork(
    ts: &ThreadState,
    _: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "register_at_fork",
        names: &["before", "after_in_child", "after_in_parent"],
        required: 0,
        posonly: 0,
        kwonly: 0,
    };
    let hooks = args::parse::<3>(ts, &SPEC, a, kw)?;
    if hooks.iter().all(|h| h.is_none()) {
        return Err(ts.type_error("At least one argument is required."));
    }
    for (h, n) in hooks.iter().zip(SPEC.names) {
        if let Some(h) = h
            && h.typ().slots().call.is_none()
        {
            return Err(ts.type_error(format!("'{n}' must be callable, not {}", h.typ().name())));
        }
    }
    let [before, child, parent] = hooks;
    AT_FORK.with_borrow_mut(|f| {
        f.before.extend(before);
        f.child.extend(child);
        f.parent.extend(parent);
    });
    Ok(ts.none())
}

pub(super) fn fork(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    let before: Vec<ObjRef> = AT_FORK.with_borrow(|f| f.before.iter().rev().cloned().collect());
    run_hooks(ts, before);
    // SAFETY: fork; the child continues in this single interpreter thread.
    let pid = ok_or_errno(ts, unsafe { libc::fork() })?;
    let after = AT_FORK.with_borrow(|f| {
        if pid == 0 {
            f.child.clone()
        } else {
            f.parent.clone()
        }
    });
    run_hooks(ts, after);
    Ok(ts.new_int(pid as i64))
}

/// The NUL-terminated byte strings of an `argv` or `env` sequence item.
fn cstring_of(ts: &ThreadState, fname: &str, o: &ObjRef) -> PyResult<CString> {
    Ok(path_arg(ts, fname, o)?.c)
}

/// `execv`'s `argv`: a non-empty tuple or list whose first item is not empty.
fn argv_of(ts: &ThreadState, fname: &str, argv: &ObjRef) -> PyResult<Vec<CString>> {
    let items: Vec<ObjRef> =
        if let Some(t) = argv.downcast::<taipan_object::types::tuple::PyTuple>() {
            t.items().to_vec()
        } else if argv.is_a::<taipan_object::types::list::PyList>() {
            ab::collect(ts, argv)?
        } else {
            return Err(ts.type_error(format!("{fname}() arg 2 must be a tuple or list")));
        };
    if items.is_empty() {
        return Err(ts.value_error(format!("{fname}() arg 2 must not be empty")));
    }
    let v = items
        .iter()
        .map(|o| cstring_of(ts, fname, o))
        .collect::<PyResult<Vec<_>>>()?;
    if v[0].as_bytes().is_empty() {
        return Err(ts.value_error(format!("{fname}() arg 2 first element cannot be empty")));
    }
    Ok(v)
}

/// `KEY=VALUE` strings of an environment mapping.
pub(super) fn envp_of(ts: &ThreadState, env: &ObjRef) -> PyResult<Vec<CString>> {
    let keys = ab::collect(ts, &ab::call_method(ts, env, "keys", &[])?)?;
    let mut out = Vec::with_capacity(keys.len());
    for k in keys {
        let v = ab::getitem(ts, env, &k)?;
        let k = env_bytes(ts, &k, "name")?;
        let v = env_bytes(ts, &v, "value")?;
        if k.as_bytes().is_empty() || k.as_bytes()[1..].contains(&b'=') {
            return Err(ts.value_error("illegal environment variable name"));
        }
        let mut kv = k.into_bytes();
        kv.push(b'=');
        kv.extend_from_slice(v.as_bytes());
        out.push(CString::new(kv).map_err(|_| ts.value_error("embedded null byte"))?);
    }
    Ok(out)
}

fn ptrs(v: &[CString]) -> Vec<*const libc::c_char> {
    v.iter()
        .map(|c| c.as_ptr())
        .chain(std::iter::once(std::ptr::null()))
        .collect()
}

pub(super) fn execv(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "execv", a.len(), 2, 2)?;
    let p = path_arg(ts, "execv", &a[0])?;
    let argv = argv_of(ts, "execv", &a[1])?;
    let av = ptrs(&argv);
    // SAFETY: NUL-terminated strings and a NULL-terminated array that outlive the call.
    unsafe { libc::execv(p.c.as_ptr(), av.as_ptr()) };
    Err(os_error(ts, last_errno(), None))
}

pub(super) fn execve(
    ts: &ThreadState,
    _: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "execve",
        names: &["path", "argv", "env"],
        required: 3,
        posonly: 0,
        kwonly: 3,
    };
    let [path, argv, env] = args::parse::<3>(ts, &SPEC, a, kw)?;
    let p = path_arg(ts, "execve", &path.expect("required"))?;
    let argv = argv_of(ts, "execve", &argv.expect("required"))?;
    let env = env.expect("required");
    if ab::getattr_str(ts, &env, "keys").is_err() {
        return Err(ts.type_error("execve: environment must be a mapping object"));
    }
    let envp = envp_of(ts, &env)?;
    let (av, ev) = (ptrs(&argv), ptrs(&envp));
    // SAFETY: NUL-terminated strings and NULL-terminated arrays that outlive the call.
    unsafe { libc::execve(p.c.as_ptr(), av.as_ptr(), ev.as_ptr()) };
    Err(os_error(ts, last_errno(), Some(&p.obj)))
}

pub(super) fn waitpid(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "waitpid", a.len(), 2, 2)?;
    let pid = int_arg(ts, &a[0])? as libc::pid_t;
    let options = int_arg(ts, &a[1])? as i32;
    let mut status = 0;
    // SAFETY: waitpid with a status buffer.
    let r = retry_eintr(ts, || unsafe { libc::waitpid(pid, &mut status, options) })?;
    Ok(ts.new_tuple(vec![ts.new_int(r as i64), ts.new_int(status as i64)]))
}

pub(super) fn wait(ts: &ThreadState, m: &ObjRef) -> PyResult<ObjRef> {
    waitpid(ts, m, &[ts.new_int(-1), ts.new_int(0)])
}

pub(super) fn kill(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "kill", a.len(), 2, 2)?;
    let pid = int_arg(ts, &a[0])? as libc::pid_t;
    let sig = int_arg(ts, &a[1])? as i32;
    // SAFETY: kill(2).
    check(ts, unsafe { libc::kill(pid, sig) }, None)?;
    Ok(ts.none())
}

pub(super) fn killpg(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "killpg", a.len(), 2, 2)?;
    let pg = int_arg(ts, &a[0])? as libc::pid_t;
    let sig = int_arg(ts, &a[1])? as i32;
    // SAFETY: killpg(2).
    check(ts, unsafe { libc::killpg(pg, sig) }, None)?;
    Ok(ts.none())
}

pub(super) fn waitstatus_to_exitcode(
    ts: &ThreadState,
    _: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "waitstatus_to_exitcode",
        names: &["status"],
        required: 1,
        posonly: 0,
        kwonly: 1,
    };
    let [status] = args::parse::<1>(ts, &SPEC, a, kw)?;
    let status = int_arg(ts, &status.expect("required"))? as i32;
    if libc::WIFEXITED(status) {
        return Ok(ts.new_int(libc::WEXITSTATUS(status) as i64));
    }
    if libc::WIFSIGNALED(status) {
        return Ok(ts.new_int(-(libc::WTERMSIG(status) as i64)));
    }
    if libc::WIFSTOPPED(status) {
        return Err(ts.value_error(format!(
            "process stopped by delivery of signal {}",
            libc::WSTOPSIG(status)
        )));
    }
    Err(ts.value_error(format!("invalid wait status: {status}")))
}

macro_rules! wait_macro {
    ($name:ident, $f:expr, bool) => {
        #[allow(non_snake_case)]
        pub(super) fn $name(
            ts: &ThreadState,
            _: &ObjRef,
            a: &[ObjRef],
            kw: Option<&ObjRef>,
        ) -> PyResult<ObjRef> {
            let s = status_arg(ts, stringify!($name), a, kw)?;
            Ok(ts.bool_obj($f(s)))
        }
    };
    ($name:ident, $f:expr, int) => {
        #[allow(non_snake_case)]
        pub(super) fn $name(
            ts: &ThreadState,
            _: &ObjRef,
            a: &[ObjRef],
            kw: Option<&ObjRef>,
        ) -> PyResult<ObjRef> {
            let s = status_arg(ts, stringify!($name), a, kw)?;
            Ok(ts.new_int($f(s) as i64))
        }
    };
}

fn status_arg(
    ts: &ThreadState,
    fname: &'static str,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<i32> {
    let spec = ArgSpec {
        fname,
        names: &["status"],
        required: 1,
        posonly: 0,
        kwonly: 1,
    };
    let [status] = args::parse::<1>(ts, &spec, a, kw)?;
    Ok(int_arg(ts, &status.expect("required"))? as i32)
}

wait_macro!(WIFEXITED, libc::WIFEXITED, bool);
wait_macro!(WEXITSTATUS, libc::WEXITSTATUS, int);
wait_macro!(WIFSIGNALED, libc::WIFSIGNALED, bool);
wait_macro!(WTERMSIG, libc::WTERMSIG, int);
wait_macro!(WIFSTOPPED, libc::WIFSTOPPED, bool);
wait_macro!(WSTOPSIG, libc::WSTOPSIG, int);
wait_macro!(WCOREDUMP, libc::WCOREDUMP, bool);
wait_macro!(WIFCONTINUED, libc::WIFCONTINUED, bool);

static TIMES_RESULT: StructSeqDesc = StructSeqDesc {
    name: "posix.times_result",
    fields: &[
        "user",
        "system",
        "children_user",
        "children_system",
        "elapsed",
    ],
    doc: "times_result: Result from os.times().",
    instantiable: true,
};

pub(super) fn times_type(ts: &ThreadState) -> ObjRef {
    thread_local! {
        static T: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
    }
    T.with_borrow_mut(|t| {
        t.get_or_insert_with(|| structseq::new_type(ts, &TIMES_RESULT))
            .clone()
    })
}

pub(super) fn times(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    // SAFETY: a zeroed tms for times(2) to fill.
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    // SAFETY: times(2) with a buffer.
    let c = unsafe { libc::times(&mut t) };
    if c == !0 {
        return Err(os_error(ts, last_errno(), None));
    }
    // SAFETY: sysconf.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    let f = |v: libc::clock_t| ts.new_float(v as f64 / hz);
    Ok(structseq::new(
        ts,
        &times_type(ts),
        vec![
            f(t.tms_utime),
            f(t.tms_stime),
            f(t.tms_cutime),
            f(t.tms_cstime),
            f(c),
        ],
    ))
}

pub(super) fn getpgrp(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    // SAFETY: always succeeds.
    Ok(ts.new_int(unsafe { libc::getpgrp() } as i64))
}
pub(super) fn getegid(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    // SAFETY: always succeeds.
    Ok(ts.new_int(unsafe { libc::getegid() } as i64))
}
pub(super) fn setsid(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    // SAFETY: setsid(2).
    ok_or_errno(ts, unsafe { libc::setsid() })?;
    Ok(ts.none())
}
pub(super) fn getgroups(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    let mut v = vec![0 as libc::gid_t; 256];
    // SAFETY: a buffer of its length.
    let n = ok_or_errno(ts, unsafe {
        libc::getgroups(v.len() as i32, v.as_mut_ptr())
    })?;
    v.truncate(n as usize);
    Ok(ts.new_list(v.into_iter().map(|g| ts.new_int(g as i64)).collect()))
}
pub(super) fn system(
    ts: &ThreadState,
    _: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "system",
        names: &["command"],
        required: 1,
        posonly: 0,
        kwonly: 1,
    };
    let [cmd] = args::parse::<1>(ts, &SPEC, a, kw)?;
    let c = path_arg(ts, "system", &cmd.expect("required"))?;
    use std::io::Write;
    let _ = std::io::stdout().flush();
    // SAFETY: a NUL-terminated command.
    let r = unsafe { libc::system(c.c.as_ptr()) };
    Ok(ts.new_int(r as i64))
}

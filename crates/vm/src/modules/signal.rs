//! The `_signal` module (CPython's `Modules/signalmodule.c`): Python-level handlers, which
//! the OS-level handler only records (a per-signal flag plus the thread state's `interrupt`
//! flag); the eval loop sees `interrupt` at `RESUME` and backward jumps and calls
//! [`run_pending`], which runs the handlers between bytecodes as CPython's pending calls do.
//! SIGINT's default handler is `default_int_handler` (KeyboardInterrupt): the interpreter
//! thread installs the OS-level handler at start ([`install_sigint`]) without `SA_RESTART`,
//! so a blocking system call (`read`, `select`, `waitpid`) returns EINTR and raises at once;
//! the CLI blocks SIGINT on its other threads so that the interpreter thread receives it. Also `alarm`, `setitimer`/`getitimer`, `raise_signal`,
//! `strsignal`, `valid_signals`, `pthread_sigmask`, `pause`, `siginterrupt`, `set_wakeup_fd`.

use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

use taipan_object::abstract_ as ab;
use taipan_object::typeobj::{Meth, MethodDef};
use taipan_object::{ObjRef, PyErr, PyResult, ThreadState};

/// `signal.NSIG` on Linux.
const NSIG: usize = 65;

#[allow(clippy::declare_interior_mutable_const)]
const UNSET: AtomicBool = AtomicBool::new(false);
/// Signals received and not yet handled.
static TRIPPED: [AtomicBool; NSIG] = [UNSET; NSIG];
/// Some signal is in [`TRIPPED`] (`is_tripped` of CPython): what tells a Ctrl-C from the
/// tracer's use of `interrupt` (`sys::settrace` keeps it set while a tracer is installed).
static ANY_TRIPPED: AtomicBool = AtomicBool::new(false);
/// The interpreter thread's `interrupt` flag (what the eval loop polls).
static WAKE: OnceLock<Arc<AtomicBool>> = OnceLock::new();

thread_local! {
    /// The Python-level handler of each signal (`None`: never set, the OS default).
    static HANDLERS: RefCell<Vec<Option<ObjRef>>> = RefCell::new(vec![None; NSIG]);
    /// `default_int_handler`, once the module was made.
    static DEFAULT_INT: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
}

/// The interpreter thread (`pthread_t`; 0 when none): a signal delivered to another thread is
/// passed on to it, so that its blocking system call returns EINTR.
static INTERPRETER_THREAD: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

extern "C" fn on_signal(sig: libc::c_int) {
    let main = INTERPRETER_THREAD.load(Ordering::SeqCst);
    // SAFETY: pthread_self and pthread_kill are async-signal-safe; `main` is a live thread
    // (cleared by `detach_thread` before it ends).
    if main != 0 && unsafe { libc::pthread_self() } as usize != main {
        unsafe { libc::pthread_kill(main as libc::pthread_t, sig) };
        return;
    }
    if let Some(t) = TRIPPED.get(sig as usize) {
        t.store(true, Ordering::SeqCst);
    }
    ANY_TRIPPED.store(true, Ordering::SeqCst);
    if let Some(w) = WAKE.get() {
        w.store(true, Ordering::SeqCst);
    }
}

fn errno_error(ts: &ThreadState) -> PyErr {
    crate::modules::io::last_os_error(ts, None)
}

fn signum(ts: &ThreadState, o: &ObjRef) -> PyResult<usize> {
    let n = super::common::index_i64(ts, o)?;
    if n < 1 || n as usize >= NSIG {
        return Err(ts.value_error("signal number out of range"));
    }
    Ok(n as usize)
}

fn int_const(ts: &ThreadState, v: i64) -> ObjRef {
    ts.new_int(v)
}

/// The handler a signal has now, as `getsignal` reports it.
fn current(ts: &ThreadState, sig: usize) -> ObjRef {
    if let Some(h) = HANDLERS.with(|h| h.borrow()[sig].clone()) {
        return h;
    }
    if sig == libc::SIGINT as usize
        && let Some(d) = DEFAULT_INT.with(|d| d.borrow().clone())
    {
        return d;
    }
    // What the OS has: SIG_IGN (1) or SIG_DFL (0).
    let mut old: libc::sigaction = unsafe { std::mem::zeroed() };
    // SAFETY: a query of the current action, into a zeroed struct.
    let r = unsafe { libc::sigaction(sig as libc::c_int, std::ptr::null(), &mut old) };
    if r == 0 && old.sa_sigaction == libc::SIG_IGN {
        int_const(ts, 1)
    } else if r == 0 && old.sa_sigaction == libc::SIG_DFL {
        int_const(ts, 0)
    } else {
        ts.none()
    }
}

fn install_os(ts: &ThreadState, sig: usize, action: libc::sighandler_t) -> PyResult<()> {
    let mut sa: libc::sigaction = unsafe { std::mem::zeroed() };
    sa.sa_sigaction = action;
    sa.sa_flags = libc::SA_ONSTACK;
    // SAFETY: a valid action; the handler only stores to atomics.
    let r = unsafe {
        libc::sigemptyset(&mut sa.sa_mask);
        libc::sigaction(sig as libc::c_int, &sa, std::ptr::null_mut())
    };
    if r != 0 {
        return Err(errno_error(ts));
    }
    Ok(())
}

/// `signal(signalnum, handler)`.
fn signal(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    taipan_object::args::check_positional(ts, "signal", a.len(), 2, 2)?;
    let sig = signum(ts, &a[0])?;
    let h = &a[1];
    let as_int = h
        .is_a::<taipan_object::types::int::PyInt>()
        .then(|| taipan_object::types::int::as_i64(h))
        .flatten();
    let action = match as_int {
        Some(0) => libc::SIG_DFL,
        Some(1) => libc::SIG_IGN,
        _ if h.typ().slots().call.is_some() => on_signal as *const () as libc::sighandler_t,
        _ => {
            return Err(ts.type_error(
                "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
            ));
        }
    };
    let old = current(ts, sig);
    install_os(ts, sig, action)?;
    HANDLERS.with(|hs| hs.borrow_mut()[sig] = Some(h.clone()));
    Ok(old)
}

fn getsignal(ts: &ThreadState, _: &ObjRef, s: &ObjRef) -> PyResult<ObjRef> {
    let sig = signum(ts, s)?;
    Ok(current(ts, sig))
}

fn default_int_handler(ts: &ThreadState, _: &ObjRef, _: &[ObjRef]) -> PyResult<ObjRef> {
    Err(ts.new_error_args(&ts.exc.keyboard_interrupt, vec![]))
}

/// Runs the handlers of the signals received since the last call (the eval loop calls it when
/// `interrupt` is set); the first exception a handler raises is returned.
pub fn run_pending(ts: &ThreadState) -> PyResult<()> {
    ts.interrupt.store(false, Ordering::SeqCst);
    if crate::sys::settrace::active() {
        // The tracer's switch request stays up (every plain loop must still see it).
        ts.interrupt.store(true, Ordering::SeqCst);
    }
    if !ANY_TRIPPED.swap(false, Ordering::SeqCst) {
        return Ok(());
    }
    for (sig, t) in TRIPPED.iter().enumerate() {
        if !t.swap(false, Ordering::SeqCst) {
            continue;
        }
        call_handler(ts, sig)?;
    }
    Ok(())
}

/// The interpreter thread is ending: signals are no longer passed on to it.
pub fn detach_thread() {
    // SAFETY: no preconditions.
    let me = unsafe { libc::pthread_self() } as usize;
    let _ = INTERPRETER_THREAD.compare_exchange(me, 0, Ordering::SeqCst, Ordering::SeqCst);
}

/// A signal arrived and its handler has not run yet.
#[inline]
pub fn tripped() -> bool {
    ANY_TRIPPED.load(Ordering::SeqCst)
}

/// The interpreter thread's start (CPython's `signal_install_handlers`): SIGINT raises
/// KeyboardInterrupt through [`run_pending`] unless the process inherited it ignored; no
/// `SA_RESTART`, so that a blocking system call returns EINTR.
pub fn install_sigint(ts: &ThreadState) {
    let _ = WAKE.set(ts.interrupt.clone());
    // SAFETY: no preconditions.
    let me = unsafe { libc::pthread_self() } as usize;
    INTERPRETER_THREAD.store(me, Ordering::SeqCst);
    let mut old: libc::sigaction = unsafe { std::mem::zeroed() };
    // SAFETY: a query into a zeroed struct.
    let r = unsafe { libc::sigaction(libc::SIGINT, std::ptr::null(), &mut old) };
    if r == 0 && old.sa_sigaction != libc::SIG_IGN && old.sa_sigaction != libc::SIG_DFL {
        return; // a handler of ours (or the embedder's) is already there
    }
    if r == 0 && old.sa_sigaction == libc::SIG_DFL {
        let _ = install_os(
            ts,
            libc::SIGINT as usize,
            on_signal as *const () as libc::sighandler_t,
        );
    }
}

fn call_handler(ts: &ThreadState, sig: usize) -> PyResult<()> {
    let h = HANDLERS.with(|h| h.borrow()[sig].clone());
    let Some(h) = h.filter(|h| !h.is_a::<taipan_object::types::int::PyInt>()) else {
        if sig == libc::SIGINT as usize {
            return Err(ts.new_error_args(&ts.exc.keyboard_interrupt, vec![]));
        }
        return Ok(());
    };
    let frame = crate::sys::sys_attr(ts, "_getframe")
        .and_then(|f| ab::call(ts, &f, &[]).ok())
        .unwrap_or_else(|| ts.none());
    ab::call(ts, &h, &[ts.new_int(sig as i64), frame])?;
    Ok(())
}

fn raise_signal(ts: &ThreadState, _: &ObjRef, s: &ObjRef) -> PyResult<ObjRef> {
    let sig = signum(ts, s)?;
    // SAFETY: raising a signal at this thread.
    if unsafe { libc::raise(sig as libc::c_int) } != 0 {
        return Err(errno_error(ts));
    }
    if ts.interrupt.load(Ordering::SeqCst) {
        run_pending(ts)?;
    }
    Ok(ts.none())
}

fn alarm(ts: &ThreadState, _: &ObjRef, s: &ObjRef) -> PyResult<ObjRef> {
    let n = super::common::index_i64(ts, s)?;
    // SAFETY: alarm(2) has no memory effects.
    let old = unsafe { libc::alarm(n.clamp(0, u32::MAX as i64) as u32) };
    Ok(ts.new_int(old as i64))
}

fn pause(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    // SAFETY: pause(2) returns when a signal is caught.
    unsafe { libc::pause() };
    run_pending(ts)?;
    Ok(ts.none())
}

fn timeval(secs: f64) -> libc::timeval {
    let s = secs.max(0.0);
    let mut sec = s.trunc() as libc::time_t;
    let mut usec = ((s - s.trunc()) * 1e6).round() as libc::suseconds_t;
    if usec >= 1_000_000 {
        sec += 1;
        usec -= 1_000_000;
    }
    // CPython rounds a positive time below a microsecond up to one (so the timer is set).
    if sec == 0 && usec == 0 && secs > 0.0 {
        usec = 1;
    }
    libc::timeval {
        tv_sec: sec,
        tv_usec: usec,
    }
}

fn pair_of(ts: &ThreadState, v: &libc::itimerval) -> ObjRef {
    let f = |t: &libc::timeval| ts.new_float(t.tv_sec as f64 + t.tv_usec as f64 * 1e-6);
    ts.new_tuple(vec![f(&v.it_value), f(&v.it_interval)])
}

fn itimer_error(ts: &ThreadState) -> PyErr {
    let e = std::io::Error::last_os_error();
    let cls = ITIMER_ERROR
        .with(|c| c.borrow().clone())
        .unwrap_or_else(|| ts.exc.os_error.clone());
    ts.new_error_args(
        &cls,
        vec![
            ts.new_int(e.raw_os_error().unwrap_or(0) as i64),
            ts.new_string(e.to_string()),
        ],
    )
}

thread_local! {
    static ITIMER_ERROR: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
}

fn setitimer(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    taipan_object::args::check_positional(ts, "setitimer", a.len(), 2, 3)?;
    let which = super::common::index_i64(ts, &a[0])?;
    let secs = taipan_object::types::float::to_f64(ts, &a[1])?;
    let interval = match a.get(2) {
        Some(i) => taipan_object::types::float::to_f64(ts, i)?,
        None => 0.0,
    };
    let new = libc::itimerval {
        it_value: timeval(secs),
        it_interval: timeval(interval),
    };
    let mut old: libc::itimerval = unsafe { std::mem::zeroed() };
    // SAFETY: valid in and out structs.
    if unsafe { libc::setitimer(which as libc::c_int, &new, &mut old) } != 0 {
        return Err(itimer_error(ts));
    }
    Ok(pair_of(ts, &old))
}

fn getitimer(ts: &ThreadState, _: &ObjRef, w: &ObjRef) -> PyResult<ObjRef> {
    let which = super::common::index_i64(ts, w)?;
    let mut cur: libc::itimerval = unsafe { std::mem::zeroed() };
    // SAFETY: a valid out struct.
    if unsafe { libc::getitimer(which as libc::c_int, &mut cur) } != 0 {
        return Err(itimer_error(ts));
    }
    Ok(pair_of(ts, &cur))
}

fn strsignal(ts: &ThreadState, _: &ObjRef, s: &ObjRef) -> PyResult<ObjRef> {
    let sig = signum(ts, s)?;
    // SAFETY: strsignal returns a NUL-terminated string (or NULL).
    let p = unsafe { libc::strsignal(sig as libc::c_int) };
    if p.is_null() {
        return Ok(ts.none());
    }
    // SAFETY: non-null, NUL-terminated.
    let text = unsafe { std::ffi::CStr::from_ptr(p) }
        .to_string_lossy()
        .into_owned();
    if text.starts_with("Unknown signal") {
        return Ok(ts.none());
    }
    Ok(ts.new_string(text))
}

fn sigset_to_set(ts: &ThreadState, set: &libc::sigset_t) -> PyResult<ObjRef> {
    let items: Vec<ObjRef> = (1..NSIG)
        // SAFETY: a valid set and signal number.
        .filter(|&s| unsafe { libc::sigismember(set, s as libc::c_int) } == 1)
        .map(|s| ts.new_int(s as i64))
        .collect();
    ab::call(ts, &ts.types.set, &[ts.new_list(items)])
}

fn valid_signals(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: fills a valid set.
    unsafe { libc::sigfillset(&mut set) };
    sigset_to_set(ts, &set)
}

fn pthread_sigmask(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    taipan_object::args::check_positional(ts, "pthread_sigmask", a.len(), 2, 2)?;
    let how = super::common::index_i64(ts, &a[0])?;
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: valid sets.
    unsafe { libc::sigemptyset(&mut set) };
    for s in ab::collect(ts, &a[1])? {
        let n = super::common::index_i64(ts, &s)?;
        if n < 1 || n as usize >= NSIG {
            return Err(ts.value_error(format!("signal number {n} out of range [1; {}]", NSIG - 1)));
        }
        unsafe { libc::sigaddset(&mut set, n as libc::c_int) };
    }
    let mut old: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: valid sets.
    let r = unsafe { libc::pthread_sigmask(how as libc::c_int, &set, &mut old) };
    if r != 0 {
        return Err(crate::modules::io::os_error(ts, r, None));
    }
    sigset_to_set(ts, &old)
}

fn sigpending(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: a valid out set.
    unsafe { libc::sigpending(&mut set) };
    sigset_to_set(ts, &set)
}

fn siginterrupt(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    taipan_object::args::check_positional(ts, "siginterrupt", a.len(), 2, 2)?;
    signum(ts, &a[0])?;
    Ok(ts.none())
}

fn set_wakeup_fd(
    ts: &ThreadState,
    _: &ObjRef,
    _: &[ObjRef],
    _: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    Ok(ts.new_int(-1))
}

fn pthread_kill(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    taipan_object::args::check_positional(ts, "pthread_kill", a.len(), 2, 2)?;
    let sig = super::common::index_i64(ts, &a[1])?;
    // SAFETY: the calling thread (taipan runs Python on one thread).
    let r = unsafe { libc::pthread_kill(libc::pthread_self(), sig as libc::c_int) };
    if r != 0 {
        return Err(crate::modules::io::os_error(ts, r, None));
    }
    if ts.interrupt.load(Ordering::SeqCst) {
        run_pending(ts)?;
    }
    Ok(ts.none())
}

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::new("signal", Meth::Fast(signal)),
    MethodDef::new("getsignal", Meth::O(getsignal)),
    MethodDef::new("default_int_handler", Meth::Fast(default_int_handler)),
    MethodDef::new("raise_signal", Meth::O(raise_signal)),
    MethodDef::new("alarm", Meth::O(alarm)),
    MethodDef::new("pause", Meth::NoArgs(pause)),
    MethodDef::new("setitimer", Meth::Fast(setitimer)),
    MethodDef::new("getitimer", Meth::O(getitimer)),
    MethodDef::new("strsignal", Meth::O(strsignal)),
    MethodDef::new("valid_signals", Meth::NoArgs(valid_signals)),
    MethodDef::new("pthread_sigmask", Meth::Fast(pthread_sigmask)),
    MethodDef::new("pthread_kill", Meth::Fast(pthread_kill)),
    MethodDef::new("sigpending", Meth::NoArgs(sigpending)),
    MethodDef::new("siginterrupt", Meth::Fast(siginterrupt)),
    MethodDef::new("set_wakeup_fd", Meth::FastKw(set_wakeup_fd)),
];

static CONSTANTS: &[(&str, i64)] = &[
    ("SIG_DFL", 0),
    ("SIG_IGN", 1),
    ("NSIG", NSIG as i64),
    ("SIG_BLOCK", libc::SIG_BLOCK as i64),
    ("SIG_UNBLOCK", libc::SIG_UNBLOCK as i64),
    ("SIG_SETMASK", libc::SIG_SETMASK as i64),
    ("ITIMER_REAL", libc::ITIMER_REAL as i64),
    ("ITIMER_VIRTUAL", libc::ITIMER_VIRTUAL as i64),
    ("ITIMER_PROF", libc::ITIMER_PROF as i64),
    ("SIGHUP", 1),
    ("SIGINT", 2),
    ("SIGQUIT", 3),
    ("SIGILL", 4),
    ("SIGTRAP", 5),
    ("SIGABRT", 6),
    ("SIGIOT", 6),
    ("SIGBUS", 7),
    ("SIGFPE", 8),
    ("SIGKILL", 9),
    ("SIGUSR1", 10),
    ("SIGSEGV", 11),
    ("SIGUSR2", 12),
    ("SIGPIPE", 13),
    ("SIGALRM", 14),
    ("SIGTERM", 15),
    ("SIGSTKFLT", 16),
    ("SIGCHLD", 17),
    ("SIGCLD", 17),
    ("SIGCONT", 18),
    ("SIGSTOP", 19),
    ("SIGTSTP", 20),
    ("SIGTTIN", 21),
    ("SIGTTOU", 22),
    ("SIGURG", 23),
    ("SIGXCPU", 24),
    ("SIGXFSZ", 25),
    ("SIGVTALRM", 26),
    ("SIGPROF", 27),
    ("SIGWINCH", 28),
    ("SIGIO", 29),
    ("SIGPOLL", 29),
    ("SIGPWR", 30),
    ("SIGSYS", 31),
    ("SIGRTMIN", 34),
    ("SIGRTMAX", 64),
];

/// Makes the `_signal` module; from now on signals reach the eval loop through it.
pub fn make(ts: &ThreadState) -> ObjRef {
    let m = ts.new_builtin_module("_signal", FUNCTIONS);
    for (name, v) in CONSTANTS {
        super::common::set_attr(ts, &m, name, ts.new_int(*v));
    }
    // SIGINT now arrives here (default_int_handler) unless the process ignores it.
    install_sigint(ts);
    if let Ok(d) = ab::getattr_str(ts, &m, "default_int_handler") {
        DEFAULT_INT.with(|x| *x.borrow_mut() = Some(d));
    }
    let ns = ts.new_dict();
    if let Some(d) = ns.downcast::<taipan_object::types::dict::PyDict>() {
        let _ = d.set_item_str(ts, "__module__", ts.new_str("signal"));
    }
    let bases = ts.new_tuple(vec![ts.exc.os_error.clone()]);
    let err = ab::call(
        ts,
        &ts.types.type_,
        &[ts.new_str("itimer_error"), bases, ns],
    )
    .unwrap_or_else(|_| ts.exc.os_error.clone());
    ITIMER_ERROR.with(|c| *c.borrow_mut() = Some(err.clone()));
    super::common::set_attr(ts, &m, "ItimerError", err);
    m
}

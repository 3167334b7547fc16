//! Rust panics on the interpreter thread: never Rust's `thread ... panicked at` text.
//!
//! [`install`] (the interpreter thread's start) sets a panic hook that, on a registered thread,
//! only records the panic (its message, its Rust location and the Python stack at that moment)
//! and prints nothing; the code that catches the unwind decides what the user sees:
//! - [`recover`], from `eval::eval`'s `catch_unwind` (one per entry into the eval loop, none
//!   per instruction or call): the frames that entry pushed get their traceback entries and
//!   are popped, and the entry returns `SystemError` (CPython's exception for an internal
//!   error), so the program's traceback shows where and `except` clauses see it;
//! - the guards of codegen, `compile()` of an AST and `_sre` turn it into their own exception;
//! - [`fatal`], for a panic outside any eval loop (the thread's top level): CPython's
//!   `Py_FatalError` output (`Fatal Python error: ...`, then the Python stack as faulthandler
//!   prints it) and `abort()` (status 134, killed by SIGABRT), as CPython's fatal errors end.
//!
//! With `TAIPAN_PANIC=abort` (the fuzzer's setting) every panic is fatal, so that no `except`
//! hides one. Threads that did not call [`install`] (the CLI's own, tests) keep Rust's default
//! report.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::sync::Once;

use taipan_object::abstract_::str_of;
use taipan_object::{PyErr, ThreadState};

use crate::frame::{Frame, VmState};

thread_local! {
    /// This thread reports panics the Python way.
    static REGISTERED: Cell<bool> = const { Cell::new(false) };
    /// The last panic: its message with its Rust location, and the Python stack then.
    static LAST: RefCell<Option<(String, String)>> = const { RefCell::new(None) };
}

static HOOK: Once = Once::new();

/// Makes this thread's panics silent and recorded (see the module doc); the hook is set once
/// per process, keeping the previous one for other threads.
pub fn install() {
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if REGISTERED.try_with(|r| r.get()).unwrap_or(false) {
                let message = match info.location() {
                    Some(l) => format!(
                        "{} ({}:{})",
                        payload_text(info.payload()),
                        l.file(),
                        l.line()
                    ),
                    None => payload_text(info.payload()),
                };
                let stack = python_stack();
                let _ = LAST.try_with(|l| l.replace(Some((message, stack))));
            } else {
                previous(info);
            }
        }));
    });
    REGISTERED.set(true);
}

/// The text a panic's payload carries.
fn payload_text(p: &(dyn Any + Send)) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = p.downcast_ref::<String>() {
        s.clone()
    } else {
        "Box<dyn Any>".to_string()
    }
}

/// The recorded panic (message, Python stack), or the payload's text when none was recorded.
fn take(payload: &(dyn Any + Send)) -> (String, String) {
    LAST.try_with(|l| l.take())
        .ok()
        .flatten()
        .unwrap_or_else(|| (payload_text(payload), String::new()))
}

/// The thread's Python stack, most recent call first, as faulthandler's `dump_traceback`
/// writes it (`  File "x.py", line 3 in f`).
fn python_stack() -> String {
    let vm = crate::frame::vm();
    let mut out = String::new();
    // SAFETY: the thread's own VM state; frames below the vector's length are live. Only
    // immutable parts of code objects are read.
    unsafe {
        for f in (*vm).frames.iter().rev() {
            out.push_str(&frame_line(f));
        }
    }
    out
}

fn frame_line(f: &Frame) -> String {
    let c = f.code();
    let line = c
        .code
        .addr2line(f.lasti)
        .map_or("???".to_string(), |l| l.to_string());
    format!(
        "  File \"{}\", line {} in {}\n",
        str_of(&c.filename),
        line,
        str_of(&c.name)
    )
}

/// A panic caught by the eval loop entered with the frame at `depth`: the frames from the top
/// down to `depth` get their traceback entries and are popped (their slots cleared), and the
/// panic becomes `SystemError` raised from the entry.
///
/// # Safety
/// `vm` is the thread's VM state; `depth` is the entry's frame index (live or already popped).
pub unsafe fn recover(
    ts: &ThreadState,
    vm: *mut VmState,
    depth: usize,
    payload: Box<dyn Any + Send>,
) -> PyErr {
    if std::env::var_os("TAIPAN_PANIC").is_some_and(|v| v == "abort") {
        fatal(payload);
    }
    let (message, _) = take(&*payload);
    let err = ts.system_error(format!("internal error (Rust panic): {message}"));
    let exc = err.into_value();
    // SAFETY: by contract; each popped frame's slots are all valid `Option<ObjRef>`s.
    unsafe {
        while (*vm).frames.len() > depth {
            let i = (*vm).frames.len() - 1;
            let f = (*vm).frames.as_mut_ptr().add(i);
            crate::eval::add_traceback(ts, vm, f, &exc);
            let c = (*f).code();
            let end = (*f).base.add(c.nlocalsplus + c.code.stacksize as usize);
            crate::frame::pop_frame(ts, vm, end);
        }
    }
    PyErr::from_instance(exc)
}

/// A panic that reached the interpreter thread's top level: CPython's fatal error report, then
/// `abort()`.
pub fn fatal(payload: Box<dyn Any + Send>) -> ! {
    let (message, stack) = take(&*payload);
    report_fatal(&message, &stack)
}

/// CPython's `Py_FatalError(message)`: the report with the thread's Python stack now, then
/// `abort()`.
pub fn fatal_error(message: &str) -> ! {
    report_fatal(message, &python_stack())
}

fn report_fatal(message: &str, stack: &str) -> ! {
    crate::builtins::flush_stdout();
    // SAFETY: pthread_self has no preconditions.
    let thread = unsafe { libc::pthread_self() } as usize;
    let mut text = format!(
        "Fatal Python error: {message}\nPython runtime state: initialized\n\nCurrent thread {thread:#018x} (most recent call first):\n"
    );
    if stack.is_empty() {
        text.push_str("  <no Python frame>\n");
    } else {
        text.push_str(stack);
    }
    use std::io::Write;
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes());
    let _ = err.flush();
    std::process::abort()
}

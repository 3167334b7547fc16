//! Rust panics never reach the user as Rust's text (`taipan_vm::panic`): a panic inside a builtin
//! becomes `SystemError` raised where the program called it (its traceback shows the call, an
//! `except SystemError` sees it), with no "panicked at" and no backtrace on stderr even with
//! `RUST_BACKTRACE=1`; a fatal error prints CPython's `Fatal Python error` report with the Python
//! stack and aborts (SIGABRT, as `Py_FatalError`). The panics come from `_taipan_testing`.

use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Output};

fn run(code: &str) -> (Output, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_taipan"))
        .args(["-c", code])
        .env("RUST_BACKTRACE", "1")
        .output()
        .expect("taipan runs");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    (out, stdout, stderr)
}

#[test]
fn a_panic_in_a_builtin_is_a_system_error() {
    let (out, stdout, stderr) = run("import _taipan_testing\n\
         def f():\n    _taipan_testing.panic('boom')\n\
         def g():\n    try:\n        f()\n    except SystemError as e:\n        print('caught', e)\n\
         g = lambda: [f() for _ in '1']\n\
         f()\n");
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_eq!(stdout, "");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!stderr.contains("stack backtrace"), "{stderr}");
    assert!(
        stderr.starts_with(
            "Traceback (most recent call last):\n  File \"<string>\", line 10, in <module>\n  \
             File \"<string>\", line 3, in f\nSystemError: internal error (Rust panic): boom ("
        ),
        "{stderr}"
    );
}

/// The panic is caught at the entry of the eval loop it happened under (here the key
/// function's, called by `sorted`): the frames above that entry see a SystemError.
#[test]
fn a_system_error_from_a_panic_can_be_caught() {
    let (out, stdout, stderr) = run("import _taipan_testing\n\
         try:\n    sorted([2, 1], key=lambda x: _taipan_testing.panic(x))\n\
         except SystemError as e:\n    print('caught', type(e).__name__)\n\
         print('after')\n");
    assert!(out.status.success(), "{stderr}");
    assert_eq!(stdout, "caught SystemError\nafter\n", "{stderr}");
    assert_eq!(stderr, "");
}

#[test]
fn a_fatal_error_aborts_with_cpythons_report() {
    let (out, stdout, stderr) = run("import _taipan_testing\n\
         def f():\n    _taipan_testing.fatal_error('bad state')\n\
         print('before', end='')\n\
         f()\n");
    assert_eq!(out.status.signal(), Some(6), "{stderr}");
    assert_eq!(stdout, "before", "stdout is flushed first");
    let (head, stack) = stderr.split_once("(most recent call first):\n").unwrap();
    assert!(
        head.starts_with(
            "Fatal Python error: bad state\nPython runtime state: initialized\n\nCurrent thread 0x"
        ),
        "{stderr}"
    );
    assert_eq!(
        stack,
        "  File \"<string>\", line 3 in f\n  File \"<string>\", line 5 in <module>\n"
    );
}

//! Ctrl-C: SIGINT sent to a running taipan (a busy loop, a `time.sleep`, a `try/finally`;
//! programs in tests/sigint print "ready" first) raises KeyboardInterrupt: the traceback on
//! stderr ends in `KeyboardInterrupt`, `finally` blocks run, and the process ends killed by
//! SIGINT as CPython's does (it re-raises the signal with its default disposition: a shell
//! shows status 130). Also under `sys.settrace`, in a blocked `input()` or `os.read`, with a
//! Python-level handler, and at the prompt of the REPL reading a pipe.

use std::io::{BufRead, BufReader, Read};
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

fn interrupt(program: &str) -> (String, String, std::process::ExitStatus) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut child = Command::new(env!("CARGO_BIN_EXE_taipan"))
        .arg(format!("tests/sigint/{program}"))
        .current_dir(&root)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("taipan runs");
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    out.read_line(&mut first).expect("ready line");
    assert_eq!(first, "ready\n", "{program} did not start");
    std::thread::sleep(Duration::from_millis(300));
    send_sigint(child.id());
    let mut rest = String::new();
    out.read_to_string(&mut rest).expect("stdout");
    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err)
        .expect("stderr");
    let status = child.wait().expect("exit");
    (rest, err, status)
}

/// `kill -INT pid`.
fn send_sigint(pid: u32) {
    let status = Command::new("kill")
        .args(["-INT", &pid.to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success());
}

/// The run ended by an uncaught KeyboardInterrupt: its report last on stderr, the process
/// killed by SIGINT.
fn assert_interrupted(program: &str, err: &str, status: std::process::ExitStatus) {
    assert!(err.ends_with("\nKeyboardInterrupt\n"), "{program}: {err}");
    assert!(status.signal() == Some(2), "{program}: {status:?}");
}

/// As [`assert_interrupted`], the traceback showing `line`.
fn assert_traceback(program: &str, line: &str, err: &str, status: std::process::ExitStatus) {
    assert!(
        err.starts_with("Traceback (most recent call last):\n"),
        "{program}: {err}"
    );
    assert!(err.contains(line), "{program}: {err}");
    assert_interrupted(program, err, status);
}

fn check(program: &str, line: &str) {
    let (_, err, status) = interrupt(program);
    assert_traceback(program, line, &err, status);
}

#[test]
fn sigint_interrupts_a_busy_loop() {
    check("busy_loop.py", "    while True:\n");
}

#[test]
fn sigint_interrupts_time_sleep() {
    check("sleeping.py", "    time.sleep(100)\n");
}

#[test]
fn sigint_runs_finally_blocks() {
    let (out, err, status) = interrupt("try_finally.py");
    assert_eq!(out, "finally ran\n");
    assert_traceback("try_finally.py", "    while True:\n", &err, status);
}

#[test]
fn sigint_interrupts_a_blocked_input() {
    let (out, err, status) = interrupt("input_blocked.py");
    assert_eq!(out, "KeyboardInterrupt in input()\n", "{err}");
    assert!(!err.contains("EOFError"), "{err}");
    assert_interrupted("input_blocked.py", &err, status);
}

#[test]
fn sigint_interrupts_a_traced_loop() {
    check("traced_loop.py", "    while True:\n");
}

#[test]
fn sigint_interrupts_a_pipe_read() {
    check("pipe_read.py", "    os.read(r, 10)\n");
}

#[test]
fn sigint_runs_a_python_handler() {
    let (out, err, status) = interrupt("handler.py");
    assert_eq!(out, "handler ran 2\n", "{err}");
    assert_eq!(status.code(), Some(3), "{err}");
}

/// The REPL on a pipe: Ctrl-C at the prompt prints `KeyboardInterrupt` and a new prompt; during
/// a statement it reports KeyboardInterrupt with its traceback and the session goes on.
#[test]
fn sigint_in_the_piped_repl() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_taipan"))
        .arg("-i")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("taipan runs");
    let mut stdin = child.stdin.take().expect("stdin");
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    let mut line = String::new();
    stdin.write_all(b"print('one', flush=True)\n").unwrap();
    out.read_line(&mut line).unwrap();
    assert_eq!(line, "one\n");
    std::thread::sleep(Duration::from_millis(300));
    send_sigint(child.id());
    std::thread::sleep(Duration::from_millis(300));
    stdin
        .write_all(b"import time\nprint('two', flush=True); time.sleep(100)\n")
        .unwrap();
    line.clear();
    out.read_line(&mut line).unwrap();
    assert_eq!(line, "two\n");
    std::thread::sleep(Duration::from_millis(300));
    send_sigint(child.id());
    std::thread::sleep(Duration::from_millis(300));
    stdin.write_all(b"print('three')\n").unwrap();
    drop(stdin);
    let mut rest = String::new();
    out.read_to_string(&mut rest).unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err)
        .unwrap();
    let status = child.wait().expect("exit");
    assert_eq!(rest, "three\n", "{err}");
    assert!(status.success(), "{status:?} {err}");
    let tail = err
        .split_once('\n')
        .map_or("", |(_, t)| t)
        .split_once('\n')
        .map_or("", |(_, t)| t);
    assert_eq!(
        tail,
        ">>> >>> \nKeyboardInterrupt\n>>> >>> Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nKeyboardInterrupt\n>>> >>> \n",
        "{err}"
    );
}

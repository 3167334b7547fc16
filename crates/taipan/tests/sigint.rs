//! Ctrl-C: SIGINT sent to a running taipan (a busy loop, a `time.sleep`, a `try/finally`;
//! programs in tests/sigint print "ready" first) raises KeyboardInterrupt: the traceback on
//! stderr ends in `KeyboardInterrupt`, `finally` blocks run, and the process ends killed by
//! SIGINT as CPython's does (it re-raises the signal with its default disposition: a shell
//! shows status 130).

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
    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success());
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

fn check(program: &str, line: &str) {
    let (_, err, status) = interrupt(program);
    assert!(
        err.starts_with("Traceback (most recent call last):\n"),
        "{program}: {err}"
    );
    assert!(err.contains(line), "{program}: {err}");
    assert!(err.ends_with("\nKeyboardInterrupt\n"), "{program}: {err}");
    assert!(status.signal() == Some(2), "{program}: {status:?}");
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
    let (out, _, _) = interrupt("try_finally.py");
    assert_eq!(out, "finally ran\n");
    check("try_finally.py", "    while True:\n");
}

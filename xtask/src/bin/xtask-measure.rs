//! `xtask-measure OUT LIMIT_MS -- PROGRAM ARGS...`: the launcher through which `cargo xtask bench
//! programs` and `cargo xtask leakcheck` run what they measure. It runs PROGRAM with its own
//! stdio and environment, kills it after LIMIT_MS, reaps it with `wait4`, and writes
//! `wall_ns cpu_ns peak_rss_bytes exited code killed` to OUT (cpu: user + system time; code: the
//! exit status when exited is 1, else the number of the signal that ended the program).
//!
//! Why a process of its own, and a small one: Linux carries a process's peak RSS (`ru_maxrss`)
//! across `execve`, and a child made by fork or vfork starts from its parent's memory, so every
//! child reports at least its parent's peak. Measured from the xtask itself (7.5 MB at start,
//! 200 MB after `bench parse` has read the corpus) that floor would hide small interpreters. This
//! binary uses only std and libc, no mimalloc, and touches little: its floor is about 1 MB.

use std::process::{Command, ExitCode};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask-measure: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let [out, limit_ms, dashes, program, rest @ ..] = args else {
        return Err("usage: xtask-measure OUT LIMIT_MS -- PROGRAM ARGS...".into());
    };
    if dashes != "--" {
        return Err("expected `--` before the program".into());
    }
    let limit = Duration::from_millis(limit_ms.parse().map_err(|_| "bad LIMIT_MS")?);
    let start = Instant::now();
    let child = Command::new(program)
        .args(rest)
        .spawn()
        .map_err(|e| format!("cannot run {program}: {e}"))?;
    let pid = child.id() as libc::pid_t;
    let (done, watch) = mpsc::channel::<()>();
    let watchdog = thread::spawn(move || {
        let expired = watch.recv_timeout(limit).is_err();
        if expired {
            // SAFETY: kill(2) on the pid of our own child, which is not reaped yet: the main
            // thread reaps it only after this thread has decided.
            unsafe { libc::kill(pid, libc::SIGKILL) };
        }
        expired
    });
    let mut status: libc::c_int = 0;
    // SAFETY: an all-zero rusage is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let reaped = loop {
        // SAFETY: wait4 on our child's pid with valid pointers to locals.
        let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if r == -1 && std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
            continue;
        }
        break r;
    };
    let wall = start.elapsed();
    let _ = done.send(());
    let killed = watchdog.join().unwrap_or(false);
    // Reaped by hand above; dropping a Child never waits.
    drop(child);
    if reaped != pid {
        return Err(format!("wait4 failed: {}", std::io::Error::last_os_error()));
    }
    let exited = libc::WIFEXITED(status);
    let nanos = |t: libc::timeval| {
        t.tv_sec.max(0) as u128 * 1_000_000_000 + t.tv_usec.max(0) as u128 * 1000
    };
    let figures = format!(
        "{} {} {} {} {} {}\n",
        wall.as_nanos(),
        nanos(usage.ru_utime) + nanos(usage.ru_stime),
        // Linux reports ru_maxrss in kilobytes.
        usage.ru_maxrss.max(0) as u64 * 1024,
        u8::from(exited),
        if exited {
            libc::WEXITSTATUS(status)
        } else {
            libc::WTERMSIG(status)
        },
        u8::from(killed)
    );
    std::fs::write(out, figures).map_err(|e| format!("{out}: {e}"))
}

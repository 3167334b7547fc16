//! Measuring one child process from outside: wall time from spawn to reaping, and the child's
//! peak resident set size as the kernel reports it to `wait4` (`ru_maxrss`), with its stdout and
//! stderr captured and a time limit after which it is killed. Also where the interpreters come
//! from: the real CPython binary and a release build of taipan (or a binary given instead).

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// What one run of a child process did.
pub struct Measured {
    /// From just before spawning to just after `wait4` returned; nothing subtracted.
    pub wall: Duration,
    /// Peak resident set size of the child, in bytes.
    pub peak_rss: u64,
    /// The exit code, or `None` when a signal ended the child (`killed` says if it was ours).
    pub code: Option<i32>,
    pub killed: bool,
    pub stdout: String,
    pub stderr: String,
}

impl Measured {
    pub fn ok(&self) -> bool {
        self.code == Some(0)
    }

    /// One line saying why a run failed: the exception line of a traceback, else the first line
    /// of stderr, else the exit status.
    pub fn failure(&self) -> String {
        if self.killed {
            return "killed after the time limit".into();
        }
        let lines: Vec<&str> = self
            .stderr
            .lines()
            .filter(|l| !l.trim().is_empty())
            .collect();
        let line = if lines.first() == Some(&"Traceback (most recent call last):") {
            lines.last().copied()
        } else {
            lines.first().copied()
        };
        match (line, self.code) {
            (Some(line), _) => line.trim().to_string(),
            (None, Some(code)) => format!("exit status {code}, no stderr"),
            (None, None) => "killed by a signal, no stderr".into(),
        }
    }
}

/// Runs `command` to the end (killing it after `limit`) and measures it.
pub fn measure(command: &mut Command, limit: Duration) -> Result<Measured, String> {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let start = Instant::now();
    let mut child = command
        .spawn()
        .map_err(|e| format!("cannot run {:?}: {e}", command.get_program()))?;
    let pid = child.id() as libc::pid_t;
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());
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
    // Reaped by hand above; dropping a Child never waits, it only closes our ends.
    drop(child);
    if reaped != pid {
        return Err(format!("wait4 failed: {}", std::io::Error::last_os_error()));
    }
    let code = libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status));
    Ok(Measured {
        wall,
        // Linux reports ru_maxrss in kilobytes.
        peak_rss: usage.ru_maxrss.max(0) as u64 * 1024,
        code,
        killed,
        stdout: stdout.join().unwrap_or_default(),
        stderr: stderr.join().unwrap_or_default(),
    })
}

/// Reads a pipe to its end on a thread of its own, so a chatty child never blocks on a full pipe.
fn drain(pipe: Option<impl Read + Send + 'static>) -> thread::JoinHandle<String> {
    thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_end(&mut bytes);
        }
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

/// The taipan to measure: `given` (`--taipan-bin`), else `$TAIPAN_BIN`, else a release build
/// of the `taipan` package made now (`cargo build --release -p taipan`, into `$CARGO_TARGET_DIR`
/// or `target/`).
pub fn taipan_binary(given: Option<&Path>) -> Result<PathBuf, String> {
    if let Some(path) = given {
        return Ok(path.to_path_buf());
    }
    if let Some(path) = std::env::var_os("TAIPAN_BIN") {
        return Ok(path.into());
    }
    let root = crate::project_root();
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    eprintln!("building taipan (cargo build --release -p taipan)...");
    let status = Command::new(cargo)
        .current_dir(&root)
        .args(["build", "--release", "--quiet", "-p", "taipan"])
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err("cargo build --release -p taipan failed".into());
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    let target = if target.is_relative() {
        root.join(target)
    } else {
        target
    };
    Ok(target.join("release").join("taipan"))
}

/// Megabytes, for the tables.
pub fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1e6
}

//! Measuring one child process from outside: wall time from spawn to reaping, and the child's
//! peak resident set size as the kernel reports it to `wait4` (`ru_maxrss`), with its stdout and
//! stderr captured and a time limit after which it is killed, through a small launcher process
//! (see `measure`). Also where taipan comes from: a release build, or a binary given instead.

use std::ffi::OsString;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::Duration;

/// ` (SIGSEGV)` for the signals a crashing interpreter dies of, else nothing.
fn signal_name(signal: i32) -> &'static str {
    match signal {
        libc::SIGSEGV => " (SIGSEGV)",
        libc::SIGABRT => " (SIGABRT)",
        libc::SIGBUS => " (SIGBUS)",
        libc::SIGILL => " (SIGILL)",
        libc::SIGFPE => " (SIGFPE)",
        libc::SIGKILL => " (SIGKILL)",
        _ => "",
    }
}

/// One program to run: what `measure` takes.
#[derive(Clone)]
pub struct Job {
    pub program: PathBuf,
    pub args: Vec<OsString>,
    /// Variables set on top of the inherited environment.
    pub env: Vec<(OsString, OsString)>,
}

impl Job {
    pub fn new(program: impl Into<PathBuf>) -> Job {
        Job {
            program: program.into(),
            args: Vec::new(),
            env: Vec::new(),
        }
    }
    pub fn arg(mut self, arg: impl Into<OsString>) -> Job {
        self.args.push(arg.into());
        self
    }
    pub fn env(mut self, key: impl Into<OsString>, value: impl Into<OsString>) -> Job {
        self.env.push((key.into(), value.into()));
        self
    }
}

/// What one run of a child process did.
pub struct Measured {
    /// From just before spawning to just after `wait4` returned; nothing subtracted.
    pub wall: Duration,
    /// User plus system CPU time of the child.
    pub cpu: Duration,
    /// Peak resident set size of the child, in bytes.
    pub peak_rss: u64,
    /// The exit code, or `None` when a signal ended the child (`killed` says if it was ours).
    pub code: Option<i32>,
    /// The signal that ended the child, if one did.
    pub signal: Option<i32>,
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
            (None, None) => match self.signal {
                Some(signal) => format!(
                    "killed by signal {signal}{}, no stderr",
                    signal_name(signal)
                ),
                None => "killed by a signal, no stderr".into(),
            },
        }
    }
}

/// Runs `job` to the end (killing it after `limit`) and measures it, through the launcher
/// `xtask-measure` (`src/bin/xtask-measure.rs` says why).
pub fn measure(job: &Job, limit: Duration) -> Result<Measured, String> {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let out = std::env::temp_dir().join(format!(
        "taipan-measure-{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let mut launcher = Command::new(launcher_binary()?);
    launcher
        .arg(&out)
        .arg(limit.as_millis().to_string())
        .arg("--")
        .arg(&job.program)
        .args(&job.args)
        .envs(job.env.iter().map(|(k, v)| (k, v)))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = launcher
        .spawn()
        .map_err(|e| format!("cannot start the launcher: {e}"))?;
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());
    let status = child
        .wait()
        .map_err(|e| format!("waiting for the launcher: {e}"))?;
    let stdout = stdout.join().unwrap_or_default();
    let stderr = stderr.join().unwrap_or_default();
    let figures = std::fs::read_to_string(&out);
    let _ = std::fs::remove_file(&out);
    let Ok(figures) = figures else {
        // The launcher could not run the program (its stderr says why): a failed run.
        return Ok(Measured {
            wall: Duration::ZERO,
            cpu: Duration::ZERO,
            peak_rss: 0,
            code: Some(status.code().unwrap_or(1)),
            signal: None,
            killed: false,
            stdout,
            stderr,
        });
    };
    let fields: Vec<u64> = figures
        .split_whitespace()
        .filter_map(|f| f.parse().ok())
        .collect();
    let [wall_ns, cpu_ns, peak_rss, exited, code, killed] = fields[..] else {
        return Err(format!("the launcher wrote `{figures}`"));
    };
    Ok(Measured {
        wall: Duration::from_nanos(wall_ns),
        cpu: Duration::from_nanos(cpu_ns),
        peak_rss,
        code: (exited == 1).then_some(code as i32),
        signal: (exited == 0).then_some(code as i32),
        killed: killed == 1,
        stdout,
        stderr,
    })
}

/// The smallest peak RSS `measure` can report: that of `true`, about the launcher's own (a
/// child's peak counts its launcher's memory from before `execve`).
pub fn rss_floor() -> Result<u64, String> {
    let run = measure(&Job::new("true"), Duration::from_secs(10))?;
    Ok(run.peak_rss)
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
    eprintln!("building taipan (cargo build --release -p taipan)...");
    release_build(&["-p", "taipan"], "taipan")
}

/// The launcher, built once per xtask run (`cargo build --release -p xtask --bin xtask-measure`):
/// `cargo xtask` builds only the xtask binary itself.
fn launcher_binary() -> Result<PathBuf, String> {
    static LAUNCHER: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    LAUNCHER
        .get_or_init(|| release_build(&["-p", "xtask", "--bin", "xtask-measure"], "xtask-measure"))
        .clone()
}

/// Runs `cargo build --release --quiet ARGS` in the project root and returns the path of `binary`
/// in the release directory of `$CARGO_TARGET_DIR` (or `target/`).
fn release_build(args: &[&str], binary: &str) -> Result<PathBuf, String> {
    let root = crate::project_root();
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    // Captured: the warnings of other crates in the workspace are not this run's business.
    let out = Command::new(cargo)
        .current_dir(&root)
        .args(["build", "--release", "--quiet"])
        .args(args)
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "cargo build --release {} failed:\n{}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    let target = if target.is_relative() {
        root.join(target)
    } else {
        target
    };
    Ok(target.join("release").join(binary))
}

/// Megabytes, for the tables.
pub fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1e6
}

#[cfg(test)]
mod tests {
    use super::Measured;
    use std::time::Duration;

    fn failed(code: Option<i32>, stderr: &str) -> String {
        Measured {
            wall: Duration::ZERO,
            cpu: Duration::ZERO,
            peak_rss: 0,
            code,
            signal: code.is_none().then_some(11),
            killed: false,
            stdout: String::new(),
            stderr: stderr.into(),
        }
        .failure()
    }

    /// A traceback is summed up by its exception line, anything else by its first line.
    #[test]
    fn failure_line() {
        let traceback = "Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\n\
                         \x20   import math\nModuleNotFoundError: No module named 'math'\n";
        assert_eq!(
            failed(Some(1), traceback),
            "ModuleNotFoundError: No module named 'math'"
        );
        assert_eq!(failed(Some(2), "taipan: no VM\nmore\n"), "taipan: no VM");
        assert_eq!(failed(Some(3), ""), "exit status 3, no stderr");
        assert_eq!(failed(None, ""), "killed by signal 11 (SIGSEGV), no stderr");
    }
}

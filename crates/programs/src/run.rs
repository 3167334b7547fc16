//! Running an interpreter on programs: one child process per program, stdin fed from `.in`,
//! stdout and stderr collected, killed after a timeout; many programs on worker threads.

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use crate::corpus::Program;

#[cfg(test)]
mod tests {
    #[test]
    fn strip_root() {
        let text = b"  File \"/r/x/tests/programs/a.py\", line 1\n/r/x/ /r/xy".to_vec();
        assert_eq!(
            super::strip_root(text, b"/r/x/"),
            b"  File \"tests/programs/a.py\", line 1\n /r/xy".to_vec()
        );
    }
}

/// What one run of a program did.
#[derive(Clone, Debug, Default)]
pub struct Outcome {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// The exit code; `None` when killed by a signal or by the timeout.
    pub code: Option<i32>,
    pub timed_out: bool,
    /// The interpreter could not be started at all.
    pub spawn_error: Option<String>,
}

/// Runs `interpreter PATH` with cwd `root` (the repository root). The environment is the
/// caller's, with CPython's hash seed and I/O encoding pinned so both interpreters see the same,
/// and `env` added (`TAIPAN_GC_STRESS=1` for the stress run).
///
/// CPython makes the main script's path absolute (`__file__`, tracebacks), so the output is
/// normalized: every `<root>/` is cut, leaving `tests/programs/<group>/<name>.py` as in the
/// checked-in files, whichever machine or checkout blessed them.
pub fn run(
    interpreter: &Path,
    root: &Path,
    program: &Program,
    timeout: Duration,
    env: &[(&str, &str)],
) -> Outcome {
    let stdin = program.stdin(root);
    let child = python_env(
        Command::new(interpreter)
            .arg(program.path())
            .envs(env.iter().copied())
            .current_dir(root)
            .env("PYTHONHASHSEED", "0"),
    )
    .stdin(if stdin.is_empty() {
        Stdio::null()
    } else {
        Stdio::piped()
    })
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .spawn();
    let mut child = match child {
        Ok(child) => child,
        Err(e) => {
            return Outcome {
                spawn_error: Some(format!("cannot run {}: {e}", interpreter.display())),
                ..Outcome::default()
            };
        }
    };
    let feeder = child.stdin.take().map(|mut pipe| {
        std::thread::spawn(move || {
            // A program that exits without reading its stdin closes the pipe: not an error.
            let _ = pipe.write_all(&stdin);
        })
    });
    let out_reader = drain(child.stdout.take());
    let err_reader = drain(child.stderr.take());
    let (status, timed_out) = wait_for(&mut child, timeout, |child| {
        let _ = child.kill();
    });
    let code = status.and_then(|s| s.code());
    if let Some(feeder) = feeder {
        let _ = feeder.join();
    }
    let prefix = root_prefix(root);
    Outcome {
        stdout: strip_root(out_reader.join().unwrap_or_default(), &prefix),
        stderr: strip_root(err_reader.join().unwrap_or_default(), &prefix),
        code,
        timed_out,
        spawn_error: None,
    }
}

/// `command` with the environment every interpreter under test runs in (taipan's and CPython's
/// alike): output encoded as UTF-8, no `.pyc` written, and none of the caller's `PYTHONPATH`,
/// `PYTHONSTARTUP` or `PYTHONWARNINGS`.
pub fn python_env(command: &mut Command) -> &mut Command {
    command
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env_remove("PYTHONPATH")
        .env_remove("PYTHONSTARTUP")
        .env_remove("PYTHONWARNINGS")
}

/// `<root>/` as the interpreter sees its cwd (symbolic links resolved).
fn root_prefix(root: &Path) -> Vec<u8> {
    let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let mut prefix = root.to_string_lossy().into_owned().into_bytes();
    prefix.push(b'/');
    prefix
}

/// `bytes` with every occurrence of `prefix` removed.
fn strip_root(bytes: Vec<u8>, prefix: &[u8]) -> Vec<u8> {
    if prefix.len() < 2 || !bytes.windows(prefix.len()).any(|w| w == prefix) {
        return bytes;
    }
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i..].starts_with(prefix) {
            i += prefix.len();
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    out
}

/// A thread reading `pipe` to its end (so a child never blocks on a full pipe).
pub fn drain(pipe: Option<impl Read + Send + 'static>) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_end(&mut bytes);
        }
        bytes
    })
}

/// Waits for `child` at most `timeout` (polling, 1 ms at first, then up to 20 ms apart);
/// past it, `kill` stops the child. Returns its exit status (`None` when it was killed or
/// could not be waited for) and whether the timeout struck.
pub fn wait_for(
    child: &mut Child,
    timeout: Duration,
    kill: impl FnOnce(&mut Child),
) -> (Option<ExitStatus>, bool) {
    let started = Instant::now();
    let mut pause = Duration::from_millis(1);
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return (Some(status), false),
            Ok(None) if started.elapsed() >= timeout => {
                kill(child);
                let _ = child.wait();
                return (None, true);
            }
            Ok(None) => {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(20));
            }
            Err(_) => return (None, false),
        }
    }
}

/// Runs every program on `workers` threads; outcomes in the programs' order.
pub fn run_all(
    interpreter: &Path,
    root: &Path,
    programs: &[Program],
    timeout: Duration,
    workers: usize,
    env: &[(&str, &str)],
) -> Vec<Outcome> {
    let next = AtomicUsize::new(0);
    let mut results: Vec<Outcome> = vec![Outcome::default(); programs.len()];
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..workers.max(1))
            .map(|_| {
                s.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(program) = programs.get(i) else {
                            break;
                        };
                        done.push((i, run(interpreter, root, program, timeout, env)));
                    }
                    done
                })
            })
            .collect();
        for handle in handles {
            for (i, outcome) in handle.join().unwrap_or_default() {
                results[i] = outcome;
            }
        }
    });
    results
}

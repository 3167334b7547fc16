//! Bad input never crashes taipan: every file the fuzzer saved (`tests/fuzz/regressions/*.py`,
//! `cargo xtask fuzz`) and batches of random co_code through `code.replace`
//! (`tests/fuzz/code_replace.py SEED COUNT`: three fixed ones and every one listed in
//! `tests/fuzz/code_replace.seeds`) run under the binary; each must end by itself
//! with a Python result or exception: no signal, no exit status 101 (panic) or 134 (abort),
//! no "panicked", "Fatal Python error" or "(Rust panic)" on stderr (run with
//! `TAIPAN_PANIC=abort`: a panic is fatal, not a SystemError a program could catch).

use std::io::Read;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Runs taipan on `args` with a timeout; the crash it shows, if any.
fn crash(args: &[&str], cwd: &Path) -> Option<String> {
    crash_or_stdout(args, cwd).err()
}

/// Runs taipan on `args` with a timeout: its stdout, or the crash it shows.
fn crash_or_stdout(args: &[&str], cwd: &Path) -> Result<String, String> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_taipan"))
        .args(args)
        .current_dir(cwd)
        // A panic aborts (a fatal error) rather than becoming a catchable SystemError.
        .env("TAIPAN_PANIC", "abort")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("taipan runs");
    let mut out = child.stdout.take().expect("stdout");
    let out_reader = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = out.read_to_end(&mut b);
        b
    });
    let mut err = child.stderr.take().expect("stderr");
    let reader = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = err.read_to_end(&mut b);
        b
    });
    let started = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break s;
        }
        if started.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            let _ = child.wait();
            return Err("timed out after 60 s".into());
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let stderr = reader.join().unwrap_or_default();
    let stdout = out_reader.join().unwrap_or_default();
    if let Some(sig) = status.signal() {
        return Err(format!("killed by signal {sig}"));
    }
    let marked = |m: &[u8]| stderr.windows(m.len()).any(|w| w == m);
    if matches!(status.code(), Some(101 | 134))
        || marked(b"panicked")
        || marked(b"Fatal Python error")
        || marked(b"(Rust panic)")
    {
        let tail = String::from_utf8_lossy(&stderr);
        return Err(format!("exit {:?}: {}", status.code(), tail.trim_end()));
    }
    Ok(String::from_utf8_lossy(&stdout).into_owned())
}

#[test]
fn saved_crashers_do_not_crash() {
    let dir = root().join("tests/fuzz/regressions");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|x| x == "py"));
    files.sort();
    let tmp = std::env::temp_dir();
    let failures: Vec<String> = files
        .iter()
        .filter_map(|f| {
            crash(&[f.to_str().expect("utf-8 path")], &tmp).map(|c| format!("{}: {c}", f.display()))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn random_code_replace_does_not_crash() {
    let script = root().join("tests/fuzz/code_replace.py");
    let script = script.to_str().expect("utf-8 path");
    let tmp = std::env::temp_dir();
    // Three fixed batches, and every batch that once crashed (tests/fuzz/code_replace.seeds).
    let saved = std::fs::read_to_string(root().join("tests/fuzz/code_replace.seeds"))
        .expect("tests/fuzz/code_replace.seeds");
    let mut batches: Vec<(String, String)> = ["1", "2", "3"]
        .iter()
        .map(|s| (s.to_string(), "300".to_string()))
        .collect();
    for line in saved
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let mut words = line.split_whitespace();
        let (Some(seed), Some(count)) = (words.next(), words.next()) else {
            panic!("code_replace.seeds: bad line {line:?}");
        };
        batches.push((seed.to_string(), count.to_string()));
    }
    let failures: Vec<String> = batches
        .iter()
        .filter_map(|(seed, count)| {
            // The batch must also have run to its end (its summary line), so that a script
            // that stopped early (an import error, say) does not pass by testing nothing.
            crash_or_stdout(&[script, seed, count], &tmp)
                .and_then(|out| {
                    if out.lines().any(|l| l.starts_with("summary ")) {
                        Ok(())
                    } else {
                        Err("no summary line: the batch did not run to its end".into())
                    }
                })
                .err()
                .map(|c| format!("code_replace.py {seed} {count}: {c}"))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

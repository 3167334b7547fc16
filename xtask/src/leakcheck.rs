//! `cargo xtask leakcheck [--taipan-bin PATH] [--python-only]`: issue 4's leak check.
//! `tests/leak/cycles.py N` makes N reference cycles, one in ten holding an object with
//! `__del__` (some of which resurrect themselves once), and prints `finalized C of E, T twice`.
//! Run with N = 100,000 and N = 1,000,000 under python3 (for reference) and a release taipan;
//! an interpreter passes when both runs exit 0, every finalizer ran exactly once (C == E, T == 0),
//! and the million run's peak RSS is at most 1.5x the 100k run's plus 10 MB (flat: the cycles are
//! collected as the program goes). Exits non-zero when taipan (or, with --python-only, python3)
//! fails.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::bench::process::{self, Job, mb};

const SMALL: u64 = 100_000;
const LARGE: u64 = 1_000_000;
/// The flat-memory margin: large peak <= FACTOR * small peak + SLACK.
const FACTOR: f64 = 1.5;
const SLACK: u64 = 10_000_000;
const TIMEOUT: Duration = Duration::from_secs(600);

pub fn run(args: &[String]) -> Result<(), String> {
    let mut taipan_bin: Option<PathBuf> = None;
    let mut python_only = false;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--taipan-bin" => {
                taipan_bin = Some(rest.next().ok_or("--taipan-bin needs a path")?.into())
            }
            "--python-only" => python_only = true,
            other => return Err(format!("leakcheck: unknown argument `{other}`")),
        }
    }
    let script = crate::project_root().join("tests/leak/cycles.py");
    let python = crate::bench::corpus::python()?;
    let python_ok = check("python3", &python, &script)?;
    if python_only {
        return if python_ok {
            Ok(())
        } else {
            Err("python3 fails the leak check".into())
        };
    }
    let taipan = process::taipan_binary(taipan_bin.as_deref())?;
    if check("taipan", &taipan, &script)? {
        Ok(())
    } else {
        Err("taipan fails the leak check".into())
    }
}

/// Runs both sizes under one interpreter, prints the figures, says whether it passed.
fn check(label: &str, interpreter: &Path, script: &Path) -> Result<bool, String> {
    println!("{label}: {}", interpreter.display());
    let mut peaks = Vec::new();
    let mut ok = true;
    for n in [SMALL, LARGE] {
        let run = process::measure(
            &Job::new(interpreter).arg(script).arg(n.to_string()),
            TIMEOUT,
        )?;
        if !run.ok() {
            println!("  {n:>9} cycles: fails: {}", run.failure());
            return Ok(false);
        }
        let expected = n.div_ceil(10);
        let line = run.stdout.trim_end();
        let verdict = match parse_counts(line) {
            Some((calls, of, 0)) if calls == expected && of == expected => "finalizers: each once",
            _ => {
                ok = false;
                "finalizers: WRONG"
            }
        };
        println!(
            "  {n:>9} cycles: {:>7.2} s, peak RSS {:>7.1} MB; printed `{line}` ({verdict}, expected {expected})",
            run.wall.as_secs_f64(),
            mb(run.peak_rss)
        );
        peaks.push(run.peak_rss);
    }
    let limit = (peaks[0] as f64 * FACTOR) as u64 + SLACK;
    let flat = peaks[1] <= limit;
    println!(
        "  peak memory {}: {:.1} MB for {LARGE} cycles against a limit of {:.1} MB ({FACTOR}x the {SMALL} run + {} MB)",
        if flat { "flat" } else { "NOT FLAT" },
        mb(peaks[1]),
        mb(limit),
        SLACK / 1_000_000
    );
    Ok(ok && flat)
}

/// `finalized C of E, T twice` -> (C, E, T).
fn parse_counts(line: &str) -> Option<(u64, u64, u64)> {
    let rest = line.strip_prefix("finalized ")?;
    let (calls, rest) = rest.split_once(" of ")?;
    let (of, rest) = rest.split_once(", ")?;
    let twice = rest.strip_suffix(" twice")?;
    Some((calls.parse().ok()?, of.parse().ok()?, twice.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::parse_counts;

    #[test]
    fn counts_line() {
        assert_eq!(
            parse_counts("finalized 10000 of 10000, 0 twice"),
            Some((10000, 10000, 0))
        );
        assert_eq!(
            parse_counts("finalized 3 of 10000, 2 twice"),
            Some((3, 10000, 2))
        );
        assert_eq!(parse_counts("finalized x of 1, 0 twice"), None);
        assert_eq!(parse_counts(""), None);
    }
}

//! CPython's side of `cargo xtask bench parse`: runs `cpython_bench.py` (kept beside this file and
//! embedded in xtask) with the real interpreter over the same file list, and reads its timings.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

const SCRIPT: &str = include_str!("cpython_bench.py");

pub struct Timings {
    pub files: usize,
    pub tokenize: Duration,
    pub ast_parse: Duration,
}

pub fn measure(python: &Path, files: &[&Path], runs: usize) -> Result<Timings, String> {
    let dir = std::env::temp_dir().join(format!("taipan-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let list = dir.join("files.txt");
    let script = dir.join("cpython_bench.py");
    let mut listing = String::new();
    for f in files {
        listing.push_str(&f.to_string_lossy());
        listing.push('\n');
    }
    let written = std::fs::write(&list, listing).and_then(|()| std::fs::write(&script, SCRIPT));
    let output = written.and_then(|()| {
        Command::new(python)
            .arg(&script)
            .arg(&list)
            .arg(runs.to_string())
            .output()
    });
    let _ = std::fs::remove_dir_all(&dir);
    let output = output.map_err(|e| format!("running {}: {e}", python.display()))?;
    if !output.status.success() {
        return Err(format!(
            "cpython_bench.py failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    parse_output(&String::from_utf8_lossy(&output.stdout))
}

/// Reads the `name value...` lines the script prints.
fn parse_output(out: &str) -> Result<Timings, String> {
    let mut t = Timings {
        files: 0,
        tokenize: Duration::ZERO,
        ast_parse: Duration::ZERO,
    };
    for line in out.lines() {
        let mut words = line.split_whitespace();
        let (Some(name), Some(value)) = (words.next(), words.next()) else {
            continue;
        };
        let secs = || {
            value
                .parse::<f64>()
                .map(Duration::from_secs_f64)
                .map_err(|e| e.to_string())
        };
        match name {
            "files" => t.files = value.parse().map_err(|e| format!("files: {e}"))?,
            "tokenize" => t.tokenize = secs()?,
            "ast_parse" => t.ast_parse = secs()?,
            _ => {}
        }
    }
    if t.tokenize.is_zero() || t.ast_parse.is_zero() {
        return Err(format!("unexpected output from cpython_bench.py:\n{out}"));
    }
    Ok(t)
}

//! The vendored pyperformance benchmarks under `tests/bench/pyperformance/`: the list in
//! `benchmarks.txt` (name, loops, modules needed beyond builtins/sys/gc/pyperf) and the check that
//! every vendored file still has the sha256 `SHA256SUMS` gives (written by `vendor.py` from the
//! wheel's RECORD), so what is measured is pyperformance's code, unmodified.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

/// One line of `benchmarks.txt`.
pub struct Benchmark {
    pub name: String,
    /// The `--loops` the pyperf stand-in runs it for.
    pub loops: u64,
    /// Modules beyond builtins, sys, gc and pyperf; empty when it is runnable under taipan.
    pub needs: Vec<String>,
}

impl Benchmark {
    pub fn script(&self) -> PathBuf {
        dir()
            .join(format!("bm_{}", self.name))
            .join("run_benchmark.py")
    }
}

/// `tests/bench/pyperformance/`.
pub fn dir() -> PathBuf {
    crate::project_root().join("tests/bench/pyperformance")
}

/// `tests/bench/pyperf/`, the directory of the pyperf stand-in (put first on PYTHONPATH).
pub fn pyperf_dir() -> PathBuf {
    crate::project_root().join("tests/bench/pyperf")
}

/// Reads `benchmarks.txt`.
pub fn benchmarks() -> Result<Vec<Benchmark>, String> {
    let path = dir().join("benchmarks.txt");
    let text = read(&path)?;
    let mut list = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("");
        let mut fields = line.split_whitespace();
        let Some(name) = fields.next() else {
            continue;
        };
        let bad = || {
            format!(
                "{}:{}: expected `name loops needs...`",
                path.display(),
                i + 1
            )
        };
        let loops = fields
            .next()
            .and_then(|l| l.parse().ok())
            .filter(|&l| l > 0)
            .ok_or_else(bad)?;
        let needs: Vec<String> = fields.filter(|n| *n != "-").map(String::from).collect();
        list.push(Benchmark {
            name: name.to_string(),
            loops,
            needs,
        });
    }
    Ok(list)
}

/// Checks every file in `SHA256SUMS` against its hash, and that each listed benchmark's script
/// is among them. Returns the problems found (empty: all unmodified).
pub fn check_unmodified(benchmarks: &[Benchmark]) -> Result<Vec<String>, String> {
    let root = dir();
    let sums = read(&root.join("SHA256SUMS"))?;
    let mut problems = Vec::new();
    let mut listed = Vec::new();
    for line in sums.lines().filter(|l| !l.trim().is_empty()) {
        let Some((hash, file)) = line.split_once("  ") else {
            problems.push(format!("SHA256SUMS: bad line `{line}`"));
            continue;
        };
        listed.push(file.to_string());
        match std::fs::read(root.join(file)) {
            Ok(bytes) => {
                let actual: String = Sha256::digest(&bytes)
                    .iter()
                    .map(|b| format!("{b:02x}"))
                    .collect();
                if actual != hash {
                    problems.push(format!("{file} differs from pyperformance's (sha256)"));
                }
            }
            Err(e) => problems.push(format!("{file}: {e}")),
        }
    }
    for bench in benchmarks {
        let script = format!("bm_{}/run_benchmark.py", bench.name);
        if !listed.contains(&script) {
            problems.push(format!(
                "{script} is not in SHA256SUMS (run tests/bench/pyperformance/vendor.py)"
            ));
        }
    }
    Ok(problems)
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    /// The vendored benchmarks are pyperformance's files byte for byte.
    #[test]
    fn vendored_benchmarks_are_unmodified() {
        let benchmarks = super::benchmarks().unwrap();
        assert!(benchmarks.len() >= 11);
        let problems = super::check_unmodified(&benchmarks).unwrap();
        assert!(problems.is_empty(), "{problems:#?}");
    }
}

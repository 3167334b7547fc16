//! The corpus of Python files every measurement runs over: the `.py` files under the stdlib
//! directory of `python3` (`sysconfig.get_paths()["stdlib"]`), found by asking that interpreter.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Which files of the stdlib directory to take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Corpus {
    /// The standard library proper: every `.py` but those under `site-packages/` (tests included).
    Stdlib,
    /// Every `.py` under the stdlib directory, `test/` and `site-packages/` included.
    All,
}

impl Corpus {
    pub fn parse(name: &str) -> Result<Corpus, String> {
        match name {
            "stdlib" => Ok(Corpus::Stdlib),
            "all" => Ok(Corpus::All),
            other => Err(format!(
                "unknown corpus `{other}` (expected `stdlib` or `all`)"
            )),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Corpus::Stdlib => "stdlib",
            Corpus::All => "all",
        }
    }
}

/// The real CPython binary: `$TAIPAN_PYTHON`, else `sys.executable` of the `python3` on `PATH`
/// (asking once and then running the binary directly skips a version manager's shim).
pub fn python() -> Result<PathBuf, String> {
    if let Some(p) = std::env::var_os("TAIPAN_PYTHON") {
        return Ok(p.into());
    }
    let out = python_eval(Path::new("python3"), "import sys; print(sys.executable)")?;
    Ok(PathBuf::from(out))
}

/// `sysconfig.get_paths()["stdlib"]` of `python`.
pub fn stdlib_dir(python: &Path) -> Result<PathBuf, String> {
    let out = python_eval(
        python,
        "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
    )?;
    Ok(PathBuf::from(out))
}

fn python_eval(python: &Path, code: &str) -> Result<String, String> {
    let out = Command::new(python)
        .args(["-c", code])
        .output()
        .map_err(|e| format!("running {}: {e}", python.display()))?;
    if !out.status.success() {
        return Err(format!(
            "{} failed: {}",
            python.display(),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

/// Every `.py` file of the corpus under `root`, sorted by path.
pub fn py_files(root: &Path, corpus: Corpus) -> Vec<PathBuf> {
    let mut out = Vec::new();
    walk(root, root, corpus, &mut out);
    out.sort();
    out
}

fn walk(root: &Path, dir: &Path, corpus: Corpus, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(file_type) = entry.file_type() else {
            continue;
        };
        if file_type.is_dir() {
            if corpus == Corpus::Stdlib && dir == root && entry.file_name() == "site-packages" {
                continue;
            }
            walk(root, &path, corpus, out);
        } else if file_type.is_file() && path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

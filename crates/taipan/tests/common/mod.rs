//! What the command-line tests share: the repository's root, the `.py` cases of a directory,
//! insta settings that keep snapshots beside the cases, and CPython 3.11 when the machine has it.

#![allow(dead_code)] // Each test crate uses its own part.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository's root (tests run from it).
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `text` with the repository's absolute path cut (`<root>/tests/x.py` -> `tests/x.py`): a
/// script runs under its absolute path, as CPython's does, and snapshots must not depend on
/// where the checkout is.
pub fn strip_repo(text: &str) -> String {
    let root = std::fs::canonicalize(repo()).unwrap_or_else(|_| repo());
    text.replace(&format!("{}/", root.display()), "")
}

/// The `.py` files of `dir` (relative to the repository), sorted; none when it is missing.
pub fn py_files(dir: &str) -> Vec<PathBuf> {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(repo().join(dir))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    cases.sort();
    cases
}

/// insta settings for snapshots kept in `dir/snapshots`, named by their cases alone.
pub fn snapshot_settings(dir: &str) -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(repo().join(dir).join("snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings
}

/// A case's name: its file name without `.py`.
pub fn stem(path: &Path) -> String {
    path.file_stem()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned()
}

/// CPython 3.11's interpreter, if this machine has one.
pub fn cpython() -> Option<PathBuf> {
    let pyenv = PathBuf::from("/root/.pyenv/versions/3.11.7/bin/python3");
    let exe = if pyenv.exists() {
        pyenv
    } else {
        PathBuf::from("python3")
    };
    let out = Command::new(&exe)
        .args(["-c", "import sys; print(sys.version_info[:2] == (3, 11))"])
        .output()
        .ok()?;
    (String::from_utf8_lossy(&out.stdout).trim() == "True").then_some(exe)
}

/// What CPython prints for `print(ast.dump(ast.parse(SOURCE, mode=mode), indent=2,
/// include_attributes=attributes))`, `source` being a Python expression for the source text.
pub fn cpython_ast(python: &Path, source: &str, mode: &str, attributes: bool) -> String {
    let script = format!(
        "import ast\nsrc = {source}\nprint(ast.dump(ast.parse(src, mode={mode:?}), indent=2, \
         include_attributes={}))",
        if attributes { "True" } else { "False" }
    );
    let out = Command::new(python).args(["-c", &script]).output().unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

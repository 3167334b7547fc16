//! Finding the programs of the corpus and reading their expected output files.

use std::path::{Path, PathBuf};

use crate::PROGRAMS_DIR;

/// One program: `tests/programs/<group>/<name>.py`, or `<dir>/<name>.py` for a group of
/// [`EXTRA_GROUPS`].
#[derive(Clone, Debug)]
pub struct Program {
    pub group: String,
    pub name: String,
    /// The program's directory, relative to the repository root.
    pub dir: String,
}

/// Groups that live outside `tests/programs/`: `(group, directory)`. The per-stage snapshot
/// inputs are programs too, so what they print when run is checked against CPython (their
/// `trace` snapshots show taipan's own view, with no CPython reference of their own).
pub const EXTRA_GROUPS: &[(&str, &str)] = &[("stages", "tests/stages")];

/// What CPython 3.11 did with a program, as checked in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Expected {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub code: i32,
}

impl Program {
    /// `<group>/<name>.py`: how the xfail list and the reports name the program.
    pub fn id(&self) -> String {
        format!("{}/{}.py", self.group, self.name)
    }

    /// The path the interpreter is given (relative to the repository root, its cwd).
    pub fn path(&self) -> String {
        format!("{}/{}.py", self.dir, self.name)
    }

    /// The path of a file beside the program: `ext` is `out`, `err`, `code` or `in`.
    pub fn sibling(&self, root: &Path, ext: &str) -> PathBuf {
        root.join(&self.dir).join(format!("{}.{ext}", self.name))
    }

    /// The program's stdin (`<name>.in`), empty when there is none.
    pub fn stdin(&self, root: &Path) -> Vec<u8> {
        std::fs::read(self.sibling(root, "in")).unwrap_or_default()
    }

    /// The checked-in expected output; missing `.err`/`.code` files mean empty and 0.
    pub fn expected(&self, root: &Path) -> Result<Expected, String> {
        let stdout = std::fs::read(self.sibling(root, "out")).map_err(|e| {
            format!(
                "{}: no expected stdout ({e}); run `cargo xtask programs --bless`",
                self.id()
            )
        })?;
        let stderr = std::fs::read(self.sibling(root, "err")).unwrap_or_default();
        let code = match std::fs::read_to_string(self.sibling(root, "code")) {
            Ok(text) => text
                .trim()
                .parse()
                .map_err(|_| format!("{}: bad .code file {text:?}", self.id()))?,
            Err(_) => 0,
        };
        Ok(Expected {
            stdout,
            stderr,
            code,
        })
    }

    /// Writes the expected files from a reference run: `.err` and `.code` only when non-empty
    /// and non-zero (stale ones are removed).
    pub fn write_expected(&self, root: &Path, expected: &Expected) -> std::io::Result<()> {
        std::fs::write(self.sibling(root, "out"), &expected.stdout)?;
        write_or_remove(&self.sibling(root, "err"), &expected.stderr)?;
        let code = if expected.code == 0 {
            Vec::new()
        } else {
            format!("{}\n", expected.code).into_bytes()
        };
        write_or_remove(&self.sibling(root, "code"), &code)
    }
}

fn write_or_remove(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if bytes.is_empty() {
        match std::fs::remove_file(path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    } else {
        std::fs::write(path, bytes)
    }
}

/// Every program under `<root>/tests/programs/` and in the [`EXTRA_GROUPS`], sorted by group
/// then name; only names containing `filter` (matched against `<group>/<name>.py`) when given.
pub fn discover(root: &Path, filter: Option<&str>) -> Vec<Program> {
    let mut groups: Vec<(String, String)> = Vec::new();
    if let Ok(entries) = std::fs::read_dir(root.join(PROGRAMS_DIR)) {
        for group in entries.flatten() {
            if group.path().is_dir() {
                let name = group.file_name().to_string_lossy().into_owned();
                groups.push((name.clone(), format!("{PROGRAMS_DIR}/{name}")));
            }
        }
    }
    groups.extend(
        EXTRA_GROUPS
            .iter()
            .map(|(group, dir)| (group.to_string(), dir.to_string())),
    );
    let mut out = Vec::new();
    for (group, dir) in groups {
        let Ok(files) = std::fs::read_dir(root.join(&dir)) else {
            continue;
        };
        for file in files.flatten() {
            let file_name = file.file_name().to_string_lossy().into_owned();
            if let Some(name) = file_name.strip_suffix(".py") {
                let program = Program {
                    group: group.clone(),
                    name: name.to_owned(),
                    dir: dir.clone(),
                };
                if filter.is_none_or(|f| program.id().contains(f)) {
                    out.push(program);
                }
            }
        }
    }
    out.sort_by(|a, b| (&a.group, &a.name).cmp(&(&b.group, &b.name)));
    out
}

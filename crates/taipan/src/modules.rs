//! Where a program's modules come from: the search path (`sys.path`) taipan gives the
//! database, and `-m MODULE`'s lookup of the module to run.
//!
//! The search path follows CPython's rules: first the script's directory (`taipan FILE`), or
//! the current directory (`-m`, `-c`, the REPL); then the directories of `PYTHONPATH`; then
//! the standard library. taipan has no standard library of its own: it uses CPython 3.11's
//! pure-Python one (`Lib/`), whose modules it compiles like any others (C extension modules
//! are the runtime's to provide). That directory is `$TAIPAN_STDLIB` when set, else the
//! first of `$PYENV_ROOT/versions/3.11.*/lib/python3.11`, `/usr/local/lib/python3.11` and
//! `/usr/lib/python3.11` that holds an `os.py`.

use std::path::{Path, PathBuf};

use taipan_db::{Database, ModuleName, SourceFile, module};

/// What the program's first entry of `sys.path` is made from.
pub enum Main<'a> {
    /// `taipan FILE`: the file's directory.
    #[allow(dead_code)] // The runner's, when the VM lands.
    Script(&'a Path),
    /// `-m`, `-c` and the REPL: the current directory.
    CurrentDir,
}

/// The search path for a program started as `main`.
pub fn search_path(main: Main) -> Vec<PathBuf> {
    let first = match main {
        Main::Script(file) => file
            .parent()
            .map(|d| {
                if d.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    d
                }
            })
            .and_then(|d| std::path::absolute(d).ok()),
        Main::CurrentDir => std::env::current_dir().ok(),
    };
    let mut roots: Vec<PathBuf> = first.into_iter().collect();
    if let Some(paths) = std::env::var_os("PYTHONPATH") {
        roots.extend(std::env::split_paths(&paths).filter(|p| !p.as_os_str().is_empty()));
    }
    roots.extend(stdlib_dir());
    roots
}

/// CPython 3.11's standard library directory (the VM's import system owns the lookup).
pub use taipan_vm::import::stdlib_dir;

/// The file `-m NAME` runs: the module, or a package's `__main__`; else CPython's message
/// (`No module named NAME`, or that a package without `__main__` cannot be run).
pub fn main_module(db: &Database, name: &str) -> Result<SourceFile, String> {
    let not_found = |name: &str| format!("No module named {name}");
    let file = module(db, ModuleName::new(db, name)).ok_or_else(|| not_found(name))?;
    if !file.path(db).ends_with("__init__.py") {
        return Ok(file);
    }
    let main = format!("{name}.__main__");
    module(db, ModuleName::new(db, &main)).ok_or_else(|| {
        format!(
            "{}; '{name}' is a package and cannot be directly executed",
            not_found(&main)
        )
    })
}

#[cfg(test)]
mod tests {
    use super::main_module;
    use taipan_db::Database;

    /// A module, a package with `__main__`, one without, and a missing module, under a
    /// temporary directory as the whole search path.
    #[test]
    fn main_module_as_cpython_finds_it() {
        let root = std::env::temp_dir().join(format!("taipan-m-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        for (path, text) in [
            ("plain.py", "x = 1\n"),
            ("runnable/__init__.py", ""),
            ("runnable/__main__.py", "y = 2\n"),
            ("library/__init__.py", ""),
        ] {
            let path = root.join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        let mut db = Database::new();
        db.set_search_path(vec![root.clone()]);
        let found = |name: &str| {
            main_module(&db, name).map(|f| f.path(&db).strip_prefix(&root).unwrap().to_owned())
        };
        assert_eq!(found("plain"), Ok("plain.py".into()));
        assert_eq!(found("runnable"), Ok("runnable/__main__.py".into()));
        assert_eq!(
            found("library"),
            Err(
                "No module named library.__main__; 'library' is a package and cannot be \
                 directly executed"
                    .into()
            )
        );
        assert_eq!(found("missing"), Err("No module named missing".into()));
        let _ = std::fs::remove_dir_all(&root);
    }
}

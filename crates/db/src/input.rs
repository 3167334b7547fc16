//! The inputs: [`SourceFile`] (a path, its text, whether it exists), [`SearchPath`] (the
//! directories `import` looks in) and [`CompileOptions`] (`-O`). Everything else in the database is derived from these.

use std::path::PathBuf;

/// One source file. Files are created by [`crate::Db::file`] (on first sight of a path, read
/// from disk) or [`crate::Database::set_file`] (text given, as for `-c CODE` and tests).
///
/// A path probed by module lookup that has no file gets a `SourceFile` too, with `exists` false
/// and empty text: lookups read `exists`, so a file that appears later re-runs them.
#[salsa::input(debug)]
pub struct SourceFile {
    #[returns(ref)]
    pub path: PathBuf,
    #[returns(ref)]
    pub text: String,
    #[returns(copy)]
    pub exists: bool,
}

/// The directories searched for modules, in order (Python's `sys.path`).
#[salsa::input(singleton, debug)]
pub struct SearchPath {
    #[returns(ref)]
    pub roots: Vec<PathBuf>,
}

/// How code is compiled: the optimization level of `python3 -O` (0, 1 or 2), as `compile()`'s
/// `optimize`: at 1 `__debug__` is False and asserts are gone (through the optimizer), at 2
/// docstrings too.
#[salsa::input(singleton, debug)]
pub struct CompileOptions {
    #[returns(copy)]
    pub optimize: u8,
}

//! The code query: a file's module code object, compiled by `taipan_codegen` from the `ast`
//! query's tree (optimized as CPython's `compile()` does, then symbol table and compiler).
//!
//! Granularity: whole file. The per-item path (module `codegen`: `module_code`) makes the same
//! code object from per-function queries; this query is its reference (the tests compare
//! them) and the source of `compile()`'s error when the per-item path fails.

use std::sync::Arc;

use taipan_bytecode::CodeObject;
use taipan_codegen::{CompileError, Mode};

use crate::{Db, SourceFile, ast};

/// `compile(text, path, 'exec')` of `file`, or its compile error.
#[salsa::tracked(returns(ref), no_eq)]
pub fn code(db: &dyn Db, file: SourceFile) -> Result<Arc<CodeObject>, CompileError> {
    let path = file.path(db).display().to_string();
    let lowered = ast(db, file);
    let text = file.text(db);
    if !lowered.errors.is_empty() {
        return Err(error_of(text, &path));
    }
    let mut tree = lowered.ast.clone();
    let optimize = crate::CompileOptions::get(db).optimize(db);
    let options = taipan_opt::Options {
        optimize,
        log: false,
        ..taipan_opt::Options::cpython()
    };
    if taipan_opt::optimize(&mut tree, &options).error.is_some() {
        return Err(error_of(text, &path));
    }
    taipan_codegen::compile_ast(&tree, &path, optimize)
        .map(Arc::new)
        .map_err(|_| error_of(text, &path))
}

/// The error `compile()` reports for a text the pipeline rejected (the compiler's own words
/// and position, from its whole path).
pub(crate) fn error_of(text: &str, path: &str) -> CompileError {
    match taipan_codegen::compile_source(text, path, Mode::Exec, 0) {
        Err(e) => e,
        Ok(_) => CompileError {
            kind: taipan_codegen::CompileErrorKind::SyntaxError,
            message: "invalid syntax".into(),
            filename: path.to_string(),
            lineno: 0,
            offset: 0,
            end_lineno: 0,
            end_offset: Some(0),
            text: None,
        },
    }
}

//! taipan's code generator: from the (optimized) AST of `taipan-ast` to code objects, as
//! CPython 3.11's compiler. The first pass is the symbol table ([`symtable`],
//! `Python/symtable.c`) with the future features ([`future`], `Python/future.c`); then
//! `compile` (`Python/compile.c`) emits blocks of instructions, runs 3.11's CFG passes and
//! assembles them through `taipan_bytecode::CodeBuilder`.
//!
//! Entry points: [`compile_source`] (parse, lower, optimize, symtable, compile) and
//! [`compile_ast`] (for callers that already hold the optimized AST); [`item`] compiles one
//! function or class body of a file alone, for the database's per-item code queries.

mod compile;
pub mod dump;
mod error;
mod fstring_error;
pub mod future;
pub mod item;
pub mod symtable;
mod unparse;

pub use error::{CompileError, CompileErrorKind, CompileWarning};
pub use taipan_ast::Mode;

use taipan_ast::{Ast, Loc};
use taipan_bytecode::CodeObject;

use crate::symtable::SymbolTable;

/// `compile(text, filename, mode, optimize=optimize)`: parses, lowers, optimizes (as CPython's
/// AST optimizer at `optimize`), builds the symbol table and compiles.
pub fn compile_source(
    text: &str,
    filename: &str,
    mode: Mode,
    optimize: u8,
) -> Result<CodeObject, CompileError> {
    compile_source_warnings(text, filename, mode, optimize).map(|(code, _)| code)
}

/// [`compile_source`], with the compiler's SyntaxWarnings (for the runtime to issue).
pub fn compile_source_warnings(
    text: &str,
    filename: &str,
    mode: Mode,
    optimize: u8,
) -> Result<(CodeObject, Vec<CompileWarning>), CompileError> {
    let lowered = taipan_ast::parse(text, mode);
    if let Some(e) = lowered.errors.first() {
        return Err(CompileError::from_syntax(text, filename, mode, e));
    }
    let mut ast = lowered.ast;
    let options = taipan_opt::Options {
        optimize,
        log: false,
        ..taipan_opt::Options::cpython()
    };
    let opt = taipan_opt::optimize(&mut ast, &options);
    if let Some(e) = opt.error {
        return Err(CompileError {
            kind: CompileErrorKind::RecursionError,
            message: e.message.to_string(),
            filename: filename.to_string(),
            lineno: 0,
            offset: 0,
            end_lineno: 0,
            end_offset: Some(0),
            text: None,
        });
    }
    compile_ast_warnings(&ast, filename, optimize).map_err(|e| e.with_source(filename, Some(text)))
}

/// Compiles an AST that went through the optimizer: symbol table, then code.
pub fn compile_ast(ast: &Ast, filename: &str, optimize: u8) -> Result<CodeObject, CompileError> {
    compile_ast_warnings(ast, filename, optimize).map(|(code, _)| code)
}

/// [`compile_ast`], with the compiler's SyntaxWarnings.
pub fn compile_ast_warnings(
    ast: &Ast,
    filename: &str,
    optimize: u8,
) -> Result<(CodeObject, Vec<CompileWarning>), CompileError> {
    let table = SymbolTable::new(ast).map_err(|e| item::symtable_error(&e, filename))?;
    compile_with_table_warnings(ast, &table, filename, optimize)
}

/// Compiles with a symbol table already built from `ast`.
pub fn compile_with_table(
    ast: &Ast,
    table: &SymbolTable,
    filename: &str,
    optimize: u8,
) -> Result<CodeObject, CompileError> {
    compile_with_table_warnings(ast, table, filename, optimize).map(|(code, _)| code)
}

/// [`compile_with_table`], with the compiler's SyntaxWarnings.
pub fn compile_with_table_warnings(
    ast: &Ast,
    table: &SymbolTable,
    filename: &str,
    optimize: u8,
) -> Result<(CodeObject, Vec<CompileWarning>), CompileError> {
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        compile::Compiler::new(ast, table, filename, optimize).compile_mod_warnings()
    }));
    match result {
        Ok(r) => r.map_err(|mut e| {
            e.filename = filename.to_string();
            e
        }),
        Err(_) => Err(CompileError::at(
            CompileErrorKind::SyntaxError,
            "internal compiler error",
            Loc::default(),
        )
        .with_source(filename, None)),
    }
}

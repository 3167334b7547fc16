//! The rows of the conformance table. Each row is one module implementing [`Row`]: it judges one
//! file at a time, and may add detail to its failures afterwards. A new comparison (say, the AST
//! against `ast.dump`) is one more module and one more entry in [`all`].

mod accept_reject;
mod ast;
mod code;
mod round_trip;
mod symtable;
mod tokens;

use super::Context;
use super::case::Case;

/// The verdict of a row on one file.
pub enum Outcome {
    Pass,
    Fail(String),
    /// Not counted in the row's total, with the reason (tallied in the report).
    Skip(&'static str),
}

/// A failure kept for the report.
pub struct Failure {
    pub file: String,
    pub detail: String,
}

pub trait Row: Sync {
    /// The name `--row` selects and the table shows.
    fn name(&self) -> &'static str;
    /// The goal as printed; every row's goal is that all counted files pass.
    fn goal(&self) -> &'static str {
        "all"
    }
    fn check(&self, case: &Case) -> Outcome;
    /// Whether the row needs the hash of CPython's `ast.dump` of each file (costly to make).
    fn needs_cpython_ast(&self) -> bool {
        false
    }
    /// Whether the row needs the hash of CPython's symbol table of each file.
    fn needs_cpython_symtable(&self) -> bool {
        false
    }
    /// Whether the row needs the hash of CPython's code objects of each file.
    fn needs_cpython_code(&self) -> bool {
        false
    }
    /// Whether `passed` of `total` meets the goal (by default: all).
    fn meets_goal(&self, passed: usize, total: usize) -> bool {
        passed == total
    }
    /// Called once with the row's failures (in corpus order) to add detail to the first ones.
    fn explain(&self, _failures: &mut [Failure], _ctx: &Context) {}
}

/// Every row, in table order.
pub fn all() -> Vec<Box<dyn Row>> {
    vec![
        Box::new(round_trip::RoundTrip),
        Box::new(accept_reject::AcceptReject),
        Box::new(tokens::Tokens),
        Box::new(ast::Ast),
        Box::new(symtable::Symtable),
        Box::new(code::CodeCompiles),
        Box::new(code::Code),
    ]
}

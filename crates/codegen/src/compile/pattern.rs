//! `match` statements (`compiler_match`, `compiler_pattern`): every pattern kind, with
//! CPython's pattern-context stack discipline. Not written yet: raises a NotImplemented
//! compile error.

use taipan_ast::{ExprId, MatchCase};

use super::{CResult, Compiler};
use crate::error::CompileError;

impl<'a> Compiler<'a> {
    pub(crate) fn match_stmt(&mut self, subject: ExprId, _cases: &[MatchCase]) -> CResult {
        Err(CompileError::not_implemented(
            "match statements",
            self.ast.expr(subject).loc,
        ))
    }
}

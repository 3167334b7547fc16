//! The log of the optimizer: each rewrite is a named [`Transform`] applied at a position, with a
//! one-line rendering of the node before and after (`ast.dump()` style, cut at 200 characters).

use std::fmt;

use taipan_ast::Loc;

/// The kinds of rewrite, named after the CPython function that makes them where there is one.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Transform {
    /// `fold_binop`: a binary operation on two constants.
    FoldBinOp,
    /// `fold_unaryop`: a unary operation on a constant.
    FoldUnaryOp,
    /// `fold_unaryop`: `not a in b` to `a not in b` (also `is`/`is not`).
    FoldNotCompare,
    /// `optimize_format`: `'%s' % (a,)` to a `JoinedStr`.
    FormatToJoinedStr,
    /// `fold_tuple`: a tuple display of constants.
    FoldTuple,
    /// `fold_subscr`: a constant subscripted by a constant.
    FoldSubscript,
    /// `fold_iter`: a list display to a tuple display (`for`, comprehensions, `in`).
    IterListToTuple,
    /// `fold_iter`: a list or set display of constants to a constant tuple or frozenset.
    IterToConstant,
    /// `__debug__` to `True` (or `False` under `-O`).
    DebugToConstant,
    /// `astfold_body`: a string that became the first statement of a body is wrapped in a
    /// `JoinedStr` so that it does not become a docstring.
    GuardDocstring,
    /// Beyond CPython: the dead branch of an `if` with a constant test.
    RemoveDeadIf,
    /// Beyond CPython: the body of a `while` whose test is a false constant.
    RemoveDeadWhile,
    /// Beyond CPython: the `else` of a `while` whose test is a true constant.
    RemoveDeadWhileElse,
}

impl Transform {
    pub fn name(self) -> &'static str {
        match self {
            Transform::FoldBinOp => "FoldBinOp",
            Transform::FoldUnaryOp => "FoldUnaryOp",
            Transform::FoldNotCompare => "FoldNotCompare",
            Transform::FormatToJoinedStr => "FormatToJoinedStr",
            Transform::FoldTuple => "FoldTuple",
            Transform::FoldSubscript => "FoldSubscript",
            Transform::IterListToTuple => "IterListToTuple",
            Transform::IterToConstant => "IterToConstant",
            Transform::DebugToConstant => "DebugToConstant",
            Transform::GuardDocstring => "GuardDocstring",
            Transform::RemoveDeadIf => "RemoveDeadIf",
            Transform::RemoveDeadWhile => "RemoveDeadWhile",
            Transform::RemoveDeadWhileElse => "RemoveDeadWhileElse",
        }
    }
}

/// One rewrite: what, where (the position of the node rewritten, as it was), before and after.
/// `before` and `after` are empty when the optimizer ran without [`crate::Options::log`].
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Change {
    pub transform: Transform,
    pub loc: Loc,
    pub before: String,
    pub after: String,
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}-{}:{} {}: {} -> {}",
            self.loc.lineno,
            self.loc.col_offset,
            self.loc.end_lineno,
            self.loc.end_col_offset,
            self.transform.name(),
            self.before,
            self.after
        )
    }
}

/// Cuts a rendering to 200 characters.
pub(crate) fn clip(mut text: String) -> String {
    const MAX: usize = 200;
    if text.len() > MAX {
        let mut end = MAX;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
        text.push_str("...");
    }
    text
}

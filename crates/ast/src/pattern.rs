//! The `pattern` sum of CPython 3.11's ASDL: the patterns of `match` statements.

use crate::{Constant, ExprId, Identifier, Loc, PatternId};

/// A pattern node: its class and fields, and its position.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Pattern {
    pub kind: PatternKind,
    pub loc: Loc,
}

/// One variant per class of the ASDL's `pattern` sum, with the ASDL's field names and order.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PatternKind {
    MatchValue {
        value: ExprId,
    },
    /// `None`, `True` or `False`.
    MatchSingleton {
        value: Constant,
    },
    MatchSequence {
        patterns: Vec<PatternId>,
    },
    MatchMapping {
        keys: Vec<ExprId>,
        patterns: Vec<PatternId>,
        rest: Option<Identifier>,
    },
    MatchClass {
        cls: ExprId,
        patterns: Vec<PatternId>,
        kwd_attrs: Vec<Identifier>,
        kwd_patterns: Vec<PatternId>,
    },
    /// `*name`, or `*_` (`name` is `None`).
    MatchStar {
        name: Option<Identifier>,
    },
    /// `pattern as name`, a capture `name` (no pattern), or `_` (neither).
    MatchAs {
        pattern: Option<PatternId>,
        name: Option<Identifier>,
    },
    MatchOr {
        patterns: Vec<PatternId>,
    },
}

impl PatternKind {
    /// The CPython class name (`"MatchAs"`, ...).
    pub fn class_name(&self) -> &'static str {
        match self {
            PatternKind::MatchValue { .. } => "MatchValue",
            PatternKind::MatchSingleton { .. } => "MatchSingleton",
            PatternKind::MatchSequence { .. } => "MatchSequence",
            PatternKind::MatchMapping { .. } => "MatchMapping",
            PatternKind::MatchClass { .. } => "MatchClass",
            PatternKind::MatchStar { .. } => "MatchStar",
            PatternKind::MatchAs { .. } => "MatchAs",
            PatternKind::MatchOr { .. } => "MatchOr",
        }
    }
}

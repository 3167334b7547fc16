//! What every node shares: the typed arena indices and CPython's source position (`lineno`,
//! `col_offset`, `end_lineno`, `end_col_offset`).

use la_arena::Idx;

use crate::{Expr, Pattern, Stmt};

pub type ExprId = Idx<Expr>;
pub type StmtId = Idx<Stmt>;
pub type PatternId = Idx<Pattern>;

/// A node's position as CPython counts it: lines from 1, columns in UTF-8 bytes from 0, the end
/// exclusive.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub struct Loc {
    pub lineno: u32,
    pub col_offset: u32,
    pub end_lineno: u32,
    pub end_col_offset: u32,
}

impl Loc {
    /// No position: CPython's `-1` in all four fields, carried by nodes built without a source
    /// (the literal parts the optimizer makes when it turns `'%s' % (x,)` into a `JoinedStr`).
    pub const NONE: Loc = Loc::new(u32::MAX, u32::MAX, u32::MAX, u32::MAX);

    pub const fn new(lineno: u32, col_offset: u32, end_lineno: u32, end_col_offset: u32) -> Loc {
        Loc {
            lineno,
            col_offset,
            end_lineno,
            end_col_offset,
        }
    }
    /// From the start of `self` to the end of `other`.
    pub const fn to(self, other: Loc) -> Loc {
        Loc {
            lineno: self.lineno,
            col_offset: self.col_offset,
            end_lineno: other.end_lineno,
            end_col_offset: other.end_col_offset,
        }
    }
}

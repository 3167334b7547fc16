//! The `SyntaxError`s (and the one `RecursionError`) that building a symbol table raises, with
//! CPython's message and location: `lineno`, `offset` and `end_lineno`/`end_offset` as the
//! exception's attributes give them (offsets are the AST's UTF-8 byte columns plus one, as
//! `PyErr_RangedSyntaxLocationObject` receives them).

use taipan_ast::Loc;

/// The class of the exception CPython raises.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ErrorKind {
    SyntaxError,
    /// "maximum recursion depth exceeded during compilation".
    RecursionError,
    /// "this compiler does not handle FunctionTypes" (a `func_type` tree).
    RuntimeError,
}

/// An error raised while building the symbol table (or reading the future imports).
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct SymtableError {
    pub kind: ErrorKind,
    pub message: String,
    pub lineno: u32,
    pub offset: u32,
    pub end_lineno: u32,
    /// `None` where CPython leaves it unset (the future errors).
    pub end_offset: Option<u32>,
}

impl SymtableError {
    /// An error over a node's range (`PyErr_RangedSyntaxLocationObject(lineno, col + 1, ...)`).
    pub fn ranged(message: String, loc: Loc) -> SymtableError {
        SymtableError {
            kind: ErrorKind::SyntaxError,
            message,
            lineno: loc.lineno,
            offset: loc.col_offset.wrapping_add(1),
            end_lineno: loc.end_lineno,
            end_offset: Some(loc.end_col_offset.wrapping_add(1)),
        }
    }
    /// An error at one point (`PyErr_SyntaxLocationObject(lineno, offset)`): no end offset.
    pub fn at_point(message: String, lineno: u32, offset: u32) -> SymtableError {
        SymtableError {
            kind: ErrorKind::SyntaxError,
            message,
            lineno,
            offset,
            end_lineno: lineno,
            end_offset: None,
        }
    }
    pub(crate) fn other(kind: ErrorKind, message: &str) -> SymtableError {
        SymtableError {
            kind,
            message: message.into(),
            lineno: 0,
            offset: 0,
            end_lineno: 0,
            end_offset: None,
        }
    }
}

impl std::fmt::Display for SymtableError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let class = match self.kind {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::RecursionError => "RecursionError",
            ErrorKind::RuntimeError => "RuntimeError",
        };
        write!(f, "{class}: {} (line {})", self.message, self.lineno)
    }
}

impl std::error::Error for SymtableError {}

//! `CompileError`: what CPython's `SyntaxError` (or `IndentationError`, `TabError`) carries when
//! `compile()` fails: the message, the file, 1-based line and column offsets as the exception's
//! attributes hold them, and the text of the offending line, so the VM can print
//! `  File "x.py", line 3` and the caret line exactly as CPython does.

use std::fmt;

/// The exception class of a compile error.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum CompileErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// `RecursionError`: the tree is too deep to compile.
    RecursionError,
    /// A construct the compiler does not handle yet (never raised by CPython).
    NotImplemented,
}

impl CompileErrorKind {
    /// The exception's class name.
    pub fn name(self) -> &'static str {
        match self {
            CompileErrorKind::SyntaxError => "SyntaxError",
            CompileErrorKind::IndentationError => "IndentationError",
            CompileErrorKind::TabError => "TabError",
            CompileErrorKind::RecursionError => "RecursionError",
            CompileErrorKind::NotImplemented => "NotImplementedError",
        }
    }
}

/// A failed compilation, with `SyntaxError`'s attributes (`lineno`, `offset`, `end_lineno`,
/// `end_offset` are 1-based as CPython's exception exposes them; 0 when unset).
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct CompileError {
    pub kind: CompileErrorKind,
    pub message: String,
    pub filename: String,
    pub lineno: u32,
    pub offset: u32,
    pub end_lineno: u32,
    pub end_offset: u32,
    /// The source line the error is on (with its newline), when known.
    pub text: Option<String>,
}

impl CompileError {
    /// An error over an AST node's range (`compiler_error`: `col_offset + 1`, end likewise).
    pub(crate) fn at(
        kind: CompileErrorKind,
        message: impl Into<String>,
        loc: taipan_ast::Loc,
    ) -> Self {
        CompileError {
            kind,
            message: message.into(),
            filename: String::new(),
            lineno: loc.lineno,
            offset: loc.col_offset + 1,
            end_lineno: loc.end_lineno,
            end_offset: loc.end_col_offset + 1,
            text: None,
        }
    }

    pub(crate) fn not_implemented(what: &str, loc: taipan_ast::Loc) -> Self {
        Self::at(
            CompileErrorKind::NotImplemented,
            format!("taipan cannot compile {what} yet"),
            loc,
        )
    }

    /// Fills in the file name and, from `source`, the text of the error's line.
    pub(crate) fn with_source(mut self, filename: &str, source: Option<&str>) -> Self {
        self.filename = filename.to_string();
        if self.text.is_none()
            && self.lineno > 0
            && let Some(src) = source
            && let Some(line) = src.split_inclusive('\n').nth(self.lineno as usize - 1)
        {
            self.text = Some(line.to_string());
        }
        self
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} ({}, line {})",
            self.kind.name(),
            self.message,
            self.filename,
            self.lineno
        )
    }
}

impl std::error::Error for CompileError {}

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
    pub offset: i32,
    pub end_lineno: u32,
    /// `None` where CPython's is (the errors of `__future__` imports).
    pub end_offset: Option<i32>,
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
            offset: loc.col_offset as i32 + 1,
            end_lineno: loc.end_lineno,
            end_offset: Some(loc.end_col_offset as i32 + 1),
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

    /// Fills in the file name and, as CPython's compiler does (`PyErr_ProgramTextObject`), the
    /// text of the error's line read from the file of that name, when there is one.
    pub(crate) fn with_source(mut self, filename: &str, _source: Option<&str>) -> Self {
        self.filename = filename.to_string();
        if self.text.is_none() && self.lineno > 0 {
            self.text = program_text(filename, self.lineno);
        }
        self
    }

    /// A parser, tokenizer or lowering error of `source` (compiled from `filename` as `mode`)
    /// with the attributes CPython 3.11 gives it: character columns converted from bytes as
    /// `_PyPegen_byte_offset_to_character_offset` does (the end with the first line's text),
    /// and the text of the line as the tokenizer had it (see [`taipan_syntax::LineText`]).
    pub(crate) fn from_syntax(
        source: &str,
        filename: &str,
        mode: crate::Mode,
        e: &taipan_syntax::SyntaxError,
    ) -> Self {
        if let Some(err) = Self::in_fstring_field(source, filename, mode, e) {
            return err;
        }
        Self::placed(source, filename, mode, e, false)
    }

    /// [`Self::from_syntax`] without the f-string fields' re-parse. `fstring_expr`: `source` is
    /// an f-string field's `(expr)` text (CPython's `Py_fstring_input` parser: no file to read the
    /// line from, and its parser's columns stay in bytes, its tokenizer having no encoding).
    pub(crate) fn placed(
        source: &str,
        filename: &str,
        mode: crate::Mode,
        e: &taipan_syntax::SyntaxError,
        fstring_expr: bool,
    ) -> Self {
        use taipan_syntax::{LineText, Placement, SyntaxErrorKind};
        let index = taipan_ast::lower::LineIndex::new(source);
        let mut range = e.range;
        let mut placement = e.placement.unwrap_or(Placement {
            offset: None,
            end_offset: None,
            text: LineText::Buffer,
        });
        // Errors in string literals point at the token after them (the parser's last).
        if taipan_syntax::is_string_error(&e.message)
            && let Some(after) = taipan_syntax::after_strings(source, e.range.start().into())
        {
            range = after;
            placement = Placement {
                offset: None,
                end_offset: None,
                text: LineText::Buffer,
            };
        }
        // Only `exec` input gets a line end appended: elsewhere the end of a last line without
        // one is the ENDMARKER, whose generic error has offsets 0 (as in `placement`).
        if mode != crate::Mode::Exec
            && e.message == "invalid syntax"
            && usize::from(e.range.start()) >= source.len()
            && !source.ends_with(['\n', '\r'])
        {
            placement = Placement {
                offset: Some(0),
                end_offset: Some(0),
                text: LineText::Buffer,
            };
        }
        let (line, col) = index.line_col(range.start());
        let (end_line, end_col) = index.line_col(range.end());
        let own = source
            .split_inclusive('\n')
            .nth(line as usize - 1)
            .unwrap_or("");
        let text = match placement.text {
            LineText::Tokenizer => own.trim_end_matches(['\n', '\r']).to_string(),
            _ if mode == crate::Mode::Exec
                && !fstring_expr
                && let Some(t) = program_text(filename, line) =>
            {
                t
            }
            // Only `exec` input gets a line end appended (`translate_newlines`).
            LineText::Buffer => {
                // The buffer holds the lines of a multi-line string the line ends.
                let own_start: usize = source
                    .split_inclusive('\n')
                    .take(line as usize - 1)
                    .map(str::len)
                    .sum();
                let buf = taipan_syntax::buffer_start(source, own_start as u32) as usize;
                let buffer = match source.get(buf..own_start + own.len()) {
                    Some(b) if buf < own_start => b.replace("\r\n", "\n"),
                    _ => own.to_string(),
                };
                if buffer.ends_with('\n') || mode != crate::Mode::Exec {
                    buffer
                } else {
                    buffer + "\n"
                }
            }
            LineText::Line => own.trim_end_matches(['\n', '\r']).to_string(),
        };
        let chars = !fstring_expr || placement.text == LineText::Tokenizer;
        let column = |byte_col: i32| {
            if chars {
                taipan_syntax::char_column(&text, byte_col)
            } else {
                byte_col
            }
        };
        let offset = column(placement.offset.unwrap_or(col as i32 + 1));
        let (end_lineno, end_offset) = match placement.end_offset {
            Some(end) => (line, column(end)),
            None => (end_line, column(end_col as i32 + 1)),
        };
        if source.is_empty() {
            // No line was read: the tokenizer's line number is still 0.
            return CompileError {
                kind: CompileErrorKind::SyntaxError,
                message: e.message.clone(),
                filename: filename.to_string(),
                lineno: 0,
                offset: 0,
                end_lineno: 0,
                end_offset: Some(0),
                text: Some(String::new()),
            };
        }
        CompileError {
            kind: match e.kind {
                SyntaxErrorKind::Syntax => CompileErrorKind::SyntaxError,
                SyntaxErrorKind::Indentation => CompileErrorKind::IndentationError,
                SyntaxErrorKind::Tab => CompileErrorKind::TabError,
            },
            message: e.message.clone(),
            filename: filename.to_string(),
            lineno: line,
            offset,
            end_lineno,
            end_offset: Some(end_offset),
            text: Some(text),
        }
    }
}

/// Line `lineno` of the file `filename`, read as CPython's `PyErr_ProgramTextObject` does
/// (with its line end; `None` when there is no such file or line).
fn program_text(filename: &str, lineno: u32) -> Option<String> {
    let bytes = std::fs::read(filename).ok()?;
    let text = String::from_utf8_lossy(&bytes);
    let line = text
        .split_inclusive('\n')
        .nth(lineno.checked_sub(1)? as usize)?;
    Some(line.replace("\r\n", "\n"))
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

/// A SyntaxWarning of the compiler (CPython's `compiler_warn`): its message and the location
/// of the node being compiled, where `-W error` reports it as a SyntaxError (`offset` and
/// `end_offset` 1-based). The compiler only collects them; the runtime issues them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileWarning {
    pub message: String,
    pub lineno: u32,
    pub offset: i32,
    pub end_lineno: u32,
    pub end_offset: i32,
}

//! Indentation: measuring the leading whitespace of each line as CPython does (tabs to the next
//! multiple of 8, form feed resets the column, a second measure with tabs as 1 column to catch
//! inconsistent tabs), the stack of indentation levels, and the `Indent` / `Dedent` tokens.

use crate::lexer::Lexer;
use crate::{TokenErrorKind, TokenKind};

/// CPython's `MAXINDENT`.
const MAX_INDENT: usize = 100;
const TAB_SIZE: u32 = 8;

/// The open indentation levels, with both measures; level 0 (column 0) is always there.
pub(crate) struct IndentStack {
    levels: Vec<(u32, u32)>,
}

impl IndentStack {
    pub(crate) fn new() -> Self {
        let mut levels = Vec::with_capacity(16);
        levels.push((0, 0));
        IndentStack { levels }
    }

    /// Number of levels, counting level 0.
    pub(crate) fn depth(&self) -> usize {
        self.levels.len()
    }

    fn top(&self) -> (u32, u32) {
        *self.levels.last().unwrap_or(&(0, 0))
    }
}

const TAB_ERROR: &str = "inconsistent use of tabs and spaces in indentation";

impl Lexer<'_> {
    /// At the start of a physical line (outside f-strings): the leading whitespace, and, unless
    /// the line is blank or inside brackets, the indentation change it makes.
    pub(crate) fn line_start(&mut self) {
        let start = self.pos;
        let mut p = start;
        let (mut col, mut altcol) = (0u32, 0u32);
        loop {
            match self.at(p) {
                b' ' => {
                    col += 1;
                    altcol += 1;
                }
                b'\t' => {
                    col = (col / TAB_SIZE + 1) * TAB_SIZE;
                    altcol += 1;
                }
                b'\x0c' => {
                    col = 0;
                    altcol = 0;
                }
                _ => break,
            }
            p += 1;
        }
        // CPython appends the missing final line end, so a whitespace-only last line is blank.
        let blank = p >= self.end || matches!(self.b[p], b'#' | b'\n' | b'\r');
        self.blank_line = blank;
        let mut kind = TokenKind::Whitespace;
        let mut dedents = 0;
        if !blank && self.parens.is_empty() {
            let (top_col, top_alt) = self.indents.top();
            if col == top_col {
                if altcol != top_alt {
                    self.error_kind(start, 0, TAB_ERROR, TokenErrorKind::Tab);
                }
            } else if col > top_col {
                if self.indents.depth() >= MAX_INDENT {
                    self.error_kind(
                        p,
                        0,
                        "too many levels of indentation",
                        TokenErrorKind::Indentation,
                    );
                } else {
                    if altcol <= top_alt {
                        self.error_kind(start, 0, TAB_ERROR, TokenErrorKind::Tab);
                    }
                    self.indents.levels.push((col, altcol));
                    kind = TokenKind::Indent;
                }
            } else {
                while self.indents.depth() > 1 && col < self.indents.top().0 {
                    self.indents.levels.pop();
                    dedents += 1;
                }
                let (top_col, top_alt) = self.indents.top();
                if col != top_col {
                    self.error_kind(
                        p,
                        0,
                        "unindent does not match any outer indentation level",
                        TokenErrorKind::Indentation,
                    );
                } else if altcol != top_alt {
                    self.error_kind(start, 0, TAB_ERROR, TokenErrorKind::Tab);
                }
            }
        }
        if p > start {
            self.push(kind, start, p);
        }
        for _ in 0..dedents {
            self.push(TokenKind::Dedent, p, p);
        }
        self.pos = p;
    }
}

//! [`LineIndex`]: byte offsets to CPython's (line, column) pairs: lines counted from 1 and
//! broken at `\n`, `\r\n` and `\r` (CPython translates the last two before tokenizing), columns
//! in UTF-8 bytes from the start of the line. A leading BOM (U+FEFF) is not counted: CPython's
//! tokenizer drops it before it counts columns.
//!
//! The lowering asks for positions mostly in source order, so the index remembers the last line
//! found and tries it and the next one before a binary search.

use std::cell::Cell;

use taipan_syntax::{TextRange, TextSize};

use crate::Loc;

/// The start offset of every line of a text.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<u32>,
    /// The line of the last look-up.
    last: Cell<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = Vec::with_capacity(bytes.len() / 32 + 1);
        starts.push(if text.starts_with('\u{feff}') { 3 } else { 0 });
        let mut i = 0;
        while let Some(off) = bytes[i..].iter().position(|&b| b == b'\n' || b == b'\r') {
            let at = i + off;
            let next = if bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n') {
                at + 2
            } else {
                at + 1
            };
            starts.push(next as u32);
            i = next;
        }
        LineIndex {
            starts,
            last: Cell::new(0),
        }
    }

    /// (1-based line, byte column) of an offset.
    #[inline]
    pub fn line_col(&self, offset: TextSize) -> (u32, u32) {
        let offset = u32::from(offset);
        let line = self.line_of(offset);
        (line as u32 + 1, offset.saturating_sub(self.starts[line]))
    }

    /// The 0-based line holding `offset`.
    #[inline]
    fn line_of(&self, offset: u32) -> usize {
        let starts = &self.starts;
        let holds = |line: usize| {
            starts.get(line).is_some_and(|&s| s <= offset)
                && starts.get(line + 1).is_none_or(|&next| offset < next)
        };
        let last = self.last.get();
        if holds(last) {
            return last;
        }
        if holds(last + 1) {
            self.last.set(last + 1);
            return last + 1;
        }
        let line = starts.partition_point(|&s| s <= offset).max(1) - 1;
        self.last.set(line);
        line
    }

    #[inline]
    pub fn loc(&self, range: TextRange) -> Loc {
        let (lineno, col_offset) = self.line_col(range.start());
        let (end_lineno, end_col_offset) = self.line_col(range.end());
        Loc {
            lineno,
            col_offset,
            end_lineno,
            end_col_offset,
        }
    }
}

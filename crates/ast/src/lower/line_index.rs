//! [`LineIndex`]: byte offsets to CPython's (line, column) pairs: lines counted from 1 and
//! broken at `\n`, `\r\n` and `\r` (CPython translates the last two before tokenizing), columns
//! in UTF-8 bytes from the start of the line. A leading BOM (U+FEFF) is not counted: CPython's
//! tokenizer drops it before it counts columns.

use taipan_syntax::{TextRange, TextSize};

use crate::Loc;

/// The start offset of every line of a text.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<u32>,
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
        LineIndex { starts }
    }

    /// (1-based line, byte column) of an offset.
    #[inline]
    pub fn line_col(&self, offset: TextSize) -> (u32, u32) {
        let offset = u32::from(offset);
        let line = self.starts.partition_point(|&s| s <= offset).max(1) - 1;
        (line as u32 + 1, offset.saturating_sub(self.starts[line]))
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

//! `LineIndex`: conversion between byte offsets and (line, column) positions, with columns in
//! UTF-8 bytes or in code points. Lines end at `\n`, `\r\n` or `\r`, as in CPython's tokenizer.
//! Lines and columns are 0-based.

/// A 0-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LineCol {
    pub line: u32,
    pub col: u32,
}

/// The start offsets of the lines of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineIndex {
    /// `line_starts[i]` is the byte offset where line `i` starts; `line_starts[0] == 0`.
    line_starts: Vec<u32>,
    len: u32,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        let mut line_starts = Vec::with_capacity(bytes.len() / 32 + 1);
        line_starts.push(0);
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line_starts.push(i as u32 + 1),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    line_starts.push(i as u32 + 1);
                }
                _ => {}
            }
            i += 1;
        }
        LineIndex {
            line_starts,
            len: bytes.len() as u32,
        }
    }

    /// Number of lines; a text ending in a line end has an empty last line.
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// Byte offset where `line` starts.
    pub fn line_start(&self, line: u32) -> Option<u32> {
        self.line_starts.get(line as usize).copied()
    }

    /// The line containing `offset` (offsets past the end are clamped).
    pub fn line(&self, offset: u32) -> u32 {
        let offset = offset.min(self.len);
        (self.line_starts.partition_point(|&s| s <= offset) - 1) as u32
    }

    /// Line and column in UTF-8 bytes.
    pub fn line_col(&self, offset: u32) -> LineCol {
        let line = self.line(offset);
        LineCol {
            line,
            col: offset.min(self.len) - self.line_starts[line as usize],
        }
    }

    /// Line and column in code points; `text` must be the text this index was built from.
    pub fn line_col_chars(&self, text: &str, offset: u32) -> LineCol {
        let LineCol { line, col } = self.line_col(offset);
        let start = self.line_starts[line as usize] as usize;
        let chars = text.as_bytes()[start..start + col as usize]
            .iter()
            .filter(|&&b| (b as i8) >= -0x40)
            .count();
        LineCol {
            line,
            col: chars as u32,
        }
    }

    /// Byte offset of a line and a column in UTF-8 bytes, if within the line (its line end
    /// included).
    pub fn offset(&self, pos: LineCol) -> Option<u32> {
        let start = *self.line_starts.get(pos.line as usize)?;
        let next = self
            .line_starts
            .get(pos.line as usize + 1)
            .copied()
            .unwrap_or(self.len);
        let offset = start.checked_add(pos.col)?;
        (offset <= next).then_some(offset)
    }

    /// Byte offset of a line and a column in code points; `text` as for [`Self::line_col_chars`].
    pub fn offset_chars(&self, text: &str, pos: LineCol) -> Option<u32> {
        let start = *self.line_starts.get(pos.line as usize)? as usize;
        let next = self
            .line_starts
            .get(pos.line as usize + 1)
            .map_or(text.len(), |&n| n as usize);
        let line = text.get(start..next)?;
        if pos.col as usize == line.chars().count() {
            return Some(next as u32);
        }
        line.char_indices()
            .nth(pos.col as usize)
            .map(|(i, _)| (start + i) as u32)
    }
}

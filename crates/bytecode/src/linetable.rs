//! The location table (`co_linetable`) in CPython 3.11's format (`Objects/locations.md`),
//! written as `compile.c` writes it (one entry per instruction, split in runs of at most 8 code
//! units) and read as `codeobject.c` reads it: `co_lines()`, `co_positions()`, and the line of
//! an instruction for tracebacks, with [`LineIndex`] for repeated lookups by binary search.
//!
//! Each entry starts with a byte `1cccclll`: `lll` + 1 code units, and code `cccc`:
//! 0-9 short form (same line, column `cccc*8 + bits 4-6` of the next byte, end column = column +
//! its low 4 bits), 10-12 one-line form (line delta 0-2, then column and end column bytes),
//! 13 no columns (signed varint line delta), 14 long form (signed line delta, end-line delta,
//! column+1, end column+1, as varints), 15 no location. Varints are 6-bit groups, least
//! significant first, bit 6 = more follow. Line deltas are from the previous entry's line,
//! starting at `co_firstlineno`.

/// A source position as `co_positions()` gives it (lines 1-based, columns 0-based UTF-8 byte
/// offsets); `None` where CPython gives `None`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub struct Position {
    pub line: Option<u32>,
    pub end_line: Option<u32>,
    pub col: Option<u32>,
    pub end_col: Option<u32>,
}

impl Position {
    /// A position on one line.
    pub const fn new(line: u32, col: u32, end_line: u32, end_col: u32) -> Position {
        Position {
            line: Some(line),
            end_line: Some(end_line),
            col: Some(col),
            end_col: Some(end_col),
        }
    }
    /// No location (artificial instructions).
    pub const NONE: Position = Position {
        line: None,
        end_line: None,
        col: None,
        end_col: None,
    };
    /// What this position reads back as after a trip through the table: no line means no
    /// location at all; a missing or earlier end line is the line; on one line, a missing
    /// column drops both columns.
    pub fn normalized(self) -> Position {
        let Some(line) = self.line else {
            return Position::NONE;
        };
        let end_line = self.end_line.filter(|&e| e >= line).unwrap_or(line);
        let (col, end_col) = if end_line == line && (self.col.is_none() || self.end_col.is_none()) {
            (None, None)
        } else {
            (self.col, self.end_col)
        };
        Position {
            line: Some(line),
            end_line: Some(end_line),
            col,
            end_col,
        }
    }
}

/// One `co_lines()` item: code in byte offsets `start..end` has line `line`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct LineRange {
    pub start: u32,
    pub end: u32,
    pub line: Option<u32>,
}

const NONE: u8 = 15;
const LONG: u8 = 14;
const NO_COLUMNS: u8 = 13;
const ONE_LINE0: u8 = 10;

/// Writes a location table entry by entry.
pub struct LineTableWriter {
    out: Vec<u8>,
    line: i64,
}

impl LineTableWriter {
    pub fn new(firstlineno: u32) -> LineTableWriter {
        LineTableWriter {
            out: Vec::new(),
            line: firstlineno as i64,
        }
    }

    fn first_byte(&mut self, code: u8, units: u32) {
        self.out.push(0x80 | (code << 3) | (units - 1) as u8);
    }
    fn varint(&mut self, mut value: u64) {
        while value >= 64 {
            self.out.push(64 | (value & 63) as u8);
            value >>= 6;
        }
        self.out.push(value as u8);
    }
    fn signed_varint(&mut self, value: i64) {
        let zigzag = if value < 0 {
            (value.unsigned_abs() << 1) | 1
        } else {
            (value as u64) << 1
        };
        self.varint(zigzag);
    }

    /// Appends the location of an instruction `units` code units long (caches included).
    pub fn push(&mut self, pos: Position, mut units: u32) {
        while units > 8 {
            self.push_one(pos, 8);
            units -= 8;
        }
        if units > 0 {
            self.push_one(pos, units);
        }
    }

    fn push_one(&mut self, pos: Position, units: u32) {
        let Some(line) = pos.line else {
            self.first_byte(NONE, units);
            return;
        };
        let line = line as i64;
        let end_line = pos.end_line.map_or(line, |e| e as i64);
        let delta = line - self.line;
        match (pos.col, pos.end_col) {
            (Some(col), Some(end_col)) if end_line == line => {
                if delta == 0 && col < 80 && end_col >= col && end_col - col < 16 {
                    self.first_byte((col >> 3) as u8, units);
                    self.out.push((((col & 7) << 4) | (end_col - col)) as u8);
                    return;
                }
                if (0..3).contains(&delta) && col < 128 && end_col < 128 {
                    self.first_byte(ONE_LINE0 + delta as u8, units);
                    self.out.push(col as u8);
                    self.out.push(end_col as u8);
                    self.line = line;
                    return;
                }
            }
            (Some(_), Some(_)) => {}
            _ if end_line == line => {
                self.first_byte(NO_COLUMNS, units);
                self.signed_varint(delta);
                self.line = line;
                return;
            }
            _ => {}
        }
        self.first_byte(LONG, units);
        self.signed_varint(delta);
        self.varint(end_line.saturating_sub(line).max(0) as u64);
        self.varint(pos.col.map_or(0, |c| c as u64 + 1));
        self.varint(pos.end_col.map_or(0, |c| c as u64 + 1));
        self.line = line;
    }

    pub fn finish(self) -> Vec<u8> {
        self.out
    }
}

/// Encodes `(position, length in code units)` pairs.
pub fn encode(firstlineno: u32, entries: impl IntoIterator<Item = (Position, u32)>) -> Vec<u8> {
    let mut writer = LineTableWriter::new(firstlineno);
    for (pos, units) in entries {
        writer.push(pos, units);
    }
    writer.finish()
}

/// One decoded entry: `units` code units at `pos`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Entry {
    pub units: u32,
    pub pos: Position,
}

/// Reads entries from a table; stops (without panicking) at a truncated entry.
pub struct Entries<'a> {
    bytes: &'a [u8],
    at: usize,
    line: i64,
}

impl<'a> Entries<'a> {
    pub fn new(table: &'a [u8], firstlineno: u32) -> Entries<'a> {
        Entries {
            bytes: table,
            at: 0,
            line: firstlineno as i64,
        }
    }
    fn byte(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.at)?;
        self.at += 1;
        Some(b)
    }
    fn varint(&mut self) -> Option<u64> {
        let mut read = self.byte()?;
        let mut value = (read & 63) as u64;
        let mut shift = 0;
        while read & 64 != 0 {
            read = self.byte()?;
            shift += 6;
            if shift < 64 {
                value |= ((read & 63) as u64) << shift;
            }
        }
        Some(value)
    }
    fn signed_varint(&mut self) -> Option<i64> {
        let v = self.varint()?;
        let magnitude = (v >> 1) as i64;
        Some(if v & 1 != 0 { -magnitude } else { magnitude })
    }
}

fn as_line(value: i64) -> Option<u32> {
    u32::try_from(value).ok()
}

fn as_col(plus_one: u64) -> Option<u32> {
    plus_one.checked_sub(1).and_then(|c| u32::try_from(c).ok())
}

impl Iterator for Entries<'_> {
    type Item = Entry;
    fn next(&mut self) -> Option<Entry> {
        let first = self.byte()?;
        let code = (first >> 3) & 15;
        let units = (first & 7) as u32 + 1;
        let pos = match code {
            NONE => Position::NONE,
            LONG => {
                self.line = self.line.wrapping_add(self.signed_varint()?);
                let end = self.line.wrapping_add(self.varint()? as i64);
                Position {
                    line: as_line(self.line),
                    end_line: as_line(end),
                    col: as_col(self.varint()?),
                    end_col: as_col(self.varint()?),
                }
            }
            NO_COLUMNS => {
                self.line = self.line.wrapping_add(self.signed_varint()?);
                Position {
                    line: as_line(self.line),
                    end_line: as_line(self.line),
                    col: None,
                    end_col: None,
                }
            }
            10..=12 => {
                self.line += (code - ONE_LINE0) as i64;
                let (col, end_col) = (self.byte()?, self.byte()?);
                Position {
                    line: as_line(self.line),
                    end_line: as_line(self.line),
                    col: Some(col as u32),
                    end_col: Some(end_col as u32),
                }
            }
            _ => {
                let second = self.byte()?;
                let col = ((code as u32) << 3) | ((second >> 4) & 7) as u32;
                Position {
                    line: as_line(self.line),
                    end_line: as_line(self.line),
                    col: Some(col),
                    end_col: Some(col + (second & 15) as u32),
                }
            }
        };
        Some(Entry { units, pos })
    }
}

/// `co_lines()`: one range per entry, byte offsets.
pub fn lines(table: &[u8], firstlineno: u32) -> Vec<LineRange> {
    let mut start = 0;
    Entries::new(table, firstlineno)
        .map(|entry| {
            let range = LineRange {
                start,
                end: start + 2 * entry.units,
                line: entry.pos.line,
            };
            start = range.end;
            range
        })
        .collect()
}

/// `co_positions()`: one position per code unit.
pub fn positions(table: &[u8], firstlineno: u32) -> Vec<Position> {
    Entries::new(table, firstlineno)
        .flat_map(|entry| std::iter::repeat_n(entry.pos, entry.units as usize))
        .collect()
}

/// The line of the code unit at index `unit`, by a scan of the table (for one lookup).
pub fn addr2line(table: &[u8], firstlineno: u32, unit: u32) -> Option<u32> {
    let mut end = 0;
    for entry in Entries::new(table, firstlineno) {
        end += entry.units;
        if unit < end {
            return entry.pos.line;
        }
    }
    None
}

/// Line starts by code unit, for repeated lookups (a traceback walking many frames of the
/// same code, a line-tracing hook): O(log n) per lookup after one pass over the table.
#[derive(Clone, Debug, Default)]
pub struct LineIndex {
    /// `(first code unit, line)` at each change of line, sorted by unit.
    starts: Vec<(u32, Option<u32>)>,
    len: u32,
}

impl LineIndex {
    pub fn new(table: &[u8], firstlineno: u32) -> LineIndex {
        let mut index = LineIndex::default();
        for entry in Entries::new(table, firstlineno) {
            if index
                .starts
                .last()
                .is_none_or(|&(_, line)| line != entry.pos.line)
            {
                index.starts.push((index.len, entry.pos.line));
            }
            index.len += entry.units;
        }
        index
    }
    /// The line of the code unit at index `unit`.
    pub fn line(&self, unit: u32) -> Option<u32> {
        if unit >= self.len {
            return None;
        }
        let i = self.starts.partition_point(|&(start, _)| start <= unit);
        self.starts[i - 1].1
    }
}

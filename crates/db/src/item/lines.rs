//! [`LineMap`]: from the lines of an item's compact text (its syntax with nested bodies, blank
//! lines and comment lines taken out) back to the lines of the source, and [`Position`], where
//! an item starts in its file.

use taipan_ast::Loc;

/// Where an item starts: its first token's 1-based line and byte column in its file.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub struct Position {
    pub line: u32,
    pub col: u32,
}

/// Runs of lines: each `(compact, real)` pair says that compact line `compact` (0-based from
/// the item's first line) is real line `real` (0-based from the same line), and so are the
/// lines after it, one for one, up to the next pair. The first pair is always `(0, 0)`.
///
/// It also maps the ends of hollowed items: in the compact text a nested item's statement (and
/// a compound statement whose last statement it is) ends at the item's header, in the source at
/// the end of its body. `ends` pairs each hollowed header's end `(line, col)` with the body's
/// real end, lines 0-based as above.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct LineMap {
    runs: Vec<(u32, u32)>,
    ends: Vec<((u32, u32), (u32, u32))>,
}

impl Default for LineMap {
    fn default() -> Self {
        LineMap {
            runs: vec![(0, 0)],
            ends: Vec::new(),
        }
    }
}

impl LineMap {
    /// Adds a run starting at compact line `compact` (after the last run).
    pub(crate) fn push(&mut self, compact: u32, real: u32) {
        match self.runs.last_mut() {
            Some(last) if last.0 == compact => *last = (compact, real),
            _ => self.runs.push((compact, real)),
        }
    }

    /// Records that the hollowed item whose header ends at compact `header` ends at `real`.
    pub(crate) fn push_end(&mut self, header: (u32, u32), real: (u32, u32)) {
        self.ends.push((header, real));
    }

    /// Appends `other` (the map of a text that starts at compact line `compact`, real line
    /// `real`, in column 0).
    pub(crate) fn append(&mut self, other: &LineMap, compact: u32, real: u32) {
        for &(c, r) in &other.runs {
            self.push(c + compact, r + real);
        }
        self.ends.extend(
            other
                .ends
                .iter()
                .map(|&((hl, hc), (rl, rc))| ((hl + compact, hc), (rl + real, rc))),
        );
    }

    /// The real line (0-based from the item's first) of compact line `compact`.
    pub fn real(&self, compact: u32) -> u32 {
        let i = self.runs.partition_point(|&(c, _)| c <= compact).max(1) - 1;
        let (c, r) = self.runs[i];
        r + (compact - c)
    }

    /// A position from an item's AST (lines from 1 on the compact text, columns of the first
    /// line relative to the item's start) as CPython gives it for the file.
    pub fn absolute(&self, start: Position, loc: Loc) -> Loc {
        let at = |real: u32, col: u32| {
            (
                start.line + real,
                if real == 0 { col + start.col } else { col },
            )
        };
        let (lineno, col_offset) = at(self.real(loc.lineno.max(1) - 1), loc.col_offset);
        let end = (loc.end_lineno.max(1) - 1, loc.end_col_offset);
        let (end_lineno, end_col_offset) = match self.ends.binary_search_by_key(&end, |e| e.0) {
            Ok(i) => at(self.ends[i].1.0, self.ends[i].1.1),
            Err(_) => at(self.real(end.0), end.1),
        };
        Loc {
            lineno,
            col_offset,
            end_lineno,
            end_col_offset,
        }
    }
}

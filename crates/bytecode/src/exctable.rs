//! The exception table (`co_exceptiontable`) in CPython 3.11's format
//! (`Objects/exception_handling_notes.txt`): for each protected range of code units, the
//! handler's offset, the stack depth to unwind to, and whether to push the offset of the raising
//! instruction (`lasti`) before the exception.
//!
//! An entry is four varints: start, length, target, `depth << 1 | lasti`, all in code units.
//! A varint is 6-bit groups, most significant first, bit 6 set on every byte but the last; bit 7
//! marks the first byte of an entry. Entries are sorted by start and do not overlap.

/// One protected range, in code units: `start..end` jumps to `target` with the stack cut to
/// `depth` (then `lasti` pushed if set, then the exception).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
}

fn write_item(out: &mut Vec<u8>, value: u32, mut msb: u8) {
    // Values up to 2^30 take at most five 6-bit groups.
    for shift in [24, 18, 12, 6] {
        if value >= 1 << shift {
            out.push(((value >> shift) & 63) as u8 | 64 | msb);
            msb = 0;
        }
    }
    out.push((value & 63) as u8 | msb);
}

/// Encodes entries (sorted, non-empty ranges; values below 2^30 as CPython requires).
pub fn encode(entries: &[ExceptionEntry]) -> Vec<u8> {
    let mut out = Vec::with_capacity(entries.len() * 4);
    for e in entries {
        write_item(&mut out, e.start, 128);
        write_item(&mut out, e.end - e.start, 0);
        write_item(&mut out, e.target, 0);
        write_item(&mut out, (e.depth << 1) | e.lasti as u32, 0);
    }
    out
}

/// Reads entries from a table; stops (without panicking) at a truncated entry.
pub struct Entries<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Entries<'a> {
    pub fn new(table: &'a [u8]) -> Entries<'a> {
        Entries {
            bytes: table,
            at: 0,
        }
    }
    fn varint(&mut self) -> Option<u32> {
        let mut b = *self.bytes.get(self.at)?;
        self.at += 1;
        let mut value = (b & 63) as u32;
        while b & 64 != 0 {
            b = *self.bytes.get(self.at)?;
            self.at += 1;
            value = (value << 6) | (b & 63) as u32;
        }
        Some(value)
    }
}

impl Iterator for Entries<'_> {
    type Item = ExceptionEntry;
    fn next(&mut self) -> Option<ExceptionEntry> {
        let start = self.varint()?;
        let length = self.varint()?;
        let target = self.varint()?;
        let depth_lasti = self.varint()?;
        Some(ExceptionEntry {
            start,
            end: start.saturating_add(length),
            target,
            depth: depth_lasti >> 1,
            lasti: depth_lasti & 1 != 0,
        })
    }
}

/// All entries of a table.
pub fn decode(table: &[u8]) -> Vec<ExceptionEntry> {
    Entries::new(table).collect()
}

/// The handler covering code unit `unit`, by a scan of the encoded table (the raise path:
/// no decoding of the whole table, stops at the first entry past `unit`).
pub fn find_handler(table: &[u8], unit: u32) -> Option<ExceptionEntry> {
    Entries::new(table)
        .take_while(|e| e.start <= unit)
        .find(|e| unit < e.end)
}

/// The handler covering code unit `unit` in decoded, sorted entries, by binary search.
pub fn lookup(entries: &[ExceptionEntry], unit: u32) -> Option<ExceptionEntry> {
    let i = entries.partition_point(|e| e.start <= unit);
    let e = *entries.get(i.checked_sub(1)?)?;
    (unit < e.end).then_some(e)
}

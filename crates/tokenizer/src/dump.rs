//! A readable listing of a token stream, one token a line (`Kind start..end "text"`), then the
//! errors: what the snapshot tests record and what a CLI can print.

use std::fmt::Write;

use crate::Tokens;

impl Tokens {
    /// Lists the tokens of `source` (the text they were made from) and the errors.
    pub fn dump(&self, source: &str) -> String {
        let mut out = String::with_capacity(self.tokens.len() * 24);
        for t in &self.tokens {
            let text = source.get(t.range()).unwrap_or("<out of range>");
            let _ = writeln!(out, "{:?} {}..{} {:?}", t.kind, t.start, t.end(), text);
        }
        for e in &self.errors {
            let place = if e.in_fstring { " in f-string" } else { "" };
            let (start, end) = (e.offset, e.offset + e.len);
            let _ = writeln!(
                out,
                "error {:?} at {start}..{end}{place}: {}",
                e.kind, e.message
            );
        }
        out
    }
}

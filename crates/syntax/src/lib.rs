//! taipan's lossless Python 3.11 parser: tokens in, a rowan syntax tree and a list of syntax errors
//! out. Depends only on the tokenizer, rowan and text-size, so tool builders can take it alone.

pub use rowan::{TextRange, TextSize};

/// A syntax error, worded as CPython 3.11 words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// Where CPython would point: the start of the range gives the line CPython reports.
    pub range: TextRange,
    pub message: String,
}

/// The result of parsing: a lossless tree (always built, whatever the input) and the errors.
#[derive(Debug, Clone)]
pub struct Parse {
    green: rowan::GreenNode,
    errors: Vec<SyntaxError>,
}

impl Parse {
    pub fn green(&self) -> &rowan::GreenNode {
        &self.green
    }
    /// Every syntax error found, tokenizer errors included, in source order.
    pub fn errors(&self) -> &[SyntaxError] {
        &self.errors
    }
}

/// Parses a module. Never panics; `tree text == text` always.
pub fn parse(text: &str) -> Parse {
    let _ = text;
    todo!("parser")
}

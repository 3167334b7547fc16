//! taipan's tokenizer: Python 3.11's lexical grammar over `&str`, lossless, and never failing.
//!
//! [`tokenize`] turns source text into a flat vector of [`Token`]s in which every byte belongs to
//! exactly one token (trivia included), so `tokens.iter().map(text).concat() == source`. Problems
//! become [`TokenKind::Error`] tokens or zero-width diagnostics in [`Tokens::errors`], and
//! tokenizing goes on. [`decode_source`] turns raw bytes into text as CPython does (BOM, PEP 263);
//! [`decode_source_bytes`] locates its UTF-8 errors as `compile()` of bytes reports them.
//!
//! f-strings are split into `FStringStart`, `FStringMiddle`, the tokens of each replacement field,
//! and `FStringEnd` (as Python 3.12 does), so that the parser can build their parts; the
//! conformance harness merges them back into 3.11's single `STRING` token.

mod chars;
mod dump;
mod encoding;
mod fstring;
mod indent;
mod kind;
mod lexer;
mod line_index;
mod number;
mod operator;
mod string;
mod undecodable;

pub use chars::is_printable;
pub use encoding::{DecodeError, DecodeErrorKind, decode_source, file_error_message};
pub use kind::TokenKind;
pub use line_index::{LineCol, LineIndex};
pub use undecodable::{LocatedError, SourceBytesError, decode_source_bytes};

/// One token: its kind and its byte range in the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    /// Byte offset of the first byte.
    pub start: u32,
    /// Byte length; zero for `Dedent`, `EndMarker` and a `Newline` at end of file.
    pub len: u32,
}

impl Token {
    #[inline]
    pub fn end(&self) -> u32 {
        self.start + self.len
    }

    #[inline]
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end() as usize
    }

    #[inline]
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        &source[self.range()]
    }
}

/// A lexical error, worded as CPython 3.11's tokenizer words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenError {
    /// Byte offset CPython reports the error at.
    pub offset: u32,
    /// Byte length of the offending text (may be zero).
    pub len: u32,
    pub message: String,
    /// True for the errors CPython raises as `IndentationError` / `TabError` rather than
    /// `SyntaxError`.
    pub kind: TokenErrorKind,
    /// Found inside an f-string; see [`TokenError::raised_by_parser`].
    pub in_fstring: bool,
}

impl TokenError {
    /// True for the errors CPython 3.11 raises from its parser rather than its tokenizer: those
    /// found inside f-strings, in the literal parts or the replacement fields (3.11's tokenizer
    /// reads an f-string as one `STRING`; the parser splits it and compiles each field). Like
    /// parser errors, CPython reports them only if parsing reaches the string,
    /// and a later tokenizer error in the file takes precedence over them.
    pub fn raised_by_parser(&self) -> bool {
        self.in_fstring
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenErrorKind {
    Syntax,
    Indentation,
    Tab,
}

/// The output of [`tokenize`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tokens {
    pub tokens: Vec<Token>,
    /// In source order.
    pub errors: Vec<TokenError>,
}

/// Tokenizes Python source. Never panics; any text gives a token stream whose texts concatenate
/// to the source and which ends with `EndMarker`.
pub fn tokenize(source: &str) -> Tokens {
    lexer::Lexer::new(source).run()
}

//! taipan's lossless Python 3.11 parser: tokens in, a rowan syntax tree and a list of syntax errors
//! out. Depends only on the tokenizer, rowan and text-size, so tool builders can take it alone.
//!
//! Pipeline inside the crate: `input` (non-trivia tokens, keywords classified) -> `grammar`
//! (recursive descent emitting `parser` events) -> `builder` (events + trivia -> green tree)
//! -> `errors` (parser and tokenizer errors merged, CPython's choice first).

pub mod ast;
mod builder;
mod errors;
mod generated;
mod grammar;
mod green;
mod input;
mod modes;
mod parser;
mod syntax_kind;
mod token_set;

pub use errors::{
    FStringField, after_strings, buffer_start, char_column, fstring_fields_at, is_string_error,
    is_tokenizer_error,
};
pub use modes::{parse_expression, parse_func_type, parse_interactive};
pub use rowan::{GreenNode, TextRange, TextSize};
pub use syntax_kind::{PythonLanguage, SyntaxElement, SyntaxKind, SyntaxNode, SyntaxToken};

/// Which Python exception CPython raises for an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SyntaxErrorKind {
    /// `SyntaxError`.
    Syntax,
    /// `IndentationError` ("unexpected indent", "expected an indented block ...", ...).
    Indentation,
    /// `TabError` ("inconsistent use of tabs and spaces in indentation").
    Tab,
}

impl SyntaxErrorKind {
    /// The exception's class name.
    pub fn class_name(self) -> &'static str {
        match self {
            SyntaxErrorKind::Syntax => "SyntaxError",
            SyntaxErrorKind::Indentation => "IndentationError",
            SyntaxErrorKind::Tab => "TabError",
        }
    }
}

/// A syntax error, worded as CPython 3.11 words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// Where CPython would point: the start of the range gives the line CPython reports.
    pub range: TextRange,
    pub message: String,
    pub kind: SyntaxErrorKind,
    /// How CPython 3.11 fills the exception's attributes where `range` alone does not say it;
    /// `None`: from `range`, with the text of its first line (see [`Placement`]).
    pub placement: Option<Placement>,
}

/// CPython 3.11's placement of an error, for the `SyntaxError` attributes `range` cannot
/// express (`end_offset` -1, an offset past the line, the text with or without its line end).
/// Columns are 1-based byte columns in the error's first line, as CPython's parser computes
/// them before converting them to characters (`_PyPegen_byte_offset_to_character_offset`);
/// a value below 1 is reported as it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placement {
    /// `offset`; `None`: the range's start.
    pub offset: Option<i32>,
    /// `end_offset`; `None`: the range's end.
    pub end_offset: Option<i32>,
    pub text: LineText,
}

/// Which text CPython 3.11 gives a `SyntaxError` raised while compiling a string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineText {
    /// The tokenizer's current line, with its line end (CPython appends one to a source
    /// lacking it): the error is on the last line the tokenizer has read.
    Buffer,
    /// The error's line without its line end: the tokenizer had read past it (CPython looks
    /// the line up in the source string).
    Line,
    /// The tokenizer's own error (`syntaxerror()` in tokenizer.c): the line without its line
    /// end, even when compiling a file.
    Tokenizer,
}

/// The result of parsing: a lossless tree (always built, whatever the input) and the errors.
#[derive(Debug, Clone)]
pub struct Parse {
    green: GreenNode,
    errors: Vec<SyntaxError>,
}

impl Parse {
    pub fn green(&self) -> &GreenNode {
        &self.green
    }

    /// The root MODULE node.
    pub fn syntax_node(&self) -> SyntaxNode {
        SyntaxNode::new_root(self.green.clone())
    }

    /// Every syntax error found, tokenizer errors included. The first is the one CPython 3.11
    /// reports for this source (same message for the common cases, same line); the others
    /// follow in source order.
    pub fn errors(&self) -> &[SyntaxError] {
        &self.errors
    }

    /// The tree in rust-analyzer's debug format (`KIND@start..end` per node, with token texts),
    /// followed by one `error start..end: message` line per error.
    pub fn debug_dump(&self) -> String {
        use std::fmt::Write;
        let mut out = format!("{:#?}", self.syntax_node());
        for e in &self.errors {
            let _ = writeln!(
                out,
                "error {}..{}: {}",
                u32::from(e.range.start()),
                u32::from(e.range.end()),
                e.message
            );
        }
        out
    }
}

/// Parses a module. Never panics; `tree text == text` always.
pub fn parse(text: &str) -> Parse {
    let tokens = taipan_tokenizer::tokenize(text);
    parse_tokens(text, &tokens)
}

/// Parses a module from tokens already made by `taipan_tokenizer::tokenize(text)`.
///
/// Each parse has its own small token and node caches (see `green`), so trees of different
/// files share nothing.
pub fn parse_tokens(text: &str, tokens: &taipan_tokenizer::Tokens) -> Parse {
    parse_with(text, tokens, grammar::module)
}

/// Parses from the start rule `start` (the module, or another mode's in `modes`).
#[inline]
fn parse_with(
    text: &str,
    tokens: &taipan_tokenizer::Tokens,
    start: impl FnOnce(&mut parser::Parser),
) -> Parse {
    let input = input::Input::new(text, &tokens.tokens);
    let mut p = parser::Parser::new(&input);
    start(&mut p);
    let parser::Parser {
        mut events,
        errors: parse_errors,
        ..
    } = p;
    let green = builder::build(&input, &mut events);
    let errors = errors::finish(&input, &tokens.errors, parse_errors);
    Parse { green, errors }
}

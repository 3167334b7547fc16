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

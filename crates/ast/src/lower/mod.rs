//! Lowering: the lossless rowan tree of `taipan-syntax` to the owned [`crate::Ast`], with
//! CPython 3.11's positions and the checks CPython makes while it builds its AST (invalid
//! assignment and deletion targets, argument order in calls, mixed bytes and str literals, bad
//! escapes and numbers).
//!
//! Submodules by concern: `line_index` (byte offsets to CPython's line and column), `literal`
//! (numbers and string escapes), `strings` (concatenation and f-strings), `expr`, `stmt`,
//! `params` (parameters and call arguments), `pattern`, `targets` (expression contexts and target
//! checks). The walk never panics: a missing piece of an erroneous tree lowers to a placeholder.

mod expr;
mod line_index;
mod literal;
mod modes;
mod params;
mod pattern;
mod stmt;
mod strings;
mod targets;

use taipan_syntax::{
    SyntaxElement, SyntaxError, SyntaxErrorKind, SyntaxKind, SyntaxNode, SyntaxToken, TextRange,
};

use crate::{Ast, Loc};
pub use line_index::LineIndex;
pub use modes::{Mode, lower, parse};

/// An AST and the errors found while building it (the parser's first, then the lowering's).
#[derive(Debug, Clone)]
pub struct Lowered {
    pub ast: Ast,
    pub errors: Vec<SyntaxError>,
}

/// Parses `text` and lowers it: `ast.parse(text)`.
pub fn parse_module(text: &str) -> Lowered {
    parse(text, Mode::Exec)
}

/// The lowering of a parse, with the parser's errors first, then the lowering's (less those
/// the parser already reported): the errors `ast.parse` would raise, the first one first.
pub fn merge_errors(parse_errors: &[SyntaxError], mut lowered: Lowered) -> Lowered {
    let mut errors = parse_errors.to_vec();
    for e in lowered.errors.drain(..) {
        if !errors
            .iter()
            .any(|p| p.range == e.range && p.message == e.message)
        {
            errors.push(e);
        }
    }
    lowered.errors = errors;
    lowered
}

/// Lowers the MODULE node of a tree parsed from `text` (by `taipan_syntax::parse`).
pub fn lower_module(root: &SyntaxNode, text: &str) -> Lowered {
    lower(root, text, Mode::Exec)
}

/// The state of one lowering walk.
pub(crate) struct Lowerer<'t> {
    pub(crate) ast: Ast,
    pub(crate) errors: Vec<SyntaxError>,
    pub(crate) text: &'t str,
    pub(crate) lines: LineIndex,
}

impl<'t> Lowerer<'t> {
    fn new(text: &'t str) -> Self {
        Lowerer {
            ast: Ast::default(),
            errors: Vec::new(),
            text,
            lines: LineIndex::new(text),
        }
    }

    pub(crate) fn error(&mut self, range: TextRange, message: impl Into<String>) {
        self.errors.push(SyntaxError {
            range,
            message: message.into(),
            kind: SyntaxErrorKind::Syntax,
            placement: None,
        });
    }

    /// CPython's position of a byte range.
    #[inline]
    pub(crate) fn loc(&self, range: TextRange) -> Loc {
        self.lines.loc(range)
    }

    #[inline]
    pub(crate) fn loc_of(&self, node: &SyntaxNode) -> Loc {
        self.loc(node.text_range())
    }

    pub(crate) fn text_of(&self, range: TextRange) -> &'t str {
        self.text
            .get(usize::from(range.start())..usize::from(range.end()))
            .unwrap_or("")
    }
}

/// The first direct token of `kind`.
pub(crate) fn token(node: &SyntaxNode, kind: SyntaxKind) -> Option<SyntaxToken> {
    node.children_with_tokens()
        .filter_map(SyntaxElement::into_token)
        .find(|t| t.kind() == kind)
}

/// The direct children that are nodes of an expression kind, in order.
pub(crate) fn expr_children(node: &SyntaxNode) -> impl Iterator<Item = SyntaxNode> + use<> {
    node.children().filter(|c| expr::is_expr_kind(c.kind()))
}

/// The first direct child node of `kind`.
pub(crate) fn child(node: &SyntaxNode, kind: SyntaxKind) -> Option<SyntaxNode> {
    node.children().find(|c| c.kind() == kind)
}

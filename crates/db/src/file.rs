//! The whole-file stages, stitched from the chunks: [`tokens`], [`tree`] and [`ast`] (the file's
//! AST with absolute positions, for the stage views and diagnostics). The compile path does not
//! go through these: it goes through the item queries of [`crate::item`].

use rowan::{GreenNode, NodeOrToken};
use taipan_ast::Lowered;
use taipan_syntax::{PythonLanguage, SyntaxError, SyntaxKind, SyntaxNode, TextRange, TextSize};
use taipan_tokenizer::{TokenKind, Tokens};

use crate::Db;
use crate::chunk::{chunk_tokens, chunk_tree, chunks};
use crate::input::SourceFile;

/// The file's tokens, as `taipan_tokenizer::tokenize` gives them for the whole text.
#[salsa::tracked(returns(ref))]
pub fn tokens(db: &dyn Db, file: SourceFile) -> Tokens {
    let placed = chunks(db, file);
    let mut out = Tokens::default();
    for (i, p) in placed.iter().enumerate() {
        let last = i + 1 == placed.len();
        let part = chunk_tokens(db, p.chunk);
        out.tokens.extend(
            part.tokens
                .iter()
                .filter(|t| last || t.kind != TokenKind::EndMarker)
                .map(|t| {
                    let mut t = *t;
                    t.start += p.offset;
                    t
                }),
        );
        out.errors.extend(part.errors.iter().map(|e| {
            let mut e = e.clone();
            e.offset += p.offset;
            e.message = shift_message(&e.message, p.line);
            e
        }));
    }
    out
}

/// The file's lossless tree and its errors, as `taipan_syntax::parse` gives them.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Tree {
    pub green: GreenNode,
    pub errors: Vec<SyntaxError>,
}

impl Tree {
    /// The root MODULE node.
    pub fn syntax_node(&self) -> SyntaxNode {
        SyntaxNode::new_root(self.green.clone())
    }
}

/// The file's tree: the chunks' MODULE children one after the other, one ENDMARKER at the end.
#[salsa::tracked(returns(ref))]
pub fn tree(db: &dyn Db, file: SourceFile) -> Tree {
    let placed = chunks(db, file);
    let endmarker = raw(SyntaxKind::ENDMARKER);
    let mut children = Vec::new();
    let mut errors = Vec::new();
    for (i, p) in placed.iter().enumerate() {
        let last = i + 1 == placed.len();
        let parse = chunk_tree(db, p.chunk);
        for child in parse.green().children() {
            if last || child.kind() != endmarker {
                children.push(match child {
                    NodeOrToken::Node(n) => NodeOrToken::Node(n.to_owned()),
                    NodeOrToken::Token(t) => NodeOrToken::Token(t.to_owned()),
                });
            }
        }
        let shift = TextSize::from(p.offset);
        errors.extend(parse.errors().iter().map(|e| SyntaxError {
            range: TextRange::new(e.range.start() + shift, e.range.end() + shift),
            message: shift_message(&e.message, p.line),
            kind: e.kind,
            placement: e.placement,
        }));
    }
    Tree {
        green: GreenNode::new(raw(SyntaxKind::MODULE), children),
        errors,
    }
}

/// The file's AST with CPython's absolute positions: `ast.parse(text)`.
#[salsa::tracked(returns(ref), no_eq)]
pub fn ast(db: &dyn Db, file: SourceFile) -> Lowered {
    let tree = tree(db, file);
    let lowered = taipan_ast::lower_module(&tree.syntax_node(), file.text(db));
    taipan_ast::merge_errors(&tree.errors, lowered)
}

/// A message of a chunk's error as the whole file's parse words it: the messages that name a
/// line count it from the chunk's start ("expected an indented block after 'if' statement on
/// line 3", "unterminated string literal (detected at line 2)").
fn shift_message(message: &str, lines: u32) -> String {
    if lines > 0 {
        for (before, after) in [(" on line ", ""), ("(detected at line ", ")")] {
            if let Some(at) = message.rfind(before)
                && let Some(num) = message[at + before.len()..].strip_suffix(after)
                && let Ok(n) = num.parse::<u32>()
            {
                return format!("{}{before}{}{after}", &message[..at], n + lines);
            }
        }
    }
    message.to_string()
}

/// The rowan kind of a syntax kind.
pub(crate) fn raw(kind: SyntaxKind) -> rowan::SyntaxKind {
    <PythonLanguage as rowan::Language>::kind_to_raw(kind)
}

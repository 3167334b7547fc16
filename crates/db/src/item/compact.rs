//! The compact syntax of an item: its green tree with the bodies of the items nested in it
//! hollowed out (their BLOCK becomes one NEWLINE), and with what cannot change its AST taken
//! out: comments, whitespace at the end of a line, blank lines and comment-only lines. Tokens
//! that stay keep their columns, so lowering the compact tree gives the item's AST with lines
//! counted on the compact text; the [`LineMap`] built on the way takes them back to the source.
//!
//! One walk per item, read-only where nothing changes: a subtree with nothing to drop and no
//! item inside is shared with the chunk's tree, not copied.

use rowan::{GreenNode, GreenNodeData, GreenToken, GreenTokenData, NodeOrToken};
use taipan_syntax::SyntaxKind;

use super::lines::LineMap;
use crate::chunk::line_breaks;
use crate::file::raw;

/// An item found nested in the one being compacted.
pub(crate) struct Found {
    /// The item's own (full) node.
    pub green: GreenNode,
    /// Its first token's line (0-based, real lines from the start of the compacted root) and
    /// byte column.
    pub line: u32,
    pub col: u32,
}

/// The compact form of one root node.
pub(crate) struct Compact {
    pub green: GreenNode,
    pub lines: LineMap,
    /// Line breaks in the compact text.
    pub breaks: u32,
    /// The items directly nested, in source order.
    pub children: Vec<Found>,
}

/// Compacts `root` (a MODULE, or a FUNCTION_DEF / CLASS_DEF that is itself the item).
pub(crate) fn compact(root: &GreenNodeData) -> Compact {
    let mut w = Walker {
        real_line: 0,
        real_off: 0,
        real_line_start: 0,
        compact_line: 0,
        line_empty: true,
        delta: 0,
        kept_end: (0, 0),
        real_end: (0, 0),
        lines: LineMap::default(),
        children: Vec::new(),
    };
    let green = w.node(root).unwrap_or_else(|| root.to_owned());
    Compact {
        green,
        lines: w.lines,
        breaks: w.compact_line,
        children: w.children,
    }
}

/// True for the node kinds that are items.
pub(crate) fn is_item(kind: rowan::SyntaxKind) -> bool {
    kind == raw(SyntaxKind::FUNCTION_DEF) || kind == raw(SyntaxKind::CLASS_DEF)
}

/// True for the tokens that end a statement's range (CPython's last non-whitespace token):
/// not trivia, NEWLINE, INDENT, DEDENT or ENDMARKER.
fn significant(kind: rowan::SyntaxKind) -> bool {
    let k = <taipan_syntax::PythonLanguage as rowan::Language>::kind_from_raw(kind);
    !(k.is_trivia()
        || matches!(
            k,
            SyntaxKind::NEWLINE | SyntaxKind::INDENT | SyntaxKind::DEDENT | SyntaxKind::ENDMARKER
        ))
}

struct Walker {
    real_line: u32,
    real_off: usize,
    real_line_start: usize,
    compact_line: u32,
    /// Nothing has been kept on the current compact line yet.
    line_empty: bool,
    /// Real minus compact line in the current run of `lines`.
    delta: u32,
    /// Where the last significant token kept ends (compact line, column).
    kept_end: (u32, u32),
    /// Where the last significant token moved past ends (real line, column).
    real_end: (u32, u32),
    lines: LineMap,
    children: Vec<Found>,
}

type Element = NodeOrToken<GreenNode, GreenToken>;

fn owned(e: NodeOrToken<&GreenNodeData, &GreenTokenData>) -> Element {
    match e {
        NodeOrToken::Node(n) => NodeOrToken::Node(n.to_owned()),
        NodeOrToken::Token(t) => NodeOrToken::Token(t.to_owned()),
    }
}

impl Walker {
    fn col(&self) -> u32 {
        (self.real_off - self.real_line_start) as u32
    }

    /// Moves past source text that is dropped.
    fn skip(&mut self, text: &str) {
        let breaks = line_breaks(text);
        if breaks > 0 {
            self.real_line += breaks;
            let last = text.rfind(['\n', '\r']).map_or(0, |i| i + 1);
            self.real_line_start = self.real_off + last;
        }
        self.real_off += text.len();
    }

    /// Moves past a token of the source, dropped.
    fn skip_token(&mut self, t: &GreenTokenData) {
        self.skip(t.text());
        if significant(t.kind()) {
            self.real_end = (self.real_line, self.col());
        }
    }

    /// Moves past a token of the source, kept.
    fn keep(&mut self, t: &GreenTokenData) {
        let text = t.text();
        let delta = self.real_line - self.compact_line;
        if delta != self.delta {
            self.lines.push(self.compact_line, self.real_line);
            self.delta = delta;
        }
        let breaks = line_breaks(text);
        self.skip(text);
        self.compact_line += breaks;
        if significant(t.kind()) {
            self.kept_end = (self.compact_line, self.col());
        }
        if breaks > 0 && text.ends_with(['\n', '\r']) {
            self.line_empty = true;
        } else if !text.is_empty() {
            self.line_empty = false;
        }
    }

    /// Walks a node; `None` when it stays as it is.
    fn node(&mut self, n: &GreenNodeData) -> Option<GreenNode> {
        let comment = raw(SyntaxKind::COMMENT);
        let whitespace = raw(SyntaxKind::WHITESPACE);
        let newline = raw(SyntaxKind::NEWLINE);
        let nl = raw(SyntaxKind::NL);
        let mut out: Option<Vec<Element>> = None;
        let mut it = n.children().enumerate().peekable();
        while let Some((i, child)) = it.next() {
            // None: keep the child; Some(None): drop it; Some(Some(x)): put x instead.
            let change: Option<Option<Element>> = match child {
                NodeOrToken::Token(t) => {
                    let kind = t.kind();
                    let drop = if kind == comment {
                        true
                    } else if kind == whitespace {
                        it.peek().is_some_and(|(_, next)| {
                            let k = next.kind();
                            k == comment || k == newline || k == nl
                        })
                    } else {
                        kind == nl && self.line_empty
                    };
                    if drop {
                        self.skip_token(t);
                        Some(None)
                    } else {
                        self.keep(t);
                        None
                    }
                }
                NodeOrToken::Node(m) if is_item(m.kind()) => {
                    Some(Some(NodeOrToken::Node(self.hollow(m))))
                }
                NodeOrToken::Node(m) => self.node(m).map(|g| Some(NodeOrToken::Node(g))),
            };
            match change {
                Some(replacement) => {
                    let v = out.get_or_insert_with(|| n.children().take(i).map(owned).collect());
                    v.extend(replacement);
                }
                None => {
                    if let Some(v) = out.as_mut() {
                        v.push(owned(child));
                    }
                }
            }
        }
        out.map(|v| GreenNode::new(n.kind(), v))
    }

    /// A nested item: recorded, and its header kept with its BLOCK hollowed.
    fn hollow(&mut self, m: &GreenNodeData) -> GreenNode {
        self.children.push(Found {
            green: m.to_owned(),
            line: self.real_line,
            col: (self.real_off - self.real_line_start) as u32,
        });
        let block = raw(SyntaxKind::BLOCK);
        let mut kids: Vec<Element> = Vec::with_capacity(m.children().len());
        for child in m.children() {
            match child {
                NodeOrToken::Node(b) if b.kind() == block => {
                    let before = self.real_line;
                    let header = self.kept_end;
                    self.skip_node(b);
                    self.lines.push_end(header, self.real_end);
                    let mut body = Vec::new();
                    if self.real_line > before {
                        body.push(NodeOrToken::Token(GreenToken::new(
                            raw(SyntaxKind::NEWLINE),
                            "\n",
                        )));
                        self.compact_line += 1;
                        self.line_empty = true;
                    }
                    kids.push(NodeOrToken::Node(GreenNode::new(block, body)));
                }
                NodeOrToken::Node(h) => {
                    let g = self.node(h).unwrap_or_else(|| h.to_owned());
                    kids.push(NodeOrToken::Node(g));
                }
                NodeOrToken::Token(t) => {
                    if t.kind() == raw(SyntaxKind::COMMENT) {
                        self.skip_token(t);
                    } else {
                        self.keep(t);
                        kids.push(NodeOrToken::Token(t.to_owned()));
                    }
                }
            }
        }
        GreenNode::new(m.kind(), kids)
    }

    /// Moves past a whole dropped subtree.
    fn skip_node(&mut self, n: &GreenNodeData) {
        for child in n.children() {
            match child {
                NodeOrToken::Node(m) => self.skip_node(m),
                NodeOrToken::Token(t) => self.skip_token(t),
            }
        }
    }
}

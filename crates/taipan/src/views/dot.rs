//! Graphviz output for the tree views (`taipan cst --dot`, `taipan ast --dot`): a small writer of
//! `digraph` text that numbers nodes, escapes labels, and draws leaves (tokens, constants) apart
//! from inner nodes.

use std::fmt::Write as _;

/// A graph being written; [`Dot::finish`] returns its text.
pub struct Dot {
    out: String,
    next: usize,
}

/// What a graph node stands for, which decides how it is drawn.
#[derive(Clone, Copy)]
pub enum Shape {
    /// An inner node of the tree (a syntax node, an AST class, a list).
    Inner,
    /// A leaf: a token with its text, a constant.
    Leaf,
}

impl Dot {
    /// Starts a graph named `name` (drawn top to bottom, in a fixed-width font).
    pub fn new(name: &str) -> Self {
        let mut out = String::new();
        let _ = writeln!(out, "digraph {name} {{");
        out.push_str("  node [fontname=\"monospace\", shape=box];\n");
        out.push_str("  edge [fontname=\"monospace\", fontsize=10];\n");
        Dot { out, next: 0 }
    }

    /// Adds a node labelled `label` (one line per `\n` in it) and returns its id.
    pub fn node(&mut self, label: &str, shape: Shape) -> usize {
        let id = self.next;
        self.next += 1;
        let attrs = match shape {
            Shape::Inner => "",
            Shape::Leaf => ", shape=plain",
        };
        let _ = writeln!(self.out, "  n{id} [label=\"{}\"{attrs}];", escape(label));
        id
    }

    /// Adds an edge from `from` to `to`, labelled when `label` is not empty.
    pub fn edge(&mut self, from: usize, to: usize, label: &str) {
        if label.is_empty() {
            let _ = writeln!(self.out, "  n{from} -> n{to};");
        } else {
            let _ = writeln!(
                self.out,
                "  n{from} -> n{to} [label=\"{}\"];",
                escape(label)
            );
        }
    }

    pub fn finish(mut self) -> String {
        self.out.push_str("}\n");
        self.out
    }
}

/// `text` inside a DOT double-quoted string: backslashes and quotes escaped (so `\n` in a token's
/// repr shows as the two characters it is), and real line breaks as DOT's centred `\n`.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out
}

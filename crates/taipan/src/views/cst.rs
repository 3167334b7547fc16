//! `taipan cst`: the lossless syntax tree, every token (trivia included) with its byte range, in
//! rust-analyzer's debug format (painted), as nested JSON objects for tools, or as a Graphviz
//! graph (`--dot`: one graph node per tree node, tokens as leaves with their text).

use serde_json::{Value, json};
use taipan_diagnostics::Diagnostic;
use taipan_syntax::{SyntaxElement, SyntaxError, SyntaxNode, parse};

use super::dot::{Dot, Shape};
use super::{Format, syntax_errors};
use crate::style;

pub fn render(text: &str, format: Format) -> (String, Vec<Diagnostic>) {
    let parse = parse(text);
    render_tree(&parse.syntax_node(), parse.errors(), format)
}

/// [`render`] for a tree already made (by the database, for `taipan watch`).
pub fn render_tree(
    root: &SyntaxNode,
    errors: &[SyntaxError],
    format: Format,
) -> (String, Vec<Diagnostic>) {
    let out = match format {
        Format::Json => {
            serde_json::to_string_pretty(&node_json(root)).expect("tree serializes") + "\n"
        }
        Format::Dot => dot(root),
        Format::Text => text(root),
    };
    (out, syntax_errors(errors))
}

/// rowan's `{:#?}` layout (two spaces a level; `KIND@start..end`, then a token's text as rowan
/// quotes it, long texts cut), painted: node kinds, token kinds, ranges and texts apart.
fn text(root: &SyntaxNode) -> String {
    let mut out = String::new();
    let mut stack: Vec<(SyntaxElement, usize)> = vec![(SyntaxElement::Node(root.clone()), 0)];
    while let Some((element, level)) = stack.pop() {
        for _ in 0..level {
            out.push_str("  ");
        }
        match &element {
            SyntaxElement::Node(node) => {
                style::paint(&mut out, style::NODE, &format!("{:?}", node.kind()));
                style::paint(&mut out, style::DIM, &format!("@{:?}", node.text_range()));
                let children: Vec<_> = node.children_with_tokens().collect();
                stack.extend(children.into_iter().rev().map(|c| (c, level + 1)));
            }
            SyntaxElement::Token(token) => {
                // rowan's own Debug: `KIND@range "text"`; the kind and range hold no space.
                let debug = format!("{token:?}");
                let (head, quoted) = debug.split_once(' ').unwrap_or((&debug, ""));
                let (kind, range) = head.split_once('@').unwrap_or((head, ""));
                let kind_style = if token.kind().is_trivia() {
                    style::DIM
                } else {
                    style::KIND
                };
                style::paint(&mut out, kind_style, kind);
                style::paint(&mut out, style::DIM, &format!("@{range}"));
                out.push(' ');
                style::paint(&mut out, style::TEXT, quoted);
            }
        }
        out.push('\n');
    }
    out
}

/// One graph node per tree node (`KIND` and its range), tokens as leaves labelled with their
/// kind and their text quoted as `{:?}` quotes it.
fn dot(root: &SyntaxNode) -> String {
    let mut graph = Dot::new("cst");
    let top = graph.node(&label(&SyntaxElement::Node(root.clone())), Shape::Inner);
    let mut stack = vec![(root.clone(), top)];
    while let Some((node, id)) = stack.pop() {
        for child in node.children_with_tokens() {
            let shape = match child {
                SyntaxElement::Node(_) => Shape::Inner,
                SyntaxElement::Token(_) => Shape::Leaf,
            };
            let child_id = graph.node(&label(&child), shape);
            graph.edge(id, child_id, "");
            if let SyntaxElement::Node(n) = child {
                stack.push((n, child_id));
            }
        }
    }
    graph.finish()
}

fn label(element: &SyntaxElement) -> String {
    match element {
        SyntaxElement::Node(n) => format!("{:?}@{:?}", n.kind(), n.text_range()),
        SyntaxElement::Token(t) => {
            format!("{:?}@{:?}\n{:?}", t.kind(), t.text_range(), t.text())
        }
    }
}

fn node_json(node: &SyntaxNode) -> Value {
    let children: Vec<Value> = node
        .children_with_tokens()
        .map(|child| match child {
            SyntaxElement::Node(n) => node_json(&n),
            SyntaxElement::Token(t) => json!({
                "kind": format!("{:?}", t.kind()),
                "range": [u32::from(t.text_range().start()), u32::from(t.text_range().end())],
                "text": t.text(),
            }),
        })
        .collect();
    json!({
        "kind": format!("{:?}", node.kind()),
        "range": [u32::from(node.text_range().start()), u32::from(node.text_range().end())],
        "children": children,
    })
}

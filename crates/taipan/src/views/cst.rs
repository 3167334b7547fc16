//! `taipan cst`: the lossless syntax tree, every token (trivia included) with its byte range, in
//! rust-analyzer's debug format, or as nested JSON objects for tools.

use serde_json::{Value, json};
use taipan_diagnostics::Diagnostic;
use taipan_syntax::{SyntaxElement, SyntaxError, SyntaxNode, parse};

use super::syntax_errors;

pub fn render(text: &str, json: bool) -> (String, Vec<Diagnostic>) {
    let parse = parse(text);
    render_tree(&parse.syntax_node(), parse.errors(), json)
}

/// [`render`] for a tree already made (by the database, for `taipan watch`).
pub fn render_tree(
    root: &SyntaxNode,
    errors: &[SyntaxError],
    json: bool,
) -> (String, Vec<Diagnostic>) {
    let out = if json {
        serde_json::to_string_pretty(&node_json(root)).expect("tree serializes") + "\n"
    } else {
        format!("{root:#?}")
    };
    (out, syntax_errors(errors))
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

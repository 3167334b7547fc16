//! `taipan cst`: the lossless syntax tree, every token (trivia included) with its byte range, in
//! rust-analyzer's debug format, or as nested JSON objects for tools.

use serde_json::{Value, json};
use taipan_diagnostics::Diagnostic;
use taipan_syntax::{SyntaxElement, SyntaxNode, parse};

use super::syntax_errors;

pub fn render(text: &str, json: bool) -> (String, Vec<Diagnostic>) {
    let parse = parse(text);
    let out = if json {
        serde_json::to_string_pretty(&node_json(&parse.syntax_node())).expect("tree serializes")
            + "\n"
    } else {
        format!("{:#?}", parse.syntax_node())
    };
    (out, syntax_errors(parse.errors()))
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

//! `taipan opt`: the AST after the optimizer (`crates/opt`), printed as `taipan ast` prints
//! trees, followed by the optimizer's log: one line per named transformation, with the position
//! of the node it rewrote and the node before and after. With `--json`, an object holding both.

use serde_json::json;
use taipan_ast::Ast;
use taipan_diagnostics::Diagnostic;
use taipan_opt::{Options, optimize};

use super::Format;
use super::ast::{AstOptions, lower, print};
use crate::style;

pub fn render(text: &str, format: Format, options: AstOptions) -> (String, Vec<Diagnostic>) {
    match lower(text, options.mode) {
        Ok(ast) => render_ast(ast, format, options),
        Err(errors) => (String::new(), errors),
    }
}

/// [`render`] for an AST already lowered without errors (by the database, for `taipan watch`):
/// optimizes it and prints the result and the changes.
pub fn render_ast(mut ast: Ast, format: Format, options: AstOptions) -> (String, Vec<Diagnostic>) {
    let optimized = optimize(&mut ast, &Options::default());
    let tree = print(&ast, format, options.attributes);
    let mut out = if let Format::Json = format {
        let changes: Vec<_> = optimized
            .changes
            .iter()
            .map(|c| {
                json!({
                    "transform": c.transform.name(),
                    "start": [c.loc.lineno, c.loc.col_offset],
                    "end": [c.loc.end_lineno, c.loc.end_col_offset],
                    "before": c.before,
                    "after": c.after,
                })
            })
            .collect();
        let tree: serde_json::Value = serde_json::from_str(&tree).expect("print wrote JSON");
        serde_json::to_string_pretty(&json!({ "tree": tree, "changes": changes }))
            .expect("serializes")
            + "\n"
    } else if let Format::Dot = format {
        tree
    } else {
        let mut out = tree;
        out.push('\n');
        let heading = format!("# {} change(s)", optimized.changes.len());
        style::paint(&mut out, style::HEADING, &heading);
        out.push('\n');
        for change in &optimized.changes {
            paint_change(&mut out, &change.to_string());
        }
        out
    };
    // The optimizer stops at CPython's recursion limit; the tree past it is left as it was.
    let errors = match optimized.error {
        Some(e) => {
            let mut d = super::syntax_error(0..0, e.message);
            d.title = e.kind.into();
            vec![d]
        }
        None => Vec::new(),
    };
    if !errors.is_empty() {
        out.clear();
    }
    (out, errors)
}

/// A log line (`line:col-line:col Transform: before -> after`) painted: the position dim, the
/// transformation's name, and the trees in the dump's colours.
fn paint_change(out: &mut String, line: &str) {
    let (position, rest) = line.split_once(' ').unwrap_or(("", line));
    let (name, trees) = rest.split_once(": ").unwrap_or((rest, ""));
    style::paint(out, style::DIM, position);
    out.push(' ');
    style::paint(out, style::KIND, name);
    out.push_str(": ");
    out.push_str(&style::paint_dump(trees));
    out.push('\n');
}

//! `taipan ast`: the abstract syntax tree as CPython prints `ast.dump(ast.parse(source,
//! mode=...), indent=2)` (with `--attributes`, `include_attributes=True`; painted), as nested JSON
//! objects for tools, or as a Graphviz graph (`--dot`: a graph node per AST node and list, fields
//! as edge labels, constants and names as leaves). A source with errors (the parser's or the lowering's checks) prints no
//! tree, as CPython prints none: only the diagnostics.

use serde_json::{Map, Value as Json};
use taipan_ast::dump::{self, DumpOptions, Dumper, Value};
use taipan_ast::{Ast, Lowered};
use taipan_diagnostics::Diagnostic;

use super::dot::{Dot, Shape};
use super::{Format, syntax_errors};
use crate::style;

/// What `taipan ast` prints beyond the common stage options.
#[derive(Clone, Copy)]
pub struct AstOptions {
    /// `include_attributes=True`: the positions of every node.
    pub attributes: bool,
    /// `exec` (a module), `eval`, `single` or `func_type`.
    pub mode: taipan_ast::Mode,
}

pub fn render(text: &str, format: Format, options: AstOptions) -> (String, Vec<Diagnostic>) {
    render_lowered(
        &taipan_ast::parse(text, options.mode),
        format,
        options.attributes,
    )
}

/// [`render`] for an AST already lowered (by the database, for `taipan watch`).
pub fn render_lowered(
    lowered: &Lowered,
    format: Format,
    attributes: bool,
) -> (String, Vec<Diagnostic>) {
    match checked(lowered) {
        Ok(ast) => (print(ast, format, attributes), Vec::new()),
        Err(errors) => (String::new(), errors),
    }
}

/// The source's AST, or the errors that stop CPython from making one.
pub(super) fn lower(text: &str, mode: taipan_ast::Mode) -> Result<Ast, Vec<Diagnostic>> {
    let lowered = taipan_ast::parse(text, mode);
    checked(&lowered)?;
    Ok(lowered.ast)
}

/// A lowered AST if it has no errors, else its errors as diagnostics.
pub(super) fn checked(lowered: &Lowered) -> Result<&Ast, Vec<Diagnostic>> {
    if lowered.errors.is_empty() {
        Ok(&lowered.ast)
    } else {
        Err(syntax_errors(&lowered.errors))
    }
}

/// `ast.dump(tree, indent=2)` (and `include_attributes` with `attributes`), painted; or JSON, or
/// Graphviz.
pub(super) fn print(ast: &Ast, format: Format, attributes: bool) -> String {
    let dump_options = DumpOptions {
        include_attributes: attributes,
        indent: Some("  ".into()),
    };
    let tree = Dumper::new(ast, &dump_options).module();
    match format {
        Format::Json => {
            serde_json::to_string_pretty(&to_json(&tree)).expect("tree serializes") + "\n"
        }
        Format::Dot => {
            let mut graph = Dot::new("ast");
            dot(&mut graph, &tree);
            graph.finish()
        }
        Format::Text => {
            style::paint_dump(&dump::format(&tree, dump_options.indent.as_deref())) + "\n"
        }
    }
}

/// Adds `value` and everything under it to `graph`; returns its graph node. A node is labelled
/// with its class, a list with `[n]`, a leaf with its `repr`; edges carry the field's name (and
/// a list item's index).
fn dot(graph: &mut Dot, value: &Value) -> usize {
    match value {
        Value::Node { class, fields } => {
            let id = graph.node(class, Shape::Inner);
            for (name, field) in fields {
                let child = dot(graph, field);
                graph.edge(id, child, name);
            }
            id
        }
        Value::List(items) => {
            let id = graph.node(&format!("[{}]", items.len()), Shape::Inner);
            for (i, item) in items.iter().enumerate() {
                let child = dot(graph, item);
                graph.edge(id, child, &i.to_string());
            }
            id
        }
        Value::Leaf(repr) => graph.node(repr, Shape::Leaf),
    }
}

/// A node is an object whose `_type` is its class and whose other keys are its fields (and
/// positions); a list is an array. A leaf is `null`, a boolean or an
/// integer when it is `None`, `True`, `False` or an int within 64 bits, else the string of its
/// Python `repr()` (`'text'`, `b'bytes'`, `1.5`, `Ellipsis`, a larger int), so that str, bytes
/// and numbers stay apart.
fn to_json(value: &Value) -> Json {
    match value {
        Value::Node { class, fields } => {
            let mut object = Map::with_capacity(fields.len() + 1);
            object.insert("_type".into(), Json::from(*class));
            for (name, field) in fields {
                object.insert((*name).into(), to_json(field));
            }
            Json::Object(object)
        }
        Value::List(items) => Json::Array(items.iter().map(to_json).collect()),
        Value::Leaf(repr) => match repr.as_str() {
            "None" => Json::Null,
            "True" => Json::Bool(true),
            "False" => Json::Bool(false),
            _ => repr
                .parse::<i64>()
                .map(Json::from)
                .unwrap_or_else(|_| Json::from(repr.as_str())),
        },
    }
}

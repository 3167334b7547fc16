//! Snapshot of the generated typed accessors whose fields share a type (`lhs`/`rhs`,
//! `lower`/`upper`/`step`, `target`/`value`, ...) over `tests/data/ast_accessors/*.py`: each line
//! is a node and what each of those accessors returns, so a wrong slot shows up in review.

use std::fmt::Write;

use taipan_syntax::SyntaxNode;
use taipan_syntax::ast::{self, AstNode};

fn show<N: AstNode>(node: Option<N>) -> String {
    node.map_or_else(
        || "-".to_owned(),
        |n| format!("{:?}", n.syntax().text().to_string()),
    )
}

fn describe(node: &SyntaxNode) -> Option<String> {
    let n = node.clone();
    Some(if let Some(it) = ast::BinOp::cast(n.clone()) {
        format!("BinOp lhs={} rhs={}", show(it.lhs()), show(it.rhs()))
    } else if let Some(it) = ast::IfExp::cast(n.clone()) {
        format!(
            "IfExp body={} test={} orelse={}",
            show(it.body()),
            show(it.test()),
            show(it.orelse())
        )
    } else if let Some(it) = ast::Subscript::cast(n.clone()) {
        format!(
            "Subscript value={} slice={}",
            show(it.value()),
            show(it.slice())
        )
    } else if let Some(it) = ast::Slice::cast(n.clone()) {
        format!(
            "Slice lower={} upper={} step={}",
            show(it.lower()),
            show(it.upper()),
            show(it.step())
        )
    } else if let Some(it) = ast::AnnAssign::cast(n.clone()) {
        let (t, a, v) = (it.target(), it.annotation(), it.value());
        format!(
            "AnnAssign target={} annotation={} value={}",
            show(t),
            show(a),
            show(v)
        )
    } else if let Some(it) = ast::Assign::cast(n.clone()) {
        let targets: Vec<String> = it.targets().map(|t| show(Some(t))).collect();
        format!(
            "Assign targets=[{}] value={}",
            targets.join(", "),
            show(it.value())
        )
    } else if let Some(it) = ast::AugAssign::cast(n.clone()) {
        let op = it.op().map(|t| t.text().to_owned());
        format!(
            "AugAssign target={} op={op:?} value={}",
            show(it.target()),
            show(it.value())
        )
    } else if let Some(it) = ast::DictItem::cast(n.clone()) {
        format!("DictItem key={} value={}", show(it.key()), show(it.value()))
    } else if let Some(it) = ast::Parameter::cast(n.clone()) {
        let name = it.name_token().map(|t| t.text().to_owned());
        format!(
            "Parameter name={name:?} annotation={} default={}",
            show(it.annotation()),
            show(it.default())
        )
    } else if let Some(it) = ast::NamedExpr::cast(n.clone()) {
        format!(
            "NamedExpr target={} value={}",
            show(it.target()),
            show(it.value())
        )
    } else if let Some(it) = ast::For::cast(n.clone()) {
        format!("For target={} iter={}", show(it.target()), show(it.iter()))
    } else if let Some(it) = ast::Raise::cast(n.clone()) {
        format!("Raise exc={} cause={}", show(it.exc()), show(it.cause()))
    } else if let Some(it) = ast::Assert::cast(n.clone()) {
        format!("Assert test={} msg={}", show(it.test()), show(it.msg()))
    } else if let Some(it) = ast::WithItem::cast(n) {
        format!(
            "WithItem context={} target={}",
            show(it.context()),
            show(it.target())
        )
    } else {
        return None;
    })
}

#[test]
fn accessors_of_fields_sharing_a_type() {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/data/ast_accessors"
    );
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    paths.retain(|p| p.extension().is_some_and(|e| e == "py"));
    paths.sort();
    assert!(!paths.is_empty());
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap();
        let parse = taipan_syntax::parse(&text);
        let mut out = String::new();
        for error in parse.errors() {
            writeln!(out, "error {:?}: {}", error.range, error.message).unwrap();
        }
        for node in parse.syntax_node().descendants() {
            if let Some(line) = describe(&node) {
                writeln!(out, "{line}").unwrap();
            }
        }
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        insta::assert_snapshot!(name, out);
    }
}

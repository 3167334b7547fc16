//! Emits `crates/syntax/src/generated/nodes.rs`: a typed struct per grammar node with an accessor
//! per field, an enum per alternation of nodes, and their `AstNode` and `Display` impls.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::model::{AstSrc, EnumSrc, Field, NodeSrc, Slot};

pub fn generate(ast: &AstSrc) -> String {
    let structs: BTreeMap<&str, &NodeSrc> =
        ast.nodes.iter().map(|n| (n.name.as_str(), n)).collect();
    let enums: BTreeMap<&str, &EnumSrc> = ast.enums.iter().map(|e| (e.name.as_str(), e)).collect();
    let mut o = String::new();
    o.push_str(super::HEADER);
    o.push_str(
        "//! Typed AST nodes: a struct per node of the grammar, an enum per alternation.\n\n",
    );
    o.push_str("#![allow(clippy::all, unused_imports)]\n\n");
    o.push_str("use crate::{\n    SyntaxKind::{self, *},\n    SyntaxNode, SyntaxToken,\n    ast::{AstChildren, AstNode, support},\n};\n\n");

    for node in &ast.nodes {
        write_struct(&mut o, node);
    }
    for en in &ast.enums {
        write_enum(&mut o, en, &structs, &enums);
    }
    for name in ast
        .nodes
        .iter()
        .map(|n| &n.name)
        .chain(ast.enums.iter().map(|e| &e.name))
    {
        writeln!(
            o,
            "impl std::fmt::Display for {name} {{\n    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {{\n        std::fmt::Display::fmt(self.syntax(), f)\n    }}\n}}\n"
        )
        .unwrap();
    }
    o
}

fn write_struct(o: &mut String, node: &NodeSrc) {
    let NodeSrc { name, kind, fields } = node;
    writeln!(
        o,
        "/// A `{kind}` node.\n#[derive(Debug, Clone, PartialEq, Eq, Hash)]\npub struct {name} {{\n    pub(crate) syntax: SyntaxNode,\n}}\n"
    )
    .unwrap();
    writeln!(o, "impl {name} {{").unwrap();
    for field in fields {
        let method = method_ident(&field.method_name());
        match field {
            Field::Token { kind, .. } => writeln!(
                o,
                "    pub fn {method}(&self) -> Option<SyntaxToken> {{\n        support::token(&self.syntax, {kind})\n    }}"
            ),
            Field::TokenSet { kinds, .. } => writeln!(
                o,
                "    pub fn {method}(&self) -> Option<SyntaxToken> {{\n        support::token_of(&self.syntax, &[{}])\n    }}",
                kinds.join(", ")
            ),
            Field::Node { ty, many: true, slot: Slot::AllButLast, .. } => writeln!(
                o,
                "    pub fn {method}(&self) -> std::iter::Take<AstChildren<{ty}>> {{\n        support::children_but_last(&self.syntax)\n    }}"
            ),
            Field::Node { ty, many: true, .. } => writeln!(
                o,
                "    pub fn {method}(&self) -> AstChildren<{ty}> {{\n        support::children(&self.syntax)\n    }}"
            ),
            Field::Node { ty, many: false, slot: Slot::First | Slot::AllButLast, .. } => writeln!(
                o,
                "    pub fn {method}(&self) -> Option<{ty}> {{\n        support::child(&self.syntax)\n    }}"
            ),
            Field::Node { ty, many: false, slot: Slot::Last, .. } => writeln!(
                o,
                "    pub fn {method}(&self) -> Option<{ty}> {{\n        support::last_child(&self.syntax)\n    }}"
            ),
            Field::Node { ty, many: false, slot: Slot::Group { separators, index }, .. } => writeln!(
                o,
                "    pub fn {method}(&self) -> Option<{ty}> {{\n        support::child_in_slot(&self.syntax, &[{}], {index})\n    }}",
                separators
                    .iter()
                    .map(|s| format!("&[{}]", s.join(", ")))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
        .unwrap();
    }
    o.push_str("}\n\n");
    writeln!(
        o,
        "impl AstNode for {name} {{\n    #[inline]\n    fn can_cast(kind: SyntaxKind) -> bool {{\n        kind == {kind}\n    }}\n    #[inline]\n    fn cast(syntax: SyntaxNode) -> Option<Self> {{\n        Self::can_cast(syntax.kind()).then_some(Self {{ syntax }})\n    }}\n    #[inline]\n    fn syntax(&self) -> &SyntaxNode {{\n        &self.syntax\n    }}\n}}\n"
    )
    .unwrap();
}

fn write_enum(
    o: &mut String,
    en: &EnumSrc,
    structs: &BTreeMap<&str, &NodeSrc>,
    enums: &BTreeMap<&str, &EnumSrc>,
) {
    let name = &en.name;
    writeln!(
        o,
        "/// One of: {}.\n#[derive(Debug, Clone, PartialEq, Eq, Hash)]\npub enum {name} {{",
        en.variants.join(", ")
    )
    .unwrap();
    for v in &en.variants {
        writeln!(o, "    {v}({v}),").unwrap();
    }
    o.push_str("}\n\n");
    for v in &en.variants {
        writeln!(
            o,
            "impl From<{v}> for {name} {{\n    #[inline]\n    fn from(node: {v}) -> {name} {{\n        {name}::{v}(node)\n    }}\n}}\n"
        )
        .unwrap();
    }
    // Struct variants match on their kind; enum variants (alternations of alternations) delegate.
    let direct: Vec<(&str, &str)> = en
        .variants
        .iter()
        .filter_map(|v| {
            structs
                .get(v.as_str())
                .map(|n| (v.as_str(), n.kind.as_str()))
        })
        .collect();
    let nested: Vec<&str> = en
        .variants
        .iter()
        .filter(|v| enums.contains_key(v.as_str()))
        .map(|v| v.as_str())
        .collect();
    let mut can_cast: Vec<String> = Vec::new();
    if !direct.is_empty() {
        can_cast.push(format!(
            "matches!(kind, {})",
            direct
                .iter()
                .map(|(_, k)| *k)
                .collect::<Vec<_>>()
                .join(" | ")
        ));
    }
    can_cast.extend(nested.iter().map(|v| format!("{v}::can_cast(kind)")));
    if can_cast.is_empty() {
        can_cast.push("false".to_owned());
    }
    writeln!(
        o,
        "impl AstNode for {name} {{\n    #[inline]\n    fn can_cast(kind: SyntaxKind) -> bool {{\n        {}\n    }}\n    fn cast(syntax: SyntaxNode) -> Option<Self> {{\n        match syntax.kind() {{",
        can_cast.join(" || ")
    )
    .unwrap();
    for (v, k) in &direct {
        writeln!(o, "            {k} => Some({name}::{v}({v} {{ syntax }})),").unwrap();
    }
    for v in &nested {
        writeln!(
            o,
            "            kind if {v}::can_cast(kind) => {v}::cast(syntax).map({name}::{v}),"
        )
        .unwrap();
    }
    o.push_str("            _ => None,\n        }\n    }\n    fn syntax(&self) -> &SyntaxNode {\n        match self {\n");
    for v in &en.variants {
        writeln!(o, "            {name}::{v}(it) => it.syntax(),").unwrap();
    }
    o.push_str("        }\n    }\n}\n\n");
}

/// A field name as a method name: Rust keywords get a raw identifier, `type` becomes `ty`.
fn method_ident(name: &str) -> String {
    const RUST_KEYWORDS: &[&str] = &[
        "as", "async", "await", "break", "const", "continue", "dyn", "else", "enum", "extern",
        "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
        "pub", "ref", "return", "static", "struct", "trait", "true", "try", "unsafe", "use",
        "where", "while", "yield", "box", "final", "macro", "override", "priv", "typeof",
        "unsized", "virtual", "become", "abstract", "do", "gen",
    ];
    match name {
        "type" => "ty".to_owned(),
        n if RUST_KEYWORDS.contains(&n) => format!("r#{n}"),
        n => n.to_owned(),
    }
}

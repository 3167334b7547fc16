//! Emits `crates/syntax/src/generated/nodes/`: a typed struct per grammar node with an accessor
//! per field, an enum per alternation of nodes, and their `AstNode` and `Display` impls; one
//! file per section of the grammar (the `// ---- name ----` comments of `python.ungram`: compound
//! statements, simple statements, expressions, ...; what comes before the first section goes to
//! `module.rs`), so that no file grows past the house limit, and `mod.rs` re-exporting them all.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::model::{AstSrc, EnumSrc, Field, NodeSrc, Slot};

/// The file of the nodes before the grammar's first section.
const FIRST_GROUP: &str = "module";

/// The generated files: `(name, text)`, `mod.rs` first.
pub fn generate(ast: &AstSrc, grammar_text: &str) -> Vec<(String, String)> {
    let structs: BTreeMap<&str, &NodeSrc> =
        ast.nodes.iter().map(|n| (n.name.as_str(), n)).collect();
    let enums: BTreeMap<&str, &EnumSrc> = ast.enums.iter().map(|e| (e.name.as_str(), e)).collect();
    let (groups, group_of) = sections(grammar_text);
    let mut files: Vec<(String, String)> = groups
        .iter()
        .map(|(file, title)| (file.clone(), group_preamble(title)))
        .collect();
    let index = |name: &str| {
        let group = group_of.get(name).map_or(FIRST_GROUP, String::as_str);
        groups
            .iter()
            .position(|(file, _)| file == group)
            .unwrap_or(0)
    };
    for node in &ast.nodes {
        let o = &mut files[index(&node.name)].1;
        write_struct(o, node);
        write_display(o, &node.name);
    }
    for en in &ast.enums {
        let o = &mut files[index(&en.name)].1;
        write_enum(o, en, &structs, &enums);
        write_display(o, &en.name);
    }
    let mut root = String::new();
    root.push_str(super::HEADER);
    root.push_str(
        "//! Typed AST nodes: a struct per node of the grammar, an enum per alternation, one file per\n//! section of the grammar, all re-exported here.\n\n",
    );
    for (file, _) in &groups {
        writeln!(root, "mod {file};").unwrap();
    }
    root.push('\n');
    for (file, _) in &groups {
        writeln!(root, "pub use {file}::*;").unwrap();
    }
    let mut out = vec![("mod.rs".to_owned(), root)];
    out.extend(
        files
            .into_iter()
            .map(|(file, text)| (format!("{file}.rs"), text)),
    );
    out
}

/// The grammar's sections in order, as `(file stem, title)`, and the section of each rule
/// (`Name =` at the start of a line) by name. A section starts at a `// ---- title ----` line;
/// its file is the title up to any parenthesis, in snake case.
fn sections(grammar_text: &str) -> (Vec<(String, String)>, BTreeMap<String, String>) {
    let mut groups = vec![(
        FIRST_GROUP.to_owned(),
        "the module, blocks and statements".to_owned(),
    )];
    let mut group_of = BTreeMap::new();
    for line in grammar_text.lines() {
        if let Some(title) = line
            .strip_prefix("// ----")
            .and_then(|l| l.strip_suffix("----"))
        {
            let title = title.trim().to_owned();
            let stem: String = title
                .split('(')
                .next()
                .unwrap_or_default()
                .trim()
                .split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join("_")
                .to_lowercase();
            groups.push((stem, title));
        } else if let Some((name, _)) = line.split_once(" =")
            && name.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && name.chars().all(|c| c.is_ascii_alphanumeric())
        {
            group_of.insert(name.to_owned(), groups.last().unwrap().0.clone());
        }
    }
    (groups, group_of)
}

/// The start of a section's file: the header, what it holds, the imports every file needs.
fn group_preamble(title: &str) -> String {
    let mut o = String::new();
    o.push_str(super::HEADER);
    writeln!(
        o,
        "//! Typed AST nodes of the grammar's section: {title}.\n"
    )
    .unwrap();
    o.push_str("#![allow(clippy::all, unused_imports)]\n\n");
    o.push_str("use super::*;\nuse crate::{\n    SyntaxKind::{self, *},\n    SyntaxNode, SyntaxToken,\n    ast::{AstChildren, AstNode, support},\n};\n\n");
    o
}

fn write_display(o: &mut String, name: &str) {
    writeln!(
        o,
        "impl std::fmt::Display for {name} {{\n    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {{\n        std::fmt::Display::fmt(self.syntax(), f)\n    }}\n}}\n"
    )
    .unwrap();
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

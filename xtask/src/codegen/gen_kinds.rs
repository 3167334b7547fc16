//! Emits `crates/syntax/src/generated/kinds.rs`: the `SyntaxKind` enum (tokens in `TokenKind`
//! order, keywords, the grammar's nodes, `ERROR`), its helper functions and the `T![...]` macro.

use std::fmt::Write;

use super::model::AstSrc;
use super::tokens::TokenSpec;

pub fn generate(ast: &AstSrc, token_table: &[TokenSpec]) -> String {
    let node_kinds: Vec<&str> = ast.nodes.iter().map(|n| n.kind.as_str()).collect();
    let mut o = String::new();
    o.push_str(super::HEADER);
    o.push_str(
        "//! `SyntaxKind`: every kind of token and node in the lossless tree, with its helpers\n\
         //! and the `T![...]` macro.\n\n",
    );

    o.push_str(
        "/// The kind of a token or node of the syntax tree. Tokens come first, in the order of\n\
         /// `taipan_tokenizer::TokenKind`, then keywords, then `ERROR` and the nodes.\n",
    );
    o.push_str("#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]\n");
    o.push_str("#[repr(u16)]\n#[allow(non_camel_case_types)]\npub enum SyntaxKind {\n");
    o.push_str("    // tokens, as the tokenizer emits them\n");
    let (lexed, keywords): (Vec<&TokenSpec>, Vec<&TokenSpec>) = token_table
        .iter()
        .partition(|t| !t.is_keyword && !t.is_soft_keyword);
    for t in &lexed {
        writeln!(o, "    {},", t.kind).unwrap();
    }
    o.push_str("    // keywords: `NAME` tokens the parser recognizes\n");
    for t in &keywords {
        writeln!(o, "    {},", t.kind).unwrap();
    }
    o.push_str("    // nodes\n    /// A node wrapping what the parser could not make sense of.\n    ERROR,\n");
    for k in &node_kinds {
        writeln!(o, "    {k},").unwrap();
    }
    o.push_str("    #[doc(hidden)]\n    __LAST,\n}\n\n");
    o.push_str("use SyntaxKind::*;\n\nimpl SyntaxKind {\n");

    let all: Vec<&str> = token_table
        .iter()
        .map(|t| t.kind.as_str())
        .chain(["ERROR"])
        .chain(node_kinds.iter().copied())
        .collect();
    writeln!(
        o,
        "    /// Every kind, indexed by its discriminant.\n    pub const ALL: &[SyntaxKind] = &[{}];\n",
        all.join(", ")
    )
    .unwrap();
    o.push_str(
        "    /// The kind with this discriminant, if any.\n    #[inline]\n    pub fn from_raw(raw: u16) -> Option<SyntaxKind> {\n        Self::ALL.get(raw as usize).copied()\n    }\n\n",
    );

    let last_token = token_table
        .last()
        .map_or("ERROR_TOKEN", |t| t.kind.as_str());
    writeln!(
        o,
        "    /// Tokens (keywords included), as opposed to nodes.\n    #[inline]\n    pub fn is_token(self) -> bool {{\n        self <= {last_token}\n    }}\n"
    )
    .unwrap();
    o.push_str("    /// Nodes, `ERROR` included.\n    #[inline]\n    pub fn is_node(self) -> bool {\n        self >= ERROR && self != __LAST\n    }\n\n");

    let hard: Vec<&str> = keywords
        .iter()
        .filter(|t| t.is_keyword)
        .map(|t| t.kind.as_str())
        .collect();
    let soft: Vec<&str> = keywords
        .iter()
        .filter(|t| t.is_soft_keyword)
        .map(|t| t.kind.as_str())
        .collect();
    let all_keywords: Vec<&str> = keywords.iter().map(|t| t.kind.as_str()).collect();
    matches_fn(
        &mut o,
        "Hard and soft keywords.",
        "is_keyword",
        &all_keywords,
    );
    matches_fn(
        &mut o,
        "Hard keywords (`keyword.kwlist`).",
        "is_hard_keyword",
        &hard,
    );
    matches_fn(
        &mut o,
        "Soft keywords (`keyword.softkwlist`).",
        "is_soft_keyword",
        &soft,
    );
    let punct: Vec<&str> = lexed
        .iter()
        .filter(|t| t.text.is_some())
        .map(|t| t.kind.as_str())
        .collect();
    matches_fn(&mut o, "Operators and delimiters.", "is_punct", &punct);

    for (doc, name, list) in [
        ("The hard keyword spelled `ident`.", "from_keyword", &hard),
        (
            "The soft keyword spelled `ident`.",
            "from_soft_keyword",
            &soft,
        ),
    ] {
        writeln!(o, "    /// {doc}\n    #[inline]\n    pub fn {name}(ident: &str) -> Option<SyntaxKind> {{\n        Some(match ident {{").unwrap();
        for kind in list.iter() {
            let spec = token_table.iter().find(|t| t.kind == *kind).unwrap();
            writeln!(o, "            {:?} => {kind},", spec.text.unwrap()).unwrap();
        }
        o.push_str("            _ => return None,\n        })\n    }\n\n");
    }

    o.push_str("    /// The fixed spelling of an operator or keyword.\n    pub fn text(self) -> Option<&'static str> {\n        Some(match self {\n");
    for t in token_table.iter().filter(|t| t.text.is_some()) {
        writeln!(o, "            {} => {:?},", t.kind, t.text.unwrap()).unwrap();
    }
    o.push_str("            _ => return None,\n        })\n    }\n}\n\n");

    o.push_str("/// The `SyntaxKind` of a token by its spelling: `T![def]`, `T![+=]`, `T!['(']`, `T![\"//\"]`, `T![name]`.\n#[macro_export]\nmacro_rules! T {\n");
    for t in token_table {
        writeln!(
            o,
            "    [{}] => {{ $crate::SyntaxKind::{} }};",
            macro_pattern(t),
            t.kind
        )
        .unwrap();
    }
    o.push_str("}\n");
    o
}

fn matches_fn(o: &mut String, doc: &str, name: &str, kinds: &[&str]) {
    writeln!(
        o,
        "    /// {doc}\n    #[inline]\n    pub fn {name}(self) -> bool {{\n        matches!(self, {})\n    }}\n",
        kinds.join(" | ")
    )
    .unwrap();
}

/// How a token is written inside `T![...]`: keywords and most operators as themselves; brackets
/// as char literals (they would unbalance the macro), `//` and `//=` as strings (they would start
/// a comment); tokens without a spelling by their lowercase kind name.
fn macro_pattern(t: &TokenSpec) -> String {
    match t.text {
        Some(text) if "()[]{}".contains(text) && text.len() == 1 => format!("'{text}'"),
        Some(text) if text.starts_with("//") => format!("{text:?}"),
        Some(text) => text.to_owned(),
        None => t.kind.to_ascii_lowercase(),
    }
}

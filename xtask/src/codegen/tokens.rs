//! The token table the generator needs beyond the grammar: every `TokenKind` of the tokenizer
//! (`TokenKind::ALL`, named by `TokenKind::exact_name`, CPython's token names) with its spelling,
//! and every Python 3.11 hard and soft keyword.

use taipan_tokenizer::TokenKind;

/// `keyword.kwlist` of Python 3.11.
pub const HARD_KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// `keyword.softkwlist` of Python 3.11 (in the order `SyntaxKind` has them).
pub const SOFT_KEYWORDS: &[&str] = &["match", "case", "_"];

/// The `SyntaxKind` name of a keyword: `IF_KW`, `NONE_KW`, `UNDERSCORE_KW`.
pub fn keyword_kind_name(keyword: &str) -> String {
    match keyword {
        "_" => "UNDERSCORE_KW".to_owned(),
        kw => format!("{}_KW", kw.to_ascii_uppercase()),
    }
}

/// One token as the generator sees it.
#[derive(Debug, Clone)]
pub struct TokenSpec {
    /// The `SyntaxKind` variant name.
    pub kind: String,
    /// The fixed spelling, for operators and keywords.
    pub text: Option<&'static str>,
    pub is_keyword: bool,
    pub is_soft_keyword: bool,
}

/// Every token kind of `SyntaxKind`, in order: the tokenizer's kinds, then hard keywords, then
/// soft keywords.
pub fn all_tokens() -> Vec<TokenSpec> {
    let mut out: Vec<TokenSpec> = TokenKind::ALL
        .iter()
        .map(|&k| TokenSpec {
            kind: k.exact_name().to_owned(),
            text: k.op_text(),
            is_keyword: false,
            is_soft_keyword: false,
        })
        .collect();
    for (kws, soft) in [(HARD_KEYWORDS, false), (SOFT_KEYWORDS, true)] {
        out.extend(kws.iter().map(|&kw| TokenSpec {
            kind: keyword_kind_name(kw),
            text: Some(kw),
            is_keyword: !soft,
            is_soft_keyword: soft,
        }));
    }
    out
}

/// Resolves a token of the grammar (`'def'`, `'('`, `'name'`, `'NEWLINE'`) to its `SyntaxKind`
/// name: by spelling for operators and keywords, else by kind name, case-insensitively.
pub fn resolve<'a>(tokens: &'a [TokenSpec], grammar_token: &str) -> Option<&'a TokenSpec> {
    tokens
        .iter()
        .find(|t| t.text == Some(grammar_token))
        .or_else(|| {
            tokens
                .iter()
                .find(|t| t.kind.eq_ignore_ascii_case(grammar_token))
        })
}

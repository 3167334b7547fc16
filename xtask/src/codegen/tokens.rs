//! The token table the generator needs beyond the grammar: every `TokenKind` of the tokenizer with
//! the `SyntaxKind` name it becomes (CPython's token names) and its spelling, and every Python 3.11
//! hard and soft keyword.

use taipan_tokenizer::TokenKind;

/// Every `TokenKind`, in declaration order (a test checks the order against the discriminants).
/// `SyntaxKind` starts with these, in this order, so converting is a cast.
pub const TOKEN_KINDS: &[TokenKind] = {
    use TokenKind::*;
    &[
        Whitespace,
        Comment,
        LineContinuation,
        Nl,
        Newline,
        Indent,
        Dedent,
        EndMarker,
        Name,
        Int,
        Float,
        Imaginary,
        String,
        FStringStart,
        FStringMiddle,
        FStringEnd,
        LPar,
        RPar,
        LSqb,
        RSqb,
        LBrace,
        RBrace,
        Colon,
        Comma,
        Semi,
        Plus,
        Minus,
        Star,
        Slash,
        VBar,
        Amper,
        Less,
        Greater,
        Equal,
        Dot,
        Percent,
        EqEqual,
        NotEqual,
        LessEqual,
        GreaterEqual,
        Tilde,
        Circumflex,
        LeftShift,
        RightShift,
        DoubleStar,
        PlusEqual,
        MinEqual,
        StarEqual,
        SlashEqual,
        PercentEqual,
        AmperEqual,
        VBarEqual,
        CircumflexEqual,
        LeftShiftEqual,
        RightShiftEqual,
        DoubleStarEqual,
        DoubleSlash,
        DoubleSlashEqual,
        At,
        AtEqual,
        RArrow,
        Ellipsis,
        ColonEqual,
        Exclamation,
        Error,
    ]
};

/// The `SyntaxKind` name of a token kind: CPython's token name where it has one. The match is
/// exhaustive so that a new `TokenKind` fails to compile here until it is named.
pub fn syntax_kind_name(kind: TokenKind) -> &'static str {
    use TokenKind::*;
    match kind {
        Whitespace => "WHITESPACE",
        Comment => "COMMENT",
        LineContinuation => "LINE_CONTINUATION",
        Nl => "NL",
        Newline => "NEWLINE",
        Indent => "INDENT",
        Dedent => "DEDENT",
        EndMarker => "ENDMARKER",
        Name => "NAME",
        Int => "INT",
        Float => "FLOAT",
        Imaginary => "IMAGINARY",
        String => "STRING",
        FStringStart => "FSTRING_START",
        FStringMiddle => "FSTRING_MIDDLE",
        FStringEnd => "FSTRING_END",
        LPar => "LPAR",
        RPar => "RPAR",
        LSqb => "LSQB",
        RSqb => "RSQB",
        LBrace => "LBRACE",
        RBrace => "RBRACE",
        Colon => "COLON",
        Comma => "COMMA",
        Semi => "SEMI",
        Plus => "PLUS",
        Minus => "MINUS",
        Star => "STAR",
        Slash => "SLASH",
        VBar => "VBAR",
        Amper => "AMPER",
        Less => "LESS",
        Greater => "GREATER",
        Equal => "EQUAL",
        Dot => "DOT",
        Percent => "PERCENT",
        EqEqual => "EQEQUAL",
        NotEqual => "NOTEQUAL",
        LessEqual => "LESSEQUAL",
        GreaterEqual => "GREATEREQUAL",
        Tilde => "TILDE",
        Circumflex => "CIRCUMFLEX",
        LeftShift => "LEFTSHIFT",
        RightShift => "RIGHTSHIFT",
        DoubleStar => "DOUBLESTAR",
        PlusEqual => "PLUSEQUAL",
        MinEqual => "MINEQUAL",
        StarEqual => "STAREQUAL",
        SlashEqual => "SLASHEQUAL",
        PercentEqual => "PERCENTEQUAL",
        AmperEqual => "AMPEREQUAL",
        VBarEqual => "VBAREQUAL",
        CircumflexEqual => "CIRCUMFLEXEQUAL",
        LeftShiftEqual => "LEFTSHIFTEQUAL",
        RightShiftEqual => "RIGHTSHIFTEQUAL",
        DoubleStarEqual => "DOUBLESTAREQUAL",
        DoubleSlash => "DOUBLESLASH",
        DoubleSlashEqual => "DOUBLESLASHEQUAL",
        At => "AT",
        AtEqual => "ATEQUAL",
        RArrow => "RARROW",
        Ellipsis => "ELLIPSIS",
        ColonEqual => "COLONEQUAL",
        Exclamation => "EXCLAMATION",
        Error => "ERROR_TOKEN",
    }
}

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
    let mut out: Vec<TokenSpec> = TOKEN_KINDS
        .iter()
        .map(|&k| TokenSpec {
            kind: syntax_kind_name(k).to_owned(),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_kinds_are_listed_in_declaration_order() {
        for (i, &k) in TOKEN_KINDS.iter().enumerate() {
            assert_eq!(k as usize, i, "{k:?} is out of order in TOKEN_KINDS");
        }
        assert_eq!(
            TOKEN_KINDS.len(),
            TokenKind::Error as usize + 1,
            "TokenKind::Error is last"
        );
    }
}

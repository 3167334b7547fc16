//! `TokenKind`: the closed set of token kinds the tokenizer emits. This is the IR at the border
//! between the tokenizer and the parser; its names follow CPython's `token` module where one exists.

/// The kind of a token. Every byte of the source belongs to exactly one token, so trivia
/// (whitespace, comments, line continuations, non-logical newlines) are kinds too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum TokenKind {
    // ---- trivia: the parser skips these, the lossless tree keeps them ----
    /// Spaces, tabs and form feeds that are not indentation.
    Whitespace,
    /// `# ...` up to (not including) the line end.
    Comment,
    /// A backslash and the line end that follows it.
    LineContinuation,
    /// A line end that does not end a logical line: blank lines, comment-only lines, and line ends
    /// inside brackets (CPython's `NL`).
    Nl,

    // ---- layout ----
    /// The line end that ends a logical line (CPython's `NEWLINE`). Empty at the end of a file that
    /// does not end in a line end.
    Newline,
    /// The leading whitespace of a line that is indented deeper than the one before (`INDENT`).
    Indent,
    /// Zero-width: one for each indentation level closed (`DEDENT`).
    Dedent,
    /// Zero-width, last (`ENDMARKER`).
    EndMarker,

    // ---- atoms ----
    /// An identifier or keyword (CPython's `NAME`); the parser tells keywords apart.
    Name,
    /// An integer literal: decimal, `0x`, `0o`, `0b`, with underscores.
    Int,
    /// A float literal: `1.`, `.5`, `1e10`, `1_0.0_1`.
    Float,
    /// An imaginary literal: `1j`, `1.5J`.
    Imaginary,
    /// A whole string or bytes literal that is not an f-string, prefix and quotes included.
    String,
    /// The prefix and opening quote of an f-string: `f"`, `rf'''`.
    FStringStart,
    /// Literal text inside an f-string, or inside the format spec of a replacement field.
    FStringMiddle,
    /// The closing quote of an f-string.
    FStringEnd,

    // ---- operators and delimiters (CPython's `OP`, by exact type) ----
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
    /// `!`, which 3.11 allows only before a conversion in an f-string replacement field.
    Exclamation,

    /// Bytes that form no token; the matching [`crate::TokenError`] says why, except for `$`,
    /// `?` and `` ` ``, which CPython's tokenizer passes on and its parser rejects ("invalid
    /// syntax"): for those the parser reports the error where it meets the token.
    Error,
}

impl TokenKind {
    /// Every kind, in declaration order (so `ALL[k as usize] == k`).
    pub const ALL: [TokenKind; 65] = {
        use TokenKind::*;
        [
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

    /// CPython's exact token name (`tok_name[exact_type]`: `LPAR`, `DOUBLESTAREQUAL`, `NAME`),
    /// and for the kinds CPython 3.11 lacks, the name taipan gives them (`WHITESPACE`,
    /// `FSTRING_START` as in 3.12). `SyntaxKind` uses these names for its token kinds. The match is
    /// exhaustive so that a new kind fails to compile until it is named.
    pub fn exact_name(self) -> &'static str {
        use TokenKind::*;
        match self {
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

    /// Trivia are the tokens the parser never sees.
    #[inline]
    pub fn is_trivia(self) -> bool {
        matches!(
            self,
            TokenKind::Whitespace
                | TokenKind::Comment
                | TokenKind::LineContinuation
                | TokenKind::Nl
        )
    }

    /// The operator's spelling, for kinds that have exactly one.
    pub fn op_text(self) -> Option<&'static str> {
        use TokenKind::*;
        Some(match self {
            LPar => "(",
            RPar => ")",
            LSqb => "[",
            RSqb => "]",
            LBrace => "{",
            RBrace => "}",
            Colon => ":",
            Comma => ",",
            Semi => ";",
            Plus => "+",
            Minus => "-",
            Star => "*",
            Slash => "/",
            VBar => "|",
            Amper => "&",
            Less => "<",
            Greater => ">",
            Equal => "=",
            Dot => ".",
            Percent => "%",
            EqEqual => "==",
            NotEqual => "!=",
            LessEqual => "<=",
            GreaterEqual => ">=",
            Tilde => "~",
            Circumflex => "^",
            LeftShift => "<<",
            RightShift => ">>",
            DoubleStar => "**",
            PlusEqual => "+=",
            MinEqual => "-=",
            StarEqual => "*=",
            SlashEqual => "/=",
            PercentEqual => "%=",
            AmperEqual => "&=",
            VBarEqual => "|=",
            CircumflexEqual => "^=",
            LeftShiftEqual => "<<=",
            RightShiftEqual => ">>=",
            DoubleStarEqual => "**=",
            DoubleSlash => "//",
            DoubleSlashEqual => "//=",
            At => "@",
            AtEqual => "@=",
            RArrow => "->",
            Ellipsis => "...",
            ColonEqual => ":=",
            Exclamation => "!",
            _ => return None,
        })
    }

    /// The name CPython's `tokenize` module gives this kind (`tok_name[tok.type]`), for the
    /// conformance mapping. f-string parts map to `STRING` and are merged by the caller; trivia
    /// with no CPython counterpart map to `None`.
    pub fn cpython_name(self) -> Option<&'static str> {
        use TokenKind::*;
        Some(match self {
            Whitespace | LineContinuation => return None,
            Comment => "COMMENT",
            Nl => "NL",
            Newline => "NEWLINE",
            Indent => "INDENT",
            Dedent => "DEDENT",
            EndMarker => "ENDMARKER",
            Name => "NAME",
            Int | Float | Imaginary => "NUMBER",
            String | FStringStart | FStringMiddle | FStringEnd => "STRING",
            Error => "ERRORTOKEN",
            _ => "OP",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::TokenKind;

    #[test]
    fn all_is_in_declaration_order() {
        for (i, &k) in TokenKind::ALL.iter().enumerate() {
            assert_eq!(k as usize, i, "{k:?} is out of order in TokenKind::ALL");
        }
        assert_eq!(
            TokenKind::ALL.len(),
            TokenKind::Error as usize + 1,
            "Error is last"
        );
    }
}

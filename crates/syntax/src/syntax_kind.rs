//! `SyntaxKind` glue that is not generated: the mapping from the tokenizer's `TokenKind`, trivia,
//! and the rowan `Language` tying kinds to rowan's raw `u16`s.

pub use crate::generated::kinds::SyntaxKind;
use taipan_tokenizer::TokenKind;

impl SyntaxKind {
    /// The syntax kind of a token as the tokenizer emits it (keywords are still `NAME`).
    #[inline]
    pub fn from_token(kind: TokenKind) -> SyntaxKind {
        use SyntaxKind as S;
        use TokenKind as T;
        match kind {
            T::Whitespace => S::WHITESPACE,
            T::Comment => S::COMMENT,
            T::LineContinuation => S::LINE_CONTINUATION,
            T::Nl => S::NL,
            T::Newline => S::NEWLINE,
            T::Indent => S::INDENT,
            T::Dedent => S::DEDENT,
            T::EndMarker => S::ENDMARKER,
            T::Name => S::NAME,
            T::Int => S::INT,
            T::Float => S::FLOAT,
            T::Imaginary => S::IMAGINARY,
            T::String => S::STRING,
            T::FStringStart => S::FSTRING_START,
            T::FStringMiddle => S::FSTRING_MIDDLE,
            T::FStringEnd => S::FSTRING_END,
            T::LPar => S::LPAR,
            T::RPar => S::RPAR,
            T::LSqb => S::LSQB,
            T::RSqb => S::RSQB,
            T::LBrace => S::LBRACE,
            T::RBrace => S::RBRACE,
            T::Colon => S::COLON,
            T::Comma => S::COMMA,
            T::Semi => S::SEMI,
            T::Plus => S::PLUS,
            T::Minus => S::MINUS,
            T::Star => S::STAR,
            T::Slash => S::SLASH,
            T::VBar => S::VBAR,
            T::Amper => S::AMPER,
            T::Less => S::LESS,
            T::Greater => S::GREATER,
            T::Equal => S::EQUAL,
            T::Dot => S::DOT,
            T::Percent => S::PERCENT,
            T::EqEqual => S::EQEQUAL,
            T::NotEqual => S::NOTEQUAL,
            T::LessEqual => S::LESSEQUAL,
            T::GreaterEqual => S::GREATEREQUAL,
            T::Tilde => S::TILDE,
            T::Circumflex => S::CIRCUMFLEX,
            T::LeftShift => S::LEFTSHIFT,
            T::RightShift => S::RIGHTSHIFT,
            T::DoubleStar => S::DOUBLESTAR,
            T::PlusEqual => S::PLUSEQUAL,
            T::MinEqual => S::MINEQUAL,
            T::StarEqual => S::STAREQUAL,
            T::SlashEqual => S::SLASHEQUAL,
            T::PercentEqual => S::PERCENTEQUAL,
            T::AmperEqual => S::AMPEREQUAL,
            T::VBarEqual => S::VBAREQUAL,
            T::CircumflexEqual => S::CIRCUMFLEXEQUAL,
            T::LeftShiftEqual => S::LEFTSHIFTEQUAL,
            T::RightShiftEqual => S::RIGHTSHIFTEQUAL,
            T::DoubleStarEqual => S::DOUBLESTAREQUAL,
            T::DoubleSlash => S::DOUBLESLASH,
            T::DoubleSlashEqual => S::DOUBLESLASHEQUAL,
            T::At => S::AT,
            T::AtEqual => S::ATEQUAL,
            T::RArrow => S::RARROW,
            T::Ellipsis => S::ELLIPSIS,
            T::ColonEqual => S::COLONEQUAL,
            T::Exclamation => S::EXCLAMATION,
            T::Error => S::ERROR_TOKEN,
        }
    }

    /// Tokens the parser skips and the tree builder re-inserts.
    #[inline]
    pub fn is_trivia(self) -> bool {
        matches!(
            self,
            SyntaxKind::WHITESPACE
                | SyntaxKind::COMMENT
                | SyntaxKind::LINE_CONTINUATION
                | SyntaxKind::NL
        )
    }
}

/// The rowan language of Python syntax trees.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PythonLanguage {}

impl rowan::Language for PythonLanguage {
    type Kind = SyntaxKind;
    #[inline]
    fn kind_from_raw(raw: rowan::SyntaxKind) -> SyntaxKind {
        SyntaxKind::from_raw(raw.0).unwrap_or(SyntaxKind::ERROR)
    }
    #[inline]
    fn kind_to_raw(kind: SyntaxKind) -> rowan::SyntaxKind {
        rowan::SyntaxKind(kind as u16)
    }
}

impl From<SyntaxKind> for rowan::SyntaxKind {
    #[inline]
    fn from(kind: SyntaxKind) -> Self {
        rowan::SyntaxKind(kind as u16)
    }
}

pub type SyntaxNode = rowan::SyntaxNode<PythonLanguage>;
pub type SyntaxToken = rowan::SyntaxToken<PythonLanguage>;
pub type SyntaxElement = rowan::SyntaxElement<PythonLanguage>;

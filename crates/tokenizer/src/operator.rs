//! Operators and delimiters by maximal munch, the bracket stack they drive, and the ASCII
//! characters that start no token.

use crate::TokenKind::{self, *};
use crate::chars;
use crate::lexer::Lexer;

impl Lexer<'_> {
    /// An operator, a bracket, or an invalid ASCII character at `start`.
    pub(crate) fn operator(&mut self, start: usize) {
        let c = self.b[start];
        let c1 = self.at(start + 1);
        let c2 = self.at(start + 2);
        let with_eq =
            |plain: TokenKind, eq: TokenKind| if c1 == b'=' { (eq, 2) } else { (plain, 1) };
        let (kind, len): (TokenKind, usize) = match c {
            b'(' => (LPar, 1),
            b')' => (RPar, 1),
            b'[' => (LSqb, 1),
            b']' => (RSqb, 1),
            b'{' => (LBrace, 1),
            b'}' => (RBrace, 1),
            b',' => (Comma, 1),
            b';' => (Semi, 1),
            b'~' => (Tilde, 1),
            b'+' => with_eq(Plus, PlusEqual),
            b'%' => with_eq(Percent, PercentEqual),
            b'&' => with_eq(Amper, AmperEqual),
            b'|' => with_eq(VBar, VBarEqual),
            b'^' => with_eq(Circumflex, CircumflexEqual),
            b'@' => with_eq(At, AtEqual),
            b'=' => with_eq(Equal, EqEqual),
            b'!' => with_eq(Exclamation, NotEqual),
            b':' => with_eq(Colon, ColonEqual),
            b'-' if c1 == b'>' => (RArrow, 2),
            b'-' => with_eq(Minus, MinEqual),
            b'*' if c1 == b'*' => {
                if c2 == b'=' {
                    (DoubleStarEqual, 3)
                } else {
                    (DoubleStar, 2)
                }
            }
            b'*' => with_eq(Star, StarEqual),
            b'/' if c1 == b'/' => {
                if c2 == b'=' {
                    (DoubleSlashEqual, 3)
                } else {
                    (DoubleSlash, 2)
                }
            }
            b'/' => with_eq(Slash, SlashEqual),
            b'<' if c1 == b'<' => {
                if c2 == b'=' {
                    (LeftShiftEqual, 3)
                } else {
                    (LeftShift, 2)
                }
            }
            // `<>` is `<` then `>` (as tokenize.py has it): CPython's C tokenizer makes it a
            // NOTEQUAL that only the Barry-as-FLUFL parser mode accepts, so either way it is
            // "invalid syntax".
            b'<' => with_eq(Less, LessEqual),
            b'>' if c1 == b'>' => {
                if c2 == b'=' {
                    (RightShiftEqual, 3)
                } else {
                    (RightShift, 2)
                }
            }
            b'>' => with_eq(Greater, GreaterEqual),
            b'.' if c1 == b'.' && c2 == b'.' => (Ellipsis, 3),
            b'.' => (Dot, 1),
            _ => {
                self.invalid_ascii(start);
                return;
            }
        };
        match kind {
            LPar | LSqb | LBrace => self.open_bracket(start),
            RPar | RSqb | RBrace => self.close_bracket(start),
            _ => {}
        }
        self.push(kind, start, start + len);
        self.pos = start + len;
    }

    /// `$`, `?`, a backquote, or a control character: an `Error` token. CPython's tokenizer
    /// rejects the control characters itself; the others it passes to its parser as operators,
    /// which fails on them with "invalid syntax": so they get no tokenizer error here, and the
    /// parser reports them where it meets them.
    fn invalid_ascii(&mut self, start: usize) {
        let c = self.b[start];
        if !c.is_ascii_graphic() {
            self.error(start, 1, chars::invalid_character_message(c as char));
        }
        self.push(Error, start, start + 1);
        self.pos = start + 1;
    }
}

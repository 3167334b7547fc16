//! Numeric literals, following CPython 3.11's `tok_get` digit by digit: decimal, hexadecimal,
//! octal and binary integers with underscores, floats, exponents and imaginary numbers, and the
//! same error messages ("invalid decimal literal", "invalid digit '8' in octal literal", ...).
//! A bad literal still yields a number token for the part read, plus the error.

use crate::TokenKind;
use crate::chars::is_potential_identifier_char;
use crate::lexer::Lexer;

/// Where scanning stopped, and the error if the literal is malformed.
type Scan = Result<(TokenKind, usize), (TokenKind, usize, String, usize)>;

const LEADING_ZEROS: &str = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";

impl Lexer<'_> {
    /// A number starting at `start` (a digit, or a `.` followed by a digit).
    pub(crate) fn number(&mut self, start: usize) {
        let scan = if self.b[start] == b'.' {
            self.fraction(TokenKind::Float, start + 1)
        } else if self.b[start] == b'0' {
            self.zero_prefixed(start)
        } else {
            match self.decimal_tail(start) {
                Ok(p) => self.fraction_or_exponent(p),
                Err(e) => Err(e),
            }
        };
        let end = match scan {
            Ok((kind, end)) => {
                self.push(kind, start, end);
                end
            }
            Err((kind, end, message, at)) => {
                let end = end.max(start + 1);
                self.error(at, 1, message);
                self.push(kind, start, end);
                end
            }
        };
        self.pos = end;
    }

    /// Digits and single underscores between digits, from a digit at `p`.
    fn decimal_tail(&self, mut p: usize) -> Result<usize, (TokenKind, usize, String, usize)> {
        loop {
            while self.at(p).is_ascii_digit() {
                p += 1;
            }
            if self.at(p) != b'_' {
                return Ok(p);
            }
            if !self.at(p + 1).is_ascii_digit() {
                return Err((TokenKind::Int, p, "invalid decimal literal".into(), p));
            }
            p += 1;
        }
    }

    fn zero_prefixed(&self, start: usize) -> Scan {
        let radix = self.at(start + 1).to_ascii_lowercase();
        let (is_digit, name): (fn(u8) -> bool, &str) = match radix {
            b'x' => (|c: u8| c.is_ascii_hexdigit(), "hexadecimal"),
            b'o' => (|c: u8| (b'0'..=b'7').contains(&c), "octal"),
            b'b' => (|c: u8| c == b'0' || c == b'1', "binary"),
            _ => return self.old_octal_or_decimal(start),
        };
        let mut p = start + 2;
        loop {
            if self.at(p) == b'_' {
                p += 1;
            }
            let c = self.at(p);
            if !is_digit(c) {
                if radix != b'x' && c.is_ascii_digit() {
                    let message = format!("invalid digit '{}' in {name} literal", c as char);
                    return Err((TokenKind::Int, p, message, p));
                }
                // CPython points at the last character it read before the bad one.
                return Err((TokenKind::Int, p, format!("invalid {name} literal"), p - 1));
            }
            while is_digit(self.at(p)) {
                p += 1;
            }
            if self.at(p) != b'_' {
                break;
            }
        }
        let c = self.at(p);
        if radix != b'x' && c.is_ascii_digit() {
            let message = format!("invalid digit '{}' in {name} literal", c as char);
            return Err((TokenKind::Int, p, message, p));
        }
        self.end_of_number(TokenKind::Int, p, name)
    }

    /// `0`, `00`, `0_0`, `0.5`, `0e1`, `0j`, or a forbidden `0777`.
    fn old_octal_or_decimal(&self, start: usize) -> Scan {
        let mut p = start + 1;
        loop {
            if self.at(p) == b'_' {
                p += 1;
                if !self.at(p).is_ascii_digit() {
                    return Err((
                        TokenKind::Int,
                        p - 1,
                        "invalid decimal literal".into(),
                        p - 1,
                    ));
                }
            }
            if self.at(p) != b'0' {
                break;
            }
            p += 1;
        }
        let mut nonzero = false;
        if self.at(p).is_ascii_digit() {
            nonzero = true;
            p = self.decimal_tail(p)?;
        }
        match self.at(p) {
            b'.' | b'e' | b'E' | b'j' | b'J' => self.fraction_or_exponent(p),
            _ if nonzero => Err((TokenKind::Int, p, LEADING_ZEROS.into(), start)),
            _ => self.end_of_number(TokenKind::Int, p, "decimal"),
        }
    }

    /// After the integer part at `p`: an optional `.fraction`, exponent and `j`.
    fn fraction_or_exponent(&self, p: usize) -> Scan {
        if self.at(p) == b'.' {
            self.fraction(TokenKind::Float, p + 1)
        } else {
            self.exponent(TokenKind::Int, p)
        }
    }

    /// After a `.`: optional digits, then exponent and `j`.
    fn fraction(&self, kind: TokenKind, mut p: usize) -> Scan {
        if self.at(p).is_ascii_digit() {
            p = self.decimal_tail(p)?;
        }
        self.exponent(kind, p)
    }

    fn exponent(&self, mut kind: TokenKind, mut p: usize) -> Scan {
        if matches!(self.at(p), b'e' | b'E') {
            let e = p;
            p += 1;
            if matches!(self.at(p), b'+' | b'-') {
                p += 1;
                if !self.at(p).is_ascii_digit() {
                    return Err((kind, e, "invalid decimal literal".into(), p - 1));
                }
            } else if !self.at(p).is_ascii_digit() {
                // Not an exponent: the number ends before the `e` (as in `1else`).
                return self.end_of_number(kind, e, "decimal");
            }
            p = self.decimal_tail(p)?;
            kind = TokenKind::Float;
        }
        if matches!(self.at(p), b'j' | b'J') {
            return self.end_of_number(TokenKind::Imaginary, p + 1, "imaginary");
        }
        self.end_of_number(kind, p, "decimal")
    }

    /// CPython's `verify_end_of_number`: a number may be followed directly by the keywords
    /// `and else for if in is not or` (with a warning), but by no other identifier character.
    /// The error points, as CPython's does, at the number's last character.
    fn end_of_number(&self, kind: TokenKind, p: usize, name: &str) -> Scan {
        let rest = &self.b[p.min(self.end)..self.end];
        let keyword_follows = match rest.first() {
            Some(b'a') => rest[1..].starts_with(b"nd"),
            Some(b'e') => rest[1..].starts_with(b"lse"),
            Some(b'f') => rest[1..].starts_with(b"or"),
            Some(b'i') => matches!(rest.get(1), Some(b'f' | b'n' | b's')),
            Some(b'o') => rest[1..].starts_with(b"r"),
            Some(b'n') => rest[1..].starts_with(b"ot"),
            _ => false,
        };
        if !keyword_follows && is_potential_identifier_char(self.at(p)) {
            return Err((
                kind,
                p,
                format!("invalid {name} literal"),
                p.saturating_sub(1),
            ));
        }
        Ok((kind, p))
    }
}

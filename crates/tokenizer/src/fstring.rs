//! f-strings, split as Python 3.12 does: `FStringMiddle` for literal text (with `{{` and `}}`
//! kept inside it), and for each replacement field `{`, the tokens of the expression, an optional
//! `=`, `!` and conversion name, `:` and the format spec (more middles and nested fields), `}`.
//!
//! Where a field's expression ends is decided as CPython 3.11's `fstring_find_expr` decides it,
//! by scanning characters (strings, brackets, `!=`-style operators), with its error messages; the
//! expression text is then lexed by the ordinary lexer, bounded to that range.

use crate::TokenKind;
use crate::lexer::{Lexer, MAX_PAREN_LEVEL};

impl Lexer<'_> {
    /// Literal text and fields in `p..end`. At `level` > 0 (a format spec) stops at a `}`.
    /// Returns where it stopped.
    pub(crate) fn fstring_parts(
        &mut self,
        mut p: usize,
        end: usize,
        raw: bool,
        level: u32,
    ) -> usize {
        loop {
            let literal_start = p;
            while p < end {
                let c = self.b[p];
                if c == b'\\' && !raw {
                    p += 1;
                    if p < end && self.b[p] == b'N' {
                        p += 1;
                        if p < end && self.b[p] == b'{' {
                            while p < end && self.b[p] != b'}' {
                                p += 1;
                            }
                            p = (p + 1).min(end);
                        }
                    } else if p < end && !matches!(self.b[p], b'{' | b'}') {
                        p += 1;
                    }
                    continue;
                }
                if c == b'{' || c == b'}' {
                    if level == 0 && p + 1 < end && self.b[p + 1] == c {
                        p += 2;
                        continue;
                    }
                    if c == b'}' && level == 0 {
                        self.error(p, 1, "f-string: single '}' is not allowed");
                        p += 1;
                        continue;
                    }
                    break;
                }
                p += 1;
            }
            let p_lit = p.min(end);
            if p_lit > literal_start {
                self.push(TokenKind::FStringMiddle, literal_start, p_lit);
            }
            p = p_lit;
            if p >= end || self.b[p] == b'}' {
                return p;
            }
            p = self.fstring_field(p, end, raw, level);
        }
    }

    /// A replacement field whose `{` is at `open`. Returns the offset after it.
    fn fstring_field(&mut self, open: usize, end: usize, raw: bool, level: u32) -> usize {
        self.push(TokenKind::LBrace, open, open + 1);
        if level >= 2 {
            self.error(open, 1, "f-string: expressions nested too deeply");
        }
        let expr_start = open + 1;
        let (expr_end, scan_error) = self.scan_field_expression(expr_start, end);
        let had_error = scan_error.is_some();
        // CPython's order (`fstring_find_expr`): the scan's errors, the end of the string,
        // then an empty expression (`fstring_compile_expr`).
        if let Some((at, message)) = scan_error {
            self.error(at, 1, message);
        } else if expr_end >= end {
            self.error(expr_end, 0, "f-string: expecting '}'");
        } else if self.b[expr_start..expr_end]
            .iter()
            .all(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'))
        {
            let message = match self.b[expr_end] {
                c @ (b'!' | b':' | b'=') => {
                    format!("f-string: expression required before '{}'", c as char)
                }
                _ => "f-string: empty expression not allowed".to_string(),
            };
            self.error(open, 1, message);
        }
        self.lex_nested(expr_start, expr_end, had_error);
        let mut p = expr_end;
        if p >= end {
            return end;
        }
        if self.b[p] == b'=' {
            self.push(TokenKind::Equal, p, p + 1);
            p += 1;
            p = self.fstring_whitespace(p, end);
        }
        if p < end && self.b[p] == b'!' {
            self.push(TokenKind::Exclamation, p, p + 1);
            p += 1;
            if p >= end {
                self.error(p, 0, "f-string: expecting '}'");
                return p;
            }
            let c = self.b[p];
            if c.is_ascii_alphanumeric() || c == b'_' {
                self.push(TokenKind::Name, p, p + 1);
                p += 1;
            }
            if !matches!(c, b's' | b'r' | b'a') {
                self.error(
                    p,
                    1,
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                );
            }
        }
        if p < end && self.b[p] == b':' {
            self.push(TokenKind::Colon, p, p + 1);
            p = self.fstring_parts(p + 1, end, raw, level + 1);
        }
        if p < end && self.b[p] == b'}' {
            self.push(TokenKind::RBrace, p, p + 1);
            return p + 1;
        }
        self.error(p, 0, "f-string: expecting '}'");
        p
    }

    /// Whitespace after a `=` in a field: `Whitespace` and `Nl` tokens.
    fn fstring_whitespace(&mut self, mut p: usize, end: usize) -> usize {
        loop {
            let start = p;
            while p < end && matches!(self.b[p], b' ' | b'\t' | b'\x0b' | b'\x0c') {
                p += 1;
            }
            if p > start {
                self.push(TokenKind::Whitespace, start, p);
            }
            let nl = if p < end { self.newline_len(p) } else { 0 };
            if nl == 0 {
                return p;
            }
            self.push(TokenKind::Nl, p, p + nl);
            p += nl;
        }
    }

    /// Lexes `from..to` (a field's expression) with the ordinary lexer.
    fn lex_nested(&mut self, from: usize, to: usize, suppress_errors: bool) {
        let saved = (self.end, self.at_bol, self.suppress_errors);
        self.end = to;
        self.pos = from;
        self.at_bol = false;
        self.suppress_errors |= suppress_errors;
        self.fstring_depth += 1;
        self.lex_region();
        self.fstring_depth -= 1;
        (self.end, self.at_bol, self.suppress_errors) = saved;
        self.pos = to;
    }

    /// CPython 3.11's `fstring_find_expr` scan: the end of the expression that starts at `p`
    /// (at a `!`, `:`, `}` or `=` outside brackets and strings, or `end`), and its first error.
    fn scan_field_expression(&self, mut p: usize, end: usize) -> (usize, Option<(usize, String)>) {
        let mut stack = [0u8; MAX_PAREN_LEVEL];
        let mut depth = 0usize;
        let mut quote = 0u8;
        let mut triple = false;
        let mut error: Option<(usize, String)> = None;
        let mut set_error = |at: usize, message: String| {
            if error.is_none() {
                error = Some((at, message));
            }
        };
        while p < end {
            let c = self.b[p];
            if c == b'\\' {
                set_error(
                    p,
                    "f-string expression part cannot include a backslash".into(),
                );
            }
            if quote != 0 {
                if c == quote {
                    if !triple {
                        quote = 0;
                    } else if p + 2 < end && self.b[p + 1] == c && self.b[p + 2] == c {
                        p += 2;
                        quote = 0;
                    }
                }
                p += 1;
                continue;
            }
            match c {
                b'\'' | b'"' => {
                    triple = p + 2 < end && self.b[p + 1] == c && self.b[p + 2] == c;
                    if triple {
                        p += 2;
                    }
                    quote = c;
                }
                b'[' | b'{' | b'(' => {
                    if depth >= MAX_PAREN_LEVEL {
                        set_error(p, "f-string: too many nested parenthesis".into());
                    } else {
                        stack[depth] = c;
                        depth += 1;
                    }
                }
                b'#' => set_error(p, "f-string expression part cannot include '#'".into()),
                b'!' | b':' | b'}' | b'=' | b'<' | b'>' if depth == 0 => {
                    let next = if p + 1 < end { self.b[p + 1] } else { 0 };
                    if next == b'=' && matches!(c, b'!' | b'=' | b'<' | b'>') {
                        p += 2;
                        continue;
                    }
                    if c != b'<' && c != b'>' {
                        break;
                    }
                }
                b']' | b'}' | b')' => {
                    if depth == 0 {
                        set_error(p, format!("f-string: unmatched '{}'", c as char));
                    } else {
                        depth -= 1;
                        let open = stack[depth];
                        if !matches!((open, c), (b'(', b')') | (b'[', b']') | (b'{', b'}')) {
                            set_error(
                                p,
                                format!(
                                    "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                                    c as char, open as char
                                ),
                            );
                        }
                    }
                }
                _ => {}
            }
            p += 1;
        }
        let p = p.min(end);
        if quote != 0 {
            set_error(p, "f-string: unterminated string".into());
        } else if depth > 0 {
            set_error(
                p,
                format!("f-string: unmatched '{}'", stack[depth - 1] as char),
            );
        }
        (p, error)
    }
}

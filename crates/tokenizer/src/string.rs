//! String and bytes literals: finding where a literal ends exactly as CPython 3.11 does (escapes,
//! triple quotes, line continuations inside single-quoted strings), the unterminated-string
//! errors, and handing f-strings over to the f-string splitter.

use crate::TokenKind;
use crate::lexer::Lexer;

impl Lexer<'_> {
    /// A literal whose prefix starts at `start` and whose first quote is at `quote_at`.
    pub(crate) fn string(&mut self, start: usize, quote_at: usize, is_f: bool, is_raw: bool) {
        let q = self.b[quote_at];
        let triple = self.at(quote_at + 1) == q && self.at(quote_at + 2) == q;
        let quote_len = if triple { 3 } else { 1 };
        let content_start = quote_at + quote_len;
        let mut p = content_start;
        let close = loop {
            if p >= self.end {
                break None;
            }
            let c = self.b[p];
            if c == q {
                if !triple {
                    break Some(p);
                }
                if self.at(p + 1) == q && self.at(p + 2) == q {
                    break Some(p);
                }
                p += 1;
            } else if c == b'\\' {
                p += 1 + self.newline_len(p + 1).max(1);
            } else if c == b'\n' || c == b'\r' {
                if !triple {
                    break None;
                }
                p += 1;
            } else {
                p += 1;
            }
        };
        let p = p.min(self.end);
        let Some(close) = close else {
            self.unterminated(start, p, triple);
            return;
        };
        let end = close + quote_len;
        if is_f {
            self.push(TokenKind::FStringStart, start, content_start);
            self.in_fstring += 1;
            self.fstring_parts(content_start, close, is_raw, 0);
            self.in_fstring -= 1;
            self.push(TokenKind::FStringEnd, close, end);
        } else {
            self.push(TokenKind::String, start, end);
        }
        self.pos = end;
    }

    /// An unterminated literal from `start` to `p` (its line end or the end of input) becomes
    /// one `Error` token.
    fn unterminated(&mut self, start: usize, p: usize, triple: bool) {
        let detected = self.line_of(if p >= self.b.len() {
            p.saturating_sub(1)
        } else {
            p
        });
        let message = if triple {
            format!("unterminated triple-quoted string literal (detected at line {detected})")
        } else {
            format!("unterminated string literal (detected at line {detected})")
        };
        self.error(start, p - start, message);
        self.push(TokenKind::Error, start, p);
        self.pos = p;
    }
}

//! The lexer's state and main loop: dispatch on the first byte of each token, trivia (whitespace,
//! comments, line ends, line continuations), and the end of input. Indentation, numbers,
//! strings, f-strings and operators live in their own modules as further `impl Lexer` blocks.

use crate::chars;
use crate::indent::IndentStack;
use crate::{Token, TokenError, TokenErrorKind, TokenKind, Tokens};

/// CPython's `MAXLEVEL`: the deepest bracket nesting the tokenizer accepts.
pub(crate) const MAX_PAREN_LEVEL: usize = 200;

pub(crate) struct Lexer<'a> {
    pub(crate) src: &'a str,
    pub(crate) b: &'a [u8],
    pub(crate) pos: usize,
    /// End of the region being lexed: the source length, or the end of an f-string replacement
    /// field's expression while that is being lexed.
    pub(crate) end: usize,
    pub(crate) tokens: Vec<Token>,
    pub(crate) errors: Vec<TokenError>,
    pub(crate) indents: IndentStack,
    /// Byte offsets of the open brackets; the bracket is `b[offset]`.
    pub(crate) parens: Vec<u32>,
    /// At the beginning of a physical line that starts a new logical line or continues brackets.
    pub(crate) at_bol: bool,
    /// The current logical line is blank or comment-only so far (its line end is `Nl`).
    pub(crate) blank_line: bool,
    /// Nesting of f-string replacement fields being lexed: line ends are `Nl`, brackets are
    /// checked by the f-string scanner rather than the bracket stack.
    pub(crate) fstring_depth: u32,
    /// Errors are not recorded (an f-string field whose scan already reported one).
    pub(crate) suppress_errors: bool,
    /// Nesting of f-strings whose contents are being split (errors there are the parser's).
    pub(crate) in_fstring: u32,
    reported_deep_parens: bool,
}

impl<'a> Lexer<'a> {
    pub(crate) fn new(src: &'a str) -> Self {
        Lexer {
            src,
            b: src.as_bytes(),
            pos: 0,
            end: src.len(),
            // Dense code (test_grammar.py) has a token per 3.3 bytes, trivia included; a
            // quarter made the vector grow in such files.
            tokens: Vec::with_capacity(src.len() / 3 + 16),
            errors: Vec::new(),
            indents: IndentStack::new(),
            parens: Vec::new(),
            at_bol: true,
            blank_line: false,
            fstring_depth: 0,
            suppress_errors: false,
            in_fstring: 0,
            reported_deep_parens: false,
        }
    }

    pub(crate) fn run(mut self) -> Tokens {
        if self.src.starts_with('\u{FEFF}') {
            self.push(TokenKind::Whitespace, 0, 3);
            self.pos = 3;
        }
        self.lex_region();
        self.finish();
        Tokens {
            tokens: self.tokens,
            errors: self.errors,
        }
    }

    /// Lexes from `pos` up to `end`.
    pub(crate) fn lex_region(&mut self) {
        while self.pos < self.end {
            if self.at_bol {
                self.at_bol = false;
                if self.fstring_depth == 0 {
                    self.line_start();
                    continue;
                }
            }
            self.lex_token();
        }
    }

    /// The byte at `i`, or 0 past the end of the region.
    #[inline]
    pub(crate) fn at(&self, i: usize) -> u8 {
        if i < self.end { self.b[i] } else { 0 }
    }

    #[inline]
    pub(crate) fn push(&mut self, kind: TokenKind, start: usize, end: usize) {
        self.tokens.push(Token {
            kind,
            start: start as u32,
            len: (end - start) as u32,
        });
    }

    pub(crate) fn error(&mut self, offset: usize, len: usize, message: impl Into<String>) {
        self.error_kind(offset, len, message, TokenErrorKind::Syntax);
    }

    pub(crate) fn error_kind(
        &mut self,
        offset: usize,
        len: usize,
        message: impl Into<String>,
        kind: TokenErrorKind,
    ) {
        if self.suppress_errors {
            return;
        }
        let offset = offset.min(self.b.len());
        let len = len.min(self.b.len() - offset);
        self.errors.push(TokenError {
            offset: offset as u32,
            len: len as u32,
            message: message.into(),
            kind,
            in_fstring: self.in_fstring > 0,
        });
    }

    /// 1-based line number of `offset`, with `\n`, `\r\n` and `\r` as line ends. Linear: only for
    /// error messages.
    pub(crate) fn line_of(&self, offset: usize) -> usize {
        let bytes = &self.b[..offset.min(self.b.len())];
        let mut line = 1;
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line += 1,
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => line += 1,
                _ => {}
            }
            i += 1;
        }
        line
    }

    /// The end of the line containing `from` (the offset of its `\n` or `\r`, or `end`).
    #[inline]
    pub(crate) fn line_end_from(&self, from: usize) -> usize {
        let rest = &self.b[from..self.end];
        match rest.iter().position(|&c| c == b'\n' || c == b'\r') {
            Some(i) => from + i,
            None => self.end,
        }
    }

    /// Length of the line end at `i` (1 or 2), or 0 if there is none.
    #[inline]
    pub(crate) fn newline_len(&self, i: usize) -> usize {
        match self.at(i) {
            b'\n' => 1,
            b'\r' => {
                if self.at(i + 1) == b'\n' {
                    2
                } else {
                    1
                }
            }
            _ => 0,
        }
    }

    fn lex_token(&mut self) {
        let start = self.pos;
        let c = self.b[start];
        match c {
            b' ' | b'\t' | b'\x0c' => {
                let mut p = start + 1;
                while matches!(self.at(p), b' ' | b'\t' | b'\x0c') {
                    p += 1;
                }
                self.push(TokenKind::Whitespace, start, p);
                self.pos = p;
            }
            b'#' => {
                let p = self.line_end_from(start);
                self.push(TokenKind::Comment, start, p);
                self.pos = p;
            }
            b'\n' | b'\r' => {
                let p = start + self.newline_len(start);
                let kind = if self.blank_line || !self.parens.is_empty() || self.fstring_depth > 0 {
                    TokenKind::Nl
                } else {
                    TokenKind::Newline
                };
                self.push(kind, start, p);
                self.pos = p;
                self.at_bol = true;
            }
            b'\\' => self.line_continuation(start),
            b'0'..=b'9' => self.number(start),
            b'.' if self.at(start + 1).is_ascii_digit() => self.number(start),
            b'"' | b'\'' => self.string(start, start, false, false),
            b'a'..=b'z' | b'A'..=b'Z' | b'_' => self.name_or_prefixed_string(start),
            0x80.. => self.non_ascii(start),
            _ => self.operator(start),
        }
    }

    fn line_continuation(&mut self, start: usize) {
        let nl = self.newline_len(start + 1);
        if nl == 0 {
            if start + 1 >= self.b.len() {
                // A backslash at the very end: CPython adds the missing line end, then finds EOF.
                self.push(TokenKind::LineContinuation, start, start + 1);
                self.pos = start + 1;
                self.error(start + 1, 0, "unexpected EOF while parsing");
                return;
            }
            self.error(
                start + 1,
                0,
                "unexpected character after line continuation character",
            );
            self.push(TokenKind::Error, start, start + 1);
            self.pos = start + 1;
            return;
        }
        let p = start + 1 + nl;
        self.push(TokenKind::LineContinuation, start, p);
        self.pos = p;
        if p >= self.b.len() && self.fstring_depth == 0 {
            self.error(start + 1, 0, "unexpected EOF while parsing");
        }
    }

    /// An identifier, or a string with a prefix (`rb"..."`, `f'...'`).
    fn name_or_prefixed_string(&mut self, start: usize) {
        let (mut saw_b, mut saw_r, mut saw_u, mut saw_f) = (false, false, false, false);
        let mut p = start;
        loop {
            match self.at(p) {
                b'b' | b'B' if !(saw_b || saw_u || saw_f) => saw_b = true,
                b'u' | b'U' if !(saw_b || saw_u || saw_r || saw_f) => saw_u = true,
                b'r' | b'R' if !(saw_r || saw_u) => saw_r = true,
                b'f' | b'F' if !(saw_f || saw_b || saw_u) => saw_f = true,
                _ => break,
            }
            p += 1;
            if matches!(self.at(p), b'"' | b'\'') {
                self.string(start, p, saw_f, saw_r);
                return;
            }
        }
        self.name(start, p);
    }

    /// An identifier whose bytes before `p` are already known to be identifier characters.
    pub(crate) fn name(&mut self, start: usize, mut p: usize) {
        loop {
            while p < self.end && chars::is_ascii_ident_continue(self.b[p]) {
                p += 1;
            }
            if p < self.end && self.b[p] >= 0x80 {
                let c = self.char_at(p);
                if chars::is_xid_continue(c) {
                    p += c.len_utf8();
                    continue;
                }
            }
            break;
        }
        self.push(TokenKind::Name, start, p);
        self.pos = p;
    }

    /// The character starting at byte `i` (a char boundary).
    #[inline]
    pub(crate) fn char_at(&self, i: usize) -> char {
        self.src[i..].chars().next().unwrap_or('\0')
    }

    fn non_ascii(&mut self, start: usize) {
        let c = self.char_at(start);
        if chars::is_xid_start(c) {
            self.name(start, start + c.len_utf8());
            return;
        }
        let p = start + c.len_utf8();
        self.error(start, c.len_utf8(), chars::invalid_character_message(c));
        self.push(TokenKind::Error, start, p);
        self.pos = p;
    }

    /// Bumps the bracket level for an opening bracket at `start`.
    pub(crate) fn open_bracket(&mut self, start: usize) {
        if self.fstring_depth > 0 {
            return;
        }
        if self.parens.len() >= MAX_PAREN_LEVEL && !self.reported_deep_parens {
            self.reported_deep_parens = true;
            self.error(start, 1, "too many nested parentheses");
        }
        self.parens.push(start as u32);
    }

    /// Drops the bracket level for a closing bracket at `start`, checking that it matches.
    pub(crate) fn close_bracket(&mut self, start: usize) {
        if self.fstring_depth > 0 {
            return;
        }
        let close = self.b[start] as char;
        let Some(open_at) = self.parens.pop() else {
            self.error(start, 1, format!("unmatched '{close}'"));
            return;
        };
        let open = self.b[open_at as usize] as char;
        if !matches!((open, close), ('(', ')') | ('[', ']') | ('{', '}')) {
            let open_line = self.line_of(open_at as usize);
            let message = if open_line != self.line_of(start) {
                format!(
                    "closing parenthesis '{close}' does not match opening parenthesis '{open}' on line {open_line}"
                )
            } else {
                format!("closing parenthesis '{close}' does not match opening parenthesis '{open}'")
            };
            self.error(start, 1, message);
        }
    }

    /// End of input: the missing `Newline`, unclosed brackets, pending `Dedent`s, `EndMarker`.
    fn finish(&mut self) {
        let len = self.b.len();
        if let Some(&open_at) = self.parens.last() {
            let open = self.b[open_at as usize] as char;
            self.error(open_at as usize, 1, format!("'{open}' was never closed"));
        } else if !self.at_bol && !self.blank_line {
            self.push(TokenKind::Newline, len, len);
        }
        for _ in 1..self.indents.depth() {
            self.push(TokenKind::Dedent, len, len);
        }
        self.push(TokenKind::EndMarker, len, len);
    }
}

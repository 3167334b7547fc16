//! taipan's tokens written the way `driver.py` writes tokenize.py's: one line per token,
//! `TYPE start_line,start_col end_line,end_col text`, lines 1-based, columns in code points,
//! the text with `\`, line feed and carriage return escaped. The mapping (docs/conformance.md):
//!
//! - kinds map by `TokenKind::cpython_name` (operators are `OP`, numbers `NUMBER`, `Error` is
//!   `ERRORTOKEN`); `Whitespace` and `LineContinuation` tokens are dropped (tokenize.py has none);
//! - a lone `!` is an `ERRORTOKEN` (tokenize.py has no such operator), and an `ERRORTOKEN` for
//!   a character tokenize.py cannot match (`!`, `$`, `?`, a backquote) comes after one
//!   `ERRORTOKEN` per whitespace character before it, as tokenize.py retries after each;
//! - an f-string's `FStringStart ... FStringEnd` becomes one `STRING` (3.11 has no f-string
//!   tokens);
//! - empty `NEWLINE`/`NL` tokens are dropped on both sides: the C tokenizer (and so taipan) ends a
//!   last line without a line end with an empty `NEWLINE`; tokenize.py invents one only for some
//!   such lines, and an empty `NL` after a last comment line;
//! - positions are tokenize.py's: lines split at `\n` only (it reads lines with `readline`); a
//!   BOM is not counted in line 1's columns (tokenize decodes with `utf-8-sig`); the `DEDENT`s
//!   and `ENDMARKER` at the end of a file that lacks a final line end are placed where
//!   tokenize.py puts them: column 0 of the line after the last, or of the last line itself when
//!   that is only whitespace.

use std::fmt::Write;

use taipan_tokenizer::{Token, TokenKind};

pub fn token_text(text: &str, tokens: &[Token]) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut pos = Position::new(text);
    let eof = eof_position(text);
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        i += 1;
        let (name, start, end) = match t.kind {
            TokenKind::Whitespace | TokenKind::LineContinuation => continue,
            TokenKind::Newline | TokenKind::Nl if t.len == 0 => continue,
            TokenKind::FStringStart => {
                let mut depth = 1;
                let mut end = t.end();
                while i < tokens.len() && depth > 0 {
                    match tokens[i].kind {
                        TokenKind::FStringStart => depth += 1,
                        TokenKind::FStringEnd => depth -= 1,
                        _ => {}
                    }
                    end = tokens[i].end();
                    i += 1;
                }
                ("STRING", t.start, end)
            }
            // tokenize.py has no `!` operator, and matches no `$`, `?` or backquote: for each
            // it yields an ERRORTOKEN, and one for each whitespace character before it first.
            TokenKind::Exclamation | TokenKind::Error => {
                if let Some(ws) = whitespace_before(text, tokens, i - 1) {
                    for (off, _) in text[ws.range()].char_indices() {
                        let at = ws.start as usize + off;
                        let (l, c) = pos.advance(at);
                        let ch = &text[at..at + 1];
                        let _ = writeln!(out, "ERRORTOKEN {l},{c} {l},{} {ch}", c + 1);
                    }
                }
                ("ERRORTOKEN", t.start, t.end())
            }
            kind => (kind.cpython_name().unwrap_or("?"), t.start, t.end()),
        };
        let (sl, sc, el, ec) = if t.len == 0 && start as usize == text.len() {
            (eof.0, eof.1, eof.0, eof.1)
        } else {
            let (sl, sc) = pos.advance(start as usize);
            // tokenize.py ends a token on the line of its last character, one column after it.
            let last = text[start as usize..end as usize]
                .char_indices()
                .next_back();
            let (el, ec) = match last {
                Some((i, _)) => {
                    let (l, c) = pos.advance(start as usize + i);
                    (l, c + 1)
                }
                None => (sl, sc),
            };
            (sl, sc, el, ec)
        };
        let _ = write!(out, "{name} {sl},{sc} {el},{ec} ");
        for c in text[start as usize..end as usize].chars() {
            match c {
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                c => out.push(c),
            }
        }
        out.push('\n');
    }
    out
}

/// The `Whitespace` token just before `tokens[i]`, unless it is a line's indentation.
fn whitespace_before(text: &str, tokens: &[Token], i: usize) -> Option<Token> {
    let ws = *tokens.get(i.checked_sub(1)?)?;
    let at_line_start =
        ws.start == 0 || matches!(text.as_bytes()[ws.start as usize - 1], b'\n' | b'\r');
    (ws.kind == TokenKind::Whitespace && !at_line_start).then_some(ws)
}

/// Where tokenize.py puts the zero-width tokens at the end of input.
fn eof_position(text: &str) -> (usize, usize) {
    let lines = text.matches('\n').count() + 1;
    let last = &text[text.rfind('\n').map_or(0, |i| i + 1)..];
    let last = last.strip_prefix('\u{FEFF}').unwrap_or(last);
    if last.bytes().all(|b| matches!(b, b' ' | b'\t' | b'\x0c')) {
        (lines, 0)
    } else {
        (lines + 1, 0)
    }
}

/// A cursor turning increasing byte offsets into tokenize.py's (line, code point column).
struct Position<'a> {
    bytes: &'a [u8],
    offset: usize,
    line: usize,
    col: usize,
}

impl<'a> Position<'a> {
    fn new(text: &'a str) -> Self {
        let bom = if text.starts_with('\u{FEFF}') { 3 } else { 0 };
        Position {
            bytes: text.as_bytes(),
            offset: bom,
            line: 1,
            col: 0,
        }
    }

    fn advance(&mut self, to: usize) -> (usize, usize) {
        while self.offset < to {
            let b = self.bytes[self.offset];
            if b == b'\n' {
                self.line += 1;
                self.col = 0;
            } else if (b as i8) >= -0x40 {
                self.col += 1;
            }
            self.offset += 1;
        }
        (self.line, self.col)
    }
}

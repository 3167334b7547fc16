//! `taipan tokens`: the token stream as `python3 -m tokenize -e` lists it (positions as
//! `line,col-line,col:` with columns in code points, exact operator names, the text's `repr`),
//! with the trivia tokens that make taipan's stream lossless on request.

use serde::Serialize;
use taipan_ast::repr::utf8_str_repr;
use taipan_diagnostics::Diagnostic;
use taipan_tokenizer::{LineIndex, TokenErrorKind, TokenKind, Tokens, tokenize};

use super::syntax_error;
use crate::style;

#[derive(Serialize)]
struct JsonToken<'a> {
    kind: &'static str,
    text: &'a str,
    /// `[line, column]`, 1-based lines, 0-based columns in code points (as `tokenize`).
    start: [u32; 2],
    end: [u32; 2],
    /// Byte offsets in the source.
    range: [u32; 2],
}

pub fn render(text: &str, json: bool, trivia: bool) -> (String, Vec<Diagnostic>) {
    render_tokens(text, &tokenize(text), json, trivia)
}

/// [`render`] for tokens already made (by the database, for `taipan watch`).
pub fn render_tokens(
    text: &str,
    tokens: &Tokens,
    json: bool,
    trivia: bool,
) -> (String, Vec<Diagnostic>) {
    let index = LineIndex::new(text);
    let mut rows = Vec::with_capacity(tokens.tokens.len());
    for t in &tokens.tokens {
        let Some(kind) = exact_name(t.kind, trivia) else {
            continue;
        };
        let start = index.line_col_chars(text, t.start);
        // As `tokenize`, a token ends on the line of its last character (a NEWLINE's `\n` too).
        let end = match t.text(text).char_indices().next_back() {
            Some((i, _)) => {
                let last = index.line_col_chars(text, t.start + i as u32);
                taipan_tokenizer::LineCol {
                    line: last.line,
                    col: last.col + 1,
                }
            }
            None => start,
        };
        rows.push(JsonToken {
            kind,
            text: t.text(text),
            start: [start.line + 1, start.col],
            end: [end.line + 1, end.col],
            range: [t.start, t.end()],
        });
    }
    let out = if json {
        serde_json::to_string_pretty(&rows).expect("tokens serialize") + "\n"
    } else {
        let mut out = String::with_capacity(rows.len() * 48);
        for r in &rows {
            let pos = format!("{},{}-{},{}:", r.start[0], r.start[1], r.end[0], r.end[1]);
            // tokenize's own layout: "%-20s%-15s%-15r", each column padded before it is painted.
            let kind_style = if matches!(r.kind, "NL" | "NEWLINE" | "COMMENT" | "WHITESPACE") {
                style::DIM
            } else {
                style::KIND
            };
            style::paint(&mut out, style::DIM, &format!("{pos:<20}"));
            style::paint(&mut out, kind_style, &format!("{:<15}", r.kind));
            style::paint(
                &mut out,
                style::TEXT,
                &format!("{:<15}", utf8_str_repr(r.text)),
            );
            out.push('\n');
        }
        out
    };
    let errors = tokens
        .errors
        .iter()
        .map(|e| {
            let mut d = syntax_error(e.offset as usize..(e.offset + e.len) as usize, &e.message);
            d.title = match e.kind {
                TokenErrorKind::Syntax => "SyntaxError",
                TokenErrorKind::Indentation => "IndentationError",
                TokenErrorKind::Tab => "TabError",
            }
            .into();
            d
        })
        .collect();
    (out, errors)
}

/// The name `tokenize -e` gives a token (operators by exact type: `LPAR`, `DOUBLESTAREQUAL`; the
/// f-string parts by their 3.12 names); trivia, which `tokenize` does not list, only when `trivia`
/// asks for them.
fn exact_name(kind: TokenKind, trivia: bool) -> Option<&'static str> {
    match kind {
        TokenKind::Whitespace | TokenKind::LineContinuation if !trivia => None,
        k if k.op_text().is_some() || k.cpython_name().is_none() => Some(k.exact_name()),
        TokenKind::FStringStart | TokenKind::FStringMiddle | TokenKind::FStringEnd => {
            Some(kind.exact_name())
        }
        k => k.cpython_name(),
    }
}

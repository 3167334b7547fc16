//! `taipan tokens`: the token stream as `python3 -m tokenize -e` lists it (positions as
//! `line,col-line,col:` with columns in code points, exact operator names, the text's `repr`),
//! with the trivia tokens that make taipan's stream lossless on request.

use std::fmt::Write;

use serde::Serialize;
use taipan_ast::repr::utf8_str_repr;
use taipan_diagnostics::Diagnostic;
use taipan_syntax::SyntaxKind;
use taipan_tokenizer::{LineIndex, TokenErrorKind, TokenKind, tokenize};

use super::syntax_error;
use crate::StageArgs;

#[derive(Serialize)]
struct JsonToken<'a> {
    kind: String,
    text: &'a str,
    /// `[line, column]`, 1-based lines, 0-based columns in code points (as `tokenize`).
    start: [u32; 2],
    end: [u32; 2],
    /// Byte offsets in the source.
    range: [u32; 2],
}

pub fn render(text: &str, args: &StageArgs) -> (String, Vec<Diagnostic>) {
    let tokens = tokenize(text);
    let index = LineIndex::new(text);
    let mut rows = Vec::with_capacity(tokens.tokens.len());
    for t in &tokens.tokens {
        let Some(kind) = exact_name(t.kind, args.trivia) else {
            continue;
        };
        let start = index.line_col_chars(text, t.start);
        let end = index.line_col_chars(text, t.end());
        rows.push(JsonToken {
            kind,
            text: t.text(text),
            start: [start.line + 1, start.col],
            end: [end.line + 1, end.col],
            range: [t.start, t.end()],
        });
    }
    let out = if args.json {
        serde_json::to_string_pretty(&rows).expect("tokens serialize") + "\n"
    } else {
        let mut out = String::with_capacity(rows.len() * 48);
        for r in &rows {
            let pos = format!("{},{}-{},{}:", r.start[0], r.start[1], r.end[0], r.end[1]);
            // tokenize's own layout: "%-20s%-15s%-15r".
            let _ = writeln!(out, "{pos:<20}{:<15}{:<15}", r.kind, utf8_str_repr(r.text));
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

/// The name `tokenize -e` gives a token: operators by exact type (`LPAR`, `DOUBLESTAREQUAL`, the
/// names `SyntaxKind` uses), f-string parts by their 3.12 names, and trivia, which `tokenize` does
/// not list, only when `trivia` asks for them.
fn exact_name(kind: TokenKind, trivia: bool) -> Option<String> {
    if matches!(kind, TokenKind::Whitespace | TokenKind::LineContinuation) && !trivia {
        return None;
    }
    let exact = kind.op_text().is_some()
        || matches!(
            kind,
            TokenKind::Whitespace
                | TokenKind::LineContinuation
                | TokenKind::FStringStart
                | TokenKind::FStringMiddle
                | TokenKind::FStringEnd
        );
    Some(match kind.cpython_name() {
        Some(name) if !exact => name.to_owned(),
        _ => format!("{:?}", SyntaxKind::from_token(kind)),
    })
}

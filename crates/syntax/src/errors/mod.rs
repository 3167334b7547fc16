//! Turning parser and tokenizer errors into the final list of [`SyntaxError`]s, and choosing the
//! one CPython 3.11 would report, which goes first.
//!
//! CPython parses until its first failure, so a tokenizer error before that point wins. After a
//! parser failure it tokenizes the rest of the file: a tokenizer error that raises at once
//! (invalid characters and literals, unterminated strings, unmatched brackets) replaces the
//! parser's error, and reaching the end inside a bracket opened on an earlier line than the
//! parser's error reports "'(' was never closed" instead. "unexpected indent" is the exception:
//! CPython raises it without reading further. How far CPython has read is `reach`'s concern.

mod fstring;
mod placement;
mod reach;

pub use fstring::{FStringField, buffer_start, fstring_fields_at, is_tokenizer_error};
pub use placement::{after_strings, char_column, is_string_error};
pub(crate) use reach::star_targets_reach;

use crate::input::Input;
use crate::parser::ParseError;
use crate::{SyntaxError, SyntaxErrorKind, SyntaxKind};
use taipan_tokenizer::{TokenError, TokenErrorKind};
use text_size::{TextRange, TextSize};

pub(crate) fn finish(
    input: &Input,
    token_errors: &[TokenError],
    parse_errors: Vec<ParseError>,
) -> Vec<SyntaxError> {
    let text_len = input.text.len() as u32;
    if token_errors.is_empty() && parse_errors.is_empty() {
        return Vec::new();
    }
    let lines = placement::Lines::new(input.text);
    // Each error with the offset of the last token CPython has read when it reports it, in the
    // parser's order (by token: an error at the end of the file moves to the last line below).
    let mut parser: Vec<(SyntaxError, u32)> = Vec::with_capacity(parse_errors.len());
    for e in parse_errors {
        let (mut s, token_end) = input.range(e.start as usize);
        // An error token's own message comes from the tokenizer, when it has one (`$`, `?`
        // and a backquote have none: CPython's parser reports them as "invalid syntax").
        if input.kind(e.start as usize) == SyntaxKind::ERROR_TOKEN
            && token_errors
                .iter()
                .any(|t| (s..=token_end).contains(&t.offset))
        {
            continue;
        }
        let (_, mut end) = input.range(e.end as usize);
        // CPython's NEWLINE token leaves the line end out and starts at a comment before it.
        if input.kind(e.start as usize) == SyntaxKind::NEWLINE {
            s = newline_start(input, e.start as usize);
        }
        // A DEDENT at the end of the file inside an unclosed bracket is taipan's, not CPython's
        // (its tokenizer stops with the bracket error there).
        let cpython_dedent = input.kind(e.start as usize) == SyntaxKind::DEDENT
            && !(s == text_len
                && token_errors
                    .iter()
                    .any(|t| t.message.ends_with("was never closed")));
        if matches!(
            input.kind(e.start as usize),
            SyntaxKind::ENDMARKER | SyntaxKind::DEDENT
        ) && s as usize == input.text.len()
        {
            // At the end of the file CPython reports the last line, not the one after it.
            s = last_line_start(input.text);
            end = end.max(s);
        }
        // CPython's generic error at an INDENT or DEDENT token (`_PyPegen_set_syntax_error`).
        let message = match (e.message.as_str(), input.kind(e.start as usize)) {
            ("invalid syntax", SyntaxKind::INDENT) => "unexpected indent".to_string(),
            ("invalid syntax", SyntaxKind::DEDENT) if cpython_dedent => {
                "unexpected unindent".to_string()
            }
            _ => e.message,
        };
        let kind = if message.starts_with("unexpected indent")
            || message == "unexpected unindent"
            || message.starts_with("expected an indented block")
            || message.starts_with("unindent")
        {
            SyntaxErrorKind::Indentation
        } else {
            SyntaxErrorKind::Syntax
        };
        let last = reach::last_read(input, e.start as usize, e.end as usize, &message);
        let (last_at, _) = input.range(last);
        // `a=NAME '=' b=bitwise_or`: the range runs over the value, which the skim read
        // with one token more.
        // Not for `invalid_kwarg`'s `NAME '=' expression for_if_clauses` (`f(a=i for i in x)`),
        // whose range ends at the '='.
        let kwarg = e.start > 0
            && matches!(
                input.kind(e.start as usize - 1),
                SyntaxKind::LPAR | SyntaxKind::COMMA
            )
            && matches!(input.kind(last), SyntaxKind::FOR_KW | SyntaxKind::ASYNC_KW);
        if message.ends_with("Maybe you meant '==' or ':=' instead of '='?")
            && last > e.end as usize + 1
            && !kwarg
        {
            end = end.max(input.range(last - 1).1);
        }
        let mut placement = placement::parser(
            input,
            &lines,
            (e.start as usize, e.end as usize),
            &message,
            last,
            s,
        );
        if message == "':' expected after dictionary key" {
            // `invalid_kvpair`: at the key's last character, end_offset -1 (+1).
            placement.offset = placement::same_line_column(&lines, s, end.saturating_sub(1));
            placement.end_offset = Some(0);
        }
        // CPython's NEWLINE token ends where it starts (the range keeps the line end, which
        // the REPL's codeop check compares).
        if input.kind(e.end as usize) == SyntaxKind::NEWLINE && placement.end_offset.is_none() {
            let nl = input.range(e.end as usize).0;
            placement.end_offset = placement::same_line_column(&lines, s, nl);
        }
        parser.push((
            SyntaxError {
                range: range(s, end.max(s)),
                message,
                kind,
                placement: Some(placement),
            },
            last_at,
        ));
    }

    let tokens: Vec<SyntaxError> = token_errors
        .iter()
        .map(|e| {
            let start = e.offset.min(text_len);
            SyntaxError {
                placement: Some(placement::token(&lines, e, start)),
                range: range(start, e.offset.saturating_add(e.len).min(text_len)),
                message: e.message.clone(),
                kind: match e.kind {
                    TokenErrorKind::Syntax => SyntaxErrorKind::Syntax,
                    TokenErrorKind::Indentation => SyntaxErrorKind::Indentation,
                    TokenErrorKind::Tab => SyntaxErrorKind::Tab,
                },
            }
        })
        .collect();

    let reported = cpython_choice(input.text, &tokens, parser.first());

    let mut all: Vec<SyntaxError> = Vec::with_capacity(parser.len() + tokens.len());
    all.extend(tokens.iter().cloned());
    all.extend(parser.into_iter().map(|(e, _)| e));
    all.sort_by_key(|e| e.range.start());
    if let Some(first) = reported
        && let Some(i) = all.iter().position(|e| *e == first)
    {
        let e = all.remove(i);
        all.insert(0, e);
    }
    all
}

/// Where CPython's NEWLINE token `i` starts: at the comment ending its line, if any.
fn newline_start(input: &Input, i: usize) -> u32 {
    let raw = input.raw_index(i);
    let mut j = raw;
    while j > 0 {
        j -= 1;
        match input.raw[j].kind {
            taipan_tokenizer::TokenKind::Whitespace => continue,
            taipan_tokenizer::TokenKind::Comment => return input.raw[j].start,
            _ => break,
        }
    }
    input.range(i).0
}

/// Where CPython meets a tokenizer error: at its offset, except unclosed brackets, which it
/// only notices at the end of the file.
fn reach(text: &str, e: &SyntaxError) -> u32 {
    if e.message.ends_with("was never closed") {
        text.len() as u32
    } else {
        e.range.start().into()
    }
}

/// Tokenizer errors CPython raises as soon as it meets them (`syntaxerror()` in tokenizer.c),
/// as opposed to error codes the parser turns into an error only when it gets there.
fn raises_at_once(e: &SyntaxError) -> bool {
    const EAGER: &[&str] = &[
        "invalid character",
        "invalid non-printable character",
        "invalid decimal literal",
        "invalid hexadecimal literal",
        "invalid octal literal",
        "invalid binary literal",
        "invalid imaginary literal",
        "invalid digit",
        "leading zeros",
        "unterminated string literal",
        "unterminated triple-quoted string literal",
        "unmatched",
        "closing parenthesis",
        "too many nested parentheses",
    ];
    e.kind == SyntaxErrorKind::Syntax && EAGER.iter().any(|p| e.message.starts_with(p))
}

fn cpython_choice(
    text: &str,
    tokens: &[SyntaxError],
    parser: Option<&(SyntaxError, u32)>,
) -> Option<SyntaxError> {
    let Some((perr, p_last)) = parser else {
        return tokens.iter().min_by_key(|e| reach(text, e)).cloned();
    };
    // A line continuation at the end of the file is an error token (E_EOF) that CPython's
    // parser meets when it reads past the last token: the error is raised at once, as an
    // unclosed bracket when one is open (`tokenizer_error`).
    if let Some(eof) = tokens
        .iter()
        .find(|e| e.message == "unexpected EOF while parsing")
        && *p_last >= reach(text, eof)
    {
        let unclosed = tokens
            .iter()
            .find(|e| e.message.ends_with("was never closed"));
        return Some(unclosed.unwrap_or(eof).clone());
    }
    let p_at: u32 = perr.range.start().into();
    let mut by_reach: Vec<&SyntaxError> = tokens.iter().collect();
    by_reach.sort_by_key(|e| reach(text, e));
    if let Some(t) = by_reach.iter().find(|e| reach(text, e) <= p_at) {
        // An f-string's error is raised by CPython's parser, and then the rest of the file is
        // tokenized: a tokenizer error there replaces it.
        if t.message.starts_with("f-string")
            && let Some(later) = by_reach
                .iter()
                .find(|e| reach(text, e) > reach(text, t) && !e.message.starts_with("f-string"))
            && raises_at_once(later)
        {
            return Some((*later).clone());
        }
        return Some((*t).clone());
    }
    // The rest of the file is tokenized; the first tokenizer error decides.
    // "unexpected indent" and "unexpected unindent" are raised without looking further
    // (`_PyPegen_set_syntax_error`).
    if perr.message == "unexpected indent" || perr.message == "unexpected unindent" {
        return Some(perr.clone());
    }
    // CPython compares lines with the last token it had read.
    let p_last = *p_last;
    if let Some(t) = by_reach.iter().find(|e| reach(text, e) > p_at) {
        if raises_at_once(t) {
            return Some((*t).clone());
        }
        if t.message.ends_with("was never closed") {
            let bracket_line = line_of_offset(text, t.range.start().into());
            // Reaching the end of the file inside the bracket is the tokenizer's error.
            if p_last as usize >= text.len() || line_of_offset(text, p_last) > bracket_line {
                return Some((*t).clone());
            }
        }
    }
    Some(perr.clone())
}

/// Offset of the start of the last line (the one a final line end ends; blank lines count).
fn last_line_start(text: &str) -> u32 {
    let trimmed = text
        .strip_suffix("\r\n")
        .or_else(|| text.strip_suffix(['\n', '\r']))
        .unwrap_or(text);
    match trimmed.rfind(['\n', '\r']) {
        Some(i) => i as u32 + 1,
        None => 0,
    }
}

fn range(start: u32, end: u32) -> TextRange {
    TextRange::new(TextSize::from(start), TextSize::from(end.max(start)))
}

/// Byte offsets where lines start, counting `\n`, `\r\n` and lone `\r` as line ends.
pub(crate) fn line_starts(text: &str) -> Vec<u32> {
    let bytes = text.as_bytes();
    let mut starts = vec![0u32];
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
            starts.push(i as u32 + 1);
        }
    }
    starts
}

/// 1-based line of a byte offset.
pub(crate) fn line_of_offset(text: &str, offset: u32) -> usize {
    line_starts(text).partition_point(|&s| s <= offset)
}

//! Source bytes that are not valid UTF-8, given to `compile()` (`exec()`, `eval()`, and import,
//! which compiles a module file's bytes): CPython 3.11's tokenizer reads such source undecoded,
//! so bad bytes in comments pass, and the first bad sequence in a string literal or a name
//! raises "(unicode error) 'utf-8' codec can't decode ..." where its parser raises it (after the
//! token that follows the string; at the end of the name). Columns count bytes, or characters
//! of the error line when the source declares an encoding (BOM or cookie), as
//! `_PyPegen_raise_error_known_location` counts them. The decoding itself is
//! [`decode_source`]'s; this module only locates its UTF-8 errors.

use std::borrow::Cow;

use crate::encoding::{DecodeErrorKind, declares_encoding, utf8_error_message};
use crate::{Token, TokenKind, decode_source, tokenize};

/// Why source bytes given to `compile()` cannot be compiled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourceBytesError {
    /// A coding-cookie problem; CPython's SyntaxError has no location (`(filename, 0, -1,
    /// None)`).
    Codec(String),
    /// Undecodable UTF-8 in a string literal or a name. `lossy` is the text with U+FFFD for
    /// each bad sequence: a syntax error in it before `error.before` is CPython's error instead.
    Utf8 {
        lossy: String,
        error: Box<LocatedError>,
    },
}

/// A SyntaxError with CPython's location for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocatedError {
    pub message: String,
    pub lineno: u32,
    pub offset: i32,
    pub end_lineno: u32,
    pub end_offset: i32,
    pub text: String,
    /// 1-based line and 0-based character column (in the lossy text) of the token holding the
    /// bad bytes: CPython's parser reports a syntax error before it first.
    pub before: (u32, u32),
}

/// [`decode_source`] for source given as bytes to `compile()` (`eval` for `'eval'` mode,
/// which gets no final newline; `from_file` when the error line is read back from the file, one
/// line only). Bad UTF-8 only in comments decodes lossily.
pub fn decode_source_bytes(
    bytes: &[u8],
    eval: bool,
    from_file: bool,
) -> Result<Cow<'_, str>, SourceBytesError> {
    let e = match decode_source(bytes) {
        Ok(text) => return Ok(text),
        Err(e) => e,
    };
    match e.kind {
        DecodeErrorKind::UnknownEncoding => {
            let message = e
                .message
                .replacen("encoding problem", "unknown encoding", 1);
            return Err(SourceBytesError::Codec(message));
        }
        DecodeErrorKind::Other => return Err(SourceBytesError::Codec(e.message)),
        DecodeErrorKind::Utf8 => {}
    }
    let lossy = String::from_utf8_lossy(bytes).into_owned();
    let declared = declares_encoding(bytes);
    let mut src = Cow::Borrowed(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes));
    if !eval && !matches!(src.last(), Some(b'\n' | b'\r')) {
        // CPython appends a newline to `exec` and `single` input.
        src.to_mut().push(b'\n');
    }
    let source = Source::new(&src, declared, from_file);
    let tokens = tokenize(&source.text).tokens;
    for &(orig, at) in &source.bad {
        let i = tokens.partition_point(|t| (t.end() as usize) <= at);
        let Some(tok) = tokens.get(i) else { break };
        let error = match tok.kind {
            TokenKind::Comment => continue,
            TokenKind::String
            | TokenKind::FStringStart
            | TokenKind::FStringMiddle
            | TokenKind::FStringEnd => source.string_error(&tokens, i),
            _ => source.name_error(orig),
        };
        return Err(SourceBytesError::Utf8 {
            lossy,
            error: Box::new(error),
        });
    }
    Ok(Cow::Owned(lossy))
}

/// The bytes under analysis (no BOM, a final newline unless `eval`) and their lossy text.
struct Source<'a> {
    bytes: &'a [u8],
    text: String,
    /// `(original offset, lossy offset)` of each bad sequence, in order.
    bad: Vec<(usize, usize)>,
    /// `(lossy offset, original offset, original length of a bad sequence or 0)` of each
    /// valid run and replacement character.
    segments: Vec<(usize, usize, usize)>,
    /// Original offsets where lines start.
    line_starts: Vec<usize>,
    declared: bool,
    from_file: bool,
}

impl<'a> Source<'a> {
    fn new(bytes: &'a [u8], declared: bool, from_file: bool) -> Self {
        let mut text = String::with_capacity(bytes.len() + 8);
        let mut bad = Vec::new();
        let mut segments = Vec::new();
        let mut orig = 0;
        for chunk in bytes.utf8_chunks() {
            segments.push((text.len(), orig, 0));
            text.push_str(chunk.valid());
            orig += chunk.valid().len();
            if !chunk.invalid().is_empty() {
                bad.push((orig, text.len()));
                segments.push((text.len(), orig, chunk.invalid().len()));
                text.push('\u{FFFD}');
                orig += chunk.invalid().len();
            }
        }
        let mut line_starts = vec![0];
        for (i, &b) in bytes.iter().enumerate() {
            if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                line_starts.push(i + 1);
            }
        }
        Source {
            bytes,
            text,
            bad,
            segments,
            line_starts,
            declared,
            from_file,
        }
    }

    /// The original offset of lossy offset `at` (a token boundary).
    fn orig(&self, at: usize) -> usize {
        let i = self.segments.partition_point(|s| s.0 <= at).max(1) - 1;
        match self.segments.get(i) {
            Some(&(lossy, orig, 0)) => orig + (at - lossy),
            Some(&(lossy, orig, len)) => orig + if at > lossy { len } else { 0 },
            None => at,
        }
    }

    /// 1-based line and byte column of original offset `at`.
    fn line_col(&self, at: usize) -> (u32, usize) {
        let i = self.line_starts.partition_point(|&s| s <= at).max(1) - 1;
        (i as u32 + 1, at - self.line_starts[i])
    }

    /// Lines `first..=last` (1-based), decoded with replacement, line ends made `\n`.
    fn lines(&self, first: u32, last: u32) -> String {
        let start = self.line_start(first);
        let end = self.line_start(last + 1);
        let text = String::from_utf8_lossy(&self.bytes[start..end.max(start)]);
        text.replace("\r\n", "\n").replace('\r', "\n")
    }

    fn line_start(&self, line: u32) -> usize {
        let i = (line as usize).saturating_sub(1);
        self.line_starts.get(i).copied().unwrap_or(self.bytes.len())
    }

    /// The character column of lossy offset `at` in its line, for ordering against a
    /// syntax error in the lossy text.
    fn char_col(&self, at: usize) -> (u32, u32) {
        let (line, _) = self.line_col(self.orig(at));
        let Some(before) = self.text.get(..at) else {
            return (line, 0);
        };
        let start = before.rfind(['\n', '\r']).map_or(0, |i| i + 1);
        (line, before[start..].chars().count() as u32)
    }

    /// The error for the first bad sequence, in the string literal (or f-string) holding
    /// token `i`.
    fn string_error(&self, tokens: &[Token], i: usize) -> LocatedError {
        let (first, last) = string_unit(tokens, i);
        let (open, close) = (tokens[first], tokens[last]);
        let (prefix, body) = if first == last {
            let text = open.text(&self.text);
            let plen = text.find(['\'', '"']).unwrap_or(0);
            let q = if text[plen..].starts_with("'''") || text[plen..].starts_with("\"\"\"") {
                3
            } else {
                1
            };
            let start = (open.start as usize + plen + q).min(open.end() as usize);
            let end = (open.end() as usize).saturating_sub(q).max(start);
            (&text[..plen], start..end)
        } else {
            let text = open.text(&self.text);
            let plen = text.find(['\'', '"']).unwrap_or(0);
            (&text[..plen], open.end() as usize..close.start as usize)
        };
        let (a, b) = (self.orig(body.start), self.orig(body.end));
        let body_bytes = &self.bytes[a..b.max(a)];
        let before = self.char_col(open.start as usize);
        if prefix.contains(['b', 'B']) {
            let (line, col) = self.line_col(self.orig(open.start as usize));
            let (end_line, end_col) = self.line_col(self.orig(close.end() as usize));
            let text = self.error_text(line, line, end_line);
            return self.located(
                "bytes can only contain ASCII literal characters".into(),
                (line, col as i32 + 1),
                (end_line, end_col as i32 + 1),
                text,
                before,
            );
        }
        let message = match utf8_error_message(body_bytes) {
            Some(m) => format!("(unicode error) {m}"),
            None => "(unicode error) 'utf-8' codec can't decode the source".into(),
        };
        // The parser decodes the string when it reduces the concatenation: after reading the
        // next token, where it reports the error.
        let next = after_strings(tokens, last + 1).unwrap_or(close);
        let (line, col) = self.line_col(self.orig(next.start as usize));
        let (start_line, _) = self.line_col(self.orig(open.start as usize));
        let (close_line, _) = self.line_col(self.orig(close.end() as usize));
        let first_line = if close_line == line { start_line } else { line };
        let text = self.error_text(first_line, line, line);
        let (offset, end) = if next.len == 0 {
            ((line, col as i32), (line, -1))
        } else if next.kind == TokenKind::Newline {
            ((line, col as i32 + 1), (line, col as i32 + 1))
        } else {
            let (end_line, end_col) = self.line_col(self.orig(next.end() as usize));
            ((line, col as i32 + 1), (end_line, end_col as i32 + 1))
        };
        self.located(message, offset, end, text, before)
    }

    /// The error for the bad sequence at original offset `at`, in a name: CPython's
    /// tokenizer reads bytes past 0x7F as name characters and decodes the name at its end.
    fn name_error(&self, at: usize) -> LocatedError {
        let is_name = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80;
        let mut start = at;
        while start > 0 && is_name(self.bytes[start - 1]) {
            start -= 1;
        }
        let mut end = at;
        while end < self.bytes.len() && is_name(self.bytes[end]) {
            end += 1;
        }
        let name = &self.bytes[start..end];
        let message = match utf8_error_message(name) {
            Some(m) => format!("(unicode error) {m}"),
            None => "(unicode error) 'utf-8' codec can't decode the source".into(),
        };
        let (line, col) = self.line_col(start);
        let end_col = col + (end - start);
        let lossy_start = self
            .segments
            .iter()
            .rev()
            .find(|s| s.1 <= start)
            .map_or(0, |s| s.0 + if s.2 == 0 { start - s.1 } else { 0 });
        let before = self.char_col(lossy_start.min(self.text.len()));
        let text = self.error_text(line, line, line);
        self.located(message, (line, end_col as i32), (line, -1), text, before)
    }

    /// The error's `text`: lines `first..=last` of string input, only line `line` when read
    /// back from the file.
    fn error_text(&self, first: u32, line: u32, last: u32) -> String {
        if self.from_file {
            self.lines(line, line)
        } else {
            self.lines(first, last)
        }
    }

    fn located(
        &self,
        message: String,
        (lineno, offset): (u32, i32),
        (end_lineno, end_offset): (u32, i32),
        text: String,
        before: (u32, u32),
    ) -> LocatedError {
        let (offset, end_offset) = if self.declared {
            let end = if end_offset > 0 {
                char_offset(&text, end_offset)
            } else {
                end_offset
            };
            (char_offset(&text, offset), end)
        } else {
            (offset, end_offset)
        };
        LocatedError {
            message,
            lineno,
            offset,
            end_lineno,
            end_offset,
            text,
            before,
        }
    }
}

/// `_PyPegen_byte_offset_to_character_offset`: the characters in the first `col` bytes of
/// `line` (a cut character counting as one).
fn char_offset(line: &str, col: i32) -> i32 {
    let col = col.max(0) as usize;
    let bytes = line.as_bytes();
    if col > bytes.len() {
        return line.chars().count() as i32 + 1;
    }
    String::from_utf8_lossy(&bytes[..col]).chars().count() as i32
}

/// The first and last token of the string literal holding token `i` (an f-string's
/// `FStringStart` to its `FStringEnd`).
fn string_unit(tokens: &[Token], i: usize) -> (usize, usize) {
    if tokens[i].kind == TokenKind::String {
        return (i, i);
    }
    let mut first = i;
    let mut depth = 0usize;
    while first > 0 {
        match tokens[first].kind {
            TokenKind::FStringStart if depth == 0 => break,
            TokenKind::FStringStart => depth -= 1,
            TokenKind::FStringEnd if first != i => depth += 1,
            _ => {}
        }
        first -= 1;
    }
    let mut last = first;
    let mut depth = 0usize;
    while last < tokens.len() {
        match tokens[last].kind {
            TokenKind::FStringStart => depth += 1,
            TokenKind::FStringEnd => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    break;
                }
            }
            _ => {}
        }
        last += 1;
    }
    (first, last.min(tokens.len() - 1))
}

/// The first token from `i` on that is neither trivia nor a string literal (the parser's
/// next token after a concatenation of strings).
fn after_strings(tokens: &[Token], mut i: usize) -> Option<Token> {
    let mut depth = 0usize;
    while let Some(t) = tokens.get(i) {
        match t.kind {
            TokenKind::FStringStart => depth += 1,
            TokenKind::FStringEnd => depth = depth.saturating_sub(1),
            TokenKind::Whitespace
            | TokenKind::Comment
            | TokenKind::Nl
            | TokenKind::LineContinuation
            | TokenKind::String => {}
            _ if depth > 0 => {}
            _ => return Some(*t),
        }
        i += 1;
    }
    None
}

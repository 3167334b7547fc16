//! Where CPython 3.11 places each error: the [`Placement`] of a parser error (its text with or
//! without the line end, the tokenizer's position for errors at INDENT/DEDENT/ENDMARKER,
//! which have no columns) and of a tokenizer error (`syntaxerror()`'s offsets at the
//! tokenizer's cursor, `tokenizer_error()`'s known locations with `end_offset` 0 or -1), and
//! CPython's conversion of byte columns to character columns.

use crate::input::Input;
use crate::{LineText, Placement, SyntaxKind};
use taipan_tokenizer::TokenError;
use text_size::TextRange;

use super::line_starts;

/// CPython's `_PyPegen_byte_offset_to_character_offset`: the number of characters in the
/// first `byte_col` bytes of `line` (a cut character counts as one, the position just past
/// the end as one more); values below 1 are returned as they are.
pub fn char_column(line: &str, byte_col: i32) -> i32 {
    if byte_col <= 0 {
        return byte_col;
    }
    let b = byte_col as usize;
    let bytes = line.as_bytes();
    let (prefix, extra) = if b > bytes.len() {
        (bytes, 1)
    } else {
        (&bytes[..b], 0)
    };
    // Count UTF-8 sequence starts; a trailing cut sequence counts once.
    let chars = prefix.iter().filter(|&&c| (c & 0xC0) != 0x80).count();
    chars as i32 + extra
}

/// The line starts of a text, computed once for all of its errors.
pub(super) struct Lines<'t> {
    text: &'t str,
    starts: Vec<u32>,
}

impl<'t> Lines<'t> {
    pub(super) fn new(text: &'t str) -> Self {
        Lines {
            text,
            starts: line_starts(text),
        }
    }

    /// 1-based line of byte `offset`.
    pub(super) fn line_of(&self, offset: u32) -> usize {
        self.starts.partition_point(|&s| s <= offset)
    }

    /// Start and end (past its line end, if any) of the line holding byte `offset`.
    fn bounds(&self, offset: u32) -> (u32, u32) {
        let line = self.line_of(offset.min(self.text.len() as u32));
        let start = self.starts[line - 1];
        let end = self
            .starts
            .get(line)
            .copied()
            .unwrap_or(self.text.len() as u32);
        (start, end)
    }

    /// 1-based number of the last line CPython's tokenizer reads (blank lines included).
    fn last_line(&self) -> usize {
        let n = self.starts.len();
        if n > 1 && self.starts[n - 1] as usize == self.text.len() {
            n - 1
        } else {
            n
        }
    }
}

/// Byte length of the line at `start`, counting a line end CPython appends when the source
/// has none.
fn line_len_with_end(text: &str, start: u32, end: u32) -> u32 {
    let line = &text[start as usize..end as usize];
    if line.ends_with('\n') || line.ends_with('\r') {
        end - start
    } else {
        end - start + 1
    }
}

/// A parser error on tokens `start..=end` reported at byte `at` (its first line), the tokenizer
/// having read token `last`.
pub(super) fn parser(
    input: &Input,
    lines: &Lines,
    (start, end): (usize, usize),
    message: &str,
    last: usize,
    at: u32,
) -> Placement {
    let text = input.text;
    let kind = input.kind(start);
    if start == end
        && matches!(
            kind,
            SyntaxKind::INDENT | SyntaxKind::DEDENT | SyntaxKind::ENDMARKER
        )
    {
        // These tokens have no columns (-1). The generic "invalid syntax" is raised at the
        // token's own location (`RAISE_SYNTAX_ERROR_KNOWN_LOCATION`: -1 + 1 = 0); the
        // other messages through `_PyPegen_raise_error`, which reports the tokenizer's cursor
        // (`tok->cur - line_start`, no +1) and end_offset -1.
        if message == "invalid syntax" {
            return Placement {
                offset: Some(0),
                end_offset: Some(0),
                text: LineText::Buffer,
            };
        }
        let (s, e) = input.range(start);
        let cur = if kind == SyntaxKind::INDENT { e } else { s };
        let (line_start, line_end) = lines.bounds(at);
        let col = if cur as usize >= text.len() || cur < line_start {
            // At the end of the file the cursor is past the last line's end.
            line_len_with_end(text, line_start, line_end)
        } else {
            cur - line_start
        };
        return Placement {
            offset: Some(col as i32),
            end_offset: Some(-1),
            text: LineText::Buffer,
        };
    }
    let (last_at, _) = input.range(last);
    Placement {
        offset: None,
        end_offset: None,
        text: buffer_or_line(lines, at, last_at.max(at)),
    }
}

/// The 1-based byte column of `offset` in the line of `at`, when both are on one line.
pub(super) fn same_line_column(lines: &Lines, at: u32, offset: u32) -> Option<i32> {
    let (start, _) = lines.bounds(at);
    (lines.line_of(at) == lines.line_of(offset)).then(|| (offset - start) as i32 + 1)
}

/// `Buffer` when the tokenizer (at byte `read_to`) is still on the error's line, else `Line`.
fn buffer_or_line(lines: &Lines, at: u32, read_to: u32) -> LineText {
    let len = lines.text.len() as u32;
    // Past the last line end, the tokenizer is still on the last line.
    let read_line = if read_to >= len {
        lines.last_line()
    } else {
        lines.line_of(read_to)
    };
    if read_line > lines.line_of(at) {
        LineText::Line
    } else {
        LineText::Buffer
    }
}

/// The placement of a tokenizer error reported at byte `at`.
pub(super) fn token(lines: &Lines, e: &TokenError, at: u32) -> Placement {
    let text = lines.text;
    let m = e.message.as_str();
    let (line_start, line_end) = lines.bounds(at);
    // `syntaxerror()`: offset and end_offset both at the tokenizer's cursor, in characters
    // of the line; the text is the line without its end.
    let cursor = |cur: u32| Placement {
        offset: Some((cur.saturating_sub(line_start)) as i32),
        end_offset: Some((cur.saturating_sub(line_start)) as i32),
        text: LineText::Tokenizer,
    };
    if m == "source code cannot contain null bytes" {
        // Raised as the line is read, before any of its characters.
        return Placement {
            offset: Some(0),
            end_offset: Some(0),
            text: LineText::Tokenizer,
        };
    }
    if m.starts_with("unterminated") {
        return cursor(e.offset + 1);
    }
    if m.starts_with("invalid character")
        || m.starts_with("invalid non-printable character")
        || m.starts_with("unmatched")
        || m.starts_with("closing parenthesis")
        || m == "too many nested parentheses"
    {
        return cursor(e.offset + e.len);
    }
    if m.starts_with("invalid") && m.ends_with("literal") || m.starts_with("invalid digit") {
        return cursor(e.offset + 1);
    }
    if m.starts_with("leading zeros") {
        // `syntaxerror_known_range`: from the literal's start to just past its first digit
        // after the zeros (and underscores).
        let digits = text.as_bytes()[at as usize..]
            .iter()
            .skip(1)
            .take_while(|&&c| c == b'0' || c == b'_')
            .count() as u32;
        return Placement {
            offset: Some((at - line_start) as i32 + 1),
            end_offset: Some((at + digits + 2 - line_start) as i32),
            text: LineText::Tokenizer,
        };
    }
    if m == "unexpected character after line continuation character" {
        return Placement {
            offset: None,
            end_offset: Some(0),
            text: LineText::Buffer,
        };
    }
    if m == "unexpected EOF while parsing" || m.starts_with("unindent does not match") {
        // The cursor is at the end of the line (`tok->cur = tok->inp`), end_offset -1.
        return Placement {
            offset: Some(line_len_with_end(text, line_start, line_end) as i32),
            end_offset: Some(-1),
            text: LineText::Buffer,
        };
    }
    if m.starts_with("inconsistent use of tabs") || m == "too many levels of indentation" {
        return Placement {
            offset: Some(1),
            end_offset: Some(0),
            text: LineText::Buffer,
        };
    }
    if m.ends_with("was never closed") {
        return Placement {
            offset: None,
            end_offset: Some(0),
            text: buffer_or_line(lines, at, text.len() as u32),
        };
    }
    Placement {
        offset: None,
        end_offset: None,
        text: LineText::Buffer,
    }
}

/// Does CPython 3.11 raise `message` while joining string literals (`_PyPegen_concatenate_strings`
/// and its f-string parser), at the last token its parser had read?
pub fn is_string_error(message: &str) -> bool {
    ["f-string", "(unicode error)", "(value error)"]
        .iter()
        .any(|p| message.starts_with(p))
        || message == "cannot mix bytes and nonbytes literals"
}

/// The byte range of the token CPython's parser reads just after the implicitly concatenated
/// string literals holding byte `offset` (errors in string literals are reported there, see
/// [`is_string_error`]); a NEWLINE after a comment starts at the comment, as CPython's does.
pub fn after_strings(text: &str, offset: u32) -> Option<TextRange> {
    use taipan_tokenizer::TokenKind as K;
    let tokens = taipan_tokenizer::tokenize(text);
    let mut depth = 0u32;
    let mut in_group = false;
    let mut comment: Option<u32> = None;
    for t in &tokens.tokens {
        match t.kind {
            K::FStringStart => {
                depth += 1;
                if depth == 1 && t.start <= offset {
                    in_group = true;
                }
                continue;
            }
            K::FStringEnd => {
                depth = depth.saturating_sub(1);
                continue;
            }
            _ if depth > 0 => continue,
            K::String => {
                if t.start <= offset {
                    in_group = true;
                } else if !in_group {
                    return None;
                }
                comment = None;
                continue;
            }
            K::Comment => {
                comment = Some(t.start);
                continue;
            }
            K::Whitespace | K::LineContinuation | K::Nl => continue,
            _ => {}
        }
        if in_group && t.start > offset {
            let start = match (t.kind, comment) {
                (K::Newline, Some(c)) => c,
                _ => t.start,
            };
            return Some(TextRange::new(start.into(), t.end().max(start).into()));
        }
        in_group = false;
        comment = None;
    }
    None
}

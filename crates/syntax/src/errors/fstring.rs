//! The replacement fields of f-strings, as CPython 3.11 compiles them: each field's expression
//! is parsed on its own as the text `(expr)` (`fstring_compile_expr` in Parser/string_parser.c),
//! so an error inside it is reported in that text. This module finds the field an error lies in;
//! the compiler re-parses it (see `taipan_codegen`'s `CompileError::from_syntax`).

use taipan_tokenizer::{Token, TokenKind as K, Tokens};

/// A replacement field: its `{`, and the byte range of its expression (up to the `=`, `!`,
/// `:` or `}` ending it, as `fstring_find_expr` scans it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FStringField {
    /// Byte offset of the `{`.
    pub open: u32,
    /// Byte offset of the f-string's first byte (its prefix).
    pub string_start: u32,
    pub expr_start: u32,
    pub expr_end: u32,
    /// Byte offset of the closing `}` (or of where the field stops without one).
    pub close: u32,
    /// The tokenizer's error in the scan of this field's text (`fstring_find_expr`), which
    /// CPython raises before it parses the expression: its byte range and message.
    pub scan_error: Option<(u32, u32, String)>,
}

/// The replacement fields holding byte `offset` (from the `{` to the `}`), outermost first,
/// unless the error `message` there is the tokenizer's own scan of the field's text (which
/// CPython makes before it parses the expression).
pub fn fstring_fields_at(text: &str, offset: u32, message: &str) -> Vec<FStringField> {
    let tokens = taipan_tokenizer::tokenize(text);
    if message.starts_with("f-string") && is_tokens_error(&tokens, offset, message) {
        return Vec::new();
    }
    let mut fields = Vec::new();
    let mut walk = Walk {
        tokens: &tokens.tokens,
        i: 0,
        fields: &mut fields,
    };
    while walk.i < walk.tokens.len() {
        if walk.tokens[walk.i].kind == K::FStringStart {
            walk.fstring();
        } else {
            walk.i += 1;
        }
    }
    let all = fields.clone();
    fields.retain(|f| f.expr_start <= offset && offset <= f.close);
    fields.sort_by_key(|f| f.expr_start);
    for f in &mut fields {
        // The first error of this field's own scan (not of a field nested in its format spec),
        // up to the expression's end: what follows it (`=`, `!x`, `:spec`, the `}`) is read
        // after the expression is compiled.
        let nested = |at: u32| {
            all.iter()
                .any(|n| n.open > f.open && n.open <= at && at <= n.close && n.close <= f.close)
        };
        f.scan_error = tokens
            .errors
            .iter()
            .find(|e| {
                e.message.starts_with("f-string")
                    && (f.open..=f.expr_end).contains(&e.offset)
                    && !nested(e.offset)
            })
            .map(|e| (e.offset, e.offset + e.len, e.message.clone()));
    }
    fields
}

/// Is the error `message` at byte `offset` of `text` one the tokenizer reports?
pub fn is_tokenizer_error(text: &str, offset: u32, message: &str) -> bool {
    is_tokens_error(&taipan_tokenizer::tokenize(text), offset, message)
}

fn is_tokens_error(tokens: &Tokens, offset: u32, message: &str) -> bool {
    tokens
        .errors
        .iter()
        .any(|e| e.message == message && e.offset <= offset && offset <= e.offset + e.len.max(1))
}

/// A walk over the tokens of f-strings, recording their fields.
struct Walk<'t> {
    tokens: &'t [Token],
    i: usize,
    fields: &'t mut Vec<FStringField>,
}

impl Walk<'_> {
    fn kind(&self) -> Option<K> {
        self.tokens.get(self.i).map(|t| t.kind)
    }

    /// An f-string from its `FStringStart` to after its `FStringEnd`.
    fn fstring(&mut self) {
        let string_start = self.tokens[self.i].start;
        self.i += 1;
        loop {
            match self.kind() {
                None => return,
                Some(K::FStringEnd) => {
                    self.i += 1;
                    return;
                }
                Some(K::LBrace) => self.field(string_start),
                Some(_) => self.i += 1,
            }
        }
    }

    /// A replacement field from its `{` to after its `}`.
    fn field(&mut self, string_start: u32) {
        let open = self.tokens[self.i].start;
        self.i += 1;
        let expr_start = open + 1;
        let mut depth = 0u32;
        let expr_end = loop {
            let Some(kind) = self.kind() else {
                break self.tokens.last().map_or(expr_start, |t| t.end());
            };
            let at = self.tokens[self.i].start;
            match kind {
                K::FStringStart => {
                    self.fstring();
                    continue;
                }
                K::LPar | K::LSqb | K::LBrace => depth += 1,
                K::RPar | K::RSqb | K::RBrace if depth > 0 => depth -= 1,
                K::RBrace | K::Equal | K::Exclamation | K::Colon if depth == 0 => break at,
                K::FStringEnd | K::EndMarker => break at,
                _ => {}
            }
            self.i += 1;
        };
        let index = self.fields.len();
        self.fields.push(FStringField {
            open,
            string_start,
            expr_start,
            expr_end: expr_end.max(expr_start),
            close: expr_end.max(expr_start),
            scan_error: None,
        });
        // The rest of the field: `=`, `!` and a name, a format spec with its own fields, `}`.
        let close = loop {
            match self.kind() {
                None => break self.tokens.last().map_or(expr_start, |t| t.end()),
                Some(K::RBrace) => {
                    self.i += 1;
                    break self.tokens[self.i - 1].start;
                }
                Some(K::FStringEnd | K::EndMarker) => break self.tokens[self.i].start,
                Some(K::LBrace) => self.field(string_start),
                Some(_) => self.i += 1,
            }
        };
        self.fields[index].close = close.max(expr_start);
    }
}

/// Where CPython's tokenizer buffer starts when it reads the line starting at byte
/// `line_start`: at the start of the line where a string literal (or f-string) spanning that
/// line began (the buffer keeps a multi-line token's lines), else at `line_start`.
pub fn buffer_start(text: &str, line_start: u32) -> u32 {
    let tokens = taipan_tokenizer::tokenize(text);
    // A line after a backslash continuation is read into the same buffer.
    let mut line_start = line_start;
    while let Some(t) = tokens
        .tokens
        .iter()
        .find(|t| t.kind == K::LineContinuation && t.start < line_start && t.end() == line_start)
    {
        line_start = text[..t.start as usize]
            .rfind(['\n', '\r'])
            .map_or(0, |i| i as u32 + 1);
    }
    let mut depth = 0u32;
    let mut outer = 0u32;
    let spanning = tokens.tokens.iter().find_map(|t| {
        let start = match t.kind {
            K::String => t.start,
            K::FStringStart => {
                if depth == 0 {
                    outer = t.start;
                }
                depth += 1;
                return None;
            }
            K::FStringEnd if depth > 0 => {
                depth -= 1;
                if depth > 0 {
                    return None;
                }
                outer
            }
            _ => return None,
        };
        (start < line_start && line_start < t.end()).then_some(start)
    });
    match spanning {
        Some(start) => text[..start as usize]
            .rfind(['\n', '\r'])
            .map_or(0, |i| i as u32 + 1),
        None => line_start,
    }
}

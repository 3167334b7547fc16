//! String literals: a single literal, implicit concatenation of adjacent literals, and f-strings
//! lowered into `JoinedStr`/`FormattedValue` exactly as CPython 3.11 nests and places them (the
//! string parts and `FormattedValue`s take the position of the whole concatenation, a format
//! spec's `JoinedStr` that of its own f-string token, expressions their own).

use taipan_syntax::{SyntaxKind::*, SyntaxNode, TextRange};

use super::Lowerer;
use super::literal::{Prefix, decode_bytes, decode_str, prefix, string_body};
use crate::{Constant, ConstantKind, ExprId, ExprKind, Loc, PyStrBuilder};

/// The `JoinedStr` being built: its values and the literal text not yet flushed into them.
struct Joined {
    values: Vec<ExprId>,
    literal: PyStrBuilder,
    /// Where the parts go: the whole concatenation.
    loc: Loc,
    kind: ConstantKind,
}

impl Lowerer<'_> {
    /// A string literal node: CONSTANT (one plain string), JOINED_STR (one f-string) or
    /// STRING_CONCAT (several).
    pub(crate) fn strings(&mut self, node: &SyntaxNode) -> ExprId {
        let loc = self.loc_of(node);
        let parts: Vec<SyntaxNode> = if node.kind() == STRING_CONCAT {
            node.children()
                .filter(|c| matches!(c.kind(), CONSTANT | JOINED_STR))
                .collect()
        } else {
            vec![node.clone()]
        };
        let prefixes: Vec<Prefix> = parts
            .iter()
            .map(|p| {
                let t = p
                    .first_token()
                    .map(|t| t.text().to_string())
                    .unwrap_or_default();
                prefix(&t).0
            })
            .collect();
        let kind = if prefixes.first().is_some_and(|p| p.unicode) {
            ConstantKind::U
        } else {
            ConstantKind::None
        };
        let any_bytes = prefixes.iter().any(|p| p.bytes);
        if any_bytes && !prefixes.iter().all(|p| p.bytes) {
            self.error(node.text_range(), "cannot mix bytes and nonbytes literals");
        }
        if any_bytes {
            let mut out = Vec::new();
            for part in &parts {
                if let Some(tok) = part.first_token() {
                    let (p, body) = string_body(tok.text());
                    if let Err(m) = decode_bytes(body, p.raw, &mut out) {
                        self.error(tok.text_range(), m);
                    }
                }
            }
            return self.ast.alloc_expr(
                ExprKind::Constant {
                    value: Constant::Bytes(out.into_boxed_slice()),
                    kind: ConstantKind::None,
                },
                loc,
            );
        }
        if !parts.iter().any(|p| p.kind() == JOINED_STR) {
            let mut out = PyStrBuilder::default();
            for part in &parts {
                if let Some(tok) = part.first_token() {
                    let (p, body) = string_body(tok.text());
                    if let Err(m) = decode_str(body, p.raw, &mut out) {
                        self.error(tok.text_range(), m);
                    }
                }
            }
            return self.ast.alloc_expr(
                ExprKind::Constant {
                    value: Constant::Str(out.finish()),
                    kind,
                },
                loc,
            );
        }
        let mut joined = Joined {
            values: Vec::new(),
            literal: PyStrBuilder::default(),
            loc,
            kind,
        };
        for part in &parts {
            if part.kind() == CONSTANT {
                if let Some(tok) = part.first_token() {
                    let (p, body) = string_body(tok.text());
                    if let Err(m) = decode_str(body, p.raw, &mut joined.literal) {
                        self.error(tok.text_range(), m);
                    }
                }
            } else {
                self.fstring_parts(part, part, &mut joined);
            }
        }
        self.flush(&mut joined);
        self.ast.alloc_expr(
            ExprKind::JoinedStr {
                values: joined.values,
            },
            loc,
        )
    }

    /// Adds the parts of `container` (a JOINED_STR or a FORMAT_SPEC inside `fstring`) to `out`.
    fn fstring_parts(&mut self, fstring: &SyntaxNode, container: &SyntaxNode, out: &mut Joined) {
        let raw = fstring
            .first_token()
            .is_some_and(|t| prefix(t.text()).0.raw);
        for part in container.children() {
            match part.kind() {
                F_STRING_TEXT => {
                    let text = self.text_of(part.text_range());
                    let text = undouble_braces(text);
                    if let Err(m) = decode_str(&text, raw, &mut out.literal) {
                        self.error(part.text_range(), m);
                    }
                }
                F_STRING_REPLACEMENT_FIELD => self.replacement_field(fstring, &part, out),
                _ => {}
            }
        }
    }

    fn flush(&mut self, out: &mut Joined) {
        let (loc, kind) = (out.loc, out.kind);
        self.flush_at(out, loc, kind);
    }

    /// Turns the pending literal text into a `Constant` placed at `loc`.
    fn flush_at(&mut self, out: &mut Joined, loc: Loc, kind: ConstantKind) {
        if out.literal.is_empty() {
            return;
        }
        let s = std::mem::take(&mut out.literal).finish();
        let id = self.ast.alloc_expr(
            ExprKind::Constant {
                value: Constant::Str(s),
                kind,
            },
            loc,
        );
        out.values.push(id);
    }

    fn replacement_field(&mut self, fstring: &SyntaxNode, field: &SyntaxNode, out: &mut Joined) {
        let value = self.first_expr(field);
        self.widen_bare_tuple(field, value);
        let mut equal = None;
        let mut bang = false;
        let mut conversion = -1;
        let mut lbrace_end = None;
        for e in field.children_with_tokens() {
            let Some(t) = e.into_token() else { continue };
            match t.kind() {
                LBRACE if lbrace_end.is_none() => lbrace_end = Some(t.text_range().end()),
                EQUAL if !bang => equal = Some(t.text_range().end()),
                EXCLAMATION => bang = true,
                NAME if bang => {
                    conversion = match t.text() {
                        "s" => 's' as i32,
                        "r" => 'r' as i32,
                        "a" => 'a' as i32,
                        _ => {
                            self.error(
                                t.text_range(),
                                "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                            );
                            -1
                        }
                    }
                }
                _ => {}
            }
        }
        if let (Some(start), Some(eq_end)) = (lbrace_end, equal) {
            // The self-documenting text: the expression, the '=', and the whitespace after it.
            let rest = &self.text[usize::from(eq_end)..];
            let ws = rest.len()
                - rest
                    .trim_start_matches([' ', '\t', '\n', '\r', '\x0c', '\x0b'])
                    .len();
            let end = eq_end + taipan_syntax::TextSize::from(ws as u32);
            let text = self.text_of(TextRange::new(start, end));
            let text = text.replace("\r\n", "\n");
            out.literal.push_str(&text);
        }
        let format_spec = super::child(field, FORMAT_SPEC).map(|spec| {
            let mut inner = Joined {
                values: Vec::new(),
                literal: PyStrBuilder::default(),
                loc: out.loc,
                kind: out.kind,
            };
            self.fstring_parts(fstring, &spec, &mut inner);
            // CPython finishes a format spec with its own token as first and last token: the
            // trailing literal and the JoinedStr are placed on that f-string alone.
            let loc = self.loc_of(fstring);
            self.flush_at(&mut inner, loc, ConstantKind::None);
            self.ast.alloc_expr(
                ExprKind::JoinedStr {
                    values: inner.values,
                },
                loc,
            )
        });
        if equal.is_some() && conversion == -1 && format_spec.is_none() {
            conversion = 'r' as i32;
        }
        self.flush(out);
        let id = self.ast.alloc_expr(
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            },
            out.loc,
        );
        out.values.push(id);
    }
}

impl Lowerer<'_> {
    /// CPython 3.11 parses a replacement field's expression as `(expr)`, with the braces (or
    /// the `!`, `:` or `=` that ends it) turned into parentheses: a bare tuple `{a, b}` takes them
    /// into its position.
    fn widen_bare_tuple(&mut self, field: &SyntaxNode, value: ExprId) {
        let Some(expr) = field
            .children()
            .find(|c| super::expr::is_expr_kind(c.kind()))
        else {
            return;
        };
        if expr.kind() != TUPLE || super::token(&expr, LPAR).is_some() {
            return;
        }
        let mut open = expr.first_token().and_then(|t| t.prev_token());
        while let Some(t) = open.as_ref().filter(|t| t.kind().is_trivia()) {
            open = t.prev_token();
        }
        let (Some(open), Some(close)) = (
            open.filter(|t| t.kind() == LBRACE),
            expr.last_token().and_then(|t| t.next_token()),
        ) else {
            return;
        };
        let mut close = close;
        while close.kind().is_trivia() {
            match close.next_token() {
                Some(t) => close = t,
                None => return,
            }
        }
        let start = open.text_range().start();
        let end = close.text_range().start() + taipan_syntax::TextSize::from(1);
        let loc = self.loc(TextRange::new(start, end));
        self.ast.exprs[value].loc = loc;
    }
}

/// `{{` and `}}` of an f-string's literal text are one brace (but not inside `\N{...}`).
fn undouble_braces(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains("{{") && !text.contains("}}") {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c == b'\\' && bytes.get(i + 1) == Some(&b'N') && bytes.get(i + 2) == Some(&b'{') {
            let end = text[i..].find('}').map_or(text.len(), |o| i + o + 1);
            out.push_str(&text[i..end]);
            i = end;
            continue;
        }
        if (c == b'{' || c == b'}') && bytes.get(i + 1) == Some(&c) {
            out.push(c as char);
            i += 2;
            continue;
        }
        let len = text[i..].chars().next().map_or(1, char::len_utf8);
        out.push_str(&text[i..i + len]);
        i += len;
    }
    out.into()
}

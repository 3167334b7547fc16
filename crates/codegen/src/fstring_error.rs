//! Errors inside an f-string's replacement field, placed as CPython 3.11 places them: it parses
//! each field's expression on its own, as the text `(expr)` (`fstring_compile_expr` in
//! Parser/string_parser.c), so the error's text is that `(expr)` line, its columns are bytes
//! in it, its message gets the prefix "f-string: " (parser errors; the tokenizer's own keep
//! theirs), and its line is counted from the line of the field's `{`. On the expression's later
//! lines the columns are shifted left by the `{`'s column (`starting_col_offset`, which CPython
//! adds only to the first line's tokens and subtracts from every error).

use taipan_ast::lower::LineIndex;

use crate::Mode;
use crate::error::CompileError;

impl CompileError {
    /// The error `e` of `source` re-parsed in its f-string field, when it lies in one.
    pub(crate) fn in_fstring_field(
        source: &str,
        filename: &str,
        mode: Mode,
        e: &taipan_syntax::SyntaxError,
    ) -> Option<Self> {
        let at = u32::from(e.range.start());
        taipan_syntax::fstring_fields_at(source, at, &e.message)
            .into_iter()
            .find_map(|field| Self::in_field(source, filename, mode, field))
    }

    /// The first error of `field`'s expression parsed alone, if it has one.
    fn in_field(
        source: &str,
        filename: &str,
        mode: Mode,
        field: taipan_syntax::FStringField,
    ) -> Option<Self> {
        if let Some((start, end, message)) = field.scan_error {
            // The scan of the field's text fails before its expression is parsed.
            let e = taipan_syntax::SyntaxError {
                range: taipan_syntax::TextRange::new(start.into(), end.into()),
                message,
                kind: taipan_syntax::SyntaxErrorKind::Syntax,
                placement: None,
            };
            return Some(Self::placed(source, filename, mode, &e, false));
        }
        let expr = source.get(field.expr_start as usize..field.expr_end as usize)?;
        if expr
            .bytes()
            .all(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'))
        {
            return None;
        }
        let sub = format!("({expr})");
        let lowered = taipan_ast::parse(&sub, Mode::Exec);
        let sub_error = lowered.errors.first()?;
        let mut err = Self::in_fstring_field(&sub, filename, Mode::Exec, sub_error)
            .unwrap_or_else(|| Self::placed(&sub, "", Mode::Exec, sub_error, true));
        let from_parser = !taipan_syntax::is_tokenizer_error(
            &sub,
            u32::from(sub_error.range.start()),
            &sub_error.message,
        );
        if from_parser && !err.message.starts_with("f-string") {
            err.message.insert_str(0, "f-string: ");
        }
        let lines = LineIndex::new(source);
        let (brace_line, brace_col) = lines.line_col(field.open.into());
        let (string_line, string_col) = lines.line_col(field.string_start.into());
        let shift = if newline_after_brace(&source[field.open as usize + 1..]) {
            if brace_line == string_line {
                string_col
            } else {
                0
            }
        } else {
            brace_col
        } as i32;
        if from_parser {
            if err.lineno > 1 {
                err.offset -= shift;
            }
            if err.end_lineno > 1
                && let Some(end) = err.end_offset.as_mut()
            {
                *end -= shift;
            }
        }
        if err.lineno > 0 {
            err.lineno += brace_line - 1;
        }
        if err.end_lineno > 0 {
            err.end_lineno += brace_line - 1;
        }
        err.filename = filename.to_string();
        Some(err)
    }
}

/// `fstring_find_expr_location`'s test: only spaces, tabs and form feeds between the `{` and
/// the end of its line (or a `}`).
fn newline_after_brace(after: &str) -> bool {
    after
        .bytes()
        .take_while(|&c| !matches!(c, b'}' | b'\n' | b'\r'))
        .all(|c| matches!(c, b' ' | b'\t' | b'\x0c'))
}

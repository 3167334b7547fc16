//! Colour: the palette the views paint with, the `--color` choice, and the output streams that
//! honour it.
//!
//! Views always paint (ANSI styles from `anstyle` around the parts of a line); what reaches the
//! reader goes through `anstream`, which passes the styles to a terminal and strips them when
//! the output is piped, when `NO_COLOR` is set, or with `--color=never` (`--color=always` keeps
//! them, for tests). So a view is written once, and plain text is exactly the painted text with
//! its styles removed. JSON output is never painted.

use std::fmt::Write as _;
use std::io::Write as _;

use anstream::ColorChoice;
use anstyle::{AnsiColor, Style};

/// `--color`'s values.
#[derive(Clone, Copy, Default, clap::ValueEnum)]
pub enum ColorWhen {
    /// Colour on a terminal, unless `NO_COLOR` is set.
    #[default]
    Auto,
    Always,
    Never,
}

/// Makes `when` the choice of every stream this process writes through.
pub fn set(when: ColorWhen) {
    let choice = match when {
        ColorWhen::Auto => ColorChoice::Auto,
        ColorWhen::Always => ColorChoice::Always,
        ColorWhen::Never => ColorChoice::Never,
    };
    choice.write_global();
}

/// Whether text written to stderr keeps its colour (ariadne's reports are drawn for it).
pub fn stderr_color() -> bool {
    anstream::AutoStream::choice(&std::io::stderr()) != ColorChoice::Never
}

/// Writes painted text to stdout, stripped of its styles unless colour is on. A closed pipe
/// (`taipan cst f.py | head`) is not an error worth reporting: the result says whether the
/// text went out.
pub fn print(text: &str) -> bool {
    let mut out = anstream::stdout().lock();
    out.write_all(text.as_bytes()).is_ok() && out.flush().is_ok()
}

/// Writes painted text to stderr, as [`print`] does to stdout.
pub fn eprint(text: &str) {
    let _ = anstream::stderr().lock().write_all(text.as_bytes());
}

/// A node's kind (a CST node, an AST class).
pub const NODE: Style = AnsiColor::Blue.on_default().bold();
/// A token's kind, a field name, a transformation's name.
pub const KIND: Style = AnsiColor::Cyan.on_default();
/// Source text and string constants.
pub const TEXT: Style = AnsiColor::Green.on_default();
/// Numbers and the constants `None`, `True`, `False`, `Ellipsis`.
pub const NUMBER: Style = AnsiColor::Magenta.on_default();
/// Positions, ranges, trivia: what the eye may skip.
pub const DIM: Style = Style::new().dimmed();
/// Headings.
pub const HEADING: Style = Style::new().bold();

/// Appends `text` to `out` painted with `style`.
pub fn paint(out: &mut String, style: Style, text: &str) {
    let _ = write!(out, "{style}{text}{style:#}");
}

/// Paints text in the notation of `ast.dump` (and the optimizer's log, which uses it): a class
/// name before `(` is a class, a name before `=` a field, quoted text a string (its escapes and
/// quotes as `repr` writes them), digits and `None`/`True`/`False`/`Ellipsis` constants.
/// Everything else is left as it is, so the stripped result is `text` again.
pub fn paint_dump(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let start = i;
        if b == b'\'' || b == b'"' || ((b == b'b' || b == b'r') && quote_at(bytes, i + 1)) {
            i = string_end(bytes, i);
            paint(&mut out, TEXT, &text[start..i]);
        } else if b.is_ascii_alphabetic() || b == b'_' || b >= 0x80 {
            while i < bytes.len()
                && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_' || bytes[i] >= 0x80)
            {
                i += 1;
            }
            let word = &text[start..i];
            let style = match bytes.get(i) {
                Some(b'(') if is_class(word) => Some(NODE),
                Some(b'=') if bytes.get(i + 1) != Some(&b'=') => Some(KIND),
                _ if matches!(word, "None" | "True" | "False" | "Ellipsis") => Some(NUMBER),
                _ => None,
            };
            match style {
                Some(style) => paint(&mut out, style, word),
                None => out.push_str(word),
            }
        } else if b.is_ascii_digit()
            || (b == b'-'
                && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
                && !prev_is_word(bytes, i))
        {
            i += 1;
            while i < bytes.len()
                && (bytes[i].is_ascii_alphanumeric() || matches!(bytes[i], b'.' | b'_' | b'+'))
            {
                // `1e+20`: a sign belongs to the number only after its exponent.
                if bytes[i] == b'+' && !matches!(bytes[i - 1], b'e' | b'E') {
                    break;
                }
                i += 1;
            }
            paint(&mut out, NUMBER, &text[start..i]);
        } else {
            let len = text[i..].chars().next().map_or(1, char::len_utf8);
            out.push_str(&text[i..i + len]);
            i += len;
        }
    }
    out
}

/// Whether `word` names an `ast` class: capitalized, or one of the lower-case helper classes.
fn is_class(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_uppercase())
        || matches!(
            word,
            "arguments"
                | "arg"
                | "keyword"
                | "alias"
                | "comprehension"
                | "withitem"
                | "match_case"
                | "excepthandler"
                | "type_ignore"
        )
}

fn quote_at(bytes: &[u8], i: usize) -> bool {
    matches!(bytes.get(i), Some(b'\'' | b'"'))
}

fn prev_is_word(bytes: &[u8], i: usize) -> bool {
    i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_')
}

/// The end of the quoted string starting at `i` (after an optional `b`/`r` prefix): past its
/// closing quote, or the end of the text. Backslashes escape the next byte, as in a `repr`.
fn string_end(bytes: &[u8], mut i: usize) -> usize {
    if !quote_at(bytes, i) {
        i += 1;
    }
    let quote = bytes[i];
    i += 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b if b == quote => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::paint_dump;

    /// Painting never changes the text, only wraps parts of it.
    #[test]
    fn paint_dump_strips_back_to_its_input() {
        for text in [
            "Module(body=[Expr(value=Constant(value='a\\'(b=', kind=None))], x=-1.5e+20)",
            "BinOp(left=Constant(value=b\"\\x00\"), op=Add(), right=Constant(value=1j))",
            "2:4-2:11 FoldBinOp: Constant(value=1024) -> Constant(value=(1, -2))",
            "Name(id='é', ctx=Load()) 'unterminated",
        ] {
            let painted = paint_dump(text);
            assert_ne!(painted, text);
            assert_eq!(anstream::adapter::strip_str(&painted).to_string(), text);
        }
        // Prose around the trees (the dead-code log's) keeps its words plain.
        let prose = paint_dump("1 dead statement(s), lines 6-6");
        assert!(prose.contains(" statement(s)"), "{prose:?}");
    }
}

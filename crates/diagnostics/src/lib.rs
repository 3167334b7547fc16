//! Diagnostic rendering: a message with a labelled source span, drawn by ariadne.
//!
//! Every stage reports problems as plain data (a byte range and a message); this crate is the one
//! place that turns such data into the text a person reads, so that the parser stays free of any
//! rendering dependency.

use std::ops::Range;

use ariadne::{Config, IndexType, Label, Report, ReportKind, Source};

/// What kind of Python exception the diagnostic stands for (its title line).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// A diagnostic as plain data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The Python exception class name shown first, e.g. `SyntaxError`.
    pub title: String,
    pub message: String,
    /// Byte range in the source; may be empty (it is then drawn as one column).
    pub range: Range<usize>,
    pub severity: Severity,
}

/// Renders `diagnostics` against `source` (named `file` in the report). `color` picks ANSI colour.
pub fn render(file: &str, source: &str, diagnostics: &[Diagnostic], color: bool) -> String {
    let mut out = Vec::new();
    for diag in diagnostics {
        let range = clamp(source, diag.range.clone());
        let kind = match diag.severity {
            Severity::Error if color => ReportKind::Custom(&diag.title, ariadne::Color::Red),
            Severity::Error => ReportKind::Custom(&diag.title, ariadne::Color::Primary),
            Severity::Warning => ReportKind::Warning,
        };
        let config = Config::default()
            .with_color(color)
            .with_index_type(IndexType::Byte);
        // Write errors are impossible on a Vec.
        let _ = Report::build(kind, (file, range.clone()))
            .with_config(config)
            .with_message(&diag.message)
            .with_label(Label::new((file, range)).with_message(&diag.message))
            .finish()
            .write((file, Source::from(source)), &mut out);
    }
    let text = String::from_utf8_lossy(&out).into_owned();
    if color {
        text
    } else {
        strip_header_color(&text)
    }
}

/// ariadne colours a custom report kind's title even when colour is off; without colour the only
/// escape sequences in the output are those two around each title, and this removes them.
fn strip_header_color(text: &str) -> String {
    text.replace("\x1b[39m", "").replace("\x1b[0m", "")
}

/// Keeps the range inside the source and on character boundaries, so a range computed for other
/// text (or at end of file) never makes the renderer fail.
fn clamp(source: &str, range: Range<usize>) -> Range<usize> {
    let fix = |mut i: usize| {
        i = i.min(source.len());
        while !source.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let (start, end) = (fix(range.start), fix(range.end.max(range.start)));
    start..end
}

#[cfg(test)]
mod tests;

//! Snapshot tests of rendered diagnostics.

use super::*;

fn err(message: &str, range: Range<usize>) -> Diagnostic {
    Diagnostic {
        title: "SyntaxError".into(),
        message: message.into(),
        range,
        severity: Severity::Error,
    }
}

#[test]
fn renders_label_under_span() {
    let src = "if x\n    pass\n";
    insta::assert_snapshot!(render("t.py", src, &[err("expected ':'", 4..5)], false));
}

#[test]
fn out_of_range_spans_are_clamped() {
    let src = "é = (";
    insta::assert_snapshot!(render(
        "t.py",
        src,
        &[err("'(' was never closed", 5..99)],
        false
    ));
}

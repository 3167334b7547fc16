//! `taipan dis FILE|-c CODE`: the module compiled by `taipan_codegen` (optimizer included, as
//! CPython's `compile()`), disassembled as `python3 -m dis` prints it (`taipan_bytecode::dis`;
//! code object addresses are stand-ins). A compile error is a diagnostic at its position.

use taipan_ast::Mode;
use taipan_diagnostics::{Diagnostic, Severity};

/// The disassembly of `text` compiled in `mode`, or the compile error as a diagnostic.
pub fn render(text: &str, filename: &str, mode: Mode) -> (String, Vec<Diagnostic>) {
    match taipan_codegen::compile_source(text, filename, mode, 0) {
        Ok(code) => (taipan_codegen::dump::dis(&code), Vec::new()),
        Err(e) => {
            let start = byte_offset(text, e.lineno, e.offset);
            let end = byte_offset(text, e.end_lineno, e.end_offset).max(start);
            let d = Diagnostic {
                title: e.kind.name().into(),
                message: e.message.clone(),
                range: start..end,
                severity: Severity::Error,
            };
            (String::new(), vec![d])
        }
    }
}

/// The byte offset of 1-based `line` and 1-based byte `column` (clamped to the text).
fn byte_offset(text: &str, line: u32, column: u32) -> usize {
    if line == 0 {
        return 0;
    }
    let start: usize = text
        .split_inclusive('\n')
        .take(line as usize - 1)
        .map(str::len)
        .sum();
    let at = start + column.saturating_sub(1) as usize;
    let at = at.min(text.len());
    (0..=at)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0)
}

//! `taipan dis FILE|-c CODE`: the module compiled by `taipan_codegen` (optimizer included, as
//! CPython's `compile()`), disassembled as `python3 -m dis` prints it (`taipan_bytecode::dis`;
//! code object addresses are stand-ins), or with `--dot` as Graphviz: each code object's
//! control-flow graph of basic blocks (`taipan_bytecode::blocks::to_dot`) as one cluster of a
//! single digraph. A compile error is a diagnostic at its position.

use taipan_ast::Mode;
use taipan_bytecode::CodeObject;
use taipan_diagnostics::{Diagnostic, Severity};

/// The disassembly of `text` compiled in `mode`, or the compile error as a diagnostic.
pub fn render(text: &str, filename: &str, mode: Mode, dot: bool) -> (String, Vec<Diagnostic>) {
    match taipan_codegen::compile_source(text, filename, mode, 0) {
        Ok(code) if dot => (control_flow_dot(&code), Vec::new()),
        Ok(code) => (taipan_codegen::dump::dis(&code), Vec::new()),
        Err(e) => (String::new(), vec![compile_diagnostic(text, &e)]),
    }
}

/// A compile error as a diagnostic at its position in `text`.
pub fn compile_diagnostic(text: &str, e: &taipan_codegen::CompileError) -> Diagnostic {
    let start = byte_offset(text, e.lineno, e.offset);
    let end = byte_offset(text, e.end_lineno, e.end_offset).max(start);
    Diagnostic {
        title: e.kind.name().into(),
        message: e.message.clone(),
        range: start..end,
        severity: Severity::Error,
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

/// One digraph with a cluster per code object (the module first, then nested ones depth
/// first), each the basic-block graph `to_dot` draws, its node names prefixed to stay apart.
fn control_flow_dot(code: &CodeObject) -> String {
    let mut all = Vec::new();
    collect(code, &mut all);
    let mut out = String::from("digraph dis {\n  node [shape=box, fontname=monospace];\n");
    for (i, c) in all.iter().enumerate() {
        let graph = taipan_bytecode::blocks::to_dot(c);
        let label = c.qualname.replace('\\', "\\\\").replace('"', "\\\"");
        out.push_str(&format!(
            "  subgraph cluster_{i} {{\n    label=\"{label}\";\n"
        ));
        // Drop `to_dot`'s own header lines and closing brace; keep its nodes and edges.
        for line in graph.lines().skip(2) {
            if line == "}" {
                continue;
            }
            let line = line
                .replacen("  b", &format!("    c{i}b"), 1)
                .replace("-> b", &format!("-> c{i}b"));
            out.push_str(&line);
            out.push('\n');
        }
        out.push_str("  }\n");
    }
    out.push_str("}\n");
    out
}

fn collect<'a>(code: &'a CodeObject, all: &mut Vec<&'a CodeObject>) {
    all.push(code);
    for nested in code.nested() {
        collect(nested, all);
    }
}

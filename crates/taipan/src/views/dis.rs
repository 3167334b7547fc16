//! `taipan dis FILE|-c CODE`: the module compiled by `taipan_codegen` (optimizer included, as
//! CPython's `compile()`), disassembled as `python3 -m dis` prints it (`taipan_bytecode::dis`;
//! code object addresses are stand-ins), or with `--dot` as Graphviz: each code object's
//! control-flow graph of basic blocks (`taipan_bytecode::blocks::to_dot`) as one cluster of a
//! single digraph, or with `--json` as an array of the code objects (the module first, nested
//! ones depth first), each with its `co_*` fields and its instructions as
//! `dis.get_instructions` describes them. A compile error is a diagnostic at its position.

use serde_json::{Value, json};
use taipan_ast::Mode;
use taipan_ast::repr::constant_repr;
use taipan_bytecode::CodeObject;
use taipan_bytecode::code::Const;
use taipan_bytecode::dis::{code_numbers, code_repr, instructions};
use taipan_diagnostics::{Diagnostic, Severity};

use super::Format;

/// The disassembly of `text` compiled in `mode`, or the compile error as a diagnostic.
/// With `source`, each source line's text is shown above the instructions it compiled to.
pub fn render(
    text: &str,
    filename: &str,
    mode: Mode,
    format: Format,
    source: bool,
) -> (String, Vec<Diagnostic>) {
    match taipan_codegen::compile_source(text, filename, mode, 0) {
        Ok(code) => match format {
            Format::Dot => (control_flow_dot(&code), Vec::new()),
            Format::Json => (code_json(&code), Vec::new()),
            Format::Text if source => (
                with_source(&taipan_codegen::dump::dis(&code), text),
                Vec::new(),
            ),
            Format::Text => (taipan_codegen::dump::dis(&code), Vec::new()),
        },
        Err(e) => (String::new(), vec![compile_diagnostic(text, &e)]),
    }
}

/// `--source`: before each instruction line that starts a source line (the line number in
/// `dis`'s first column: two numbers before the opcode name), that line's text as a comment.
fn with_source(dis: &str, text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::with_capacity(dis.len() * 2);
    for line in dis.lines() {
        let mut words = line.split_whitespace();
        let first = words.next().unwrap_or("");
        let mut second = words.next().unwrap_or("");
        if second == ">>" {
            second = words.next().unwrap_or("");
        }
        let is_number = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
        if is_number(first)
            && is_number(second)
            && let Ok(n) = first.parse::<usize>()
            && let Some(src) = n.checked_sub(1).and_then(|i| lines.get(i))
        {
            out.push_str(&format!("# {n}: {}\n", src.trim()));
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// `--json`: every code object with its fields and instructions; constants as their `repr()`
/// (a nested code object as `dis` names it).
fn code_json(code: &CodeObject) -> String {
    let numbers = code_numbers(code);
    let mut all = Vec::new();
    collect(code, &mut all);
    let objects: Vec<Value> = all
        .iter()
        .map(|c| {
            let consts: Vec<String> = c
                .consts
                .iter()
                .map(|k| match k {
                    Const::Value(v) => constant_repr(v),
                    Const::Code(n) => code_repr(n, &numbers),
                })
                .collect();
            let instrs: Vec<Value> = instructions(c, &numbers)
                .into_iter()
                .map(|i| {
                    json!({
                        "offset": i.offset,
                        "opname": i.opname,
                        "opcode": i.opcode,
                        "arg": i.arg,
                        "argrepr": i.argrepr,
                        "starts_line": i.starts_line,
                        "is_jump_target": i.is_jump_target,
                    })
                })
                .collect();
            let table: Vec<Value> = c
                .exception_entries()
                .iter()
                .map(|e| {
                    json!({
                        "start": e.start * 2,
                        "end": e.end * 2,
                        "target": e.target * 2,
                        "depth": e.depth,
                        "lasti": e.lasti,
                    })
                })
                .collect();
            json!({
                "co_name": &*c.name,
                "co_qualname": &*c.qualname,
                "co_filename": &*c.filename,
                "co_firstlineno": c.firstlineno,
                "co_argcount": c.argcount,
                "co_posonlyargcount": c.posonlyargcount,
                "co_kwonlyargcount": c.kwonlyargcount,
                "co_stacksize": c.stacksize,
                "co_flags": c.flags.0,
                "co_consts": consts,
                "co_names": c.names.iter().map(|n| &**n).collect::<Vec<_>>(),
                "co_localsplusnames": c.localsplusnames.iter().map(|n| &**n).collect::<Vec<_>>(),
                "instructions": instrs,
                "exception_table": table,
            })
        })
        .collect();
    serde_json::to_string_pretty(&objects).expect("code objects serialize") + "\n"
}

/// A compile error as a diagnostic at its position in `text`.
pub fn compile_diagnostic(text: &str, e: &taipan_codegen::CompileError) -> Diagnostic {
    let start = byte_offset(text, e.lineno, e.offset.max(0) as u32);
    let end = byte_offset(text, e.end_lineno, e.end_offset.unwrap_or(0).max(0) as u32).max(start);
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

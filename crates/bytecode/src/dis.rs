//! The disassembler: `dis.dis(code)` of CPython 3.11, column for column. Line numbers from
//! `co_lines()` (a blank line before each new one), `>>` on jump and handler targets, byte
//! offsets, the argument and its meaning in parentheses, the `ExceptionTable:` section, then
//! each nested code object ("Disassembly of <code object ...>:"), depth first.
//!
//! A code object's address is a stand-in, so that output is deterministic: the object's number
//! in a pre-order walk of the nested code objects (the outermost is 0), printed as 12 hex
//! digits: `<code object f at 0x000000000001, file "x.py", line 1>`.

use std::collections::{HashMap, HashSet};
use std::fmt::Write;

use taipan_ast::repr::constant_repr;

use crate::code::{CodeObject, Const};
use crate::instr::{Instruction, units};
use crate::opcode::{
    ArgKind, BINARY_OPS, CMP_OP, FORMAT_VALUE_CONVERTERS, MAKE_FUNCTION_FLAGS, Opcode,
};

/// `dis.dis(code)`: the code object and all nested ones.
pub fn dis(code: &CodeObject) -> String {
    let mut numbers = HashMap::new();
    number(code, &mut numbers);
    let mut out = String::new();
    dis_recursive(code, &numbers, &mut out);
    out
}

/// Pre-order numbers of the code objects, keyed by address.
fn number(code: &CodeObject, numbers: &mut HashMap<*const CodeObject, usize>) {
    numbers.insert(code as *const CodeObject, numbers.len());
    for nested in code.nested() {
        number(nested, numbers);
    }
}

fn dis_recursive(code: &CodeObject, numbers: &HashMap<*const CodeObject, usize>, out: &mut String) {
    disassemble(code, numbers, out);
    for nested in code.nested() {
        out.push('\n');
        let _ = writeln!(out, "Disassembly of {}:", code_repr(nested, numbers));
        dis_recursive(nested, numbers, out);
    }
}

/// `repr(code)` with the stand-in address.
pub fn code_repr(code: &CodeObject, numbers: &HashMap<*const CodeObject, usize>) -> String {
    let n = numbers
        .get(&(code as *const CodeObject))
        .copied()
        .unwrap_or(0);
    format!(
        "<code object {} at {n:#014x}, file \"{}\", line {}>",
        code.name, code.filename, code.firstlineno
    )
}

/// `dis.disassemble(code)`: this code object only.
pub fn disassemble_one(code: &CodeObject) -> String {
    let mut numbers = HashMap::new();
    number(code, &mut numbers);
    let mut out = String::new();
    disassemble(code, &numbers, &mut out);
    out
}

/// The byte offsets where a new line starts (`dis.findlinestarts`).
fn line_starts(code: &CodeObject) -> HashMap<u32, u32> {
    let mut starts = HashMap::new();
    let mut last = None;
    for range in code.lines() {
        if let Some(line) = range.line
            && Some(line) != last
        {
            last = Some(line);
            starts.insert(range.start, line);
        }
    }
    starts
}

/// One instruction as `dis.get_instructions` describes it.
#[derive(Clone, Debug)]
pub struct DisInstruction {
    pub opname: &'static str,
    pub opcode: u8,
    /// The full argument, `None` for opcodes without one.
    pub arg: Option<u32>,
    /// What the argument means (`dis`'s text in parentheses; empty: nothing).
    pub argrepr: String,
    /// Byte offset of the opcode's own unit.
    pub offset: u32,
    /// The source line, on the first instruction of each line only.
    pub starts_line: Option<u32>,
    /// Whether a jump or an exception handler lands here (`>>`).
    pub is_jump_target: bool,
}

/// `dis.get_instructions(code)` for this code object, with `numbers` from [`code_numbers`]
/// naming nested code objects in `argrepr`.
pub fn instructions(
    code: &CodeObject,
    numbers: &HashMap<*const CodeObject, usize>,
) -> Vec<DisInstruction> {
    let starts = line_starts(code);
    let mut targets: HashSet<u32> = units(&code.code).filter_map(|i| i.jump_target()).collect();
    targets.extend(
        code.exception_entries()
            .iter()
            .filter(|e| e.start < e.end)
            .map(|e| e.target),
    );
    units(&code.code)
        .map(|instr| DisInstruction {
            opname: instr.op.name(),
            opcode: instr.op as u8,
            arg: instr.op.has_arg().then_some(instr.arg),
            argrepr: if instr.op.has_arg() {
                arg_repr(code, &instr, numbers)
            } else {
                String::new()
            },
            offset: instr.offset * 2,
            starts_line: starts.get(&(instr.offset * 2)).copied(),
            is_jump_target: targets.contains(&instr.offset),
        })
        .collect()
}

/// The stand-in addresses of `code` and its nested code objects (pre-order numbers).
pub fn code_numbers(code: &CodeObject) -> HashMap<*const CodeObject, usize> {
    let mut numbers = HashMap::new();
    number(code, &mut numbers);
    numbers
}

fn disassemble(code: &CodeObject, numbers: &HashMap<*const CodeObject, usize>, out: &mut String) {
    let instrs = instructions(code, numbers);
    let lineno_width = match instrs.iter().filter_map(|i| i.starts_line).max() {
        None => 0,
        Some(max) if max >= 1000 => max.to_string().len(),
        Some(_) => 3,
    };
    let max_offset = (code.code.len() * 2).saturating_sub(2);
    let offset_width = if max_offset >= 10000 {
        max_offset.to_string().len()
    } else {
        4
    };
    for instr in &instrs {
        if lineno_width > 0 && instr.starts_line.is_some() && instr.offset > 0 {
            out.push('\n');
        }
        let mut line = String::new();
        if lineno_width > 0 {
            match instr.starts_line {
                Some(l) => {
                    let _ = write!(line, "{l:>lineno_width$} ");
                }
                None => line.push_str(&" ".repeat(lineno_width + 1)),
            }
        }
        line.push_str("    ");
        line.push_str(if instr.is_jump_target { ">> " } else { "   " });
        let _ = write!(line, "{:>offset_width$} {:<20}", instr.offset, instr.opname);
        if let Some(arg) = instr.arg {
            let _ = write!(line, " {arg:>5}");
            if !instr.argrepr.is_empty() {
                let _ = write!(line, " ({})", instr.argrepr);
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    let entries = code.exception_entries();
    if !entries.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &entries {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{}",
                e.start * 2,
                (e.end * 2).saturating_sub(2),
                e.target * 2,
                e.depth,
                if e.lasti { " lasti" } else { "" }
            );
        }
    }
}

/// What the argument means, as `dis` prints it in parentheses (empty: nothing printed).
pub fn arg_repr(
    code: &CodeObject,
    instr: &Instruction,
    numbers: &HashMap<*const CodeObject, usize>,
) -> String {
    let arg = instr.arg as usize;
    let name = |names: &[Box<str>], i: usize| names.get(i).map_or(String::new(), |n| n.to_string());
    match instr.op.arg_kind() {
        ArgKind::None | ArgKind::Num => String::new(),
        // 3.11 names the constant of LOAD_CONST only (KW_NAMES shows its index alone).
        ArgKind::Const if instr.op != Opcode::LOAD_CONST => String::new(),
        ArgKind::Const => match code.consts.get(arg) {
            Some(Const::Value(c)) => constant_repr(c),
            Some(Const::Code(nested)) => code_repr(nested, numbers),
            None => String::new(),
        },
        ArgKind::Name => name(&code.names, arg),
        ArgKind::Global => {
            let n = name(&code.names, arg >> 1);
            if arg & 1 != 0 && !n.is_empty() {
                format!("NULL + {n}")
            } else {
                n
            }
        }
        ArgKind::Local | ArgKind::Free => name(&code.localsplusnames, arg),
        ArgKind::JumpForward | ArgKind::JumpBackward => instr
            .jump_target()
            .map_or(String::new(), |t| format!("to {}", t * 2)),
        ArgKind::Compare => CMP_OP.get(arg).map_or(String::new(), |s| s.to_string()),
        ArgKind::BinaryOp => BINARY_OPS.get(arg).map_or(String::new(), |s| s.to_string()),
        ArgKind::FormatValue => {
            let mut s = FORMAT_VALUE_CONVERTERS[arg & 3].to_string();
            if arg & 4 != 0 {
                if !s.is_empty() {
                    s.push_str(", ");
                }
                s.push_str("with format");
            }
            s
        }
        ArgKind::MakeFunction => MAKE_FUNCTION_FLAGS
            .iter()
            .enumerate()
            .filter(|(i, _)| arg & (1 << i) != 0)
            .map(|(_, s)| *s)
            .collect::<Vec<_>>()
            .join(", "),
    }
}

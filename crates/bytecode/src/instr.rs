//! Decoding code units into instructions: `EXTENDED_ARG` prefixes folded into the argument,
//! inline `CACHE` units skipped, jump targets resolved. Shared by the disassembler and the
//! basic-block splitter; the VM decodes inline in its loop instead.

use crate::code::CodeUnit;
use crate::opcode::{ArgKind, Opcode};

/// A decoded instruction; offsets in code units.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Instruction {
    /// Index of the first unit (its first `EXTENDED_ARG`, if any).
    pub start: u32,
    /// Index of the opcode's own unit (what `dis` prints as the offset, halved).
    pub offset: u32,
    pub op: Opcode,
    /// The full argument (0 for opcodes without one).
    pub arg: u32,
    /// Index of the next instruction (after the caches).
    pub next: u32,
}

impl Instruction {
    /// The target of a jump, in code units, or `None` for other instructions (and for a
    /// backward jump before the start).
    pub fn jump_target(&self) -> Option<u32> {
        let after = self.offset + 1;
        match self.op.arg_kind() {
            ArgKind::JumpForward => after.checked_add(self.arg),
            ArgKind::JumpBackward => after.checked_sub(self.arg),
            _ => None,
        }
    }
}

/// Iterates over the instructions of `code`, each `EXTENDED_ARG` prefix folded into the
/// instruction it extends.
pub fn instructions(code: &[CodeUnit]) -> impl Iterator<Item = Instruction> + '_ {
    units(code).filter(|i| i.op != Opcode::EXTENDED_ARG)
}

/// Iterates over the instructions of `code` with each `EXTENDED_ARG` yielded too (carrying the
/// argument accumulated so far), as `dis` lists them; caches are skipped.
pub fn units(code: &[CodeUnit]) -> Units<'_> {
    Units {
        code,
        at: 0,
        start: None,
        extended: 0,
    }
}

pub struct Units<'a> {
    code: &'a [CodeUnit],
    at: usize,
    /// Start of the instruction being read (its first `EXTENDED_ARG`), once one is read.
    start: Option<usize>,
    /// The argument bits carried by the `EXTENDED_ARG`s read so far.
    extended: u32,
}

impl Iterator for Units<'_> {
    type Item = Instruction;
    fn next(&mut self) -> Option<Instruction> {
        let unit = *self.code.get(self.at)?;
        let offset = self.at;
        let start = *self.start.get_or_insert(offset);
        let arg = (self.extended << 8) | unit.arg as u32;
        self.at = (offset + 1 + unit.op.cache_entries() as usize).min(self.code.len());
        if unit.op == Opcode::EXTENDED_ARG {
            self.extended = arg;
        } else {
            self.extended = 0;
            self.start = None;
        }
        Some(Instruction {
            start: start as u32,
            offset: offset as u32,
            op: unit.op,
            arg: if unit.op.has_arg() { arg } else { 0 },
            next: self.at as u32,
        })
    }
}

/// How many `EXTENDED_ARG` prefixes an argument needs.
pub const fn extended_args(arg: u32) -> u32 {
    match arg {
        0..=0xFF => 0,
        0x100..=0xFFFF => 1,
        0x1_0000..=0xFF_FFFF => 2,
        _ => 3,
    }
}

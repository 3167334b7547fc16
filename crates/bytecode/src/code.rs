//! `CodeObject`: what CPython 3.11's code object carries (names, counts, flags, constants, the
//! unified local-plus array with its kinds, the code units, the location and exception tables),
//! and the views CPython derives from them (`co_varnames`, `co_cellvars`, `co_freevars`,
//! `co_nlocals`, `co_code`, `co_lines()`, `co_positions()`).

use std::sync::Arc;

use taipan_ast::Constant;

use crate::exctable::{self, ExceptionEntry};
use crate::linetable::{self, LineRange, Position};
use crate::opcode::Opcode;

/// One 16-bit code unit: an opcode and its 8-bit argument (wider arguments are built from
/// `EXTENDED_ARG` prefixes), or a `CACHE` entry. The opcode is stored as the closed enum, so a
/// decoded unit needs no validation.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[repr(C)]
pub struct CodeUnit {
    pub op: Opcode,
    pub arg: u8,
}

impl CodeUnit {
    pub const CACHE: CodeUnit = CodeUnit {
        op: Opcode::CACHE,
        arg: 0,
    };
    pub const fn new(op: Opcode, arg: u8) -> CodeUnit {
        CodeUnit { op, arg }
    }
}

/// `co_flags`, with CPython's bit values.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub struct CodeFlags(pub u32);

impl CodeFlags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const NOFREE: u32 = 0x40;
    pub const COROUTINE: u32 = 0x80;
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    pub const ASYNC_GENERATOR: u32 = 0x200;
    /// The names `dis.code_info` prints, by bit (`dis.COMPILER_FLAG_NAMES`).
    pub const NAMES: [(u32, &'static str); 10] = [
        (0x1, "OPTIMIZED"),
        (0x2, "NEWLOCALS"),
        (0x4, "VARARGS"),
        (0x8, "VARKEYWORDS"),
        (0x10, "NESTED"),
        (0x20, "GENERATOR"),
        (0x40, "NOFREE"),
        (0x80, "COROUTINE"),
        (0x100, "ITERABLE_COROUTINE"),
        (0x200, "ASYNC_GENERATOR"),
    ];
    pub const fn contains(self, bits: u32) -> bool {
        self.0 & bits == bits
    }
}

/// The kind bits of one local-plus slot (CPython 3.11's `CO_FAST_*`): a parameter that is also
/// a cell is `LOCAL | CELL`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct LocalKind(pub u8);

impl LocalKind {
    pub const LOCAL: u8 = 0x20;
    pub const CELL: u8 = 0x40;
    pub const FREE: u8 = 0x80;
    pub const fn is_local(self) -> bool {
        self.0 & Self::LOCAL != 0
    }
    pub const fn is_cell(self) -> bool {
        self.0 & Self::CELL != 0
    }
    pub const fn is_free(self) -> bool {
        self.0 & Self::FREE != 0
    }
}

/// An entry of `co_consts`: a value the AST can hold, or a nested code object.
#[derive(Clone, PartialEq, Debug)]
pub enum Const {
    Value(Constant),
    Code(Arc<CodeObject>),
}

impl From<Constant> for Const {
    fn from(value: Constant) -> Const {
        Const::Value(value)
    }
}

/// A compiled code object. Fields are CPython's (`co_` dropped); the local-plus array unifies
/// `co_varnames`, `co_cellvars` and `co_freevars` as 3.11 does: locals first (parameters in
/// order), then cells that are not parameters, then free variables. `LOAD_FAST`, `LOAD_DEREF`
/// and friends index this one array.
#[derive(Clone, PartialEq, Debug)]
pub struct CodeObject {
    pub name: Box<str>,
    pub qualname: Box<str>,
    pub filename: Box<str>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub stacksize: u32,
    pub flags: CodeFlags,
    pub firstlineno: u32,
    pub code: Box<[CodeUnit]>,
    pub consts: Box<[Const]>,
    pub names: Box<[Box<str>]>,
    pub localsplusnames: Box<[Box<str>]>,
    pub localspluskinds: Box<[LocalKind]>,
    /// 3.11's location table (`co_linetable`), one entry per instruction.
    pub linetable: Box<[u8]>,
    /// 3.11's exception table (`co_exceptiontable`).
    pub exceptiontable: Box<[u8]>,
}

impl CodeObject {
    fn names_of(&self, keep: impl Fn(LocalKind) -> bool) -> Vec<&str> {
        self.localsplusnames
            .iter()
            .zip(self.localspluskinds.iter())
            .filter(|(_, kind)| keep(**kind))
            .map(|(name, _)| &**name)
            .collect()
    }
    /// `co_varnames`: the local slots (parameters first).
    pub fn varnames(&self) -> Vec<&str> {
        self.names_of(LocalKind::is_local)
    }
    /// `co_cellvars`: the cell slots (parameters that are cells included).
    pub fn cellvars(&self) -> Vec<&str> {
        self.names_of(LocalKind::is_cell)
    }
    /// `co_freevars`.
    pub fn freevars(&self) -> Vec<&str> {
        self.names_of(LocalKind::is_free)
    }
    /// `co_nlocals`.
    pub fn nlocals(&self) -> usize {
        self.localspluskinds.iter().filter(|k| k.is_local()).count()
    }
    /// `co_code`: the code units as bytes (opcode, arg), little-endian order as CPython's.
    pub fn co_code(&self) -> Vec<u8> {
        self.code
            .iter()
            .flat_map(|unit| [unit.op as u8, unit.arg])
            .collect()
    }
    /// `co_lines()`: one `(start, end, line)` range per table entry, in byte offsets.
    pub fn lines(&self) -> Vec<LineRange> {
        linetable::lines(&self.linetable, self.firstlineno)
    }
    /// `co_positions()`: one position per code unit.
    pub fn positions(&self) -> Vec<Position> {
        linetable::positions(&self.linetable, self.firstlineno)
    }
    /// The line of the instruction at code-unit index `unit` (as a traceback shows it).
    pub fn addr2line(&self, unit: u32) -> Option<u32> {
        linetable::addr2line(&self.linetable, self.firstlineno, unit)
    }
    /// The decoded exception table.
    pub fn exception_entries(&self) -> Vec<ExceptionEntry> {
        exctable::decode(&self.exceptiontable)
    }
    /// The nested code objects in `co_consts`, in order.
    pub fn nested(&self) -> impl Iterator<Item = &Arc<CodeObject>> {
        self.consts.iter().filter_map(|c| match c {
            Const::Code(code) => Some(code),
            Const::Value(_) => None,
        })
    }
}

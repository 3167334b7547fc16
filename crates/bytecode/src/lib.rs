//! taipan's bytecode: the IR between the compiler (`crates/codegen`) and the VM.
//!
//! - [`opcode`]: the instruction set, one declarative table (number, caches, argument kind,
//!   flags, stack effect per opcode), CPython 3.11's numbering.
//! - [`code`]: [`CodeObject`] and its 16-bit [`CodeUnit`]s, flags, local-plus kinds, constants.
//! - [`linetable`], [`exctable`]: 3.11's location and exception tables, encode and decode.
//! - [`builder`]: [`CodeBuilder`], what the compiler emits into (labels, stack depth, tables).
//! - [`instr`]: decoding code units into instructions.
//! - [`dis`]: `dis.dis`-style output; [`blocks`]: basic blocks and a Graphviz view.
//! - [`asm`]: a small textual assembly language for tests.
//! - [`verify`]: the bytecode verifier for code objects built from Python (`code.replace`).
//!
//! The design is in `docs/design/bytecode.md`.

pub mod asm;
pub mod blocks;
pub mod builder;
pub mod code;
pub mod dis;
pub mod exctable;
pub mod instr;
pub mod linetable;
pub mod opcode;
pub mod verify;

pub use builder::{AssembleError, CodeBuilder, JumpKind, Label, SetupKind};
pub use code::{CodeFlags, CodeObject, CodeUnit, Const, LocalKind};
pub use linetable::Position;
pub use opcode::Opcode;

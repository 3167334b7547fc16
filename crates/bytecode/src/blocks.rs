//! Basic blocks of a code object: the seam for a `--dot` control-flow view and for later
//! analyses. Leaders are the first instruction, jump and handler targets, and the instruction
//! after a jump or a terminator; edges are fall-through, jump and exception edges.

use std::collections::BTreeSet;
use std::fmt::Write;

use crate::code::CodeObject;
use crate::instr::instructions;

/// A basic block, in code units: `start..end`, with the starts of its successors.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct BasicBlock {
    pub start: u32,
    pub end: u32,
    /// The block execution falls into, if any.
    pub fallthrough: Option<u32>,
    /// The block a jump at its end goes to, if any.
    pub jump: Option<u32>,
    /// Handlers covering some instruction of the block.
    pub handlers: Vec<u32>,
}

/// Splits `code` into basic blocks, in code order.
pub fn basic_blocks(code: &CodeObject) -> Vec<BasicBlock> {
    let len = code.code.len() as u32;
    let entries = code.exception_entries();
    let mut leaders = BTreeSet::from([0u32]);
    for instr in instructions(&code.code) {
        if let Some(target) = instr.jump_target() {
            leaders.insert(target);
        }
        if instr.op.is_jump() || instr.op.is_terminator() {
            leaders.insert(instr.next);
        }
    }
    for e in &entries {
        leaders.extend([e.start, e.end, e.target]);
    }
    leaders.retain(|&l| l < len);
    let starts: Vec<u32> = leaders.into_iter().collect();
    let mut blocks: Vec<BasicBlock> = Vec::with_capacity(starts.len());
    let mut last = None;
    let block_of = |start: u32| starts.partition_point(|&s| s <= start).saturating_sub(1);
    for instr in instructions(&code.code) {
        let b = block_of(instr.start);
        if last != Some(b) {
            let end = starts.get(b + 1).copied().unwrap_or(len);
            blocks.push(BasicBlock {
                start: starts[b],
                end,
                fallthrough: None,
                jump: None,
                handlers: Vec::new(),
            });
            last = Some(b);
        }
        let block = blocks.last_mut().expect("a block was pushed");
        for e in &entries {
            if e.start <= instr.offset
                && instr.offset < e.end
                && !block.handlers.contains(&e.target)
            {
                block.handlers.push(e.target);
            }
        }
        if instr.next >= block.end {
            block.jump = instr.jump_target();
            if !instr.op.is_terminator() && instr.next < len {
                block.fallthrough = Some(instr.next);
            }
        }
    }
    blocks
}

/// The blocks as a Graphviz digraph: one node per block listing its instructions' names,
/// solid fall-through edges, bold jump edges, dashed exception edges.
pub fn to_dot(code: &CodeObject) -> String {
    let mut out = format!(
        "digraph \"{}\" {{\n  node [shape=box, fontname=monospace];\n",
        code.qualname
    );
    for block in basic_blocks(code) {
        let mut label = String::new();
        for instr in instructions(&code.code) {
            if instr.start >= block.start && instr.start < block.end {
                let _ = write!(label, "{} {}\\l", instr.offset * 2, instr.op.name());
            }
        }
        let _ = writeln!(out, "  b{} [label=\"{label}\"];", block.start * 2);
        if let Some(t) = block.fallthrough {
            let _ = writeln!(out, "  b{} -> b{};", block.start * 2, t * 2);
        }
        if let Some(t) = block.jump {
            let _ = writeln!(out, "  b{} -> b{} [style=bold];", block.start * 2, t * 2);
        }
        for h in &block.handlers {
            let _ = writeln!(out, "  b{} -> b{} [style=dashed];", block.start * 2, h * 2);
        }
    }
    out.push_str("}\n");
    out
}

//! The canonical text of a symbol table, the one that the tests snapshot and the conformance
//! row hashes; `xtask/src/conformance/driver.py` (`symtable_text`) writes the same text from
//! CPython's `_symtable` and docs/conformance.md describes it. One line per block, then one
//! per symbol (sorted by name: CPython adds free variables in set order), then the children:
//!
//! ```text
//! module top line 0
//!   f DEF_LOCAL LOCAL
//!   function f line 1 optimized
//!     x DEF_LOCAL|USE CELL
//!     function lambda line 2 optimized nested
//!       x 0 FREE
//! ```
//!
//! A block line is its type (`module`, `class`, `function`), name and first line, then
//! `optimized` (a function) and `nested` as `SymbolTable.is_optimized()`/`is_nested()` say. A
//! symbol line is its name, its flags (`0` when none) and its scope. Every `Symbol.is_*()` of
//! the `symtable` module is a function of these (and of the children's names, for
//! `is_namespace`).

use std::fmt::Write;

use super::flags::{FLAG_NAMES, Scope};
use super::{BlockId, BlockKind, SymbolTable};

/// The dump of the whole table.
pub fn dump(table: &SymbolTable) -> String {
    let mut out = String::new();
    dump_block(table, BlockId::TOP, 0, &mut out);
    out
}

fn dump_block(table: &SymbolTable, id: BlockId, depth: usize, out: &mut String) {
    let block = table.block(id);
    let indent = "  ".repeat(depth);
    let kind = match block.kind {
        BlockKind::Function => "function",
        BlockKind::Class => "class",
        BlockKind::Module => "module",
        BlockKind::Annotation => "annotation",
    };
    let _ = write!(
        out,
        "{indent}{kind} {} line {}",
        table.name(block.name),
        block.loc.lineno
    );
    if block.is_optimized() {
        out.push_str(" optimized");
    }
    if block.nested {
        out.push_str(" nested");
    }
    out.push('\n');
    let mut symbols: Vec<(&str, u32)> = block
        .symbols
        .iter()
        .map(|(&n, &f)| (table.name(n), f))
        .collect();
    symbols.sort_unstable_by(|a, b| a.0.cmp(b.0));
    for (name, flags) in symbols {
        let _ = write!(out, "{indent}  {name} ");
        let mut first = true;
        for (bit, flag) in FLAG_NAMES {
            if flags & bit != 0 {
                if !first {
                    out.push('|');
                }
                out.push_str(flag);
                first = false;
            }
        }
        if first {
            out.push('0');
        }
        let scope = Scope::of(flags).map_or("-", Scope::name);
        let _ = writeln!(out, " {scope}");
    }
    for &child in &block.children {
        dump_block(table, child, depth + 1, out);
    }
}

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

use super::flags::{DEF_FREE_CLASS, FLAG_NAMES, Scope};
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

/// What CPython's compiler copies from each block into its code object, as
/// `crates/codegen/tools/symtable_expected.py` prints it from CPython's code objects: one line
/// per block, `name FLAGS cells=a,b frees=c` (the `co_flags` bits that `compute_code_flags`
/// takes from the table: `VARARGS`, `VARKEYWORDS`, `NESTED`, `GENERATOR`, `COROUTINE`,
/// `ASYNC_GENERATOR`; `co_cellvars` and `co_freevars` sorted), the children sorted by their
/// text and indented. Code object names: `<module>`, `<lambda>`, `<listcomp>`...
pub fn code_facts(table: &SymbolTable) -> String {
    let mut out = String::new();
    facts_block(table, BlockId::TOP, "", &mut out);
    out
}

/// One block's line, then its children's, sorted by their text (the compiler and the table
/// order them differently: a comprehension's code comes before that of its first iterable's).
fn facts_block(table: &SymbolTable, id: BlockId, indent: &str, out: &mut String) {
    let b = table.block(id);
    let name = code_name(table, id);
    let mut flags = Vec::new();
    if b.kind == BlockKind::Function {
        let bits = [
            (b.varargs, "VARARGS"),
            (b.varkeywords, "VARKEYWORDS"),
            (b.nested, "NESTED"),
            (b.generator && !b.coroutine, "GENERATOR"),
            (b.coroutine && !b.generator, "COROUTINE"),
            (b.generator && b.coroutine, "ASYNC_GENERATOR"),
        ];
        flags.extend(bits.iter().filter(|(on, _)| *on).map(|(_, n)| *n));
    }
    let flags = if flags.is_empty() {
        "0".to_string()
    } else {
        flags.join("|")
    };
    let names = |keep: &dyn Fn(u32) -> bool| {
        let mut v: Vec<&str> = (b.symbols.iter())
            .filter(|&(_, &f)| keep(f))
            .map(|(&n, _)| table.name(n))
            .collect();
        v.sort_unstable();
        v
    };
    let mut cells = names(&|f| Scope::of(f) == Some(Scope::Cell));
    if b.needs_class_closure {
        cells.push("__class__");
    }
    let frees = names(&|f| Scope::of(f) == Some(Scope::Free) || f & DEF_FREE_CLASS != 0);
    let _ = writeln!(
        out,
        "{indent}{name} {flags} cells={} frees={}",
        cells.join(","),
        frees.join(",")
    );
    let indent = format!("{indent}  ");
    let mut children: Vec<String> = (b.children.iter())
        .map(|&c| {
            let mut text = String::new();
            facts_block(table, c, &indent, &mut text);
            text
        })
        .collect();
    children.sort_unstable();
    out.extend(children);
}

/// The `co_name` of a block's code object.
fn code_name(table: &SymbolTable, id: BlockId) -> String {
    let b = table.block(id);
    let name = table.name(b.name);
    match b.kind {
        BlockKind::Module => "<module>".to_string(),
        BlockKind::Function if b.comprehension.is_some() || name == "lambda" => format!("<{name}>"),
        _ => name.to_string(),
    }
}

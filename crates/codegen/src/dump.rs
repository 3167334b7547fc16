//! The canonical text of a compiled module that tests and the conformance row compare with
//! CPython's: for every code object in pre-order, its metadata (name, qualname, first line,
//! argument counts, flags, stack size, local-plus names and kinds, constants, names) and its
//! three byte strings (`co_code`, `co_linetable`, `co_exceptiontable`) in hex; then `dis`
//! of the whole module. The conformance driver (`xtask/src/conformance/driver.py:
//! code_text`) writes the same from CPython's code objects.

use std::collections::HashMap;
use std::fmt::Write;

use taipan_ast::Constant;
use taipan_ast::repr::constant_repr;
use taipan_bytecode::{CodeObject, Const};

/// `dis.dis` of a code object and its nested ones (`taipan_bytecode::dis`).
pub use taipan_bytecode::dis::dis;

fn number<'c>(code: &'c CodeObject, out: &mut Vec<&'c CodeObject>) {
    out.push(code);
    for nested in code.nested() {
        number(nested, out);
    }
}

fn hex(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}

/// `repr()` of a constant, a frozenset's items sorted by their text (CPython's order depends
/// on string hashing, which differs between processes).
fn const_text(c: &Constant) -> String {
    match c {
        Constant::FrozenSet(items) if !items.is_empty() => {
            let mut texts: Vec<String> = items.iter().map(const_text).collect();
            texts.sort();
            format!("frozenset({{{}}})", texts.join(", "))
        }
        Constant::Tuple(items) => {
            let texts: Vec<String> = items.iter().map(const_text).collect();
            if texts.len() == 1 {
                format!("({},)", texts[0])
            } else {
                format!("({})", texts.join(", "))
            }
        }
        _ => constant_repr(c),
    }
}

/// The metadata and byte strings of every code object (without `dis`).
pub fn code_facts(code: &CodeObject) -> String {
    let mut all = Vec::new();
    number(code, &mut all);
    let index: HashMap<*const CodeObject, usize> = all
        .iter()
        .enumerate()
        .map(|(i, c)| (*c as *const CodeObject, i))
        .collect();
    let mut out = String::new();
    for (i, c) in all.iter().enumerate() {
        let _ = writeln!(out, "== {i} {}", c.qualname);
        let _ = writeln!(out, "name {}", c.name);
        let _ = writeln!(out, "firstlineno {}", c.firstlineno);
        let _ = writeln!(
            out,
            "args {} {} {}",
            c.argcount, c.posonlyargcount, c.kwonlyargcount
        );
        let _ = writeln!(out, "flags {:#x}", c.flags.0);
        let _ = writeln!(out, "stacksize {}", c.stacksize);
        for (n, k) in c.localsplusnames.iter().zip(c.localspluskinds.iter()) {
            let _ = writeln!(out, "local {n} {:#04x}", k.0);
        }
        for k in c.consts.iter() {
            match k {
                Const::Value(v) => {
                    let _ = writeln!(out, "const {}", const_text(v));
                }
                Const::Code(nested) => {
                    let n = index
                        .get(&(std::sync::Arc::as_ptr(nested)))
                        .copied()
                        .unwrap_or(0);
                    let _ = writeln!(out, "const <code {n}>");
                }
            }
        }
        for n in c.names.iter() {
            let _ = writeln!(out, "name {n}");
        }
        let _ = writeln!(out, "code {}", hex(&c.co_code()));
        let _ = writeln!(out, "linetable {}", hex(&c.linetable));
        let _ = writeln!(out, "exceptiontable {}", hex(&c.exceptiontable));
    }
    out
}

/// [`code_facts`], then `dis` of the module.
pub fn code_text(code: &CodeObject) -> String {
    let mut out = code_facts(code);
    out.push_str("-- dis\n");
    out.push_str(&taipan_bytecode::dis::dis(code));
    out
}

//! Re-assembles CPython 3.11's own code objects (`tests/data/bytecode/cpython/*.asm`, written
//! by `from_cpython.py` from the `.py` beside them) with the builder, and checks that every
//! code object's `co_code`, `co_linetable`, `co_exceptiontable` and `co_stacksize`, and the
//! whole `dis.dis` output, are CPython's byte for byte (`*.expected`).

use std::fmt::Write;
use std::path::{Path, PathBuf};

use taipan_bytecode::{CodeObject, asm, dis};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/bytecode/cpython")
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

fn describe(code: &CodeObject, index: &mut usize, out: &mut String) {
    let _ = writeln!(out, "== {index} {}", code.qualname);
    let _ = writeln!(out, "code {}", hex(&code.co_code()));
    let _ = writeln!(out, "linetable {}", hex(&code.linetable));
    let _ = writeln!(out, "exceptiontable {}", hex(&code.exceptiontable));
    let _ = writeln!(out, "stacksize {}", code.stacksize);
    *index += 1;
    for nested in code.nested() {
        describe(nested, index, out);
    }
}

#[test]
fn reassembled_cpython_code_is_byte_identical() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "asm"))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let code = asm::assemble(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut got = String::new();
        describe(&code, &mut 0, &mut got);
        got.push_str("== dis\n");
        got.push_str(&dis::dis(&code));
        let expected = std::fs::read_to_string(path.with_extension("expected")).unwrap();
        if got != expected {
            let first = got
                .lines()
                .zip(expected.lines())
                .enumerate()
                .find(|(_, (a, b))| a != b);
            panic!(
                "{}: differs from CPython at line {:?}",
                path.display(),
                first.map(|(i, (a, b))| (i + 1, a.to_string(), b.to_string()))
            );
        }
    }
}

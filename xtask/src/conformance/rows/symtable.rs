//! Row `symtable`: for every file CPython's parser accepts, taipan's symbol table (built from the
//! shared AST by `taipan_codegen::symtable`) agrees with `symtable.symtable(source, path,
//! "exec")`: the same text (`symtable::dump`, sha1 compared) when CPython builds one, the same
//! error message on the same line when CPython's symtable (or its future-import check) raises a
//! `SyntaxError` (duplicate arguments, `nonlocal` without a binding, ...). Skipped: files CPython
//! rejects or fails on, and files where CPython's symtable raises something other than a
//! `SyntaxError` (`RecursionError`). For the first mismatches, the report shows the first
//! differing line of the two texts and the block it is in.

use std::panic::{AssertUnwindSafe, catch_unwind};

use sha1_smol::Sha1;
use taipan_codegen::symtable::{ErrorKind, SymbolTable, dump::dump};

use super::{Failure, Outcome, Row};
use crate::conformance::Context;
use crate::conformance::case::{Case, panic_message};
use crate::conformance::driver::{CpythonParse, CpythonSymtable};

pub struct Symtable;

/// How many mismatching files get their first differing line looked up.
const EXPLAINED: usize = 50;
const DIFFERS: &str = "symbol table differs";

impl Row for Symtable {
    fn name(&self) -> &'static str {
        "symtable"
    }

    fn needs_cpython_symtable(&self) -> bool {
        true
    }

    fn check(&self, case: &Case) -> Outcome {
        match &case.cpython.parse {
            CpythonParse::Accepted => {}
            CpythonParse::Rejected { .. } => return Outcome::Skip("CPython rejects"),
            CpythonParse::Crashed => return Outcome::Skip("CPython crashed"),
        }
        let Some(expected) = &case.cpython.symtable else {
            return Outcome::Fail("driver.py sent no symbol table".to_string());
        };
        if let CpythonSymtable::Raised { class, .. } = expected
            && class != "SyntaxError"
        {
            return Outcome::Skip("CPython's symtable raises other than SyntaxError");
        }
        let lowered = match case.lowered() {
            Ok(lowered) => lowered,
            Err(why) => return Outcome::Fail(why.to_string()),
        };
        let ours = catch_unwind(AssertUnwindSafe(|| {
            SymbolTable::new(&lowered.ast)
                .map(|table| Sha1::from(dump(&table).as_bytes()).digest().to_string())
        }));
        let ours = match ours {
            Ok(ours) => ours,
            Err(payload) => {
                let message = panic_message(payload.as_ref());
                return Outcome::Fail(format!("symtable panicked: {message}"));
            }
        };
        match (expected, ours) {
            (CpythonSymtable::Table(theirs), Ok(ours)) if *theirs == ours => Outcome::Pass,
            (CpythonSymtable::Table(_), Ok(_)) => Outcome::Fail(DIFFERS.to_string()),
            (CpythonSymtable::Table(_), Err(e)) => {
                Outcome::Fail(format!("CPython builds the table, taipan raises {e}"))
            }
            (CpythonSymtable::Raised { line, message, .. }, Ok(_)) => Outcome::Fail(format!(
                "CPython raises SyntaxError (line {line}): {message}; taipan builds the table"
            )),
            (CpythonSymtable::Raised { line, message, .. }, Err(e)) => {
                if e.kind == ErrorKind::SyntaxError && e.lineno == *line && e.message == *message {
                    Outcome::Pass
                } else {
                    Outcome::Fail(format!(
                        "CPython raises SyntaxError (line {line}): {message}; taipan raises {e}"
                    ))
                }
            }
        }
    }

    fn explain(&self, failures: &mut [Failure], ctx: &Context) {
        let n = if ctx.verbose {
            failures.len()
        } else {
            failures.len().min(EXPLAINED)
        };
        let failures: Vec<&mut Failure> = failures[..n]
            .iter_mut()
            .filter(|f| f.detail == DIFFERS)
            .collect();
        let paths: Vec<_> = failures.iter().map(|f| ctx.root.join(&f.file)).collect();
        let theirs = match crate::conformance::driver::symtable_texts(&ctx.python, &paths) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("symtable: could not fetch CPython's tables: {e}");
                return;
            }
        };
        for ((failure, path), theirs) in failures.into_iter().zip(&paths).zip(theirs) {
            let Ok(bytes) = std::fs::read(path) else {
                continue;
            };
            let Ok(text) = taipan_tokenizer::decode_source(&bytes) else {
                continue;
            };
            let ours = catch_unwind(|| {
                SymbolTable::new(&taipan_ast::parse_module(&text).ast).map(|t| dump(&t))
            });
            failure.detail = match (theirs, ours) {
                (Err(e), _) => format!("CPython's symtable now raises {e}"),
                (Ok(theirs), Ok(Ok(ours))) => first_differing_line(&theirs, &ours),
                _ => continue,
            };
        }
    }
}

/// The first line where two table texts differ, with the line of the block it belongs to.
fn first_differing_line(theirs: &str, ours: &str) -> String {
    let a: Vec<&str> = theirs.lines().collect();
    let b: Vec<&str> = ours.lines().collect();
    let Some(i) = (0..a.len().max(b.len())).find(|&i| a.get(i) != b.get(i)) else {
        return "the texts are equal".to_string();
    };
    let is_block = |l: &&&str| {
        let t = l.trim_start();
        ["module ", "class ", "function ", "annotation "]
            .iter()
            .any(|k| t.starts_with(k))
    };
    let block = a[..i.min(a.len())]
        .iter()
        .rev()
        .find(is_block)
        .map_or("", |l| l.trim());
    format!(
        "line {} in `{block}`: CPython `{}`, taipan `{}`",
        i + 1,
        a.get(i).map_or("<end>", |l| l.trim()),
        b.get(i).map_or("<end>", |l| l.trim()),
    )
}

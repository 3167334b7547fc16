//! Rows `code-compiles` and `code`: taipan's compiler (`taipan_codegen`, over the shared AST
//! optimized as CPython's `compile()` does) against `compile(source, path, "exec")`.
//!
//! - `code-compiles`: taipan compiles every file CPython compiles, and raises the same
//!   `SyntaxError` (message and line) where CPython's compiler raises one (`'return' outside
//!   function`, ...). Goal: all.
//! - `code`: every code object of the file equals CPython's: the sha1 of
//!   `taipan_codegen::dump::code_facts` against that of the driver's `code_text` (names,
//!   flags, argument counts, stack size, local-plus names and kinds, constants, names, and the
//!   bytes of `co_code`, `co_linetable`, `co_exceptiontable`). Its goal is the share reached
//!   when the row was added, [`CODE_GOAL`], so that it cannot regress; raise it as the
//!   compiler improves.
//!
//! Both skip files CPython rejects or fails on, and files where CPython's compiler raises
//! something other than a `SyntaxError`.

use super::{Failure, Outcome, Row};
use crate::conformance::Context;
use crate::conformance::case::{Case, Compiled};
use crate::conformance::driver::{CpythonParse, CpythonSymtable};

/// The lowest share (in files) of the `code` row that passes.
pub const CODE_GOAL: f64 = 0.998;
const DIFFERS: &str = "code objects differ";

pub struct CodeCompiles;
pub struct Code;

/// CPython's answer, or why the file is not counted.
fn expected<'c>(case: &'c Case) -> Result<&'c CpythonSymtable, Outcome> {
    match &case.cpython.parse {
        CpythonParse::Accepted => {}
        CpythonParse::Rejected { .. } => return Err(Outcome::Skip("CPython rejects")),
        CpythonParse::Crashed => return Err(Outcome::Skip("CPython crashed")),
    }
    let Some(expected) = &case.cpython.code else {
        return Err(Outcome::Fail("driver.py sent no code".to_string()));
    };
    if let CpythonSymtable::Raised { class, .. } = expected
        && class != "SyntaxError"
    {
        return Err(Outcome::Skip(
            "CPython's compile raises other than SyntaxError",
        ));
    }
    Ok(expected)
}

impl Row for CodeCompiles {
    fn name(&self) -> &'static str {
        "code-compiles"
    }

    fn needs_cpython_code(&self) -> bool {
        true
    }

    fn check(&self, case: &Case) -> Outcome {
        let expected = match expected(case) {
            Ok(e) => e,
            Err(o) => return o,
        };
        match (expected, case.compiled()) {
            (_, Compiled::NoAst(why)) => Outcome::Fail(why.clone()),
            (CpythonSymtable::Table(_), Compiled::Code(_)) => Outcome::Pass,
            (CpythonSymtable::Table(_), Compiled::Error(e)) => {
                Outcome::Fail(format!("CPython compiles it, taipan raises {e}"))
            }
            (CpythonSymtable::Raised { line, message, .. }, Compiled::Code(_)) => Outcome::Fail(
                format!("CPython raises SyntaxError (line {line}): {message}; taipan compiles it"),
            ),
            (CpythonSymtable::Raised { line, message, .. }, Compiled::Error(e)) => {
                if e.kind.name() == "SyntaxError" && e.lineno == *line && e.message == *message {
                    Outcome::Pass
                } else {
                    Outcome::Fail(format!(
                        "CPython raises SyntaxError (line {line}): {message}; taipan raises {e}"
                    ))
                }
            }
        }
    }
}

impl Row for Code {
    fn name(&self) -> &'static str {
        "code"
    }

    fn goal(&self) -> &'static str {
        ">=99.8%"
    }

    fn meets_goal(&self, passed: usize, total: usize) -> bool {
        total == 0 || passed as f64 >= CODE_GOAL * total as f64
    }

    fn needs_cpython_code(&self) -> bool {
        true
    }

    fn check(&self, case: &Case) -> Outcome {
        let expected = match expected(case) {
            Ok(e) => e,
            Err(o) => return o,
        };
        let CpythonSymtable::Table(theirs) = expected else {
            return Outcome::Skip("CPython's compile raises");
        };
        match case.compiled() {
            Compiled::Code(ours) if ours == theirs => Outcome::Pass,
            Compiled::Code(_) => Outcome::Fail(DIFFERS.to_string()),
            Compiled::Error(e) => Outcome::Fail(format!("taipan raises {e}")),
            Compiled::NoAst(why) => Outcome::Fail(why.clone()),
        }
    }

    fn explain(&self, failures: &mut [Failure], ctx: &Context) {
        let failures: Vec<&mut Failure> = failures
            .iter_mut()
            .filter(|f| f.detail == DIFFERS)
            .collect();
        let paths: Vec<_> = failures.iter().map(|f| ctx.root.join(&f.file)).collect();
        let theirs = match crate::conformance::driver::code_texts(&ctx.python, &paths) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("code: could not fetch CPython's code: {e}");
                return;
            }
        };
        for ((failure, path), theirs) in failures.into_iter().zip(&paths).zip(theirs) {
            let Ok(theirs) = theirs else { continue };
            let Ok(bytes) = std::fs::read(path) else {
                continue;
            };
            let Ok(text) = taipan_tokenizer::decode_source(&bytes) else {
                continue;
            };
            let name = path.to_string_lossy();
            let Ok(Ok(code)) = std::panic::catch_unwind(|| {
                taipan_codegen::compile_source(&text, &name, taipan_codegen::Mode::Exec, 0)
            }) else {
                continue;
            };
            let ours = taipan_codegen::dump::code_facts(&code);
            failure.detail = first_differing_line(&theirs, &ours);
        }
    }
}

/// The first line where the two texts differ, with the code object it belongs to.
fn first_differing_line(theirs: &str, ours: &str) -> String {
    let a: Vec<&str> = theirs.lines().collect();
    let b: Vec<&str> = ours.lines().collect();
    let Some(i) = (0..a.len().max(b.len())).find(|&i| a.get(i) != b.get(i)) else {
        return "the texts are equal".to_string();
    };
    let code = a[..i.min(a.len())]
        .iter()
        .rev()
        .find(|l| l.starts_with("== "))
        .map_or("", |l| &l[3..]);
    let cut = |s: &str| -> String { s.chars().take(100).collect() };
    format!(
        "in `{code}`: CPython `{}`, taipan `{}`",
        cut(a.get(i).unwrap_or(&"<end>")),
        cut(b.get(i).unwrap_or(&"<end>")),
    )
}

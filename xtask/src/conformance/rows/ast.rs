//! Row `ast`: for every file CPython accepts, taipan's AST (the shared parse, lowered) printed
//! as `ast.dump(tree, include_attributes=True)` hashes to the same sha1 as CPython's. A file on
//! which taipan reports an error (the parser's or the lowering's) fails here too. Skipped: files
//! CPython rejects or fails on, and files whose dump raised in CPython (`RecursionError`). For the
//! first mismatches, both sides are dumped again with `indent=1`, and the report shows the first
//! differing line, the nodes that enclose it and the source line it belongs to.

use std::panic::{AssertUnwindSafe, catch_unwind};

use sha1_smol::Sha1;
use taipan_ast::dump::{DumpOptions, dump};

use super::{Failure, Outcome, Row};
use crate::conformance::Context;
use crate::conformance::case::{Case, panic_message};
use crate::conformance::driver::CpythonParse;

pub struct Ast;

/// How many mismatching files get their first differing line looked up.
const EXPLAINED: usize = 50;

impl Row for Ast {
    fn name(&self) -> &'static str {
        "ast"
    }

    fn needs_cpython_ast(&self) -> bool {
        true
    }

    fn check(&self, case: &Case) -> Outcome {
        match &case.cpython.parse {
            CpythonParse::Accepted => {}
            CpythonParse::Rejected { .. } => return Outcome::Skip("CPython rejects"),
            CpythonParse::Crashed => return Outcome::Skip("CPython crashed"),
        }
        let expected = match &case.cpython.ast {
            Some(Ok(sha1)) => sha1,
            Some(Err(_)) => return Outcome::Skip("CPython's ast.dump raises"),
            None => return Outcome::Fail("driver.py sent no AST hash".to_string()),
        };
        let lowered = match case.lowered() {
            Ok(lowered) => lowered,
            Err(why) => return Outcome::Fail(why.to_string()),
        };
        let ours = catch_unwind(AssertUnwindSafe(|| {
            let text = dump(&lowered.ast, &DumpOptions::with_attributes());
            Sha1::from(text.as_bytes()).digest().to_string()
        }));
        match ours {
            Err(payload) => Outcome::Fail(format!(
                "dump panicked: {}",
                panic_message(payload.as_ref())
            )),
            Ok(ours) if ours == *expected => Outcome::Pass,
            Ok(_) => Outcome::Fail("dump differs".to_string()),
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
            .filter(|f| f.detail == "dump differs")
            .collect();
        let paths: Vec<_> = failures.iter().map(|f| ctx.root.join(&f.file)).collect();
        let theirs = match crate::conformance::driver::ast_texts(&ctx.python, &paths) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("ast: could not fetch CPython's dumps: {e}");
                return;
            }
        };
        let options = DumpOptions {
            include_attributes: true,
            indent: Some(" ".to_string()),
        };
        for ((failure, path), theirs) in failures.into_iter().zip(&paths).zip(theirs) {
            let Ok(bytes) = std::fs::read(path) else {
                continue;
            };
            let Ok(text) = taipan_tokenizer::decode_source(&bytes) else {
                continue;
            };
            let Ok(ours) =
                catch_unwind(|| dump(&taipan_ast::parse_module(&text).ast, &options) + "\n")
            else {
                continue;
            };
            failure.detail = match theirs {
                Err(e) => format!("CPython's indented dump raises {e}"),
                Ok(theirs) => first_differing_line(&theirs, &ours),
            };
        }
    }
}

/// The first line where two indented dumps differ, with the lines of the nodes enclosing it and
/// the source line (the `lineno=` among the fields of CPython's node there).
fn first_differing_line(theirs: &str, ours: &str) -> String {
    let a: Vec<&str> = theirs.lines().collect();
    let b: Vec<&str> = ours.lines().collect();
    let Some(i) = (0..a.len().max(b.len())).find(|&i| a.get(i) != b.get(i)) else {
        return "the indented dumps are equal (the one-line dumps differ)".to_string();
    };
    let depth = |line: &str| line.len() - line.trim_start().len();
    let here = a.get(i).or(b.get(i)).map_or(0, |l| depth(l));
    let mut enclosing = Vec::new();
    let mut level = here;
    for line in a[..i.min(a.len())].iter().rev() {
        if depth(line) < level {
            level = depth(line);
            enclosing.push(line.trim());
            if level == 0 || enclosing.len() == 4 {
                break;
            }
        }
    }
    enclosing.reverse();
    // The node's own fields are the lines at its depth, before and after the differing one.
    let at = i.min(a.len());
    let before = a[..at].iter().rev().take_while(|l| depth(l) >= here);
    let after = a[at..].iter().take_while(|l| depth(l) >= here);
    let source_line = before
        .chain(after)
        .filter(|l| depth(l) == here)
        .find_map(|l| l.trim().strip_prefix("lineno="))
        .map(|n| format!(", source line {}", n.trim_end_matches([',', ')'])))
        .unwrap_or_default();
    format!(
        "dump line {}{source_line}, in `{}`: CPython `{}`, taipan `{}`",
        i + 1,
        enclosing.join(" "),
        a.get(i).map_or("<end>", |l| l.trim()),
        b.get(i).map_or("<end>", |l| l.trim()),
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn first_differing_line_names_the_enclosing_nodes_and_source_line() {
        let theirs = "Module(\n body=[\n  Expr(\n   value=Name(\n    id='x',\n    ctx=Load(),\n    lineno=3,\n    col_offset=0),\n   lineno=3)],\n type_ignores=[])\n";
        let ours = theirs.replace("col_offset=0", "col_offset=1");
        assert_eq!(
            super::first_differing_line(theirs, &ours),
            "dump line 8, source line 3, in `Module( body=[ Expr( value=Name(`: CPython `col_offset=0),`, taipan `col_offset=1),`"
        );
    }
}

//! Row `tokens`: taipan's tokens, mapped to what Python's `tokenize` module shows (see
//! `token_text`), hash to the same sha1 as tokenize's. Files tokenize.py raises on are skipped
//! (it is not a reference there: it stops at the first problem), and so are files CPython
//! rejects and in which taipan's tokenizer finds errors: tokenize.py's regular expressions are no
//! model of the C tokenizer's errors (it reads `0377` as two numbers, for one). For the first mismatches, the
//! full token texts are fetched from CPython and the first differing token is shown.

use sha1_smol::Sha1;

use super::{Failure, Outcome, Row};
use crate::conformance::Context;
use crate::conformance::case::Case;
use crate::conformance::driver::CpythonParse;
use crate::conformance::token_text::token_text;

pub struct Tokens;

/// How many mismatching files get their first differing token looked up.
const EXPLAINED: usize = 50;

impl Row for Tokens {
    fn name(&self) -> &'static str {
        "tokens"
    }

    fn check(&self, case: &Case) -> Outcome {
        let Ok(expected) = &case.cpython.tokens else {
            return Outcome::Skip("tokenize.py raises");
        };
        let text = match &case.decoded {
            Ok(text) => text,
            Err(e) => return Outcome::Fail(format!("taipan cannot decode: {e}")),
        };
        let tokens = taipan_tokenizer::tokenize(text);
        if !tokens.errors.is_empty() && matches!(case.cpython.parse, CpythonParse::Rejected { .. })
        {
            return Outcome::Skip(
                "invalid source: CPython rejects it, taipan's tokenizer reports errors",
            );
        }
        let ours = token_text(text, &tokens.tokens);
        if Sha1::from(ours.as_bytes()).digest().to_string() == *expected {
            Outcome::Pass
        } else {
            Outcome::Fail("token text differs".to_string())
        }
    }

    fn explain(&self, failures: &mut [Failure], ctx: &Context) {
        let n = if ctx.verbose {
            failures.len()
        } else {
            failures.len().min(EXPLAINED)
        };
        let failures = &mut failures[..n];
        let paths: Vec<_> = failures.iter().map(|f| ctx.root.join(&f.file)).collect();
        let theirs = match crate::conformance::driver::token_texts(&ctx.python, &paths) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("tokens: could not fetch CPython's token texts: {e}");
                return;
            }
        };
        for ((failure, path), theirs) in failures.iter_mut().zip(&paths).zip(theirs) {
            let Ok(bytes) = std::fs::read(path) else {
                continue;
            };
            let Ok(text) = taipan_tokenizer::decode_source(&bytes) else {
                continue;
            };
            let ours = token_text(&text, &taipan_tokenizer::tokenize(&text).tokens);
            failure.detail = match theirs {
                Err(e) => format!("tokenize.py now raises {e}"),
                Ok(theirs) => first_differing_token(&theirs, &ours),
            };
        }
    }
}

fn first_differing_token(theirs: &str, ours: &str) -> String {
    let mut a = theirs.lines();
    let mut b = ours.lines();
    let mut i = 1;
    loop {
        match (a.next(), b.next()) {
            (None, None) => return "token texts equal now".to_string(),
            (x, y) if x == y => i += 1,
            (x, y) => {
                return format!(
                    "token {i}: tokenize `{}`, taipan `{}`",
                    x.unwrap_or("<end>"),
                    y.unwrap_or("<end>")
                );
            }
        }
    }
}

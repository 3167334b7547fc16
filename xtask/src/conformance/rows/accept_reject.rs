//! Row `accept/reject`: a file CPython's `compile(..., PyCF_ONLY_AST)` accepts parses with no
//! error; a file it rejects gives an error (decoding or syntax) whose first one is on CPython's
//! line. CPython gives line 0 for some decoding errors (an unknown or failing declared
//! encoding): then any error counts. Files on which CPython itself fails (`RecursionError`,
//! ...) are skipped.

use super::{Outcome, Row};
use crate::conformance::case::{Case, ParseOutcome};
use crate::conformance::driver::CpythonParse;

pub struct AcceptReject;

impl Row for AcceptReject {
    fn name(&self) -> &'static str {
        "accept/reject"
    }

    fn check(&self, case: &Case) -> Outcome {
        let ours: Result<Option<(u32, String)>, String> = match &case.decoded {
            Err(e) => Ok(Some((e.line, e.message.clone()))),
            Ok(_) => match case.parse() {
                Some(ParseOutcome::Parsed { first_error, .. }) => Ok(first_error.clone()),
                Some(ParseOutcome::Panicked(message)) => Err(format!("parser panicked: {message}")),
                None => Ok(None),
            },
        };
        let ours = match ours {
            Ok(ours) => ours,
            Err(message) => return Outcome::Fail(message),
        };
        match (&case.cpython.parse, ours) {
            (CpythonParse::Crashed, _) => Outcome::Skip("CPython crashed"),
            (CpythonParse::Accepted, None) => Outcome::Pass,
            (CpythonParse::Accepted, Some((line, message))) => {
                Outcome::Fail(format!("CPython accepts; taipan: line {line}: {message}"))
            }
            (
                CpythonParse::Rejected {
                    class,
                    line,
                    message,
                },
                None,
            ) => Outcome::Fail(format!(
                "CPython: {class} line {line}: {message}; taipan accepts"
            )),
            (CpythonParse::Rejected { line, .. }, Some((our_line, _)))
                if *line == 0 || *line == our_line =>
            {
                Outcome::Pass
            }
            (
                CpythonParse::Rejected {
                    class,
                    line,
                    message,
                },
                Some((our_line, ours)),
            ) => Outcome::Fail(format!(
                "CPython: {class} line {line}: {message}; taipan: line {our_line}: {ours}"
            )),
        }
    }
}

//! Row `round trip`: the lossless tree's text equals the decoded source, character for
//! character (for UTF-8 files, byte for byte with the file). Files taipan cannot decode are
//! skipped here: they have no text to round-trip, and the accept/reject row checks that taipan
//! rejects them on CPython's line.

use super::{Outcome, Row};
use crate::conformance::case::{Case, ParseOutcome};

pub struct RoundTrip;

impl Row for RoundTrip {
    fn name(&self) -> &'static str {
        "round trip"
    }

    fn check(&self, case: &Case) -> Outcome {
        match case.parse() {
            None => Outcome::Skip("not decodable"),
            Some(ParseOutcome::Panicked(message)) => {
                Outcome::Fail(format!("parser panicked: {message}"))
            }
            Some(ParseOutcome::Parsed {
                tree_text_mismatch: Some(diff),
                ..
            }) => Outcome::Fail(diff.clone()),
            Some(ParseOutcome::Parsed {
                tree_text_mismatch: None,
                ..
            }) => Outcome::Pass,
        }
    }
}

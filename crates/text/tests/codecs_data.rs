//! Replays `tests/data/text/codecs.txt` (`bytes.decode`/`str.encode` with every built-in
//! error handler, CPython 3.11's results and UnicodeError fields, written by
//! `crates/text/tools/gen_codecs.py`) through taipan-text's codecs.

mod common;

use common::{check, parse_lit, repr};
use taipan_text::codecs::{self, CodecError};

fn show(e: CodecError) -> String {
    match &e {
        CodecError::Unicode(u) => {
            format!("{} [{},{},{}]", e.to_pyerr(), u.start, u.end, u.encoding)
        }
        CodecError::Other(err) => err.to_string(),
    }
}

fn run(fields: &[String]) -> String {
    let input = parse_lit(&fields[1]);
    let (name, errors) = (fields[2].as_str(), fields[3].as_str());
    match fields[0].as_str() {
        "decode" => codecs::decode_by_name(input.bytes(), name, errors)
            .map_or_else(show, |s| repr(&s, false)),
        _ => codecs::encode_by_name(input.bytes(), name, errors)
            .map_or_else(show, |b| repr(&b, true)),
    }
}

#[test]
fn codecs_equal_cpython() {
    check("codecs.txt", run);
}

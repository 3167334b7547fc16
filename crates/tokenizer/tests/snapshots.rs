//! Snapshot tests as data: every `tests/data/tokenizer/*.py` gives a token listing (kind, byte
//! range, text, then the errors) checked against `snapshots/`, and every
//! `tests/data/tokenizer/encoding/*.py` the result of `decode_source`. Each listing was reviewed
//! against `python3 -m tokenize` and CPython's error for the file.

use taipan_tokenizer::{decode_source, tokenize};

#[test]
fn tokens() {
    insta::glob!("../../../tests/data/tokenizer", "*.py", |path| {
        let bytes = std::fs::read(path).expect("readable test file");
        let text = String::from_utf8(bytes).expect("token test files are UTF-8");
        let tokens = tokenize(&text);
        let concat: String = tokens.tokens.iter().map(|t| t.text(&text)).collect();
        assert_eq!(concat, text, "tokens must cover the source exactly");
        insta::assert_snapshot!(tokens.dump(&text));
    });
}

#[test]
fn decoding() {
    insta::glob!("../../../tests/data/tokenizer/encoding", "*.py", |path| {
        let bytes = std::fs::read(path).expect("readable test file");
        let listing = match decode_source(&bytes) {
            Ok(text) => format!("ok {:?}", text),
            Err(e) => format!("error at line {}, byte {}: {}", e.line, e.offset, e.message),
        };
        insta::assert_snapshot!(listing);
    });
}

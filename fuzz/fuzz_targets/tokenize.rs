//! Fuzz target: arbitrary bytes, decoded as CPython would (or lossily when that fails), through
//! `tokenize`. It must not panic, its tokens must tile the source exactly (so their texts
//! concatenate to it) and end with `EndMarker`, and every error must lie within the source.

#![no_main]

use libfuzzer_sys::fuzz_target;
use taipan_tokenizer::{TokenKind, decode_source, tokenize};

fuzz_target!(|data: &[u8]| {
    let text = match decode_source(data) {
        Ok(text) => text,
        Err(_) => String::from_utf8_lossy(data),
    };
    let out = tokenize(&text);
    let mut at = 0usize;
    for token in &out.tokens {
        assert_eq!(token.start as usize, at, "gap or overlap before {token:?}");
        at = token.end() as usize;
        assert!(text.is_char_boundary(at), "{token:?} ends inside a character");
    }
    assert_eq!(at, text.len(), "tokens stop short of the end");
    assert_eq!(out.tokens.last().map(|t| t.kind), Some(TokenKind::EndMarker));
    for error in &out.errors {
        assert!((error.offset + error.len) as usize <= text.len(), "{error:?} out of bounds");
    }
});

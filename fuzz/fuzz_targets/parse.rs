//! Fuzz target: arbitrary bytes, decoded as CPython would (or lossily when that fails), through
//! `parse`. It must not panic, the tree's text must equal the source byte for byte, and every
//! error range must lie within the source.

#![no_main]

use libfuzzer_sys::fuzz_target;
use taipan_tokenizer::decode_source;

fuzz_target!(|data: &[u8]| {
    let text = match decode_source(data) {
        Ok(text) => text,
        Err(_) => String::from_utf8_lossy(data),
    };
    let parse = taipan_syntax::parse(&text);
    assert_eq!(parse.green().to_string(), *text, "the tree is not lossless");
    for error in parse.errors() {
        assert!(usize::from(error.range.end()) <= text.len(), "{error:?} out of bounds");
    }
});

//! Properties that must hold for any input: no panic, tokens that tile the source exactly in
//! order, a final `EndMarker`, balanced `Indent`/`Dedent`. Checked on the data files and on
//! generated garbage built from the fragments most likely to upset a Python lexer; and
//! `decode_source` never panics on arbitrary bytes.

use taipan_tokenizer::{TokenKind, decode_source, tokenize};

fn check(source: &str) {
    let tokens = tokenize(source);
    let mut at = 0u32;
    let mut depth = 0i64;
    for t in &tokens.tokens {
        assert_eq!(t.start, at, "gap or overlap at {at} in {source:?}");
        at = t.end();
        match t.kind {
            TokenKind::Indent => depth += 1,
            TokenKind::Dedent => depth -= 1,
            _ => {}
        }
        assert!(depth >= 0, "more dedents than indents in {source:?}");
    }
    assert_eq!(at as usize, source.len(), "tokens stop short in {source:?}");
    assert_eq!(depth, 0, "unbalanced indentation in {source:?}");
    assert_eq!(
        tokens.tokens.last().map(|t| t.kind),
        Some(TokenKind::EndMarker)
    );
    for e in &tokens.errors {
        assert!(
            (e.offset + e.len) as usize <= source.len(),
            "error past the end in {source:?}"
        );
    }
}

#[test]
fn data_files_tile_the_source() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/data/tokenizer");
    for entry in std::fs::read_dir(dir).expect("test data directory") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "py") {
            let bytes = std::fs::read(&path).expect("readable");
            check(&String::from_utf8_lossy(&bytes));
        }
    }
}

const FRAGMENTS: &[&str] = &[
    "'", "\"", "'''", "\"\"\"", "f'", "f\"", "rb'", "f'''", "{", "}", "{{", "}}", "(", ")", "[",
    "]", ":", "=", "!", "!r", "#", "\\", "\\\n", "\n", "\r", "\r\n", "\t", " ", "    ", "\x0c",
    "0", "0x", "0o", "0b", "1_", "1.", ".5", "e", "j", "_", "x", "if", "€", "\u{a0}", "\u{feff}",
    "é", "\u{5b4}", "\0", "$", "...", "->", "**=", "//", "<>", ":=", "\\N{", "\x0b",
];

#[test]
fn generated_garbage() {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..20_000 {
        let len = (next() % 40) as usize;
        let mut s = String::new();
        for _ in 0..len {
            s.push_str(FRAGMENTS[(next() % FRAGMENTS.len() as u64) as usize]);
        }
        check(&s);
    }
}

#[test]
fn decode_never_panics() {
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let prefixes: &[&[u8]] = &[
        b"",
        b"\xef\xbb\xbf",
        b"# coding: latin-1\n",
        b"#\n# coding=koi8-r\n",
        b"# coding: ascii\n",
    ];
    for _ in 0..20_000 {
        let mut bytes = prefixes[(next() % prefixes.len() as u64) as usize].to_vec();
        for _ in 0..(next() % 30) {
            bytes.push((next() % 256) as u8);
        }
        if let Ok(text) = decode_source(&bytes) {
            check(&text);
        }
    }
}

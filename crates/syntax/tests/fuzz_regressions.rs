//! Replays every input saved under `fuzz/regressions/` (crashes the fuzz targets once found)
//! through `tokenize` and `parse`, checking what the fuzz targets check: no panic, tokens that
//! tile the source and end with `EndMarker`, a lossless tree, errors within the source.

use std::path::PathBuf;

use taipan_tokenizer::{TokenKind, decode_source, tokenize};

fn regression_inputs() -> Vec<PathBuf> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fuzz/regressions");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.is_file() && p.file_name().is_some_and(|n| n != "README.md"));
    files.sort();
    files
}

/// Returns a description of the first property `data` breaks, if any.
fn check(data: &[u8]) -> Option<String> {
    let text = match decode_source(data) {
        Ok(text) => text,
        Err(_) => String::from_utf8_lossy(data),
    };
    let tokens = tokenize(&text);
    let mut at = 0usize;
    for token in &tokens.tokens {
        if token.start as usize != at || !text.is_char_boundary(token.end() as usize) {
            return Some(format!("tokens do not tile the source at {token:?}"));
        }
        at = token.end() as usize;
    }
    if at != text.len() || tokens.tokens.last().map(|t| t.kind) != Some(TokenKind::EndMarker) {
        return Some("tokens do not reach the end, or no EndMarker".to_owned());
    }
    if let Some(e) = tokens
        .errors
        .iter()
        .find(|e| (e.offset + e.len) as usize > text.len())
    {
        return Some(format!("token error out of bounds: {e:?}"));
    }
    let parse = taipan_syntax::parse(&text);
    if parse.green().to_string() != *text {
        return Some("the tree is not lossless".to_owned());
    }
    if let Some(e) = parse
        .errors()
        .iter()
        .find(|e| usize::from(e.range.end()) > text.len())
    {
        return Some(format!("syntax error out of bounds: {e:?}"));
    }
    None
}

#[test]
fn fuzz_regressions_hold() {
    let mut failures = Vec::new();
    for path in regression_inputs() {
        let data = std::fs::read(&path).expect("readable");
        let outcome = std::panic::catch_unwind(|| check(&data))
            .unwrap_or_else(|_| Some("panicked".to_owned()));
        if let Some(problem) = outcome {
            failures.push(format!("{}: {problem}", path.display()));
        }
    }
    assert!(
        failures.is_empty(),
        "fuzz regressions fail:\n{}",
        failures.join("\n")
    );
}

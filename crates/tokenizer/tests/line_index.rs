//! `LineIndex` on every data file and on line-end edge cases: offsets and (line, column) pairs
//! convert back and forth, in bytes and in code points, and lines break at `\n`, `\r\n`, `\r`.

use taipan_tokenizer::{LineCol, LineIndex};

fn round_trips(text: &str) {
    let index = LineIndex::new(text);
    for (offset, _) in text.char_indices().chain([(text.len(), ' ')]) {
        let offset = offset as u32;
        let bytes = index.line_col(offset);
        assert_eq!(
            index.offset(bytes),
            Some(offset),
            "bytes at {offset} in {text:?}"
        );
        let chars = index.line_col_chars(text, offset);
        assert_eq!(chars.line, bytes.line);
        assert_eq!(
            index.offset_chars(text, chars),
            Some(offset),
            "chars at {offset} in {text:?}"
        );
    }
}

#[test]
fn data_files_round_trip() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/data/tokenizer");
    for entry in std::fs::read_dir(dir).expect("test data directory") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "py") {
            round_trips(&String::from_utf8_lossy(
                &std::fs::read(&path).expect("readable"),
            ));
        }
    }
}

#[test]
fn line_ends() {
    let text = "a\nb\r\nc\rdé€\n";
    let index = LineIndex::new(text);
    assert_eq!(index.line_count(), 5);
    let starts: Vec<_> = (0..5).map(|l| index.line_start(l)).collect();
    assert_eq!(starts, [Some(0), Some(2), Some(5), Some(7), Some(14)]);
    // `\r\n` is one line end: its `\n` is still on line 1.
    assert_eq!(index.line_col(4), LineCol { line: 1, col: 2 });
    // 'é' is two bytes, one code point.
    let euro = text.find('€').unwrap() as u32;
    assert_eq!(index.line_col(euro), LineCol { line: 3, col: 3 });
    assert_eq!(
        index.line_col_chars(text, euro),
        LineCol { line: 3, col: 2 }
    );
    assert_eq!(index.offset(LineCol { line: 9, col: 0 }), None);
    assert_eq!(index.offset(LineCol { line: 0, col: 5 }), None);
    round_trips(text);
    round_trips("");
    round_trips("\r\r\n\n");
}

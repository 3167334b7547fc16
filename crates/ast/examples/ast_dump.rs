//! Prints `ast.dump(ast.parse(source), include_attributes=True)` of each file given (or, with
//! `--indent`, `ast.dump(..., indent=2)`), then its errors on stderr: a debugging aid and the
//! tool of `tools/compare.py`.

use taipan_ast::dump::{DumpOptions, dump};

fn main() {
    let mut options = DumpOptions::with_attributes();
    for arg in std::env::args().skip(1) {
        if arg == "--indent" {
            options = DumpOptions::indented(2);
            continue;
        }
        let bytes = std::fs::read(&arg).unwrap_or_default();
        let text = match taipan_tokenizer::decode_source(&bytes) {
            Ok(text) => text,
            Err(_) => String::from_utf8_lossy(&bytes),
        };
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        let lowered = taipan_ast::parse_module(text);
        println!("{}", dump(&lowered.ast, &options));
        for e in &lowered.errors {
            eprintln!("{arg}: {:?}: {}", e.range, e.message);
        }
    }
}

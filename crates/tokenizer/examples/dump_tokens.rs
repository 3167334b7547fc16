//! Prints the token listing of a file: `cargo run -p taipan-tokenizer --example dump_tokens FILE`.
fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: dump_tokens FILE");
        std::process::exit(2);
    };
    let bytes = std::fs::read(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(2)
    });
    match taipan_tokenizer::decode_source(&bytes) {
        Ok(text) => print!("{}", taipan_tokenizer::tokenize(&text).dump(&text)),
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    }
}

//! Times tokenizing and parsing `n` nested `if` blocks (a quick check for quadratic behaviour).

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(3000);
    let mut text = String::new();
    for i in 0..n {
        text.push_str(&" ".repeat(i));
        text.push_str("if x:\n");
    }
    text.push_str(&" ".repeat(n));
    text.push_str("pass\n");
    let t0 = std::time::Instant::now();
    let tokens = taipan_tokenizer::tokenize(&text);
    let t1 = std::time::Instant::now();
    let parse = taipan_syntax::parse_tokens(&text, &tokens);
    let t2 = std::time::Instant::now();
    println!(
        "{} bytes: tokenize {:?}, parse {:?}, {} tokens, {} errors, first {:?}",
        text.len(),
        t1 - t0,
        t2 - t1,
        tokens.tokens.len(),
        parse.errors().len(),
        parse.errors().first()
    );
}

//! Times parsing (source to lossless tree) and lowering (tree to AST) separately over the `.py`
//! files of the directories given, single thread: `cargo run --release -p taipan-ast --example
//! lower_bench -- DIR...`. A measuring aid until `cargo xtask bench parse` has an AST row.

use std::time::{Duration, Instant};

fn walk(dir: &std::path::Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|x| x == "py")
            && let Ok(bytes) = std::fs::read(&p)
            && let Ok(text) = taipan_tokenizer::decode_source(&bytes)
        {
            out.push(text.into_owned());
        }
    }
}

fn main() {
    let mut sources = Vec::new();
    for arg in std::env::args().skip(1) {
        walk(std::path::Path::new(&arg), &mut sources);
    }
    let bytes: usize = sources.iter().map(String::len).sum();
    let (mut parse_time, mut lower_time) = (Duration::ZERO, Duration::ZERO);
    let mut nodes = 0;
    for text in &sources {
        let t0 = Instant::now();
        let parse = taipan_syntax::parse(text);
        let root = parse.syntax_node();
        let t1 = Instant::now();
        let lowered = taipan_ast::lower_module(&root, text);
        let t2 = Instant::now();
        nodes += lowered.ast.exprs.len() + lowered.ast.stmts.len();
        parse_time += t1 - t0;
        lower_time += t2 - t1;
    }
    let mb = bytes as f64 / 1e6;
    println!("{} files, {mb:.1} MB, {nodes} AST nodes", sources.len());
    println!(
        "parse: {:.2} s, {:.1} MB/s",
        parse_time.as_secs_f64(),
        mb / parse_time.as_secs_f64()
    );
    println!(
        "lower: {:.2} s, {:.1} MB/s",
        lower_time.as_secs_f64(),
        mb / lower_time.as_secs_f64()
    );
    let total = parse_time + lower_time;
    println!("source to AST: {:.1} MB/s", mb / total.as_secs_f64());
}

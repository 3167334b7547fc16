//! Prints the symbol table dump of each file named on the command line (or the error building it
//! raises), for comparing with CPython's `symtable` module by hand; with `--code`, the block
//! facts that the compiler copies into code objects (`dump::code_facts`) instead:
//! `cargo run -p taipan-codegen --example symtable -- [--code] FILE.py...`. With `--time`, it
//! prints nothing per file but the time spent parsing (with lowering) and building the tables
//! of all the files (`REPEAT=n` in the environment builds each table n times, for profiling).

use taipan_codegen::symtable::SymbolTable;
use taipan_codegen::symtable::dump::{code_facts, dump};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let facts = args.iter().any(|a| a == "--code");
    let paths = args.iter().filter(|a| !a.starts_with("--"));
    if args.iter().any(|a| a == "--time") {
        let repeat = std::env::var("REPEAT").ok().and_then(|r| r.parse().ok());
        return time(paths, repeat.unwrap_or(1).max(1));
    }
    for path in paths {
        let Ok(bytes) = std::fs::read(path) else {
            eprintln!("{path}: cannot read");
            continue;
        };
        let Ok(text) = taipan_tokenizer::decode_source(&bytes) else {
            eprintln!("{path}: cannot decode");
            continue;
        };
        let lowered = taipan_ast::parse_module(&text);
        if let Some(e) = lowered.errors.first() {
            println!("parse error: {}", e.message);
            continue;
        }
        match SymbolTable::new(&lowered.ast) {
            Ok(table) if facts => print!("{}", code_facts(&table)),
            Ok(table) => print!("{}", dump(&table)),
            Err(e) => {
                let eo = e.end_offset.map_or("None".into(), |o| o.to_string());
                println!(
                    "{:?} line {} col {} end {} {eo}: {}",
                    e.kind, e.lineno, e.offset, e.end_lineno, e.message
                );
            }
        }
    }
}

/// `repeat` builds per table, for profiling (the time printed is per build).
fn time<'a>(paths: impl Iterator<Item = &'a String>, repeat: u32) {
    let (mut parse, mut table, mut bytes, mut files) = (0.0, 0.0, 0, 0);
    for path in paths {
        let Ok(bytes_read) = std::fs::read(path) else {
            continue;
        };
        let Ok(text) = taipan_tokenizer::decode_source(&bytes_read) else {
            continue;
        };
        let start = std::time::Instant::now();
        let lowered = taipan_ast::parse_module(&text);
        let parsed = std::time::Instant::now();
        let built = SymbolTable::new(&lowered.ast);
        for _ in 1..repeat {
            drop(SymbolTable::new(&lowered.ast));
        }
        table += parsed.elapsed().as_secs_f64() / repeat as f64;
        parse += (parsed - start).as_secs_f64();
        bytes += bytes_read.len();
        files += 1;
        drop(built);
    }
    println!(
        "{files} files, {:.1} MB: parse and lower {parse:.3} s, symbol tables {table:.3} s ({:.1} MB/s)",
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / table
    );
}

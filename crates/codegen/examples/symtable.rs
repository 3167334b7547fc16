//! Prints the symbol table dump of each file named on the command line (or the error building it
//! raises), for comparing with CPython's `symtable` module by hand; with `--code`, the block
//! facts that the compiler copies into code objects (`dump::code_facts`) instead:
//! `cargo run -p taipan-codegen --example symtable -- [--code] FILE.py...`.

use taipan_codegen::symtable::SymbolTable;
use taipan_codegen::symtable::dump::{code_facts, dump};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let facts = args.iter().any(|a| a == "--code");
    for path in args.into_iter().filter(|a| a != "--code") {
        let Ok(bytes) = std::fs::read(&path) else {
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

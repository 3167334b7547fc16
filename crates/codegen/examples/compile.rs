//! `cargo run -p taipan-codegen --example compile -- FILE [--dis]`: the canonical code text
//! of a file (`dump::code_text`), or only its `dis` with `--dis`; the compile error otherwise.
//! `--batch`: file paths on stdin, one `path sha1-of-code_facts` (or `path !error`) line each.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--batch") {
        return batch();
    }
    let Some(path) = args.iter().find(|a| !a.starts_with("--")) else {
        eprintln!("usage: compile FILE [--dis]");
        std::process::exit(2);
    };
    let bytes = std::fs::read(path).expect("readable file");
    let text = String::from_utf8_lossy(&bytes);
    match taipan_codegen::compile_source(&text, path, taipan_codegen::Mode::Exec, 0) {
        Ok(code) => {
            if args.iter().any(|a| a == "--positions") {
                positions(&code);
            } else if args.iter().any(|a| a == "--dis") {
                print!("{}", taipan_bytecode::dis::dis(&code));
            } else {
                print!("{}", taipan_codegen::dump::code_text(&code));
            }
        }
        Err(e) => {
            println!("{e}");
            std::process::exit(1);
        }
    }
}

/// Every instruction's opcode and position, code objects in pre-order.
fn positions(code: &taipan_bytecode::CodeObject) {
    println!("# {}", code.qualname);
    let pos = code.positions();
    for (i, unit) in code.code.iter().enumerate() {
        if unit.op != taipan_bytecode::Opcode::CACHE {
            let p = pos[i];
            println!(
                "{} {:?} {:?} {:?} {:?}",
                unit.op.name(),
                p.line,
                p.end_line,
                p.col,
                p.end_col
            );
        }
    }
    for nested in code.nested() {
        positions(nested);
    }
}

fn batch() {
    use std::io::BufRead;
    for line in std::io::stdin().lock().lines() {
        let Ok(path) = line else { break };
        let Ok(bytes) = std::fs::read(&path) else {
            println!("{path} !unreadable");
            continue;
        };
        let Ok(text) = taipan_tokenizer::decode_source(&bytes) else {
            println!("{path} !decode");
            continue;
        };
        match taipan_codegen::compile_source(&text, &path, taipan_codegen::Mode::Exec, 0) {
            Ok(code) => {
                let facts = taipan_codegen::dump::code_facts(&code);
                println!(
                    "{path} {}",
                    sha1_smol::Sha1::from(facts.as_bytes()).digest()
                );
            }
            Err(e) => println!("{path} !{} {}", e.kind.name(), e.message),
        }
    }
}

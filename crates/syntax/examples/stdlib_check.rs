//! Development check over a corpus: parses every file listed in a TSV made from CPython
//! (`path \t ok|err \t line \t message`), and reports round-trip failures, files CPython accepts
//! that taipan rejects (and the reverse), first-error line mismatches, and throughput.
//! Usage: `cargo run --release -p taipan-syntax --example stdlib_check -- cpython.tsv [-v]`.

use std::time::{Duration, Instant};

fn line_of(text: &str, offset: usize) -> usize {
    let b = &text.as_bytes()[..offset.min(text.len())];
    let mut line = 1;
    for (i, &c) in b.iter().enumerate() {
        if c == b'\n' || (c == b'\r' && b.get(i + 1) != Some(&b'\n')) {
            line += 1;
        }
    }
    line
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let list = std::fs::read_to_string(&args[1]).expect("tsv");
    let verbose = args.iter().any(|a| a == "-v");
    let (mut files, mut bytes) = (0usize, 0usize);
    let (mut tok_time, mut parse_time) = (Duration::ZERO, Duration::ZERO);
    let (
        mut roundtrip_bad,
        mut false_reject,
        mut false_accept,
        mut line_bad,
        mut msg_bad,
        mut panics,
    ) = (0, 0, 0, 0, 0, 0);
    for row in list.lines() {
        let cols: Vec<&str> = row.split('\t').collect();
        if cols.len() < 4 {
            continue;
        }
        let (path, status, cline, cmsg) = (cols[0], cols[1], cols[2], cols[3]);
        let Ok(raw) = std::fs::read(path) else {
            continue;
        };
        let text = match taipan_tokenizer::decode_source(&raw) {
            Ok(t) => t.into_owned(),
            Err(e) => {
                if status == "ok" {
                    false_reject += 1;
                    println!("REJECT(decode) {path}:{}: {}", e.line, e.message);
                }
                continue;
            }
        };
        files += 1;
        bytes += text.len();
        let res = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let t0 = Instant::now();
            let tokens = taipan_tokenizer::tokenize(&text);
            let t1 = Instant::now();
            let parse = taipan_syntax::parse_tokens(&text, &tokens);
            let t2 = Instant::now();
            (parse, t1 - t0, t2 - t1)
        }));
        let Ok((parse, dt_tok, dt_parse)) = res else {
            panics += 1;
            println!("PANIC {path}");
            continue;
        };
        tok_time += dt_tok;
        parse_time += dt_parse;
        let root = parse.syntax_node();
        if root.text() != text.as_str() {
            roundtrip_bad += 1;
            println!("ROUNDTRIP {path}");
        }
        let first = parse.errors().first();
        match (status, first) {
            ("ok", Some(e)) => {
                false_reject += 1;
                let line = line_of(&text, u32::from(e.range.start()) as usize);
                println!("REJECT {path}:{line}: {}", e.message);
            }
            ("err", None) => {
                false_accept += 1;
                println!("ACCEPT {path}: cpython {cline}: {cmsg}");
            }
            ("err", Some(e)) => {
                let line = line_of(&text, u32::from(e.range.start()) as usize);
                if line.to_string() != cline {
                    line_bad += 1;
                    println!(
                        "LINE {path}: taipan {line}: {} / cpython {cline}: {cmsg}",
                        e.message
                    );
                } else if !cmsg.ends_with(&e.message) {
                    msg_bad += 1;
                    if verbose {
                        println!("MSG {path}:{line}: taipan {} / cpython {cmsg}", e.message);
                    }
                }
            }
            _ => {}
        }
    }
    let mb = bytes as f64 / 1e6;
    println!(
        "files {files} ({mb:.1} MB): roundtrip failures {roundtrip_bad}, false rejects {false_reject}, \
         false accepts {false_accept}, wrong error line {line_bad}, other message {msg_bad}, panics {panics}"
    );
    println!(
        "tokenize {:.1} MB/s, parse+tree {:.1} MB/s, both {:.1} MB/s",
        mb / tok_time.as_secs_f64(),
        mb / parse_time.as_secs_f64(),
        mb / (tok_time + parse_time).as_secs_f64()
    );
}

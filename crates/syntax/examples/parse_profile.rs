//! Profiling driver for callgrind and perf: tokenizes or parses the given files a number of
//! times and prints the bytes and wall time, so instruction counts can be compared per change.
//! Usage: `parse_profile tokenize|parse|drop|digest REPEAT FILE...` (`parse` keeps the trees
//! of a pass alive, never freed; `drop` frees each tree in the loop; `digest` prints a hash of
//! every tree's debug dump and errors, to check that a change leaves the trees as they were).
//! FILE may be `@LIST`, a file of paths one a line.

use std::time::Instant;

/// The allocator the benchmark (`cargo xtask bench parse`) and the CLI use.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(mode), Some(repeat)) = (args.first(), args.get(1)) else {
        eprintln!("usage: parse_profile tokenize|parse|drop REPEAT FILE...");
        std::process::exit(2);
    };
    let repeat: usize = repeat.parse().unwrap_or(1);
    let paths: Vec<String> = args[2..]
        .iter()
        .flat_map(|a| match a.strip_prefix('@') {
            Some(list) => std::fs::read_to_string(list)
                .unwrap_or_default()
                .lines()
                .map(str::to_owned)
                .collect(),
            None => vec![a.clone()],
        })
        .collect();
    let sources: Vec<String> = paths
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .filter_map(|b| {
            taipan_tokenizer::decode_source(&b)
                .ok()
                .map(|t| t.into_owned())
        })
        .collect();
    let bytes: usize = sources.iter().map(String::len).sum();
    let start = Instant::now();
    let mut sink = 0usize;
    for _ in 0..repeat {
        match mode.as_str() {
            "tokenize" => {
                for s in &sources {
                    sink += std::hint::black_box(taipan_tokenizer::tokenize(s))
                        .tokens
                        .len();
                }
            }
            "parse" => {
                let trees: Vec<_> = sources.iter().map(|s| taipan_syntax::parse(s)).collect();
                sink += std::hint::black_box(&trees).len();
                std::mem::forget(trees);
            }
            "digest" => {
                let mut all = 0xcbf2_9ce4_8422_2325u64;
                for s in &sources {
                    let p = taipan_syntax::parse(s);
                    assert_eq!(p.syntax_node().to_string(), *s, "round trip");
                    let h = fnv(p.debug_dump().as_bytes());
                    all = (all ^ h).wrapping_mul(0x100_0000_01b3);
                }
                println!("digest {all:016x}");
            }
            _ => {
                for s in &sources {
                    sink += std::hint::black_box(taipan_syntax::parse(s)).errors().len();
                }
            }
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{mode}: {} files, {bytes} bytes x {repeat}: {:.3} s, {:.1} MB/s ({sink})",
        sources.len(),
        secs,
        (bytes * repeat) as f64 / secs / 1e6
    );
}

/// FNV-1a hash of `bytes`.
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

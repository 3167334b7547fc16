//! Times the optimizer over the `.py` files of the directories given (parse and lowering are
//! done first and not timed), single thread: `cargo run --release -p taipan-opt --example
//! opt_bench -- DIR...`. Prints MB/s of source optimized, without and with the change log, and
//! the changes made by kind.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use taipan_opt::{Options, optimize};

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
    let trees: Vec<_> = sources
        .iter()
        .map(|text| taipan_ast::parse_module(text).ast)
        .collect();
    let mb = bytes as f64 / 1e6;
    println!("{} files, {mb:.1} MB", sources.len());
    for log in [false, true] {
        let options = Options {
            log,
            ..Options::default()
        };
        let mut time = Duration::ZERO;
        let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
        let mut errors = 0;
        for tree in &trees {
            let mut ast = tree.clone();
            let t0 = Instant::now();
            let result = optimize(&mut ast, &options);
            time += t0.elapsed();
            errors += result.error.is_some() as usize;
            for c in &result.changes {
                *kinds.entry(c.transform.name()).or_default() += 1;
            }
        }
        println!(
            "optimize (log {}): {:.3} s, {:.0} MB/s, {errors} RecursionError(s)",
            if log { "on" } else { "off" },
            time.as_secs_f64(),
            mb / time.as_secs_f64()
        );
        if log {
            for (kind, n) in kinds {
                println!("  {kind}: {n}");
            }
        }
    }
}

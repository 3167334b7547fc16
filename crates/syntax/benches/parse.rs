//! Criterion benchmark of `parse` (tokenizing and building the lossless tree) over the fixed
//! stdlib files in `tests/data/bench/`, with throughput in bytes (`cargo bench -p taipan-syntax`).
//!
//! The cost is per token (about 500 instructions per CPython token for parse and tree, the same
//! within 5% on all four files), so MB/s follows the token density: `test_grammar.py`, short
//! statements and operators, has 4.6 bytes per token against 6.7 to 8.1 for the others, and
//! runs at about two thirds of their MB/s.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

fn inputs() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/data/bench");
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("tests/data/bench exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (
                name,
                std::fs::read_to_string(&p).expect("bench inputs are UTF-8"),
            )
        })
        .collect();
    files.sort();
    files
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse");
    for (name, text) in inputs() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(&name), &text, |b, text| {
            b.iter(|| taipan_syntax::parse(text))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

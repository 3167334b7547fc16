//! Speed of the hot text paths: `str.split()` (whitespace and a separator), `find`, `lower`,
//! `format(int)`/`format(float)` with a spec, `repr(float)`, UTF-8 decoding.
//! Run: `cargo bench -p taipan-text`.

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use taipan_text::format::{format_float, format_int};
use taipan_text::methods::{case, search, split};
use taipan_text::{IntRef, Seq, codecs, float_repr};

fn benches(c: &mut Criterion) {
    let ascii = "the quick brown fox jumps over the lazy dog, ".repeat(23); // ~1 KB
    let uni = "ünïcödé tëxt wïth äccents, ".repeat(30);
    let s = Seq::str(ascii.as_bytes());
    let u = Seq::str(uni.as_bytes());
    c.bench_function("split() 1KB ascii", |b| {
        b.iter(|| split::split(black_box(s), None, -1).unwrap().len())
    });
    c.bench_function("split() 1KB non-ascii", |b| {
        b.iter(|| split::split(black_box(u), None, -1).unwrap().len())
    });
    let comma = Seq::str(b",");
    c.bench_function("split(',') 1KB", |b| {
        b.iter(|| split::split(black_box(s), Some(comma), -1).unwrap().len())
    });
    let needle = Seq::str(b"lazy cat");
    c.bench_function("find miss 1KB", |b| {
        b.iter(|| search::find(black_box(s), needle, None, None))
    });
    c.bench_function("lower 1KB ascii", |b| {
        b.iter(|| case::lower(black_box(s)).len())
    });
    c.bench_function("lower 1KB non-ascii", |b| {
        b.iter(|| case::lower(black_box(u)).len())
    });
    c.bench_function("format(1234567, ',')", |b| {
        b.iter(|| format_int(IntRef::Small(black_box(1234567)), b",", "int"))
    });
    c.bench_function("format(x, '.2f')", |b| {
        b.iter(|| format_float(black_box(1234.5678), b".2f", "float"))
    });
    c.bench_function("repr(0.1)", |b| b.iter(|| float_repr(black_box(0.1))));
    c.bench_function("repr(1/3)", |b| b.iter(|| float_repr(black_box(1.0 / 3.0))));
    let bytes = uni.as_bytes().to_vec();
    c.bench_function("utf-8 decode 0.8KB", |b| {
        b.iter(|| {
            codecs::decode(black_box(&bytes), codecs::Codec::Utf8, "strict")
                .unwrap()
                .len()
        })
    });
}

criterion_group!(text, benches);
criterion_main!(text);

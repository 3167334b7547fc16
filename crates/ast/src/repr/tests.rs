//! Checks the reprs against CPython's, from the data files `tests/data/ast/repr/*.txt` that
//! `crates/ast/tools/gen_repr_cases.py` writes with python3.

use std::path::PathBuf;

use super::*;
use crate::PyStrBuilder;

fn data(name: &str) -> Vec<(Vec<String>, String)> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/data/ast/repr")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap();
    let fields = match name {
        "complex.txt" => 2,
        _ => 1,
    };
    text.lines()
        .map(|line| {
            let mut parts = line.splitn(fields + 1, ' ');
            let keys = (0..fields)
                .map(|_| parts.next().unwrap().to_string())
                .collect();
            (keys, parts.next().unwrap().to_string())
        })
        .collect()
}

fn f64_of(hex: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(hex, 16).unwrap())
}

fn check(name: &str, f: impl Fn(&[String]) -> String) {
    let mut failures = Vec::new();
    for (keys, want) in data(name) {
        let got = f(&keys);
        if got != want {
            failures.push(format!("{keys:?}: got {got}, want {want}"));
        }
    }
    assert!(failures.is_empty(), "{name}:\n{}", failures.join("\n"));
}

#[test]
fn floats_match_cpython() {
    check("floats.txt", |k| float_repr(f64_of(&k[0])));
}

#[test]
fn complexes_match_cpython() {
    check("complex.txt", |k| {
        complex_repr(f64_of(&k[0]), f64_of(&k[1]))
    });
}

#[test]
fn strs_match_cpython() {
    check("strs.txt", |k| {
        let mut b = PyStrBuilder::default();
        if k[0] != "-" {
            for cp in k[0].split(',') {
                b.push(u32::from_str_radix(cp, 16).unwrap());
            }
        }
        str_repr(&b.finish())
    });
}

#[test]
fn bytes_match_cpython() {
    check("bytes.txt", |k| {
        let bytes: Vec<u8> = if k[0] == "-" {
            Vec::new()
        } else {
            (0..k[0].len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&k[0][i..i + 2], 16).unwrap())
                .collect()
        };
        bytes_repr(&bytes)
    });
}

#[test]
fn containers() {
    use crate::{Constant, Int};
    let one = Constant::Int(Int::Small(1));
    assert_eq!(constant_repr(&Constant::Tuple(Box::new([]))), "()");
    assert_eq!(
        constant_repr(&Constant::Tuple(Box::new([one.clone()]))),
        "(1,)"
    );
    assert_eq!(
        constant_repr(&Constant::Tuple(Box::new([
            one.clone(),
            Constant::str("a")
        ]))),
        "(1, 'a')"
    );
    assert_eq!(
        constant_repr(&Constant::FrozenSet(Box::new([]))),
        "frozenset()"
    );
    assert_eq!(
        constant_repr(&Constant::FrozenSet(Box::new([one, Constant::None]))),
        "frozenset({1, None})"
    );
}

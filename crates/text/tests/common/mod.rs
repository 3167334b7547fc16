//! Shared by the data-driven tests: reading Python literals (`repr()` output of str, bytes, int,
//! None, bools) from the case files, and writing results back as Python's `repr()`.

#![allow(dead_code)]

use std::path::Path;

use taipan_text::pystr::push_cp;
use taipan_text::{bytes_repr, str_repr};

/// A literal of a case file.
#[derive(Clone, Debug, PartialEq)]
pub enum Lit {
    Str(Vec<u8>),
    Bytes(Vec<u8>),
    Int(i64),
    Float(f64),
    None,
    Bool(bool),
}

impl Lit {
    pub fn bytes(&self) -> &[u8] {
        match self {
            Lit::Str(b) | Lit::Bytes(b) => b,
            other => panic!("not a string: {other:?}"),
        }
    }
    pub fn int(&self) -> i64 {
        match self {
            Lit::Int(i) => *i,
            other => panic!("not an int: {other:?}"),
        }
    }
    pub fn opt_int(&self) -> Option<isize> {
        match self {
            Lit::None => None,
            other => Some(other.int() as isize),
        }
    }
    pub fn is_bytes(&self) -> bool {
        matches!(self, Lit::Bytes(_))
    }
}

/// Parses `repr()` of a str or bytes, an int, a float, `None`, `True`, `False`.
pub fn parse_lit(s: &str) -> Lit {
    match s {
        "None" => return Lit::None,
        "True" => return Lit::Bool(true),
        "False" => return Lit::Bool(false),
        _ => {}
    }
    let (is_bytes, body) = match s.strip_prefix('b') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let Some(q) = body.chars().next().filter(|&c| c == '\'' || c == '"') else {
        if let Ok(i) = s.parse() {
            return Lit::Int(i);
        }
        return Lit::Float(s.parse().unwrap_or_else(|_| panic!("bad literal {s}")));
    };
    let inner = &body[1..body.len() - 1];
    let _ = q;
    let mut out = Vec::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            push_cp(&mut out, c as u32);
            continue;
        }
        let e = chars.next().unwrap();
        let hex = |chars: &mut std::str::Chars, n: usize| {
            let h: String = chars.take(n).collect();
            u32::from_str_radix(&h, 16).unwrap()
        };
        let cp = match e {
            't' => 9,
            'n' => 10,
            'r' => 13,
            'x' => hex(&mut chars, 2),
            'u' => hex(&mut chars, 4),
            'U' => hex(&mut chars, 8),
            other => other as u32,
        };
        if is_bytes {
            out.push(cp as u8);
        } else {
            push_cp(&mut out, cp);
        }
    }
    if is_bytes {
        Lit::Bytes(out)
    } else {
        Lit::Str(out)
    }
}

/// `repr()` of a str (`bytes = false`) or bytes value.
pub fn repr(b: &[u8], bytes: bool) -> String {
    if bytes { bytes_repr(b) } else { str_repr(b) }
}

/// `repr()` of a list of str or bytes.
pub fn list_repr(items: &[&[u8]], bytes: bool) -> String {
    let inner: Vec<String> = items.iter().map(|i| repr(i, bytes)).collect();
    format!("[{}]", inner.join(", "))
}

/// Python's `repr()` of a bool.
pub fn bool_repr(b: bool) -> String {
    if b { "True".into() } else { "False".into() }
}

/// The cases of a data file: `(fields before "=>", expected)`.
pub fn cases(name: &str) -> Vec<(Vec<String>, String)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/data/text")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.is_empty())
        .map(|line| {
            let (args, expected) = line
                .split_once("\t=>\t")
                .unwrap_or_else(|| panic!("bad line {line}"));
            (
                args.split('\t').map(str::to_string).collect(),
                expected.to_string(),
            )
        })
        .collect()
}

/// Runs every case through `run` and fails listing the first mismatches.
pub fn check(name: &str, mut run: impl FnMut(&[String]) -> String) {
    let cases = cases(name);
    let mut failures = Vec::new();
    for (args, expected) in &cases {
        let got = run(args);
        if &got != expected {
            failures.push(format!(
                "{}\n   want {expected}\n   got  {got}",
                args.join(" | ")
            ));
        }
    }
    if !failures.is_empty() {
        let n = failures.len();
        failures.truncate(30);
        panic!(
            "{n} of {} cases differ:\n{}",
            cases.len(),
            failures.join("\n")
        );
    }
    eprintln!("{name}: {} cases equal CPython's", cases.len());
}

/// Reads `float.hex()` output (`-0x1.8000000000000p+0`, `inf`, `nan`) exactly.
pub fn hex_float(s: &str) -> f64 {
    let (neg, s) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s),
    };
    let v = match s {
        "inf" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            let s = s.strip_prefix("0x").unwrap();
            let (mant, exp) = s.split_once('p').unwrap();
            let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
            let bits = u64::from_str_radix(&format!("{int}{frac}"), 16).unwrap();
            let exp: i32 = exp.parse::<i32>().unwrap() - 4 * frac.len() as i32;
            // bits has at most 53 significant bits: exact; scale in two steps (subnormals)
            bits as f64 * 2f64.powi(exp / 2) * 2f64.powi(exp - exp / 2)
        }
    };
    if neg { -v } else { v }
}

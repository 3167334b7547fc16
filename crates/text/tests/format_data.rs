//! Replays `tests/data/text/format.txt` (`format(value, spec)` with CPython 3.11's results,
//! written by `crates/text/tools/gen_format.py`) through taipan-text's `__format__` functions.

mod common;

use common::{Lit, check, parse_lit, repr};
use num_bigint::BigInt;
use taipan_text::IntRef;
use taipan_text::format::{format_complex, format_float, format_int, format_str};

fn hex_float(s: &str) -> f64 {
    match s {
        "inf" => f64::INFINITY,
        "-inf" => f64::NEG_INFINITY,
        "nan" => f64::NAN,
        _ => taipan_text_test_hex(s),
    }
}

/// Reads `float.hex()` output (`-0x1.8000000000000p+0`).
fn taipan_text_test_hex(s: &str) -> f64 {
    let (neg, s) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s),
    };
    let s = s.strip_prefix("0x").unwrap();
    let (mant, exp) = s.split_once('p').unwrap();
    let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
    let mut m = u64::from_str_radix(int, 16).unwrap() as f64;
    let mut scale = 1.0 / 16.0;
    for c in frac.chars() {
        m += c.to_digit(16).unwrap() as f64 * scale;
        scale /= 16.0;
    }
    let v = m * 2f64.powi(exp.parse().unwrap());
    if neg { -v } else { v }
}

fn run(fields: &[String]) -> String {
    let spec = parse_lit(&fields[1]);
    let spec = spec.bytes();
    let v = &fields[0];
    let r = if let Some(h) = v.strip_prefix("f:") {
        format_float(hex_float(h), spec, "float")
    } else if let Some(c) = v.strip_prefix("c:") {
        let (re, im) = c.split_once(',').unwrap();
        format_complex(hex_float(re), hex_float(im), spec, "complex")
    } else {
        match parse_lit(v) {
            Lit::Str(s) => format_str(&s, spec, "str"),
            // an empty spec is str(value), which the caller computes (bool's is 'True')
            Lit::Bool(b) if spec.is_empty() => Ok(v.as_bytes().to_vec()),
            Lit::Bool(b) => format_int(IntRef::Small(b as i64), spec, "bool"),
            Lit::Int(i) => format_int(IntRef::Small(i), spec, "int"),
            _ => {
                let big: BigInt = v.parse().unwrap();
                format_int(IntRef::Big(&big), spec, "int")
            }
        }
    };
    match r {
        Ok(out) => repr(&out, false),
        Err(e) => e.to_string(),
    }
}

#[test]
fn format_equals_cpython() {
    check("format.txt", run);
}

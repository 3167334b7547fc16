//! Replays `tests/data/text/format.txt` (`format(value, spec)` with CPython 3.11's results,
//! written by `crates/text/tools/gen_format.py`) through taipan-text's `__format__` functions.

mod common;

use common::{Lit, check, hex_float, parse_lit, repr};
use num_bigint::BigInt;
use taipan_text::IntRef;
use taipan_text::format::{format_complex, format_float, format_int, format_str};

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
            Lit::Bool(_) if spec.is_empty() => Ok(v.as_bytes().to_vec()),
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

#[test]
fn float_repr_equals_cpython() {
    check("float_repr.txt", |fields| {
        taipan_text::float_repr(hex_float(&fields[0]))
    });
}

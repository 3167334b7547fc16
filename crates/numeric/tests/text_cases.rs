//! Replays `tests/data/numeric/text.txt` (written by CPython 3.11 through
//! `crates/numeric/tools/gen_text_cases.py`): hashes (str and bytes under PYTHONHASHSEED=0 and
//! 1), int()/float() parsing, round(), float.hex()/fromhex(), as_integer_ratio(),
//! to_bytes()/from_bytes(), bit_count(), str() of big ints.

#[path = "../../text/tests/common/mod.rs"]
mod common;

use common::{Lit, check, hex_float, parse_lit, repr};
use num_bigint::BigInt;
use taipan_numeric::hash::{self, HashKey};
use taipan_numeric::{Int, PyErr, floatops, intops, parse};

fn int_arg(s: &str) -> Int {
    if let Some(h) = s.strip_prefix("h:") {
        let (neg, h) = h.strip_prefix('-').map_or((false, h), |r| (true, r));
        let v = BigInt::parse_bytes(&h.as_bytes()[2..], 16).unwrap();
        return Int::from_big(if neg { -v } else { v });
    }
    match s {
        "True" => Int::Small(1),
        "False" => Int::Small(0),
        _ => Int::from_big(s.parse::<BigInt>().unwrap()),
    }
}

/// An int as the generator writes it: `repr()`, or `h:` and `hex()` past 4000 digits.
fn show_int(v: Int) -> String {
    let big = v.to_big();
    if big.bits() > 13300 {
        let (sign, mag) = if big.sign() == num_bigint::Sign::Minus {
            ("-", -big)
        } else {
            ("", big)
        };
        return format!("h:{sign}0x{mag:x}");
    }
    v.to_string()
}

fn float_arg(s: &str) -> f64 {
    hex_float(s.strip_prefix("f:").unwrap())
}

fn show_float(x: f64) -> String {
    format!("f:{}", floatops::float_hex(x))
}

fn show<T>(r: Result<T, PyErr>, f: impl FnOnce(T) -> String) -> String {
    r.map_or_else(|e| e.to_string(), f)
}

fn run(fields: &[String]) -> String {
    let a = |i: usize| fields[i].as_str();
    let zero = HashKey::from_seed(0);
    match a(0) {
        "hash_int" => hash::hash_int(&int_arg(a(1))).to_string(),
        "bit_count" => intops::bit_count(&int_arg(a(1))).to_string(),
        "round_int" => intops::round_int(&int_arg(a(1)), a(2).parse().unwrap()).to_string(),
        name if name.starts_with("to_bytes_") => {
            let little = name.contains("little");
            let signed = name.ends_with('1');
            show(
                intops::to_bytes(&int_arg(a(1)), a(2).parse().unwrap(), little, signed),
                |b| {
                    // check the way back too
                    let back = intops::from_bytes(&b, little, signed);
                    assert!(
                        b.is_empty() || back == int_arg(a(1)),
                        "from_bytes({b:?}) = {back}"
                    );
                    repr(&b, true)
                },
            )
        }
        "hash_float" => hash::hash_float(float_arg(a(1)), 0).to_string(),
        "hash_complex" => hash::hash_complex(float_arg(a(1)), float_arg(a(2)), 0).to_string(),
        "float_hex" => repr(floatops::float_hex(float_arg(a(1))).as_bytes(), false),
        "fromhex" => {
            let text = match parse_lit(a(1)) {
                Lit::Str(s) => s,
                _ => a(1).as_bytes().to_vec(),
            };
            show(floatops::float_fromhex(&text), show_float)
        }
        "as_integer_ratio" => show(floatops::as_integer_ratio(float_arg(a(1))), |(n, d)| {
            format!("({n}, {d})")
        }),
        "round0" => show(floatops::round_to_int(float_arg(a(1))), |v| v.to_string()),
        "round_float" => show(
            floatops::round_float(float_arg(a(1)), a(2).parse().unwrap()),
            show_float,
        ),
        "int_from_str" => {
            let s = parse_lit(a(1));
            show(
                parse::int_from_str(s.bytes(), a(2).parse().unwrap(), 4300),
                show_int,
            )
        }
        "int_from_bytes_literal" => {
            let s = parse_lit(a(1));
            show(
                parse::int_from_bytes_literal(s.bytes(), a(2).parse().unwrap(), 4300),
                |v| v.to_string(),
            )
        }
        "float_from_str" => show(parse::float_from_str(parse_lit(a(1)).bytes()), show_float),
        "float_from_bytes_literal" => show(
            parse::float_from_bytes_literal(parse_lit(a(1)).bytes()),
            show_float,
        ),
        "int_to_decimal" => show(intops::int_to_decimal(&int_arg(a(1)), 4300), |s| {
            repr(s.as_bytes(), false)
        }),
        "hash_str" => hash::hash_str(parse_lit(a(1)).bytes(), zero).to_string(),
        "hash_str_seed1" => {
            hash::hash_str(parse_lit(a(1)).bytes(), HashKey::from_seed(1)).to_string()
        }
        "hash_bytes" => hash::hash_bytes(parse_lit(a(1)).bytes(), zero).to_string(),
        "hash_tuple" => {
            let inner = a(1).trim_start_matches('[').trim_end_matches(']');
            let items: Vec<i64> = inner
                .split(", ")
                .filter(|s| !s.is_empty())
                .map(|s| s.parse().unwrap())
                .collect();
            hash::hash_tuple(items.into_iter()).to_string()
        }
        other => panic!("unknown function {other}"),
    }
}

#[test]
fn text_functions_equal_cpython() {
    let _ = Lit::None;
    check_numeric(run);
}

fn check_numeric(run: impl FnMut(&[String]) -> String) {
    // the case file lives in tests/data/numeric, not tests/data/text
    check("../numeric/text.txt", run);
}

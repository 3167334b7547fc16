//! `repr()` of the values a `Constant` holds, exactly as CPython 3.11 writes them. The
//! algorithms for `str`, `bytes`, `float` and `complex` live in `taipan-text` (which the object
//! model shares); this module re-exports them and adds tuples and frozensets of constants.

use std::fmt::Write;

pub use taipan_text::repr::{bytes_repr, utf8_str_repr};
pub use taipan_text::unicode::is_printable;
pub use taipan_text::{complex_repr, float_repr};

use crate::{Constant, PyStr};

/// `repr()` of a Python `str`.
pub fn str_repr(s: &PyStr) -> String {
    taipan_text::str_repr(s.as_bytes())
}

/// `repr()` of a constant.
pub fn constant_repr(c: &Constant) -> String {
    let mut out = String::new();
    write_constant_repr(&mut out, c);
    out
}

fn write_constant_repr(out: &mut String, c: &Constant) {
    match c {
        Constant::None => out.push_str("None"),
        Constant::Bool(true) => out.push_str("True"),
        Constant::Bool(false) => out.push_str("False"),
        Constant::Ellipsis => out.push_str("Ellipsis"),
        Constant::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Constant::Float(bits) => out.push_str(&float_repr(f64::from_bits(*bits))),
        Constant::Complex { real, imag } => {
            out.push_str(&complex_repr(f64::from_bits(*real), f64::from_bits(*imag)))
        }
        Constant::Str(s) => out.push_str(&str_repr(s)),
        Constant::Bytes(b) => out.push_str(&bytes_repr(b)),
        Constant::Tuple(items) => {
            out.push('(');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_constant_repr(out, item);
            }
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Constant::FrozenSet(items) => {
            out.push_str("frozenset(");
            if !items.is_empty() {
                out.push('{');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    write_constant_repr(out, item);
                }
                out.push('}');
            }
            out.push(')');
        }
    }
}

#[cfg(test)]
mod tests;

//! The layout of a formatted number, as `formatter_unicode.c`'s `calc_number_widths`,
//! `_PyUnicode_InsertThousandsGrouping` and `fill_number`:
//! `<lpadding><sign><prefix><spadding><grouped digits><decimal><remainder><rpadding>`,
//! where `0` fill with `=` alignment pads the digits with zeros (grouped like digits).

use super::spec::{FormatSpec, Grouping};
use crate::pystr::{char_len, push_cp};

/// A number already converted to ASCII text, split as CPython splits it.
pub struct NumberParts<'a> {
    /// Whether the text had a leading `-`.
    pub negative: bool,
    /// `0x`, `0o`, `0b` or empty.
    pub prefix: &'a [u8],
    /// The integral digits.
    pub digits: &'a [u8],
    /// Whether a decimal point follows the digits.
    pub has_decimal: bool,
    /// What follows (fraction, exponent, `%`, `inf`; the character of `'c'`), generalized UTF-8.
    pub remainder: &'a [u8],
    /// Upper-case the prefix and digits (`X`).
    pub upper: bool,
}

/// `parse_number`: splits ASCII float text (after its sign) into digits, decimal point and
/// remainder.
pub fn split_float(text: &[u8]) -> (&[u8], bool, &[u8]) {
    let n = text.iter().take_while(|b| b.is_ascii_digit()).count();
    let (digits, rest) = text.split_at(n);
    match rest.first() {
        Some(b'.') => (digits, true, &rest[1..]),
        _ => (digits, false, rest),
    }
}

/// `_PyUnicode_InsertThousandsGrouping` into `out`: the digits grouped by `size` (none:
/// `None`) with `sep`, padded with zeros to `min_width` units.
fn insert_grouping(
    out: &mut Vec<u8>,
    digits: &[u8],
    min_width: isize,
    size: Option<isize>,
    sep: u8,
) -> usize {
    let mut rev = Vec::with_capacity(digits.len() + digits.len() / 3 + 4);
    let mut remaining = digits.len() as isize;
    let mut min_width = min_width;
    let mut pos = digits.len();
    let mut use_sep = false;
    let mut chunk = |rev: &mut Vec<u8>, l: isize, remaining: isize, use_sep: bool| {
        let n_zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        if use_sep {
            rev.push(sep);
        }
        for _ in 0..n_chars {
            pos -= 1;
            rev.push(digits[pos]);
        }
        rev.extend(std::iter::repeat_n(b'0', n_zeros as usize));
        n_chars
    };
    let mut broken = false;
    if let Some(size) = size {
        loop {
            let l = size.min(remaining.max(min_width).max(1));
            remaining -= chunk(&mut rev, l, remaining, use_sep);
            use_sep = true;
            min_width -= l;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broken {
        let l = remaining.max(min_width).max(1);
        chunk(&mut rev, l, remaining, use_sep);
    }
    out.extend(rev.iter().rev());
    rev.len()
}

/// Appends the number laid out by `spec` (`calc_number_widths` then `fill_number`).
pub fn write_number(out: &mut Vec<u8>, n: &NumberParts, spec: &FormatSpec, group_size: isize) {
    let sign = match (spec.sign, n.negative) {
        (_, true) => Some(b'-'),
        (b'+', false) => Some(b'+'),
        (b' ', false) => Some(b' '),
        _ => None,
    };
    let n_remainder = char_len(n.remainder);
    let n_non_digit =
        sign.is_some() as usize + n.prefix.len() + n.has_decimal as usize + n_remainder;
    let width = spec.width.map_or(-1, |w| w as isize);
    let min_width = if spec.fill == '0' as u32 && spec.align == b'=' {
        width - n_non_digit as isize
    } else {
        0
    };
    let size = match spec.grouping {
        Grouping::None => None,
        _ => Some(group_size),
    };
    let sep = if spec.grouping == Grouping::Comma {
        b','
    } else {
        b'_'
    };
    let mut grouped = Vec::new();
    let n_grouped = if n.digits.is_empty() {
        0
    } else {
        insert_grouping(&mut grouped, n.digits, min_width, size, sep)
    };
    let padding = width - (n_non_digit + n_grouped) as isize;
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if padding > 0 {
        let p = padding as usize;
        match spec.align {
            b'<' => rpad = p,
            b'^' => {
                lpad = p / 2;
                rpad = p - lpad;
            }
            b'=' => spad = p,
            _ => lpad = p,
        }
    }
    let fill = |out: &mut Vec<u8>, k: usize| {
        for _ in 0..k {
            push_cp(out, spec.fill);
        }
    };
    fill(out, lpad);
    out.extend(sign);
    if n.upper {
        out.extend(n.prefix.iter().map(u8::to_ascii_uppercase));
    } else {
        out.extend_from_slice(n.prefix);
    }
    fill(out, spad);
    if n.upper {
        grouped.make_ascii_uppercase();
    }
    out.extend_from_slice(&grouped);
    if n.has_decimal {
        out.push(b'.');
    }
    out.extend_from_slice(n.remainder);
    fill(out, rpad);
}

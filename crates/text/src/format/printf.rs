//! `%`-formatting's core as `Objects/unicodeobject.c`'s `unicode_format_arg_parse`,
//! `formatlong`, `formatfloat` and `unicode_format_arg_output`: parsing one conversion
//! specifier after a `%` (mapping key, flags `-+ #0`, width and precision with `*`, the
//! ignored `h l L`), and laying out the converted text. The object model walks the template,
//! fetches arguments (`not enough arguments for format string`, `* wants int`, `format
//! requires a mapping`), converts them (`%s` is `str()`, `%r` `repr()`, `%a` `ascii()`)
//! and calls these for the rest.

use crate::floatfmt::{FloatFlags, FloatFormat, write_float};
use crate::intfmt::{IntRef, write_magnitude};
use crate::pystr::{byte_offset, char_len, decode_at, push_cp};
use crate::{PyErr, PyResult};

/// A parsed conversion specifier.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct PrintfSpec<'a> {
    /// `%(key)s`: the key, generalized UTF-8.
    pub key: Option<&'a [u8]>,
    pub ljust: bool,
    pub sign: bool,
    pub blank: bool,
    pub alt: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub precision: Option<usize>,
    /// `%%`: a literal percent (nothing else parsed, no argument taken). A `%` conversion
    /// after flags (`%5%`) is not this: it takes an argument and is unsupported.
    pub literal: bool,
    /// The conversion character.
    pub conversion: u32,
    /// The code point index of the conversion character in the template (for
    /// `unsupported format character ... at index N`).
    pub index: usize,
}

/// Where a `*` takes its value from: the next argument, as an int (the object model raises
/// `* wants int`, `not enough arguments for format string`, and past the C type,
/// `Python int too large to convert to C ssize_t` for a width, `... to C int` for a
/// precision, which `precision` tells apart).
pub trait StarArg {
    fn next_int(&mut self, precision: bool) -> PyResult<i64>;
}

impl<F: FnMut(bool) -> PyResult<i64>> StarArg for F {
    fn next_int(&mut self, precision: bool) -> PyResult<i64> {
        self(precision)
    }
}

fn incomplete() -> PyErr {
    PyErr::value_error("incomplete format")
}

/// Parses the specifier after the `%` at byte `pos` of `template` (generalized UTF-8);
/// returns it and the byte position after it. `cp_pos` is the code point index of `pos`;
/// `mapping` says whether the argument is a mapping (a `%(key)` needs one).
pub fn parse_spec<'a>(
    template: &'a [u8],
    mut pos: usize,
    cp_pos: usize,
    mapping: bool,
    star: &mut dyn StarArg,
) -> PyResult<(PrintfSpec<'a>, usize)> {
    let mut spec = PrintfSpec::default();
    if template.get(pos) == Some(&b'%') {
        spec.literal = true;
        spec.conversion = '%' as u32;
        spec.index = cp_pos;
        return Ok((spec, pos + 1));
    }
    let start_pos = pos;
    let read = |pos: &mut usize| -> Option<u32> {
        if *pos >= template.len() {
            return None;
        }
        let (c, w) = decode_at(template, *pos);
        *pos += w;
        Some(c)
    };
    if template.get(pos) == Some(&b'(') {
        if !mapping {
            return Err(PyErr::type_error("format requires a mapping"));
        }
        pos += 1;
        let start = pos;
        let mut depth = 1;
        while depth > 0 && pos < template.len() {
            match template[pos] {
                b')' => depth -= 1,
                b'(' => depth += 1,
                _ => {}
            }
            pos += 1;
        }
        if depth > 0 {
            return Err(PyErr::value_error("incomplete format key"));
        }
        spec.key = Some(&template[start..pos - 1]);
    }
    let mut ch = None;
    while let Some(c) = read(&mut pos) {
        match c {
            0x2D => spec.ljust = true,
            0x2B => spec.sign = true,
            0x20 => spec.blank = true,
            0x23 => spec.alt = true,
            0x30 => spec.zero = true,
            _ => {
                ch = Some(c);
                break;
            }
        }
    }
    let digit = |c: Option<u32>| {
        c.filter(|c| (0x30..=0x39).contains(c))
            .map(|c| (c - 0x30) as usize)
    };
    if ch == Some('*' as u32) {
        let w = star.next_int(false)?;
        if w < 0 {
            spec.ljust = true;
        }
        spec.width = Some(w.unsigned_abs() as usize);
        ch = read(&mut pos);
    } else if let Some(d) = digit(ch) {
        let mut w = d;
        loop {
            ch = read(&mut pos);
            let Some(d) = digit(ch) else { break };
            if w > (isize::MAX as usize - d) / 10 {
                return Err(PyErr::value_error("width too big"));
            }
            w = w * 10 + d;
        }
        spec.width = Some(w);
    }
    if ch == Some('.' as u32) {
        spec.precision = Some(0);
        ch = read(&mut pos);
        if ch == Some('*' as u32) {
            let p = star.next_int(true)?;
            spec.precision = Some(p.clamp(0, i32::MAX as i64) as usize);
            ch = read(&mut pos);
        } else if let Some(d) = digit(ch) {
            let mut p = d;
            loop {
                ch = read(&mut pos);
                let Some(d) = digit(ch) else { break };
                if p > (i32::MAX as usize - d) / 10 {
                    return Err(PyErr::value_error("precision too big"));
                }
                p = p * 10 + d;
            }
            spec.precision = Some(p);
        }
    }
    if matches!(ch, Some(0x68 | 0x6C | 0x4C)) {
        ch = read(&mut pos);
    }
    spec.conversion = ch.ok_or_else(incomplete)?;
    spec.index = cp_pos + char_len(&template[start_pos..pos]) - 1;
    Ok((spec, pos))
}

/// `unsupported format character 'c' (0x63) at index N`.
pub fn unsupported(spec: &PrintfSpec) -> PyErr {
    let c = spec.conversion;
    let shown = if (31..=126).contains(&c) {
        c as u8 as char
    } else {
        '?'
    };
    PyErr::value_error(format!(
        "unsupported format character '{shown}' (0x{c:x}) at index {}",
        spec.index
    ))
}

/// `unicode_format_arg_output`: appends `text` (generalized UTF-8; for numbers the ASCII
/// conversion with its sign and `0x` prefix) padded to the width; `number` says whether the
/// sign and zero padding rules apply.
fn output(out: &mut Vec<u8>, text: &[u8], spec: &PrintfSpec, number: bool) {
    let mut len = char_len(text);
    let mut text = text;
    if !number
        && let Some(p) = spec.precision
        && p < len
        && matches!(spec.conversion, 0x73 | 0x72 | 0x61)
    {
        text = &text[..byte_offset(text, p)];
        len = p;
    }
    let fill = if number && spec.zero { b'0' } else { b' ' };
    let mut width = spec.width.unwrap_or(0);
    let mut sign = None;
    let mut i = 0;
    if number {
        match text.first() {
            Some(&c @ (b'-' | b'+')) => {
                sign = Some(c);
                len -= 1;
                i = 1;
            }
            _ if spec.sign => sign = Some(b'+'),
            _ if spec.blank => sign = Some(b' '),
            _ => {}
        }
    }
    width = width.max(len);
    if let Some(s) = sign {
        if fill != b' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    let prefixed = number && spec.alt && matches!(spec.conversion, 0x78 | 0x58 | 0x6F);
    if prefixed {
        if fill != b' ' {
            out.extend_from_slice(&text[i..i + 2]);
            i += 2;
        }
        width = width.saturating_sub(2);
        len -= 2;
    }
    if width > len && !spec.ljust {
        out.extend(std::iter::repeat_n(fill, width - len));
        width = len;
    }
    if fill == b' ' {
        if let Some(s) = sign {
            out.push(s);
        }
        if prefixed {
            out.extend_from_slice(&text[i..i + 2]);
            i += 2;
        }
    }
    out.extend_from_slice(&text[i..]);
    if width > len {
        out.extend(std::iter::repeat_n(b' ', width - len));
    }
}

/// `%s`, `%r`, `%a` (given the converted text) and `%c` (given the character as text).
pub fn format_text(out: &mut Vec<u8>, text: &[u8], spec: &PrintfSpec) {
    output(out, text, spec, false);
}

/// `%s`/`%b`/`%r`/`%a`/`%c` in a bytes template: width and precision count bytes (the text
/// need not be UTF-8).
pub fn format_bytes(out: &mut Vec<u8>, text: &[u8], spec: &PrintfSpec) {
    let text = match spec.precision {
        Some(p) if p < text.len() && spec.conversion != 'c' as u32 => &text[..p],
        _ => text,
    };
    let pad = spec.width.unwrap_or(0).saturating_sub(text.len());
    if !spec.ljust {
        out.extend(std::iter::repeat_n(b' ', pad));
    }
    out.extend_from_slice(text);
    if spec.ljust {
        out.extend(std::iter::repeat_n(b' ', pad));
    }
}

/// `%c` of an int: the character, or CPython's `OverflowError`.
pub fn format_char(out: &mut Vec<u8>, v: IntRef, spec: &PrintfSpec) -> PyResult<()> {
    match v.to_i64() {
        Some(c @ 0..=0x10FFFF) => {
            let mut t = Vec::with_capacity(4);
            push_cp(&mut t, c as u32);
            output(out, &t, spec, false);
            Ok(())
        }
        _ => Err(PyErr::overflow("%c arg not in range(0x110000)")),
    }
}

/// `%d %i %u %o %x %X` of an int (`formatlong`).
pub fn format_int(out: &mut Vec<u8>, v: IntRef, spec: &PrintfSpec) {
    let ty = spec.conversion as u8;
    let (base, prefix): (u32, &[u8]) = match ty {
        b'o' => (8, b"0o"),
        b'x' => (16, b"0x"),
        b'X' => (16, b"0X"),
        _ => (10, b""),
    };
    let mut digits = Vec::with_capacity(24);
    write_magnitude(&mut digits, v, base);
    if ty == b'X' {
        digits.make_ascii_uppercase();
    }
    let mut text = Vec::with_capacity(digits.len() + 4);
    if v.is_negative() {
        text.push(b'-');
    }
    if spec.alt {
        text.extend_from_slice(prefix);
    }
    if let Some(p) = spec.precision {
        text.extend(std::iter::repeat_n(b'0', p.saturating_sub(digits.len())));
    }
    text.extend_from_slice(&digits);
    output(out, &text, spec, true);
}

/// `%e %E %f %F %g %G` of a float (`formatfloat`).
pub fn format_float(out: &mut Vec<u8>, x: f64, spec: &PrintfSpec) {
    let ty = spec.conversion as u8;
    let p = spec.precision.unwrap_or(6);
    let format = match ty {
        b'e' | b'E' => FloatFormat::Exp(p),
        b'f' | b'F' => FloatFormat::Fixed(p),
        _ => FloatFormat::General(p),
    };
    let flags = FloatFlags {
        alt: spec.alt,
        upper: ty.is_ascii_uppercase(),
        ..FloatFlags::default()
    };
    let mut text = String::with_capacity(24);
    write_float(&mut text, x, format, flags);
    output(out, text.as_bytes(), spec, true);
}

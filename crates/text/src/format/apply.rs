//! `__format__` of `str`, `int`, `float` and `complex` as `formatter_unicode.c`'s
//! `format_string_internal`, `format_long_internal`, `format_float_internal` and
//! `format_complex_internal`: the checks each type makes on the specifier (with CPython's
//! messages, naming `type_name` so subclasses read right) and the layout.
//!
//! An empty specifier means `str(value)`, which the caller computes (a subclass may override
//! `__str__`); these functions expect a non-empty one but answer it the base type's way too.

use super::number::{NumberParts, split_float, write_number};
use super::spec::{FormatSpec, Grouping, unknown_presentation_type};
use crate::floatfmt::{FloatFlags, FloatFormat, write_float};
use crate::intfmt::{IntRef, write_magnitude};
use crate::pystr::{byte_offset, char_len, push_cp};
use crate::{PyErr, PyErrKind, PyResult};

fn err(msg: &'static str) -> PyErr {
    PyErr::value_error(msg)
}

/// `format(s, spec)` for a `str` (generalized UTF-8 in and out).
pub fn format_str(s: &[u8], spec: &[u8], type_name: &str) -> PyResult<Vec<u8>> {
    if spec.is_empty() {
        return Ok(s.to_vec());
    }
    let f = FormatSpec::parse(spec, type_name, b's', b'<')?;
    if f.ty != 's' as u32 {
        return Err(unknown_presentation_type(f.ty, type_name));
    }
    match f.sign {
        b' ' => return Err(err("Space not allowed in string format specifier")),
        0 => {}
        _ => return Err(err("Sign not allowed in string format specifier")),
    }
    if f.no_neg_0 {
        return Err(err(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if f.alternate {
        return Err(err(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if f.align == b'=' {
        return Err(err("'=' alignment not allowed in string format specifier"));
    }
    let mut len = char_len(s);
    let mut s = s;
    if let Some(p) = f.precision
        && p < len
    {
        s = &s[..byte_offset(s, p)];
        len = p;
    }
    let (left, right) = f.padding(len);
    let mut out = Vec::with_capacity(s.len() + left + right);
    for _ in 0..left {
        push_cp(&mut out, f.fill);
    }
    out.extend_from_slice(s);
    for _ in 0..right {
        push_cp(&mut out, f.fill);
    }
    Ok(out)
}

/// `format(v, spec)` for an `int` (`bool` included: the caller passes 0 or 1).
pub fn format_int(v: IntRef, spec: &[u8], type_name: &str) -> PyResult<Vec<u8>> {
    if spec.is_empty() {
        let mut out = Vec::new();
        if v.is_negative() {
            out.push(b'-');
        }
        write_magnitude(&mut out, v, 10);
        return Ok(out);
    }
    let f = FormatSpec::parse(spec, type_name, b'd', b'>')?;
    let ty = if f.ty < 128 { f.ty as u8 } else { 0 };
    let base = match ty {
        b'b' => 2,
        b'o' => 8,
        b'x' | b'X' => 16,
        b'd' | b'n' | b'c' => 10,
        b'e' | b'E' | b'f' | b'F' | b'g' | b'G' | b'%' => {
            let x = v.to_f64().ok_or_else(|| {
                PyErr::new(
                    PyErrKind::OverflowError,
                    "int too large to convert to float",
                )
            })?;
            return format_float_spec(x, &f);
        }
        _ => return Err(unknown_presentation_type(f.ty, type_name)),
    };
    if f.precision.is_some() {
        return Err(err("Precision not allowed in integer format specifier"));
    }
    if f.no_neg_0 {
        return Err(err(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let mut text = Vec::with_capacity(24);
    let mut prefix: &[u8] = b"";
    let negative;
    if ty == b'c' {
        if f.sign != 0 {
            return Err(err("Sign not allowed with integer format specifier 'c'"));
        }
        if f.alternate {
            return Err(err(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let x = v.to_i64().ok_or_else(|| {
            PyErr::new(
                PyErrKind::OverflowError,
                "Python int too large to convert to C long",
            )
        })?;
        if !(0..=0x10FFFF).contains(&x) {
            return Err(PyErr::new(
                PyErrKind::OverflowError,
                "%c arg not in range(0x110000)",
            ));
        }
        push_cp(&mut text, x as u32);
        negative = false;
    } else {
        if f.alternate {
            prefix = match base {
                2 => b"0b",
                8 => b"0o",
                16 => b"0x",
                _ => b"",
            };
        }
        write_magnitude(&mut text, v, base);
        negative = v.is_negative();
    }
    let (digits, remainder): (&[u8], &[u8]) = if ty == b'c' {
        (b"", &text)
    } else {
        (&text, b"")
    };
    let parts = NumberParts {
        negative,
        prefix,
        digits,
        has_decimal: false,
        remainder,
        upper: ty == b'X',
    };
    let mut out = Vec::with_capacity(text.len() + f.width.unwrap_or(0) + 4);
    let group = if base == 10 { 3 } else { 4 };
    let mut f = f;
    if ty == b'n' {
        f.grouping = Grouping::None; // the C locale does not group
    }
    write_number(&mut out, &parts, &f, group);
    Ok(out)
}

/// The `float` conversion of a spec: `(format, flags, add_pct)`.
fn float_conversion(f: &FormatSpec, ty: u8, complex: bool) -> PyResult<(FloatFormat, FloatFlags)> {
    let precision = match f.precision {
        Some(p) if p > i32::MAX as usize => return Err(err("precision too big")),
        p => p,
    };
    let mut flags = FloatFlags {
        alt: f.alternate,
        no_neg_0: f.no_neg_0,
        ..FloatFlags::default()
    };
    let p = precision.unwrap_or(6);
    let format = match ty {
        0 => {
            flags.add_dot_0 = !complex;
            match precision {
                None => FloatFormat::Repr,
                Some(p) => FloatFormat::General(p),
            }
        }
        b'e' | b'E' => FloatFormat::Exp(p),
        b'f' | b'F' | b'%' => FloatFormat::Fixed(p),
        _ => FloatFormat::General(p),
    };
    flags.upper = matches!(ty, b'E' | b'F' | b'G');
    Ok((format, flags))
}

fn float_text(x: f64, f: &FormatSpec, ty: u8, complex: bool) -> PyResult<String> {
    let (format, flags) = float_conversion(f, ty, complex)?;
    let mut text = String::with_capacity(24);
    write_float(
        &mut text,
        if ty == b'%' { x * 100.0 } else { x },
        format,
        flags,
    );
    if ty == b'%' {
        text.push('%');
    }
    Ok(text)
}

fn format_float_spec(x: f64, f: &FormatSpec) -> PyResult<Vec<u8>> {
    let ty = f.ty as u8;
    let text = float_text(x, f, ty, false)?;
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let (digits, has_decimal, remainder) = split_float(body.as_bytes());
    let parts = NumberParts {
        negative,
        prefix: b"",
        digits,
        has_decimal,
        remainder,
        upper: false,
    };
    let mut f = *f;
    if ty == b'n' {
        f.grouping = Grouping::None;
    }
    let mut out = Vec::with_capacity(text.len() + f.width.unwrap_or(0));
    write_number(&mut out, &parts, &f, 3);
    Ok(out)
}

/// `format(x, spec)` for a `float`.
pub fn format_float(x: f64, spec: &[u8], type_name: &str) -> PyResult<Vec<u8>> {
    if spec.is_empty() {
        return Ok(crate::float_repr(x).into_bytes());
    }
    let f = FormatSpec::parse(spec, type_name, 0, b'>')?;
    match f.ty {
        0 => {}
        t if t < 128 && b"eEfFgGn%".contains(&(t as u8)) => {}
        t => return Err(unknown_presentation_type(t, type_name)),
    }
    format_float_spec(x, &f)
}

/// `format(complex(re, im), spec)`.
pub fn format_complex(re: f64, im: f64, spec: &[u8], type_name: &str) -> PyResult<Vec<u8>> {
    if spec.is_empty() {
        return Ok(crate::complex_repr(re, im).into_bytes());
    }
    let f = FormatSpec::parse(spec, type_name, 0, b'>')?;
    let ty = match f.ty {
        0 => 0,
        t if t < 128 && b"eEfFgGn".contains(&(t as u8)) => t as u8,
        t => return Err(unknown_presentation_type(t, type_name)),
    };
    if f.fill == '0' as u32 {
        return Err(err(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if f.align == b'=' {
        return Err(err(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let (skip_re, parens) = if ty == 0 {
        let skip = re == 0.0 && re.is_sign_positive();
        (skip, !skip)
    } else {
        (false, false)
    };
    let re_text = float_text(re, &f, ty, true)?;
    let im_text = float_text(im, &f, ty, true)?;
    let mut tmp = f;
    tmp.fill = 0;
    tmp.align = b'<';
    tmp.width = None;
    if ty == b'n' {
        tmp.grouping = Grouping::None;
    }
    let mut body = Vec::new();
    let part = |text: &str, spec: &FormatSpec, body: &mut Vec<u8>| {
        let (negative, t) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let (digits, has_decimal, remainder) = split_float(t.as_bytes());
        let parts = NumberParts {
            negative,
            prefix: b"",
            digits,
            has_decimal,
            remainder,
            upper: false,
        };
        write_number(body, &parts, spec, 3);
    };
    if !skip_re {
        part(&re_text, &tmp, &mut body);
        tmp.sign = b'+';
    }
    part(&im_text, &tmp, &mut body);
    let len = char_len(&body) + 1 + 2 * parens as usize;
    let (left, right) = f.padding(len);
    let mut out = Vec::with_capacity(body.len() + left + right + 3);
    for _ in 0..left {
        push_cp(&mut out, f.fill);
    }
    if parens {
        out.push(b'(');
    }
    out.extend_from_slice(&body);
    out.push(b'j');
    if parens {
        out.push(b')');
    }
    for _ in 0..right {
        push_cp(&mut out, f.fill);
    }
    Ok(out)
}

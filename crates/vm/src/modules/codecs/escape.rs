//! The escape codecs of `_codecs`: `escape_encode`/`escape_decode` (bytes to bytes, as
//! `PyBytes_DecodeEscape`), `unicode_escape_*` and `raw_unicode_escape_*` (CPython's
//! `Objects/unicodeobject.c`), with their error messages and error-handler calls. These are
//! codecs, not source literals: no newline normalization, every error goes through the
//! handler (the tokenizer's literal decoding is `taipan-ast`'s).

use std::fmt::Write;

use taipan_object::types::bytes::buffer;
use taipan_object::types::str_::PyStr;
use taipan_object::{ObjRef, PyResult, ThreadState};
use taipan_text::pystr::{code_points, push_cp};

use super::builtin::{count, errors_arg};
use super::errors::decode_error;

fn pair(ts: &ThreadState, v: ObjRef, n: usize) -> PyResult<ObjRef> {
    Ok(ts.new_tuple(vec![v, ts.new_int(n as i64)]))
}

/// The bytes of a bytes-like or str (UTF-8) argument.
fn data_arg(ts: &ThreadState, o: &ObjRef) -> PyResult<Vec<u8>> {
    match o.downcast::<PyStr>() {
        Some(s) => Ok(s.as_bytes().to_vec()),
        None => Ok(buffer(ts, o)?.to_vec()),
    }
}

fn str_arg<'a>(ts: &ThreadState, f: &str, a: &'a ObjRef) -> PyResult<&'a PyStr> {
    a.downcast::<PyStr>().ok_or_else(|| {
        ts.type_error(format!(
            "{f}() argument 1 must be str, not {}",
            a.typ().name()
        ))
    })
}

/// CPython's `DeprecationWarning: invalid escape sequence '\\q'` for the first unknown escape.
fn invalid_escape(ts: &ThreadState, c: u8) -> PyResult<()> {
    let w = crate::import::import_module(ts, "_warnings")?;
    let msg = if c.is_ascii() {
        format!("invalid escape sequence '\\{}'", c as char)
    } else {
        format!("invalid escape sequence '\\x{c:02x}'")
    };
    taipan_object::abstract_::call_method(
        ts,
        &w,
        "warn",
        &[ts.new_string(msg), ts.exc.deprecation_warning.clone()],
    )?;
    Ok(())
}

/// `escape_encode(data, errors=None)`: bytes as `repr` writes them, without quotes.
pub fn escape_encode(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    count(ts, "escape_encode", a, 1, 2)?;
    let Some(b) = a[0].downcast::<taipan_object::types::bytes::PyBytes>() else {
        return Err(ts.type_error(format!(
            "escape_encode() argument 1 must be bytes, not {}",
            a[0].typ().name()
        )));
    };
    let b = b.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    for &c in b {
        match c {
            b'\\' | b'\'' => out.extend([b'\\', c]),
            b'\t' => out.extend(b"\\t"),
            b'\n' => out.extend(b"\\n"),
            b'\r' => out.extend(b"\\r"),
            0x20..=0x7e => out.push(c),
            _ => out.extend(format!("\\x{c:02x}").bytes()),
        }
    }
    pair(ts, ts.new_bytes(out), b.len())
}

/// `escape_decode(data, errors=None)`: a bytes literal's escapes.
pub fn escape_decode(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    count(ts, "escape_decode", a, 1, 2)?;
    let b = data_arg(ts, &a[0])?;
    let errors = errors_arg(ts, "escape_decode", 2, a.get(1))?;
    let mut first_invalid: Option<u8> = None;
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        i += 1;
        if c != b'\\' {
            out.push(c);
            continue;
        }
        let Some(&e) = b.get(i) else {
            return Err(ts.value_error("Trailing \\ in string"));
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(e),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b't' => out.push(9),
            b'n' => out.push(10),
            b'r' => out.push(13),
            b'v' => out.push(11),
            b'a' => out.push(7),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(v as u8);
            }
            b'x' => {
                let hex = |k: usize| b.get(k).and_then(|&d| (d as char).to_digit(16));
                if let (Some(h), Some(l)) = (hex(i), hex(i + 1)) {
                    out.push((h * 16 + l) as u8);
                    i += 2;
                    continue;
                }
                match errors.as_str() {
                    "strict" => {
                        return Err(
                            ts.value_error(format!("invalid \\x escape at position {}", i - 2))
                        );
                    }
                    "replace" => out.push(b'?'),
                    "ignore" => {}
                    other => {
                        return Err(ts.value_error(format!(
                            "decoding error; unknown error handling code: {other}"
                        )));
                    }
                }
                // Skip the valid hex digits that were there.
                if hex(i).is_some() {
                    i += 1;
                }
            }
            _ => {
                out.push(b'\\');
                i -= 1;
                first_invalid.get_or_insert(e);
            }
        }
    }
    if let Some(c) = first_invalid {
        invalid_escape(ts, c)?;
    }
    pair(ts, ts.new_bytes(out), b.len())
}

/// `unicode_escape_encode(str, errors=None)`.
pub fn unicode_escape_encode(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    count(ts, "unicode_escape_encode", a, 1, 2)?;
    let s = str_arg(ts, "unicode_escape_encode", &a[0])?;
    let mut out = String::with_capacity(s.as_bytes().len());
    for ch in code_points(s.as_bytes()) {
        match ch {
            0x5c => out.push_str("\\\\"),
            0x09 => out.push_str("\\t"),
            0x0a => out.push_str("\\n"),
            0x0d => out.push_str("\\r"),
            0x20..=0x7e => out.push(ch as u8 as char),
            0..=0xff => {
                let _ = write!(out, "\\x{ch:02x}");
            }
            0x100..=0xffff => {
                let _ = write!(out, "\\u{ch:04x}");
            }
            _ => {
                let _ = write!(out, "\\U{ch:08x}");
            }
        }
    }
    pair(ts, ts.new_bytes(out.into_bytes()), s.char_len())
}

/// `raw_unicode_escape_encode(str, errors=None)`.
pub fn raw_unicode_escape_encode(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    count(ts, "raw_unicode_escape_encode", a, 1, 2)?;
    let s = str_arg(ts, "raw_unicode_escape_encode", &a[0])?;
    let mut out = Vec::with_capacity(s.as_bytes().len());
    for ch in code_points(s.as_bytes()) {
        match ch {
            0..=0xff => out.push(ch as u8),
            0x100..=0xffff => out.extend(format!("\\u{ch:04x}").bytes()),
            _ => out.extend(format!("\\U{ch:08x}").bytes()),
        }
    }
    pair(ts, ts.new_bytes(out), s.char_len())
}

/// Reads `n` hex digits at `i`: the value, or how many were valid.
fn hex_digits(b: &[u8], i: usize, n: usize) -> Result<u32, usize> {
    let mut v = 0u32;
    for k in 0..n {
        match b.get(i + k).and_then(|&d| (d as char).to_digit(16)) {
            Some(d) => v = v * 16 + d,
            None => return Err(k),
        }
    }
    Ok(v)
}

/// `unicode_escape_decode(data, errors=None, final=True)`.
pub fn unicode_escape_decode(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    escape_decoder(ts, "unicode_escape_decode", a, false)
}

/// `raw_unicode_escape_decode(data, errors=None, final=True)`.
pub fn raw_unicode_escape_decode(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    escape_decoder(ts, "raw_unicode_escape_decode", a, true)
}

fn escape_decoder(ts: &ThreadState, f: &str, a: &[ObjRef], raw: bool) -> PyResult<ObjRef> {
    count(ts, f, a, 1, 3)?;
    let b = data_arg(ts, &a[0])?;
    let errors = errors_arg(ts, f, 2, a.get(1))?;
    let fin = match a.get(2) {
        Some(x) => taipan_object::abstract_::is_true(ts, x)?,
        None => true,
    };
    let enc = if raw {
        "rawunicodeescape"
    } else {
        "unicodeescape"
    };
    let mut first_invalid: Option<u8> = None;
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c != b'\\' {
            push_cp(&mut out, c as u32);
            i += 1;
            continue;
        }
        let start = i;
        let Some(&e) = b.get(i + 1) else {
            if !fin {
                break;
            }
            if raw {
                out.push(b'\\');
                i += 1;
                continue;
            }
            i = decode_error(
                ts,
                &errors,
                enc,
                &b,
                start,
                b.len(),
                "\\ at end of string",
                &mut out,
            )?;
            continue;
        };
        i += 2;
        let count = match e {
            b'x' if !raw => 2,
            b'u' => 4,
            b'U' => 8,
            _ if raw => {
                out.push(b'\\');
                push_cp(&mut out, e as u32);
                continue;
            }
            b'\n' => continue,
            b'\\' | b'\'' | b'"' => {
                out.push(e);
                continue;
            }
            b'b' | b'f' | b't' | b'n' | b'r' | b'v' | b'a' => {
                let v = match e {
                    b'b' => 8,
                    b'f' => 12,
                    b't' => 9,
                    b'n' => 10,
                    b'r' => 13,
                    b'v' => 11,
                    _ => 7,
                };
                out.push(v);
                continue;
            }
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                push_cp(&mut out, v);
                continue;
            }
            b'N' => {
                let named = (b.get(i) == Some(&b'{'))
                    .then(|| b[i + 1..].iter().position(|&x| x == b'}'))
                    .flatten()
                    .filter(|&n| n > 0)
                    .map(|n| (std::str::from_utf8(&b[i + 1..i + 1 + n]).ok(), i + 2 + n));
                match named {
                    Some((name, after)) => match name.and_then(unicode_names2::character) {
                        Some(ch) => {
                            push_cp(&mut out, ch as u32);
                            i = after;
                        }
                        None => {
                            i = decode_error(
                                ts,
                                &errors,
                                enc,
                                &b,
                                start,
                                after,
                                "unknown Unicode character name",
                                &mut out,
                            )?;
                        }
                    },
                    None => {
                        if !fin {
                            i = start;
                            break;
                        }
                        let end = if b.get(i) == Some(&b'{') { b.len() } else { i };
                        i = decode_error(
                            ts,
                            &errors,
                            enc,
                            &b,
                            start,
                            end,
                            "malformed \\N character escape",
                            &mut out,
                        )?;
                    }
                }
                continue;
            }
            _ => {
                out.push(b'\\');
                push_cp(&mut out, e as u32);
                first_invalid.get_or_insert(e);
                continue;
            }
        };
        match hex_digits(&b, i, count) {
            Ok(v) if v <= 0x10FFFF => {
                push_cp(&mut out, v);
                i += count;
            }
            Ok(_) => {
                let reason = if raw {
                    "\\Uxxxxxxxx out of range"
                } else {
                    "illegal Unicode character"
                };
                i = decode_error(ts, &errors, enc, &b, start, i + count, reason, &mut out)?;
            }
            Err(valid) => {
                if !fin && i + valid == b.len() {
                    i = start;
                    break;
                }
                let reason = match count {
                    2 => "truncated \\xXX escape",
                    4 => "truncated \\uXXXX escape",
                    _ => "truncated \\UXXXXXXXX escape",
                };
                i = decode_error(ts, &errors, enc, &b, start, i + valid, reason, &mut out)?;
            }
        }
    }
    let consumed = i.min(b.len());
    if let Some(c) = first_invalid {
        invalid_escape(ts, c)?;
    }
    pair(ts, ts.new_str_gutf8(out), consumed)
}

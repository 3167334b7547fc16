//! The escape codecs of `_codecs`: `escape_encode`/`escape_decode` (bytes to bytes, as
//! `PyBytes_DecodeEscape`), `unicode_escape_*` and `raw_unicode_escape_*` (CPython's
//! `Objects/unicodeobject.c`), with their error messages and error-handler calls. These are
//! codecs, not source literals: no newline normalization, every error goes through the
//! handler (the tokenizer's literal decoding is `taipan-ast`'s).

use std::fmt::Write;

use taipan_object::types::bytes::buffer;
use taipan_object::types::str_::PyStr;
use taipan_object::{ObjRef, PyResult, ThreadState};
use taipan_text::escape::{EscapeError, Escapes, Piece, Scanner};
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

/// The first escape CPython warns about: a backslash that starts no escape (its next byte),
/// or an octal escape past `\377` (its three digits).
#[derive(Clone, Copy)]
enum Invalid {
    Unknown(u8),
    Octal([u8; 3]),
}

/// `Some` when the escape piece that starts at `at` (a backslash) is an octal escape whose
/// value is past `\377` (3.11 warns about it, and keeps the low byte or the code point).
fn big_octal(b: &[u8], at: usize) -> Option<Invalid> {
    match b.get(at + 1..at + 4)? {
        &[d0 @ b'4'..=b'7', d1 @ b'0'..=b'7', d2 @ b'0'..=b'7'] => {
            Some(Invalid::Octal([d0, d1, d2]))
        }
        _ => None,
    }
}

/// CPython's `DeprecationWarning` for the first invalid escape: `invalid escape sequence
/// '\q'` (a non-ASCII byte shown as its Latin-1 character, as `%c` does) or `invalid octal
/// escape sequence '\777'`.
fn invalid_escape(ts: &ThreadState, first: Option<Invalid>) -> PyResult<()> {
    let msg = match first {
        None => return Ok(()),
        Some(Invalid::Unknown(c)) => format!("invalid escape sequence '\\{}'", c as char),
        Some(Invalid::Octal(d)) => format!(
            "invalid octal escape sequence '\\{}'",
            std::str::from_utf8(&d).unwrap_or("")
        ),
    };
    let w = crate::import::import_module(ts, "_warnings")?;
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

/// `escape_decode(data, errors=None)`: a bytes literal's escapes (`taipan_text::escape`).
pub fn escape_decode(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    count(ts, "escape_decode", a, 1, 2)?;
    let b = data_arg(ts, &a[0])?;
    let errors = errors_arg(ts, "escape_decode", 2, a.get(1))?;
    let mut first_invalid: Option<Invalid> = None;
    let mut out = Vec::with_capacity(b.len());
    let mut scan = Scanner::new(&b, Escapes::Bytes);
    loop {
        let at = scan.position();
        let Some(piece) = scan.next() else { break };
        match piece {
            Piece::Plain(run) => out.extend_from_slice(run),
            Piece::Char(c) => {
                if first_invalid.is_none() {
                    first_invalid = big_octal(&b, at);
                }
                out.push(c as u8)
            }
            Piece::Unknown(e) => {
                out.push(b'\\');
                first_invalid.get_or_insert(Invalid::Unknown(e));
            }
            Piece::Error {
                error: EscapeError::TrailingBackslash,
                ..
            } => return Err(ts.value_error("Trailing \\ in string")),
            // A bad `\x`: the scan goes on after the valid hex digit, if there was one.
            Piece::Error { start, .. } => match errors.as_str() {
                "strict" => {
                    return Err(ts.value_error(format!("invalid \\x escape at position {start}")));
                }
                "replace" => out.push(b'?'),
                "ignore" => {}
                other => {
                    return Err(ts.value_error(format!(
                        "decoding error; unknown error handling code: {other}"
                    )));
                }
            },
            Piece::Incomplete(_) => break,
        }
    }
    invalid_escape(ts, first_invalid)?;
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
    let escapes = if raw { Escapes::Raw } else { Escapes::Str };
    let mut scan = Scanner::new(&b, escapes);
    if !fin {
        scan = scan.partial();
    }
    let mut first_invalid: Option<Invalid> = None;
    let mut out = Vec::with_capacity(b.len());
    let mut consumed = b.len();
    loop {
        let at = scan.position();
        let Some(piece) = scan.next() else { break };
        match piece {
            // Bytes stand for the Latin-1 characters.
            Piece::Plain(run) => run.iter().for_each(|&c| push_cp(&mut out, c as u32)),
            Piece::Char(c) => {
                if first_invalid.is_none() && !raw {
                    first_invalid = big_octal(&b, at);
                }
                push_cp(&mut out, c)
            }
            Piece::Unknown(e) => {
                out.push(b'\\');
                first_invalid.get_or_insert(Invalid::Unknown(e));
            }
            Piece::Error { error, start, end } => {
                let reason = error.reason(escapes);
                let at = decode_error(ts, &errors, enc, &b, start, end, reason, &mut out)?;
                scan.resume_at(at);
            }
            Piece::Incomplete(at) => {
                consumed = at;
                break;
            }
        }
    }
    invalid_escape(ts, first_invalid)?;
    pair(ts, ts.new_str_gutf8(out), consumed)
}

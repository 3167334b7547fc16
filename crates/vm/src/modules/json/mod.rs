//! The `_json` accelerator (CPython's `Modules/_json.c`): `scanstring`, `encode_basestring`
//! and `encode_basestring_ascii` (here), the scanner type `make_scanner` (`scanner.rs`: the
//! whole JSON term parsed natively, with the hooks of a `JSONDecoder`) and the encoder type
//! `make_encoder` (`encoder.rs`: `JSONEncoder`'s one-shot encoding when `indent` is None).
//!
//! Text is read as the `str`'s generalized UTF-8 bytes: every character JSON gives a meaning to
//! is ASCII, so the scan runs on bytes and only the positions it reports (the end index, the
//! `JSONDecodeError` position) are turned into code point indices ([`Text`]).

/// A read-only attribute getter of the scanner's or the encoder's field (`this(o)`): an object
/// field, or a `bool` one.
macro_rules! member {
    ($f:ident, $field:ident) => {
        fn $f(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
            Ok(this(o).$field.clone())
        }
    };
    ($f:ident, $field:ident, bool) => {
        fn $f(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
            Ok(ts.bool_obj(this(o).$field))
        }
    };
}

mod encoder;
mod scanner;

use taipan_object::abstract_ as ab;
use taipan_object::args::{ArgSpec, parse};
use taipan_object::typeobj::{Meth, MethodDef};
use taipan_object::types::str_::PyStr;
use taipan_object::{ObjRef, PyErr, PyResult, ThreadState};
use taipan_text::pystr::{byte_offset, char_len, push_cp};

use super::common::{set_attr, type_of};

/// A `str` being scanned: its bytes, and whether byte and code point indices agree.
pub(crate) struct Text<'a> {
    pub b: &'a [u8],
    ascii: bool,
    pub obj: &'a ObjRef,
}

impl<'a> Text<'a> {
    pub fn of(obj: &'a ObjRef, s: &'a PyStr) -> Self {
        Text {
            b: s.as_bytes(),
            ascii: s.is_ascii(),
            obj,
        }
    }
    /// The code point index of byte offset `pos`.
    pub fn cp(&self, pos: usize) -> usize {
        if self.ascii {
            pos
        } else {
            char_len(&self.b[..pos.min(self.b.len())])
        }
    }
    /// The byte offset of code point index `i` (at most the length).
    pub fn byte(&self, i: usize) -> usize {
        if self.ascii {
            i.min(self.b.len())
        } else {
            byte_offset(self.b, i)
        }
    }
    /// `raise_errmsg`: `json.decoder.JSONDecodeError(msg, s, pos)`, `pos` a byte offset.
    pub fn error(&self, ts: &ThreadState, msg: &str, pos: usize) -> PyErr {
        let cls = match crate::import::import_module(ts, "json.decoder")
            .and_then(|m| ab::getattr_str(ts, &m, "JSONDecodeError"))
        {
            Ok(c) => c,
            Err(e) => return e,
        };
        let pos = ts.new_int(self.cp(pos) as i64);
        match ab::call(ts, &cls, &[ts.new_str(msg), self.obj.clone(), pos]) {
            Ok(exc) => PyErr::from_instance(exc),
            Err(e) => e,
        }
    }
}

/// `first argument must be a string, not T`.
fn not_a_string(ts: &ThreadState, o: &ObjRef) -> PyErr {
    ts.type_error(format!(
        "first argument must be a string, not {}",
        o.typ().name()
    ))
}

/// The value of hex digit `d`.
fn hex(d: u8) -> Option<u32> {
    (d as char).to_digit(16)
}

/// `scanstring_unicode`: the JSON string whose text starts at byte `end` (after the opening
/// quote); its value and the byte offset after the closing quote.
pub(crate) fn scan_string(
    ts: &ThreadState,
    t: &Text,
    mut end: usize,
    strict: bool,
) -> PyResult<(ObjRef, usize)> {
    let b = t.b;
    let len = b.len();
    let begin = end - 1;
    let mut out: Vec<u8> = Vec::new();
    let mut escaped = false;
    loop {
        // The end of the string or the next escape.
        let mut next = end;
        let mut c = 0u8;
        while next < len {
            c = b[next];
            if c == b'"' || c == b'\\' {
                break;
            }
            if c <= 0x1f && strict {
                return Err(t.error(ts, "Invalid control character at", next));
            }
            next += 1;
        }
        if next >= len {
            return Err(t.error(ts, "Unterminated string starting at", begin));
        }
        if c == b'"' && !escaped {
            // No escape seen: the text as it is.
            return Ok((ts.new_str_gutf8(b[end..next].to_vec()), next + 1));
        }
        escaped = true;
        out.extend_from_slice(&b[end..next]);
        next += 1;
        if c == b'"' {
            end = next;
            break;
        }
        if next == len {
            return Err(t.error(ts, "Unterminated string starting at", begin));
        }
        let e = b[next];
        let cp: u32;
        if e != b'u' {
            end = next + 1;
            cp = match e {
                b'"' => b'"' as u32,
                b'\\' => b'\\' as u32,
                b'/' => b'/' as u32,
                b'b' => 8,
                b'f' => 12,
                b'n' => b'\n' as u32,
                b'r' => b'\r' as u32,
                b't' => b'\t' as u32,
                _ => return Err(t.error(ts, "Invalid \\escape", end - 2)),
            };
        } else {
            next += 1;
            end = next + 4;
            if end >= len {
                return Err(t.error(ts, "Invalid \\uXXXX escape", next - 1));
            }
            let mut v = 0u32;
            for &d in &b[next..end] {
                match hex(d) {
                    Some(h) => v = (v << 4) | h,
                    None => return Err(t.error(ts, "Invalid \\uXXXX escape", end - 5)),
                }
            }
            next = end;
            // A surrogate pair written as two escapes.
            if (0xD800..0xDC00).contains(&v)
                && end + 6 < len
                && b[next] == b'\\'
                && b[next + 1] == b'u'
            {
                next += 2;
                end += 6;
                let mut v2 = 0u32;
                for &d in &b[next..end] {
                    match hex(d) {
                        Some(h) => v2 = (v2 << 4) | h,
                        None => return Err(t.error(ts, "Invalid \\uXXXX escape", end - 5)),
                    }
                }
                if (0xDC00..0xE000).contains(&v2) {
                    v = 0x10000 + (((v - 0xD800) << 10) | (v2 - 0xDC00));
                } else {
                    end -= 6;
                }
            }
            cp = v;
        }
        push_cp(&mut out, cp);
    }
    Ok((ts.new_str_gutf8(out), end))
}

static SCANSTRING: ArgSpec = ArgSpec {
    fname: "scanstring",
    names: &["", "", ""],
    required: 2,
    posonly: 3,
    kwonly: 3,
};

/// `scanstring(string, end, strict=True) -> (string, end)`.
fn scanstring(ts: &ThreadState, _: &ObjRef, args: &[ObjRef]) -> PyResult<ObjRef> {
    let [s, end, strict] = parse::<3>(ts, &SCANSTRING, args, None)?;
    let (s, end) = (s.expect("required"), end.expect("required"));
    let end = super::common::index_i64(ts, &end)?;
    let strict = match strict {
        Some(v) => ab::is_true(ts, &v)?,
        None => true,
    };
    let Some(ps) = s.downcast::<PyStr>() else {
        return Err(not_a_string(ts, &s));
    };
    if end < 0 || end as usize > ps.char_len() {
        return Err(ts.value_error("end is out of bounds"));
    }
    let t = Text::of(&s, ps);
    let (v, next) = scan_string(ts, &t, t.byte(end as usize), strict)?;
    Ok(ts.new_tuple(vec![v, ts.new_int(t.cp(next) as i64)]))
}

/// Appends `s` as a JSON string: `"` quoted, with `\"`, `\\`, the short escapes and `\u00XX`
/// for other control characters; with `ascii`, every non-ASCII code point as `\uXXXX` (a
/// UTF-16 surrogate pair past U+FFFF).
pub(crate) fn push_json_string(out: &mut Vec<u8>, s: &[u8], ascii: bool) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    fn u_escape(out: &mut Vec<u8>, c: u32) {
        out.extend_from_slice(b"\\u");
        for shift in [12, 8, 4, 0] {
            out.push(HEX[((c >> shift) & 0xf) as usize]);
        }
    }
    out.push(b'"');
    let mut i = 0;
    while i < s.len() {
        // Runs of plain characters are copied at once.
        let start = i;
        while i < s.len() {
            let c = s[i];
            if c == b'"' || c == b'\\' || c < 0x20 || (ascii && c >= 0x7f) {
                break;
            }
            i += 1;
        }
        out.extend_from_slice(&s[start..i]);
        if i == s.len() {
            break;
        }
        let c = s[i];
        match c {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            8 => out.extend_from_slice(b"\\b"),
            12 => out.extend_from_slice(b"\\f"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            0..=0x1f | 0x7f => u_escape(out, c as u32),
            _ => {
                let (cp, w) = taipan_text::pystr::decode_at(s, i);
                if cp >= 0x10000 {
                    let v = cp - 0x10000;
                    u_escape(out, 0xD800 | (v >> 10));
                    u_escape(out, 0xDC00 | (v & 0x3ff));
                } else {
                    u_escape(out, cp);
                }
                i += w;
                continue;
            }
        }
        i += 1;
    }
    out.push(b'"');
}

fn encode_common(ts: &ThreadState, s: &ObjRef, ascii: bool) -> PyResult<ObjRef> {
    let Some(ps) = s.downcast::<PyStr>() else {
        return Err(not_a_string(ts, s));
    };
    let mut out = Vec::with_capacity(ps.as_bytes().len() + 2);
    push_json_string(&mut out, ps.as_bytes(), ascii);
    Ok(ts.new_str_gutf8(out))
}

/// `encode_basestring_ascii(string) -> string`.
fn encode_basestring_ascii(ts: &ThreadState, _: &ObjRef, s: &ObjRef) -> PyResult<ObjRef> {
    encode_common(ts, s, true)
}

/// `encode_basestring(string) -> string`.
fn encode_basestring(ts: &ThreadState, _: &ObjRef, s: &ObjRef) -> PyResult<ObjRef> {
    encode_common(ts, s, false)
}

pub(crate) static FUNCTIONS: &[MethodDef] = &[
    MethodDef::new("encode_basestring_ascii", Meth::O(encode_basestring_ascii)),
    MethodDef::new("encode_basestring", Meth::O(encode_basestring)),
    MethodDef::new("scanstring", Meth::Fast(scanstring)),
];

/// Makes the `_json` module.
pub fn make(ts: &ThreadState) -> ObjRef {
    let m = ts.new_builtin_module("_json", FUNCTIONS);
    set_attr(ts, &m, "make_scanner", type_of(ts, &scanner::SPEC));
    set_attr(ts, &m, "make_encoder", type_of(ts, &encoder::SPEC));
    m
}

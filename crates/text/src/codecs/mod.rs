//! The built-in codecs CPython implements in C: `utf-8`, `ascii`, `latin-1`, `utf-16`
//! (`-le`, `-be`) and `utf-32` (`-le`, `-be`), with the error handlers `strict`, `ignore`,
//! `replace`, `backslashreplace`, `namereplace`, `surrogateescape`, `surrogatepass` and `xmlcharrefreplace`,
//! and CPython's exact `UnicodeDecodeError`/`UnicodeEncodeError` fields (encoding, start,
//! end, reason) and messages. Text is generalized UTF-8 on both sides (decoding can produce
//! lone surrogates: `surrogateescape`, `surrogatepass`).
//!
//! - `utf8`: the UTF-8 decoder and encoder (`Objects/stringlib/codecs.h`'s error ranges);
//! - `single`: `ascii` and `latin-1`;
//! - `wide`: UTF-16 and UTF-32 in either byte order, with or without a BOM;
//! - `utf7`: UTF-7;
//! - `charmap`: the 8-bit table-driven codecs of `Lib/encodings/` (`cp1252`, `koi8_r`, ...).
//!
//! User-registered handlers (`codecs.register_error`) and the other codecs are the object
//! model's: [`lookup`] answers `None` for them.

mod charmap;
mod single;
mod utf7;
mod utf8;
mod wide;

pub use utf7::pending_shift as utf7_pending_shift;

use crate::pystr::code_points;
use crate::{PyErr, PyErrKind};

/// Byte order of a UTF-16/32 codec.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Endian {
    /// `utf-16`/`utf-32`: a BOM is written (little-endian) and read (else little-endian).
    Bom,
    Little,
    Big,
}

/// A built-in codec.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
    Utf16(Endian),
    Utf32(Endian),
    /// An 8-bit charmap codec of `Lib/encodings/` (`cp1252`, ...), by table index.
    Charmap(u8),
    Utf7,
}

impl Codec {
    /// The name in error messages (`UnicodeError.encoding`).
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(Endian::Bom) => "utf-16",
            Codec::Utf16(Endian::Little) => "utf-16-le",
            Codec::Utf16(Endian::Big) => "utf-16-be",
            Codec::Utf32(Endian::Bom) => "utf-32",
            Codec::Utf32(Endian::Little) => "utf-32-le",
            Codec::Utf32(Endian::Big) => "utf-32-be",
            Codec::Charmap(_) => "charmap",
            Codec::Utf7 => "utf-7",
        }
    }
}

/// The codec an encoding name designates (the `encodings` package's normalization and aliases),
/// or `None` for any other (the caller raises `LookupError: unknown encoding: name` unless it
/// has one).
pub fn lookup(name: &str) -> Option<Codec> {
    let mut norm = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            norm.push(c.to_ascii_lowercase());
        } else if !norm.ends_with('_') {
            norm.push('_');
        }
    }
    let norm = norm.trim_matches('_');
    Some(match norm {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "ascii" | "us_ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986"
        | "cp367" | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us" => {
            Codec::Ascii
        }
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "ibm819" | "iso_ir_100" | "csisolatin1" | "iso_8859_1_1987" => Codec::Latin1,
        "utf_16" | "utf16" | "u16" => Codec::Utf16(Endian::Bom),
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Codec::Utf16(Endian::Little),
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Codec::Utf16(Endian::Big),
        "utf_32" | "utf32" | "u32" => Codec::Utf32(Endian::Bom),
        "utf_32_le" | "utf_32le" => Codec::Utf32(Endian::Little),
        "utf_32_be" | "utf_32be" => Codec::Utf32(Endian::Big),
        "utf_7" | "utf7" | "u7" | "unicode_1_1_utf_7" | "csunicode11utf7" => Codec::Utf7,
        _ => return charmap::lookup(norm).map(Codec::Charmap),
    })
}

/// A built-in error handler.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ErrorHandler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    SurrogateEscape,
    SurrogatePass,
    XmlCharRefReplace,
    NameReplace,
}

impl ErrorHandler {
    /// The handler of a name, or CPython's `LookupError` (the object model looks up
    /// user-registered ones first).
    pub fn lookup(name: &str) -> Result<ErrorHandler, PyErr> {
        Ok(match name {
            "strict" => ErrorHandler::Strict,
            "ignore" => ErrorHandler::Ignore,
            "replace" => ErrorHandler::Replace,
            "backslashreplace" => ErrorHandler::BackslashReplace,
            "surrogateescape" => ErrorHandler::SurrogateEscape,
            "surrogatepass" => ErrorHandler::SurrogatePass,
            "xmlcharrefreplace" => ErrorHandler::XmlCharRefReplace,
            "namereplace" => ErrorHandler::NameReplace,
            _ => {
                return Err(PyErr::new(
                    PyErrKind::LookupError,
                    format!("unknown error handler name '{name}'"),
                ));
            }
        })
    }
}

/// A `UnicodeDecodeError` or `UnicodeEncodeError` with CPython's fields. `start` and `end`
/// index bytes (decoding) or code points (encoding) of `object`.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct UnicodeError {
    /// Decoding (`object` is the bytes) or encoding (`object` is the str, generalized UTF-8).
    pub decoding: bool,
    pub encoding: &'static str,
    pub object: Vec<u8>,
    pub start: usize,
    pub end: usize,
    pub reason: &'static str,
}

impl UnicodeError {
    /// `str()` of the exception, as `UnicodeDecodeError.__str__`/`UnicodeEncodeError.__str__`.
    pub fn message(&self) -> String {
        let enc = self.encoding;
        let (start, end, reason) = (self.start, self.end, self.reason);
        if self.decoding {
            if end == start + 1 {
                let byte = self.object.get(start).copied().unwrap_or(0);
                format!(
                    "'{enc}' codec can't decode byte 0x{byte:02x} in position {start}: {reason}"
                )
            } else {
                format!(
                    "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
                    end - 1
                )
            }
        } else if end == start + 1 {
            let ch = code_points(&self.object).nth(start).unwrap_or(0);
            let ch = if ch <= 0xFF {
                format!("\\x{ch:02x}")
            } else if ch <= 0xFFFF {
                format!("\\u{ch:04x}")
            } else {
                format!("\\U{ch:08x}")
            };
            format!("'{enc}' codec can't encode character '{ch}' in position {start}: {reason}")
        } else {
            format!(
                "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
                end - 1
            )
        }
    }
}

/// Why encoding or decoding stopped.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum CodecError {
    /// The `UnicodeError` to raise (strict, or a handler that could not help).
    Unicode(Box<UnicodeError>),
    /// Another exception (`xmlcharrefreplace` while decoding: a `TypeError`).
    Other(PyErr),
}

impl CodecError {
    /// The exception as a plain [`PyErr`] (class and message); the object model builds the
    /// exception object with the fields from [`CodecError::Unicode`] instead.
    pub fn to_pyerr(&self) -> PyErr {
        match self {
            CodecError::Unicode(u) => PyErr::new(
                if u.decoding {
                    PyErrKind::UnicodeDecodeError
                } else {
                    PyErrKind::UnicodeEncodeError
                },
                u.message(),
            ),
            CodecError::Other(e) => e.clone(),
        }
    }
}

/// Whether CPython decodes this name in C (`PyUnicode_Decode`'s shortcuts) rather than
/// through the `encodings` package, which wraps a handler's `TypeError` in
/// `decoding with 'name' codec failed (...)`.
fn is_c_shortcut(name: &str) -> bool {
    let lower: String = name
        .chars()
        .map(|c| {
            if c == '-' || c == ' ' {
                '_'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    matches!(
        lower.as_str(),
        "utf8"
            | "utf_8"
            | "utf16"
            | "utf_16"
            | "utf32"
            | "utf_32"
            | "ascii"
            | "us_ascii"
            | "latin1"
            | "latin_1"
            | "iso_8859_1"
            | "iso8859_1"
    )
}

fn unknown_encoding(name: &str) -> CodecError {
    CodecError::Other(PyErr::new(
        PyErrKind::LookupError,
        format!("unknown encoding: {name}"),
    ))
}

/// `bytes.decode(encoding, errors)` by names: the codec lookup, the handler looked up only
/// when an error needs it (as CPython: `b'a'.decode('utf-8', 'bogus')` is `'a'`), and the
/// wrapping of a handler's `TypeError` by Python-level codecs.
pub fn decode_by_name(b: &[u8], encoding: &str, errors: &str) -> Result<Vec<u8>, CodecError> {
    let codec = lookup(encoding).ok_or_else(|| unknown_encoding(encoding))?;
    decode(b, codec, errors).map_err(|e| match e {
        CodecError::Other(err) if err.kind == PyErrKind::TypeError && !is_c_shortcut(encoding) => {
            CodecError::Other(PyErr::type_error(format!(
                "decoding with '{encoding}' codec failed (TypeError: {})",
                err.message
            )))
        }
        e => e,
    })
}

/// `str.encode(encoding, errors)` by names (see [`decode_by_name`]).
pub fn encode_by_name(s: &[u8], encoding: &str, errors: &str) -> Result<Vec<u8>, CodecError> {
    let codec = lookup(encoding).ok_or_else(|| unknown_encoding(encoding))?;
    encode(s, codec, errors)
}

/// `str.encode(codec, errors)`: `s` is generalized UTF-8; `errors` names the handler.
pub fn encode(s: &[u8], codec: Codec, errors: &str) -> Result<Vec<u8>, CodecError> {
    match codec {
        Codec::Utf8 => utf8::encode(s, errors),
        Codec::Ascii => single::encode(s, 128, errors),
        Codec::Latin1 => single::encode(s, 256, errors),
        Codec::Utf16(e) => wide::encode(s, 2, e, errors),
        Codec::Utf32(e) => wide::encode(s, 4, e, errors),
        Codec::Charmap(k) => charmap::encode(s, k, errors),
        Codec::Utf7 => Ok(utf7::encode(s)),
    }
}

/// `bytes.decode(codec, errors)`: the result is generalized UTF-8.
pub fn decode(b: &[u8], codec: Codec, errors: &str) -> Result<Vec<u8>, CodecError> {
    match codec {
        Codec::Utf8 => utf8::decode(b, errors),
        Codec::Ascii => single::decode_ascii(b, errors),
        Codec::Latin1 => Ok(single::decode_latin1(b)),
        Codec::Utf16(e) => wide::decode(b, 2, e, errors),
        Codec::Utf32(e) => wide::decode(b, 4, e, errors),
        Codec::Charmap(k) => charmap::decode(b, k, errors),
        Codec::Utf7 => utf7::decode(b, errors),
    }
}

fn unicode_error(
    decoding: bool,
    encoding: &'static str,
    object: &[u8],
    start: usize,
    end: usize,
    reason: &'static str,
) -> CodecError {
    CodecError::Unicode(Box::new(UnicodeError {
        decoding,
        encoding,
        object: object.to_vec(),
        start,
        end,
        reason,
    }))
}

/// Applies a handler to the decoding error `[start, end)` of `input`: appends the
/// replacement to `out` and answers where decoding resumes. `pass` decodes one surrogate at
/// `start` for `surrogatepass` (`None` when the codec has none there).
#[allow(clippy::too_many_arguments)]
fn decode_error(
    handler: &str,
    encoding: &'static str,
    input: &[u8],
    start: usize,
    end: usize,
    reason: &'static str,
    out: &mut Vec<u8>,
    pass: impl FnOnce() -> Option<(u32, usize)>,
) -> Result<usize, CodecError> {
    use crate::pystr::push_cp;
    let error = || unicode_error(true, encoding, input, start, end, reason);
    match ErrorHandler::lookup(handler).map_err(CodecError::Other)? {
        ErrorHandler::Strict => Err(error()),
        ErrorHandler::Ignore => Ok(end),
        ErrorHandler::Replace => {
            push_cp(out, 0xFFFD);
            Ok(end)
        }
        ErrorHandler::BackslashReplace => {
            for &b in &input[start..end] {
                out.extend_from_slice(format!("\\x{b:02x}").as_bytes());
            }
            Ok(end)
        }
        ErrorHandler::SurrogateEscape => {
            let mut consumed = 0;
            while consumed < 4 && consumed < end - start && input[start + consumed] >= 128 {
                push_cp(out, 0xDC00 + input[start + consumed] as u32);
                consumed += 1;
            }
            if consumed == 0 {
                Err(error())
            } else {
                Ok(start + consumed)
            }
        }
        ErrorHandler::SurrogatePass => match pass() {
            Some((cp, len)) => {
                push_cp(out, cp);
                Ok(start + len)
            }
            None => Err(error()),
        },
        ErrorHandler::XmlCharRefReplace | ErrorHandler::NameReplace => Err(CodecError::Other(
            PyErr::type_error("don't know how to handle UnicodeDecodeError in error callback"),
        )),
    }
}

/// Applies a handler to the encoding error `[start, end)` (code points `cps` of the whole
/// string): appends the replacement bytes to `out`. `pass` writes one surrogate for
/// `surrogatepass` (`false` when the codec cannot). `escape_ok` says whether
/// `surrogateescape` bytes may be written (always, for the C codecs).
#[allow(clippy::too_many_arguments)]
fn encode_error(
    handler: &str,
    encoding: &'static str,
    s: &[u8],
    cps: &[u32],
    start: usize,
    end: usize,
    reason: &'static str,
    out: &mut Vec<u8>,
    mut pass: impl FnMut(u32, &mut Vec<u8>) -> bool,
) -> Result<(), CodecError> {
    let error = |start: usize| unicode_error(false, encoding, s, start, end, reason);
    match ErrorHandler::lookup(handler).map_err(CodecError::Other)? {
        ErrorHandler::Strict => Err(error(start)),
        ErrorHandler::Ignore => Ok(()),
        ErrorHandler::Replace => {
            out.extend(std::iter::repeat_n(b'?', end - start));
            Ok(())
        }
        ErrorHandler::BackslashReplace | ErrorHandler::NameReplace => {
            for &ch in &cps[start..end] {
                let name = (handler == "namereplace")
                    .then(|| char::from_u32(ch).and_then(unicode_names2::name))
                    .flatten();
                let text = if let Some(name) = name {
                    format!("\\N{{{name}}}")
                } else if ch <= 0xFF {
                    format!("\\x{ch:02x}")
                } else if ch <= 0xFFFF {
                    format!("\\u{ch:04x}")
                } else {
                    format!("\\U{ch:08x}")
                };
                out.extend_from_slice(text.as_bytes());
            }
            Ok(())
        }
        ErrorHandler::XmlCharRefReplace => {
            for &ch in &cps[start..end] {
                out.extend_from_slice(format!("&#{ch};").as_bytes());
            }
            Ok(())
        }
        ErrorHandler::SurrogateEscape => {
            for (k, &ch) in cps[start..end].iter().enumerate() {
                if !(0xDC80..=0xDCFF).contains(&ch) {
                    return Err(error(start + k));
                }
                out.push((ch - 0xDC00) as u8);
            }
            Ok(())
        }
        ErrorHandler::SurrogatePass => {
            for &ch in &cps[start..end] {
                if !(0xD800..=0xDFFF).contains(&ch) || !pass(ch, out) {
                    return Err(error(start));
                }
            }
            Ok(())
        }
    }
}

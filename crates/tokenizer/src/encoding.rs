//! Turning the bytes of a source file into text as CPython does: a UTF-8 BOM, a PEP 263 coding
//! cookie on line 1 or 2 (line 2 counts only when line 1 is blank or a comment), CPython's
//! normalization of encoding names, and its error messages. Latin-1 and ASCII are decoded by
//! hand (Python's codecs, not the WHATWG windows-1252 that web labels map them to); other
//! encodings go through `encoding_rs`. A BOM stays in the text as U+FEFF, so for UTF-8 input the
//! text is the file's bytes unchanged.

use std::borrow::Cow;
use std::fmt;

/// Why source bytes could not be decoded, worded as CPython words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    pub message: String,
    /// 1-based line of the problem: the line of the undecodable byte, or of the coding cookie.
    pub line: u32,
    /// Byte offset of the problem in the input.
    pub offset: u32,
    pub kind: DecodeErrorKind,
}

/// What went wrong, for the callers that word it differently (`compile()` of bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecodeErrorKind {
    /// Undecodable UTF-8 (no cookie, or a UTF-8 one).
    Utf8,
    /// The coding cookie names no codec.
    UnknownEncoding,
    /// A codec's decoding error, or a BOM with another cookie.
    Other,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for DecodeError {}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The message of the SyntaxError CPython raises when it reads the file `path` holding
/// `bytes` (to run or import it) and decoding fails with `e`: undecodable UTF-8 with no BOM
/// and no coding cookie is "Non-UTF-8 code starting with ..." (the tokenizer's `ensure_utf8`);
/// other problems keep `e`'s message. CPython gives these errors no location.
pub fn file_error_message(bytes: &[u8], path: &str, e: &DecodeError) -> String {
    let declared = declares_encoding(bytes);
    match bytes.get(e.offset as usize) {
        Some(&byte) if !declared && e.message.starts_with("(unicode error) 'utf-8'") => format!(
            "Non-UTF-8 code starting with '\\x{byte:02x}' in file {path} on line {}, but no \
             encoding declared; see https://peps.python.org/pep-0263/ for details",
            e.line
        ),
        _ => e.message.clone(),
    }
}

/// True when `bytes` start with a UTF-8 BOM or have a coding cookie (CPython's tokenizer then
/// knows an encoding and counts error columns in characters).
pub(crate) fn declares_encoding(bytes: &[u8]) -> bool {
    bytes.starts_with(BOM) || find_cookie(bytes).is_some()
}

/// Decodes Python source bytes. Borrows when the input is UTF-8 (or ASCII-compatible and
/// valid as UTF-8); the BOM, if any, is kept as U+FEFF.
pub fn decode_source(bytes: &[u8]) -> Result<Cow<'_, str>, DecodeError> {
    let has_bom = bytes.starts_with(BOM);
    let body = if has_bom { &bytes[BOM.len()..] } else { bytes };
    let Some(cookie) = find_cookie(body) else {
        return decode_utf8(bytes);
    };
    let cookie_offset = (cookie.offset + if has_bom { BOM.len() } else { 0 }) as u32;
    let error = |message: String, kind| DecodeError {
        message,
        line: cookie.line,
        offset: cookie_offset,
        kind,
    };
    let normal = normal_name(cookie.name);
    if has_bom && normal != "utf-8" {
        return Err(error(
            format!("encoding problem: {normal} with BOM"),
            DecodeErrorKind::Other,
        ));
    }
    match Codec::lookup(normal) {
        Codec::Utf8 => decode_utf8(bytes),
        Codec::Latin1 => Ok(match std::str::from_utf8(bytes) {
            Ok(s) if s.is_ascii() => Cow::Borrowed(s),
            _ => Cow::Owned(bytes.iter().map(|&b| b as char).collect()),
        }),
        Codec::Ascii => match bytes.iter().position(|&b| b >= 0x80) {
            None => Ok(Cow::Borrowed(
                std::str::from_utf8(bytes).unwrap_or_default(),
            )),
            Some(i) => Err(DecodeError {
                message: format!(
                    "'ascii' codec can't decode byte 0x{:02x} in position {i}: ordinal not in range(128)",
                    bytes[i]
                ),
                line: line_of(bytes, i),
                offset: i as u32,
                kind: DecodeErrorKind::Other,
            }),
        },
        Codec::Other(encoding) => {
            match encoding.decode_without_bom_handling_and_without_replacement(bytes) {
                Some(text) => Ok(text),
                None => Err(error(
                    format!("'{}' codec can't decode the source", cookie.name),
                    DecodeErrorKind::Other,
                )),
            }
        }
        Codec::Unknown => Err(error(
            format!("encoding problem: {normal}"),
            DecodeErrorKind::UnknownEncoding,
        )),
    }
}

fn decode_utf8(bytes: &[u8]) -> Result<Cow<'_, str>, DecodeError> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Cow::Borrowed(s)),
        Err(e) => {
            let at = e.valid_up_to();
            let line_start = bytes[..at]
                .iter()
                .rposition(|&b| b == b'\n' || b == b'\r')
                .map_or(0, |i| i + 1);
            Err(DecodeError {
                message: format!(
                    "(unicode error) {}",
                    utf8_error_message(&bytes[line_start..]).unwrap_or_default()
                ),
                line: line_of(bytes, at),
                offset: at as u32,
                kind: DecodeErrorKind::Utf8,
            })
        }
    }
}

/// The message of Python's `UnicodeDecodeError` for the first bad UTF-8 in `bytes`, positions
/// counted from its start ("'utf-8' codec can't decode byte 0xff in position 0: invalid start
/// byte"), as `taipan_text`'s UTF-8 codec words it; `None` when `bytes` is valid UTF-8.
pub(crate) fn utf8_error_message(bytes: &[u8]) -> Option<String> {
    use taipan_text::codecs::{Codec, CodecError, decode};
    match decode(bytes, Codec::Utf8, "strict") {
        Err(CodecError::Unicode(u)) => Some(u.message()),
        _ => None,
    }
}

/// 1-based line of byte `at`, lines ending at `\n`, `\r\n` or `\r`.
fn line_of(bytes: &[u8], at: usize) -> u32 {
    let before = &bytes[..at];
    let lf = before.iter().filter(|&&b| b == b'\n').count();
    let lone_cr = before
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\r' && bytes.get(i + 1) != Some(&b'\n'))
        .count();
    (1 + lf + lone_cr) as u32
}

struct Cookie<'a> {
    name: &'a str,
    line: u32,
    /// Offset of the name in the body (after any BOM).
    offset: usize,
}

/// The coding cookie on line 1, or on line 2 when line 1 is blank or a comment.
fn find_cookie(body: &[u8]) -> Option<Cookie<'_>> {
    let line1_end = line_end(body, 0);
    if let Some((name, at)) = coding_spec(&body[..line1_end]) {
        return Some(Cookie {
            name,
            line: 1,
            offset: at,
        });
    }
    let first = body[..line1_end]
        .iter()
        .find(|&&c| !matches!(c, b' ' | b'\t' | b'\x0c'));
    if !matches!(first, None | Some(b'#')) {
        return None;
    }
    let line2_start = (line1_end + newline_len(body, line1_end)).min(body.len());
    let line2_end = line_end(body, line2_start);
    let (name, at) = coding_spec(&body[line2_start..line2_end])?;
    Some(Cookie {
        name,
        line: 2,
        offset: line2_start + at,
    })
}

fn line_end(bytes: &[u8], from: usize) -> usize {
    bytes[from..]
        .iter()
        .position(|&b| b == b'\n' || b == b'\r')
        .map_or(bytes.len(), |i| from + i)
}

fn newline_len(bytes: &[u8], at: usize) -> usize {
    match (bytes.get(at), bytes.get(at + 1)) {
        (Some(b'\r'), Some(b'\n')) => 2,
        (Some(_), _) => 1,
        (None, _) => 0,
    }
}

/// CPython's `get_coding_spec`: a comment-only line containing `coding[:=][ \t]*NAME`, NAME
/// being ASCII letters, digits, `-`, `_`, `.`. Returns the name and its offset in the line.
fn coding_spec(line: &[u8]) -> Option<(&str, usize)> {
    let hash = line
        .iter()
        .position(|&c| !matches!(c, b' ' | b'\t' | b'\x0c'))?;
    if line[hash] != b'#' {
        return None;
    }
    let mut from = hash;
    while let Some(k) = find(&line[from..], b"coding") {
        let mut t = from + k + 6;
        from += k + 1;
        if !matches!(line.get(t), Some(b':' | b'=')) {
            continue;
        }
        t += 1;
        while matches!(line.get(t), Some(b' ' | b'\t')) {
            t += 1;
        }
        let begin = t;
        while matches!(line.get(t), Some(c) if c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.'))
        {
            t += 1;
        }
        if t > begin {
            // ASCII by construction.
            return std::str::from_utf8(&line[begin..t])
                .ok()
                .map(|s| (s, begin));
        }
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// CPython's `get_normal_name`: the spellings of UTF-8 and Latin-1 it recognizes itself.
fn normal_name(name: &str) -> &str {
    let mut buf = [0u8; 12];
    let n = name.len().min(12);
    for (d, &c) in buf.iter_mut().zip(&name.as_bytes()[..n]) {
        *d = if c == b'_' {
            b'-'
        } else {
            c.to_ascii_lowercase()
        };
    }
    let buf = &buf[..n];
    let is = |s: &str| buf == s.as_bytes();
    let starts = |s: &str| buf.starts_with(s.as_bytes());
    if is("utf-8") || starts("utf-8-") {
        "utf-8"
    } else if is("latin-1")
        || is("iso-8859-1")
        || is("iso-latin-1")
        || starts("latin-1-")
        || starts("iso-8859-1-")
        || starts("iso-latin-1-")
    {
        "iso-8859-1"
    } else {
        name
    }
}

enum Codec {
    Utf8,
    Latin1,
    Ascii,
    Other(&'static encoding_rs::Encoding),
    Unknown,
}

impl Codec {
    /// Python's codec lookup for the names a coding cookie may give: its aliases of UTF-8,
    /// Latin-1 and ASCII, then the labels `encoding_rs` knows.
    fn lookup(name: &str) -> Codec {
        let key: String = name
            .chars()
            .map(|c| {
                if c == '-' || c == ' ' {
                    '_'
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect();
        match key.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001"
            | "utf_8_sig" => Codec::Utf8,
            "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "iso8859"
            | "8859" | "cp819" | "iso_ir_100" | "csisolatin1" | "ibm819" | "iso_8859_1_1987" => {
                Codec::Latin1
            }
            "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968"
            | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367" | "iso646_us"
            | "iso_646.irv_1991" | "iso_ir_6" => Codec::Ascii,
            // Python's names of the Windows code pages that WHATWG's Shift_JIS and EUC-KR are.
            "cp932" | "932" | "ms932" | "mskanji" | "ms_kanji" => {
                Codec::Other(encoding_rs::SHIFT_JIS)
            }
            "cp949" | "949" | "ms949" | "uhc" => Codec::Other(encoding_rs::EUC_KR),
            _ => {
                let label = key.replace('_', "-");
                match encoding_rs::Encoding::for_label(label.as_bytes()) {
                    Some(e) => Codec::Other(e),
                    None => Codec::Unknown,
                }
            }
        }
    }
}

//! `str.encode`/`bytes.decode` glue: `taipan_text::codecs` by encoding and handler names,
//! its errors raised as `UnicodeEncodeError`/`UnicodeDecodeError` (CPython's messages),
//! `LookupError` for an unknown encoding.

use taipan_text::codecs::{self, CodecError};

use crate::error::{PyErr, PyResult};
use crate::thread::ThreadState;

/// The codec error as CPython raises it: a `UnicodeDecodeError`/`UnicodeEncodeError` built from
/// (encoding, object, start, end, reason), so its attributes are there; others as they are.
fn raise(ts: &ThreadState, e: CodecError) -> PyErr {
    match e {
        CodecError::Unicode(u) => {
            let (ty, object) = if u.decoding {
                (&ts.exc.unicode_decode_error, ts.new_bytes(u.object))
            } else {
                (&ts.exc.unicode_encode_error, ts.new_str_gutf8(u.object))
            };
            ts.new_error_args(
                ty,
                vec![
                    ts.new_str(u.encoding),
                    object,
                    ts.new_int(u.start as i64),
                    ts.new_int(u.end as i64),
                    ts.new_str(u.reason),
                ],
            )
        }
        CodecError::Other(e) => ts.from_numeric(e),
    }
}

/// Whether `name` is `utf-8-sig` (UTF-8 with a byte order mark), in any of its spellings.
fn is_utf8_sig(name: &str) -> bool {
    let n: String = name
        .chars()
        .map(|c| {
            if c == '-' || c == ' ' {
                '_'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    n == "utf_8_sig" || n == "utf8_sig"
}

const BOM: &[u8] = b"\xef\xbb\xbf";

/// `s.encode(encoding, errors)` for generalized UTF-8 `s`.
pub fn encode(ts: &ThreadState, s: &[u8], encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    if is_utf8_sig(encoding) {
        let mut v = BOM.to_vec();
        v.extend(codecs::encode_by_name(s, "utf-8", errors).map_err(|e| raise(ts, e))?);
        return Ok(v);
    }
    codecs::encode_by_name(s, encoding, errors).map_err(|e| raise(ts, e))
}

/// `b.decode(encoding, errors)`: generalized UTF-8 text.
pub fn decode(ts: &ThreadState, b: &[u8], encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    if is_utf8_sig(encoding) {
        let b = b.strip_prefix(BOM).unwrap_or(b);
        return codecs::decode_by_name(b, "utf-8", errors).map_err(|e| raise(ts, e));
    }
    codecs::decode_by_name(b, encoding, errors).map_err(|e| raise(ts, e))
}

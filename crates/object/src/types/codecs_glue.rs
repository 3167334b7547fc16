//! `str.encode`/`bytes.decode` glue: `taipan_text::codecs` by encoding and handler names,
//! its errors raised as `UnicodeEncodeError`/`UnicodeDecodeError` (CPython's messages),
//! `LookupError` for an unknown encoding. A codec `taipan_text` does not have, or an error
//! handler it does not know, goes to the codec registry the VM's `_codecs` installs
//! ([`set_registry`]), so codecs and handlers registered from Python work too.

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

/// The codec registry's entry points (`_codecs` in `taipan-vm`): encoding/decoding by a
/// codec or an error handler that `taipan_text` does not have.
#[derive(Clone, Copy)]
pub struct Registry {
    pub encode: CodecFn,
    pub decode: CodecFn,
}

/// `(text or bytes, encoding, errors) -> bytes or text` (generalized UTF-8).
pub type CodecFn = fn(&ThreadState, &[u8], &str, &str) -> PyResult<Vec<u8>>;

thread_local! {
    static REGISTRY: std::cell::Cell<Option<Registry>> = const { std::cell::Cell::new(None) };
}

/// Installs the registry path (once, by the VM).
pub fn set_registry(r: Registry) {
    REGISTRY.with(|c| c.set(Some(r)));
}

/// The registry, when `encoding` or `errors` is beyond the built-in codecs and handlers.
fn registry_for(encoding: &str, errors: &str) -> Option<Registry> {
    let r = REGISTRY.with(|c| c.get())?;
    let beyond = codecs::ErrorHandler::lookup(errors).is_err()
        || (codecs::lookup(encoding).is_none() && !is_utf8_sig(encoding));
    beyond.then_some(r)
}

/// `s.encode(encoding, errors)` for generalized UTF-8 `s`.
pub fn encode(ts: &ThreadState, s: &[u8], encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    if let Some(r) = registry_for(encoding, errors) {
        return (r.encode)(ts, s, encoding, errors);
    }
    if is_utf8_sig(encoding) {
        let mut v = BOM.to_vec();
        v.extend(codecs::encode_by_name(s, "utf-8", errors).map_err(|e| raise(ts, e))?);
        return Ok(v);
    }
    codecs::encode_by_name(s, encoding, errors).map_err(|e| raise(ts, e))
}

/// `b.decode(encoding, errors)`: generalized UTF-8 text. Empty input is empty text before
/// the encoding or the error handler is looked up (`PyUnicode_Decode` outside `-X dev`).
pub fn decode(ts: &ThreadState, b: &[u8], encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    if b.is_empty() {
        return Ok(Vec::new());
    }
    if let Some(r) = registry_for(encoding, errors) {
        return (r.decode)(ts, b, encoding, errors);
    }
    if is_utf8_sig(encoding) {
        let b = b.strip_prefix(BOM).unwrap_or(b);
        return codecs::decode_by_name(b, "utf-8", errors).map_err(|e| raise(ts, e));
    }
    codecs::decode_by_name(b, encoding, errors).map_err(|e| raise(ts, e))
}

//! `str.encode`/`bytes.decode` glue: `taipan_text::codecs` by encoding and handler names,
//! its errors raised as `UnicodeEncodeError`/`UnicodeDecodeError` (CPython's messages),
//! `LookupError` for an unknown encoding.

use taipan_text::codecs::{self, CodecError};

use crate::error::{PyErr, PyResult};
use crate::thread::ThreadState;

fn raise(ts: &ThreadState, e: CodecError) -> PyErr {
    ts.from_numeric(e.to_pyerr())
}

/// `s.encode(encoding, errors)` for generalized UTF-8 `s`.
pub fn encode(ts: &ThreadState, s: &[u8], encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    codecs::encode_by_name(s, encoding, errors).map_err(|e| raise(ts, e))
}

/// `b.decode(encoding, errors)`: generalized UTF-8 text.
pub fn decode(ts: &ThreadState, b: &[u8], encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    codecs::decode_by_name(b, encoding, errors).map_err(|e| raise(ts, e))
}

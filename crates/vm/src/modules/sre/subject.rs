//! The string adapter: what a pattern is matched against (`str`, `bytes`, or any buffer:
//! `bytearray`, `memoryview`), how the engine reads it (one byte a character for bytes and
//! ASCII str, in-place generalized UTF-8 otherwise: no decoded copy), the engine run guarded
//! against panics on bad code, and slicing groups back out (`getslice` of `_sre.c`).

use std::panic::{AssertUnwindSafe, catch_unwind};

use taipan_object::types::bytearray::PyByteArray;
use taipan_object::types::bytes::{PyBytes, as_bytes_like};
use taipan_object::types::memoryview::PyMemoryView;
use taipan_object::types::str_::PyStr;
use taipan_object::{ObjRef, PyResult, ThreadState};

use super::engine::{Bytes, Request, State, StrDrive, Text};

enum Data {
    /// A `str`: read through the object.
    Str,
    /// An immutable `bytes`: read through the object.
    Bytes,
    /// A mutable buffer (bytearray, memoryview): copied once per call, as CPython holds the
    /// buffer exported for the call.
    Buf(Box<[u8]>),
}

/// A subject of one call (`match`, `sub`, a scanner...).
pub struct Subject {
    pub obj: ObjRef,
    data: Data,
    len: usize,
}

/// `getstring`: whether `o` is a str (`Some(false)`), bytes-like (`Some(true)`), or neither.
pub fn kind_of(o: &ObjRef) -> Option<bool> {
    if o.is_a::<PyStr>() {
        Some(false)
    } else if as_bytes_like(o).is_some() {
        Some(true)
    } else {
        None
    }
}

impl Subject {
    /// `state_init`'s checks: the subject's kind must be the pattern's (`isbytes`; `None`
    /// when the pattern has no source and takes either).
    pub fn new(ts: &ThreadState, obj: &ObjRef, isbytes: Option<bool>) -> PyResult<Subject> {
        let (data, len, b) = if let Some(s) = obj.downcast::<PyStr>() {
            (Data::Str, s.char_len(), false)
        } else if let Some(b) = obj.downcast::<PyBytes>() {
            (Data::Bytes, b.as_bytes().len(), true)
        } else if let Some(b) = as_bytes_like(obj) {
            let v: Box<[u8]> = b.to_vec().into_boxed_slice();
            let n = v.len();
            (Data::Buf(v), n, true)
        } else {
            return Err(ts.type_error(format!(
                "expected string or bytes-like object, got '{}'",
                obj.typ().name()
            )));
        };
        match isbytes {
            Some(false) if b => {
                return Err(ts.type_error("cannot use a string pattern on a bytes-like object"));
            }
            Some(true) if !b => {
                return Err(ts.type_error("cannot use a bytes pattern on a string-like object"));
            }
            _ => {}
        }
        if let Some(b) = exported(obj) {
            b.export(true);
        }
        Ok(Subject {
            obj: obj.clone(),
            data,
            len,
        })
    }

    /// The length in characters.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Runs the engine once from `start` (a match attempt, or a search when `search`),
    /// leaving the span in `state.start..state.cursor.position` and the groups in
    /// `state.marks`. A panic inside the engine (only on code `re._compiler` never makes)
    /// becomes a RuntimeError.
    #[allow(clippy::too_many_arguments)]
    pub fn run(
        &self,
        ts: &ThreadState,
        state: &mut State,
        code: &[u32],
        start: usize,
        end: usize,
        match_all: bool,
        must_advance: bool,
        search: bool,
    ) -> PyResult<bool> {
        if start > end {
            return Ok(false);
        }
        fn go<S: StrDrive>(state: &mut State, req: Request<'_, S>, search: bool) -> bool {
            state.reset(&req, req.start);
            if search {
                state.search(req)
            } else {
                state.py_match(&req)
            }
        }
        let r = catch_unwind(AssertUnwindSafe(|| match &self.data {
            Data::Str => {
                let s = self.obj.downcast::<PyStr>().expect("str subject");
                if s.is_ascii() {
                    go(
                        state,
                        request(
                            Bytes(s.as_bytes()),
                            code,
                            start,
                            end,
                            match_all,
                            must_advance,
                        ),
                        search,
                    )
                } else {
                    go(
                        state,
                        request(Text(s), code, start, end, match_all, must_advance),
                        search,
                    )
                }
            }
            Data::Bytes => {
                let b = self.obj.downcast::<PyBytes>().expect("bytes subject");
                go(
                    state,
                    request(
                        Bytes(b.as_bytes()),
                        code,
                        start,
                        end,
                        match_all,
                        must_advance,
                    ),
                    search,
                )
            }
            Data::Buf(v) => go(
                state,
                request(Bytes(v), code, start, end, match_all, must_advance),
                search,
            ),
        }));
        r.map_err(|_| ts.runtime_error("internal error in regular expression engine"))
    }

    /// The subject's characters `start..end` as a new str or bytes.
    pub fn slice(&self, ts: &ThreadState, start: usize, end: usize) -> ObjRef {
        match &self.data {
            Data::Buf(v) => ts.new_bytes(v[start.min(v.len())..end.min(v.len())].to_vec()),
            _ => slice(ts, &self.obj, start, end),
        }
    }
}

/// The bytearray whose buffer a subject exports while it lives (as CPython's `Py_buffer`
/// held by the match state: resizing it raises BufferError meanwhile).
fn exported(o: &ObjRef) -> Option<&PyByteArray> {
    if let Some(m) = o.downcast::<PyMemoryView>() {
        return m.obj.downcast::<PyByteArray>();
    }
    o.downcast::<PyByteArray>()
}

impl Drop for Subject {
    fn drop(&mut self) {
        if let Some(b) = exported(&self.obj) {
            b.export(false);
        }
    }
}

fn request<S: StrDrive>(
    string: S,
    code: &[u32],
    start: usize,
    end: usize,
    match_all: bool,
    must_advance: bool,
) -> Request<'_, S> {
    let end = end.min(string.count());
    Request {
        string,
        start: start.min(end),
        end,
        pattern_codes: code,
        match_all,
        must_advance,
    }
}

/// `getslice`: characters `start..end` of `obj` (a str or a buffer) as a str or bytes; a
/// whole exact `bytes` or `str` is returned itself.
pub fn slice(ts: &ThreadState, obj: &ObjRef, start: usize, end: usize) -> ObjRef {
    if let Some(s) = obj.downcast::<PyStr>() {
        let n = s.char_len();
        let (start, end) = (start.min(n), end.min(n).max(start.min(n)));
        if start == 0 && end == n && obj.class().is(&ts.types.str_) {
            return obj.clone();
        }
        let (a, b) = (s.byte_offset(start), s.byte_offset(end));
        return ts.new_str_bytes(&s.as_bytes()[a..b]);
    }
    if let Some(b) = obj.downcast::<PyBytes>() {
        let n = b.as_bytes().len();
        if start == 0 && end == n && obj.class().is(&ts.types.bytes) {
            return obj.clone();
        }
    }
    match as_bytes_like(obj) {
        Some(v) => {
            let n = v.len();
            let (start, end) = (start.min(n), end.min(n).max(start.min(n)));
            ts.new_bytes(v[start..end].to_vec())
        }
        None => ts.none(),
    }
}

//! `str`, `bytes` and `tuple` as sequences: concatenation, repetition by an int, and indexing
//! by an int, with CPython's errors.

use taipan_ast::{PyStr, PyStrBuilder};

use crate::int::{MAX_BITS, is_negative, to_i64};
use crate::{Constant, Int, PyErr, PyErrKind, PyResult};

/// The repetition count `n` of `seq * n` for a sequence of `len` items: 0 when negative,
/// `OverflowError` when it does not fit an index, `MemoryError` past what can be built.
fn repeat_count(n: &Int, len: usize) -> PyResult<usize> {
    if is_negative(n) {
        return Ok(0);
    }
    let Some(n) = to_i64(n) else {
        return Err(PyErr::overflow(
            "cannot fit 'int' into an index-sized integer",
        ));
    };
    let n = n as u64;
    if len != 0 && (len as u64).saturating_mul(n) > MAX_BITS / 8 {
        return Err(PyErr::memory());
    }
    Ok(if len == 0 { 0 } else { n as usize })
}

pub(crate) fn str_concat(a: &PyStr, b: &PyStr) -> PyStr {
    let mut out = PyStrBuilder::with_capacity(a.as_bytes().len() + b.as_bytes().len());
    out.push_pystr(a);
    out.push_pystr(b);
    out.finish()
}

pub(crate) fn str_repeat(s: &PyStr, n: &Int) -> PyResult<PyStr> {
    let n = repeat_count(n, s.as_bytes().len())?;
    let mut out = PyStrBuilder::with_capacity(s.as_bytes().len() * n);
    for _ in 0..n {
        out.push_pystr(s);
    }
    Ok(out.finish())
}

pub(crate) fn bytes_concat(a: &[u8], b: &[u8]) -> Box<[u8]> {
    [a, b].concat().into_boxed_slice()
}

pub(crate) fn bytes_repeat(b: &[u8], n: &Int) -> PyResult<Box<[u8]>> {
    let n = repeat_count(n, b.len())?;
    Ok(b.repeat(n).into_boxed_slice())
}

pub(crate) fn tuple_concat(a: &[Constant], b: &[Constant]) -> Box<[Constant]> {
    a.iter().chain(b).cloned().collect()
}

pub(crate) fn tuple_repeat(t: &[Constant], n: &Int) -> PyResult<Box<[Constant]>> {
    let n = repeat_count(n, t.len())?;
    let mut out = Vec::with_capacity(t.len() * n);
    for _ in 0..n {
        out.extend_from_slice(t);
    }
    Ok(out.into_boxed_slice())
}

/// The position `index` designates in a sequence of `len` items (negative counts from the end),
/// or `IndexError` with `message`.
fn position(index: &Int, len: usize, message: &'static str) -> PyResult<usize> {
    let Some(i) = to_i64(index) else {
        return Err(PyErr::new(
            PyErrKind::IndexError,
            "cannot fit 'int' into an index-sized integer",
        ));
    };
    let i = if i < 0 { i + len as i64 } else { i };
    if i < 0 || i >= len as i64 {
        return Err(PyErr::new(PyErrKind::IndexError, message));
    }
    Ok(i as usize)
}

pub(crate) fn str_item(s: &PyStr, index: &Int) -> PyResult<PyStr> {
    let i = position(index, s.char_len(), "string index out of range")?;
    let mut out = PyStrBuilder::with_capacity(4);
    if let Some(cp) = s.code_points().nth(i) {
        out.push(cp);
    }
    Ok(out.finish())
}

pub(crate) fn bytes_item(b: &[u8], index: &Int) -> PyResult<Int> {
    let i = position(index, b.len(), "index out of range")?;
    Ok(Int::Small(b[i] as i64))
}

pub(crate) fn tuple_item(t: &[Constant], index: &Int) -> PyResult<Constant> {
    let i = position(index, t.len(), "tuple index out of range")?;
    Ok(t[i].clone())
}

//! `str.translate` (the mapping is the caller's: the object model looks each code point up
//! and answers with a [`Translation`]), `str.maketrans`'s argument checks, and
//! `bytes.translate` with its 256-byte table and delete set.

use crate::pystr::{code_points, push_cp};
use crate::{PyErr, PyResult};

/// What a translation table maps one code point to.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Translation<'a> {
    /// Not in the table (`LookupError`): the code point stays.
    Keep,
    /// Mapped to `None`: the code point goes.
    Delete,
    /// Mapped to an int: that code point (already checked against `range(0x110000)`).
    Char(u32),
    /// Mapped to a str (generalized UTF-8).
    Str(&'a [u8]),
}

/// `s.translate(table)`: `lookup(cp)` consults the table (and may raise).
pub fn translate<'t>(
    s: &[u8],
    mut lookup: impl FnMut(u32) -> PyResult<Translation<'t>>,
) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    for cp in code_points(s) {
        match lookup(cp)? {
            Translation::Keep => push_cp(&mut out, cp),
            Translation::Delete => {}
            Translation::Char(c) => push_cp(&mut out, c),
            Translation::Str(t) => out.extend_from_slice(t),
        }
    }
    Ok(out)
}

/// The message CPython raises when a table maps to an int out of range.
pub const CHAR_MAPPING_RANGE: &str = "character mapping must be in range(0x110000)";

/// The message CPython raises when a table maps to another type.
pub const CHAR_MAPPING_TYPE: &str = "character mapping must return integer, None or str";

/// `str.maketrans(x, y, z)` with strings: the `(code point, mapped to)` pairs of the dict it
/// builds, in insertion order (`None`: mapped to None, from `z`).
pub fn maketrans(x: &[u8], y: &[u8], z: Option<&[u8]>) -> PyResult<Vec<(u32, Option<u32>)>> {
    let (xs, ys): (Vec<u32>, Vec<u32>) = (code_points(x).collect(), code_points(y).collect());
    if xs.len() != ys.len() {
        return Err(PyErr::value_error(
            "the first two maketrans arguments must have equal length",
        ));
    }
    let mut out: Vec<(u32, Option<u32>)> = Vec::with_capacity(xs.len());
    let mut set = |k: u32, v: Option<u32>| match out.iter_mut().find(|(key, _)| *key == k) {
        Some(entry) => entry.1 = v,
        None => out.push((k, v)),
    };
    for (a, b) in xs.into_iter().zip(ys) {
        set(a, Some(b));
    }
    for c in z.map(code_points).into_iter().flatten() {
        set(c, None);
    }
    Ok(out)
}

/// `bytes.translate`'s table check: 256 bytes long (made before `delete` is looked at).
pub fn check_bytes_table(table: &[u8]) -> PyResult<()> {
    if table.len() != 256 {
        return Err(PyErr::value_error(
            "translation table must be 256 characters long",
        ));
    }
    Ok(())
}

/// `bytes.translate(table, delete)`: `table` must be 256 bytes long (or `None`).
pub fn bytes_translate(s: &[u8], table: Option<&[u8]>, delete: &[u8]) -> PyResult<Vec<u8>> {
    if let Some(t) = table {
        check_bytes_table(t)?;
    }
    let mut gone = [false; 256];
    for &d in delete {
        gone[d as usize] = true;
    }
    Ok(s.iter()
        .filter(|&&b| !gone[b as usize])
        .map(|&b| table.map_or(b, |t| t[b as usize]))
        .collect())
}

/// `bytes.maketrans(from, to)`.
pub fn bytes_maketrans(from: &[u8], to: &[u8]) -> PyResult<[u8; 256]> {
    if from.len() != to.len() {
        return Err(PyErr::value_error(
            "maketrans arguments must have same length",
        ));
    }
    let mut table = [0u8; 256];
    for (i, t) in table.iter_mut().enumerate() {
        *t = i as u8;
    }
    for (&f, &t) in from.iter().zip(to) {
        table[f as usize] = t;
    }
    Ok(table)
}

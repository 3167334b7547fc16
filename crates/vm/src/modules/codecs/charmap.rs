//! `_codecs.charmap_decode`/`charmap_encode`/`charmap_build`: the table-driven codecs the
//! `encodings` modules are written with (a decoding table as a 256-character str, or any
//! mapping; an encoding map from `charmap_build` or a dict), as CPython's
//! `PyUnicode_DecodeCharmap`/`PyUnicode_EncodeCharmap`. (Built-in charmap codecs such as
//! cp1252 are decoded by `taipan_text` directly; these run when Python code calls them.)

use taipan_object::abstract_ as ab;
use taipan_object::types::bytes::{PyBytes, buffer};
use taipan_object::types::dict::PyDict;
use taipan_object::types::int::PyInt;
use taipan_object::types::str_::PyStr;
use taipan_object::{ObjRef, PyResult, ThreadState};
use taipan_text::pystr::{code_points, push_cp};

use super::builtin::{count, errors_arg};
use super::errors::{decode_error, encode_error};

const UNDEFINED: &str = "character maps to <undefined>";

fn pair(ts: &ThreadState, v: ObjRef, n: usize) -> PyResult<ObjRef> {
    Ok(ts.new_tuple(vec![v, ts.new_int(n as i64)]))
}

/// Looks `key` up in `mapping`; `None` for a missing key (LookupError) or a None value.
fn map_get(ts: &ThreadState, mapping: &ObjRef, key: u32) -> PyResult<Option<ObjRef>> {
    match ab::getitem(ts, mapping, &ts.new_int(key as i64)) {
        Ok(v) if ts.is_none(&v) => Ok(None),
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(&ts.exc.lookup_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `charmap_decode(data, errors=None, mapping=None)`.
pub fn charmap_decode(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    count(ts, "charmap_decode", a, 1, 3)?;
    let data = buffer(ts, &a[0])?.to_vec();
    let errors = errors_arg(ts, "charmap_decode", 2, a.get(1))?;
    let mapping = a.get(2).filter(|m| !ts.is_none(m));
    let Some(mapping) = mapping else {
        let v = taipan_object::types::codecs_glue::decode(ts, &data, "latin-1", &errors)?;
        return pair(ts, ts.new_str_gutf8(v), data.len());
    };
    let table: Option<Vec<u32>> = mapping
        .downcast::<PyStr>()
        .map(|s| code_points(s.as_bytes()).collect());
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        let ok = match &table {
            Some(t) => match t.get(b as usize) {
                Some(&c) if c != 0xFFFE => {
                    push_cp(&mut out, c);
                    true
                }
                _ => false,
            },
            None => match map_get(ts, mapping, b as u32)? {
                None => false,
                Some(v) => {
                    if let Some(s) = v.downcast::<PyStr>() {
                        let undefined = s.char_len() == 1 && s.char_at(0) == Some(0xFFFE);
                        if !undefined {
                            out.extend_from_slice(s.as_bytes());
                        }
                        !undefined
                    } else if v.is_a::<PyInt>() {
                        let c = ab::index_isize(ts, &v)?;
                        if !(0..0x110000).contains(&c) {
                            return Err(
                                ts.type_error("character mapping must be in range(0x110000)")
                            );
                        }
                        if c == 0xFFFE {
                            false
                        } else {
                            push_cp(&mut out, c as u32);
                            true
                        }
                    } else {
                        return Err(
                            ts.type_error("character mapping must return integer, None or str")
                        );
                    }
                }
            },
        };
        if ok {
            i += 1;
        } else {
            i = decode_error(ts, &errors, "charmap", &data, i, i + 1, UNDEFINED, &mut out)?;
        }
    }
    pair(ts, ts.new_str_gutf8(out), data.len())
}

/// The byte(s) `mapping` gives for `ch`, or `None` when it is unmapped.
fn encode_one(ts: &ThreadState, mapping: &ObjRef, ch: u32) -> PyResult<Option<Vec<u8>>> {
    let Some(v) = map_get(ts, mapping, ch)? else {
        return Ok(None);
    };
    if v.is_a::<PyInt>() {
        let b = ab::index_isize(ts, &v)?;
        if !(0..256).contains(&b) {
            return Err(ts.type_error("character mapping must be in range(256)"));
        }
        return Ok(Some(vec![b as u8]));
    }
    if let Some(b) = v.downcast::<PyBytes>() {
        return Ok(Some(b.as_bytes().to_vec()));
    }
    Err(ts.type_error("character mapping must return integer, bytes or None, not str"))
}

/// `charmap_encode(str, errors=None, mapping=None)`.
pub fn charmap_encode(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    count(ts, "charmap_encode", a, 1, 3)?;
    let Some(s) = a[0].downcast::<PyStr>() else {
        return Err(ts.type_error(format!(
            "charmap_encode() argument 1 must be str, not {}",
            a[0].typ().name()
        )));
    };
    let errors = errors_arg(ts, "charmap_encode", 2, a.get(1))?;
    let n = s.char_len();
    let Some(mapping) = a.get(2).filter(|m| !ts.is_none(m)) else {
        let v = taipan_object::types::codecs_glue::encode(ts, s.as_bytes(), "latin-1", &errors)?;
        return pair(ts, ts.new_bytes(v), n);
    };
    let cps: Vec<u32> = code_points(s.as_bytes()).collect();
    let mut out = Vec::with_capacity(cps.len());
    let mut i = 0;
    while i < cps.len() {
        if let Some(b) = encode_one(ts, mapping, cps[i])? {
            out.extend(b);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < cps.len() && encode_one(ts, mapping, cps[end])?.is_none() {
            end += 1;
        }
        let (repl, pos) = encode_error(ts, &errors, "charmap", &a[0], i, end, UNDEFINED)?;
        if let Some(r) = repl.downcast::<PyStr>() {
            for (k, ch) in code_points(r.as_bytes()).enumerate() {
                match encode_one(ts, mapping, ch)? {
                    Some(b) => out.extend(b),
                    None => {
                        let _ = k;
                        return Err(super::errors::unicode_exc(
                            ts, false, "charmap", &a[0], i, end, UNDEFINED,
                        ));
                    }
                }
            }
        } else if let Some(b) = taipan_object::types::bytes::as_bytes_like(&repl) {
            out.extend_from_slice(&b);
        }
        i = pos;
    }
    pair(ts, ts.new_bytes(out), n)
}

/// `charmap_build(map)`: the encoding map of a decoding table (here a dict `ord -> byte`,
/// which `charmap_encode` accepts like CPython's `EncodingMap`).
pub fn charmap_build(ts: &ThreadState, _: &ObjRef, m: &ObjRef) -> PyResult<ObjRef> {
    let Some(s) = m.downcast::<PyStr>() else {
        return Err(ts.type_error(format!(
            "charmap_build() argument must be str, not {}",
            m.typ().name()
        )));
    };
    let d = ts.new_dict();
    let dd = d.downcast::<PyDict>().expect("dict");
    for (k, ch) in code_points(s.as_bytes()).enumerate().take(256) {
        if ch != 0xFFFE {
            dd.set_item(ts, ts.new_int(ch as i64), ts.new_int(k as i64))?;
        }
    }
    Ok(d)
}

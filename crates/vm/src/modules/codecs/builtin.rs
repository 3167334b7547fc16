//! `_codecs`' functions for the codecs CPython implements in C (`utf_8_encode`,
//! `utf_16_ex_decode`, `latin_1_decode`, ...): argument checking, the `(result, consumed)`
//! tuples, `final=False` leaving an incomplete trailing sequence undecoded (what incremental
//! decoders rely on), and the BOM handling of `utf_16`/`utf_32`. The algorithms are
//! `taipan_text::codecs`' through `codecs_glue` (which applies user error handlers).

use taipan_object::abstract_ as ab;
use taipan_object::types::bytes::buffer;
use taipan_object::types::codecs_glue;
use taipan_object::types::str_::PyStr;
use taipan_object::{ObjRef, PyResult, ThreadState};

/// `errors` as given (`None` means `strict`).
pub fn errors_arg(ts: &ThreadState, f: &str, n: usize, a: Option<&ObjRef>) -> PyResult<String> {
    match a {
        None => Ok("strict".into()),
        Some(e) if ts.is_none(e) => Ok("strict".into()),
        Some(e) => match e.downcast::<PyStr>() {
            Some(s) => Ok(s.as_str().to_string()),
            None => Err(ts.type_error(format!(
                "{f}() argument {n} must be str or None, not {}",
                e.typ().name()
            ))),
        },
    }
}

/// Checks the positional count `min..=max` as Argument Clinic does.
pub fn count(ts: &ThreadState, f: &str, a: &[ObjRef], min: usize, max: usize) -> PyResult<()> {
    taipan_object::args::check_positional(ts, f, a.len(), min, max)
}

fn str_arg<'a>(ts: &ThreadState, f: &str, a: &'a ObjRef) -> PyResult<&'a PyStr> {
    a.downcast::<PyStr>().ok_or_else(|| {
        ts.type_error(format!(
            "{f}() argument 1 must be str, not {}",
            a.typ().name()
        ))
    })
}

fn final_arg(ts: &ThreadState, a: Option<&ObjRef>) -> PyResult<bool> {
    match a {
        Some(f) => ab::is_true(ts, f),
        None => Ok(false),
    }
}

fn pair(ts: &ThreadState, v: ObjRef, n: usize) -> PyResult<ObjRef> {
    Ok(ts.new_tuple(vec![v, ts.new_int(n as i64)]))
}

/// `X_encode(str, errors=None)` for the codec named `enc`.
fn encode_with(ts: &ThreadState, f: &str, enc: &str, a: &[ObjRef]) -> PyResult<ObjRef> {
    count(ts, f, a, 1, 2)?;
    let s = str_arg(ts, f, &a[0])?;
    let errors = errors_arg(ts, f, 2, a.get(1))?;
    let v = codecs_glue::encode(ts, s.as_bytes(), enc, &errors)?;
    pair(ts, ts.new_bytes(v), s.char_len())
}

/// How many bytes at the end of `b` form an incomplete but valid start of a sequence of the
/// codec with `unit`-byte units (0: UTF-7) (`final=False` leaves them for the next call).
fn incomplete_tail(b: &[u8], unit: usize, big: bool) -> usize {
    match unit {
        // UTF-7: a shift sequence still open at the end waits for its terminator.
        0 => b.len() - taipan_text::codecs::utf7_pending_shift(b).unwrap_or(b.len()),
        1 => {
            for back in 1..=3.min(b.len()) {
                let i = b.len() - back;
                let lead = b[i];
                let need = match lead {
                    0xC2..=0xDF => 2,
                    0xE0..=0xEF => 3,
                    0xF0..=0xF4 => 4,
                    0x80..=0xBF => continue,
                    _ => return 0,
                };
                if back >= need {
                    return 0;
                }
                let second_ok = |x: u8| match lead {
                    0xE0 => (0xA0..=0xBF).contains(&x),
                    // ED A0..BF (a surrogate) waits too: surrogatepass may take it.
                    0xED => (0x80..=0xBF).contains(&x),
                    0xF0 => (0x90..=0xBF).contains(&x),
                    0xF4 => (0x80..=0x8F).contains(&x),
                    _ => (0x80..=0xBF).contains(&x),
                };
                let rest = &b[i + 1..];
                let ok = rest.iter().enumerate().all(|(k, &x)| {
                    if k == 0 {
                        second_ok(x)
                    } else {
                        x & 0xC0 == 0x80
                    }
                });
                return if ok { back } else { 0 };
            }
            0
        }
        2 => {
            let odd = b.len() % 2;
            let even = &b[..b.len() - odd];
            if even.len() >= 2 {
                let u = [even[even.len() - 2], even[even.len() - 1]];
                let u = if big {
                    u16::from_be_bytes(u)
                } else {
                    u16::from_le_bytes(u)
                };
                if (0xD800..=0xDBFF).contains(&u) {
                    return odd + 2;
                }
            }
            odd
        }
        _ => b.len() % 4,
    }
}

/// `X_decode(data, errors=None[, final=False])` for the codec named `enc`.
fn decode_with(
    ts: &ThreadState,
    f: &str,
    enc: &str,
    a: &[ObjRef],
    unit: Option<(usize, bool)>,
) -> PyResult<ObjRef> {
    count(ts, f, a, 1, if unit.is_some() { 3 } else { 2 })?;
    let data = buffer(ts, &a[0])?.to_vec();
    let errors = errors_arg(ts, f, 2, a.get(1))?;
    let fin = unit.is_none() || final_arg(ts, a.get(2))?;
    let take = match unit {
        Some((u, big)) if !fin => data.len() - incomplete_tail(&data, u, big),
        _ => data.len(),
    };
    let v = codecs_glue::decode(ts, &data[..take], enc, &errors)?;
    pair(ts, ts.new_str_gutf8(v), take)
}

macro_rules! codec_fns {
    ($($enc_fn:ident, $dec_fn:ident, $name:literal, $unit:expr;)*) => {$(
        pub fn $enc_fn(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
            encode_with(ts, stringify!($enc_fn), $name, a)
        }
        pub fn $dec_fn(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
            decode_with(ts, stringify!($dec_fn), $name, a, $unit)
        }
    )*};
}

codec_fns! {
    utf_8_encode, utf_8_decode, "utf-8", Some((1, false));
    ascii_encode, ascii_decode, "ascii", None;
    latin_1_encode, latin_1_decode, "latin-1", None;
    utf_16_le_encode, utf_16_le_decode, "utf-16-le", Some((2, false));
    utf_16_be_encode, utf_16_be_decode, "utf-16-be", Some((2, true));
    utf_32_le_encode, utf_32_le_decode, "utf-32-le", Some((4, false));
    utf_32_be_encode, utf_32_be_decode, "utf-32-be", Some((4, true));
    utf_7_encode, utf_7_decode, "utf-7", Some((0, false));
}

/// `utf_16_encode(str, errors=None, byteorder=0)` and the utf-32 one: `byteorder` 0 writes a
/// BOM (little-endian), -1 little-endian, 1 big-endian.
fn wide_encode(ts: &ThreadState, f: &str, unit: usize, a: &[ObjRef]) -> PyResult<ObjRef> {
    count(ts, f, a, 1, 3)?;
    let order = match a.get(2) {
        Some(o) => super::super::common::index_i64(ts, o)?,
        None => 0,
    };
    let w = if unit == 2 { "16" } else { "32" };
    let name = match order {
        0 => format!("utf-{w}"),
        o if o < 0 => format!("utf-{w}-le"),
        _ => format!("utf-{w}-be"),
    };
    encode_with(ts, f, &name, &a[..a.len().min(2)])
}

pub fn utf_16_encode(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    wide_encode(ts, "utf_16_encode", 2, a)
}
pub fn utf_32_encode(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    wide_encode(ts, "utf_32_encode", 4, a)
}

/// `utf_16_ex_decode(data, errors=None, byteorder=0, final=False)` (and utf-32's): a BOM
/// picks the byte order when `byteorder` is 0; answers `(str, consumed, byteorder)`.
fn wide_ex_decode(
    ts: &ThreadState,
    f: &str,
    unit: usize,
    a: &[ObjRef],
    ex: bool,
) -> PyResult<ObjRef> {
    count(ts, f, a, 1, if ex { 4 } else { 3 })?;
    let data = buffer(ts, &a[0])?.to_vec();
    let errors = errors_arg(ts, f, 2, a.get(1))?;
    let (mut order, fin) = if ex {
        let o = match a.get(2) {
            Some(o) => super::super::common::index_i64(ts, o)?,
            None => 0,
        };
        (o, final_arg(ts, a.get(3))?)
    } else {
        (0, final_arg(ts, a.get(2))?)
    };
    let mut skip = 0;
    if order == 0 {
        let (le, be): (&[u8], &[u8]) = if unit == 2 {
            (b"\xff\xfe", b"\xfe\xff")
        } else {
            (b"\xff\xfe\0\0", b"\0\0\xfe\xff")
        };
        if data.starts_with(le) {
            order = -1;
            skip = unit;
        } else if data.starts_with(be) {
            order = 1;
            skip = unit;
        } else if data.len() < unit && !fin {
            let t = ts.new_tuple(vec![ts.new_str(""), ts.new_int(0), ts.new_int(0)]);
            return if ex {
                Ok(t)
            } else {
                pair(ts, ts.new_str(""), 0)
            };
        }
    }
    let big = order > 0;
    let w = if unit == 2 { "16" } else { "32" };
    let name = format!("utf-{w}-{}", if big { "be" } else { "le" });
    let body = &data[skip..];
    let take = if fin {
        body.len()
    } else {
        body.len() - incomplete_tail(body, unit, big)
    };
    let v = codecs_glue::decode(ts, &body[..take], &name, &errors)?;
    let text = ts.new_str_gutf8(v);
    let consumed = ts.new_int((skip + take) as i64);
    // The decoder keeps the order a BOM chose, or native (little) when none was seen.
    let shown = if ex { order } else { 0 };
    Ok(if ex {
        ts.new_tuple(vec![text, consumed, ts.new_int(shown)])
    } else {
        ts.new_tuple(vec![text, consumed])
    })
}

pub fn utf_16_decode(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    wide_ex_decode(ts, "utf_16_decode", 2, a, false)
}
pub fn utf_32_decode(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    wide_ex_decode(ts, "utf_32_decode", 4, a, false)
}
pub fn utf_16_ex_decode(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    wide_ex_decode(ts, "utf_16_ex_decode", 2, a, true)
}
pub fn utf_32_ex_decode(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    wide_ex_decode(ts, "utf_32_ex_decode", 4, a, true)
}

/// `readbuffer_encode(data, errors=None)`: the bytes of a str (UTF-8) or buffer.
pub fn readbuffer_encode(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    count(ts, "readbuffer_encode", a, 1, 2)?;
    errors_arg(ts, "readbuffer_encode", 2, a.get(1))?;
    let v = match a[0].downcast::<PyStr>() {
        Some(s) => s.as_bytes().to_vec(),
        None => buffer(ts, &a[0])?.to_vec(),
    };
    let n = v.len();
    pair(ts, ts.new_bytes(v), n)
}

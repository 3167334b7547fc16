//! `array._array_reconstructor(arraytype, typecode, mformat_code, items)`: rebuilds an array
//! pickled on any machine from its bytes and CPython's machine format code (which integer
//! size/sign/endianness, IEEE float or double, UTF-16/32 they were written in), as
//! `array_reconstructor` in `Modules/arraymodule.c`.

use taipan_object::abstract_ as ab;
use taipan_object::types::bytes::PyBytes;
use taipan_object::types::str_::PyStr;
use taipan_object::{ObjRef, PyResult, ThreadState};

use super::data::TYPECODES;
use super::{SPEC, array_new, type_of};

/// What a machine format code describes.
enum Format {
    /// Integers: size in bytes, signed, big-endian.
    Int(usize, bool, bool),
    /// IEEE 754: size 4 or 8, big-endian.
    Float(usize, bool),
    /// UTF-16 (size 2) or UTF-32 (size 4), big-endian.
    Utf(usize, bool),
}

fn format(code: i64) -> Option<Format> {
    Some(match code {
        0 => Format::Int(1, false, false),
        1 => Format::Int(1, true, false),
        2..=13 => {
            let k = code - 2;
            Format::Int(2 << (k / 4), (k / 2) % 2 == 1, k % 2 == 1)
        }
        14 | 15 => Format::Float(4, code == 15),
        16 | 17 => Format::Float(8, code == 17),
        18 | 19 => Format::Utf(2, code == 19),
        20 | 21 => Format::Utf(4, code == 21),
        _ => return None,
    })
}

/// The machine format code of a typecode's native items (`typecode_to_mformat_code`).
pub(super) fn native(code: char) -> i64 {
    let le = cfg!(target_endian = "little");
    let int = |size: u32, signed: bool| -> i64 {
        let base = match size {
            1 => return signed as i64,
            2 => 2,
            4 => 6,
            _ => 10,
        };
        base + 2 * signed as i64 + (!le) as i64
    };
    match code {
        'b' => int(1, true),
        'B' => int(1, false),
        'h' => int(2, true),
        'H' => int(2, false),
        'i' => int(4, true),
        'I' => int(4, false),
        'l' | 'q' => int(8, true),
        'L' | 'Q' => int(8, false),
        'f' => 14 + (!le) as i64,
        'd' => 16 + (!le) as i64,
        _ => 20 + (!le) as i64,
    }
}

fn word(chunk: &[u8], big: bool) -> u64 {
    let mut v = 0u64;
    if big {
        for &b in chunk {
            v = (v << 8) | b as u64;
        }
    } else {
        for &b in chunk.iter().rev() {
            v = (v << 8) | b as u64;
        }
    }
    v
}

pub fn array_reconstructor(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    taipan_object::args::check_positional(ts, "_array_reconstructor", a.len(), 4, 4)?;
    let (cls, tc, mf, items) = (&a[0], &a[1], &a[2], &a[3]);
    let Some(cls_ty) = cls.downcast::<taipan_object::PyType>() else {
        return Err(ts.type_error(format!(
            "first argument must be a type object, not {}",
            cls.typ().name()
        )));
    };
    let array_type = type_of(ts, &SPEC);
    if !cls_ty.is_subtype(&array_type) {
        return Err(ts.type_error(format!("{} is not a subtype of array.array", cls_ty.name())));
    }
    let code = match tc.downcast::<PyStr>().map(|s| s.as_str()) {
        Some(s) if s.chars().count() == 1 => s.chars().next().expect("one char"),
        _ => {
            return Err(ts.type_error(format!(
                "_array_reconstructor() argument 2 must be a unicode character, not {}",
                tc.typ().name()
            )));
        }
    };
    if !TYPECODES.contains(code) {
        return Err(ts.value_error("second argument must be a valid type code"));
    }
    let mcode = ab::index(ts, mf)?;
    let mcode = taipan_object::types::int::as_i64(&mcode).unwrap_or(-1);
    let Some(fmt) = format(mcode) else {
        return Err(ts.value_error("third argument must be a valid machine format code."));
    };
    let Some(bytes) = items.downcast::<PyBytes>() else {
        return Err(ts.type_error(format!(
            "fourth argument should be bytes, not {}",
            items.typ().name()
        )));
    };
    let b = bytes.as_bytes();
    let code_obj = |c: char| ts.new_string(c.to_string());
    if mcode == native(code) {
        return array_new(ts, cls, &[code_obj(code), items.clone()], None);
    }
    let size = match fmt {
        Format::Int(s, ..) | Format::Float(s, _) | Format::Utf(s, _) => s,
    };
    if b.len() % size != 0 {
        return Err(ts.value_error("string length not a multiple of item size"));
    }
    let (code, init) = match fmt {
        Format::Float(size, big) => {
            let vals = b
                .chunks_exact(size)
                .map(|c| {
                    let w = word(c, big);
                    let f = if size == 4 {
                        f32::from_bits(w as u32) as f64
                    } else {
                        f64::from_bits(w)
                    };
                    ts.new_float(f)
                })
                .collect();
            (code, ts.new_list(vals))
        }
        Format::Utf(size, big) => {
            let units: Vec<u32> = b.chunks_exact(size).map(|c| word(c, big) as u32).collect();
            let s: String = if size == 2 {
                let u16s: Vec<u16> = units.iter().map(|&u| u as u16).collect();
                char::decode_utf16(u16s)
                    .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
                    .collect()
            } else {
                let mut s = String::new();
                for u in units {
                    match char::from_u32(u) {
                        Some(c) => s.push(c),
                        None => {
                            return Err(ts.new_error(
                                &ts.exc.unicode_decode_error,
                                "code point not in range(0x110000)",
                            ));
                        }
                    }
                }
                s
            };
            (code, ts.new_string(s))
        }
        Format::Int(size, signed, big) => {
            let vals = b
                .chunks_exact(size)
                .map(|c| {
                    let w = word(c, big);
                    if signed {
                        let shift = 64 - 8 * size as u32;
                        ts.new_int(((w << shift) as i64) >> shift)
                    } else if w > i64::MAX as u64 {
                        ts.new_int_big(taipan_ast::Int::from_big(w.into()))
                    } else {
                        ts.new_int(w as i64)
                    }
                })
                .collect();
            // The typecode of the same size and signedness (the last one, as CPython's).
            let mut code = code;
            for c in TYPECODES.chars().filter(|c| !matches!(c, 'u' | 'f' | 'd')) {
                let signed_c = c.is_ascii_lowercase();
                let sz = match c.to_ascii_lowercase() {
                    'b' => 1,
                    'h' => 2,
                    'i' => 4,
                    _ => 8,
                };
                if sz == size && signed_c == signed {
                    code = c;
                }
            }
            (code, ts.new_list(vals))
        }
    };
    array_new(ts, cls, &[code_obj(code), init], None)
}

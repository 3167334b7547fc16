//! The `binascii` module (CPython's `binascii.c`; uuencode and quoted-printable in `uuqp`): base64 (`a2b_base64` with strict mode,
//! `b2a_base64`), hex (`hexlify`/`b2a_hex` with `sep`, `unhexlify`/`a2b_hex`), `crc32`
//! (zlib's), `crc_hqx`, and the `Error` (a `ValueError`) and `Incomplete` exceptions. The
//! `a2b_*` functions take ASCII str as well as bytes-like objects.

use std::cell::RefCell;

use taipan_object::abstract_ as ab;
use taipan_object::args::{self, ArgSpec};
use taipan_object::typeobj::{Meth, MethodDef};
use taipan_object::types::bytes::{as_bytes_like, buffer};
use taipan_object::types::int::PyInt;
use taipan_object::types::str_::PyStr;
use taipan_object::{ObjRef, PyErr, PyResult, ThreadState};

use super::common::{new_exception_class, set_attr};

mod uuqp;

thread_local! {
    static ERRORS: RefCell<Option<(ObjRef, ObjRef)>> = const { RefCell::new(None) };
}

/// `(binascii.Error, binascii.Incomplete)`.
fn classes(ts: &ThreadState) -> (ObjRef, ObjRef) {
    ERRORS.with_borrow_mut(|e| {
        e.get_or_insert_with(|| {
            (
                new_exception_class(ts, "binascii", "Error", &ts.exc.value_error),
                new_exception_class(ts, "binascii", "Incomplete", &ts.exc.exception),
            )
        })
        .clone()
    })
}

fn error(ts: &ThreadState, msg: impl AsRef<str>) -> PyErr {
    ts.new_error(&classes(ts).0, msg)
}

/// An `a2b_*` argument: a bytes-like object or an ASCII-only str.
fn ascii_arg(ts: &ThreadState, o: &ObjRef) -> PyResult<Vec<u8>> {
    if let Some(s) = o.downcast::<PyStr>() {
        if !s.as_str().is_ascii() {
            return Err(ts.value_error("string argument should contain only ASCII characters"));
        }
        return Ok(s.as_str().as_bytes().to_vec());
    }
    match as_bytes_like(o) {
        Some(b) => Ok(b.to_vec()),
        None => Err(ts.type_error(format!(
            "argument should be bytes, buffer or ASCII string, not '{}'",
            o.typ().name()
        ))),
    }
}

/// A `'I'` argument with `bitwise=True`: any int, taken modulo 2**32.
fn u32_arg(ts: &ThreadState, o: &ObjRef) -> PyResult<u32> {
    match o.downcast::<PyInt>().map(|i| &i.0) {
        Some(taipan_ast::Int::Small(v)) => Ok(*v as u32),
        Some(taipan_ast::Int::Big(b)) => {
            use num_integer::Integer;
            use num_traits::ToPrimitive;
            Ok(b.mod_floor(&num_bigint::BigInt::from(1u64 << 32))
                .to_u32()
                .unwrap_or(0))
        }
        None => Err(ts.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            o.typ().name()
        ))),
    }
}

// ---- base64 ----

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b64_value(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

/// CPython's `binascii_a2b_base64_impl`, message for message.
fn decode_base64(ts: &ThreadState, s: &[u8], strict: bool) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() / 4 * 3 + 3);
    if strict && s.first() == Some(&b'=') {
        return Err(error(ts, "Leading padding not allowed"));
    }
    let (mut quad, mut left, mut pads, mut padding) = (0u8, 0u8, 0usize, false);
    for (i, &c) in s.iter().enumerate() {
        if c == b'=' {
            padding = true;
            if strict && quad == 0 {
                return Err(error(ts, "Excess padding not allowed"));
            }
            if quad >= 2 {
                pads += 1;
                if quad as usize + pads >= 4 {
                    if strict && i + 1 < s.len() {
                        return Err(error(ts, "Excess data after padding"));
                    }
                    return Ok(out);
                }
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err(error(ts, "Only base64 data is allowed"));
            }
            continue;
        };
        if strict && padding {
            return Err(error(ts, "Discontinuous padding not allowed"));
        }
        pads = 0;
        match quad {
            0 => {
                quad = 1;
                left = v;
            }
            1 => {
                quad = 2;
                out.push((left << 2) | (v >> 4));
                left = v & 0x0f;
            }
            2 => {
                quad = 3;
                out.push((left << 4) | (v >> 2));
                left = v & 0x03;
            }
            _ => {
                quad = 0;
                out.push((left << 6) | v);
                left = 0;
            }
        }
    }
    match quad {
        0 => Ok(out),
        1 => Err(error(
            ts,
            format!(
                "Invalid base64-encoded string: number of data characters ({}) cannot be 1 \
                 more than a multiple of 4",
                out.len() / 3 * 4 + 1
            ),
        )),
        _ => Err(error(ts, "Incorrect padding")),
    }
}

fn a2b_base64(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "a2b_base64",
        names: &["", "strict_mode"],
        required: 1,
        posonly: 1,
        kwonly: 1,
    };
    let [data, strict] = args::parse::<2>(ts, &SPEC, a, kw)?;
    let s = ascii_arg(ts, &data.expect("required"))?;
    let strict = match strict {
        Some(v) => ab::is_true(ts, &v)?,
        None => false,
    };
    Ok(ts.new_bytes(decode_base64(ts, &s, strict)?))
}

fn b2a_base64(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "b2a_base64",
        names: &["", "newline"],
        required: 1,
        posonly: 1,
        kwonly: 1,
    };
    let [data, newline] = args::parse::<2>(ts, &SPEC, a, kw)?;
    let data = data.expect("required");
    let d = buffer(ts, &data)?;
    let newline = match newline {
        Some(v) => ab::is_true(ts, &v)?,
        None => true,
    };
    let mut out = Vec::with_capacity(d.len().div_ceil(3) * 4 + 1);
    for chunk in d.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        out.push(B64[(n >> 18) as usize & 63]);
        out.push(B64[(n >> 12) as usize & 63]);
        out.push(if chunk.len() > 1 {
            B64[(n >> 6) as usize & 63]
        } else {
            b'='
        });
        out.push(if chunk.len() > 2 {
            B64[n as usize & 63]
        } else {
            b'='
        });
    }
    if newline {
        out.push(b'\n');
    }
    Ok(ts.new_bytes(out))
}

// ---- hex ----

fn hexlify(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    let Some(first) = a.first().filter(|_| a.len() > args::kw_names(kw).len()) else {
        return Err(ts.type_error("hexlify() missing required argument 'data' (pos 1)"));
    };
    let data = ts.new_bytes(buffer(ts, first)?.to_vec());
    let s = taipan_object::types::bytes_methods::hex(ts, &data, &a[1..], kw)?;
    Ok(ts.new_bytes(ab::str_of(&s).as_bytes().to_vec()))
}

fn unhexlify(ts: &ThreadState, _: &ObjRef, h: &ObjRef) -> PyResult<ObjRef> {
    let s = ascii_arg(ts, h)?;
    if s.len() % 2 != 0 {
        return Err(error(ts, "Odd-length string"));
    }
    let digit = |c: u8| (c as char).to_digit(16);
    let mut out = Vec::with_capacity(s.len() / 2);
    for p in s.chunks(2) {
        match (digit(p[0]), digit(p[1])) {
            (Some(x), Some(y)) => out.push((x * 16 + y) as u8),
            _ => return Err(error(ts, "Non-hexadecimal digit found")),
        }
    }
    Ok(ts.new_bytes(out))
}

// ---- checksums ----

fn crc32(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "crc32", a.len(), 1, 2)?;
    let d = buffer(ts, &a[0])?;
    let start = match a.get(1) {
        Some(c) => u32_arg(ts, c)?,
        None => 0,
    };
    Ok(ts.new_int(super::zlib::crc32_of(&d, start) as i64))
}

/// CRC-CCITT (polynomial 0x1021), MSB first, as `binascii.crc_hqx`.
const HQX: [u16; 256] = {
    let mut t = [0u16; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = (i as u16) << 8;
        let mut k = 0;
        while k < 8 {
            c = if c & 0x8000 != 0 {
                (c << 1) ^ 0x1021
            } else {
                c << 1
            };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
};

fn crc_hqx(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "crc_hqx", a.len(), 2, 2)?;
    let d = buffer(ts, &a[0])?;
    let mut crc = (u32_arg(ts, &a[1])? & 0xffff) as u16;
    for &b in d.iter() {
        crc = (crc << 8) ^ HQX[((crc >> 8) as u8 ^ b) as usize];
    }
    Ok(ts.new_int(crc as i64))
}

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::new("a2b_base64", Meth::FastKw(a2b_base64)),
    MethodDef::new("b2a_base64", Meth::FastKw(b2a_base64)),
    MethodDef::new("hexlify", Meth::FastKw(hexlify)),
    MethodDef::new("b2a_hex", Meth::FastKw(hexlify)),
    MethodDef::new("unhexlify", Meth::O(unhexlify)),
    MethodDef::new("a2b_hex", Meth::O(unhexlify)),
    MethodDef::new("crc32", Meth::Fast(crc32)),
    MethodDef::new("crc_hqx", Meth::Fast(crc_hqx)),
    MethodDef::new("a2b_uu", Meth::O(uuqp::a2b_uu)),
    MethodDef::new("b2a_uu", Meth::FastKw(uuqp::b2a_uu)),
    MethodDef::new("a2b_qp", Meth::FastKw(uuqp::a2b_qp)),
    MethodDef::new("b2a_qp", Meth::FastKw(uuqp::b2a_qp)),
];

/// Makes the `binascii` module.
pub fn make(ts: &ThreadState) -> ObjRef {
    let m = ts.new_builtin_module("binascii", FUNCTIONS);
    let (e, i) = classes(ts);
    set_attr(ts, &m, "Error", e);
    set_attr(ts, &m, "Incomplete", i);
    m
}

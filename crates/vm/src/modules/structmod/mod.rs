//! The `_struct` module: `pack`, `unpack`, `calcsize`, `pack_into`, `unpack_from`,
//! `iter_unpack` and the `Struct` type over a parsed [`format::Layout`] (parsed layouts are
//! cached by format string, as CPython's `cache_struct`), with `struct.error` and CPython's
//! range messages. The half float `e` is not supported yet.

mod format;
mod half;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::BigInt;
use taipan_object::abstract_ as ab;
use taipan_object::args::check_positional;
use taipan_object::typeobj::{GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec};
use taipan_object::types::bytearray::PyByteArray;
use taipan_object::types::bytes::{PyBytes, as_bytes_like};
use taipan_object::types::float::to_f64;
use taipan_object::types::int::PyInt;
use taipan_object::types::str_::PyStr;
use taipan_object::{ObjRef, PyErr, PyPayload, PyResult, ThreadState, alloc_object};

use super::common::{add_type, set_attr, type_of};
use format::{Layout, Order};

thread_local! {
    static ERROR: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
    static CACHE: RefCell<HashMap<String, Rc<Layout>>> = RefCell::new(HashMap::new());
}

/// `struct.error`.
fn error_class(ts: &ThreadState) -> ObjRef {
    if let Some(e) = ERROR.with(|e| e.borrow().clone()) {
        return e;
    }
    let ns = ts.new_dict();
    let d = ns
        .downcast::<taipan_object::types::dict::PyDict>()
        .expect("dict");
    let _ = d.set_item_str(ts, "__module__", ts.new_str("struct"));
    let bases = ts.new_tuple(vec![ts.exc.exception.clone()]);
    let cls = ab::call(ts, &ts.types.type_, &[ts.new_str("error"), bases, ns])
        .expect("struct.error is a plain Exception subclass");
    ERROR.with(|e| *e.borrow_mut() = Some(cls.clone()));
    cls
}

fn err(ts: &ThreadState, msg: impl AsRef<str>) -> PyErr {
    ts.new_error(&error_class(ts), msg)
}

fn layout(ts: &ThreadState, fmt: &ObjRef) -> PyResult<Rc<Layout>> {
    let s: String = if let Some(s) = fmt.downcast::<PyStr>() {
        if !s.as_str().is_ascii() {
            ab::call_method(ts, fmt, "encode", &[ts.new_str("ascii")])?;
        }
        s.as_str().to_string()
    } else if let Some(b) = fmt.downcast::<PyBytes>() {
        String::from_utf8_lossy(b.as_bytes()).into_owned()
    } else {
        return Err(ts.type_error(format!(
            "Struct() argument 1 must be a str or bytes object, not {}",
            fmt.typ().name()
        )));
    };
    if let Some(l) = CACHE.with(|c| c.borrow().get(&s).cloned()) {
        return Ok(l);
    }
    let l = Rc::new(Layout::parse(&s).map_err(|m| {
        if m == format::OUT_OF_MEMORY {
            ts.memory_error()
        } else {
            err(ts, m)
        }
    })?);
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= 100 {
            c.clear();
        }
        c.insert(s, l.clone());
    });
    Ok(l)
}

// ---- packing ----

fn put(buf: &mut [u8], v: u64, size: usize, little: bool) {
    for k in 0..size {
        let byte = (v >> (8 * k)) as u8;
        if little {
            buf[k] = byte;
        } else {
            buf[size - 1 - k] = byte;
        }
    }
}

fn get(buf: &[u8], size: usize, little: bool) -> u64 {
    let mut v = 0u64;
    for k in 0..size {
        let byte = if little { buf[k] } else { buf[size - 1 - k] } as u64;
        v |= byte << (8 * k);
    }
    v
}

fn int_arg(ts: &ThreadState, o: &ObjRef) -> PyResult<BigInt> {
    if o.typ().slots().index.is_none() {
        return Err(err(ts, "required argument is not an integer"));
    }
    let i = ab::index(ts, o)?;
    Ok(i.downcast::<PyInt>().expect("int").0.to_big())
}

fn pack_one(
    ts: &ThreadState,
    l: &Layout,
    c: &format::Code,
    v: &ObjRef,
    buf: &mut [u8],
) -> PyResult<()> {
    let little = l.little();
    let at = &mut buf[c.offset..c.offset + c.size];
    let std = l.order != Order::Native;
    match c.kind {
        b'c' => match as_bytes_like(v) {
            Some(b) if b.len() == 1 && (v.is_a::<PyBytes>() || v.is_a::<PyByteArray>()) => {
                at[0] = b[0]
            }
            _ => return Err(err(ts, "char format requires a bytes object of length 1")),
        },
        b's' | b'p' => {
            let Some(b) = as_bytes_like(v) else {
                return Err(err(
                    ts,
                    format!("argument for '{}' must be a bytes object", c.kind as char),
                ));
            };
            at.fill(0);
            if c.kind == b's' {
                let n = b.len().min(c.size);
                at[..n].copy_from_slice(&b[..n]);
            } else if c.size > 0 {
                // Up to size - 1 bytes; the length byte saturates at 255.
                let n = b.len().min(c.size - 1);
                at[1..1 + n].copy_from_slice(&b[..n]);
                at[0] = n.min(255) as u8;
            }
        }
        b'?' => at[0] = ab::is_true(ts, v)? as u8,
        b'f' | b'd' => {
            if v.typ().slots().float.is_none() && v.typ().slots().index.is_none() {
                return Err(err(ts, "required argument is not a float"));
            }
            let x = to_f64(ts, v)?;
            if c.kind == b'f' {
                let f = x as f32;
                if f.is_infinite() && x.is_finite() {
                    return Err(ts.overflow_error("float too large to pack with f format"));
                }
                put(at, f.to_bits() as u64, 4, little);
            } else {
                put(at, x.to_bits(), 8, little);
            }
        }
        b'e' => {
            if v.typ().slots().float.is_none() && v.typ().slots().index.is_none() {
                return Err(err(ts, "required argument is not a float"));
            }
            let bits = half::pack(to_f64(ts, v)?)
                .ok_or_else(|| ts.overflow_error("float too large to pack with e format"))?;
            put(at, u64::from(bits), 2, little);
        }
        k => {
            let n = int_arg(ts, v)?;
            let signed = matches!(k, b'b' | b'h' | b'i' | b'l' | b'q' | b'n');
            let bits = c.size * 8;
            let (lo, hi): (BigInt, BigInt) = if signed {
                (
                    -(BigInt::from(1) << (bits - 1)),
                    (BigInt::from(1) << (bits - 1)) - 1,
                )
            } else {
                (BigInt::from(0), (BigInt::from(1) << bits) - 1)
            };
            if n < lo || n > hi {
                let msg = match (k, std) {
                    (b'b', _) => "byte format requires -128 <= number <= 127".to_string(),
                    (b'B', _) => "ubyte format requires 0 <= number <= 255".to_string(),
                    (b'h', _) => "short format requires -32768 <= number <= 32767".to_string(),
                    (b'H', _) => "ushort format requires 0 <= number <= 65535".to_string(),
                    (b'i', _) | (b'l', true) => {
                        format!("'{}' format requires {lo} <= number <= {hi}", k as char)
                    }
                    _ => "argument out of range".to_string(),
                };
                return Err(err(ts, msg));
            }
            let raw: u64 = if signed {
                i64::try_from(&n).expect("in range") as u64
            } else {
                u64::try_from(&n).expect("in range")
            };
            put(at, raw, c.size, little);
        }
    }
    Ok(())
}

fn pack_into_buf(ts: &ThreadState, l: &Layout, vals: &[ObjRef], buf: &mut [u8]) -> PyResult<()> {
    if vals.len() != l.len {
        return Err(err(
            ts,
            format!(
                "pack expected {} items for packing (got {})",
                l.len,
                vals.len()
            ),
        ));
    }
    for (c, v) in l.items().zip(vals) {
        pack_one(ts, l, &c, v, buf)?;
    }
    Ok(())
}

/// A zeroed buffer of `n` bytes, or `MemoryError`.
fn zeroed(ts: &ThreadState, n: usize) -> PyResult<Vec<u8>> {
    if n as u128 > taipan_text::alloc::limit() {
        return Err(ts.memory_error());
    }
    let mut buf = Vec::new();
    buf.try_reserve_exact(n).map_err(|_| ts.memory_error())?;
    buf.resize(n, 0);
    Ok(buf)
}

fn do_pack(ts: &ThreadState, l: &Layout, vals: &[ObjRef]) -> PyResult<ObjRef> {
    let mut buf = zeroed(ts, l.size)?;
    pack_into_buf(ts, l, vals, &mut buf)?;
    Ok(ts.new_bytes(buf))
}

fn do_unpack(ts: &ThreadState, l: &Layout, buf: &[u8]) -> PyResult<ObjRef> {
    let little = l.little();
    let mut out = Vec::with_capacity(l.len);
    for c in l.items() {
        let at = &buf[c.offset..c.offset + c.size];
        out.push(match c.kind {
            b'c' => ts.new_bytes(vec![at[0]]),
            b's' => ts.new_bytes(at.to_vec()),
            b'p' => {
                let n = if c.size == 0 {
                    0
                } else {
                    (at[0] as usize).min(c.size - 1)
                };
                ts.new_bytes(at.get(1..1 + n).unwrap_or(&[]).to_vec())
            }
            b'?' => ts.bool_obj(at[0] != 0),
            b'f' => ts.new_float(f32::from_bits(get(at, 4, little) as u32) as f64),
            b'd' => ts.new_float(f64::from_bits(get(at, 8, little))),
            b'e' => ts.new_float(half::unpack(get(at, 2, little) as u16)),
            k => {
                let raw = get(at, c.size, little);
                if matches!(k, b'b' | b'h' | b'i' | b'l' | b'q' | b'n') {
                    let shift = 64 - 8 * c.size as u32;
                    ts.new_int(((raw << shift) as i64) >> shift)
                } else {
                    match i64::try_from(raw) {
                        Ok(v) => ts.new_int(v),
                        Err(_) => ts.new_bigint(BigInt::from(raw)),
                    }
                }
            }
        });
    }
    Ok(ts.new_tuple(out))
}

fn need_exact(ts: &ThreadState, l: &Layout, n: usize) -> PyResult<()> {
    if n != l.size {
        return Err(err(
            ts,
            format!("unpack requires a buffer of {} bytes", l.size),
        ));
    }
    Ok(())
}

fn bytes_of(ts: &ThreadState, o: &ObjRef) -> PyResult<Vec<u8>> {
    Ok(taipan_object::types::bytes::buffer(ts, o)?.to_vec())
}

fn unpack_from_impl(
    ts: &ThreadState,
    l: &Layout,
    buffer: &ObjRef,
    offset: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let b = bytes_of(ts, buffer)?;
    let mut off = match offset {
        Some(o) => super::common::index_i64(ts, o)?,
        None => 0,
    };
    if off < 0 {
        if off + l.size as i64 > 0 {
            return Err(err(
                ts,
                format!("not enough data to unpack {} bytes at offset {off}", l.size),
            ));
        }
        if off + (b.len() as i64) < 0 {
            return Err(err(
                ts,
                format!("offset {off} out of range for {}-byte buffer", b.len()),
            ));
        }
        off += b.len() as i64;
    }
    let off = off as usize;
    if b.len() < off || b.len() - off < l.size {
        return Err(err(
            ts,
            format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
                l.size + off,
                l.size,
                off,
                b.len()
            ),
        ));
    }
    do_unpack(ts, l, &b[off..off + l.size])
}

/// Runs `f` over the bytes of the writable buffer `o` (a bytearray, an `array.array`, a
/// writable memoryview); `f` runs no Python code.
fn with_writable<R>(ts: &ThreadState, o: &ObjRef, f: impl FnOnce(&mut [u8]) -> R) -> PyResult<R> {
    use taipan_object::types::memoryview::{self as mv, PyMemoryView};
    if let Some(ba) = o.downcast::<PyByteArray>() {
        return Ok(ba.with(|v| f(v)));
    }
    if o.is_a::<PyMemoryView>() && mv::writable_len(ts, o).is_ok() {
        let mut bytes = bytes_of(ts, o)?;
        let r = f(&mut bytes);
        mv::write_start(ts, o, &bytes)?;
        return Ok(r);
    }
    super::array::with_bytes_mut(o, f).ok_or_else(|| {
        ts.type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            o.typ().name()
        ))
    })
}

/// `s_pack_into`: `pack_into(buffer, offset, v1, ...)`.
fn pack_into_impl(ts: &ThreadState, l: &Layout, args: &[ObjRef]) -> PyResult<ObjRef> {
    if args.len() != l.len + 2 {
        return Err(err(
            ts,
            match args.len() {
                0 => "pack_into expected buffer argument".to_string(),
                1 => "pack_into expected offset argument".to_string(),
                n => format!(
                    "pack_into expected {} items for packing (got {})",
                    l.len,
                    n - 2
                ),
            },
        ));
    }
    let buf_len = with_writable(ts, &args[0], |b| b.len())?;
    let mut off = super::common::index_i64(ts, &args[1])?;
    let size = l.size as i64;
    if off < 0 {
        if off + size > 0 {
            return Err(err(
                ts,
                format!("no space to pack {size} bytes at offset {off}"),
            ));
        }
        if off + (buf_len as i64) < 0 {
            return Err(err(
                ts,
                format!("offset {off} out of range for {buf_len}-byte buffer"),
            ));
        }
        off += buf_len as i64;
    }
    if (buf_len as i64) - off < size {
        return Err(err(
            ts,
            format!(
                "pack_into requires a buffer of at least {} bytes for packing {size} bytes at offset {off} (actual buffer size is {buf_len})",
                l.size as u64 + off as u64,
            ),
        ));
    }
    // Packed apart first: converting a value may run Python code that resizes the buffer.
    let mut tmp = zeroed(ts, l.size)?;
    pack_into_buf(ts, l, &args[2..], &mut tmp)?;
    let off = off as usize;
    let fits = with_writable(ts, &args[0], |b| match b.get_mut(off..off + tmp.len()) {
        Some(dst) => {
            dst.copy_from_slice(&tmp);
            true
        }
        None => false,
    })?;
    if !fits {
        return Err(ts.new_error(&ts.exc.buffer_error, "buffer resized while packing"));
    }
    Ok(ts.none())
}

// ---- the Struct type ----

pub struct PyStruct {
    layout: RefCell<Rc<Layout>>,
}
impl PyPayload for PyStruct {}

fn lay(o: &ObjRef) -> Rc<Layout> {
    o.downcast::<PyStruct>()
        .expect("Struct")
        .layout
        .borrow()
        .clone()
}

fn struct_new(
    ts: &ThreadState,
    cls: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let (pos, kws) = super::common::split_kw(args, kw);
    let fmt = match (pos.first(), kws.iter().find(|(k, _)| *k == "format")) {
        (Some(f), _) => f.clone(),
        (None, Some((_, f))) => (*f).clone(),
        _ => return Err(ts.type_error("Struct() missing required argument 'format' (pos 1)")),
    };
    let l = layout(ts, &fmt)?;
    Ok(alloc_object(
        ts,
        cls,
        PyStruct {
            layout: RefCell::new(l),
        },
    ))
}

fn s_pack(ts: &ThreadState, o: &ObjRef, args: &[ObjRef]) -> PyResult<ObjRef> {
    do_pack(ts, &lay(o), args)
}
fn s_unpack(ts: &ThreadState, o: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    let l = lay(o);
    let b = bytes_of(ts, b)?;
    need_exact(ts, &l, b.len())?;
    do_unpack(ts, &l, &b)
}
fn s_unpack_from(
    ts: &ThreadState,
    o: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    static SPEC: taipan_object::args::ArgSpec = taipan_object::args::ArgSpec {
        fname: "unpack_from",
        names: &["buffer", "offset"],
        required: 1,
        posonly: 0,
        kwonly: 2,
    };
    let [b, off] = taipan_object::args::parse::<2>(ts, &SPEC, args, kw)?;
    unpack_from_impl(ts, &lay(o), &b.expect("required"), off.as_ref())
}
fn s_pack_into(ts: &ThreadState, o: &ObjRef, args: &[ObjRef]) -> PyResult<ObjRef> {
    pack_into_impl(ts, &lay(o), args)
}
fn s_iter_unpack(ts: &ThreadState, o: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    iter_unpack_impl(ts, &lay(o), b)
}
fn s_format(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_str(&lay(o).format))
}
fn s_size(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(lay(o).size as i64))
}

fn iter_unpack_impl(ts: &ThreadState, l: &Layout, b: &ObjRef) -> PyResult<ObjRef> {
    let bytes = bytes_of(ts, b)?;
    if l.size == 0 {
        return Err(err(
            ts,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    if bytes.len() % l.size != 0 {
        return Err(err(
            ts,
            format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                l.size
            ),
        ));
    }
    let items = bytes
        .chunks_exact(l.size)
        .map(|c| do_unpack(ts, l, c))
        .collect::<PyResult<Vec<_>>>()?;
    ab::iter(ts, &ts.new_list(items))
}

static STRUCT_METHODS: &[MethodDef] = &[
    MethodDef::new("pack", Meth::Fast(s_pack)),
    MethodDef::new("unpack", Meth::O(s_unpack)),
    MethodDef::new("unpack_from", Meth::FastKw(s_unpack_from)),
    MethodDef::new("pack_into", Meth::Fast(s_pack_into)),
    MethodDef::new("iter_unpack", Meth::O(s_iter_unpack)),
];
static STRUCT_GETSETS: &[GetSetDef] = &[
    GetSetDef::ro("format", s_format),
    GetSetDef::ro("size", s_size),
];

pub static STRUCT_SPEC: TypeSpec = TypeSpec {
    flags: taipan_object::typeobj::flags::BASETYPE,
    slots: Slots {
        new: Some(struct_new),
        ..Slots::NONE
    },
    methods: &[STRUCT_METHODS],
    getsets: STRUCT_GETSETS,
    ..TypeSpec::new("_struct.Struct", PayloadInfo::of::<PyStruct>())
};

// ---- module functions ----

fn first<'a>(
    ts: &ThreadState,
    name: &str,
    a: &'a [ObjRef],
) -> PyResult<(Rc<Layout>, &'a [ObjRef])> {
    if a.is_empty() {
        return Err(ts.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    Ok((layout(ts, &a[0])?, &a[1..]))
}

fn pack(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let (l, rest) = first(ts, "pack", a)?;
    do_pack(ts, &l, rest)
}
fn unpack(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    check_positional(ts, "unpack", a.len(), 2, 2)?;
    let l = layout(ts, &a[0])?;
    let b = bytes_of(ts, &a[1])?;
    need_exact(ts, &l, b.len())?;
    do_unpack(ts, &l, &b)
}
fn unpack_from(
    ts: &ThreadState,
    _: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    static SPEC: taipan_object::args::ArgSpec = taipan_object::args::ArgSpec {
        fname: "unpack_from",
        names: &["format", "buffer", "offset"],
        required: 2,
        posonly: 1,
        kwonly: 3,
    };
    let [f, b, off] = taipan_object::args::parse::<3>(ts, &SPEC, a, kw)?;
    let l = layout(ts, &f.expect("required"))?;
    unpack_from_impl(ts, &l, &b.expect("required"), off.as_ref())
}
fn pack_into(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let (l, rest) = first(ts, "pack_into", a)?;
    pack_into_impl(ts, &l, rest)
}
fn iter_unpack(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    check_positional(ts, "iter_unpack", a.len(), 2, 2)?;
    let l = layout(ts, &a[0])?;
    iter_unpack_impl(ts, &l, &a[1])
}
fn calcsize(ts: &ThreadState, _: &ObjRef, f: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(layout(ts, f)?.size as i64))
}
fn clearcache(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    CACHE.with(|c| c.borrow_mut().clear());
    Ok(ts.none())
}

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::new("pack", Meth::Fast(pack)),
    MethodDef::new("unpack", Meth::Fast(unpack)),
    MethodDef::new("unpack_from", Meth::FastKw(unpack_from)),
    MethodDef::new("pack_into", Meth::Fast(pack_into)),
    MethodDef::new("iter_unpack", Meth::Fast(iter_unpack)),
    MethodDef::new("calcsize", Meth::O(calcsize)),
    MethodDef::new("_clearcache", Meth::NoArgs(clearcache)),
];

/// Makes the `_struct` module.
pub fn make(ts: &ThreadState) -> ObjRef {
    let m = ts.new_builtin_module("_struct", FUNCTIONS);
    add_type(ts, &m, &STRUCT_SPEC);
    set_attr(ts, &m, "error", error_class(ts));
    let _ = type_of;
    m
}

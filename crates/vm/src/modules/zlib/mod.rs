//! The `zlib` module (CPython's `zlibmodule.c`) over the system zlib through `libz-sys`, so
//! compressed bytes equal CPython's: `compress`/`decompress`, the `Compress`/`Decompress`
//! stream objects (`compressobj`/`decompressobj` with levels, wbits, memLevel, strategies and
//! preset dictionaries; `unused_data`, `unconsumed_tail`, `eof`, `copy`), `crc32`, `adler32`,
//! `zlib.error` and the constants. The `z_stream` wrapper is `stream.rs`.

mod stream;

use std::cell::{Cell, RefCell};

use libz_sys as z;
use taipan_object::abstract_ as ab;
use taipan_object::args::{self, ArgSpec};
use taipan_object::typeobj::{GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags};
use taipan_object::types::bytes::buffer;
use taipan_object::types::int::PyInt;
use taipan_object::{ObjRef, PyErr, PyPayload, PyResult, ThreadState, alloc_object};

use super::common::{add_type, new_exception_class, set_attr, type_of};
use stream::{Stream, ZErr};

thread_local! {
    static ERROR: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
}

/// `zlib.error`.
fn error_class(ts: &ThreadState) -> ObjRef {
    ERROR.with_borrow_mut(|e| {
        e.get_or_insert_with(|| new_exception_class(ts, "zlib", "error", &ts.exc.exception))
            .clone()
    })
}

fn zerr(ts: &ThreadState, e: &ZErr, during: &str) -> PyErr {
    if e.code == z::Z_MEM_ERROR {
        return ts.memory_error();
    }
    ts.new_error(&error_class(ts), e.message(during))
}

/// A C `int` argument (`'i'`): an int, `OverflowError` past 32 bits.
fn int_arg(ts: &ThreadState, o: Option<ObjRef>, default: i32) -> PyResult<i32> {
    let Some(o) = o else { return Ok(default) };
    if o.is_a::<taipan_object::types::float::PyFloat>() {
        return Err(ts.type_error("'float' object cannot be interpreted as an integer"));
    }
    let i = ab::index(ts, &o)?;
    match taipan_object::types::int::as_i64(&i) {
        Some(v) if v > i32::MAX as i64 => {
            Err(ts.overflow_error("signed integer is greater than maximum"))
        }
        Some(v) if v < i32::MIN as i64 => {
            Err(ts.overflow_error("signed integer is less than minimum"))
        }
        Some(v) => Ok(v as i32),
        None => Err(ts.overflow_error("Python int too large to convert to C long")),
    }
}

/// A `Py_ssize_t` argument.
fn size_arg(ts: &ThreadState, o: Option<ObjRef>, default: i64) -> PyResult<i64> {
    match o {
        None => Ok(default),
        Some(o) => super::common::index_i64(ts, &o),
    }
}

// ---- one-shot functions ----

fn compress(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "compress",
        names: &["", "level", "wbits"],
        required: 1,
        posonly: 1,
        kwonly: 3,
    };
    let [data, level, wbits] = args::parse::<3>(ts, &SPEC, a, kw)?;
    let data = data.expect("required");
    let data = buffer(ts, &data)?;
    let level = int_arg(ts, level, z::Z_DEFAULT_COMPRESSION)?;
    let wbits = int_arg(ts, wbits, 15)?;
    let mut s = match Stream::deflate(level, z::Z_DEFLATED, wbits, 8, z::Z_DEFAULT_STRATEGY) {
        Ok(s) => s,
        Err(e) if e.code == z::Z_STREAM_ERROR => {
            return Err(ts.new_error(&error_class(ts), "Bad compression level"));
        }
        Err(e) => return Err(zerr(ts, &e, "while compressing data")),
    };
    let mut out = Vec::with_capacity(data.len() / 2 + 64);
    let (r, _) = s.run(&data, z::Z_FINISH, &mut out, 0);
    if r != z::Z_STREAM_END {
        return Err(zerr(ts, &s.error(r), "while compressing data"));
    }
    Ok(ts.new_bytes(out))
}

fn decompress(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "decompress",
        names: &["", "wbits", "bufsize"],
        required: 1,
        posonly: 1,
        kwonly: 3,
    };
    let [data, wbits, bufsize] = args::parse::<3>(ts, &SPEC, a, kw)?;
    let data = data.expect("required");
    let data = buffer(ts, &data)?;
    let wbits = int_arg(ts, wbits, 15)?;
    let bufsize = size_arg(ts, bufsize, 16384)?;
    if bufsize < 0 {
        return Err(ts.value_error("bufsize must be non-negative"));
    }
    let mut s =
        Stream::inflate(wbits).map_err(|e| zerr(ts, &e, "while preparing to decompress data"))?;
    let mut out = Vec::with_capacity((bufsize.max(1) as usize).min(1 << 24));
    let (r, _) = s.run(&data, z::Z_FINISH, &mut out, 0);
    if r != z::Z_STREAM_END {
        return Err(zerr(ts, &s.error(r), "while decompressing data"));
    }
    Ok(ts.new_bytes(out))
}

/// An unsigned 32-bit checksum start value (`'I'`: any int, taken modulo 2**32).
fn checksum_start(ts: &ThreadState, o: Option<&ObjRef>, default: u32) -> PyResult<u32> {
    let Some(o) = o else { return Ok(default) };
    if !o.is_a::<PyInt>() {
        return Err(ts.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            o.typ().name()
        )));
    }
    Ok(match o.downcast::<PyInt>().map(|i| &i.0) {
        Some(taipan_ast::Int::Small(v)) => *v as u32,
        Some(taipan_ast::Int::Big(b)) => {
            use num_integer::Integer;
            use num_traits::ToPrimitive;
            let m = b.mod_floor(&num_bigint::BigInt::from(1u64 << 32));
            m.to_u32().unwrap_or(0)
        }
        None => default,
    })
}

fn checksum(
    ts: &ThreadState,
    fname: &str,
    a: &[ObjRef],
    default: u32,
    f: unsafe extern "C" fn(z::uLong, *const z::Bytef, z::uInt) -> z::uLong,
) -> PyResult<ObjRef> {
    args::check_positional(ts, fname, a.len(), 1, 2)?;
    let data = buffer(ts, &a[0])?;
    let mut v = checksum_start(ts, a.get(1), default)? as z::uLong;
    for chunk in data.chunks(1 << 30) {
        // SAFETY: a buffer of its length.
        v = unsafe { f(v, chunk.as_ptr(), chunk.len() as z::uInt) };
    }
    Ok(ts.new_int((v & 0xffff_ffff) as i64))
}

fn crc32(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    checksum(ts, "crc32", a, 0, z::crc32)
}
fn adler32(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    checksum(ts, "adler32", a, 1, z::adler32)
}

/// `crc32` of `data` continuing from `start` (for `binascii.crc32`).
pub fn crc32_of(data: &[u8], start: u32) -> u32 {
    let mut v = start as z::uLong;
    for chunk in data.chunks(1 << 30) {
        // SAFETY: a buffer of its length.
        v = unsafe { z::crc32(v, chunk.as_ptr(), chunk.len() as z::uInt) };
    }
    v as u32
}

// ---- Compress ----

/// `zlib.Compress`: a deflate stream (ended by `flush(Z_FINISH)`).
pub struct Compress {
    stream: RefCell<Option<Stream>>,
}
impl PyPayload for Compress {}

fn comp(o: &ObjRef) -> &Compress {
    o.downcast::<Compress>().expect("zlib.Compress")
}

fn compressobj(
    ts: &ThreadState,
    _: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "compressobj",
        names: &["level", "method", "wbits", "memLevel", "strategy", "zdict"],
        required: 0,
        posonly: 0,
        kwonly: 6,
    };
    let [level, method, wbits, mem, strategy, zdict] = args::parse::<6>(ts, &SPEC, a, kw)?;
    let level = int_arg(ts, level, z::Z_DEFAULT_COMPRESSION)?;
    let method = int_arg(ts, method, z::Z_DEFLATED)?;
    let wbits = int_arg(ts, wbits, 15)?;
    let mem = int_arg(ts, mem, 8)?;
    let strategy = int_arg(ts, strategy, z::Z_DEFAULT_STRATEGY)?;
    let zdict = match zdict.filter(|d| !ts.is_none(d)) {
        Some(d) => Some(buffer(ts, &d)?.to_vec()),
        None => None,
    };
    let mut s = match Stream::deflate(level, method, wbits, mem, strategy) {
        Ok(s) => s,
        Err(e) if e.code == z::Z_STREAM_ERROR => {
            return Err(ts.value_error("Invalid initialization option"));
        }
        Err(e) => return Err(zerr(ts, &e, "while creating compression object")),
    };
    if let Some(d) = zdict {
        s.set_dictionary(&d)
            .map_err(|_| ts.value_error("Invalid dictionary"))?;
    }
    Ok(alloc_object(
        ts,
        &type_of(ts, &COMPRESS_SPEC),
        Compress {
            stream: RefCell::new(Some(s)),
        },
    ))
}

fn ended(ts: &ThreadState, during: &str) -> PyErr {
    zerr(
        ts,
        &ZErr {
            code: z::Z_STREAM_ERROR,
            msg: None,
        },
        during,
    )
}

fn comp_compress(ts: &ThreadState, o: &ObjRef, data: &ObjRef) -> PyResult<ObjRef> {
    let data = buffer(ts, data)?;
    let mut g = comp(o).stream.borrow_mut();
    let Some(s) = g.as_mut() else {
        return Err(ended(ts, "while compressing data"));
    };
    let mut out = Vec::new();
    let (r, _) = s.run(&data, z::Z_NO_FLUSH, &mut out, 0);
    if r != z::Z_OK && r != z::Z_BUF_ERROR {
        return Err(zerr(ts, &s.error(r), "while compressing data"));
    }
    Ok(ts.new_bytes(out))
}

fn comp_flush(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "flush", a.len(), 0, 1)?;
    let mode = int_arg(ts, a.first().cloned(), z::Z_FINISH)?;
    if mode == z::Z_NO_FLUSH {
        return Ok(ts.new_bytes(Vec::new()));
    }
    let mut g = comp(o).stream.borrow_mut();
    let Some(s) = g.as_mut() else {
        return Err(ended(ts, "while flushing"));
    };
    let mut out = Vec::new();
    let (r, _) = s.run(&[], mode, &mut out, 0);
    if mode == z::Z_FINISH && r == z::Z_STREAM_END {
        *g = None;
    } else if r != z::Z_OK && r != z::Z_BUF_ERROR {
        return Err(zerr(ts, &s.error(r), "while flushing"));
    }
    Ok(ts.new_bytes(out))
}

fn comp_copy(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let mut g = comp(o).stream.borrow_mut();
    let Some(s) = g.as_mut() else {
        return Err(ts.value_error("Inconsistent stream state"));
    };
    let c = s
        .copy()
        .map_err(|e| zerr(ts, &e, "while copying compression object"))?;
    Ok(alloc_object(
        ts,
        o.class(),
        Compress {
            stream: RefCell::new(Some(c)),
        },
    ))
}
fn comp_deepcopy(ts: &ThreadState, o: &ObjRef, _: &ObjRef) -> PyResult<ObjRef> {
    comp_copy(ts, o)
}

static COMPRESS_METHODS: &[MethodDef] = &[
    MethodDef::new("compress", Meth::O(comp_compress)),
    MethodDef::new("flush", Meth::Fast(comp_flush)),
    MethodDef::new("copy", Meth::NoArgs(comp_copy)),
    MethodDef::new("__copy__", Meth::NoArgs(comp_copy)),
    MethodDef::new("__deepcopy__", Meth::O(comp_deepcopy)),
];
static COMPRESS_SPEC: TypeSpec = TypeSpec {
    flags: flags::DISALLOW_INSTANTIATION,
    methods: &[COMPRESS_METHODS],
    ..TypeSpec::new("zlib.Compress", PayloadInfo::of::<Compress>())
};

// ---- Decompress ----

/// `zlib.Decompress`: an inflate stream with what it did not consume.
pub struct Decompress {
    stream: RefCell<Option<Stream>>,
    zdict: Option<ObjRef>,
    unused_data: RefCell<ObjRef>,
    unconsumed_tail: RefCell<ObjRef>,
    eof: Cell<bool>,
}
impl PyPayload for Decompress {}

fn dec(o: &ObjRef) -> &Decompress {
    o.downcast::<Decompress>().expect("zlib.Decompress")
}

fn decompressobj(
    ts: &ThreadState,
    _: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "decompressobj",
        names: &["wbits", "zdict"],
        required: 0,
        posonly: 0,
        kwonly: 2,
    };
    let [wbits, zdict] = args::parse::<2>(ts, &SPEC, a, kw)?;
    let wbits = int_arg(ts, wbits, 15)?;
    if let Some(d) = &zdict
        && buffer(ts, d).is_err()
    {
        return Err(ts.type_error("zdict argument must support the buffer protocol"));
    }
    let mut s = match Stream::inflate(wbits) {
        Ok(s) => s,
        Err(e) if e.code == z::Z_STREAM_ERROR => {
            return Err(ts.value_error("Invalid initialization option"));
        }
        Err(e) => return Err(zerr(ts, &e, "while creating decompression object")),
    };
    if let Some(d) = &zdict
        && wbits < 0
    {
        let d = buffer(ts, d)?;
        s.set_dictionary(&d)
            .map_err(|e| zerr(ts, &e, "while setting zdict"))?;
    }
    let empty = ts.new_bytes(Vec::new());
    Ok(alloc_object(
        ts,
        &type_of(ts, &DECOMPRESS_SPEC),
        Decompress {
            stream: RefCell::new(Some(s)),
            zdict,
            unused_data: RefCell::new(empty.clone()),
            unconsumed_tail: RefCell::new(empty),
            eof: Cell::new(false),
        },
    ))
}

/// Runs inflate over `data`, setting the dictionary when the stream asks for it; then keeps
/// what was not consumed (CPython's `save_unconsumed_input`).
fn inflate_into(
    ts: &ThreadState,
    d: &Decompress,
    s: &mut Stream,
    data: &[u8],
    flush: i32,
    out: &mut Vec<u8>,
    max: usize,
) -> PyResult<i32> {
    let (mut r, mut used) = s.run(data, flush, out, max);
    if r == z::Z_NEED_DICT
        && let Some(zd) = &d.zdict
    {
        let zd = buffer(ts, zd)?;
        s.set_dictionary(&zd)
            .map_err(|e| zerr(ts, &e, "while setting zdict"))?;
        let (r2, used2) = s.run(&data[used..], flush, out, max);
        r = r2;
        used += used2;
    }
    let rest = &data[used..];
    if r == z::Z_STREAM_END {
        if !rest.is_empty() {
            let old = d.unused_data.borrow().clone();
            let mut v = buffer(ts, &old)?.to_vec();
            v.extend_from_slice(rest);
            *d.unused_data.borrow_mut() = ts.new_bytes(v);
        }
        *d.unconsumed_tail.borrow_mut() = ts.new_bytes(Vec::new());
    } else if !rest.is_empty() || !buffer(ts, &d.unconsumed_tail.borrow())?.is_empty() {
        *d.unconsumed_tail.borrow_mut() = ts.new_bytes(rest.to_vec());
    }
    Ok(r)
}

fn dec_decompress(
    ts: &ThreadState,
    o: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "decompress",
        names: &["", "max_length"],
        required: 1,
        posonly: 1,
        kwonly: 2,
    };
    let [data, max] = args::parse::<2>(ts, &SPEC, a, kw)?;
    let data = data.expect("required");
    let data = buffer(ts, &data)?.to_vec();
    let max = size_arg(ts, max, 0)?;
    if max < 0 {
        return Err(ts.value_error("max_length must be non-negative"));
    }
    let d = dec(o);
    let mut g = d.stream.borrow_mut();
    let Some(s) = g.as_mut() else {
        return Err(ended(ts, "while decompressing data"));
    };
    let mut out = Vec::new();
    let r = inflate_into(ts, d, s, &data, z::Z_SYNC_FLUSH, &mut out, max as usize)?;
    if r == z::Z_STREAM_END {
        d.eof.set(true);
    } else if r != z::Z_OK && r != z::Z_BUF_ERROR {
        return Err(zerr(ts, &s.error(r), "while decompressing data"));
    }
    Ok(ts.new_bytes(out))
}

fn dec_flush(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "flush", a.len(), 0, 1)?;
    let length = size_arg(ts, a.first().cloned(), 16384)?;
    if length <= 0 {
        return Err(ts.value_error("length must be greater than zero"));
    }
    let d = dec(o);
    let mut g = d.stream.borrow_mut();
    let Some(s) = g.as_mut() else {
        return Ok(ts.new_bytes(Vec::new()));
    };
    let tail = buffer(ts, &d.unconsumed_tail.borrow())?.to_vec();
    let mut out = Vec::new();
    let r = inflate_into(ts, d, s, &tail, z::Z_FINISH, &mut out, 0)?;
    if r == z::Z_STREAM_END {
        d.eof.set(true);
        *g = None;
    } else if r != z::Z_OK && r != z::Z_BUF_ERROR {
        return Err(zerr(ts, &s.error(r), "while flushing"));
    }
    Ok(ts.new_bytes(out))
}

fn dec_copy(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let d = dec(o);
    let mut g = d.stream.borrow_mut();
    let Some(s) = g.as_mut() else {
        return Err(ts.value_error("Inconsistent stream state"));
    };
    let c = s
        .copy()
        .map_err(|e| zerr(ts, &e, "while copying decompression object"))?;
    Ok(alloc_object(
        ts,
        o.class(),
        Decompress {
            stream: RefCell::new(Some(c)),
            zdict: d.zdict.clone(),
            unused_data: RefCell::new(d.unused_data.borrow().clone()),
            unconsumed_tail: RefCell::new(d.unconsumed_tail.borrow().clone()),
            eof: Cell::new(d.eof.get()),
        },
    ))
}
fn dec_deepcopy(ts: &ThreadState, o: &ObjRef, _: &ObjRef) -> PyResult<ObjRef> {
    dec_copy(ts, o)
}
fn unused_data(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(dec(o).unused_data.borrow().clone())
}
fn unconsumed_tail(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(dec(o).unconsumed_tail.borrow().clone())
}
fn eof(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.bool_obj(dec(o).eof.get()))
}
fn dec_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    if let Some(z) = &dec(o).zdict {
        visit(z);
    }
}

static DECOMPRESS_METHODS: &[MethodDef] = &[
    MethodDef::new("decompress", Meth::FastKw(dec_decompress)),
    MethodDef::new("flush", Meth::Fast(dec_flush)),
    MethodDef::new("copy", Meth::NoArgs(dec_copy)),
    MethodDef::new("__copy__", Meth::NoArgs(dec_copy)),
    MethodDef::new("__deepcopy__", Meth::O(dec_deepcopy)),
];
static DECOMPRESS_GETSETS: &[GetSetDef] = &[
    GetSetDef::ro("unused_data", unused_data),
    GetSetDef::ro("unconsumed_tail", unconsumed_tail),
    GetSetDef::ro("eof", eof),
];
static DECOMPRESS_SPEC: TypeSpec = TypeSpec {
    flags: flags::DISALLOW_INSTANTIATION | flags::HAVE_GC,
    slots: Slots {
        traverse: Some(dec_traverse),
        ..Slots::NONE
    },
    methods: &[DECOMPRESS_METHODS],
    getsets: DECOMPRESS_GETSETS,
    ..TypeSpec::new("zlib.Decompress", PayloadInfo::of::<Decompress>())
};

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::new("compress", Meth::FastKw(compress)),
    MethodDef::new("decompress", Meth::FastKw(decompress)),
    MethodDef::new("compressobj", Meth::FastKw(compressobj)),
    MethodDef::new("decompressobj", Meth::FastKw(decompressobj)),
    MethodDef::new("crc32", Meth::Fast(crc32)),
    MethodDef::new("adler32", Meth::Fast(adler32)),
];

/// Makes the `zlib` module.
pub fn make(ts: &ThreadState) -> ObjRef {
    let m = ts.new_builtin_module("zlib", FUNCTIONS);
    add_type(ts, &m, &COMPRESS_SPEC);
    add_type(ts, &m, &DECOMPRESS_SPEC);
    set_attr(ts, &m, "error", error_class(ts));
    for (k, v) in [
        ("MAX_WBITS", 15),
        ("DEFLATED", z::Z_DEFLATED),
        ("DEF_MEM_LEVEL", 8),
        ("DEF_BUF_SIZE", 16384),
        ("Z_NO_COMPRESSION", z::Z_NO_COMPRESSION),
        ("Z_BEST_SPEED", z::Z_BEST_SPEED),
        ("Z_BEST_COMPRESSION", z::Z_BEST_COMPRESSION),
        ("Z_DEFAULT_COMPRESSION", z::Z_DEFAULT_COMPRESSION),
        ("Z_FILTERED", z::Z_FILTERED),
        ("Z_HUFFMAN_ONLY", z::Z_HUFFMAN_ONLY),
        ("Z_RLE", z::Z_RLE),
        ("Z_FIXED", z::Z_FIXED),
        ("Z_DEFAULT_STRATEGY", z::Z_DEFAULT_STRATEGY),
        ("Z_NO_FLUSH", z::Z_NO_FLUSH),
        ("Z_PARTIAL_FLUSH", z::Z_PARTIAL_FLUSH),
        ("Z_SYNC_FLUSH", z::Z_SYNC_FLUSH),
        ("Z_FULL_FLUSH", z::Z_FULL_FLUSH),
        ("Z_FINISH", z::Z_FINISH),
        ("Z_BLOCK", z::Z_BLOCK),
        ("Z_TREES", z::Z_TREES),
    ] {
        set_attr(ts, &m, k, ts.new_int(v as i64));
    }
    // SAFETY: zlibVersion returns a static NUL-terminated string.
    let v = unsafe { std::ffi::CStr::from_ptr(z::zlibVersion()) }
        .to_string_lossy()
        .into_owned();
    set_attr(ts, &m, "ZLIB_VERSION", ts.new_string(v.clone()));
    set_attr(ts, &m, "ZLIB_RUNTIME_VERSION", ts.new_string(v));
    m
}

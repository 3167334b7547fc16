//! The codec registry (CPython's `Python/codecs.c`): `register`/`unregister` of search
//! functions, `lookup` (normalized name, cache, the `encodings` package imported on first
//! use), `encode`/`decode` through it, and the two paths `str.encode`/`bytes.decode` take
//! through `codecs_glue` when `taipan_text` cannot do the work alone: a codec it does not have
//! (found here, checked to return str/bytes), or a user-registered error handler (the
//! built-in codec run strictly piece by piece, each error handed to the handler).

use std::cell::RefCell;

use taipan_object::abstract_ as ab;
use taipan_object::types::bytes::as_bytes_like;
use taipan_object::types::codecs_glue;
use taipan_object::types::dict::PyDict;
use taipan_object::types::str_::PyStr;
use taipan_object::types::tuple::PyTuple;
use taipan_object::{ObjRef, PyErr, PyResult, ThreadState};
use taipan_text::codecs::{self as tc, CodecError, Endian};
use taipan_text::pystr::{byte_offset, char_len};

use super::errors::{call_handler, unicode_exc};

thread_local! {
    /// The search functions, in registration order.
    static SEARCH: RefCell<Vec<ObjRef>> = const { RefCell::new(Vec::new()) };
    /// normalized name -> CodecInfo.
    static CACHE: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
    /// Whether `encodings` was imported (the first lookup does it).
    static READY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn cache(ts: &ThreadState) -> ObjRef {
    if let Some(c) = CACHE.with(|c| c.borrow().clone()) {
        return c;
    }
    let d = ts.new_dict();
    CACHE.with(|c| *c.borrow_mut() = Some(d.clone()));
    d
}

/// `_Py_normalize_encoding` + lower case: runs of other characters than alphanumerics and
/// `.` become one `_`, none at either end.
pub fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            punct = false;
            out.push(c.to_ascii_lowercase());
        } else {
            punct = true;
        }
    }
    out
}

/// `_codecs.register(search_function)`.
pub fn register(ts: &ThreadState, _: &ObjRef, f: &ObjRef) -> PyResult<ObjRef> {
    if f.typ().slots().call.is_none() {
        return Err(ts.type_error("argument must be callable"));
    }
    SEARCH.with(|s| s.borrow_mut().push(f.clone()));
    Ok(ts.none())
}

/// `_codecs.unregister(search_function)`: also empties the cache.
pub fn unregister(ts: &ThreadState, _: &ObjRef, f: &ObjRef) -> PyResult<ObjRef> {
    let removed = SEARCH.with(|s| {
        let mut s = s.borrow_mut();
        match s.iter().position(|x| x.is(f)) {
            Some(p) => {
                s.remove(p);
                true
            }
            None => false,
        }
    });
    if removed {
        CACHE.with(|c| *c.borrow_mut() = None);
    }
    Ok(ts.none())
}

fn ensure_ready(ts: &ThreadState) -> PyResult<()> {
    if READY.with(|r| r.replace(true)) {
        return Ok(());
    }
    if let Err(e) = crate::import::import_module(ts, "encodings") {
        READY.with(|r| r.set(false));
        return Err(e);
    }
    Ok(())
}

/// `_PyCodec_Lookup`: the CodecInfo of `encoding`.
pub fn lookup_codec(ts: &ThreadState, encoding: &str) -> PyResult<ObjRef> {
    ensure_ready(ts)?;
    let norm = normalize(encoding);
    let c = cache(ts);
    let cd = c.downcast::<PyDict>().expect("dict");
    if let Some(v) = cd.get_str_rs(ts, &norm) {
        return Ok(v);
    }
    let key = ts.new_str(&norm);
    let funcs = SEARCH.with(|s| s.borrow().clone());
    for f in funcs {
        let r = ab::call(ts, &f, std::slice::from_ref(&key))?;
        if ts.is_none(&r) {
            continue;
        }
        let ok = r.downcast::<PyTuple>().is_some_and(|t| t.len() == 4);
        if !ok {
            return Err(ts.type_error("codec search functions must return 4-tuples"));
        }
        cd.set_item(ts, key, r.clone())?;
        return Ok(r);
    }
    Err(ts.new_error(
        &ts.exc.lookup_error,
        format!("unknown encoding: {encoding}"),
    ))
}

fn str_param<'a>(ts: &ThreadState, f: &str, n: usize, o: &'a ObjRef) -> PyResult<&'a str> {
    o.downcast::<PyStr>().map(|s| s.as_str()).ok_or_else(|| {
        ts.type_error(format!(
            "{f}() argument {n} must be str, not {}",
            o.typ().name()
        ))
    })
}

/// `_codecs.lookup(encoding)`.
pub fn lookup(ts: &ThreadState, _: &ObjRef, enc: &ObjRef) -> PyResult<ObjRef> {
    let e = str_param(ts, "lookup", 1, enc)?;
    lookup_codec(ts, e)
}

fn item(ts: &ThreadState, info: &ObjRef, i: usize) -> PyResult<ObjRef> {
    info.downcast::<PyTuple>()
        .and_then(|t| t.items().get(i).cloned())
        .ok_or_else(|| ts.type_error("codec search functions must return 4-tuples"))
}

/// Runs the codec function `i` (0 encoder, 1 decoder) on `obj`: the first item of the
/// `(object, length)` it must return.
/// An error the codec function raised is wrapped as [`wrap_codec_error`] says.
fn run(
    ts: &ThreadState,
    info: &ObjRef,
    i: usize,
    obj: &ObjRef,
    encoding: &str,
    errors: &str,
) -> PyResult<ObjRef> {
    let f = item(ts, info, i)?;
    let r = ab::call(ts, &f, &[obj.clone(), ts.new_str(errors)]).map_err(|e| {
        wrap_codec_error(
            ts,
            e,
            if i == 0 { "encoding" } else { "decoding" },
            encoding,
        )
    })?;
    match r.downcast::<PyTuple>() {
        Some(t) if t.len() == 2 => Ok(t.items()[0].clone()),
        _ => Err(ts.type_error(if i == 0 {
            "encoder must return a tuple (object, integer)"
        } else {
            "decoder must return a tuple (object, integer)"
        })),
    }
}

/// CPython's `wrap_codec_error` (`_PyErr_TrySetFromCause`): an exception that holds nothing
/// but its class and at most one str argument (BaseException's `__new__`/`__init__`, no
/// `__slots__`, an empty instance dict) is replaced by a new one of its class whose message
/// names the operation and the codec (`encoding with 'x' codec failed (RuntimeError: msg)`),
/// caused by the original; any other exception passes unchanged.
fn wrap_codec_error(ts: &ThreadState, e: PyErr, operation: &str, encoding: &str) -> PyErr {
    use taipan_object::types::exceptions::{PyBaseException, new_exception};
    let val = e.value();
    let ty = val.class();
    let t = ty.typ_payload();
    let base = ts.exc.base_exception.typ_payload().slots();
    macro_rules! same {
        ($a:expr, $b:expr) => {
            matches!(($a, $b), (Some(a), Some(b)) if std::ptr::fn_addr_eq(a, b))
        };
    }
    let x = &ts.exc;
    // The built-in classes with state of their own (CPython's `ComplexExtendsException`s
    // with their own `__init__`/`__new__`).
    let stateful = [
        &x.stop_iteration,
        &x.system_exit,
        &x.import_error,
        &x.os_error,
        &x.name_error,
        &x.attribute_error,
        &x.syntax_error,
        &x.unicode_encode_error,
        &x.unicode_decode_error,
        &x.unicode_translate_error,
        &x.base_exception_group,
    ];
    if !same!(t.slots().init, base.init)
        || !same!(t.slots().new, base.new)
        || t.nslots.get() != 0
        || stateful.iter().any(|s| t.is_subtype(s))
    {
        return e;
    }
    let Some(p) = val.downcast::<PyBaseException>() else {
        return e;
    };
    let args = p.args_items();
    if args.len() > 1 || args.first().is_some_and(|a| !a.class().is(&ts.types.str_)) {
        return e;
    }
    if let Some(d) = taipan_object::attr::instance_dict(ts, val)
        && d.downcast::<PyDict>().is_some_and(|d| d.len() != 0)
    {
        return e;
    }
    let Ok(text) = ab::str_string(ts, val) else {
        return e;
    };
    let msg = format!(
        "{operation} with '{encoding}' codec failed ({}: {text})",
        t.name()
    );
    let new = new_exception(ts, ty, ts.new_tuple(vec![ts.new_str(&msg)]));
    if let Some(np) = new.downcast::<PyBaseException>() {
        drop(np.cause.replace(Some(val.clone())));
        np.suppress_context.set(true);
    }
    PyErr::from_instance(new)
}

static CODEC_ARGS: taipan_object::args::ArgSpec = taipan_object::args::ArgSpec {
    fname: "encode",
    names: &["obj", "encoding", "errors"],
    required: 1,
    posonly: 0,
    kwonly: 3,
};

fn codec_call(ts: &ThreadState, a: &[ObjRef], kw: Option<&ObjRef>, i: usize) -> PyResult<ObjRef> {
    let fname = if i == 0 { "encode" } else { "decode" };
    let spec = taipan_object::args::ArgSpec {
        fname,
        ..CODEC_ARGS
    };
    let [obj, enc, errors] = taipan_object::args::parse::<3>(ts, &spec, a, kw)?;
    let obj = obj.expect("required");
    let enc = match &enc {
        Some(e) => str_param(ts, fname, 2, e)?.to_string(),
        None => "utf-8".into(),
    };
    let errors = match &errors {
        Some(e) => str_param(ts, fname, 3, e)?.to_string(),
        None => "strict".into(),
    };
    let info = lookup_codec(ts, &enc)?;
    run(ts, &info, i, &obj, &enc, &errors)
}

/// `_codecs.encode(obj, encoding='utf-8', errors='strict')`.
pub fn encode(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    codec_call(ts, a, kw, 0)
}

/// `_codecs.decode(obj, encoding='utf-8', errors='strict')`.
pub fn decode(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    codec_call(ts, a, kw, 1)
}

/// The CodecInfo of a text encoding for `str.encode`/`bytes.decode`, or CPython's
/// "'rot13' is not a text encoding" LookupError.
fn text_codec(ts: &ThreadState, encoding: &str, what: &str) -> PyResult<ObjRef> {
    let info = lookup_codec(ts, encoding)?;
    if let Ok(flag) = ab::getattr_str(ts, &info, "_is_text_encoding")
        && !ab::is_true(ts, &flag)?
    {
        return Err(ts.new_error(
            &ts.exc.lookup_error,
            format!("'{encoding}' is not a text encoding; use codecs.{what}() to handle arbitrary codecs"),
        ));
    }
    Ok(info)
}

/// `str.encode` when `codecs_glue` cannot do it alone.
pub fn glue_encode(ts: &ThreadState, s: &[u8], encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    if let Some(codec) = tc::lookup(encoding) {
        return with_handler_encode(ts, s, codec, errors);
    }
    let info = text_codec(ts, encoding, "encode")?;
    let r = run(
        ts,
        &info,
        0,
        &ts.new_str_gutf8(s.to_vec()),
        encoding,
        errors,
    )?;
    match r.downcast::<taipan_object::types::bytes::PyBytes>() {
        Some(b) => Ok(b.as_bytes().to_vec()),
        None => match as_bytes_like(&r) {
            Some(b) if r.is_a::<taipan_object::types::bytearray::PyByteArray>() => Ok(b.to_vec()),
            _ => Err(ts.type_error(format!(
                "'{encoding}' encoder returned '{}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types",
                r.typ().name()
            ))),
        },
    }
}

/// `bytes.decode` when `codecs_glue` cannot do it alone.
pub fn glue_decode(ts: &ThreadState, b: &[u8], encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    if let Some(codec) = tc::lookup(encoding) {
        return with_handler_decode(ts, b, codec, errors);
    }
    let info = text_codec(ts, encoding, "decode")?;
    let r = run(ts, &info, 1, &ts.new_bytes(b.to_vec()), encoding, errors)?;
    match r.downcast::<PyStr>() {
        Some(s) => Ok(s.as_bytes().to_vec()),
        None => Err(ts.type_error(format!(
            "'{encoding}' decoder returned '{}' instead of 'str'; use codecs.decode() to decode to arbitrary types",
            r.typ().name()
        ))),
    }
}

/// The byte order mark a BOM-writing codec starts with, and the codec to run after it.
fn split_bom(codec: tc::Codec) -> (&'static [u8], tc::Codec) {
    match codec {
        tc::Codec::Utf16(Endian::Bom) => (b"\xff\xfe", tc::Codec::Utf16(Endian::Little)),
        tc::Codec::Utf32(Endian::Bom) => (b"\xff\xfe\0\0", tc::Codec::Utf32(Endian::Little)),
        c => (b"", c),
    }
}

fn codec_err(ts: &ThreadState, e: CodecError) -> Result<Box<tc::UnicodeError>, PyErr> {
    match e {
        CodecError::Unicode(u) => Ok(u),
        CodecError::Other(e) => Err(ts.from_numeric(e)),
    }
}

/// A built-in codec with a user error handler: strict runs between errors; each error goes
/// to the handler with the whole string and absolute positions.
fn with_handler_encode(
    ts: &ThreadState,
    s: &[u8],
    codec: tc::Codec,
    errors: &str,
) -> PyResult<Vec<u8>> {
    // The errors name the codec asked for (`'utf-16'`), not the byte order it writes in.
    let name = codec.name();
    let (bom, codec) = split_bom(codec);
    let mut out = bom.to_vec();
    let whole = ts.new_str_gutf8(s.to_vec());
    let total = char_len(s);
    let mut pos = 0; // code points
    while pos < total {
        let rest = &s[byte_offset(s, pos)..];
        match tc::encode(rest, codec, "strict") {
            Ok(v) => {
                out.extend(v);
                break;
            }
            Err(e) => {
                let u = codec_err(ts, e)?;
                let head = &rest[..byte_offset(rest, u.start)];
                out.extend(tc::encode(head, codec, "strict").map_err(|e| {
                    match codec_err(ts, e) {
                        Ok(_) => ts.system_error("codec failed twice"),
                        Err(e) => e,
                    }
                })?);
                let encoding = if bom.is_empty() { u.encoding } else { name };
                let exc = || {
                    unicode_exc(
                        ts,
                        false,
                        encoding,
                        &whole,
                        pos + u.start,
                        pos + u.end,
                        u.reason,
                    )
                };
                let (repl, next) = call_handler(ts, errors, exc(), false, total)?;
                // As CPython: the UTF encoders take only ASCII text, and bytes of whole units.
                let unit = match codec {
                    tc::Codec::Utf16(_) => 2,
                    tc::Codec::Utf32(_) => 4,
                    _ => 1,
                };
                let utf = matches!(
                    codec,
                    tc::Codec::Utf8 | tc::Codec::Utf16(_) | tc::Codec::Utf32(_)
                );
                if let Some(r) = repl.downcast::<PyStr>() {
                    if utf && !r.as_bytes().is_ascii() {
                        return Err(exc());
                    }
                    out.extend(tc::encode(r.as_bytes(), codec, "strict").map_err(|_| exc())?);
                } else if let Some(b) = as_bytes_like(&repl) {
                    if b.len() % unit != 0 {
                        return Err(exc());
                    }
                    out.extend_from_slice(&b);
                }
                pos = next;
            }
        }
    }
    Ok(out)
}

fn with_handler_decode(
    ts: &ThreadState,
    b: &[u8],
    codec: tc::Codec,
    errors: &str,
) -> PyResult<Vec<u8>> {
    let mut codec = codec;
    let mut pos = 0;
    if let (bom, after) = split_bom(codec)
        && !bom.is_empty()
    {
        codec = after;
        let be = match after {
            tc::Codec::Utf16(_) => (b"\xfe\xff" as &[u8], tc::Codec::Utf16(Endian::Big)),
            _ => (b"\0\0\xfe\xff" as &[u8], tc::Codec::Utf32(Endian::Big)),
        };
        if b.starts_with(bom) {
            pos = bom.len();
        } else if b.starts_with(be.0) {
            pos = be.0.len();
            codec = be.1;
        }
    }
    // A handler may replace the exception's `object` (the input): decoding goes on in it.
    let mut whole = ts.new_bytes(b.to_vec());
    let mut out = Vec::with_capacity(b.len());
    loop {
        let cur = whole.clone();
        let b = cur
            .downcast::<taipan_object::types::bytes::PyBytes>()
            .map_or(&[][..], |x| x.as_bytes());
        if pos >= b.len() {
            break;
        }
        let rest = &b[pos..];
        match tc::decode(rest, codec, "strict") {
            Ok(v) => {
                out.extend(v);
                break;
            }
            Err(e) => {
                let u = codec_err(ts, e)?;
                if let Ok(v) = tc::decode(&rest[..u.start], codec, "strict") {
                    out.extend(v);
                }
                let exc = unicode_exc(
                    ts,
                    true,
                    u.encoding,
                    &whole,
                    pos + u.start,
                    pos + u.end,
                    u.reason,
                );
                let exc_obj = exc.value().clone();
                let (repl, next) = call_handler(ts, errors, exc, true, b.len())?;
                if let Some(r) = repl.downcast::<PyStr>() {
                    out.extend_from_slice(r.as_bytes());
                }
                if let Ok(obj) = ab::getattr_str(ts, &exc_obj, "object")
                    && !obj.is(&whole)
                {
                    let Some(new) = as_bytes_like(&obj).map(|d| d.to_vec()) else {
                        return Err(ts.type_error("object attribute must be bytes"));
                    };
                    if next > new.len() {
                        return Err(ts.index_error(format!(
                            "position {next} from error handler out of bounds"
                        )));
                    }
                    whole = ts.new_bytes(new);
                }
                pos = next;
            }
        }
    }
    Ok(out)
}

/// Installs [`glue_encode`]/[`glue_decode`] as `codecs_glue`'s registry path.
pub fn install() {
    codecs_glue::set_registry(codecs_glue::Registry {
        encode: glue_encode,
        decode: glue_decode,
    });
}

//! The codec error handlers (CPython's `Python/codecs.c`): the registry behind
//! `register_error`/`lookup_error`, the eight built-in handlers as Python callables
//! (`codecs.strict_errors`, ...), the `UnicodeError` objects handed to them, and
//! [`call_handler`], which asks a handler for the replacement and the position to resume at.

use std::cell::RefCell;

use taipan_object::abstract_ as ab;
use taipan_object::typeobj::{Meth, MethodDef};
use taipan_object::types::bytes::as_bytes_like;
use taipan_object::types::dict::PyDict;
use taipan_object::types::str_::PyStr;
use taipan_object::types::tuple::PyTuple;
use taipan_object::{ObjRef, PyErr, PyResult, ThreadState};
use taipan_text::pystr::{code_points, push_cp};

thread_local! {
    /// `name -> handler`: the user's handlers and, once made, the built-in ones.
    static HANDLERS: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
}

/// The built-in handlers, by name, as `codecs.c` registers them.
static BUILTIN: &[MethodDef] = &[
    MethodDef::new("strict_errors", Meth::O(strict)),
    MethodDef::new("ignore_errors", Meth::O(ignore)),
    MethodDef::new("replace_errors", Meth::O(replace)),
    MethodDef::new("xmlcharrefreplace_errors", Meth::O(xmlcharrefreplace)),
    MethodDef::new("backslashreplace_errors", Meth::O(backslashreplace)),
    MethodDef::new("namereplace_errors", Meth::O(namereplace)),
    MethodDef::new("surrogateescape", Meth::O(surrogateescape)),
    MethodDef::new("surrogatepass", Meth::O(surrogatepass)),
];

/// Whether `name` is one of the built-in handlers (which the text crate applies itself).
pub fn is_builtin(name: &str) -> bool {
    matches!(
        name,
        "strict"
            | "ignore"
            | "replace"
            | "xmlcharrefreplace"
            | "backslashreplace"
            | "namereplace"
            | "surrogateescape"
            | "surrogatepass"
    )
}

fn handlers(ts: &ThreadState) -> ObjRef {
    if let Some(d) = HANDLERS.with(|h| h.borrow().clone()) {
        return d;
    }
    let d = ts.new_dict();
    let dd = d.downcast::<PyDict>().expect("dict");
    for def in BUILTIN {
        let f = taipan_object::types::descr::new_builtin_function(ts, def, None);
        let name = def.name.strip_suffix("_errors").unwrap_or(def.name);
        let _ = dd.set_item_str(ts, name, f);
    }
    HANDLERS.with(|h| *h.borrow_mut() = Some(d.clone()));
    d
}

/// `_codecs.register_error(errors, handler)`.
pub fn register_error(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    if a.len() != 2 {
        return Err(ts.type_error(format!(
            "register_error expected 2 arguments, got {}",
            a.len()
        )));
    }
    if !a[0].is_a::<PyStr>() {
        return Err(ts.type_error(format!(
            "register_error() argument 1 must be str, not {}",
            a[0].typ().name()
        )));
    }
    if a[1].typ().slots().call.is_none() {
        return Err(ts.type_error("handler must be callable"));
    }
    ab::setitem(ts, &handlers(ts), &a[0], Some(&a[1]))?;
    Ok(ts.none())
}

/// `_codecs.lookup_error(name)`.
pub fn lookup_error(ts: &ThreadState, _: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
    if !name.is_a::<PyStr>() {
        return Err(ts.type_error(format!(
            "lookup_error() argument must be str, not {}",
            name.typ().name()
        )));
    }
    lookup(ts, ab::str_of(name))
}

/// The handler registered under `name`, or `LookupError`.
pub fn lookup(ts: &ThreadState, name: &str) -> PyResult<ObjRef> {
    let d = handlers(ts);
    d.downcast::<PyDict>()
        .and_then(|d| d.get_str_rs(ts, name))
        .ok_or_else(|| {
            ts.new_error(
                &ts.exc.lookup_error,
                format!("unknown error handler name '{name}'"),
            )
        })
}

/// A `UnicodeDecodeError`/`UnicodeEncodeError` object (`object` is bytes or str).
pub fn unicode_exc(
    ts: &ThreadState,
    decoding: bool,
    encoding: &str,
    object: &ObjRef,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let ty = if decoding {
        &ts.exc.unicode_decode_error
    } else {
        &ts.exc.unicode_encode_error
    };
    ts.new_error_args(
        ty,
        vec![
            ts.new_str(encoding),
            object.clone(),
            ts.new_int(start as i64),
            ts.new_int(end as i64),
            ts.new_str(reason),
        ],
    )
}

/// Calls the handler `errors` with `exc`: the replacement (str, or bytes when encoding) and
/// the position to resume at (negative positions count from the end of `len`).
pub fn call_handler(
    ts: &ThreadState,
    errors: &str,
    exc: PyErr,
    decoding: bool,
    len: usize,
) -> PyResult<(ObjRef, usize)> {
    if errors == "strict" {
        return Err(exc);
    }
    let h = lookup(ts, errors)?;
    let r = ab::call(ts, &h, &[exc.value().clone()])?;
    let bad = || {
        ts.type_error(if decoding {
            "decoding error handler must return (str, int) tuple"
        } else {
            "encoding error handler must return (str/bytes, int) tuple"
        })
    };
    let t = r.downcast::<PyTuple>().ok_or_else(bad)?;
    let [repl, pos] = t.items() else {
        return Err(bad());
    };
    let ok = repl.is_a::<PyStr>() || (!decoding && as_bytes_like(repl).is_some());
    if !ok || !pos.is_a::<taipan_object::types::int::PyInt>() {
        return Err(bad());
    }
    let mut p = ab::index_isize(ts, pos)?;
    if p < 0 {
        p += len as isize;
    }
    if p < 0 || p as usize > len {
        return Err(ts.index_error(format!("position {p} from error handler out of bounds")));
    }
    Ok((repl.clone(), p as usize))
}

/// Which `UnicodeError` an object handed to a handler is.
#[derive(PartialEq, Clone, Copy)]
enum Kind {
    Encode,
    Decode,
    Translate,
}

fn kind(ts: &ThreadState, exc: &ObjRef) -> Option<Kind> {
    let t = exc.typ();
    if t.is_subtype(&ts.exc.unicode_encode_error) {
        Some(Kind::Encode)
    } else if t.is_subtype(&ts.exc.unicode_decode_error) {
        Some(Kind::Decode)
    } else if t.is_subtype(&ts.exc.unicode_translate_error) {
        Some(Kind::Translate)
    } else {
        None
    }
}

fn wrong(ts: &ThreadState, exc: &ObjRef) -> PyErr {
    ts.type_error(format!(
        "don't know how to handle {} in error callback",
        exc.typ().name()
    ))
}

/// `(start, end)` of the exception, clamped as `PyUnicode*Error_GetStart/End` do.
fn range(ts: &ThreadState, exc: &ObjRef, len: usize) -> PyResult<(usize, usize)> {
    let start = ab::index_isize(ts, &ab::getattr_str(ts, exc, "start")?)?;
    let end = ab::index_isize(ts, &ab::getattr_str(ts, exc, "end")?)?;
    let start = (start.max(0) as usize).min(len.saturating_sub(1));
    let end = (end.max(1) as usize).min(len);
    Ok((start, end.max(start)))
}

/// The code points of a `UnicodeEncodeError`/`UnicodeTranslateError`'s object, and its range.
fn text(ts: &ThreadState, exc: &ObjRef) -> PyResult<(Vec<u32>, usize, usize)> {
    let o = ab::getattr_str(ts, exc, "object")?;
    let s = o
        .downcast::<PyStr>()
        .ok_or_else(|| ts.type_error("object attribute must be unicode"))?;
    let cps: Vec<u32> = code_points(s.as_bytes()).collect();
    let (a, b) = range(ts, exc, cps.len())?;
    Ok((cps, a, b))
}

/// The bytes of a `UnicodeDecodeError`'s object, and its range.
fn data(ts: &ThreadState, exc: &ObjRef) -> PyResult<(Vec<u8>, usize, usize)> {
    let o = ab::getattr_str(ts, exc, "object")?;
    let b = as_bytes_like(&o)
        .map(|b| b.to_vec())
        .ok_or_else(|| ts.type_error("object attribute must be bytes"))?;
    let (a, e) = range(ts, exc, b.len())?;
    Ok((b, a, e))
}

fn answer(ts: &ThreadState, repl: ObjRef, end: usize) -> PyResult<ObjRef> {
    Ok(ts.new_tuple(vec![repl, ts.new_int(end as i64)]))
}

fn strict(ts: &ThreadState, _: &ObjRef, exc: &ObjRef) -> PyResult<ObjRef> {
    if exc.typ().is_subtype(&ts.exc.base_exception) {
        Err(PyErr::from_instance(exc.clone()))
    } else {
        Err(ts.type_error("codec must pass exception instance"))
    }
}

fn ignore(ts: &ThreadState, _: &ObjRef, exc: &ObjRef) -> PyResult<ObjRef> {
    if kind(ts, exc).is_none() {
        return Err(wrong(ts, exc));
    }
    let end = ab::getattr_str(ts, exc, "end")?;
    Ok(ts.new_tuple(vec![ts.new_str(""), end]))
}

fn replace(ts: &ThreadState, _: &ObjRef, exc: &ObjRef) -> PyResult<ObjRef> {
    match kind(ts, exc) {
        Some(Kind::Decode) => {
            let (_, _, end) = data(ts, exc)?;
            answer(ts, ts.new_str("\u{fffd}"), end)
        }
        Some(k) => {
            let (_, start, end) = text(ts, exc)?;
            let c = if k == Kind::Encode { "?" } else { "\u{fffd}" };
            answer(ts, ts.new_string(c.repeat(end - start)), end)
        }
        None => Err(wrong(ts, exc)),
    }
}

fn escape_cp(out: &mut String, ch: u32) {
    use std::fmt::Write;
    let _ = if ch <= 0xFF {
        write!(out, "\\x{ch:02x}")
    } else if ch <= 0xFFFF {
        write!(out, "\\u{ch:04x}")
    } else {
        write!(out, "\\U{ch:08x}")
    };
}

fn backslashreplace(ts: &ThreadState, _: &ObjRef, exc: &ObjRef) -> PyResult<ObjRef> {
    let mut out = String::new();
    match kind(ts, exc) {
        Some(Kind::Decode) => {
            let (b, start, end) = data(ts, exc)?;
            for &x in &b[start..end] {
                escape_cp(&mut out, x as u32);
            }
            answer(ts, ts.new_string(out), end)
        }
        Some(_) => {
            let (cps, start, end) = text(ts, exc)?;
            for &ch in &cps[start..end] {
                escape_cp(&mut out, ch);
            }
            answer(ts, ts.new_string(out), end)
        }
        None => Err(wrong(ts, exc)),
    }
}

fn xmlcharrefreplace(ts: &ThreadState, _: &ObjRef, exc: &ObjRef) -> PyResult<ObjRef> {
    if kind(ts, exc) != Some(Kind::Encode) {
        return Err(wrong(ts, exc));
    }
    let (cps, start, end) = text(ts, exc)?;
    let mut out = String::new();
    for &ch in &cps[start..end] {
        out.push_str(&format!("&#{ch};"));
    }
    answer(ts, ts.new_string(out), end)
}

fn namereplace(ts: &ThreadState, _: &ObjRef, exc: &ObjRef) -> PyResult<ObjRef> {
    if kind(ts, exc) != Some(Kind::Encode) {
        return Err(wrong(ts, exc));
    }
    let (cps, start, end) = text(ts, exc)?;
    let mut out = String::new();
    for &ch in &cps[start..end] {
        match char::from_u32(ch).and_then(unicode_names2::name) {
            Some(n) => out.push_str(&format!("\\N{{{n}}}")),
            None => escape_cp(&mut out, ch),
        }
    }
    answer(ts, ts.new_string(out), end)
}

fn surrogateescape(ts: &ThreadState, _: &ObjRef, exc: &ObjRef) -> PyResult<ObjRef> {
    match kind(ts, exc) {
        Some(Kind::Decode) => {
            let (b, start, end) = data(ts, exc)?;
            let mut out = Vec::new();
            let mut k = start;
            while k < end && k < start + 4 && b[k] >= 128 {
                push_cp(&mut out, 0xDC00 + b[k] as u32);
                k += 1;
            }
            if k == start {
                return Err(PyErr::from_instance(exc.clone()));
            }
            answer(ts, ts.new_str_gutf8(out), k)
        }
        Some(Kind::Encode) => {
            let (cps, start, end) = text(ts, exc)?;
            let mut out = Vec::new();
            for &ch in &cps[start..end] {
                if !(0xDC80..=0xDCFF).contains(&ch) {
                    return Err(PyErr::from_instance(exc.clone()));
                }
                out.push((ch - 0xDC00) as u8);
            }
            answer(ts, ts.new_bytes(out), end)
        }
        _ => Err(wrong(ts, exc)),
    }
}

/// The unit size and byte order of the encoding a `surrogatepass` error came from
/// (`utf-8`: 1; `utf-16*`: 2; `utf-32*`: 4), or `None` for any other codec.
fn pass_codec(name: &str) -> Option<(usize, bool)> {
    let n = name.to_ascii_lowercase().replace('_', "-");
    Some(match n.as_str() {
        "utf-8" | "utf8" => (1, false),
        "utf-16" | "utf-16-le" | "utf-16le" => (2, false),
        "utf-16-be" | "utf-16be" => (2, true),
        "utf-32" | "utf-32-le" | "utf-32le" => (4, false),
        "utf-32-be" | "utf-32be" => (4, true),
        _ => return None,
    })
}

fn surrogatepass(ts: &ThreadState, _: &ObjRef, exc: &ObjRef) -> PyResult<ObjRef> {
    let k = kind(ts, exc);
    if !matches!(k, Some(Kind::Encode | Kind::Decode)) {
        return Err(wrong(ts, exc));
    }
    let enc = ab::getattr_str(ts, exc, "encoding")?;
    let Some((unit, big)) = enc.downcast::<PyStr>().and_then(|e| pass_codec(e.as_str())) else {
        return Err(PyErr::from_instance(exc.clone()));
    };
    if k == Some(Kind::Encode) {
        let (cps, start, end) = text(ts, exc)?;
        let mut out = Vec::new();
        for &ch in &cps[start..end] {
            if !(0xD800..=0xDFFF).contains(&ch) {
                return Err(PyErr::from_instance(exc.clone()));
            }
            match (unit, big) {
                (1, _) => push_cp(&mut out, ch),
                (2, false) => out.extend((ch as u16).to_le_bytes()),
                (2, true) => out.extend((ch as u16).to_be_bytes()),
                (_, false) => out.extend(ch.to_le_bytes()),
                (_, true) => out.extend(ch.to_be_bytes()),
            }
        }
        return answer(ts, ts.new_bytes(out), end);
    }
    let (b, start, _) = data(ts, exc)?;
    let rest = &b[start..];
    let ch = match unit {
        1 if rest.len() >= 3
            && rest[0] & 0xF0 == 0xE0
            && rest[1] & 0xC0 == 0x80
            && rest[2] & 0xC0 == 0x80 =>
        {
            Some(
                ((rest[0] as u32 & 0x0F) << 12)
                    | ((rest[1] as u32 & 0x3F) << 6)
                    | (rest[2] as u32 & 0x3F),
            )
        }
        2 if rest.len() >= 2 => {
            let v = [rest[0], rest[1]];
            Some(if big {
                u16::from_be_bytes(v)
            } else {
                u16::from_le_bytes(v)
            } as u32)
        }
        4 if rest.len() >= 4 => {
            let v = [rest[0], rest[1], rest[2], rest[3]];
            Some(if big {
                u32::from_be_bytes(v)
            } else {
                u32::from_le_bytes(v)
            })
        }
        _ => None,
    };
    match ch {
        Some(ch) if (0xD800..=0xDFFF).contains(&ch) => {
            let mut out = Vec::new();
            push_cp(&mut out, ch);
            answer(
                ts,
                ts.new_str_gutf8(out),
                start + unit.max(3 * (unit == 1) as usize),
            )
        }
        _ => Err(PyErr::from_instance(exc.clone())),
    }
}

/// A decoder's error at `[start, end)` of `data` handled by `errors`: the replacement text is
/// appended to `out` (generalized UTF-8); answers where decoding resumes.
#[allow(clippy::too_many_arguments)]
pub fn decode_error(
    ts: &ThreadState,
    errors: &str,
    encoding: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
    out: &mut Vec<u8>,
) -> PyResult<usize> {
    let obj = ts.new_bytes(data.to_vec());
    let exc = unicode_exc(ts, true, encoding, &obj, start, end, reason);
    let exc_obj = exc.value().clone();
    let (repl, pos) = call_handler(ts, errors, exc, true, data.len())?;
    if let Some(s) = repl.downcast::<PyStr>() {
        out.extend_from_slice(s.as_bytes());
    }
    // The handler replaced the input (`exc.object = ...`): these decoders cannot go on in
    // another input, but one with nothing left after `pos` ends the decoding as CPython's.
    if let Ok(new) = ab::getattr_str(ts, &exc_obj, "object")
        && !new.is(&obj)
    {
        let Some(n) = as_bytes_like(&new).map(|d| d.len()) else {
            return Err(ts.type_error("object attribute must be bytes"));
        };
        if pos > n {
            return Err(ts.index_error(format!("position {pos} from error handler out of bounds")));
        }
        if pos < n {
            return Err(ts.system_error(format!(
                "the '{encoding}' decoder cannot continue in an input replaced by an error handler"
            )));
        }
        return Ok(data.len());
    }
    Ok(pos)
}

/// An encoder's error at code points `[start, end)` of `text` handled by `errors`: the
/// replacement (str or bytes) and where encoding resumes.
pub fn encode_error(
    ts: &ThreadState,
    errors: &str,
    encoding: &str,
    text: &ObjRef,
    start: usize,
    end: usize,
    reason: &str,
) -> PyResult<(ObjRef, usize)> {
    let len = text.downcast::<PyStr>().map(|s| s.char_len()).unwrap_or(0);
    let exc = unicode_exc(ts, false, encoding, text, start, end, reason);
    call_handler(ts, errors, exc, false, len)
}

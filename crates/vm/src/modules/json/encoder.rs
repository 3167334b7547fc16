//! `_json.make_encoder` (the type `_json.Encoder`): a `JSONEncoder`'s settings (`markers`,
//! `default`, `encoder`, `indent`, the separators, `sort_keys`, `skipkeys`, `allow_nan`),
//! called as `_iterencode(obj, _current_indent_level)`: the whole text written into one buffer
//! and returned as a one-item list. Strings go through `encode_basestring(_ascii)` natively
//! when `encoder` is one of those two functions, through `encoder(s)` otherwise; cycles are
//! caught with `markers` as CPython does (keyed by `id`).

use taipan_object::abstract_ as ab;
use taipan_object::args::{ArgSpec, parse};
use taipan_object::typeobj::{GetSetDef, PayloadInfo, Slots, TypeSpec, flags};
use taipan_object::types::descr::PyBuiltinFunction;
use taipan_object::types::dict::PyDict;
use taipan_object::types::float::PyFloat;
use taipan_object::types::int::PyInt;
use taipan_object::types::list::PyList;
use taipan_object::types::str_::PyStr;
use taipan_object::types::tuple::PyTuple;
use taipan_object::{ObjRef, PyPayload, PyResult, ThreadState, alloc_object};

use super::push_json_string;

pub struct Encoder {
    markers: ObjRef,
    default: ObjRef,
    encoder: ObjRef,
    indent: ObjRef,
    key_separator: ObjRef,
    item_separator: ObjRef,
    sort_keys: bool,
    skipkeys: bool,
    allow_nan: bool,
    /// `Some(ascii)` when `encoder` is `_json.encode_basestring(_ascii)`.
    fast: Option<bool>,
}
impl PyPayload for Encoder {}

fn this(o: &ObjRef) -> &Encoder {
    o.downcast::<Encoder>().expect("_json.Encoder")
}

static NEW_SPEC: ArgSpec = ArgSpec {
    fname: "make_encoder",
    names: &[
        "markers",
        "default",
        "encoder",
        "indent",
        "key_separator",
        "item_separator",
        "sort_keys",
        "skipkeys",
        "allow_nan",
    ],
    required: 9,
    posonly: 0,
    kwonly: 9,
};

fn encoder_new(
    ts: &ThreadState,
    cls: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let a = parse::<9>(ts, &NEW_SPEC, args, kw)?;
    let [m, d, e, ind, ks, is, sk, skip, nan] = a.map(|x| x.expect("required"));
    for (n, s) in [(5, &ks), (6, &is)] {
        if !s.is_a::<PyStr>() {
            return Err(ts.type_error(format!(
                "make_encoder() argument {n} must be str, not {}",
                s.typ().name()
            )));
        }
    }
    let (sort_keys, skipkeys, allow_nan) = (
        ab::is_true(ts, &sk)?,
        ab::is_true(ts, &skip)?,
        ab::is_true(ts, &nan)?,
    );
    if !ts.is_none(&m) && !m.is_a::<PyDict>() {
        return Err(ts.type_error(format!(
            "make_encoder() argument 1 must be dict or None, not {}",
            m.typ().name()
        )));
    }
    let fast = e.downcast::<PyBuiltinFunction>().and_then(|f| {
        let fs = super::FUNCTIONS;
        if std::ptr::eq(f.def, &fs[0]) {
            Some(true)
        } else if std::ptr::eq(f.def, &fs[1]) {
            Some(false)
        } else {
            None
        }
    });
    let enc = Encoder {
        markers: m,
        default: d,
        encoder: e,
        indent: ind,
        key_separator: ks,
        item_separator: is,
        sort_keys,
        skipkeys,
        allow_nan,
        fast,
    };
    Ok(alloc_object(ts, cls, enc))
}

static CALL_SPEC: ArgSpec = ArgSpec {
    fname: "_iterencode",
    names: &["obj", "_current_indent_level"],
    required: 2,
    posonly: 0,
    kwonly: 2,
};

fn encoder_call(
    ts: &ThreadState,
    o: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let [obj, level] = parse::<2>(ts, &CALL_SPEC, args, kw)?;
    let (obj, level) = (obj.expect("required"), level.expect("required"));
    super::super::common::index_i64(ts, &level)?;
    let mut out = Vec::new();
    encode_obj(ts, this(o), &mut out, &obj)?;
    Ok(ts.new_list(vec![ts.new_str_gutf8(out)]))
}

/// Appends a `str` object's text.
fn push_str(out: &mut Vec<u8>, s: &ObjRef) {
    if let Some(p) = s.downcast::<PyStr>() {
        out.extend_from_slice(p.as_bytes());
    }
}

/// `encoder_encode_string`.
fn encode_string(ts: &ThreadState, e: &Encoder, out: &mut Vec<u8>, s: &ObjRef) -> PyResult<()> {
    if let (Some(ascii), Some(p)) = (e.fast, s.downcast::<PyStr>()) {
        push_json_string(out, p.as_bytes(), ascii);
        return Ok(());
    }
    let r = ab::call(ts, &e.encoder, std::slice::from_ref(s))?;
    if !r.is_a::<PyStr>() {
        return Err(ts.type_error(format!(
            "encoder() must return a string, not {}",
            r.typ().name()
        )));
    }
    push_str(out, &r);
    Ok(())
}

/// `float.__repr__` of a float (subclasses too), or the JSON names of the non-finite values.
fn encode_float(ts: &ThreadState, e: &Encoder, out: &mut Vec<u8>, o: &ObjRef) -> PyResult<()> {
    let v = o.downcast::<PyFloat>().expect("float").0;
    if !v.is_finite() {
        if !e.allow_nan {
            return Err(ts.value_error("Out of range float values are not JSON compliant"));
        }
        out.extend_from_slice(if v > 0.0 {
            b"Infinity"
        } else if v < 0.0 {
            b"-Infinity"
        } else {
            b"NaN"
        });
        return Ok(());
    }
    push_str(out, &float_repr(ts, o)?);
    Ok(())
}

/// The repr slot of an exact built-in type (`PyLong_Type.tp_repr(obj)`), whatever a subclass
/// overrides.
fn base_repr(ts: &ThreadState, ty: &ObjRef, o: &ObjRef) -> PyResult<ObjRef> {
    let t = ty
        .downcast::<taipan_object::PyType>()
        .expect("a built-in type");
    match t.slots().repr {
        Some(f) => f(ts, o),
        None => ab::repr(ts, o),
    }
}
fn float_repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    base_repr(ts, &ts.types.float, o)
}
fn int_repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    base_repr(ts, &ts.types.int, o)
}

/// Marks `o` as being encoded (`markers[id(o)] = o`); `Circular reference detected` when it
/// already is. The key to remove afterwards, if markers are kept.
fn mark(ts: &ThreadState, e: &Encoder, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let Some(m) = e.markers.downcast::<PyDict>() else {
        return Ok(None);
    };
    let ident = ts.new_int(o.id() as i64);
    if m.get_item(ts, &ident)?.is_some() {
        return Err(ts.value_error("Circular reference detected"));
    }
    m.set_item(ts, ident.clone(), o.clone())?;
    Ok(Some(ident))
}
fn unmark(ts: &ThreadState, e: &Encoder, ident: Option<ObjRef>) -> PyResult<()> {
    if let (Some(id), Some(m)) = (ident, e.markers.downcast::<PyDict>())
        && m.del_item(ts, &id)?.is_none()
    {
        return Err(ts.key_error(id));
    }
    Ok(())
}

/// `encoder_listencode_obj`.
fn encode_obj(ts: &ThreadState, e: &Encoder, out: &mut Vec<u8>, o: &ObjRef) -> PyResult<()> {
    if ts.is_none(o) {
        out.extend_from_slice(b"null");
    } else if o.is(ts.true_ref()) {
        out.extend_from_slice(b"true");
    } else if o.is(ts.false_ref()) {
        out.extend_from_slice(b"false");
    } else if o.is_a::<PyStr>() {
        encode_string(ts, e, out, o)?;
    } else if o.is_a::<PyInt>() {
        push_str(out, &int_repr(ts, o)?);
    } else if o.is_a::<PyFloat>() {
        encode_float(ts, e, out, o)?;
    } else if o.is_a::<PyList>() || o.is_a::<PyTuple>() {
        ts.enter_recursive(" while encoding a JSON object")?;
        let r = encode_list(ts, e, out, o);
        ts.leave_recursive();
        r?;
    } else if o.is_a::<PyDict>() {
        ts.enter_recursive(" while encoding a JSON object")?;
        let r = encode_dict(ts, e, out, o);
        ts.leave_recursive();
        r?;
    } else {
        let ident = mark(ts, e, o)?;
        let new = ab::call(ts, &e.default, std::slice::from_ref(o))?;
        ts.enter_recursive(" while encoding a JSON object")?;
        let r = encode_obj(ts, e, out, &new);
        ts.leave_recursive();
        r?;
        unmark(ts, e, ident)?;
    }
    Ok(())
}

/// `encoder_listencode_list`.
fn encode_list(ts: &ThreadState, e: &Encoder, out: &mut Vec<u8>, seq: &ObjRef) -> PyResult<()> {
    // A list is read live, by index, as CPython's `PySequence_Fast` does (a `default` that
    // shortens it ends the loop early).
    let list = seq.downcast::<PyList>();
    let tuple = seq.downcast::<PyTuple>();
    let item = |i: usize| match (list, tuple) {
        (Some(l), _) => l.get(i),
        (None, Some(t)) => t.items().get(i).cloned(),
        (None, None) => None,
    };
    let Some(x0) = item(0) else {
        out.extend_from_slice(b"[]");
        return Ok(());
    };
    let ident = mark(ts, e, seq)?;
    out.push(b'[');
    encode_obj(ts, e, out, &x0)?;
    let mut i = 1;
    while let Some(x) = item(i) {
        push_str(out, &e.item_separator);
        encode_obj(ts, e, out, &x)?;
        i += 1;
    }
    unmark(ts, e, ident)?;
    out.push(b']');
    Ok(())
}

/// `encoder_listencode_dict`.
fn encode_dict(ts: &ThreadState, e: &Encoder, out: &mut Vec<u8>, dct: &ObjRef) -> PyResult<()> {
    let d = dct.downcast::<PyDict>().expect("dict");
    if d.is_empty() {
        out.extend_from_slice(b"{}");
        return Ok(());
    }
    let ident = mark(ts, e, dct)?;
    out.push(b'{');
    let mut first = true;
    if e.sort_keys || !dct.class().is(&ts.types.dict) {
        let items = ab::call_method(ts, dct, "items", &[])?;
        let items = ab::call(ts, &ts.types.list, &[items])?;
        if e.sort_keys {
            ab::call_method(ts, &items, "sort", &[])?;
        }
        let items = items.downcast::<PyList>().expect("list").to_vec();
        for item in items {
            let pair = item.downcast::<PyTuple>().map(|t| t.items().to_vec());
            let Some([k, v]) = pair.and_then(|p| <[ObjRef; 2]>::try_from(p).ok()) else {
                return Err(ts.value_error("items must return 2-tuples"));
            };
            encode_key_value(ts, e, out, &mut first, &k, &v)?;
        }
    } else {
        for (k, v) in d.items() {
            encode_key_value(ts, e, out, &mut first, &k, &v)?;
        }
    }
    unmark(ts, e, ident)?;
    out.push(b'}');
    Ok(())
}

/// `encoder_encode_key_value`: one `key: value` member (skipped, with `skipkeys`, when the
/// key is not a str, int, float, bool or None).
fn encode_key_value(
    ts: &ThreadState,
    e: &Encoder,
    out: &mut Vec<u8>,
    first: &mut bool,
    key: &ObjRef,
    value: &ObjRef,
) -> PyResult<()> {
    let keystr = if key.is_a::<PyStr>() {
        key.clone()
    } else if key.is_a::<PyFloat>() {
        let mut k = Vec::new();
        encode_float(ts, e, &mut k, key)?;
        ts.new_str_gutf8(k)
    } else if key.is(ts.true_ref()) {
        ts.new_str("true")
    } else if key.is(ts.false_ref()) {
        ts.new_str("false")
    } else if ts.is_none(key) {
        ts.new_str("null")
    } else if key.is_a::<PyInt>() {
        int_repr(ts, key)?
    } else if e.skipkeys {
        return Ok(());
    } else {
        return Err(ts.type_error(format!(
            "keys must be str, int, float, bool or None, not {}",
            key.typ().name()
        )));
    };
    if *first {
        *first = false;
    } else {
        push_str(out, &e.item_separator);
    }
    encode_string(ts, e, out, &keystr)?;
    push_str(out, &e.key_separator);
    encode_obj(ts, e, out, value)
}

member!(get_markers, markers);
member!(get_default, default);
member!(get_encoder, encoder);
member!(get_indent, indent);
member!(get_key_separator, key_separator);
member!(get_item_separator, item_separator);
member!(get_sort_keys, sort_keys, bool);
member!(get_skipkeys, skipkeys, bool);

fn traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let e = this(o);
    for x in [
        &e.markers,
        &e.default,
        &e.encoder,
        &e.indent,
        &e.key_separator,
        &e.item_separator,
    ] {
        visit(x);
    }
}

static GETSETS: &[GetSetDef] = &[
    GetSetDef::member_ro("markers", get_markers),
    GetSetDef::member_ro("default", get_default),
    GetSetDef::member_ro("encoder", get_encoder),
    GetSetDef::member_ro("indent", get_indent),
    GetSetDef::member_ro("key_separator", get_key_separator),
    GetSetDef::member_ro("item_separator", get_item_separator),
    GetSetDef::member_ro("sort_keys", get_sort_keys),
    GetSetDef::member_ro("skipkeys", get_skipkeys),
];

pub static SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: Slots {
        new: Some(encoder_new),
        call: Some(encoder_call),
        traverse: Some(traverse),
        ..Slots::NONE
    },
    getsets: GETSETS,
    doc: "_iterencode(obj, _current_indent_level) -> iterable",
    ..TypeSpec::new("_json.Encoder", PayloadInfo::of::<Encoder>())
};

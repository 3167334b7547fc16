//! Formatting with objects: `str.format`/`format_map` (templates from
//! `taipan_text::format::field`, values fetched by index, key, attribute and item, converted
//! with `!r`/`!s`/`!a`, formatted through `format()`), `str.__format__`, and `%`-formatting
//! for `str` and `bytes` (the template walk, argument fetching and conversions around
//! `taipan_text::format::printf`).

use taipan_ast::Int;
use taipan_text::format::field::{
    Accessor, AutoNumber, FirstArg, Markup, MarkupIter, conversion_error, parse_field_name,
};
use taipan_text::format::printf::{self, PrintfSpec};

use crate::abstract_ as ab;
use crate::error::PyResult;
use crate::header::ObjRef;
use crate::thread::ThreadState;
use crate::typeobj::{Meth, MethodDef};
use crate::types::bytes::as_bytes_like;
use crate::types::dict::PyDict;
use crate::types::float::PyFloat;
use crate::types::int::PyInt;
use crate::types::str_::PyStr;
use crate::types::tuple::PyTuple;

fn sbytes(o: &ObjRef) -> &[u8] {
    o.downcast::<PyStr>().expect("str").as_bytes()
}

/// `format(v, spec)` (`PyObject_Format`; the builtin and `FORMAT_VALUE`): exact str and int with an empty spec directly,
/// else `type(v).__format__(v, spec)`.
pub fn format_obj(ts: &ThreadState, v: &ObjRef, spec: Option<&ObjRef>) -> PyResult<ObjRef> {
    let empty = spec.is_none_or(|s| s.downcast::<PyStr>().is_some_and(|s| s.as_str().is_empty()));
    if empty && v.is_exact(&ts.types.str_) {
        return Ok(v.clone());
    }
    if empty && v.is_exact(&ts.types.int) {
        return ab::str(ts, v);
    }
    let spec = spec.cloned().unwrap_or_else(|| ts.empty_str());
    if !spec.is_a::<PyStr>() {
        return Err(ts.type_error(format!(
            "format() argument 2 must be str, not {}",
            spec.typ().name()
        )));
    }
    let f = v.typ().lookup(ts, &ts.names.__format__).ok_or_else(|| {
        ts.type_error(format!("Type {} doesn't define __format__", v.typ().name()))
    })?;
    let r = ab::call_unbound(ts, &f, v, std::slice::from_ref(&spec))?;
    if !r.is_a::<PyStr>() {
        return Err(ts.type_error(format!(
            "__format__ must return a str, not {}",
            r.typ().name()
        )));
    }
    Ok(r)
}

/// `ascii(o)`: the repr with non-ASCII escaped (`FORMAT_VALUE`'s `!a` too).
pub fn ascii_of(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let r = ab::repr(ts, o)?;
    let text = r.downcast::<PyStr>().expect("str").as_str();
    if text.is_ascii() {
        return Ok(r);
    }
    Ok(ts.new_string(taipan_text::repr::ascii_escape(text)))
}

// ---- str.format ----

fn get_field(
    ts: &ThreadState,
    name: &[u8],
    args: Option<&[ObjRef]>,
    kwargs: Option<&ObjRef>,
    auto: &mut AutoNumber,
) -> PyResult<ObjRef> {
    let (first, rest) = parse_field_name(name, auto).map_err(|e| ts.from_numeric(e))?;
    let mut obj = match first {
        FirstArg::Index(i) => match args.map(|a| a.get(i)) {
            Some(Some(v)) => v.clone(),
            // `format_map` has no positional arguments at all.
            None => return Err(ts.value_error("Format string contains positional fields")),
            Some(None) => {
                return Err(ts.index_error(format!(
                    "Replacement index {i} out of range for positional args tuple"
                )));
            }
        },
        FirstArg::Name(k) => {
            let key = ts.new_str_bytes(k);
            match kwargs {
                None => return Err(ts.key_error(key)),
                Some(d) => ab::getitem(ts, d, &key)?,
            }
        }
    };
    for acc in rest {
        obj = match acc.map_err(|e| ts.from_numeric(e))? {
            Accessor::Attr(a) => ab::getattr(ts, &obj, &ts.new_str_bytes(a))?,
            Accessor::Index(i) => ab::getitem(ts, &obj, &ts.new_int(i as i64))?,
            Accessor::Key(k) => ab::getitem(ts, &obj, &ts.new_str_bytes(k))?,
        };
    }
    Ok(obj)
}

fn vformat(
    ts: &ThreadState,
    template: &[u8],
    args: Option<&[ObjRef]>,
    kwargs: Option<&ObjRef>,
    auto: &mut AutoNumber,
    depth: i32,
    out: &mut Vec<u8>,
) -> PyResult<()> {
    if depth <= 0 {
        return Err(ts.value_error("Max string recursion exceeded"));
    }
    for m in MarkupIter::new(template) {
        match m.map_err(|e| ts.from_numeric(e))? {
            Markup::Literal(l) => out.extend_from_slice(l),
            Markup::Field(f) => {
                let v = get_field(ts, f.name, args, kwargs, auto)?;
                let v = match f.conversion {
                    None => v,
                    Some(c) if c == 'r' as u32 => ab::repr(ts, &v)?,
                    Some(c) if c == 's' as u32 => ab::str(ts, &v)?,
                    Some(c) if c == 'a' as u32 => ascii_of(ts, &v)?,
                    Some(c) => return Err(ts.from_numeric(conversion_error(c))),
                };
                let spec = if f.spec_needs_expanding {
                    let mut s = Vec::new();
                    vformat(ts, f.spec, args, kwargs, auto, depth - 1, &mut s)?;
                    ts.new_str_gutf8(s)
                } else {
                    ts.new_str_bytes(f.spec)
                };
                let r = format_obj(ts, &v, Some(&spec))?;
                out.extend_from_slice(sbytes(&r));
            }
        }
    }
    Ok(())
}

fn str_format(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    let names = crate::args::kw_names(kw);
    let npos = a.len() - names.len();
    let kwargs = if names.is_empty() {
        None
    } else {
        let d = ts.new_dict();
        let dd = d.downcast::<PyDict>().expect("dict");
        for (k, v) in names.iter().zip(&a[npos..]) {
            dd.set_item(ts, k.clone(), v.clone())?;
        }
        Some(d)
    };
    let mut out = Vec::new();
    vformat(
        ts,
        sbytes(o),
        Some(&a[..npos]),
        kwargs.as_ref(),
        &mut AutoNumber::default(),
        2,
        &mut out,
    )?;
    Ok(ts.new_str_gutf8(out))
}

fn format_map(ts: &ThreadState, o: &ObjRef, m: &ObjRef) -> PyResult<ObjRef> {
    let mut out = Vec::new();
    vformat(
        ts,
        sbytes(o),
        None,
        Some(m),
        &mut AutoNumber::default(),
        2,
        &mut out,
    )?;
    Ok(ts.new_str_gutf8(out))
}

fn dunder_format(ts: &ThreadState, o: &ObjRef, spec: &ObjRef) -> PyResult<ObjRef> {
    let Some(sp) = spec.downcast::<PyStr>() else {
        return Err(ts.type_error(format!(
            "__format__() argument must be str, not {}",
            spec.typ().name()
        )));
    };
    if sp.as_str().is_empty() {
        return ab::str(ts, o);
    }
    let r = taipan_text::format::format_str(sbytes(o), sp.as_bytes(), o.typ().name())
        .map_err(|e| ts.from_numeric(e))?;
    Ok(ts.new_str_gutf8(r))
}

// ---- % ----

fn int_value(o: &ObjRef) -> Option<&Int> {
    o.downcast::<PyInt>().map(|i| &i.0)
}

/// `template % args` for str (`bytes = false`) or bytes-like templates.
pub fn printf(ts: &ThreadState, template: &[u8], args: &ObjRef, bytes: bool) -> PyResult<Vec<u8>> {
    let tuple = args.downcast::<PyTuple>();
    let single = std::slice::from_ref(args);
    let items: &[ObjRef] = match tuple {
        Some(t) => t.items(),
        None => single,
    };
    let dict = if tuple.is_none()
        && !args.is_a::<PyStr>()
        && as_bytes_like(args).is_none()
        && args.typ().slots().getitem.is_some()
        && !args.is_a::<crate::types::list::PyList>()
        && !args.is_a::<crate::types::range::PyRange>()
    {
        Some(args)
    } else {
        None
    };
    let mut idx = 0usize;
    let mut out = Vec::with_capacity(template.len() + 16);
    let mut pos = 0usize;
    let mut cp_pos = 0usize;
    let not_enough = || ts.type_error("not enough arguments for format string");
    while pos < template.len() {
        let Some(rel) = memchr::memchr(b'%', &template[pos..]) else {
            out.extend_from_slice(&template[pos..]);
            break;
        };
        let lit = &template[pos..pos + rel];
        out.extend_from_slice(lit);
        cp_pos += if bytes {
            lit.len()
        } else {
            taipan_text::pystr::char_len(lit)
        };
        let start = pos + rel + 1;
        let mut star_err: Option<crate::PyErr> = None;
        let parsed = {
            let mut star = |precision: bool| -> taipan_text::PyResult<i64> {
                let Some(v) = items.get(idx) else {
                    star_err = Some(not_enough());
                    return Err(taipan_text::PyErr::type_error(""));
                };
                idx += 1;
                match int_value(v) {
                    Some(Int::Small(x)) => Ok(*x),
                    Some(_) => {
                        star_err = Some(ts.overflow_error(if precision {
                            "Python int too large to convert to C int"
                        } else {
                            "Python int too large to convert to C ssize_t"
                        }));
                        Err(taipan_text::PyErr::type_error(""))
                    }
                    None => {
                        star_err = Some(ts.type_error("* wants int"));
                        Err(taipan_text::PyErr::type_error(""))
                    }
                }
            };
            printf::parse_spec(template, start, cp_pos + 1, dict.is_some(), &mut star)
        };
        let (spec, next) = match parsed {
            Ok(p) => p,
            Err(e) => return Err(star_err.unwrap_or_else(|| ts.from_numeric(e))),
        };
        cp_pos += if bytes {
            next - pos - rel
        } else {
            taipan_text::pystr::char_len(&template[pos + rel..next])
        };
        pos = next;
        if spec.literal {
            out.push(b'%');
            continue;
        }
        let v = match (spec.key, dict) {
            (Some(k), Some(d)) => {
                let key = if bytes {
                    ts.new_bytes(k.to_vec())
                } else {
                    ts.new_str_bytes(k)
                };
                ab::getitem(ts, d, &key)?
            }
            _ => {
                let v = items.get(idx).cloned().ok_or_else(not_enough)?;
                idx += 1;
                v
            }
        };
        convert_one(ts, &mut out, &v, &spec, bytes)?;
    }
    if idx < items.len() && dict.is_none() {
        return Err(ts.type_error(if bytes {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        }));
    }
    Ok(out)
}

fn convert_one(
    ts: &ThreadState,
    out: &mut Vec<u8>,
    v: &ObjRef,
    spec: &PrintfSpec,
    bytes: bool,
) -> PyResult<()> {
    let c = char::from_u32(spec.conversion).unwrap_or('?');
    match c {
        's' | 'r' | 'a' | 'b' if bytes => {
            let text: Vec<u8> = if c == 'r' || c == 'a' {
                sbytes(&ascii_of(ts, v)?).to_vec()
            } else if let Some(b) = as_bytes_like(v) {
                b.to_vec()
            } else if let Some(r) = crate::types::bytes::call_dunder_bytes(ts, v)? {
                as_bytes_like(&r).map(|b| b.to_vec()).unwrap_or_default()
            } else {
                return Err(ts.type_error(format!(
                    "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                    v.typ().name()
                )));
            };
            printf::format_bytes(out, &text, spec);
        }
        's' => {
            let s = ab::str(ts, v)?;
            printf::format_text(out, sbytes(&s), spec);
        }
        'r' => {
            let s = ab::repr(ts, v)?;
            printf::format_text(out, sbytes(&s), spec);
        }
        'a' => {
            let s = ascii_of(ts, v)?;
            printf::format_text(out, sbytes(&s), spec);
        }
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
            let iv = if let Some(i) = int_value(v) {
                i.clone()
            } else if c != 'd' && c != 'i' && c != 'u' {
                if v.typ().slots().index.is_none() {
                    return Err(ts.type_error(format!(
                        "%{c} format: an integer is required, not {}",
                        v.typ().name()
                    )));
                }
                ab::index(ts, v)?
                    .downcast::<PyInt>()
                    .expect("int")
                    .0
                    .clone()
            } else if v.typ().slots().int.is_some() || v.is_a::<PyFloat>() {
                let r = crate::types::int::to_int(ts, v)?;
                r.downcast::<PyInt>().expect("int").0.clone()
            } else {
                return Err(ts.type_error(format!(
                    "%{c} format: a real number is required, not {}",
                    v.typ().name()
                )));
            };
            if matches!(c, 'd' | 'i' | 'u') {
                crate::types::int::check_decimal_digits(ts, &iv)?;
            }
            printf::format_int(out, taipan_numeric::intops::int_ref(&iv), spec);
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let is_num = v.is_a::<PyFloat>()
                || v.is_a::<PyInt>()
                || v.typ().slots().float.is_some()
                || v.typ().slots().index.is_some();
            if !is_num {
                return Err(ts.type_error(format!("must be real number, not {}", v.typ().name())));
            }
            let x = crate::types::float::to_f64(ts, v)?;
            printf::format_float(out, x, spec);
        }
        'c' => {
            // An object with `__index__` counts as an int (`PyLong_AsLong`).
            let indexed = match v.typ().slots().index {
                Some(_) if int_value(v).is_none() && !v.is_a::<PyStr>() => Some(ab::index(ts, v)?),
                _ => None,
            };
            if let Some(i) = int_value(indexed.as_ref().unwrap_or(v)) {
                if bytes {
                    match taipan_numeric::int::to_i64(i) {
                        Some(b @ 0..=255) => printf::format_bytes(out, &[b as u8], spec),
                        _ => {
                            return Err(ts.overflow_error("%c arg not in range(256)"));
                        }
                    }
                } else {
                    printf::format_char(out, taipan_numeric::intops::int_ref(i), spec)
                        .map_err(|e| ts.from_numeric(e))?;
                }
            } else if !bytes
                && let Some(s) = v.downcast::<PyStr>()
                && s.char_len() == 1
            {
                printf::format_text(out, s.as_bytes(), spec);
            } else if bytes && let Some(b) = as_bytes_like(v).filter(|b| b.len() == 1) {
                let t = b.to_vec();
                printf::format_bytes(out, &t, spec);
            } else {
                return Err(ts.type_error(if bytes {
                    "%c requires an integer in range(256) or a single byte".to_string()
                } else {
                    "%c requires int or char".to_string()
                }));
            }
        }
        _ => return Err(ts.from_numeric(printf::unsupported(spec))),
    }
    Ok(())
}

/// `str % args` (the `%` slot of str).
pub fn str_mod(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    if !a.is_a::<PyStr>() {
        return Ok(ts.not_implemented());
    }
    let r = printf(ts, sbytes(a), b, false)?;
    Ok(ts.new_str_gutf8(r))
}

pub static METHODS: &[MethodDef] = &[
    MethodDef::new("format", Meth::FastKw(str_format)),
    MethodDef::new("format_map", Meth::O(format_map)),
    MethodDef::new("__format__", Meth::O(dunder_format)),
];

//! The `builtins` module: its function table (one line a function; each function below or in
//! a file of its own concern), the built-in types and exception classes, `print` (through
//! `sys.stdout`; an exact TextIOWrapper is written to directly).

// The frame and code pointers dereferenced here are live (see each `SAFETY`).
#![allow(dangerous_implicit_autorefs)]

mod docs;
pub mod site;

use taipan_object::abstract_::{self as ab, str_of};
use taipan_object::args::{self, ArgSpec};
use taipan_object::typeobj::{CompareOp, Meth, MethodDef};
use taipan_object::types::dict::PyDict;
use taipan_object::types::int::PyInt;
use taipan_object::types::list::{PyList, sort_items};
use taipan_object::types::str_::PyStr;
use taipan_object::{ObjRef, PyResult, ThreadState};

/// Writes to the process's real standard output (`sys.__stdout__`, buffered; tracing and
/// the REPL's echo use it).
pub fn write_stdout(s: &str) {
    crate::modules::io::stdstreams::write_real_stdout(s);
}

/// Flushes `sys.stdout`/`sys.stderr` and the original streams (before writing to stderr
/// directly, and at exit).
pub fn flush_stdout() {
    if let Some(ts) = ThreadState::try_current() {
        crate::modules::io::stdstreams::flush_all(ts);
    }
}

fn print(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    let names = args::kw_names(kw);
    let npos = a.len() - names.len();
    let (mut sep, mut end, mut file, mut flush) = (None, None, None, None);
    for (k, v) in names.iter().zip(&a[npos..]) {
        match str_of(k) {
            "sep" => sep = Some(v.clone()),
            "end" => end = Some(v.clone()),
            "file" => file = Some(v.clone()),
            "flush" => flush = Some(v.clone()),
            other => {
                return Err(ts.type_error(format!(
                    "'{other}' is an invalid keyword argument for print()"
                )));
            }
        }
    }
    // `sep`/`end` as text (`str()` of it, as `PyFile_WriteObject(.., Py_PRINT_RAW)`: a
    // subclass's `__str__`); a `str` holding a lone surrogate is kept to be written as a piece
    // of its own (see below).
    let text_of =
        |o: Option<ObjRef>, what: &str, default: &str| -> PyResult<(String, Option<ObjRef>)> {
            match o {
                None => Ok((default.to_string(), None)),
                Some(v) if ts.is_none(&v) => Ok((default.to_string(), None)),
                Some(v) if !v.is_a::<PyStr>() => Err(ts.type_error(format!(
                    "{what} must be None or a string, not {}",
                    v.typ().name()
                ))),
                Some(v) => {
                    let v = ab::str(ts, &v)?;
                    match v.downcast::<PyStr>() {
                        Some(s) if s.has_surrogates() => Ok((String::new(), Some(v.clone()))),
                        _ => Ok((str_of(&v).to_string(), None)),
                    }
                }
            }
        };
    let sep = text_of(sep, "sep", " ")?;
    let end = text_of(end, "end", "\n")?;
    let file = match file.filter(|f| !ts.is_none(f)) {
        Some(f) => f,
        None => match crate::sys::sys_attr(ts, "stdout") {
            Some(f) if !ts.is_none(&f) => f,
            _ => return Ok(ts.none()),
        },
    };
    if crate::modules::io::textio::is_exact(&file) {
        use crate::modules::io::textio::{write_text, write_wtf8};
        // A TextIOWrapper (the real stdout): one write of the whole line; a piece holding a lone
        // surrogate is written alone, as CPython writes each piece (the encoder's error then
        // gives the position within that piece).
        let mut out = String::new();
        let piece = |out: &mut String, o: &ObjRef| -> PyResult<()> {
            match o.downcast::<PyStr>() {
                Some(s) if s.has_surrogates() => {
                    write_text(ts, &file, out)?;
                    out.clear();
                    write_wtf8(ts, &file, s.as_bytes(), true)
                }
                _ => {
                    out.push_str(str_of(o));
                    Ok(())
                }
            }
        };
        let text = |out: &mut String, t: &(String, Option<ObjRef>)| -> PyResult<()> {
            match &t.1 {
                Some(o) => piece(out, o),
                None => {
                    out.push_str(&t.0);
                    Ok(())
                }
            }
        };
        for (i, x) in a[..npos].iter().enumerate() {
            if i > 0 {
                text(&mut out, &sep)?;
            }
            // `str()` of each (a str subclass's `__str__` too).
            let s = match ab::str(ts, x) {
                Ok(s) => s,
                Err(e) => {
                    // CPython has written the pieces before the failing one.
                    write_text(ts, &file, &out)?;
                    return Err(e);
                }
            };
            piece(&mut out, &s)?;
        }
        text(&mut out, &end)?;
        write_text(ts, &file, &out)?;
    } else {
        // Any other file: `file.write` per piece, as CPython's print.
        let as_obj = |t: &(String, Option<ObjRef>)| t.1.clone().unwrap_or_else(|| ts.new_str(&t.0));
        let write = ts.new_str("write");
        let w = ab::getattr(ts, &file, &write)?;
        for (i, x) in a[..npos].iter().enumerate() {
            if i > 0 {
                ab::call(ts, &w, &[as_obj(&sep)])?;
            }
            ab::call(ts, &w, &[ab::str(ts, x)?])?;
        }
        ab::call(ts, &w, &[as_obj(&end)])?;
    }
    if let Some(fl) = flush
        && ab::is_true(ts, &fl)?
    {
        ab::call_method(ts, &file, "flush", &[])?;
    }
    Ok(ts.none())
}

fn len(ts: &ThreadState, _: &ObjRef, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(ab::len(ts, o)? as i64))
}
fn repr(ts: &ThreadState, _: &ObjRef, o: &ObjRef) -> PyResult<ObjRef> {
    ab::repr(ts, o)
}
fn ascii(ts: &ThreadState, _: &ObjRef, o: &ObjRef) -> PyResult<ObjRef> {
    taipan_object::types::str_format::ascii_of(ts, o)
}
fn id(ts: &ThreadState, _: &ObjRef, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(o.id() as i64))
}
fn hash(ts: &ThreadState, _: &ObjRef, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(ab::hash(ts, o)?))
}
fn abs(ts: &ThreadState, _: &ObjRef, o: &ObjRef) -> PyResult<ObjRef> {
    ab::abs(ts, o)
}
fn callable(ts: &ThreadState, _: &ObjRef, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.bool_obj(o.typ().slots().call.is_some()))
}
fn isinstance(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "isinstance", a.len(), 2, 2)?;
    Ok(ts.bool_obj(ab::is_instance(ts, &a[0], &a[1])?))
}
fn issubclass(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "issubclass", a.len(), 2, 2)?;
    Ok(ts.bool_obj(ab::is_subclass(ts, &a[0], &a[1])?))
}
fn getattr(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "getattr", a.len(), 2, 3)?;
    let name = ab::check_attr_name(ts, &a[1])?;
    match a.get(2) {
        None => ab::getattr(ts, &a[0], &name),
        Some(d) => Ok(ab::getattr_opt(ts, &a[0], &name)?.unwrap_or_else(|| d.clone())),
    }
}
fn setattr(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "setattr", a.len(), 3, 3)?;
    let name = ab::check_attr_name(ts, &a[1])?;
    ab::setattr(ts, &a[0], &name, Some(&a[2]))?;
    Ok(ts.none())
}
fn delattr(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "delattr", a.len(), 2, 2)?;
    let name = ab::check_attr_name(ts, &a[1])?;
    ab::setattr(ts, &a[0], &name, None)?;
    Ok(ts.none())
}
fn hasattr(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "hasattr", a.len(), 2, 2)?;
    let name = ab::check_attr_name(ts, &a[1])?;
    Ok(ts.bool_obj(ab::getattr_opt(ts, &a[0], &name)?.is_some()))
}
fn iter(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "iter", a.len(), 1, 2)?;
    if a.len() == 2 {
        return taipan_object::types::iterators::new_callable_iter(ts, &a[0], &a[1]);
    }
    ab::iter(ts, &a[0])
}
fn next(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "next", a.len(), 1, 2)?;
    if a[0].typ().slots().iternext.is_none() {
        return Err(ts.type_error(format!("'{}' object is not an iterator", a[0].typ().name())));
    }
    let next = a[0].typ().slots().iternext.expect("iternext");
    let r = match next(ts, &a[0]) {
        Err(e) if a.len() == 2 && e.matches(&ts.exc.stop_iteration) => Ok(None),
        r => r,
    };
    match r? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(ts.stop_iteration(None)),
        },
    }
}
fn minmax(
    ts: &ThreadState,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
    name: &str,
    op: CompareOp,
) -> PyResult<ObjRef> {
    let names = args::kw_names(kw);
    let npos = a.len() - names.len();
    let (mut key, mut default) = (None, None);
    for (k, v) in names.iter().zip(&a[npos..]) {
        match str_of(k) {
            "key" => key = Some(v.clone()).filter(|v| !ts.is_none(v)),
            "default" => default = Some(v.clone()),
            other => {
                return Err(ts.type_error(format!(
                    "'{other}' is an invalid keyword argument for {name}()"
                )));
            }
        }
    }
    let items = match npos {
        0 => return Err(ts.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => ab::collect(ts, &a[0])?,
        _ => {
            if default.is_some() {
                return Err(ts.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            a[..npos].to_vec()
        }
    };
    let mut best: Option<(ObjRef, ObjRef)> = None;
    for x in items {
        let k = match &key {
            Some(f) => ab::call(ts, f, std::slice::from_ref(&x))?,
            None => x.clone(),
        };
        best = match best {
            None => Some((k, x)),
            Some((bk, bx)) => {
                if ab::rich_compare_bool(ts, &k, &bk, op)? {
                    Some((k, x))
                } else {
                    Some((bk, bx))
                }
            }
        };
    }
    match best {
        Some((_, x)) => Ok(x),
        None => default.ok_or_else(|| ts.value_error(format!("{name}() arg is an empty sequence"))),
    }
}
fn min(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    minmax(ts, a, kw, "min", CompareOp::Lt)
}
fn max(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    minmax(ts, a, kw, "max", CompareOp::Gt)
}
fn sum(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "sum",
        names: &["iterable", "start"],
        required: 1,
        posonly: 1,
        kwonly: 2,
    };
    if a.len() == args::kw_names(kw).len() {
        return Err(ts.type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    let [it, start] = args::parse::<2>(ts, &SPEC, a, kw)?;
    let it = it.expect("required");
    let mut acc = start.unwrap_or_else(|| ts.new_int(0));
    if acc.is_a::<PyStr>() {
        return Err(ts.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if acc.is_exact(&ts.types.bytes) || acc.is_exact(&ts.types.bytearray) {
        return Err(ts.type_error(format!(
            "sum() can't sum {} [use b''.join(seq) instead]",
            acc.typ().name()
        )));
    }
    let iter = ab::iter(ts, &it)?;
    while let Some(x) = ab::next(ts, &iter)? {
        acc = ab::binary_op(ts, &acc, &x, taipan_object::typeobj::nb::ADD)?;
    }
    Ok(acc)
}
fn sorted(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    let names = args::kw_names(kw);
    let npos = a.len() - names.len();
    if npos != 1 {
        return Err(ts.type_error(format!("sorted expected 1 argument, got {npos}")));
    }
    let (mut key, mut reverse) = (None, false);
    for (k, v) in names.iter().zip(&a[npos..]) {
        match str_of(k) {
            "key" => key = Some(v.clone()).filter(|v| !ts.is_none(v)),
            "reverse" => reverse = ab::is_true(ts, v)?,
            other => {
                return Err(ts.type_error(format!(
                    "'{other}' is an invalid keyword argument for sort()"
                )));
            }
        }
    }
    let mut items = ab::collect(ts, &a[0])?;
    sort_items(ts, &mut items, key.as_ref(), reverse)?;
    Ok(ts.new_list(items))
}
fn any(ts: &ThreadState, _: &ObjRef, o: &ObjRef) -> PyResult<ObjRef> {
    let it = ab::iter(ts, o)?;
    while let Some(x) = ab::next(ts, &it)? {
        if ab::is_true(ts, &x)? {
            return Ok(ts.bool_obj(true));
        }
    }
    Ok(ts.bool_obj(false))
}
fn all(ts: &ThreadState, _: &ObjRef, o: &ObjRef) -> PyResult<ObjRef> {
    let it = ab::iter(ts, o)?;
    while let Some(x) = ab::next(ts, &it)? {
        if !ab::is_true(ts, &x)? {
            return Ok(ts.bool_obj(false));
        }
    }
    Ok(ts.bool_obj(true))
}
fn chr(ts: &ThreadState, _: &ObjRef, o: &ObjRef) -> PyResult<ObjRef> {
    let i = ab::index(ts, o)?;
    let i = match &i
        .downcast::<taipan_object::types::int::PyInt>()
        .expect("int")
        .0
    {
        taipan_ast::Int::Small(v) if i32::try_from(*v).is_ok() => *v,
        _ => return Err(ts.overflow_error("Python int too large to convert to C int")),
    };
    match u32::try_from(i).ok().filter(|&c| c < 0x110000) {
        Some(c) => Ok(ts.new_str_cp(c)),
        None => Err(ts.value_error("chr() arg not in range(0x110000)")),
    }
}
fn ord(ts: &ThreadState, _: &ObjRef, o: &ObjRef) -> PyResult<ObjRef> {
    let (c, n) = if let Some(s) = o.downcast::<PyStr>() {
        (s.char_at(0), s.char_len())
    } else if let Some(b) = o.downcast::<taipan_object::types::bytes::PyBytes>() {
        (b.as_bytes().first().map(|&b| b as u32), b.as_bytes().len())
    } else if o
        .downcast::<taipan_object::types::bytearray::PyByteArray>()
        .is_some()
    {
        let b = taipan_object::types::bytes::as_bytes_like(o).map(|b| b.to_vec());
        let b = b.unwrap_or_default();
        (b.first().map(|&b| b as u32), b.len())
    } else {
        return Err(ts.type_error(format!(
            "ord() expected string of length 1, but {} found",
            o.typ().name()
        )));
    };
    match c {
        Some(c) if n == 1 => Ok(ts.new_int(c as i64)),
        _ => Err(ts.type_error(format!(
            "ord() expected a character, but string of length {n} found"
        ))),
    }
}
fn divmod(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "divmod", a.len(), 2, 2)?;
    let (x, y) = (&a[0], &a[1]);
    let call = |recv: &ObjRef, other: &ObjRef, name: &str| -> PyResult<Option<ObjRef>> {
        match recv.typ().lookup(ts, &ts.intern(name)) {
            Some(f) => {
                let r = ab::call_unbound(ts, &f, recv, std::slice::from_ref(other))?;
                Ok((!ts.is_not_implemented(&r)).then_some(r))
            }
            None => Ok(None),
        }
    };
    let reflected_first = !x.class().is(y.class()) && y.typ().is_subtype(x.class());
    if reflected_first && let Some(r) = call(y, x, "__rdivmod__")? {
        return Ok(r);
    }
    if let Some(r) = call(x, y, "__divmod__")? {
        return Ok(r);
    }
    if !x.class().is(y.class())
        && !reflected_first
        && let Some(r) = call(y, x, "__rdivmod__")?
    {
        return Ok(r);
    }
    Err(ts.type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        x.typ().name(),
        y.typ().name()
    )))
}
fn pow(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "pow",
        names: &["base", "exp", "mod"],
        required: 2,
        posonly: 0,
        kwonly: 3,
    };
    let [b, e, m] = args::parse::<3>(ts, &SPEC, a, kw)?;
    let (b, e) = (b.expect("base"), e.expect("exp"));
    match m.filter(|m| !ts.is_none(m)) {
        None => ab::binary_op(ts, &b, &e, taipan_object::typeobj::nb::POWER),
        Some(m) => {
            let r = match b.typ().slots().power3 {
                Some(f) => f(ts, &b, &e, &m)?,
                None => ts.not_implemented(),
            };
            if !ts.is_not_implemented(&r) {
                return Ok(r);
            }
            let num =
                |o: &ObjRef| o.is_a::<PyInt>() || o.is_a::<taipan_object::types::float::PyFloat>();
            if num(&b) && num(&e) && num(&m) {
                return Err(ts.type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            }
            Err(ts.type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                b.typ().name(),
                e.typ().name(),
                m.typ().name()
            )))
        }
    }
}
fn radix(ts: &ThreadState, o: &ObjRef, prefix: &str, r: u32) -> PyResult<ObjRef> {
    let i = ab::index(ts, o)?;
    let v = i.downcast::<PyInt>().expect("int").0.to_big();
    let neg = v.sign() == num_sign_minus();
    let digits = v.magnitude().to_str_radix(r);
    Ok(ts.new_string(format!("{}{prefix}{digits}", if neg { "-" } else { "" })))
}
fn num_sign_minus() -> num_bigint::Sign {
    num_bigint::Sign::Minus
}
fn bin(ts: &ThreadState, _: &ObjRef, o: &ObjRef) -> PyResult<ObjRef> {
    radix(ts, o, "0b", 2)
}
fn oct(ts: &ThreadState, _: &ObjRef, o: &ObjRef) -> PyResult<ObjRef> {
    radix(ts, o, "0o", 8)
}
fn hex(ts: &ThreadState, _: &ObjRef, o: &ObjRef) -> PyResult<ObjRef> {
    radix(ts, o, "0x", 16)
}
fn format(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "format", a.len(), 1, 2)?;
    taipan_object::types::str_format::format_obj(ts, &a[0], a.get(1))
}
fn globals(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    // SAFETY: reading the running frame.
    let f = unsafe { (*crate::frame::vm()).frames.last() };
    Ok(f.map_or_else(|| ts.new_dict(), |f| f.globals.clone()))
}
fn locals(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(crate::call::current_locals(ts).unwrap_or_else(|| ts.new_dict()))
}
fn vars(ts: &ThreadState, m: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "vars", a.len(), 0, 1)?;
    match a.first() {
        None => locals(ts, m),
        Some(o) => ab::getattr(ts, o, &ts.names.__dict__).map_err(|e| {
            if e.matches(&ts.exc.attribute_error) {
                ts.type_error("vars() argument must have __dict__ attribute")
            } else {
                e
            }
        }),
    }
}
fn dir(ts: &ThreadState, m: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "dir", a.len(), 0, 1)?;
    let names = match a.first() {
        None => {
            // `_dir_locals`: `PyMapping_Keys` of any locals mapping.
            let l = locals(ts, m)?;
            match l.downcast::<PyDict>() {
                Some(d) if l.class().is(&ts.types.dict) => ts.new_list(d.keys()),
                _ => {
                    let k = ab::call_method(ts, &l, "keys", &[])?;
                    ts.new_list(ab::collect(ts, &k)?)
                }
            }
        }
        Some(o) => {
            let r =
                taipan_object::typeobj::slotdefs::call_dunder(ts, o, &ts.intern("__dir__"), &[])
                    .unwrap_or_else(|| Err(ts.type_error("object does not provide __dir__")))?;
            ts.new_list(ab::collect(ts, &r)?)
        }
    };
    if let Some(l) = names.downcast::<PyList>() {
        let mut v = l.to_vec();
        sort_items(ts, &mut v, None, false)?;
        l.replace_all(v);
    }
    Ok(names)
}
fn round(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "round",
        names: &["number", "ndigits"],
        required: 1,
        posonly: 0,
        kwonly: 2,
    };
    if a.len() > 2 {
        return Err(ts.type_error(format!(
            "round() takes at most 2 arguments ({} given)",
            a.len()
        )));
    }
    let [n, d] = args::parse::<2>(ts, &SPEC, a, kw)?;
    let n = n.expect("number");
    let Some(f) = n.typ().lookup(ts, &ts.names.__round__) else {
        return Err(ts.type_error(format!(
            "type {} doesn't define __round__ method",
            n.typ().name()
        )));
    };
    let args: Vec<ObjRef> = d.filter(|d| !ts.is_none(d)).into_iter().collect();
    ab::call_unbound(ts, &f, &n, &args)
}

pub static FUNCTIONS: &[MethodDef] = &[
    MethodDef::new(
        "__build_class__",
        Meth::FastKw(crate::buildclass::build_class),
    ),
    MethodDef::new("print", Meth::FastKw(print)),
    MethodDef::new("open", Meth::FastKw(crate::modules::io::open)),
    MethodDef::new("input", Meth::Fast(crate::modules::io::stdstreams::input)),
    MethodDef::new("__import__", Meth::FastKw(crate::import::builtin_import)),
    MethodDef::new("exec", Meth::FastKw(crate::compile::exec)),
    MethodDef::new("eval", Meth::Fast(crate::compile::eval)),
    MethodDef::new("compile", Meth::FastKw(crate::compile::compile)),
    MethodDef::new("len", Meth::O(len)),
    MethodDef::new("repr", Meth::O(repr)),
    MethodDef::new("ascii", Meth::O(ascii)),
    MethodDef::new("id", Meth::O(id)),
    MethodDef::new("hash", Meth::O(hash)),
    MethodDef::new("abs", Meth::O(abs)),
    MethodDef::new("callable", Meth::O(callable)),
    MethodDef::new("isinstance", Meth::Fast(isinstance)),
    MethodDef::new("issubclass", Meth::Fast(issubclass)),
    MethodDef::new("getattr", Meth::Fast(getattr)),
    MethodDef::new("setattr", Meth::Fast(setattr)),
    MethodDef::new("delattr", Meth::Fast(delattr)),
    MethodDef::new("hasattr", Meth::Fast(hasattr)),
    MethodDef::new("iter", Meth::Fast(iter)),
    MethodDef::new("next", Meth::Fast(next)),
    MethodDef::new("aiter", Meth::O(crate::asyncgen::builtin_aiter)),
    MethodDef::new("anext", Meth::Fast(crate::asyncgen::builtin_anext)),
    MethodDef::new("min", Meth::FastKw(min)),
    MethodDef::new("max", Meth::FastKw(max)),
    MethodDef::new("sum", Meth::FastKw(sum)),
    MethodDef::new("sorted", Meth::FastKw(sorted)),
    MethodDef::new("any", Meth::O(any)),
    MethodDef::new("all", Meth::O(all)),
    MethodDef::new("chr", Meth::O(chr)),
    MethodDef::new("ord", Meth::O(ord)),
    MethodDef::new("divmod", Meth::Fast(divmod)),
    MethodDef::new("pow", Meth::FastKw(pow)),
    MethodDef::new("bin", Meth::O(bin)),
    MethodDef::new("oct", Meth::O(oct)),
    MethodDef::new("hex", Meth::O(hex)),
    MethodDef::new("format", Meth::Fast(format)),
    MethodDef::new("globals", Meth::NoArgs(globals)),
    MethodDef::new("locals", Meth::NoArgs(locals)),
    MethodDef::new("vars", Meth::Fast(vars)),
    MethodDef::new("dir", Meth::Fast(dir)),
    MethodDef::new("round", Meth::FastKw(round)),
];

/// Makes the `builtins` module: the functions, the types, the exceptions, the constants.
pub fn make_builtins(ts: &ThreadState) -> ObjRef {
    let m = ts.new_builtin_module("builtins", docs::documented(FUNCTIONS));
    let d = m
        .downcast::<taipan_object::types::module::PyModule>()
        .expect("module")
        .dict();
    let dd = d.downcast::<PyDict>().expect("dict");
    let t = &ts.types;
    for (name, ty) in [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool_),
        ("float", &t.float),
        ("str", &t.str_),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("complex", &t.complex),
        ("memoryview", &t.memoryview),
        ("tuple", &t.tuple),
        ("list", &t.list),
        ("dict", &t.dict),
        ("range", &t.range),
        ("enumerate", &t.enumerate),
        ("zip", &t.zip),
        ("map", &t.map),
        ("filter", &t.filter),
        ("reversed", &t.reversed),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("slice", &t.slice),
        ("property", &t.property),
        ("classmethod", &t.classmethod),
        ("staticmethod", &t.staticmethod),
        ("super", &t.super_),
    ] {
        let _ = dd.set_item_str(ts, name, ty.clone());
    }
    for (name, ty) in ts.exc.all() {
        let _ = dd.set_item_str(ts, name, ty.clone());
    }
    let _ = dd.set_item_str(ts, "EnvironmentError", ts.exc.os_error.clone());
    let _ = dd.set_item_str(ts, "IOError", ts.exc.os_error.clone());
    let _ = dd.set_item_str(ts, "None", ts.none());
    let _ = dd.set_item_str(ts, "True", ts.bool_obj(true));
    let _ = dd.set_item_str(ts, "False", ts.bool_obj(false));
    let _ = dd.set_item_str(ts, "Ellipsis", ts.ellipsis());
    let _ = dd.set_item_str(ts, "NotImplemented", ts.not_implemented());
    let _ = dd.set_item_str(ts, "__debug__", ts.bool_obj(true));
    site::install(ts, &m, dd);
    m
}

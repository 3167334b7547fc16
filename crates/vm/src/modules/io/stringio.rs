//! `_io.StringIO` (CPython's `stringio.c`): an in-memory text stream of code points with a
//! position, CPython's `newline` handling (translation on write, line endings for
//! `readline`), `getvalue`, `seek`/`tell`/`truncate` in characters.

use std::cell::{Cell, RefCell};

use taipan_object::abstract_ as ab;
use taipan_object::args::{self, ArgSpec};
use taipan_object::typeobj::{GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags};
use taipan_object::types::str_::PyStr;
use taipan_object::{ObjRef, PyPayload, PyResult, ThreadState, alloc_object, dict_offset};

use super::{size_arg, types};

/// A StringIO's state: the text as code points and the position.
pub struct PyStringIO {
    buf: RefCell<Vec<char>>,
    pos: Cell<usize>,
    closed: Cell<bool>,
    ok: Cell<bool>,
    /// The `newline` argument (`None`: universal, translated on write).
    newline: RefCell<Option<String>>,
    /// The newline kinds written so far (`newlines`; universal modes only).
    seennl: Cell<u8>,
    dict: Cell<Option<ObjRef>>,
}
impl PyPayload for PyStringIO {}

fn this(o: &ObjRef) -> &PyStringIO {
    o.downcast::<PyStringIO>().expect("StringIO")
}

fn new(ts: &ThreadState, ty: &ObjRef, _: &[ObjRef], _: Option<&ObjRef>) -> PyResult<ObjRef> {
    Ok(alloc_object(
        ts,
        ty,
        PyStringIO {
            buf: RefCell::new(Vec::new()),
            pos: Cell::new(0),
            closed: Cell::new(false),
            ok: Cell::new(false),
            newline: RefCell::new(Some("\n".into())),
            seennl: Cell::new(0),
            dict: Cell::new(None),
        },
    ))
}

static INIT_SPEC: ArgSpec = ArgSpec {
    fname: "StringIO",
    names: &["initial_value", "newline"],
    required: 0,
    posonly: 0,
    kwonly: 2,
};

fn init(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<()> {
    let [value, newline] = args::parse::<2>(ts, &INIT_SPEC, a, kw)?;
    let newline = match &newline {
        None => Some("\n".to_string()),
        Some(n) if ts.is_none(n) => None,
        Some(n) => match n.downcast::<PyStr>() {
            Some(s) => Some(s.as_str().to_string()),
            None => {
                return Err(ts.type_error(format!(
                    "newline must be str or None, not {}",
                    n.typ().name()
                )));
            }
        },
    };
    if let Some(nl) = &newline
        && !matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n")
    {
        return Err(ts.value_error(format!(
            "illegal newline value: {}",
            taipan_object::types::str_::repr_str(nl)
        )));
    }
    let s = this(o);
    *s.newline.borrow_mut() = newline;
    s.buf.borrow_mut().clear();
    s.pos.set(0);
    s.seennl.set(0);
    s.closed.set(false);
    s.ok.set(true);
    if let Some(v) = value.filter(|v| !ts.is_none(v)) {
        let Some(text) = v.downcast::<PyStr>() else {
            return Err(ts.type_error(format!(
                "initial_value must be str or None, not {}",
                v.typ().name()
            )));
        };
        write_str(s, text.as_str());
        s.pos.set(0);
    }
    Ok(())
}

fn check(ts: &ThreadState, s: &PyStringIO) -> PyResult<()> {
    if !s.ok.get() {
        return Err(ts.value_error("I/O operation on uninitialized object"));
    }
    if s.closed.get() {
        return Err(ts.value_error("I/O operation on closed file"));
    }
    Ok(())
}

/// Writes at the position (padding with NULs past the end), translating newlines.
fn write_str(s: &PyStringIO, text: &str) -> usize {
    let nl = s.newline.borrow().clone();
    if nl.as_deref().is_none_or(str::is_empty) {
        s.seennl.set(s.seennl.get() | super::newlines::scan(text));
    }
    let translated: String = match nl.as_deref() {
        None => super::newlines::translate(text),
        Some("\r") | Some("\r\n") => text.replace('\n', nl.as_deref().unwrap_or("\n")),
        _ => text.to_string(),
    };
    let chars: Vec<char> = translated.chars().collect();
    let mut b = s.buf.borrow_mut();
    let pos = s.pos.get();
    if pos > b.len() {
        b.resize(pos, '\0');
    }
    let end = pos + chars.len();
    let overlap = end.min(b.len());
    b[pos..overlap].copy_from_slice(&chars[..overlap - pos]);
    b.extend_from_slice(&chars[overlap - pos..]);
    s.pos.set(end);
    text.chars().count()
}

fn write(ts: &ThreadState, o: &ObjRef, v: &ObjRef) -> PyResult<ObjRef> {
    let s = this(o);
    check(ts, s)?;
    let Some(text) = v.downcast::<PyStr>() else {
        return Err(ts.type_error(format!(
            "string argument expected, got '{}'",
            v.typ().name()
        )));
    };
    let n = write_str(s, text.as_str());
    Ok(ts.new_int(n as i64))
}

fn read(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "read", a.len(), 0, 1)?;
    let s = this(o);
    check(ts, s)?;
    let n = size_arg(ts, a.first())?;
    let b = s.buf.borrow();
    let pos = s.pos.get().min(b.len());
    let end = if n < 0 {
        b.len()
    } else {
        (pos + n as usize).min(b.len())
    };
    let out: String = b[pos..end].iter().collect();
    s.pos.set(end.max(s.pos.get().min(end)));
    if end >= pos {
        s.pos.set(end);
    }
    Ok(ts.new_string(out))
}

/// The next line (up to `limit` characters) under the newline mode.
fn line(s: &PyStringIO, limit: isize) -> String {
    let b = s.buf.borrow();
    let pos = s.pos.get();
    if pos >= b.len() {
        return String::new();
    }
    let max_end = if limit < 0 {
        b.len()
    } else {
        (pos + limit as usize).min(b.len())
    };
    let nl = s.newline.borrow().clone();
    let mut end = max_end;
    let mut i = pos;
    while i < max_end {
        let c = b[i];
        let stop = match nl.as_deref() {
            Some("") => {
                if c == '\r' {
                    if i + 1 < max_end && b[i + 1] == '\n' {
                        i += 1;
                    }
                    true
                } else {
                    c == '\n'
                }
            }
            Some("\r") => c == '\r',
            Some("\r\n") => {
                c == '\r' && i + 1 < max_end && b[i + 1] == '\n' && {
                    i += 1;
                    true
                }
            }
            _ => c == '\n',
        };
        i += 1;
        if stop {
            end = i;
            break;
        }
    }
    let out = b[pos..end].iter().collect();
    s.pos.set(end);
    out
}

fn readline(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "readline", a.len(), 0, 1)?;
    let s = this(o);
    check(ts, s)?;
    let n = size_arg(ts, a.first())?;
    Ok(ts.new_string(line(s, n)))
}

fn getvalue(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let s = this(o);
    check(ts, s)?;
    let v: String = s.buf.borrow().iter().collect();
    Ok(ts.new_string(v))
}

fn seek(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "seek", a.len(), 1, 2)?;
    let s = this(o);
    let pos = ab::index_isize(ts, &a[0])?;
    let whence = super::fileio::whence_arg(ts, a.get(1))?;
    check(ts, s)?;
    match whence {
        0 if pos < 0 => Err(ts.value_error(format!("Negative seek position {pos}"))),
        0 => {
            s.pos.set(pos as usize);
            Ok(ts.new_int(pos as i64))
        }
        1 | 2 if pos != 0 => Err(ts.new_error(
            &ts.exc.os_error,
            if whence == 1 {
                "Can't do nonzero cur-relative seeks"
            } else {
                "Can't do nonzero end-relative seeks"
            },
        )),
        1 => Ok(ts.new_int(s.pos.get() as i64)),
        2 => {
            let n = s.buf.borrow().len();
            s.pos.set(n);
            Ok(ts.new_int(n as i64))
        }
        w => Err(ts.value_error(format!("Invalid whence ({w}, should be 0, 1 or 2)"))),
    }
}

fn tell(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let s = this(o);
    check(ts, s)?;
    Ok(ts.new_int(s.pos.get() as i64))
}

fn truncate(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "truncate", a.len(), 0, 1)?;
    let s = this(o);
    check(ts, s)?;
    let size = match a.first().filter(|x| !ts.is_none(x)) {
        Some(x) => ab::index_isize(ts, x)?,
        None => s.pos.get() as isize,
    };
    if size < 0 {
        return Err(ts.value_error(format!("Negative size value {size}")));
    }
    let mut b = s.buf.borrow_mut();
    if (size as usize) < b.len() {
        b.truncate(size as usize);
    }
    Ok(ts.new_int(size as i64))
}

fn close(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let s = this(o);
    s.closed.set(true);
    s.buf.borrow_mut().clear();
    Ok(ts.none())
}

fn true_if_open(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    check(ts, this(o))?;
    Ok(ts.bool_obj(true))
}

fn closed_get(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.bool_obj(this(o).closed.get()))
}
fn line_buffering_get(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    check(ts, this(o))?;
    Ok(ts.bool_obj(false))
}
fn newlines_get(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let s = this(o);
    check(ts, s)?;
    if s.newline.borrow().as_deref().is_none_or(str::is_empty) {
        return Ok(super::newlines::newlines_value(ts, s.seennl.get()));
    }
    Ok(ts.none())
}

fn iter(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    if this(o).closed.get() {
        return Err(super::closed_error(ts));
    }
    check(ts, this(o))?;
    Ok(o.clone())
}
fn iternext(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let s = this(o);
    check(ts, s)?;
    if o.typ().is_heap() {
        let l = ab::call_method(ts, o, "readline", &[])?;
        return Ok((ab::len(ts, &l)? > 0).then_some(l));
    }
    let l = line(s, -1);
    Ok((!l.is_empty()).then(|| ts.new_string(l)))
}

fn traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let s = this(o);
    let d = s.dict.take();
    if let Some(d) = &d {
        visit(d);
    }
    s.dict.set(d);
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("write", Meth::O(write)),
    MethodDef::new("read", Meth::Fast(read)),
    MethodDef::new("readline", Meth::Fast(readline)),
    MethodDef::new("getvalue", Meth::NoArgs(getvalue)),
    MethodDef::new("seek", Meth::Fast(seek)),
    MethodDef::new("tell", Meth::NoArgs(tell)),
    MethodDef::new("truncate", Meth::Fast(truncate)),
    MethodDef::new("close", Meth::NoArgs(close)),
    MethodDef::new("readable", Meth::NoArgs(true_if_open)),
    MethodDef::new("writable", Meth::NoArgs(true_if_open)),
    MethodDef::new("seekable", Meth::NoArgs(true_if_open)),
];

static GETSETS: &[GetSetDef] = &[
    GetSetDef::ro("closed", closed_get),
    GetSetDef::ro("line_buffering", line_buffering_get),
    GetSetDef::ro("newlines", newlines_get),
];

pub static SPEC: TypeSpec = TypeSpec {
    base: Some(|_| super::ty(&types().textiobase)),
    flags: flags::BASETYPE | flags::HAVE_GC,
    slots: Slots {
        new: Some(new),
        init: Some(init),
        iter: Some(iter),
        iternext: Some(iternext),
        traverse: Some(traverse),
        ..Slots::NONE
    },
    methods: &[METHODS],
    getsets: GETSETS,
    dictoffset: dict_offset!(PyStringIO, dict),
    ..TypeSpec::new("_io.StringIO", PayloadInfo::of::<PyStringIO>())
};

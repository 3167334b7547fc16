//! `_io.StringIO` (CPython's `stringio.c`): an in-memory text stream of code points with a
//! position, CPython's `newline` handling (translation on write, line endings for
//! `readline`), `getvalue`, `seek`/`tell`/`truncate` in characters.

use std::cell::{Cell, RefCell};

use taipan_object::abstract_ as ab;
use taipan_object::args::{self, ArgSpec};
use taipan_object::typeobj::{GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags};
use taipan_object::types::str_::PyStr;
use taipan_object::{ObjRef, PyPayload, PyResult, ThreadState, alloc_object, dict_offset};

use super::memio::{self, MemBuf, MemIO};
use super::{size_arg, types};

/// A StringIO's state: the text as code points and the position.
pub struct PyStringIO {
    m: MemBuf<char>,
    ok: Cell<bool>,
    /// The `newline` argument (`None`: universal, translated on write).
    newline: RefCell<Option<String>>,
    /// The newline kinds written so far (`newlines`; universal modes only).
    seennl: Cell<u8>,
}
impl PyPayload for PyStringIO {}

impl MemIO for PyStringIO {
    type Item = char;
    const NEGATIVE_SIZE: &'static str = "Negative size value";
    const ITER_CHECKS: bool = true;
    fn mem(&self) -> &MemBuf<char> {
        &self.m
    }
    fn check(&self, ts: &ThreadState) -> PyResult<()> {
        check(ts, self)
    }
    fn next_line(&self, ts: &ThreadState) -> Option<ObjRef> {
        let l = line(self, -1);
        (!l.is_empty()).then(|| ts.new_string(l))
    }
}

fn this(o: &ObjRef) -> &PyStringIO {
    o.downcast::<PyStringIO>().expect("StringIO")
}

fn new(ts: &ThreadState, ty: &ObjRef, _: &[ObjRef], _: Option<&ObjRef>) -> PyResult<ObjRef> {
    Ok(alloc_object(
        ts,
        ty,
        PyStringIO {
            m: MemBuf::new(),
            ok: Cell::new(false),
            newline: RefCell::new(Some("\n".into())),
            seennl: Cell::new(0),
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
    s.m.buf.borrow_mut().clear();
    s.m.pos.set(0);
    s.seennl.set(0);
    s.m.closed.set(false);
    s.ok.set(true);
    if let Some(v) = value.filter(|v| !ts.is_none(v)) {
        let Some(text) = v.downcast::<PyStr>() else {
            return Err(ts.type_error(format!(
                "initial_value must be str or None, not {}",
                v.typ().name()
            )));
        };
        write_str(s, text.as_str());
        s.m.pos.set(0);
    }
    Ok(())
}

fn check(ts: &ThreadState, s: &PyStringIO) -> PyResult<()> {
    if !s.ok.get() {
        return Err(ts.value_error("I/O operation on uninitialized object"));
    }
    if s.m.closed.get() {
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
    s.m.write_at(&chars);
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
    let out: String = s.m.take(n).into_iter().collect();
    Ok(ts.new_string(out))
}

/// The next line (up to `limit` characters) under the newline mode.
fn line(s: &PyStringIO, limit: isize) -> String {
    let b = s.m.buf.borrow();
    let pos = s.m.pos.get();
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
    s.m.pos.set(end);
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
    let v: String = s.m.buf.borrow().iter().collect();
    Ok(ts.new_string(v))
}

/// `__getstate__()`: `(getvalue(), newline, tell(), __dict__ copy or None)`.
fn getstate(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let s = this(o);
    let value = getvalue(ts, o)?;
    let newline = match s.newline.borrow().as_deref() {
        Some(n) => ts.new_str(n),
        None => ts.none(),
    };
    let dict = memio::state_dict(ts, &s.m)?;
    Ok(ts.new_tuple(vec![value, newline, ts.new_int(s.m.pos.get() as i64), dict]))
}

/// `__setstate__(state)`: `__init__(state[0], state[1])`, then the text (already
/// translated) as it is, the position and the dict.
fn setstate(ts: &ThreadState, o: &ObjRef, state: &ObjRef) -> PyResult<ObjRef> {
    let s = this(o);
    if s.m.closed.get() {
        return Err(ts.value_error("I/O operation on closed file"));
    }
    let items = memio::state_items(ts, o, state, 4)?;
    // As CPython: __init__ with the value (which sets `newlines`), then the value as it is.
    init(ts, o, &items[..2], None)?;
    let Some(text) = items[0].downcast::<PyStr>() else {
        return Err(ts.type_error(format!(
            "initial_value must be str or None, not {}",
            items[0].typ().name()
        )));
    };
    let chars: Vec<char> = text.as_str().chars().collect();
    let pos = memio::state_pos(ts, &items[2], "third")?;
    memio::set_state_dict(ts, &s.m, &items[3], "fourth")?;
    *s.m.buf.borrow_mut() = chars;
    s.m.pos.set(pos);
    Ok(ts.none())
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
            s.m.pos.set(pos as usize);
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
        1 => Ok(ts.new_int(s.m.pos.get() as i64)),
        2 => {
            let n = s.m.buf.borrow().len();
            s.m.pos.set(n);
            Ok(ts.new_int(n as i64))
        }
        w => Err(ts.value_error(format!("Invalid whence ({w}, should be 0, 1 or 2)"))),
    }
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

static METHODS: &[MethodDef] = &[
    MethodDef::new("write", Meth::O(write)),
    MethodDef::new("read", Meth::Fast(read)),
    MethodDef::new("readline", Meth::Fast(readline)),
    MethodDef::new("getvalue", Meth::NoArgs(getvalue)),
    MethodDef::new("__getstate__", Meth::NoArgs(getstate)),
    MethodDef::new("__setstate__", Meth::O(setstate)),
    MethodDef::new("seek", Meth::Fast(seek)),
    MethodDef::new("tell", Meth::NoArgs(memio::tell::<PyStringIO>)),
    MethodDef::new("truncate", Meth::Fast(memio::truncate::<PyStringIO>)),
    MethodDef::new("close", Meth::NoArgs(memio::close::<PyStringIO>)),
    MethodDef::new("readable", Meth::NoArgs(memio::true_if_open::<PyStringIO>)),
    MethodDef::new("writable", Meth::NoArgs(memio::true_if_open::<PyStringIO>)),
    MethodDef::new("seekable", Meth::NoArgs(memio::true_if_open::<PyStringIO>)),
];

static GETSETS: &[GetSetDef] = &[
    GetSetDef::ro("closed", memio::closed_get::<PyStringIO>),
    GetSetDef::ro("line_buffering", line_buffering_get),
    GetSetDef::ro("newlines", newlines_get),
];

pub static SPEC: TypeSpec = TypeSpec {
    base: Some(|_| super::ty(&types().textiobase)),
    flags: flags::BASETYPE | flags::HAVE_GC | flags::WEAKREFABLE,
    slots: Slots {
        new: Some(new),
        init: Some(init),
        iter: Some(memio::iter::<PyStringIO>),
        iternext: Some(memio::iternext::<PyStringIO>),
        traverse: Some(memio::traverse::<PyStringIO>),
        ..Slots::NONE
    },
    methods: &[METHODS],
    getsets: GETSETS,
    dictoffset: dict_offset!(PyStringIO, m) + std::mem::offset_of!(MemBuf<char>, dict),
    ..TypeSpec::new("_io.StringIO", PayloadInfo::of::<PyStringIO>())
};

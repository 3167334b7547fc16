//! `_io.IncrementalNewlineDecoder` (CPython's `textio.c` newline decoder): wraps an
//! incremental decoder (or takes str input when it is `None`), holds back a trailing `\r`
//! until the next chunk shows whether `\n` follows, records which newline kinds were seen
//! (`newlines`), translates them to `\n` when asked, and keeps the pending `\r` in its
//! `getstate`/`setstate` flag. [`scan`] is the newline census `TextIOWrapper.newlines` shares.

use std::cell::{Cell, RefCell};

use taipan_object::abstract_ as ab;
use taipan_object::args::{self, ArgSpec};
use taipan_object::typeobj::{GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags, nb};
use taipan_object::types::str_::PyStr;
use taipan_object::types::tuple::PyTuple;
use taipan_object::{ObjRef, PyPayload, PyResult, ThreadState, alloc_object};

/// Seen-newline flags.
pub const LF: u8 = 1;
pub const CR: u8 = 2;
pub const CRLF: u8 = 4;

/// The kinds of newline in `s` (a `\r` at the very end counts as CR).
pub fn scan(s: &str) -> u8 {
    let b = s.as_bytes();
    let mut seen = 0;
    let mut i = 0;
    while let Some(off) = b[i..].iter().position(|&c| c == b'\r' || c == b'\n') {
        let j = i + off;
        if b[j] == b'\n' {
            seen |= LF;
            i = j + 1;
        } else if b.get(j + 1) == Some(&b'\n') {
            seen |= CRLF;
            i = j + 2;
        } else {
            seen |= CR;
            i = j + 1;
        }
        if seen == LF | CR | CRLF {
            break;
        }
    }
    seen
}

/// The `newlines` value for a set of seen-newline flags.
pub fn newlines_value(ts: &ThreadState, seen: u8) -> ObjRef {
    let s = |x: &str| ts.new_str(x);
    match seen {
        0 => ts.none(),
        LF => s("\n"),
        CR => s("\r"),
        CRLF => s("\r\n"),
        _ => {
            let mut v = Vec::new();
            if seen & CR != 0 {
                v.push(s("\r"));
            }
            if seen & LF != 0 {
                v.push(s("\n"));
            }
            if seen & CRLF != 0 {
                v.push(s("\r\n"));
            }
            ts.new_tuple(v)
        }
    }
}

/// `\r\n` and `\r` to `\n`.
pub fn translate(s: &str) -> String {
    if !s.contains('\r') {
        return s.to_string();
    }
    s.replace("\r\n", "\n").replace('\r', "\n")
}

pub struct PyNewlineDecoder {
    decoder: RefCell<Option<ObjRef>>,
    translate: Cell<bool>,
    pendingcr: Cell<bool>,
    seennl: Cell<u8>,
    ready: Cell<bool>,
}
impl PyPayload for PyNewlineDecoder {}

fn this(o: &ObjRef) -> &PyNewlineDecoder {
    o.downcast::<PyNewlineDecoder>()
        .expect("IncrementalNewlineDecoder")
}

fn ready<'a>(ts: &ThreadState, o: &'a ObjRef) -> PyResult<&'a PyNewlineDecoder> {
    let d = this(o);
    if !d.ready.get() {
        return Err(ts.value_error("IncrementalNewlineDecoder.__init__() not called"));
    }
    Ok(d)
}

fn new(ts: &ThreadState, ty: &ObjRef, _: &[ObjRef], _: Option<&ObjRef>) -> PyResult<ObjRef> {
    Ok(alloc_object(
        ts,
        ty,
        PyNewlineDecoder {
            decoder: RefCell::new(None),
            translate: Cell::new(false),
            pendingcr: Cell::new(false),
            seennl: Cell::new(0),
            ready: Cell::new(false),
        },
    ))
}

fn init(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<()> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "IncrementalNewlineDecoder",
        names: &["decoder", "translate", "errors"],
        required: 2,
        posonly: 0,
        kwonly: 3,
    };
    let [decoder, translate, _errors] = args::parse::<3>(ts, &SPEC, a, kw)?;
    let d = this(o);
    let decoder = decoder.expect("required");
    *d.decoder.borrow_mut() = (!ts.is_none(&decoder)).then_some(decoder);
    d.translate
        .set(ab::is_true(ts, &translate.expect("required"))?);
    d.pendingcr.set(false);
    d.seennl.set(0);
    d.ready.set(true);
    Ok(())
}

fn decode(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "decode",
        names: &["input", "final"],
        required: 1,
        posonly: 0,
        kwonly: 2,
    };
    let [input, fin] = args::parse::<2>(ts, &SPEC, a, kw)?;
    let d = ready(ts, o)?;
    let input = input.expect("required");
    let fin = match fin {
        Some(f) => ab::is_true(ts, &f)?,
        None => false,
    };
    let inner = d.decoder.borrow().clone();
    let output = match inner {
        Some(dec) => ab::call_method(ts, &dec, "decode", &[input, ts.bool_obj(fin)])?,
        None => input,
    };
    let Some(s) = output.downcast::<PyStr>() else {
        return Err(ts.type_error(format!(
            "decoder should return a string result, not '{}'",
            output.typ().name()
        )));
    };
    let mut out = s.as_str().to_string();
    if d.pendingcr.get() && (!out.is_empty() || fin) {
        out.insert(0, '\r');
        d.pendingcr.set(false);
    }
    if !fin && out.ends_with('\r') {
        out.pop();
        d.pendingcr.set(true);
    }
    d.seennl.set(d.seennl.get() | scan(&out));
    if d.translate.get() {
        out = translate(&out);
    }
    Ok(ts.new_string(out))
}

fn getstate(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let d = ready(ts, o)?;
    let inner = d.decoder.borrow().clone();
    let (buf, flag) = match inner {
        Some(dec) => {
            let st = ab::call_method(ts, &dec, "getstate", &[])?;
            let Some(t) = st.downcast::<PyTuple>().filter(|t| t.items().len() == 2) else {
                return Err(ts.type_error("illegal decoder state"));
            };
            let flag = ab::index(ts, &t.items()[1])?;
            (t.items()[0].clone(), flag)
        }
        None => (ts.new_bytes(Vec::new()), ts.new_int(0)),
    };
    let mut flag = ab::binary_op(ts, &flag, &ts.new_int(1), nb::LSHIFT)?;
    if d.pendingcr.get() {
        flag = ab::binary_op(ts, &flag, &ts.new_int(1), nb::OR)?;
    }
    Ok(ts.new_tuple(vec![buf, flag]))
}

fn setstate(ts: &ThreadState, o: &ObjRef, state: &ObjRef) -> PyResult<ObjRef> {
    let d = ready(ts, o)?;
    let Some(t) = state.downcast::<PyTuple>() else {
        return Err(ts.type_error("state argument must be a tuple"));
    };
    let [buf, flag] = t.items() else {
        return Err(ts.type_error(format!(
            "setstate() argument must be a tuple of length 2, not {}",
            t.items().len()
        )));
    };
    let flag = ab::index(ts, flag)?;
    let low = ab::binary_op(ts, &flag, &ts.new_int(1), nb::AND)?;
    d.pendingcr.set(ab::is_true(ts, &low)?);
    let inner = d.decoder.borrow().clone();
    if let Some(dec) = inner {
        let high = ab::binary_op(ts, &flag, &ts.new_int(1), nb::RSHIFT)?;
        ab::call_method(
            ts,
            &dec,
            "setstate",
            &[ts.new_tuple(vec![buf.clone(), high])],
        )?;
    }
    Ok(ts.none())
}

fn reset(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let d = ready(ts, o)?;
    d.seennl.set(0);
    d.pendingcr.set(false);
    let inner = d.decoder.borrow().clone();
    if let Some(dec) = inner {
        ab::call_method(ts, &dec, "reset", &[])?;
    }
    Ok(ts.none())
}

fn newlines(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let d = ready(ts, o)?;
    Ok(newlines_value(ts, d.seennl.get()))
}

fn traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    if let Ok(d) = this(o).decoder.try_borrow()
        && let Some(x) = &*d
    {
        visit(x);
    }
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("decode", Meth::FastKw(decode)),
    MethodDef::new("getstate", Meth::NoArgs(getstate)),
    MethodDef::new("setstate", Meth::O(setstate)),
    MethodDef::new("reset", Meth::NoArgs(reset)),
];
static GETSETS: &[GetSetDef] = &[GetSetDef::ro("newlines", newlines)];

pub static SPEC: TypeSpec = TypeSpec {
    flags: flags::BASETYPE | flags::HAVE_GC,
    slots: Slots {
        new: Some(new),
        init: Some(init),
        traverse: Some(traverse),
        ..Slots::NONE
    },
    methods: &[METHODS],
    getsets: GETSETS,
    ..TypeSpec::new(
        "_io.IncrementalNewlineDecoder",
        PayloadInfo::of::<PyNewlineDecoder>(),
    )
};

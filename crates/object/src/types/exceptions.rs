//! `BaseException` and the built-in hierarchy (the classes are listed in `registry.rs`): one
//! payload for all (args, traceback, cause, context, `__suppress_context__`, an instance
//! `__dict__` for the subclass attributes), CPython's `str`/`repr`, `with_traceback`,
//! `add_note`, and the attributes particular classes set from their arguments
//! (`StopIteration.value`, `SystemExit.code`, `OSError.errno`/`strerror`/`filename`,
//! `SyntaxError.msg`/`lineno`/..., `KeyError`'s repr-of-key str).

use std::cell::{Cell, RefCell};

use crate::abstract_ as ab;
use crate::args;
use crate::dict_offset;
use crate::error::{PyErr, PyResult};
use crate::header::{ObjRef, PyPayload, alloc_object};
use crate::thread::ThreadState;
use crate::typeobj::{GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags, type_check};
use crate::types::dict::PyDict;
use crate::types::tuple::PyTuple;

pub struct PyBaseException {
    pub args: RefCell<ObjRef>,
    pub traceback: RefCell<Option<ObjRef>>,
    pub cause: RefCell<Option<ObjRef>>,
    pub context: RefCell<Option<ObjRef>>,
    pub suppress_context: Cell<bool>,
    dict: Cell<Option<ObjRef>>,
    /// An exception group's `[message, exceptions tuple]` (`exceptions_group.rs`), `None`
    /// for other exceptions (CPython's `PyBaseExceptionGroupObject` fields).
    pub group: RefCell<Option<[ObjRef; 2]>>,
}

impl PyPayload for PyBaseException {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.exc.base_exception
    }
}

impl PyBaseException {
    pub fn args_items(&self) -> Vec<ObjRef> {
        self.args
            .borrow()
            .downcast::<PyTuple>()
            .map_or(Vec::new(), |t| t.items().to_vec())
    }
}

/// Makes an instance of exception class `ty` with `args` (a tuple) without calling Python
/// `__init__` (the VM's and the runtime's own raises), setting the subclass attributes.
pub fn new_exception(ts: &ThreadState, ty: &ObjRef, args: ObjRef) -> ObjRef {
    let e = alloc_object(ts, ty, payload(args));
    set_special_attrs(ts, &e);
    e
}

fn payload(args: ObjRef) -> PyBaseException {
    PyBaseException {
        args: RefCell::new(args),
        traceback: RefCell::new(None),
        cause: RefCell::new(None),
        context: RefCell::new(None),
        suppress_context: Cell::new(false),
        dict: Cell::new(None),
        group: RefCell::new(None),
    }
}

fn this(o: &ObjRef) -> &PyBaseException {
    o.downcast::<PyBaseException>().expect("exception")
}

fn set_attr(ts: &ThreadState, e: &ObjRef, name: &str, v: ObjRef) {
    if let Some(d) = crate::attr::instance_dict(ts, e)
        && let Some(d) = d.downcast::<PyDict>()
    {
        let _ = d.set_item_str(ts, name, v);
    }
}

/// Sets the attributes a subclass derives from its args (what the subclasses' `__init__`
/// do in CPython).
fn set_special_attrs(ts: &ThreadState, e: &ObjRef) {
    let a = this(e).args_items();
    let first = || a.first().cloned().unwrap_or_else(|| ts.none());
    let x = &ts.exc;
    if type_check(e, &x.stop_iteration) || type_check(e, &x.stop_async_iteration) {
        set_attr(ts, e, "value", first());
    } else if type_check(e, &x.system_exit) {
        let code = match a.len() {
            0 => ts.none(),
            1 => a[0].clone(),
            _ => this(e).args.borrow().clone(),
        };
        set_attr(ts, e, "code", code);
    } else if type_check(e, &x.name_error) || type_check(e, &x.attribute_error) {
        if dict_get(ts, e, "name").is_none() {
            set_attr(ts, e, "name", ts.none());
        }
        if type_check(e, &x.attribute_error) && dict_get(ts, e, "obj").is_none() {
            set_attr(ts, e, "obj", ts.none());
        }
    } else if type_check(e, &x.import_error) {
        set_attr(ts, e, "msg", first());
        set_attr(ts, e, "name", ts.none());
        set_attr(ts, e, "path", ts.none());
    } else if type_check(e, &x.os_error) {
        os_error_attrs(ts, e, &a);
    } else if type_check(e, &x.unicode_decode_error) || type_check(e, &x.unicode_encode_error) {
        if a.len() == 5 {
            for (i, n) in ["encoding", "object", "start", "end", "reason"]
                .iter()
                .enumerate()
            {
                set_attr(ts, e, n, a[i].clone());
            }
            // `UnicodeDecodeError_init`: any other buffer (checked by `unicode_error_check`)
            // is kept as a bytes copy.
            if type_check(e, &x.unicode_decode_error)
                && !a[1].is_a::<crate::types::bytes::PyBytes>()
                && let Some(b) = crate::types::bytes::as_bytes_like(&a[1])
            {
                let b = ts.new_bytes(b.to_vec());
                set_attr(ts, e, "object", b);
            }
        }
    } else if type_check(e, &x.unicode_translate_error) {
        if a.len() == 4 {
            set_attr(ts, e, "encoding", ts.none());
            for (i, n) in ["object", "start", "end", "reason"].iter().enumerate() {
                set_attr(ts, e, n, a[i].clone());
            }
        }
    } else if type_check(e, &x.syntax_error) {
        set_attr(ts, e, "msg", first());
        // `SyntaxError_init`: details only from exactly two arguments.
        let info = a
            .get(1)
            .filter(|_| a.len() == 2)
            .and_then(|i| {
                i.downcast::<PyTuple>()
                    .map(|t| t.items().to_vec())
                    .or_else(|| {
                        i.downcast::<crate::types::list::PyList>()
                            .map(|l| l.to_vec())
                    })
            })
            .unwrap_or_default();
        for (i, n) in [
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
        ]
        .iter()
        .enumerate()
        {
            set_attr(ts, e, n, info.get(i).cloned().unwrap_or_else(|| ts.none()));
        }
        set_attr(ts, e, "print_file_and_line", ts.none());
    }
}

fn dict_get(ts: &ThreadState, e: &ObjRef, name: &str) -> Option<ObjRef> {
    crate::attr::instance_dict(ts, e)?
        .downcast::<PyDict>()?
        .get_str_rs(ts, name)
}

/// Records the object and name on an AttributeError (for `name`/`obj` and suggestions).
pub fn set_attr_error_context(ts: &ThreadState, e: &PyErr, obj: &ObjRef, name: &ObjRef) {
    set_attr(ts, e.value(), "name", name.clone());
    set_attr(ts, e.value(), "obj", obj.clone());
}

/// `set_attribute_error_context`: as [`set_attr_error_context`] unless the error has a
/// `name` or an `obj` already (an inner lookup's).
pub fn augment_attr_error(ts: &ThreadState, e: &PyErr, obj: &ObjRef, name: &ObjRef) {
    let set = |n| dict_get(ts, e.value(), n).is_some_and(|v| !ts.is_none(&v));
    if !set("name") && !set("obj") {
        set_attr_error_context(ts, e, obj, name);
    }
}

fn new(ts: &ThreadState, ty: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    let n = a.len() - args::kw_names(kw).len();
    let e = alloc_object(ts, ty, payload(ts.new_tuple_from(&a[..n])));
    Ok(e)
}
fn init(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<()> {
    let names = args::kw_names(kw);
    let n = a.len() - names.len();
    // ImportError(name=, path=), NameError(name=), AttributeError(name=, obj=).
    let x = &ts.exc;
    let allowed: &[&str] = if type_check(o, &x.import_error) {
        &["name", "path"]
    } else if type_check(o, &x.attribute_error) {
        &["name", "obj"]
    } else if type_check(o, &x.name_error) {
        &["name"]
    } else {
        &[]
    };
    if !names.is_empty()
        && allowed.is_empty()
        && o.typ().slots().init.map(|f| f as usize) == Some(init as *const () as usize)
    {
        return Err(ts.type_error(format!("{}() takes no keyword arguments", o.typ().name())));
    }
    unicode_error_check(ts, o, &a[..n])?;
    if type_check(o, &x.syntax_error) && n == 2 {
        // `SyntaxError_init`: the details are a sequence of 4 to 6 items.
        let info = ab::collect(ts, &a[1])?;
        if info.len() < 4 || info.len() > 6 {
            return Err(ts.type_error(format!(
                "function takes {} {} arguments ({} given)",
                if info.len() < 4 {
                    "at least"
                } else {
                    "at most"
                },
                if info.len() < 4 { 4 } else { 6 },
                info.len()
            )));
        }
        if info.len() == 5 {
            return Err(ts.type_error("end_offset must be provided when end_lineno is provided"));
        }
    }
    let old = this(o).args.replace(ts.new_tuple_from(&a[..n]));
    drop(old);
    set_special_attrs(ts, o);
    for (k, v) in names.iter().zip(&a[n..]) {
        let k = ab::str_of(k);
        if !allowed.contains(&k) {
            if type_check(o, &x.import_error) {
                return Err(ts.type_error(format!(
                    "'{k}' is an invalid keyword argument for {}()",
                    o.typ().name()
                )));
            }
            return Err(ts.type_error(format!(
                "{}() got an unexpected keyword argument '{k}'",
                o.typ().name()
            )));
        }
        set_attr(ts, o, k, v.clone());
    }
    Ok(())
}

fn str_(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let a = this(o).args_items();
    match a.len() {
        0 => Ok(ts.empty_str()),
        1 => ab::str(ts, &a[0]),
        _ => ab::str(ts, &this(o).args.borrow().clone()),
    }
}
fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let a = this(o).args_items();
    let name = crate::types::object::type_qualname(o.class());
    let name = name.rsplit('.').next().unwrap_or(&name).to_string();
    Ok(ts.new_string(match a.len() {
        1 => format!("{name}({})", ab::repr_string(ts, &a[0])?),
        _ => format!(
            "{name}{}",
            ab::repr_string(ts, &this(o).args.borrow().clone())?
        ),
    }))
}
fn key_error_str(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let a = this(o).args_items();
    if a.len() == 1 {
        return ab::repr(ts, &a[0]);
    }
    str_(ts, o)
}
/// `OSError`'s attributes from its arguments (`oserror_init`): with 2 to 5 arguments,
/// `errno`, `strerror`, `filename`, `filename2` (`args` cut to the first two when a filename
/// is given), BlockingIOError's `characters_written` from a numeric third argument.
fn os_error_attrs(ts: &ThreadState, e: &ObjRef, a: &[ObjRef]) {
    let none = || ts.none();
    let n = a.len();
    let (mut errno, mut strerror, mut filename, mut filename2) = (none(), none(), none(), none());
    if (2..=5).contains(&n) {
        errno = a[0].clone();
        strerror = a[1].clone();
        if let Some(f) = a.get(2).filter(|f| !ts.is_none(f)) {
            if type_check(e, &ts.exc.blocking_io_error) && crate::types::int::as_i64(f).is_some() {
                set_attr(ts, e, "characters_written", f.clone());
            } else {
                filename = f.clone();
                if let Some(f2) = a.get(4).filter(|f| !ts.is_none(f)) {
                    filename2 = f2.clone();
                }
                drop(this(e).args.replace(ts.new_tuple_from(&a[..2])));
            }
        }
    }
    set_attr(ts, e, "errno", errno);
    set_attr(ts, e, "strerror", strerror);
    set_attr(ts, e, "filename", filename);
    set_attr(ts, e, "filename2", filename2);
}

/// The subclass `OSError(errno, ...)` makes (`errnomap`, Linux numbers).
fn os_error_subclass(ts: &ThreadState, errno: i64) -> Option<&ObjRef> {
    let x = &ts.exc;
    Some(match errno {
        11 | 114 | 115 => &x.blocking_io_error,
        10 => &x.child_process_error,
        32 | 108 => &x.broken_pipe_error,
        103 => &x.connection_aborted_error,
        111 => &x.connection_refused_error,
        104 => &x.connection_reset_error,
        17 => &x.file_exists_error,
        2 => &x.file_not_found_error,
        21 => &x.is_a_directory_error,
        20 => &x.not_a_directory_error,
        4 => &x.interrupted_error,
        1 | 13 => &x.permission_error,
        3 => &x.process_lookup_error,
        110 => &x.timeout_error,
        _ => return None,
    })
}

fn os_error_new(
    ts: &ThreadState,
    ty: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let n = a.len() - args::kw_names(kw).len();
    let mut ty = ty;
    if ty.is(&ts.exc.os_error)
        && (2..=5).contains(&n)
        && let Some(errno) = crate::types::int::as_i64(&a[0])
        && let Some(sub) = os_error_subclass(ts, errno)
    {
        ty = sub;
    }
    let e = alloc_object(ts, ty, payload(ts.new_tuple_from(&a[..n])));
    os_error_attrs(ts, &e, &a[..n]);
    Ok(e)
}
fn os_error_init(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<()> {
    if !args::kw_names(kw).is_empty() {
        return Err(ts.type_error(format!("{}() takes no keyword arguments", o.typ().name())));
    }
    let n = a.len();
    drop(this(o).args.replace(ts.new_tuple_from(&a[..n])));
    os_error_attrs(ts, o, a);
    Ok(())
}

fn os_error_str(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let get = |n: &str| dict_get(ts, o, n).filter(|v| !ts.is_none(v));
    let (errno, strerror) = (get("errno"), get("strerror"));
    if let Some(f) = get("filename") {
        let en = errno.map_or(Ok("None".into()), |v| ab::str_string(ts, &v))?;
        let se = strerror.map_or(Ok("None".into()), |v| ab::str_string(ts, &v))?;
        let f = ab::repr_string(ts, &f)?;
        return Ok(ts.new_string(match get("filename2") {
            Some(f2) => format!("[Errno {en}] {se}: {f} -> {}", ab::repr_string(ts, &f2)?),
            None => format!("[Errno {en}] {se}: {f}"),
        }));
    }
    if let (Some(en), Some(se)) = (errno, strerror) {
        return Ok(ts.new_string(format!(
            "[Errno {}] {}",
            ab::str_string(ts, &en)?,
            ab::str_string(ts, &se)?
        )));
    }
    str_(ts, o)
}
/// The argument checks of the Unicode errors' constructors (`PyArg_ParseTuple` formats).
fn unicode_error_check(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<()> {
    let x = &ts.exc;
    let (decode, encode) = (
        type_check(o, &x.unicode_decode_error),
        type_check(o, &x.unicode_encode_error),
    );
    let translate = type_check(o, &x.unicode_translate_error);
    if !decode && !encode && !translate {
        return Ok(());
    }
    let want = if translate { 4 } else { 5 };
    if a.len() != want {
        return Err(ts.type_error(format!(
            "function takes exactly {want} arguments ({} given)",
            a.len()
        )));
    }
    let is_str = |v: &ObjRef| v.is_a::<crate::types::str_::PyStr>();
    let is_int = |v: &ObjRef| crate::types::int::as_i64(v).is_some();
    let off = if translate { 0 } else { 1 };
    if !translate && !is_str(&a[0]) {
        return Err(ts.type_error(format!("argument 1 must be str, not {}", a[0].typ().name())));
    }
    let obj = &a[off];
    if decode {
        crate::types::bytes::buffer(ts, obj)?;
    } else if !is_str(obj) {
        return Err(ts.type_error(format!(
            "argument {} must be str, not {}",
            off + 1,
            obj.typ().name()
        )));
    }
    for i in [off + 1, off + 2] {
        if !is_int(&a[i]) {
            return Err(ts.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                a[i].typ().name()
            )));
        }
    }
    if !is_str(&a[off + 3]) {
        return Err(ts.type_error(format!(
            "argument {} must be str, not {}",
            off + 4,
            a[off + 3].typ().name()
        )));
    }
    Ok(())
}

fn unicode_error_str(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let get = |n: &str| dict_get(ts, o, n);
    let (Some(obj), Some(start), Some(end), Some(reason)) =
        (get("object"), get("start"), get("end"), get("reason"))
    else {
        return str_(ts, o);
    };
    let (Some(start), Some(end)) = (
        crate::types::int::as_i64(&start),
        crate::types::int::as_i64(&end),
    ) else {
        return str_(ts, o);
    };
    let reason = ab::str_string(ts, &reason)?;
    let x = &ts.exc;
    let translate = type_check(o, &x.unicode_translate_error);
    let head = if translate {
        "can't translate".to_string()
    } else {
        let enc = get("encoding").map_or(Ok(String::new()), |e| ab::str_string(ts, &e))?;
        let verb = if type_check(o, &x.unicode_decode_error) {
            "decode"
        } else {
            "encode"
        };
        format!("'{enc}' codec can't {verb}")
    };
    let single = end == start + 1;
    if type_check(o, &x.unicode_decode_error) {
        if single {
            let b = ab::getitem(ts, &obj, &ts.new_int(start))?;
            let b = crate::types::int::as_i64(&b).unwrap_or(0);
            return Ok(ts.new_string(format!(
                "{head} byte 0x{b:02x} in position {start}: {reason}"
            )));
        }
    } else if single
        && let Some(c) = obj
            .downcast::<crate::types::str_::PyStr>()
            .and_then(|s| s.char_at(start.max(0) as usize))
    {
        let ch = if c < 0x100 {
            format!("\\x{c:02x}")
        } else if c < 0x10000 {
            format!("\\u{c:04x}")
        } else {
            format!("\\U{c:08x}")
        };
        return Ok(ts.new_string(format!(
            "{head} character '{ch}' in position {start}: {reason}"
        )));
    }
    let what = if type_check(o, &x.unicode_decode_error) {
        "bytes"
    } else {
        "characters"
    };
    Ok(ts.new_string(format!(
        "{head} {what} in position {start}-{}: {reason}",
        end - 1
    )))
}

fn syntax_error_str(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let msg = dict_get(ts, o, "msg").unwrap_or_else(|| ts.none());
    let msg = ab::str_string(ts, &msg)?;
    let file = dict_get(ts, o, "filename").filter(|f| !ts.is_none(f));
    let line = dict_get(ts, o, "lineno").filter(|f| !ts.is_none(f));
    let file = file.map(|f| {
        let s = ab::str_of(&f).to_string();
        s.rsplit('/').next().unwrap_or(&s).to_string()
    });
    Ok(ts.new_string(match (file, line) {
        (Some(f), Some(l)) => format!("{msg} ({f}, line {})", ab::str_string(ts, &l)?),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {})", ab::str_string(ts, &l)?),
        (None, None) => msg,
    }))
}

fn get_args(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(this(o).args.borrow().clone())
}
fn set_args(ts: &ThreadState, o: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    let Some(v) = v else {
        return Err(ts.type_error("args may not be deleted"));
    };
    let t = ts.new_tuple(ab::collect(ts, v)?);
    drop(this(o).args.replace(t));
    Ok(())
}
fn get_tb(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(this(o)
        .traceback
        .borrow()
        .clone()
        .unwrap_or_else(|| ts.none()))
}
fn set_tb(ts: &ThreadState, o: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    let Some(v) = v else {
        return Err(ts.type_error("__traceback__ may not be deleted"));
    };
    if !ts.is_none(v) && !v.is_a::<crate::types::frame::PyTraceback>() {
        return Err(ts.type_error("__traceback__ must be a traceback or None"));
    }
    drop(
        this(o)
            .traceback
            .replace((!ts.is_none(v)).then(|| v.clone())),
    );
    Ok(())
}
fn get_cause(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(this(o).cause.borrow().clone().unwrap_or_else(|| ts.none()))
}
fn set_cause(ts: &ThreadState, o: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    let Some(v) = v else {
        return Err(ts.type_error("__cause__ may not be deleted"));
    };
    if !ts.is_none(v) && !v.is_a::<PyBaseException>() {
        return Err(ts.type_error("exception cause must be None or derive from BaseException"));
    }
    drop(this(o).cause.replace((!ts.is_none(v)).then(|| v.clone())));
    this(o).suppress_context.set(true);
    Ok(())
}
fn get_context(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(this(o)
        .context
        .borrow()
        .clone()
        .unwrap_or_else(|| ts.none()))
}
fn set_context(ts: &ThreadState, o: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    let Some(v) = v else {
        return Err(ts.type_error("__context__ may not be deleted"));
    };
    if !ts.is_none(v) && !v.is_a::<PyBaseException>() {
        return Err(ts.type_error("exception context must be None or derive from BaseException"));
    }
    drop(this(o).context.replace((!ts.is_none(v)).then(|| v.clone())));
    Ok(())
}
fn get_suppress(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.bool_obj(this(o).suppress_context.get()))
}
fn set_suppress(ts: &ThreadState, o: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    let v = match v {
        Some(v) => ab::is_true(ts, v)?,
        None => false,
    };
    this(o).suppress_context.set(v);
    Ok(())
}
fn with_traceback(ts: &ThreadState, o: &ObjRef, tb: &ObjRef) -> PyResult<ObjRef> {
    set_tb(ts, o, Some(tb))?;
    Ok(o.clone())
}
fn add_note(ts: &ThreadState, o: &ObjRef, note: &ObjRef) -> PyResult<ObjRef> {
    if !note.is_a::<crate::types::str_::PyStr>() {
        return Err(ts.type_error(format!("note must be a str, not '{}'", note.typ().name())));
    }
    let notes = match dict_get(ts, o, "__notes__") {
        Some(n) => n,
        None => {
            let l = ts.new_list(vec![]);
            set_attr(ts, o, "__notes__", l.clone());
            l
        }
    };
    match notes.downcast::<crate::types::list::PyList>() {
        Some(l) => l.push(note.clone()),
        None => return Err(ts.type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(ts.none())
}
/// The attributes taipan keeps in the instance dict that CPython keeps in the exception
/// struct (set from the arguments, so not pickled as state).
fn struct_attrs(ts: &ThreadState, e: &ObjRef) -> &'static [&'static str] {
    let x = &ts.exc;
    if type_check(e, &x.stop_iteration) || type_check(e, &x.stop_async_iteration) {
        &["value"]
    } else if type_check(e, &x.system_exit) {
        &["code"]
    } else if type_check(e, &x.attribute_error) {
        &["name", "obj"]
    } else if type_check(e, &x.name_error) {
        &["name"]
    } else if type_check(e, &x.import_error) {
        &["msg", "name", "path"]
    } else if type_check(e, &x.os_error) {
        &[
            "errno",
            "strerror",
            "filename",
            "filename2",
            "characters_written",
        ]
    } else if type_check(e, &x.unicode_error) {
        &["encoding", "object", "start", "end", "reason"]
    } else if type_check(e, &x.syntax_error) {
        &[
            "msg",
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
            "print_file_and_line",
        ]
    } else {
        &[]
    }
}

/// `BaseException.__setstate__(state)`: each item of a dict state set as an attribute.
fn setstate(ts: &ThreadState, o: &ObjRef, state: &ObjRef) -> PyResult<ObjRef> {
    if !ts.is_none(state) {
        let Some(d) = state.downcast::<PyDict>() else {
            return Err(ts.type_error("state is not a dictionary"));
        };
        // The items are owned here: a key's `__hash__` may change the dict.
        for (k, v) in d.items() {
            ab::setattr(ts, o, &k, Some(&v))?;
        }
    }
    Ok(ts.none())
}

/// `BaseException.__reduce__` (with `ImportError_reduce`'s `name`/`path` state and
/// `OSError_reduce`'s filename arguments): `(type, args[, state])`, the state being the
/// instance dict's own entries.
fn reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let x = &ts.exc;
    let mut args = this(o).args.borrow().clone();
    let skip = struct_attrs(ts, o);
    let state = ts.new_dict();
    let sd = state.downcast::<PyDict>().expect("dict");
    let d = crate::attr::existing_dict(o);
    if let Some(d) = d.as_ref().and_then(|d| d.downcast::<PyDict>()) {
        for (k, v) in d.items() {
            if !k
                .downcast::<crate::types::str_::PyStr>()
                .is_some_and(|s| skip.contains(&s.as_str()))
            {
                sd.set_item(ts, k, v)?;
            }
        }
    }
    if type_check(o, &x.import_error) {
        for n in ["name", "path"] {
            if let Some(v) = dict_get(ts, o, n).filter(|v| !ts.is_none(v)) {
                sd.set_item_str(ts, n, v)?;
            }
        }
    } else if type_check(o, &x.os_error)
        && let Some(f) = dict_get(ts, o, "filename").filter(|v| !ts.is_none(v))
        && let Some(a) = args.downcast::<PyTuple>()
        && a.items().len() == 2
    {
        let mut v = a.items().to_vec();
        v.push(f);
        if let Some(f2) = dict_get(ts, o, "filename2").filter(|v| !ts.is_none(v)) {
            v.push(ts.none());
            v.push(f2);
        }
        args = ts.new_tuple(v);
    }
    let mut r = vec![o.class().clone(), args];
    if !sd.is_empty() {
        r.push(state);
    }
    Ok(ts.new_tuple(r))
}

fn traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let e = this(o);
    visit(&e.args.borrow());
    for f in [&e.traceback, &e.cause, &e.context] {
        if let Some(v) = f.borrow().as_ref() {
            visit(v);
        }
    }
    let d = e.dict.take();
    if let Some(d) = &d {
        visit(d);
    }
    e.dict.set(d);
    if let Some(g) = e.group.borrow().as_ref() {
        visit(&g[0]);
        visit(&g[1]);
    }
}
fn clear(_: &ThreadState, o: &ObjRef) {
    let e = this(o);
    for f in [&e.traceback, &e.cause, &e.context] {
        drop(f.borrow_mut().take());
    }
    drop(e.dict.take());
    let g = e.group.borrow_mut().take();
    drop(g);
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("with_traceback", Meth::O(with_traceback)),
    MethodDef::new("add_note", Meth::O(add_note)),
    MethodDef::new("__reduce__", Meth::NoArgs(reduce)),
    MethodDef::new("__setstate__", Meth::O(setstate)),
];
static GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "args",
        get: get_args,
        set: Some(set_args),
        doc: "",
    },
    GetSetDef {
        name: "__traceback__",
        get: get_tb,
        set: Some(set_tb),
        doc: "",
    },
    GetSetDef {
        name: "__cause__",
        get: get_cause,
        set: Some(set_cause),
        doc: "",
    },
    GetSetDef {
        name: "__context__",
        get: get_context,
        set: Some(set_context),
        doc: "",
    },
    GetSetDef {
        name: "__suppress_context__",
        get: get_suppress,
        set: Some(set_suppress),
        doc: "",
    },
];

pub static SPEC: TypeSpec = TypeSpec {
    flags: flags::BASETYPE | flags::BASE_EXC_SUBCLASS | flags::HAVE_GC,
    slots: Slots {
        new: Some(new),
        init: Some(init),
        str: Some(str_),
        repr: Some(repr),
        traverse: Some(traverse),
        clear: Some(clear),
        ..Slots::NONE
    },
    methods: &[METHODS],
    getsets: GETSETS,
    dictoffset: dict_offset!(PyBaseException, dict),
    doc: "Common base class for all exceptions",
    ..TypeSpec::new("BaseException", PayloadInfo::of::<PyBaseException>())
};

/// Readies a built-in exception class under `base`.
pub fn ready_subclass(ts: &ThreadState, ty: &ObjRef, base: &ObjRef) {
    let t = ty.typ_payload();
    let bt = base.typ_payload();
    t.flags.set(bt.flags.get());
    let mut slots = crate::typeobj::Slots::NONE;
    slots.inherit(bt.slots());
    *t.slots_mut() = slots;
    t.dictoffset.set(bt.dictoffset.get());
    t.set_dict(ts.new_dict());
    t.set_bases(ts.new_tuple(vec![base.clone()]));
    let mut mro = vec![ty.clone()];
    mro.extend(bt.mro_items().iter().cloned());
    t.set_base(Some(base.clone()));
    t.set_mro(ts.new_tuple(mro));
    let _ = t.dict_payload().set_item_str(ts, "__doc__", ts.none());
}

/// Class-specific slots, after the hierarchy is ready.
pub fn after_ready(ts: &ThreadState) {
    ts.exc.key_error.typ_payload().slots_mut().str = Some(key_error_str);
    for t in ts.exc.all() {
        if t.1.typ_payload().is_subtype(&ts.exc.os_error) {
            let s = t.1.typ_payload().slots_mut();
            s.str = Some(os_error_str);
            s.new = Some(os_error_new);
            s.init = Some(os_error_init);
        }
        if t.1.typ_payload().is_subtype(&ts.exc.unicode_error) && !t.1.is(&ts.exc.unicode_error) {
            t.1.typ_payload().slots_mut().str = Some(unicode_error_str);
        }
        if t.1.typ_payload().is_subtype(&ts.exc.syntax_error) {
            t.1.typ_payload().slots_mut().str = Some(syntax_error_str);
        }
    }
    let os = &ts.exc.os_error;
    let _ = os.typ_payload().dict_payload().set_item_str(
        ts,
        "__new__",
        crate::types::descr::new_tp_new_wrapper(ts, os),
    );
    crate::types::exceptions_group::ready(ts);
}

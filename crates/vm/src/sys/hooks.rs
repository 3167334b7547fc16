//! The hooks of `sys` the runtime reports through, as CPython's: `sys.excepthook` (an
//! uncaught exception, [`report_uncaught`]), `sys.displayhook` (the REPL's echo, `PRINT_EXPR`,
//! [`display`]) and `sys.unraisablehook` (errors in `__del__`, weakref callbacks, generator
//! finalizers, [`unraisable`]), with their defaults (`sys.__excepthook__`,
//! `sys.__displayhook__`, `sys.__unraisablehook__`) and the `UnraisableHookArgs` struct
//! sequence. A replaced hook is looked up in `sys` at each use; a hook that raises is reported
//! as CPython does ("Error in sys.excepthook:", "Exception ignored in sys.unraisablehook: ").

use taipan_object::abstract_ as ab;
use taipan_object::typeobj::{Meth, MethodDef};
use taipan_object::types::dict::PyDict;
use taipan_object::types::exceptions::PyBaseException;
use taipan_object::types::frame::PyTraceback;
use taipan_object::types::structseq::{self, StructSeqDesc};
use taipan_object::{ObjRef, PyErr, PyResult, ThreadState};

use super::{sys_attr, write_to};

static UNRAISABLE_ARGS: StructSeqDesc = StructSeqDesc {
    name: "UnraisableHookArgs",
    fields: &[
        "exc_type",
        "exc_value",
        "exc_traceback",
        "err_msg",
        "object",
    ],
    doc: "UnraisableHookArgs\n\nType used to pass arguments to sys.unraisablehook.",
    instantiable: false,
};

/// Writes to `sys.stderr`, or to the process's stderr when `sys.stderr` is unusable.
fn write_err(ts: &ThreadState, text: &str) {
    crate::builtins::flush_stdout();
    if write_to(ts, "stderr", text).is_err() {
        eprint!("{text}");
    }
}

/// `_PyErr_Display`: the traceback report of `value` on stderr; `tb` becomes its
/// `__traceback__` when it has none. A non-exception value gets CPython's one-line complaint.
fn display(ts: &ThreadState, value: &ObjRef, tb: Option<&ObjRef>) {
    let Some(p) = value.downcast::<PyBaseException>() else {
        write_err(
            ts,
            &format!(
                "TypeError: print_exception(): Exception expected for value, {} found\n",
                value.typ().name()
            ),
        );
        return;
    };
    if let Some(tb) = tb.filter(|t| t.is_a::<PyTraceback>())
        && p.traceback.borrow().is_none()
    {
        *p.traceback.borrow_mut() = Some(tb.clone());
    }
    write_err(ts, &crate::traceback::format_exception(ts, value));
}

/// `sys.excepthook(type, value, traceback)` (and `sys.__excepthook__`).
fn excepthook(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    if a.len() != 3 {
        return Err(ts.type_error(format!("excepthook expected 3 arguments, got {}", a.len())));
    }
    display(ts, &a[1], Some(&a[2]));
    Ok(ts.none())
}

/// `sys.displayhook(value)` (and `sys.__displayhook__`): `repr(value)` and a newline on
/// `sys.stdout`, the value kept as `builtins._`; None is not shown.
fn displayhook(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    if a.len() != 1 {
        return Err(ts.type_error(format!(
            "sys.displayhook() takes exactly one argument ({} given)",
            a.len()
        )));
    }
    let v = &a[0];
    if ts.is_none(v) {
        return Ok(ts.none());
    }
    let builtins = ts.builtins.borrow().clone();
    let bd = builtins.as_ref().and_then(|b| b.downcast::<PyDict>());
    if let Some(bd) = bd {
        bd.set_item_str(ts, "_", ts.none())?;
    }
    match sys_attr(ts, "stdout") {
        Some(out) if !ts.is_none(&out) => {
            let r = ab::repr_string(ts, v)?;
            crate::modules::io::stdstreams::write_str(ts, &out, &r)?;
            crate::modules::io::stdstreams::write_str(ts, &out, "\n")?;
        }
        _ => return Err(ts.runtime_error("lost sys.stdout")),
    }
    if let Some(bd) = bd {
        bd.set_item_str(ts, "_", v.clone())?;
    }
    Ok(ts.none())
}

/// `sys.unraisablehook(unraisable)` (and `sys.__unraisablehook__`): CPython's
/// `write_unraisable_exc_file`.
fn unraisablehook(ts: &ThreadState, _: &ObjRef, a: &ObjRef) -> PyResult<ObjRef> {
    let get = |n: &str| ab::getattr_str(ts, a, n).ok().filter(|v| !ts.is_none(v));
    let (Some(_), value) = (get("exc_type"), get("exc_value")) else {
        return Err(ts.type_error("sys.unraisablehook argument type must be UnraisableHookArgs"));
    };
    // No `sys.stderr` (the interpreter's teardown cleared `sys`): nothing is reported.
    if sys_attr(ts, "stderr").is_none_or(|f| ts.is_none(&f)) {
        return Ok(ts.none());
    }
    let mut text = String::new();
    let err_msg = get("err_msg").map(|m| ab::str_string(ts, &m).unwrap_or_default());
    match get("object") {
        Some(o) => {
            text.push_str(err_msg.as_deref().unwrap_or("Exception ignored in"));
            text.push_str(": ");
            match ab::repr_string(ts, &o) {
                Ok(r) => text.push_str(&r),
                Err(_) => text.push_str("<object repr() failed>"),
            }
            text.push('\n');
        }
        None => {
            if let Some(m) = err_msg {
                text.push_str(&m);
                text.push_str(":\n");
            }
        }
    }
    // The exception alone, without its chain (`_PyTraceBack_Print` and the type line).
    if let Some(tb) = get("exc_traceback").filter(|t| t.is_a::<PyTraceback>()) {
        text.push_str(&crate::traceback::format_tb(Some(tb)));
    }
    match value {
        Some(v) if v.is_a::<PyBaseException>() => {
            text.push_str(&crate::traceback::format_exception_only(ts, &v));
        }
        _ => {
            if let Some(t) = get("exc_type") {
                let t = ab::getattr_str(ts, &t, "__qualname__")
                    .and_then(|q| ab::str_string(ts, &q))
                    .unwrap_or_default();
                text.push_str(&t);
                text.push('\n');
            }
        }
    }
    write_err(ts, &text);
    Ok(ts.none())
}

pub(super) static FUNCTIONS: &[MethodDef] = &[
    MethodDef::new("excepthook", Meth::Fast(excepthook)),
    MethodDef::new("displayhook", Meth::Fast(displayhook)),
    MethodDef::new("unraisablehook", Meth::O(unraisablehook)),
];

/// Adds the hooks and their `__x__` originals to `sys`'s dict.
pub(super) fn install(ts: &ThreadState, m: &ObjRef, dd: &PyDict) {
    for def in FUNCTIONS {
        let f = taipan_object::types::descr::new_builtin_function(ts, def, Some(m.clone()));
        let _ = dd.set_item_str(ts, def.name, f.clone());
        let _ = dd.set_item_str(ts, &format!("__{}__", def.name), f);
    }
}

thread_local! {
    /// The `UnraisableHookArgs` type (not an attribute of `sys`, as in CPython).
    static ARGS_TYPE: std::cell::OnceCell<ObjRef> = const { std::cell::OnceCell::new() };
}

/// Reports an uncaught exception (not `SystemExit`) as `PyErr_PrintEx`: `sys.last_type`,
/// `last_value`, `last_traceback` set, then `sys.excepthook(type, value, tb)`.
pub fn report_uncaught(ts: &ThreadState, exc: &ObjRef) {
    let tb = ab::getattr(ts, exc, &ts.names.__traceback__).unwrap_or_else(|_| ts.none());
    if let Some(sys) = super::sys_dict(ts)
        && let Some(sys) = sys.downcast::<PyDict>()
    {
        let _ = sys.set_item_str(ts, "last_type", exc.class().clone());
        let _ = sys.set_item_str(ts, "last_value", exc.clone());
        let _ = sys.set_item_str(ts, "last_traceback", tb.clone());
    }
    let Some(hook) = sys_attr(ts, "excepthook").filter(|h| !ts.is_none(h)) else {
        write_err(ts, "sys.excepthook is missing\n");
        display(ts, exc, None);
        return;
    };
    let args = [exc.class().clone(), exc.clone(), tb];
    if let Err(e) = ab::call(ts, &hook, &args) {
        let e = e.into_value();
        write_err(ts, "Error in sys.excepthook:\n");
        display(ts, &e, None);
        write_err(ts, "\nOriginal exception was:\n");
        display(ts, exc, None);
    }
    crate::builtins::flush_stdout();
}

/// `PRINT_EXPR`: `sys.displayhook(value)`.
pub fn display_value(ts: &ThreadState, v: ObjRef) -> PyResult<()> {
    match sys_attr(ts, "displayhook") {
        Some(h) => ab::call(ts, &h, &[v]).map(drop),
        None => Err(ts.runtime_error("lost sys.displayhook")),
    }
}

/// `ts.hooks.unraisable` (`PyErr_WriteUnraisable`): `sys.unraisablehook` with an
/// `UnraisableHookArgs`; the default report when the hook is missing; a failing hook is
/// itself reported with the default one.
pub fn unraisable(ts: &ThreadState, e: PyErr, obj: Option<&ObjRef>) {
    unraisable_msg(ts, e, None, obj)
}

/// [`unraisable`] with CPython's `_PyErr_WriteUnraisableMsg` message (`err_msg`:
/// "Exception ignored in atexit callback").
pub fn unraisable_msg(ts: &ThreadState, e: PyErr, err_msg: Option<&str>, obj: Option<&ObjRef>) {
    let exc = e.into_value();
    let saved = ts.exc_info.borrow().clone();
    let tb = ab::getattr(ts, &exc, &ts.names.__traceback__).unwrap_or_else(|_| ts.none());
    let args = hook_args(ts, &exc, tb, err_msg.map(|m| ts.new_str(m)), obj.cloned());
    let hook = sys_attr(ts, "unraisablehook").filter(|h| !ts.is_none(h));
    let r = match &hook {
        Some(h) => ab::call(ts, h, std::slice::from_ref(&args)).map(drop),
        None => unraisablehook(ts, &args, &args).map(drop),
    };
    if let Err(e) = r {
        let e = e.into_value();
        let tb = ab::getattr(ts, &e, &ts.names.__traceback__).unwrap_or_else(|_| ts.none());
        let msg = ts.new_str("Exception ignored in sys.unraisablehook");
        let args = hook_args(ts, &e, tb, Some(msg), hook);
        let _ = unraisablehook(ts, &args, &args);
    }
    *ts.exc_info.borrow_mut() = saved;
    crate::builtins::flush_stdout();
}

fn hook_args(
    ts: &ThreadState,
    exc: &ObjRef,
    tb: ObjRef,
    err_msg: Option<ObjRef>,
    obj: Option<ObjRef>,
) -> ObjRef {
    let ty = ARGS_TYPE.with(|t| {
        t.get_or_init(|| structseq::new_type(ts, &UNRAISABLE_ARGS))
            .clone()
    });
    structseq::new(
        ts,
        &ty,
        vec![
            exc.class().clone(),
            exc.clone(),
            tb,
            err_msg.unwrap_or_else(|| ts.none()),
            obj.unwrap_or_else(|| ts.none()),
        ],
    )
}

//! The `_warnings` module (CPython's `Python/_warnings.c`), so `import warnings` needs no
//! `re`: `filters` with CPython's default filters, `_defaultaction`, `_onceregistry`,
//! `_filters_mutated`, `warn` (the caller's frame at `stacklevel` gives filename, line, module
//! and `__warningregistry__`) and `warn_explicit` (the filter walk and the actions `error`,
//! `ignore`, `always`, `default`, `module`, `once`). Like CPython it uses `warnings.filters`,
//! `defaultaction` and `onceregistry` once `warnings` is imported, and shows a warning
//! through `warnings._showwarnmsg(WarningMessage(...))`.

use std::cell::{Cell, RefCell};

use taipan_object::abstract_ as ab;
use taipan_object::args::{ArgSpec, parse};
use taipan_object::typeobj::{CompareOp, Meth, MethodDef};
use taipan_object::types::dict::PyDict;
use taipan_object::types::list::PyList;
use taipan_object::types::str_::PyStr;
use taipan_object::types::tuple::PyTuple;
use taipan_object::{ObjRef, PyResult, ThreadState};

use super::common::set_attr;

thread_local! {
    static STATE: RefCell<Option<(ObjRef, ObjRef, ObjRef)>> = const { RefCell::new(None) };
    static VERSION: Cell<i64> = const { Cell::new(0) };
}

/// (filters, defaultaction, onceregistry) of this module.
fn own(ts: &ThreadState) -> (ObjRef, ObjRef, ObjRef) {
    if let Some(s) = STATE.with(|s| s.borrow().clone()) {
        return s;
    }
    let f = |action: &str, cat: &ObjRef, module: Option<&str>| {
        ts.new_tuple(vec![
            ts.new_str(action),
            ts.none(),
            cat.clone(),
            module.map_or_else(|| ts.none(), |m| ts.new_str(m)),
            ts.new_int(0),
        ])
    };
    let e = &ts.exc;
    let filters = ts.new_list(vec![
        f("default", &e.deprecation_warning, Some("__main__")),
        f("ignore", &e.deprecation_warning, None),
        f("ignore", &e.pending_deprecation_warning, None),
        f("ignore", &e.import_warning, None),
        f("ignore", &e.resource_warning, None),
    ]);
    let s = (filters, ts.new_str("default"), ts.new_dict());
    STATE.with(|st| *st.borrow_mut() = Some(s.clone()));
    s
}

/// `warnings.<name>` when the Python module is loaded.
fn warnings_attr(ts: &ThreadState, name: &str) -> Option<ObjRef> {
    let modules = ts.modules.borrow().clone()?;
    let w = modules.downcast::<PyDict>()?.get_str_rs(ts, "warnings")?;
    ab::getattr_str(ts, &w, name).ok()
}

fn filters_mutated(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    VERSION.set(VERSION.get() + 1);
    Ok(ts.none())
}

/// A filter's message or module part: `None` matches anything, a str must be equal, else
/// its `match` method decides (a compiled `re` pattern).
fn matches(ts: &ThreadState, pattern: &ObjRef, text: &ObjRef) -> PyResult<bool> {
    if ts.is_none(pattern) {
        return Ok(true);
    }
    if let Some(p) = pattern.downcast::<PyStr>() {
        return Ok(text
            .downcast::<PyStr>()
            .is_some_and(|t| t.as_str() == p.as_str()));
    }
    let r = ab::call_method(ts, pattern, "match", std::slice::from_ref(text))?;
    ab::is_true(ts, &r)
}

fn get_item(ts: &ThreadState, d: &ObjRef, k: &ObjRef) -> PyResult<Option<ObjRef>> {
    match d.downcast::<PyDict>() {
        Some(dd) => dd.get_item(ts, k),
        None => Ok(None),
    }
}

fn set_true(ts: &ThreadState, d: &ObjRef, k: ObjRef) -> PyResult<()> {
    ab::setitem(ts, d, &k, Some(&ts.bool_obj(true)))
}

#[allow(clippy::too_many_arguments)]
fn do_warn_explicit(
    ts: &ThreadState,
    message: ObjRef,
    category: ObjRef,
    filename: ObjRef,
    lineno: ObjRef,
    module: Option<ObjRef>,
    registry: Option<ObjRef>,
    source: Option<ObjRef>,
) -> PyResult<ObjRef> {
    let module = match module.filter(|m| !ts.is_none(m)) {
        Some(m) => m,
        None => {
            let f = ab::str_string(ts, &filename)?;
            let m = if f.is_empty() {
                "<unknown>".to_string()
            } else {
                f.strip_suffix(".py").unwrap_or(&f).to_string()
            };
            ts.new_string(m)
        }
    };
    let (text, message, category) = if ab::is_instance(ts, &message, &ts.exc.warning)? {
        (
            ab::str(ts, &message)?,
            message.clone(),
            message.class().clone(),
        )
    } else {
        let m = ab::call(ts, &category, std::slice::from_ref(&message))?;
        (message, m, category)
    };
    let registry = registry.filter(|r| !ts.is_none(r));
    let key = ts.new_tuple(vec![text.clone(), category.clone(), lineno.clone()]);
    if let Some(reg) = &registry {
        let ver = ts.new_int(VERSION.get());
        let vkey = ts.new_str("version");
        let same = match get_item(ts, reg, &vkey)? {
            Some(v) => ab::rich_compare_bool(ts, &v, &ver, CompareOp::Eq)?,
            None => false,
        };
        if !same {
            if let Some(d) = reg.downcast::<PyDict>() {
                d.clear();
            }
            ab::setitem(ts, reg, &vkey, Some(&ver))?;
        } else if let Some(v) = get_item(ts, reg, &key)?
            && ab::is_true(ts, &v)?
        {
            return Ok(ts.none());
        }
    }
    let (own_filters, own_default, own_once) = own(ts);
    let filters = warnings_attr(ts, "filters").unwrap_or(own_filters);
    if !filters.is_a::<PyList>() {
        return Err(ts.value_error("_warnings.filters must be a list"));
    }
    let mut action = None;
    let mut chosen = None;
    for item in filters.downcast::<PyList>().expect("list").to_vec() {
        let Some(t) = item.downcast::<PyTuple>().filter(|t| t.len() == 5) else {
            return Err(ts.value_error(format!("_warnings.filters item {} isn't a 5-tuple", 0)));
        };
        let [act, msg, cat, modpat, ln] = t.items() else {
            unreachable!()
        };
        let ln = super::common::index_i64(ts, ln)?;
        if matches(ts, msg, &text)?
            && ab::is_subclass(ts, &category, cat)?
            && matches(ts, modpat, &module)?
            && (ln == 0 || ab::rich_compare_bool(ts, &lineno, &ts.new_int(ln), CompareOp::Eq)?)
        {
            action = Some(act.clone());
            chosen = Some(item.clone());
            break;
        }
    }
    let action = match action {
        Some(a) => a,
        None => warnings_attr(ts, "defaultaction").unwrap_or(own_default),
    };
    let act = action
        .downcast::<PyStr>()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    match act.as_str() {
        "ignore" => return Ok(ts.none()),
        "error" => return Err(taipan_object::PyErr::from_instance(message)),
        "once" => {
            if let Some(reg) = &registry {
                set_true(ts, reg, key)?;
            }
            let once = warnings_attr(ts, "onceregistry").unwrap_or(own_once);
            let okey = ts.new_tuple(vec![text.clone(), category.clone()]);
            if let Some(v) = get_item(ts, &once, &okey)?
                && ab::is_true(ts, &v)?
            {
                return Ok(ts.none());
            }
            set_true(ts, &once, okey)?;
        }
        "always" => {}
        "module" => {
            if let Some(reg) = &registry {
                set_true(ts, reg, key)?;
                let akey = ts.new_tuple(vec![text.clone(), category.clone(), ts.new_int(0)]);
                if let Some(v) = get_item(ts, reg, &akey)?
                    && ab::is_true(ts, &v)?
                {
                    return Ok(ts.none());
                }
                set_true(ts, reg, akey)?;
            }
        }
        "default" => {
            if let Some(reg) = &registry {
                set_true(ts, reg, key)?;
            }
        }
        _ => {
            let item = chosen.map_or_else(
                || "None".to_string(),
                |c| ab::repr_string(ts, &c).unwrap_or_default(),
            );
            return Err(ts.runtime_error(format!(
                "Unrecognized action ({}) in warnings.filters:\n {item}",
                ab::repr_string(ts, &action)?
            )));
        }
    }
    show(ts, message, category, filename, lineno, source)?;
    Ok(ts.none())
}

/// `warnings._showwarnmsg(WarningMessage(...))`, or a plain line on stderr before
/// `warnings` is imported.
fn show(
    ts: &ThreadState,
    message: ObjRef,
    category: ObjRef,
    filename: ObjRef,
    lineno: ObjRef,
    source: Option<ObjRef>,
) -> PyResult<()> {
    if let (Some(wm), Some(showmsg)) = (
        warnings_attr(ts, "WarningMessage"),
        warnings_attr(ts, "_showwarnmsg"),
    ) {
        let src = source.unwrap_or_else(|| ts.none());
        let msg = ab::call(
            ts,
            &wm,
            &[
                message,
                category,
                filename,
                lineno,
                ts.none(),
                ts.none(),
                src,
            ],
        )?;
        ab::call(ts, &showmsg, &[msg])?;
        return Ok(());
    }
    let filename = ab::str_string(ts, &filename)?;
    let mut line = format!(
        "{}:{}: {}: {}\n",
        filename,
        ab::str_string(ts, &lineno)?,
        ab::getattr_str(ts, &category, "__name__").and_then(|n| ab::str_string(ts, &n))?,
        ab::str_string(ts, &message)?
    );
    // `_Py_DisplaySourceLine`: the line from the file, stripped of leading blanks.
    let n = taipan_object::types::int::as_i64(&lineno).unwrap_or(0);
    if let Some(source) = crate::traceback::source_line(&filename, n) {
        line.push_str("  ");
        line.push_str(source.trim_start_matches([' ', '\t', '\x0c']));
        line.push('\n');
    }
    crate::sys::write_to(ts, "stderr", &line)
}

fn warn(ts: &ThreadState, _: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "warn",
        names: &["message", "category", "stacklevel", "source"],
        required: 1,
        posonly: 0,
        kwonly: 4,
    };
    let [message, category, stacklevel, source] = parse::<4>(ts, &SPEC, args, kw)?;
    let message = message.expect("required");
    let mut category = category.filter(|c| !ts.is_none(c));
    if ab::is_instance(ts, &message, &ts.exc.warning)? {
        category = Some(message.class().clone());
    }
    let category = category.unwrap_or_else(|| ts.exc.user_warning.clone());
    let is_type = category.typ().is_subtype(&ts.types.type_);
    if !is_type || !ab::is_subclass(ts, &category, &ts.exc.warning)? {
        return Err(ts.type_error(format!(
            "category must be a Warning subclass, not '{}'",
            category.typ().name()
        )));
    }
    let level = match stacklevel {
        Some(s) => super::common::index_i64(ts, &s)?,
        None => 1,
    };
    // The caller is frame 0 for sys._getframe (a native function has no frame).
    let frame = match crate::sys::sys_attr(ts, "_getframe") {
        Some(gf) => ab::call(ts, &gf, &[ts.new_int((level - 1).max(0))]).ok(),
        None => None,
    };
    let (globals, filename, lineno) = match frame {
        Some(f) => {
            let g = ab::getattr_str(ts, &f, "f_globals")?;
            let code = ab::getattr_str(ts, &f, "f_code")?;
            (
                g,
                ab::getattr_str(ts, &code, "co_filename")?,
                ab::getattr_str(ts, &f, "f_lineno")?,
            )
        }
        None => {
            let sysd = crate::sys::sys_attr(ts, "__dict__").unwrap_or_else(|| ts.new_dict());
            (sysd, ts.new_str("sys"), ts.new_int(1))
        }
    };
    let module = match globals
        .downcast::<PyDict>()
        .and_then(|d| d.get_str_rs(ts, "__name__"))
    {
        Some(m) => m,
        None => ts.new_str("<string>"),
    };
    let registry = match globals.downcast::<PyDict>() {
        Some(d) => match d.get_str_rs(ts, "__warningregistry__") {
            Some(r) => Some(r),
            None => {
                let r = ts.new_dict();
                d.set_item_str(ts, "__warningregistry__", r.clone())?;
                Some(r)
            }
        },
        None => None,
    };
    do_warn_explicit(
        ts,
        message,
        category,
        filename,
        lineno,
        Some(module),
        registry,
        source,
    )
}

/// `PyErr_WarnExplicitObject(category, message, filename, lineno, NULL, NULL)`, for the
/// runtime's own warnings (the compiler's SyntaxWarnings).
pub fn warn_explicit_object(
    ts: &ThreadState,
    category: &ObjRef,
    message: &str,
    filename: &str,
    lineno: u32,
) -> PyResult<()> {
    do_warn_explicit(
        ts,
        ts.new_str(message),
        category.clone(),
        ts.new_str(filename),
        ts.new_int(lineno as i64),
        None,
        None,
        None,
    )
    .map(|_| ())
}

fn warn_explicit(
    ts: &ThreadState,
    _: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "warn_explicit",
        names: &[
            "message",
            "category",
            "filename",
            "lineno",
            "module",
            "registry",
            "module_globals",
            "source",
        ],
        required: 4,
        posonly: 0,
        kwonly: 8,
    };
    let [
        message,
        category,
        filename,
        lineno,
        module,
        registry,
        _globals,
        source,
    ] = parse::<8>(ts, &SPEC, args, kw)?;
    do_warn_explicit(
        ts,
        message.expect("required"),
        category.expect("required"),
        filename.expect("required"),
        lineno.expect("required"),
        module,
        registry,
        source,
    )
}

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::new("warn", Meth::FastKw(warn)),
    MethodDef::new("warn_explicit", Meth::FastKw(warn_explicit)),
    MethodDef::new("_filters_mutated", Meth::NoArgs(filters_mutated)),
];

/// The warning options of the command line (`PYTHONWARNINGS`' items, then each `-W`), set
/// once before the interpreter starts.
static OPTIONS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();

/// Sets the process's warning options (`sys.warnoptions`); false if they were set already.
pub fn set_options(options: Vec<String>) -> bool {
    OPTIONS.set(options).is_ok()
}

/// At interpreter start: `sys.warnoptions` from the options, and, as CPython's `init_sys` does
/// when there are any, `import warnings` (which applies them to the filters).
pub fn apply_options(ts: &ThreadState) -> PyResult<()> {
    let Some(options) = OPTIONS.get().filter(|o| !o.is_empty()) else {
        return Ok(());
    };
    let list = ts.new_list(options.iter().map(|o| ts.new_str(o)).collect());
    let sys = (ts.hooks.import_module.get())(ts, "sys")?;
    ab::setattr(ts, &sys, &ts.new_str("warnoptions"), Some(&list))?;
    (ts.hooks.import_module.get())(ts, "warnings")?;
    Ok(())
}

/// Makes the `_warnings` module.
pub fn make(ts: &ThreadState) -> ObjRef {
    let m = ts.new_builtin_module("_warnings", FUNCTIONS);
    let (filters, default, once) = own(ts);
    set_attr(ts, &m, "filters", filters);
    set_attr(ts, &m, "_defaultaction", default);
    set_attr(ts, &m, "_onceregistry", once);
    m
}

//! The `sys` module (the minimal part: `argv`, `modules`, recursion limit, `getrefcount`,
//! `getsizeof`, `_getframe`, `exc_info`, `exception`, `intern`, `maxsize`, version info) and
//! the standard streams `sys.stdin`/`stdout`/`stderr` (`_io` objects made by
//! `modules::io::stdstreams`).

// The frame and code pointers dereferenced here are live (see each `SAFETY`).
#![allow(dangerous_implicit_autorefs)]

pub mod hooks;
mod info;
pub mod settrace;

use taipan_object::abstract_::{self as ab, str_of};
use taipan_object::args;
use taipan_object::typeobj::{Meth, MethodDef};
use taipan_object::types::dict::PyDict;
use taipan_object::types::module::PyModule;
use taipan_object::{ObjRef, PyResult, ThreadState};

/// Writes text to `sys.<name>` (`print`, tracebacks): directly when it is a TextIOWrapper,
/// else through its `write` method.
pub fn write_to(ts: &ThreadState, name: &str, text: &str) -> PyResult<()> {
    match sys_attr(ts, name) {
        Some(s) if !ts.is_none(&s) => crate::modules::io::stdstreams::write_str(ts, &s, text),
        _ => Err(ts.runtime_error(format!("lost sys.{name}"))),
    }
}

/// `sys.<name>`, if the sys module exists.
pub fn sys_attr(ts: &ThreadState, name: &str) -> Option<ObjRef> {
    sys_dict(ts)?.downcast::<PyDict>()?.get_str_rs(ts, name)
}

thread_local! {
    /// `interp->sysdict`: the `sys` module's dict, whatever `sys.modules` holds (never
    /// dropped: at thread exit no object may be freed).
    static SYS_DICT: std::cell::RefCell<Option<std::mem::ManuallyDrop<ObjRef>>> =
        const { std::cell::RefCell::new(None) };
}

/// The `sys` module's dict (`interp->sysdict`), if there is one.
pub fn sys_dict(_ts: &ThreadState) -> Option<ObjRef> {
    SYS_DICT.with_borrow(|d| d.as_ref().map(|d| ObjRef::clone(d)))
}

fn getrecursionlimit(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(ts.recursion_limit.get() as i64))
}
fn setrecursionlimit(ts: &ThreadState, _: &ObjRef, n: &ObjRef) -> PyResult<ObjRef> {
    if !n.is_a::<taipan_object::types::int::PyInt>() {
        return Err(ts.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            n.typ().name()
        )));
    }
    let v = ab::index_isize(ts, n)?;
    if v < 1 {
        return Err(ts.value_error("recursion limit must be greater or equal than 1"));
    }
    let depth = ts.recursion_depth.get() as isize;
    if v <= depth {
        return Err(ts.recursion_error(format!(
            "cannot set the recursion limit to {v} at the recursion depth {depth}: the limit is too low"
        )));
    }
    ts.recursion_limit.set(v.min(u32::MAX as isize) as u32);
    Ok(ts.none())
}
fn getrefcount(ts: &ThreadState, _: &ObjRef, o: &ObjRef) -> PyResult<ObjRef> {
    // CPython counts the argument's own reference; ours is the borrowed `o` plus the stack
    // slot the call holds.
    Ok(ts.new_int(o.refcnt() as i64))
}
fn getframe(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "_getframe", a.len(), 0, 1)?;
    let depth = match a.first() {
        Some(d) => ab::index_isize(ts, d)?,
        None => 0,
    };
    let vm = crate::frame::vm();
    // SAFETY: reading the thread's live frames.
    let n = unsafe { (*vm).frames.len() } as isize;
    // CPython walks `depth` frames back: a negative depth is the current frame.
    let i = n - 1 - depth.max(0);
    if i < 0 {
        return Err(ts.value_error("call stack is not deep enough"));
    }
    // SAFETY: `i` indexes a live frame.
    Ok(unsafe { crate::frame::frame_object(ts, vm, i as usize) })
}
fn exc_info(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    let cur = ts.exc_info.borrow().clone();
    Ok(match cur {
        Some(e) => {
            let tb = ab::getattr(ts, &e, &ts.names.__traceback__)?;
            ts.new_tuple(vec![e.class().clone(), e, tb])
        }
        None => ts.new_tuple(vec![ts.none(), ts.none(), ts.none()]),
    })
}
fn exception(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.exc_info.borrow().clone().unwrap_or_else(|| ts.none()))
}
fn intern(ts: &ThreadState, _: &ObjRef, s: &ObjRef) -> PyResult<ObjRef> {
    if !s.is_exact(&ts.types.str_) {
        return Err(ts.type_error(format!(
            "intern() argument must be str, not {}",
            s.typ().name()
        )));
    }
    Ok(ts.intern_obj(s))
}
fn exit(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "exit", a.len(), 0, 1)?;
    Err(ts.new_error_args(&ts.exc.system_exit, a.to_vec()))
}

/// `sys.set_coroutine_origin_tracking_depth(depth)`.
fn set_origin_depth(
    ts: &ThreadState,
    _: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    static SPEC: args::ArgSpec = args::ArgSpec {
        fname: "set_coroutine_origin_tracking_depth",
        names: &["depth"],
        required: 1,
        posonly: 0,
        kwonly: 1,
    };
    let [depth] = args::parse::<1>(ts, &SPEC, a, kw)?;
    let depth = depth.unwrap_or_else(|| ts.none());
    crate::generator::set_origin_tracking_depth(ts, &depth)?;
    Ok(ts.none())
}

/// `sys.getsizeof(object[, default])` (`_PySys_GetSizeOf`): `type(object).__sizeof__()`,
/// checked to be a non-negative int, plus the GC head and managed `__dict__` words CPython
/// keeps before the object; `default` instead of a TypeError.
fn getsizeof(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC: args::ArgSpec = args::ArgSpec {
        fname: "getsizeof",
        names: &["object", "default"],
        required: 1,
        posonly: 0,
        kwonly: 2,
    };
    let [o, default] = args::parse::<2>(ts, &SPEC, a, kw)?;
    let o = o.expect("required");
    let size = (|| {
        let Some(m) = o.typ().lookup(ts, &ts.names.__sizeof__) else {
            return Err(ts.type_error(format!("Type {} doesn't define __sizeof__", o.typ().name())));
        };
        let r = ab::call_unbound(ts, &m, &o, &[])?;
        if !r.is_a::<taipan_object::types::int::PyInt>() {
            return Err(ts.type_error("an integer is required"));
        }
        let Some(size) = taipan_object::types::int::as_i64(&r) else {
            return Err(ts.overflow_error("Python int too large to convert to C ssize_t"));
        };
        if size < 0 {
            return Err(ts.value_error("__sizeof__() should return >= 0"));
        }
        Ok(size + taipan_object::sizeof::preheader_size(ts, &o) as i64)
    })();
    match size {
        Ok(n) => Ok(ts.new_int(n)),
        Err(e) if default.is_some() && e.matches(&ts.exc.type_error) => {
            Ok(default.unwrap_or_else(|| ts.none()))
        }
        Err(e) => Err(e),
    }
}

/// `sys.audit(event, *args)`: taipan has no audit hooks, so nothing to call.
fn audit(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], _: Option<&ObjRef>) -> PyResult<ObjRef> {
    match a.first() {
        Some(e) if e.is_a::<taipan_object::types::str_::PyStr>() => Ok(ts.none()),
        Some(e) => Err(ts.type_error(format!(
            "expected str for argument 'event', not {}",
            e.typ().name()
        ))),
        None => Err(ts.type_error("audit() missing 1 required positional argument: 'event'")),
    }
}

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::new("audit", Meth::FastKw(audit)),
    MethodDef::new("getrecursionlimit", Meth::NoArgs(getrecursionlimit)),
    MethodDef::new("setrecursionlimit", Meth::O(setrecursionlimit)),
    MethodDef::new("getrefcount", Meth::O(getrefcount)),
    MethodDef::new("getsizeof", Meth::FastKw(getsizeof)),
    MethodDef::new("_getframe", Meth::Fast(getframe)),
    MethodDef::new("exc_info", Meth::NoArgs(exc_info)),
    MethodDef::new("exception", Meth::NoArgs(exception)),
    MethodDef::new("intern", Meth::O(intern)),
    MethodDef::new(
        "get_coroutine_origin_tracking_depth",
        Meth::NoArgs(|ts, _| Ok(ts.new_int(crate::generator::origin_tracking_depth() as i64))),
    ),
    MethodDef::new(
        "set_coroutine_origin_tracking_depth",
        Meth::FastKw(set_origin_depth),
    ),
    MethodDef::new("exit", Meth::Fast(exit)),
];

/// Makes `sys` with `argv` and registers it (and `builtins`) in `sys.modules`.
pub fn make_sys(ts: &ThreadState, argv: &[String], builtins: &ObjRef) -> ObjRef {
    let m = ts.new_builtin_module("sys", FUNCTIONS);
    let d = m.downcast::<PyModule>().expect("module").dict();
    let dd = d.downcast::<PyDict>().expect("dict");
    SYS_DICT.with_borrow_mut(|s| *s = Some(std::mem::ManuallyDrop::new(d.clone())));
    let modules = ts.new_dict();
    let md = modules.downcast::<PyDict>().expect("dict");
    let _ = md.set_item_str(ts, "sys", m.clone());
    let _ = md.set_item_str(ts, "builtins", builtins.clone());
    let set = |k: &str, v: ObjRef| {
        let _ = dd.set_item_str(ts, k, v);
    };
    set("modules", modules.clone());
    set("__doc__", ts.new_str(include_str!("sys/doc.txt")));
    set(
        "argv",
        ts.new_list(argv.iter().map(|a| ts.new_str(a)).collect()),
    );
    let first = match argv.first() {
        // `-m`: the working directory, as an absolute path (CPython 3.11's `pymain_run_module`).
        Some(a) if a == "-m" => std::env::current_dir()
            .map(|d| d.display().to_string())
            .unwrap_or_default(),
        Some(a) if a != "-c" && !a.is_empty() => crate::import::main_path_entry(a),
        _ => String::new(),
    };
    let path = std::iter::once(first)
        .chain(crate::import::default_path())
        .map(|p| ts.new_str(&p))
        .collect();
    set("path", ts.new_list(path));
    // The installation the standard library comes from (`<prefix>/lib/python3.11`).
    let prefix = crate::import::stdlib_dir()
        .and_then(|d| d.parent().and_then(|l| l.parent()).map(|p| p.to_path_buf()))
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|| "/usr/local".into());
    for k in ["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"] {
        set(k, ts.new_str(&prefix));
    }
    // Filled by importlib's `_install` when a program imports it (`modules/imp.rs`).
    set("meta_path", ts.new_list(vec![]));
    set("path_hooks", ts.new_list(vec![]));
    set("path_importer_cache", ts.new_dict());
    let [stdin, stdout, stderr] = crate::modules::io::stdstreams::make_std_streams(ts);
    // The modules compiled in (CPython 3.11's list on Linux, those taipan provides).
    const BUILTIN_NAMES: &[&str] = &[
        "_abc",
        "_ast",
        "_codecs",
        "_collections",
        "_functools",
        "_imp",
        "_io",
        "_locale",
        "_operator",
        "_signal",
        "_sre",
        "_stat",
        "_string",
        "_symtable",
        "_thread",
        "_tokenize",
        "_tracemalloc",
        "_typing",
        "_warnings",
        "_weakref",
        "atexit",
        "builtins",
        "errno",
        "faulthandler",
        "gc",
        "itertools",
        "marshal",
        "posix",
        "pwd",
        "sys",
        "time",
        "xxsubtype",
    ];
    let names = BUILTIN_NAMES
        .iter()
        .filter(|n| matches!(**n, "builtins" | "sys" | "gc") || crate::modules::find(n).is_some())
        .map(|n| ts.new_str(n))
        .collect();
    set("builtin_module_names", ts.new_tuple(names));
    set("stdin", stdin.clone());
    set("stdout", stdout.clone());
    set("stderr", stderr.clone());
    set("__stdin__", stdin);
    set("__stdout__", stdout);
    set("__stderr__", stderr);
    set("maxsize", ts.new_int(i64::MAX));
    set("byteorder", ts.new_str("little"));
    set("platform", ts.new_str("linux"));
    set("version", ts.new_str("3.11.7 (taipan)"));
    set("hexversion", ts.new_int(0x030b07f0));
    set(
        "version_info",
        ts.new_tuple(vec![
            ts.new_int(3),
            ts.new_int(11),
            ts.new_int(7),
            ts.new_str("final"),
            ts.new_int(0),
        ]),
    );
    set("implementation_name", ts.new_str("taipan"));
    set("warnoptions", ts.new_list(Vec::new()));
    set("_xoptions", ts.new_dict());
    set("dont_write_bytecode", ts.bool_obj(true));
    set(
        "executable",
        ts.new_str(
            &std::env::current_exe()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default(),
        ),
    );
    // `sys.implementation`: a types.SimpleNamespace (`version` is set to sys.version_info by
    // `info::install`). No cache_tag: taipan writes no .pyc files.
    let imp = crate::modules::namespace::new_namespace(
        ts,
        &[
            ("name", ts.new_str("taipan")),
            ("cache_tag", ts.none()),
            ("version", ts.none()),
            ("hexversion", ts.new_int(0x030b07f0)),
            (
                "_multiarch",
                ts.new_str(&format!(
                    "{}-{}-gnu",
                    std::env::consts::ARCH,
                    std::env::consts::OS
                )),
            ),
        ],
    );
    set("implementation", imp);
    info::install(ts, &m);
    hooks::install(ts, &m, dd);
    for def in settrace::FUNCTIONS {
        let f = taipan_object::types::descr::new_builtin_function(ts, def, Some(m.clone()));
        set(def.name, f);
    }
    *ts.modules.borrow_mut() = Some(modules);
    let _ = str_of(&m);
    m
}

//! The `_imp` module (CPython's `Python/import.c` functions importlib calls) and the bridge
//! between taipan's native importer and the pure-Python `importlib`.
//!
//! taipan's importer (`import.rs`) stays the fast path. `importlib` is layered on top, loaded
//! only when a program imports it: `_frozen_importlib`/`_frozen_importlib_external` are the
//! standard library's `importlib/_bootstrap.py` and `_bootstrap_external.py` run under those
//! names, then installed as CPython installs them at start-up (`_install(sys, _imp)`,
//! `_install_external_importers()`: `sys.meta_path` gets BuiltinImporter, FrozenImporter and
//! PathFinder, `sys.path_hooks` the FileFinder hook), and the modules already imported get a
//! `__spec__`/`__loader__` (`spec_from_file_location`). From then on, each module the native
//! importer loads from a file gets its spec too, and when `sys.meta_path` holds a finder that
//! is not one of those three (a user's), imports go through `importlib._bootstrap._find_and_load`
//! so the finder is consulted in order. The native modules are importlib's "built-in" ones
//! (`is_builtin`, `create_builtin`); taipan has no frozen modules and no extension modules.

use std::path::PathBuf;

use taipan_object::abstract_ as ab;
use taipan_object::typeobj::{Meth, MethodDef};
use taipan_object::types::dict::PyDict;
use taipan_object::types::list::PyList;
use taipan_object::types::str_::PyStr;
use taipan_object::{ObjRef, PyResult, ThreadState};

/// Whether `name` is a module importlib should treat as built in.
fn builtin(name: &str) -> bool {
    matches!(name, "sys" | "builtins" | "gc")
        || super::find(name).is_some()
        || super::find_source(name).is_some()
}

fn name_arg<'a>(ts: &ThreadState, f: &str, o: &'a ObjRef) -> PyResult<&'a str> {
    o.downcast::<PyStr>().map(|s| s.as_str()).ok_or_else(|| {
        ts.type_error(format!(
            "{f}() argument must be str, not {}",
            o.typ().name()
        ))
    })
}

fn is_builtin(ts: &ThreadState, _: &ObjRef, n: &ObjRef) -> PyResult<ObjRef> {
    let name = name_arg(ts, "is_builtin", n)?;
    Ok(ts.new_int(builtin(name) as i64))
}

fn create_builtin(ts: &ThreadState, _: &ObjRef, spec: &ObjRef) -> PyResult<ObjRef> {
    let n = ab::getattr_str(ts, spec, "name")?;
    let name = n
        .downcast::<PyStr>()
        .map(|s| s.as_str().to_string())
        .ok_or_else(|| ts.type_error(format!("name must be string, not {}", n.typ().name())))?;
    let modules = crate::sys::sys_attr(ts, "modules");
    if let Some(m) = modules
        .as_ref()
        .and_then(|d| d.downcast::<PyDict>())
        .and_then(|d| d.get_str_rs(ts, &name))
    {
        return Ok(m);
    }
    if let Some(make) = super::find(&name) {
        return Ok(make(ts));
    }
    if super::find_source(&name).is_some() {
        return crate::import::import_module(ts, &name);
    }
    Ok(ts.none())
}

fn exec_builtin(ts: &ThreadState, _: &ObjRef, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(0))
}
fn no_frozen(ts: &ThreadState, _: &ObjRef, _: &[ObjRef]) -> PyResult<ObjRef> {
    Ok(ts.bool_obj(false))
}
fn find_frozen(ts: &ThreadState, _: &ObjRef, _: &[ObjRef], _: Option<&ObjRef>) -> PyResult<ObjRef> {
    Ok(ts.none())
}
fn not_frozen(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let name = a
        .first()
        .map(|n| ab::str_of(n).to_string())
        .unwrap_or_default();
    let e = ts.new_error(
        &ts.exc.import_error,
        format!("No such frozen object named '{name}'"),
    );
    Err(e)
}
fn frozen_names(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_tuple(vec![]))
}
fn nothing(ts: &ThreadState, _: &ObjRef, _: &[ObjRef]) -> PyResult<ObjRef> {
    Ok(ts.none())
}
fn lock_held(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.bool_obj(false))
}
fn extension_suffixes(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_list(vec![]))
}
fn create_dynamic(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let name = a
        .first()
        .and_then(|s| ab::getattr_str(ts, s, "name").ok())
        .map(|n| ab::str_of(&n).to_string())
        .unwrap_or_default();
    Err(ts.new_error(
        &ts.exc.import_error,
        format!("taipan cannot load extension module '{name}'"),
    ))
}
fn exec_dynamic(ts: &ThreadState, _: &ObjRef, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(0))
}
/// `source_hash(key, source)`: 8 bytes keyed by `key` (SipHash-1-3 in CPython; here the
/// bytes hash of the text with the key mixed in: only hash-based pycs use it, which taipan
/// never writes).
fn source_hash(
    ts: &ThreadState,
    _: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    static SPEC: taipan_object::args::ArgSpec = taipan_object::args::ArgSpec {
        fname: "source_hash",
        names: &["key", "source"],
        required: 2,
        posonly: 0,
        kwonly: 2,
    };
    let [key, source] = taipan_object::args::parse::<2>(ts, &SPEC, a, kw)?;
    let key = super::common::index_i64(ts, &key.expect("required"))?;
    let source = source.expect("required");
    let b = taipan_object::types::bytes::buffer(ts, &source)?;
    let h = taipan_object::types::str_::hash_bytes(&b) ^ key;
    Ok(ts.new_bytes(h.to_le_bytes().to_vec()))
}

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::new("is_builtin", Meth::O(is_builtin)),
    MethodDef::new("create_builtin", Meth::O(create_builtin)),
    MethodDef::new("exec_builtin", Meth::O(exec_builtin)),
    MethodDef::new("is_frozen", Meth::Fast(no_frozen)),
    MethodDef::new("is_frozen_package", Meth::Fast(no_frozen)),
    MethodDef::new("find_frozen", Meth::FastKw(find_frozen)),
    MethodDef::new("get_frozen_object", Meth::Fast(not_frozen)),
    MethodDef::new("init_frozen", Meth::Fast(not_frozen)),
    MethodDef::new("_frozen_module_names", Meth::NoArgs(frozen_names)),
    MethodDef::new("_override_frozen_modules_for_tests", Meth::Fast(nothing)),
    MethodDef::new("_fix_co_filename", Meth::Fast(nothing)),
    MethodDef::new("acquire_lock", Meth::Fast(nothing)),
    MethodDef::new("release_lock", Meth::Fast(nothing)),
    MethodDef::new("lock_held", Meth::NoArgs(lock_held)),
    MethodDef::new("extension_suffixes", Meth::NoArgs(extension_suffixes)),
    MethodDef::new("create_dynamic", Meth::Fast(create_dynamic)),
    MethodDef::new("exec_dynamic", Meth::O(exec_dynamic)),
    MethodDef::new("source_hash", Meth::FastKw(source_hash)),
];

/// Makes the `_imp` module.
pub fn make(ts: &ThreadState) -> ObjRef {
    let m = ts.new_builtin_module("_imp", FUNCTIONS);
    super::common::set_attr(ts, &m, "check_hash_based_pycs", ts.new_str("never"));
    m
}

// ---- the importlib bridge ----

/// The file of `importlib/<file>` on `sys.path` (the standard library's).
fn importlib_file(ts: &ThreadState, file: &str) -> Option<PathBuf> {
    let path = crate::sys::sys_attr(ts, "path")?;
    let entries = path.downcast::<PyList>()?.to_vec();
    entries
        .iter()
        .filter_map(|e| e.downcast::<PyStr>().map(|s| s.as_str().to_string()))
        .map(|d| {
            PathBuf::from(if d.is_empty() { ".".into() } else { d })
                .join("importlib")
                .join(file)
        })
        .chain(crate::import::stdlib_dir().map(|d| d.join("importlib").join(file)))
        .find(|p| p.is_file())
}

/// `import _frozen_importlib` / `_frozen_importlib_external`: the standard library's
/// bootstrap files run under those names; `_frozen_importlib` also installs itself.
pub fn bootstrap(ts: &ThreadState, name: &str) -> PyResult<Option<ObjRef>> {
    let file = match name {
        "_frozen_importlib" => "_bootstrap.py",
        "_frozen_importlib_external" => "_bootstrap_external.py",
        _ => return Ok(None),
    };
    let Some(path) = importlib_file(ts, file) else {
        return Ok(None);
    };
    let shown = match name {
        "_frozen_importlib" => "<frozen importlib._bootstrap>",
        _ => "<frozen importlib._bootstrap_external>",
    };
    let m = crate::import::exec_path(ts, name, &path, shown)?;
    if name == "_frozen_importlib" {
        let sys = crate::import::import_module(ts, "sys")?;
        let imp = crate::import::import_module(ts, "_imp")?;
        // Finders the program put on sys.meta_path before importlib came go after
        // importlib's own (as if appended to CPython's list).
        let meta = crate::sys::sys_attr(ts, "meta_path");
        let before = meta
            .as_ref()
            .and_then(|l| l.downcast::<PyList>())
            .map(|l| l.with(std::mem::take))
            .unwrap_or_default();
        ab::call_method(ts, &m, "_install", &[sys, imp])?;
        ab::call_method(ts, &m, "_install_external_importers", &[])?;
        if let Some(l) = meta.as_ref().and_then(|l| l.downcast::<PyList>()) {
            l.with(|v| v.extend(before));
        }
        // CPython puts zipimport's hook first on sys.path_hooks at start-up.
        if let Ok(z) = crate::import::import_module(ts, "zipimport")
            && let Ok(hook) = ab::getattr_str(ts, &z, "zipimporter")
            && let Some(hooks) = crate::sys::sys_attr(ts, "path_hooks")
            && let Some(l) = hooks.downcast::<PyList>()
        {
            l.with(|v| v.insert(0, hook));
        }
        fix_up_specs(ts)?;
    }
    Ok(Some(m))
}

/// The `_frozen_importlib_external` module once importlib was installed.
fn external(ts: &ThreadState) -> Option<ObjRef> {
    let modules = crate::sys::sys_attr(ts, "modules")?;
    modules
        .downcast::<PyDict>()?
        .get_str_rs(ts, "_frozen_importlib_external")
}

/// Gives every module imported from a file before importlib came a spec and a loader.
fn fix_up_specs(ts: &ThreadState) -> PyResult<()> {
    let Some(modules) = crate::sys::sys_attr(ts, "modules") else {
        return Ok(());
    };
    let Some(d) = modules.downcast::<PyDict>() else {
        return Ok(());
    };
    for (k, m) in d.items() {
        let Some(name) = k.downcast::<PyStr>().map(|s| s.as_str().to_string()) else {
            continue;
        };
        let has_spec =
            ab::getattr_opt(ts, &m, &ts.new_str("__spec__"))?.is_some_and(|s| !ts.is_none(&s));
        if has_spec {
            continue;
        }
        let Some(file) =
            ab::getattr_opt(ts, &m, &ts.new_str("__file__"))?.filter(|f| f.is_a::<PyStr>())
        else {
            continue;
        };
        let path = ab::getattr_opt(ts, &m, &ts.new_str("__path__"))?;
        set_spec(ts, &m, &name, &file, path)?;
    }
    Ok(())
}

/// `module.__spec__`/`__loader__` from `spec_from_file_location` (once importlib is there).
fn set_spec(
    ts: &ThreadState,
    m: &ObjRef,
    name: &str,
    file: &ObjRef,
    path: Option<ObjRef>,
) -> PyResult<()> {
    let Some(ext) = external(ts) else {
        return Ok(());
    };
    let f = ab::getattr_str(ts, &ext, "spec_from_file_location")?;
    let mut args = vec![ts.new_str(name), file.clone()];
    let kw = match path {
        Some(p) => {
            args.push(p);
            Some(ts.new_tuple(vec![ts.new_str("submodule_search_locations")]))
        }
        None => None,
    };
    let spec = ab::vectorcall(ts, &f, &args, kw.as_ref())?;
    if ts.is_none(&spec) {
        return Ok(());
    }
    let loader = ab::getattr_str(ts, &spec, "loader")?;
    ab::setattr(ts, m, &ts.new_str("__spec__"), Some(&spec))?;
    ab::setattr(ts, m, &ts.new_str("__loader__"), Some(&loader))?;
    Ok(())
}

/// Called by the native importer for a module it made from `file`: its spec, when importlib
/// is installed.
pub fn spec_for_file(
    ts: &ThreadState,
    m: &ObjRef,
    name: &str,
    file: &str,
    package: bool,
) -> PyResult<()> {
    if external(ts).is_none() {
        return Ok(());
    }
    let path = if package {
        ab::getattr_opt(ts, m, &ts.new_str("__path__"))?
    } else {
        None
    };
    set_spec(ts, m, name, &ts.new_str(file), path)
}

/// When `sys.meta_path` holds a finder other than importlib's own three (or `sys.path_hooks`
/// a hook other than FileFinder's), imports go through
/// importlib (`_find_and_load`), which consults every finder in order; `None` otherwise (the
/// native importer does what those three would).
pub fn meta_path_import(ts: &ThreadState, name: &str) -> PyResult<Option<ObjRef>> {
    // `_find_spec`: the interpreter's teardown has set `sys.meta_path` to None.
    if crate::sys::sys_attr(ts, "meta_path").is_some_and(|m| ts.is_none(&m)) {
        return Err(ts.new_error(
            &ts.exc.import_error,
            "sys.meta_path is None, Python is likely shutting down",
        ));
    }
    let list = |n: &str| {
        crate::sys::sys_attr(ts, n)
            .and_then(|l| l.downcast::<PyList>().map(|l| l.to_vec()))
            .unwrap_or_default()
    };
    let mut finders = list("meta_path");
    finders.extend(list("path_hooks"));
    let foreign = finders.iter().any(|f| {
        let module = ab::getattr_str(ts, f, "__module__")
            .ok()
            .filter(|m| m.is_a::<PyStr>())
            .map(|m| ab::str_of(&m).to_string());
        !matches!(
            module.as_deref(),
            Some("_frozen_importlib" | "_frozen_importlib_external" | "zipimport")
        )
    });
    if !foreign {
        return Ok(None);
    }
    let bootstrap = crate::import::import_module(ts, "_frozen_importlib")?;
    let import = ts
        .builtins
        .borrow()
        .clone()
        .and_then(|b| {
            b.downcast::<PyDict>()
                .and_then(|d| d.get_str_rs(ts, "__import__"))
        })
        .unwrap_or_else(|| ts.none());
    let m = ab::call_method(
        ts,
        &bootstrap,
        "_find_and_load",
        &[ts.new_str(name), import],
    )?;
    Ok(Some(m))
}

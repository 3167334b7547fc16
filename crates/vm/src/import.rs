//! The import system (`importlib._bootstrap`'s semantics, done natively): `IMPORT_NAME`
//! (relative names resolved from the importing frame's `__package__`/`__name__`, parents
//! first, `sys.modules` caching, the value `import a.b` binds, `_handle_fromlist`),
//! `IMPORT_FROM` (a submodule from `sys.modules`, the circular-import and `cannot import
//! name` errors), the finders (native modules from `modules`, then `__init__.py` packages
//! and `.py` files over `sys.path` or the parent's `__path__`) and the default search path
//! (`PYTHONPATH`, then CPython 3.11's pure-Python standard library: [`stdlib_dir`]).
//!
//! Module code comes from the [`CodeLoader`] the embedder installed ([`set_loader`]: the
//! `taipan` command's loader compiles through the salsa database's queries, so imported files
//! are compiled per function and cached like the main file); without one, a file is read and
//! compiled here with `taipan_codegen::compile_source`. The VM does not depend on the database.
//!
//! `importlib` is layered on top (`modules/imp.rs`): loaded on demand, it gives modules their
//! `__spec__`/`__loader__` and takes over when `sys.meta_path`/`sys.path_hooks` hold a
//! finder or hook of the program's own.

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use taipan_bytecode::CodeObject;
use taipan_codegen::CompileError;
use taipan_object::abstract_::{self as ab, str_of};
use taipan_object::types::dict::PyDict;
use taipan_object::types::list::PyList;
use taipan_object::types::module::PyModule;
use taipan_object::types::str_::PyStr;
use taipan_object::{ObjRef, PyErr, PyResult, ThreadState};

/// Where module code comes from (installed once per process by the embedder).
pub trait CodeLoader: Send + Sync {
    /// The text (decoded) and code object (`compile(text, filename, 'exec')`) of the module
    /// file at `path`; `None` when it cannot be read, `Err` for a compile error.
    fn load(&self, path: &Path, filename: &str) -> Option<Result<Loaded, CompileError>>;
    /// `compile(text, filename, 'exec')` of the main program's text (a file, `-c`, stdin).
    fn compile(&self, text: &str, filename: &str) -> Result<Arc<CodeObject>, CompileError>;
}

/// A module file's text and code, from a [`CodeLoader`].
pub type Loaded = (String, Arc<CodeObject>);

static LOADER: std::sync::OnceLock<Box<dyn CodeLoader>> = std::sync::OnceLock::new();

/// Installs the process's code loader; false if one was installed already.
pub fn set_loader(loader: Box<dyn CodeLoader>) -> bool {
    LOADER.set(loader).is_ok()
}

/// The installed code loader, if any.
pub fn loader() -> Option<&'static dyn CodeLoader> {
    LOADER.get().map(|l| &**l)
}

thread_local! {
    /// Names of the modules whose code is running now (a partially initialized module).
    static INITIALIZING: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

fn modules(ts: &ThreadState) -> PyResult<ObjRef> {
    crate::sys::sys_attr(ts, "modules")
        .or_else(|| ts.modules.borrow().clone())
        .ok_or_else(|| ts.runtime_error("lost sys.modules"))
}

fn get_module(ts: &ThreadState, name: &str) -> PyResult<Option<ObjRef>> {
    let m = modules(ts)?;
    match m.downcast::<PyDict>() {
        Some(d) => Ok(d.get_str_rs(ts, name)),
        None => {
            let k = ts.new_str(name);
            match ab::getitem(ts, &m, &k) {
                Ok(v) => Ok(Some(v)),
                Err(e) if e.matches(&ts.exc.key_error) => Ok(None),
                Err(e) => Err(e),
            }
        }
    }
}

fn set_module(ts: &ThreadState, name: &str, m: &ObjRef) -> PyResult<()> {
    let d = modules(ts)?;
    ab::setitem(ts, &d, &ts.new_str(name), Some(m))
}

fn del_module(ts: &ThreadState, name: &str) {
    if let Ok(d) = modules(ts)
        && let Some(dd) = d.downcast::<PyDict>()
    {
        let _ = dd.del_item(ts, &ts.new_str(name));
    }
}

/// `IMPORT_NAME`: `__import__(name, globals, None, fromlist, level)` with the running frame's
/// globals.
pub fn import_name(
    ts: &ThreadState,
    name: &ObjRef,
    fromlist: &ObjRef,
    level: &ObjRef,
) -> PyResult<ObjRef> {
    let level = ab::index_isize(ts, level)?;
    let globals = current_globals();
    import_full(ts, str_of(name), globals.as_ref(), fromlist, level)
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
pub fn builtin_import(
    ts: &ThreadState,
    _: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    static SPEC: taipan_object::args::ArgSpec = taipan_object::args::ArgSpec {
        fname: "__import__",
        names: &["name", "globals", "locals", "fromlist", "level"],
        required: 1,
        posonly: 0,
        kwonly: 5,
    };
    let [name, globals, _locals, fromlist, level] =
        taipan_object::args::parse::<5>(ts, &SPEC, a, kw)?;
    let name = name.expect("required");
    if !name.is_a::<PyStr>() {
        return Err(ts.type_error("module name must be a string"));
    }
    let level = match level {
        Some(l) => ab::index_isize(ts, &l)?,
        None => 0,
    };
    let fromlist = fromlist.unwrap_or_else(|| ts.none());
    let globals = globals.filter(|g| !ts.is_none(g));
    import_full(ts, str_of(&name), globals.as_ref(), &fromlist, level)
}

fn current_globals() -> Option<ObjRef> {
    let vm = crate::frame::vm();
    // SAFETY: the thread's VM state; the last frame is the running one.
    unsafe { (*vm).frames.last().map(|f| f.globals.clone()) }
}

/// `__import__`'s body (`importlib.__import__`).
pub fn import_full(
    ts: &ThreadState,
    name: &str,
    globals: Option<&ObjRef>,
    fromlist: &ObjRef,
    level: isize,
) -> PyResult<ObjRef> {
    if level < 0 {
        return Err(ts.value_error("level must be >= 0"));
    }
    let abs = if level > 0 {
        resolve_name(ts, name, globals, level)?
    } else {
        if name.is_empty() {
            return Err(ts.value_error("Empty module name"));
        }
        name.to_string()
    };
    let module = import_module(ts, &abs)?;
    let from_empty = ts.is_none(fromlist) || ab::len(ts, fromlist).unwrap_or(0) == 0;
    if from_empty {
        if level == 0 {
            let top = name.split('.').next().unwrap_or(name);
            return import_module(ts, top);
        }
        if name.is_empty() {
            return Ok(module);
        }
        let cut = name.len() - name.split('.').next().unwrap_or(name).len();
        let mname = module_name(ts, &module)?;
        let keep = &mname[..mname.len().saturating_sub(cut)];
        return get_module(ts, keep)?.ok_or_else(|| ts.key_error(ts.new_str(keep)));
    }
    if ab::getattr_opt(ts, &module, &ts.new_str("__path__"))?.is_some() {
        handle_fromlist(ts, &module, fromlist, false)?;
    }
    Ok(module)
}

fn module_name(ts: &ThreadState, m: &ObjRef) -> PyResult<String> {
    let n = ab::getattr(ts, m, &ts.names.__name__)?;
    Ok(str_of(&n).to_string())
}

/// `_handle_fromlist`: imports the submodules a package's fromlist names.
fn handle_fromlist(
    ts: &ThreadState,
    module: &ObjRef,
    fromlist: &ObjRef,
    recursive: bool,
) -> PyResult<()> {
    for x in ab::collect(ts, fromlist)? {
        if !x.is_a::<PyStr>() {
            let what = if recursive {
                "``from list''"
            } else {
                "Item in ``from list''"
            };
            return Err(ts.type_error(format!("{what} must be str, not {}", x.typ().name())));
        }
        let xs = str_of(&x);
        if xs == "*" {
            if !recursive && let Some(all) = ab::getattr_opt(ts, module, &ts.new_str("__all__"))? {
                handle_fromlist(ts, module, &all, true)?;
            }
            continue;
        }
        if ab::getattr_opt(ts, module, &x)?.is_none() {
            let sub = format!("{}.{xs}", module_name(ts, module)?);
            match import_module(ts, &sub) {
                Ok(_) => {}
                Err(e)
                    if e.matches(&ts.exc.module_not_found_error)
                        && error_name(ts, &e).as_deref() == Some(sub.as_str())
                        && get_module(ts, &sub)?.is_none() => {}
                Err(e) => return Err(e),
            }
        }
    }
    Ok(())
}

fn error_name(ts: &ThreadState, e: &PyErr) -> Option<String> {
    let v = ab::getattr_str(ts, e.value(), "name").ok()?;
    v.is_a::<PyStr>().then(|| str_of(&v).to_string())
}

/// `_resolve_name` with `_calc___package__`.
fn resolve_name(
    ts: &ThreadState,
    name: &str,
    globals: Option<&ObjRef>,
    level: isize,
) -> PyResult<String> {
    let g = globals.and_then(|g| g.downcast::<PyDict>());
    let get = |k: &str| {
        g.and_then(|d| d.get_str_rs(ts, k))
            .filter(|v| !ts.is_none(v))
    };
    let package = match get("__package__") {
        Some(p) if p.is_a::<PyStr>() => str_of(&p).to_string(),
        Some(_) => return Err(ts.type_error("package must be a string")),
        None => match get("__name__") {
            Some(n) if get("__path__").is_some() => str_of(&n).to_string(),
            Some(n) => str_of(&n)
                .rsplit_once('.')
                .map(|(a, _)| a.to_string())
                .unwrap_or_default(),
            None => String::new(),
        },
    };
    if package.is_empty() {
        return Err(ts.new_error(
            &ts.exc.import_error,
            "attempted relative import with no known parent package",
        ));
    }
    let parts: Vec<&str> = package.rsplitn(level as usize, '.').collect();
    if parts.len() < level as usize {
        return Err(ts.new_error(
            &ts.exc.import_error,
            "attempted relative import beyond top-level package",
        ));
    }
    let base = parts[parts.len() - 1];
    Ok(if name.is_empty() {
        base.to_string()
    } else {
        format!("{base}.{name}")
    })
}

fn not_found(ts: &ThreadState, msg: String, name: &str) -> PyErr {
    let e = ts.new_error(&ts.exc.module_not_found_error, msg);
    let _ = ab::setattr(ts, e.value(), &ts.new_str("name"), Some(&ts.new_str(name)));
    e
}

/// `_gcd_import`: the module named `name` (absolute), imported with its parents.
pub fn import_module(ts: &ThreadState, name: &str) -> PyResult<ObjRef> {
    if let Some(m) = get_module(ts, name)? {
        if ts.is_none(&m) {
            return Err(not_found(
                ts,
                format!("import of {name} halted; None in sys.modules"),
                name,
            ));
        }
        return Ok(m);
    }
    if let Some(m) = crate::modules::imp::meta_path_import(ts, name)? {
        return Ok(m);
    }
    let (parent, tail, search) = match name.rsplit_once('.') {
        Some((parent, tail)) => {
            let pm = import_module(ts, parent)?;
            if let Some(m) = get_module(ts, name)? {
                return Ok(m);
            }
            let Some(path) = ab::getattr_opt(ts, &pm, &ts.new_str("__path__"))? else {
                return Err(not_found(
                    ts,
                    format!("No module named '{name}'; '{parent}' is not a package"),
                    name,
                ));
            };
            (Some(pm), tail, path)
        }
        None => {
            if let Some(make) = crate::modules::find(name) {
                let m = make(ts);
                set_module(ts, name, &m)?;
                return Ok(m);
            }
            if let Some(text) = crate::modules::find_source(name) {
                return exec_frozen(ts, name, text, &format!("<frozen {name}>"));
            }
            if name.starts_with("_frozen_importlib")
                && let Some(m) = crate::modules::imp::bootstrap(ts, name)?
            {
                return Ok(m);
            }
            let path = crate::sys::sys_attr(ts, "path")
                .ok_or_else(|| ts.runtime_error("lost sys.path"))?;
            (None, name, path)
        }
    };
    let Some(found) = find_in(ts, tail, &search)? else {
        return Err(not_found(ts, format!("No module named '{name}'"), name));
    };
    let m = exec_file(ts, name, &found)?;
    if let Some(pm) = parent {
        ab::setattr(ts, &pm, &ts.new_str(tail), Some(&m))?;
    }
    Ok(m)
}

/// A module's source found on a search path.
struct Found {
    file: PathBuf,
    /// A package's directory (its `__path__`).
    package_dir: Option<PathBuf>,
}

fn find_in(ts: &ThreadState, tail: &str, search: &ObjRef) -> PyResult<Option<Found>> {
    let entries = match search.downcast::<PyList>() {
        Some(l) => l.to_vec(),
        None => ab::collect(ts, search)?,
    };
    for e in entries {
        if !e.is_a::<PyStr>() {
            continue;
        }
        let s = str_of(&e);
        let dir = Path::new(if s.is_empty() { "." } else { s });
        let pkg = dir.join(tail);
        let init = pkg.join("__init__.py");
        if init.is_file() {
            return Ok(Some(Found {
                file: init,
                package_dir: Some(pkg),
            }));
        }
        let file = dir.join(format!("{tail}.py"));
        if file.is_file() {
            return Ok(Some(Found {
                file,
                package_dir: None,
            }));
        }
    }
    Ok(None)
}

/// Runs a module taipan writes in Python (`modules::find_source`): compiled from the text in
/// the binary, named `<frozen NAME>` in tracebacks, without `__file__`.
fn exec_frozen(ts: &ThreadState, name: &str, text: &str, filename: &str) -> PyResult<ObjRef> {
    let loaded = match loader() {
        Some(l) => l.compile(text, filename),
        None => taipan_codegen::compile_source(text, filename, taipan_codegen::Mode::Exec, 0)
            .map(Arc::new),
    }
    .map(|c| (text.to_string(), c));
    exec_loaded(ts, name, filename, loaded, None, false)
}

/// Runs the module file `path` as the (non-package) module `name`, its code named `shown`
/// (as CPython names its frozen modules `<frozen importlib._bootstrap>`), without `__file__`.
pub fn exec_path(ts: &ThreadState, name: &str, path: &Path, shown: &str) -> PyResult<ObjRef> {
    let bytes = std::fs::read(path).map_err(|e| {
        ts.new_error(
            &ts.exc.import_error,
            format!("cannot read '{}': {e}", path.display()),
        )
    })?;
    let text = crate::compile::text_of_bytes(ts, &bytes, shown, taipan_codegen::Mode::Exec, false)?;
    exec_frozen(ts, name, &text, shown)
}

/// Makes the module `name` from `found`, registers it in `sys.modules` and runs its code
/// (removed again when the code raises).
fn exec_file(ts: &ThreadState, name: &str, found: &Found) -> PyResult<ObjRef> {
    let filename = found.file.to_string_lossy().into_owned();
    let loaded = match loader().and_then(|l| l.load(&found.file, &filename)) {
        Some(r) => r,
        None => compile_file(ts, found, &filename)?,
    };
    exec_loaded(
        ts,
        name,
        &filename,
        loaded,
        found.package_dir.as_deref(),
        true,
    )
}

/// Makes the module `name` from its compiled code, registers it in `sys.modules` and runs it
/// (removed again when the code raises).
fn exec_loaded(
    ts: &ThreadState,
    name: &str,
    filename: &str,
    loaded: Result<Loaded, CompileError>,
    package_dir: Option<&Path>,
    has_file: bool,
) -> PyResult<ObjRef> {
    let code = match loaded {
        Ok((text, code)) => {
            crate::traceback::remember_source(filename, &text);
            code
        }
        Err(e) => return Err(crate::compile_error(ts, &e)),
    };
    let m = ts.new_module(name);
    let g = m.downcast::<PyModule>().expect("module").dict();
    let gd = g.downcast::<PyDict>().expect("dict");
    let package = match package_dir {
        Some(_) => name,
        None => name.rsplit_once('.').map(|(p, _)| p).unwrap_or(""),
    };
    gd.set_item_str(ts, "__package__", ts.new_str(package))?;
    if let Some(dir) = package_dir {
        let p = ts.new_list(vec![ts.new_str(&dir.to_string_lossy())]);
        gd.set_item_str(ts, "__path__", p)?;
    }
    if has_file {
        gd.set_item_str(ts, "__file__", ts.new_str(filename))?;
    }
    if let Some(b) = ts.builtins.borrow().clone() {
        gd.set_item_str(ts, "__builtins__", b)?;
    }
    if has_file {
        crate::modules::imp::spec_for_file(ts, &m, name, filename, package_dir.is_some())?;
    }
    set_module(ts, name, &m)?;
    INITIALIZING.with(|i| i.borrow_mut().push(name.to_string()));
    let r = crate::call::run_code_in(ts, ts.new_code(code), g.clone(), Some(g), None);
    INITIALIZING.with(|i| {
        let mut i = i.borrow_mut();
        if let Some(p) = i.iter().rposition(|n| n == name) {
            i.remove(p);
        }
    });
    if let Err(e) = r {
        del_module(ts, name);
        return Err(e);
    }
    Ok(get_module(ts, name)?.unwrap_or(m))
}

/// Reads and compiles a module file without a loader (a compile error's source remembered
/// for its traceback).
fn compile_file(
    ts: &ThreadState,
    found: &Found,
    filename: &str,
) -> PyResult<Result<Loaded, CompileError>> {
    let bytes = std::fs::read(&found.file).map_err(|e| {
        ts.new_error(
            &ts.exc.import_error,
            format!("cannot read '{filename}': {e}"),
        )
    })?;
    let text =
        crate::compile::text_of_bytes(ts, &bytes, filename, taipan_codegen::Mode::Exec, true)?;
    let code =
        taipan_codegen::compile_source_warnings(&text, filename, taipan_codegen::Mode::Exec, 0);
    match code {
        Ok((code, warnings)) => {
            crate::compile::issue_warnings(ts, &warnings, filename)?;
            Ok(Ok((text, Arc::new(code))))
        }
        Err(e) => {
            crate::traceback::remember_source(filename, &text);
            Ok(Err(e))
        }
    }
}

/// `IMPORT_FROM`: the attribute, else the submodule from `sys.modules`, else ImportError.
pub fn import_from(ts: &ThreadState, module: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
    if let Some(v) = ab::getattr_opt(ts, module, name)? {
        return Ok(v);
    }
    let pkg = ab::getattr_opt(ts, module, &ts.names.__name__)?
        .filter(|n| n.is_a::<PyStr>())
        .map(|n| str_of(&n).to_string());
    let Some(pkg) = pkg else {
        return Err(ts.new_error(
            &ts.exc.import_error,
            format!(
                "cannot import name '{}' from '<unknown module name>' (unknown location)",
                str_of(name)
            ),
        ));
    };
    if let Some(m) = get_module(ts, &format!("{pkg}.{}", str_of(name)))? {
        return Ok(m);
    }
    let path = ab::getattr_opt(ts, module, &ts.new_str("__file__"))
        .ok()
        .flatten()
        .filter(|p| p.is_a::<PyStr>())
        .map(|p| str_of(&p).to_string())
        .unwrap_or_else(|| "unknown location".into());
    let initializing = INITIALIZING.with(|i| i.borrow().iter().any(|n| *n == pkg));
    let nm = ab::repr_string(ts, name)?;
    let msg = if initializing {
        format!(
            "cannot import name {nm} from partially initialized module '{pkg}' (most likely due to a circular import) ({path})"
        )
    } else {
        format!("cannot import name {nm} from '{pkg}' ({path})")
    };
    let e = ts.new_error(&ts.exc.import_error, msg);
    let _ = ab::setattr(ts, e.value(), &ts.new_str("name"), Some(&ts.new_str(&pkg)));
    Err(e)
}

/// `sys.path` after its first entry: `$PYTHONPATH`'s directories, then the standard library.
pub fn default_path() -> Vec<String> {
    let mut roots: Vec<PathBuf> = Vec::new();
    if let Some(paths) = std::env::var_os("PYTHONPATH") {
        roots.extend(std::env::split_paths(&paths).filter(|p| !p.as_os_str().is_empty()));
    }
    roots.extend(stdlib_dir());
    roots
        .into_iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect()
}

/// The first entry of `sys.path` for a program: the script's directory (absolute), or `''`
/// for `-c` and the REPL (`filename` starting with `<`).
pub fn main_path_entry(filename: &str) -> String {
    if filename.starts_with('<') {
        return String::new();
    }
    // As _PyPathConfig_ComputeSysPath0: the directory of the script's real path (symlinks and
    // `..` resolved), or of the path as given when it cannot be resolved.
    let p = Path::new(filename);
    if let Ok(real) = std::fs::canonicalize(p)
        && let Some(dir) = real.parent()
    {
        return dir.to_string_lossy().into_owned();
    }
    let dir = match p.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    std::path::absolute(dir)
        .map(|d| {
            let s = d.to_string_lossy().into_owned();
            s.strip_suffix("/.").map(str::to_string).unwrap_or(s)
        })
        .unwrap_or_default()
}

/// CPython 3.11's standard library directory: `$TAIPAN_STDLIB` when set, else the first of
/// `$PYENV_ROOT/versions/3.11.*/lib/python3.11`, `/usr/local/lib/python3.11` and
/// `/usr/lib/python3.11` that holds an `os.py`.
pub fn stdlib_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("TAIPAN_STDLIB") {
        return Some(PathBuf::from(dir));
    }
    let mut candidates = Vec::new();
    let pyenv = std::env::var_os("PYENV_ROOT")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".pyenv")));
    if let Some(versions) = pyenv.map(|p| p.join("versions"))
        && let Ok(entries) = std::fs::read_dir(versions)
    {
        let mut found: Vec<PathBuf> = entries
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with("3.11."))
            .map(|e| e.path().join("lib/python3.11"))
            .collect();
        found.sort();
        candidates.extend(found.into_iter().rev());
    }
    candidates.push(PathBuf::from("/usr/local/lib/python3.11"));
    candidates.push(PathBuf::from("/usr/lib/python3.11"));
    candidates.into_iter().find(|d| d.join("os.py").is_file())
}

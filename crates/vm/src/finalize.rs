//! Interpreter teardown after the `atexit` callbacks: CPython 3.11's `Py_FinalizeEx` from
//! its first flush of the standard streams (`flush_std_files`, a collection, then
//! `finalize_modules` of `Python/pylifecycle.c`): special `sys` attributes reset, every
//! module taken out of `sys.modules` in order (a module nothing else holds dies, its
//! globals with it), the builtins restored to their startup copy, a collection (the
//! `__del__` of objects in module cycles run, globals still intact), the globals of modules
//! still alive set to None (names with one leading underscore first), then the `sys` and
//! builtins dicts cleared and a last collection. `__del__` errors are reported as
//! "Exception ignored in: ..." on stderr meanwhile, as anywhere else.

use std::cell::RefCell;
use std::mem::ManuallyDrop;

use taipan_object::types::dict::PyDict;
use taipan_object::types::module::PyModule;
use taipan_object::types::str_::PyStr;
use taipan_object::types::weakref::{PyWeakref, new_ref};
use taipan_object::{ObjRef, ThreadState};

use crate::builtins::flush_stdout;

thread_local! {
    /// `interp->builtins_copy`: the builtins as they were at startup (never dropped by the
    /// thread's exit: no object may be freed then).
    static BUILTINS_COPY: RefCell<Option<ManuallyDrop<ObjRef>>> = const { RefCell::new(None) };
}

/// Keeps a copy of the builtins dict (`pycore_init_builtins`), for [`finalize`] to restore.
pub fn remember_builtins(ts: &ThreadState) {
    let Some(b) = ts.builtins.borrow().clone() else {
        return;
    };
    let copy = ts.new_dict();
    if let (Some(c), Some(b)) = (copy.downcast::<PyDict>(), b.downcast::<PyDict>())
        && c.update_from(ts, b).is_ok()
    {
        BUILTINS_COPY.with_borrow_mut(|slot| *slot = Some(ManuallyDrop::new(copy)));
    }
}

/// `sys` attributes set to None first (`sys_deletes`), and the streams put back to the
/// originals (`sys_files`).
const SYS_DELETES: &[&str] = &[
    "path",
    "argv",
    "ps1",
    "ps2",
    "last_type",
    "last_value",
    "last_traceback",
    "path_hooks",
    "path_importer_cache",
    "meta_path",
    "__interactivehook__",
];
const SYS_FILES: &[(&str, &str)] = &[
    ("stdin", "__stdin__"),
    ("stdout", "__stdout__"),
    ("stderr", "__stderr__"),
];

fn collect(ts: &ThreadState) {
    taipan_gc::collect(ts, 2);
}

/// The teardown after the `atexit` callbacks (see the module docs).
pub fn finalize(ts: &ThreadState) {
    flush_stdout();
    // `_PyGC_CollectIfEnabled`; the collections of `finalize_modules` run regardless.
    if ts.gc.enabled.get() {
        collect(ts);
    }
    let sys = crate::sys::sys_dict(ts);
    let sysd = sys.as_ref().and_then(|d| d.downcast::<PyDict>());
    let builtins = ts.builtins.borrow().clone();
    let bd = builtins.as_ref().and_then(|d| d.downcast::<PyDict>());
    // finalize_modules_delete_special
    if let Some(bd) = bd {
        let _ = bd.set_item_str(ts, "_", ts.none());
    }
    if let Some(sd) = sysd {
        for name in SYS_DELETES {
            let _ = sd.set_item_str(ts, name, ts.none());
        }
        for (name, orig) in SYS_FILES {
            let v = sd.get_str_rs(ts, orig).unwrap_or_else(|| ts.none());
            let _ = sd.set_item_str(ts, name, v);
        }
    }
    // finalize_remove_modules: each module's entry set to None, in order; a weak reference
    // kept to find the survivors.
    let modules = ts.modules.borrow().clone();
    let md = modules.as_ref().and_then(|m| m.downcast::<PyDict>());
    let mut weaklist: Vec<ObjRef> = Vec::new();
    crate::traceback::stop_source_lines();
    if let Some(md) = md {
        for name in md.keys() {
            let Ok(Some(m)) = md.get_item(ts, &name) else {
                continue;
            };
            if !m.is_a::<PyModule>() {
                continue;
            }
            if let Ok(wr) = new_ref(ts, &ts.types.weakref, &m, None) {
                weaklist.push(wr);
            }
            drop(m);
            let _ = md.set_item(ts, name, ts.none());
        }
        // finalize_clear_modules_dict
        md.clear();
    }
    // finalize_restore_builtins
    if let Some(bd) = bd
        && let Some(copy) =
            BUILTINS_COPY.with_borrow_mut(|c| c.take().map(ManuallyDrop::into_inner))
        && let Some(c) = copy.downcast::<PyDict>()
    {
        bd.clear();
        let _ = bd.update_from(ts, c);
    }
    collect(ts);
    // finalize_modules_clear_weaklist: the modules still alive, last imported first.
    for wr in weaklist.iter().rev() {
        let Some(m) = wr.downcast::<PyWeakref>().and_then(|w| w.referent()) else {
            continue;
        };
        let Some(pm) = m.downcast::<PyModule>() else {
            continue;
        };
        let d = pm.dict();
        if sys.as_ref().is_some_and(|s| s.is(&d)) || builtins.as_ref().is_some_and(|b| b.is(&d)) {
            continue;
        }
        if let Some(dd) = d.downcast::<PyDict>() {
            clear_module_dict(ts, dd);
        }
    }
    drop(weaklist);
    // finalize_clear_sys_builtins_dict: what was printed so far is flushed first (the
    // streams are `sys` attributes).
    flush_stdout();
    if let Some(sd) = sysd {
        sd.clear();
    }
    if let Some(bd) = bd {
        bd.clear();
    }
    collect(ts);
    flush_stdout();
}

/// `_PyModule_ClearDict`: every global set to None, those named with one leading
/// underscore first, `__builtins__` kept (destructors still find the builtins).
fn clear_module_dict(ts: &ThreadState, d: &PyDict) {
    for first in [true, false] {
        for k in d.keys() {
            let Some(s) = k.downcast::<PyStr>() else {
                continue;
            };
            let b = s.as_bytes();
            let clear = if first {
                b.first() == Some(&b'_') && b.get(1) != Some(&b'_')
            } else {
                b != b"__builtins__"
            };
            if !clear {
                continue;
            }
            match d.get_item(ts, &k) {
                Ok(Some(v)) if !ts.is_none(&v) => {
                    drop(v);
                    let _ = d.set_item(ts, k, ts.none());
                }
                _ => {}
            }
        }
    }
}

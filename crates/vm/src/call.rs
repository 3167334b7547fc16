//! Calling Python functions: binding vectorcall arguments to a new frame's parameters with
//! CPython's messages (`initialize_locals`: positional, keywords, defaults, `*args`,
//! `**kwargs`, keyword-only, positional-only), the `call_function` hook for calls from Rust
//! (a nested eval loop), `f_locals` snapshots and zero-argument `super()`.

// The frame and code pointers dereferenced here are live (see each `SAFETY`).
#![allow(dangerous_implicit_autorefs)]

use std::ptr;

use taipan_bytecode::CodeFlags;
use taipan_object::abstract_::str_of;
use taipan_object::args::kw_names;
use taipan_object::types::cell::PyCell;
use taipan_object::types::dict::PyDict;
use taipan_object::types::frame::PyFrame;
use taipan_object::types::function::PyFunction;
use taipan_object::types::str_::PyStr;
use taipan_object::types::tuple::PyTuple;
use taipan_object::{ObjRef, PyErr, PyResult, ThreadState};

use crate::frame::{Frame, VmState, push_frame, vm};

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

/// `'a', 'b', and 'c'` (CPython's `format_missing`).
fn name_list(names: &[String]) -> String {
    match names.len() {
        1 => format!("'{}'", names[0]),
        2 => format!("'{}' and '{}'", names[0], names[1]),
        _ => {
            let (last, rest) = names.split_last().expect("names");
            let head: Vec<String> = rest.iter().map(|n| format!("'{n}'")).collect();
            format!("{}, and '{last}'", head.join(", "))
        }
    }
}

/// Pushes a frame for `func` and binds `args` (vectorcall form) into it.
///
/// # Safety
/// `vm` is the thread's VM state.
pub unsafe fn push_function_frame(
    ts: &ThreadState,
    vm: *mut VmState,
    func: &ObjRef,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
    entry: bool,
) -> PyResult<*mut Frame> {
    if !func.is_exact(&ts.types.function) {
        return Err(ts.system_error("push_function_frame: not a function"));
    }
    // SAFETY: checked just above (a pointer compare on the type the caller already loaded;
    // `downcast` would compare the 128-bit payload id from another line of the type object).
    let f = unsafe { func.payload_unchecked::<PyFunction>() };
    let code = f.code_obj();
    // SAFETY: the caller's contract.
    let fr = unsafe {
        push_frame(
            ts,
            vm,
            code,
            Some(func.clone()),
            f.globals.clone(),
            f.builtins.clone(),
            None,
            entry,
        )?
    };
    // SAFETY: the frame was just pushed.
    if let Err(e) = unsafe { bind_args(ts, &*fr, f, args, kwnames) } {
        // SAFETY: the frame is on top; its stack is empty.
        unsafe { crate::frame::pop_frame(ts, vm, (*fr).stack_base) };
        return Err(e);
    }
    Ok(fr)
}

unsafe fn set(base: *mut Option<ObjRef>, i: usize, v: ObjRef) {
    // SAFETY: `i` is a local-plus slot of the frame at `base`.
    unsafe { drop(ptr::replace(base.add(i), Some(v))) };
}
unsafe fn get(base: *mut Option<ObjRef>, i: usize) -> &'static Option<ObjRef> {
    // SAFETY: as `set`; the borrow does not outlive the frame in practice.
    unsafe { &*base.add(i) }
}

/// A function's `__qualname__` for messages (read when formatted, not per call).
struct Qual<'a>(&'a PyFunction);

impl std::fmt::Display for Qual<'_> {
    fn fmt(&self, out: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        out.write_str(str_of(&self.0.qualname.borrow()))
    }
}

unsafe fn bind_args(
    ts: &ThreadState,
    fr: &Frame,
    f: &PyFunction,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<()> {
    let c = fr.code();
    let co = &c.code;
    let base = fr.base;
    let kw = kw_names(kwnames);
    let npos = args.len() - kw.len();
    let argcount = co.argcount as usize;
    let kwonly = co.kwonlyargcount as usize;
    let posonly = co.posonlyargcount as usize;
    let total = argcount + kwonly;
    let varargs = co.flags.contains(CodeFlags::VARARGS);
    let varkw = co.flags.contains(CodeFlags::VARKEYWORDS);
    if kw.is_empty() && npos == argcount && kwonly == 0 && !varargs && !varkw {
        // The common call: exactly the positional parameters.
        for (i, a) in args.iter().enumerate() {
            // SAFETY: `i` < argcount <= nlocalsplus.
            unsafe { set(base, i, a.clone()) };
        }
        return Ok(());
    }
    // The qualified name, formatted only into an error message.
    let qual = Qual(f);
    // SAFETY: all indices below are < nlocalsplus (the compiler's layout).
    unsafe {
        let kwdict = if varkw {
            let d = ts.new_dict();
            set(base, total + varargs as usize, d.clone());
            Some(d)
        } else {
            None
        };
        let n = npos.min(argcount);
        for (i, a) in args[..n].iter().enumerate() {
            set(base, i, a.clone());
        }
        if varargs {
            let rest = if npos > n {
                ts.new_tuple_from(&args[n..npos])
            } else {
                ts.empty_tuple()
            };
            set(base, total, rest);
        } else if npos > argcount {
            let defaults = f.defaults.borrow().clone();
            let ndef = defaults
                .as_ref()
                .and_then(|d| d.downcast::<PyTuple>())
                .map_or(0, |t| t.len());
            let kwonly_given = (argcount..total)
                .filter(|i| kw.iter().any(|k| str_of(k) == &*co.localsplusnames[*i]))
                .count();
            let takes = if ndef > 0 {
                format!(
                    "from {} to {} positional arguments",
                    // Signed as CPython's: a code.replace()d co_argcount can be below the
                    // number of defaults.
                    argcount as i64 - ndef as i64,
                    argcount
                )
            } else {
                plural(argcount, "positional argument", "positional arguments")
            };
            let given = if kwonly_given > 0 {
                format!(
                    "{} positional argument{} (and {} keyword-only argument{}) were given",
                    npos,
                    if npos == 1 { "" } else { "s" },
                    kwonly_given,
                    if kwonly_given == 1 { "" } else { "s" }
                )
            } else if npos == 1 {
                "1 was given".to_string()
            } else {
                format!("{npos} were given")
            };
            return Err(ts.type_error(format!("{qual}() takes {takes} but {given}")));
        }
        let mut posonly_as_kw: Vec<String> = Vec::new();
        for (k, v) in kw.iter().zip(&args[npos..]) {
            if !k.is_a::<PyStr>() {
                return Err(ts.type_error(format!("{qual}() keywords must be strings")));
            }
            let name = str_of(k);
            let found = (posonly..total)
                .find(|i| c.localsplusnames[*i].is(k))
                .or_else(|| (posonly..total).find(|i| &*co.localsplusnames[*i] == name));
            match found {
                Some(j) => {
                    if get(base, j).is_some() {
                        return Err(ts.type_error(format!(
                            "{qual}() got multiple values for argument '{name}'"
                        )));
                    }
                    set(base, j, v.clone());
                }
                None => match &kwdict {
                    Some(d) => {
                        let dd = d.downcast::<PyDict>().expect("dict");
                        dd.set_item(ts, k.clone(), v.clone())?;
                    }
                    None => {
                        if (0..posonly).any(|i| &*co.localsplusnames[i] == name) {
                            posonly_as_kw.push(name.to_string());
                            continue;
                        }
                        return Err(ts.type_error(format!(
                            "{qual}() got an unexpected keyword argument '{name}'"
                        )));
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(ts.type_error(format!(
                "{qual}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            )));
        }
        if npos < argcount {
            let defaults = f.defaults.borrow().clone();
            let defs: Vec<ObjRef> = defaults
                .as_ref()
                .and_then(|d| d.downcast::<PyTuple>())
                .map_or(Vec::new(), |t| t.items().to_vec());
            let m = argcount - defs.len().min(argcount);
            let missing: Vec<String> = (npos..m)
                .filter(|i| get(base, *i).is_none())
                .map(|i| co.localsplusnames[i].to_string())
                .collect();
            if !missing.is_empty() {
                return Err(ts.type_error(format!(
                    "{qual}() missing {} required positional argument{}: {}",
                    missing.len(),
                    if missing.len() == 1 { "" } else { "s" },
                    name_list(&missing)
                )));
            }
            for i in m.max(npos)..argcount {
                if get(base, i).is_none() {
                    set(base, i, defs[i - m].clone());
                }
            }
        }
        if kwonly > 0 {
            let kwdefs = f.kwdefaults.borrow().clone();
            let mut missing = Vec::new();
            for i in argcount..total {
                if get(base, i).is_some() {
                    continue;
                }
                let v = kwdefs
                    .as_ref()
                    .and_then(|d| d.downcast::<PyDict>())
                    .and_then(|d| d.get_str(ts, &c.localsplusnames[i]));
                match v {
                    Some(v) => set(base, i, v),
                    None => missing.push(co.localsplusnames[i].to_string()),
                }
            }
            if !missing.is_empty() {
                return Err(ts.type_error(format!(
                    "{qual}() missing {} required keyword-only argument{}: {}",
                    missing.len(),
                    if missing.len() == 1 { "" } else { "s" },
                    name_list(&missing)
                )));
            }
        }
    }
    Ok(())
}

/// `ts.hooks.call_function`: a call from Rust into a Python function runs a nested eval loop.
pub fn call_function(
    ts: &ThreadState,
    func: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let vm = vm();
    // SAFETY: the thread's VM state; the frame is run to completion by `eval`.
    unsafe {
        let fr = push_function_frame(ts, vm, func, args, kw, true)?;
        crate::eval::eval(ts, vm, fr)
    }
}

/// The locals of the running frame for `locals()` and `exec`/`eval` without a mapping: the
/// frame's own mapping, or a function frame's snapshot kept on its frame object (made here),
/// so names `exec` stores in it are seen by a later `locals()` (CPython's `f_locals`).
pub fn current_locals(ts: &ThreadState) -> Option<ObjRef> {
    let vm = vm();
    // SAFETY: the thread's VM state; the index is the running frame's.
    unsafe {
        let n = (*vm).frames.len();
        if n == 0 {
            return None;
        }
        if (*vm).frames[n - 1].locals.is_none() {
            crate::frame::frame_object(ts, vm, n - 1);
        }
        Some(locals_snapshot(ts, &(*vm).frames[n - 1]))
    }
}

/// A dict of a function frame's bound locals (and cell contents), for `f_locals`/`locals()`:
/// the frame object's dict when it has one (refreshed: `PyFrame_FastToLocals`), else a new one.
pub fn locals_snapshot(ts: &ThreadState, f: &Frame) -> ObjRef {
    if let Some(l) = &f.locals {
        return l.clone();
    }
    // SAFETY: a live frame's local-plus slots start at `base`.
    unsafe { locals_snapshot_of(ts, f.code(), f.base, f.frame_obj.as_ref()) }
}

/// The `f_locals` snapshot of a function frame of `c` whose local-plus slots start at `base`
/// (a live frame's, or a suspended generator's saved ones), kept on the frame object `fo`.
///
/// # Safety
/// `base` points at `c`'s `nlocalsplus` slots, unchanged while this runs.
pub unsafe fn locals_snapshot_of(
    ts: &ThreadState,
    c: &taipan_object::types::code::PyCode,
    base: *mut Option<ObjRef>,
    fo: Option<&ObjRef>,
) -> ObjRef {
    let fo = fo.and_then(|o| o.downcast::<PyFrame>());
    let cached = fo.and_then(|p| p.locals.borrow().clone());
    let d = cached.unwrap_or_else(|| ts.new_dict());
    if let Some(p) = fo {
        *p.locals.borrow_mut() = Some(d.clone());
    }
    let dd = d.downcast::<PyDict>().expect("dict");
    for (i, name) in c.localsplusnames.iter().enumerate() {
        // SAFETY: `i` < nlocalsplus (the caller's contract).
        let v = unsafe { (*base.add(i)).clone() };
        let kind = c.code.localspluskinds[i];
        let v = match v {
            Some(v) if kind.is_cell() || kind.is_free() => match v.downcast::<PyCell>() {
                Some(cell) => cell.get(),
                None => Some(v),
            },
            v => v,
        };
        match v {
            Some(v) => {
                let _ = dd.set_item(ts, name.clone(), v);
            }
            None => {
                let _ = dd.del_item(ts, name);
            }
        }
    }
    d
}

/// `ts.hooks.frame_locals_hook`: `frame.f_locals`, fresh from the live frame if it runs.
pub fn frame_locals(ts: &ThreadState, fo: &ObjRef) -> PyResult<ObjRef> {
    let p = fo.downcast::<PyFrame>().expect("frame");
    let idx = p.vm_frame.get();
    if idx > 0 {
        // SAFETY: `vm_frame` is set while the frame is live (index + 1).
        let f = unsafe { &(*vm()).frames[idx - 1] };
        return Ok(locals_snapshot(ts, f));
    }
    Ok(p.locals.borrow().clone().unwrap_or_else(|| ts.new_dict()))
}

/// `ts.hooks.super_args`: `__class__` and the first argument of the running function.
pub fn super_args(ts: &ThreadState) -> PyResult<(ObjRef, ObjRef)> {
    // SAFETY: reading the top frame of the thread's VM.
    let f = unsafe { (*vm()).frames.last() };
    let Some(f) = f else {
        return Err(ts.runtime_error("super(): no current frame"));
    };
    let c = f.code();
    if c.code.argcount == 0 && !c.code.flags.contains(CodeFlags::VARARGS) {
        return Err(ts.runtime_error("super(): no arguments"));
    }
    // SAFETY: slot 0 exists (argcount > 0 or varargs).
    let first = unsafe { (*f.base).clone() };
    let first = match first {
        Some(v) if c.code.localspluskinds[0].is_cell() => {
            v.downcast::<PyCell>().and_then(|c| c.get())
        }
        v => v,
    };
    let Some(first) = first else {
        return Err(ts.runtime_error("super(): arg[0] deleted"));
    };
    for (i, name) in c.code.localsplusnames.iter().enumerate() {
        if &**name == "__class__" && c.code.localspluskinds[i].is_free() {
            // SAFETY: `i` < nlocalsplus.
            let cell = unsafe { (*f.base.add(i)).clone() };
            let cls = cell.and_then(|c| c.downcast::<PyCell>().and_then(|c| c.get()));
            return match cls {
                Some(cls) if cls.is_a::<taipan_object::PyType>() => Ok((cls, first)),
                Some(_) => Err(ts.runtime_error("super(): __class__ is not a type (NoneType)")),
                None => Err(ts.runtime_error("super(): empty __class__ cell")),
            };
        }
    }
    Err(ts.runtime_error("super(): __class__ cell not found"))
}

/// Runs `code` (a module or class body, or `exec`) with `globals` and a locals mapping;
/// `func` is the class-body function whose closure `COPY_FREE_VARS` copies.
pub fn run_code_in(
    ts: &ThreadState,
    code: ObjRef,
    globals: ObjRef,
    locals: Option<ObjRef>,
    func: Option<ObjRef>,
) -> PyResult<ObjRef> {
    let g = globals.downcast::<PyDict>().expect("globals");
    let builtins = match &func {
        Some(f) => f.downcast::<PyFunction>().map(|f| f.builtins.clone()),
        None => None,
    }
    .unwrap_or_else(|| ts.builtins_from_globals(g));
    let vm = vm();
    // SAFETY: the thread's VM state; the frame runs to completion.
    unsafe {
        let fr = push_frame(ts, vm, code, func, globals, builtins, locals, true)?;
        crate::eval::eval(ts, vm, fr)
    }
}

/// Raises `err` after recording that it came from Rust code called by the VM (helper for
/// the builtins: nothing to add, the eval loop adds the traceback entry).
pub fn raise<T>(err: PyErr) -> PyResult<T> {
    Err(err)
}

/// How call errors name a callable (`_PyObject_FunctionStr`): `module.qualname()`, or
/// `qualname()` for the `builtins` module and objects without `__module__`; `str(func)`
/// without `__qualname__`.
pub fn function_str(ts: &ThreadState, func: &ObjRef) -> PyResult<String> {
    let Some(qual) = taipan_object::abstract_::getattr_opt(ts, func, &ts.names.__qualname__)?
    else {
        return taipan_object::abstract_::str_string(ts, func);
    };
    let qual = taipan_object::abstract_::str_string(ts, &qual)?;
    match taipan_object::abstract_::getattr_opt(ts, func, &ts.names.__module__)? {
        Some(m) if !ts.is_none(&m) && !(m.is_a::<PyStr>() && str_of(&m) == "builtins") => Ok(
            format!("{}.{qual}()", taipan_object::abstract_::str_string(ts, &m)?),
        ),
        _ => Ok(format!("{qual}()")),
    }
}

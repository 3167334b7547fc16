//! `__build_class__(func, name, *bases, metaclass=..., **kwds)`: `__mro_entries__`, the
//! metaclass, `__prepare__`, running the class body with the namespace as its locals, the
//! metaclass call, and the `__class__` cell check.

use taipan_object::abstract_::{self as ab, str_of};
use taipan_object::args::kw_names;
use taipan_object::types::cell::PyCell;
use taipan_object::types::function::PyFunction;
use taipan_object::types::str_::PyStr;
use taipan_object::types::typetype::calculate_metaclass;
use taipan_object::{ObjRef, PyResult, PyType, ThreadState};

pub fn build_class(
    ts: &ThreadState,
    _: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let names = kw_names(kw);
    let npos = a.len() - names.len();
    if npos < 2 {
        return Err(ts.type_error("__build_class__: not enough arguments"));
    }
    let func = &a[0];
    let Some(fp) = func.downcast::<PyFunction>() else {
        return Err(ts.type_error("__build_class__: func must be a function"));
    };
    let name = &a[1];
    if !name.is_a::<PyStr>() {
        return Err(ts.type_error("__build_class__: name is not a string"));
    }
    let orig_bases: Vec<ObjRef> = a[2..npos].to_vec();
    // PEP 560: __mro_entries__.
    let mut bases = Vec::new();
    let mut changed = false;
    for b in &orig_bases {
        if !b.is_a::<PyType>()
            && let Some(m) = ab::getattr_opt(ts, b, &ts.names.__mro_entries__)?
        {
            let r = ab::call(ts, &m, &[ts.new_tuple(orig_bases.clone())])?;
            let Some(t) = r.downcast::<taipan_object::types::tuple::PyTuple>() else {
                return Err(ts.type_error("__mro_entries__ must return a tuple"));
            };
            bases.extend(t.items().iter().cloned());
            changed = true;
            continue;
        }
        bases.push(b.clone());
    }
    let mut meta: Option<ObjRef> = None;
    let mut kwargs: Vec<(ObjRef, ObjRef)> = Vec::new();
    for (k, v) in names.iter().zip(&a[npos..]) {
        if str_of(k) == "metaclass" {
            meta = Some(v.clone());
        } else {
            kwargs.push((k.clone(), v.clone()));
        }
    }
    let is_class = meta.is_none() || meta.as_ref().is_some_and(|m| m.is_a::<PyType>());
    let meta = match meta {
        Some(m) => m,
        None => match bases.first() {
            Some(b) => b.class().clone(),
            None => ts.types.type_.clone(),
        },
    };
    let meta = if is_class {
        calculate_metaclass(ts, &meta, &bases)?
    } else {
        meta
    };
    let bases_t = ts.new_tuple(bases);
    let kw_keys: Vec<ObjRef> = kwargs.iter().map(|(k, _)| k.clone()).collect();
    let kw_vals: Vec<ObjRef> = kwargs.iter().map(|(_, v)| v.clone()).collect();
    let kwn = (!kw_keys.is_empty()).then(|| ts.new_tuple(kw_keys));
    let ns = match ab::getattr_opt(ts, &meta, &ts.names.__prepare__)? {
        Some(p) => {
            let mut args = vec![name.clone(), bases_t.clone()];
            args.extend(kw_vals.iter().cloned());
            ab::vectorcall(ts, &p, &args, kwn.as_ref())?
        }
        None => ts.new_dict(),
    };
    if ns.typ().slots().getitem.is_none() {
        return Err(ts.type_error(format!(
            "{}.__prepare__() must return a mapping, not {}",
            if meta.is_a::<PyType>() {
                meta.typ_payload().name().to_string()
            } else {
                "<metaclass>".to_string()
            },
            ns.typ().name()
        )));
    }
    let code = fp.code_obj();
    let cell = crate::call::run_code_in(
        ts,
        code,
        fp.globals.clone(),
        Some(ns.clone()),
        Some(func.clone()),
    )?;
    if changed {
        ab::setitem(
            ts,
            &ns,
            &ts.intern("__orig_bases__"),
            Some(&ts.new_tuple(orig_bases)),
        )?;
    }
    let mut args = vec![name.clone(), bases_t, ns];
    args.extend(kw_vals);
    let cls = ab::vectorcall(ts, &meta, &args, kwn.as_ref())?;
    if let Some(c) = cell.downcast::<PyCell>()
        && cls.is_a::<PyType>()
    {
        match c.get() {
            Some(v) if v.is(&cls) => {}
            Some(v) => {
                return Err(ts.type_error(format!(
                    "__class__ set to {} defining {} as {}",
                    ab::repr_string(ts, &v)?,
                    ab::repr_string(ts, name)?,
                    ab::repr_string(ts, &cls)?
                )));
            }
            None => {
                return Err(ts.runtime_error(format!(
                    "__class__ not set defining {} as {}. Was __classcell__ propagated to type.__new__?",
                    ab::repr_string(ts, name)?,
                    ab::repr_string(ts, &cls)?
                )));
            }
        }
    }
    Ok(cls)
}

/// `ts.hooks.current_globals`: the running frame's globals.
pub fn current_globals(_: &ThreadState) -> Option<ObjRef> {
    // SAFETY: reading the running frame.
    unsafe {
        (*crate::frame::vm())
            .frames
            .last()
            .map(|f| f.globals.clone())
    }
}

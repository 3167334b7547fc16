//! `functools.partial`: the stored function, positional arguments and keywords, called by
//! vectorcall (the stored and the new arguments joined in one vector, no tuple or dict made
//! when there are no keywords); nested partials are flattened; CPython's repr, `__reduce__`
//! and `__setstate__`; instances have a `__dict__`.

use std::cell::{Cell, RefCell};

use taipan_object::abstract_ as ab;
use taipan_object::args::kw_names;
use taipan_object::dict_offset;
use taipan_object::typeobj::{GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags};
use taipan_object::types::dict::PyDict;
use taipan_object::types::tuple::PyTuple;
use taipan_object::{ObjRef, PyPayload, PyResult, ThreadState, alloc_object};

pub struct Partial {
    func: RefCell<ObjRef>,
    /// A tuple.
    args: RefCell<ObjRef>,
    /// A dict.
    kw: RefCell<ObjRef>,
    dict: Cell<Option<ObjRef>>,
}
impl PyPayload for Partial {}

fn this(o: &ObjRef) -> &Partial {
    o.downcast::<Partial>().expect("partial")
}

fn partial_new(
    ts: &ThreadState,
    cls: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let names = kw_names(kw);
    let npos = args.len() - names.len();
    if npos < 1 {
        return Err(ts.type_error("type 'partial' takes at least one argument"));
    }
    let mut func = args[0].clone();
    let mut pargs: Vec<ObjRef> = Vec::new();
    let newkw = ts.new_dict();
    let nd = newkw.downcast::<PyDict>().expect("dict");
    if let Some(p) = func.downcast::<Partial>()
        && func.class().is(&crate::modules::common::type_of(ts, &SPEC))
    {
        let d = p.dict.take();
        let has_dict = d.is_some();
        p.dict.set(d);
        if !has_dict {
            pargs.extend(
                p.args
                    .borrow()
                    .downcast::<PyTuple>()
                    .expect("tuple")
                    .items()
                    .iter()
                    .cloned(),
            );
            nd.update_from(ts, p.kw.borrow().downcast::<PyDict>().expect("dict"))?;
            let inner = p.func.borrow().clone();
            func = inner;
        }
    }
    if func.typ().slots().call.is_none() {
        return Err(ts.type_error("the first argument must be callable"));
    }
    pargs.extend(args[1..npos].iter().cloned());
    for (k, v) in names.iter().zip(&args[npos..]) {
        nd.set_item(ts, k.clone(), v.clone())?;
    }
    Ok(alloc_object(
        ts,
        cls,
        Partial {
            func: RefCell::new(func),
            args: RefCell::new(ts.new_tuple(pargs)),
            kw: RefCell::new(newkw),
            dict: Cell::new(None),
        },
    ))
}

fn partial_call(
    ts: &ThreadState,
    o: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let p = this(o);
    let func = p.func.borrow().clone();
    let stored = p.args.borrow().clone();
    let stored = stored.downcast::<PyTuple>().expect("tuple").items();
    let pkw = p.kw.borrow().clone();
    let pkw = pkw.downcast::<PyDict>().expect("dict");
    let names = kw_names(kw);
    if pkw.is_empty() {
        if stored.is_empty() {
            return ab::vectorcall(ts, &func, args, kw);
        }
        let mut all = Vec::with_capacity(stored.len() + args.len());
        all.extend(stored.iter().cloned());
        all.extend(args.iter().cloned());
        return ab::vectorcall(ts, &func, &all, kw);
    }
    let npos = args.len() - names.len();
    let merged = ts.new_dict();
    let md = merged.downcast::<PyDict>().expect("dict");
    md.update_from(ts, pkw)?;
    for (k, v) in names.iter().zip(&args[npos..]) {
        md.set_item(ts, k.clone(), v.clone())?;
    }
    let mut all = Vec::with_capacity(stored.len() + npos + md.len());
    all.extend(stored.iter().cloned());
    all.extend(args[..npos].iter().cloned());
    let mut knames = Vec::with_capacity(md.len());
    for (k, v) in md.items() {
        knames.push(k);
        all.push(v);
    }
    let kt = ts.new_tuple(knames);
    ab::vectorcall(ts, &func, &all, Some(&kt))
}

fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    if !ts.repr_enter(o) {
        return Ok(ts.new_str("..."));
    }
    let r = (|| {
        let p = this(o);
        let mut s = format!("{}(", o.typ().name());
        s.push_str(&ab::repr_string(ts, &p.func.borrow().clone())?);
        let args = p.args.borrow().clone();
        for a in args.downcast::<PyTuple>().expect("tuple").items() {
            s.push_str(", ");
            s.push_str(&ab::repr_string(ts, a)?);
        }
        let kw = p.kw.borrow().clone();
        for (k, v) in kw.downcast::<PyDict>().expect("dict").items() {
            s.push_str(", ");
            s.push_str(&ab::str_string(ts, &k)?);
            s.push('=');
            s.push_str(&ab::repr_string(ts, &v)?);
        }
        s.push(')');
        Ok(ts.new_string(s))
    })();
    ts.repr_leave(o);
    r
}

fn get_dict_opt(o: &ObjRef) -> Option<ObjRef> {
    let p = this(o);
    let d = p.dict.take();
    p.dict.set(d.clone());
    d
}

fn reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let p = this(o);
    let func = p.func.borrow().clone();
    let state = ts.new_tuple(vec![
        func.clone(),
        p.args.borrow().clone(),
        p.kw.borrow().clone(),
        get_dict_opt(o).unwrap_or_else(|| ts.none()),
    ]);
    Ok(ts.new_tuple(vec![o.class().clone(), ts.new_tuple(vec![func]), state]))
}

fn setstate(ts: &ThreadState, o: &ObjRef, state: &ObjRef) -> PyResult<ObjRef> {
    let bad = || ts.type_error("invalid partial state");
    let t = state.downcast::<PyTuple>().ok_or_else(bad)?;
    let [f, a, k, d] = t.items() else {
        return Err(bad());
    };
    if f.typ().slots().call.is_none()
        || !a.is_a::<PyTuple>()
        || !(ts.is_none(k) || k.is_a::<PyDict>())
    {
        return Err(ts.type_error("invalid partial state"));
    }
    let p = this(o);
    p.func.replace(f.clone());
    // An exact tuple and an exact dict are kept as they are (so `copy.copy` shares them).
    p.args.replace(if a.is_exact(&ts.types.tuple) {
        a.clone()
    } else {
        ts.new_tuple_from(a.downcast::<PyTuple>().expect("tuple").items())
    });
    let kw = if k.is_exact(&ts.types.dict) {
        k.clone()
    } else {
        let kw = ts.new_dict();
        if let Some(kd) = k.downcast::<PyDict>() {
            kw.downcast::<PyDict>().expect("dict").update_from(ts, kd)?;
        }
        kw
    };
    p.kw.replace(kw);
    p.dict
        .set(if ts.is_none(d) { None } else { Some(d.clone()) });
    Ok(ts.none())
}

fn class_getitem(ts: &ThreadState, cls: &ObjRef, arg: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_generic_alias(cls.clone(), arg.clone()))
}

fn get_func(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(this(o).func.borrow().clone())
}
fn get_args(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(this(o).args.borrow().clone())
}
fn get_keywords(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(this(o).kw.borrow().clone())
}

fn traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let p = this(o);
    visit(&p.func.borrow());
    visit(&p.args.borrow());
    visit(&p.kw.borrow());
    let d = p.dict.take();
    if let Some(d) = &d {
        visit(d);
    }
    p.dict.set(d);
}

fn clear(ts: &ThreadState, o: &ObjRef) {
    let p = this(o);
    let old = (
        p.func.replace(ts.none()),
        p.args.replace(ts.empty_tuple()),
        p.kw.replace(ts.new_dict()),
        p.dict.take(),
    );
    drop(old);
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("__reduce__", Meth::NoArgs(reduce)),
    MethodDef::new("__setstate__", Meth::O(setstate)),
    MethodDef::class("__class_getitem__", Meth::O(class_getitem)),
];

static GETSETS: &[GetSetDef] = &[
    GetSetDef::ro("func", get_func),
    GetSetDef::ro("args", get_args),
    GetSetDef::ro("keywords", get_keywords),
];

pub static SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC | flags::BASETYPE | flags::WEAKREFABLE,
    slots: Slots {
        new: Some(partial_new),
        call: Some(partial_call),
        repr: Some(repr),
        traverse: Some(traverse),
        clear: Some(clear),
        ..Slots::NONE
    },
    methods: &[METHODS],
    getsets: GETSETS,
    dictoffset: dict_offset!(Partial, dict),
    doc: "partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n",
    ..TypeSpec::new("functools.partial", PayloadInfo::of::<Partial>())
};

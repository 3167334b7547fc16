//! `BaseExceptionGroup`/`ExceptionGroup` (PEP 654, CPython 3.11's `exceptions.c`): the
//! constructor's rules and messages (the class chosen by `BaseExceptionGroup(...)`, no
//! `BaseException` nested in an `ExceptionGroup`), `message`/`exceptions`, the str
//! `msg (N sub-exceptions)`, `split`/`subgroup`/`derive` with the metadata copied to each
//! part, and the `except*` helpers the VM's `CHECK_EG_MATCH`/`PREP_RERAISE_STAR` call.

use crate::abstract_ as ab;
use crate::args;
use crate::error::{PyErr, PyResult};
use crate::header::ObjRef;
use crate::thread::ThreadState;
use crate::typeobj::{GetSetDef, Meth, MethodDef, PyType, type_check};
use crate::types::dict::PyDict;
use crate::types::exceptions::PyBaseException;
use crate::types::tuple::PyTuple;

fn dict_get(ts: &ThreadState, e: &ObjRef, name: &str) -> Option<ObjRef> {
    crate::attr::instance_dict(ts, e)?
        .downcast::<PyDict>()?
        .get_str_rs(ts, name)
}

/// Whether `o` is an exception group instance.
pub fn is_group(ts: &ThreadState, o: &ObjRef) -> bool {
    type_check(o, &ts.exc.base_exception_group)
}

/// Part `i` of a group's payload (0: the message, 1: the exceptions tuple).
fn part(eg: &ObjRef, i: usize) -> Option<ObjRef> {
    eg.downcast::<PyBaseException>()?
        .group
        .borrow()
        .as_ref()
        .map(|g| g[i].clone())
}

/// The sub-exceptions of a group.
pub fn exceptions(_ts: &ThreadState, eg: &ObjRef) -> Vec<ObjRef> {
    part(eg, 1)
        .and_then(|t| t.downcast::<PyTuple>().map(|t| t.items().to_vec()))
        .unwrap_or_default()
}

/// The message of a group.
pub fn message(ts: &ThreadState, eg: &ObjRef) -> ObjRef {
    part(eg, 0).unwrap_or_else(|| ts.empty_str())
}

/// `BaseExceptionGroup.__new__`.
pub fn new(ts: &ThreadState, ty: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    let n = a.len() - args::kw_names(kw).len();
    let name = ty.typ_payload().name().to_string();
    if n != 2 {
        return Err(ts.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({n} given)"
        )));
    }
    let msg = &a[0];
    if !msg.is_a::<crate::types::str_::PyStr>() {
        return Err(ts.type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            msg.typ().name()
        )));
    }
    let seq = &a[1];
    let is_seq = seq.is_a::<PyTuple>()
        || seq.is_a::<crate::types::list::PyList>()
        || (seq.typ().slots().getitem.is_some()
            && seq.typ().slots().len.is_some()
            && !seq.is_a::<PyDict>());
    if !is_seq {
        return Err(ts.type_error("second argument (exceptions) must be a sequence"));
    }
    let excs = ab::collect(ts, seq)?;
    if excs.is_empty() {
        return Err(ts.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut nested_base = false;
    for (i, e) in excs.iter().enumerate() {
        if !e.is_a::<PyBaseException>() {
            return Err(ts.value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        if !type_check(e, &ts.exc.exception) {
            nested_base = true;
        }
    }
    let mut cls = ty.clone();
    if ty.is(&ts.exc.base_exception_group) {
        if !nested_base {
            cls = ts.exc.exception_group.clone();
        }
    } else if ty.is(&ts.exc.exception_group) {
        if nested_base {
            return Err(ts.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if nested_base && ty.typ_payload().is_subtype(&ts.exc.exception) {
        return Err(ts.type_error(format!("Cannot nest BaseExceptions in '{name}'")));
    }
    let e = crate::types::exceptions::new_exception(
        ts,
        &cls,
        ts.new_tuple(vec![msg.clone(), seq.clone()]),
    );
    if let Some(p) = e.downcast::<PyBaseException>() {
        let old = p.group.replace(Some([msg.clone(), ts.new_tuple(excs)]));
        drop(old);
    }
    Ok(e)
}

/// `str(eg)`: `msg (N sub-exception[s])`.
pub fn str_(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let n = exceptions(ts, o).len();
    let m = ab::str_string(ts, &message(ts, o))?;
    Ok(ts.new_string(format!(
        "{m} ({n} sub-exception{})",
        if n == 1 { "" } else { "s" }
    )))
}

/// What `split`/`subgroup` match with.
pub enum Matcher {
    Type(ObjRef),
    Predicate(ObjRef),
    Ids(Vec<usize>),
}

fn matcher_of(ts: &ThreadState, v: &ObjRef) -> PyResult<Matcher> {
    let is_exc_type = |c: &ObjRef| {
        c.downcast::<PyType>()
            .is_some_and(|t| t.is_subtype(&ts.exc.base_exception))
    };
    if is_exc_type(v)
        || v.downcast::<PyTuple>()
            .is_some_and(|t| t.items().iter().all(is_exc_type))
    {
        return Ok(Matcher::Type(v.clone()));
    }
    if v.typ().slots().call.is_some() && !v.is_a::<PyType>() {
        return Ok(Matcher::Predicate(v.clone()));
    }
    Err(ts.type_error("expected a function, exception type or tuple of exception types"))
}

fn matches(ts: &ThreadState, e: &ObjRef, m: &Matcher) -> PyResult<bool> {
    match m {
        Matcher::Type(t) => ab::is_instance(ts, e, t),
        Matcher::Predicate(f) => {
            let r = ab::call(ts, f, std::slice::from_ref(e))?;
            ab::is_true(ts, &r)
        }
        Matcher::Ids(ids) => Ok(ids.contains(&e.id())),
    }
}

/// `derive` then copy `__traceback__`, `__context__`, `__cause__` and a copy of `__notes__`.
fn subset(ts: &ThreadState, orig: &ObjRef, excs: Vec<ObjRef>) -> PyResult<Option<ObjRef>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let eg = ab::call_method(ts, orig, "derive", &[ts.new_list(excs)])?;
    if !is_group(ts, &eg) {
        return Err(ts.type_error("derive must return an instance of BaseExceptionGroup"));
    }
    let (p, q) = (
        orig.downcast::<PyBaseException>().expect("exception"),
        eg.downcast::<PyBaseException>().expect("exception"),
    );
    *q.traceback.borrow_mut() = p.traceback.borrow().clone();
    *q.context.borrow_mut() = p.context.borrow().clone();
    *q.cause.borrow_mut() = p.cause.borrow().clone();
    if let Some(notes) = ab::getattr_opt(ts, orig, &ts.names.__notes__)? {
        let copy = ts.new_list(ab::collect(ts, &notes)?);
        ab::setattr(ts, &eg, &ts.names.__notes__, Some(&copy))?;
    }
    Ok(Some(eg))
}

/// `(match, rest)` of splitting `exc` by `m` (rest only if `with_rest`).
pub fn split_recursive(
    ts: &ThreadState,
    exc: &ObjRef,
    m: &Matcher,
    with_rest: bool,
) -> PyResult<(Option<ObjRef>, Option<ObjRef>)> {
    if matches(ts, exc, m)? {
        return Ok((Some(exc.clone()), None));
    }
    if !is_group(ts, exc) {
        return Ok((None, with_rest.then(|| exc.clone())));
    }
    let mut ml = Vec::new();
    let mut rl = Vec::new();
    for e in exceptions(ts, exc) {
        let (a, b) = split_recursive(ts, &e, m, with_rest)?;
        ml.extend(a);
        rl.extend(b);
    }
    let mm = subset(ts, exc, ml)?;
    let rr = if with_rest {
        subset(ts, exc, rl)?
    } else {
        None
    };
    Ok((mm, rr))
}

fn split(ts: &ThreadState, o: &ObjRef, v: &ObjRef) -> PyResult<ObjRef> {
    let m = matcher_of(ts, v)?;
    let (a, b) = split_recursive(ts, o, &m, true)?;
    Ok(ts.new_tuple(vec![
        a.unwrap_or_else(|| ts.none()),
        b.unwrap_or_else(|| ts.none()),
    ]))
}
fn subgroup(ts: &ThreadState, o: &ObjRef, v: &ObjRef) -> PyResult<ObjRef> {
    let m = matcher_of(ts, v)?;
    let (a, _) = split_recursive(ts, o, &m, false)?;
    Ok(a.unwrap_or_else(|| ts.none()))
}
fn derive(ts: &ThreadState, o: &ObjRef, excs: &ObjRef) -> PyResult<ObjRef> {
    new(
        ts,
        &ts.exc.base_exception_group,
        &[message(ts, o), excs.clone()],
        None,
    )
}
fn get_message(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(message(ts, o))
}
fn get_exceptions(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(part(o, 1).unwrap_or_else(|| ts.empty_tuple()))
}

pub static METHODS: [MethodDef; 4] = [
    MethodDef::new("split", Meth::O(split)),
    MethodDef::new("subgroup", Meth::O(subgroup)),
    MethodDef::new("derive", Meth::O(derive)),
    MethodDef::class(
        "__class_getitem__",
        Meth::O(crate::types::genericalias::class_getitem),
    ),
];
pub static GETSETS: [GetSetDef; 2] = [
    GetSetDef {
        name: "message",
        get: get_message,
        set: None,
        doc: "exception message",
    },
    GetSetDef {
        name: "exceptions",
        get: get_exceptions,
        set: None,
        doc: "nested exceptions",
    },
];

/// Installs the group's slots, methods and attributes on `BaseExceptionGroup`.
pub fn ready(ts: &ThreadState) {
    let ty = &ts.exc.base_exception_group;
    for t in [ty, &ts.exc.exception_group] {
        let s = t.typ_payload().slots_mut();
        s.new = Some(new);
        s.str = Some(str_);
    }
    let d = ty.typ_payload().dict_payload();
    // Its own `__new__` (`super().__new__(cls, ...)` in a subclass must reach it).
    let _ = d.set_item_str(
        ts,
        "__new__",
        crate::types::descr::new_tp_new_wrapper(ts, ty),
    );
    for m in METHODS.iter() {
        let _ = d.set_item_str(ts, m.name, crate::types::descr::new_method_descr(ts, ty, m));
    }
    for g in GETSETS.iter() {
        let _ = d.set_item_str(ts, g.name, crate::types::descr::new_getset_descr(ts, ty, g));
    }
}

// ---- except* (the VM's CHECK_EG_MATCH and PREP_RERAISE_STAR) ----

/// `check_except_star_type_valid`.
fn check_star_type(ts: &ThreadState, t: &ObjRef) -> PyResult<()> {
    let items = match t.downcast::<PyTuple>() {
        Some(tu) => tu.items().to_vec(),
        None => vec![t.clone()],
    };
    for c in &items {
        let Some(ct) = c.downcast::<PyType>() else {
            return Err(ts.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        };
        if !ct.is_subtype(&ts.exc.base_exception) {
            return Err(ts.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        if ct.is_subtype(&ts.exc.base_exception_group) {
            return Err(ts.type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            ));
        }
    }
    Ok(())
}

/// `CHECK_EG_MATCH`: `(rest-or-exc, match-or-None)`; a match becomes the handled exception.
pub fn check_eg_match(ts: &ThreadState, exc: &ObjRef, cls: &ObjRef) -> PyResult<(ObjRef, ObjRef)> {
    check_star_type(ts, cls)?;
    if ts.is_none(exc) {
        return Ok((exc.clone(), ts.none()));
    }
    let (m, rest) = if ab::is_instance(ts, exc, cls)? {
        if is_group(ts, exc) {
            (Some(exc.clone()), None)
        } else {
            let wrapped = new(
                ts,
                &ts.exc.base_exception_group,
                &[ts.empty_str(), ts.new_tuple(vec![exc.clone()])],
                None,
            )?;
            let tb = exc
                .downcast::<PyBaseException>()
                .and_then(|p| p.traceback.borrow().clone());
            if let Some(p) = wrapped.downcast::<PyBaseException>() {
                *p.traceback.borrow_mut() = tb;
            }
            (Some(wrapped), None)
        }
    } else if is_group(ts, exc) {
        split_recursive(ts, exc, &Matcher::Type(cls.clone()), true)?
    } else {
        (None, None)
    };
    match m {
        None => Ok((exc.clone(), ts.none())),
        Some(m) => {
            *ts.exc_info.borrow_mut() = Some(m.clone());
            Ok((rest.unwrap_or_else(|| ts.none()), m))
        }
    }
}

fn leaf_ids(ts: &ThreadState, e: &ObjRef, out: &mut Vec<usize>) {
    if is_group(ts, e) {
        for x in exceptions(ts, e) {
            leaf_ids(ts, &x, out);
        }
    } else {
        out.push(e.id());
    }
}

fn same_metadata(a: &ObjRef, b: &ObjRef, ts: &ThreadState) -> bool {
    let (Some(p), Some(q)) = (
        a.downcast::<PyBaseException>(),
        b.downcast::<PyBaseException>(),
    ) else {
        return false;
    };
    let same = |x: &Option<ObjRef>, y: &Option<ObjRef>| match (x, y) {
        (Some(x), Some(y)) => x.is(y),
        (None, None) => true,
        _ => false,
    };
    same(&p.traceback.borrow(), &q.traceback.borrow())
        && same(&p.cause.borrow(), &q.cause.borrow())
        && same(&p.context.borrow(), &q.context.borrow())
        && same(&dict_get(ts, a, "__notes__"), &dict_get(ts, b, "__notes__"))
}

/// `PREP_RERAISE_STAR` (`_PyExc_PrepReraiseStar`): what leaves a `try`/`except*`.
pub fn prep_reraise_star(ts: &ThreadState, orig: &ObjRef, excs: &ObjRef) -> PyResult<ObjRef> {
    let excs = ab::collect(ts, excs)?;
    if excs.is_empty() {
        return Ok(ts.none());
    }
    if !is_group(ts, orig) {
        return Ok(excs[0].clone());
    }
    let mut raised = Vec::new();
    let mut reraised = Vec::new();
    for e in excs.into_iter().filter(|e| !ts.is_none(e)) {
        if same_metadata(&e, orig, ts) {
            reraised.push(e);
        } else {
            raised.push(e);
        }
    }
    let mut ids = Vec::new();
    for e in &reraised {
        leaf_ids(ts, e, &mut ids);
    }
    let reraised_eg = if reraised.is_empty() {
        None
    } else {
        split_recursive(ts, orig, &Matcher::Ids(ids), false)?.0
    };
    if raised.is_empty() {
        return Ok(reraised_eg.unwrap_or_else(|| ts.none()));
    }
    raised.extend(reraised_eg);
    if raised.len() > 1 {
        new(
            ts,
            &ts.exc.base_exception_group,
            &[ts.empty_str(), ts.new_list(raised)],
            None,
        )
    } else {
        Ok(raised.remove(0))
    }
}

/// Re-exported for the VM: an error made from a value.
pub fn err(e: ObjRef) -> PyErr {
    PyErr::from_instance(e)
}

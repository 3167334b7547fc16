//! The `gc` module: `collect`, `enable`/`disable`/`isenabled`, `get_count`,
//! `get_threshold`/`set_threshold`, `is_tracked`/`is_finalized`, `get_referents`/`get_referrers`,
//! `get_objects`, `freeze`/`unfreeze`/`get_freeze_count`, `get_stats`, `garbage` and
//! `callbacks` (called by the collector at each start and stop), over the `taipan-gc` collector.

use taipan_object::abstract_ as ab;
use taipan_object::args;
use taipan_object::header::{GC_FINALIZED, GC_TRACKED};
use taipan_object::typeobj::{Meth, MethodDef};
use taipan_object::types::dict::PyDict;
use taipan_object::types::module::PyModule;
use taipan_object::{ObjRef, PyResult, ThreadState};

/// The `gc` module object: its functions, plus the `garbage` and `callbacks` lists.
pub fn make(ts: &ThreadState) -> ObjRef {
    let m = ts.new_builtin_module("gc", FUNCTIONS);
    if let Some(p) = m.downcast::<PyModule>()
        && let Some(d) = p.dict().downcast::<PyDict>()
    {
        let _ = d.set_item_str(ts, "garbage", ts.new_list(Vec::new()));
        let callbacks = ts.new_list(Vec::new());
        *ts.gc.callbacks.borrow_mut() = Some(callbacks.clone());
        let _ = d.set_item_str(ts, "callbacks", callbacks);
    }
    m
}

/// The GC-head flags of `o`, or `None` for a type without HAVE_GC.
fn head_flags(o: &ObjRef) -> Option<usize> {
    if !o.typ().is_gc() {
        return None;
    }
    // SAFETY: the type has HAVE_GC, so the object has a head.
    Some(unsafe { o.gc_head() }.flags())
}
fn is_tracked(ts: &ThreadState, _: &ObjRef, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.bool_obj(head_flags(o).is_some_and(|f| f & GC_TRACKED != 0)))
}
fn is_finalized(ts: &ThreadState, _: &ObjRef, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.bool_obj(head_flags(o).is_some_and(|f| f & GC_FINALIZED != 0)))
}
fn get_referents(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let mut out = Vec::new();
    for o in a {
        if head_flags(o).is_some() {
            taipan_gc::traverse(o, &mut |r| out.push(r.clone()));
        }
    }
    Ok(ts.new_list(out))
}
fn get_referrers(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let ids: Vec<usize> = a.iter().map(|o| o.id()).collect();
    let out = taipan_gc::referrers(ts, &ids);
    Ok(ts.new_list(out))
}

fn collect(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC: args::ArgSpec = args::ArgSpec {
        fname: "collect",
        names: &["generation"],
        required: 0,
        posonly: 0,
        kwonly: 1,
    };
    let [g] = args::parse::<1>(ts, &SPEC, a, kw)?;
    let g = match g {
        Some(g) => ab::index_isize(ts, &g)?,
        None => 2,
    };
    if !(0..=2).contains(&g) {
        return Err(ts.value_error("invalid generation"));
    }
    let was = ts.gc.collecting.replace(false);
    let n = taipan_gc::collect(ts, g as usize);
    ts.gc.collecting.set(was);
    Ok(ts.new_int(n as i64))
}
fn enable(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    ts.gc.enabled.set(true);
    Ok(ts.none())
}
fn disable(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    ts.gc.enabled.set(false);
    Ok(ts.none())
}
fn isenabled(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.bool_obj(ts.gc.enabled.get()))
}
fn get_count(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    let (a, b, c) = taipan_gc::get_count(ts);
    Ok(ts.new_tuple(vec![
        ts.new_int(a as i64),
        ts.new_int(b as i64),
        ts.new_int(c as i64),
    ]))
}
fn get_threshold(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    let t = &ts.gc.thresholds;
    Ok(ts.new_tuple(t.iter().map(|x| ts.new_int(x.get() as i64)).collect()))
}
fn set_threshold(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    if a.is_empty() || a.len() > 3 {
        let (bound, n) = if a.is_empty() {
            ("least 1 argument", 0)
        } else {
            ("most 3 arguments", a.len())
        };
        return Err(ts.type_error(format!("set_threshold() takes at {bound} ({n} given)")));
    }
    for (i, x) in a.iter().enumerate() {
        ts.gc.thresholds[i].set(ab::index_isize(ts, x)?);
    }
    Ok(ts.none())
}

fn get_objects(
    ts: &ThreadState,
    _: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    static SPEC: args::ArgSpec = args::ArgSpec {
        fname: "get_objects",
        names: &["generation"],
        required: 0,
        posonly: 0,
        kwonly: 1,
    };
    let [g] = args::parse::<1>(ts, &SPEC, a, kw)?;
    let g = match g.filter(|g| !ts.is_none(g)) {
        Some(g) => Some(ab::index_isize(ts, &g)?),
        None => None,
    };
    let g = match g {
        Some(g) if g >= 3 => {
            return Err(ts.value_error(
                "generation parameter must be less than the number of available generations (3)",
            ));
        }
        Some(g) if g < 0 => {
            return Err(ts.value_error("generation parameter cannot be negative"));
        }
        g => g.map(|g| g as usize),
    };
    Ok(ts.new_list(taipan_gc::objects(ts, g)))
}
fn freeze(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    taipan_gc::freeze(ts);
    Ok(ts.none())
}
fn unfreeze(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    taipan_gc::unfreeze(ts);
    Ok(ts.none())
}
fn get_freeze_count(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(taipan_gc::freeze_count(ts) as i64))
}
fn get_stats(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    let mut out = Vec::new();
    for s in &ts.gc.stats {
        let (runs, collected) = s.get();
        let d = ts.new_dict();
        if let Some(p) = d.downcast::<PyDict>() {
            p.set_item_str(ts, "collections", ts.new_int(runs as i64))?;
            p.set_item_str(ts, "collected", ts.new_int(collected as i64))?;
            p.set_item_str(ts, "uncollectable", ts.new_int(0))?;
        }
        out.push(d);
    }
    Ok(ts.new_list(out))
}

pub static FUNCTIONS: &[MethodDef] = &[
    MethodDef::new("get_objects", Meth::FastKw(get_objects)),
    MethodDef::new("freeze", Meth::NoArgs(freeze)),
    MethodDef::new("unfreeze", Meth::NoArgs(unfreeze)),
    MethodDef::new("get_freeze_count", Meth::NoArgs(get_freeze_count)),
    MethodDef::new("get_stats", Meth::NoArgs(get_stats)),
    MethodDef::new("collect", Meth::FastKw(collect)),
    MethodDef::new("enable", Meth::NoArgs(enable)),
    MethodDef::new("disable", Meth::NoArgs(disable)),
    MethodDef::new("isenabled", Meth::NoArgs(isenabled)),
    MethodDef::new("get_count", Meth::NoArgs(get_count)),
    MethodDef::new("get_threshold", Meth::NoArgs(get_threshold)),
    MethodDef::new("set_threshold", Meth::Fast(set_threshold)),
    MethodDef::new("is_tracked", Meth::O(is_tracked)),
    MethodDef::new("is_finalized", Meth::O(is_finalized)),
    MethodDef::new("get_referents", Meth::Fast(get_referents)),
    MethodDef::new("get_referrers", Meth::Fast(get_referrers)),
];

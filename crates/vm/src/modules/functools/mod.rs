//! The `_functools` module (CPython's `Modules/_functoolsmodule.c`): `reduce`, `cmp_to_key`
//! and its `KeyWrapper` (here), `partial` (`partial.rs`) and `_lru_cache_wrapper`
//! (`lru.rs`, what `functools.lru_cache` and `cache` return).

mod lru;
mod partial;

use taipan_object::abstract_ as ab;
use taipan_object::args::check_positional;
use taipan_object::typeobj::{CompareOp, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags};
use taipan_object::{ObjRef, PyPayload, PyResult, ThreadState, alloc_object};

use super::common::{add_type, split_kw, type_of};

/// `reduce(function, iterable[, initial])`.
fn reduce(ts: &ThreadState, _: &ObjRef, args: &[ObjRef]) -> PyResult<ObjRef> {
    check_positional(ts, "reduce", args.len(), 2, 3)?;
    let it = ab::iter(ts, &args[1]).map_err(|e| {
        if e.matches(&ts.exc.type_error) {
            ts.type_error("reduce() arg 2 must support iteration")
        } else {
            e
        }
    })?;
    let mut acc = args.get(2).cloned();
    while let Some(v) = ab::next(ts, &it)? {
        acc = Some(match acc {
            None => v,
            Some(a) => ab::call(ts, &args[0], &[a, v])?,
        });
    }
    acc.ok_or_else(|| ts.type_error("reduce() of empty iterable with no initial value"))
}

// ---- cmp_to_key ----

pub struct KeyWrapper {
    cmp: ObjRef,
    obj: Option<ObjRef>,
}
impl PyPayload for KeyWrapper {}

fn cmp_to_key(
    ts: &ThreadState,
    _: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let (pos, kws) = split_kw(args, kw);
    let mut cmp = pos.first().cloned();
    check_positional(ts, "cmp_to_key", pos.len(), 0, 1)?;
    for (k, v) in kws {
        if k == "mycmp" && cmp.is_none() {
            cmp = Some(v.clone());
        } else {
            return Err(ts.type_error(format!(
                "cmp_to_key() got an unexpected keyword argument '{k}'"
            )));
        }
    }
    let Some(cmp) = cmp else {
        return Err(ts.type_error("cmp_to_key() missing required argument 'mycmp' (pos 1)"));
    };
    Ok(alloc_object(
        ts,
        &type_of(ts, &KEY_SPEC),
        KeyWrapper { cmp, obj: None },
    ))
}

fn key_call(
    ts: &ThreadState,
    o: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let (pos, kws) = split_kw(args, kw);
    let mut obj = pos.first().cloned();
    if pos.len() > 1 {
        return Err(ts.type_error(format!(
            "K() takes at most 1 argument ({} given)",
            pos.len()
        )));
    }
    for (k, v) in kws {
        if k == "obj" && obj.is_none() {
            obj = Some(v.clone());
        } else {
            return Err(ts.type_error(format!("'{k}' is an invalid keyword argument for K()")));
        }
    }
    let Some(obj) = obj else {
        return Err(ts.type_error("K() missing required argument 'obj' (pos 1)"));
    };
    let k = o.downcast::<KeyWrapper>().expect("KeyWrapper");
    Ok(alloc_object(
        ts,
        o.class(),
        KeyWrapper {
            cmp: k.cmp.clone(),
            obj: Some(obj),
        },
    ))
}

fn key_richcompare(ts: &ThreadState, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    let x = a.downcast::<KeyWrapper>().expect("KeyWrapper");
    let Some(y) = b.downcast::<KeyWrapper>() else {
        return Err(ts.type_error("other argument must be K instance"));
    };
    let (Some(xo), Some(yo)) = (&x.obj, &y.obj) else {
        return Err(ts.attribute_error("object"));
    };
    let r = ab::call(ts, &x.cmp, &[xo.clone(), yo.clone()])?;
    ab::rich_compare(ts, &r, &ts.new_int(0), op)
}

fn key_obj(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    o.downcast::<KeyWrapper>()
        .expect("KeyWrapper")
        .obj
        .clone()
        .ok_or_else(|| ts.attribute_error("obj"))
}

fn key_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let k = o.downcast::<KeyWrapper>().expect("KeyWrapper");
    visit(&k.cmp);
    if let Some(v) = &k.obj {
        visit(v);
    }
}

static KEY_GETSETS: &[taipan_object::typeobj::GetSetDef] =
    &[taipan_object::typeobj::GetSetDef::ro("obj", key_obj)];

pub static KEY_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: Slots {
        call: Some(key_call),
        richcompare: Some(key_richcompare),
        hash: Some(taipan_object::types::object::hash_not_implemented),
        traverse: Some(key_traverse),
        ..Slots::NONE
    },
    getsets: KEY_GETSETS,
    ..TypeSpec::new("functools.KeyWrapper", PayloadInfo::of::<KeyWrapper>())
};

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::new("reduce", Meth::Fast(reduce)),
    MethodDef::new("cmp_to_key", Meth::FastKw(cmp_to_key)),
];

/// Makes the `_functools` module.
pub fn make(ts: &ThreadState) -> ObjRef {
    let m = ts.new_builtin_module("_functools", FUNCTIONS);
    add_type(ts, &m, &partial::SPEC);
    add_type(ts, &m, &lru::SPEC);
    type_of(ts, &KEY_SPEC);
    m
}

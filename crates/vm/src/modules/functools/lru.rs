//! `functools._lru_cache_wrapper`, what `lru_cache` and `cache` return: a callable with a
//! dict cache keyed as CPython's `lru_cache_make_key` (a lone exact int or str argument is
//! its own key), LRU order kept by the dict's insertion order (a hit moves its entry to the
//! end; a full cache drops the first), `cache_info`, `cache_clear`, method binding through
//! `__get__`, and an instance `__dict__` for `update_wrapper`.

use std::cell::Cell;

use taipan_object::abstract_ as ab;
use taipan_object::args::kw_names;
use taipan_object::dict_offset;
use taipan_object::typeobj::{Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags};
use taipan_object::types::dict::PyDict;
use taipan_object::types::int::as_i64;
use taipan_object::{ObjRef, PyPayload, PyResult, ThreadState, alloc_object};

use crate::modules::common::split_kw;

pub struct LruWrapper {
    func: ObjRef,
    /// `None`: unbounded.
    maxsize: Option<usize>,
    typed: bool,
    cache: ObjRef,
    info_type: ObjRef,
    kwd_mark: ObjRef,
    hits: Cell<u64>,
    misses: Cell<u64>,
    dict: Cell<Option<ObjRef>>,
}
impl PyPayload for LruWrapper {}

fn this(o: &ObjRef) -> &LruWrapper {
    o.downcast::<LruWrapper>().expect("_lru_cache_wrapper")
}

fn lru_new(
    ts: &ThreadState,
    cls: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let (pos, kws) = split_kw(args, kw);
    let mut vals: [Option<ObjRef>; 4] = Default::default();
    for (i, a) in pos.iter().enumerate().take(4) {
        vals[i] = Some(a.clone());
    }
    for (k, v) in kws {
        let i = ["user_function", "maxsize", "typed", "cache_info_type"]
            .iter()
            .position(|n| *n == k)
            .ok_or_else(|| {
                ts.type_error(format!(
                    "'{k}' is an invalid keyword argument for _lru_cache_wrapper()"
                ))
            })?;
        vals[i] = Some(v.clone());
    }
    if pos.len() > 4 || vals.iter().any(|v| v.is_none()) {
        return Err(ts.type_error("_lru_cache_wrapper() takes exactly 4 arguments"));
    }
    let [func, maxsize, typed, info_type] = vals.map(|v| v.expect("checked"));
    if func.typ().slots().call.is_none() {
        return Err(ts.type_error("the first argument must be callable"));
    }
    let maxsize = if ts.is_none(&maxsize) {
        None
    } else if maxsize.typ().slots().index.is_some() {
        let i = ab::index(ts, &maxsize)?;
        Some(as_i64(&i).unwrap_or(i64::MAX).max(0) as usize)
    } else {
        return Err(ts.type_error("maxsize should be integer or None"));
    };
    let typed = ab::is_true(ts, &typed)?;
    let kwd_mark = ab::call(ts, &ts.types.object, &[])?;
    Ok(alloc_object(
        ts,
        cls,
        LruWrapper {
            func,
            maxsize,
            typed,
            cache: ts.new_dict(),
            info_type,
            kwd_mark,
            hits: Cell::new(0),
            misses: Cell::new(0),
            dict: Cell::new(None),
        },
    ))
}

/// CPython's `lru_cache_make_key`.
fn make_key(ts: &ThreadState, w: &LruWrapper, args: &[ObjRef], kw: Option<&ObjRef>) -> ObjRef {
    let names = kw_names(kw);
    let npos = args.len() - names.len();
    if names.is_empty() && !w.typed && npos == 1 {
        let a = &args[0];
        if a.class().is(&ts.types.int) || a.class().is(&ts.types.str_) {
            return a.clone();
        }
    }
    let mut key = Vec::with_capacity(args.len() * 2 + 1);
    key.extend(args[..npos].iter().cloned());
    if !names.is_empty() {
        key.push(w.kwd_mark.clone());
        for (k, v) in names.iter().zip(&args[npos..]) {
            key.push(k.clone());
            key.push(v.clone());
        }
    }
    if w.typed {
        key.extend(args[..npos].iter().map(|a| a.class().clone()));
        key.extend(args[npos..].iter().map(|a| a.class().clone()));
    }
    ts.new_tuple(key)
}

fn lru_call(
    ts: &ThreadState,
    o: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let w = this(o);
    if w.maxsize == Some(0) {
        w.misses.set(w.misses.get() + 1);
        return ab::vectorcall(ts, &w.func, args, kw);
    }
    let key = make_key(ts, w, args, kw);
    let cache = w.cache.downcast::<PyDict>().expect("dict");
    let h = ab::hash(ts, &key)?;
    // A hit of a bounded cache becomes the most recently used: the end of the dict's order.
    let hit = if w.maxsize.is_some() {
        cache.get_and_move_to_end(ts, &key, h)?
    } else {
        cache.get_item_hashed(ts, &key, h)?
    };
    if let Some(v) = hit {
        w.hits.set(w.hits.get() + 1);
        return Ok(v);
    }
    w.misses.set(w.misses.get() + 1);
    let result = ab::vectorcall(ts, &w.func, args, kw)?;
    if let Some(max) = w.maxsize {
        if cache.get_item_hashed(ts, &key, h)?.is_some() {
            // A recursive call cached this key meanwhile.
            return Ok(result);
        }
        if cache.len() >= max
            && let Some((next, _, _)) = cache.entry_at(0)
        {
            // The oldest entry goes by its stored hash (no `__hash__`/`__eq__` call).
            let old = cache.del_entry_at(next - 1);
            drop(old);
        }
    }
    cache.set_item_hashed(ts, key, h, result.clone())?;
    Ok(result)
}

fn cache_info(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let w = this(o);
    let maxsize = match w.maxsize {
        None => ts.none(),
        Some(m) => ts.new_int(m as i64),
    };
    let cur = w.cache.downcast::<PyDict>().expect("dict").len();
    ab::call(
        ts,
        &w.info_type,
        &[
            ts.new_int(w.hits.get() as i64),
            ts.new_int(w.misses.get() as i64),
            maxsize,
            ts.new_int(cur as i64),
        ],
    )
}

fn cache_clear(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let w = this(o);
    w.hits.set(0);
    w.misses.set(0);
    w.cache.downcast::<PyDict>().expect("dict").clear();
    Ok(ts.none())
}

fn copy_self(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(o.clone())
}
fn deepcopy_self(_: &ThreadState, o: &ObjRef, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(o.clone())
}
fn reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    ab::getattr_str(ts, o, "__qualname__")
}

fn descr_get(
    ts: &ThreadState,
    f: &ObjRef,
    obj: Option<&ObjRef>,
    _: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    match obj {
        Some(o) if !ts.is_none(o) => Ok(ts.new_method(f.clone(), o.clone())),
        _ => Ok(f.clone()),
    }
}

fn traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let w = this(o);
    visit(&w.func);
    visit(&w.cache);
    visit(&w.info_type);
    visit(&w.kwd_mark);
    let d = w.dict.take();
    if let Some(d) = &d {
        visit(d);
    }
    w.dict.set(d);
}

fn clear(_: &ThreadState, o: &ObjRef) {
    let w = this(o);
    w.cache.downcast::<PyDict>().expect("dict").clear();
    drop(w.dict.take());
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("cache_info", Meth::NoArgs(cache_info)),
    MethodDef::new("cache_clear", Meth::NoArgs(cache_clear)),
    MethodDef::new("__reduce__", Meth::NoArgs(reduce)),
    MethodDef::new("__copy__", Meth::NoArgs(copy_self)),
    MethodDef::new("__deepcopy__", Meth::O(deepcopy_self)),
];

pub static SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC | flags::WEAKREFABLE,
    slots: Slots {
        new: Some(lru_new),
        call: Some(lru_call),
        descr_get: Some(descr_get),
        traverse: Some(traverse),
        clear: Some(clear),
        ..Slots::NONE
    },
    methods: &[METHODS],
    dictoffset: dict_offset!(LruWrapper, dict),
    ..TypeSpec::new(
        "functools._lru_cache_wrapper",
        PayloadInfo::of::<LruWrapper>(),
    )
};

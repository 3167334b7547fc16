//! The `gc` module: `collect`, `enable`/`disable`/`isenabled`, `get_count`,
//! `get_threshold`/`set_threshold`, over the `taipan-gc` collector.

use taipan_object::abstract_ as ab;
use taipan_object::args;
use taipan_object::typeobj::{Meth, MethodDef};
use taipan_object::{ObjRef, PyResult, ThreadState};

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
    args::check_positional(ts, "set_threshold", a.len(), 1, 3)?;
    for (i, x) in a.iter().enumerate() {
        ts.gc.thresholds[i].set(ab::index_isize(ts, x)?);
    }
    Ok(ts.none())
}

pub static FUNCTIONS: &[MethodDef] = &[
    MethodDef::new("collect", Meth::FastKw(collect)),
    MethodDef::new("enable", Meth::NoArgs(enable)),
    MethodDef::new("disable", Meth::NoArgs(disable)),
    MethodDef::new("isenabled", Meth::NoArgs(isenabled)),
    MethodDef::new("get_count", Meth::NoArgs(get_count)),
    MethodDef::new("get_threshold", Meth::NoArgs(get_threshold)),
    MethodDef::new("set_threshold", Meth::Fast(set_threshold)),
];

//! The `_sre` module (CPython's `Modules/_sre/sre.c`), what `re` is built on: `compile` (the
//! code `re._compiler` emits, run by the engine in `engine/`), the `re.Pattern` (`pattern.rs`),
//! `re.Match` (`matchobj.rs`) and scanner (`scanner.rs`) types, the subject adapter
//! (`subject.rs`), the case helpers `re._compiler` asks for, and the constants.

mod engine;
mod matchobj;
mod pattern;
mod scanner;
mod subject;

use taipan_object::args::{ArgSpec, parse};
use taipan_object::typeobj::{Meth, MethodDef};
use taipan_object::types::dict::PyDict;
use taipan_object::types::int::as_i64;
use taipan_object::types::tuple::PyTuple;
use taipan_object::{ObjRef, PyResult, ThreadState};

use super::common::{index_i64, set_attr, type_of};
use engine::{CODESIZE, MAGIC, MAXGROUPS, MAXREPEAT};
use pattern::{Pattern, new_pattern};

/// `_sre.compile(pattern, flags, code, groups, groupindex, indexgroup)`.
fn compile(ts: &ThreadState, _: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "compile",
        names: &[
            "pattern",
            "flags",
            "code",
            "groups",
            "groupindex",
            "indexgroup",
        ],
        required: 6,
        posonly: 0,
        kwonly: 6,
    };
    let [pat, fl, code, groups, groupindex, indexgroup] = parse::<6>(ts, &SPEC, args, kw)?;
    let (pat, fl, code, groups, groupindex, indexgroup) = (
        pat.expect("required"),
        fl.expect("required"),
        code.expect("required"),
        groups.expect("required"),
        groupindex.expect("required"),
        indexgroup.expect("required"),
    );
    let flags = index_i64(ts, &fl)? as u32;
    let Some(list) = code.downcast::<taipan_object::types::list::PyList>() else {
        return Err(ts.type_error(format!(
            "compile() argument 'code' must be list, not {}",
            code.typ().name()
        )));
    };
    let items: Vec<ObjRef> = list.to_vec();
    let mut codes = Vec::with_capacity(items.len());
    for c in &items {
        let v = taipan_object::abstract_::index(ts, c)?;
        match as_i64(&v) {
            Some(n) if (0..=u32::MAX as i64).contains(&n) => codes.push(n as u32),
            _ => {
                return Err(ts.overflow_error("regular expression code size limit exceeded"));
            }
        }
    }
    let groups = index_i64(ts, &groups)?;
    if !groupindex.is_a::<PyDict>() {
        return Err(ts.type_error(format!(
            "compile() argument 'groupindex' must be dict, not {}",
            groupindex.typ().name()
        )));
    }
    if !indexgroup.is_a::<PyTuple>() {
        return Err(ts.type_error(format!(
            "compile() argument 'indexgroup' must be tuple, not {}",
            indexgroup.typ().name()
        )));
    }
    let isbytes = if ts.is_none(&pat) {
        None
    } else {
        Some(subject::kind_of(&pat).ok_or_else(|| {
            ts.type_error(format!(
                "expected string or bytes-like object, got '{}'",
                pat.typ().name()
            ))
        })?)
    };
    // The pattern keeps its own copy of the name table.
    let gi = ts.new_dict();
    gi.downcast::<PyDict>()
        .expect("dict")
        .update_from(ts, groupindex.downcast::<PyDict>().expect("dict"))?;
    Ok(new_pattern(
        ts,
        Pattern {
            pattern: pat,
            flags,
            code: codes.into_boxed_slice(),
            groups: groups.max(0) as usize,
            groupindex: gi,
            indexgroup,
            isbytes,
        },
    ))
}

/// The `new` slot of the module's types: CPython's `Py_TPFLAGS_DISALLOW_INSTANTIATION`.
pub(crate) fn no_new(
    ts: &ThreadState,
    cls: &ObjRef,
    _: &[ObjRef],
    _: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    Err(ts.type_error(format!(
        "cannot create '{}' instances",
        cls.typ_payload().name()
    )))
}

fn getcodesize(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(CODESIZE as i64))
}

fn char_arg(ts: &ThreadState, o: &ObjRef) -> PyResult<u32> {
    let v = index_i64(ts, o)?;
    if v < i32::MIN as i64 || v > i32::MAX as i64 {
        return Err(ts.overflow_error("signed integer is greater than maximum"));
    }
    Ok(v as u32)
}

fn ascii_iscased(ts: &ThreadState, _: &ObjRef, c: &ObjRef) -> PyResult<ObjRef> {
    let c = char_arg(ts, c)?;
    Ok(ts.bool_obj(c < 128 && (c as u8).is_ascii_alphabetic()))
}
fn unicode_iscased(ts: &ThreadState, _: &ObjRef, c: &ObjRef) -> PyResult<ObjRef> {
    let c = char_arg(ts, c)?;
    Ok(ts.bool_obj(c != engine::lower_unicode(c) || c != engine::upper_unicode(c)))
}
fn ascii_tolower(ts: &ThreadState, _: &ObjRef, c: &ObjRef) -> PyResult<ObjRef> {
    let c = char_arg(ts, c)?;
    Ok(ts.new_int(engine::lower_ascii(c) as i32 as i64))
}
fn unicode_tolower(ts: &ThreadState, _: &ObjRef, c: &ObjRef) -> PyResult<ObjRef> {
    let c = char_arg(ts, c)?;
    Ok(ts.new_int(engine::lower_unicode(c) as i32 as i64))
}

static FUNCS: &[MethodDef] = &[
    MethodDef::new("compile", Meth::FastKw(compile)),
    MethodDef::new("getcodesize", Meth::NoArgs(getcodesize)),
    MethodDef::new("ascii_iscased", Meth::O(ascii_iscased)),
    MethodDef::new("unicode_iscased", Meth::O(unicode_iscased)),
    MethodDef::new("ascii_tolower", Meth::O(ascii_tolower)),
    MethodDef::new("unicode_tolower", Meth::O(unicode_tolower)),
];

pub fn make(ts: &ThreadState) -> ObjRef {
    let m = ts.new_builtin_module("_sre", FUNCS);
    set_attr(ts, &m, "MAGIC", ts.new_int(MAGIC as i64));
    set_attr(ts, &m, "CODESIZE", ts.new_int(CODESIZE as i64));
    set_attr(ts, &m, "MAXREPEAT", ts.new_int(MAXREPEAT as i64));
    set_attr(ts, &m, "MAXGROUPS", ts.new_int(MAXGROUPS as i64));
    set_attr(
        ts,
        &m,
        "copyright",
        ts.new_str(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "),
    );
    // Readied here so `type(re.compile(''))` and friends exist before first use.
    for spec in [&pattern::SPEC, &matchobj::SPEC, &scanner::SPEC] {
        type_of(ts, spec);
    }
    m
}

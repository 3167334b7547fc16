//! `re.Match` (`_sre.c`'s MatchObject): the subject, the pattern, `pos`/`endpos` and every
//! group's span, with `group`/`__getitem__`, `groups`, `groupdict`, `start`/`end`/`span`,
//! `expand` (through `re._expand`), `regs`, `lastindex`/`lastgroup`, CPython's repr, copy.

use taipan_object::abstract_ as ab;
use taipan_object::args::{ArgSpec, parse};
use taipan_object::typeobj::{GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags};
use taipan_object::types::dict::PyDict;
use taipan_object::types::int::as_i64;
use taipan_object::types::tuple::PyTuple;
use taipan_object::{ObjRef, PyPayload, PyResult, ThreadState, alloc_object};

use super::engine::State;
use super::pattern::{self, group_span, truncate};
use super::subject::slice;
use crate::modules::common::type_of;

pub struct Match {
    string: ObjRef,
    /// The `re.Pattern`.
    pattern: ObjRef,
    pos: usize,
    endpos: usize,
    /// Each group's span (group 0 first); `None` for a group that did not take part.
    regs: Box<[Option<(usize, usize)>]>,
    lastindex: isize,
}
impl PyPayload for Match {}

fn this(o: &ObjRef) -> &Match {
    o.downcast::<Match>().expect("re.Match")
}

/// A match of `pattern` on `string` from the engine's `state` (`pattern_new_match`).
pub fn new_match(
    ts: &ThreadState,
    pattern: &ObjRef,
    string: &ObjRef,
    state: &State,
    pos: usize,
    endpos: usize,
) -> ObjRef {
    let groups = pattern::this(pattern).groups;
    let regs = (0..=groups).map(|g| group_span(state, g)).collect();
    let li = state.marks.last_index();
    alloc_object(
        ts,
        &type_of(ts, &SPEC),
        Match {
            string: string.clone(),
            pattern: pattern.clone(),
            pos,
            endpos,
            regs,
            lastindex: li,
        },
    )
}

/// `match_getindex`: a group number or name to its index, or IndexError.
fn group_index(ts: &ThreadState, m: &Match, g: &ObjRef) -> PyResult<usize> {
    let i = if g.typ().slots().index.is_some() {
        let v = ab::index(ts, g)?;
        as_i64(&v).unwrap_or(-1)
    } else {
        let gi = &pattern::this(&m.pattern).groupindex;
        let found = match gi.downcast::<PyDict>() {
            Some(d) => d.get_item(ts, g)?,
            None => None,
        };
        match found {
            Some(v) if v.is_a::<taipan_object::types::int::PyInt>() => as_i64(&v).unwrap_or(-1),
            _ => -1,
        }
    };
    if i < 0 || i as usize >= m.regs.len() {
        return Err(ts.index_error("no such group"));
    }
    Ok(i as usize)
}

/// Group `i`'s text, or `default` when it did not take part.
fn group_value(ts: &ThreadState, m: &Match, i: usize, default: &ObjRef) -> ObjRef {
    match m.regs[i] {
        Some((a, b)) => slice(ts, &m.string, a, b),
        None => default.clone(),
    }
}

fn group(ts: &ThreadState, o: &ObjRef, args: &[ObjRef]) -> PyResult<ObjRef> {
    let m = this(o);
    let none = ts.none();
    match args {
        [] => Ok(group_value(ts, m, 0, &none)),
        [g] => Ok(group_value(ts, m, group_index(ts, m, g)?, &none)),
        _ => {
            let mut out = Vec::with_capacity(args.len());
            for g in args {
                out.push(group_value(ts, m, group_index(ts, m, g)?, &none));
            }
            Ok(ts.new_tuple(out))
        }
    }
}

fn getitem(ts: &ThreadState, o: &ObjRef, g: &ObjRef) -> PyResult<ObjRef> {
    let m = this(o);
    Ok(group_value(ts, m, group_index(ts, m, g)?, &ts.none()))
}

fn default_arg(
    ts: &ThreadState,
    fname: &'static str,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let spec = ArgSpec {
        fname,
        names: &["default"],
        required: 0,
        posonly: 0,
        kwonly: 1,
    };
    let [d] = parse::<1>(ts, &spec, args, kw)?;
    Ok(d.unwrap_or_else(|| ts.none()))
}

fn groups(ts: &ThreadState, o: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    let d = default_arg(ts, "groups", args, kw)?;
    let m = this(o);
    Ok(ts.new_tuple(
        (1..m.regs.len())
            .map(|i| group_value(ts, m, i, &d))
            .collect(),
    ))
}

fn groupdict(
    ts: &ThreadState,
    o: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let d = default_arg(ts, "groupdict", args, kw)?;
    let m = this(o);
    let out = ts.new_dict();
    let od = out.downcast::<PyDict>().expect("dict");
    let gi = pattern::this(&m.pattern).groupindex.clone();
    if let Some(gd) = gi.downcast::<PyDict>() {
        for (k, _) in gd.items() {
            let i = group_index(ts, m, &k)?;
            od.set_item(ts, k, group_value(ts, m, i, &d))?;
        }
    }
    Ok(out)
}

/// The group argument of `start`/`end`/`span` (default 0).
fn span_of(ts: &ThreadState, o: &ObjRef, args: &[ObjRef], fname: &str) -> PyResult<(i64, i64)> {
    taipan_object::args::check_positional(ts, fname, args.len(), 0, 1)?;
    let m = this(o);
    let i = match args.first() {
        Some(g) => group_index(ts, m, g)?,
        None => 0,
    };
    Ok(match m.regs[i] {
        Some((a, b)) => (a as i64, b as i64),
        None => (-1, -1),
    })
}

fn start(ts: &ThreadState, o: &ObjRef, args: &[ObjRef]) -> PyResult<ObjRef> {
    Ok(ts.new_int(span_of(ts, o, args, "start")?.0))
}
fn end(ts: &ThreadState, o: &ObjRef, args: &[ObjRef]) -> PyResult<ObjRef> {
    Ok(ts.new_int(span_of(ts, o, args, "end")?.1))
}
fn span(ts: &ThreadState, o: &ObjRef, args: &[ObjRef]) -> PyResult<ObjRef> {
    let (a, b) = span_of(ts, o, args, "span")?;
    Ok(ts.new_tuple(vec![ts.new_int(a), ts.new_int(b)]))
}

fn expand(ts: &ThreadState, o: &ObjRef, template: &ObjRef) -> PyResult<ObjRef> {
    let re = crate::import::import_module(ts, "re")?;
    let f = ab::getattr_str(ts, &re, "_expand")?;
    ab::call(
        ts,
        &f,
        &[this(o).pattern.clone(), o.clone(), template.clone()],
    )
}

fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let m = this(o);
    let (a, b) = m.regs[0].unwrap_or((0, 0));
    let g = group_value(ts, m, 0, &ts.none());
    let r = truncate(ab::repr_string(ts, &g)?, 50);
    Ok(ts.new_string(format!(
        "<{} object; span=({a}, {b}), match={r}>",
        o.typ().name()
    )))
}

fn copy(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(o.clone())
}
fn deepcopy(_: &ThreadState, o: &ObjRef, _memo: &ObjRef) -> PyResult<ObjRef> {
    Ok(o.clone())
}
fn class_getitem(ts: &ThreadState, cls: &ObjRef, arg: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_generic_alias(cls.clone(), arg.clone()))
}

fn get_string(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(this(o).string.clone())
}
fn get_re(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(this(o).pattern.clone())
}
fn get_pos(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(this(o).pos as i64))
}
fn get_endpos(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(this(o).endpos as i64))
}
fn get_lastindex(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let li = this(o).lastindex;
    Ok(if li >= 0 {
        ts.new_int(li as i64)
    } else {
        ts.none()
    })
}
fn get_lastgroup(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let m = this(o);
    let ig = &pattern::this(&m.pattern).indexgroup;
    if m.lastindex >= 0
        && let Some(t) = ig.downcast::<PyTuple>()
        && let Some(name) = t.items().get(m.lastindex as usize)
    {
        return Ok(name.clone());
    }
    Ok(ts.none())
}
fn get_regs(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let m = this(o);
    let regs = m
        .regs
        .iter()
        .map(|r| {
            let (a, b) = r.map_or((-1, -1), |(a, b)| (a as i64, b as i64));
            ts.new_tuple(vec![ts.new_int(a), ts.new_int(b)])
        })
        .collect();
    Ok(ts.new_tuple(regs))
}

fn traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let m = this(o);
    visit(&m.string);
    visit(&m.pattern);
}

fn mp_getitem(ts: &ThreadState, o: &ObjRef, k: &ObjRef) -> PyResult<ObjRef> {
    getitem(ts, o, k)
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("group", Meth::Fast(group)),
    MethodDef::new("start", Meth::Fast(start)),
    MethodDef::new("end", Meth::Fast(end)),
    MethodDef::new("span", Meth::Fast(span)),
    MethodDef::new("groups", Meth::FastKw(groups)),
    MethodDef::new("groupdict", Meth::FastKw(groupdict)),
    MethodDef::new("expand", Meth::O(expand)),
    MethodDef::new("__copy__", Meth::NoArgs(copy)),
    MethodDef::new("__deepcopy__", Meth::O(deepcopy)),
    MethodDef::class("__class_getitem__", Meth::O(class_getitem)),
];

static GETSETS: &[GetSetDef] = &[
    GetSetDef::member_ro("string", get_string),
    GetSetDef::member_ro("re", get_re),
    GetSetDef::member_ro("pos", get_pos),
    GetSetDef::member_ro("endpos", get_endpos),
    GetSetDef::ro("lastindex", get_lastindex),
    GetSetDef::ro("lastgroup", get_lastgroup),
    GetSetDef::ro("regs", get_regs),
];

pub static SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC | flags::DISALLOW_INSTANTIATION,
    slots: Slots {
        new: Some(super::no_new),
        repr: Some(repr),
        getitem: Some(mp_getitem),
        traverse: Some(traverse),
        ..Slots::NONE
    },
    methods: &[METHODS],
    getsets: GETSETS,
    doc: "The result of re.match() and re.search().\nMatch objects always have a boolean value of True.",
    ..TypeSpec::new("re.Match", PayloadInfo::of::<Match>())
};

//! `_sre.SRE_Scanner` (what `Pattern.scanner` and `finditer` use): successive `match` or
//! `search` calls over one subject, each starting where the last match ended (an empty match
//! makes the next one advance), `None` once exhausted.

use std::cell::Cell;

use taipan_object::typeobj::{GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags};
use taipan_object::{ObjRef, PyPayload, PyResult, ThreadState, alloc_object};

use super::engine::State;
use super::matchobj::new_match;
use super::pattern;
use super::subject::Subject;
use crate::modules::common::type_of;

pub struct Scanner {
    pattern: ObjRef,
    subject: Subject,
    pos: usize,
    endpos: usize,
    /// Where the next attempt starts; `None` once a search failed.
    start: Cell<Option<usize>>,
    must_advance: Cell<bool>,
}
impl PyPayload for Scanner {}

pub fn new_scanner(
    ts: &ThreadState,
    pattern: &ObjRef,
    subject: Subject,
    pos: usize,
    endpos: usize,
) -> ObjRef {
    alloc_object(
        ts,
        &type_of(ts, &SPEC),
        Scanner {
            pattern: pattern.clone(),
            subject,
            pos,
            endpos,
            start: Cell::new(Some(pos)),
            must_advance: Cell::new(false),
        },
    )
}

fn this(o: &ObjRef) -> &Scanner {
    o.downcast::<Scanner>().expect("SRE_Scanner")
}

fn step(ts: &ThreadState, o: &ObjRef, search: bool) -> PyResult<ObjRef> {
    let s = this(o);
    let Some(start) = s.start.get() else {
        return Ok(ts.none());
    };
    let mut state = State::default();
    let code = &pattern::this(&s.pattern).code;
    let found = s.subject.run(
        ts,
        &mut state,
        code,
        start,
        s.endpos,
        false,
        s.must_advance.get(),
        search,
    )?;
    if !found {
        s.start.set(None);
        return Ok(ts.none());
    }
    let end = state.cursor.position;
    s.must_advance.set(end == state.start);
    s.start.set(Some(end));
    Ok(new_match(
        ts,
        &s.pattern,
        &s.subject.obj,
        &state,
        s.pos,
        s.endpos,
    ))
}

fn smatch(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    step(ts, o, false)
}
fn search(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    step(ts, o, true)
}
fn get_pattern(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(this(o).pattern.clone())
}

fn traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let s = this(o);
    visit(&s.pattern);
    visit(&s.subject.obj);
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("match", Meth::NoArgs(smatch)),
    MethodDef::new("search", Meth::NoArgs(search)),
];

static GETSETS: &[GetSetDef] = &[GetSetDef::member_ro("pattern", get_pattern)];

pub static SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC | flags::DISALLOW_INSTANTIATION,
    slots: Slots {
        new: Some(super::no_new),
        traverse: Some(traverse),
        ..Slots::NONE
    },
    methods: &[METHODS],
    getsets: GETSETS,
    ..TypeSpec::new("_sre.SRE_Scanner", PayloadInfo::of::<Scanner>())
};

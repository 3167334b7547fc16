//! `re.Pattern` (`_sre.c`'s PatternObject): the compiled code with its source, flags and
//! group tables; `match`/`fullmatch`/`search`, `findall`, `finditer`/`scanner`, `split`,
//! `sub`/`subn` (callable replacements; templates through `re._subx` as 3.11 does), CPython's
//! repr, equality and hash, copy and deepcopy (itself), `__class_getitem__`.

use taipan_object::abstract_ as ab;
use taipan_object::args::{ArgSpec, parse};
use taipan_object::typeobj::{
    CompareOp, GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags,
};
use taipan_object::types::iterators::new_callable_iter;
use taipan_object::types::str_::PyStr;
use taipan_object::{ObjRef, PyPayload, PyResult, ThreadState, alloc_object};

use super::engine::{State, flag};
use super::matchobj::new_match;
use super::scanner::new_scanner;
use super::subject::Subject;
use crate::modules::common::{index_i64, type_of};

pub struct Pattern {
    /// The source (str, bytes, or None).
    pub pattern: ObjRef,
    pub flags: u32,
    pub code: Box<[u32]>,
    /// The number of capturing groups.
    pub groups: usize,
    /// A dict: name -> group number.
    pub groupindex: ObjRef,
    /// A tuple: group number -> name or None.
    pub indexgroup: ObjRef,
    /// Whether the source is bytes (`None`: no source, any subject).
    pub isbytes: Option<bool>,
}
impl PyPayload for Pattern {}

pub fn this(o: &ObjRef) -> &Pattern {
    o.downcast::<Pattern>().expect("re.Pattern")
}

/// `_sre.compile`'s product.
pub fn new_pattern(ts: &ThreadState, p: Pattern) -> ObjRef {
    alloc_object(ts, &type_of(ts, &SPEC), p)
}

/// A `pos`/`endpos` argument's value (`state_init` clamps it to `0..=len`).
fn bound(ts: &ThreadState, o: &Option<ObjRef>, default: i64) -> PyResult<i64> {
    match o {
        Some(o) => index_i64(ts, o),
        None => Ok(default),
    }
}

static MATCH_NAMES: &[&str] = &["string", "pos", "endpos"];

/// The `(subject, pos, endpos)` of `match`/`search`/`findall`/`finditer`/`scanner`.
fn subject_args(
    ts: &ThreadState,
    fname: &'static str,
    o: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<(Subject, usize, usize)> {
    let spec = ArgSpec {
        fname,
        names: MATCH_NAMES,
        required: 1,
        posonly: 0,
        kwonly: 3,
    };
    let [s, pos, endpos] = parse::<3>(ts, &spec, args, kw)?;
    // The clinic converts `pos`/`endpos` (OverflowError past ssize_t) before the subject.
    let pos = bound(ts, &pos, 0)?;
    let endpos = bound(ts, &endpos, i64::MAX)?;
    let subject = Subject::new(ts, s.as_ref().expect("required"), this(o).isbytes)?;
    let n = subject.len() as i64;
    Ok((
        subject,
        pos.clamp(0, n) as usize,
        endpos.clamp(0, n) as usize,
    ))
}

fn do_match(
    ts: &ThreadState,
    o: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
    fname: &'static str,
    match_all: bool,
    search: bool,
) -> PyResult<ObjRef> {
    let (subject, pos, endpos) = subject_args(ts, fname, o, args, kw)?;
    let mut state = State::default();
    let p = this(o);
    if subject.run(
        ts, &mut state, &p.code, pos, endpos, match_all, false, search,
    )? {
        Ok(new_match(ts, o, &subject.obj, &state, pos, endpos))
    } else {
        Ok(ts.none())
    }
}

fn pmatch(ts: &ThreadState, o: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    do_match(ts, o, args, kw, "match", false, false)
}
fn fullmatch(
    ts: &ThreadState,
    o: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    do_match(ts, o, args, kw, "fullmatch", true, false)
}
fn search(ts: &ThreadState, o: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    do_match(ts, o, args, kw, "search", false, true)
}

/// Calls `f(state)` for each successive non-overlapping match from `pos` (the loop of
/// `findall`, `split` and `sub`), at most `limit` times (0: no limit); `f` returns whether
/// to go on.
fn each_match(
    ts: &ThreadState,
    p: &Pattern,
    subject: &Subject,
    pos: usize,
    endpos: usize,
    limit: usize,
    mut f: impl FnMut(&State) -> PyResult<()>,
) -> PyResult<()> {
    let mut state = State::default();
    let mut start = pos;
    let mut must_advance = false;
    let mut n = 0;
    while (limit == 0 || n < limit) && start <= endpos {
        if !subject.run(
            ts,
            &mut state,
            &p.code,
            start,
            endpos,
            false,
            must_advance,
            true,
        )? {
            break;
        }
        f(&state)?;
        n += 1;
        let end = state.cursor.position;
        must_advance = end == state.start;
        start = end;
    }
    Ok(())
}

/// Group `g`'s span in `state`, if it took part.
pub fn group_span(state: &State, g: usize) -> Option<(usize, usize)> {
    if g == 0 {
        return Some((state.start, state.cursor.position));
    }
    let (a, b) = state.marks.get(g - 1);
    match (a, b) {
        (Some(a), Some(b)) if a <= b => Some((a, b)),
        _ => None,
    }
}

fn findall(ts: &ThreadState, o: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    let (subject, pos, endpos) = subject_args(ts, "findall", o, args, kw)?;
    let p = this(o);
    let mut out = Vec::new();
    let empty = || subject.slice(ts, 0, 0);
    each_match(ts, p, &subject, pos, endpos, 0, |state| {
        let get = |g: usize| match group_span(state, g) {
            Some((a, b)) => subject.slice(ts, a, b),
            None => empty(),
        };
        out.push(match p.groups {
            0 => get(0),
            1 => get(1),
            n => ts.new_tuple((1..=n).map(get).collect()),
        });
        Ok(())
    })?;
    Ok(ts.new_list(out))
}

fn scanner(ts: &ThreadState, o: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    let (subject, pos, endpos) = subject_args(ts, "scanner", o, args, kw)?;
    Ok(new_scanner(ts, o, subject, pos, endpos))
}

fn finditer(
    ts: &ThreadState,
    o: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let (subject, pos, endpos) = subject_args(ts, "finditer", o, args, kw)?;
    let sc = new_scanner(ts, o, subject, pos, endpos);
    let search = ab::getattr_str(ts, &sc, "search")?;
    new_callable_iter(ts, &search, &ts.none())
}

fn split(ts: &ThreadState, o: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "split",
        names: &["string", "maxsplit"],
        required: 1,
        posonly: 0,
        kwonly: 2,
    };
    let [s, maxsplit] = parse::<2>(ts, &SPEC, args, kw)?;
    let p = this(o);
    let subject = Subject::new(ts, s.as_ref().expect("required"), p.isbytes)?;
    let maxsplit = match &maxsplit {
        Some(m) => index_i64(ts, m)?,
        None => 0,
    };
    let mut out = Vec::new();
    let mut last = 0;
    if maxsplit >= 0 {
        let limit = maxsplit as usize;
        each_match(ts, p, &subject, 0, subject.len(), limit, |state| {
            out.push(subject.slice(ts, last, state.start));
            for g in 1..=p.groups {
                out.push(match group_span(state, g) {
                    Some((a, b)) => subject.slice(ts, a, b),
                    None => ts.none(),
                });
            }
            last = state.cursor.position;
            Ok(())
        })?;
    }
    out.push(subject.slice(ts, last, subject.len()));
    Ok(ts.new_list(out))
}

/// Whether a str or bytes-like template holds no backslash (used as it is).
fn is_literal(t: &ObjRef) -> bool {
    if let Some(s) = t.downcast::<PyStr>() {
        return !s.as_bytes().contains(&b'\\');
    }
    match taipan_object::types::bytes::as_bytes_like(t) {
        Some(b) => !b.contains(&b'\\'),
        None => false,
    }
}

/// `pattern_subx`: `sub` (`subn` false) or `subn`.
fn subx(
    ts: &ThreadState,
    o: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
    fname: &'static str,
    subn: bool,
) -> PyResult<ObjRef> {
    static NAMES: &[&str] = &["repl", "string", "count"];
    let spec = ArgSpec {
        fname,
        names: NAMES,
        required: 2,
        posonly: 0,
        kwonly: 3,
    };
    let [repl, s, count] = parse::<3>(ts, &spec, args, kw)?;
    let repl = repl.expect("required");
    let count = match &count {
        Some(c) => index_i64(ts, c)?,
        None => 0,
    };
    let (filter, callable) = if repl.typ().slots().call.is_some() {
        (repl, true)
    } else if is_literal(&repl) {
        (repl, false)
    } else {
        let re = crate::import::import_module(ts, "re")?;
        let subx = ab::getattr_str(ts, &re, "_subx")?;
        let f = ab::call(ts, &subx, &[o.clone(), repl])?;
        let c = f.typ().slots().call.is_some();
        (f, c)
    };
    let p = this(o);
    let subject = Subject::new(ts, s.as_ref().expect("required"), p.isbytes)?;
    let mut pieces = Vec::new();
    let mut i = 0;
    let mut n = 0i64;
    if count >= 0 {
        each_match(ts, p, &subject, 0, subject.len(), count as usize, |state| {
            let (b, e) = (state.start, state.cursor.position);
            if i < b {
                pieces.push(subject.slice(ts, i, b));
            }
            let item = if callable {
                let m = new_match(ts, o, &subject.obj, state, 0, subject.len());
                ab::call(ts, &filter, &[m])?
            } else {
                filter.clone()
            };
            if !ts.is_none(&item) {
                pieces.push(item);
            }
            i = e;
            n += 1;
            Ok(())
        })?;
    }
    if i < subject.len() {
        pieces.push(subject.slice(ts, i, subject.len()));
    }
    let joiner = subject.slice(ts, 0, 0);
    let item = if pieces.is_empty() {
        joiner
    } else {
        let list = ts.new_list(pieces);
        ab::call_method(ts, &joiner, "join", &[list])?
    };
    Ok(if subn {
        ts.new_tuple(vec![item, ts.new_int(n)])
    } else {
        item
    })
}

fn sub(ts: &ThreadState, o: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    subx(ts, o, args, kw, "sub", false)
}
fn subn(ts: &ThreadState, o: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    subx(ts, o, args, kw, "subn", true)
}

/// The names of the flags a repr spells out, in `_sre.c`'s order.
static FLAG_NAMES: &[(&str, u32)] = &[
    ("re.TEMPLATE", flag::TEMPLATE),
    ("re.IGNORECASE", flag::IGNORECASE),
    ("re.LOCALE", flag::LOCALE),
    ("re.MULTILINE", flag::MULTILINE),
    ("re.DOTALL", flag::DOTALL),
    ("re.UNICODE", flag::UNICODE),
    ("re.VERBOSE", flag::VERBOSE),
    ("re.DEBUG", flag::DEBUG),
    ("re.ASCII", flag::ASCII),
];

/// `s` cut to its first `n` code points (`%.<n>R`).
pub fn truncate(s: String, n: usize) -> String {
    match s.char_indices().nth(n) {
        Some((i, _)) => s[..i].to_string(),
        None => s,
    }
}

fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let p = this(o);
    let mut fl = p.flags;
    if p.isbytes == Some(false)
        && fl & (flag::LOCALE | flag::UNICODE | flag::ASCII) == flag::UNICODE
    {
        fl &= !flag::UNICODE;
    }
    let mut names = Vec::new();
    for &(name, f) in FLAG_NAMES {
        if fl & f != 0 {
            names.push(name.to_string());
            fl &= !f;
        }
    }
    if fl != 0 {
        names.push(format!("0x{fl:x}"));
    }
    let src = truncate(ab::repr_string(ts, &p.pattern)?, 200);
    Ok(ts.new_string(if names.is_empty() {
        format!("re.compile({src})")
    } else {
        format!("re.compile({src}, {})", names.join("|"))
    }))
}

fn richcompare(ts: &ThreadState, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) || !b.class().is(a.class()) {
        return Ok(ts.not_implemented());
    }
    let eq = a.is(b) || {
        let (x, y) = (this(a), this(b));
        x.flags == y.flags
            && x.isbytes == y.isbytes
            && x.code == y.code
            && ab::eq(ts, &x.pattern, &y.pattern)?
    };
    Ok(ts.bool_obj(eq == (op == CompareOp::Eq)))
}

fn hash(ts: &ThreadState, o: &ObjRef) -> PyResult<i64> {
    let p = this(o);
    let h = ab::hash(ts, &p.pattern)?;
    let bytes: Vec<u8> = p.code.iter().flat_map(|c| c.to_ne_bytes()).collect();
    let h = h ^ taipan_object::types::str_::hash_bytes(&bytes);
    Ok(if h == -1 { -2 } else { h })
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

fn get_pattern(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(this(o).pattern.clone())
}
fn get_flags(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(this(o).flags as i64))
}
fn get_groups(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(this(o).groups as i64))
}
fn get_groupindex(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_mappingproxy(this(o).groupindex.clone()))
}

fn traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let p = this(o);
    visit(&p.pattern);
    visit(&p.groupindex);
    visit(&p.indexgroup);
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("match", Meth::FastKw(pmatch)),
    MethodDef::new("fullmatch", Meth::FastKw(fullmatch)),
    MethodDef::new("search", Meth::FastKw(search)),
    MethodDef::new("sub", Meth::FastKw(sub)),
    MethodDef::new("subn", Meth::FastKw(subn)),
    MethodDef::new("findall", Meth::FastKw(findall)),
    MethodDef::new("split", Meth::FastKw(split)),
    MethodDef::new("finditer", Meth::FastKw(finditer)),
    MethodDef::new("scanner", Meth::FastKw(scanner)),
    MethodDef::new("__copy__", Meth::NoArgs(copy)),
    MethodDef::new("__deepcopy__", Meth::O(deepcopy)),
    MethodDef::class("__class_getitem__", Meth::O(class_getitem)),
];

static GETSETS: &[GetSetDef] = &[
    GetSetDef::member_ro("pattern", get_pattern),
    GetSetDef::member_ro("flags", get_flags),
    GetSetDef::member_ro("groups", get_groups),
    GetSetDef::ro("groupindex", get_groupindex),
];

pub static SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC | flags::WEAKREFABLE | flags::DISALLOW_INSTANTIATION,
    slots: Slots {
        new: Some(super::no_new),
        repr: Some(repr),
        richcompare: Some(richcompare),
        hash: Some(hash),
        traverse: Some(traverse),
        ..Slots::NONE
    },
    methods: &[METHODS],
    getsets: GETSETS,
    doc: "Compiled regular expression object.",
    ..TypeSpec::new("re.Pattern", PayloadInfo::of::<Pattern>())
};

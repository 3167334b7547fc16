//! `os.stat_result` and `stat`/`lstat`/`fstat`. The 10 sequence fields are a struct sequence;
//! the named fields beyond them (`st_atime` as a float, `st_*_ns`, `st_blksize`, `st_blocks`,
//! `st_rdev`) live in a hidden trailing slot of each instance (a tuple) read by properties, so
//! `st[8]` is the int seconds and `st.st_mtime` the float, as CPython's.

use super::*;

// ---- stat ----

static STAT_RESULT: StructSeqDesc = StructSeqDesc {
    name: "os.stat_result",
    fields: &[
        "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime",
        "st_mtime", "st_ctime",
    ],
    doc: "stat_result: Result from stat, fstat, or lstat.",
    instantiable: true,
};

/// The named fields beyond the sequence, in the hidden tuple's order.
const EXTRA: [&str; 9] = [
    "st_atime",
    "st_mtime",
    "st_ctime",
    "st_atime_ns",
    "st_mtime_ns",
    "st_ctime_ns",
    "st_blksize",
    "st_blocks",
    "st_rdev",
];

/// Field `I` of the hidden tuple (`None` for a `stat_result` made from a 10-sequence).
fn extra<const I: usize>(ts: &ThreadState, _: &ObjRef, st: &ObjRef) -> PyResult<ObjRef> {
    let ty = stat_type(ts);
    if !taipan_object::typeobj::type_check(st, &ty) {
        return Err(ts.type_error(format!(
            "descriptor '{}' for 'os.stat_result' objects doesn't apply to a '{}' object",
            EXTRA[I],
            st.typ().name()
        )));
    }
    // SAFETY: instances of the stat_result type (or subclasses) have the hidden slot.
    let slot = unsafe { st.slot_at(ty.typ_payload().slotsoffset.get()) };
    let v = slot.take();
    slot.set(v.clone());
    Ok(
        match v.and_then(|t| {
            t.downcast::<taipan_object::types::tuple::PyTuple>()
                .map(|t| t.items()[I].clone())
        }) {
            Some(x) => x,
            // Made from a 10-sequence: the float times are the int ones (`statresult_new`).
            None if I < 3 => st
                .downcast::<taipan_object::types::tuple::PyTuple>()
                .map_or_else(|| ts.none(), |t| t.items()[7 + I].clone()),
            None => ts.none(),
        },
    )
}

static EXTRA_GETTERS: [MethodDef; 9] = [
    MethodDef::new("st_atime", Meth::O(extra::<0>)),
    MethodDef::new("st_mtime", Meth::O(extra::<1>)),
    MethodDef::new("st_ctime", Meth::O(extra::<2>)),
    MethodDef::new("st_atime_ns", Meth::O(extra::<3>)),
    MethodDef::new("st_mtime_ns", Meth::O(extra::<4>)),
    MethodDef::new("st_ctime_ns", Meth::O(extra::<5>)),
    MethodDef::new("st_blksize", Meth::O(extra::<6>)),
    MethodDef::new("st_blocks", Meth::O(extra::<7>)),
    MethodDef::new("st_rdev", Meth::O(extra::<8>)),
];

/// The struct sequence type with one trailing slot per instance and a property per extra
/// field.
fn make_stat_type(ts: &ThreadState) -> ObjRef {
    let ty = structseq::new_type(ts, &STAT_RESULT);
    let t = ty.typ_payload();
    let off = t.basicsize.get();
    t.slotsoffset.set(off);
    t.nslots.set(1);
    t.basicsize.set(off + 8);
    let d = t.dict_payload();
    for def in &EXTRA_GETTERS {
        let f = taipan_object::types::descr::new_builtin_function(ts, def, None);
        if let Ok(p) = ab::call(ts, &ts.types.property, &[f]) {
            let _ = d.set_item_str(ts, def.name, p);
        }
    }
    let n = ts.new_int((STAT_RESULT.fields.len() + EXTRA.len()) as i64);
    let _ = d.set_item_str(ts, "n_fields", n);
    let _ = d.set_item_str(ts, "n_unnamed_fields", ts.new_int(3));
    t.modified();
    ty
}

pub(super) fn stat_type(ts: &ThreadState) -> ObjRef {
    STAT_TYPE.with_borrow_mut(|t| t.get_or_insert_with(|| make_stat_type(ts)).clone())
}

pub(super) fn stat_obj(ts: &ThreadState, st: &libc::stat) -> ObjRef {
    let i = |v: i64| ts.new_int(v);
    let time = |s: i64, ns: i64| {
        (
            ts.new_float(s as f64 + ns as f64 * 1e-9),
            s as i128 * 1_000_000_000 + ns as i128,
        )
    };
    let (fa, na) = time(st.st_atime, st.st_atime_nsec);
    let (fm, nm) = time(st.st_mtime, st.st_mtime_nsec);
    let (fc, nc) = time(st.st_ctime, st.st_ctime_nsec);
    let big = |v: i128| match i64::try_from(v) {
        Ok(x) => ts.new_int(x),
        Err(_) => ts.new_bigint(num_bigint::BigInt::from(v)),
    };
    let extras = ts.new_tuple(vec![
        fa,
        fm,
        fc,
        big(na),
        big(nm),
        big(nc),
        i(st.st_blksize),
        i(st.st_blocks),
        i(st.st_rdev as i64),
    ]);
    let ty = stat_type(ts);
    let o = structseq::new(
        ts,
        &ty,
        vec![
            i(st.st_mode as i64),
            i(st.st_ino as i64),
            i(st.st_dev as i64),
            i(st.st_nlink as i64),
            i(st.st_uid as i64),
            i(st.st_gid as i64),
            i(st.st_size),
            i(st.st_atime),
            i(st.st_mtime),
            i(st.st_ctime),
        ],
    );
    // SAFETY: the type's instances have the hidden slot (`make_stat_type`).
    unsafe { o.slot_at(ty.typ_payload().slotsoffset.get()) }.set(Some(extras));
    o
}

pub(super) static STAT_SPEC: ArgSpec = ArgSpec {
    fname: "stat",
    names: &["path", "dir_fd", "follow_symlinks"],
    required: 1,
    posonly: 0,
    kwonly: 1,
};

pub(super) fn do_stat(ts: &ThreadState, o: &ObjRef, follow: bool, fname: &str) -> PyResult<ObjRef> {
    // SAFETY: a zeroed out buffer for the C library to fill.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    if o.is_a::<PyInt>() {
        let fd = ab::index_isize(ts, o)? as i32;
        // SAFETY: fstat with a valid buffer.
        check(ts, unsafe { libc::fstat(fd, &mut st) }, None)?;
        return Ok(stat_obj(ts, &st));
    }
    let p = path_arg(ts, fname, o)?;
    // SAFETY: NUL-terminated path, valid buffer.
    let r = unsafe {
        if follow {
            libc::stat(p.c.as_ptr(), &mut st)
        } else {
            libc::lstat(p.c.as_ptr(), &mut st)
        }
    };
    check(ts, r, Some(&p.obj))?;
    Ok(stat_obj(ts, &st))
}

pub(super) fn stat(
    ts: &ThreadState,
    _: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let [path, _dir_fd, follow] = args::parse::<3>(ts, &STAT_SPEC, a, kw)?;
    let follow = match follow {
        Some(f) => ab::is_true(ts, &f)?,
        None => true,
    };
    do_stat(ts, &path.expect("required"), follow, "stat")
}
pub(super) fn lstat(
    ts: &ThreadState,
    _: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let [path, _dir_fd, _] = args::parse::<3>(ts, &STAT_SPEC, a, kw)?;
    do_stat(ts, &path.expect("required"), false, "lstat")
}
pub(super) fn fstat(ts: &ThreadState, _: &ObjRef, fd: &ObjRef) -> PyResult<ObjRef> {
    do_stat(
        ts,
        &ts.new_int(ab::index_isize(ts, fd)? as i64),
        true,
        "fstat",
    )
}

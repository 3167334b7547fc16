//! The `_thread` module for taipan's one thread: `get_ident`, `allocate_lock`/`LockType`
//! (`acquire` with `blocking`/`timeout`, `release`, `locked`, context manager), `RLock`,
//! `_count`, `TIMEOUT_MAX`, `error`, `stack_size`, `_set_sentinel`. Starting a thread raises
//! `RuntimeError("can't start new thread")`; acquiring a held lock without a timeout would
//! wait forever on one thread, so it raises instead of hanging.

use std::cell::Cell;

use taipan_object::args::{ArgSpec, check_positional, parse};
use taipan_object::typeobj::{Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags};
use taipan_object::types::float::to_f64;
use taipan_object::{ObjRef, PyPayload, PyResult, ThreadState, alloc_object};

use super::common::{add_type, set_attr, type_of};

const TIMEOUT_MAX: f64 = 9223372036.0;

fn ident() -> i64 {
    // One thread: a stable, process-specific positive number (CPython's is pthread_self()).
    139_000_000_000_000 + std::process::id() as i64 * 4096
}

pub struct Lock {
    locked: Cell<bool>,
    /// RLock only: the recursion count (the owner is always this thread).
    count: Cell<u64>,
}
impl PyPayload for Lock {}

fn this(o: &ObjRef) -> &Lock {
    o.downcast::<Lock>().expect("lock")
}

fn new_lock(ts: &ThreadState, cls: &ObjRef) -> ObjRef {
    alloc_object(
        ts,
        cls,
        Lock {
            locked: Cell::new(false),
            count: Cell::new(0),
        },
    )
}

fn lock_new(
    ts: &ThreadState,
    cls: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    taipan_object::args::no_kwargs(ts, "lock", kw)?;
    check_positional(ts, "lock", args.len(), 0, 0)?;
    Ok(new_lock(ts, cls))
}

/// `(blocking, timeout)` of `acquire`, checked as CPython's `lock_acquire_parse_args`.
fn acquire_args(ts: &ThreadState, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<(bool, f64)> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "acquire",
        names: &["blocking", "timeout"],
        required: 0,
        posonly: 0,
        kwonly: 2,
    };
    let [blocking, timeout] = parse::<2>(ts, &SPEC, args, kw)?;
    let blocking = match blocking {
        Some(b) => taipan_object::abstract_::is_true(ts, &b)?,
        None => true,
    };
    let timeout = match timeout {
        Some(t) => to_f64(ts, &t)?,
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(ts.value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(ts.value_error("timeout value must be a non-negative number"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(ts.overflow_error("timeout value is too large"));
    }
    Ok((blocking, timeout))
}

/// Waiting for a lock only this thread could release.
fn wait_held(ts: &ThreadState, blocking: bool, timeout: f64) -> PyResult<ObjRef> {
    if !blocking {
        return Ok(ts.bool_obj(false));
    }
    if timeout >= 0.0 {
        std::thread::sleep(std::time::Duration::from_secs_f64(timeout.min(1e9)));
        return Ok(ts.bool_obj(false));
    }
    Err(ts.runtime_error("deadlock: the lock is held and no other thread can release it"))
}

fn acquire(ts: &ThreadState, o: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    let (blocking, timeout) = acquire_args(ts, args, kw)?;
    let l = this(o);
    if l.locked.get() {
        return wait_held(ts, blocking, timeout);
    }
    l.locked.set(true);
    Ok(ts.bool_obj(true))
}

fn release(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let l = this(o);
    if !l.locked.get() {
        return Err(ts.runtime_error("release unlocked lock"));
    }
    l.locked.set(false);
    Ok(ts.none())
}

fn locked(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.bool_obj(this(o).locked.get()))
}

fn exit(ts: &ThreadState, o: &ObjRef, _: &[ObjRef]) -> PyResult<ObjRef> {
    release(ts, o)
}

fn lock_repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let state = if this(o).locked.get() {
        "locked"
    } else {
        "unlocked"
    };
    Ok(ts.new_string(format!(
        "<{state} {} object at {:#x}>",
        o.typ().name(),
        o.id()
    )))
}

static LOCK_METHODS: &[MethodDef] = &[
    MethodDef::new("acquire", Meth::FastKw(acquire)),
    MethodDef::new("acquire_lock", Meth::FastKw(acquire)),
    MethodDef::new("__enter__", Meth::FastKw(acquire)),
    MethodDef::new("release", Meth::NoArgs(release)),
    MethodDef::new("release_lock", Meth::NoArgs(release)),
    MethodDef::new("__exit__", Meth::Fast(exit)),
    MethodDef::new("locked", Meth::NoArgs(locked)),
    MethodDef::new("locked_lock", Meth::NoArgs(locked)),
];

pub static LOCK_SPEC: TypeSpec = TypeSpec {
    slots: Slots {
        new: Some(lock_new),
        repr: Some(lock_repr),
        ..Slots::NONE
    },
    methods: &[LOCK_METHODS],
    ..TypeSpec::new("_thread.lock", PayloadInfo::of::<Lock>())
};

// ---- RLock ----

fn rlock_acquire(
    ts: &ThreadState,
    o: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    acquire_args(ts, args, kw)?;
    let l = this(o);
    l.count.set(l.count.get() + 1);
    l.locked.set(true);
    Ok(ts.bool_obj(true))
}

fn rlock_release(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let l = this(o);
    if l.count.get() == 0 {
        return Err(ts.runtime_error("cannot release un-acquired lock"));
    }
    l.count.set(l.count.get() - 1);
    l.locked.set(l.count.get() > 0);
    Ok(ts.none())
}

fn rlock_exit(ts: &ThreadState, o: &ObjRef, _: &[ObjRef]) -> PyResult<ObjRef> {
    rlock_release(ts, o)
}

fn rlock_is_owned(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.bool_obj(this(o).count.get() > 0))
}

fn rlock_release_save(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let l = this(o);
    if l.count.get() == 0 {
        return Err(ts.runtime_error("cannot release un-acquired lock"));
    }
    let c = l.count.replace(0);
    l.locked.set(false);
    Ok(ts.new_tuple(vec![ts.new_int(c as i64), ts.new_int(ident())]))
}

fn rlock_acquire_restore(ts: &ThreadState, o: &ObjRef, state: &ObjRef) -> PyResult<ObjRef> {
    let t = state
        .downcast::<taipan_object::types::tuple::PyTuple>()
        .ok_or_else(|| ts.type_error("_acquire_restore() argument 1 must be tuple"))?;
    let c = t
        .items()
        .first()
        .map(|c| super::common::index_i64(ts, c))
        .transpose()?
        .unwrap_or(0);
    let l = this(o);
    l.count.set(c.max(0) as u64);
    l.locked.set(c > 0);
    Ok(ts.none())
}

fn rlock_repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let l = this(o);
    let (state, owner) = if l.count.get() > 0 {
        ("locked", ident())
    } else {
        ("unlocked", 0)
    };
    Ok(ts.new_string(format!(
        "<{state} {} object owner={owner} count={} at {:#x}>",
        o.typ().name(),
        l.count.get(),
        o.id()
    )))
}

static RLOCK_METHODS: &[MethodDef] = &[
    MethodDef::new("acquire", Meth::FastKw(rlock_acquire)),
    MethodDef::new("__enter__", Meth::FastKw(rlock_acquire)),
    MethodDef::new("release", Meth::NoArgs(rlock_release)),
    MethodDef::new("__exit__", Meth::Fast(rlock_exit)),
    MethodDef::new("_is_owned", Meth::NoArgs(rlock_is_owned)),
    MethodDef::new("_release_save", Meth::NoArgs(rlock_release_save)),
    MethodDef::new("_acquire_restore", Meth::O(rlock_acquire_restore)),
];

pub static RLOCK_SPEC: TypeSpec = TypeSpec {
    flags: flags::BASETYPE,
    slots: Slots {
        new: Some(lock_new),
        repr: Some(rlock_repr),
        ..Slots::NONE
    },
    methods: &[RLOCK_METHODS],
    ..TypeSpec::new("_thread.RLock", PayloadInfo::of::<Lock>())
};

// ---- functions ----

fn allocate_lock(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(new_lock(ts, &type_of(ts, &LOCK_SPEC)))
}
fn get_ident(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(ident()))
}
fn get_native_id(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(std::process::id() as i64))
}
fn count(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(0))
}
fn stack_size(ts: &ThreadState, _: &ObjRef, args: &[ObjRef]) -> PyResult<ObjRef> {
    check_positional(ts, "stack_size", args.len(), 0, 1)?;
    if let Some(a) = args.first() {
        let n = super::common::index_i64(ts, a)?;
        if n != 0 && n < 32768 {
            return Err(ts.value_error("size not valid: 32768 bytes"));
        }
    }
    Ok(ts.new_int(0))
}
fn start_new_thread(ts: &ThreadState, _: &ObjRef, _: &[ObjRef]) -> PyResult<ObjRef> {
    Err(ts.runtime_error("can't start new thread"))
}
fn daemon_threads_allowed(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.bool_obj(true))
}

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::new("allocate_lock", Meth::NoArgs(allocate_lock)),
    MethodDef::new("allocate", Meth::NoArgs(allocate_lock)),
    MethodDef::new("_set_sentinel", Meth::NoArgs(allocate_lock)),
    MethodDef::new("get_ident", Meth::NoArgs(get_ident)),
    MethodDef::new("get_native_id", Meth::NoArgs(get_native_id)),
    MethodDef::new("_count", Meth::NoArgs(count)),
    MethodDef::new("stack_size", Meth::Fast(stack_size)),
    MethodDef::new("start_new_thread", Meth::Fast(start_new_thread)),
    MethodDef::new("start_new", Meth::Fast(start_new_thread)),
    MethodDef::new(
        "daemon_threads_allowed",
        Meth::NoArgs(daemon_threads_allowed),
    ),
];

/// Makes the `_thread` module.
pub fn make(ts: &ThreadState) -> ObjRef {
    let m = ts.new_builtin_module("_thread", FUNCTIONS);
    let lock = add_type(ts, &m, &LOCK_SPEC);
    set_attr(ts, &m, "LockType", lock);
    add_type(ts, &m, &RLOCK_SPEC);
    set_attr(ts, &m, "TIMEOUT_MAX", ts.new_float(TIMEOUT_MAX));
    set_attr(ts, &m, "error", ts.exc.runtime_error.clone());
    m
}

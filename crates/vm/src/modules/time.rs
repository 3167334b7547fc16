//! The `time` module (the clocks): `time`, `time_ns`, `perf_counter(_ns)`, `monotonic(_ns)`,
//! `process_time(_ns)`, `thread_time(_ns)` and `sleep` (interrupted by signals whose handlers
//! raise); the calendar functions are `time_calendar`'s.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use taipan_object::typeobj::{Meth, MethodDef};

use super::time_calendar as cal;
use taipan_object::types::float::PyFloat;
use taipan_object::{ObjRef, PyResult, ThreadState};

fn epoch_ns() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as i64)
        .unwrap_or(0)
}
fn clock_ns(id: libc_clock::Id) -> i64 {
    libc_clock::now_ns(id)
}

/// `clock_gettime(2)` (libc, which std links): `CLOCK_MONOTONIC` for `monotonic` and
/// `perf_counter`, `CLOCK_PROCESS_CPUTIME_ID` for `process_time`.
mod libc_clock {
    use super::*;
    pub enum Id {
        Monotonic,
        ProcessCpu,
        ThreadCpu,
    }
    #[repr(C)]
    struct Timespec {
        tv_sec: i64,
        tv_nsec: i64,
    }
    unsafe extern "C" {
        fn clock_gettime(clk: i32, tp: *mut Timespec) -> i32;
    }
    pub fn now_ns(id: Id) -> i64 {
        let clk = match id {
            Id::Monotonic => 1,  // CLOCK_MONOTONIC
            Id::ProcessCpu => 2, // CLOCK_PROCESS_CPUTIME_ID
            Id::ThreadCpu => 3,  // CLOCK_THREAD_CPUTIME_ID
        };
        let mut t = Timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: a valid out pointer; the clock ids exist on Linux.
        let r = unsafe { clock_gettime(clk, &mut t) };
        if r != 0 {
            return Instant::now().elapsed().as_nanos() as i64;
        }
        t.tv_sec * 1_000_000_000 + t.tv_nsec
    }
}

fn secs(ts: &ThreadState, ns: i64) -> ObjRef {
    ts.new_float(ns as f64 * 1e-9)
}
fn time(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(secs(ts, epoch_ns()))
}
fn time_ns(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(epoch_ns()))
}
fn monotonic(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(secs(ts, clock_ns(libc_clock::Id::Monotonic)))
}
fn monotonic_ns(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(clock_ns(libc_clock::Id::Monotonic)))
}
fn process_time(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(secs(ts, clock_ns(libc_clock::Id::ProcessCpu)))
}
fn process_time_ns(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(clock_ns(libc_clock::Id::ProcessCpu)))
}
fn sleep(ts: &ThreadState, _: &ObjRef, s: &ObjRef) -> PyResult<ObjRef> {
    let v = if let Some(f) = s.downcast::<PyFloat>() {
        f.0
    } else if s.typ().slots().index.is_some() || s.typ().slots().float.is_some() {
        taipan_object::types::float::to_f64(ts, s)?
    } else {
        return Err(ts.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            s.typ().name()
        )));
    };
    if v.is_nan() {
        return Err(ts.value_error("Invalid value NaN (not a number)"));
    }
    if v < 0.0 {
        return Err(ts.value_error("sleep length must be non-negative"));
    }
    interruptible_sleep(ts, Duration::from_secs_f64(v.min(1e9)))?;
    Ok(ts.none())
}

/// Sleeps for `d`; a signal that arrives meanwhile has its Python handler run at once (an
/// exception it raises ends the sleep), then the rest of the time is slept (PEP 475).
fn interruptible_sleep(ts: &ThreadState, d: Duration) -> PyResult<()> {
    let deadline = Instant::now() + d;
    loop {
        // In slices: a process-directed signal may be delivered to another thread (the
        // CLI's main thread waits for the interpreter thread), which then only sets the flag.
        let left = deadline
            .saturating_duration_since(Instant::now())
            .min(Duration::from_millis(10));
        if left.is_zero() {
            return Ok(());
        }
        let req = libc::timespec {
            tv_sec: left.as_secs() as libc::time_t,
            tv_nsec: left.subsec_nanos() as libc::c_long,
        };
        // SAFETY: a valid request; no remainder wanted (the deadline is recomputed).
        unsafe { libc::nanosleep(&req, std::ptr::null_mut()) };
        if ts.interrupt.load(std::sync::atomic::Ordering::SeqCst) {
            super::signal::run_pending(ts)?;
        }
    }
}

/// `time.get_clock_info(name)`: a `types.SimpleNamespace` describing the clock (Linux's).
fn get_clock_info(ts: &ThreadState, _: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
    use taipan_object::abstract_ as ab;
    let (imp, monotonic, adjustable) = match ab::str_string(ts, name)?.as_str() {
        "time" => ("clock_gettime(CLOCK_REALTIME)", false, true),
        "monotonic" | "perf_counter" => ("clock_gettime(CLOCK_MONOTONIC)", true, false),
        "process_time" => ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false),
        "thread_time" => ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false),
        _ => return Err(ts.value_error("unknown clock")),
    };
    let types = crate::import::import_module(ts, "types")?;
    let ns = ab::call(
        ts,
        &ab::getattr(ts, &types, &ts.new_str("SimpleNamespace"))?,
        &[],
    )?;
    let set = |k: &str, v: ObjRef| ab::setattr(ts, &ns, &ts.new_str(k), Some(&v));
    set("implementation", ts.new_str(imp))?;
    set("monotonic", ts.bool_obj(monotonic))?;
    set("adjustable", ts.bool_obj(adjustable))?;
    set("resolution", ts.new_float(1e-9))?;
    Ok(ns)
}

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::new("time", Meth::NoArgs(time)),
    MethodDef::new("get_clock_info", Meth::O(get_clock_info)),
    MethodDef::new("time_ns", Meth::NoArgs(time_ns)),
    MethodDef::new("perf_counter", Meth::NoArgs(monotonic)),
    MethodDef::new("perf_counter_ns", Meth::NoArgs(monotonic_ns)),
    MethodDef::new("monotonic", Meth::NoArgs(monotonic)),
    MethodDef::new("monotonic_ns", Meth::NoArgs(monotonic_ns)),
    MethodDef::new("process_time", Meth::NoArgs(process_time)),
    MethodDef::new("process_time_ns", Meth::NoArgs(process_time_ns)),
    MethodDef::new("sleep", Meth::O(sleep)),
    MethodDef::new("thread_time", Meth::NoArgs(thread_time)),
    MethodDef::new("thread_time_ns", Meth::NoArgs(thread_time_ns)),
    MethodDef::new("gmtime", Meth::Fast(cal::gmtime)),
    MethodDef::new("localtime", Meth::Fast(cal::localtime)),
    MethodDef::new("mktime", Meth::O(cal::mktime)),
    MethodDef::new("asctime", Meth::Fast(cal::asctime)),
    MethodDef::new("ctime", Meth::Fast(cal::ctime)),
    MethodDef::new("strftime", Meth::Fast(cal::strftime)),
    MethodDef::new("tzset", Meth::NoArgs(cal::tzset)),
];

fn thread_time(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(secs(ts, clock_ns(libc_clock::Id::ThreadCpu)))
}
fn thread_time_ns(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(clock_ns(libc_clock::Id::ThreadCpu)))
}

/// Makes the `time` module.
pub fn make(ts: &ThreadState) -> ObjRef {
    let m = ts.new_builtin_module("time", FUNCTIONS);
    cal::set_zone_attrs(ts, &m);
    m
}

//! The `select` module (CPython's `selectmodule.c`, the parts `selectors` and `subprocess`
//! use): `select.select` over `select(2)`, `select.poll` objects (`register`, `modify`,
//! `unregister`, `poll`), the `POLL*` constants and `select.error` (`OSError`). No `epoll`,
//! so `selectors.DefaultSelector` is the `PollSelector`.

use std::cell::RefCell;
use std::time::{Duration, Instant};

use taipan_object::abstract_ as ab;
use taipan_object::args;
use taipan_object::typeobj::{Meth, MethodDef, PayloadInfo, TypeSpec, flags};
use taipan_object::types::float::PyFloat;
use taipan_object::types::int::PyInt;
use taipan_object::{ObjRef, PyPayload, PyResult, ThreadState, alloc_object};

use super::common::{add_type, set_attr, type_of};
use super::io::{as_file_descriptor, check_interrupt, last_errno, os_error};

/// A timeout in seconds (`None`: block), as `select.select` takes it.
fn seconds(ts: &ThreadState, o: Option<&ObjRef>) -> PyResult<Option<Duration>> {
    let Some(o) = o.filter(|o| !ts.is_none(o)) else {
        return Ok(None);
    };
    let v = if let Some(f) = o.downcast::<PyFloat>() {
        if f.0.is_nan() {
            return Err(ts.value_error("Invalid value NaN (not a number)"));
        }
        f.0
    } else if o.is_a::<PyInt>() || o.typ().slots().index.is_some() {
        ab::index_isize(ts, o)? as f64
    } else {
        return Err(ts.type_error("timeout must be a float or None"));
    };
    if v < 0.0 {
        return Err(ts.value_error("timeout must be non-negative"));
    }
    Ok(Some(Duration::from_secs_f64(v.min(1e12))))
}

/// The (fd, object) pairs of one of `select`'s lists.
fn fd_list(ts: &ThreadState, o: &ObjRef) -> PyResult<Vec<(i32, ObjRef)>> {
    let items = ab::collect(ts, o).map_err(|e| {
        if e.matches(&ts.exc.type_error) {
            ts.type_error("arguments 1-3 must be sequences")
        } else {
            e
        }
    })?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let fd = as_file_descriptor(ts, &it)?;
        if fd >= libc::FD_SETSIZE as i32 {
            return Err(ts.value_error("filedescriptor out of range in select()"));
        }
        out.push((fd, it));
    }
    Ok(out)
}

fn select(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "select", a.len(), 3, 4)?;
    let timeout = seconds(ts, a.get(3))?;
    let lists = [
        fd_list(ts, &a[0])?,
        fd_list(ts, &a[1])?,
        fd_list(ts, &a[2])?,
    ];
    let deadline = timeout.map(|t| Instant::now() + t);
    loop {
        // SAFETY: fd_sets are plain bit arrays, zeroed then filled with in-range fds.
        let mut sets: [libc::fd_set; 3] = unsafe { std::mem::zeroed() };
        let mut nfds = 0;
        for (set, list) in sets.iter_mut().zip(&lists) {
            for (fd, _) in list {
                // SAFETY: fd < FD_SETSIZE (checked).
                unsafe { libc::FD_SET(*fd, set) };
                nfds = nfds.max(fd + 1);
            }
        }
        let mut tv = deadline.map(|d| {
            let left = d.saturating_duration_since(Instant::now());
            libc::timeval {
                tv_sec: left.as_secs() as libc::time_t,
                tv_usec: left.subsec_micros() as libc::suseconds_t,
            }
        });
        let tvp = tv
            .as_mut()
            .map_or(std::ptr::null_mut(), |t| t as *mut libc::timeval);
        let [r, w, x] = &mut sets;
        // SAFETY: three valid fd_sets and a null or valid timeval.
        let n = unsafe { libc::select(nfds, r, w, x, tvp) };
        if n < 0 {
            if last_errno() == libc::EINTR {
                check_interrupt(ts)?;
                continue;
            }
            return Err(os_error(ts, last_errno(), None));
        }
        let ready = |set: &libc::fd_set, list: &[(i32, ObjRef)]| {
            let v = list
                .iter()
                // SAFETY: fd < FD_SETSIZE (checked).
                .filter(|(fd, _)| unsafe { libc::FD_ISSET(*fd, set) })
                .map(|(_, o)| o.clone())
                .collect();
            ts.new_list(v)
        };
        return Ok(ts.new_tuple(vec![
            ready(&sets[0], &lists[0]),
            ready(&sets[1], &lists[1]),
            ready(&sets[2], &lists[2]),
        ]));
    }
}

// ---- poll ----

/// `select.poll()`: registered descriptors and their event masks, in registration order.
pub struct Poll {
    fds: RefCell<Vec<libc::pollfd>>,
}
impl PyPayload for Poll {}

fn this(o: &ObjRef) -> &Poll {
    o.downcast::<Poll>().expect("select.poll")
}

fn new_poll(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(alloc_object(
        ts,
        &type_of(ts, &POLL_SPEC),
        Poll {
            fds: RefCell::new(Vec::new()),
        },
    ))
}

fn event_mask(ts: &ThreadState, o: &ObjRef) -> PyResult<i16> {
    let v = ab::index_isize(ts, o)?;
    if !(0..=0xffff).contains(&v) {
        return Err(ts.overflow_error(if v < 0 {
            "unsigned short is less than minimum"
        } else {
            "unsigned short is greater than maximum"
        }));
    }
    Ok(v as u16 as i16)
}

fn register(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "register", a.len(), 1, 2)?;
    let fd = as_file_descriptor(ts, &a[0])?;
    let events = match a.get(1) {
        Some(m) => event_mask(ts, m)?,
        None => libc::POLLIN | libc::POLLPRI | libc::POLLOUT,
    };
    let mut v = this(o).fds.borrow_mut();
    match v.iter_mut().find(|p| p.fd == fd) {
        Some(p) => p.events = events,
        None => v.push(libc::pollfd {
            fd,
            events,
            revents: 0,
        }),
    }
    Ok(ts.none())
}

fn modify(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "modify", a.len(), 2, 2)?;
    let fd = as_file_descriptor(ts, &a[0])?;
    let events = event_mask(ts, &a[1])?;
    let mut v = this(o).fds.borrow_mut();
    match v.iter_mut().find(|p| p.fd == fd) {
        Some(p) => p.events = events,
        None => return Err(os_error(ts, libc::ENOENT, None)),
    }
    Ok(ts.none())
}

fn unregister(ts: &ThreadState, o: &ObjRef, fdo: &ObjRef) -> PyResult<ObjRef> {
    let fd = as_file_descriptor(ts, fdo)?;
    let mut v = this(o).fds.borrow_mut();
    match v.iter().position(|p| p.fd == fd) {
        Some(i) => {
            v.remove(i);
            Ok(ts.none())
        }
        None => Err(ts.new_error_args(&ts.exc.key_error, vec![fdo.clone()])),
    }
}

fn poll(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "poll", a.len(), 0, 1)?;
    // Milliseconds; None or negative: wait forever.
    let ms: Option<f64> = match a.first().filter(|t| !ts.is_none(t)) {
        None => None,
        Some(t) => {
            let v = if let Some(f) = t.downcast::<PyFloat>() {
                f.0.ceil()
            } else if t.typ().slots().index.is_some() {
                ab::index_isize(ts, t)? as f64
            } else {
                return Err(ts.type_error("timeout must be an integer or None"));
            };
            (v >= 0.0).then_some(v)
        }
    };
    let deadline = ms.map(|m| Instant::now() + Duration::from_millis(m.min(1e12) as u64));
    let mut fds = this(o).fds.borrow().clone();
    loop {
        let wait = match deadline {
            None => -1,
            Some(d) => {
                let left = d.saturating_duration_since(Instant::now());
                left.as_millis().min(i32::MAX as u128) as i32
            }
        };
        // SAFETY: a pollfd array of its length.
        let n = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, wait) };
        if n < 0 {
            if last_errno() == libc::EINTR {
                check_interrupt(ts)?;
                continue;
            }
            return Err(os_error(ts, last_errno(), None));
        }
        let out = fds
            .iter()
            .filter(|p| p.revents != 0)
            .map(|p| {
                ts.new_tuple(vec![
                    ts.new_int(p.fd as i64),
                    ts.new_int(p.revents as u16 as i64),
                ])
            })
            .collect();
        return Ok(ts.new_list(out));
    }
}

static POLL_METHODS: &[MethodDef] = &[
    MethodDef::new("register", Meth::Fast(register)),
    MethodDef::new("modify", Meth::Fast(modify)),
    MethodDef::new("unregister", Meth::O(unregister)),
    MethodDef::new("poll", Meth::Fast(poll)),
];
static POLL_SPEC: TypeSpec = TypeSpec {
    flags: flags::DISALLOW_INSTANTIATION,
    methods: &[POLL_METHODS],
    ..TypeSpec::new("select.poll", PayloadInfo::of::<Poll>())
};

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::new("select", Meth::Fast(select)),
    MethodDef::new("poll", Meth::NoArgs(new_poll)),
];

/// Makes the `select` module.
pub fn make(ts: &ThreadState) -> ObjRef {
    let m = ts.new_builtin_module("select", FUNCTIONS);
    let _ = type_of(ts, &POLL_SPEC);
    let _ = add_type;
    set_attr(ts, &m, "error", ts.exc.os_error.clone());
    for (k, v) in [
        ("POLLIN", libc::POLLIN),
        ("POLLPRI", libc::POLLPRI),
        ("POLLOUT", libc::POLLOUT),
        ("POLLERR", libc::POLLERR),
        ("POLLHUP", libc::POLLHUP),
        ("POLLNVAL", libc::POLLNVAL),
        ("POLLRDNORM", libc::POLLRDNORM),
        ("POLLRDBAND", libc::POLLRDBAND),
        ("POLLWRNORM", libc::POLLWRNORM),
        ("POLLWRBAND", libc::POLLWRBAND),
        ("POLLMSG", 0x400),
        ("POLLRDHUP", libc::POLLRDHUP),
    ] {
        set_attr(ts, &m, k, ts.new_int(v as i64));
    }
    set_attr(ts, &m, "PIPE_BUF", ts.new_int(libc::PIPE_BUF as i64));
    m
}

//! The in-memory stream core shared by `_io.BytesIO` (a `Vec<u8>`) and `_io.StringIO` (a
//! `Vec<char>`): the buffer with its position and closed flag ([`MemBuf`]: reading a run,
//! writing at the position zero-padded past the end, truncating) and the methods that are the
//! same for both ([`MemIO`]: `tell`, `truncate`, `close`, `closed`, `readable`/`writable`/
//! `seekable`, iteration, GC traversal), generic and monomorphized per type.

use std::cell::{Cell, RefCell};

use taipan_object::abstract_ as ab;
use taipan_object::args;
use taipan_object::types::dict::PyDict;
use taipan_object::types::int::PyInt;
use taipan_object::types::tuple::PyTuple;
use taipan_object::{ObjRef, PyPayload, PyResult, ThreadState};

/// A stream's contents, position, closed flag and instance dict.
pub struct MemBuf<T> {
    pub buf: RefCell<Vec<T>>,
    pub pos: Cell<usize>,
    pub closed: Cell<bool>,
    pub dict: Cell<Option<ObjRef>>,
}

impl<T: Copy + Default> MemBuf<T> {
    pub fn new() -> Self {
        MemBuf {
            buf: RefCell::new(Vec::new()),
            pos: Cell::new(0),
            closed: Cell::new(false),
            dict: Cell::new(None),
        }
    }

    /// Reads up to `n` items (all with `n < 0`) from the position and moves past them; a
    /// position past the end stays where it is, as CPython's.
    pub fn take(&self, n: isize) -> Vec<T> {
        let v = self.buf.borrow();
        let pos = self.pos.get().min(v.len());
        let end = if n < 0 {
            v.len()
        } else {
            pos.saturating_add(n as usize).min(v.len())
        };
        self.pos.set(self.pos.get().max(end));
        v[pos..end].to_vec()
    }

    /// Writes `data` at the position (padding with zeros past the end); moves past it.
    pub fn write_at(&self, data: &[T]) {
        if data.is_empty() {
            // Nothing written pads nothing, even past the end.
            return;
        }
        let mut v = self.buf.borrow_mut();
        let pos = self.pos.get();
        if pos > v.len() {
            v.resize(pos, T::default());
        }
        let end = pos + data.len();
        let overlap = end.min(v.len());
        v[pos..overlap].copy_from_slice(&data[..overlap - pos]);
        v.extend_from_slice(&data[overlap - pos..]);
        self.pos.set(end);
    }
}

impl<T: Copy + Default> Default for MemBuf<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// What BytesIO and StringIO tell the shared methods.
pub trait MemIO: PyPayload + Sized {
    type Item: Copy + Default;
    /// `truncate`'s message for a negative size (the two C files word it differently).
    const NEGATIVE_SIZE: &'static str;
    /// `iter()` checks the stream (StringIO's is IOBase's `__iter__`; BytesIO's returns itself).
    const ITER_CHECKS: bool;
    fn mem(&self) -> &MemBuf<Self::Item>;
    /// The closed (and, for StringIO, uninitialized) checks.
    fn check(&self, ts: &ThreadState) -> PyResult<()>;
    /// The next line as the stream's type (bytes or str), `None` at the end.
    fn next_line(&self, ts: &ThreadState) -> Option<ObjRef>;
}

fn this<T: MemIO>(o: &ObjRef) -> &T {
    o.downcast::<T>().expect("in-memory stream")
}

pub fn tell<T: MemIO>(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let s = this::<T>(o);
    s.check(ts)?;
    Ok(ts.new_int(s.mem().pos.get() as i64))
}

pub fn truncate<T: MemIO>(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "truncate", a.len(), 0, 1)?;
    let s = this::<T>(o);
    s.check(ts)?;
    let m = s.mem();
    let size = match a.first().filter(|x| !ts.is_none(x)) {
        Some(x) => ab::index_isize(ts, x)?,
        None => m.pos.get() as isize,
    };
    if size < 0 {
        return Err(ts.value_error(format!("{} {size}", T::NEGATIVE_SIZE)));
    }
    let mut v = m.buf.borrow_mut();
    if (size as usize) < v.len() {
        v.truncate(size as usize);
    }
    Ok(ts.new_int(size as i64))
}

pub fn close<T: MemIO>(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let m = this::<T>(o).mem();
    m.closed.set(true);
    m.buf.borrow_mut().clear();
    Ok(ts.none())
}

pub fn true_if_open<T: MemIO>(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    this::<T>(o).check(ts)?;
    Ok(ts.bool_obj(true))
}

pub fn closed_get<T: MemIO>(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.bool_obj(this::<T>(o).mem().closed.get()))
}

pub fn iter<T: MemIO>(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let s = this::<T>(o);
    if T::ITER_CHECKS {
        if s.mem().closed.get() {
            return Err(super::closed_error(ts));
        }
        s.check(ts)?;
    }
    Ok(o.clone())
}

/// `__next__`: a subclass's own `readline` if it is a heap type, else the native line.
pub fn iternext<T: MemIO>(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let s = this::<T>(o);
    s.check(ts)?;
    if o.typ().is_heap() {
        let l = ab::call_method(ts, o, "readline", &[])?;
        return Ok((ab::len(ts, &l)? > 0).then_some(l));
    }
    Ok(s.next_line(ts))
}

pub fn traverse<T: MemIO>(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let m = this::<T>(o).mem();
    let d = m.dict.take();
    if let Some(d) = &d {
        visit(d);
    }
    m.dict.set(d);
}

/// The instance dict for `__getstate__`: a copy, or None when there is none.
pub fn state_dict<T: Copy + Default>(ts: &ThreadState, m: &MemBuf<T>) -> PyResult<ObjRef> {
    let d = m.dict.take();
    m.dict.set(d.clone());
    let Some(src) = d.as_ref().and_then(|d| d.downcast::<PyDict>()) else {
        return Ok(ts.none());
    };
    let copy = ts.new_dict();
    if let Some(c) = copy.downcast::<PyDict>() {
        c.update_from(ts, src)?;
    }
    Ok(copy)
}

/// `__setstate__`'s checks of its argument: a tuple of at least `n` items.
pub fn state_items<'a>(
    ts: &ThreadState,
    o: &ObjRef,
    state: &'a ObjRef,
    n: usize,
) -> PyResult<&'a [ObjRef]> {
    match state.downcast::<PyTuple>() {
        Some(t) if t.len() >= n => Ok(t.items()),
        _ => Err(ts.type_error(format!(
            "{}.__setstate__ argument should be {n}-tuple, got {}",
            o.typ().name(),
            state.typ().name()
        ))),
    }
}

/// `__setstate__`'s position item (`which`: its ordinal in the messages).
pub fn state_pos(ts: &ThreadState, item: &ObjRef, which: &str) -> PyResult<usize> {
    if !item.is_a::<PyInt>() {
        let verb = if which == "second" { "not" } else { "got" };
        return Err(ts.type_error(format!(
            "{which} item of state must be an integer, {verb} {}",
            item.typ().name()
        )));
    }
    let pos = ab::index_isize(ts, item)?;
    if pos < 0 {
        return Err(ts.value_error("position value cannot be negative"));
    }
    Ok(pos as usize)
}

/// `__setstate__`'s dict item: merged into the instance dict (which it becomes if there is
/// none yet).
pub fn set_state_dict<T: Copy + Default>(
    ts: &ThreadState,
    m: &MemBuf<T>,
    item: &ObjRef,
    which: &str,
) -> PyResult<()> {
    if ts.is_none(item) {
        return Ok(());
    }
    let Some(src) = item.downcast::<PyDict>() else {
        return Err(ts.type_error(format!(
            "{which} item of state should be a dict, got a {}",
            item.typ().name()
        )));
    };
    let d = m.dict.take();
    let r = match &d {
        Some(own) => match own.downcast::<PyDict>() {
            Some(own) => own.update_from(ts, src),
            None => Ok(()),
        },
        None => {
            m.dict.set(Some(item.clone()));
            return Ok(());
        }
    };
    m.dict.set(d);
    r
}

//! What the buffered classes (`BufferedReader`/`Writer`/`Random`, over a raw stream) and
//! `TextIOWrapper` (over a buffered one) share as wrappers of an inner stream ([`Layered`]):
//! the inner stream or the detached/uninitialized error, the methods and attributes passed
//! through to it (`fileno`, `isatty`, `readable`, `writable`, `seekable`, `name`), and GC
//! traversal; generic, monomorphized per class.

use std::cell::{Cell, RefCell};

use taipan_object::abstract_ as ab;
use taipan_object::{ObjRef, PyPayload, PyResult, ThreadState};

/// A wrapper of an inner stream.
pub trait Layered: PyPayload + Sized {
    /// The error once `detach()` took the inner stream.
    const DETACHED: &'static str;
    fn inner_slot(&self) -> &RefCell<Option<ObjRef>>;
    fn detached(&self) -> &Cell<bool>;
    fn dict_slot(&self) -> &Cell<Option<ObjRef>>;
}

/// `impl Layered` for a payload with `detached` and `dict` fields and its inner stream's field.
macro_rules! impl_layered {
    ($ty:ty, $inner:ident, $detached:literal) => {
        impl $crate::modules::io::layered::Layered for $ty {
            const DETACHED: &'static str = $detached;
            fn inner_slot(&self) -> &std::cell::RefCell<Option<ObjRef>> {
                &self.$inner
            }
            fn detached(&self) -> &std::cell::Cell<bool> {
                &self.detached
            }
            fn dict_slot(&self) -> &std::cell::Cell<Option<ObjRef>> {
                &self.dict
            }
        }
    };
}
pub(super) use impl_layered;

/// The inner stream, or ValueError when it was detached or never set.
pub fn inner<T: Layered>(ts: &ThreadState, s: &T) -> PyResult<ObjRef> {
    match &*s.inner_slot().borrow() {
        Some(r) => Ok(r.clone()),
        None if s.detached().get() => Err(ts.value_error(T::DETACHED)),
        None => Err(ts.value_error("I/O operation on uninitialized object")),
    }
}

fn inner_of<T: Layered>(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    inner(ts, o.downcast::<T>().expect("stream wrapper"))
}

macro_rules! forward {
    ($($name:ident),*) => {$(
        /// Passed through to the inner stream.
        pub fn $name<T: Layered>(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
            ab::call_method(ts, &inner_of::<T>(ts, o)?, stringify!($name), &[])
        }
    )*};
}
forward!(fileno, isatty, readable, writable, seekable);

/// `name`: the inner stream's.
pub fn name_get<T: Layered>(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    ab::getattr_str(ts, &inner_of::<T>(ts, o)?, "name")
}

pub fn traverse<T: Layered>(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let s = o.downcast::<T>().expect("stream wrapper");
    if let Ok(r) = s.inner_slot().try_borrow()
        && let Some(r) = &*r
    {
        visit(r);
    }
    let d = s.dict_slot().take();
    if let Some(d) = &d {
        visit(d);
    }
    s.dict_slot().set(d);
}

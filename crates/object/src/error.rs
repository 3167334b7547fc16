//! `PyErr` (a raised exception: the exception instance) and `PyResult`, plus the thread
//! state's helpers that make CPython's common errors (`ts.type_error(msg)`...).

use crate::header::ObjRef;
use crate::thread::ThreadState;
use crate::typeobj::type_check;
use crate::types::exceptions::PyBaseException;

/// A raised exception. Holds the exception *instance* (normalized at raise time, as 3.12
/// does), so `__traceback__`, `__context__` and `__cause__` live on the instance.
#[derive(Clone, Debug)]
pub struct PyErr(ObjRef);

pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    /// Wraps an exception instance (a `BaseException` instance; see `abstract_::raise`).
    pub fn from_instance(exc: ObjRef) -> PyErr {
        debug_assert!(exc.is_a::<PyBaseException>());
        PyErr(exc)
    }
    #[inline]
    pub fn value(&self) -> &ObjRef {
        &self.0
    }
    pub fn into_value(self) -> ObjRef {
        self.0
    }
    /// The exception's class.
    pub fn class(&self) -> &ObjRef {
        self.0.class()
    }
    /// Whether the exception is an instance of `ty` (`PyErr_ExceptionMatches` for a class).
    pub fn matches(&self, ty: &ObjRef) -> bool {
        type_check(&self.0, ty)
    }
}

impl ThreadState {
    /// `PyErr_WarnEx(category, msg, 1)` through the `_warnings` module (an error when the
    /// warning filters turn it into one).
    pub fn warn(&self, category: &ObjRef, msg: impl Into<String>) -> Result<(), PyErr> {
        let warnings = (self.hooks.import_module.get())(self, "_warnings")?;
        crate::abstract_::call_method(
            self,
            &warnings,
            "warn",
            &[self.new_string(msg.into()), category.clone()],
        )?;
        Ok(())
    }
    /// A new exception of class `ty` with `args == (msg,)`.
    pub fn new_error(&self, ty: &ObjRef, msg: impl AsRef<str>) -> PyErr {
        let args = self.new_tuple(vec![self.new_str(msg.as_ref())]);
        PyErr(crate::types::exceptions::new_exception(self, ty, args))
    }
    /// A new exception of class `ty` with the given `args` objects.
    pub fn new_error_args(&self, ty: &ObjRef, args: Vec<ObjRef>) -> PyErr {
        let args = self.new_tuple(args);
        PyErr(crate::types::exceptions::new_exception(self, ty, args))
    }
    pub fn type_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&self.exc.type_error, msg)
    }
    pub fn value_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&self.exc.value_error, msg)
    }
    pub fn index_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&self.exc.index_error, msg)
    }
    pub fn attribute_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&self.exc.attribute_error, msg)
    }
    pub fn name_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&self.exc.name_error, msg)
    }
    pub fn runtime_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&self.exc.runtime_error, msg)
    }
    pub fn overflow_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&self.exc.overflow_error, msg)
    }
    pub fn zero_division_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&self.exc.zero_division_error, msg)
    }
    pub fn system_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&self.exc.system_error, msg)
    }
    pub fn recursion_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&self.exc.recursion_error, msg)
    }
    pub fn not_implemented_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&self.exc.not_implemented_error, msg)
    }
    pub fn memory_error(&self) -> PyErr {
        self.new_error_args(&self.exc.memory_error, vec![])
    }
    /// `KeyError(key)` (its str is the key's repr).
    pub fn key_error(&self, key: ObjRef) -> PyErr {
        self.new_error_args(&self.exc.key_error, vec![key])
    }
    /// `StopIteration(value)`, or `StopIteration()` for `None`.
    pub fn stop_iteration(&self, value: Option<ObjRef>) -> PyErr {
        self.new_error_args(&self.exc.stop_iteration, value.into_iter().collect())
    }
    /// Converts a `taipan_numeric` error (the optimizer's shared arithmetic) to an exception.
    pub fn from_numeric(&self, e: taipan_numeric::PyErr) -> PyErr {
        use taipan_numeric::PyErrKind as K;
        let ty = match e.kind {
            K::ZeroDivisionError => &self.exc.zero_division_error,
            K::OverflowError => &self.exc.overflow_error,
            K::ValueError => &self.exc.value_error,
            K::TypeError => &self.exc.type_error,
            K::IndexError => &self.exc.index_error,
            K::MemoryError => return self.memory_error(),
            K::NotImplementedError => &self.exc.not_implemented_error,
            K::KeyError => &self.exc.key_error,
            K::LookupError => &self.exc.lookup_error,
            K::UnicodeEncodeError => &self.exc.unicode_encode_error,
            K::UnicodeDecodeError => &self.exc.unicode_decode_error,
        };
        self.new_error(ty, &*e.message)
    }
}

//! Python exceptions as values: the class ([`PyErrKind`]) and CPython's message. Shared by
//! every pure-function crate (`taipan-text`, `taipan-numeric`, which re-exports it).

use std::borrow::Cow;

/// The exception classes the pure functions raise.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum PyErrKind {
    ZeroDivisionError,
    OverflowError,
    ValueError,
    TypeError,
    IndexError,
    MemoryError,
    KeyError,
    LookupError,
    UnicodeEncodeError,
    UnicodeDecodeError,
    /// An operation this crate does not compute (printf-style formatting).
    NotImplementedError,
}

impl PyErrKind {
    /// The class name, as a traceback prints it.
    pub fn class_name(self) -> &'static str {
        match self {
            PyErrKind::ZeroDivisionError => "ZeroDivisionError",
            PyErrKind::OverflowError => "OverflowError",
            PyErrKind::ValueError => "ValueError",
            PyErrKind::TypeError => "TypeError",
            PyErrKind::IndexError => "IndexError",
            PyErrKind::MemoryError => "MemoryError",
            PyErrKind::KeyError => "KeyError",
            PyErrKind::LookupError => "LookupError",
            PyErrKind::UnicodeEncodeError => "UnicodeEncodeError",
            PyErrKind::UnicodeDecodeError => "UnicodeDecodeError",
            PyErrKind::NotImplementedError => "NotImplementedError",
        }
    }
}

/// A raised exception: its class and `str()` of it.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct PyErr {
    pub kind: PyErrKind,
    pub message: Cow<'static, str>,
}

impl PyErr {
    pub fn new(kind: PyErrKind, message: impl Into<Cow<'static, str>>) -> PyErr {
        PyErr {
            kind,
            message: message.into(),
        }
    }
    pub fn zero_division(message: &'static str) -> PyErr {
        PyErr::new(PyErrKind::ZeroDivisionError, message)
    }
    pub fn overflow(message: &'static str) -> PyErr {
        PyErr::new(PyErrKind::OverflowError, message)
    }
    pub fn value_error(message: impl Into<Cow<'static, str>>) -> PyErr {
        PyErr::new(PyErrKind::ValueError, message)
    }
    pub fn type_error(message: impl Into<Cow<'static, str>>) -> PyErr {
        PyErr::new(PyErrKind::TypeError, message)
    }
    /// A result too large to build (CPython's `MemoryError()` has an empty message).
    pub fn memory() -> PyErr {
        PyErr::new(PyErrKind::MemoryError, "")
    }
}

impl std::fmt::Display for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.message.is_empty() {
            f.write_str(self.kind.class_name())
        } else {
            write!(f, "{}: {}", self.kind.class_name(), self.message)
        }
    }
}

impl std::error::Error for PyErr {}

pub type PyResult<T> = Result<T, PyErr>;

//! CPython 3.11's algorithms on `str`, `bytes` and the text of numbers, as pure functions over
//! Rust types with no object model, so the object model's type files stay thin and each
//! algorithm is tested alone against CPython (data in `tests/data/text/`).
//!
//! Strings are generalized UTF-8 bytes (`&[u8]`, see [`pystr`]: lone surrogates allowed);
//! results borrow from the input where CPython's would be slices (`split` yields `&[u8]`).
//! Errors are [`PyErr`] values with CPython's class and message, never panics.
//!
//! Modules by concern:
//! - `codecs`: utf-8/ascii/latin-1/utf-16/utf-32 and the 8-bit charmap codecs (cp1252, ...) with
//!   CPython's error handlers and errors;
//! - `escape`: backslash escapes, one scanner for source literals and the escape codecs;
//! - `error`: [`PyErr`], [`PyErrKind`], [`PyResult`] (shared with `taipan-numeric`);
//! - `pystr`: [`PyStr`] (owned), its builder, code point iteration and offsets;
//! - `unicode`: the Unicode 14 database CPython 3.11 uses (generated tables): predicates,
//!   decimal values, full case mappings;
//! - `repr`: `repr()`/`ascii()` of `str` and `bytes`;
//! - `floatfmt`: `PyOS_double_to_string` (`repr(float)`, `'e'`/`'f'`/`'g'`, flags);
//! - `intfmt`: integers to text in any base ([`IntRef`]: `i64` or `&BigInt`);
//! - `format`: the format mini-language, `str.format` fields, `%`-formatting;
//! - `methods`: the `str`/`bytes` methods (search, split, strip/pad, case, `is*`, translate);

pub mod alloc;
pub mod codecs;
pub mod error;
pub mod escape;
pub mod floatfmt;
pub mod format;
pub mod intfmt;
pub mod methods;
pub mod pystr;
pub mod repr;
pub mod unicode;

pub use error::{PyErr, PyErrKind, PyResult};
pub use floatfmt::{FloatFlags, FloatFormat, complex_repr, float_repr, format_float, write_float};
pub use intfmt::IntRef;
pub use methods::{Seq, Units};
pub use pystr::{CodePoints, PyStr, PyStrBuilder};
pub use repr::{bytes_repr, str_repr, utf8_str_repr};

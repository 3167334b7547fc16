//! Python 3.11's operator semantics on constant values, as pure functions: what CPython's
//! `Objects/longobject.c`, `floatobject.c`, `complexobject.c`, `unicodeobject.c`,
//! `bytesobject.c` and `tupleobject.c` compute for `+ - * / // % ** << >> & | ^ ~`, unary `-`/`+`,
//! `not`, truth values and `x[i]`, with the exceptions they raise returned as values
//! ([`PyErr`]: the exception class and CPython's exact message), never as panics.
//!
//! The AST optimizer folds constants with these functions, and the VM will run the same ones, so
//! both agree with each other and with CPython.
//!
//! Modules by concern:
//! - [`PyErr`], [`PyErrKind`]: re-exported from `taipan-text`, which owns them;
//! - `int`: `int` arithmetic on the AST's [`Int`] (an `i64` fast path, `BigInt` past it);
//! - `convert`: int to float (correctly rounded, `OverflowError`) and int true division
//!   (correctly rounded, as CPython's `long_true_divide`);
//! - `float`: `float` floor division, modulo and power with CPython's special cases;
//! - `complex`: `complex` arithmetic (`_Py_c_quot`, `_Py_c_pow`, `c_powi`);
//! - `seq`: `str`, `bytes` and `tuple` concatenation, repetition and indexing;
//! - `hash`: `hash()` of int, float, complex, str, bytes (SipHash-1-3 over PEP 393), tuple;
//! - `parse`: `int(text, base)` and `float(text)` (Unicode digits and spaces, underscores);
//! - `floatops`: `round(x, n)`, `round(x)`, `float.hex`/`fromhex`, `as_integer_ratio`;
//! - `intops`: `to_bytes`/`from_bytes`, `bit_count`, `round(n, k)`, `str(n)` with the digit limit;
//! - `compare`: Python's `==` on constants, and the items of a frozenset built from a list;
//! - `object`: the dispatch over [`Constant`] operands (bool as int, int to float to complex
//!   coercion, `TypeError` messages), the entry points [`binary_op`], [`unary_op`],
//!   [`truthy`] and [`get_item`].

mod compare;
mod complex;
mod convert;
pub mod float;
pub mod floatops;
pub mod hash;
pub mod int;
pub mod intops;
mod object;
pub mod parse;
mod seq;

pub use compare::{eq, frozenset_items};
pub use complex::Complex;
pub use convert::{int_to_f64, int_true_divide};
pub use int::bit_length;
pub use object::{binary_op, get_item, truthy, unary_op};
pub use taipan_text::{PyErr, PyErrKind, PyResult};

pub use taipan_ast::{Constant, Int, Operator, UnaryOperator};

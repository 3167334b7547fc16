//! Python's formatting languages:
//! - `spec`: the format mini-language's specifier ([`FormatSpec`]) and its errors;
//! - `number`: the layout of a formatted number (sign, prefix, zero padding, grouping);
//! - `apply`: `__format__` of `str`, `int`, `float`, `complex`;
//! - `field`: `str.format`'s replacement fields (`{0.attr[key]!r:>{width}}`), numbering errors;
//! - `printf`: `%`-formatting's conversions (`%s %r %a %d %x %e %f %g %c %%`).

pub mod apply;
pub mod field;
pub mod number;
pub mod printf;
pub mod spec;

pub use apply::{format_complex, format_float, format_int, format_str};
pub use spec::FormatSpec;

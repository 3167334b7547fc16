//! The methods of `str` and `bytes` that CPython implements in `Objects/stringlib/` and
//! `unicodeobject.c`, over [`Seq`] (the bytes plus their length in units: code points for
//! `str`, bytes for `bytes`), one concern a file:
//! - `search`: `find`/`rfind`/`index`/`rindex`/`count`/`startswith`/`endswith`/`replace`;
//! - `split`: `split`/`rsplit`/`splitlines`/`partition`/`rpartition`;
//! - `layout`: `strip` family, `center`/`ljust`/`rjust`/`zfill`, `expandtabs`;
//! - `case`: `lower`/`upper`/`casefold`/`title`/`capitalize`/`swapcase`;
//! - `predicates`: the `is*` methods;
//! - `translate`: `str.translate`/`maketrans`, `bytes.translate`/`maketrans`.

pub mod case;
pub mod layout;
pub mod predicates;
pub mod search;
pub mod split;
pub mod translate;

pub use search::{Seq, Units};

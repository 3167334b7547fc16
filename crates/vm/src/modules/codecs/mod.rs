//! The `_codecs` module (CPython's `Modules/_codecsmodule.c`), one concern a file:
//! `registry` (search functions, `lookup`, `encode`/`decode`, the path `str.encode` takes for
//! codecs and handlers registered from Python), `errors` (the error-handler registry and the
//! built-in handlers), `builtin` (the `utf_8_encode`... functions over `taipan_text`'s
//! codecs), `escape` (`escape_*`, `unicode_escape_*`, `raw_unicode_escape_*`) and `charmap`.

mod builtin;
mod charmap;
pub mod errors;
mod escape;
pub mod registry;

use taipan_object::typeobj::{Meth, MethodDef};
use taipan_object::{ObjRef, ThreadState};

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::new("register", Meth::O(registry::register)),
    MethodDef::new("unregister", Meth::O(registry::unregister)),
    MethodDef::new("lookup", Meth::O(registry::lookup)),
    MethodDef::new("encode", Meth::FastKw(registry::encode)),
    MethodDef::new("decode", Meth::FastKw(registry::decode)),
    MethodDef::new("register_error", Meth::Fast(errors::register_error)),
    MethodDef::new("lookup_error", Meth::O(errors::lookup_error)),
    MethodDef::new("utf_8_encode", Meth::Fast(builtin::utf_8_encode)),
    MethodDef::new("utf_8_decode", Meth::Fast(builtin::utf_8_decode)),
    MethodDef::new("ascii_encode", Meth::Fast(builtin::ascii_encode)),
    MethodDef::new("ascii_decode", Meth::Fast(builtin::ascii_decode)),
    MethodDef::new("latin_1_encode", Meth::Fast(builtin::latin_1_encode)),
    MethodDef::new("latin_1_decode", Meth::Fast(builtin::latin_1_decode)),
    MethodDef::new("utf_16_encode", Meth::Fast(builtin::utf_16_encode)),
    MethodDef::new("utf_16_decode", Meth::Fast(builtin::utf_16_decode)),
    MethodDef::new("utf_16_le_encode", Meth::Fast(builtin::utf_16_le_encode)),
    MethodDef::new("utf_16_le_decode", Meth::Fast(builtin::utf_16_le_decode)),
    MethodDef::new("utf_16_be_encode", Meth::Fast(builtin::utf_16_be_encode)),
    MethodDef::new("utf_16_be_decode", Meth::Fast(builtin::utf_16_be_decode)),
    MethodDef::new("utf_16_ex_decode", Meth::Fast(builtin::utf_16_ex_decode)),
    MethodDef::new("utf_32_encode", Meth::Fast(builtin::utf_32_encode)),
    MethodDef::new("utf_32_decode", Meth::Fast(builtin::utf_32_decode)),
    MethodDef::new("utf_32_le_encode", Meth::Fast(builtin::utf_32_le_encode)),
    MethodDef::new("utf_32_le_decode", Meth::Fast(builtin::utf_32_le_decode)),
    MethodDef::new("utf_32_be_encode", Meth::Fast(builtin::utf_32_be_encode)),
    MethodDef::new("utf_32_be_decode", Meth::Fast(builtin::utf_32_be_decode)),
    MethodDef::new("utf_32_ex_decode", Meth::Fast(builtin::utf_32_ex_decode)),
    MethodDef::new("utf_7_encode", Meth::Fast(builtin::utf_7_encode)),
    MethodDef::new("utf_7_decode", Meth::Fast(builtin::utf_7_decode)),
    MethodDef::new("readbuffer_encode", Meth::Fast(builtin::readbuffer_encode)),
    MethodDef::new("escape_encode", Meth::Fast(escape::escape_encode)),
    MethodDef::new("escape_decode", Meth::Fast(escape::escape_decode)),
    MethodDef::new(
        "unicode_escape_encode",
        Meth::Fast(escape::unicode_escape_encode),
    ),
    MethodDef::new(
        "unicode_escape_decode",
        Meth::Fast(escape::unicode_escape_decode),
    ),
    MethodDef::new(
        "raw_unicode_escape_encode",
        Meth::Fast(escape::raw_unicode_escape_encode),
    ),
    MethodDef::new(
        "raw_unicode_escape_decode",
        Meth::Fast(escape::raw_unicode_escape_decode),
    ),
    MethodDef::new("charmap_encode", Meth::Fast(charmap::charmap_encode)),
    MethodDef::new("charmap_decode", Meth::Fast(charmap::charmap_decode)),
    MethodDef::new("charmap_build", Meth::O(charmap::charmap_build)),
];

/// Makes the `_codecs` module (and makes sure `str.encode` can reach its registry).
pub fn make(ts: &ThreadState) -> ObjRef {
    registry::install();
    ts.new_builtin_module("_codecs", FUNCTIONS)
}

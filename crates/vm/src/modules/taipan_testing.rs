//! `_taipan_testing`: hooks for taipan's own tests of its failure paths (as CPython's
//! `_testcapi.fatal_error`): `panic(msg)` panics in Rust inside a builtin (the eval loop turns
//! it into `SystemError`, `crate::panic`), `fatal_error(msg)` ends the process with CPython's
//! fatal error report and `abort()`.

use taipan_object::abstract_ as ab;
use taipan_object::typeobj::{Meth, MethodDef};
use taipan_object::{ObjRef, PyResult, ThreadState};

fn panic(ts: &ThreadState, _: &ObjRef, msg: &ObjRef) -> PyResult<ObjRef> {
    let s = ab::str(ts, msg)?;
    panic!("{}", ab::str_of(&s));
}

fn fatal_error(ts: &ThreadState, _: &ObjRef, msg: &ObjRef) -> PyResult<ObjRef> {
    let s = ab::str(ts, msg)?;
    crate::panic::fatal_error(ab::str_of(&s))
}

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::new("panic", Meth::O(panic)),
    MethodDef::new("fatal_error", Meth::O(fatal_error)),
];

/// Makes the `_taipan_testing` module.
pub fn make(ts: &ThreadState) -> ObjRef {
    ts.new_builtin_module("_taipan_testing", FUNCTIONS)
}

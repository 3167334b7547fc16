//! The exception-related opcodes' helpers that are not generator ones: `BEFORE_ASYNC_WITH`,
//! and `CHECK_EG_MATCH`/`PREP_RERAISE_STAR` (`except*`, the group algorithms live in the
//! object crate's `exceptions_group`).

use taipan_object::abstract_ as ab;
use taipan_object::types::exceptions_group as eg;
use taipan_object::{ObjRef, PyResult, ThreadState};

/// `BEFORE_ASYNC_WITH`: `(bound __aexit__, result of __aenter__())`.
pub fn before_async_with(ts: &ThreadState, mgr: &ObjRef) -> PyResult<(ObjRef, ObjRef)> {
    let typ = mgr.typ();
    let Some(enter) = typ.lookup_str(ts, "__aenter__") else {
        return Err(ts.type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol",
            typ.name()
        )));
    };
    let Some(exit) = typ.lookup_str(ts, "__aexit__") else {
        return Err(ts.type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
            typ.name()
        )));
    };
    let exit = ab::descr_get(ts, &exit, Some(mgr), Some(mgr.class()))?;
    let res = ab::call_unbound(ts, &enter, mgr, &[])?;
    Ok((exit, res))
}

/// `CHECK_EG_MATCH`.
pub fn check_eg_match(ts: &ThreadState, exc: &ObjRef, cls: &ObjRef) -> PyResult<(ObjRef, ObjRef)> {
    eg::check_eg_match(ts, exc, cls)
}

/// `PREP_RERAISE_STAR`.
pub fn prep_reraise_star(ts: &ThreadState, orig: &ObjRef, excs: &ObjRef) -> PyResult<ObjRef> {
    eg::prep_reraise_star(ts, orig, excs)
}

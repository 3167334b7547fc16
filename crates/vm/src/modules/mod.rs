//! The natively provided modules that `import` finds before `sys.path` (CPython's built-in
//! and C extension modules): one file a module, [`find`] the registry.

use taipan_object::{ObjRef, ThreadState};

pub mod math;
pub mod time;

/// The maker of the native module `name`, if taipan provides one.
pub fn find(name: &str) -> Option<fn(&ThreadState) -> ObjRef> {
    match name {
        "math" => Some(math::make),
        "time" => Some(time::make),
        _ => None,
    }
}

//! The natively provided modules that `import` finds before `sys.path` (CPython's built-in
//! and C extension modules): one file a module, [`find`] the registry; [`find_source`] the
//! few written in Python (`pysrc/`).

use taipan_object::{ObjRef, ThreadState};

pub mod abc;
pub mod array;
pub mod ast;
pub mod atexit;
pub mod binascii;
pub mod bisect;
pub mod cmath;
pub mod codecs;
pub mod collections;
mod common;
pub mod errno;
pub mod fcntl;
pub mod functools;
pub mod hashes;
pub mod heapq;
pub mod imp;
pub mod io;
pub mod itertools;
pub mod json;
pub mod math;
pub mod namespace;
pub mod opcode;
pub mod operator;
pub mod posix;
pub mod posixsubprocess;
pub mod random;
pub mod select;
pub mod signal;
pub mod sre;
pub mod statistics;
pub mod string;
pub mod structmod;
pub mod taipan_testing;
pub mod thread;
pub mod time;
mod time_calendar;
pub mod unicodedata;
pub mod warnings;
pub mod weakref;
pub mod zlib;

/// The maker of the native module `name`, if taipan provides one.
pub fn find(name: &str) -> Option<fn(&ThreadState) -> ObjRef> {
    match name {
        "_io" => Some(io::make),
        "posix" => Some(posix::make),
        "array" => Some(array::make),
        "_bisect" => Some(bisect::make),
        "atexit" => Some(atexit::make),
        "_heapq" => Some(heapq::make),
        "_collections" => Some(collections::make),
        "errno" => Some(errno::make),
        "_functools" => Some(functools::make),
        "itertools" => Some(itertools::make),
        "_json" => Some(json::make),
        "math" => Some(math::make),
        "cmath" => Some(cmath::make),
        "_operator" => Some(operator::make),
        "_random" => Some(random::make),
        "_statistics" => Some(statistics::make),
        "_md5" => Some(hashes::make_md5),
        "_sha1" => Some(hashes::make_sha1),
        "_sha256" => Some(hashes::make_sha256),
        "_sha512" => Some(hashes::make_sha512),
        "_sha3" => Some(hashes::make_sha3),
        "_blake2" => Some(hashes::make_blake2),
        "zlib" => Some(zlib::make),
        "binascii" => Some(binascii::make),
        "_posixsubprocess" => Some(posixsubprocess::make),
        "select" => Some(select::make),
        "fcntl" => Some(fcntl::make),
        "_sre" => Some(sre::make),
        "_struct" => Some(structmod::make),
        "_string" => Some(string::make),
        "_warnings" => Some(warnings::make),
        "_thread" => Some(thread::make),
        "time" => Some(time::make),
        "_weakref" => Some(weakref::make),
        "_abc" => Some(abc::make),
        "_ast" => Some(ast::make),
        "_opcode" => Some(opcode::make),
        "_codecs" => Some(codecs::make),
        "_imp" => Some(imp::make),
        "_signal" => Some(signal::make),
        "unicodedata" => Some(unicodedata::make),
        "_taipan_testing" => Some(taipan_testing::make),
        _ => None,
    }
}

/// The source of a module taipan writes in Python (compiled from this text, which the binary
/// carries, when first imported): `pysrc/<name>.py`.
pub fn find_source(name: &str) -> Option<&'static str> {
    match name {
        "_contextvars" => Some(include_str!("pysrc/_contextvars.py")),
        "marshal" => Some(include_str!("pysrc/marshal.py")),
        "_socket" => Some(include_str!("pysrc/_socket.py")),
        _ => None,
    }
}

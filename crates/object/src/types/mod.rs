//! The core types, one file a type (as CPython's `Objects/`). Each file defines the payload
//! struct, its `PyPayload` impl, the slot functions, the method/getset tables and a `pub
//! static SPEC: TypeSpec`; `registry.rs` lists the specs.

pub mod bool_;
pub mod bytearray;
pub mod bytes;
pub mod bytes_methods;
pub mod cell;
pub mod code;
pub mod codecs_glue;
pub mod complex;
pub mod descr;
pub mod dict;
pub mod dictview;
pub mod exceptions;
pub mod exceptions_group;
pub mod float;
pub mod frame;
pub mod function;
pub mod genericalias;
pub mod int;
pub mod it_seq;
pub mod iter_reduce;
pub mod iterators;
pub mod list;
pub mod mappingproxy;
pub mod memoryview;
pub mod module;
pub mod none;
pub mod object;
pub mod object_reduce;
pub mod property;
pub mod range;
pub mod range_long;
pub mod seqiter;
pub mod set;
pub mod settable;
pub mod slice;
pub mod str_;
pub mod str_format;
pub mod str_methods;
pub mod structseq;
pub mod tuple;
pub mod typetype;
pub mod weakproxy;
pub mod weakref;

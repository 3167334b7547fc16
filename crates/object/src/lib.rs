//! taipan's object model (design: `docs/design/runtime.md`): the object header and the owned
//! counted reference [`ObjRef`] (`header`), `PyType` with CPython's slots and the spec tables
//! built-in types are declared with (`typeobj`), the per-thread runtime state
//! [`ThreadState`] (`thread`), [`PyErr`]/[`PyResult`] (`error`), the core types one file each
//! (`types/`), the registry of types and exceptions (`registry`), attribute lookup (`attr`),
//! the abstract protocols (`abstract_`), argument parsing (`args`) and the GC state that
//! allocation touches (`gcstate`; the collector is `taipan-gc`).
//!
//! # How to add a type
//!
//! 1. New file `types/<name>.rs` (add `pub mod <name>;` to `types/mod.rs`). Define the payload
//!    (`pub struct PyFoo { ... }`, interior mutability with `Cell`/`RefCell`, never a borrow
//!    held across a call into Python) and `impl PyPayload for PyFoo` returning
//!    `&ts.types.foo`.
//! 2. Write the slot functions (signatures in `typeobj::slots`) and a spec:
//!    ```ignore
//!    pub static SPEC: TypeSpec = TypeSpec {
//!        flags: flags::HAVE_GC,            // HAVE_GC if it holds references (+ traverse)
//!        slots: Slots { repr: Some(repr), iter: Some(iter), traverse: Some(traverse),
//!                       ..Slots::NONE },
//!        methods: &[METHODS],              // one or more `&[MethodDef]` tables
//!        getsets: GETSETS,
//!        ..TypeSpec::new("foo", PayloadInfo::of::<PyFoo>())
//!    };
//!    ```
//!    `base` defaults to `object`; set `base: Some(|ts| &ts.types.int)` otherwise. Unset
//!    slots are inherited. Every slot you set also appears as a wrapper descriptor in the
//!    type's dict (`foo.__repr__`), and `new` as `foo.__new__`.
//! 3. Register it: one line `foo => types::foo::SPEC,` in `core_types!` (`registry.rs`),
//!    after its base. Allocate instances with `alloc_object(ts, &ts.types.foo, PyFoo{..})`
//!    (tracked by the GC when the type has `HAVE_GC`); downcast with `o.downcast::<PyFoo>()`.
//!
//! # How to add a method
//!
//! Add a line to the type's method table: `MethodDef::new("name", Meth::O(f))` where `f` is
//! `fn(&ThreadState, &ObjRef /*self*/, &ObjRef /*arg*/) -> PyResult<ObjRef>`. Calling
//! conventions: `Meth::NoArgs`, `Meth::O`, `Meth::Fast` (positional slice), `Meth::FastKw`
//! (vectorcall: the keyword values are the last `len(kwnames)` args; parse with
//! [`args::parse`]). `MethodDef::class`/`MethodDef::stat` make class and static methods. A
//! type's methods may live in several files: list each table in `methods: &[A, B]`.
//!
//! # How to add a builtin function or module
//!
//! Builtin functions are `MethodDef`s too (their `self` is the module):
//! `ts.new_builtin_module("name", TABLE)` makes a module from a table; the `builtins` module
//! (`taipan-vm`'s `builtins.rs`) lists its functions in one table — add one line there and
//! the function in a file of its own concern.
//!
//! # Exceptions
//!
//! Raise with `Err(ts.type_error(format!(...)))` (helpers in `error.rs`) or
//! `ts.new_error(&ts.exc.<class>, msg)`; a new built-in exception class is one line in
//! `exceptions!` (`registry.rs`). Messages are CPython's, word for word.

pub mod abstract_;
pub mod alloc_limit;
pub mod args;
pub mod attr;
pub mod error;
pub mod gcstate;
pub mod header;
pub mod icache;
pub mod registry;
pub mod sizeof;
pub mod thread;
pub mod typeobj;
pub mod types;
pub mod versions;

pub use error::{PyErr, PyResult};
pub use header::{ObjRef, PyPayload, alloc_object};
pub use thread::ThreadState;
pub use typeobj::{CompareOp, PyType};

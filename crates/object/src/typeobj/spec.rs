//! How a built-in type is declared: one `static` [`TypeSpec`] per type file, holding its name,
//! base, payload, flags, slots and its method / getset tables (CPython's `PyTypeObject` literal
//! with `PyMethodDef[]` and `PyGetSetDef[]`). `registry.rs` lists the specs; at startup each one
//! becomes a type object whose `__dict__` holds a descriptor per table entry and a wrapper
//! descriptor per slot (`int.__add__`).

use std::any::TypeId;
use std::mem::size_of;
use std::ptr::NonNull;

use crate::error::PyResult;
use crate::header::{ObjHeader, ObjRef, PyObject, drop_payload};
use crate::thread::ThreadState;
use crate::typeobj::slots::Slots;

/// Type flags (CPython's `Py_TPFLAGS_*` where they exist).
pub mod flags {
    /// Instances are containers tracked by the cycle collector (a GC head precedes them).
    pub const HAVE_GC: u64 = 1 << 14;
    /// The type can be subclassed.
    pub const BASETYPE: u64 = 1 << 10;
    /// Made by a class statement (`type(name, bases, ns)`).
    pub const HEAPTYPE: u64 = 1 << 9;
    /// Calls through the type's descriptor can skip the bound-method object (functions and
    /// method descriptors): `LOAD_METHOD` pushes the unbound callable and `self`.
    pub const METHOD_DESCRIPTOR: u64 = 1 << 17;
    /// Instances cannot be made from Python (`cannot create 'X' instances`).
    pub const DISALLOW_INSTANTIATION: u64 = 1 << 7;
    pub const IS_ABSTRACT: u64 = 1 << 20;
    /// Instances match `case [..]` patterns (`Py_TPFLAGS_SEQUENCE`: list, tuple, range,
    /// memoryview, `collections.deque`, and classes registered with `collections.abc.Sequence`
    /// through `_abc`'s `__abc_tpflags__`). Inherited.
    pub const SEQUENCE: u64 = 1 << 5;
    /// Instances match `case {..}` patterns (`Py_TPFLAGS_MAPPING`: dict and classes registered
    /// with `collections.abc.Mapping`). Inherited.
    pub const MAPPING: u64 = 1 << 6;
    /// taipan's own (CPython uses `tp_weaklistoffset`): a built-in type whose instances can be
    /// weakly referenced; `ready_builtin` gives each instance a trailing weakref-list slot.
    /// Not inherited (each built-in type says so itself; heap types decide in `type_new`).
    pub const WEAKREFABLE: u64 = 1 << 3;
    /// taipan's own: a new class whose metaclass's `mro()` is running (CPython's
    /// `tp_mro == NULL` then): `__mro__` reads `None` and the class cannot be extended.
    pub const MRO_PENDING: u64 = 1 << 40;
    /// taipan's own: `*` with an integer repeats the instance (CPython's `sq_repeat`: str,
    /// bytes, bytearray, list, tuple, array, deque): `__mul__`/`__rmul__`/`__imul__` take
    /// only an index, and `*` with a non-index says "can't multiply sequence by non-int".
    /// Inherited.
    pub const SEQ_REPEAT: u64 = 1 << 41;
    pub const LONG_SUBCLASS: u64 = 1 << 24;
    pub const LIST_SUBCLASS: u64 = 1 << 25;
    pub const TUPLE_SUBCLASS: u64 = 1 << 26;
    pub const BYTES_SUBCLASS: u64 = 1 << 27;
    pub const UNICODE_SUBCLASS: u64 = 1 << 28;
    pub const DICT_SUBCLASS: u64 = 1 << 29;
    pub const BASE_EXC_SUBCLASS: u64 = 1 << 30;
    pub const TYPE_SUBCLASS: u64 = 1 << 31;
    /// Flags a subclass inherits from its base.
    pub const INHERITED: u64 = HAVE_GC
        | SEQUENCE
        | MAPPING
        | SEQ_REPEAT
        | LONG_SUBCLASS
        | LIST_SUBCLASS
        | TUPLE_SUBCLASS
        | BYTES_SUBCLASS
        | UNICODE_SUBCLASS
        | DICT_SUBCLASS
        | BASE_EXC_SUBCLASS
        | TYPE_SUBCLASS;
}

/// The Rust side of a payload: size, drop, identity.
#[derive(Clone, Copy)]
pub struct PayloadInfo {
    /// `size_of::<PyObject<T>>()`: the type's basic size.
    pub size: usize,
    pub drop: unsafe fn(NonNull<ObjHeader>),
    pub id: fn() -> TypeId,
}

impl PayloadInfo {
    pub const fn of<T: 'static>() -> PayloadInfo {
        PayloadInfo {
            size: size_of::<PyObject<T>>(),
            drop: drop_payload::<T>,
            id: TypeId::of::<T>,
        }
    }
}

/// The function behind a method-table entry (CPython's `METH_*` calling conventions).
#[derive(Clone, Copy)]
pub enum Meth {
    /// `METH_NOARGS`: `f(self)`.
    NoArgs(fn(&ThreadState, &ObjRef) -> PyResult<ObjRef>),
    /// `METH_O`: `f(self, arg)`.
    O(fn(&ThreadState, &ObjRef, &ObjRef) -> PyResult<ObjRef>),
    /// `METH_FASTCALL`: positional arguments only (the function checks their number).
    Fast(fn(&ThreadState, &ObjRef, &[ObjRef]) -> PyResult<ObjRef>),
    /// `METH_FASTCALL | METH_KEYWORDS`: vectorcall (see [`crate::args`] to parse).
    FastKw(fn(&ThreadState, &ObjRef, &[ObjRef], Option<&ObjRef>) -> PyResult<ObjRef>),
}

/// How a method-table entry binds.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum MethKind {
    /// An instance method (a `method_descriptor` in the type's dict).
    Instance,
    /// `METH_CLASS`: receives the type (`dict.fromkeys`).
    Class,
    /// `METH_STATIC`: no receiver (`str.maketrans`).
    Static,
}

/// One method (CPython's `PyMethodDef`). Also used for the functions of built-in modules,
/// where `self` is the module.
pub struct MethodDef {
    pub name: &'static str,
    pub meth: Meth,
    pub kind: MethKind,
    pub doc: &'static str,
}

impl MethodDef {
    pub const fn new(name: &'static str, meth: Meth) -> MethodDef {
        MethodDef {
            name,
            meth,
            kind: MethKind::Instance,
            doc: "",
        }
    }
    pub const fn class(name: &'static str, meth: Meth) -> MethodDef {
        MethodDef {
            name,
            meth,
            kind: MethKind::Class,
            doc: "",
        }
    }
    pub const fn stat(name: &'static str, meth: Meth) -> MethodDef {
        MethodDef {
            name,
            meth,
            kind: MethKind::Static,
            doc: "",
        }
    }
}

/// A computed attribute (CPython's `PyGetSetDef`): `getset_descriptor` in the type's dict.
pub struct GetSetDef {
    pub name: &'static str,
    pub get: fn(&ThreadState, &ObjRef) -> PyResult<ObjRef>,
    /// `None`: read-only (`attribute '…' of '…' objects is not writable`). The value `None`
    /// deletes.
    pub set: Option<fn(&ThreadState, &ObjRef, Option<&ObjRef>) -> PyResult<()>>,
    pub doc: &'static str,
}

/// The setter of a read-only member (`readonly attribute`, CPython's `PyMember_SetOne`).
fn readonly_member(ts: &ThreadState, _: &ObjRef, _: Option<&ObjRef>) -> PyResult<()> {
    Err(ts.attribute_error("readonly attribute"))
}

impl GetSetDef {
    /// A read-only attribute that CPython declares as a `READONLY` member (`__mro__`,
    /// `__closure__`): setting it says `readonly attribute`.
    pub const fn member_ro(
        name: &'static str,
        get: fn(&ThreadState, &ObjRef) -> PyResult<ObjRef>,
    ) -> Self {
        GetSetDef {
            name,
            get,
            set: Some(readonly_member),
            doc: "",
        }
    }
    /// Declared with [`GetSetDef::member_ro`]: CPython's `READONLY` member, which shows as a
    /// `member_descriptor` (`type(type.__dict__['__mro__'])`).
    pub fn is_readonly_member(&self) -> bool {
        type Setter = fn(&ThreadState, &ObjRef, Option<&ObjRef>) -> PyResult<()>;
        self.set
            .is_some_and(|f| std::ptr::fn_addr_eq(f, readonly_member as Setter))
    }
    pub const fn ro(
        name: &'static str,
        get: fn(&ThreadState, &ObjRef) -> PyResult<ObjRef>,
    ) -> Self {
        GetSetDef {
            name,
            get,
            set: None,
            doc: "",
        }
    }
}

/// A built-in type's declaration. See the crate docs for how to add one.
pub struct TypeSpec {
    /// `tp_name`: `"list"`, `"builtin_function_or_method"`.
    pub name: &'static str,
    /// The base type object (`None` only for `object`).
    pub base: Option<fn(&ThreadState) -> &ObjRef>,
    pub payload: PayloadInfo,
    pub flags: u64,
    pub slots: Slots,
    /// Method tables (several, so a type's methods can live in more than one file).
    pub methods: &'static [&'static [MethodDef]],
    pub getsets: &'static [GetSetDef],
    /// Byte offset of a `Cell<Option<ObjRef>>` holding the instance `__dict__` inside the
    /// payload's object (0: none). Use `dict_offset!`.
    pub dictoffset: usize,
    pub doc: &'static str,
    /// A `dealloc` of the type's own (free lists: `float`); `None`: `header::default_dealloc`.
    /// Subclasses inherit it, so it must hand instances of other types to the default.
    pub dealloc: Option<unsafe fn(std::ptr::NonNull<crate::header::ObjHeader>)>,
}

impl TypeSpec {
    /// A spec with no slots, methods or flags, based on `object`.
    pub const fn new(name: &'static str, payload: PayloadInfo) -> TypeSpec {
        TypeSpec {
            name,
            base: Some(|ts| &ts.types.object),
            payload,
            flags: 0,
            slots: Slots::NONE,
            methods: &[],
            getsets: &[],
            dictoffset: 0,
            doc: "",
            dealloc: None,
        }
    }
}

/// The offset of a payload field holding an instance dict, for [`TypeSpec::dictoffset`].
#[macro_export]
macro_rules! dict_offset {
    ($payload:ty, $field:ident) => {
        ::std::mem::offset_of!($crate::header::PyObject<$payload>, payload)
            + ::std::mem::offset_of!($payload, $field)
    };
}

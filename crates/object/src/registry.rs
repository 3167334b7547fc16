//! The one place built-in types are registered: [`core_types!`] lists every core type (field
//! name and spec, bases before subclasses), [`exceptions!`] the built-in exception hierarchy
//! (field, Python name, base), [`names!`] the identifiers the runtime interns at startup.
//! Adding a type or an exception is one line here (see the crate docs).

use std::alloc::{Layout, alloc};
use std::cell::Cell;
use std::mem::size_of;
use std::ptr::NonNull;

use crate::header::{GC_HEAD_SIZE, GcHead, ObjHeader, ObjRef, PyObject};
use crate::thread::ThreadState;
use crate::typeobj::{self, PyType, TypeSpec, flags};
use crate::types;

/// Allocates a type object for `spec` during bootstrap (before `ThreadState` exists): GC head
/// (untracked), refcount 1, type `meta` (or itself, for `type`).
fn raw_type(meta: Option<&ObjRef>, name: &str, spec: &'static TypeSpec) -> ObjRef {
    let size = size_of::<PyObject<PyType>>();
    let layout = Layout::from_size_align(GC_HEAD_SIZE + size, 8).expect("layout");
    let mut t = PyType::new(name, spec.payload);
    t.spec = Some(spec);
    if let Some(d) = spec.dealloc {
        t.dealloc = d;
    }
    // The layout flags must hold before any instance exists (objects made while readying
    // other types get their GC head from these).
    t.flags.set(spec.flags);
    // SAFETY: fresh allocation, fully written.
    unsafe {
        let base = alloc(layout);
        if base.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        (base as *mut GcHead).write(GcHead::new());
        let obj = base.add(GC_HEAD_SIZE) as *mut PyObject<PyType>;
        let me = NonNull::new_unchecked(obj as *mut ObjHeader);
        let (rc, ty) = match meta {
            Some(m) => (1, m.clone().into_raw()),
            None => (2, me),
        };
        obj.write(PyObject {
            header: ObjHeader {
                refcnt: Cell::new(rc),
                ty: Cell::new(ty),
            },
            payload: t,
        });
        ObjRef::from_raw(me)
    }
}

macro_rules! core_types {
    ($( $field:ident => $spec:path, )*) => {
        /// The core type objects (`ts.types.list`).
        pub struct CoreTypes { $( pub $field: ObjRef, )* }

        fn alloc_core() -> CoreTypes {
            let type_ = raw_type(None, types::typetype::SPEC.name, &types::typetype::SPEC);
            CoreTypes { $( $field: if stringify!($field) == "type_" { type_.clone() } else {
                raw_type(Some(&type_), $spec.name, &$spec) }, )* }
        }

        fn ready_core(ts: &ThreadState) {
            $( typeobj::ready_builtin(ts, &ts.types.$field, &$spec); )*
        }
    };
}

core_types! {
    object => types::object::SPEC,
    type_ => types::typetype::SPEC,
    none_type => types::none::NONE_SPEC,
    not_implemented_type => types::none::NOT_IMPLEMENTED_SPEC,
    ellipsis_type => types::none::ELLIPSIS_SPEC,
    int => types::int::SPEC,
    bool_ => types::bool_::SPEC,
    float => types::float::SPEC,
    str_ => types::str_::SPEC,
    str_iterator => types::str_::ITER_SPEC,
    str_unicode_iterator => types::str_::UNICODE_ITER_SPEC,
    complex => types::complex::SPEC,
    bytes => types::bytes::SPEC,
    bytes_iterator => types::bytes::ITER_SPEC,
    bytearray => types::bytearray::SPEC,
    bytearray_iterator => types::bytes::BYTEARRAY_ITER_SPEC,
    memoryview => types::memoryview::SPEC,
    tuple => types::tuple::SPEC,
    tuple_iterator => types::tuple::ITER_SPEC,
    list => types::list::SPEC,
    list_iterator => types::list::ITER_SPEC,
    list_reverseiterator => types::list::REV_ITER_SPEC,
    dict => types::dict::SPEC,
    dict_keyiterator => types::dict::KEYITER_SPEC,
    dict_valueiterator => types::dict::VALUEITER_SPEC,
    dict_itemiterator => types::dict::ITEMITER_SPEC,
    dict_reversekeyiterator => types::dict::REVKEYITER_SPEC,
    dict_reversevalueiterator => types::dict::REVVALUEITER_SPEC,
    dict_reverseitemiterator => types::dict::REVITEMITER_SPEC,
    dict_keys => types::dictview::KEYS_SPEC,
    dict_values => types::dictview::VALUES_SPEC,
    dict_items => types::dictview::ITEMS_SPEC,
    iterator => types::seqiter::SPEC,
    range => types::range::SPEC,
    range_iterator => types::range::ITER_SPEC,
    longrange_iterator => types::range_long::ITER_SPEC,
    enumerate => types::iterators::ENUMERATE_SPEC,
    zip => types::iterators::ZIP_SPEC,
    map => types::iterators::MAP_SPEC,
    filter => types::iterators::FILTER_SPEC,
    reversed => types::iterators::REVERSED_SPEC,
    callable_iterator => types::iterators::CALLABLE_ITER_SPEC,
    set => types::set::SET_SPEC,
    frozenset => types::set::FROZENSET_SPEC,
    set_iterator => types::set::ITER_SPEC,
    slice => types::slice::SPEC,
    module => types::module::SPEC,
    function => types::function::SPEC,
    method => types::function::METHOD_SPEC,
    code => types::code::SPEC,
    cell => types::cell::SPEC,
    frame => types::frame::SPEC,
    traceback => types::frame::TRACEBACK_SPEC,
    builtin_function => types::descr::BUILTIN_FUNCTION_SPEC,
    method_descriptor => types::descr::METHOD_DESCR_SPEC,
    classmethod_descriptor => types::descr::CLASSMETHOD_DESCR_SPEC,
    getset_descriptor => types::descr::GETSET_DESCR_SPEC,
    wrapper_descriptor => types::descr::WRAPPER_DESCR_SPEC,
    method_wrapper => types::descr::METHOD_WRAPPER_SPEC,
    member_descriptor => types::descr::MEMBER_DESCR_SPEC,
    property => types::property::SPEC,
    classmethod => types::property::CLASSMETHOD_SPEC,
    staticmethod => types::property::STATICMETHOD_SPEC,
    super_ => types::property::SUPER_SPEC,
    mappingproxy => types::mappingproxy::SPEC,
    generic_alias => types::genericalias::SPEC,
    union_type => types::genericalias::UNION_SPEC,
    structseq_field => types::structseq::FIELD_SPEC,
    weakref => types::weakref::REF_SPEC,
    weakproxy => types::weakproxy::PROXY_SPEC,
    weakcallableproxy => types::weakproxy::CALLABLE_PROXY_SPEC,
}

macro_rules! exceptions {
    ($( $field:ident = $name:literal : $base:ident, )*) => {
        /// The built-in exception classes (`ts.exc.type_error`).
        pub struct ExcTypes {
            pub base_exception: ObjRef,
            $( pub $field: ObjRef, )*
        }

        fn alloc_exc(types: &CoreTypes) -> ExcTypes {
            let spec = &types::exceptions::SPEC;
            ExcTypes {
                base_exception: raw_type(Some(&types.type_), "BaseException", spec),
                $( $field: raw_type(Some(&types.type_), $name, spec), )*
            }
        }

        fn ready_exc(ts: &ThreadState) {
            typeobj::ready_builtin(ts, &ts.exc.base_exception, &types::exceptions::SPEC);
            $( types::exceptions::ready_subclass(ts, &ts.exc.$field, &ts.exc.$base); )*
        }

        impl ExcTypes {
            /// Every exception class with its builtins name.
            pub fn all(&self) -> Vec<(&'static str, &ObjRef)> {
                vec![("BaseException", &self.base_exception), $( ($name, &self.$field), )*]
            }
        }
    };
}

exceptions! {
    base_exception_group = "BaseExceptionGroup": base_exception,
    generator_exit = "GeneratorExit": base_exception,
    keyboard_interrupt = "KeyboardInterrupt": base_exception,
    system_exit = "SystemExit": base_exception,
    exception = "Exception": base_exception,
    arithmetic_error = "ArithmeticError": exception,
    floating_point_error = "FloatingPointError": arithmetic_error,
    overflow_error = "OverflowError": arithmetic_error,
    zero_division_error = "ZeroDivisionError": arithmetic_error,
    assertion_error = "AssertionError": exception,
    attribute_error = "AttributeError": exception,
    buffer_error = "BufferError": exception,
    eof_error = "EOFError": exception,
    exception_group = "ExceptionGroup": base_exception_group,
    import_error = "ImportError": exception,
    module_not_found_error = "ModuleNotFoundError": import_error,
    lookup_error = "LookupError": exception,
    index_error = "IndexError": lookup_error,
    key_error = "KeyError": lookup_error,
    memory_error = "MemoryError": exception,
    name_error = "NameError": exception,
    unbound_local_error = "UnboundLocalError": name_error,
    os_error = "OSError": exception,
    blocking_io_error = "BlockingIOError": os_error,
    child_process_error = "ChildProcessError": os_error,
    connection_error = "ConnectionError": os_error,
    broken_pipe_error = "BrokenPipeError": connection_error,
    connection_aborted_error = "ConnectionAbortedError": connection_error,
    connection_refused_error = "ConnectionRefusedError": connection_error,
    connection_reset_error = "ConnectionResetError": connection_error,
    file_exists_error = "FileExistsError": os_error,
    file_not_found_error = "FileNotFoundError": os_error,
    interrupted_error = "InterruptedError": os_error,
    is_a_directory_error = "IsADirectoryError": os_error,
    not_a_directory_error = "NotADirectoryError": os_error,
    permission_error = "PermissionError": os_error,
    process_lookup_error = "ProcessLookupError": os_error,
    timeout_error = "TimeoutError": os_error,
    reference_error = "ReferenceError": exception,
    runtime_error = "RuntimeError": exception,
    not_implemented_error = "NotImplementedError": runtime_error,
    recursion_error = "RecursionError": runtime_error,
    stop_async_iteration = "StopAsyncIteration": exception,
    stop_iteration = "StopIteration": exception,
    syntax_error = "SyntaxError": exception,
    indentation_error = "IndentationError": syntax_error,
    tab_error = "TabError": indentation_error,
    system_error = "SystemError": exception,
    type_error = "TypeError": exception,
    value_error = "ValueError": exception,
    unicode_error = "UnicodeError": value_error,
    unicode_decode_error = "UnicodeDecodeError": unicode_error,
    unicode_encode_error = "UnicodeEncodeError": unicode_error,
    unicode_translate_error = "UnicodeTranslateError": unicode_error,
    warning = "Warning": exception,
    bytes_warning = "BytesWarning": warning,
    deprecation_warning = "DeprecationWarning": warning,
    encoding_warning = "EncodingWarning": warning,
    future_warning = "FutureWarning": warning,
    import_warning = "ImportWarning": warning,
    pending_deprecation_warning = "PendingDeprecationWarning": warning,
    resource_warning = "ResourceWarning": warning,
    runtime_warning = "RuntimeWarning": warning,
    syntax_warning = "SyntaxWarning": warning,
    unicode_warning = "UnicodeWarning": warning,
    user_warning = "UserWarning": warning,
}

macro_rules! names {
    ($( $id:ident ),* $(,)?) => {
        /// Interned identifiers (`ts.names.__init__`).
        #[allow(non_snake_case)]
        pub struct Names { $( pub $id: ObjRef, )* }
        impl Names {
            pub(crate) fn placeholder(s: &ObjRef) -> Names {
                Names { $( $id: s.clone(), )* }
            }
            pub(crate) fn new(ts: &ThreadState) -> Names {
                Names { $( $id: ts.intern(stringify!($id)), )* }
            }
        }
    };
}

names! {
    __init__, __new__, __repr__, __str__, __hash__, __eq__, __ne__, __lt__, __le__, __gt__,
    __ge__, __call__, __iter__, __next__, __len__, __getitem__, __setitem__, __delitem__,
    __contains__, __bool__, __getattr__, __getattribute__, __setattr__, __delattr__, __get__,
    __set__, __delete__, __del__, __dict__, __class__, __name__, __qualname__, __module__,
    __doc__, __builtins__, __build_class__, __prepare__, __mro_entries__, __init_subclass__,
    __set_name__, __class_getitem__, __slots__, __weakref__, __index__, __int__, __float__,
    __neg__, __pos__, __invert__, __abs__, __enter__, __exit__, __classcell__, __annotations__,
    __main__, __file__, __spec__, __loader__, __package__, __format__, __missing__, __bases__,
    __mro__, __instancecheck__, __subclasscheck__, __traceback__, __cause__, __context__,
    __suppress_context__, __notes__, __reversed__, __await__, __aiter__, __anext__, __round__,
    __trunc__, __floor__, __ceil__, __length_hint__, __class_cell__, __dir__, __sizeof__,
    __reduce__, __reduce_ex__, __subclasshook__, __objclass__, __func__, __self__, __wrapped__,
    __defaults__, __kwdefaults__, __code__, __globals__, __closure__, __abstractmethods__,
    __fspath__, __bytes__, __complex__, __divmod__, __rdivmod__, __pow__, __rpow__,
    args, send, throw, close, value, code, name, obj, keys, items, values, mro, append,
    extend, update, get, copy, write, flush, print, sep, end, file, key, reverse, default,
    builtins, sys, stdout, stderr, stdin, argv, path, modules, metaclass, msg, filename,
    lineno, offset, text, end_lineno, end_offset, errno, strerror,
}

/// Allocates every core type and exception class (uninitialised) during bootstrap.
pub(crate) fn bootstrap() -> (CoreTypes, ExcTypes) {
    let core = alloc_core();
    let exc = alloc_exc(&core);
    (core, exc)
}

/// Readies every registered type, bases first.
pub(crate) fn ready_all(ts: &ThreadState) {
    ready_core(ts);
    ready_exc(ts);
    // ExceptionGroup(BaseExceptionGroup, Exception).
    let eg = &ts.exc.exception_group;
    let bases = vec![
        ts.exc.base_exception_group.clone(),
        ts.exc.exception.clone(),
    ];
    if let Ok(mro) = typeobj::c3_mro(ts, eg, &bases) {
        eg.typ_payload().set_bases(ts.new_tuple(bases));
        eg.typ_payload().set_mro(ts.new_tuple(mro));
    }
    let _ = flags::BASETYPE;
    types::exceptions::after_ready(ts);
}

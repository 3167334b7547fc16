//! `function` (a code object with globals, defaults, closure, name and `__dict__`; calling it
//! runs the VM through `ts.hooks.call_function`) and `method` (a function bound to an
//! instance; calling it prepends `self`).

use std::cell::{Cell, RefCell};

use crate::abstract_ as ab;
use crate::dict_offset;
use crate::error::PyResult;
use crate::header::{ObjRef, PyPayload, alloc_object};
use crate::thread::ThreadState;
use crate::typeobj::{CompareOp, GetSetDef, PayloadInfo, Slots, TypeSpec, flags};
use crate::types::code::PyCode;
use crate::types::dict::PyDict;
use crate::types::tuple::PyTuple;

pub struct PyFunction {
    pub code: RefCell<ObjRef>,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    pub name: RefCell<ObjRef>,
    pub qualname: RefCell<ObjRef>,
    /// `__defaults__` (a tuple) or `None`.
    pub defaults: RefCell<Option<ObjRef>>,
    /// `__kwdefaults__` (a dict) or `None`.
    pub kwdefaults: RefCell<Option<ObjRef>>,
    /// `__closure__` (a tuple of cells) or `None`.
    pub closure: Option<ObjRef>,
    pub doc: RefCell<ObjRef>,
    pub module: RefCell<ObjRef>,
    pub annotations: RefCell<Option<ObjRef>>,
    dict: Cell<Option<ObjRef>>,
}

impl PyPayload for PyFunction {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.function
    }
}

impl PyFunction {
    /// The code object's payload.
    #[inline]
    pub fn code_obj(&self) -> ObjRef {
        self.code.borrow().clone()
    }
}

impl ThreadState {
    /// `_PyEval_BuiltinsFromGlobals`: `globals['__builtins__']` (a module's dict, else the
    /// object as it is: a non-mapping fails at the first lookup), else the thread's builtins.
    pub fn builtins_from_globals(&self, g: &PyDict) -> ObjRef {
        g.get_str(self, &self.names.__builtins__)
            .map(|b| match b.downcast::<crate::types::module::PyModule>() {
                Some(m) => m.dict(),
                None => b,
            })
            .or_else(|| self.builtins.borrow().clone())
            .unwrap_or_else(|| self.new_dict())
    }

    /// A function for `code` (a code object) in `globals` (`MAKE_FUNCTION`), with an optional
    /// closure tuple of cells.
    pub fn new_function(
        &self,
        code: ObjRef,
        globals: ObjRef,
        qualname: Option<ObjRef>,
        closure: Option<ObjRef>,
    ) -> ObjRef {
        let c = code.downcast::<PyCode>().expect("code");
        let name = c.name.clone();
        let qualname = qualname.unwrap_or_else(|| c.qualname.clone());
        let g = globals.downcast::<PyDict>().expect("globals dict");
        let module = g
            .get_str(self, &self.names.__name__)
            .unwrap_or_else(|| self.none());
        let builtins = self.builtins_from_globals(g);
        let doc = match c.consts.first() {
            Some(d)
                if d.is_a::<crate::types::str_::PyStr>() && c.code.flags.0 & 0x4000_0000 == 0 =>
            {
                d.clone()
            }
            _ => self.none(),
        };
        alloc_object(
            self,
            &self.types.function,
            PyFunction {
                code: RefCell::new(code),
                globals,
                builtins,
                name: RefCell::new(name),
                qualname: RefCell::new(qualname),
                defaults: RefCell::new(None),
                kwdefaults: RefCell::new(None),
                closure,
                doc: RefCell::new(doc),
                module: RefCell::new(module),
                annotations: RefCell::new(None),
                dict: Cell::new(None),
            },
        )
    }
}

fn this(o: &ObjRef) -> &PyFunction {
    o.downcast::<PyFunction>().expect("function")
}

fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let q = this(o).qualname.borrow().clone();
    Ok(ts.new_string(format!("<function {} at {:#x}>", ab::str_of(&q), o.id())))
}

fn call(ts: &ThreadState, f: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    (ts.hooks.call_function.get())(ts, f, args, kw)
}

fn descr_get(
    ts: &ThreadState,
    f: &ObjRef,
    obj: Option<&ObjRef>,
    _: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    match obj {
        None => Ok(f.clone()),
        Some(o) => Ok(ts.new_method(f.clone(), o.clone())),
    }
}

fn traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let f = this(o);
    visit(&f.code.borrow());
    visit(&f.globals);
    visit(&f.builtins);
    if let Some(d) = f.defaults.borrow().as_ref() {
        visit(d);
    }
    if let Some(d) = f.kwdefaults.borrow().as_ref() {
        visit(d);
    }
    if let Some(c) = &f.closure {
        visit(c);
    }
    if let Some(a) = f.annotations.borrow().as_ref() {
        visit(a);
    }
    let d = f.dict.take();
    if let Some(d) = &d {
        visit(d);
    }
    f.dict.set(d);
}
fn clear(_: &ThreadState, o: &ObjRef) {
    let f = this(o);
    drop(f.defaults.borrow_mut().take());
    drop(f.kwdefaults.borrow_mut().take());
    drop(f.annotations.borrow_mut().take());
    drop(f.dict.take());
}

macro_rules! cell_attr {
    ($get:ident, $set:ident, $field:ident, $what:literal) => {
        fn $get(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
            Ok(this(o).$field.borrow().clone())
        }
        fn $set(ts: &ThreadState, o: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
            match v {
                Some(v) if v.is_a::<crate::types::str_::PyStr>() => {
                    let old = this(o).$field.replace(v.clone());
                    drop(old);
                    Ok(())
                }
                _ => Err(ts.type_error(concat!($what, " must be set to a string object"))),
            }
        }
    };
}
cell_attr!(get_name, set_name, name, "__name__");
cell_attr!(get_qualname, set_qualname, qualname, "__qualname__");

macro_rules! opt_attr {
    ($get:ident, $set:ident, $field:ident, $ty:ty, $msg:literal) => {
        fn $get(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
            Ok(this(o).$field.borrow().clone().unwrap_or_else(|| ts.none()))
        }
        fn $set(ts: &ThreadState, o: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
            let v = v.filter(|v| !ts.is_none(v)).cloned();
            if v.as_ref().is_some_and(|v| !v.is_a::<$ty>()) {
                return Err(ts.type_error($msg));
            }
            let old = this(o).$field.replace(v);
            drop(old);
            Ok(())
        }
    };
}
opt_attr!(
    get_defaults,
    set_defaults,
    defaults,
    crate::types::tuple::PyTuple,
    "__defaults__ must be set to a tuple object"
);
opt_attr!(
    get_kwdefaults,
    set_kwdefaults,
    kwdefaults,
    crate::types::dict::PyDict,
    "__kwdefaults__ must be set to a dict object"
);

fn get_annotations(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let f = this(o);
    let cur = f.annotations.borrow().clone();
    match cur {
        Some(a) => Ok(a),
        None => {
            let d = ts.new_dict();
            *f.annotations.borrow_mut() = Some(d.clone());
            Ok(d)
        }
    }
}
fn set_annotations(ts: &ThreadState, o: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    let v = v.filter(|v| !ts.is_none(v)).cloned();
    if v.as_ref()
        .is_some_and(|v| !v.is_a::<crate::types::dict::PyDict>())
    {
        return Err(ts.type_error("__annotations__ must be set to a dict object"));
    }
    let old = this(o).annotations.replace(v);
    drop(old);
    Ok(())
}
fn get_doc(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(this(o).doc.borrow().clone())
}
fn set_doc(ts: &ThreadState, o: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    let old = this(o).doc.replace(v.cloned().unwrap_or_else(|| ts.none()));
    drop(old);
    Ok(())
}
fn get_module(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(this(o).module.borrow().clone())
}
fn set_module(ts: &ThreadState, o: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    let old = this(o)
        .module
        .replace(v.cloned().unwrap_or_else(|| ts.none()));
    drop(old);
    Ok(())
}
fn get_code(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(this(o).code_obj())
}
fn set_code(ts: &ThreadState, o: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    match v {
        Some(v) if v.is_a::<PyCode>() => {
            let old = this(o).code.replace(v.clone());
            drop(old);
            Ok(())
        }
        _ => Err(ts.type_error("__code__ must be set to a code object")),
    }
}
fn get_globals(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(this(o).globals.clone())
}
fn get_builtins(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(this(o).builtins.clone())
}
fn get_closure(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(this(o).closure.clone().unwrap_or_else(|| ts.none()))
}

static GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "__name__",
        get: get_name,
        set: Some(set_name),
        doc: "",
    },
    GetSetDef {
        name: "__qualname__",
        get: get_qualname,
        set: Some(set_qualname),
        doc: "",
    },
    GetSetDef {
        name: "__defaults__",
        get: get_defaults,
        set: Some(set_defaults),
        doc: "",
    },
    GetSetDef {
        name: "__kwdefaults__",
        get: get_kwdefaults,
        set: Some(set_kwdefaults),
        doc: "",
    },
    GetSetDef {
        name: "__annotations__",
        get: get_annotations,
        set: Some(set_annotations),
        doc: "",
    },
    GetSetDef {
        name: "__doc__",
        get: get_doc,
        set: Some(set_doc),
        doc: "",
    },
    GetSetDef {
        name: "__module__",
        get: get_module,
        set: Some(set_module),
        doc: "",
    },
    GetSetDef {
        name: "__code__",
        get: get_code,
        set: Some(set_code),
        doc: "",
    },
    GetSetDef::member_ro("__globals__", get_globals),
    GetSetDef::member_ro("__builtins__", get_builtins),
    GetSetDef::member_ro("__closure__", get_closure),
];

/// `function(code, globals, name=None, argdefs=None, closure=None)` (`func_new_impl`).
fn function_new(
    ts: &ThreadState,
    _ty: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    static SPEC_ARGS: crate::args::ArgSpec = crate::args::ArgSpec {
        fname: "function",
        names: &["code", "globals", "name", "argdefs", "closure"],
        required: 2,
        posonly: 0,
        kwonly: 5,
    };
    let [code, globals, name, defaults, closure] =
        crate::args::parse::<5>(ts, &SPEC_ARGS, args, kw)?;
    let (Some(code), Some(globals)) = (code, globals) else {
        return Err(ts.type_error("function() missing required argument 'code' (pos 1)"));
    };
    let Some(c) = code.downcast::<PyCode>() else {
        return Err(ts.type_error(format!(
            "function() argument 'code' must be code, not {}",
            code.typ().name()
        )));
    };
    if !globals.is_a::<PyDict>() {
        return Err(ts.type_error(format!(
            "function() argument 'globals' must be dict, not {}",
            globals.typ().name()
        )));
    }
    let some = |v: Option<ObjRef>| v.filter(|v| !ts.is_none(v));
    let (name, defaults, closure) = (some(name), some(defaults), some(closure));
    if name
        .as_ref()
        .is_some_and(|n| !n.is_a::<crate::types::str_::PyStr>())
    {
        return Err(ts.type_error("arg 3 (name) must be None or string"));
    }
    if defaults.as_ref().is_some_and(|d| !d.is_a::<PyTuple>()) {
        return Err(ts.type_error("arg 4 (defaults) must be None or tuple"));
    }
    let nfree = c.code.freevars().len();
    let cells: Vec<ObjRef> = match &closure {
        Some(t) => match t.downcast::<PyTuple>() {
            Some(t) => t.items().to_vec(),
            None => return Err(ts.type_error("arg 5 (closure) must be None or tuple")),
        },
        None if nfree > 0 => return Err(ts.type_error("arg 5 (closure) must be tuple")),
        None => Vec::new(),
    };
    if cells.len() != nfree {
        return Err(ts.value_error(format!(
            "{} requires closure of length {nfree}, not {}",
            ab::str_of(&c.name),
            cells.len()
        )));
    }
    if let Some(bad) = cells
        .iter()
        .find(|o| !o.is_a::<crate::types::cell::PyCell>())
    {
        return Err(ts.type_error(format!(
            "arg 5 (closure) expected cell, found {}",
            bad.typ().name()
        )));
    }
    let f = ts.new_function(code.clone(), globals, None, closure);
    let pf = this(&f);
    if let Some(n) = name {
        *pf.name.borrow_mut() = n;
    }
    *pf.defaults.borrow_mut() = defaults;
    Ok(f)
}

pub static SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC | flags::METHOD_DESCRIPTOR | flags::WEAKREFABLE,
    slots: Slots {
        repr: Some(repr),
        call: Some(call),
        descr_get: Some(descr_get),
        traverse: Some(traverse),
        clear: Some(clear),
        new: Some(function_new),
        ..Slots::NONE
    },
    getsets: GETSETS,
    dictoffset: dict_offset!(PyFunction, dict),
    ..TypeSpec::new("function", PayloadInfo::of::<PyFunction>())
};

// ---- bound methods ----

pub struct PyMethod {
    pub func: ObjRef,
    pub self_: ObjRef,
}

impl PyPayload for PyMethod {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.method
    }
}

impl ThreadState {
    pub fn new_method(&self, func: ObjRef, self_: ObjRef) -> ObjRef {
        alloc_object(self, &self.types.method, PyMethod { func, self_ })
    }
}

fn m(o: &ObjRef) -> &PyMethod {
    o.downcast::<PyMethod>().expect("method")
}

fn method_call(
    ts: &ThreadState,
    o: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let mm = m(o);
    let mut v = Vec::with_capacity(args.len() + 1);
    v.push(mm.self_.clone());
    v.extend_from_slice(args);
    ab::vectorcall(ts, &mm.func, &v, kw)
}
fn method_repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let mm = m(o);
    let name = ab::getattr_opt(ts, &mm.func, &ts.names.__qualname__)?
        .or(ab::getattr_opt(ts, &mm.func, &ts.names.__name__)?)
        .map(|n| ab::str_of(&n).to_string())
        .unwrap_or_else(|| "?".into());
    Ok(ts.new_string(format!(
        "<bound method {name} of {}>",
        ab::repr_string(ts, &mm.self_)?
    )))
}
fn method_getattro(ts: &ThreadState, o: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
    match crate::attr::generic_getattr_opt(ts, o, name)? {
        Some(v) => Ok(v),
        None => ab::getattr(ts, &m(o).func, name),
    }
}
fn method_richcompare(ts: &ThreadState, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    let Some(y) = b.downcast::<PyMethod>() else {
        return Ok(ts.not_implemented());
    };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(ts.not_implemented());
    }
    let x = m(a);
    let eq = x.self_.is(&y.self_) && ab::eq(ts, &x.func, &y.func)?;
    Ok(ts.bool_obj(eq == (op == CompareOp::Eq)))
}
fn method_hash(ts: &ThreadState, o: &ObjRef) -> PyResult<i64> {
    let mm = m(o);
    Ok(crate::types::object::hash_pointer(&mm.self_) ^ ab::hash(ts, &mm.func)?)
}
fn method_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    visit(&m(o).func);
    visit(&m(o).self_);
}
fn get_func(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(m(o).func.clone())
}
fn get_self(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(m(o).self_.clone())
}

/// `method.__doc__` is the function's (`method_get_doc`).
fn method_doc(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    ab::getattr(ts, &m(o).func, &ts.names.__doc__)
}

/// `method(function, instance)` (`method_new`).
fn method_new(
    ts: &ThreadState,
    _ty: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    crate::args::no_kwargs(ts, "method", kw)?;
    crate::args::check_positional(ts, "method", args.len(), 2, 2)?;
    if args[0].typ().slots().call.is_none() {
        return Err(ts.type_error("first argument must be callable"));
    }
    if ts.is_none(&args[1]) {
        return Err(ts.type_error("instance must not be None"));
    }
    Ok(ts.new_method(args[0].clone(), args[1].clone()))
}

static METHOD_GETSETS: &[GetSetDef] = &[
    GetSetDef::ro("__func__", get_func),
    GetSetDef::ro("__self__", get_self),
    GetSetDef::ro("__doc__", method_doc),
];

pub static METHOD_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC | flags::WEAKREFABLE,
    slots: Slots {
        repr: Some(method_repr),
        call: Some(method_call),
        getattro: Some(method_getattro),
        richcompare: Some(method_richcompare),
        hash: Some(method_hash),
        traverse: Some(method_traverse),
        new: Some(method_new),
        ..Slots::NONE
    },
    getsets: METHOD_GETSETS,
    ..TypeSpec::new("method", PayloadInfo::of::<PyMethod>())
};

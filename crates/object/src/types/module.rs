//! `module`: a namespace dict with a name (`<module 'x'>`, `<module 'sys' (built-in)>`);
//! attribute access is the generic one over the module's `__dict__`, then the module's own
//! `__getattr__`, and `dir()` asks its `__dir__` (PEP 562).

use std::cell::Cell;

use crate::abstract_ as ab;
use crate::attr;
use crate::dict_offset;
use crate::error::PyResult;
use crate::header::{ObjRef, PyPayload, alloc_object};
use crate::thread::ThreadState;
use crate::typeobj::{GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags};
use crate::types::dict::PyDict;

pub struct PyModule {
    dict: Cell<Option<ObjRef>>,
    /// Made by the runtime from a method table (`new_builtin_module`): its repr says
    /// `(built-in)` as CPython's `BuiltinImporter` modules do.
    builtin: Cell<bool>,
}

impl PyPayload for PyModule {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.module
    }
}

impl PyModule {
    /// The module's namespace.
    pub fn dict(&self) -> ObjRef {
        let d = self.dict.take();
        self.dict.set(d.clone());
        d.expect("module dict")
    }
}

impl ThreadState {
    /// A module named `name` with a fresh dict holding `__name__`, `__doc__` and friends.
    pub fn new_module(&self, name: &str) -> ObjRef {
        let d = self.new_dict();
        let dd = d.downcast::<PyDict>().expect("dict");
        let _ = dd.set_item_str(self, "__name__", self.new_str(name));
        for k in ["__doc__", "__package__", "__loader__", "__spec__"] {
            let _ = dd.set_item_str(self, k, self.none());
        }
        alloc_object(
            self,
            &self.types.module,
            PyModule {
                dict: Cell::new(Some(d)),
                builtin: Cell::new(false),
            },
        )
    }
    /// A built-in module with functions from a method table (`self` is the module).
    pub fn new_builtin_module(&self, name: &str, methods: &'static [MethodDef]) -> ObjRef {
        let m = self.new_module(name);
        let pm = m.downcast::<PyModule>().expect("module");
        pm.builtin.set(true);
        let d = pm.dict();
        let dd = d.downcast::<PyDict>().expect("dict");
        for def in methods {
            let f = crate::types::descr::new_builtin_function(self, def, Some(m.clone()));
            let _ = dd.set_item_str(self, def.name, f);
        }
        m
    }
}

fn this(o: &ObjRef) -> &PyModule {
    o.downcast::<PyModule>().expect("module")
}

fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let d = this(o).dict();
    let dd = d.downcast::<PyDict>().expect("dict");
    let name = match dd.get_str_rs(ts, "__name__") {
        Some(n) => ab::repr_string(ts, &n)?,
        None => "'?'".to_string(),
    };
    // importlib's `_module_repr` for modules without a spec: `from <file>`, the loader, or
    // the bare name.
    if let Some(f) = dd.get_str_rs(ts, "__file__") {
        return Ok(ts.new_string(format!("<module {name} from {}>", ab::repr_string(ts, &f)?)));
    }
    if this(o).builtin.get() {
        return Ok(ts.new_string(format!("<module {name} (built-in)>")));
    }
    Ok(ts.new_string(match dd.get_str_rs(ts, "__loader__") {
        Some(l) if !ts.is_none(&l) => format!("<module {name} ({})>", ab::repr_string(ts, &l)?),
        _ => format!("<module {name}>"),
    }))
}

/// `module_getattro`: the generic lookup, then the module's own `__getattr__` (PEP 562), then
/// CPython's AttributeError (with `name` and `obj`).
fn getattro(ts: &ThreadState, o: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
    // Any AttributeError of the generic lookup (an unset slot's, a property's) gives way.
    match attr::generic_getattr_opt(ts, o, name) {
        Ok(Some(v)) => return Ok(v),
        Ok(None) => {}
        Err(e) if e.matches(&ts.exc.attribute_error) => {}
        Err(e) => return Err(e),
    }
    let d = this(o).dict();
    let dd = d.downcast::<PyDict>().expect("dict");
    if let Some(g) = dd.get_str(ts, &ts.names.__getattr__) {
        return ab::call(ts, &g, std::slice::from_ref(name));
    }
    let msg = match dd.get_str_rs(ts, "__name__") {
        Some(n) if n.is_a::<crate::types::str_::PyStr>() => format!(
            "module '{}' has no attribute '{}'",
            ab::str_of(&n),
            ab::str_of(name)
        ),
        _ => format!("module has no attribute '{}'", ab::str_of(name)),
    };
    let e = ts.attribute_error(msg);
    crate::types::exceptions::set_attr_error_context(ts, &e, o, name);
    Err(e)
}

/// `module.__dir__`: the module's `__dir__()` when its dict has one (PEP 562), else the
/// dict's keys.
fn dir(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    // `module_dir` reads `__dict__` as an attribute (a subclass may shadow it).
    let d = ab::getattr(ts, o, &ts.names.__dict__)?;
    let Some(dd) = d.downcast::<PyDict>() else {
        return Err(ts.type_error("<module>.__dict__ is not a dictionary"));
    };
    match dd.get_str(ts, &ts.names.__dir__) {
        Some(f) => ab::call(ts, &f, &[]),
        None => Ok(ts.new_list(dd.keys())),
    }
}

static METHODS: &[MethodDef] = &[MethodDef::new("__dir__", Meth::NoArgs(dir))];

/// `module.__dict__`, CPython's read-only `md_dict` member (`m.__dict__ = {}` is refused).
fn get_dict(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(o.downcast::<PyModule>().expect("module").dict())
}
static GETSETS: &[GetSetDef] = &[GetSetDef::member_ro("__dict__", get_dict)];

/// `module.__new__`: a module with an empty dict (`new_module`); `__init__` names it.
fn new(ts: &ThreadState, ty: &ObjRef, _: &[ObjRef], _: Option<&ObjRef>) -> PyResult<ObjRef> {
    // Allocated as `ty` (a subclass's `__slots__` lie past the module's own fields).
    Ok(alloc_object(
        ts,
        ty,
        PyModule {
            dict: Cell::new(Some(ts.new_dict())),
            builtin: Cell::new(false),
        },
    ))
}

/// `module.__init__(name, doc=None)` (`module___init___impl`, `module_init_dict`).
fn init(ts: &ThreadState, m: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<()> {
    let mut name = args.first().cloned();
    let mut doc = args.get(1).cloned();
    if args.len() > 2 {
        return Err(ts.type_error(format!(
            "module() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    if let Some(kw) = kw.and_then(|k| k.downcast::<PyDict>()) {
        for (k, v) in kw.items() {
            let slot = match ab::str_of(&k) {
                "name" if name.is_none() => &mut name,
                "doc" if doc.is_none() => &mut doc,
                "name" | "doc" => {
                    return Err(ts.type_error(format!(
                        "argument for module() given by name ('{}') and position ({})",
                        ab::str_of(&k),
                        if ab::str_of(&k) == "name" { 1 } else { 2 }
                    )));
                }
                other => {
                    return Err(ts.type_error(format!(
                        "module() got an unexpected keyword argument '{other}'"
                    )));
                }
            };
            *slot = Some(v);
        }
    }
    let Some(name) = name else {
        return Err(ts.type_error("module() missing required argument 'name' (pos 1)"));
    };
    if !name.is_a::<crate::types::str_::PyStr>() {
        return Err(ts.type_error(format!(
            "module.__init__() argument 'name' must be str, not {}",
            name.typ().name()
        )));
    }
    let Some(pm) = m.downcast::<PyModule>() else {
        return Err(ts.type_error("descriptor '__init__' requires a 'module' object"));
    };
    let d = pm.dict();
    let dd = d.downcast::<PyDict>().expect("dict");
    dd.set_item_str(ts, "__name__", name)?;
    dd.set_item_str(ts, "__doc__", doc.unwrap_or_else(|| ts.none()))?;
    for k in ["__package__", "__loader__", "__spec__"] {
        dd.set_item_str(ts, k, ts.none())?;
    }
    Ok(())
}

fn traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    visit(&this(o).dict());
}

pub static SPEC: TypeSpec = TypeSpec {
    flags: flags::BASETYPE | flags::HAVE_GC | flags::WEAKREFABLE,
    slots: Slots {
        repr: Some(repr),
        getattro: Some(getattro),
        new: Some(new),
        init: Some(init),
        traverse: Some(traverse),
        ..Slots::NONE
    },
    methods: &[METHODS],
    getsets: GETSETS,
    dictoffset: dict_offset!(PyModule, dict),
    ..TypeSpec::new("module", PayloadInfo::of::<PyModule>())
};

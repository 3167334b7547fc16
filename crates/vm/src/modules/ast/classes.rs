//! The classes of `_ast`: `AST` (its `__init__` with CPython's positional/keyword rules and
//! messages, `__reduce__`) and one heap class per entry of the generated table, with
//! `_fields`, `__match_args__`, `_attributes`, `__module__ = 'ast'`, the docstring and `None`
//! class attributes for optional fields; kept per interpreter in [`AstState`] with the field
//! names interned and one shared instance of each operator/context class (as CPython's
//! conversion returns `Load()` singletons).

use std::cell::RefCell;
use std::rc::Rc;

use taipan_object::abstract_ as ab;
use taipan_object::args;
use taipan_object::attr;
use taipan_object::typeobj::{Meth, MethodDef};
use taipan_object::types::descr::new_method_descr;
use taipan_object::types::dict::PyDict;
use taipan_object::types::typetype::new_heap_type;
use taipan_object::{ObjRef, PyResult, ThreadState, alloc_object};

use super::nodes::CLASSES;
use super::table::Kind;

/// The `_ast` classes of one interpreter.
pub struct AstState {
    /// `ast.AST`.
    pub ast: ObjRef,
    /// The classes, by their index in the table (`nodes::idx`).
    pub classes: Vec<ObjRef>,
    /// Per class: its field names then its attribute names (own or inherited), interned.
    pub names: Vec<Vec<ObjRef>>,
    /// Per class: how many of `names` are fields.
    pub nfields: Vec<usize>,
    /// Per class: the shared instance of a class with no fields and no attributes.
    pub singletons: Vec<Option<ObjRef>>,
}

thread_local! {
    static STATE: RefCell<Option<Rc<AstState>>> = const { RefCell::new(None) };
}

/// The interpreter's `_ast` classes, importing `_ast` if nothing made them yet.
pub fn state(ts: &ThreadState) -> PyResult<Rc<AstState>> {
    if let Some(s) = STATE.with(|s| s.borrow().clone()) {
        return Ok(s);
    }
    crate::import::import_module(ts, "_ast")?;
    Ok(state_or_init(ts))
}

/// The classes if `_ast` was imported.
pub(super) fn existing() -> Option<Rc<AstState>> {
    STATE.with(|s| s.borrow().clone())
}

/// The classes, made on first use.
pub(super) fn state_or_init(ts: &ThreadState) -> Rc<AstState> {
    if let Some(s) = STATE.with(|s| s.borrow().clone()) {
        return s;
    }
    let s = Rc::new(build(ts).expect("making the _ast classes"));
    STATE.with(|c| *c.borrow_mut() = Some(s.clone()));
    s
}

static INIT: MethodDef = MethodDef::new("__init__", Meth::FastKw(ast_init));
static REDUCE: MethodDef = MethodDef::new("__reduce__", Meth::NoArgs(ast_reduce));

fn strs(ts: &ThreadState, names: impl Iterator<Item = &'static str>) -> ObjRef {
    ts.new_tuple(names.map(|n| ts.intern(n)).collect())
}

fn new_class(
    ts: &ThreadState,
    name: &str,
    base: Option<&ObjRef>,
    entries: Vec<(&str, ObjRef)>,
) -> PyResult<ObjRef> {
    let ns = ts.new_dict();
    let nsd = ns.downcast::<PyDict>().expect("dict");
    for (k, v) in entries {
        nsd.set_item_str(ts, k, v)?;
    }
    let bases: Vec<ObjRef> = base.into_iter().cloned().collect();
    new_heap_type(ts, &ts.types.type_, name, &bases, nsd, &[])
}

fn build(ts: &ThreadState) -> PyResult<AstState> {
    let module = ts.intern("ast");
    let empty = ts.new_tuple(Vec::new());
    let ast = new_class(
        ts,
        "AST",
        None,
        vec![
            ("__module__", module.clone()),
            ("_fields", empty.clone()),
            ("__match_args__", empty.clone()),
            ("_attributes", empty.clone()),
            ("__doc__", ts.none()),
        ],
    )?;
    ab::setattr(
        ts,
        &ast,
        &ts.intern("__init__"),
        Some(&new_method_descr(ts, &ast, &INIT)),
    )?;
    ab::setattr(
        ts,
        &ast,
        &ts.intern("__reduce__"),
        Some(&new_method_descr(ts, &ast, &REDUCE)),
    )?;
    let mut classes: Vec<ObjRef> = Vec::with_capacity(CLASSES.len());
    let mut names: Vec<Vec<ObjRef>> = Vec::with_capacity(CLASSES.len());
    let mut nfields = Vec::with_capacity(CLASSES.len());
    let mut singletons = Vec::with_capacity(CLASSES.len());
    for c in CLASSES {
        let base_i = super::table::index_of(c.base);
        let base = match base_i {
            Some(i) => classes[i].clone(),
            None => ast.clone(),
        };
        let fields = strs(ts, c.fields.iter().map(|f| f.name));
        let mut entries = vec![
            ("_fields", fields.clone()),
            ("__match_args__", fields),
            ("__module__", module.clone()),
            ("__doc__", ts.new_str(c.doc)),
        ];
        if base_i.is_none() {
            entries.push(("_attributes", strs(ts, c.attributes.iter().map(|f| f.name))));
        }
        for f in c.fields.iter().chain(c.attributes) {
            if f.kind == Kind::Opt {
                entries.push((f.name, ts.none()));
            }
        }
        let cls = new_class(ts, c.name, Some(&base), entries)?;
        let mut own: Vec<ObjRef> = c.fields.iter().map(|f| ts.intern(f.name)).collect();
        let attrs: &[ObjRef] = match base_i {
            Some(i) if c.attributes.is_empty() => &names[i][nfields[i]..],
            _ => &[],
        };
        own.extend(attrs.iter().cloned());
        own.extend(c.attributes.iter().map(|f| ts.intern(f.name)));
        let single = (own.is_empty() && base_i.is_some()).then(|| alloc_object(ts, &cls, ()));
        nfields.push(c.fields.len());
        names.push(own);
        singletons.push(single);
        classes.push(cls);
    }
    Ok(AstState {
        ast,
        classes,
        names,
        nfields,
        singletons,
    })
}

/// `AST.__init__(*args, **kwargs)`: positional arguments fill `_fields` in order, keywords
/// set any attribute (`ast_type_init`).
fn ast_init(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    let kwn = args::kw_names(kw);
    let npos = a.len() - kwn.len();
    let cls = o.class().clone();
    let fields = match ab::getattr_opt(ts, &cls, &ts.intern("_fields"))? {
        Some(f) => ab::collect(ts, &f)?,
        None => Vec::new(),
    };
    if fields.len() < npos {
        return Err(ts.type_error(format!(
            "{} constructor takes at most {} positional argument{}",
            o.typ().name(),
            fields.len(),
            if fields.len() == 1 { "" } else { "s" }
        )));
    }
    for (name, v) in fields.iter().zip(&a[..npos]) {
        ab::setattr(ts, o, name, Some(v))?;
    }
    for (k, v) in kwn.iter().zip(&a[npos..]) {
        let mut pos = None;
        for (i, f) in fields.iter().enumerate() {
            if ab::eq(ts, f, k)? {
                pos = Some(i);
                break;
            }
        }
        if pos.is_some_and(|p| p < npos) {
            return Err(ts.type_error(format!(
                "{} got multiple values for argument '{}'",
                o.typ().name(),
                ab::str_of(k)
            )));
        }
        ab::setattr(ts, o, k, Some(v))?;
    }
    Ok(ts.none())
}

/// `AST.__reduce__()`: `(type(self), (), self.__dict__)`.
fn ast_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let mut items = vec![o.class().clone(), ts.new_tuple(Vec::new())];
    if let Some(d) = attr::instance_dict(ts, o) {
        items.push(d);
    }
    Ok(ts.new_tuple(items))
}

impl AstState {
    /// A new node of class `k`: its fields from `values` (in `_fields` order) then its
    /// attributes from `loc` when it has them.
    pub fn node(
        &self,
        ts: &ThreadState,
        k: usize,
        values: Vec<ObjRef>,
        loc: Option<taipan_ast::Loc>,
    ) -> ObjRef {
        if let Some(s) = &self.singletons[k] {
            return s.clone();
        }
        let o = alloc_object(ts, &self.classes[k], ());
        let d = attr::instance_dict(ts, &o).expect("AST instances have a __dict__");
        let d = d.downcast::<PyDict>().expect("dict");
        let names = &self.names[k];
        for (n, v) in names.iter().zip(values) {
            let _ = d.set_item(ts, n.clone(), v);
        }
        if let Some(loc) = loc {
            let pos = |v: u32| ts.new_int(if v == u32::MAX { -1 } else { v as i64 });
            let vals = [
                loc.lineno,
                loc.col_offset,
                loc.end_lineno,
                loc.end_col_offset,
            ];
            for (n, v) in names[self.nfields[k]..].iter().zip(vals) {
                let _ = d.set_item(ts, n.clone(), pos(v));
            }
        }
        o
    }

    /// Whether `o` is an instance of class `k` (or of a subclass).
    pub fn is(&self, ts: &ThreadState, o: &ObjRef, k: usize) -> PyResult<bool> {
        ab::is_instance(ts, o, &self.classes[k])
    }
}

//! The `_collections` module (CPython's `Modules/_collectionsmodule.c`): `deque` and its
//! iterators (`deque.rs`), `defaultdict` (`defaultdict.rs`), and here `_count_elements`
//! (Counter's counting loop) and `_tuplegetter` (namedtuple's field descriptors).
//! `OrderedDict` stays the pure-Python one from `collections/__init__.py`.

mod defaultdict;
mod deque;

use taipan_object::abstract_ as ab;
use taipan_object::args::check_positional;
use taipan_object::typeobj::{GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags, nb};
use taipan_object::types::dict::PyDict;
use taipan_object::types::tuple::PyTuple;
use taipan_object::{ObjRef, PyPayload, PyResult, ThreadState, alloc_object};

use super::common::add_type;

/// `_count_elements(mapping, iterable)`: `mapping[x] = mapping.get(x, 0) + 1` for each item.
fn count_elements(ts: &ThreadState, _: &ObjRef, args: &[ObjRef]) -> PyResult<ObjRef> {
    check_positional(ts, "_count_elements", args.len(), 2, 2)?;
    let (mapping, iterable) = (&args[0], &args[1]);
    let it = ab::iter(ts, iterable)?;
    let one = ts.new_int(1);
    let exact = mapping.is_exact(&ts.types.dict);
    while let Some(k) = ab::next(ts, &it)? {
        if exact {
            let d = mapping.downcast::<PyDict>().expect("dict");
            let new = match d.get_item(ts, &k)? {
                Some(old) => ab::binary_op(ts, &old, &one, nb::ADD)?,
                None => one.clone(),
            };
            d.set_item(ts, k, new)?;
        } else {
            let old = ab::call_method(ts, mapping, "get", &[k.clone(), ts.new_int(0)])?;
            let new = ab::binary_op(ts, &old, &one, nb::ADD)?;
            ab::setitem(ts, mapping, &k, Some(&new))?;
        }
    }
    Ok(ts.none())
}

// ---- _tuplegetter ----

pub struct TupleGetter {
    index: usize,
    doc: std::cell::RefCell<ObjRef>,
}
impl PyPayload for TupleGetter {}

fn tg_new(
    ts: &ThreadState,
    cls: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    taipan_object::args::no_kwargs(ts, "_tuplegetter", kw)?;
    check_positional(ts, "_tuplegetter", args.len(), 2, 2)?;
    let index = super::common::index_i64(ts, &args[0])?;
    Ok(alloc_object(
        ts,
        cls,
        TupleGetter {
            index: index.max(0) as usize,
            doc: std::cell::RefCell::new(args[1].clone()),
        },
    ))
}

fn tg_get(
    ts: &ThreadState,
    d: &ObjRef,
    obj: Option<&ObjRef>,
    _: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let g = d.downcast::<TupleGetter>().expect("_tuplegetter");
    let Some(obj) = obj.filter(|o| !ts.is_none(o)) else {
        return Ok(d.clone());
    };
    let Some(t) = obj.downcast::<PyTuple>() else {
        return Err(ts.type_error(format!(
            "descriptor for index '{}' for tuple subclasses doesn't apply to '{}' object",
            g.index,
            obj.typ().name()
        )));
    };
    t.items()
        .get(g.index)
        .cloned()
        .ok_or_else(|| ts.index_error("tuple index out of range"))
}

fn tg_set(ts: &ThreadState, _: &ObjRef, _: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    Err(ts.attribute_error(if v.is_some() {
        "can't set attribute"
    } else {
        "can't delete attribute"
    }))
}

fn tg_doc(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(o.downcast::<TupleGetter>()
        .expect("_tuplegetter")
        .doc
        .borrow()
        .clone())
}
fn tg_set_doc(ts: &ThreadState, o: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    let old = o
        .downcast::<TupleGetter>()
        .expect("_tuplegetter")
        .doc
        .replace(v.cloned().unwrap_or_else(|| ts.none()));
    drop(old);
    Ok(())
}
fn tg_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let g = o.downcast::<TupleGetter>().expect("_tuplegetter");
    let args = ts.new_tuple(vec![ts.new_int(g.index as i64), g.doc.borrow().clone()]);
    Ok(ts.new_tuple(vec![o.class().clone(), args]))
}
fn tg_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    visit(
        &o.downcast::<TupleGetter>()
            .expect("_tuplegetter")
            .doc
            .borrow(),
    );
}

static TG_GETSETS: &[GetSetDef] = &[GetSetDef {
    name: "__doc__",
    get: tg_doc,
    set: Some(tg_set_doc),
    doc: "",
}];
static TG_METHODS: &[MethodDef] = &[MethodDef::new("__reduce__", Meth::NoArgs(tg_reduce))];

pub static TUPLEGETTER_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: Slots {
        new: Some(tg_new),
        descr_get: Some(tg_get),
        descr_set: Some(tg_set),
        traverse: Some(tg_traverse),
        ..Slots::NONE
    },
    methods: &[TG_METHODS],
    getsets: TG_GETSETS,
    ..TypeSpec::new(
        "_collections._tuplegetter",
        PayloadInfo::of::<TupleGetter>(),
    )
};

static FUNCTIONS: &[MethodDef] = &[MethodDef::new(
    "_count_elements",
    Meth::Fast(count_elements),
)];

/// Makes the `_collections` module.
pub fn make(ts: &ThreadState) -> ObjRef {
    let m = ts.new_builtin_module("_collections", FUNCTIONS);
    add_type(ts, &m, &deque::SPEC);
    add_type(ts, &m, &deque::ITER_SPEC);
    add_type(ts, &m, &deque::REV_ITER_SPEC);
    add_type(ts, &m, &defaultdict::SPEC);
    add_type(ts, &m, &TUPLEGETTER_SPEC);
    m
}

//! Struct sequences (CPython's `structseq.c`): named tuples made in Rust, one implementation for
//! `sys.float_info`, `sys.int_info`, `sys.hash_info`, `sys.flags`, `sys.thread_info`,
//! `sys.version_info`, `time.struct_time`, ... A [`StructSeqDesc`] names the type and its fields;
//! [`new_type`] makes the type (a `tuple` subclass whose instances are plain tuple payloads), and
//! [`new`] an instance. Fields are read through `member_descriptor`-like field descriptors
//! (`structseq_field`, an index into the tuple); `repr` is `sys.float_info(max=..., ...)`;
//! `__reduce__` as CPython's; the type's dict holds `n_sequence_fields`, `n_fields`,
//! `n_unnamed_fields` and `__match_args__`.
//!
//! All fields are in the sequence (`n_sequence_fields == n_fields`): extra named fields beyond
//! the tuple (struct_time's `tm_zone`/`tm_gmtoff`) are not supported yet.

use crate::abstract_ as ab;
use crate::error::PyResult;
use crate::header::{ObjRef, PyPayload, alloc_object};
use crate::thread::ThreadState;
use crate::typeobj::{
    GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags, new_static_type,
};
use crate::types::dict::PyDict;
use crate::types::tuple::PyTuple;

/// A struct sequence type's declaration (CPython's `PyStructSequence_Desc`).
pub struct StructSeqDesc {
    /// `tp_name`, with the module: `"sys.float_info"`.
    pub name: &'static str,
    /// The field names, in tuple order.
    pub fields: &'static [&'static str],
    /// The type's `__doc__`.
    pub doc: &'static str,
    /// `false`: `cannot create 'sys.flags' instances` (CPython's `Py_TPFLAGS_DISALLOW_INSTANTIATION`).
    pub instantiable: bool,
}

/// Makes the type described by `desc` (once per interpreter; keep the result).
pub fn new_type(ts: &ThreadState, desc: &'static StructSeqDesc) -> ObjRef {
    let spec: &'static TypeSpec = Box::leak(Box::new(TypeSpec {
        base: Some(|ts| &ts.types.tuple),
        flags: if desc.instantiable {
            0
        } else {
            flags::DISALLOW_INSTANTIATION
        },
        slots: Slots {
            repr: Some(repr),
            new: if desc.instantiable {
                Some(new_slot)
            } else {
                None
            },
            ..Slots::NONE
        },
        methods: METHOD_TABLES,
        doc: desc.doc,
        ..TypeSpec::new(desc.name, PayloadInfo::of::<PyTuple>())
    }));
    let ty = new_static_type(ts, spec);
    if !desc.instantiable {
        // No inherited `tuple.__new__` either.
        ty.typ_payload().slots_mut().new = None;
    }
    let d = ty.typ_payload().dict_payload();
    let n = ts.new_int(desc.fields.len() as i64);
    let _ = d.set_item_str(ts, "n_sequence_fields", n.clone());
    let _ = d.set_item_str(ts, "n_fields", n);
    let _ = d.set_item_str(ts, "n_unnamed_fields", ts.new_int(0));
    let names: Vec<ObjRef> = desc.fields.iter().map(|f| ts.intern(f)).collect();
    let _ = d.set_item_str(ts, "__match_args__", ts.new_tuple(names.clone()));
    for (i, name) in names.into_iter().enumerate() {
        let f = alloc_object(
            ts,
            &ts.types.structseq_field,
            PyStructSeqField {
                name: name.clone(),
                index: i,
                owner: ty.clone(),
            },
        );
        let _ = d.set_item(ts, name, f);
    }
    ty.typ_payload().modified();
    ty
}

/// An instance of the struct sequence type `ty` (made by [`new_type`]) holding `items`.
pub fn new(ts: &ThreadState, ty: &ObjRef, items: Vec<ObjRef>) -> ObjRef {
    crate::types::tuple::new_tuple_of_type(ts, ty, items)
}

/// The field names of a struct sequence type (its `__match_args__`).
fn field_names(ts: &ThreadState, ty: &ObjRef) -> Vec<ObjRef> {
    ty.typ_payload()
        .lookup_str(ts, "__match_args__")
        .and_then(|m| m.downcast::<PyTuple>().map(|t| t.items().to_vec()))
        .unwrap_or_default()
}

fn items(o: &ObjRef) -> &[ObjRef] {
    o.downcast::<PyTuple>().map_or(&[], |t| t.items())
}

fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let ty = o.class();
    let names = field_names(ts, ty);
    if !ts.repr_enter(o) {
        return Ok(ts.new_string(format!("{}(...)", ty.typ_payload().name())));
    }
    let mut out = format!("{}(", ty.typ_payload().name());
    let r = (|| {
        for (i, (n, v)) in names.iter().zip(items(o)).enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(ab::str_of(n));
            out.push('=');
            out.push_str(&ab::repr_string(ts, v)?);
        }
        Ok(())
    })();
    ts.repr_leave(o);
    r?;
    out.push(')');
    Ok(ts.new_string(out))
}

/// `structseq_new(type, sequence, dict=None)`.
fn new_slot(ts: &ThreadState, ty: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC: crate::args::ArgSpec = crate::args::ArgSpec {
        fname: "structseq",
        names: &["sequence", "dict"],
        required: 1,
        posonly: 0,
        kwonly: 2,
    };
    let [seq, dict] = crate::args::parse::<2>(ts, &SPEC, a, kw)?;
    let seq = seq.expect("required");
    let name = ty.typ_payload().name().to_string();
    if let Some(d) = dict.filter(|d| !ts.is_none(d))
        && !d.is_a::<PyDict>()
    {
        return Err(ts.type_error(format!("{name}() takes a dict as second arg, if any")));
    }
    let v = ab::collect(ts, &seq).map_err(|e| {
        if e.matches(&ts.exc.type_error) {
            ts.type_error("constructor requires a sequence")
        } else {
            e
        }
    })?;
    let n = field_names(ts, ty).len();
    if v.len() != n {
        return Err(ts.type_error(format!(
            "{name}() takes a {n}-sequence ({}-sequence given)",
            v.len()
        )));
    }
    Ok(new(ts, ty, v))
}

/// `__reduce__`: `(type, (tuple, {}))` (the dict holds the fields beyond the sequence).
fn reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let tup = ts.new_tuple(items(o).to_vec());
    Ok(ts.new_tuple(vec![
        o.class().clone(),
        ts.new_tuple(vec![tup, ts.new_dict()]),
    ]))
}

static METHODS: &[MethodDef] = &[MethodDef::new("__reduce__", Meth::NoArgs(reduce))];
static METHOD_TABLES: &[&[MethodDef]] = &[METHODS];

// ---- the field descriptor ----

/// A struct sequence field: reads item `index` of an instance of `owner`.
pub struct PyStructSeqField {
    name: ObjRef,
    index: usize,
    owner: ObjRef,
}
impl PyPayload for PyStructSeqField {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.structseq_field
    }
}
fn field(o: &ObjRef) -> &PyStructSeqField {
    o.downcast::<PyStructSeqField>().expect("structseq field")
}
fn field_get(
    ts: &ThreadState,
    o: &ObjRef,
    obj: Option<&ObjRef>,
    _: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let f = field(o);
    let Some(obj) = obj else { return Ok(o.clone()) };
    if !crate::typeobj::type_check(obj, &f.owner) {
        return Err(ts.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            ab::str_of(&f.name),
            f.owner.typ_payload().name(),
            obj.typ().name()
        )));
    }
    items(obj)
        .get(f.index)
        .cloned()
        .ok_or_else(|| ts.attribute_error(ab::str_of(&f.name).to_string()))
}
fn field_set(ts: &ThreadState, _: &ObjRef, _: &ObjRef, _: Option<&ObjRef>) -> PyResult<()> {
    Err(ts.attribute_error("readonly attribute"))
}
fn field_repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let f = field(o);
    Ok(ts.new_string(format!(
        "<member '{}' of '{}' objects>",
        ab::str_of(&f.name),
        f.owner.typ_payload().name()
    )))
}
fn field_name(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(field(o).name.clone())
}
fn field_objclass(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(field(o).owner.clone())
}
fn field_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    visit(&field(o).owner);
}
static FIELD_GETSETS: &[GetSetDef] = &[
    GetSetDef::ro("__name__", field_name),
    GetSetDef::ro("__objclass__", field_objclass),
];

/// The field descriptors' type (`type(type(sys.float_info).max)`; CPython's
/// `member_descriptor`).
pub static FIELD_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: Slots {
        descr_get: Some(field_get),
        descr_set: Some(field_set),
        repr: Some(field_repr),
        traverse: Some(field_traverse),
        ..Slots::NONE
    },
    getsets: FIELD_GETSETS,
    ..TypeSpec::new("member_descriptor", PayloadInfo::of::<PyStructSeqField>())
};

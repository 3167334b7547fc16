//! The `_sha512` module: `sha512` and `sha384` hash objects (`update`, `digest`,
//! `hexdigest`, `copy`, `name`, `digest_size`, `block_size`) over the `sha2` crate; what
//! `random.seed(str/bytes)` and `hashlib` use.

use std::cell::RefCell;

use sha2::{Digest, Sha384, Sha512};
use taipan_object::typeobj::{GetSetDef, Meth, MethodDef, PayloadInfo, TypeSpec};
use taipan_object::types::bytes::buffer;
use taipan_object::types::str_::PyStr;
use taipan_object::{ObjRef, PyPayload, PyResult, ThreadState, alloc_object};

use super::common::{split_kw, type_of};

#[derive(Clone)]
enum State {
    S512(Sha512),
    S384(Sha384),
}

pub struct Hash {
    state: RefCell<Box<State>>,
}
impl PyPayload for Hash {}

fn this(o: &ObjRef) -> &Hash {
    o.downcast::<Hash>().expect("sha512")
}

fn feed(ts: &ThreadState, h: &Hash, data: &ObjRef) -> PyResult<()> {
    if data.is_a::<PyStr>() {
        return Err(ts.type_error("Strings must be encoded before hashing"));
    }
    let b =
        buffer(ts, data).map_err(|_| ts.type_error("object supporting the buffer API required"))?;
    match &mut **h.state.borrow_mut() {
        State::S512(s) => s.update(&*b),
        State::S384(s) => s.update(&*b),
    }
    Ok(())
}

fn make_hash(
    ts: &ThreadState,
    spec: &'static TypeSpec,
    st: State,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let (pos, kws) = split_kw(args, kw);
    let fname = if matches!(st, State::S512(_)) {
        "sha512"
    } else {
        "sha384"
    };
    taipan_object::args::check_positional(ts, fname, pos.len(), 0, 1)?;
    let mut data = pos.first().cloned();
    for (k, v) in kws {
        match k {
            "string" if data.is_none() => data = Some(v.clone()),
            "usedforsecurity" => {}
            _ => {
                return Err(ts.type_error(format!(
                    "{fname}() got an unexpected keyword argument '{k}'"
                )));
            }
        }
    }
    let o = alloc_object(
        ts,
        &type_of(ts, spec),
        Hash {
            state: RefCell::new(Box::new(st)),
        },
    );
    if let Some(d) = data {
        feed(ts, this(&o), &d)?;
    }
    Ok(o)
}

fn sha512(ts: &ThreadState, _: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    make_hash(ts, &SHA512_SPEC, State::S512(Sha512::new()), args, kw)
}
fn sha384(ts: &ThreadState, _: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    make_hash(ts, &SHA384_SPEC, State::S384(Sha384::new()), args, kw)
}

fn digest_bytes(h: &Hash) -> Vec<u8> {
    match *h.state.borrow().clone() {
        State::S512(s) => s.finalize().to_vec(),
        State::S384(s) => s.finalize().to_vec(),
    }
}

fn update(ts: &ThreadState, o: &ObjRef, data: &ObjRef) -> PyResult<ObjRef> {
    feed(ts, this(o), data)?;
    Ok(ts.none())
}
fn digest(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_bytes(digest_bytes(this(o))))
}
fn hexdigest(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let hex: String = digest_bytes(this(o))
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Ok(ts.new_string(hex))
}
fn copy(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let st = this(o).state.borrow().clone();
    Ok(alloc_object(
        ts,
        o.class(),
        Hash {
            state: RefCell::new(st),
        },
    ))
}
fn is512(o: &ObjRef) -> bool {
    matches!(**this(o).state.borrow(), State::S512(_))
}
fn name(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_str(if is512(o) { "sha512" } else { "sha384" }))
}
fn digest_size(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(if is512(o) { 64 } else { 48 }))
}
fn block_size(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(128))
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("update", Meth::O(update)),
    MethodDef::new("digest", Meth::NoArgs(digest)),
    MethodDef::new("hexdigest", Meth::NoArgs(hexdigest)),
    MethodDef::new("copy", Meth::NoArgs(copy)),
];
static GETSETS: &[GetSetDef] = &[
    GetSetDef::ro("name", name),
    GetSetDef::ro("digest_size", digest_size),
    GetSetDef::ro("block_size", block_size),
];

pub static SHA512_SPEC: TypeSpec = TypeSpec {
    methods: &[METHODS],
    getsets: GETSETS,
    ..TypeSpec::new("_sha512.sha512", PayloadInfo::of::<Hash>())
};
pub static SHA384_SPEC: TypeSpec = TypeSpec {
    methods: &[METHODS],
    getsets: GETSETS,
    ..TypeSpec::new("_sha512.sha384", PayloadInfo::of::<Hash>())
};

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::new("sha512", Meth::FastKw(sha512)),
    MethodDef::new("sha384", Meth::FastKw(sha384)),
];

/// Makes the `_sha512` module.
pub fn make(ts: &ThreadState) -> ObjRef {
    let m = ts.new_builtin_module("_sha512", FUNCTIONS);
    let _ = (type_of(ts, &SHA512_SPEC), type_of(ts, &SHA384_SPEC));
    m
}

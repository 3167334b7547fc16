//! `code`: a [`CodeObject`] from the compiler wrapped for the VM, with its constants, names and
//! local-plus names turned into objects once (names interned), and the `co_*` attributes.

use std::sync::Arc;

use taipan_ast::Constant;
use taipan_bytecode::{CodeObject, Const};

use crate::abstract_ as ab;
use crate::error::PyResult;
use crate::header::{ObjRef, PyPayload, alloc_object};
use crate::thread::ThreadState;
use crate::typeobj::{CompareOp, GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec};

pub struct PyCode {
    pub code: Arc<CodeObject>,
    pub consts: Box<[ObjRef]>,
    /// `co_names`, interned.
    pub names: Box<[ObjRef]>,
    /// Local-plus names, interned.
    pub localsplusnames: Box<[ObjRef]>,
    pub name: ObjRef,
    pub qualname: ObjRef,
    pub filename: ObjRef,
    /// Number of local-plus slots (locals, cells, free variables).
    pub nlocalsplus: usize,
    /// The eval loop's inline caches (`icache`).
    pub caches: crate::icache::InlineCaches,
}

impl PyPayload for PyCode {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.code
    }
}

/// A Python object for a compile-time constant.
pub fn const_to_object(ts: &ThreadState, c: &Constant) -> ObjRef {
    match c {
        Constant::None => ts.none(),
        Constant::Bool(b) => ts.bool_obj(*b),
        Constant::Ellipsis => ts.ellipsis(),
        Constant::Int(i) => ts.new_int_big(i.clone()),
        Constant::Float(bits) => ts.new_float(f64::from_bits(*bits)),
        Constant::Str(s) => match s.as_str() {
            Some(t) => ts.intern_if_identifier(t),
            None => ts.new_str_bytes(s.as_bytes()),
        },
        Constant::Tuple(items) => {
            ts.new_tuple(items.iter().map(|x| const_to_object(ts, x)).collect())
        }
        Constant::Complex { real, imag } => {
            ts.new_complex(f64::from_bits(*real), f64::from_bits(*imag))
        }
        Constant::Bytes(b) => ts.new_bytes(b.to_vec()),
        Constant::FrozenSet(items) => {
            let items: Vec<ObjRef> = items.iter().map(|x| const_to_object(ts, x)).collect();
            crate::types::set::new_frozenset(ts, &items)
        }
    }
}

impl ThreadState {
    /// Interns strings that look like identifiers (as CPython interns such constants).
    pub fn intern_if_identifier(&self, s: &str) -> ObjRef {
        if !s.is_empty()
            && s.len() < 64
            && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
        {
            self.intern(s)
        } else {
            self.new_str(s)
        }
    }
    /// A code object for the VM.
    pub fn new_code(&self, code: Arc<CodeObject>) -> ObjRef {
        self.new_code_with_consts(code, None)
    }
    /// A code object whose constants are `consts` when given (`code.replace(co_consts=...)`).
    pub fn new_code_with_consts(
        &self,
        code: Arc<CodeObject>,
        consts: Option<Box<[ObjRef]>>,
    ) -> ObjRef {
        let consts = consts.unwrap_or_else(|| {
            code.consts
                .iter()
                .map(|c| match c {
                    Const::Value(v) => const_to_object(self, v),
                    Const::Code(c) => self.new_code(c.clone()),
                })
                .collect()
        });
        let names = code.names.iter().map(|n| self.intern(n)).collect();
        let localsplusnames = code
            .localsplusnames
            .iter()
            .map(|n| self.intern(n))
            .collect();
        let p = PyCode {
            consts,
            names,
            localsplusnames,
            name: self.intern(&code.name),
            qualname: self.new_str(&code.qualname),
            filename: self.new_str(&code.filename),
            nlocalsplus: code.localsplusnames.len(),
            caches: Default::default(),
            code,
        };
        alloc_object(self, &self.types.code, p)
    }
}

fn this(o: &ObjRef) -> &PyCode {
    o.downcast::<PyCode>().expect("code")
}

fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let c = this(o);
    Ok(ts.new_string(format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        ab::str_of(&c.name),
        o.id(),
        ab::str_of(&c.filename),
        c.code.firstlineno
    )))
}

fn strs(ts: &ThreadState, v: Vec<&str>) -> ObjRef {
    ts.new_tuple(v.into_iter().map(|s| ts.intern(s)).collect())
}
fn co_name(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(this(o).name.clone())
}
fn co_qualname(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(this(o).qualname.clone())
}
fn co_filename(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(this(o).filename.clone())
}
fn co_consts(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_tuple(this(o).consts.to_vec()))
}
fn co_names(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_tuple(this(o).names.to_vec()))
}
fn co_varnames(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(strs(ts, this(o).code.varnames()))
}
fn co_cellvars(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(strs(ts, this(o).code.cellvars()))
}
fn co_freevars(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(strs(ts, this(o).code.freevars()))
}
fn co_argcount(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(this(o).code.argcount as i64))
}
fn co_posonlyargcount(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(this(o).code.posonlyargcount as i64))
}
fn co_kwonlyargcount(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(this(o).code.kwonlyargcount as i64))
}
fn co_nlocals(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(this(o).code.nlocals() as i64))
}
fn co_flags(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(this(o).code.flags.0 as i64))
}
fn co_firstlineno(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(this(o).code.firstlineno as i64))
}
fn co_stacksize(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(this(o).code.stacksize as i64))
}
fn co_code(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    (ts.bytes_hook.get())(ts, &this(o).code.co_code())
}

fn co_linetable(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    (ts.bytes_hook.get())(ts, &this(o).code.linetable)
}
fn co_exceptiontable(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    (ts.bytes_hook.get())(ts, &this(o).code.exceptiontable)
}
/// `co_lines()` ranges (3.11's `lineiter_next`: one per line-table entry, empty ones skipped).
fn line_ranges(code: &CodeObject) -> Vec<(u32, u32, Option<u32>)> {
    code.lines()
        .into_iter()
        .filter(|r| r.start != r.end)
        .map(|r| (r.start, r.end, r.line))
        .collect()
}
/// `co_lnotab` (3.11's `decode_linetable`: byte and line increments between line changes).
fn co_lnotab(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let code = &this(o).code;
    let mut out = Vec::new();
    let (mut addr, mut line) = (0i64, code.firstlineno as i64);
    for (start, _, l) in line_ranges(code) {
        let Some(l) = l else { continue };
        let l = l as i64;
        if l == line {
            continue;
        }
        let (mut bd, mut ld) = (start as i64 - addr, l - line);
        while bd > 255 {
            out.extend([255, 0]);
            bd -= 255;
        }
        while ld > 127 {
            out.extend([bd as u8, 127]);
            ld -= 127;
            bd = 0;
        }
        while ld < -128 {
            out.extend([bd as u8, (-128i8) as u8]);
            ld += 128;
            bd = 0;
        }
        out.extend([bd as u8, ld as i8 as u8]);
        addr = start as i64;
        line = l;
    }
    (ts.bytes_hook.get())(ts, &out)
}
fn opt_int(ts: &ThreadState, v: Option<u32>) -> ObjRef {
    v.map_or_else(|| ts.none(), |v| ts.new_int(v as i64))
}
/// `co_lines()`: an iterator of `(start, end, line)`.
fn co_lines(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let items = line_ranges(&this(o).code)
        .into_iter()
        .map(|(s, e, l)| {
            ts.new_tuple(vec![
                ts.new_int(s as i64),
                ts.new_int(e as i64),
                opt_int(ts, l),
            ])
        })
        .collect();
    ab::iter(ts, &ts.new_list(items))
}
/// `co_positions()`: an iterator of `(line, end_line, col, end_col)` per code unit.
fn co_positions(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let items = this(o)
        .code
        .positions()
        .into_iter()
        .map(|p| {
            ts.new_tuple(vec![
                opt_int(ts, p.line),
                opt_int(ts, p.end_line),
                opt_int(ts, p.col),
                opt_int(ts, p.end_col),
            ])
        })
        .collect();
    ab::iter(ts, &ts.new_list(items))
}

fn kw_str(ts: &ThreadState, k: &str, v: &ObjRef) -> PyResult<Box<str>> {
    v.downcast::<crate::types::str_::PyStr>()
        .map(|s| Box::from(s.as_str()))
        .ok_or_else(|| {
            ts.type_error(format!(
                "replace() argument '{k}' must be str, not {}",
                v.typ().name()
            ))
        })
}
fn kw_u32(ts: &ThreadState, v: &ObjRef) -> PyResult<u32> {
    let n = ab::index_isize(ts, v)?;
    u32::try_from(n).map_err(|_| ts.value_error("code: argument out of range"))
}
fn kw_bytes(ts: &ThreadState, k: &str, v: &ObjRef) -> PyResult<Vec<u8>> {
    v.downcast::<crate::types::bytes::PyBytes>()
        .map(|b| b.as_bytes().to_vec())
        .ok_or_else(|| {
            ts.type_error(format!(
                "replace() argument '{k}' must be bytes, not {}",
                v.typ().name()
            ))
        })
}
fn kw_tuple(ts: &ThreadState, k: &str, v: &ObjRef) -> PyResult<Vec<ObjRef>> {
    v.downcast::<crate::types::tuple::PyTuple>()
        .map(|t| t.items().to_vec())
        .ok_or_else(|| {
            ts.type_error(format!(
                "replace() argument '{k}' must be tuple, not {}",
                v.typ().name()
            ))
        })
}
fn kw_names_tuple(ts: &ThreadState, k: &str, v: &ObjRef) -> PyResult<Vec<Box<str>>> {
    kw_tuple(ts, k, v)?
        .iter()
        .map(|x| {
            x.downcast::<crate::types::str_::PyStr>()
                .map(|s| Box::from(s.as_str()))
                .ok_or_else(|| ts.system_error("non-string found in code slot"))
        })
        .collect()
}
/// Puts `new` into the local-plus slots of the kind `keep` (`co_varnames=` and friends).
fn replace_locals(
    ts: &ThreadState,
    code: &mut CodeObject,
    keep: fn(taipan_bytecode::LocalKind) -> bool,
    what: &str,
    new: Vec<Box<str>>,
) -> PyResult<()> {
    let slots: Vec<usize> = (0..code.localspluskinds.len())
        .filter(|&i| keep(code.localspluskinds[i]))
        .collect();
    if slots.len() != new.len() {
        return Err(ts.value_error(what));
    }
    let mut names = code.localsplusnames.to_vec();
    for (i, n) in slots.into_iter().zip(new) {
        names[i] = n;
    }
    code.localsplusnames = names.into_boxed_slice();
    Ok(())
}

/// `code.replace(**kwargs)`: a copy with some `co_*` fields replaced (CPython's `code_replace`).
fn replace(
    ts: &ThreadState,
    o: &ObjRef,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let kws = crate::args::kw_names(kwnames);
    let npos = args.len() - kws.len();
    if npos > 0 {
        return Err(ts.type_error("replace() takes no positional arguments"));
    }
    let old = this(o);
    let mut code: CodeObject = (*old.code).clone();
    let mut consts: Option<Vec<ObjRef>> = None;
    for (k, v) in kws.iter().zip(&args[npos..]) {
        let k = ab::str_of(k);
        match k {
            "co_name" => code.name = kw_str(ts, k, v)?,
            "co_qualname" => code.qualname = kw_str(ts, k, v)?,
            "co_filename" => code.filename = kw_str(ts, k, v)?,
            "co_argcount" => code.argcount = kw_u32(ts, v)?,
            "co_posonlyargcount" => code.posonlyargcount = kw_u32(ts, v)?,
            "co_kwonlyargcount" => code.kwonlyargcount = kw_u32(ts, v)?,
            "co_stacksize" => code.stacksize = kw_u32(ts, v)?,
            "co_flags" => code.flags = taipan_bytecode::CodeFlags(kw_u32(ts, v)?),
            "co_firstlineno" => code.firstlineno = kw_u32(ts, v)?,
            "co_nlocals" => {
                if kw_u32(ts, v)? as usize != code.nlocals() {
                    return Err(ts.value_error("code: co_nlocals != len(co_varnames)"));
                }
            }
            "co_code" => {
                let b = kw_bytes(ts, k, v)?;
                if b.len() % 2 != 0 {
                    return Err(ts.value_error("code: co_code is malformed"));
                }
                code.code = b
                    .chunks_exact(2)
                    .map(|u| {
                        taipan_bytecode::Opcode::from_u8(u[0])
                            .map(|op| taipan_bytecode::CodeUnit { op, arg: u[1] })
                            .ok_or_else(|| ts.value_error("code: co_code is malformed"))
                    })
                    .collect::<PyResult<_>>()?;
            }
            "co_linetable" => code.linetable = kw_bytes(ts, k, v)?.into(),
            "co_exceptiontable" => code.exceptiontable = kw_bytes(ts, k, v)?.into(),
            "co_consts" => consts = Some(kw_tuple(ts, k, v)?),
            "co_names" => code.names = kw_names_tuple(ts, k, v)?.into(),
            "co_varnames" => {
                let n = kw_names_tuple(ts, k, v)?;
                replace_locals(
                    ts,
                    &mut code,
                    |k| k.is_local(),
                    "code: co_nlocals != len(co_varnames)",
                    n,
                )?;
            }
            "co_cellvars" => {
                let n = kw_names_tuple(ts, k, v)?;
                replace_locals(
                    ts,
                    &mut code,
                    |k| k.is_cell(),
                    "code: wrong length of co_cellvars",
                    n,
                )?;
            }
            "co_freevars" => {
                let n = kw_names_tuple(ts, k, v)?;
                replace_locals(
                    ts,
                    &mut code,
                    |k| k.is_free(),
                    "code: wrong length of co_freevars",
                    n,
                )?;
            }
            _ => {
                return Err(ts.type_error(format!(
                    "'{k}' is an invalid keyword argument for replace()"
                )));
            }
        }
    }
    // The eval loop trusts compiled code; what is built here is verified first.
    let nconsts = consts.as_ref().map_or(old.consts.len(), Vec::len);
    let const_objs: &[ObjRef] = consts.as_deref().unwrap_or(&old.consts);
    taipan_bytecode::verify::verify(&code, nconsts, &|i| const_kind(&const_objs[i]))
        .map_err(|m| ts.value_error(m))?;
    // The VM reads constants from the object side; the compiler's `Const`s stay as they were.
    Ok(ts.new_code_with_consts(Arc::new(code), consts.map(Vec::into_boxed_slice)))
}

/// What the verifier needs to know of a constant.
fn const_kind(o: &ObjRef) -> taipan_bytecode::verify::ConstKind {
    use taipan_bytecode::verify::ConstKind;
    if o.is_a::<PyCode>() {
        return ConstKind::Code;
    }
    match o.downcast::<crate::types::tuple::PyTuple>() {
        Some(t) => ConstKind::Tuple {
            len: u32::try_from(t.len()).unwrap_or(u32::MAX),
            strs: t
                .items()
                .iter()
                .all(|x| x.is_a::<crate::types::str_::PyStr>()),
        },
        None => ConstKind::Other,
    }
}

/// `code(argcount, posonlyargcount, ...)`: CPython's argument-count check; building a code
/// object from its 16 parts is not supported yet (use `code.replace`).
fn new(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    crate::args::no_kwargs(ts, "code", kw)?;
    crate::args::check_positional(ts, "code", a.len(), 16, 18)?;
    Err(ts.type_error("code() from its parts is not supported; use code.replace()"))
}

/// CPython's `code_richcompare`: equal when everything but the file and qualified names is.
fn richcompare(ts: &ThreadState, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    let (Some(y), true) = (
        b.downcast::<PyCode>(),
        matches!(op, CompareOp::Eq | CompareOp::Ne),
    ) else {
        return Ok(ts.not_implemented());
    };
    let x = this(a);
    let (p, q) = (&*x.code, &*y.code);
    let mut eq = p.name == q.name
        && p.argcount == q.argcount
        && p.posonlyargcount == q.posonlyargcount
        && p.kwonlyargcount == q.kwonlyargcount
        && p.flags.0 == q.flags.0
        && p.firstlineno == q.firstlineno
        && p.co_code() == q.co_code()
        && p.names == q.names
        && p.localsplusnames == q.localsplusnames
        && p.linetable == q.linetable
        && p.exceptiontable == q.exceptiontable
        && x.consts.len() == y.consts.len();
    if eq {
        for (c, d) in x.consts.iter().zip(y.consts.iter()) {
            let same_type = std::ptr::eq(c.typ(), d.typ());
            if !same_type || !(c.is(d) || ab::eq(ts, c, d)?) {
                eq = false;
                break;
            }
        }
    }
    Ok(ts.bool_obj(eq == (op == CompareOp::Eq)))
}
/// `hash(code)`: from the fields equality compares.
fn hash(ts: &ThreadState, o: &ObjRef) -> PyResult<i64> {
    let c = this(o);
    let p = &*c.code;
    let mut h = ab::hash(ts, &c.name)? as u64;
    for v in [
        p.argcount,
        p.posonlyargcount,
        p.kwonlyargcount,
        p.flags.0,
        p.firstlineno,
    ] {
        h = h.wrapping_mul(1000003) ^ u64::from(v);
    }
    h = h.wrapping_mul(1000003) ^ c.consts.len() as u64;
    let h = h as i64;
    Ok(if h == -1 { -2 } else { h })
}

/// `code._varname_from_oparg(i)`: the local-plus name of slot `i` (used by `dis`).
fn varname_from_oparg(ts: &ThreadState, o: &ObjRef, i: &ObjRef) -> PyResult<ObjRef> {
    let i = ab::index_isize(ts, i)?;
    usize::try_from(i)
        .ok()
        .and_then(|i| this(o).localsplusnames.get(i).cloned())
        .ok_or_else(|| ts.index_error("tuple index out of range"))
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("_varname_from_oparg", Meth::O(varname_from_oparg)),
    MethodDef::new("replace", Meth::FastKw(replace)),
    MethodDef::new("co_lines", Meth::NoArgs(co_lines)),
    MethodDef::new("co_positions", Meth::NoArgs(co_positions)),
];

static GETSETS: &[GetSetDef] = &[
    GetSetDef::member_ro("co_linetable", co_linetable),
    GetSetDef::member_ro("co_exceptiontable", co_exceptiontable),
    GetSetDef::ro("co_lnotab", co_lnotab),
    GetSetDef::member_ro("co_name", co_name),
    GetSetDef::member_ro("co_qualname", co_qualname),
    GetSetDef::member_ro("co_filename", co_filename),
    GetSetDef::member_ro("co_consts", co_consts),
    GetSetDef::member_ro("co_names", co_names),
    GetSetDef::ro("co_varnames", co_varnames),
    GetSetDef::ro("co_cellvars", co_cellvars),
    GetSetDef::ro("co_freevars", co_freevars),
    GetSetDef::member_ro("co_argcount", co_argcount),
    GetSetDef::member_ro("co_posonlyargcount", co_posonlyargcount),
    GetSetDef::member_ro("co_kwonlyargcount", co_kwonlyargcount),
    GetSetDef::member_ro("co_nlocals", co_nlocals),
    GetSetDef::member_ro("co_flags", co_flags),
    GetSetDef::member_ro("co_firstlineno", co_firstlineno),
    GetSetDef::member_ro("co_stacksize", co_stacksize),
    GetSetDef::ro("co_code", co_code),
];

pub static SPEC: TypeSpec = TypeSpec {
    flags: crate::typeobj::flags::WEAKREFABLE,
    slots: Slots {
        repr: Some(repr),
        richcompare: Some(richcompare),
        hash: Some(hash),
        new: Some(new),
        ..Slots::NONE
    },
    methods: &[METHODS],
    getsets: GETSETS,
    ..TypeSpec::new("code", PayloadInfo::of::<PyCode>())
};

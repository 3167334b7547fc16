//! `code`: a [`CodeObject`] from the compiler wrapped for the VM, with its constants, names and
//! local-plus names turned into objects once (names interned), and the `co_*` attributes.

use std::sync::Arc;

use taipan_ast::Constant;
use taipan_bytecode::{CodeObject, Const};

use crate::abstract_ as ab;
use crate::error::PyResult;
use crate::header::{ObjRef, PyPayload, alloc_object};
use crate::thread::ThreadState;
use crate::typeobj::{GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec};

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
        let consts = code
            .consts
            .iter()
            .map(|c| match c {
                Const::Value(v) => const_to_object(self, v),
                Const::Code(c) => self.new_code(c.clone()),
            })
            .collect();
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

static METHODS: &[MethodDef] = &[
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
        ..Slots::NONE
    },
    methods: &[METHODS],
    getsets: GETSETS,
    ..TypeSpec::new("code", PayloadInfo::of::<PyCode>())
};

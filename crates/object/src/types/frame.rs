//! `frame` objects (the Python view of a VM frame: `f_code`, `f_globals`, `f_locals`,
//! `f_lineno`, `f_back`; made lazily by the VM for tracebacks and `sys._getframe`) and
//! `traceback` objects (`tb_frame`, `tb_lineno`, `tb_lasti`, `tb_next`).

use std::cell::{Cell, RefCell};

use crate::abstract_ as ab;
use crate::error::PyResult;
use crate::header::{ObjRef, PyPayload, alloc_object};
use crate::thread::ThreadState;
use crate::typeobj::{GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags};
use crate::types::code::PyCode;

pub struct PyFrame {
    pub code: ObjRef,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    /// The locals mapping (module and class frames; a snapshot dict for function frames).
    pub locals: RefCell<Option<ObjRef>>,
    /// Index of the last instruction run, in code units (`f_lasti` is twice this).
    pub lasti: Cell<i32>,
    pub back: RefCell<Option<ObjRef>>,
    /// Where the VM frame this mirrors lives (an opaque id the VM uses to refresh
    /// `f_lasti`/`f_locals` while the frame runs); 0 once it returned.
    pub vm_frame: Cell<usize>,
    /// `f_trace`: the local trace function `sys.settrace`'s tracer returned.
    pub trace: RefCell<Option<ObjRef>>,
    /// `f_trace_lines` (default true) and `f_trace_opcodes` (default false).
    pub trace_lines: Cell<bool>,
    pub trace_opcodes: Cell<bool>,
}

impl PyPayload for PyFrame {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.frame
    }
}

impl PyFrame {
    /// The current line (`f_lineno`).
    pub fn lineno(&self) -> i64 {
        let c = self.code.downcast::<PyCode>().expect("code");
        c.code
            .addr2line(self.lasti.get().max(0) as u32)
            .map_or(c.code.firstlineno as i64, |l| l as i64)
    }
}

impl ThreadState {
    pub fn new_frame_object(&self, code: ObjRef, globals: ObjRef, builtins: ObjRef) -> ObjRef {
        alloc_object(
            self,
            &self.types.frame,
            PyFrame {
                code,
                globals,
                builtins,
                locals: RefCell::new(None),
                lasti: Cell::new(-1),
                back: RefCell::new(None),
                vm_frame: Cell::new(0),
                trace: RefCell::new(None),
                trace_lines: Cell::new(true),
                trace_opcodes: Cell::new(false),
            },
        )
    }
}

fn this(o: &ObjRef) -> &PyFrame {
    o.downcast::<PyFrame>().expect("frame")
}

/// The frame object, refreshed from its VM frame if that still runs.
fn synced<'a>(ts: &ThreadState, o: &'a ObjRef) -> &'a PyFrame {
    let f = this(o);
    if f.vm_frame.get() != 0 {
        (ts.hooks.frame_sync.get())(ts, o);
    }
    f
}

fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let f = synced(ts, o);
    let c = f.code.downcast::<PyCode>().expect("code");
    Ok(ts.new_string(format!(
        "<frame at {:#x}, file {}, line {}, code {}>",
        o.id(),
        ab::repr_string(ts, &c.filename)?,
        f.lineno(),
        ab::str_of(&c.name)
    )))
}
fn f_code(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(this(o).code.clone())
}
fn f_globals(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(this(o).globals.clone())
}
fn f_builtins(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(this(o).builtins.clone())
}
fn f_locals(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    (ts.frame_locals_hook.get())(ts, o)
}
fn f_lineno(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(synced(ts, o).lineno()))
}
fn f_lasti(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(synced(ts, o).lasti.get() as i64 * 2))
}
fn f_back(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(synced(ts, o)
        .back
        .borrow()
        .clone()
        .unwrap_or_else(|| ts.none()))
}
fn f_trace(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(this(o).trace.borrow().clone().unwrap_or_else(|| ts.none()))
}
fn set_f_trace(ts: &ThreadState, o: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    let v = v.filter(|v| !ts.is_none(v)).cloned();
    let old = this(o).trace.replace(v);
    drop(old);
    Ok(())
}
fn bool_arg(ts: &ThreadState, v: Option<&ObjRef>) -> PyResult<bool> {
    match v {
        Some(v) if v.is(ts.true_ref()) => Ok(true),
        Some(v) if v.is(ts.false_ref()) => Ok(false),
        Some(_) => Err(ts.type_error("attribute value type must be bool")),
        None => Err(ts.attribute_error("cannot delete attribute")),
    }
}
fn f_trace_lines(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.bool_obj(this(o).trace_lines.get()))
}
fn set_f_trace_lines(ts: &ThreadState, o: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    this(o).trace_lines.set(bool_arg(ts, v)?);
    Ok(())
}
fn f_trace_opcodes(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.bool_obj(this(o).trace_opcodes.get()))
}
fn set_f_trace_opcodes(ts: &ThreadState, o: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    this(o).trace_opcodes.set(bool_arg(ts, v)?);
    Ok(())
}
fn traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let f = this(o);
    visit(&f.code);
    visit(&f.globals);
    visit(&f.builtins);
    if let Some(l) = f.locals.borrow().as_ref() {
        visit(l);
    }
    if let Some(b) = f.back.borrow().as_ref() {
        visit(b);
    }
    if let Some(t) = f.trace.borrow().as_ref() {
        visit(t);
    }
}
fn clear(_: &ThreadState, o: &ObjRef) {
    let f = this(o);
    drop(f.locals.borrow_mut().take());
    drop(f.back.borrow_mut().take());
    drop(f.trace.borrow_mut().take());
}

/// `frame.clear()`: drops the locals and the trace function of a finished frame; a frame
/// still running (or a suspended generator's) raises RuntimeError, as CPython's executing
/// frame does (`traceback.clear_frames` ignores it).
fn m_clear(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let f = this(o);
    if f.vm_frame.get() != 0 {
        return Err(ts.runtime_error("cannot clear an executing frame"));
    }
    drop(f.locals.borrow_mut().take());
    drop(f.trace.borrow_mut().take());
    Ok(ts.none())
}
static METHODS: &[MethodDef] = &[MethodDef::new("clear", Meth::NoArgs(m_clear))];

static GETSETS: &[GetSetDef] = &[
    GetSetDef::ro("f_code", f_code),
    GetSetDef::ro("f_globals", f_globals),
    GetSetDef::ro("f_builtins", f_builtins),
    GetSetDef::ro("f_locals", f_locals),
    GetSetDef::ro("f_lineno", f_lineno),
    GetSetDef::ro("f_lasti", f_lasti),
    GetSetDef::ro("f_back", f_back),
    GetSetDef {
        name: "f_trace",
        get: f_trace,
        set: Some(set_f_trace),
        doc: "",
    },
    GetSetDef {
        name: "f_trace_lines",
        get: f_trace_lines,
        set: Some(set_f_trace_lines),
        doc: "",
    },
    GetSetDef {
        name: "f_trace_opcodes",
        get: f_trace_opcodes,
        set: Some(set_f_trace_opcodes),
        doc: "",
    },
];

pub static SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: Slots {
        repr: Some(repr),
        traverse: Some(traverse),
        clear: Some(clear),
        ..Slots::NONE
    },
    methods: &[METHODS],
    getsets: GETSETS,
    ..TypeSpec::new("frame", PayloadInfo::of::<PyFrame>())
};

// ---- tracebacks ----

pub struct PyTraceback {
    pub next: RefCell<Option<ObjRef>>,
    pub frame: ObjRef,
    /// Code-unit index of the instruction that raised.
    pub lasti: i32,
    pub lineno: i64,
}

impl PyPayload for PyTraceback {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.traceback
    }
}

impl ThreadState {
    /// A traceback entry for `frame` at `lasti`, in front of `next` (`PyTraceBack_Here`).
    pub fn new_traceback(&self, next: Option<ObjRef>, frame: ObjRef, lasti: i32) -> ObjRef {
        let lineno = {
            let f = this(&frame);
            let c = f.code.downcast::<PyCode>().expect("code");
            c.code
                .addr2line(lasti.max(0) as u32)
                .map_or(-1, |l| l as i64)
        };
        alloc_object(
            self,
            &self.types.traceback,
            PyTraceback {
                next: RefCell::new(next),
                frame,
                lasti,
                lineno,
            },
        )
    }
}

fn tb(o: &ObjRef) -> &PyTraceback {
    o.downcast::<PyTraceback>().expect("traceback")
}
fn tb_frame(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(tb(o).frame.clone())
}
fn tb_lineno(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(tb(o).lineno))
}
fn tb_lasti(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(tb(o).lasti as i64 * 2))
}
fn tb_next(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(tb(o).next.borrow().clone().unwrap_or_else(|| ts.none()))
}
fn set_tb_next(ts: &ThreadState, o: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    let Some(v) = v else {
        return Err(ts.type_error("can't delete tb_next attribute"));
    };
    let v = Some(v).filter(|v| !ts.is_none(v));
    if let Some(v) = v
        && !v.is_a::<PyTraceback>()
    {
        return Err(ts.type_error(format!(
            "expected traceback object or None, got '{}'",
            v.typ().name()
        )));
    }
    // `tb_next_set`: no loops.
    let mut cursor = v.cloned();
    while let Some(c) = cursor {
        if c.is(o) {
            return Err(ts.value_error("traceback loop detected"));
        }
        cursor = tb(&c).next.borrow().clone();
    }
    let old = tb(o).next.replace(v.cloned());
    drop(old);
    Ok(())
}
fn tb_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let t = tb(o);
    visit(&t.frame);
    if let Some(n) = t.next.borrow().as_ref() {
        visit(n);
    }
}
fn tb_clear(_: &ThreadState, o: &ObjRef) {
    drop(tb(o).next.borrow_mut().take());
}

/// `types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)` (`tb_new_impl`).
fn tb_new(ts: &ThreadState, _: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC_ARGS: crate::args::ArgSpec = crate::args::ArgSpec {
        fname: "TracebackType",
        names: &["tb_next", "tb_frame", "tb_lasti", "tb_lineno"],
        required: 4,
        posonly: 0,
        kwonly: 4,
    };
    let [next, frame, lasti, lineno] = crate::args::parse::<4>(ts, &SPEC_ARGS, args, kw)?;
    let (Some(next), Some(frame), Some(lasti), Some(lineno)) = (next, frame, lasti, lineno) else {
        return Err(ts.type_error("TracebackType() missing required argument"));
    };
    let next = Some(next).filter(|n| !ts.is_none(n));
    if let Some(n) = &next
        && !n.is_a::<PyTraceback>()
    {
        return Err(ts.type_error(format!(
            "expected traceback object or None, got '{}'",
            n.typ().name()
        )));
    }
    if !frame.is_a::<PyFrame>() {
        return Err(ts.type_error(format!(
            "TracebackType() argument 'tb_frame' must be frame, not {}",
            frame.typ().name()
        )));
    }
    let int = |v: &ObjRef| -> PyResult<i64> {
        if !v.is_a::<crate::types::int::PyInt>() {
            return Err(ts.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                v.typ().name()
            )));
        }
        Ok(ab::index_isize(ts, v)? as i64)
    };
    let lasti = int(&lasti)?;
    let lineno = int(&lineno)?;
    Ok(alloc_object(
        ts,
        &ts.types.traceback,
        PyTraceback {
            next: RefCell::new(next),
            frame,
            lasti: (lasti / 2) as i32,
            lineno,
        },
    ))
}

/// `tb_dir`: only the four fields (`dir(tb)` lists no dunders).
fn tb_dir(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    let names = ["tb_frame", "tb_next", "tb_lasti", "tb_lineno"];
    Ok(ts.new_list(names.iter().map(|n| ts.intern(n)).collect()))
}
static TB_METHODS: &[MethodDef] = &[MethodDef::new("__dir__", Meth::NoArgs(tb_dir))];

static TB_GETSETS: &[GetSetDef] = &[
    GetSetDef::member_ro("tb_frame", tb_frame),
    GetSetDef::ro("tb_lineno", tb_lineno),
    GetSetDef::member_ro("tb_lasti", tb_lasti),
    GetSetDef {
        name: "tb_next",
        get: tb_next,
        set: Some(set_tb_next),
        doc: "",
    },
];

pub static TRACEBACK_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: Slots {
        traverse: Some(tb_traverse),
        clear: Some(tb_clear),
        new: Some(tb_new),
        ..Slots::NONE
    },
    methods: &[TB_METHODS],
    getsets: TB_GETSETS,
    ..TypeSpec::new("traceback", PayloadInfo::of::<PyTraceback>())
};

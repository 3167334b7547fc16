//! Instruction tracing (`taipan trace`): after each executed instruction, one line with the
//! instruction and the frame's value stack (`LOAD_FAST x -> Stack: [10, 20]`, the seed's
//! walk-through style), frame changes marked (`-> entering f`, `<- leaving f`), exceptions
//! named where they are raised.
//!
//! Cost when not tracing: none per instruction. `eval::eval` reads [`enabled`] once per entry
//! and runs either the plain loop or a separate monomorphized copy (`eval_impl::<true>`) whose
//! only difference is a call to [`step`] at each dispatch and to [`raised`] on each error.
//!
//! The step limit: after `limit` printed steps a note is printed and the program runs on to its
//! end untraced (the rest of its output still appears).

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use taipan_bytecode::dis::arg_repr;
use taipan_bytecode::instr::Instruction;
use taipan_bytecode::{CodeUnit, Opcode};
use taipan_object::abstract_ as ab;
use taipan_object::types::code::PyCode;
use taipan_object::types::dict::PyDict;
use taipan_object::{ObjRef, ThreadState};

use crate::builtins::write_stdout;
use crate::frame::{Frame, VmState};

/// What `taipan trace` asks for.
#[derive(Clone, Debug, Default)]
pub struct TraceConfig {
    /// Only frames whose code is named so (`co_name`) are shown.
    pub function: Option<String>,
    /// Printed steps before tracing stops (the program runs on untraced).
    pub limit: usize,
    /// One JSON object a line instead of text (`taipan trace --json`).
    pub json: bool,
}

/// What one trace line says; [`emit`] prints it as text or as a JSON line.
enum Event<'a> {
    /// An instruction ran in the frame it left the stack of (`store`: a name it bound).
    Step {
        instr: String,
        stack: Vec<String>,
        store: Option<(String, String)>,
    },
    /// An instruction left its frame (return or yield): the value, and the frame resumed.
    Leave {
        instr: String,
        from: &'a str,
        value: String,
        back_in: Option<&'a str>,
    },
    /// A frame was entered (`entering`) or resumed (`resuming`).
    Frame { what: &'a str, qualname: &'a str },
    /// An instruction raised.
    Raise { instr: String, what: String },
}

fn json_mode() -> bool {
    CONFIG.with_borrow(|c| c.as_ref().is_some_and(|c| c.json))
}

/// Prints one event at call depth `depth`.
fn emit(depth: usize, event: Event) {
    let line = if json_mode() {
        let mut o = serde_json::Map::new();
        o.insert("depth".into(), depth.into());
        match event {
            Event::Step {
                instr,
                stack,
                store,
            } => {
                o.insert("instr".into(), instr.into());
                o.insert("stack".into(), stack.into());
                if let Some((name, value)) = store {
                    o.insert(
                        "store".into(),
                        serde_json::json!({ "name": name, "value": value }),
                    );
                }
            }
            Event::Leave {
                instr,
                from,
                value,
                back_in,
            } => {
                o.insert("instr".into(), instr.into());
                o.insert("leaving".into(), from.into());
                o.insert("value".into(), value.into());
                if let Some(b) = back_in {
                    o.insert("back_in".into(), b.into());
                }
            }
            Event::Frame { what, qualname } => {
                o.insert(what.into(), qualname.into());
            }
            Event::Raise { instr, what } => {
                o.insert("instr".into(), instr.into());
                o.insert("raises".into(), what.into());
            }
        }
        serde_json::Value::Object(o).to_string()
    } else {
        let ind = indent(depth);
        match event {
            Event::Step {
                instr,
                stack,
                store,
            } => {
                let mut s = format!("{ind}{instr} -> Stack: [{}]", stack.join(", "));
                if let Some((name, value)) = store {
                    s.push_str(&format!(", {name} = {value}"));
                }
                s
            }
            Event::Leave {
                instr,
                from,
                value,
                back_in,
            } => {
                let back = back_in.map_or(String::new(), |b| format!(", back in {b}"));
                format!("{ind}{instr}\n{ind}<- leaving {from} with {value}{back}")
            }
            Event::Frame { what, qualname } => format!("{ind}-> {what} {qualname}"),
            Event::Raise { instr, what } => format!("{ind}{instr} -> raises {what}"),
        }
    };
    write_stdout(&line);
    write_stdout("\n");
}

/// The longest repr shown for a stack value (longer ones end in `...`).
const MAX_REPR: usize = 40;

thread_local! {
    static ON: Cell<bool> = const { Cell::new(false) };
    static CONFIG: RefCell<Option<TraceConfig>> = const { RefCell::new(None) };
    static STEPS: Cell<usize> = const { Cell::new(0) };
}

/// Turns tracing on for this thread (the interpreter thread, before the program runs).
pub fn install(config: TraceConfig) {
    CONFIG.with_borrow_mut(|c| *c = Some(config));
    STEPS.set(0);
    ON.set(true);
}

/// Whether eval loops entered now are traced.
#[inline(always)]
pub fn enabled() -> bool {
    ON.get()
}

/// The traced eval loop's own state: the instruction that ran last, not yet printed (its
/// frame, code and offset), printed at the next dispatch when its effect is visible.
#[derive(Default)]
pub struct Cursor {
    pending: Option<Pending>,
    /// The frame the last step ran in (null before the first).
    last: usize,
}

struct Pending {
    depth: usize,
    code: ObjRef,
    /// Code-unit index of the opcode.
    at: u32,
}

fn depth(vm: *mut VmState, f: *mut Frame) -> usize {
    // SAFETY: `f` points into the frame vector.
    unsafe { f.offset_from((*vm).frames.as_ptr()) as usize + 1 }
}

fn shown(code: &PyCode) -> bool {
    CONFIG.with_borrow(|c| match c.as_ref().and_then(|c| c.function.as_deref()) {
        Some(name) => &*code.code.name == name,
        None => true,
    })
}

/// Counts a printed line against the limit; false (and tracing off) once it is reached.
fn count() -> bool {
    let limit = CONFIG.with_borrow(|c| c.as_ref().map_or(0, |c| c.limit));
    let n = STEPS.get();
    if n >= limit {
        ON.set(false);
        if json_mode() {
            write_stdout(&format!("{{\"limit\":{limit}}}\n"));
        } else {
            write_stdout(&format!(
                "... trace limit of {limit} steps reached; the program runs on untraced\n"
            ));
        }
        return false;
    }
    STEPS.set(n + 1);
    true
}

fn indent(depth: usize) -> String {
    "  ".repeat(depth.saturating_sub(1).min(20))
}

/// `repr(v)`, untraced (a `__repr__` in Python is not shown), shortened past [`MAX_REPR`].
fn short_repr(ts: &ThreadState, v: &ObjRef) -> String {
    let was = ON.replace(false);
    let r = ab::repr_string(ts, v).unwrap_or_else(|_| format!("<{} object>", v.typ().name()));
    ON.set(was);
    if r.chars().count() > MAX_REPR {
        let cut: String = r.chars().take(MAX_REPR - 3).collect();
        format!("{cut}...")
    } else {
        r
    }
}

/// `a`, `b`, `NULL`: the reprs of the slots from `from` up to `to`.
unsafe fn stack_items(
    ts: &ThreadState,
    from: *mut Option<ObjRef>,
    to: *mut Option<ObjRef>,
) -> Vec<String> {
    let mut out = Vec::new();
    let mut p = from;
    // SAFETY: `from..to` is a frame's filled value stack.
    unsafe {
        while p < to {
            out.push(match &*p {
                Some(v) => short_repr(ts, v),
                None => "NULL".into(),
            });
            p = p.add(1);
        }
    }
    out
}

/// `LOAD_FAST x`, `BINARY_OP +`, `CALL 1`: the opcode at `at` and its argument as `dis` shows
/// it (its meaning, else the number).
fn instr_text(code: &PyCode, at: u32) -> String {
    let units: &[CodeUnit] = &code.code.code;
    let unit = units[at as usize];
    // The full argument: this unit's and those of the EXTENDED_ARGs before it.
    let mut arg = unit.arg as u32;
    let mut shift = 8;
    let mut i = at as usize;
    while i > 0 && units[i - 1].op == Opcode::EXTENDED_ARG && shift < 32 {
        i -= 1;
        arg |= (units[i].arg as u32) << shift;
        shift += 8;
    }
    let instr = Instruction {
        start: i as u32,
        offset: at,
        op: unit.op,
        arg,
        next: at + 1 + unit.op.cache_entries() as u32,
    };
    let mut meaning = arg_repr(&code.code, &instr, &HashMap::new());
    if meaning.chars().count() > MAX_REPR {
        meaning = meaning.chars().take(MAX_REPR - 3).collect::<String>() + "...";
    }
    if !meaning.is_empty() {
        format!("{} {meaning}", unit.op.name())
    } else if unit.op.has_arg() {
        format!("{} {arg}", unit.op.name())
    } else {
        unit.op.name().to_string()
    }
}

fn code_name(code: &ObjRef) -> &str {
    // SAFETY: frames and pendings hold code objects only.
    unsafe { &code.payload_unchecked::<PyCode>().code.name }
}

/// Called at each dispatch of a traced loop, `f` about to run the instruction at `at`: prints
/// the previous instruction with the stack it left, and frame changes.
///
/// # Safety
/// `f` is the running frame of `vm`, its value stack filled up to `sp`.
#[inline(never)]
pub unsafe fn step(
    cur: &mut Cursor,
    ts: &ThreadState,
    vm: *mut VmState,
    f: *mut Frame,
    sp: *mut Option<ObjRef>,
    at: u32,
) {
    if !ON.get() {
        cur.pending = None;
        return;
    }
    let d = depth(vm, f);
    // SAFETY: `f` is live; saved frames below it have their `sp` saved.
    unsafe {
        let code = (*f).code();
        if let Some(p) = cur.pending.take() {
            let pcode = p.code.payload_unchecked::<PyCode>();
            if shown(pcode) {
                let instr = instr_text(pcode, p.at);
                let (at_depth, event) = if p.depth == d && cur.last == f as usize {
                    let stack = stack_items(ts, (*f).stack_base, sp);
                    let store = stored(ts, f, pcode, p.at).map(|(n, v)| (n, short_repr(ts, &v)));
                    (
                        d,
                        Event::Step {
                            instr,
                            stack,
                            store,
                        },
                    )
                } else if p.depth < d {
                    // A call pushed a frame: the caller's stack as it left it.
                    let caller = (*vm).frames.as_mut_ptr().add(p.depth - 1);
                    let stack = stack_items(ts, (*caller).stack_base, (*caller).sp);
                    (
                        p.depth,
                        Event::Step {
                            instr,
                            stack,
                            store: None,
                        },
                    )
                } else {
                    // A return or a yield: the value is on top of the caller's stack.
                    let value = if sp > (*f).stack_base {
                        match &*sp.sub(1) {
                            Some(v) => short_repr(ts, v),
                            None => "NULL".into(),
                        }
                    } else {
                        "None".into()
                    };
                    (
                        p.depth,
                        Event::Leave {
                            instr,
                            from: code_name(&p.code),
                            value,
                            back_in: Some(&code.code.name),
                        },
                    )
                };
                if count() {
                    emit(at_depth, event);
                } else {
                    return;
                }
            }
        }
        if cur.last != f as usize && shown(code) {
            // A frame's first unit: a call; deeper or first seen mid-code: a resumed generator.
            let what = if at == 0 {
                Some("entering")
            } else if cur.last == 0 || d > depth_of(vm, cur.last) {
                Some("resuming")
            } else {
                None
            };
            if let Some(what) = what {
                if !count() {
                    return;
                }
                emit(
                    d,
                    Event::Frame {
                        what,
                        qualname: &code.code.qualname,
                    },
                );
            }
        }
        cur.last = f as usize;
        let op = (*(*f).code().code.code.as_ptr().add(at as usize)).op;
        if op != Opcode::EXTENDED_ARG && op != Opcode::CACHE {
            cur.pending = Some(Pending {
                depth: d,
                code: (*f).code.clone(),
                at,
            });
        }
    }
}

/// The name and new value a store at `at` set (`STORE_FAST`, `STORE_NAME`, `STORE_GLOBAL`),
/// as the seed's walk-through shows it (`STORE_FAST x -> Stack: [], x = 10`).
///
/// # Safety
/// `f` is the running frame, `code` its code.
unsafe fn stored(
    ts: &ThreadState,
    f: *mut Frame,
    code: &PyCode,
    at: u32,
) -> Option<(String, ObjRef)> {
    let unit = code.code.code[at as usize];
    let i = unit.arg as usize;
    // SAFETY: `f` is live.
    unsafe {
        match unit.op {
            Opcode::STORE_FAST => {
                let v = (*(*f).base.add(i)).clone()?;
                Some((code.code.localsplusnames.get(i)?.to_string(), v))
            }
            Opcode::STORE_NAME | Opcode::STORE_GLOBAL => {
                let dict = if unit.op == Opcode::STORE_NAME {
                    (*f).locals.as_ref()?
                } else {
                    &(*f).globals
                };
                let name = code.names.get(i)?;
                let v = dict.downcast::<PyDict>()?.get_str(ts, name)?;
                Some((ab::str_of(name).to_string(), v))
            }
            _ => None,
        }
    }
}

fn depth_of(vm: *mut VmState, f: usize) -> usize {
    depth(vm, f as *mut Frame)
}

/// Called when the instruction at `at` of frame `f` raised `exc` (before unwinding).
///
/// # Safety
/// `f` is the running frame of `vm`.
#[inline(never)]
pub unsafe fn raised(
    cur: &mut Cursor,
    ts: &ThreadState,
    vm: *mut VmState,
    f: *mut Frame,
    at: u32,
    exc: &ObjRef,
) {
    cur.pending = None;
    if !ON.get() {
        return;
    }
    // SAFETY: `f` is live.
    unsafe {
        let code = (*f).code();
        if !shown(code) || !count() {
            return;
        }
        let d = depth(vm, f);
        let msg = ab::str_string(ts, exc).unwrap_or_default();
        let what = if msg.is_empty() {
            exc.typ().name().to_string()
        } else {
            format!("{}: {}", exc.typ().name(), msg)
        };
        let what: String = if what.chars().count() > 2 * MAX_REPR {
            what.chars()
                .take(2 * MAX_REPR - 3)
                .chain("...".chars())
                .collect()
        } else {
            what
        };
        emit(
            d,
            Event::Raise {
                instr: instr_text(code, at),
                what,
            },
        );
    }
}

/// Called when a traced loop returns to its Rust caller: prints the last instruction (the
/// entry frame's return, yield or uncaught raise).
pub fn finish(cur: &mut Cursor, ts: &ThreadState, result: Result<&ObjRef, ()>) {
    let Some(p) = cur.pending.take() else {
        return;
    };
    if !ON.get() {
        return;
    }
    // SAFETY: pendings hold code objects.
    let pcode = unsafe { p.code.payload_unchecked::<PyCode>() };
    if !shown(pcode) || !count() {
        return;
    }
    let value = match result {
        Ok(v) => short_repr(ts, v),
        Err(()) => "an exception".into(),
    };
    emit(
        p.depth,
        Event::Leave {
            instr: instr_text(pcode, p.at),
            from: code_name(&p.code),
            value,
            back_in: None,
        },
    );
}

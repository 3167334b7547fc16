//! Async generators (CPython 3.11's `genobject.c`, async part): the `async_generator` type
//! (a [`PyGen`] of kind `AsyncGenerator`), its `asend`/`athrow` awaitables with their
//! INIT/ITER/CLOSED states, `aclose`, the wrapped values `ASYNC_GEN_WRAP` makes so a `yield`
//! can be told from an `await` passing through, and the `GET_ANEXT` helper.

use std::cell::{Cell, RefCell};

use taipan_object::abstract_ as ab;
use taipan_object::typeobj::{GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags};
use taipan_object::{ObjRef, PyErr, PyPayload, PyResult, ThreadState, alloc_object};

use crate::generator::{self, PyGen, Sent, State, gs, this, types};

/// A value yielded by an async generator (`_PyAsyncGenWrappedValue`).
pub struct WrappedValue {
    value: ObjRef,
}
impl PyPayload for WrappedValue {}

/// `ASYNC_GEN_WRAP`.
pub fn wrap(ts: &ThreadState, v: ObjRef) -> ObjRef {
    alloc_object(ts, &types().wrapped_value, WrappedValue { value: v })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum AwState {
    Init,
    Iter,
    Closed,
}

/// `asend(v)` / `__anext__()`'s awaitable.
pub struct ASend {
    gobj: ObjRef,
    value: RefCell<Option<ObjRef>>,
    state: Cell<AwState>,
}
impl PyPayload for ASend {}

/// `athrow(...)` / `aclose()`'s awaitable (`args` `None` for `aclose`).
pub struct AThrow {
    gobj: ObjRef,
    args: Option<Vec<ObjRef>>,
    state: Cell<AwState>,
}
impl PyPayload for AThrow {}

/// The result of resuming the generator, seen from an awaitable (`async_gen_unwrap_value`):
/// a wrapped value becomes `StopIteration(value)`, the end `StopAsyncIteration`.
fn unwrap(ts: &ThreadState, ag: &ObjRef, r: PyResult<Sent>) -> PyResult<ObjRef> {
    match unwrap_sent(ts, ag, r)? {
        Sent::Yield(v) => Ok(v),
        Sent::Return(v) => Err(generator::stop_iteration_for(ts, v)),
    }
}

/// [`unwrap`] for the `SEND` opcode: a wrapped value is the awaitable's `Return`, so no
/// `StopIteration` is made for it (CPython sets one unnormalized, which `SEND` never builds).
fn unwrap_sent(ts: &ThreadState, ag: &ObjRef, r: PyResult<Sent>) -> PyResult<Sent> {
    let g = this(ag);
    match r {
        Ok(Sent::Yield(v)) => match v.downcast::<WrappedValue>() {
            Some(w) => {
                g.running_async.set(false);
                Ok(Sent::Return(w.value.clone()))
            }
            None => Ok(Sent::Yield(v)),
        },
        Ok(Sent::Return(_)) => {
            g.running_async.set(false);
            g.closed_async.set(true);
            Err(ts.new_error_args(&ts.exc.stop_async_iteration, vec![]))
        }
        Err(e) => {
            g.running_async.set(false);
            if e.matches(&ts.exc.stop_async_iteration) || e.matches(&ts.exc.generator_exit) {
                g.closed_async.set(true);
            }
            Err(e)
        }
    }
}

fn new_asend(ts: &ThreadState, ag: &ObjRef, v: Option<ObjRef>) -> ObjRef {
    alloc_object(
        ts,
        &types().asend,
        ASend {
            gobj: ag.clone(),
            value: RefCell::new(v),
            state: Cell::new(AwState::Init),
        },
    )
}

/// `GET_ANEXT`: the awaitable of the next item of an async iterator.
pub fn get_anext(ts: &ThreadState, aiter: &ObjRef) -> PyResult<ObjRef> {
    if aiter.is_exact(&types().async_generator) {
        return Ok(new_asend(ts, aiter, None));
    }
    let Some(m) = aiter.typ().lookup(ts, &ts.names.__anext__) else {
        return Err(ts.type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            aiter.typ().name()
        )));
    };
    let next = ab::call_unbound(ts, &m, aiter, &[])?;
    match generator::awaitable_iter(ts, &next) {
        Ok(a) => Ok(a),
        Err(e) if e.matches(&ts.exc.type_error) => Err(ts.type_error(format!(
            "'async for' received an invalid object from __anext__: {}",
            next.typ().name()
        ))),
        Err(e) => Err(e),
    }
}

/// `GET_AITER`.
pub fn get_aiter(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let Some(m) = o.typ().lookup(ts, &ts.names.__aiter__) else {
        return Err(ts.type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            o.typ().name()
        )));
    };
    let it = ab::call_unbound(ts, &m, o, &[])?;
    if it.typ().lookup(ts, &ts.names.__anext__).is_none() {
        return Err(ts.type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            it.typ().name()
        )));
    }
    Ok(it)
}

// ---- async_generator ----

fn ag_aiter(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(o.clone())
}
fn ag_anext(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(new_asend(ts, o, None))
}
fn ag_asend(ts: &ThreadState, o: &ObjRef, v: &ObjRef) -> PyResult<ObjRef> {
    Ok(new_asend(ts, o, Some(v.clone())))
}
fn ag_athrow(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    taipan_object::args::check_positional(ts, "athrow", a.len(), 1, 3)?;
    Ok(alloc_object(
        ts,
        &types().athrow,
        AThrow {
            gobj: o.clone(),
            args: Some(a.to_vec()),
            state: Cell::new(AwState::Init),
        },
    ))
}
fn ag_aclose(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(alloc_object(
        ts,
        &types().athrow,
        AThrow {
            gobj: o.clone(),
            args: None,
            state: Cell::new(AwState::Init),
        },
    ))
}
fn get_ag_running(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.bool_obj(this(o).running_async.get()))
}

static AG_METHODS: &[MethodDef] = &[
    MethodDef::new("asend", Meth::O(ag_asend)),
    MethodDef::new("athrow", Meth::Fast(ag_athrow)),
    MethodDef::new("aclose", Meth::NoArgs(ag_aclose)),
    MethodDef::new("__aiter__", Meth::NoArgs(ag_aiter)),
    MethodDef::new("__anext__", Meth::NoArgs(ag_anext)),
];

static AG_GETSETS: &[GetSetDef] = &[
    generator::NAME,
    generator::QUALNAME,
    gs("ag_code", generator::get_code),
    gs("ag_frame", generator::get_frame),
    gs("ag_running", get_ag_running),
    gs("ag_suspended", generator::get_suspended),
    gs("ag_await", generator::get_yieldfrom),
];

fn ag_repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_string(format!(
        "<async_generator object {} at {:#x}>",
        ab::str_of(&this(o).qualname.borrow()),
        o.id()
    )))
}

pub static ASYNC_GEN_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC | flags::WEAKREFABLE,
    slots: Slots {
        repr: Some(ag_repr),
        ..Slots::NONE
    },
    methods: &[AG_METHODS],
    getsets: AG_GETSETS,
    ..TypeSpec::new("async_generator", PayloadInfo::of::<PyGen>())
};

// ---- asend ----

fn asend_of(o: &ObjRef) -> &ASend {
    o.downcast::<ASend>().expect("async_generator_asend")
}

fn asend_send(ts: &ThreadState, o: &ObjRef, arg: &ObjRef) -> PyResult<ObjRef> {
    match asend_send_sent(ts, o, arg)? {
        Sent::Yield(v) => Ok(v),
        Sent::Return(v) => Err(generator::stop_iteration_for(ts, v)),
    }
}

/// `asend.send(arg)` as `SEND` sees it: the generator's next item is a `Return`, not a
/// `StopIteration` (the hot path of `async for` over an async generator).
pub fn asend_send_sent(ts: &ThreadState, o: &ObjRef, arg: &ObjRef) -> PyResult<Sent> {
    let a = asend_of(o);
    let g = this(&a.gobj);
    let mut arg = arg.clone();
    match a.state.get() {
        AwState::Closed => {
            return Err(ts.runtime_error("cannot reuse already awaited __anext__()/asend()"));
        }
        AwState::Init => {
            if g.running_async.get() {
                a.state.set(AwState::Closed);
                return Err(ts.runtime_error("anext(): asynchronous generator is already running"));
            }
            if ts.is_none(&arg)
                && let Some(v) = a.value.borrow().clone()
            {
                arg = v;
            }
            a.state.set(AwState::Iter);
        }
        AwState::Iter => {}
    }
    g.running_async.set(true);
    let r = unwrap_sent(ts, &a.gobj, generator::send_value(ts, &a.gobj, arg));
    if !matches!(r, Ok(Sent::Yield(_))) {
        a.state.set(AwState::Closed);
    }
    r
}
fn asend_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    asend_send(ts, o, &ts.none()).map(Some)
}
fn asend_throw(ts: &ThreadState, o: &ObjRef, args: &[ObjRef]) -> PyResult<ObjRef> {
    let a = asend_of(o);
    if a.state.get() == AwState::Closed {
        return Err(ts.runtime_error("cannot reuse already awaited __anext__()/asend()"));
    }
    let e = generator::throw_args(ts, "throw", args)?;
    let r = unwrap(ts, &a.gobj, generator::throw(ts, &a.gobj, e, true));
    if r.is_err() {
        a.state.set(AwState::Closed);
    }
    r
}
fn aw_close(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    if let Some(a) = o.downcast::<ASend>() {
        a.state.set(AwState::Closed);
    } else if let Some(a) = o.downcast::<AThrow>() {
        a.state.set(AwState::Closed);
    }
    Ok(ts.none())
}
fn aw_self(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(o.clone())
}
fn asend_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let a = asend_of(o);
    visit(&a.gobj);
    if let Ok(v) = a.value.try_borrow()
        && let Some(v) = v.as_ref()
    {
        visit(v);
    }
}

/// The methods `asend` and `athrow` awaitables share.
static AW_METHODS: &[MethodDef] = &[
    MethodDef::new("close", Meth::NoArgs(aw_close)),
    MethodDef::new("__await__", Meth::NoArgs(aw_self)),
];

/// The type of an `asend`/`athrow` awaitable: its own iterator, with `send` and `throw`.
const fn awaitable_spec(
    name: &'static str,
    payload: PayloadInfo,
    iternext: fn(&ThreadState, &ObjRef) -> PyResult<Option<ObjRef>>,
    traverse: fn(&ObjRef, &mut dyn FnMut(&ObjRef)),
    methods: &'static [&'static [MethodDef]],
) -> TypeSpec {
    TypeSpec {
        flags: flags::HAVE_GC,
        slots: Slots {
            iter: Some(aw_self),
            iternext: Some(iternext),
            traverse: Some(traverse),
            ..Slots::NONE
        },
        methods,
        ..TypeSpec::new(name, payload)
    }
}

static ASEND_METHODS: &[MethodDef] = &[
    MethodDef::new("send", Meth::O(asend_send)),
    MethodDef::new("throw", Meth::Fast(asend_throw)),
];

pub static ASEND_SPEC: TypeSpec = awaitable_spec(
    "async_generator_asend",
    PayloadInfo::of::<ASend>(),
    asend_next,
    asend_traverse,
    &[ASEND_METHODS, AW_METHODS],
);

// ---- athrow ----

fn athrow_of(o: &ObjRef) -> &AThrow {
    o.downcast::<AThrow>().expect("async_generator_athrow")
}

fn ignored_exit(ts: &ThreadState, a: &AThrow) -> PyErr {
    this(&a.gobj).running_async.set(false);
    a.state.set(AwState::Closed);
    ts.runtime_error("async generator ignored GeneratorExit")
}

/// `check_error`: the end of an `athrow`/`aclose` awaitable.
fn athrow_error(ts: &ThreadState, a: &AThrow, e: PyErr) -> PyErr {
    this(&a.gobj).running_async.set(false);
    a.state.set(AwState::Closed);
    if a.args.is_none()
        && (e.matches(&ts.exc.stop_async_iteration) || e.matches(&ts.exc.generator_exit))
    {
        return ts.stop_iteration(None);
    }
    e
}

fn athrow_send(ts: &ThreadState, o: &ObjRef, arg: &ObjRef) -> PyResult<ObjRef> {
    let a = athrow_of(o);
    let g = this(&a.gobj);
    let what = if a.args.is_none() { "aclose" } else { "athrow" };
    match a.state.get() {
        AwState::Closed => {
            return Err(ts.runtime_error("cannot reuse already awaited aclose()/athrow()"));
        }
        _ if g.state.get() == State::Closed => {
            a.state.set(AwState::Closed);
            return Err(ts.stop_iteration(None));
        }
        AwState::Init => {
            if g.running_async.get() {
                a.state.set(AwState::Closed);
                return Err(ts.runtime_error(format!(
                    "{what}(): asynchronous generator is already running"
                )));
            }
            if g.closed_async.get() {
                a.state.set(AwState::Closed);
                return Err(ts.new_error_args(&ts.exc.stop_async_iteration, vec![]));
            }
            if !ts.is_none(arg) {
                return Err(
                    ts.runtime_error("can't send non-None value to a just-started coroutine")
                );
            }
            a.state.set(AwState::Iter);
            g.running_async.set(true);
            match &a.args {
                None => {
                    g.closed_async.set(true);
                    let e = ts.new_error_args(&ts.exc.generator_exit, vec![]);
                    match generator::throw(ts, &a.gobj, e, false) {
                        Ok(Sent::Yield(v)) if v.is_a::<WrappedValue>() => Err(ignored_exit(ts, a)),
                        Ok(Sent::Yield(v)) => Ok(v),
                        Ok(Sent::Return(_)) => Err(athrow_error(
                            ts,
                            a,
                            ts.new_error_args(&ts.exc.stop_async_iteration, vec![]),
                        )),
                        Err(e) => Err(athrow_error(ts, a, e)),
                    }
                }
                Some(args) => {
                    let e = generator::throw_args(ts, "athrow", args)?;
                    let r = unwrap(ts, &a.gobj, generator::throw(ts, &a.gobj, e, false));
                    r.map_err(|e| athrow_error(ts, a, e))
                }
            }
        }
        AwState::Iter => {
            let r = generator::send_value(ts, &a.gobj, arg.clone());
            if a.args.is_some() {
                return unwrap(ts, &a.gobj, r).map_err(|e| athrow_error(ts, a, e));
            }
            match r {
                Ok(Sent::Yield(v)) if v.is_a::<WrappedValue>() => Err(ignored_exit(ts, a)),
                Ok(Sent::Yield(v)) => Ok(v),
                Ok(Sent::Return(_)) => Err(athrow_error(
                    ts,
                    a,
                    ts.new_error_args(&ts.exc.stop_async_iteration, vec![]),
                )),
                Err(e) => Err(athrow_error(ts, a, e)),
            }
        }
    }
}
fn athrow_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    athrow_send(ts, o, &ts.none()).map(Some)
}
fn athrow_throw(ts: &ThreadState, o: &ObjRef, args: &[ObjRef]) -> PyResult<ObjRef> {
    let a = athrow_of(o);
    if a.state.get() == AwState::Closed {
        return Err(ts.runtime_error("cannot reuse already awaited aclose()/athrow()"));
    }
    let e = generator::throw_args(ts, "throw", args)?;
    let r = generator::throw(ts, &a.gobj, e, false);
    if a.args.is_some() {
        return unwrap(ts, &a.gobj, r);
    }
    match r {
        Ok(Sent::Yield(v)) if v.is_a::<WrappedValue>() => Err(ignored_exit(ts, a)),
        Ok(Sent::Yield(v)) => Ok(v),
        Ok(Sent::Return(_)) => Err(ts.stop_iteration(None)),
        Err(e) if e.matches(&ts.exc.stop_async_iteration) || e.matches(&ts.exc.generator_exit) => {
            Err(ts.stop_iteration(None))
        }
        Err(e) => Err(e),
    }
}
fn athrow_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let a = athrow_of(o);
    visit(&a.gobj);
    for v in a.args.iter().flatten() {
        visit(v);
    }
}

static ATHROW_METHODS: &[MethodDef] = &[
    MethodDef::new("send", Meth::O(athrow_send)),
    MethodDef::new("throw", Meth::Fast(athrow_throw)),
];

pub static ATHROW_SPEC: TypeSpec = awaitable_spec(
    "async_generator_athrow",
    PayloadInfo::of::<AThrow>(),
    athrow_next,
    athrow_traverse,
    &[ATHROW_METHODS, AW_METHODS],
);

fn wrapped_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    if let Some(w) = o.downcast::<WrappedValue>() {
        visit(&w.value);
    }
}

pub static WRAPPED_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: Slots {
        traverse: Some(wrapped_traverse),
        ..Slots::NONE
    },
    ..TypeSpec::new(
        "async_generator_wrapped_value",
        PayloadInfo::of::<WrappedValue>(),
    )
};

// ---- the aiter() and anext() builtins ----

/// `aiter(obj)`.
pub fn builtin_aiter(ts: &ThreadState, _: &ObjRef, o: &ObjRef) -> PyResult<ObjRef> {
    let Some(m) = o.typ().lookup(ts, &ts.names.__aiter__) else {
        return Err(ts.type_error(format!(
            "'{}' object is not an async iterable",
            o.typ().name()
        )));
    };
    let it = ab::call_unbound(ts, &m, o, &[])?;
    if it.typ().lookup(ts, &ts.names.__anext__).is_none() {
        return Err(ts.type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            it.typ().name()
        )));
    }
    Ok(it)
}

/// `anext(aiterator[, default])`.
pub fn builtin_anext(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    taipan_object::args::check_positional(ts, "anext", a.len(), 1, 2)?;
    let o = &a[0];
    let Some(m) = o.typ().lookup(ts, &ts.names.__anext__) else {
        return Err(ts.type_error(format!(
            "'{}' object is not an async iterator",
            o.typ().name()
        )));
    };
    let awaitable = ab::call_unbound(ts, &m, o, &[])?;
    match a.get(1) {
        None => Ok(awaitable),
        Some(d) => {
            let it = generator::awaitable_iter(ts, &awaitable)?;
            Ok(alloc_object(
                ts,
                &types().anext_awaitable,
                ANextAwaitable {
                    it,
                    default: d.clone(),
                },
            ))
        }
    }
}

/// `anext(it, default)`'s awaitable: `StopAsyncIteration` becomes the default's return.
pub struct ANextAwaitable {
    it: ObjRef,
    default: ObjRef,
}
impl PyPayload for ANextAwaitable {}

fn anext_of(o: &ObjRef) -> &ANextAwaitable {
    o.downcast::<ANextAwaitable>().expect("anext_awaitable")
}
fn anext_result(ts: &ThreadState, o: &ObjRef, r: PyResult<Sent>) -> PyResult<ObjRef> {
    match r {
        Ok(Sent::Yield(v)) => Ok(v),
        Ok(Sent::Return(v)) => Err(generator::stop_iteration_for(ts, v)),
        Err(e) if e.matches(&ts.exc.stop_async_iteration) => Err(generator::stop_iteration_for(
            ts,
            anext_of(o).default.clone(),
        )),
        Err(e) => Err(e),
    }
}
fn anext_send(ts: &ThreadState, o: &ObjRef, v: &ObjRef) -> PyResult<ObjRef> {
    let r = generator::send(ts, &anext_of(o).it, v.clone());
    anext_result(ts, o, r)
}
fn anext_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    anext_send(ts, o, &ts.none()).map(Some)
}
fn anext_throw(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let r = match ab::getattr_opt(ts, &anext_of(o).it, &ts.names.throw)? {
        Some(m) => match ab::call(ts, &m, a) {
            Ok(v) => Ok(Sent::Yield(v)),
            Err(e) if e.matches(&ts.exc.stop_iteration) => {
                Ok(Sent::Return(generator::stop_value(ts, &e)))
            }
            Err(e) => Err(e),
        },
        None => Err(generator::throw_args(ts, "throw", a)?),
    };
    anext_result(ts, o, r)
}
fn anext_close(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    if let Some(m) = ab::getattr_opt(ts, &anext_of(o).it, &ts.names.close)? {
        ab::call(ts, &m, &[])?;
    }
    Ok(ts.none())
}
fn anext_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let a = anext_of(o);
    visit(&a.it);
    visit(&a.default);
}

static ANEXT_METHODS: &[MethodDef] = &[
    MethodDef::new("send", Meth::O(anext_send)),
    MethodDef::new("throw", Meth::Fast(anext_throw)),
    MethodDef::new("close", Meth::NoArgs(anext_close)),
    MethodDef::new("__await__", Meth::NoArgs(aw_self)),
];

pub static ANEXT_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: Slots {
        iter: Some(aw_self),
        iternext: Some(anext_next),
        traverse: Some(anext_traverse),
        ..Slots::NONE
    },
    methods: &[ANEXT_METHODS],
    ..TypeSpec::new("anext_awaitable", PayloadInfo::of::<ANextAwaitable>())
};

//! `bool`: a subclass of `int` with the two singletons `True`/`False` (payload `PyInt`), its
//! repr, `&`/`|`/`^` staying bool, `bool(x)`.

use taipan_ast::Int;

use crate::abstract_ as ab;
use crate::error::PyResult;
use crate::header::ObjRef;
use crate::thread::ThreadState;
use crate::typeobj::slots::BinaryFn;
use crate::typeobj::{PayloadInfo, Slots, TypeSpec, nb};
use crate::types::int::PyInt;

pub(crate) fn bootstrap(bool_type: &ObjRef) -> (ObjRef, ObjRef) {
    (
        crate::header::alloc_untracked(bool_type, PyInt(Int::Small(0))),
        crate::header::alloc_untracked(bool_type, PyInt(Int::Small(1))),
    )
}

fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.intern(if o.is(ts.true_ref()) { "True" } else { "False" }))
}

fn new(ts: &ThreadState, _: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    crate::args::no_kwargs(ts, "bool", kw)?;
    crate::args::check_positional(ts, "bool", args.len(), 0, 1)?;
    match args.first() {
        None => Ok(ts.bool_obj(false)),
        Some(x) => Ok(ts.bool_obj(ab::is_true(ts, x)?)),
    }
}

macro_rules! logic {
    ($fname:ident, $op:tt, $idx:expr) => {
        fn $fname(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
            let is_bool = |o: &ObjRef| o.is(ts.true_ref()) || o.is(ts.false_ref());
            if is_bool(a) && is_bool(b) {
                return Ok(ts.bool_obj(a.is(ts.true_ref()) $op b.is(ts.true_ref())));
            }
            let f = crate::types::int::SPEC.slots.number[$idx].expect("int slot");
            f(ts, a, b)
        }
    };
}
logic!(and, &, nb::AND);
logic!(or, |, nb::OR);
logic!(xor, ^, nb::XOR);

const fn number_slots() -> [Option<BinaryFn>; nb::COUNT] {
    let mut n = crate::types::int::SPEC.slots.number;
    n[nb::AND] = Some(and);
    n[nb::OR] = Some(or);
    n[nb::XOR] = Some(xor);
    n
}

pub static SPEC: TypeSpec = TypeSpec {
    base: Some(|ts| &ts.types.int),
    flags: 0,
    slots: Slots {
        repr: Some(repr),
        new: Some(new),
        number: number_slots(),
        ..Slots::NONE
    },
    doc: "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\nThe builtins True and False are the only two instances of the class bool.\nThe class bool is a subclass of the class int, and cannot be subclassed.",
    ..TypeSpec::new("bool", PayloadInfo::of::<PyInt>())
};

//! The `_opcode` module (CPython's `Modules/_opcode.c`): `stack_effect(opcode, oparg=None, /,
//! *, jump=None)` from the opcode table of `taipan-bytecode`, with CPython's checks.

use taipan_bytecode::opcode::{HAVE_ARGUMENT, Opcode};
use taipan_object::abstract_ as ab;
use taipan_object::args::{self, ArgSpec};
use taipan_object::typeobj::{Meth, MethodDef};
use taipan_object::{ObjRef, PyResult, ThreadState};

static METHODS: &[MethodDef] = &[MethodDef::new("stack_effect", Meth::FastKw(stack_effect))];

/// Makes the `_opcode` module.
pub fn make(ts: &ThreadState) -> ObjRef {
    ts.new_builtin_module("_opcode", METHODS)
}

fn stack_effect(
    ts: &ThreadState,
    _: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "stack_effect",
        names: &["opcode", "oparg", "jump"],
        required: 1,
        posonly: 2,
        kwonly: 2,
    };
    let [op, oparg, jump] = args::parse::<3>(ts, &SPEC, a, kw)?;
    let op = ab::index_isize(ts, &op.expect("required"))?;
    let oparg = oparg.filter(|o| !ts.is_none(o));
    let invalid = || ts.value_error("invalid opcode or oparg");
    let arg = if op >= HAVE_ARGUMENT as isize {
        match oparg {
            Some(o) => ab::index_isize(ts, &o)?,
            None => {
                return Err(ts.value_error(
                    "stack_effect: opcode requires oparg but oparg was not specified",
                ));
            }
        }
    } else if oparg.is_some() {
        return Err(
            ts.value_error("stack_effect: opcode does not permit oparg but oparg was specified")
        );
    } else {
        0
    };
    let jump = match jump.filter(|j| !ts.is_none(j)) {
        None => None,
        Some(j) if j.is(&ts.bool_obj(true)) => Some(true),
        Some(j) if j.is(&ts.bool_obj(false)) => Some(false),
        Some(_) => {
            return Err(ts.value_error("stack_effect: jump must be False, True or None"));
        }
    };
    let Some(code) = u8::try_from(op).ok().and_then(Opcode::from_u8) else {
        return Err(invalid());
    };
    if code == Opcode::CACHE {
        return Err(invalid());
    }
    let arg = u32::try_from(arg).map_err(|_| invalid())?;
    let effect = match jump {
        Some(j) => code.stack_effect(arg, j),
        None => code
            .stack_effect(arg, false)
            .max(code.stack_effect(arg, true)),
    };
    Ok(ts.new_int(effect as i64))
}

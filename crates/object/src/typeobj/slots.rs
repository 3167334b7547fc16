//! The slot table (CPython's `tp_*`, `nb_*`, `sq_*`, `mp_*` function pointers) and the
//! signatures of its functions. `number` is indexed by the `BINARY_OP` argument (CPython's
//! `NB_*` order: 0..13 the plain operators, 13..26 the in-place forms), so the eval loop
//! reaches an operator's slot by index.

use crate::error::PyResult;
use crate::header::ObjRef;
use crate::thread::ThreadState;

/// `repr`, `str`, unary number slots, `iter`: one object in, one out.
pub type UnaryFn = fn(&ThreadState, &ObjRef) -> PyResult<ObjRef>;
/// Binary number slots (called with the operands in source order; either may be `self`),
/// and `getitem`. Return `ts.not_implemented` to decline.
pub type BinaryFn = fn(&ThreadState, &ObjRef, &ObjRef) -> PyResult<ObjRef>;
/// `pow(a, b, mod)`.
pub type TernaryFn = fn(&ThreadState, &ObjRef, &ObjRef, &ObjRef) -> PyResult<ObjRef>;
pub type HashFn = fn(&ThreadState, &ObjRef) -> PyResult<i64>;
pub type InquiryFn = fn(&ThreadState, &ObjRef) -> PyResult<bool>;
pub type LenFn = fn(&ThreadState, &ObjRef) -> PyResult<usize>;
pub type RichCmpFn = fn(&ThreadState, &ObjRef, &ObjRef, CompareOp) -> PyResult<ObjRef>;
/// `getattro(obj, name)`: `name` is an exact `str`.
pub type GetattroFn = fn(&ThreadState, &ObjRef, &ObjRef) -> PyResult<ObjRef>;
/// `setattro(obj, name, value)`; `None` deletes.
pub type SetattroFn = fn(&ThreadState, &ObjRef, &ObjRef, Option<&ObjRef>) -> PyResult<()>;
/// `descr_get(descr, obj, type)`: `obj` is `None` for access through the class.
pub type DescrGetFn =
    fn(&ThreadState, &ObjRef, Option<&ObjRef>, Option<&ObjRef>) -> PyResult<ObjRef>;
/// `descr_set(descr, obj, value)`; `None` deletes.
pub type DescrSetFn = fn(&ThreadState, &ObjRef, &ObjRef, Option<&ObjRef>) -> PyResult<()>;
/// Vectorcall: positional arguments, then the values of the keyword arguments named by the
/// `kwnames` tuple (the last `len(kwnames)` entries of `args`).
pub type CallFn = fn(&ThreadState, &ObjRef, &[ObjRef], Option<&ObjRef>) -> PyResult<ObjRef>;
/// `iternext`: `Ok(None)` is exhaustion (no StopIteration object is made).
pub type IterNextFn = fn(&ThreadState, &ObjRef) -> PyResult<Option<ObjRef>>;
/// `new(type, args, kwnames)`, vectorcall-shaped.
pub type NewFn = CallFn;
/// `init(self, args, kwnames)`.
pub type InitFn = fn(&ThreadState, &ObjRef, &[ObjRef], Option<&ObjRef>) -> PyResult<()>;
/// `traverse(obj, visit)`: calls `visit` on every reference the object owns.
pub type TraverseFn = fn(&ObjRef, &mut dyn FnMut(&ObjRef));
/// `clear` (break the object's references) and `finalize` (`__del__`, PEP 442).
pub type ObjFn = fn(&ThreadState, &ObjRef);
/// `mp_ass_subscript`: `None` deletes.
pub type SetItemFn = fn(&ThreadState, &ObjRef, &ObjRef, Option<&ObjRef>) -> PyResult<()>;
pub type ContainsFn = fn(&ThreadState, &ObjRef, &ObjRef) -> PyResult<bool>;

/// Rich comparison operators, in CPython's `Py_LT..Py_GE` order (the `COMPARE_OP` argument).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum CompareOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CompareOp {
    pub const ALL: [CompareOp; 6] = [
        CompareOp::Lt,
        CompareOp::Le,
        CompareOp::Eq,
        CompareOp::Ne,
        CompareOp::Gt,
        CompareOp::Ge,
    ];
    pub fn from_arg(arg: u32) -> Option<CompareOp> {
        CompareOp::ALL.get(arg as usize).copied()
    }
    /// The operator with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Eq => CompareOp::Eq,
            CompareOp::Ne => CompareOp::Ne,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
        }
    }
    pub fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }
    /// The dunder (`__lt__`...).
    pub fn dunder(self) -> &'static str {
        ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"][self as usize]
    }
    /// The answer for an ordering of two values (`Less`/`Equal`/`Greater`).
    pub fn test(self, ord: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CompareOp::Lt => ord == Less,
            CompareOp::Le => ord != Greater,
            CompareOp::Eq => ord == Equal,
            CompareOp::Ne => ord != Equal,
            CompareOp::Gt => ord == Greater,
            CompareOp::Ge => ord != Less,
        }
    }
}

/// `NB_*` indices into [`Slots::number`] (the `BINARY_OP` argument).
pub mod nb {
    pub const ADD: usize = 0;
    pub const AND: usize = 1;
    pub const FLOOR_DIVIDE: usize = 2;
    pub const LSHIFT: usize = 3;
    pub const MATRIX_MULTIPLY: usize = 4;
    pub const MULTIPLY: usize = 5;
    pub const REMAINDER: usize = 6;
    pub const OR: usize = 7;
    pub const POWER: usize = 8;
    pub const RSHIFT: usize = 9;
    pub const SUBTRACT: usize = 10;
    pub const TRUE_DIVIDE: usize = 11;
    pub const XOR: usize = 12;
    /// Added to a plain operator's index to get its in-place form.
    pub const INPLACE: usize = 13;
    pub const COUNT: usize = 26;
    /// The dunders of the 13 plain operators: (`__add__`, `__radd__`, `__iadd__`), by index.
    pub const DUNDERS: [(&str, &str, &str); 13] = [
        ("__add__", "__radd__", "__iadd__"),
        ("__and__", "__rand__", "__iand__"),
        ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        ("__lshift__", "__rlshift__", "__ilshift__"),
        ("__matmul__", "__rmatmul__", "__imatmul__"),
        ("__mul__", "__rmul__", "__imul__"),
        ("__mod__", "__rmod__", "__imod__"),
        ("__or__", "__ror__", "__ior__"),
        ("__pow__", "__rpow__", "__ipow__"),
        ("__rshift__", "__rrshift__", "__irshift__"),
        ("__sub__", "__rsub__", "__isub__"),
        ("__truediv__", "__rtruediv__", "__itruediv__"),
        ("__xor__", "__rxor__", "__ixor__"),
    ];
    /// The operator symbols, as `unsupported operand type(s) for +:` prints them.
    pub const SYMBOLS: [&str; 26] = [
        "+",
        "&",
        "//",
        "<<",
        "@",
        "*",
        "%",
        "|",
        "** or pow()",
        ">>",
        "-",
        "/",
        "^",
        "+=",
        "&=",
        "//=",
        "<<=",
        "@=",
        "*=",
        "%=",
        "|=",
        "**=",
        ">>=",
        "-=",
        "/=",
        "^=",
    ];
}

/// A type's slots. Unset slots are inherited from the bases when the type is made.
#[derive(Clone, Copy)]
pub struct Slots {
    pub repr: Option<UnaryFn>,
    pub str: Option<UnaryFn>,
    pub hash: Option<HashFn>,
    pub richcompare: Option<RichCmpFn>,
    pub getattro: Option<GetattroFn>,
    pub setattro: Option<SetattroFn>,
    pub descr_get: Option<DescrGetFn>,
    pub descr_set: Option<DescrSetFn>,
    pub call: Option<CallFn>,
    pub iter: Option<UnaryFn>,
    pub iternext: Option<IterNextFn>,
    pub new: Option<NewFn>,
    pub init: Option<InitFn>,
    pub traverse: Option<TraverseFn>,
    pub clear: Option<ObjFn>,
    pub finalize: Option<ObjFn>,
    /// The binary operators and their in-place forms, by `NB_*` index ([`nb`]).
    pub number: [Option<BinaryFn>; nb::COUNT],
    /// `pow(a, b, mod)` with a modulus.
    pub power3: Option<TernaryFn>,
    pub neg: Option<UnaryFn>,
    pub pos: Option<UnaryFn>,
    pub invert: Option<UnaryFn>,
    pub abs: Option<UnaryFn>,
    pub bool: Option<InquiryFn>,
    pub int: Option<UnaryFn>,
    pub float: Option<UnaryFn>,
    pub index: Option<UnaryFn>,
    /// `len()` (CPython's `sq_length`/`mp_length`).
    pub len: Option<LenFn>,
    /// `x[k]` (`mp_subscript`).
    pub getitem: Option<BinaryFn>,
    /// `x[k] = v`, `del x[k]` (`mp_ass_subscript`).
    pub setitem: Option<SetItemFn>,
    /// `in` (`sq_contains`).
    pub contains: Option<ContainsFn>,
}

impl Slots {
    pub const NONE: Slots = Slots {
        repr: None,
        str: None,
        hash: None,
        richcompare: None,
        getattro: None,
        setattro: None,
        descr_get: None,
        descr_set: None,
        call: None,
        iter: None,
        iternext: None,
        new: None,
        init: None,
        traverse: None,
        clear: None,
        finalize: None,
        number: [None; nb::COUNT],
        power3: None,
        neg: None,
        pos: None,
        invert: None,
        abs: None,
        bool: None,
        int: None,
        float: None,
        index: None,
        len: None,
        getitem: None,
        setitem: None,
        contains: None,
    };

    /// Fills every unset slot from `base` (CPython's `inherit_slots`; `hash` goes with
    /// `richcompare`: a type defining only `__eq__` does not inherit `__hash__`).
    pub fn inherit(&mut self, base: &Slots) {
        macro_rules! take {
            ($($f:ident),*) => { $( if self.$f.is_none() { self.$f = base.$f; } )* };
        }
        if self.richcompare.is_none() && self.hash.is_none() {
            self.richcompare = base.richcompare;
            self.hash = base.hash;
        }
        take!(
            repr, str, getattro, setattro, descr_get, descr_set, call, iter, iternext, new, init,
            traverse, clear, finalize, power3, neg, pos, invert, abs, bool, int, float, index, len,
            getitem, setitem, contains
        );
        for (mine, theirs) in self.number.iter_mut().zip(base.number.iter()) {
            if mine.is_none() {
                *mine = *theirs;
            }
        }
    }
}

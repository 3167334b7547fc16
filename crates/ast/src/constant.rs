//! The values a `Constant` node holds: CPython's `constant` ASDL type (None, bools, Ellipsis, int,
//! float, complex, str, bytes, and the tuples and frozensets of constants the optimizer builds).

use num_bigint::BigInt;

use crate::PyStr;

/// A constant value. Floats are stored as their IEEE bits so that the tree can derive `Eq` and
/// `Hash` (two constants are equal when they are the same object value bit for bit, which keeps
/// `0.0` and `-0.0` apart, as CPython's constant cache does).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Constant {
    None,
    Bool(bool),
    Ellipsis,
    Int(Int),
    /// `f64::to_bits` of the value.
    Float(u64),
    /// `f64::to_bits` of the real and imaginary parts.
    Complex {
        real: u64,
        imag: u64,
    },
    Str(PyStr),
    Bytes(Box<[u8]>),
    Tuple(Box<[Constant]>),
    /// The elements in the order CPython's `frozenset` would iterate them is not modelled: the
    /// order is the source order of the folded set display.
    FrozenSet(Box<[Constant]>),
}

impl Constant {
    pub fn float(value: f64) -> Constant {
        Constant::Float(value.to_bits())
    }
    pub fn complex(real: f64, imag: f64) -> Constant {
        Constant::Complex {
            real: real.to_bits(),
            imag: imag.to_bits(),
        }
    }
    pub fn str(value: &str) -> Constant {
        Constant::Str(PyStr::from(value))
    }
    /// The Python type name (`'int'`, `'str'`, ...), as error messages print it.
    pub fn type_name(&self) -> &'static str {
        match self {
            Constant::None => "NoneType",
            Constant::Bool(_) => "bool",
            Constant::Ellipsis => "ellipsis",
            Constant::Int(_) => "int",
            Constant::Float(_) => "float",
            Constant::Complex { .. } => "complex",
            Constant::Str(_) => "str",
            Constant::Bytes(_) => "bytes",
            Constant::Tuple(_) => "tuple",
            Constant::FrozenSet(_) => "frozenset",
        }
    }
}

/// A Python int: an `i64` when it fits (nearly always), else a heap big integer. The two forms
/// never overlap: a value that fits in `i64` is always `Small`, so derived equality is value
/// equality.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Int {
    Small(i64),
    Big(Box<BigInt>),
}

impl Int {
    /// The canonical form of `value`.
    pub fn from_big(value: BigInt) -> Int {
        match i64::try_from(&value) {
            Ok(small) => Int::Small(small),
            Err(_) => Int::Big(Box::new(value)),
        }
    }
    pub fn to_big(&self) -> BigInt {
        match self {
            Int::Small(v) => BigInt::from(*v),
            Int::Big(b) => (**b).clone(),
        }
    }
}

impl std::fmt::Display for Int {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Int::Small(v) => write!(f, "{v}"),
            Int::Big(b) => write!(f, "{b}"),
        }
    }
}

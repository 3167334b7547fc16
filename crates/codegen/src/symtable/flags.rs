//! The flags word of a symbol, bit for bit CPython 3.11's (`Include/internal/pycore_symtable.h`):
//! how the name is defined and used in its block (the low bits), and the scope the analysis gives
//! it (bits from [`SCOPE_OFFSET`]).

/// `global` statement.
pub const DEF_GLOBAL: u32 = 1;
/// Assignment in the block (a store, `del`, a `def` or `class`, an `except ... as`, ...).
pub const DEF_LOCAL: u32 = 2;
/// Formal parameter.
pub const DEF_PARAM: u32 = 2 << 1;
/// `nonlocal` statement.
pub const DEF_NONLOCAL: u32 = 2 << 2;
/// The name is used (loaded).
pub const USE: u32 = 2 << 3;
/// Name used but not defined in a nested block (never set by 3.11's symtable.c).
pub const DEF_FREE: u32 = 2 << 4;
/// Free variable of a method that the class block also binds or declares global.
pub const DEF_FREE_CLASS: u32 = 2 << 5;
/// Bound by an import.
pub const DEF_IMPORT: u32 = 2 << 6;
/// Annotated (`x: int`).
pub const DEF_ANNOT: u32 = 2 << 7;
/// Iteration variable of a comprehension.
pub const DEF_COMP_ITER: u32 = 2 << 8;

/// Any binding of the name in the block.
pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/// Where the scope is stored in the flags word.
pub const SCOPE_OFFSET: u32 = 11;
/// The scope's bits once shifted down.
pub const SCOPE_MASK: u32 = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

/// The flag names, low bit first, as the dumps print them.
pub const FLAG_NAMES: [(u32, &str); 10] = [
    (DEF_GLOBAL, "DEF_GLOBAL"),
    (DEF_LOCAL, "DEF_LOCAL"),
    (DEF_PARAM, "DEF_PARAM"),
    (DEF_NONLOCAL, "DEF_NONLOCAL"),
    (USE, "USE"),
    (DEF_FREE, "DEF_FREE"),
    (DEF_FREE_CLASS, "DEF_FREE_CLASS"),
    (DEF_IMPORT, "DEF_IMPORT"),
    (DEF_ANNOT, "DEF_ANNOT"),
    (DEF_COMP_ITER, "DEF_COMP_ITER"),
];

/// The scope the analysis gives a name (CPython's `LOCAL` ... `CELL`).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Scope {
    Local = 1,
    /// Declared `global` (or bound by a walrus of a module-level comprehension).
    GlobalExplicit = 2,
    /// Not bound anywhere it could be found lexically: looked up in globals, then builtins.
    GlobalImplicit = 3,
    /// Bound in an enclosing function (or declared `nonlocal`).
    Free = 4,
    /// Local, and used by a nested scope.
    Cell = 5,
}

impl Scope {
    /// The scope stored in a flags word (`None` before the analysis).
    pub fn of(flags: u32) -> Option<Scope> {
        match (flags >> SCOPE_OFFSET) & SCOPE_MASK {
            1 => Some(Scope::Local),
            2 => Some(Scope::GlobalExplicit),
            3 => Some(Scope::GlobalImplicit),
            4 => Some(Scope::Free),
            5 => Some(Scope::Cell),
            _ => None,
        }
    }
    /// The flags word with this scope recorded.
    pub fn bits(self) -> u32 {
        (self as u32) << SCOPE_OFFSET
    }
    /// CPython's constant name.
    pub fn name(self) -> &'static str {
        match self {
            Scope::Local => "LOCAL",
            Scope::GlobalExplicit => "GLOBAL_EXPLICIT",
            Scope::GlobalImplicit => "GLOBAL_IMPLICIT",
            Scope::Free => "FREE",
            Scope::Cell => "CELL",
        }
    }
}

//! The instruction set: ONE table (the `opcodes!` invocation below) gives every opcode its
//! number, inline cache size, argument kind, control-flow flags and stack effect; the `Opcode`
//! enum, `name()`, `from_u8()`, `stack_effect()` and the disassembler all derive from it.
//!
//! Numbers, names, cache sizes and stack effects are CPython 3.11's (`Lib/opcode.py`,
//! `Python/compile.c: stack_effect`), checked against `dis.stack_effect` by
//! `tests/data/bytecode/stack_effects.txt`. Keeping 3.11's numbering and cache sizes makes our
//! offsets, `co_code`, `f_lasti` and `dis` output comparable with CPython's byte for byte; the
//! numbers 3.11 leaves free (and those it gives its own specialized forms) are ours for
//! specialized/quickened instructions later (see docs/design/bytecode.md).

/// What an instruction's argument means, for the disassembler and the builder.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ArgKind {
    /// No argument (opcode below `HAVE_ARGUMENT`; the arg byte is 0).
    None,
    /// A plain number (counts, flags without a named meaning).
    Num,
    /// Index into `co_consts`.
    Const,
    /// Index into `co_names`.
    Name,
    /// `LOAD_GLOBAL`: `co_names[arg >> 1]`, bit 0 = push NULL first.
    Global,
    /// Index into the local-plus array (fast locals).
    Local,
    /// Index into the local-plus array (cells and free variables).
    Free,
    /// Relative jump forward, in code units from the next instruction.
    JumpForward,
    /// Relative jump backward, in code units from the next instruction.
    JumpBackward,
    /// `COMPARE_OP`: index into [`CMP_OP`].
    Compare,
    /// `BINARY_OP`: index into [`BINARY_OPS`].
    BinaryOp,
    /// `FORMAT_VALUE`: conversion in bits 0-1, "with format" in bit 2.
    FormatValue,
    /// `MAKE_FUNCTION`: a set of [`MAKE_FUNCTION_FLAGS`].
    MakeFunction,
}

/// Flag: no fall-through to the next instruction (returns, raises, unconditional jumps).
pub const NO_FALLTHROUGH: u8 = 1;
/// Flag: the instruction is a jump (its argument is a relative target).
pub const JUMP: u8 = 2;
/// Flag: the jump may reach the eval-breaker check (backward jumps; RESUME is separate).
pub const BACKWARD: u8 = 4;

/// Opcodes from this number on have an argument (CPython's `HAVE_ARGUMENT`).
pub const HAVE_ARGUMENT: u8 = 90;

/// The `COMPARE_OP` argument names, as `dis` prints them.
pub const CMP_OP: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];

/// The `BINARY_OP` argument names (CPython's `NB_*` order), as `dis` prints them.
pub const BINARY_OPS: [&str; 26] = [
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^", "+=", "&=", "//=", "<<=",
    "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
];

/// The `MAKE_FUNCTION` flag bits, low bit first, as `dis` names them.
pub const MAKE_FUNCTION_FLAGS: [&str; 4] = ["defaults", "kwdefaults", "annotations", "closure"];

/// The `FORMAT_VALUE` conversions (bits 0-1), as `dis` names them.
pub const FORMAT_VALUE_CONVERTERS: [&str; 4] = ["", "str", "repr", "ascii"];

macro_rules! opcodes {
    ($( $name:ident = $num:literal, $caches:literal, $kind:ident, $flags:expr,
        |$a:pat_param, $j:pat_param| $effect:expr; )*) => {
        /// An opcode. `#[repr(u8)]` with CPython 3.11's numbers: a code unit holds it directly,
        /// so the VM's `match` is over a closed enum (no "unknown opcode" arm, no bounds check).
        #[repr(u8)]
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
        pub enum Opcode { $( $name = $num, )* }

        impl Opcode {
            /// Every opcode, in number order.
            pub const ALL: &'static [Opcode] = &[$( Opcode::$name, )*];

            /// The name `dis` prints.
            pub const fn name(self) -> &'static str {
                match self { $( Opcode::$name => stringify!($name), )* }
            }
            /// How many `CACHE` code units follow the instruction.
            pub const fn cache_entries(self) -> u8 {
                match self { $( Opcode::$name => $caches, )* }
            }
            /// What the argument means.
            pub const fn arg_kind(self) -> ArgKind {
                match self { $( Opcode::$name => ArgKind::$kind, )* }
            }
            /// [`NO_FALLTHROUGH`], [`JUMP`], [`BACKWARD`] bits.
            pub const fn flags(self) -> u8 {
                match self { $( Opcode::$name => $flags, )* }
            }
            /// The change in stack depth, when the jump is taken (`jump`) or not; as
            /// CPython 3.11's `PyCompile_OpcodeStackEffectWithJump`.
            pub const fn stack_effect(self, oparg: u32, jump: bool) -> i32 {
                match self { $( Opcode::$name => { let $a = oparg; let $j = jump; $effect } )* }
            }
        }

        const FROM_U8: [Option<Opcode>; 256] = {
            let mut table = [None; 256];
            $( table[$num] = Some(Opcode::$name); )*
            table
        };
    };
}

opcodes! {
    // name = number, caches, argument kind, flags, |oparg, jump| stack effect
    CACHE = 0, 0, None, 0, |_, _| 0;
    POP_TOP = 1, 0, None, 0, |_, _| -1;
    PUSH_NULL = 2, 0, None, 0, |_, _| 1;
    NOP = 9, 0, None, 0, |_, _| 0;
    UNARY_POSITIVE = 10, 0, None, 0, |_, _| 0;
    UNARY_NEGATIVE = 11, 0, None, 0, |_, _| 0;
    UNARY_NOT = 12, 0, None, 0, |_, _| 0;
    UNARY_INVERT = 15, 0, None, 0, |_, _| 0;
    BINARY_SUBSCR = 25, 4, None, 0, |_, _| -1;
    GET_LEN = 30, 0, None, 0, |_, _| 1;
    MATCH_MAPPING = 31, 0, None, 0, |_, _| 1;
    MATCH_SEQUENCE = 32, 0, None, 0, |_, _| 1;
    MATCH_KEYS = 33, 0, None, 0, |_, _| 1;
    PUSH_EXC_INFO = 35, 0, None, 0, |_, _| 1;
    CHECK_EXC_MATCH = 36, 0, None, 0, |_, _| 0;
    CHECK_EG_MATCH = 37, 0, None, 0, |_, _| 0;
    WITH_EXCEPT_START = 49, 0, None, 0, |_, _| 1;
    GET_AITER = 50, 0, None, 0, |_, _| 0;
    GET_ANEXT = 51, 0, None, 0, |_, _| 1;
    BEFORE_ASYNC_WITH = 52, 0, None, 0, |_, _| 1;
    BEFORE_WITH = 53, 0, None, 0, |_, _| 1;
    END_ASYNC_FOR = 54, 0, None, 0, |_, _| -2;
    STORE_SUBSCR = 60, 1, None, 0, |_, _| -3;
    DELETE_SUBSCR = 61, 0, None, 0, |_, _| -2;
    GET_ITER = 68, 0, None, 0, |_, _| 0;
    GET_YIELD_FROM_ITER = 69, 0, None, 0, |_, _| 0;
    PRINT_EXPR = 70, 0, None, 0, |_, _| -1;
    LOAD_BUILD_CLASS = 71, 0, None, 0, |_, _| 1;
    LOAD_ASSERTION_ERROR = 74, 0, None, 0, |_, _| 1;
    // 1, not 3.11's 0: the frame resumes with the first sent value (None) pushed, which the
    // POP_TOP after it drops. CPython inserts the pair after its depth analysis; we analyse it.
    RETURN_GENERATOR = 75, 0, None, 0, |_, _| 1;
    LIST_TO_TUPLE = 82, 0, None, 0, |_, _| 0;
    RETURN_VALUE = 83, 0, None, NO_FALLTHROUGH, |_, _| -1;
    IMPORT_STAR = 84, 0, None, 0, |_, _| -1;
    SETUP_ANNOTATIONS = 85, 0, None, 0, |_, _| 0;
    YIELD_VALUE = 86, 0, None, 0, |_, _| 0;
    ASYNC_GEN_WRAP = 87, 0, None, 0, |_, _| 0;
    PREP_RERAISE_STAR = 88, 0, None, 0, |_, _| -1;
    POP_EXCEPT = 89, 0, None, 0, |_, _| -1;
    STORE_NAME = 90, 0, Name, 0, |_, _| -1;
    DELETE_NAME = 91, 0, Name, 0, |_, _| 0;
    UNPACK_SEQUENCE = 92, 1, Num, 0, |n, _| n as i32 - 1;
    FOR_ITER = 93, 0, JumpForward, JUMP, |_, j| if j { -1 } else { 1 };
    UNPACK_EX = 94, 0, Num, 0, |n, _| (n & 0xFF) as i32 + (n >> 8) as i32;
    STORE_ATTR = 95, 4, Name, 0, |_, _| -2;
    DELETE_ATTR = 96, 0, Name, 0, |_, _| -1;
    STORE_GLOBAL = 97, 0, Name, 0, |_, _| -1;
    DELETE_GLOBAL = 98, 0, Name, 0, |_, _| 0;
    SWAP = 99, 0, Num, 0, |_, _| 0;
    LOAD_CONST = 100, 0, Const, 0, |_, _| 1;
    LOAD_NAME = 101, 0, Name, 0, |_, _| 1;
    BUILD_TUPLE = 102, 0, Num, 0, |n, _| 1 - n as i32;
    BUILD_LIST = 103, 0, Num, 0, |n, _| 1 - n as i32;
    BUILD_SET = 104, 0, Num, 0, |n, _| 1 - n as i32;
    BUILD_MAP = 105, 0, Num, 0, |n, _| 1 - 2 * n as i32;
    LOAD_ATTR = 106, 4, Name, 0, |_, _| 0;
    COMPARE_OP = 107, 2, Compare, 0, |_, _| -1;
    IMPORT_NAME = 108, 0, Name, 0, |_, _| -1;
    IMPORT_FROM = 109, 0, Name, 0, |_, _| 1;
    JUMP_FORWARD = 110, 0, JumpForward, JUMP | NO_FALLTHROUGH, |_, _| 0;
    JUMP_IF_FALSE_OR_POP = 111, 0, JumpForward, JUMP, |_, j| if j { 0 } else { -1 };
    JUMP_IF_TRUE_OR_POP = 112, 0, JumpForward, JUMP, |_, j| if j { 0 } else { -1 };
    POP_JUMP_FORWARD_IF_FALSE = 114, 0, JumpForward, JUMP, |_, _| -1;
    POP_JUMP_FORWARD_IF_TRUE = 115, 0, JumpForward, JUMP, |_, _| -1;
    LOAD_GLOBAL = 116, 5, Global, 0, |n, _| 1 + (n & 1) as i32;
    IS_OP = 117, 0, Num, 0, |_, _| -1;
    CONTAINS_OP = 118, 0, Num, 0, |_, _| -1;
    RERAISE = 119, 0, Num, NO_FALLTHROUGH, |_, _| -1;
    COPY = 120, 0, Num, 0, |_, _| 1;
    BINARY_OP = 122, 1, BinaryOp, 0, |_, _| -1;
    SEND = 123, 0, JumpForward, JUMP, |_, j| if j { -1 } else { 0 };
    LOAD_FAST = 124, 0, Local, 0, |_, _| 1;
    STORE_FAST = 125, 0, Local, 0, |_, _| -1;
    DELETE_FAST = 126, 0, Local, 0, |_, _| 0;
    POP_JUMP_FORWARD_IF_NOT_NONE = 128, 0, JumpForward, JUMP, |_, _| -1;
    POP_JUMP_FORWARD_IF_NONE = 129, 0, JumpForward, JUMP, |_, _| -1;
    RAISE_VARARGS = 130, 0, Num, NO_FALLTHROUGH, |n, _| -(n as i32);
    GET_AWAITABLE = 131, 0, Num, 0, |_, _| 0;
    MAKE_FUNCTION = 132, 0, MakeFunction, 0, |n, _| -((n & 0xF).count_ones() as i32);
    BUILD_SLICE = 133, 0, Num, 0, |n, _| if n == 3 { -2 } else { -1 };
    JUMP_BACKWARD_NO_INTERRUPT = 134, 0, JumpBackward, JUMP | NO_FALLTHROUGH, |_, _| 0;
    MAKE_CELL = 135, 0, Free, 0, |_, _| 0;
    LOAD_CLOSURE = 136, 0, Free, 0, |_, _| 1;
    LOAD_DEREF = 137, 0, Free, 0, |_, _| 1;
    STORE_DEREF = 138, 0, Free, 0, |_, _| -1;
    DELETE_DEREF = 139, 0, Free, 0, |_, _| 0;
    JUMP_BACKWARD = 140, 0, JumpBackward, JUMP | NO_FALLTHROUGH | BACKWARD, |_, _| 0;
    CALL_FUNCTION_EX = 142, 0, Num, 0, |n, _| -2 - (n & 1) as i32;
    EXTENDED_ARG = 144, 0, Num, 0, |_, _| 0;
    LIST_APPEND = 145, 0, Num, 0, |_, _| -1;
    SET_ADD = 146, 0, Num, 0, |_, _| -1;
    MAP_ADD = 147, 0, Num, 0, |_, _| -2;
    LOAD_CLASSDEREF = 148, 0, Free, 0, |_, _| 1;
    COPY_FREE_VARS = 149, 0, Num, 0, |_, _| 0;
    RESUME = 151, 0, Num, 0, |_, _| 0;
    MATCH_CLASS = 152, 0, Num, 0, |_, _| -2;
    FORMAT_VALUE = 155, 0, FormatValue, 0, |n, _| if n & 4 != 0 { -1 } else { 0 };
    BUILD_CONST_KEY_MAP = 156, 0, Num, 0, |n, _| -(n as i32);
    BUILD_STRING = 157, 0, Num, 0, |n, _| 1 - n as i32;
    LOAD_METHOD = 160, 10, Name, 0, |_, _| 1;
    LIST_EXTEND = 162, 0, Num, 0, |_, _| -1;
    SET_UPDATE = 163, 0, Num, 0, |_, _| -1;
    DICT_MERGE = 164, 0, Num, 0, |_, _| -1;
    DICT_UPDATE = 165, 0, Num, 0, |_, _| -1;
    PRECALL = 166, 1, Num, 0, |n, _| -(n as i32);
    CALL = 171, 4, Num, 0, |_, _| -1;
    KW_NAMES = 172, 0, Const, 0, |_, _| 0;
    POP_JUMP_BACKWARD_IF_NOT_NONE = 173, 0, JumpBackward, JUMP | BACKWARD, |_, _| -1;
    POP_JUMP_BACKWARD_IF_NONE = 174, 0, JumpBackward, JUMP | BACKWARD, |_, _| -1;
    POP_JUMP_BACKWARD_IF_FALSE = 175, 0, JumpBackward, JUMP | BACKWARD, |_, _| -1;
    POP_JUMP_BACKWARD_IF_TRUE = 176, 0, JumpBackward, JUMP | BACKWARD, |_, _| -1;
}

impl Opcode {
    /// The opcode numbered `byte`, if there is one.
    #[inline]
    pub const fn from_u8(byte: u8) -> Option<Opcode> {
        FROM_U8[byte as usize]
    }
    /// The opcode named `name` (as `dis` prints it).
    pub fn from_name(name: &str) -> Option<Opcode> {
        Opcode::ALL.iter().copied().find(|op| op.name() == name)
    }
    /// Whether the arg byte is meaningful (`opcode >= HAVE_ARGUMENT`).
    #[inline]
    pub const fn has_arg(self) -> bool {
        self as u8 >= HAVE_ARGUMENT
    }
    /// Whether the argument is a relative jump target.
    #[inline]
    pub const fn is_jump(self) -> bool {
        self.flags() & JUMP != 0
    }
    /// Whether execution never falls through to the next instruction.
    #[inline]
    pub const fn is_terminator(self) -> bool {
        self.flags() & NO_FALLTHROUGH != 0
    }
    /// The largest stack effect over both outcomes (for the depth analysis of one path).
    pub const fn max_stack_effect(self, oparg: u32) -> i32 {
        let (a, b) = (
            self.stack_effect(oparg, false),
            self.stack_effect(oparg, true),
        );
        if a > b { a } else { b }
    }
}

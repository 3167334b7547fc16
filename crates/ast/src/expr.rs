//! The `expr` sum of CPython 3.11's ASDL and the product types that only expressions use:
//! operators, `expr_context`, `comprehension`, `arguments`, `arg` and `keyword`.

use crate::{Constant, ExprId, Identifier, Loc};

/// An expression node: its class and fields, and its position.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub loc: Loc,
}

/// One variant per class of the ASDL's `expr` sum, with the ASDL's field names and order.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ExprKind {
    BoolOp {
        op: BoolOperator,
        values: Vec<ExprId>,
    },
    NamedExpr {
        target: ExprId,
        value: ExprId,
    },
    BinOp {
        left: ExprId,
        op: Operator,
        right: ExprId,
    },
    UnaryOp {
        op: UnaryOperator,
        operand: ExprId,
    },
    Lambda {
        args: Box<Arguments>,
        body: ExprId,
    },
    IfExp {
        test: ExprId,
        body: ExprId,
        orelse: ExprId,
    },
    /// `keys[i]` is `None` for a `**mapping` item.
    Dict {
        keys: Vec<Option<ExprId>>,
        values: Vec<ExprId>,
    },
    Set {
        elts: Vec<ExprId>,
    },
    ListComp {
        elt: ExprId,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: ExprId,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: ExprId,
        value: ExprId,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: ExprId,
        generators: Vec<Comprehension>,
    },
    Await {
        value: ExprId,
    },
    Yield {
        value: Option<ExprId>,
    },
    YieldFrom {
        value: ExprId,
    },
    Compare {
        left: ExprId,
        ops: Vec<CmpOp>,
        comparators: Vec<ExprId>,
    },
    Call {
        func: ExprId,
        args: Vec<ExprId>,
        keywords: Vec<Keyword>,
    },
    /// `conversion` is -1 (none) or the code of `'s'`, `'r'` or `'a'`, as CPython stores it.
    FormattedValue {
        value: ExprId,
        conversion: i32,
        format_spec: Option<ExprId>,
    },
    JoinedStr {
        values: Vec<ExprId>,
    },
    Constant {
        value: Constant,
        kind: ConstantKind,
    },
    Attribute {
        value: ExprId,
        attr: Identifier,
        ctx: ExprContext,
    },
    Subscript {
        value: ExprId,
        slice: ExprId,
        ctx: ExprContext,
    },
    Starred {
        value: ExprId,
        ctx: ExprContext,
    },
    Name {
        id: Identifier,
        ctx: ExprContext,
    },
    List {
        elts: Vec<ExprId>,
        ctx: ExprContext,
    },
    Tuple {
        elts: Vec<ExprId>,
        ctx: ExprContext,
    },
    Slice {
        lower: Option<ExprId>,
        upper: Option<ExprId>,
        step: Option<ExprId>,
    },
}

impl ExprKind {
    /// The CPython class name (`"BinOp"`, ...).
    pub fn class_name(&self) -> &'static str {
        match self {
            ExprKind::BoolOp { .. } => "BoolOp",
            ExprKind::NamedExpr { .. } => "NamedExpr",
            ExprKind::BinOp { .. } => "BinOp",
            ExprKind::UnaryOp { .. } => "UnaryOp",
            ExprKind::Lambda { .. } => "Lambda",
            ExprKind::IfExp { .. } => "IfExp",
            ExprKind::Dict { .. } => "Dict",
            ExprKind::Set { .. } => "Set",
            ExprKind::ListComp { .. } => "ListComp",
            ExprKind::SetComp { .. } => "SetComp",
            ExprKind::DictComp { .. } => "DictComp",
            ExprKind::GeneratorExp { .. } => "GeneratorExp",
            ExprKind::Await { .. } => "Await",
            ExprKind::Yield { .. } => "Yield",
            ExprKind::YieldFrom { .. } => "YieldFrom",
            ExprKind::Compare { .. } => "Compare",
            ExprKind::Call { .. } => "Call",
            ExprKind::FormattedValue { .. } => "FormattedValue",
            ExprKind::JoinedStr { .. } => "JoinedStr",
            ExprKind::Constant { .. } => "Constant",
            ExprKind::Attribute { .. } => "Attribute",
            ExprKind::Subscript { .. } => "Subscript",
            ExprKind::Starred { .. } => "Starred",
            ExprKind::Name { .. } => "Name",
            ExprKind::List { .. } => "List",
            ExprKind::Tuple { .. } => "Tuple",
            ExprKind::Slice { .. } => "Slice",
        }
    }

    /// The `ctx` of the classes that have one.
    pub fn ctx(&self) -> Option<ExprContext> {
        match *self {
            ExprKind::Attribute { ctx, .. }
            | ExprKind::Subscript { ctx, .. }
            | ExprKind::Starred { ctx, .. }
            | ExprKind::Name { ctx, .. }
            | ExprKind::List { ctx, .. }
            | ExprKind::Tuple { ctx, .. } => Some(ctx),
            _ => None,
        }
    }
}

/// `Constant.kind`: `'u'` for a string literal written with a `u` prefix, else `None`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub enum ConstantKind {
    #[default]
    None,
    U,
}

/// `expr_context`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub enum ExprContext {
    #[default]
    Load,
    Store,
    Del,
}

/// `boolop`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum BoolOperator {
    And,
    Or,
}

/// `operator`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Operator {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

/// `unaryop`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum UnaryOperator {
    Invert,
    Not,
    UAdd,
    USub,
}

/// `cmpop`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

/// The class names of the operator and context sums, as `ast.dump` prints them.
macro_rules! class_names {
    ($($ty:ident { $($variant:ident),* })*) => {$(
        impl $ty {
            pub fn class_name(self) -> &'static str {
                match self { $($ty::$variant => stringify!($variant)),* }
            }
        }
    )*};
}

class_names! {
    ExprContext { Load, Store, Del }
    BoolOperator { And, Or }
    Operator { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv }
    UnaryOperator { Invert, Not, UAdd, USub }
    CmpOp { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn }
}

/// `comprehension`: one `for ... in ... if ...` clause (no position in CPython).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Comprehension {
    pub target: ExprId,
    pub iter: ExprId,
    pub ifs: Vec<ExprId>,
    pub is_async: bool,
}

/// `arguments`: the parameters of a function or lambda (no position in CPython).
/// `kw_defaults[i]` is `None` when `kwonlyargs[i]` has no default.
#[derive(Clone, PartialEq, Eq, Hash, Debug, Default)]
pub struct Arguments {
    pub posonlyargs: Vec<Arg>,
    pub args: Vec<Arg>,
    pub vararg: Option<Arg>,
    pub kwonlyargs: Vec<Arg>,
    pub kw_defaults: Vec<Option<ExprId>>,
    pub kwarg: Option<Arg>,
    pub defaults: Vec<ExprId>,
}

/// `arg`: one parameter.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Arg {
    pub arg: Identifier,
    pub annotation: Option<ExprId>,
    pub type_comment: Option<Box<str>>,
    pub loc: Loc,
}

/// `keyword`: `arg=value` in a call or class bases, or `**value` (`arg` is `None`).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Keyword {
    pub arg: Option<Identifier>,
    pub value: ExprId,
    pub loc: Loc,
}

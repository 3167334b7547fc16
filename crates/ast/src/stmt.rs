//! The `stmt` sum of CPython 3.11's ASDL and the product types only statements use:
//! `excepthandler`, `alias`, `withitem`, `match_case` and `type_ignore`.
//!
//! Where CPython has a class and its `Async` twin (or `Try`/`TryStar`) with the same fields, the
//! two variants share one payload struct, so code that treats them alike matches both at once.

use crate::{Arguments, ExprId, Identifier, Keyword, Loc, PatternId, StmtId};

/// A statement node: its class and fields, and its position.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub loc: Loc,
}

/// One variant per class of the ASDL's `stmt` sum, with the ASDL's field names and order.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum StmtKind {
    FunctionDef(FunctionDef),
    AsyncFunctionDef(FunctionDef),
    ClassDef(ClassDef),
    Return {
        value: Option<ExprId>,
    },
    Delete {
        targets: Vec<ExprId>,
    },
    Assign {
        targets: Vec<ExprId>,
        value: ExprId,
        type_comment: Option<Box<str>>,
    },
    AugAssign {
        target: ExprId,
        op: crate::Operator,
        value: ExprId,
    },
    /// `simple` is true for a plain name target not in parentheses.
    AnnAssign {
        target: ExprId,
        annotation: ExprId,
        value: Option<ExprId>,
        simple: bool,
    },
    For(For),
    AsyncFor(For),
    While {
        test: ExprId,
        body: Vec<StmtId>,
        orelse: Vec<StmtId>,
    },
    If {
        test: ExprId,
        body: Vec<StmtId>,
        orelse: Vec<StmtId>,
    },
    With(With),
    AsyncWith(With),
    Match {
        subject: ExprId,
        cases: Vec<MatchCase>,
    },
    Raise {
        exc: Option<ExprId>,
        cause: Option<ExprId>,
    },
    Try(Try),
    TryStar(Try),
    Assert {
        test: ExprId,
        msg: Option<ExprId>,
    },
    Import {
        names: Vec<Alias>,
    },
    ImportFrom {
        module: Option<Identifier>,
        names: Vec<Alias>,
        level: Option<u32>,
    },
    Global {
        names: Vec<Identifier>,
    },
    Nonlocal {
        names: Vec<Identifier>,
    },
    Expr {
        value: ExprId,
    },
    Pass,
    Break,
    Continue,
}

impl StmtKind {
    /// The CPython class name (`"FunctionDef"`, ...).
    pub fn class_name(&self) -> &'static str {
        match self {
            StmtKind::FunctionDef(_) => "FunctionDef",
            StmtKind::AsyncFunctionDef(_) => "AsyncFunctionDef",
            StmtKind::ClassDef(_) => "ClassDef",
            StmtKind::Return { .. } => "Return",
            StmtKind::Delete { .. } => "Delete",
            StmtKind::Assign { .. } => "Assign",
            StmtKind::AugAssign { .. } => "AugAssign",
            StmtKind::AnnAssign { .. } => "AnnAssign",
            StmtKind::For(_) => "For",
            StmtKind::AsyncFor(_) => "AsyncFor",
            StmtKind::While { .. } => "While",
            StmtKind::If { .. } => "If",
            StmtKind::With(_) => "With",
            StmtKind::AsyncWith(_) => "AsyncWith",
            StmtKind::Match { .. } => "Match",
            StmtKind::Raise { .. } => "Raise",
            StmtKind::Try(_) => "Try",
            StmtKind::TryStar(_) => "TryStar",
            StmtKind::Assert { .. } => "Assert",
            StmtKind::Import { .. } => "Import",
            StmtKind::ImportFrom { .. } => "ImportFrom",
            StmtKind::Global { .. } => "Global",
            StmtKind::Nonlocal { .. } => "Nonlocal",
            StmtKind::Expr { .. } => "Expr",
            StmtKind::Pass => "Pass",
            StmtKind::Break => "Break",
            StmtKind::Continue => "Continue",
        }
    }
}

/// The fields of `FunctionDef` and `AsyncFunctionDef`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct FunctionDef {
    pub name: Identifier,
    pub args: Box<Arguments>,
    pub body: Vec<StmtId>,
    pub decorator_list: Vec<ExprId>,
    pub returns: Option<ExprId>,
    pub type_comment: Option<Box<str>>,
}

/// The fields of `ClassDef`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct ClassDef {
    pub name: Identifier,
    pub bases: Vec<ExprId>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<StmtId>,
    pub decorator_list: Vec<ExprId>,
}

/// The fields of `For` and `AsyncFor`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct For {
    pub target: ExprId,
    pub iter: ExprId,
    pub body: Vec<StmtId>,
    pub orelse: Vec<StmtId>,
    pub type_comment: Option<Box<str>>,
}

/// The fields of `With` and `AsyncWith`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct With {
    pub items: Vec<WithItem>,
    pub body: Vec<StmtId>,
    pub type_comment: Option<Box<str>>,
}

/// The fields of `Try` and `TryStar`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Try {
    pub body: Vec<StmtId>,
    pub handlers: Vec<ExceptHandler>,
    pub orelse: Vec<StmtId>,
    pub finalbody: Vec<StmtId>,
}

/// `ExceptHandler` (the only class of the `excepthandler` sum).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct ExceptHandler {
    pub type_: Option<ExprId>,
    pub name: Option<Identifier>,
    pub body: Vec<StmtId>,
    pub loc: Loc,
}

/// `alias`: `name` (dotted, or `*`) with an optional `as asname`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Alias {
    pub name: Identifier,
    pub asname: Option<Identifier>,
    pub loc: Loc,
}

/// `withitem` (no position in CPython).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct WithItem {
    pub context_expr: ExprId,
    pub optional_vars: Option<ExprId>,
}

/// `match_case` (no position in CPython).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct MatchCase {
    pub pattern: PatternId,
    pub guard: Option<ExprId>,
    pub body: Vec<StmtId>,
}

/// `TypeIgnore` (only with `type_comments=True`).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct TypeIgnore {
    pub lineno: u32,
    pub tag: Box<str>,
}

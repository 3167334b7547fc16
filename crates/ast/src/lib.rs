//! taipan's abstract syntax tree: CPython 3.11's `ast` module, node for node and field for field
//! (the ASDL of `Parser/Python.asdl` in 3.11), with CPython's positions on every node that has them.
//!
//! # Layout
//!
//! One [`Ast`] owns every node of a module in three arenas (`la_arena`, as rust-analyzer's
//! `hir-def` does): expressions, statements and patterns. Nodes refer to their children by typed
//! `u32` indices ([`ExprId`], [`StmtId`], [`PatternId`]). Why:
//! - speed: one growing `Vec` per node class instead of one heap block per node; children are 4
//!   bytes instead of a `Box` (8) and the whole tree is freed at once;
//! - in-place rewriting: the optimizer replaces `ast.exprs[id]` with a folded node without
//!   touching the parent (indices stay valid), which a tree of `Box`es would make a borrow puzzle;
//! - storage: everything derives `Clone, PartialEq, Eq, Hash, Debug` (floats are stored as their
//!   bits), so a salsa database can keep an `Ast` as a query result and compare revisions.
//!
//! Identifiers are interned per `Ast` ([`Identifier`] indexes [`Names`]): one hash look-up per
//! name instead of one allocation, and later stages compare names by index.
//!
//! Modules: `node` (ids, positions), `expr`, `stmt`, `pattern` (the node classes by ASDL sum),
//! `constant` (the values of `Constant`; `PyStr` comes from `taipan-text`),
//! `names` (the interner), `repr` (Python's `repr()` of constants), `dump` (`ast.dump()`),
//! `lower` (from the lossless tree of `taipan-syntax`), `visit` (the one tree walk: `Visitor` and
//! the `walk_*` functions every pass builds on).

mod constant;
pub mod dump;
mod expr;
pub mod lower;
mod names;
mod node;
mod pattern;
pub mod repr;
mod stmt;
pub mod visit;

pub use constant::{Constant, Int};
pub use expr::{
    Arg, Arguments, BoolOperator, CmpOp, Comprehension, ConstantKind, Expr, ExprContext, ExprKind,
    Keyword, Operator, UnaryOperator,
};
pub use lower::{Lowered, Mode, lower, lower_module, merge_errors, parse, parse_module};
pub use names::{Identifier, Names};
pub use node::{ExprId, Loc, PatternId, StmtId};
pub use pattern::{Pattern, PatternKind};
pub use stmt::{
    Alias, ClassDef, ExceptHandler, For, FunctionDef, MatchCase, Stmt, StmtKind, Try, TypeIgnore,
    With, WithItem,
};
pub use taipan_text::{CodePoints, PyStr, PyStrBuilder};

use la_arena::Arena;

/// The root of a tree: what `ast.parse()` returns for each `mode`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Mod {
    /// `mode='exec'`.
    Module {
        body: Vec<StmtId>,
        type_ignores: Vec<TypeIgnore>,
    },
    /// `mode='single'`.
    Interactive { body: Vec<StmtId> },
    /// `mode='eval'`.
    Expression { body: ExprId },
    /// `mode='func_type'`.
    FunctionType {
        argtypes: Vec<ExprId>,
        returns: ExprId,
    },
}

/// A whole tree: its root and the arenas that own its nodes.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Ast {
    pub root: Mod,
    pub exprs: Arena<Expr>,
    pub stmts: Arena<Stmt>,
    pub patterns: Arena<Pattern>,
    pub names: Names,
}

impl Default for Ast {
    fn default() -> Self {
        Ast {
            root: Mod::Module {
                body: Vec::new(),
                type_ignores: Vec::new(),
            },
            exprs: Arena::default(),
            stmts: Arena::default(),
            patterns: Arena::default(),
            names: Names::default(),
        }
    }
}

impl Ast {
    #[inline]
    pub fn alloc_expr(&mut self, kind: ExprKind, loc: Loc) -> ExprId {
        self.exprs.alloc(Expr { kind, loc })
    }
    #[inline]
    pub fn alloc_stmt(&mut self, kind: StmtKind, loc: Loc) -> StmtId {
        self.stmts.alloc(Stmt { kind, loc })
    }
    #[inline]
    pub fn alloc_pattern(&mut self, kind: PatternKind, loc: Loc) -> PatternId {
        self.patterns.alloc(Pattern { kind, loc })
    }
    /// Interns an identifier.
    #[inline]
    pub fn name(&mut self, text: &str) -> Identifier {
        self.names.intern(text)
    }
    #[inline]
    pub fn expr(&self, id: ExprId) -> &Expr {
        &self.exprs[id]
    }
    #[inline]
    pub fn stmt(&self, id: StmtId) -> &Stmt {
        &self.stmts[id]
    }
    #[inline]
    pub fn pattern(&self, id: PatternId) -> &Pattern {
        &self.patterns[id]
    }
}

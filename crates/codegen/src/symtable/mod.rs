//! The symbol table: CPython 3.11's `Python/symtable.c`, rule for rule. One [`Block`] per scope
//! (the module, each class, each function, lambda and comprehension), with every name used or
//! bound there and its flags word (how it is defined and used, then the scope the analysis
//! resolved: local, global, free or cell), the block's children in source order, and the facts
//! the compiler needs (generator, coroutine, `__class__` cell, ...).
//!
//! Two passes, as CPython's: `build` walks the AST recording definitions and uses, raising the
//! errors that need only what came before (duplicate parameters, `global` after a use, walrus
//! rules in comprehensions, ...); `analyze` then resolves every name against the enclosing
//! scopes, raising the errors that need the whole picture (`nonlocal` without a binding).
//! The compiler's own errors (`'return' outside function`, `'await' outside async function`,
//! `'yield' outside function`, a late `from __future__` import on a later line, ...) belong to
//! `compile.c` and are not raised here.
//!
//! Names are the AST's interned identifiers; the table owns a copy of the AST's interner,
//! extended with the names it makes (mangled private names, `.0`, `__class__`, block names), so
//! an [`Identifier`] of the AST means the same name in the table.
//!
//! Modules: `flags` (the flags word and scopes), `mangle` (private names), `build` (pass one),
//! `analyze` (pass two), `error`, `dump` (the canonical text the tests and the conformance row
//! compare with CPython's `symtable` module).

mod analyze;
mod build;
pub mod dump;
mod error;
pub mod flags;
mod mangle;

use indexmap::IndexMap;
use rustc_hash::{FxBuildHasher, FxHashMap};
use taipan_ast::{Ast, ExprId, Identifier, Loc, Names, StmtId};

pub use error::{ErrorKind, SymtableError};
pub use flags::Scope;
pub use mangle::mangle;

use crate::future::{FutureFeatures, future_features};

/// A block's index in [`SymbolTable::blocks`]; the module is [`BlockId::TOP`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct BlockId(u32);

impl BlockId {
    pub const TOP: BlockId = BlockId(0);
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// The AST node that opens a block: what the compiler looks its block up by.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum BlockKey {
    Module,
    /// A `def`, `async def` or `class`.
    Stmt(StmtId),
    /// A lambda or a comprehension.
    Expr(ExprId),
}

/// CPython's `_Py_block_ty`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum BlockKind {
    Function,
    Class,
    Module,
    /// The annotations of a function or assignment under `from __future__ import annotations`:
    /// visited for their errors only, never a child of anything.
    Annotation,
}

/// Which comprehension a function block is (CPython's `_Py_comprehension_ty`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Comprehension {
    List,
    Dict,
    Set,
    Generator,
}

/// One scope: CPython's `PySTEntryObject`.
#[derive(Clone, Debug)]
pub struct Block {
    pub kind: BlockKind,
    /// `top`, the class or function name, `lambda`, `listcomp`, `genexpr`...
    pub name: Identifier,
    /// The position of the node that opens the block (all zero for the module).
    pub loc: Loc,
    /// Every name of the block with its flags word, in order of first appearance (free
    /// variables that the analysis adds come last).
    pub symbols: IndexMap<Identifier, u32, FxBuildHasher>,
    /// The parameters, in order (posonly, regular, keyword-only, `*args`, `**kwargs`).
    pub varnames: Vec<Identifier>,
    pub children: Vec<BlockId>,
    /// Inside a function (directly or not).
    pub nested: bool,
    /// Has free variables.
    pub free: bool,
    /// A child block has free variables (free references to globals included).
    pub child_free: bool,
    pub generator: bool,
    pub coroutine: bool,
    pub comprehension: Option<Comprehension>,
    pub varargs: bool,
    pub varkeywords: bool,
    /// Has a `return` with a value.
    pub returns_value: bool,
    /// A class whose methods use `__class__` (or `super`): the compiler makes the cell.
    pub needs_class_closure: bool,
    /// `global`/`nonlocal` statements (and walrus targets hoisted out of comprehensions), for
    /// the analysis's error positions.
    directives: Vec<(Identifier, Loc)>,
    /// Visiting a comprehension's target.
    comp_iter_target: bool,
    /// Visiting a comprehension's iterable (nesting count).
    comp_iter_expr: u32,
}

impl Block {
    /// The flags word of `name` (0 when the block does not know it).
    pub fn flags(&self, name: Identifier) -> u32 {
        self.symbols.get(&name).copied().unwrap_or(0)
    }
    /// The resolved scope of `name` (`None` when the block does not know it).
    pub fn scope(&self, name: Identifier) -> Option<Scope> {
        Scope::of(self.flags(name))
    }
    /// CPython's `is_optimized()`: a function's locals live in fast slots.
    pub fn is_optimized(&self) -> bool {
        self.kind == BlockKind::Function
    }
}

/// The symbol table of one module.
#[derive(Clone, Debug)]
pub struct SymbolTable {
    /// The AST's identifiers, then the ones the table made.
    pub names: Names,
    /// Every block; the module first, the others in the order they were opened.
    pub blocks: Vec<Block>,
    pub future: FutureFeatures,
    by_node: FxHashMap<BlockKey, BlockId>,
    /// `__class__`, interned.
    class_cell: Identifier,
}

impl SymbolTable {
    /// Reads the module's future imports, then builds and analyzes its table, as
    /// `symtable.symtable(source, filename, "exec")` does after parsing.
    pub fn new(ast: &Ast) -> Result<SymbolTable, SymtableError> {
        let future = future_features(ast)?;
        Self::with_future(ast, future)
    }

    /// Builds and analyzes the table with the future features already read.
    pub fn with_future(ast: &Ast, future: FutureFeatures) -> Result<SymbolTable, SymtableError> {
        let mut table = build::build(ast, future)?;
        analyze::analyze(&mut table)?;
        Ok(table)
    }

    pub fn top(&self) -> &Block {
        &self.blocks[0]
    }
    pub fn block(&self, id: BlockId) -> &Block {
        &self.blocks[id.index()]
    }
    /// The block a node opens (CPython's `PySymtable_Lookup`).
    pub fn lookup(&self, key: BlockKey) -> Option<BlockId> {
        self.by_node.get(&key).copied()
    }
    /// The text of a name.
    pub fn name(&self, id: Identifier) -> &str {
        &self.names[id]
    }
}

/// What a block passes to its children: names bound, names global (sorted), and the scope of
/// each of its own names.
pub(crate) type ChildSets = (Vec<String>, Vec<String>, Vec<Scope>);

/// Per-item compilation (`crate::item`): the symbol table's passes for one item of a file.
impl SymbolTable {
    /// Pass one over an item's AST, as if inside class `private`; when `nested`, every block
    /// is inside a function (the item's enclosing scopes are not in its AST).
    pub(crate) fn build_item(
        ast: &Ast,
        future: FutureFeatures,
        private: Option<&str>,
        nested: bool,
    ) -> Result<SymbolTable, SymtableError> {
        let mut table = build::build_in(ast, future, private)?;
        if nested {
            for b in &mut table.blocks[1..] {
                b.nested = true;
            }
        }
        Ok(table)
    }

    /// Pass two for an item: see `analyze::analyze_item`.
    pub(crate) fn analyze_item(
        &mut self,
        root: BlockId,
        bound: Option<&[String]>,
        global: &[String],
        holes: &[(BlockId, &[String], bool)],
    ) -> Result<Vec<String>, SymtableError> {
        let bound = bound.map(|b| b.iter().map(|n| self.names.intern(n)).collect());
        let global = global.iter().map(|n| self.names.intern(n)).collect();
        let holes = holes
            .iter()
            .map(|&(id, free, has_free)| {
                let free = free.iter().map(|n| self.names.intern(n)).collect();
                (id, (free, has_free))
            })
            .collect();
        let free = analyze::analyze_item(self, root, bound, global, holes)?;
        Ok(self.sorted(free))
    }

    /// What block `id` passes to its children (names bound, names global) and its names'
    /// scopes, by the names pass alone.
    pub(crate) fn child_sets(
        &mut self,
        id: BlockId,
        bound: Option<&[String]>,
        global: &[String],
    ) -> Result<ChildSets, SymtableError> {
        let bound = bound.map(|b| b.iter().map(|n| self.names.intern(n)).collect());
        let global = global.iter().map(|n| self.names.intern(n)).collect();
        let (bound, global, scopes) = analyze::child_sets(self, id, bound, global)?;
        Ok((self.sorted(bound), self.sorted(global), scopes))
    }

    fn sorted(&self, set: impl IntoIterator<Item = Identifier>) -> Vec<String> {
        let mut v: Vec<String> = set.into_iter().map(|n| self.names[n].to_string()).collect();
        v.sort_unstable();
        v
    }
}

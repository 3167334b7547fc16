//! Compiling one *item* of a file alone — the module, or one function or class body — for the
//! database's per-item code queries (`taipan-db`), with a result byte-identical to the code
//! object [`crate::compile_ast`] makes for that scope inside the whole file.
//!
//! An item's AST is its own statements with the bodies of the items nested in it *hollowed*
//! (a nested `def`/`class` keeps its header: name, decorators, defaults, annotations, bases).
//! A function or class item's AST is a module holding that one statement (the *wrapper*).
//! What the rest of the file contributes comes in as data, computed item by item:
//!
//! - [`ScopeEnv`], top-down: what the enclosing scopes give this one: the names bound in
//!   enclosing functions and declared global (CPython's `bound` and `global` sets of
//!   `analyze_block`), whether it is nested in a function, the class its names are mangled
//!   with, its `__qualname__`. [`ItemSymbols::child_envs`] makes the children's from the
//!   parent's own names alone (the names pass of the analysis), so it does not need them.
//! - [`Interface`], bottom-up: what a nested item passes up: its free variables (which turn
//!   the parent's locals into cells) and its `co_freevars` (what the parent's
//!   `MAKE_FUNCTION` closure loads). [`ItemSymbols::analyze`] takes the children's.
//!
//! [`ItemSymbols::compile`] then compiles the item; each hollowed child becomes a stand-in
//! code constant (a *hole*: file name `"\0hole"`, `co_firstlineno` its index among the
//! children) that [`fill`] replaces by the child's real code object. Positions are the item
//! AST's (relative to the item): the caller maps the line table (`taipan-db` does, with the
//! item's line map), so an item is not recompiled when only lines above it move.

use std::sync::Arc;

use taipan_ast::{Ast, Mod, StmtId, StmtKind};
use taipan_bytecode::{CodeFlags, CodeObject, Const, LocalKind};

use crate::error::{CompileError, CompileErrorKind};
use crate::future::FutureFeatures;
use crate::symtable::{BlockId, BlockKey, BlockKind, Scope, SymbolTable, SymtableError, flags};

/// What the enclosing scopes give an item (the module's is the default).
#[derive(Clone, PartialEq, Eq, Hash, Debug, Default)]
pub struct ScopeEnv {
    /// Names bound in enclosing function scopes (sorted); `None` for the module.
    pub bound: Option<Vec<String>>,
    /// Names declared global around it (sorted).
    pub global: Vec<String>,
    /// Inside a function, directly or not.
    pub nested: bool,
    /// The innermost enclosing class (name mangling).
    pub private: Option<String>,
    /// `__qualname__` of the item's code.
    pub qualname: String,
}

/// What an item passes up to its parent.
#[derive(Clone, PartialEq, Eq, Hash, Debug, Default)]
pub struct Interface {
    /// Free variables passed up (sorted).
    pub free: Vec<String>,
    /// The block or a block in it has free variables (CPython's `ste_free || ste_child_free`).
    pub has_free: bool,
    /// `co_freevars` of the item's code.
    pub freevars: Vec<String>,
}

/// An item's symbol table and where its own block and its holes are in it.
#[derive(Clone, Debug)]
pub struct ItemSymbols {
    table: SymbolTable,
    root: BlockId,
    /// The hollowed nested items: their statements and blocks, in source order.
    holes: Vec<(StmtId, BlockId)>,
}

impl ItemSymbols {
    /// Pass one of the symbol table over an item's AST (`module`: the file's module item;
    /// else a wrapper module holding the item's one statement).
    pub fn build(
        ast: &Ast,
        future: FutureFeatures,
        env: &ScopeEnv,
        module: bool,
        filename: &str,
    ) -> Result<ItemSymbols, CompileError> {
        let table =
            SymbolTable::build_item(ast, future, env.private.as_deref(), env.nested && !module)
                .map_err(|e| symtable_error(&e, filename))?;
        let body = match &ast.root {
            Mod::Module { body, .. } => body.as_slice(),
            _ => &[],
        };
        let (root, own) = if module {
            (BlockId::TOP, body)
        } else {
            let item = body.first().map(|&s| (s, &ast.stmt(s).kind));
            let (id, own) = match item {
                Some((id, StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f))) => {
                    (id, f.body.as_slice())
                }
                Some((id, StmtKind::ClassDef(c))) => (id, c.body.as_slice()),
                _ => return Err(internal("an item that is not a def or class", filename)),
            };
            let Some(block) = table.lookup(BlockKey::Stmt(id)) else {
                return Err(internal("an item without a block", filename));
            };
            (block, own)
        };
        let mut stmts = Vec::new();
        nested_items(ast, own, &mut stmts);
        let mut holes = Vec::with_capacity(stmts.len());
        for s in stmts {
            let Some(block) = table.lookup(BlockKey::Stmt(s)) else {
                return Err(internal("a nested item without a block", filename));
            };
            holes.push((s, block));
        }
        Ok(ItemSymbols { table, root, holes })
    }

    /// The number of nested items (they are the item's children in source order).
    pub fn holes(&self) -> usize {
        self.holes.len()
    }

    /// The names a `global` statement of this item declares (mangled), which CPython's
    /// symtable also marks global in the module's block (`st_global`).
    pub fn declared_globals(&self) -> Vec<String> {
        let skip = usize::from(self.root != BlockId::TOP);
        let mut out: Vec<String> = self.table.blocks[skip..]
            .iter()
            .flat_map(|b| b.symbols.iter())
            .filter(|&(_, &f)| f & flags::DEF_GLOBAL != 0)
            .map(|(&n, _)| self.table.name(n).to_string())
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// The module item: marks global the names the nested items declare global.
    pub fn add_globals(&mut self, names: &[String]) {
        self.mark_top(names, flags::DEF_GLOBAL);
    }

    /// The names the module binds by `import` (the compiler reads them: no method-call
    /// optimization on an imported name's attribute).
    pub fn module_imports(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .table
            .top()
            .symbols
            .iter()
            .filter(|&(_, &f)| f & flags::DEF_IMPORT != 0)
            .map(|(&n, _)| self.table.name(n).to_string())
            .collect();
        out.sort();
        out
    }

    /// A function or class item: the module's imported names, as the module's block has them.
    pub fn set_module_imports(&mut self, names: &[String]) {
        if self.root != BlockId::TOP {
            self.mark_top(names, flags::DEF_IMPORT);
        }
    }

    fn mark_top(&mut self, names: &[String], flag: u32) {
        for n in names {
            let id = self.table.names.intern(n);
            *self.table.blocks[0].symbols.entry(id).or_insert(0) |= flag;
        }
    }

    /// The environments of the nested items, from this item's own names and `env`.
    pub fn child_envs(
        &self,
        env: &ScopeEnv,
        filename: &str,
    ) -> Result<Vec<ScopeEnv>, CompileError> {
        let mut table = self.table.clone();
        let (bound, global, scopes) = table
            .child_sets(self.root, env.bound.as_deref(), &env.global)
            .map_err(|e| symtable_error(&e, filename))?;
        let block = table.block(self.root);
        let kind = block.kind;
        let module = self.root == BlockId::TOP;
        let private = if kind == BlockKind::Class && !module {
            Some(table.name(block.name).to_string())
        } else {
            env.private.clone()
        };
        let mut out = Vec::with_capacity(self.holes.len());
        for &(_, hole) in &self.holes {
            let name = table.name(table.block(hole).name).to_string();
            let qualname = if module {
                name
            } else {
                let mangled = crate::compile::mangle_opt(private.as_deref(), &name);
                let global_explicit = table
                    .names
                    .lookup(&mangled)
                    .and_then(|id| block.symbols.get_index_of(&id))
                    .is_some_and(|i| scopes.get(i) == Some(&Scope::GlobalExplicit));
                if global_explicit {
                    name
                } else if kind == BlockKind::Function {
                    format!("{}.<locals>.{name}", env.qualname)
                } else {
                    format!("{}.{name}", env.qualname)
                }
            };
            out.push(ScopeEnv {
                bound: Some(bound.clone()),
                global: global.clone(),
                nested: env.nested || kind == BlockKind::Function,
                private: private.clone(),
                qualname,
            });
        }
        Ok(out)
    }

    /// Pass two: the item's block analyzed in `env`, with the children's interfaces
    /// (`children[i]` is hole `i`'s). Returns this item's interface.
    pub fn analyze(
        &mut self,
        env: &ScopeEnv,
        children: &[Interface],
        filename: &str,
    ) -> Result<Interface, CompileError> {
        if children.len() != self.holes.len() {
            return Err(internal("nested items out of step", filename));
        }
        let holes: Vec<(BlockId, &[String], bool)> = self
            .holes
            .iter()
            .zip(children)
            .map(|(&(_, b), c)| (b, c.free.as_slice(), c.has_free))
            .collect();
        let (bound, global) = if self.root == BlockId::TOP {
            (None, &[][..])
        } else {
            (
                Some(env.bound.as_deref().unwrap_or(&[])),
                env.global.as_slice(),
            )
        };
        let free = self
            .table
            .analyze_item(self.root, bound, global, &holes)
            .map_err(|e| symtable_error(&e, filename))?;
        let block = self.table.block(self.root);
        let mut freevars: Vec<String> = block
            .symbols
            .iter()
            .filter(|&(_, &f)| Scope::of(f) == Some(Scope::Free) || f & flags::DEF_FREE_CLASS != 0)
            .map(|(&n, _)| self.table.name(n).to_string())
            .collect();
        freevars.sort();
        Ok(Interface {
            free,
            has_free: block.free || block.child_free,
            freevars,
        })
    }

    /// Compiles the analyzed item: its code object, each nested item a hole (see [`fill`]).
    pub fn compile(
        &self,
        ast: &Ast,
        env: &ScopeEnv,
        children: &[Interface],
        filename: &str,
        optimize: u8,
    ) -> Result<CodeObject, CompileError> {
        let module = self.root == BlockId::TOP;
        let mut compiler = crate::compile::Compiler::new(ast, &self.table, filename, optimize);
        compiler.outer_private = env.private.clone();
        if !module {
            compiler.outer_qualname = Some(env.qualname.clone());
        }
        for (i, (&(stmt, _), child)) in self.holes.iter().zip(children).enumerate() {
            compiler.holes.insert(stmt, hole(i, child, filename));
        }
        let result =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| compiler.compile_mod()));
        let wrapper = match result {
            Ok(r) => r?,
            Err(_) => return Err(internal("internal compiler error", filename)),
        };
        if module {
            return Ok(wrapper);
        }
        // The item's code is the wrapper's last code constant (its decorators' and defaults'
        // lambdas, compiled before it, come first).
        wrapper
            .consts
            .iter()
            .rev()
            .find_map(|c| match c {
                Const::Code(code) => Some((**code).clone()),
                Const::Value(_) => None,
            })
            .ok_or_else(|| internal("an item without code", filename))
    }
}

/// Hole `index`: the stand-in code constant of a nested item with interface `child`.
fn hole(index: usize, child: &Interface, filename: &str) -> CodeObject {
    let _ = filename;
    CodeObject {
        name: "".into(),
        qualname: "".into(),
        filename: HOLE.into(),
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        stacksize: 0,
        flags: CodeFlags(0),
        firstlineno: index as u32,
        code: Box::new([]),
        consts: Box::new([]),
        names: Box::new([]),
        localsplusnames: child.freevars.iter().map(|n| n.as_str().into()).collect(),
        localspluskinds: child
            .freevars
            .iter()
            .map(|_| LocalKind(LocalKind::FREE))
            .collect(),
        linetable: Box::new([]),
        exceptiontable: Box::new([]),
    }
}

const HOLE: &str = "\0hole";

/// `code` with each hole replaced by the code of the nested item it stands for
/// (`children[i]` for hole `i`); `None` if a hole has no child.
pub fn fill(code: &CodeObject, children: &[Arc<CodeObject>]) -> Option<CodeObject> {
    let mut out = code.clone();
    let mut consts = out.consts.into_vec();
    for c in &mut consts {
        if let Const::Code(k) = c
            && &*k.filename == HOLE
        {
            *c = Const::Code(children.get(k.firstlineno as usize)?.clone());
        }
    }
    out.consts = consts.into_boxed_slice();
    Some(out)
}

/// The `def`/`class` statements among `stmts` and the compound statements in them, in source
/// order (not inside other items: their bodies are hollow).
fn nested_items(ast: &Ast, stmts: &[StmtId], out: &mut Vec<StmtId>) {
    for &s in stmts {
        match &ast.stmt(s).kind {
            StmtKind::FunctionDef(_) | StmtKind::AsyncFunctionDef(_) | StmtKind::ClassDef(_) => {
                out.push(s)
            }
            StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
                nested_items(ast, body, out);
                nested_items(ast, orelse, out);
            }
            StmtKind::For(f) | StmtKind::AsyncFor(f) => {
                nested_items(ast, &f.body, out);
                nested_items(ast, &f.orelse, out);
            }
            StmtKind::With(w) | StmtKind::AsyncWith(w) => nested_items(ast, &w.body, out),
            StmtKind::Try(t) | StmtKind::TryStar(t) => {
                nested_items(ast, &t.body, out);
                for h in &t.handlers {
                    nested_items(ast, &h.body, out);
                }
                nested_items(ast, &t.orelse, out);
                nested_items(ast, &t.finalbody, out);
            }
            StmtKind::Match { cases, .. } => {
                for c in cases {
                    nested_items(ast, &c.body, out);
                }
            }
            _ => {}
        }
    }
}

fn internal(what: &str, filename: &str) -> CompileError {
    let mut e = CompileError::at(
        CompileErrorKind::SyntaxError,
        format!("internal compiler error: {what}"),
        taipan_ast::Loc::default(),
    );
    e.filename = filename.to_string();
    e
}

/// A symbol-table error as `compile()` raises it.
pub(crate) fn symtable_error(e: &SymtableError, filename: &str) -> CompileError {
    let kind = match e.kind {
        crate::symtable::ErrorKind::RecursionError => CompileErrorKind::RecursionError,
        _ => CompileErrorKind::SyntaxError,
    };
    CompileError {
        kind,
        message: e.message.clone(),
        filename: filename.to_string(),
        lineno: e.lineno,
        offset: e.offset as i32,
        end_lineno: e.end_lineno,
        end_offset: e.end_offset.map(|o| o as i32),
        text: None,
    }
}

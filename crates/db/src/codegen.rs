//! Code per item: every function and class body is compiled by a query of its own, and the
//! module's code object is assembled from the items' (`taipan_codegen::item` has the
//! compiler's side: how one scope is compiled given what the rest of the file contributes).
//!
//! ```text
//! item_ast(item) ─▶ item_symbols(item) (optimized AST, symbol table pass one) ─▶ item_code(item)
//!      child_envs(parent)[k] (environment)      ▲ item_interface(child) for each child
//! item_code(item) + Item::lines/start ─▶ item_placed(item) ◀─ item_placed(child) ─▶ module_code(file)
//! ```
//!
//! - `child_envs` (top-down) and `item_interface` (bottom-up) are small sets of names that an
//!   edit inside a body rarely changes, so salsa backdates them and the other items'
//!   `item_code` are not re-run.
//! - The item tree is read through an item's `parent` field and per-item queries
//!   ([`crate::item::item_children`], `item_env`): an item added, removed or renamed changes the
//!   tree, the fields compare equal and these queries re-run (a lookup each) and come out equal
//!   for the other items, so their symbols and code are not re-run.
//! - Lines: `item_code` is compiled from the item's AST, whose lines count on its compact text
//!   (see the crate doc, point 3): its line table is *relative*. `item_placed` maps it to the
//!   file's lines with the item's [`crate::item::LineMap`] and [`crate::Item::start`] (decoding
//!   and re-encoding the location tables of the item's code objects, lambdas and
//!   comprehensions included), then puts the children's placed code objects in the holes. So
//!   a line added above a function re-runs its `item_placed` (cheap), not its `item_code`.
//! - An edit inside function `f` re-runs `item_code(f)` and the `item_placed` of `f` and of its
//!   enclosing items up to the module (each a copy of a code object's constants, no
//!   compiling); `tests/incremental.rs` checks it from the event log.
//! - Errors: any item's error makes [`module_code`] fall back to the whole-file compiler for
//!   the error (`compile()`'s words and position).

use std::sync::Arc;

use taipan_bytecode::linetable::{Entries, encode};
use taipan_bytecode::{CodeObject, Const, Position as LinePos};
use taipan_codegen::CompileError;
use taipan_codegen::future::FutureFeatures;
use taipan_codegen::item::{Interface, ItemSymbols, ScopeEnv, fill};

use crate::item::{Item, ItemKind, LineMap, Position, item_children, item_tree};
use crate::item::{ItemAst, item_ast};
use crate::optimize::optimize_item;
use crate::{Db, SourceFile};

type CodeResult = Result<Arc<CodeObject>, CompileError>;

fn optimize(db: &dyn Db) -> u8 {
    crate::CompileOptions::get(db).optimize(db)
}

fn filename(db: &dyn Db, file: SourceFile) -> String {
    file.path(db).display().to_string()
}

/// The file's `from __future__` features (from the module item), as the symbol table reads
/// them; a function or class item gets `lineno` 0 (a future import in it is always late).
#[salsa::tracked(returns(ref))]
pub fn file_future(db: &dyn Db, file: SourceFile) -> Result<FutureFeatures, CompileError> {
    let module = item_tree(db, file).items[0];
    taipan_codegen::future::future_features(&item_ast(db, module).ast)
        .map_err(|_| crate::compile::error_of(file.text(db), &filename(db, file)))
}

/// The item's optimized AST and pass one of the symbol table over it.
pub struct Front {
    pub ast: ItemAst,
    pub symbols: ItemSymbols,
}

/// The item's optimized AST (as [`crate::item_optimized`]) and its symbol table's pass one.
#[salsa::tracked(returns(ref), no_eq)]
fn item_symbols<'db>(db: &'db dyn Db, item: Item<'db>) -> Result<Arc<Front>, CompileError> {
    let file = item.file(db);
    let name = filename(db, file);
    let lowered = optimize_item(db, item);
    if !lowered.errors.is_empty() {
        return Err(crate::compile::error_of(file.text(db), &name));
    }
    let env = item_context(db, item);
    let mut future = file_future(db, file).clone()?;
    let module = item.kind(db) == ItemKind::Module;
    if !module {
        future.lineno = 0;
    }
    let mut symbols = ItemSymbols::build(&lowered.ast, future, &env, module, &name)?;
    if module {
        for &c in item_children(db, item) {
            symbols.add_globals(&item_globals(db, c).clone()?);
        }
    }
    Ok(Arc::new(Front {
        ast: lowered,
        symbols,
    }))
}

/// What pass one needs of the enclosing scopes, from the item tree alone: the class names
/// are mangled with, and whether the item is inside a function. (A plain function, not a
/// query: every memo costs a check in each revision.)
fn item_context<'db>(db: &'db dyn Db, item: Item<'db>) -> ScopeEnv {
    let mut env = ScopeEnv::default();
    let mut at = item;
    while let Some(parent) = at.parent(db) {
        at = parent;
        match parent.kind(db) {
            ItemKind::Function => env.nested = true,
            ItemKind::Class if env.private.is_none() => {
                env.private = parent.path(db).0.last().map(|s| s.name.to_string());
            }
            _ => {}
        }
    }
    env
}

/// The names `global` statements in `item` and the items in it declare (CPython's symtable
/// marks them global in the module's block too).
#[salsa::tracked(returns(ref))]
fn item_globals<'db>(db: &'db dyn Db, item: Item<'db>) -> Result<Vec<String>, CompileError> {
    let mut out = item_symbols(db, item).clone()?.symbols.declared_globals();
    for &c in item_children(db, item) {
        out.extend(item_globals(db, c).clone()?);
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// The names the module binds by `import`.
#[salsa::tracked(returns(ref))]
fn module_imports(db: &dyn Db, file: SourceFile) -> Result<Vec<String>, CompileError> {
    let module = item_tree(db, file).items[0];
    Ok(item_symbols(db, module).clone()?.symbols.module_imports())
}

/// The environments of an item's children (from its own names and its environment).
#[salsa::tracked(returns(ref))]
fn child_envs<'db>(db: &'db dyn Db, item: Item<'db>) -> Result<Vec<ScopeEnv>, CompileError> {
    let front = item_symbols(db, item).clone()?;
    let env = item_env(db, item).clone()?;
    front.symbols.child_envs(&env, &filename(db, item.file(db)))
}

/// What the enclosing scopes give `item`: its parent's `child_envs` entry. A query, so that
/// when the parent's environments or the item's place among its siblings change (an item
/// added, removed or renamed), an item whose own environment is the same is not recompiled.
#[salsa::tracked(returns(ref))]
fn item_env<'db>(db: &'db dyn Db, item: Item<'db>) -> Result<ScopeEnv, CompileError> {
    let Some(parent) = item.parent(db) else {
        return Ok(ScopeEnv::default());
    };
    let tree = item_tree(db, item.file(db));
    let k = tree.position[tree.index_of(item)] as usize;
    let envs = child_envs(db, parent).clone()?;
    envs.get(k).cloned().ok_or_else(|| out_of_step(db, item))
}

fn out_of_step(db: &dyn Db, item: Item<'_>) -> CompileError {
    let file = item.file(db);
    crate::compile::error_of(file.text(db), &filename(db, file))
}

/// The children's interfaces, in order.
fn interfaces<'db>(
    db: &'db dyn Db,
    children: &[Item<'db>],
) -> Result<Vec<Interface>, CompileError> {
    children
        .iter()
        .map(|&c| item_interface(db, c).clone())
        .collect()
}

/// Pass two: the item's table analyzed in its environment, with its children's interfaces.
/// Run by both [`item_interface`] and [`item_code`] (cheap beside compiling; a query of its
/// own would be one more memo per item to check in every revision).
fn analyzed<'db>(
    db: &'db dyn Db,
    item: Item<'db>,
) -> Result<(ItemSymbols, ScopeEnv, Vec<Interface>, Interface), CompileError> {
    let mut symbols = item_symbols(db, item).clone()?.symbols.clone();
    let env = item_env(db, item).clone()?;
    let children = item_children(db, item);
    if children.len() != symbols.holes() {
        return Err(out_of_step(db, item));
    }
    let interfaces = interfaces(db, children)?;
    let interface = symbols.analyze(&env, &interfaces, &filename(db, item.file(db)))?;
    Ok((symbols, env, interfaces, interface))
}

/// What `item` passes up to its parent (its free variables).
#[salsa::tracked(returns(ref))]
pub fn item_interface<'db>(db: &'db dyn Db, item: Item<'db>) -> Result<Interface, CompileError> {
    analyzed(db, item).map(|(_, _, _, i)| i)
}

/// The item's code object: lines relative to the item, nested items as holes.
#[salsa::tracked(returns(ref))]
pub fn item_code<'db>(db: &'db dyn Db, item: Item<'db>) -> CodeResult {
    let (mut symbols, env, interfaces, _) = analyzed(db, item)?;
    if item.kind(db) != ItemKind::Module {
        symbols.set_module_imports(&module_imports(db, item.file(db)).clone()?);
    }
    let front = item_symbols(db, item).clone()?;
    let ast = &front.ast.ast;
    symbols
        .compile(
            ast,
            &env,
            &interfaces,
            &filename(db, item.file(db)),
            optimize(db),
        )
        .map(Arc::new)
}

/// The item's code placed in its file: the file's lines, the children's code in the holes.
/// `no_eq`: when it re-runs, its value has changed (a child's code or a line moved), and
/// comparing code objects deeply (the module's holds every function's) costs more than it
/// could save.
#[salsa::tracked(returns(ref), no_eq)]
pub fn item_placed<'db>(db: &'db dyn Db, item: Item<'db>) -> CodeResult {
    let placed = if item.kind(db) == ItemKind::Module {
        module_located(db, item).clone()?
    } else {
        Arc::new(located(db, item)?)
    };
    let children = item_children(db, item)
        .iter()
        .map(|&c| item_placed(db, c).clone())
        .collect::<Result<Vec<_>, _>>()?;
    fill(&placed, &children)
        .map(Arc::new)
        .ok_or_else(|| out_of_step(db, item))
}

/// The item's own code on the file's lines, its holes empty.
fn located<'db>(db: &'db dyn Db, item: Item<'db>) -> Result<CodeObject, CompileError> {
    let code = item_code(db, item).clone()?;
    let module = item.kind(db) == ItemKind::Module;
    Ok(place(&code, item.lines(db), item.start(db), module))
}

/// [`located`] for the module, a query: an edit inside a function fills the module's holes
/// again, and this keeps it from placing every top-level statement again too.
#[salsa::tracked(returns(ref), no_eq)]
fn module_located<'db>(db: &'db dyn Db, item: Item<'db>) -> CodeResult {
    located(db, item).map(Arc::new)
}

/// `compile(text, path, 'exec')` of `file`, assembled from its items' code (or the error the
/// whole-file compiler reports).
#[salsa::tracked(returns(ref), no_eq)]
pub fn module_code(db: &dyn Db, file: SourceFile) -> CodeResult {
    let tree = item_tree(db, file);
    if tree.syntax_errors {
        return Err(crate::compile::error_of(file.text(db), &filename(db, file)));
    }
    item_placed(db, tree.items[0])
        .clone()
        .map_err(|_| crate::compile::error_of(file.text(db), &filename(db, file)))
}

/// `code` (relative to an item) with the file's positions: every location table and
/// `co_firstlineno`, nested code objects included, holes left alone. A module's
/// `co_firstlineno` is 1 whatever its first statement's line.
fn place(code: &CodeObject, lines: &LineMap, start: Position, module: bool) -> CodeObject {
    let line = |l: u32| start.line + lines.real(l.max(1) - 1);
    let firstlineno = if module { 1 } else { line(code.firstlineno) };
    let entries: Vec<(LinePos, u32)> = Entries::new(&code.linetable, code.firstlineno)
        .map(|e| (map_pos(e.pos, lines, start), e.units))
        .collect();
    let mut out = CodeObject {
        firstlineno,
        linetable: encode(firstlineno, entries).into_boxed_slice(),
        ..code.clone()
    };
    let mut consts = std::mem::take(&mut out.consts).into_vec();
    for c in &mut consts {
        if let Const::Code(k) = c
            && &*k.filename != "\0hole"
        {
            *c = Const::Code(Arc::new(place(k, lines, start, false)));
        }
    }
    out.consts = consts.into_boxed_slice();
    out
}

fn map_pos(pos: LinePos, lines: &LineMap, start: Position) -> LinePos {
    // A module's RESUME is on line 0, before every line.
    let Some(line) = pos.line.filter(|&l| l > 0) else {
        return pos;
    };
    // The compiler's own position for a scope's first instruction (RESUME): its first line,
    // columns 0-0. No node of the item has it; its columns are not moved.
    if pos.col == Some(0) && pos.end_col == Some(0) && pos.end_line == pos.line {
        let l = start.line + lines.real(line - 1);
        return LinePos::new(l, 0, l, 0);
    }
    if let (Some(end_line), Some(col), Some(end_col)) = (pos.end_line, pos.col, pos.end_col) {
        let loc = lines.absolute(
            start,
            taipan_ast::Loc {
                lineno: line,
                col_offset: col,
                end_lineno: end_line,
                end_col_offset: end_col,
            },
        );
        return LinePos::new(
            loc.lineno,
            loc.col_offset,
            loc.end_lineno,
            loc.end_col_offset,
        );
    }
    let one = |l: u32, c: Option<u32>| {
        let real = lines.real(l.max(1) - 1);
        (
            start.line + real,
            c.map(|c| if real == 0 { c + start.col } else { c }),
        )
    };
    let (line, col) = one(line, pos.col);
    let (end_line, end_col) = match pos.end_line {
        Some(e) => {
            let (l, c) = one(e, pos.end_col);
            (Some(l), c)
        }
        None => (None, pos.end_col),
    };
    LinePos {
        line: Some(line),
        end_line,
        col,
        end_col,
    }
}

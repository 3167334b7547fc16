//! Pass two of the symbol table (CPython 3.11's `analyze_block` and helpers): every name of
//! every block gets its scope, from the block's own flags and the names bound and declared
//! global in the blocks around it. Free variables of children turn the enclosing function's
//! locals into cells and pass through class blocks (which do not bind for their methods, but
//! give them `__class__`). Raises the errors that need the enclosing scopes: `nonlocal` at
//! module level or without a binding, a name both `nonlocal` and `global`.

use rustc_hash::FxHashSet;
use taipan_ast::Identifier;

use super::error::{ErrorKind, SymtableError};
use super::flags::*;
use super::{Block, BlockId, BlockKind, SymbolTable};

type NameSet = FxHashSet<Identifier>;
type Result<T = ()> = std::result::Result<T, SymtableError>;

struct Analyzer<'t> {
    blocks: &'t mut [Block],
    names: &'t taipan_ast::Names,
    class_cell: Identifier,
    /// Per-item compilation (`super::item`): the item's block analyzed with the enclosing
    /// scopes' sets given instead of those of the wrapper module around it.
    root: Option<(BlockId, Option<NameSet>, NameSet)>,
    /// Per-item compilation: the hollowed nested items, not analyzed; their free variables
    /// (and whether they have any) given.
    holes: rustc_hash::FxHashMap<BlockId, (NameSet, bool)>,
    /// What the root block passed up as free.
    root_free: NameSet,
}

pub(super) fn analyze(table: &mut SymbolTable) -> Result {
    let class_cell = table.class_cell;
    let mut a = Analyzer {
        blocks: &mut table.blocks,
        names: &table.names,
        class_cell,
        root: None,
        holes: Default::default(),
        root_free: NameSet::default(),
    };
    let mut free = NameSet::default();
    let mut global = NameSet::default();
    a.analyze_block(BlockId::TOP, None, &mut free, &mut global)
}

/// Pass two for one item of a file (`super::item`): block `root` gets the enclosing scopes'
/// `bound` and `global` sets; each hole is a nested item's block, whose free variables are
/// given instead of analyzed. Returns the free variables `root` passes up.
pub(super) fn analyze_item(
    table: &mut SymbolTable,
    root: BlockId,
    bound: Option<NameSet>,
    global: NameSet,
    holes: rustc_hash::FxHashMap<BlockId, (NameSet, bool)>,
) -> Result<NameSet> {
    let class_cell = table.class_cell;
    let mut a = Analyzer {
        blocks: &mut table.blocks,
        names: &table.names,
        class_cell,
        root: Some((root, bound, global)),
        holes,
        root_free: NameSet::default(),
    };
    let mut free = NameSet::default();
    let mut global = NameSet::default();
    a.analyze_block(BlockId::TOP, None, &mut free, &mut global)?;
    Ok(if root == BlockId::TOP {
        free
    } else {
        a.root_free
    })
}

/// What block `id` of an item's table passes to its children, given the enclosing scopes'
/// `bound` and `global` sets: the names bound and global they see, and the scope of each of
/// the block's names. Runs the names pass alone, so it does not need the children.
pub(super) fn child_sets(
    table: &mut SymbolTable,
    id: BlockId,
    mut bound: Option<NameSet>,
    mut global: NameSet,
) -> Result<(NameSet, NameSet, Vec<Scope>)> {
    let class_cell = table.class_cell;
    let mut a = Analyzer {
        blocks: &mut table.blocks,
        names: &table.names,
        class_cell,
        root: None,
        holes: Default::default(),
        root_free: NameSet::default(),
    };
    let mut free = NameSet::default();
    let (scopes, newbound, newglobal) = a.names_pass(id, bound.as_mut(), &mut free, &mut global)?;
    Ok((newbound, newglobal, scopes))
}

impl Analyzer<'_> {
    /// The scope of each name of block `id`, and the sets of names bound and global that its
    /// children see (the first half of CPython's `analyze_block`).
    fn names_pass(
        &mut self,
        id: BlockId,
        mut bound: Option<&mut NameSet>,
        free: &mut NameSet,
        global: &mut NameSet,
    ) -> Result<(Vec<Scope>, NameSet, NameSet)> {
        let kind = self.blocks[id.index()].kind;
        let mut local = NameSet::default();
        let mut newglobal = NameSet::default();
        let mut newbound = NameSet::default();
        // A class's names are not visible in its methods: what they see is decided first.
        if kind == BlockKind::Class {
            newglobal.extend(global.iter().copied());
            if let Some(b) = bound.as_deref() {
                newbound.extend(b.iter().copied());
            }
        }
        let block = &self.blocks[id.index()];
        let mut scopes = Vec::with_capacity(block.symbols.len());
        let mut has_free = false;
        for (&name, &flags) in &block.symbols {
            let scope = analyze_name(
                block,
                self.names,
                name,
                flags,
                bound.as_deref_mut(),
                &mut local,
                free,
                global,
                &mut has_free,
            )?;
            scopes.push(scope);
        }
        if has_free {
            self.blocks[id.index()].free = true;
        }
        if kind != BlockKind::Class {
            if kind == BlockKind::Function {
                newbound.extend(local.iter().copied());
            }
            if let Some(b) = bound.as_deref() {
                newbound.extend(b.iter().copied());
            }
            newglobal.extend(global.iter().copied());
        } else {
            newbound.insert(self.class_cell);
        }
        Ok((scopes, newbound, newglobal))
    }

    fn analyze_block(
        &mut self,
        id: BlockId,
        mut bound: Option<&mut NameSet>,
        free: &mut NameSet,
        global: &mut NameSet,
    ) -> Result {
        let kind = self.blocks[id.index()].kind;
        let mut newfree = NameSet::default();
        let (mut scopes, newbound, newglobal) =
            self.names_pass(id, bound.as_deref_mut(), free, global)?;

        let mut allfree = NameSet::default();
        for i in 0..self.blocks[id.index()].children.len() {
            let child = self.blocks[id.index()].children[i];
            if let Some((hole_free, has_free)) = self.holes.get(&child) {
                allfree.extend(hole_free.iter().copied());
                if *has_free {
                    self.blocks[id.index()].child_free = true;
                }
                continue;
            }
            let given = match &self.root {
                Some((root, bound, global)) if *root == child => {
                    Some((bound.clone(), global.clone()))
                }
                _ => None,
            };
            let mut temp_free = newfree.clone();
            if let Some((mut temp_bound, mut temp_global)) = given {
                self.analyze_block(child, temp_bound.as_mut(), &mut temp_free, &mut temp_global)?;
                self.root_free = temp_free.clone();
            } else {
                let mut temp_bound = newbound.clone();
                let mut temp_global = newglobal.clone();
                self.analyze_block(
                    child,
                    Some(&mut temp_bound),
                    &mut temp_free,
                    &mut temp_global,
                )?;
            }
            allfree.extend(temp_free);
            let c = &self.blocks[child.index()];
            if c.free || c.child_free {
                self.blocks[id.index()].child_free = true;
            }
        }
        newfree.extend(allfree);

        let block = &mut self.blocks[id.index()];
        match kind {
            BlockKind::Function => analyze_cells(block, &mut scopes, &mut newfree),
            BlockKind::Class if newfree.remove(&self.class_cell) => {
                block.needs_class_closure = true;
            }
            _ => {}
        }
        update_symbols(block, &scopes, bound.as_deref(), &newfree);
        free.extend(newfree);
        Ok(())
    }
}

/// The scope of one name of `block` (CPython's `analyze_name`); updates the sets of names
/// bound locally, free and global.
#[allow(clippy::too_many_arguments)]
fn analyze_name(
    block: &Block,
    names: &taipan_ast::Names,
    name: Identifier,
    flags: u32,
    bound: Option<&mut NameSet>,
    local: &mut NameSet,
    free: &mut NameSet,
    global: &mut NameSet,
    has_free: &mut bool,
) -> Result<Scope> {
    if flags & DEF_GLOBAL != 0 {
        if flags & DEF_NONLOCAL != 0 {
            let message = format!("name '{}' is nonlocal and global", &names[name]);
            return Err(error_at_directive(block, name, message));
        }
        global.insert(name);
        if let Some(b) = bound {
            b.remove(&name);
        }
        return Ok(Scope::GlobalExplicit);
    }
    if flags & DEF_NONLOCAL != 0 {
        let Some(bound) = bound else {
            let message = "nonlocal declaration not allowed at module level".to_string();
            return Err(error_at_directive(block, name, message));
        };
        if !bound.contains(&name) {
            let message = format!("no binding for nonlocal '{}' found", &names[name]);
            return Err(error_at_directive(block, name, message));
        }
        *has_free = true;
        free.insert(name);
        return Ok(Scope::Free);
    }
    if flags & DEF_BOUND != 0 {
        local.insert(name);
        global.remove(&name);
        return Ok(Scope::Local);
    }
    // Bound in an enclosing function: free here.
    if bound.is_some_and(|b| b.contains(&name)) {
        *has_free = true;
        free.insert(name);
        return Ok(Scope::Free);
    }
    if global.contains(&name) {
        return Ok(Scope::GlobalImplicit);
    }
    if block.nested {
        *has_free = true;
    }
    Ok(Scope::GlobalImplicit)
}

/// The error of a `global`/`nonlocal` directive, at its first statement for `name`.
fn error_at_directive(block: &Block, name: Identifier, message: String) -> SymtableError {
    match block.directives.iter().find(|(n, _)| *n == name) {
        Some(&(_, loc)) => SymtableError::ranged(message, loc),
        None => SymtableError::other(
            ErrorKind::RuntimeError,
            "BUG: internal directive bookkeeping broken",
        ),
    }
}

/// Locals that a child uses freely become cells (and stop being free further out).
fn analyze_cells(block: &Block, scopes: &mut [Scope], free: &mut NameSet) {
    for (scope, name) in scopes.iter_mut().zip(block.symbols.keys()) {
        if *scope == Scope::Local && free.remove(name) {
            *scope = Scope::Cell;
        }
    }
}

/// Records the scopes in the flags words, then the children's free variables that pass
/// through this block (CPython's `update_symbols`).
fn update_symbols(block: &mut Block, scopes: &[Scope], bound: Option<&NameSet>, free: &NameSet) {
    for (flags, scope) in block.symbols.values_mut().zip(scopes) {
        *flags |= scope.bits();
    }
    let class = block.kind == BlockKind::Class;
    // CPython walks a set here (no defined order); sorted, the table is the same every run.
    let mut free: Vec<Identifier> = free.iter().copied().collect();
    free.sort_unstable();
    for name in free {
        if let Some(flags) = block.symbols.get_mut(&name) {
            // A method's free variable that the class binds too.
            if class && *flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                *flags |= DEF_FREE_CLASS;
            }
            continue;
        }
        if bound.is_some_and(|b| !b.contains(&name)) {
            continue; // a global
        }
        block.symbols.insert(name, Scope::Free.bits());
    }
}

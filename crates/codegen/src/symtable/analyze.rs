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
}

pub(super) fn analyze(table: &mut SymbolTable) -> Result {
    let class_cell = table.class_cell;
    let mut a = Analyzer {
        blocks: &mut table.blocks,
        names: &table.names,
        class_cell,
    };
    let mut free = NameSet::default();
    let mut global = NameSet::default();
    a.analyze_block(BlockId::TOP, None, &mut free, &mut global)
}

impl Analyzer<'_> {
    fn analyze_block(
        &mut self,
        id: BlockId,
        mut bound: Option<&mut NameSet>,
        free: &mut NameSet,
        global: &mut NameSet,
    ) -> Result {
        let kind = self.blocks[id.index()].kind;
        let mut local = NameSet::default();
        let mut newglobal = NameSet::default();
        let mut newfree = NameSet::default();
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

        let mut allfree = NameSet::default();
        for i in 0..self.blocks[id.index()].children.len() {
            let child = self.blocks[id.index()].children[i];
            let mut temp_bound = newbound.clone();
            let mut temp_free = newfree.clone();
            let mut temp_global = newglobal.clone();
            self.analyze_block(
                child,
                Some(&mut temp_bound),
                &mut temp_free,
                &mut temp_global,
            )?;
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

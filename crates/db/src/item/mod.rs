//! Items: the module, and every function and class in it at any depth, each with its own
//! syntax, AST and (later) code queries, keyed by a stable path.
//!
//! An item's id is its [`ItemPath`]: the names from the module down, each with its index among
//! the same-named items of its parent (`C.m`, `f#1` for the second `f`), as rust-analyzer's item
//! tree does. Editing one function leaves every other path alone.
//!
//! An item's syntax is its compact tree (module `compact`): its own statements, the headers of
//! the items nested in it with their bodies hollowed out, and no comments or blank lines. Its
//! positions live apart: [`Item::start`] (where it starts in the file) and [`Item::lines`] (the
//! compact lines back to the real ones). So an edit above an item changes its `start` and
//! nothing else, an edit inside a nested item's body changes that item alone, and comments and
//! blank lines change only line maps: [`item_ast`] reads `syntax` alone and is not re-run.

mod compact;
pub mod lines;
mod locs;

use std::fmt;
use std::sync::Arc;

use rowan::{GreenNode, NodeOrToken};
use rustc_hash::FxHashMap;
use taipan_ast::{Ast, Loc};
use taipan_syntax::{SyntaxError, SyntaxKind, SyntaxNode};

use crate::Db;
use crate::chunk::{Chunk, chunk_tree, chunks};
use crate::file::raw;
use crate::input::SourceFile;
use compact::{Found, compact, is_item};
pub use lines::{LineMap, Position};

/// One step of an item path: a name and its index among same-named siblings.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Segment {
    pub name: Arc<str>,
    pub index: u32,
}

/// An item's stable id within its file; empty for the module. Shared: one allocation per
/// item, clones are reference counts.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct ItemPath(pub Arc<[Segment]>);

impl Default for ItemPath {
    fn default() -> Self {
        ItemPath(Arc::new([]))
    }
}

impl ItemPath {
    fn child(&self, name: &Arc<str>, index: u32) -> ItemPath {
        let segment = Segment {
            name: name.clone(),
            index,
        };
        ItemPath(self.0.iter().cloned().chain([segment]).collect())
    }
}

impl fmt::Display for ItemPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("<module>");
        }
        for (i, s) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(".")?;
            }
            f.write_str(&s.name)?;
            if s.index > 0 {
                write!(f, "#{}", s.index)?;
            }
        }
        Ok(())
    }
}

/// What an item is.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum ItemKind {
    Module,
    Function,
    Class,
}

/// An item's compact syntax: one node, or for the module one compact MODULE per chunk.
/// Compared by pointer first: unchanged chunks hand out the very same nodes.
#[derive(Clone, Debug)]
pub enum ItemSyntax {
    Node(GreenNode),
    Module(Vec<GreenNode>),
}

fn same(a: &GreenNode, b: &GreenNode) -> bool {
    std::ptr::eq::<rowan::GreenNodeData>(&**a, &**b) || a == b
}

impl PartialEq for ItemSyntax {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (ItemSyntax::Node(a), ItemSyntax::Node(b)) => same(a, b),
            (ItemSyntax::Module(a), ItemSyntax::Module(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same(a, b))
            }
            _ => false,
        }
    }
}

impl Eq for ItemSyntax {}

impl ItemSyntax {
    /// The tree to lower: a MODULE (a function or class is wrapped in one).
    pub fn root(&self) -> SyntaxNode {
        let green = match self {
            ItemSyntax::Node(g) => g.clone(),
            ItemSyntax::Module(parts) => {
                let end = raw(SyntaxKind::ENDMARKER);
                let mut children = Vec::new();
                for (i, part) in parts.iter().enumerate() {
                    let last = i + 1 == parts.len();
                    for c in part.children() {
                        if last || c.kind() != end {
                            children.push(match c {
                                NodeOrToken::Node(n) => NodeOrToken::Node(n.to_owned()),
                                NodeOrToken::Token(t) => NodeOrToken::Token(t.to_owned()),
                            });
                        }
                    }
                }
                GreenNode::new(raw(SyntaxKind::MODULE), children)
            }
        };
        SyntaxNode::new_root(green)
    }
}

/// An item of a file, made by [`item_tree`]. Its path is its identity; the other fields are
/// tracked one by one, so a query reading one is not re-run when another changes.
#[salsa::tracked(debug)]
pub struct Item<'db> {
    /// The file the item is in (for the module-wide facts its later stages read).
    #[returns(copy)]
    pub file: SourceFile,
    #[returns(ref)]
    pub path: ItemPath,
    #[tracked]
    #[returns(copy)]
    pub kind: ItemKind,
    #[tracked]
    #[returns(ref)]
    pub syntax: ItemSyntax,
    #[tracked]
    #[returns(ref)]
    pub lines: LineMap,
    #[tracked]
    #[returns(copy)]
    pub start: Position,
    /// The item it is nested in (`None` for the module). A field, not a query: compared when
    /// the tree is rebuilt, so an item added, removed or renamed elsewhere leaves it equal and
    /// its readers are not re-run, with no memo to verify per item in every revision.
    #[tracked]
    #[returns(copy)]
    pub parent: Option<Item<'db>>,
}

#[salsa::tracked]
impl<'db> Item<'db> {
    /// A position of this item's AST as CPython gives it for the file.
    pub fn absolute(self, db: &'db dyn Db, loc: Loc) -> Loc {
        self.lines(db).absolute(self.start(db), loc)
    }
}

impl<'db> Item<'db> {
    /// The item's AST with CPython's positions for the file (the statements of nested items
    /// still end at their headers: their bodies are not there).
    pub fn absolute_ast(self, db: &'db dyn Db) -> Ast {
        let mut ast = item_ast(db, self).ast.clone();
        let (lines, start) = (self.lines(db), self.start(db));
        locs::map_locs(&mut ast, |loc| lines.absolute(start, loc));
        ast
    }
}

/// A file's items in source order (a parent before its children), the module first.
#[derive(Clone, PartialEq, Eq, Debug, salsa::SalsaValue)]
pub struct ItemTree<'db> {
    pub items: Vec<Item<'db>>,
    /// The file has a tokenizer or parser error (compiling it raises that error).
    pub syntax_errors: bool,
    /// Each item's index in `items`.
    pub index: FxHashMap<Item<'db>, u32>,
    /// The indices of each item's children, in order: those of item `i` are
    /// `child_list[child_start[i]..child_start[i + 1]]` (two allocations for the whole tree).
    pub child_start: Vec<u32>,
    pub child_list: Vec<u32>,
    /// Each item's place among its parent's children (the module's is 0).
    pub position: Vec<u32>,
}

impl<'db> ItemTree<'db> {
    /// `item`'s index in [`ItemTree::items`] (0, the module, for an item of another tree).
    pub fn index_of(&self, item: Item<'db>) -> usize {
        self.index.get(&item).map_or(0, |&i| i as usize)
    }

    /// The indices of item `i`'s children, in order.
    pub fn children_of(&self, i: usize) -> &[u32] {
        &self.child_list[self.child_start[i] as usize..self.child_start[i + 1] as usize]
    }
}

/// An item found in a chunk, before it has a path.
#[derive(Debug)]
pub struct LocalItem {
    parent: Option<u32>,
    kind: ItemKind,
    name: Arc<str>,
    syntax: GreenNode,
    lines: LineMap,
    /// Line (0-based from the chunk's start) and column of the item's first token.
    line: u32,
    col: u32,
}

/// The items of one chunk and the chunk's own compact syntax.
#[derive(Debug)]
pub struct ChunkItems {
    module: GreenNode,
    module_lines: LineMap,
    module_breaks: u32,
    items: Vec<LocalItem>,
    /// The chunk did not parse cleanly.
    errors: bool,
}

/// Compacts a chunk and every item in it. Keyed by the chunk's text: run once per text.
#[salsa::tracked(returns(ref), no_eq)]
pub fn chunk_items<'db>(db: &'db dyn Db, chunk: Chunk<'db>) -> ChunkItems {
    let parse = chunk_tree(db, chunk);
    let c = compact(parse.green());
    let mut items = Vec::new();
    for found in c.children {
        local(None, 0, found, &mut items);
    }
    ChunkItems {
        module: c.green,
        module_lines: c.lines,
        module_breaks: c.breaks,
        items,
        errors: !parse.errors().is_empty(),
    }
}

fn local(parent: Option<u32>, base_line: u32, found: Found, items: &mut Vec<LocalItem>) {
    let c = compact(&found.green);
    let line = base_line + found.line;
    let index = items.len() as u32;
    let name_kind = raw(SyntaxKind::NAME);
    let name = found
        .green
        .children()
        .find_map(|c| c.into_token().filter(|t| t.kind() == name_kind))
        .map_or("", |t| t.text());
    items.push(LocalItem {
        parent,
        kind: if found.green.kind() == raw(SyntaxKind::CLASS_DEF) {
            ItemKind::Class
        } else {
            ItemKind::Function
        },
        name: name.into(),
        syntax: GreenNode::new(raw(SyntaxKind::MODULE), [NodeOrToken::Node(c.green)]),
        lines: c.lines,
        line,
        col: found.col,
    });
    debug_assert!(is_item(found.green.kind()));
    for child in c.children {
        local(Some(index), line, child, items);
    }
}

/// The file's items, with their paths, syntax and positions.
#[salsa::tracked(returns(ref))]
pub fn item_tree<'db>(db: &'db dyn Db, file: SourceFile) -> ItemTree<'db> {
    let placed = chunks(db, file);
    // The module first (its syntax is every chunk's own part), so that each item is made after
    // the item it is nested in and can name it.
    let mut module_parts = Vec::with_capacity(placed.len());
    let mut module_lines = LineMap::default();
    let mut compact_line = 0;
    let mut syntax_errors = false;
    for p in placed {
        let ci = chunk_items(db, p.chunk);
        syntax_errors |= ci.errors;
        module_parts.push(ci.module.clone());
        module_lines.append(&ci.module_lines, compact_line, p.line);
        compact_line += ci.module_breaks;
    }
    let module = Item::new(
        db,
        file,
        ItemPath::default(),
        ItemKind::Module,
        ItemSyntax::Module(module_parts),
        module_lines,
        Position { line: 1, col: 0 },
        None,
    );
    let mut paths = vec![ItemPath::default()];
    let mut items = vec![module];
    // The index of each item's parent (the module's is 0, itself).
    let mut parents = vec![0u32];
    let mut counters: FxHashMap<(u32, &str), u32> = FxHashMap::default();
    counters.reserve(placed.len());
    for p in placed {
        let ci = chunk_items(db, p.chunk);
        let first = paths.len() as u32;
        for li in &ci.items {
            let parent = li.parent.map_or(0, |l| first + l);
            let n = counters.entry((parent, &li.name)).or_insert(0);
            let path = paths[parent as usize].child(&li.name, *n);
            *n += 1;
            let start = Position {
                line: p.line + li.line + 1,
                col: li.col,
            };
            items.push(Item::new(
                db,
                file,
                path.clone(),
                li.kind,
                ItemSyntax::Node(li.syntax.clone()),
                li.lines.clone(),
                start,
                Some(items[parent as usize]),
            ));
            paths.push(path);
            parents.push(parent);
        }
    }
    let index = items
        .iter()
        .enumerate()
        .map(|(i, &it)| (it, i as u32))
        .collect();
    // Children lists by counting sort on the parent index (items are in source order, so
    // each list comes out in order).
    let n = items.len();
    let mut child_start = vec![0u32; n + 1];
    for &p in parents.iter().skip(1) {
        child_start[p as usize + 1] += 1;
    }
    for i in 0..n {
        child_start[i + 1] += child_start[i];
    }
    let mut fill = child_start.clone();
    let mut child_list = vec![0u32; n.saturating_sub(1)];
    let mut position = vec![0u32; n];
    for (i, &p) in parents.iter().enumerate().skip(1) {
        let slot = &mut fill[p as usize];
        position[i] = *slot - child_start[p as usize];
        child_list[*slot as usize] = i as u32;
        *slot += 1;
    }
    ItemTree {
        items,
        syntax_errors,
        index,
        child_start,
        child_list,
        position,
    }
}

/// The items directly nested in `item`, in source order. A query of its own, so that a
/// change to the tree elsewhere (an item added, removed or renamed) is backdated here and does
/// not reach the queries that ask it.
#[salsa::tracked(returns(ref))]
pub fn item_children<'db>(db: &'db dyn Db, item: Item<'db>) -> Vec<Item<'db>> {
    let tree = item_tree(db, item.file(db));
    tree.children_of(tree.index_of(item))
        .iter()
        .map(|&j| tree.items[j as usize])
        .collect()
}

/// An item's AST: positions on its compact text (see [`Item::absolute`]), the bodies of nested
/// items empty, and the errors found while lowering it.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct ItemAst {
    pub ast: Ast,
    pub errors: Vec<SyntaxError>,
}

/// Lowers an item's compact syntax. Reads the item's `syntax` and nothing else.
#[salsa::tracked(returns(ref))]
pub fn item_ast<'db>(db: &'db dyn Db, item: Item<'db>) -> ItemAst {
    let root = item.syntax(db).root();
    let text = root.text().to_string();
    let lowered = taipan_ast::lower_module(&root, &text);
    ItemAst {
        ast: lowered.ast,
        errors: lowered.errors,
    }
}

//! taipan's database: salsa holds the source files as inputs and every stage as a tracked
//! query, so that after an edit only what the edit can change is computed again.
//!
//! # The queries
//!
//! ```text
//! SourceFile (input: path, text, exists)          SearchPath (input) -> module(name)
//!   -> chunks(file)            the text cut at top-level statements; each piece interned
//!        -> chunk_tokens(chunk) -> chunk_tree(chunk) -> chunk_clean(chunk)   keyed by text
//!        -> tokens(file), tree(file) -> ast(file)          whole-file views, stitched
//!        -> chunk_items(chunk)  compact syntax of the piece and of every item in it
//!   -> item_tree(file)         one Item per module/function/class, by stable path
//!        Item { path | kind, syntax, lines, start }       (| = tracked field by field)
//!   -> item_ast(item) -> item_optimized(item) -> item_symbols(item) (symbol table, pass one)
//!                        ^ future_annotations(file)      -> item_code(item)  (lines relative)
//!      item_context/item_env (top-down), item_globals/item_interface (bottom-up): name sets
//!   -> item_placed(item)   item_code mapped to the file's lines, children's code in its holes
//!                          (the module's own code mapped by module_located, kept across edits)
//!   -> module_code(file)   the module's code object (= compile(text, path, 'exec'))
//!   code(file)             the same, from the whole-file compiler (the reference; errors)
//! ```
//!
//! # Why it is shaped so
//!
//! The rule to meet: an edit inside one function body re-runs the later stages (AST, optimized
//! AST, code) of that function alone, and an edit of whitespace or comments re-runs nothing
//! past the tree. Three things stand in the way, and each has its answer.
//!
//! 1. **Parsing is per file.** Re-tokenizing and re-parsing 10,000 lines for a one-line edit
//!    would cost more than everything after it. So the front end runs per *chunk* (module
//!    `chunk`): the file is cut before each line that starts a new top-level statement, and
//!    each piece is interned by its text and tokenized and parsed alone. An edit re-parses
//!    the piece it falls in; every other piece interns to the same chunk and reuses its memo.
//!    Cuts are proposed by a byte scan and confirmed by the tokenizer and parser (a piece with
//!    an error runs to the end of the file), so the stitched tokens and tree equal those of the
//!    whole text (checked by `tests/stitch.rs`).
//! 2. **A function contains functions.** Each function and class is an [`Item`] whose syntax is
//!    its compact tree: its own statements, with the bodies of the items nested in it hollowed
//!    out. The module's compact tree holds the top-level statements and def/class headers, a
//!    function's holds its body and the headers of its nested defs. Editing `g` inside `f`
//!    changes `g`'s syntax only. Ids are rust-analyzer's item-tree ids: the path of names, each
//!    with its index among same-named siblings ([`ItemPath`]), so they survive edits elsewhere.
//! 3. **Positions move.** A line added above a function shifts every position in it; so an
//!    item's AST is lowered from its compact text, where lines count from the item's first
//!    line and nested bodies, blank lines and comment-only lines are gone (comments and
//!    trailing whitespace too: dropping them moves no token). Where the item sits is apart:
//!    [`Item::start`] (its first line and column) and [`Item::lines`] (compact lines back to
//!    real ones), each a tracked field of its own, cheap to recompute and read by nobody that
//!    lowers. [`Item::absolute`] gives CPython's positions back. Code objects are made the
//!    same way: `item_code` is compiled from the item's AST, its location table relative to
//!    the item; `item_placed` maps every position (and `co_firstlineno`) through `lines` and
//!    `start`, so a moved function is placed again, not recompiled (module `codegen`).
//! 4. **Scopes cross items.** A function's code depends on the enclosing scopes (names bound
//!    there become its free variables) and on the items nested in it (their free variables
//!    make its locals cells). `taipan_codegen::item` compiles one scope given these as small
//!    sets of names: the environment (top-down) and the nested items' interfaces (bottom-up),
//!    each a query whose value an edit inside a body rarely changes, so salsa backdates it and
//!    the neighbours are not recompiled. The assembled module equals the whole-file compiler's
//!    output byte for byte (`tests/item_code.rs`: `tests/data/codegen` and every top-level
//!    stdlib module).
//!
//! What re-runs after an edit, then (`tests/incremental.rs` shows it from salsa's event log):
//! `chunks`, the edited chunk's `chunk_tokens`/`chunk_tree`/`chunk_clean`/`chunk_items`,
//! `item_tree` (which re-creates the items and compares their fields),
//! `item_ast`/`item_optimized`/`item_symbols`/`item_interface`/`item_code` of the items whose
//! compact syntax changed (the edited function only, or none for a whitespace or comment
//! edit), `item_placed` of that item, of the items whose lines moved and of the enclosing
//! items up to the module, and `module_code`. Whitespace inside a line moves columns,
//! which are in the AST: that item re-lowers. Errors of an item's lowering carry ranges in its
//! compact text; the whole-file [`ast`] query reports a file's errors with real positions.
//!
//! The optimizer runs per item with CPython's options (module `optimize`); the module's `from
//! __future__ import annotations` flag, which an item's AST has not, is a query of its own
//! (`future_annotations`), passed in. Known limit: chunks are only as fine as top-level
//! statements: an edit inside a method re-parses its whole class.
//!
//! Users: the `taipan` command runs programs through [`module_code`] (its `loader.rs`
//! implements the VM's `CodeLoader`: the main file and every imported file), `taipan watch`
//! draws from it, and [`CompileOptions`] carries `-O`.
//!
//! Modules: `input` (the inputs), `database` (storage, files, event log), `chunk`, `file` (the
//! whole-file stages), `item` (items, compact syntax, line maps, item ASTs), `optimize` (the
//! optimizer seam), `codegen` (code per item, placed and assembled), `compile` (the whole-file
//! `code` query), `imports` (module lookup), `log` (the event log made readable).

mod chunk;
mod codegen;
mod compile;
mod database;
mod file;
mod imports;
mod input;
pub mod item;
pub mod log;
mod optimize;

pub use chunk::{Chunk, Placed, chunk_tokens, chunk_tree, chunks};
pub use codegen::{file_future, item_code, item_interface, item_placed, module_code};
pub use compile::code;
pub use database::{Database, Db};
pub use file::{Tree, ast, tokens, tree};
pub use imports::{ModuleName, module};
pub use input::{CompileOptions, SearchPath, SourceFile};
pub use item::{Item, ItemAst, ItemKind, ItemPath, ItemTree, item_ast, item_tree};
pub use optimize::{future_annotations, item_optimized};

/// Brings the file's code up to date as running it asks (every item's code, assembled into
/// the module's: [`module_code`]); returns the number of items.
pub fn compile_file(db: &dyn Db, file: SourceFile) -> usize {
    let _ = module_code(db, file);
    item_tree(db, file).items.len()
}

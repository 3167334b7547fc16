//! taipan's AST optimizer: CPython 3.11's `Python/ast_opt.c`, transformation for
//! transformation, plus safe dead-branch removal, over a [`taipan_ast::Ast`] rewritten in place.
//!
//! What CPython 3.11 does (and so does [`optimize`] with the default [`Options`] less
//! `dead_code`):
//! - folds unary and binary operations on constants (`fold_unaryop`, `fold_binop`) with the
//!   operator semantics of `taipan-numeric`, never what raises (`1/0` stays) and never past
//!   CPython's size limits (ints of 128 bits, collections of 256 items or 1024 nested, strings of
//!   4096 characters: `safe_multiply`, `safe_power`, `safe_lshift`; `str % x` is never folded);
//! - turns `'%s %r' % (a, b)` into a `JoinedStr` (`optimize_format`, `%s`/`%r`/`%a` with flags,
//!   width and precision only);
//! - folds tuples of constants (`fold_tuple`) and constant subscripts (`fold_subscr`);
//! - turns the iterable of `for` and of comprehensions, and the right operand of a last `in` /
//!   `not in`, from a list into a tuple and from a list or set of constants into a constant tuple
//!   or frozenset (`fold_iter`, `fold_compare`);
//! - `not a in b` into `a not in b` (and `is`/`is not`, `in`/`not in` alike);
//! - `__debug__` into `True` (`False` with `-O`);
//! - keeps a docstring a docstring and nothing else one (`astfold_body`'s `JoinedStr` guard);
//! - leaves annotations alone under `from __future__ import annotations`;
//! - stops with `RecursionError` past CPython's depth (3000 nested nodes).
//!
//! Beyond CPython, with [`Options::dead_code`]: the dead branch of an `if` whose test folded to a
//! constant, the body of a `while` whose test is false and the `else` of a `while` whose test is
//! true are removed when that is unobservable (module `dead` says when: what would change the
//! scopes of names, make a function a generator or hide a compile error stays, under an
//! `if False:` the compiler emits nothing for).
//!
//! Every rewrite is recorded as a [`Change`]: a named [`Transform`], the node's position, and
//! the node before and after, for the inspection tool.
//!
//! Modules: `constants` (the constants reachable from the root), `walk` (the traversal and its state), `fold` (the folds and CPython's limits),
//! `format` (`%`-formatting into f-strings), `dead` (dead branches), `transform` (the log).

mod constants;
mod dead;
mod fold;
mod format;
mod transform;
mod walk;

use taipan_ast::Ast;

pub use constants::constants;
pub use transform::{Change, Transform};
pub use walk::future_annotations;

/// What the optimizer may do.
#[derive(Clone, Debug)]
pub struct Options {
    /// Python's `-O` level: 0 makes `__debug__` `True`, 1 or more `False`.
    pub optimize: u8,
    /// Remove dead branches (beyond CPython).
    pub dead_code: bool,
    /// Record each change in [`Optimized::changes`] (costs a rendering per change).
    pub log: bool,
    /// Whether the module has `from __future__ import annotations` (annotations then stay as
    /// they are). `None`: read it from the tree, which must then be the whole module; the
    /// database gives it for the pieces of a module it optimizes apart (function bodies).
    pub future_annotations: Option<bool>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            optimize: 0,
            dead_code: true,
            log: true,
            future_annotations: None,
        }
    }
}

impl Options {
    /// Exactly what CPython 3.11 does (`compile()` at `-O0`), logged.
    pub fn cpython() -> Self {
        Options {
            dead_code: false,
            ..Options::default()
        }
    }
}

/// An error that stops compilation, as CPython raises it from the optimizer.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct OptError {
    /// The exception class (`"RecursionError"`).
    pub kind: &'static str,
    pub message: &'static str,
}

/// What the optimizer did.
#[derive(Clone, Debug, Default)]
pub struct Optimized {
    /// In the order they were made (children before parents).
    pub changes: Vec<Change>,
    /// Set when the tree is too deep: the nodes past the limit were left as they were.
    pub error: Option<OptError>,
}

/// Optimizes `ast` in place.
pub fn optimize(ast: &mut Ast, options: &Options) -> Optimized {
    walk::Optimizer::new(ast, options).run()
}

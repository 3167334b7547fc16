//! The `_ast` module (CPython's `Python/Python-ast.c`): the `AST` base class and every node
//! class of 3.11's ASDL (made at import from the generated table `nodes.rs`), the
//! `PyCF_ONLY_AST`/`PyCF_TYPE_COMMENTS`/`PyCF_ALLOW_TOP_LEVEL_AWAIT` constants, and the two
//! conversions `compile()` uses: taipan's AST to Python objects (`to_py`, for `ast.parse`) and
//! Python objects back to taipan's AST with CPython's checks (`from_py`, for
//! `compile(tree, ...)`).
//!
//! Files: `table` (the table's types), `nodes` (the generated table), `classes` (the classes,
//! `AST.__init__`/`__reduce__` and the per-interpreter [`AstState`]), `to_py`, `from_py`
//! (nodes) with `from_py_leaf` (identifiers, constants, operators), `validate` (the
//! expression contexts).

mod classes;
pub mod from_py;
mod from_py_leaf;
mod nodes;
mod table;
pub mod to_py;
mod validate;

pub use classes::{AstState, state};

use taipan_object::{ObjRef, PyResult, ThreadState};

/// `PyCF_ONLY_AST`: `compile()` returns the tree instead of code.
pub const PYCF_ONLY_AST: i64 = 0x0400;
/// `PyCF_TYPE_COMMENTS`: keep `# type:` comments in the tree.
pub const PYCF_TYPE_COMMENTS: i64 = 0x1000;
/// `PyCF_ALLOW_TOP_LEVEL_AWAIT`.
pub const PYCF_ALLOW_TOP_LEVEL_AWAIT: i64 = 0x2000;

/// Makes the `_ast` module.
pub fn make(ts: &ThreadState) -> ObjRef {
    let m = ts.new_builtin_module("_ast", &[]);
    let st = classes::state_or_init(ts);
    let d = m
        .downcast::<taipan_object::types::module::PyModule>()
        .expect("module")
        .dict();
    let d = d
        .downcast::<taipan_object::types::dict::PyDict>()
        .expect("dict");
    let _ = d.set_item_str(ts, "AST", st.ast.clone());
    for (c, cls) in nodes::CLASSES.iter().zip(st.classes.iter()) {
        let _ = d.set_item_str(ts, c.name, cls.clone());
    }
    for (name, v) in [
        ("PyCF_ONLY_AST", PYCF_ONLY_AST),
        ("PyCF_TYPE_COMMENTS", PYCF_TYPE_COMMENTS),
        ("PyCF_ALLOW_TOP_LEVEL_AWAIT", PYCF_ALLOW_TOP_LEVEL_AWAIT),
    ] {
        let _ = d.set_item_str(ts, name, ts.new_int(v));
    }
    m
}

/// `compile(text, filename, mode, PyCF_ONLY_AST)`: the parsed (not optimized) tree as
/// Python objects; a `SyntaxError` as `compile()` raises it.
pub fn parse(
    ts: &ThreadState,
    text: &str,
    filename: &str,
    mode: taipan_ast::Mode,
) -> PyResult<ObjRef> {
    let lowered = (!text.contains('\0')).then(|| taipan_ast::parse(text, mode));
    let Some(lowered) = lowered.filter(|l| l.errors.is_empty()) else {
        // The compiler raises the same error `compile()` does.
        crate::compile::compile_text(ts, text, filename, mode, 0)?;
        return Err(ts.system_error("parse error without an error"));
    };
    crate::traceback::remember_source(filename, text);
    to_py::module(ts, &lowered.ast)
}

/// Whether `o` is an `ast.AST` instance (no `_ast` classes made yet: no).
pub fn is_ast(ts: &ThreadState, o: &ObjRef) -> PyResult<bool> {
    match classes::existing() {
        Some(st) => taipan_object::abstract_::is_instance(ts, o, &st.ast),
        None => Ok(false),
    }
}

/// `compile(tree, filename, mode)`: the tree converted (with CPython's checks), optimized and
/// compiled to a code object.
pub fn compile_tree(
    ts: &ThreadState,
    tree: &ObjRef,
    filename: &str,
    mode: taipan_ast::Mode,
    optimize: u8,
) -> PyResult<ObjRef> {
    let mut ast = from_py::to_ast(ts, tree, mode)?;
    validate::check_contexts(ts, &ast)?;
    validate::check_patterns(ts, &ast)?;
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let options = taipan_opt::Options {
            optimize,
            log: false,
            ..taipan_opt::Options::cpython()
        };
        let opt = taipan_opt::optimize(&mut ast, &options);
        if let Some(e) = opt.error {
            return Err(Err(e.message.to_string()));
        }
        taipan_codegen::compile_ast(&ast, filename, optimize).map_err(Ok)
    }));
    match result {
        Ok(Ok(code)) => Ok(ts.new_code(std::sync::Arc::new(code))),
        Ok(Err(Ok(e))) => Err(crate::compile_error(ts, &e)),
        Ok(Err(Err(msg))) => Err(ts.recursion_error(msg)),
        Err(_) => Err(ts.system_error("compile(): internal error on this AST")),
    }
}

/// Every flag `compile()` accepts: the `__future__` features (`CO_FUTURE_*`), `CO_NESTED`
/// and the `PyCF_*` compiler flags.
pub const PYCF_KNOWN_FLAGS: i64 = 0x1FE_0000
    | 0x10
    | 0x0200
    | PYCF_ONLY_AST
    | PYCF_TYPE_COMMENTS
    | PYCF_ALLOW_TOP_LEVEL_AWAIT
    | 0x4000;

//! Parsing for CPython's other compile modes, as `ast.parse(source, mode=...)` takes them:
//! `'eval'` (one expression list: `eval()`), `'single'` (one interactive statement: the REPL)
//! and `'func_type'` (a signature type comment, `(int, str) -> bool`). `'exec'` is
//! [`crate::parse`]. The grammar of each is in `grammar/entry.rs`; the tree's root is a MODULE
//! node in every mode, lossless as always.

use crate::{Parse, grammar, parse_with};

/// `mode='eval'`: `expressions NEWLINE* ENDMARKER`. The root holds one expression node (a
/// Tuple for `a, b`).
pub fn parse_expression(text: &str) -> Parse {
    parse_with(
        text,
        &taipan_tokenizer::tokenize(text),
        grammar::entry::eval_input,
    )
}

/// `mode='single'`: one statement (simple statements on one line, or one compound
/// statement), the root holding its statement nodes.
pub fn parse_interactive(text: &str) -> Parse {
    parse_with(
        text,
        &taipan_tokenizer::tokenize(text),
        grammar::entry::statement_newline,
    )
}

/// `mode='func_type'`: `'(' [type_expressions] ')' '->' expression`. The root holds the
/// argument types' expression nodes (with bare `*`/`**` tokens before the starred ones), then
/// the return type's.
pub fn parse_func_type(text: &str) -> Parse {
    parse_with(
        text,
        &taipan_tokenizer::tokenize(text),
        grammar::entry::func_type_input,
    )
}

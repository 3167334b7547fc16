//! The four modes of `ast.parse(source, mode=...)`: which parser entry point runs and which
//! root the lowering builds (`Module`, `Expression`, `Interactive`, `FunctionType`).

use taipan_syntax::SyntaxNode;

use super::{Lowered, Lowerer, expr_children, merge_errors};
use crate::Mod;

/// What the source is, as CPython's compile modes name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mode {
    /// `'exec'`: a module.
    Exec,
    /// `'eval'`: one expression (list), for `eval()`.
    Eval,
    /// `'single'`: one interactive statement, for the REPL.
    Single,
    /// `'func_type'`: a signature type comment, `(int, str) -> bool`.
    FuncType,
}

impl Mode {
    /// The name `ast.parse` takes.
    pub fn name(self) -> &'static str {
        match self {
            Mode::Exec => "exec",
            Mode::Eval => "eval",
            Mode::Single => "single",
            Mode::FuncType => "func_type",
        }
    }

    /// The mode of an `ast.parse` name.
    pub fn from_name(name: &str) -> Option<Mode> {
        [Mode::Exec, Mode::Eval, Mode::Single, Mode::FuncType]
            .into_iter()
            .find(|m| m.name() == name)
    }
}

/// `ast.parse(text, mode=...)`: parses with the mode's entry point and lowers; the parser's
/// errors come first, then the lowering's.
pub fn parse(text: &str, mode: Mode) -> Lowered {
    let parse = match mode {
        Mode::Exec => taipan_syntax::parse(text),
        Mode::Eval => taipan_syntax::parse_expression(text),
        Mode::Single => taipan_syntax::parse_interactive(text),
        Mode::FuncType => taipan_syntax::parse_func_type(text),
    };
    let lowered = lower(&parse.syntax_node(), text, mode);
    merge_errors(parse.errors(), lowered)
}

/// Lowers the root of a tree that the parser's entry point for `mode` built from `text`.
pub fn lower(root: &SyntaxNode, text: &str, mode: Mode) -> Lowered {
    let mut cx = Lowerer::new(text);
    cx.ast.root = match mode {
        Mode::Exec => Mod::Module {
            body: cx.block_stmts(root),
            type_ignores: Vec::new(),
        },
        Mode::Single => Mod::Interactive {
            body: cx.block_stmts(root),
        },
        Mode::Eval => Mod::Expression {
            body: cx.first_expr(root),
        },
        Mode::FuncType => {
            let mut types: Vec<_> = expr_children(root).map(|e| cx.expr(&e)).collect();
            let returns = match types.pop() {
                Some(r) => r,
                None => cx.missing_expr(cx.loc_of(root)),
            };
            Mod::FunctionType {
                argtypes: types,
                returns,
            }
        }
    };
    Lowered {
        ast: cx.ast,
        errors: cx.errors,
    }
}

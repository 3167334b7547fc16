//! The seam between the REPL and whatever runs Python: the [`Evaluator`] trait (the VM's is
//! `super::vm::VmEvaluator`), and [`AstEvaluator`] (`taipan --show-ast`), which shows each
//! statement's AST instead of running it.

use taipan_ast::Mode;

use crate::style;
use crate::views::{Format, ast};

/// What became of one statement.
pub enum Outcome {
    /// It ran; what it printed (the echoed value, through `sys.displayhook`, included) has been
    /// written already.
    Done,
    /// It raised (a `SyntaxError` included): the report, as CPython prints it, for stderr (an
    /// evaluator that writes its reports itself returns `Done`).
    Raised(String),
    /// It raised `SystemExit`: the REPL ends with this status.
    Exit(u8),
}

/// Runs the REPL's statements, one at a time, in one `__main__` namespace.
pub trait Evaluator {
    /// The banner's second line.
    fn banner(&self) -> String {
        "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.".into()
    }

    /// Compiles `source` (one statement, as `compile(source, '<stdin>', mode)`; the REPL passes
    /// `Mode::Single`) and runs it.
    fn eval(&mut self, source: &str, mode: Mode) -> Outcome;
}

/// Shows the AST of each statement (as `taipan ast --mode single` does) in place of running it.
pub struct AstEvaluator;

impl Evaluator for AstEvaluator {
    fn banner(&self) -> String {
        "--show-ast: each statement is shown as its AST, not run.".into()
    }

    fn eval(&mut self, source: &str, mode: Mode) -> Outcome {
        let lowered = taipan_ast::parse(source, mode);
        let (out, errors) = ast::render_lowered(&lowered, Format::Text, false);
        style::print(&out);
        if errors.is_empty() {
            Outcome::Done
        } else {
            // CPython raises the first error only.
            Outcome::Raised(taipan_diagnostics::render(
                "<stdin>",
                source,
                &errors[..1],
                style::stderr_color(),
            ))
        }
    }
}

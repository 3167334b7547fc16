//! [`VmEvaluator`]: the REPL's statements run on the VM, in one `__main__`, as CPython's REPL
//! runs them: compiled in `'single'` mode (an expression statement's value goes through
//! `sys.displayhook`, `PRINT_EXPR`), uncaught exceptions reported on stderr and the session going
//! on, `SystemExit` ending it with its status.

use std::sync::Arc;

use taipan_ast::Mode;
use taipan_vm::Interpreter;

use super::evaluator::{Evaluator, Outcome};

/// The VM's interpreter of this thread, with `sys.argv == ['']` as in CPython's REPL.
pub struct VmEvaluator {
    interpreter: Interpreter,
}

impl VmEvaluator {
    pub fn new() -> Self {
        VmEvaluator {
            interpreter: Interpreter::new(&[String::new()]),
        }
    }
}

impl Evaluator for VmEvaluator {
    fn eval(&mut self, source: &str, mode: Mode) -> Outcome {
        let interp = &self.interpreter;
        let ts = interp.ts;
        let result = match taipan_codegen::compile_source(source, "<stdin>", mode, 0) {
            Ok(code) => interp.run_code(Arc::new(code)),
            Err(e) => Err(taipan_vm::compile_error(ts, &e)),
        };
        let outcome = match result {
            Ok(_) => Outcome::Done,
            Err(e) if e.matches(&ts.exc.system_exit) => {
                Outcome::Exit(interp.report(e).clamp(0, 255) as u8)
            }
            // The VM writes the traceback itself, as CPython's REPL does.
            Err(e) => {
                interp.report(e);
                Outcome::Done
            }
        };
        taipan_vm::builtins::flush_stdout();
        outcome
    }
}

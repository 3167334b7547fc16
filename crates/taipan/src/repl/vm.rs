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
        Self::with_argv(&[String::new()])
    }

    /// An interpreter whose `sys.argv` is `argv` (`taipan -i FILE ARGS`).
    pub fn with_argv(argv: &[String]) -> Self {
        let interpreter = Interpreter::new(argv);
        interpreter.install_signals();
        VmEvaluator { interpreter }
    }

    /// Runs a program in `__main__` before the prompt (`taipan -i`): an uncaught exception,
    /// `SystemExit` included, is reported with its traceback and the session goes on, as
    /// `python3 -i` does.
    pub fn run_program(&mut self, text: &str, filename: &str) {
        let interp = &self.interpreter;
        let ts = interp.ts;
        taipan_vm::traceback::remember_source(filename, text);
        if !filename.starts_with('<')
            && let Some(d) = interp
                .main_dict()
                .downcast::<taipan_object::types::dict::PyDict>()
        {
            let _ = d.set_item_str(ts, "__file__", ts.new_str(filename));
        }
        if let Err(e) = interp
            .compile(text, filename)
            .and_then(|c| interp.run_code(c))
        {
            let exc = e.into_value();
            taipan_vm::builtins::flush_stdout();
            taipan_vm::sys::hooks::report_uncaught(ts, &exc);
        }
        taipan_vm::builtins::flush_stdout();
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

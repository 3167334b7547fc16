//! The REPL, run by a bare `taipan` on a terminal (or `taipan -i` with piped input): `>>> ` and
//! `... ` prompts, blocks gathered as CPython's `codeop` decides (module `input`), each
//! complete statement handed to an [`Evaluator`] in `'single'` mode: the VM's ([`VmEvaluator`],
//! module `vm`), or with `--show-ast` one that shows each statement's AST.
//!
//! On a terminal, lines come from rustyline (line editing, history kept in `~/.taipan_history`);
//! Ctrl-C drops the lines typed so far and prints `KeyboardInterrupt`, Ctrl-D exits. Piped, as
//! `python3 -i` does: the banner and the prompts go to stderr, lines are read as they come, and
//! at the end a newline ends the last prompt. (A bare `taipan` with piped stdin runs stdin as a
//! program instead, as `python3` does; that is the runner's, see `main`.)

mod evaluator;
mod input;
mod vm;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use rustyline::DefaultEditor;
use rustyline::error::ReadlineError;

pub use evaluator::{AstEvaluator, Evaluator, Outcome};
use input::Status;
pub use vm::VmEvaluator;

use crate::style;

/// Where lines come from: one read per prompt.
enum Lines {
    Terminal(Box<DefaultEditor>),
    Piped,
}

/// What one read gave.
enum Read {
    Line(String),
    Interrupted,
    Eof,
}

impl Lines {
    fn read(&mut self, prompt: &str) -> Read {
        match self {
            Lines::Terminal(editor) => match editor.readline(prompt) {
                Ok(line) => {
                    if !line.trim().is_empty() {
                        let _ = editor.add_history_entry(line.as_str());
                    }
                    Read::Line(line)
                }
                Err(ReadlineError::Interrupted) => Read::Interrupted,
                Err(_) => Read::Eof,
            },
            Lines::Piped => {
                eprint!("{prompt}");
                let _ = std::io::stderr().flush();
                read_piped_line()
            }
        }
    }
}

/// One line of piped stdin, read from fd 0 a byte at a time (nothing read ahead: what the
/// statements read with `input()` stays there for them); a Ctrl-C while waiting (EINTR with
/// SIGINT received) drops the line, as CPython's prompt does.
fn read_piped_line() -> Read {
    let mut line = Vec::new();
    loop {
        let mut byte = 0u8;
        // SAFETY: a one-byte read into a live byte.
        let r = unsafe { libc::read(0, (&mut byte as *mut u8).cast(), 1) };
        if r == 1 {
            if byte == b'\n' {
                break;
            }
            line.push(byte);
            continue;
        }
        if r < 0 && std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
            if taipan_vm::modules::signal::tripped()
                && let Some(ts) = taipan_object::ThreadState::try_current()
                && taipan_vm::modules::signal::run_pending(ts).is_err()
            {
                eprintln!();
                return Read::Interrupted;
            }
            continue;
        }
        if line.is_empty() {
            return Read::Eof;
        }
        break;
    }
    Read::Line(String::from_utf8_lossy(&line).into_owned())
}

/// The history file: `~/.taipan_history`, as CPython keeps `~/.python_history`.
fn history_path() -> Option<PathBuf> {
    std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".taipan_history"))
}

/// Runs the REPL until end of input or `exit()`; the exit status is the process's.
pub fn run(evaluator: &mut dyn Evaluator) -> ExitCode {
    run_with(evaluator, true)
}

/// [`run`], with the banner or without (after a program, as `python3 -i FILE`).
pub fn run_with(evaluator: &mut dyn Evaluator, banner: bool) -> ExitCode {
    let terminal = std::io::stdin().is_terminal();
    let mut lines = if terminal {
        match DefaultEditor::new() {
            Ok(mut editor) => {
                if let Some(path) = history_path() {
                    let _ = editor.load_history(&path);
                }
                Lines::Terminal(Box::new(editor))
            }
            Err(_) => Lines::Piped,
        }
    } else {
        Lines::Piped
    };
    if banner {
        eprintln!(
            "taipan {} (Python 3.11) on {}\n{}",
            env!("CARGO_PKG_VERSION"),
            std::env::consts::OS,
            evaluator.banner()
        );
    }
    let mut buffer = String::new();
    let status = loop {
        let prompt = if buffer.is_empty() { ">>> " } else { "... " };
        match lines.read(prompt) {
            Read::Line(line) => {
                buffer.push_str(&line);
                buffer.push('\n');
                match input::status(&buffer) {
                    Status::Empty => buffer.clear(),
                    Status::Incomplete => {}
                    Status::Complete => {
                        if let Some(code) = eval(evaluator, &buffer) {
                            break code;
                        }
                        buffer.clear();
                    }
                }
            }
            Read::Interrupted => {
                style::eprint("KeyboardInterrupt\n");
                buffer.clear();
            }
            Read::Eof => {
                // Piped, the end of input ends the prompt's line, as a terminal's Ctrl-D does.
                if let Lines::Piped = lines {
                    eprintln!();
                }
                if buffer.is_empty() {
                    break 0;
                }
                // What was typed before the end still runs (its error, if any, is shown), and
                // the prompt comes back once more, as CPython's does.
                if let Some(code) = eval(evaluator, &buffer) {
                    break code;
                }
                buffer.clear();
            }
        }
    };
    if let (Lines::Terminal(editor), Some(path)) = (&mut lines, history_path()) {
        let _ = editor.save_history(&path);
    }
    ExitCode::from(status)
}

/// Evaluates one statement and shows its error; `Some(status)` when the program exits.
fn eval(evaluator: &mut dyn Evaluator, source: &str) -> Option<u8> {
    match evaluator.eval(source, taipan_ast::Mode::Single) {
        Outcome::Done => None,
        Outcome::Raised(report) => {
            style::eprint(&report);
            None
        }
        Outcome::Exit(code) => Some(code),
    }
}

/// The REPL on a thread with a large stack (as programs run: deep recursion meets the
/// runtime's limit, not a stack overflow), evaluating on the VM, or showing ASTs with
/// `show_ast`.
pub fn run_on_vm(show_ast: bool) -> ExitCode {
    taipan_vm::spawn_interpreter(move || {
        if show_ast {
            run(&mut AstEvaluator)
        } else {
            run(&mut VmEvaluator::new())
        }
    })
    .unwrap_or(ExitCode::from(70))
}

/// A program run before the prompt (`taipan -i FILE` / `-i -c CODE`).
pub struct Program {
    pub text: String,
    pub filename: String,
    pub argv: Vec<String>,
}

/// `taipan -i`: runs `program` in `__main__`, then the REPL in its namespace, on the VM's
/// big-stack thread.
pub fn run_after(program: Program) -> ExitCode {
    taipan_vm::spawn_interpreter(move || {
        let mut evaluator = VmEvaluator::with_argv(&program.argv);
        evaluator.run_program(&program.text, &program.filename);
        run_with(&mut evaluator, false)
    })
    .unwrap_or(ExitCode::from(70))
}

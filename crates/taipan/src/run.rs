//! `taipan FILE [ARGS]` and `taipan -c CODE [ARGS]`: runs a program on the VM
//! (`taipan_vm::run_main`: a big-stack interpreter thread), with CPython's `sys.argv`, exit
//! codes and `can't open file` error, its code and its imports' compiled through the database
//! (`crate::loader`); `taipan trace` runs the same way with the VM's instruction tracer on
//! (`taipan_vm::trace`); `taipan -i` runs the program then the REPL in its namespace.

use std::path::PathBuf;
use std::process::ExitCode;

/// Runs `-c CODE` or `FILE`; `args` become `sys.argv[1:]`.
pub fn run(command: Option<String>, file: Option<PathBuf>, args: Vec<String>) -> ExitCode {
    run_traced(command, file, args, None)
}

/// [`run`], tracing each executed instruction when `trace` is given.
pub fn run_traced(
    command: Option<String>,
    file: Option<PathBuf>,
    args: Vec<String>,
    trace: Option<taipan_vm::trace::TraceConfig>,
) -> ExitCode {
    let (text, filename, argv) = match program(command, file, args) {
        Ok(p) => p,
        Err(code) => return code,
    };
    crate::loader::install(0);
    crate::exit_code(taipan_vm::run_main_traced(text, filename, argv, trace))
}

/// `taipan -i FILE` / `taipan -i -c CODE`: runs the program, then the REPL in its namespace.
pub fn run_then_repl(
    command: Option<String>,
    file: Option<PathBuf>,
    args: Vec<String>,
) -> ExitCode {
    match program(command, file, args) {
        Ok((text, filename, argv)) => crate::repl::run_after(crate::repl::Program {
            text,
            filename,
            argv,
        }),
        Err(code) => code,
    }
}

/// The program's text, file name and `sys.argv`, or the exit status of CPython's `can't open
/// file` error.
fn program(
    command: Option<String>,
    file: Option<PathBuf>,
    args: Vec<String>,
) -> Result<(String, String, Vec<String>), ExitCode> {
    let (text, filename, argv0) = match (command, file) {
        (Some(code), _) => (code, "<string>".to_string(), "-c".to_string()),
        (None, Some(path)) => {
            let shown = path.display().to_string();
            let bytes = match crate::source::read(&path) {
                Ok(bytes) => bytes,
                Err(message) => {
                    eprintln!("taipan: {message}");
                    return Err(ExitCode::from(2));
                }
            };
            match taipan_tokenizer::decode_source(&bytes) {
                // CPython 3.9+ runs the script under its absolute path (`__file__`,
                // `co_filename`, tracebacks): the working directory joined to the path as
                // given, nothing normalized; `sys.argv[0]` stays as given.
                Ok(text) => (text.into_owned(), script_path(&path), shown),
                Err(e) => {
                    // CPython names the script by its absolute path and gives no location.
                    let abs = std::path::absolute(&path).unwrap_or(path.clone());
                    let path = abs.display().to_string();
                    let message = taipan_tokenizer::file_error_message(&bytes, &path, &e);
                    eprintln!("SyntaxError: {message}");
                    return Err(ExitCode::from(1));
                }
            }
        }
        (None, None) => return Err(ExitCode::from(2)),
    };
    let mut argv = vec![argv0];
    argv.extend(args);
    Ok((text, filename, argv))
}

/// The script's path as CPython's `_Py_abspath` makes it: absolute paths as they are, others
/// appended to the working directory.
fn script_path(path: &std::path::Path) -> String {
    if path.is_absolute() {
        return path.display().to_string();
    }
    match std::env::current_dir() {
        Ok(cwd) => format!("{}/{}", cwd.display(), path.display()),
        Err(_) => path.display().to_string(),
    }
}

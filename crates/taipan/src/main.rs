//! The `taipan` command line: argument parsing and dispatch to the stage views and the runner.
//!
//! `taipan FILE` / `taipan -c CODE` run a program (once the VM lands); `taipan tokens|cst|ast FILE`
//! show a stage of the pipeline; `taipan watch FILE --stage STAGE` redraws one from the database
//! as the file changes (module `watch`). Each stage view lives in its own module under `views/`.

mod loader;
mod repl;
mod run;
mod source;
mod style;
mod views;
mod watch;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

#[cfg(not(feature = "system-alloc"))]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "taipan",
    version = concat!(env!("CARGO_PKG_VERSION"), " (Python 3.11)"),
    about = "Python 3.11, in Rust, with every stage of the pipeline on view",
    after_help = "Run bare on a terminal (or with -i), taipan starts a REPL (--show-ast: each \
                  statement's AST instead of running it).",
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(subcommand)]
    stage: Option<Stage>,
    /// Program passed in as a string.
    #[arg(short = 'c', value_name = "CODE")]
    command: Option<String>,
    /// Run a library module as a script (looked for in the current directory, PYTHONPATH, then
    /// CPython 3.11's standard library, or $TAIPAN_STDLIB).
    #[arg(short = 'm', value_name = "MODULE", conflicts_with = "command")]
    module: Option<String>,
    /// Inspect interactively: after running FILE or -c CODE, start the REPL in its namespace
    /// (also when stdin is not a terminal), as `python3 -i`.
    #[arg(short = 'i')]
    interactive: bool,
    /// Optimize: `__debug__` is False and asserts are removed (-OO: docstrings too).
    #[arg(short = 'O', action = clap::ArgAction::Count)]
    optimize: u8,
    /// Unbuffered output (accepted: taipan flushes stdout before each write to stderr and at
    /// exit).
    #[arg(short = 'u')]
    unbuffered: bool,
    /// Ignore PYTHON* environment variables (PYTHONPATH).
    #[arg(short = 'E')]
    ignore_environment: bool,
    /// Isolate: as -E and -s (accepted; the script's directory stays on sys.path).
    #[arg(short = 'I')]
    isolate: bool,
    /// Accepted for compatibility: taipan writes no .pyc files. -s, -S and -q are accepted
    /// too, and change nothing.
    #[arg(short = 'B')]
    dont_write_bytecode: bool,
    #[arg(short = 's', hide = true)]
    no_user_site: bool,
    #[arg(short = 'S', hide = true)]
    no_site: bool,
    #[arg(short = 'q', hide = true)]
    quiet: bool,
    /// Warning control (`sys.warnoptions`, applied by the `warnings` module).
    #[arg(short = 'W', value_name = "ARG")]
    warnings: Vec<String>,
    /// Implementation-specific options (accepted and ignored).
    #[arg(short = 'X', value_name = "OPT")]
    xoptions: Vec<String>,
    /// In the REPL, show each statement's AST instead of running it.
    #[arg(long)]
    show_ast: bool,
    /// The program to run.
    file: Option<PathBuf>,
    /// Arguments passed to the program in sys.argv[1:].
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<String>,
    /// Colour: on a terminal unless NO_COLOR is set (auto), always, or never.
    #[arg(long, global = true, value_enum, default_value_t, value_name = "WHEN")]
    color: style::ColorWhen,
}

#[derive(Subcommand)]
enum Stage {
    /// The token stream, as `python3 -m tokenize -e` lists it (f-strings in their 3.12 parts).
    Tokens(TokensArgs),
    /// The lossless syntax tree, trivia included, with byte ranges.
    Cst(CstArgs),
    /// The abstract syntax tree, as `ast.dump(ast.parse(source), indent=2)` prints it.
    Ast(AstArgs),
    /// The optimized abstract syntax tree, then each change the optimizer made.
    Opt(AstArgs),
    /// The bytecode the compiler makes, as `python3 -m dis` prints it.
    Dis(DisArgs),
    /// Runs the program, printing each executed instruction and the value stack it leaves.
    Trace(TraceArgs),
    /// Redraws a stage each time the file changes, naming the queries that re-ran.
    Watch(watch::WatchArgs),
}

/// What every stage view takes: a file or `-c CODE`, and the output format.
#[derive(Args)]
pub struct SourceArgs {
    /// Source passed in as a string.
    #[arg(short = 'c', value_name = "CODE", conflicts_with = "file")]
    code: Option<String>,
    /// The source file.
    #[arg(required_unless_present = "code")]
    file: Option<PathBuf>,
    /// Machine-readable output.
    #[arg(long)]
    json: bool,
}

/// `taipan tokens`'s options.
#[derive(Args)]
struct TokensArgs {
    #[command(flatten)]
    source: SourceArgs,
    /// Also list trivia (whitespace and line continuations), which `tokenize` does not show.
    #[arg(long)]
    trivia: bool,
}

/// `taipan cst`'s options.
#[derive(Args)]
struct CstArgs {
    #[command(flatten)]
    source: SourceArgs,
    /// Graphviz (`dot -Tsvg`): a node per tree node, tokens as leaves with their text.
    #[arg(long, conflicts_with = "json")]
    dot: bool,
}

/// `taipan ast`'s and `taipan opt`'s options.
#[derive(Args)]
struct AstArgs {
    #[command(flatten)]
    source: SourceArgs,
    /// Graphviz (`dot -Tsvg`): a node per AST node and list, fields on the edges.
    #[arg(long, conflicts_with = "json")]
    dot: bool,
    /// Also print every node's positions (`include_attributes=True`).
    #[arg(long)]
    attributes: bool,
    /// What the source is, as `ast.parse(mode=...)` takes it.
    #[arg(long, default_value = "exec", value_parser = ["exec", "eval", "single", "func_type"])]
    mode: String,
}

/// `taipan dis`: a file or `-c CODE`, and the compile mode.
#[derive(Args)]
struct DisArgs {
    #[command(flatten)]
    source: SourceArgs,
    #[arg(long, default_value = "exec", value_parser = ["exec", "eval", "single"])]
    mode: String,
    /// Graphviz (`dot -Tsvg`): each code object's control-flow graph of basic blocks.
    #[arg(long, conflicts_with = "json")]
    dot: bool,
    /// Show each source line's text above the instructions it compiled to.
    #[arg(long = "source", conflicts_with_all = ["json", "dot"])]
    source_lines: bool,
}

/// `taipan trace`'s options.
#[derive(Args)]
struct TraceArgs {
    /// Program passed in as a string.
    #[arg(short = 'c', value_name = "CODE", conflicts_with = "file")]
    code: Option<String>,
    /// The program to run.
    #[arg(required_unless_present = "code")]
    file: Option<PathBuf>,
    /// Show only the frames of code objects of this name (`co_name`, e.g. a function's name).
    #[arg(long, value_name = "NAME")]
    function: Option<String>,
    /// Printed steps before tracing stops; the program then runs on to its end untraced.
    #[arg(long, value_name = "N", default_value_t = 10_000)]
    limit: usize,
    /// One JSON object a line: `{"depth", "instr", "stack", "store"}` for a step, `"leaving"`,
    /// `"value"`, `"back_in"` when a frame is left, `"entering"`/`"resuming"`, `"raises"`,
    /// and `{"limit"}` when the step limit ends the trace.
    #[arg(long)]
    json: bool,
    /// Arguments passed to the program in sys.argv[1:].
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<String>,
}

impl AstArgs {
    fn options(&self) -> views::ast::AstOptions {
        views::ast::AstOptions {
            attributes: self.attributes,
            mode: taipan_ast::Mode::from_name(&self.mode).unwrap_or(taipan_ast::Mode::Exec),
        }
    }
}

/// The command line split as CPython reads it: options end at `-c CODE` or `-m MODULE`, and
/// every word after it (`-v` included) is the program's, in `sys.argv[1:]`.
fn split_command_line() -> (Vec<std::ffi::OsString>, Vec<String>) {
    let all: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let mut i = 1;
    while i < all.len() {
        let Some(a) = all[i].to_str() else { break };
        if a == "-c" || a == "-m" {
            i += 1;
            break;
        }
        if a.len() > 2 && (a.starts_with("-c") || a.starts_with("-m")) {
            break;
        }
        if !a.starts_with('-') || a == "-" || a == "--" {
            return (all, Vec::new());
        }
        if matches!(a, "-W" | "-X" | "--color") {
            i += 1;
        }
        i += 1;
    }
    if i >= all.len() {
        return (all, Vec::new());
    }
    let tail = all[i + 1..]
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    (all[..=i].to_vec(), tail)
}

fn main() -> ExitCode {
    let (head, program_args) = split_command_line();
    let mut cli = Cli::parse_from(head);
    if !program_args.is_empty() {
        cli.args.extend(program_args);
    }
    style::set(cli.color);
    use views::{Format, View, run};
    match cli.stage {
        Some(Stage::Tokens(a)) => run(
            View::Tokens { trivia: a.trivia },
            &a.source,
            Format::new(a.source.json, false),
        ),
        Some(Stage::Cst(a)) => run(View::Cst, &a.source, Format::new(a.source.json, a.dot)),
        Some(Stage::Ast(a)) => run(
            View::Ast(a.options()),
            &a.source,
            Format::new(a.source.json, a.dot),
        ),
        Some(Stage::Opt(a)) => run(
            View::Opt(a.options()),
            &a.source,
            Format::new(a.source.json, a.dot),
        ),
        Some(Stage::Dis(a)) => run(
            View::Dis {
                mode: taipan_ast::Mode::from_name(&a.mode).unwrap_or(taipan_ast::Mode::Exec),
                source: a.source_lines,
            },
            &a.source,
            Format::new(a.source.json, a.dot),
        ),
        Some(Stage::Trace(a)) => {
            let config = taipan_vm::trace::TraceConfig {
                function: a.function,
                limit: a.limit,
                json: a.json,
            };
            run::run_traced(a.code, a.file, a.args, Some(config))
        }
        Some(Stage::Watch(a)) => watch::run(&a),
        None => {
            // With -c or -m, the first word after it is sys.argv[1], not a file.
            let mut args = cli.args;
            if cli.command.is_some() || cli.module.is_some() {
                args.splice(0..0, cli.file.take().map(|f| f.display().to_string()));
            }
            let stdin = cli.file.as_deref().is_none_or(|f| f.as_os_str() == "-");
            if cli.ignore_environment || cli.isolate {
                // SAFETY: no other thread runs yet.
                unsafe { std::env::remove_var("PYTHONPATH") };
            }
            loader::install(cli.optimize);
            // `sys.warnoptions`: PYTHONWARNINGS' items, then each -W, as CPython orders them.
            let mut warnoptions: Vec<String> = match std::env::var("PYTHONWARNINGS") {
                Ok(v) if !(cli.ignore_environment || cli.isolate) => v
                    .split(',')
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect(),
                _ => Vec::new(),
            };
            warnoptions.extend(cli.warnings.iter().cloned());
            taipan_vm::modules::warnings::set_options(warnoptions);
            let _accepted = (
                cli.unbuffered,
                cli.dont_write_bytecode,
                cli.no_user_site,
                cli.no_site,
                cli.quiet,
                &cli.xoptions,
            );
            if cli.interactive && cli.module.is_none() && (cli.command.is_some() || !stdin) {
                return run::run_then_repl(cli.command, cli.file, args);
            }
            if let Some(name) = &cli.module {
                run_module(name, args)
            } else if cli.command.is_none()
                && cli.file.is_none()
                && (cli.interactive || std::io::stdin().is_terminal())
            {
                repl::run_on_vm(cli.show_ast)
            } else if cli.command.is_none() && stdin {
                // Piped input without -i is a program, as python3 runs it.
                run_stdin(cli.file.is_some(), args)
            } else {
                run::run(cli.command, cli.file, args)
            }
        }
    }
}

/// Runs `text` on the VM as `__main__`, with `argv` as `sys.argv`.
fn run_text(text: String, filename: String, argv: Vec<String>) -> ExitCode {
    exit_code(taipan_vm::run_main(text, filename, argv))
}

/// The process's exit status for a VM exit code (clamped to 0..=255).
fn exit_code(code: i32) -> ExitCode {
    ExitCode::from(code.clamp(0, 255) as u8)
}

/// Standard input as the program (`sys.argv[0]` is `''`, or `'-'` when it was named so).
fn run_stdin(dash: bool, args: Vec<String>) -> ExitCode {
    let mut bytes = Vec::new();
    if let Err(e) = std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes) {
        eprintln!("taipan: can't read standard input: {e}");
        return ExitCode::from(2);
    }
    let text = match taipan_tokenizer::decode_source(&bytes) {
        Ok(text) => text.into_owned(),
        Err(_) => String::from_utf8_lossy(&bytes).into_owned(),
    };
    let argv0 = if dash { "-" } else { "" };
    let argv = std::iter::once(argv0.to_owned()).chain(args).collect();
    run_text(text, "<stdin>".into(), argv)
}

/// `-m MODULE`: runs the module (or a package's `__main__`) as `__main__` through runpy, as
/// CPython does (`taipan_vm::run_module_main`).
fn run_module(name: &str, args: Vec<String>) -> ExitCode {
    exit_code(taipan_vm::run_module_main(name.to_string(), args))
}

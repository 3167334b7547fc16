//! The `taipan` command line: argument parsing and dispatch to the stage views and the runner.
//!
//! `taipan FILE` / `taipan -c CODE` run a program (once the VM lands); `taipan tokens|cst|ast FILE`
//! show a stage of the pipeline; `taipan watch FILE --stage STAGE` redraws one from the database
//! as the file changes (module `watch`). Each stage view lives in its own module under `views/`.

mod modules;
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

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "taipan",
    version,
    about = "Python 3.11, in Rust, with every stage of the pipeline on view",
    after_help = "Run bare on a terminal (or with -i), taipan starts a REPL; until the VM lands, \
                  the REPL shows each statement's AST instead of running it.",
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
    /// Start the REPL even when stdin is not a terminal (as `python3 -i`).
    #[arg(short = 'i')]
    interactive: bool,
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

impl AstArgs {
    fn options(&self) -> views::ast::AstOptions {
        views::ast::AstOptions {
            attributes: self.attributes,
            mode: taipan_ast::Mode::from_name(&self.mode).unwrap_or(taipan_ast::Mode::Exec),
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
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
        Some(Stage::Watch(a)) => watch::run(&a),
        None if cli.module.is_some() => run_module(cli.module.as_deref().unwrap_or_default()),
        None if cli.command.is_none()
            && cli.file.is_none()
            && (cli.interactive || std::io::stdin().is_terminal()) =>
        {
            repl::run(&mut repl::AstEvaluator)
        }
        // TODO(runtime): piped stdin without -i runs stdin as a program, as python3 does.
        None => run::run(cli.command, cli.file, cli.args),
    }
}

/// `-m MODULE`: finds the module through the database's search path.
fn run_module(name: &str) -> ExitCode {
    let mut db = taipan_db::Database::new();
    db.set_search_path(modules::search_path(modules::Main::CurrentDir));
    match modules::main_module(&db, name) {
        // TODO(runtime): run the module as __main__ once the VM lands.
        Ok(file) => {
            eprintln!(
                "taipan: running programs arrives with the VM (-m {name} is {})",
                file.path(&db).display()
            );
            ExitCode::from(2)
        }
        Err(message) => {
            eprintln!("taipan: {message}");
            ExitCode::from(1)
        }
    }
}

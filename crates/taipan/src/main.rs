//! The `taipan` command line: argument parsing and dispatch to the stage views and the runner.
//!
//! `taipan FILE` / `taipan -c CODE` run a program (once the VM lands); `taipan tokens|cst|ast FILE`
//! show a stage of the pipeline; `taipan watch FILE --stage STAGE` redraws one from the database
//! as the file changes (module `watch`). Each stage view lives in its own module under `views/`.

mod source;
mod views;
mod watch;

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
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(subcommand)]
    stage: Option<Stage>,
    /// Program passed in as a string.
    #[arg(short = 'c', value_name = "CODE")]
    command: Option<String>,
    /// The program to run.
    file: Option<PathBuf>,
    /// Arguments passed to the program in sys.argv[1:].
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<String>,
}

#[derive(Subcommand)]
enum Stage {
    /// The token stream, as `python3 -m tokenize -e` lists it (f-strings in their 3.12 parts).
    Tokens(TokensArgs),
    /// The lossless syntax tree, trivia included, with byte ranges.
    Cst(SourceArgs),
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

/// `taipan ast`'s and `taipan opt`'s options.
#[derive(Args)]
struct AstArgs {
    #[command(flatten)]
    source: SourceArgs,
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
    match cli.stage {
        Some(Stage::Tokens(a)) => views::run(views::View::Tokens { trivia: a.trivia }, &a.source),
        Some(Stage::Cst(source)) => views::run(views::View::Cst, &source),
        Some(Stage::Ast(a)) => views::run(views::View::Ast(a.options()), &a.source),
        Some(Stage::Opt(a)) => views::run(views::View::Opt(a.options()), &a.source),
        Some(Stage::Watch(a)) => watch::run(&a),
        None => {
            let _ = (cli.command, cli.file, cli.args);
            eprintln!(
                "taipan: running programs arrives with the VM; for now try `taipan tokens FILE` or \
                 `taipan cst FILE`"
            );
            ExitCode::from(2)
        }
    }
}

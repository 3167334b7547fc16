//! The `taipan` command line: argument parsing and dispatch to the stage views and the runner.
//!
//! `taipan FILE` / `taipan -c CODE` run a program (once the VM lands); `taipan tokens|cst|ast FILE`
//! show a stage of the pipeline. Each stage view lives in its own module under `views/`.

mod source;
mod views;

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
    /// The token stream, as `python3 -m tokenize -e` lists it.
    Tokens(StageArgs),
    /// The lossless syntax tree, trivia included, with byte ranges.
    Cst(StageArgs),
    /// The abstract syntax tree, as `ast.dump(ast.parse(source), indent=2)` prints it.
    Ast(AstArgs),
}

/// What every stage view takes: a file or `-c CODE`, and output options.
#[derive(Args)]
pub struct StageArgs {
    /// Source passed in as a string.
    #[arg(short = 'c', value_name = "CODE", conflicts_with = "file")]
    code: Option<String>,
    /// The source file.
    #[arg(required_unless_present = "code")]
    file: Option<PathBuf>,
    /// Machine-readable output.
    #[arg(long)]
    json: bool,
    /// Also list trivia (whitespace and line continuations), which `tokenize` does not show.
    #[arg(long)]
    trivia: bool,
}

/// `taipan ast`'s options.
#[derive(Args)]
pub struct AstArgs {
    /// Source passed in as a string.
    #[arg(short = 'c', value_name = "CODE", conflicts_with = "file")]
    code: Option<String>,
    /// The source file.
    #[arg(required_unless_present = "code")]
    file: Option<PathBuf>,
    /// Machine-readable output.
    #[arg(long)]
    json: bool,
    /// Also print every node's positions (`include_attributes=True`).
    #[arg(long)]
    attributes: bool,
    /// What the source is, as `ast.parse(mode=...)` takes it.
    #[arg(long, default_value = "exec", value_parser = ["exec", "eval", "single", "func_type"])]
    mode: String,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.stage {
        Some(Stage::Tokens(args)) => views::run(views::View::Tokens, &args),
        Some(Stage::Cst(args)) => views::run(views::View::Cst, &args),
        Some(Stage::Ast(a)) => {
            let options = views::ast::AstOptions {
                attributes: a.attributes,
                mode: taipan_ast::Mode::from_name(&a.mode).unwrap_or(taipan_ast::Mode::Exec),
            };
            let args = StageArgs {
                code: a.code,
                file: a.file,
                json: a.json,
                trivia: false,
            };
            views::run(views::View::Ast(options), &args)
        }
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

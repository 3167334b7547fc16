//! `taipan watch FILE --stage STAGE`: one salsa database for the whole session, the file's text
//! its input, and the chosen stage drawn from the database's queries again each time the file
//! changes, with a status line naming the queries that re-ran (salsa's event log): the
//! incremental pipeline made visible.
//!
//! What is drawn comes from the whole-file queries (`tokens`, `tree`, `ast`; `opt` runs the
//! optimizer, with its log, over the `ast` query's tree: the database optimizes per item,
//! without a log; `dis` is the `module_code` query's code object, assembled from the items'
//! code). Each draw also brings the compile path up to date (`compile_file`: `item_tree`, then
//! `item_ast`/`item_optimized`/`item_code` per function and class, `item_placed`), as running
//! the file does, so the status line shows which items an edit recompiled.
//!
//! Changes are found by polling the file's modification time and length every 100 ms, not by
//! `notify`: one file is watched, editors that save by writing a new file and renaming it over
//! the old one leave an inotify watch on a dead inode (so `notify` would have to watch the
//! directory and filter), polling works the same on every file system (network and overlay
//! ones included), and 100 ms is below what a person notices. A change is drawn once two polls
//! agree (a debounce: a file half-written by an editor is not drawn).
//!
//! On a terminal each draw clears the screen; piped, draws are appended. Ctrl-C exits with
//! status 130, as Python's does.

use std::fmt::Write as _;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, SystemTime};

use clap::{Args, ValueEnum};
use taipan_db::{Database, SourceFile, compile_file, log};
use taipan_diagnostics::Diagnostic;

use crate::source::{self, LoadError};
use crate::style;
use crate::views::{Format, ast, cst, dis, opt, tokens};

/// How often the file is looked at.
const POLL: Duration = Duration::from_millis(100);

/// `taipan watch`'s options.
#[derive(Args)]
pub struct WatchArgs {
    /// The source file to watch.
    file: PathBuf,
    /// The stage to draw.
    #[arg(long, value_enum, default_value_t = WatchStage::Ast)]
    stage: WatchStage,
    /// Exit after drawing this many changes (the first draw not counted); for tests and scripts.
    #[arg(long, value_name = "N")]
    max_changes: Option<u64>,
}

/// The stages `taipan watch` can draw.
#[derive(Clone, Copy, ValueEnum)]
enum WatchStage {
    Tokens,
    Cst,
    Ast,
    Opt,
    Dis,
}

impl WatchStage {
    fn name(self) -> &'static str {
        match self {
            WatchStage::Tokens => "tokens",
            WatchStage::Cst => "cst",
            WatchStage::Ast => "ast",
            WatchStage::Opt => "opt",
            WatchStage::Dis => "dis",
        }
    }
}

/// The file's modification time and length, or `None` when it cannot be read.
type Stamp = Option<(SystemTime, u64)>;

fn stamp(path: &Path) -> Stamp {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.modified().ok()?, meta.len()))
}

pub fn run(args: &WatchArgs) -> ExitCode {
    let interrupted = Arc::new(AtomicBool::new(false));
    let flag = interrupted.clone();
    // Without a handler (another one is set), Ctrl-C still ends the process, less tidily.
    let _ = ctrlc::set_handler(move || flag.store(true, Ordering::SeqCst));
    let terminal = std::io::stdout().is_terminal();
    let color = style::stderr_color();
    let mut db = Database::with_log();
    let mut drawn = stamp(&args.file);
    let mut seen = drawn;
    let mut changes = 0u64;
    loop {
        let mut screen = String::new();
        if terminal {
            // Clear the screen and its scrollback, cursor home (written raw: colour off must
            // not strip it).
            let mut stdout = std::io::stdout().lock();
            let _ = stdout.write_all(b"\x1b[2J\x1b[3J\x1b[H");
        } else if changes > 0 {
            screen.push('\n');
        }
        screen.push_str(&draw(&mut db, args, changes, color));
        if !style::print(&screen) {
            // The reader went away (`taipan watch f.py | head`): nothing left to do.
            return ExitCode::SUCCESS;
        }
        if args.max_changes.is_some_and(|max| changes >= max) {
            return ExitCode::SUCCESS;
        }
        loop {
            std::thread::sleep(POLL);
            if interrupted.load(Ordering::SeqCst) {
                println!();
                return ExitCode::from(130);
            }
            let now = stamp(&args.file);
            let stable = now == seen;
            seen = now;
            if stable && now != drawn {
                drawn = now;
                break;
            }
        }
        changes += 1;
    }
}

/// One screen: a header, the stage's view, its diagnostics, and the status line.
fn draw(db: &mut Database, args: &WatchArgs, change: u64, color: bool) -> String {
    db.start_log();
    let mut out = format!(
        "taipan watch {} --stage {} · {}\n\n",
        args.file.display(),
        args.stage.name(),
        if change == 0 {
            "first draw".to_string()
        } else {
            format!("change {change}")
        }
    );
    let loaded = match source::load(Some(&args.file), None) {
        Ok(loaded) => loaded,
        Err(LoadError::Io(msg)) => {
            let _ = writeln!(out, "taipan: {msg}\n\nwaiting for the file to appear");
            return out;
        }
        Err(LoadError::Decode {
            name,
            text,
            diagnostic,
        }) => {
            out.push_str(&taipan_diagnostics::render(
                &name,
                &text,
                &[diagnostic],
                color,
            ));
            out.push_str("\nre-ran: nothing (the file cannot be decoded)\n");
            return out;
        }
    };
    let file = db.set_file(&args.file, loaded.text);
    let (view, diagnostics) = render(db, file, args.stage);
    compile_file(db, file);
    let executed = log::render(db, &db.take_log(), &[file]);
    out.push_str(&view);
    if !view.is_empty() && !view.ends_with('\n') {
        out.push('\n');
    }
    if !diagnostics.is_empty() {
        if !view.is_empty() {
            out.push('\n');
        }
        out.push_str(&taipan_diagnostics::render(
            &loaded.name,
            file.text(db),
            &diagnostics,
            color,
        ));
    }
    out.push('\n');
    out.push_str(&status(&executed));
    out.push('\n');
    out
}

/// The stage's view of `file`, made from the database's queries.
fn render(db: &Database, file: SourceFile, stage: WatchStage) -> (String, Vec<Diagnostic>) {
    let text = file.text(db);
    match stage {
        WatchStage::Tokens => {
            tokens::render_tokens(text, taipan_db::tokens(db, file), false, false)
        }
        WatchStage::Cst => {
            let tree = taipan_db::tree(db, file);
            cst::render_tree(&tree.syntax_node(), &tree.errors, Format::Text)
        }
        WatchStage::Ast => ast::render_lowered(taipan_db::ast(db, file), Format::Text, false),
        WatchStage::Opt => {
            let lowered = taipan_db::ast(db, file);
            if !lowered.errors.is_empty() {
                return ast::render_lowered(lowered, Format::Text, false);
            }
            let options = ast::AstOptions {
                attributes: false,
                mode: taipan_ast::Mode::Exec,
            };
            opt::render_ast(lowered.ast.clone(), Format::Text, options)
        }
        WatchStage::Dis => match taipan_db::module_code(db, file) {
            Ok(code) => (taipan_codegen::dump::dis(code), Vec::new()),
            Err(e) => (String::new(), vec![dis::compile_diagnostic(text, e)]),
        },
    }
}

/// The status line: the queries that executed, in order, grouped by query; a query that ran
/// more than three times is counted (`chunk_tree ×12`), else each run is named with its key
/// (`item_ast(Shape.describe)`).
fn status(executed: &[String]) -> String {
    if executed.is_empty() {
        return "re-ran: nothing (the text is unchanged)".into();
    }
    let mut groups: Vec<(&str, Vec<&str>)> = Vec::new();
    for name in executed {
        let query = name.split_once('(').map_or(name.as_str(), |(q, _)| q);
        match groups.iter_mut().find(|(q, _)| *q == query) {
            Some((_, runs)) => runs.push(name),
            None => groups.push((query, vec![name])),
        }
    }
    let parts: Vec<String> = groups
        .iter()
        .map(|(query, runs)| {
            if runs.len() > 3 {
                format!("{query} ×{}", runs.len())
            } else {
                runs.join(", ")
            }
        })
        .collect();
    format!("re-ran ({} queries): {}", executed.len(), parts.join(", "))
}

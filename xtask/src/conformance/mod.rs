//! `cargo xtask conformance`: taipan against CPython 3.11 over every `.py` file of the stdlib
//! directory of `python3` (`test/` and `site-packages/` included). CPython's side is `driver.py`,
//! run as two processes; taipan's side runs on two threads meanwhile. Each row (see `rows/`)
//! judges every file; the table shows passed/total against the goal, then each row's
//! mismatches. Exits non-zero when a row falls short of its goal. docs/conformance.md explains
//! the rows and the token mapping.
//!
//! Options: `--filter SUBSTR` (files whose path contains it), `--row NAME` (repeatable),
//! `--limit N` (first N files), `--verbose` (every mismatch, not only the first 20 per row),
//! `--dir DIR` (every `.py` under DIR instead of the stdlib, e.g. `tests/data/tokenizer`).
//! `--mutants N [--seed S]` measures first errors on broken code instead (see `mutants`).

mod case;
mod driver;
mod mutants;
mod report;
mod rows;
mod token_text;
mod watchdog;

use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use crate::bench::corpus::{self, Corpus};
use case::Case;
use rows::{Failure, Outcome, Row};

/// What the rows may need after the per-file pass.
pub struct Context {
    pub python: PathBuf,
    pub root: PathBuf,
    pub verbose: bool,
}

struct Options {
    filter: Option<String>,
    rows: Vec<String>,
    limit: Option<usize>,
    verbose: bool,
    dir: Option<PathBuf>,
}

fn parse_options(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        filter: None,
        rows: Vec::new(),
        limit: None,
        verbose: false,
        dir: None,
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = || it.next().cloned().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--filter" => o.filter = Some(value()?),
            "--row" => o.rows.push(value()?),
            "--limit" => o.limit = Some(value()?.parse().map_err(|_| "--limit needs a number")?),
            "--verbose" | "-v" => o.verbose = true,
            "--dir" => o.dir = Some(PathBuf::from(value()?)),
            other => return Err(format!("conformance: unknown option `{other}`\n{USAGE}")),
        }
    }
    Ok(o)
}

/// Threads on taipan's side (the machine has two cores).
const WORKERS: usize = 2;
/// Longer than this on one file means a hang.
const FILE_TIME_LIMIT: std::time::Duration = std::time::Duration::from_secs(60);

pub const USAGE: &str = "conformance [--filter SUBSTR] [--row NAME]... [--limit N] [--verbose]";

/// Per-row tallies.
pub struct Tally {
    pub passed: usize,
    pub total: usize,
    pub skipped: Vec<(&'static str, usize)>,
    pub failures: Vec<Failure>,
}

pub fn run(args: &[String]) -> Result<(), String> {
    if args.iter().any(|a| a == "--mutants") {
        return mutants::run(args);
    }
    let options = parse_options(args)?;
    let started = Instant::now();
    let rows: Vec<Box<dyn Row>> = rows::all()
        .into_iter()
        .filter(|r| options.rows.is_empty() || options.rows.iter().any(|n| n == r.name()))
        .collect();
    if rows.is_empty() {
        let names: Vec<_> = rows::all().iter().map(|r| r.name()).collect();
        return Err(format!("no such row; rows are: {}", names.join(", ")));
    }
    let python = corpus::python()?;
    let root = match &options.dir {
        Some(dir) => std::fs::canonicalize(dir).map_err(|e| format!("{}: {e}", dir.display()))?,
        None => corpus::stdlib_dir(&python)?,
    };
    let mut files = corpus::py_files(&root, Corpus::All);
    if let Some(f) = &options.filter {
        files.retain(|p| p.to_string_lossy().contains(f.as_str()));
    }
    if let Some(n) = options.limit {
        files.truncate(n);
    }
    let contents: Vec<Vec<u8>> = files
        .iter()
        .map(|p| std::fs::read(p).unwrap_or_default())
        .collect();
    let bytes: usize = contents.iter().map(Vec::len).sum();
    eprintln!(
        "conformance: {} files, {:.1} MB under {}",
        files.len(),
        bytes as f64 / 1e6,
        root.display()
    );

    let with_ast = rows.iter().any(|r| r.needs_cpython_ast());
    let with_symtable = rows.iter().any(|r| r.needs_cpython_symtable());
    let with_code = rows.iter().any(|r| r.needs_cpython_code());
    let verdicts = driver::verdicts(&python, &files, with_ast, with_symtable, with_code)?;
    let cpython_secs = started.elapsed().as_secs_f64();
    let names: Vec<String> = files
        .iter()
        .map(|p| {
            p.strip_prefix(&root)
                .unwrap_or(p)
                .to_string_lossy()
                .into_owned()
        })
        .collect();

    // Panics of the parser are caught per file and reported as failures, quietly.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let outcomes: Vec<Mutex<Vec<(usize, Outcome)>>> =
        rows.iter().map(|_| Mutex::new(Vec::new())).collect();
    let next = AtomicUsize::new(0);
    let watchdog = watchdog::Watchdog::new(WORKERS);
    std::thread::scope(|s| {
        s.spawn(|| watchdog.monitor(FILE_TIME_LIMIT, |i| names[i].clone()));
        let workers: Vec<_> = (0..WORKERS)
            .map(|w| {
                let (rows, next, outcomes, watchdog) = (&rows, &next, &outcomes, &watchdog);
                let (files, contents, verdicts) = (&files, &contents, &verdicts);
                s.spawn(move || {
                    let mut local: Vec<Vec<(usize, Outcome)>> =
                        rows.iter().map(|_| Vec::new()).collect();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        if i >= files.len() {
                            break;
                        }
                        watchdog.enter(w, i);
                        let case = Case::new(&contents[i], &verdicts[i]);
                        for (r, row) in rows.iter().enumerate() {
                            local[r].push((i, row.check(&case)));
                        }
                    }
                    for (r, l) in local.into_iter().enumerate() {
                        outcomes[r]
                            .lock()
                            .unwrap_or_else(|e| e.into_inner())
                            .extend(l);
                    }
                })
            })
            .collect();
        for worker in workers {
            let _ = worker.join();
        }
        watchdog.finish();
    });
    std::panic::set_hook(default_hook);

    let context = Context {
        python,
        root,
        verbose: options.verbose,
    };
    let mut tallies = Vec::new();
    for (row, outcomes) in rows.iter().zip(outcomes) {
        let mut outcomes = outcomes.into_inner().unwrap_or_else(|e| e.into_inner());
        outcomes.sort_by_key(|(i, _)| *i);
        let mut tally = Tally {
            passed: 0,
            total: 0,
            skipped: Vec::new(),
            failures: Vec::new(),
        };
        for (i, outcome) in outcomes {
            match outcome {
                Outcome::Pass => {
                    tally.passed += 1;
                    tally.total += 1;
                }
                Outcome::Fail(detail) => {
                    tally.total += 1;
                    tally.failures.push(Failure {
                        file: names[i].clone(),
                        detail,
                    });
                }
                Outcome::Skip(reason) => match tally.skipped.iter_mut().find(|(r, _)| *r == reason)
                {
                    Some((_, n)) => *n += 1,
                    None => tally.skipped.push((reason, 1)),
                },
            }
        }
        let shown = if options.verbose {
            tally.failures.len()
        } else {
            tally.failures.len().min(report::SHOWN)
        };
        row.explain(&mut tally.failures[..shown], &context);
        tallies.push(tally);
    }
    let short = report::print(&rows, &tallies, options.verbose);
    eprintln!(
        "conformance: {:.1} s in all ({:.1} s waiting for CPython)",
        started.elapsed().as_secs_f64(),
        cpython_secs
    );
    if short > 0 {
        return Err(format!("{short} row(s) short of their goal"));
    }
    Ok(())
}

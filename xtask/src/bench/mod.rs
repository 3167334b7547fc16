//! `cargo xtask bench parse [--corpus stdlib|all] [--quick] [--runs N]`: throughput in MB/s of
//! taipan's tokenizer, lossless parser and source-to-AST against CPython's `tokenize` module and
//! `ast.parse`, over the same files, in the same run, single thread, best of N, with the goals of
//! issues 2 and 3. `cargo xtask bench incremental`: see module `incremental` (issue 5).
//! `cargo xtask bench programs`: see module `programs` (issue 4). `cargo xtask bench` alone runs
//! all three, each with its default options.

pub mod corpus;
mod cpython;
mod incremental;
pub mod process;
mod programs;
mod taipan;
mod vendored;

use std::time::Duration;

use corpus::Corpus;
use taipan::Stage;

/// Goals of issues 2 and 3, in MB/s.
const TOKENIZE_GOAL: f64 = 200.0;
const TREE_GOAL: f64 = 40.0;
const AST_GOAL: f64 = 20.0;

struct Options {
    corpus: Corpus,
    quick: bool,
    runs: usize,
    cpython_runs: usize,
}

pub fn run(args: &[String]) -> Result<(), String> {
    let Some((what, rest)) = args.split_first() else {
        println!("== bench parse");
        run(&["parse".into()])?;
        println!("\n== bench incremental");
        incremental::run(&[])?;
        println!("\n== bench programs");
        return programs::run(&[]);
    };
    if what == "incremental" {
        return incremental::run(rest);
    }
    if what == "programs" {
        return programs::run(rest);
    }
    if what != "parse" {
        return Err(format!(
            "unknown benchmark `{what}` (expected `parse`, `incremental` or `programs`)"
        ));
    }
    let mut opts = Options {
        corpus: Corpus::All,
        quick: false,
        runs: 5,
        cpython_runs: 1,
    };
    let mut rest = rest.iter();
    while let Some(arg) = rest.next() {
        let mut value = |flag: &str| rest.next().ok_or(format!("{flag} needs a value")).cloned();
        match arg.as_str() {
            "--corpus" => opts.corpus = Corpus::parse(&value("--corpus")?)?,
            "--quick" => opts.quick = true,
            "--runs" => opts.runs = parse_count(&value("--runs")?)?,
            "--cpython-runs" => opts.cpython_runs = parse_count(&value("--cpython-runs")?)?,
            other => return Err(format!("bench parse: unknown argument `{other}`")),
        }
    }
    bench_parse(&opts)
}

fn parse_count(s: &str) -> Result<usize, String> {
    s.parse()
        .ok()
        .filter(|&n| n > 0)
        .ok_or(format!("expected a positive count, got `{s}`"))
}

fn bench_parse(opts: &Options) -> Result<(), String> {
    let python = corpus::python()?;
    let root = corpus::stdlib_dir(&python)?;
    let mut paths = corpus::py_files(&root, opts.corpus);
    if opts.quick {
        // Every 20th file: about 5% of the corpus, spread over all of it.
        paths = paths.into_iter().step_by(20).collect();
    }
    let listed = paths.len();
    let mut sources = Vec::with_capacity(paths.len());
    let mut kept_paths = Vec::with_capacity(paths.len());
    for path in paths {
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        // Decoded as CPython decodes source (BOM, PEP 263 cookie); undecodable files are skipped.
        let Ok(text) = taipan_tokenizer::decode_source(&bytes) else {
            continue;
        };
        sources.push(text.into_owned());
        kept_paths.push(path);
    }
    let skipped = listed - sources.len();

    // Files that make a stage panic are reported and left out of every column.
    let mut bad: Vec<usize> = taipan::panicking(Stage::Tokenize, &sources);
    bad.extend(taipan::panicking(Stage::Parse, &sources));
    bad.extend(taipan::panicking(Stage::Ast, &sources));
    bad.sort_unstable();
    bad.dedup();
    if !bad.is_empty() {
        println!(
            "{} of {} files make taipan panic; left out:",
            bad.len(),
            sources.len()
        );
        for &i in bad.iter().take(10) {
            println!("  {}", kept_paths[i].display());
        }
        if bad.len() > 10 {
            println!("  ...");
        }
    }
    let kept: Vec<usize> = (0..sources.len())
        .filter(|i| bad.binary_search(i).is_err())
        .collect();
    if kept.is_empty() {
        return Err("no file left to measure (does taipan tokenize and parse yet?)".into());
    }
    let texts: Vec<&str> = kept.iter().map(|&i| sources[i].as_str()).collect();
    let files: Vec<&std::path::Path> = kept.iter().map(|&i| kept_paths[i].as_path()).collect();
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let mb = bytes as f64 / 1e6;
    println!(
        "corpus: {} under {} ({} files, {:.1} MB{}; {} undecodable, skipped)",
        opts.corpus.name(),
        root.display(),
        texts.len(),
        mb,
        if opts.quick {
            ", --quick: every 20th file"
        } else {
            ""
        },
        skipped
    );

    eprintln!("timing taipan (best of {})...", opts.runs);
    let tokenize = taipan::best_time(Stage::Tokenize, &texts, opts.runs);
    let parse = taipan::best_time(Stage::Parse, &texts, opts.runs);
    let ast = taipan::best_time(Stage::Ast, &texts, opts.runs);
    eprintln!(
        "timing CPython {} (best of {})...",
        python.display(),
        opts.cpython_runs
    );
    let cpy = cpython::measure(&python, &files, opts.cpython_runs)?;

    let rate = |d: Duration| mb / d.as_secs_f64();
    println!();
    println!(
        "{:<16} {:>12} {:>16} {:>14} {:>10} {:>14}",
        "stage", "taipan MB/s", "CPython", "CPython MB/s", "ratio", "goal"
    );
    let rows = [
        (
            "tokenize",
            rate(tokenize),
            "tokenize",
            rate(cpy.tokenize),
            TOKENIZE_GOAL,
        ),
        (
            "lossless tree",
            rate(parse),
            "ast.parse",
            rate(cpy.ast_parse),
            TREE_GOAL,
        ),
        (
            "source to AST",
            rate(ast),
            "ast.parse",
            rate(cpy.ast_parse),
            AST_GOAL,
        ),
    ];
    for (stage, ours, theirs_name, theirs, goal) in rows {
        let verdict = if ours >= goal { "met" } else { "NOT MET" };
        println!(
            "{stage:<16} {ours:>12.1} {theirs_name:>16} {theirs:>14.2} {:>9.1}x {:>7} {verdict}",
            ours / theirs,
            format!(">= {goal}")
        );
    }
    if cpy.files != texts.len() {
        println!(
            "note: CPython read {} files, taipan {}",
            cpy.files,
            texts.len()
        );
    }
    Ok(())
}

/// mimalloc for the whole xtask binary: the benchmark measures taipan as a tool would ship it.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

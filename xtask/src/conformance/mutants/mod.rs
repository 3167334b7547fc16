//! `cargo xtask conformance --mutants N [--seed S] [--verbose]`: the parser's first error on
//! broken code. Makes deterministic mutations (see `mutate`) of stdlib files that taipan and
//! CPython both accept, until N of them are rejected by CPython's parser (`compile(...,
//! PyCF_ONLY_AST)`, which is `ast.parse`), and compares the first SyntaxError (class, line,
//! message) with that of `taipan_ast::parse` (the parser and the lowering's checks). Prints how
//! often taipan agrees, the false accepts and rejects, and the commonest kinds of mismatch with an
//! example each; the mutants stay in a temporary directory to be looked at. Opt-in: not a row of
//! the default run, and no goal.

mod mutate;
mod tally;

use std::path::{Path, PathBuf};
use std::time::Instant;

use taipan_tokenizer::LineIndex;

use super::case::panic_message;
use super::driver::{self, CpythonParse};
use crate::bench::corpus::{self, Corpus};
use mutate::{Rng, mutate};
use tally::{Judged, Tally};

struct Options {
    count: usize,
    seed: u64,
    verbose: bool,
}

fn parse_options(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        count: 0,
        seed: 1,
        verbose: false,
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut number = || -> Result<u64, String> {
            it.next()
                .and_then(|v| v.parse().ok())
                .ok_or(format!("{a} needs a number"))
        };
        match a.as_str() {
            "--mutants" => o.count = number()? as usize,
            "--seed" => o.seed = number()?,
            "--verbose" | "-v" => o.verbose = true,
            other => return Err(format!("conformance --mutants: unknown option `{other}`")),
        }
    }
    Ok(o)
}

/// One mutant: where it came from, what was done, and its text.
pub struct Made {
    pub source: String,
    pub what: String,
    pub path: PathBuf,
    pub text: String,
}

/// taipan's first error: class, 1-based line, message.
pub type FirstError = (String, u32, String);

pub fn run(args: &[String]) -> Result<(), String> {
    let options = parse_options(args)?;
    let started = Instant::now();
    let python = corpus::python()?;
    let root = corpus::stdlib_dir(&python)?;
    let sources = accepted_sources(&root);
    if sources.is_empty() {
        return Err("no stdlib file to mutate".into());
    }
    let dir = std::env::temp_dir().join(format!("taipan-mutants-{}", options.seed));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    eprintln!(
        "mutants: {} stdlib files to mutate, seed {}, written to {}",
        sources.len(),
        options.seed,
        dir.display()
    );

    let mut rng = Rng::new(options.seed);
    let mut judged: Vec<Judged> = Vec::new();
    let mut rejected = 0;
    let mut crashed = 0;
    while rejected < options.count {
        // A batch a little larger than what is missing (about one mutant in four is valid).
        let want = (options.count - rejected) * 4 / 3 + 8;
        let batch = make(&sources, &dir, judged.len() + crashed, want, &mut rng)?;
        let paths: Vec<PathBuf> = batch.iter().map(|m| m.path.clone()).collect();
        let verdicts = driver::verdicts(&python, &paths, false, false, false)?;
        for (made, verdict) in batch.into_iter().zip(verdicts) {
            if rejected == options.count {
                break;
            }
            let cpython = match verdict.parse {
                CpythonParse::Accepted => None,
                CpythonParse::Rejected {
                    class,
                    line,
                    message,
                } => {
                    rejected += 1;
                    Some((class, line, message))
                }
                CpythonParse::Crashed => {
                    crashed += 1;
                    continue;
                }
            };
            let taipan = taipan_first_error(&made.text);
            judged.push(Judged {
                made,
                cpython,
                taipan,
            });
        }
    }
    let tally = Tally::new(&judged);
    tally.print(&judged, crashed, options.verbose);
    eprintln!("mutants: {:.1} s in all", started.elapsed().as_secs_f64());
    Ok(())
}

/// The stdlib files (tests included, site-packages not) that are UTF-8, that taipan decodes to
/// the same text and that it accepts (so CPython does too: the accept/reject row is at 100%), as
/// (name, text).
fn accepted_sources(root: &Path) -> Vec<(String, String)> {
    corpus::py_files(root, Corpus::Stdlib)
        .into_iter()
        .filter_map(|p| {
            let text = String::from_utf8(std::fs::read(&p).ok()?).ok()?;
            if taipan_tokenizer::decode_source(text.as_bytes()).ok()? != text.as_str()
                || !taipan_ast::parse_module(&text).errors.is_empty()
            {
                return None;
            }
            let name = p
                .strip_prefix(root)
                .unwrap_or(&p)
                .to_string_lossy()
                .into_owned();
            Some((name, text))
        })
        .collect()
}

/// Makes `n` mutants, numbered from `first`, and writes them to `dir`.
fn make(
    sources: &[(String, String)],
    dir: &Path,
    first: usize,
    n: usize,
    rng: &mut Rng,
) -> Result<Vec<Made>, String> {
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let (name, text) = &sources[rng.below(sources.len())];
        let tokens = taipan_tokenizer::tokenize(text).tokens;
        let Some(m) = mutate(text, &tokens, rng) else {
            continue;
        };
        let path = dir.join(format!("{:05}.py", first + out.len()));
        std::fs::write(&path, &m.text).map_err(|e| format!("{}: {e}", path.display()))?;
        out.push(Made {
            source: name.clone(),
            what: m.what,
            path,
            text: m.text,
        });
    }
    Ok(out)
}

/// taipan's first error on the mutant's bytes: decoding (BOM, coding cookie), then
/// `taipan_ast::parse`; `None` when it accepts. A panic is an error of class `panic`.
fn taipan_first_error(bytes: &str) -> Option<FirstError> {
    let text = match taipan_tokenizer::decode_source(bytes.as_bytes()) {
        Ok(text) => text,
        Err(e) => return Some(("SyntaxError".into(), e.line, e.message)),
    };
    let lowered = std::panic::catch_unwind(|| taipan_ast::parse_module(&text));
    match lowered {
        Err(p) => Some(("panic".into(), 0, panic_message(p.as_ref()))),
        Ok(l) => l.errors.first().map(|e| {
            let line = LineIndex::new(&text).line(u32::from(e.range.start())) + 1;
            (e.kind.class_name().to_string(), line, e.message.clone())
        }),
    }
}

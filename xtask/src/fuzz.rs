//! `cargo xtask fuzz [--seconds N] [--seed S] [--taipan-bin PATH] [--no-run] [--verify-corpus]`:
//! bad input must never crash taipan.
//!
//! (a) In process: random and mutated sources (the stdlib and tests/programs files with byte
//! flips, splices of other files' lines, truncations, deep nesting inserted) go through
//! tokenizer, parser, AST, optimizer and codegen on a thread with the interpreter's 1 GiB
//! stack; a panic (even one a stage catches itself: a panic hook sees it), or compiled code the
//! bytecode verifier rejects, is a finding. (b) Mutated tests/programs files and
//! `tests/fuzz/code_replace.py` (random co_code through `code.replace`) run under the release
//! binary with a timeout and `TAIPAN_PANIC=abort`; an exit by signal, exit status 101 or 134,
//! or "panicked", "Fatal Python error" or "(Rust panic)" on stderr is a finding, and so is a
//! run over 10 s that CPython finishes within 10 s (a hang). Findings are saved as `tests/fuzz/regressions/<kind>-<hash>.py`, a crashing
//! code.replace batch as its `SEED COUNT` line in `tests/fuzz/code_replace.seeds` (the
//! `fuzz_regressions` test of crates/taipan replays both expecting no crash), and the command
//! fails. `--verify-corpus` first compiles every corpus file unchanged and verifies
//! its code (the verifier must accept whatever the compiler makes).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use taipan_codegen::Mode;
use taipan_programs::{drain, wait_for};

static PANICKED: AtomicBool = AtomicBool::new(false);

/// A small deterministic generator (xorshift64*): runs repeat from their seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

struct Options {
    seconds: u64,
    seed: u64,
    taipan_bin: Option<PathBuf>,
    run: bool,
    verify_corpus: bool,
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        seconds: 60,
        seed: 0,
        taipan_bin: None,
        run: true,
        verify_corpus: false,
    };
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let mut value = |name: &str| rest.next().cloned().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "--seconds" => o.seconds = value("--seconds")?.parse().map_err(|e| format!("{e}"))?,
            "--seed" => o.seed = value("--seed")?.parse().map_err(|e| format!("{e}"))?,
            "--taipan-bin" => o.taipan_bin = Some(value("--taipan-bin")?.into()),
            "--no-run" => o.run = false,
            "--verify-corpus" => o.verify_corpus = true,
            other => return Err(format!("fuzz: unknown argument `{other}`")),
        }
    }
    if o.seed == 0 {
        o.seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64)
            | 1;
    }
    Ok(o)
}

pub fn run(args: &[String]) -> Result<(), String> {
    let o = parse(args)?;
    let root = crate::project_root();
    let corpus = corpus(&root)?;
    let programs: Vec<&(PathBuf, Vec<u8>)> = corpus
        .iter()
        .filter(|(p, _)| p.starts_with(root.join("tests/programs")))
        .collect();
    println!(
        "fuzz: seed {}, {} s, corpus {} files ({} programs)",
        o.seed,
        o.seconds,
        corpus.len(),
        programs.len()
    );
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        PANICKED.store(true, Ordering::SeqCst);
        previous(info);
    }));
    let mut findings = 0usize;
    if o.verify_corpus {
        let started = Instant::now();
        for (path, bytes) in &corpus {
            if let Some(what) = in_process(bytes) {
                findings += 1;
                println!("corpus {}: {what}", path.display());
            }
        }
        println!(
            "verified the corpus unchanged in {:.1} s",
            started.elapsed().as_secs_f64()
        );
    }
    let deadline = Instant::now() + Duration::from_secs(o.seconds);
    // Half the time in process, half running the binary (when asked).
    let split = if o.run {
        Instant::now() + Duration::from_secs(o.seconds / 2)
    } else {
        deadline
    };
    let mut rng = Rng(o.seed);
    let mut cases = 0usize;
    while Instant::now() < split {
        let src = mutate(&mut rng, &corpus);
        cases += 1;
        let started = Instant::now();
        let found = in_process(&src);
        let slow = started.elapsed() > Duration::from_secs(5);
        if let Some(what) = found.or_else(|| slow.then(|| "slow: over 5 s".to_string())) {
            findings += 1;
            let saved = save(&root, "compile", &src)?;
            println!("finding ({what}): {}", saved.display());
        }
    }
    println!("in process: {cases} sources, {findings} findings");
    if o.run {
        let bin = crate::bench::process::taipan_binary(o.taipan_bin.as_deref())?;
        let tmp = std::env::temp_dir().join(format!("taipan-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&tmp).map_err(|e| e.to_string())?;
        let mut runs = 0usize;
        let mut round = 0u64;
        while Instant::now() < deadline {
            round += 1;
            // Every fourth run: a batch of random co_code through code.replace.
            let (src, args) = if round % 4 == 0 {
                let script = std::fs::read(root.join("tests/fuzz/code_replace.py"))
                    .map_err(|e| e.to_string())?;
                (
                    script,
                    vec![(rng.next() % 1_000_000).to_string(), "300".into()],
                )
            } else {
                let (_, base) = rng.pick(&programs);
                (mutate_one(&mut rng, base, &corpus), vec![])
            };
            let file = tmp.join("case.py");
            std::fs::write(&file, &src).map_err(|e| e.to_string())?;
            runs += 1;
            if let Some(what) = run_binary(&bin, &file, &args, &tmp) {
                findings += 1;
                let saved = if what.starts_with("hang") && args.is_empty() {
                    save_in(&root, "tests/fuzz/hangs", "run", &src)?
                } else if args.is_empty() {
                    save(&root, "run", &src)?
                } else {
                    // A code.replace batch is saved as its seed line.
                    save_seed(&root, &args.join(" "))?
                };
                println!("finding ({what}): {}", saved.display());
            }
        }
        let _ = std::fs::remove_dir_all(&tmp);
        println!("binary: {runs} runs");
    }
    if findings > 0 {
        return Err(format!("{findings} findings (seed {})", o.seed));
    }
    println!("no findings");
    Ok(())
}

/// Every `.py` under the stdlib and tests/programs, read once.
fn corpus(root: &Path) -> Result<Vec<(PathBuf, Vec<u8>)>, String> {
    let mut files = Vec::new();
    let stdlib = crate::bench::corpus::python()
        .ok()
        .and_then(|py| {
            let out = Command::new(py)
                .args([
                    "-c",
                    "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
                ])
                .output()
                .ok()?;
            Some(PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
        })
        .unwrap_or_else(|| PathBuf::from("/root/.pyenv/versions/3.11.7/lib/python3.11"));
    for dir in [stdlib, root.join("tests/programs")] {
        walk(&dir, &mut files);
    }
    files.sort();
    let corpus: Vec<(PathBuf, Vec<u8>)> = files
        .into_iter()
        .filter_map(|p| std::fs::read(&p).ok().map(|b| (p, b)))
        .filter(|(_, b)| b.len() < 400_000)
        .collect();
    if corpus.is_empty() {
        return Err("fuzz: no corpus files found".into());
    }
    Ok(corpus)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            if !p.ends_with("site-packages") {
                walk(&p, out);
            }
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

/// Runs the front end and the compiler on `src` on a 1 GiB stack; says what went wrong.
fn in_process(src: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(src).into_owned();
    PANICKED.store(false, Ordering::SeqCst);
    let worker = std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || {
            let r = std::panic::catch_unwind(|| {
                let _ = taipan_tokenizer::tokenize(&text);
                match taipan_codegen::compile_source(&text, "<fuzz>", Mode::Exec, 0) {
                    Ok(code) => taipan_bytecode::verify::verify_tree(&code)
                        .err()
                        .map(|e| format!("verifier rejects compiled code: {e}")),
                    Err(_) => None,
                }
            });
            match r {
                Ok(found) => found,
                Err(_) => Some("panic".to_string()),
            }
        })
        .ok()?;
    let found = worker.join().unwrap_or(Some("panic".to_string()));
    if found.is_none() && PANICKED.load(Ordering::SeqCst) {
        return Some("panic (caught inside a stage)".to_string());
    }
    found
}

/// How long a mutated program may run, under taipan and under CPython.
const RUN_LIMIT: Duration = Duration::from_secs(10);

/// Runs `bin file args` in `cwd` with a timeout; says how it crashed, if it did.
fn run_binary(bin: &Path, file: &Path, args: &[String], cwd: &Path) -> Option<String> {
    let mut child = Command::new(bin)
        .arg(file)
        .args(args)
        .current_dir(cwd)
        .env("PYTHONHASHSEED", "0")
        // A panic aborts with its fatal error report instead of becoming a SystemError a
        // program's `except` could hide (`taipan_vm::panic`).
        .env("TAIPAN_PANIC", "abort")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .ok()?;
    let reader = drain(child.stderr.take());
    let (status, timed_out) = wait_for(&mut child, RUN_LIMIT, |child| {
        let _ = child.kill();
    });
    let err = reader.join().unwrap_or_default();
    match status {
        Some(status) => crash_of(status, &err),
        // Over the time limit: a hang when CPython runs the same file to its end in time.
        None if timed_out => {
            cpython_finishes(file, args, cwd).then(|| "hang: over 10 s".to_string())
        }
        None => None,
    }
}

/// Whether CPython runs `file args` to its end (an exit, not a signal) within 10 s (a program
/// may loop forever under both; only a taipan-only hang is a finding).
fn cpython_finishes(file: &Path, args: &[String], cwd: &Path) -> bool {
    let Ok(py) = crate::bench::corpus::python() else {
        return false;
    };
    let Ok(mut child) = Command::new(py)
        .arg(file)
        .args(args)
        .current_dir(cwd)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
    else {
        return false;
    };
    let (status, _) = wait_for(&mut child, RUN_LIMIT, |child| {
        let _ = child.kill();
    });
    // Not when it crashed: random co_code often kills CPython (it verifies nothing), and what
    // taipan then runs into may loop under CPython too.
    status.is_some_and(|status| {
        use std::os::unix::process::ExitStatusExt;
        status.signal().is_none()
    })
}

/// The crash an exit status and stderr show: a signal other than SIGINT, a Rust panic's 101,
/// an abort's 134, or "panicked" in the output.
pub fn crash_of(status: std::process::ExitStatus, stderr: &[u8]) -> Option<String> {
    use std::os::unix::process::ExitStatusExt;
    if let Some(sig) = status.signal() {
        return Some(format!("killed by signal {sig}"));
    }
    if matches!(status.code(), Some(101 | 134)) {
        return Some(format!("exit status {}", status.code().unwrap_or(0)));
    }
    if stderr.windows(8).any(|w| w == b"panicked") {
        return Some("panicked".to_string());
    }
    // taipan's own reports of a Rust panic (`taipan_vm::panic`).
    for marker in [&b"Fatal Python error"[..], b"(Rust panic)"] {
        if stderr.windows(marker.len()).any(|w| w == marker) {
            return Some(String::from_utf8_lossy(marker).into_owned());
        }
    }
    None
}

/// Saves a finding under tests/fuzz/regressions, named by its content's hash.
fn save(root: &Path, kind: &str, src: &[u8]) -> Result<PathBuf, String> {
    save_in(root, "tests/fuzz/regressions", kind, src)
}

/// Saves a finding under `dir` (hangs go to tests/fuzz/hangs: the regression test, which
/// runs with a timeout, does not replay them).
fn save_in(root: &Path, dir: &str, kind: &str, src: &[u8]) -> Result<PathBuf, String> {
    let dir = root.join(dir);
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let hash = sha1_smol::Sha1::from(src).digest().to_string();
    let path = dir.join(format!("{kind}-{}.py", &hash[..12]));
    std::fs::write(&path, src).map_err(|e| e.to_string())?;
    Ok(path)
}

/// Appends a crashing `code_replace.py` batch (`SEED COUNT`) to tests/fuzz/code_replace.seeds.
fn save_seed(root: &Path, line: &str) -> Result<PathBuf, String> {
    let path = root.join("tests/fuzz/code_replace.seeds");
    let mut text = std::fs::read_to_string(&path).unwrap_or_default();
    if !text.lines().any(|l| l == line) {
        text.push_str(line);
        text.push('\n');
        std::fs::write(&path, text).map_err(|e| e.to_string())?;
    }
    Ok(path)
}

/// Deep-nesting fragments, with the depths that sit around CPython's limits.
const NESTERS: &[(&str, &str)] = &[
    ("(", ")"),
    ("[", "]"),
    ("{", "}"),
    ("-", ""),
    ("not ", ""),
    ("lambda: ", ""),
    ("1+", "1"),
    ("a.", "b"),
    ("f(", ")"),
    ("x if ", " else y"),
    ("await ", "x"),
    ("*", "x"),
    ("f'{", "}'"),
];
const BLOCKS: &[&[u8]] = &[
    b"if x:\n",
    b"for a in b:\n",
    b"def f():\n",
    b"class C:\n",
    b"with a:\n",
    b"while x:\n",
];
const DEPTHS: &[usize] = &[20, 99, 100, 199, 200, 201, 1000, 5000, 100_000];

/// A mutation of a random corpus file.
fn mutate(rng: &mut Rng, corpus: &[(PathBuf, Vec<u8>)]) -> Vec<u8> {
    let (_, base) = rng.pick(corpus);
    mutate_one(rng, base, corpus)
}

fn mutate_one(rng: &mut Rng, base: &[u8], corpus: &[(PathBuf, Vec<u8>)]) -> Vec<u8> {
    let mut b = base.to_vec();
    for _ in 0..1 + rng.below(3) {
        let at = rng.below(b.len() + 1);
        match rng.below(8) {
            0 | 1 => {
                // Byte flips: random bytes or Python punctuation.
                for _ in 0..1 + rng.below(4) {
                    if b.is_empty() {
                        break;
                    }
                    let i = rng.below(b.len());
                    b[i] = if rng.below(2) == 0 {
                        rng.next() as u8
                    } else {
                        *rng.pick(b"()[]{}:;,.'\"\\#@=+-*/%<>!&|^~ \t\n\r0123456789abcdefxjJeE_")
                    };
                }
            }
            2 | 3 => {
                // Splice: some lines of another file.
                let (_, other) = rng.pick(corpus);
                let lines: Vec<&[u8]> = other.split_inclusive(|&c| c == b'\n').collect();
                if !lines.is_empty() {
                    let s = rng.below(lines.len());
                    let n = 1 + rng.below(6);
                    let piece: Vec<u8> = lines[s..(s + n).min(lines.len())].concat();
                    let at = line_start(&b, at);
                    b.splice(at..at, piece);
                }
            }
            4 => b.truncate(at),
            5 => {
                // Delete or duplicate a run of lines.
                let end = (at + rng.below(200)).min(b.len());
                if rng.below(2) == 0 {
                    b.drain(at..end);
                } else {
                    let piece = b[at..end].to_vec();
                    b.splice(at..at, piece);
                }
            }
            6 => {
                // Deep nesting, as an expression statement or inside the code.
                let (open, close) = *rng.pick(NESTERS);
                let depth = *rng.pick(DEPTHS);
                let mut piece = open.repeat(depth).into_bytes();
                piece.extend_from_slice(b"x");
                piece.extend_from_slice(close.repeat(depth).as_bytes());
                if rng.below(2) == 0 {
                    piece.push(b'\n');
                    let at = line_start(&b, at);
                    b.splice(at..at, piece);
                } else {
                    b.splice(at..at, piece);
                }
            }
            _ => {
                // Deep indentation: nested blocks.
                let depth = *rng.pick(DEPTHS);
                let depth = depth.min(300);
                let mut piece = Vec::new();
                for i in 0..depth {
                    piece.extend_from_slice(" ".repeat(i).as_bytes());
                    let block: &&[u8] = rng.pick(BLOCKS);
                    piece.extend_from_slice(block);
                }
                piece.extend_from_slice(" ".repeat(depth).as_bytes());
                piece.extend_from_slice(b"pass\n");
                let at = line_start(&b, at);
                b.splice(at..at, piece);
            }
        }
    }
    b
}

/// The start of the line holding byte `at`.
fn line_start(b: &[u8], at: usize) -> usize {
    let at = at.min(b.len());
    b[..at]
        .iter()
        .rposition(|&c| c == b'\n')
        .map_or(0, |i| i + 1)
}

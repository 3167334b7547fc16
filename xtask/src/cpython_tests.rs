//! `cargo xtask cpython-tests`: CPython's own test suite (`Lib/test`) under taipan beside the real
//! CPython, module by module, live (like `conformance`).
//!
//! The modules are listed in `tests/cpython/modules.txt` (one a line, `#` comments, an optional
//! second field: that module's timeout in seconds). Each module runs under both interpreters
//! through unittest with a small driver (`cpython_tests_driver.py`) that writes each test's
//! outcome (ok / FAIL / ERROR / skipped) to a file as the test ends, so a crash part-way keeps what
//! ran before it; a module whose process dies (exit 70 is a Rust panic, a signal, the timeout)
//! without the driver's `DONE` line is "crashed". Prints a table (CPython passed, taipan passed,
//! failed, errors, skipped, crashed) and a total: tests passing under both / passing under CPython.
//! `tests/cpython/baseline.txt` holds, per module, the ids of the tests that pass under taipan
//! (`--update` rewrites the entries of the modules run); a baseline test that no longer passes is a
//! regression, and regressions make the command fail. taipan's full output per module is kept in
//! `$CARGO_TARGET_DIR/cpython-tests/<module>.log` (verbosity 2: one line a test).

use std::collections::{BTreeMap, BTreeSet};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use taipan_programs::{drain, python_env, wait_for};

const CPYTHON: &str = "/root/.pyenv/versions/3.11.7/bin/python3";
const MODULES: &str = "tests/cpython/modules.txt";
const BASELINE: &str = "tests/cpython/baseline.txt";
const DRIVER: &str = include_str!("cpython_tests_driver.py");
const DEFAULT_TIMEOUT: u64 = 300;

struct Options {
    filter: Option<String>,
    taipan: Option<PathBuf>,
    python: PathBuf,
    jobs: usize,
    update: bool,
    verbose: bool,
    timeout: Option<u64>,
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut options = Options {
        filter: None,
        taipan: None,
        python: PathBuf::from(CPYTHON),
        jobs: std::thread::available_parallelism().map_or(2, |n| n.get()),
        update: false,
        verbose: false,
        timeout: None,
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut value = |what: &str| {
            args.next()
                .cloned()
                .ok_or_else(|| format!("{arg} needs {what}"))
        };
        match arg.as_str() {
            "--filter" => options.filter = Some(value("TEXT")?),
            "--taipan" => options.taipan = Some(value("a PATH")?.into()),
            "--python" => options.python = value("a PATH")?.into(),
            "--jobs" => options.jobs = value("N")?.parse().map_err(|_| "--jobs needs a number")?,
            "--timeout" => {
                options.timeout = Some(
                    value("SECS")?
                        .parse()
                        .map_err(|_| "--timeout needs a number")?,
                )
            }
            "--update" => options.update = true,
            "--verbose" | "-v" => options.verbose = true,
            other => return Err(format!("cpython-tests: unknown argument `{other}`")),
        }
    }
    Ok(options)
}

/// One test's outcome. Ordered by badness: when a test reports twice (a failure, then an error
/// in its tearDown), the worse one stands.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Status {
    Ok,
    Skipped,
    Fail,
    Error,
}

impl Status {
    fn parse(text: &str) -> Option<Status> {
        Some(match text {
            "ok" => Status::Ok,
            "skipped" => Status::Skipped,
            "FAIL" => Status::Fail,
            "ERROR" => Status::Error,
            _ => return None,
        })
    }
    fn name(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Skipped => "skipped",
            Status::Fail => "FAIL",
            Status::Error => "ERROR",
        }
    }
}

/// What one module did under one interpreter.
#[derive(Default)]
struct ModuleRun {
    tests: BTreeMap<String, Status>,
    /// `None` when the driver finished (its `DONE` line); else why the module counts as crashed.
    crashed: Option<String>,
}

impl ModuleRun {
    fn passed(&self) -> BTreeSet<&str> {
        self.tests
            .iter()
            .filter(|(_, s)| **s == Status::Ok)
            .map(|(id, _)| id.as_str())
            .collect()
    }
    fn count(&self, status: Status) -> usize {
        self.tests.values().filter(|s| **s == status).count()
    }
}

struct Module {
    name: String,
    timeout: Duration,
}

fn read_modules(root: &Path, options: &Options) -> Result<Vec<Module>, String> {
    let text = std::fs::read_to_string(root.join(MODULES))
        .map_err(|e| format!("reading {MODULES}: {e}"))?;
    let mut modules = Vec::new();
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        let mut fields = line.split_whitespace();
        let Some(name) = fields.next() else { continue };
        // `--filter a,b`: the modules whose name contains any of the comma-separated parts
        if options
            .filter
            .as_deref()
            .is_some_and(|f| !f.split(',').any(|part| name.contains(part)))
        {
            continue;
        }
        let listed = fields.next().and_then(|t| t.parse().ok());
        let secs = options.timeout.or(listed).unwrap_or(DEFAULT_TIMEOUT);
        modules.push(Module {
            name: name.to_string(),
            timeout: Duration::from_secs(secs),
        });
    }
    Ok(modules)
}

pub fn run(args: &[String]) -> Result<(), String> {
    let options = parse(args)?;
    let root = crate::project_root();
    let modules = read_modules(&root, &options)?;
    if modules.is_empty() {
        return Err(format!("no module of {MODULES} matches"));
    }
    let taipan = match &options.taipan {
        Some(path) => path.clone(),
        None => crate::programs::build_taipan()?,
    };
    let target =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from);
    let logs = target.join("cpython-tests");
    std::fs::create_dir_all(&logs).map_err(|e| format!("{}: {e}", logs.display()))?;
    let work = std::env::temp_dir().join(format!("taipan-cpython-tests-{}", std::process::id()));
    std::fs::create_dir_all(&work).map_err(|e| format!("{}: {e}", work.display()))?;
    let driver = work.join("driver.py");
    std::fs::write(&driver, DRIVER).map_err(|e| format!("{}: {e}", driver.display()))?;

    // Every (module, interpreter) pair is a job; the workers take them in order.
    let interpreters = [taipan.as_path(), options.python.as_path()];
    let jobs: Vec<(usize, usize)> = (0..modules.len()).flat_map(|m| [(m, 0), (m, 1)]).collect();
    let next = AtomicUsize::new(0);
    let mut runs: Vec<[Option<ModuleRun>; 2]> = (0..modules.len()).map(|_| [None, None]).collect();
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..options.jobs.max(1))
            .map(|_| {
                s.spawn(|| {
                    let mut done = Vec::new();
                    while let Some(&(m, i)) = jobs.get(next.fetch_add(1, Ordering::Relaxed)) {
                        let log = (i == 0).then(|| logs.join(format!("{}.log", modules[m].name)));
                        let run = run_module(interpreters[i], &driver, &work, &modules[m], log);
                        if i == 0 {
                            eprintln!(
                                "  {} done{}",
                                modules[m].name,
                                run.crashed
                                    .as_deref()
                                    .map_or(String::new(), |c| format!(" ({c})"))
                            );
                        }
                        done.push((m, i, run));
                    }
                    done
                })
            })
            .collect();
        for handle in handles {
            for (m, i, run) in handle.join().unwrap_or_default() {
                runs[m][i] = Some(run);
            }
        }
    });
    let _ = std::fs::remove_dir_all(&work);
    let runs: Vec<[ModuleRun; 2]> = runs
        .into_iter()
        .map(|[a, b]| [a.unwrap_or_default(), b.unwrap_or_default()])
        .collect();
    report(&root, &modules, &runs, &options)
}

/// Runs the driver on one module in a fresh directory (tests write files into their cwd), in a
/// process group of its own so the timeout kills whatever it started too.
fn run_module(
    interpreter: &Path,
    driver: &Path,
    work: &Path,
    module: &Module,
    log: Option<PathBuf>,
) -> ModuleRun {
    let which = if log.is_some() { "taipan" } else { "cpython" };
    let dir = work.join(format!("{}-{which}", module.name));
    let _ = std::fs::create_dir_all(&dir);
    let results = dir.join("results.txt");
    let child = python_env(
        Command::new(interpreter)
            .arg(driver)
            .arg(&module.name)
            .current_dir(&dir)
            .env("TAIPAN_CPYTHON_TESTS_OUT", &results)
            .env("TAIPAN_CPYTHON_TESTS_VERBOSITY", "2")
            .env("RUST_BACKTRACE", "0"),
    )
    .stdin(Stdio::null())
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .process_group(0)
    .spawn();
    let mut child = match child {
        Ok(child) => child,
        Err(e) => {
            return ModuleRun {
                crashed: Some(format!("cannot run {}: {e}", interpreter.display())),
                ..ModuleRun::default()
            };
        }
    };
    let out = drain(child.stdout.take());
    let err = drain(child.stderr.take());
    let (status, _) = wait_for(&mut child, module.timeout, |child| {
        // SAFETY: kill(2) on the child's own process group; no memory is involved.
        unsafe { libc::kill(-(child.id() as i32), libc::SIGKILL) };
    });
    let stdout = out.join().unwrap_or_default();
    let stderr = err.join().unwrap_or_default();
    if let Some(log) = log {
        let mut text = stdout.clone();
        text.extend_from_slice(&stderr);
        let _ = std::fs::write(log, text);
    }
    let text = std::fs::read_to_string(&results).unwrap_or_default();
    let _ = std::fs::remove_dir_all(&dir);
    let mut run = ModuleRun::default();
    let mut done = false;
    for line in text.lines() {
        if line == "DONE" {
            done = true;
        } else if let Some((status, id)) = line.split_once('\t')
            && let Some(status) = Status::parse(status)
        {
            let entry = run.tests.entry(id.to_string()).or_insert(status);
            *entry = (*entry).max(status);
        }
    }
    if !done {
        let stderr = String::from_utf8_lossy(&stderr);
        let lines: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
        // A panic's message is the line after "panicked at <file>:<line>:".
        let last = match lines.iter().rposition(|l| l.contains("panicked at")) {
            Some(i) => format!(
                "{} {}",
                lines[i].split("panicked at").nth(1).unwrap_or("").trim(),
                lines.get(i + 1).copied().unwrap_or("")
            ),
            None => lines.last().copied().unwrap_or("").to_string(),
        };
        let last: String = last.trim().chars().take(120).collect();
        run.crashed = Some(match status {
            None => format!("timeout {}s", module.timeout.as_secs()),
            Some(s) if s.signal().is_some() => format!("signal {}", s.signal().unwrap_or(0)),
            Some(s) if s.code() == Some(70) => format!("panic: {last}"),
            Some(s) => format!("exit {}: {last}", s.code().unwrap_or(-1)),
        });
    }
    run
}

/// `module -> ids` from the baseline file (`<module> <id>` a line).
fn read_baseline(root: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut baseline: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let text = std::fs::read_to_string(root.join(BASELINE)).unwrap_or_default();
    for line in text.lines() {
        if let Some((module, id)) = line.split_once(' ') {
            baseline
                .entry(module.to_string())
                .or_default()
                .insert(id.to_string());
        }
    }
    baseline
}

fn report(
    root: &Path,
    modules: &[Module],
    runs: &[[ModuleRun; 2]],
    options: &Options,
) -> Result<(), String> {
    let mut baseline = read_baseline(root);
    let mut regressions = Vec::new();
    println!(
        "{:<28} {:>7} {:>7} {:>6} {:>6} {:>6}  crashed",
        "module", "cpython", "taipan", "failed", "errors", "skip"
    );
    let (mut both_total, mut cpython_total, mut taipan_total) = (0, 0, 0);
    for (module, [taipan, cpython]) in modules.iter().zip(runs) {
        let cpython_passed = cpython.passed();
        let taipan_passed = taipan.passed();
        let both = cpython_passed.intersection(&taipan_passed).count();
        both_total += both;
        cpython_total += cpython_passed.len();
        taipan_total += taipan_passed.len();
        let crashed = match (&taipan.crashed, &cpython.crashed) {
            (Some(t), _) => t.clone(),
            (None, Some(c)) => format!("(cpython: {c})"),
            (None, None) => String::new(),
        };
        println!(
            "{:<28} {:>7} {:>7} {:>6} {:>6} {:>6}  {crashed}",
            module.name,
            cpython_passed.len(),
            taipan_passed.len(),
            taipan.count(Status::Fail),
            taipan.count(Status::Error),
            taipan.count(Status::Skipped),
        );
        if options.verbose {
            for (id, status) in &cpython.tests {
                if *status == Status::Ok && !taipan_passed.contains(id.as_str()) {
                    let now = taipan.tests.get(id).map_or("not run", |s| s.name());
                    println!("    {now:<8} {id}");
                }
            }
        }
        if let Some(old) = baseline.get(&module.name) {
            for id in old {
                if !taipan_passed.contains(id.as_str()) {
                    let now = taipan.tests.get(id).map_or("not run", |s| s.name());
                    regressions.push(format!("{} {id}: {now}", module.name));
                }
            }
        }
        if options.update {
            baseline.insert(
                module.name.clone(),
                taipan_passed.iter().map(|s| s.to_string()).collect(),
            );
        }
    }
    println!(
        "total: {both_total} of {cpython_total} tests passing under CPython pass under taipan \
         ({taipan_total} pass under taipan)"
    );
    if options.update {
        let mut text = String::new();
        for (module, ids) in &baseline {
            for id in ids {
                text.push_str(&format!("{module} {id}\n"));
            }
        }
        std::fs::write(root.join(BASELINE), text)
            .map_err(|e| format!("writing {BASELINE}: {e}"))?;
        println!("wrote {BASELINE}");
        return Ok(());
    }
    if regressions.is_empty() {
        Ok(())
    } else {
        for line in &regressions {
            println!("REGRESSION {line}");
        }
        Err(format!(
            "{} test(s) of {BASELINE} no longer pass",
            regressions.len()
        ))
    }
}

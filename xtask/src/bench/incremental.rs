//! `cargo xtask bench incremental [--lines N] [--runs N] [--reruns N]`: the time to bring a
//! module up to date after a one-function edit, against a cold compile of it, through the
//! database of `taipan-db` (issue 5's goal: under 5% of the cold time).
//!
//! The module is generated (deterministic, about `--lines` lines, 10,000 by default): constants,
//! top-level functions, classes with methods, nested functions, comments and docstrings. A
//! compile brings the module's code up to date (`compile_file`: every item's code object,
//! assembled). Cold: a fresh database, best of N. Re-run: an edit inside the body of the function in the middle of
//! the module (new text each run, so no earlier chunk is reused), then the same compile; best
//! of N. The queries the edit re-ran are printed, to show the time is spent where it should be.
//! Each run is timed twice: wall clock, and the thread's CPU time (`CLOCK_THREAD_CPUTIME_ID`),
//! which the other processes of a busy machine disturb far less; the goal is judged on CPU time.

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use taipan_db::{Database, compile_file, log};

pub fn run(args: &[String]) -> Result<(), String> {
    let mut lines = 10_000;
    let mut runs = 10;
    let mut reruns = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let mut value = |flag: &str| {
            rest.next()
                .and_then(|v| v.parse::<usize>().ok())
                .filter(|&n| n > 0)
                .ok_or(format!("{flag} needs a positive count"))
        };
        match arg.as_str() {
            "--lines" => lines = value("--lines")?,
            "--runs" => runs = value("--runs")?,
            // Re-runs alone (default: `--runs`): many of them, with few cold runs, make a
            // profile (`perf record`) of the re-run.
            "--reruns" => reruns = Some(value("--reruns")?),
            other => return Err(format!("bench incremental: unknown argument `{other}`")),
        }
    }
    let reruns = reruns.unwrap_or(runs);
    let (text, target) = module(lines);
    let line_count = text.lines().count();
    println!(
        "module: {line_count} lines, {:.1} KB, generated; edit: the body of `{target}`",
        text.len() as f64 / 1e3
    );

    // Cold: a fresh database each run.
    let mut cold = Duration::MAX;
    let mut cold_cpu = Duration::MAX;
    let mut items = 0;
    for _ in 0..runs {
        let start = Instant::now();
        let start_cpu = cpu_time();
        let mut db = Database::new();
        let file = db.set_file("bench.py", text.clone());
        items = compile_file(&db, file);
        cold_cpu = cold_cpu.min(cpu_time().saturating_sub(start_cpu));
        cold = cold.min(start.elapsed());
        drop(db);
    }

    // Re-run: one database, a new one-function edit each run. The database keeps no event log
    // (as the `taipan` command's): salsa makes an event for every query it verifies when one
    // could be kept.
    let mut db = Database::new();
    let file = db.set_file("bench.py", text.clone());
    compile_file(&db, file);
    let needle = format!("def {target}(n):\n    acc = n + 1\n");
    if !text.contains(&needle) {
        return Err("generated module lacks the edit target".into());
    }
    let edit = |run: usize| {
        text.replacen(
            &needle,
            &format!("def {target}(n):\n    acc = n + {}\n", run + 2),
            1,
        )
    };
    let mut warm = Duration::MAX;
    let mut warm_cpu = Duration::MAX;
    for run in 0..reruns {
        let edited = edit(run);
        let start = Instant::now();
        let start_cpu = cpu_time();
        db.set_file("bench.py", edited);
        compile_file(&db, file);
        warm_cpu = warm_cpu.min(cpu_time().saturating_sub(start_cpu));
        warm = warm.min(start.elapsed());
    }
    drop(db);

    // The queries the edit re-runs, from a database that keeps the log (untimed).
    let mut db = Database::with_log();
    let file = db.set_file("bench.py", text.clone());
    compile_file(&db, file);
    db.start_log();
    db.set_file("bench.py", edit(0));
    compile_file(&db, file);
    let executed = log::render(&db, &db.take_log(), &[file]);

    // For scale: the whole file parsed and lowered at once, no database.
    let mut whole = Duration::MAX;
    for _ in 0..runs {
        let start = Instant::now();
        let lowered = taipan_ast::parse_module(&text);
        whole = whole.min(start.elapsed());
        drop(lowered);
    }

    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let ratio = warm_cpu.as_secs_f64() / cold_cpu.as_secs_f64();
    println!("items: {items} (module, functions, classes)");
    println!(
        "cold compile:       {:>9.3} ms CPU, {:>9.3} ms wall  (best of {runs})",
        ms(cold_cpu),
        ms(cold)
    );
    println!(
        "re-run after edit:  {:>9.3} ms CPU, {:>9.3} ms wall  (best of {reruns})",
        ms(warm_cpu),
        ms(warm)
    );
    println!(
        "ratio:              {:>9.2} % (CPU; wall {:.2} %)   goal < 5%: {}",
        ratio * 100.0,
        warm.as_secs_f64() / cold.as_secs_f64() * 100.0,
        if ratio < 0.05 { "met" } else { "NOT MET" }
    );
    println!(
        "for scale, parse_module of the whole text without the database: {:.3} ms",
        ms(whole)
    );
    println!("queries the edit re-ran ({}):", executed.len());
    for q in &executed {
        println!("  {q}");
    }
    Ok(())
}

/// The calling thread's CPU time.
fn cpu_time() -> Duration {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `t` is a valid timespec for clock_gettime to write.
    let ok = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) } == 0;
    if !ok {
        return Duration::ZERO;
    }
    Duration::new(t.tv_sec as u64, t.tv_nsec as u32)
}

/// A deterministic module of about `lines` lines, and the name of the function in its middle.
fn module(lines: usize) -> (String, String) {
    let mut out = String::from(
        "\"\"\"A generated module for `cargo xtask bench incremental`.\n\nIt has functions,\nclasses and constants.\n\"\"\"\nimport math\nimport functools\n\n",
    );
    // About 40 lines per unit; units alternate between kinds.
    let units = lines / 40 + 1;
    let mut target = String::new();
    for i in 0..units {
        if out.lines().count() >= lines {
            break;
        }
        if i == units / 2 {
            target = format!("func_{i}");
        }
        let _ = write!(
            out,
            r#"
# Section {i}.
LIMIT_{i} = {i} * 3 + 1


def func_{i}(n):
    acc = n + 1
    for k in range(n):
        if k % 3 == 0:
            acc += k * LIMIT_{i}
        elif k % 3 == 1:
            acc -= k
        else:
            acc ^= k
    return acc


@functools.lru_cache(maxsize=None)
def cached_{i}(x, y=2.5, *args, key=None, **kw):
    """Docstring of cached_{i}."""
    values = [v * y for v in args if v]
    total = sum(values) + (x if key is None else key(x))
    return f"{{total:.2f}} {{len(kw)}}"


class Shape_{i}:
    sides = {i} % 7

    def __init__(self, size):
        self.size = size

    def area(self):
        def square(v):
            return v * v
        return square(self.size) * math.pi

    def describe(self):
        try:
            return "shape {i} with %d sides" % self.sides
        except ValueError as e:
            raise RuntimeError("bad") from e
"#
        );
    }
    (out, target)
}

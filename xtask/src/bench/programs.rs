//! `cargo xtask bench programs`: the pyperformance benchmarks vendored under
//! `tests/bench/pyperformance/`, each run as a whole process under CPython and under taipan in
//! the same run, alternating, best of N: wall time (or, with `--clock cpu`, user + system CPU
//! time) and peak RSS of each child, the time ratio per benchmark and their geometric mean
//! (issue 4's goal: at most 2x CPython's time).
//!
//! Each benchmark is `INTERPRETER bm_<name>/run_benchmark.py --loops L` with the pyperf stand-in
//! (`tests/bench/pyperf/`) first on PYTHONPATH; nothing is subtracted (start-up and imports
//! count). A run counts only when it exits 0 and prints what CPython printed (the stand-in's
//! `<name>: <L> loops` lines); a benchmark that fails under taipan is listed with the reason and
//! left out of the mean. Benchmarks whose imports go beyond builtins, sys, gc and pyperf
//! (`benchmarks.txt`'s needs column) are listed as not runnable yet unless `--all`.

use std::path::PathBuf;
use std::time::Duration;

use super::process::{self, Job, Measured, mb};
use super::vendored::{self, Benchmark};

/// Issue 4's goal for the geometric mean of taipan's time over CPython's.
const GOAL: f64 = 2.0;

const USAGE: &str = "usage: cargo xtask bench programs [--runs N] [--filter SUBSTR] [--quick] [--all] \
                     [--taipan-bin PATH] [--timeout SECS] [--clock wall|cpu]";

pub struct Options {
    runs: usize,
    filter: Option<String>,
    quick: bool,
    all: bool,
    taipan_bin: Option<PathBuf>,
    timeout: Duration,
    /// Compare CPU time (user + system) instead of wall time: steadier on a loaded machine.
    cpu_clock: bool,
}

impl Options {
    pub fn parse(args: &[String]) -> Result<Options, String> {
        let mut opts = Options {
            runs: 3,
            filter: None,
            quick: false,
            all: false,
            taipan_bin: None,
            timeout: Duration::from_secs(120),
            cpu_clock: false,
        };
        let mut rest = args.iter();
        while let Some(arg) = rest.next() {
            let mut value = |flag: &str| {
                rest.next()
                    .cloned()
                    .ok_or(format!("{flag} needs a value\n{USAGE}"))
            };
            match arg.as_str() {
                "--runs" => opts.runs = super::parse_count(&value("--runs")?)?,
                "--filter" => opts.filter = Some(value("--filter")?),
                "--quick" => opts.quick = true,
                "--all" => opts.all = true,
                "--taipan-bin" => opts.taipan_bin = Some(value("--taipan-bin")?.into()),
                "--clock" => {
                    opts.cpu_clock = match value("--clock")?.as_str() {
                        "wall" => false,
                        "cpu" => true,
                        other => {
                            return Err(format!("--clock: expected wall or cpu, got `{other}`"));
                        }
                    }
                }
                "--timeout" => {
                    opts.timeout =
                        Duration::from_secs(super::parse_count(&value("--timeout")?)? as u64)
                }
                other => {
                    return Err(format!(
                        "bench programs: unknown argument `{other}`\n{USAGE}"
                    ));
                }
            }
        }
        if opts.quick {
            opts.runs = 1;
        }
        Ok(opts)
    }
}

/// What became of one benchmark.
enum Outcome {
    /// Not run under taipan: imports modules it does not have yet.
    NotRunnable,
    /// CPython itself failed (then nothing is compared).
    PythonFails(String),
    /// CPython ran; taipan failed.
    TaipanFails {
        python: Best,
        reason: String,
    },
    Both {
        python: Best,
        taipan: Best,
    },
}

/// The fastest wall and CPU times over the runs, and the highest peak RSS.
#[derive(Clone, Copy, Default)]
struct Best {
    wall: Option<Duration>,
    cpu: Option<Duration>,
    peak_rss: u64,
}

impl Best {
    fn add(&mut self, run: &Measured) {
        let min = |best: Option<Duration>, new: Duration| Some(best.map_or(new, |b| b.min(new)));
        self.wall = min(self.wall, run.wall);
        self.cpu = min(self.cpu, run.cpu);
        self.peak_rss = self.peak_rss.max(run.peak_rss);
    }
    /// Seconds on the clock compared (`--clock`).
    fn secs(&self, cpu_clock: bool) -> f64 {
        let time = if cpu_clock { self.cpu } else { self.wall };
        time.unwrap_or_default().as_secs_f64()
    }
}

pub fn run(args: &[String]) -> Result<(), String> {
    let opts = Options::parse(args)?;
    let mut benchmarks = vendored::benchmarks()?;
    let problems = vendored::check_unmodified(&benchmarks)?;
    if !problems.is_empty() {
        return Err(format!(
            "the vendored benchmarks are not pyperformance's:\n  {}",
            problems.join("\n  ")
        ));
    }
    if let Some(filter) = &opts.filter {
        benchmarks.retain(|b| b.name.contains(filter.as_str()));
        if benchmarks.is_empty() {
            return Err(format!("no benchmark matches `{filter}`"));
        }
    }
    let python = super::corpus::python()?;
    let taipan = process::taipan_binary(opts.taipan_bin.as_deref())?;
    println!(
        "python3: {}\ntaipan:  {}\nbest of {} run{}, alternating; whole processes, {}; RSS: peak of the child \
         (at least {:.1} MB, the launcher's){}",
        python.display(),
        taipan.display(),
        opts.runs,
        if opts.runs == 1 { "" } else { "s" },
        if opts.cpu_clock {
            "user + system CPU time"
        } else {
            "wall time"
        },
        mb(process::rss_floor()?),
        if opts.quick {
            "; --quick: a fifth of the loops"
        } else {
            ""
        }
    );
    println!();
    println!(
        "{:<18} {:>7} {:>10} {:>10} {:>8} {:>11} {:>11}",
        "benchmark", "loops", "python3", "taipan", "ratio", "python3 RSS", "taipan RSS"
    );
    let mut outcomes = Vec::new();
    for bench in &benchmarks {
        let loops = if opts.quick {
            bench.loops.div_ceil(5)
        } else {
            bench.loops
        };
        let outcome = if bench.needs.is_empty() || opts.all {
            measure(bench, loops, &python, &taipan, &opts)?
        } else {
            Outcome::NotRunnable
        };
        print_row(bench, loops, &outcome, opts.cpu_clock);
        outcomes.push(outcome);
    }
    summary(&benchmarks, &outcomes, opts.cpu_clock);
    Ok(())
}

/// Runs one benchmark `opts.runs` times under each interpreter, alternating.
fn measure(
    bench: &Benchmark,
    loops: u64,
    python: &std::path::Path,
    taipan: &std::path::Path,
    opts: &Options,
) -> Result<Outcome, String> {
    let job = |interpreter: &std::path::Path| {
        Job::new(interpreter)
            .arg(bench.script())
            .arg("--loops")
            .arg(loops.to_string())
            .env("PYTHONPATH", vendored::pyperf_dir())
    };
    let mut py_best = Best::default();
    let mut tp_best = Best::default();
    let mut taipan_failure = None;
    for _ in 0..opts.runs {
        let py = process::measure(&job(python), opts.timeout)?;
        if !py.ok() {
            return Ok(Outcome::PythonFails(py.failure()));
        }
        py_best.add(&py);
        if taipan_failure.is_some() {
            continue;
        }
        let tp = process::measure(&job(taipan), opts.timeout)?;
        if !tp.ok() {
            taipan_failure = Some(tp.failure());
        } else if tp.stdout != py.stdout {
            taipan_failure = Some(format!(
                "printed {:?}, CPython {:?}",
                tp.stdout.trim_end(),
                py.stdout.trim_end()
            ));
        } else {
            tp_best.add(&tp);
        }
    }
    Ok(match taipan_failure {
        Some(reason) => Outcome::TaipanFails {
            python: py_best,
            reason,
        },
        None => Outcome::Both {
            python: py_best,
            taipan: tp_best,
        },
    })
}

fn print_row(bench: &Benchmark, loops: u64, outcome: &Outcome, cpu: bool) {
    let name = &bench.name;
    match outcome {
        Outcome::NotRunnable => println!(
            "{name:<18} {:>7} not runnable yet, needs: {} (--all runs it)",
            "",
            bench.needs.join(" ")
        ),
        Outcome::PythonFails(reason) => {
            println!("{name:<18} {loops:>7} python3 fails: {reason}")
        }
        Outcome::TaipanFails { python, reason } => println!(
            "{name:<18} {loops:>7} {:>9.3}s {:>10} {:>8} {:>8.1} MB {:>11}   fails: {reason}",
            python.secs(cpu),
            "-",
            "-",
            mb(python.peak_rss),
            "-"
        ),
        Outcome::Both { python, taipan } => println!(
            "{name:<18} {loops:>7} {:>9.3}s {:>9.3}s {:>7.2}x {:>8.1} MB {:>8.1} MB",
            python.secs(cpu),
            taipan.secs(cpu),
            taipan.secs(cpu) / python.secs(cpu),
            mb(python.peak_rss),
            mb(taipan.peak_rss)
        ),
    }
}

fn summary(benchmarks: &[Benchmark], outcomes: &[Outcome], cpu: bool) {
    let both: Vec<(&Best, &Best)> = outcomes
        .iter()
        .filter_map(|o| match o {
            Outcome::Both { python, taipan } => Some((python, taipan)),
            _ => None,
        })
        .collect();
    let count = |f: fn(&Outcome) -> bool| outcomes.iter().filter(|o| f(o)).count();
    let failed = count(|o| matches!(o, Outcome::TaipanFails { .. }));
    let python_failed = count(|o| matches!(o, Outcome::PythonFails(_)));
    let not_runnable = count(|o| matches!(o, Outcome::NotRunnable));
    println!();
    if both.is_empty() {
        println!("geometric mean: none, no benchmark ran on both");
    } else {
        let time = geometric_mean(both.iter().map(|(p, t)| t.secs(cpu) / p.secs(cpu)));
        let memory = geometric_mean(
            both.iter()
                .map(|(p, t)| t.peak_rss as f64 / p.peak_rss.max(1) as f64),
        );
        let verdict = if time <= GOAL { "met" } else { "NOT MET" };
        println!(
            "geometric mean of taipan/python3 over the {} benchmarks that ran on both: time {time:.2}x \
             (goal <= {GOAL}x: {verdict}), peak RSS {memory:.2}x",
            both.len()
        );
    }
    println!(
        "left out of the mean: {failed} failed under taipan, {python_failed} failed under python3, \
         {not_runnable} not runnable yet (of {} benchmarks)",
        benchmarks.len()
    );
}

fn geometric_mean(ratios: impl ExactSizeIterator<Item = f64>) -> f64 {
    let n = ratios.len() as f64;
    (ratios.map(f64::ln).sum::<f64>() / n).exp()
}

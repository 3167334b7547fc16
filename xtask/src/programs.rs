//! `cargo xtask programs`: the program corpus under `tests/programs/` (see its README.md).
//!
//! `--bless` regenerates every expected file by running CPython 3.11 (`$TAIPAN_PYTHON`, else
//! pyenv's 3.11.7); without it, builds `taipan` (the dev profile, the binary `cargo test` runs, so
//! that `--update-xfail` agrees with the `programs` test: debug assertions catch panics release
//! builds hide) and runs it on each program in parallel (10 s timeout each), printing a table per
//! group and the first differing line of each failure.
//! `--update-xfail` rewrites `tests/programs/xfail.txt` from the run. `--filter TEXT` keeps the
//! programs whose `<group>/<name>.py` contains TEXT. `--gc-stress` runs taipan with
//! `TAIPAN_GC_STRESS=1` (a collection at every tracked allocation), leaving out the programs of
//! `tests/programs/gc_stress_skip.txt`. Finding, running and judging programs is the
//! `taipan-programs` crate, which the `programs` test of the `taipan` crate shares.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::process::Command;

use taipan_programs::{
    Expected, GC_STRESS_SKIP_PATH, Program, TIMEOUT, Verdict, discover, judge, read_ids,
    read_xfail, run_all,
};

const CPYTHON: &str = "/root/.pyenv/versions/3.11.7/bin/python3";

struct Options {
    bless: bool,
    update_xfail: bool,
    filter: Option<String>,
    taipan: Option<PathBuf>,
    gc_stress: bool,
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut options = Options {
        bless: false,
        update_xfail: false,
        filter: None,
        taipan: None,
        gc_stress: false,
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--bless" => options.bless = true,
            "--update-xfail" => options.update_xfail = true,
            "--gc-stress" => options.gc_stress = true,
            "--filter" => options.filter = Some(args.next().ok_or("--filter needs TEXT")?.clone()),
            "--taipan" => {
                options.taipan = Some(args.next().ok_or("--taipan needs a PATH")?.into());
            }
            other => return Err(format!("programs: unknown argument `{other}`")),
        }
    }
    if options.gc_stress && (options.bless || options.update_xfail) {
        return Err(
            "programs: --gc-stress checks taipan only (no --bless or --update-xfail)".into(),
        );
    }
    Ok(options)
}

pub fn run(args: &[String]) -> Result<(), String> {
    let options = parse(args)?;
    let root = crate::project_root();
    let mut programs = discover(&root, options.filter.as_deref());
    if options.gc_stress {
        let skip = read_ids(&root, GC_STRESS_SKIP_PATH);
        programs.retain(|p| !skip.contains(&p.id()));
    }
    if programs.is_empty() {
        return Err("no programs found under tests/programs/".into());
    }
    if options.bless {
        bless(&root, &programs)
    } else {
        check(&root, &programs, &options)
    }
}

fn workers() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get())
}

/// Runs CPython on every program and writes its stdout, stderr and exit code as the expected files.
fn bless(root: &std::path::Path, programs: &[Program]) -> Result<(), String> {
    let python =
        std::env::var_os("TAIPAN_PYTHON").map_or_else(|| PathBuf::from(CPYTHON), PathBuf::from);
    let outcomes = run_all(&python, root, programs, TIMEOUT, workers(), &[]);
    let mut problems = Vec::new();
    for (program, outcome) in programs.iter().zip(&outcomes) {
        if let Some(e) = &outcome.spawn_error {
            return Err(e.clone());
        }
        let Some(code) = outcome.code.filter(|_| !outcome.timed_out) else {
            problems.push(format!(
                "{}: CPython timed out or was killed; not blessed",
                program.id()
            ));
            continue;
        };
        let expected = Expected {
            stdout: outcome.stdout.clone(),
            stderr: outcome.stderr.clone(),
            code,
        };
        program
            .write_expected(root, &expected)
            .map_err(|e| format!("{}: {e}", program.id()))?;
    }
    println!(
        "blessed {} programs with {}",
        programs.len() - problems.len(),
        python.display()
    );
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

/// Builds the dev-profile `taipan` (as `cargo test` does) and returns its path.
pub(crate) fn build_taipan() -> Result<PathBuf, String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .args(["build", "--quiet", "-p", "taipan"])
        .current_dir(crate::project_root())
        .status()
        .map_err(|e| format!("cannot run cargo build: {e}"))?;
    if !status.success() {
        return Err("`cargo build -p taipan` failed".into());
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| crate::project_root().join("target"), PathBuf::from);
    Ok(target
        .join("debug")
        .join(format!("taipan{}", std::env::consts::EXE_SUFFIX)))
}

/// Runs taipan on every program; prints a table per group and each failure's first difference.
fn check(root: &std::path::Path, programs: &[Program], options: &Options) -> Result<(), String> {
    let taipan = match &options.taipan {
        Some(path) => path.clone(),
        None => build_taipan()?,
    };
    let env: &[(&str, &str)] = if options.gc_stress {
        &[("TAIPAN_GC_STRESS", "1")]
    } else {
        &[]
    };
    let outcomes = run_all(&taipan, root, programs, TIMEOUT, workers(), env);
    let mut groups: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut failing = BTreeSet::new();
    for (program, outcome) in programs.iter().zip(&outcomes) {
        let verdict = match program.expected(root) {
            Ok(expected) => judge(&expected, outcome),
            Err(e) => Verdict::Fail(e),
        };
        let counts = groups.entry(&program.group).or_default();
        match verdict {
            Verdict::Pass => counts.0 += 1,
            Verdict::Fail(why) => {
                counts.1 += 1;
                println!("FAIL {}: {why}", program.id());
                failing.insert(program.id());
            }
        }
    }
    println!("\n{:<16} {:>7} {:>7}", "group", "passed", "failed");
    let (mut passed, mut failed) = (0, 0);
    for (group, (p, f)) in &groups {
        println!("{group:<16} {p:>7} {f:>7}");
        passed += p;
        failed += f;
    }
    println!("{:<16} {passed:>7} {failed:>7}", "total");
    if options.update_xfail {
        // Programs outside the filter keep their entries.
        let ran: BTreeSet<String> = programs.iter().map(Program::id).collect();
        let mut list: BTreeSet<String> = read_xfail(root)
            .into_iter()
            .filter(|id| !ran.contains(id))
            .collect();
        list.extend(failing);
        taipan_programs::write_xfail(root, &list).map_err(|e| format!("writing xfail.txt: {e}"))?;
        println!(
            "wrote {} ({} entries)",
            taipan_programs::XFAIL_PATH,
            list.len()
        );
    }
    Ok(())
}

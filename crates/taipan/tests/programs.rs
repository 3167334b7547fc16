//! The program corpus (`tests/programs/`, see its README.md): runs the built `taipan` on every
//! program from the repository root and compares stdout, stderr and exit code byte for byte with
//! what CPython 3.11 printed. Programs listed in `tests/programs/xfail.txt` are expected to fail;
//! the test fails when an unlisted program fails or a listed one passes, so the list stays honest
//! (`cargo xtask programs --update-xfail` rewrites it). The same programs run again with
//! `TAIPAN_GC_STRESS=1` (a collection at every tracked allocation: a container whose
//! references the collector cannot see frees a live object, and the program's output or exit
//! shows it), but for those in `tests/programs/gc_stress_skip.txt`.

use std::path::{Path, PathBuf};

use taipan_programs::{
    GC_STRESS_SKIP_PATH, TIMEOUT, Verdict, discover, judge, read_ids, read_xfail, run_all,
};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

#[test]
fn programs() {
    check_programs(&[], false);
}

#[test]
fn programs_under_gc_stress() {
    check_programs(&[("TAIPAN_GC_STRESS", "1")], true);
}

/// Runs the corpus with `env` added (without the GC stress run's skipped programs when
/// `stress`) and checks every verdict against xfail.txt.
fn check_programs(env: &[(&str, &str)], stress: bool) {
    // One run at a time: programs that write files (builtins/io_files) use fixed names, so the
    // same program under both runs at once would clobber its own files.
    static ONE_RUN: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _one = ONE_RUN.lock().unwrap_or_else(|e| e.into_inner());
    let root = repo();
    let taipan = PathBuf::from(env!("CARGO_BIN_EXE_taipan"));
    let mut programs = discover(&root, None);
    let known: std::collections::BTreeSet<String> = programs.iter().map(|p| p.id()).collect();
    if stress {
        let skip = read_ids(&root, GC_STRESS_SKIP_PATH);
        programs.retain(|p| !skip.contains(&p.id()));
    }
    let xfail = read_xfail(&root);
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let outcomes = run_all(&taipan, &root, &programs, TIMEOUT, workers, env);
    let (mut passed, mut xfailed) = (0, 0);
    let mut problems = Vec::new();
    for (program, outcome) in programs.iter().zip(&outcomes) {
        let id = program.id();
        let verdict = match program.expected(&root) {
            Ok(expected) => judge(&expected, outcome),
            Err(e) => Verdict::Fail(e),
        };
        match (verdict, xfail.contains(&id)) {
            (Verdict::Pass, false) => passed += 1,
            (Verdict::Fail(_), true) => xfailed += 1,
            (Verdict::Pass, true) => {
                problems.push(format!("{id}: passes but is listed in xfail.txt"))
            }
            (Verdict::Fail(why), false) => problems.push(format!("{id}: {why}")),
        }
    }
    for id in xfail.difference(&known) {
        problems.push(format!("{id}: listed in xfail.txt but no such program"));
    }
    println!(
        "programs{}: {passed} passed, {xfailed} xfail",
        if stress { " (GC stress)" } else { "" }
    );
    assert!(
        problems.is_empty(),
        "{} program(s) disagree with tests/programs/xfail.txt:\n{}\n\
         (if the change is intended, run `cargo xtask programs --update-xfail`)",
        problems.len(),
        problems.join("\n")
    );
}

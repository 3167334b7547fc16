//! `cargo xtask`: project automation. A thin dispatcher: each subcommand lives in its own module
//! and parses its own arguments.

mod bench;
mod codegen;
mod conformance;
mod cpython_tests;
mod fuzz;
mod leakcheck;
mod programs;
mod test;
#[cfg(test)]
mod tidy;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((command, rest)) = args.split_first() else {
        eprintln!("{USAGE}");
        return ExitCode::FAILURE;
    };
    let result = match command.as_str() {
        "codegen" => codegen::run(rest),
        "bench" => bench::run(rest),
        "conformance" => conformance::run(rest),
        "cpython-tests" => cpython_tests::run(rest),
        "fuzz" => fuzz::run(rest),
        "leakcheck" => leakcheck::run(rest),
        "programs" => programs::run(rest),
        "test" => test::run(rest),
        "help" | "--help" | "-h" => {
            println!("{USAGE}");
            Ok(())
        }
        other => Err(format!("unknown command `{other}`\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

const USAGE: &str = "usage: cargo xtask <command>
commands:
  test                                   every test: cargo test --workspace, then conformance
  codegen [--check]                      regenerate crates/syntax/src/generated/ from python.ungram
  bench                                  every benchmark below, default options
  bench parse [--corpus stdlib|all] [--quick] [--runs N]
                                         tokenizer and parser throughput against CPython
  bench incremental [--lines N] [--runs N]
                                         re-run after a one-function edit against cold
  bench programs [--runs N] [--filter SUBSTR] [--quick] [--all] [--taipan-bin PATH] [--timeout SECS]
                 [--clock wall|cpu]
                                         pyperformance benchmarks, taipan beside python3
  fuzz [--seconds N] [--seed S] [--taipan-bin PATH] [--no-run] [--verify-corpus]
                                         mutated sources through the compiler in process and the
                                         binary; crashers saved to tests/fuzz/regressions
  leakcheck [--taipan-bin PATH] [--python-only]
                                         a million reference cycles: flat peak memory, finalizers once
  conformance [--filter SUBSTR] [--row NAME]... [--limit N] [--verbose] [--dir DIR]
                                         taipan against CPython over the whole stdlib directory
  conformance --mutants N [--seed S] [--verbose]
                                         first errors on N mutated stdlib files CPython rejects
  cpython-tests [--filter S[,S..]] [--taipan BIN] [--python BIN] [--jobs N] [--timeout SECS] [--update]
                [--verbose]
                                         CPython's Lib/test modules of tests/cpython/modules.txt under
                                         taipan and python3: passed per module, regressions against
                                         tests/cpython/baseline.txt (--update rewrites it; --verbose
                                         lists the tests passing under CPython only)
  programs [--bless] [--update-xfail] [--gc-stress] [--filter TEXT] [--taipan PATH]
                                         tests/programs/ under taipan (--bless: expected files from CPython;
                                         --gc-stress: a collection at every allocation)";

/// The repository root (the parent of `xtask/`).
pub fn project_root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives one level below the root")
        .to_path_buf()
}

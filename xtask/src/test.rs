//! `cargo xtask test`: every test the project has, in the order a failure is cheapest to read —
//! the workspace's unit, snapshot and tidy tests, then the conformance run against CPython. This
//! is the command README.md gives and `.ci/run` calls.

use std::process::Command;

pub fn run(args: &[String]) -> Result<(), String> {
    if let Some(extra) = args.first() {
        return Err(format!("`test` takes no arguments (got `{extra}`)"));
    }
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .args(["test", "--workspace", "--all-targets"])
        .current_dir(crate::project_root())
        .status()
        .map_err(|e| format!("cannot run cargo test: {e}"))?;
    if !status.success() {
        return Err("cargo test --workspace failed".into());
    }
    crate::conformance::run(&[])
}

//! `cargo xtask test`: every test the project has, in the order a failure is cheapest to read —
//! formatting, the workspace's unit, snapshot and tidy tests, then the conformance run against
//! CPython. This is the command README.md gives and `.ci/run` calls.

use std::process::Command;

pub fn run(args: &[String]) -> Result<(), String> {
    if let Some(extra) = args.first() {
        return Err(format!("`test` takes no arguments (got `{extra}`)"));
    }
    cargo(&["fmt", "--all", "--", "--check"])?;
    cargo(&["test", "--workspace", "--all-targets"])?;
    crate::conformance::run(&[])
}

/// Runs `cargo ARGS` in the project root; a failure names the command.
fn cargo(args: &[&str]) -> Result<(), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .args(args)
        .current_dir(crate::project_root())
        .status()
        .map_err(|e| format!("cannot run cargo {}: {e}", args[0]))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`cargo {}` failed", args.join(" ")))
    }
}

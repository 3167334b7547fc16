//! The program corpus under `tests/programs/`, shared by `cargo xtask programs` and the `taipan`
//! crate's `programs` test so that both find, run and judge programs the same way.
//!
//! Layout: `tests/programs/<group>/<name>.py`, with beside it `<name>.out` (expected stdout),
//! `<name>.err` (stderr, only when non-empty), `<name>.code` (exit code, only when not 0) and
//! `<name>.in` (stdin, optional). Every interpreter runs with the repository root as its working
//! directory and the path `tests/programs/<group>/<name>.py`, so tracebacks name the same file.
//! The inputs of the per-stage snapshots (`tests/stages/`) are the group `stages`.

mod corpus;
mod judge;
mod run;
mod xfail;

pub use corpus::{Expected, Program, discover};
pub use judge::{Verdict, judge};
pub use run::{Outcome, drain, python_env, run, run_all, wait_for};
pub use xfail::{GC_STRESS_SKIP_PATH, XFAIL_PATH, read_ids, read_xfail, write_xfail};

/// How long one program may run before it counts as a hang (a failure).
pub const TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// The corpus directory, relative to the repository root.
pub const PROGRAMS_DIR: &str = "tests/programs";

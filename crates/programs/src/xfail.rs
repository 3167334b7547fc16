//! Lists of program ids (`<group>/<name>.py` a line; blank lines and `#` comments ignored):
//! the programs known to fail under taipan, `tests/programs/xfail.txt`, and those left out of
//! the run under `TAIPAN_GC_STRESS=1`, `tests/programs/gc_stress_skip.txt` (they print what the
//! collector's schedule decides, which a collection at every allocation changes).

use std::collections::BTreeSet;
use std::path::Path;

/// The list's path, relative to the repository root.
pub const XFAIL_PATH: &str = "tests/programs/xfail.txt";

/// The programs the GC stress run leaves out, relative to the repository root.
pub const GC_STRESS_SKIP_PATH: &str = "tests/programs/gc_stress_skip.txt";

/// The ids listed in `tests/programs/xfail.txt` (empty when the file does not exist).
pub fn read_xfail(root: &Path) -> BTreeSet<String> {
    read_ids(root, XFAIL_PATH)
}

/// The ids listed in the file at `path` (relative to `root`; empty when it does not exist).
pub fn read_ids(root: &Path, path: &str) -> BTreeSet<String> {
    std::fs::read_to_string(root.join(path))
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

/// Rewrites the list with `failing`, sorted, under a header saying how it is made.
pub fn write_xfail(root: &Path, failing: &BTreeSet<String>) -> std::io::Result<()> {
    let mut text = String::from(
        "# Programs under tests/programs/ that taipan does not pass yet, one a line.\n\
         # Rewritten by `cargo xtask programs --update-xfail`; the `programs` test of the\n\
         # taipan crate fails when a program not listed fails or a listed one passes.\n",
    );
    for id in failing {
        text.push_str(id);
        text.push('\n');
    }
    std::fs::write(root.join(XFAIL_PATH), text)
}

//! The list of programs known to fail under taipan, `tests/programs/xfail.txt`: one program id
//! (`<group>/<name>.py`) a line; blank lines and `#` comments are ignored.

use std::collections::BTreeSet;
use std::path::Path;

/// The list's path, relative to the repository root.
pub const XFAIL_PATH: &str = "tests/programs/xfail.txt";

/// The ids listed (empty when the file does not exist).
pub fn read_xfail(root: &Path) -> BTreeSet<String> {
    std::fs::read_to_string(root.join(XFAIL_PATH))
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

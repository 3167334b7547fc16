//! The `taipan` command line.
fn main() {}

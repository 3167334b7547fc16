//! `cargo xtask bench parse`: placeholder.
pub fn run(_args: &[String]) -> Result<(), String> {
    Err("bench: not yet".into())
}

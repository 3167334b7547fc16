//! The conformance report: the table of rows, then each row's mismatches.

use super::Tally;
use super::rows::Row;

/// Mismatches shown per row without `--verbose`.
pub const SHOWN: usize = 20;

/// Prints the table and the mismatches; returns how many rows fall short of their goal.
pub fn print(rows: &[Box<dyn Row>], tallies: &[Tally], verbose: bool) -> usize {
    let mut short = 0;
    println!(
        "{:<16} {:>15} {:>8}  {:<6} status",
        "row", "passed/total", "percent", "goal"
    );
    for (row, t) in rows.iter().zip(tallies) {
        let ok = row.meets_goal(t.passed, t.total);
        if !ok {
            short += 1;
        }
        let percent = if t.total == 0 {
            100.0
        } else {
            100.0 * t.passed as f64 / t.total as f64
        };
        let skipped: Vec<String> = t
            .skipped
            .iter()
            .map(|(r, n)| format!("{n} skipped: {r}"))
            .collect();
        println!(
            "{:<16} {:>15} {:>7.2}%  {:<6} {}{}",
            row.name(),
            format!("{}/{}", t.passed, t.total),
            percent,
            row.goal(),
            if ok { "ok" } else { "SHORT" },
            if skipped.is_empty() {
                String::new()
            } else {
                format!("  ({})", skipped.join(", "))
            }
        );
    }
    for (row, t) in rows.iter().zip(tallies) {
        if t.failures.is_empty() {
            continue;
        }
        println!("\n== {}: {} mismatches", row.name(), t.failures.len());
        let n = if verbose {
            t.failures.len()
        } else {
            t.failures.len().min(SHOWN)
        };
        for f in &t.failures[..n] {
            println!("{}: {}", f.file, f.detail);
        }
        if n < t.failures.len() {
            println!(
                "... and {} more (--verbose shows all)",
                t.failures.len() - n
            );
        }
    }
    short
}

//! Judging mutants: CPython's first error against taipan's, counted (same line, same line and
//! message, same class too; false accepts and rejects) and grouped into kinds of mismatch, each
//! kind printed with its count and one example.

use std::collections::HashMap;

use super::{FirstError, Made};

/// A mutant, CPython's first error (`None`: accepted) and taipan's.
pub struct Judged {
    pub made: Made,
    pub cpython: Option<(String, u32, String)>,
    pub taipan: Option<FirstError>,
}

pub struct Tally {
    pub rejected: usize,
    pub accepted: usize,
    pub same_line: usize,
    pub same_message: usize,
    pub same_class: usize,
    pub false_accepts: usize,
    pub false_rejects: usize,
    /// Kind of mismatch -> indices into the judged mutants.
    pub kinds: Vec<(String, Vec<usize>)>,
}

/// A message with the parts that vary from case to case (long quoted texts, numbers) blanked, so
/// that mismatches of one kind fall together.
fn template(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(q) = rest.find('\'') {
        out.push_str(&rest[..=q]);
        rest = &rest[q + 1..];
        match rest.find('\'') {
            Some(e) if e > 3 => {
                out.push_str("…'");
                rest = &rest[e + 1..];
            }
            _ => {}
        }
    }
    out.push_str(rest);
    let mut cleaned = String::with_capacity(out.len());
    for c in out.chars() {
        if c.is_ascii_digit() {
            if !cleaned.ends_with('N') {
                cleaned.push('N');
            }
        } else {
            cleaned.push(c);
        }
    }
    cleaned
}

impl Tally {
    pub fn new(judged: &[Judged]) -> Tally {
        let mut t = Tally {
            rejected: 0,
            accepted: 0,
            same_line: 0,
            same_message: 0,
            same_class: 0,
            false_accepts: 0,
            false_rejects: 0,
            kinds: Vec::new(),
        };
        let mut kinds: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, j) in judged.iter().enumerate() {
            let kind = match (&j.cpython, &j.taipan) {
                (None, None) => {
                    t.accepted += 1;
                    continue;
                }
                (None, Some((_, _, m))) => {
                    t.accepted += 1;
                    t.false_rejects += 1;
                    format!("false reject: taipan {:?}", template(m))
                }
                (Some((_, _, m)), None) => {
                    t.rejected += 1;
                    t.false_accepts += 1;
                    format!("false accept: CPython {:?}", template(m))
                }
                (Some((cc, cl, cm)), Some((tc, tl, tm))) => {
                    t.rejected += 1;
                    if cl != tl {
                        let dir = if tl < cl { "earlier" } else { "later" };
                        format!(
                            "line ({dir}): CPython {:?} / taipan {:?}",
                            template(cm),
                            template(tm)
                        )
                    } else if cm != tm {
                        t.same_line += 1;
                        format!(
                            "message: CPython {:?} / taipan {:?}",
                            template(cm),
                            template(tm)
                        )
                    } else if cc != tc {
                        t.same_line += 1;
                        t.same_message += 1;
                        format!("class: CPython {cc} / taipan {tc} ({:?})", template(cm))
                    } else {
                        t.same_line += 1;
                        t.same_message += 1;
                        t.same_class += 1;
                        continue;
                    }
                }
            };
            kinds.entry(kind).or_default().push(i);
        }
        t.kinds = kinds.into_iter().collect();
        t.kinds
            .sort_by(|a, b| b.1.len().cmp(&a.1.len()).then_with(|| a.0.cmp(&b.0)));
        t
    }

    pub fn print(&self, judged: &[Judged], crashed: usize, verbose: bool) {
        let pct = |n: usize| 100.0 * n as f64 / self.rejected.max(1) as f64;
        println!(
            "mutants: {} made, CPython rejects {}, accepts {} ({} crashed, left out)",
            judged.len(),
            self.rejected,
            self.accepted,
            crashed
        );
        println!("  of those CPython rejects, taipan's first error has");
        for (label, n) in [
            ("the same line", self.same_line),
            ("the same line and message", self.same_message),
            ("the same line, message and class", self.same_class),
        ] {
            println!("    {label:<34} {n:>6}  {:6.2}%", pct(n));
        }
        println!(
            "  false accepts (CPython rejects, taipan accepts): {}",
            self.false_accepts
        );
        println!(
            "  false rejects (CPython accepts, taipan rejects): {}",
            self.false_rejects
        );
        let shown = if verbose {
            self.kinds.len()
        } else {
            self.kinds.len().min(25)
        };
        println!(
            "kinds of mismatch ({} kinds, commonest first):",
            self.kinds.len()
        );
        for (kind, ids) in &self.kinds[..shown] {
            println!("  {:>4}  {kind}", ids.len());
            let examples = if verbose { ids.len() } else { 1 };
            for &i in ids.iter().take(examples) {
                let j = &judged[i];
                let show = |e: Option<(&str, u32, &str)>| match e {
                    None => "accepts".to_string(),
                    Some((c, l, m)) => format!("{c} line {l}: {m}"),
                };
                println!(
                    "        {} <- {}: {}",
                    j.made.path.display(),
                    j.made.source,
                    j.made.what
                );
                println!(
                    "          CPython {}\n          taipan  {}",
                    show(
                        j.cpython
                            .as_ref()
                            .map(|(c, l, m)| (c.as_str(), *l, m.as_str()))
                    ),
                    show(
                        j.taipan
                            .as_ref()
                            .map(|(c, l, m)| (c.as_str(), *l, m.as_str()))
                    )
                );
            }
        }
    }
}

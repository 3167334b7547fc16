//! For each `.py` file under the directories given: the constants the optimizer (with CPython's
//! options) creates, i.e. those in the optimized tree that were not in the tree before, in the
//! canonical `type:repr` form of `crates/opt/tools/co_consts.py`. Files taipan does not parse
//! cleanly are left out. Output: `FILE <path>` lines, each followed by its constants, one per
//! line (with `--all`, every constant of the optimized tree). `crates/opt/tools/check_folds.py`
//! checks them against CPython's `co_consts`.

use std::collections::BTreeSet;
use std::io::Write;

use taipan_ast::Constant;
use taipan_ast::repr::constant_repr;
use taipan_opt::{Options, constants, optimize};

fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

/// `type:repr`, tuples and frozensets item by item, frozenset items sorted.
fn canon(c: &Constant) -> String {
    match c {
        Constant::Tuple(items) => {
            let inner: Vec<String> = items.iter().map(canon).collect();
            let comma = if items.len() == 1 { "," } else { "" };
            format!("({}{comma})", inner.join(", "))
        }
        Constant::FrozenSet(items) => {
            let mut inner: Vec<String> = items.iter().map(canon).collect();
            inner.sort();
            format!("frozenset({{{}}})", inner.join(", "))
        }
        _ => format!("{}:{}", c.type_name(), constant_repr(c)),
    }
}

fn main() {
    let mut files = Vec::new();
    let mut all = false;
    for arg in std::env::args().skip(1) {
        if arg == "--all" {
            all = true;
            continue;
        }
        walk(std::path::Path::new(&arg), &mut files);
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for path in files {
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let Ok(text) = taipan_tokenizer::decode_source(&bytes) else {
            continue;
        };
        let mut lowered = taipan_ast::parse_module(&text);
        if !lowered.errors.is_empty() {
            continue;
        }
        let before: BTreeSet<String> = constants(&lowered.ast).into_iter().map(canon).collect();
        let result = optimize(&mut lowered.ast, &Options::cpython());
        if result.error.is_some() {
            continue;
        }
        let after: BTreeSet<String> = constants(&lowered.ast).into_iter().map(canon).collect();
        let _ = writeln!(out, "FILE {}", path.display());
        let shown: Vec<&String> = if all {
            after.iter().collect()
        } else {
            after.difference(&before).collect()
        };
        for c in shown {
            let _ = writeln!(out, "{}", c.replace('\n', "\\n"));
        }
    }
}

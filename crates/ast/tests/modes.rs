//! Data tests of the other modes of `ast.parse`: each `tests/data/ast/modes/<mode>_*.py` (mode
//! `eval`, `single` or `func_type`) is parsed in its mode. Its snapshot is the tree as
//! `ast.dump(tree, indent=2)` prints it, or the rendered diagnostics. When CPython 3.11 is on the
//! machine, the outcome must equal `ast.parse(source, mode=...)`'s: the same
//! `ast.dump(tree, include_attributes=True)`, or the same first error message on the same line.

use std::path::{Path, PathBuf};
use std::process::Command;

use taipan_ast::dump::{DumpOptions, dump};
use taipan_ast::{Lowered, Mode, parse};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/ast/modes")
}

/// The cases, with their mode.
fn cases() -> Vec<(PathBuf, Mode)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let stem = p.file_stem().unwrap().to_string_lossy().into_owned();
            let mode = [Mode::FuncType, Mode::Eval, Mode::Single]
                .into_iter()
                .find(|m| stem.starts_with(&format!("{}_", m.name())))
                .unwrap_or_else(|| panic!("{stem}: the name must start with the mode"));
            (p, mode)
        })
        .collect()
}

/// One line per case: the dump with attributes, or `error LINE: MESSAGE`.
fn outcome(text: &str, lowered: &Lowered) -> String {
    match lowered.errors.first() {
        None => dump(&lowered.ast, &DumpOptions::with_attributes()),
        Some(e) => {
            let line = text[..usize::from(e.range.start()).min(text.len())]
                .matches('\n')
                .count()
                + 1;
            format!("error {line}: {}", e.message)
        }
    }
}

/// CPython's outcomes for the cases, in the same form, if CPython 3.11 is on the machine.
fn cpython_outcomes(cases: &[(PathBuf, Mode)]) -> Option<Vec<String>> {
    let pyenv = PathBuf::from("/root/.pyenv/versions/3.11.7/bin/python3");
    let exe = if pyenv.exists() {
        pyenv
    } else {
        PathBuf::from("python3")
    };
    let script = r#"
import ast, sys
assert sys.version_info[:2] == (3, 11)
for arg in sys.argv[1:]:
    mode, path = arg.split(":", 1)
    try:
        print(ast.dump(ast.parse(open(path, "rb").read(), mode=mode), include_attributes=True))
    except SyntaxError as e:
        print("error %d: %s" % (e.lineno or 1, e.msg))
"#;
    let args = cases
        .iter()
        .map(|(p, m)| format!("{}:{}", m.name(), p.display()));
    let out = Command::new(exe)
        .arg("-c")
        .arg(script)
        .args(args)
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    Some(
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(str::to_owned)
            .collect(),
    )
}

#[test]
fn modes() {
    let cases = cases();
    let theirs = cpython_outcomes(&cases);
    if let Some(theirs) = &theirs {
        assert_eq!(theirs.len(), cases.len(), "CPython's outcomes: {theirs:?}");
    } else {
        eprintln!("no CPython 3.11: outcomes not compared");
    }
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(dir().join("../snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    let mut mismatches = Vec::new();
    for (i, (path, mode)) in cases.iter().enumerate() {
        let text = std::fs::read_to_string(path).unwrap();
        let lowered = parse(&text, *mode);
        let ours = outcome(&text, &lowered);
        if let Some(theirs) = &theirs
            && theirs.get(i) != Some(&ours)
        {
            mismatches.push(format!(
                "{}:\n  CPython {}\n  taipan  {ours}",
                path.display(),
                theirs.get(i).map_or("<none>", |s| s.as_str())
            ));
        }
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let snapshot = if lowered.errors.is_empty() {
            dump(&lowered.ast, &DumpOptions::indented(2))
        } else {
            let diagnostics: Vec<_> = lowered
                .errors
                .iter()
                .map(|e| taipan_diagnostics::Diagnostic {
                    title: e.kind.class_name().to_string(),
                    message: e.message.clone(),
                    range: usize::from(e.range.start())..usize::from(e.range.end()),
                    severity: taipan_diagnostics::Severity::Error,
                })
                .collect();
            taipan_diagnostics::render(&file, &text, &diagnostics, false)
        };
        let name = format!("modes__{}", path.file_stem().unwrap().to_string_lossy());
        settings.bind(|| insta::assert_snapshot!(name, snapshot));
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

/// Every entry point keeps every byte, on any input: each mode over every case file and every
/// file of the parser's corpus (valid and broken), its lowering too (no panic).
#[test]
fn modes_are_lossless() {
    let mut files: Vec<PathBuf> = cases().into_iter().map(|(p, _)| p).collect();
    for sub in ["parser/ok", "parser/err"] {
        let d = dir().join("../..").join(sub);
        files.extend(std::fs::read_dir(d).unwrap().flatten().map(|e| e.path()));
    }
    type Entry = fn(&str) -> taipan_syntax::Parse;
    let entries: [(Mode, Entry); 3] = [
        (Mode::Eval, taipan_syntax::parse_expression),
        (Mode::Single, taipan_syntax::parse_interactive),
        (Mode::FuncType, taipan_syntax::parse_func_type),
    ];
    for path in files {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        for (mode, entry) in entries {
            let tree = entry(&text).syntax_node().to_string();
            assert_eq!(tree, text, "{} in mode {}", path.display(), mode.name());
            parse(&text, mode);
        }
    }
}

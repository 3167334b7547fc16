//! Data-driven parser tests over `tests/data/parser/{ok,err}/*.py`: tree + error snapshots
//! (rust-analyzer's debug format), no errors on `ok/`, CPython's first error (message and line,
//! from the `# CPython: ...` comment atop each `err/` file), and the lossless round trip on every
//! file and on mutations of it.

use std::path::Path;

use taipan_syntax::parse;

fn data_dir() -> &'static Path {
    Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/data/parser"
    ))
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset].matches('\n').count() + 1
}

fn snapshot_settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(data_dir().join("snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings
}

#[test]
fn ok_files() {
    snapshot_settings().bind(|| {
        insta::glob!("../../../tests/data/parser", "ok/*.py", |path| {
            let text = std::fs::read_to_string(path).unwrap();
            let parse = parse(&text);
            assert_eq!(parse.syntax_node().text().to_string(), text, "round trip");
            insta::assert_snapshot!(parse.debug_dump());
            assert!(
                parse.errors().is_empty(),
                "{}: unexpected errors {:?}",
                path.display(),
                parse.errors()
            );
        });
    });
}

#[test]
fn err_files() {
    let mut mismatches = Vec::new();
    snapshot_settings().bind(|| {
        insta::glob!("../../../tests/data/parser", "err/*.py", |path| {
            let text = std::fs::read_to_string(path).unwrap();
            let parse = parse(&text);
            assert_eq!(parse.syntax_node().text().to_string(), text, "round trip");
            insta::assert_snapshot!(parse.debug_dump());
            let expected = text
                .lines()
                .next()
                .and_then(|l| l.strip_prefix("# CPython: "))
                .expect("err files start with '# CPython: <Class>: <message> (line N)'");
            let first = parse.errors().first().expect("an error");
            let got = format!(
                "{}: {} (line {})",
                first.kind.class_name(),
                first.message,
                line_of(&text, u32::from(first.range.start()) as usize)
            );
            if got != expected {
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                mismatches.push(format!("{name}: taipan {got} / {expected}"));
            }
        });
    });
    assert!(
        mismatches.is_empty(),
        "first errors differ from CPython's:\n{}",
        mismatches.join("\n")
    );
}

/// Every data file, every prefix of it, and it with each single byte deleted, stays lossless.
#[test]
fn lossless_under_mutation() {
    for sub in ["ok", "err"] {
        let mut entries: Vec<_> = std::fs::read_dir(data_dir().join(sub))
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .collect();
        entries.sort();
        for path in entries {
            let text = std::fs::read_to_string(&path).unwrap();
            let mut variants: Vec<String> = Vec::new();
            for (i, _) in text.char_indices() {
                variants.push(text[..i].to_string());
                let mut deleted = text.clone();
                deleted.remove(i);
                variants.push(deleted);
            }
            for v in variants {
                let parse = parse(&v);
                assert_eq!(
                    parse.syntax_node().text().to_string(),
                    v,
                    "{}",
                    path.display()
                );
            }
        }
    }
}

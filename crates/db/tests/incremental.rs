//! Incremental recompilation, from salsa's event log: each `tests/incremental/*.edit` file is
//! an edit of `tests/incremental/module.py` (a `# comment` saying what it checks, then
//! `--- find` and `--- replace` texts); the snapshot is the list of queries that executed when
//! the edited module was compiled again (every item's last stage brought up to date).

use std::path::Path;

use taipan_db::{Database, compile_file, log};

struct Edit {
    what: String,
    find: String,
    replace: String,
}

fn parse_edit(text: &str) -> Edit {
    let (head, rest) = text.split_once("--- find\n").expect("`--- find` section");
    let (find, replace) = rest
        .split_once("--- replace\n")
        .expect("`--- replace` section");
    Edit {
        what: head.trim().trim_start_matches("# ").to_string(),
        find: find.to_string(),
        replace: replace.to_string(),
    }
}

#[test]
fn edits() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/incremental");
    let base = std::fs::read_to_string(dir.join("module.py")).expect("module.py");
    insta::glob!("incremental/*.edit", |path| {
        let edit = parse_edit(&std::fs::read_to_string(path).expect("edit file"));
        assert_eq!(
            base.matches(&edit.find).count(),
            1,
            "{}: the find text must occur once",
            path.display()
        );
        let mut db = Database::with_log();
        let file = db.set_file("module.py", base.clone());
        compile_file(&db, file);
        db.start_log();
        db.set_file("module.py", base.replacen(&edit.find, &edit.replace, 1));
        compile_file(&db, file);
        let executed = log::render(&db, &db.take_log(), &[file]);
        let mut out = format!("{}\n\nre-executed:\n", edit.what);
        for q in executed {
            out.push_str("  ");
            out.push_str(&q);
            out.push('\n');
        }
        insta::assert_snapshot!(out);
    });
}

/// The whole first compile, for reference: every query runs once.
#[test]
fn cold_compile_runs_every_query_once() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/incremental");
    let base = std::fs::read_to_string(dir.join("module.py")).expect("module.py");
    let mut db = Database::with_log();
    db.start_log();
    let file = db.set_file("module.py", base);
    let items = compile_file(&db, file);
    let executed = log::render(&db, &db.take_log(), &[file]);
    insta::assert_snapshot!(format!("{items} items\n\n{}", executed.join("\n")));
    // Nothing to do a second time.
    compile_file(&db, file);
    assert!(db.take_log().is_empty());
}

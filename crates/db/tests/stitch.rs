//! The chunked front end against the whole-file one: for every Python file of the repository's
//! corpora (and of CPython's stdlib with `--ignored`), the tokens and tree stitched from chunks
//! equal `tokenize` and `parse` of the whole text, and every item's AST, taken back to absolute
//! positions, equals the matching statement of the whole file's AST (with nested bodies
//! emptied, as an item's AST has them).

use std::path::{Path, PathBuf};

use taipan_ast::dump::{DumpOptions, dump_stmt};
use taipan_ast::{Ast, Mod, StmtKind};
use taipan_db::{Database, ItemKind, item_tree, tokens, tree};

fn py_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            py_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

fn read(path: &Path) -> Option<String> {
    let bytes = std::fs::read(path).ok()?;
    taipan_tokenizer::decode_source(&bytes)
        .ok()
        .map(|t| t.into_owned())
}

/// The statements of an item kind in the arena, in source order.
fn defs(ast: &Ast) -> Vec<taipan_ast::StmtId> {
    let mut v: Vec<_> = ast
        .stmts
        .iter()
        .filter(|(_, s)| {
            matches!(
                s.kind,
                StmtKind::FunctionDef(_) | StmtKind::AsyncFunctionDef(_) | StmtKind::ClassDef(_)
            )
        })
        .map(|(id, s)| (s.loc.lineno, s.loc.col_offset, id))
        .collect();
    v.sort_by_key(|&(l, c, _)| (l, c));
    v.into_iter().map(|(_, _, id)| id).collect()
}

fn body_mut(kind: &mut StmtKind) -> Option<&mut Vec<taipan_ast::StmtId>> {
    match kind {
        StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => Some(&mut f.body),
        StmtKind::ClassDef(c) => Some(&mut c.body),
        _ => None,
    }
}

/// Checks one file; returns a description of the first difference.
fn check(path: &Path, text: &str) -> Result<(), String> {
    let mut db = Database::new();
    let file = db.set_file(path, text);
    let whole_tokens = taipan_tokenizer::tokenize(text);
    if *tokens(&db, file) != whole_tokens {
        return Err("stitched tokens differ".into());
    }
    let whole = taipan_syntax::parse(text);
    let stitched = tree(&db, file);
    if stitched.green != *whole.green() {
        return Err("stitched tree differs".into());
    }
    if stitched.errors != whole.errors() {
        return Err(format!(
            "stitched errors differ:\n{:?}\n{:?}",
            stitched.errors,
            whole.errors()
        ));
    }
    if !whole.errors().is_empty() {
        return Ok(());
    }
    let full = taipan_ast::parse_module(text).ast;
    let full_defs = defs(&full);
    let items = &item_tree(&db, file).items;
    if items.len() != full_defs.len() + 1 {
        return Err(format!(
            "{} items, {} defs",
            items.len() - 1,
            full_defs.len()
        ));
    }
    let opts = DumpOptions::with_attributes();
    for (n, &item) in items.iter().enumerate() {
        let mine = item.absolute_ast(&db);
        let mut theirs = full.clone();
        let (mine_id, theirs_id) = if item.kind(&db) == ItemKind::Module {
            for (_, s) in theirs.stmts.iter_mut() {
                if let Some(b) = body_mut(&mut s.kind) {
                    b.clear();
                }
            }
            (None, None)
        } else {
            let target = full_defs[n - 1];
            for (id, s) in theirs.stmts.iter_mut() {
                if id != target
                    && let Some(b) = body_mut(&mut s.kind)
                {
                    b.clear();
                }
            }
            let Mod::Module { body, .. } = &mine.root else {
                return Err("item root".into());
            };
            (body.first().copied(), Some(target))
        };
        let render = |ast: &Ast, id: Option<taipan_ast::StmtId>| match id {
            Some(id) => dump_stmt(ast, id, &opts),
            None => taipan_ast::dump::dump(ast, &opts),
        };
        let a = render(&mine, mine_id);
        let b = render(&theirs, theirs_id);
        if a != b {
            let at = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
            let from = at.saturating_sub(150);
            let cut = |s: &str| {
                s.get(from..(at + 150).min(s.len()))
                    .unwrap_or("")
                    .to_string()
            };
            return Err(format!(
                "item {}:\n  ours: {}\nwhole: {}",
                item.path(&db),
                cut(&a),
                cut(&b)
            ));
        }
    }
    Ok(())
}

fn run(files: &[PathBuf]) {
    let mut failures = Vec::new();
    let mut checked = 0;
    for path in files {
        let Some(text) = read(path) else { continue };
        checked += 1;
        let result = std::panic::catch_unwind(|| check(path, &text))
            .unwrap_or_else(|_| Err("panicked".into()));
        if let Err(e) = result {
            failures.push(format!("{}: {e}", path.display()));
        }
    }
    assert!(checked > 0, "no file checked");
    assert!(
        failures.is_empty(),
        "{} of {checked} files differ:\n{}",
        failures.len(),
        failures
            .iter()
            .take(5)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n\n")
    );
}

#[test]
fn repository_corpora() {
    let mut files = Vec::new();
    py_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data"),
        &mut files,
    );
    run(&files);
}

#[test]
#[ignore = "slow: the whole stdlib (cargo test -p taipan-db --test stitch -- --ignored)"]
fn cpython_stdlib() {
    let root = PathBuf::from("/root/.pyenv/versions/3.11.7/lib/python3.11");
    let mut files = Vec::new();
    py_files(&root, &mut files);
    run(&files);
}

/// Broken text: every prefix of a module (cut every few bytes, so inside strings, brackets and
/// blocks) stitches and compiles like the whole-file front end, without a panic.
#[test]
fn prefixes_of_a_module() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/incremental/module.py");
    let text = read(&path).expect("module.py");
    let mut failures = Vec::new();
    for cut in (0..text.len()).step_by(7) {
        if !text.is_char_boundary(cut) {
            continue;
        }
        let prefix = &text[..cut];
        let result = std::panic::catch_unwind(|| {
            check(&path, prefix)?;
            let mut db = Database::new();
            let file = db.set_file("prefix.py", prefix);
            taipan_db::compile_file(&db, file);
            Ok::<(), String>(())
        })
        .unwrap_or_else(|_| Err("panicked".into()));
        if let Err(e) = result {
            failures.push(format!("cut at {cut}: {e}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

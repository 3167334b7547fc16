//! The module code assembled from per-item code queries (`module_code`) equals the code
//! object of the whole-file compiler (`taipan_codegen::compile_source`), byte for byte:
//! `co_code`, constants and nested code objects recursively, names, location and exception
//! tables. Corpus: `tests/data/codegen/*.py` and a sample of CPython's standard library
//! (every top-level module, when the library is installed).

use std::path::{Path, PathBuf};

use taipan_bytecode::{CodeObject, Const};
use taipan_db::{Database, module_code};

fn corpus() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/codegen");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("tests/data/codegen")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    let stdlib = Path::new("/root/.pyenv/versions/3.11.7/lib/python3.11");
    if let Ok(dir) = std::fs::read_dir(stdlib) {
        let mut lib: Vec<PathBuf> = dir
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "py"))
            .collect();
        lib.sort();
        files.extend(lib.into_iter().step_by(1));
    }
    files.sort();
    files
}

/// Where two code objects first differ (a path of nested code objects and a field).
fn diff(a: &CodeObject, b: &CodeObject, at: &str) -> Option<String> {
    let here = format!("{at}/{}", a.qualname);
    macro_rules! field {
        ($f:ident) => {
            if a.$f != b.$f {
                return Some(format!(
                    "{here}: {} differs: {:?} vs {:?}",
                    stringify!($f),
                    a.$f,
                    b.$f
                ));
            }
        };
    }
    field!(qualname);
    field!(firstlineno);
    field!(flags);
    if a.code != b.code {
        let i = a
            .code
            .iter()
            .zip(b.code.iter())
            .take_while(|(x, y)| x == y)
            .count();
        let lo = i.saturating_sub(3);
        return Some(format!(
            "{here}: code differs at {i}: {:?} vs {:?}",
            &a.code[lo..(i + 4).min(a.code.len())],
            &b.code[lo..(i + 4).min(b.code.len())]
        ));
    }
    field!(names);
    field!(localsplusnames);
    field!(localspluskinds);
    field!(stacksize);
    field!(linetable);
    field!(exceptiontable);
    if a.consts.len() != b.consts.len() {
        return Some(format!(
            "{here}: {} vs {} consts",
            a.consts.len(),
            b.consts.len()
        ));
    }
    for (x, y) in a.consts.iter().zip(b.consts.iter()) {
        match (x, y) {
            (Const::Code(x), Const::Code(y)) => {
                if let Some(d) = diff(x, y, &here) {
                    return Some(d);
                }
            }
            _ if x != y => return Some(format!("{here}: const {x:?} vs {y:?}")),
            _ => {}
        }
    }
    (a != b).then(|| format!("{here}: differs elsewhere"))
}

#[test]
fn assembled_module_code_equals_whole_file_compile() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for path in corpus() {
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let Ok(text) = taipan_tokenizer::decode_source(&bytes) else {
            continue;
        };
        let name = path.display().to_string();
        let whole = taipan_codegen::compile_source(&text, &name, taipan_codegen::Mode::Exec, 0);
        let mut db = Database::new();
        let file = db.set_file(path.clone(), text.into_owned());
        let items = module_code(&db, file);
        match (&whole, items) {
            (Ok(w), Ok(i)) => {
                if let Some(d) = diff(i, w, "") {
                    let d = d
                        .replace("CodeUnit { op: ", "")
                        .replace(", arg: ", " ")
                        .replace(" }", "");
                    failures.push(format!("{name}: {d}"));
                }
            }
            (Err(w), Err(i)) => {
                if w != i {
                    failures.push(format!("{name}: errors differ: {i:?} vs {w:?}"));
                }
            }
            (Ok(_), Err(_)) => {
                let tree = taipan_db::item_tree(&db, file);
                let first = tree.items.iter().find_map(|&i| {
                    taipan_db::item_code(&db, i)
                        .as_ref()
                        .err()
                        .map(|e| format!("{}: {e:?}", i.path(&db)))
                });
                failures.push(format!("{name}: items fail: {first:?}"))
            }
            (Err(e), Ok(_)) => failures.push(format!("{name}: whole file fails: {e:?}")),
        }
        checked += 1;
    }
    assert!(checked > 10, "only {checked} files checked");
    assert!(
        failures.is_empty(),
        "{} of {checked} files differ:\n{}",
        failures.len(),
        failures
            .iter()
            .map(|f| f.chars().take(600).collect::<String>())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

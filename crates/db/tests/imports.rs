//! Module lookup as a query: `module(db, name)` finds `name` on the search path (a package's
//! `__init__.py` before a plain module), and re-runs when a file appears or the path changes.

use std::path::PathBuf;

use taipan_db::{Database, ModuleName, module};

/// A fresh directory under the system's temporary one.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("taipan-db-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn found(db: &Database, name: &str) -> Option<PathBuf> {
    let name = ModuleName::new(db, name);
    module(db, name).map(|f| f.path(db).clone())
}

#[test]
fn lookup_follows_the_search_path_and_the_files() {
    let a = temp_dir("a");
    let b = temp_dir("b");
    std::fs::write(a.join("plain.py"), "x = 1\n").unwrap();
    std::fs::create_dir_all(a.join("pkg/sub")).unwrap();
    std::fs::write(a.join("pkg/__init__.py"), "").unwrap();
    std::fs::write(a.join("pkg/sub/mod.py"), "y = 2\n").unwrap();
    std::fs::write(b.join("plain.py"), "x = 'b'\n").unwrap();

    let mut db = Database::new();
    assert_eq!(found(&db, "plain"), None, "empty search path");
    db.set_search_path(vec![a.clone(), b.clone()]);
    assert_eq!(found(&db, "plain"), Some(a.join("plain.py")));
    assert_eq!(found(&db, "pkg"), Some(a.join("pkg/__init__.py")));
    assert_eq!(found(&db, "pkg.sub.mod"), Some(a.join("pkg/sub/mod.py")));
    assert_eq!(found(&db, "missing"), None);
    assert_eq!(found(&db, "pkg..mod"), None);

    // The order of the roots decides.
    db.set_search_path(vec![b.clone(), a.clone()]);
    assert_eq!(found(&db, "plain"), Some(b.join("plain.py")));

    // A file that appears is found once the database hears of it.
    std::fs::write(a.join("missing.py"), "").unwrap();
    db.reload(&a.join("missing.py"));
    assert_eq!(found(&db, "missing"), Some(a.join("missing.py")));

    // The text of a found module is its file's.
    let name = ModuleName::new(&db, "plain");
    let file = module(&db, name).expect("plain");
    assert_eq!(file.text(&db), "x = 'b'\n");

    let _ = std::fs::remove_dir_all(&a);
    let _ = std::fs::remove_dir_all(&b);
}

//! Imports through the database: [`module`] finds the file of a module by its dotted name on
//! the [`crate::SearchPath`], as a query, so that a file appearing or the search path changing
//! re-runs the lookups that depend on it.

use std::path::PathBuf;

use crate::Db;
use crate::input::SourceFile;

/// A dotted module name (`os.path`), interned.
#[salsa::interned(debug)]
pub struct ModuleName<'db> {
    #[returns(deref)]
    pub name: String,
}

/// The file of module `name`: for each root of the search path in order, `a/b/c/__init__.py`
/// then `a/b/c.py`. `None` when no root has it (or the name is not a dotted identifier).
#[salsa::tracked]
pub fn module<'db>(db: &'db dyn Db, name: ModuleName<'db>) -> Option<SourceFile> {
    let name = name.name(db);
    let parts: Vec<&str> = name.split('.').collect();
    if parts
        .iter()
        .any(|p| p.is_empty() || p.contains(['/', '\\']) || *p == "..")
    {
        return None;
    }
    for root in db.search_path().roots(db) {
        let mut dir: PathBuf = root.clone();
        dir.extend(&parts);
        let package = db.file(&dir.join("__init__.py"));
        if package.exists(db) {
            return Some(package);
        }
        let plain = db.file(&dir.with_extension("py"));
        if plain.exists(db) {
            return Some(plain);
        }
    }
    None
}

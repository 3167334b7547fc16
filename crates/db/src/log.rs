//! The event log made readable: which queries executed, each named with its key (`item_ast(C.m)`,
//! `chunk_tree(line 12)`, `tokens(main.py)`), for tests and `taipan watch`.

use rustc_hash::FxHashMap;
use salsa::plumbing::AsId;
use salsa::{Database as _, DatabaseKeyIndex, Id};

use crate::Database;
use crate::chunk::chunks;
use crate::input::SourceFile;
use crate::item::item_tree;

/// Names the queries of `log` (from [`Database::take_log`]) for the given files: the query's
/// name and its key (an item's path, a chunk's first line, a file's name). Call it once the
/// queries are up to date: it reads the files' chunks and item trees.
pub fn render(db: &Database, log: &[DatabaseKeyIndex], files: &[SourceFile]) -> Vec<String> {
    let mut names: FxHashMap<Id, String> = FxHashMap::default();
    for &file in files {
        let stem = file
            .path(db)
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        names.insert(file.as_id(), stem);
        for p in chunks(db, file) {
            names.insert(p.chunk.as_id(), format!("line {}", p.line + 1));
        }
        for item in &item_tree(db, file).items {
            names.insert(item.as_id(), item.path(db).to_string());
        }
    }
    log.iter()
        .map(|key| {
            let query = db.ingredient_debug_name(key.ingredient_index());
            match names.get(&key.key_index()) {
                Some(name) => format!("{query}({name})"),
                None => format!("{query}(?)"),
            }
        })
        .collect()
}

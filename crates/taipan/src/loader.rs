//! The VM's code loader ([`taipan_vm::import::CodeLoader`]) on the salsa database: the main
//! program and every module file it imports (the standard library included) are compiled by
//! the database's queries, and a file read once is compiled once.
//!
//! The main program goes through the per-item path (`taipan_db::module_code`: per function,
//! assembled); imported files through the whole-file `taipan_db::code` query. Both give the
//! same code object (`crates/db/tests/item_code.rs`); for a cold, compile-once import the
//! whole-file query is cheaper (a program importing 12 stdlib modules, `perf stat -r 30`
//! task-clock: 10.5 ms through `code`, 15-16.5 ms through `module_code`, 9.3 ms with
//! `TAIPAN_NO_DB=1`, which compiles with `compile_source` in the VM).

use std::path::Path;
use std::sync::{Arc, Mutex};

use taipan_bytecode::CodeObject;
use taipan_codegen::CompileError;
use taipan_db::{Database, Db, module_code};
use taipan_vm::import::{CodeLoader, Loaded};

/// A database behind a lock (the VM may import from any thread).
struct DbLoader {
    db: Mutex<Database>,
}

impl CodeLoader for DbLoader {
    fn load(&self, path: &Path, _filename: &str) -> Option<Result<Loaded, CompileError>> {
        let db = self.db.lock().ok()?;
        let file = db.file(path);
        if !file.exists(&*db) {
            return None;
        }
        let text = file.text(&*db).clone();
        Some(taipan_db::code(&*db, file).clone().map(|code| (text, code)))
    }

    fn compile(&self, text: &str, filename: &str) -> Result<Arc<CodeObject>, CompileError> {
        match self.db.lock() {
            Ok(mut db) => {
                let file = db.set_file(filename, text);
                module_code(&*db, file).clone()
            }
            Err(_) => taipan_codegen::compile_source(text, filename, taipan_codegen::Mode::Exec, 0)
                .map(Arc::new),
        }
    }
}

/// Installs the database loader for this process (once; later calls do nothing), compiling
/// at optimization level `optimize` (`-O`). With `TAIPAN_NO_DB` set in the environment the VM
/// compiles by itself (`compile_source` per file), for comparing the two.
pub fn install(optimize: u8) {
    if std::env::var_os("TAIPAN_NO_DB").is_some() {
        return;
    }
    let mut db = Database::new();
    db.set_optimize(optimize.min(2));
    let _ = taipan_vm::import::set_loader(Box::new(DbLoader { db: Mutex::new(db) }));
}

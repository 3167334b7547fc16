//! The VM's code loader ([`taipan_vm::import::CodeLoader`]) on the salsa database: the main
//! program and every module file it imports (the standard library included) are compiled by
//! the database's per-item queries (`taipan_db::module_code`), so `taipan` runs exactly the
//! code `taipan dis` and `taipan watch` show, and a file read once is compiled once.

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
        Some(module_code(&*db, file).clone().map(|code| (text, code)))
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

//! [`Database`]: salsa's storage, the table of known files, and the event log that tests and
//! `taipan watch` read to see which queries re-ran.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use rustc_hash::FxHashMap;
use salsa::{DatabaseKeyIndex, Setter};

use crate::input::{CompileOptions, SearchPath, SourceFile};

/// The database trait the queries take (`&dyn Db`).
#[salsa::db]
pub trait Db: salsa::Database {
    /// The file at `path`, read from disk the first time the path is seen (a missing file gives
    /// a `SourceFile` whose `exists` is false).
    fn file(&self, path: &Path) -> SourceFile;
    /// The module search path.
    fn search_path(&self) -> SearchPath;
}

type Log = Arc<Mutex<Option<Vec<DatabaseKeyIndex>>>>;

/// taipan's database.
#[salsa::db]
#[derive(Clone)]
pub struct Database {
    storage: salsa::Storage<Self>,
    files: Arc<Mutex<FxHashMap<PathBuf, SourceFile>>>,
    /// The event log of a database made by [`Database::with_log`].
    log: Option<Log>,
}

impl Default for Database {
    fn default() -> Self {
        Self::new()
    }
}

impl Database {
    /// An empty database: no files, an empty search path, no event log (salsa makes an event
    /// for every query it fetches or verifies when a log can be kept: a sixth of a re-run's
    /// time; [`Database::with_log`] is the database that can keep one).
    pub fn new() -> Self {
        Self::build(None, None)
    }

    /// An empty database that records the queries that execute between
    /// [`Database::start_log`] and [`Database::take_log`] (tests, `taipan watch`).
    pub fn with_log() -> Self {
        let log: Log = Arc::default();
        let sink = log.clone();
        Self::build(
            Some(Box::new(move |event: salsa::Event| {
                if let salsa::EventKind::WillExecute { database_key } = event.kind
                    && let Ok(mut guard) = sink.lock()
                    && let Some(log) = guard.as_mut()
                {
                    log.push(database_key);
                }
            })),
            Some(log),
        )
    }

    fn build(
        callback: Option<Box<dyn Fn(salsa::Event) + Send + Sync + 'static>>,
        log: Option<Log>,
    ) -> Self {
        let db = Database {
            storage: salsa::Storage::new(callback),
            files: Arc::default(),
            log,
        };
        SearchPath::new(&db, Vec::new());
        CompileOptions::new(&db, 0);
        db
    }

    /// Sets the optimization level code is compiled at (`-O`: 1, `-OO`: 2).
    pub fn set_optimize(&mut self, level: u8) {
        let options = CompileOptions::get(self);
        if options.optimize(self) != level {
            options.set_optimize(self).to(level);
        }
    }

    /// Sets the text of the file at `path` (creating it if new), as an editor would.
    pub fn set_file(&mut self, path: impl Into<PathBuf>, text: impl Into<String>) -> SourceFile {
        let path = path.into();
        let text = text.into();
        let known = self.files.lock().ok().and_then(|f| f.get(&path).copied());
        match known {
            Some(file) => {
                if file.text(self) != &text {
                    file.set_text(self).to(text);
                }
                if !file.exists(self) {
                    file.set_exists(self).to(true);
                }
                file
            }
            None => {
                let file = SourceFile::new(self, path.clone(), text, true);
                if let Ok(mut files) = self.files.lock() {
                    files.insert(path, file);
                }
                file
            }
        }
    }

    /// Reads the file at `path` from disk again (after it changed there).
    pub fn reload(&mut self, path: &Path) -> SourceFile {
        match read(path) {
            Some(text) => self.set_file(path, text),
            None => {
                let file = self.file(path);
                if file.exists(self) {
                    file.set_exists(self).to(false);
                    file.set_text(self).to(String::new());
                }
                file
            }
        }
    }

    /// Sets the module search path.
    pub fn set_search_path(&mut self, roots: Vec<PathBuf>) {
        SearchPath::get(self).set_roots(self).to(roots);
    }

    /// Starts recording which queries execute (clearing what was recorded); a database made
    /// by [`Database::new`] records nothing.
    pub fn start_log(&self) {
        if let Some(Ok(mut log)) = self.log.as_ref().map(|l| l.lock()) {
            *log = Some(Vec::new());
        }
    }

    /// The queries executed since [`Database::start_log`] (or the last call), in order.
    pub fn take_log(&self) -> Vec<DatabaseKeyIndex> {
        self.log
            .as_ref()
            .and_then(|l| l.lock().ok())
            .and_then(|mut log| log.as_mut().map(std::mem::take))
            .unwrap_or_default()
    }
}

/// A file's text as taipan reads source: decoded by its BOM or coding cookie; `None` if it
/// cannot be read or decoded.
fn read(path: &Path) -> Option<String> {
    let bytes = std::fs::read(path).ok()?;
    taipan_tokenizer::decode_source(&bytes)
        .ok()
        .map(|t| t.into_owned())
}

#[salsa::db]
impl salsa::Database for Database {}

#[salsa::db]
impl Db for Database {
    fn file(&self, path: &Path) -> SourceFile {
        if let Some(file) = self.files.lock().ok().and_then(|f| f.get(path).copied()) {
            return file;
        }
        let (text, exists) = match read(path) {
            Some(text) => (text, true),
            None => (String::new(), false),
        };
        let file = SourceFile::new(self, path.to_path_buf(), text, exists);
        if let Ok(mut files) = self.files.lock() {
            // Another thread may have won the race: keep the first.
            return *files.entry(path.to_path_buf()).or_insert(file);
        }
        file
    }

    fn search_path(&self) -> SearchPath {
        SearchPath::get(self)
    }
}

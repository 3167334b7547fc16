//! Loading source for the command line: a file's bytes decoded as CPython decodes them, or `-c`
//! text, with the name Python would show for it.

use std::path::Path;

use taipan_diagnostics::{Diagnostic, Severity};

/// Source text and the name that tracebacks and diagnostics use for it.
pub struct SourceFile {
    pub name: String,
    pub text: String,
}

/// Why a source could not be loaded: an I/O error (already worded as CPython's launcher words it)
/// or a decoding error, which is a SyntaxError.
pub enum LoadError {
    Io(String),
    /// The file's name, its bytes as lossy UTF-8 (to draw the line), and the error.
    Decode {
        name: String,
        text: String,
        diagnostic: Diagnostic,
    },
}

pub fn load(file: Option<&Path>, code: Option<&str>) -> Result<SourceFile, LoadError> {
    if let Some(code) = code {
        return Ok(SourceFile {
            name: "<string>".into(),
            text: code.to_owned(),
        });
    }
    let path = file.expect("clap requires a file when -c is absent");
    let bytes = read(path).map_err(LoadError::Io)?;
    let name = path.display().to_string();
    match taipan_tokenizer::decode_source(&bytes) {
        Ok(text) => Ok(SourceFile {
            name,
            text: text.into_owned(),
        }),
        Err(e) => {
            // The lossy text keeps the byte offsets of everything before the bad byte.
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let at = e.offset as usize;
            Err(LoadError::Decode {
                name,
                text,
                diagnostic: Diagnostic {
                    title: "SyntaxError".into(),
                    message: e.message.clone(),
                    range: at..at + 1,
                    severity: Severity::Error,
                },
            })
        }
    }
}

/// A source file's bytes, or CPython's `can't open file '/abs/path': [Errno N] strerror` text
/// (after the program's name) when it cannot be read.
pub fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| {
        let abs = std::path::absolute(path).unwrap_or(path.to_path_buf());
        format!(
            "can't open file '{}': [Errno {}] {}",
            abs.display(),
            e.raw_os_error().unwrap_or(0),
            io_message(&e)
        )
    })
}

/// The strerror text CPython prints, without Rust's " (os error N)" suffix.
fn io_message(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.find(" (os error") {
        Some(i) => text[..i].to_owned(),
        None => text,
    }
}

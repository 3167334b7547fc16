//! Running `driver.py` (CPython's side) over a file list: two processes on the two halves for the
//! per-file verdicts, one for the full token texts or AST dumps of a few files, and reading their
//! answers.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const SCRIPT: &str = include_str!("driver.py");

/// What CPython says of one file.
#[derive(Debug, Clone)]
pub struct Verdict {
    pub parse: CpythonParse,
    /// sha1 of tokenize's normalized token text, or the exception tokenize raised.
    pub tokens: Result<String, String>,
    /// sha1 of `ast.dump(tree, include_attributes=True)`, or the exception the dump raised;
    /// `None` when the file is not accepted or the dump was not asked for.
    pub ast: Option<Result<String, String>>,
    /// What `symtable.symtable(source, path, "exec")` gives: the sha1 of its text, or the
    /// exception raised; `None` when the file is not accepted or the table was not asked for.
    pub symtable: Option<CpythonSymtable>,
    /// What `compile(source, path, "exec")` gives: the sha1 of `code_text`, or the exception
    /// raised (as the symbol table's); `None` when not accepted or not asked for.
    pub code: Option<CpythonSymtable>,
}

#[derive(Debug, Clone)]
pub enum CpythonSymtable {
    /// sha1 of `symtable_text`.
    Table(String),
    /// `SyntaxError` (or `RecursionError`, ...) with its line (0 when none) and message.
    Raised {
        class: String,
        line: u32,
        message: String,
    },
}

impl CpythonSymtable {
    /// From the driver's `Class line message`.
    pub fn raised(text: &str) -> CpythonSymtable {
        let mut parts = text.splitn(3, ' ');
        let class = parts.next().unwrap_or_default().to_string();
        let line = parts.next().and_then(|l| l.parse().ok()).unwrap_or(0);
        let message = parts.next().unwrap_or_default().to_string();
        CpythonSymtable::Raised {
            class,
            line,
            message,
        }
    }
}

#[derive(Debug, Clone)]
pub enum CpythonParse {
    Accepted,
    /// A `SyntaxError` (or subclass); `line` is 0 when CPython gives none.
    Rejected {
        class: String,
        line: u32,
        message: String,
    },
    /// The interpreter failed otherwise (`RecursionError`, ...).
    Crashed,
}

/// Verdicts for every file, in order, from two driver processes working on the two halves;
/// `with_ast` asks for the hashes of the AST dumps too (they cost more than the parse), and
/// `with_symtable` for those of the symbol tables.
pub fn verdicts(
    python: &Path,
    files: &[PathBuf],
    with_ast: bool,
    with_symtable: bool,
    with_code: bool,
) -> Result<Vec<Verdict>, String> {
    let mid = files.len().div_ceil(2);
    let (a, b) = files.split_at(mid);
    let mut mode = "verdicts".to_string();
    if with_ast {
        mode.push_str(" ast");
    }
    if with_symtable {
        mode.push_str(" symtable");
    }
    if with_code {
        mode.push_str(" code");
    }
    let (ra, rb) = std::thread::scope(|s| {
        let ha = s.spawn(|| run_driver(python, &mode, a));
        let hb = s.spawn(|| run_driver(python, &mode, b));
        (ha.join(), hb.join())
    });
    let mut out = Vec::with_capacity(files.len());
    for r in [ra, rb] {
        let text = r.map_err(|_| "driver thread panicked".to_string())??;
        for line in text.lines() {
            out.push(parse_verdict(line)?);
        }
    }
    if out.len() != files.len() {
        return Err(format!(
            "driver.py answered for {} files of {}",
            out.len(),
            files.len()
        ));
    }
    Ok(out)
}

fn parse_verdict(line: &str) -> Result<Verdict, String> {
    let f: Vec<&str> = line.splitn(9, '\t').collect();
    if f.len() < 6 {
        return Err(format!("driver.py: bad line {line:?}"));
    }
    let tokens = match f[0] {
        "T" => Ok(f[1].to_string()),
        _ => Err(f[1].to_string()),
    };
    let line_no = f[4].parse().unwrap_or(0);
    let parse = match f[2] {
        "A" => CpythonParse::Accepted,
        "R" => CpythonParse::Rejected {
            class: f[3].to_string(),
            line: line_no,
            message: f[5].to_string(),
        },
        _ => CpythonParse::Crashed,
    };
    let ast = match f.get(6) {
        None | Some(&"") => None,
        Some(e) if e.starts_with('!') => Some(Err(e[1..].to_string())),
        Some(sha1) => Some(Ok(sha1.to_string())),
    };
    let symtable = match f.get(7) {
        None | Some(&"") => None,
        Some(e) if e.starts_with('!') => Some(CpythonSymtable::raised(&e[1..])),
        Some(sha1) => Some(CpythonSymtable::Table(sha1.to_string())),
    };
    let code = match f.get(8) {
        None | Some(&"") => None,
        Some(e) if e.starts_with('!') => Some(CpythonSymtable::raised(&e[1..])),
        Some(sha1) => Some(CpythonSymtable::Table(sha1.to_string())),
    };
    Ok(Verdict {
        parse,
        tokens,
        ast,
        symtable,
        code,
    })
}

/// tokenize's full normalized token text for each file (or the exception it raised).
pub fn token_texts(
    python: &Path,
    files: &[PathBuf],
) -> Result<Vec<Result<String, String>>, String> {
    counted_texts(python, "tokens", files)
}

/// `ast.dump(tree, include_attributes=True, indent=1)` of each file (or the exception raised).
pub fn ast_texts(python: &Path, files: &[PathBuf]) -> Result<Vec<Result<String, String>>, String> {
    counted_texts(python, "ast", files)
}

/// CPython's `code_text` of each file (or the exception raised, as `Class line message`).
pub fn code_texts(python: &Path, files: &[PathBuf]) -> Result<Vec<Result<String, String>>, String> {
    counted_texts(python, "code", files)
}

/// The symbol table text of each file (or the exception raised, as `Class line message`).
pub fn symtable_texts(
    python: &Path,
    files: &[PathBuf],
) -> Result<Vec<Result<String, String>>, String> {
    counted_texts(python, "symtable", files)
}

/// A mode whose answer per file is a line count N (or `-1 error`) and N lines.
fn counted_texts(
    python: &Path,
    mode: &str,
    files: &[PathBuf],
) -> Result<Vec<Result<String, String>>, String> {
    let text = run_driver(python, mode, files)?;
    let mut lines = text.split_inclusive('\n');
    let mut out = Vec::with_capacity(files.len());
    while let Some(head) = lines.next() {
        let head = head.trim_end();
        if let Some(err) = head.strip_prefix("-1 ") {
            out.push(Err(err.to_string()));
            continue;
        }
        let n: usize = head
            .parse()
            .map_err(|_| format!("driver.py: bad count {head:?}"))?;
        let mut body = String::new();
        for _ in 0..n {
            body.push_str(lines.next().ok_or("driver.py: truncated answer")?);
        }
        out.push(Ok(body));
    }
    Ok(out)
}

fn run_driver(python: &Path, mode: &str, files: &[PathBuf]) -> Result<String, String> {
    if files.is_empty() {
        return Ok(String::new());
    }
    let mut child = Command::new(python)
        .args(["-X", "utf8", "-c", SCRIPT])
        .args(mode.split(' '))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| format!("running {}: {e}", python.display()))?;
    let mut stdin = child.stdin.take().ok_or("no stdin")?;
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let mut list = String::new();
    for f in files {
        list.push_str(&f.to_string_lossy());
        list.push('\n');
    }
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(list.as_bytes());
    });
    let mut text = String::new();
    let mut reader = BufReader::new(stdout);
    let mut line = String::new();
    while reader.read_line(&mut line).map_err(|e| e.to_string())? > 0 {
        text.push_str(&line);
        line.clear();
    }
    let _ = writer.join();
    let status = child.wait().map_err(|e| e.to_string())?;
    if !status.success() {
        return Err(format!("driver.py ({mode}) failed: {status}"));
    }
    Ok(text)
}

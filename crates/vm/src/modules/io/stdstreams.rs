//! The standard streams as CPython's `create_stdio` makes them: `TextIOWrapper` over a
//! `BufferedReader`/`BufferedWriter` over `FileIO(0/1/2, closefd=False)`; stdout is
//! line-buffered on a terminal and block-buffered otherwise, stderr is line-buffered with
//! `backslashreplace`, stdin and stdout `strict` or `surrogateescape` as CPython chooses from the
//! locale (`stdio_errors`); with `PYTHONUNBUFFERED` set the writers are the raw `FileIO`s. Also the writers `print` and tracebacks use (a direct path for an
//! exact TextIOWrapper, `write()` otherwise), the flush at exit, and `input()`.

use std::cell::RefCell;

use taipan_object::abstract_ as ab;
use taipan_object::types::str_::PyStr;
use taipan_object::{ObjRef, PyResult, ThreadState};

use super::{bufferedio, fileio, textio, ty, types};

thread_local! {
    /// `sys.__stdin__`, `sys.__stdout__`, `sys.__stderr__` (flushed at exit even when
    /// `sys.stdout` was replaced).
    static ORIGINALS: RefCell<Vec<ObjRef>> = const { RefCell::new(Vec::new()) };
}

fn make_one(ts: &ThreadState, fd: i32, name: &str) -> PyResult<ObjRef> {
    let write = fd != 0;
    let raw = fileio::open_raw(
        ts,
        &ts.new_int(fd as i64),
        if write { "wb" } else { "rb" },
        false,
        None,
    )?;
    ab::setattr(ts, &raw, &ts.new_str("name"), Some(&ts.new_str(name)))?;
    let t = types();
    let tty = fileio::isatty_obj(&raw);
    let cls = if write {
        &t.buffered_writer
    } else {
        &t.buffered_reader
    };
    // PYTHONUNBUFFERED (CPython's -u): the writers are the raw files, written through.
    let unbuffered = write && std::env::var_os("PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty());
    let buffer = if unbuffered {
        raw
    } else {
        bufferedio::new_buffered(ts, ty(cls), raw, super::DEFAULT_BUFFER_SIZE)?
    };
    let (errors, line_buffering) = match fd {
        2 => ("backslashreplace", !unbuffered),
        1 => (stdio_errors(), tty && !unbuffered),
        _ => (stdio_errors(), false),
    };
    let io_errors = io_encoding_errors();
    let errors = match (fd, io_errors.as_deref()) {
        (0 | 1, Some(e)) => e,
        _ => errors,
    };
    let w = textio::new_wrapper(
        ts,
        buffer,
        "utf-8",
        Some(errors),
        None,
        line_buffering,
        unbuffered,
    )?;
    ab::setattr(
        ts,
        &w,
        &ts.new_str("mode"),
        Some(&ts.new_str(if write { "w" } else { "r" })),
    )?;
    Ok(w)
}

/// The error handler of stdin and stdout (CPython's `config_get_stdio_errors`):
/// `surrogateescape` in UTF-8 mode (`PYTHONUTF8=1`) and in the C and POSIX locales and the
/// locale coercion targets (`C.UTF-8`, `C.utf8`, `UTF-8`), or when the locale named by the
/// environment does not exist (it is then C); else `strict`.
fn stdio_errors() -> &'static str {
    if std::env::var("PYTHONUTF8").is_ok_and(|v| v == "1") {
        return "surrogateescape";
    }
    let name = ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
        .unwrap_or_else(|| "C".to_string());
    if matches!(
        name.as_str(),
        "C" | "POSIX" | "C.UTF-8" | "C.utf8" | "UTF-8"
    ) {
        return "surrogateescape";
    }
    // SAFETY: a query of the locale the environment names, then back to "C" (the runtime's
    // own code does not depend on the C library's locale).
    let exists = unsafe {
        let ok = !libc::setlocale(libc::LC_CTYPE, c"".as_ptr()).is_null();
        libc::setlocale(libc::LC_CTYPE, c"C".as_ptr());
        ok
    };
    if exists { "strict" } else { "surrogateescape" }
}

/// The error handler `PYTHONIOENCODING=ENCODING:ERRORS` names (for stdin and stdout).
fn io_encoding_errors() -> Option<String> {
    let v = std::env::var("PYTHONIOENCODING").ok()?;
    let (_, errors) = v.split_once(':')?;
    (!errors.is_empty()).then(|| errors.to_string())
}

/// `sys.stdin`, `sys.stdout`, `sys.stderr` (`None` for a stream that cannot be made).
pub fn make_std_streams(ts: &ThreadState) -> [ObjRef; 3] {
    let mk = |fd, name| make_one(ts, fd, name).unwrap_or_else(|_| ts.none());
    let s = [mk(0, "<stdin>"), mk(1, "<stdout>"), mk(2, "<stderr>")];
    ORIGINALS.with_borrow_mut(|o| *o = s.to_vec());
    s
}

/// Writes `text` to the stream object `file`: directly for an exact TextIOWrapper, else
/// through its `write` method.
pub fn write_str(ts: &ThreadState, file: &ObjRef, text: &str) -> PyResult<()> {
    if textio::is_exact(file) {
        return textio::write_text(ts, file, text);
    }
    ab::call_method(ts, file, "write", &[ts.new_str(text)]).map(drop)
}

/// Flushes a stream object (a direct path for an exact TextIOWrapper).
pub fn flush(ts: &ThreadState, file: &ObjRef) -> PyResult<()> {
    if textio::is_exact(file) {
        return textio::flush_obj(ts, file);
    }
    ab::call_method(ts, file, "flush", &[]).map(drop)
}

/// Flushes `sys.stdout` and `sys.stderr`, the original streams and every buffered file with
/// pending writes, ignoring errors (at exit and before an uncaught exception is reported).
pub fn flush_all(ts: &ThreadState) {
    for name in ["stdout", "stderr"] {
        if let Some(f) = crate::sys::sys_attr(ts, name)
            && !ts.is_none(&f)
        {
            let _ = flush(ts, &f);
        }
    }
    let originals = ORIGINALS.with_borrow(|o| o.clone());
    for f in originals.iter().skip(1) {
        if !ts.is_none(f) {
            let _ = flush(ts, f);
        }
    }
    bufferedio::flush_all_writers(ts);
}

fn lost(ts: &ThreadState, name: &str) -> PyResult<ObjRef> {
    match crate::sys::sys_attr(ts, name) {
        Some(f) if !ts.is_none(&f) => Ok(f),
        _ => Err(ts.runtime_error(format!("input(): lost sys.{name}"))),
    }
}

/// `input([prompt])` (`builtin_input_impl` without the terminal line editor): the prompt
/// to `sys.stdout`, a line from `sys.stdin` without its newline, `EOFError` at the end.
pub fn input(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    if a.len() > 1 {
        return Err(ts.type_error(format!(
            "input expected at most 1 argument, got {}",
            a.len()
        )));
    }
    let fin = lost(ts, "stdin")?;
    let fout = lost(ts, "stdout")?;
    let ferr = lost(ts, "stderr")?;
    let _ = flush(ts, &ferr);
    if let Some(p) = a.first() {
        let s = ab::str(ts, p)?;
        write_str(ts, &fout, ab::str_of(&s))?;
    }
    let _ = flush(ts, &fout);
    let line = if textio::is_exact(&fin) {
        ts.new_string(textio::readline_text(ts, &fin, -1)?)
    } else {
        ab::call_method(ts, &fin, "readline", &[])?
    };
    let Some(s) = line.downcast::<PyStr>() else {
        return Err(ts.type_error("object.readline() returned non-string"));
    };
    let text = s.as_str();
    if text.is_empty() {
        return Err(ts.new_error(&ts.exc.eof_error, "EOF when reading a line"));
    }
    Ok(match text.strip_suffix('\n') {
        Some(t) => ts.new_str(t),
        None => line.clone(),
    })
}

/// Writes to the original standard output (`sys.__stdout__`), or to the process's stdout
/// before the streams exist.
pub fn write_real_stdout(s: &str) {
    let out = ORIGINALS.with_borrow(|o| o.get(1).cloned());
    if let (Some(out), Some(ts)) = (out, ThreadState::try_current())
        && textio::is_exact(&out)
        && textio::write_text(ts, &out, s).is_ok()
    {
        return;
    }
    use std::io::Write;
    let _ = std::io::stdout().write_all(s.as_bytes());
}

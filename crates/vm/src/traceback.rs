//! Printing an uncaught exception as CPython 3.11's `PyErr_Display`: the chain of causes and
//! contexts, `Traceback (most recent call last):`, one entry per frame with the source line
//! and `^`/`~` markers from the code's position table, `[Previous line repeated N more
//! times]`, and the final `Type: message` line (module-qualified unless builtins/__main__).

use std::cell::RefCell;
use std::collections::HashMap;

use taipan_object::abstract_::{self as ab, str_of};
use taipan_object::types::code::PyCode;
use taipan_object::types::exceptions::PyBaseException;
use taipan_object::types::frame::{PyFrame, PyTraceback};
use taipan_object::{ObjRef, ThreadState};

thread_local! {
    static SOURCES: RefCell<HashMap<String, Option<Vec<String>>>> = RefCell::new(HashMap::new());
    /// Set by the interpreter's teardown once modules leave `sys.modules`: CPython reads
    /// source lines through `io`, which can no longer be imported then.
    static NO_SOURCE_LINES: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// From now on, reports show no source lines (see `finalize`).
pub fn stop_source_lines() {
    NO_SOURCE_LINES.set(true);
}

/// Registers the text of a file run from memory (so `-c` and tests show source lines when
/// the name is a real path; `<string>` never shows).
pub fn remember_source(filename: &str, text: &str) {
    SOURCES.with_borrow_mut(|m| {
        m.insert(
            filename.to_string(),
            Some(text.lines().map(String::from).collect()),
        );
    });
}

/// Line `lineno` of the file `filename` (as registered, else read), without its line end.
pub(crate) fn source_line(filename: &str, lineno: i64) -> Option<String> {
    if lineno < 1 || filename.starts_with('<') || NO_SOURCE_LINES.get() {
        return None;
    }
    SOURCES.with_borrow_mut(|m| {
        let lines = m.entry(filename.to_string()).or_insert_with(|| {
            std::fs::read(filename).ok().map(|b| {
                String::from_utf8_lossy(&b)
                    .lines()
                    .map(String::from)
                    .collect()
            })
        });
        lines.as_ref()?.get(lineno as usize - 1).cloned()
    })
}

/// Byte offset in `line` to a character offset.
fn char_offset(line: &str, byte: usize) -> usize {
    let b = byte.min(line.len());
    line.get(..b).map_or(b, |s| s.chars().count())
}

fn push_entry(out: &mut String, tb: &PyTraceback) {
    let f = tb.frame.downcast::<PyFrame>().expect("frame");
    let c = f.code.downcast::<PyCode>().expect("code");
    let filename = str_of(&c.filename).to_string();
    out.push_str(&format!(
        "  File \"{}\", line {}, in {}\n",
        filename,
        tb.lineno,
        str_of(&c.name)
    ));
    let Some(line) = source_line(&filename, tb.lineno) else {
        return;
    };
    let stripped = line.trim_start_matches([' ', '\t', '\x0c']);
    let indent = line.chars().count() - stripped.chars().count();
    let stripped = stripped.trim_end();
    out.push_str("    ");
    out.push_str(stripped);
    out.push('\n');
    let pos = c.code.positions();
    let Some(p) = pos.get(tb.lasti.max(0) as usize) else {
        return;
    };
    let (Some(l0), Some(l1), Some(c0), Some(c1)) = (p.line, p.end_line, p.col, p.end_col) else {
        return;
    };
    if l0 as i64 != tb.lineno {
        return;
    }
    let start = char_offset(&line, c0 as usize);
    let end = if l1 == l0 {
        char_offset(&line, c1 as usize)
    } else {
        indent + stripped.chars().count()
    };
    if end <= start {
        return;
    }
    let anchors = if l1 == l0 {
        crate::anchors::find(&line, c0 as usize, c1 as usize)
    } else {
        None
    };
    if end - start >= stripped.chars().count() && anchors.is_none() {
        return;
    }
    out.push_str("    ");
    out.push_str(&" ".repeat(start.saturating_sub(indent)));
    match anchors {
        Some((le, rs)) => {
            let n = end - start;
            out.push_str(&"~".repeat(le.min(n)));
            out.push_str(&"^".repeat(rs.min(n).saturating_sub(le)));
            out.push_str(&"~".repeat(n.saturating_sub(rs)));
        }
        None => out.push_str(&"^".repeat(end - start)),
    }
    out.push('\n');
}

/// The traceback part (`Traceback (most recent call last):` and the entries).
pub fn format_tb(tb: Option<ObjRef>) -> String {
    let mut out = String::new();
    let Some(mut cur) = tb else { return out };
    out.push_str("Traceback (most recent call last):\n");
    let mut last: Option<(String, i64, String)> = None;
    let mut count = 0usize;
    loop {
        let t = cur.downcast::<PyTraceback>().expect("traceback");
        let f = t.frame.downcast::<PyFrame>().expect("frame");
        let c = f.code.downcast::<PyCode>().expect("code");
        let key = (
            str_of(&c.filename).to_string(),
            t.lineno,
            str_of(&c.name).to_string(),
        );
        if last.as_ref() == Some(&key) {
            count += 1;
        } else {
            if count > 3 {
                let n = count - 3;
                out.push_str(&format!(
                    "  [Previous line repeated {n} more time{}]\n",
                    if n == 1 { "" } else { "s" }
                ));
            }
            last = Some(key);
            count = 1;
        }
        if count <= 3 {
            push_entry(&mut out, t);
        }
        let next = t.next.borrow().clone();
        match next {
            Some(n) => cur = n,
            None => break,
        }
    }
    if count > 3 {
        let n = count - 3;
        out.push_str(&format!(
            "  [Previous line repeated {n} more time{}]\n",
            if n == 1 { "" } else { "s" }
        ));
    }
    out
}

/// A SyntaxError's `  File "x.py", line 3` line, its text and caret line, as CPython's
/// `print_exception` (`parse_syntax_error` and `print_error_text` in pythonrun.c): only an
/// exact SyntaxError shows its end (subclasses get one caret), an error spanning lines marks
/// to the end of the first, and the offsets count UTF-8 bytes of the text.
fn syntax_error_location(ts: &ThreadState, exc: &ObjRef, out: &mut String) {
    let get = |n: &str| ab::getattr_str(ts, exc, n).ok().filter(|v| !ts.is_none(v));
    let int = |n: &str| get(n).and_then(|o| taipan_object::types::int::as_i64(&o));
    let file = get("filename")
        .map(|f| ab::str_string(ts, &f).unwrap_or_default())
        .unwrap_or_else(|| "<string>".into());
    // Without a line number CPython prints no location (`parse_syntax_error` fails).
    let Some(lineno) = int("lineno") else {
        return;
    };
    out.push_str(&format!("  File \"{file}\", line {lineno}\n"));
    let offset = int("offset").unwrap_or(-1);
    let (end_lineno, mut end_offset) = if exc.class().is(&ts.exc.syntax_error) {
        (
            int("end_lineno").unwrap_or(lineno),
            int("end_offset").unwrap_or(-1),
        )
    } else {
        (lineno, -1)
    };
    let Some(text) = get("text").filter(|t| t.is_a::<taipan_object::types::str_::PyStr>()) else {
        return;
    };
    // The text is written as a C string: up to a null character.
    let text = str_of(&text);
    let text = text.split('\0').next().unwrap_or("");
    let line_size = text.len() as i64;
    if end_lineno > lineno {
        end_offset = line_size;
    }
    if end_offset > line_size + 1 {
        end_offset = line_size + 1;
    }
    let carets = if end_offset > 0 && end_offset > offset {
        (end_offset - offset) as usize
    } else {
        1
    };
    let mut t = text.as_bytes();
    let mut offset = offset - 1;
    while let [b' ' | b'\t' | b'\x0c', rest @ ..] = t {
        t = rest;
        offset -= 1;
    }
    let mut len = t.len() as i64;
    if t.last() == Some(&b'\n') {
        len -= 1;
    }
    offset = offset.min(len);
    // Skip past the lines before the one the offset is on.
    while let Some(nl) = t.iter().position(|&c| c == b'\n')
        && (nl as i64) < offset
    {
        t = &t[nl + 1..];
        len -= nl as i64 + 1;
        offset -= nl as i64 + 1;
    }
    out.push_str("    ");
    out.push_str(&String::from_utf8_lossy(t));
    if t.get(len.max(0) as usize) != Some(&b'\n') {
        out.push('\n');
    }
    if offset < 0 {
        return;
    }
    out.push_str("    ");
    out.push_str(&" ".repeat(offset as usize));
    out.push_str(&"^".repeat(carets));
    out.push('\n');
}

/// The last line: `module.Type: message`.
pub fn format_exception_only(ts: &ThreadState, exc: &ObjRef) -> String {
    let ty = exc.class();
    let q = taipan_object::types::object::type_qualname(ty);
    let name = match taipan_object::types::object::type_module(ts, ty) {
        Some(m) if m != "builtins" && m != "__main__" => format!("{m}.{q}"),
        _ => q,
    };
    let mut out = String::new();
    if taipan_object::typeobj::type_check(exc, &ts.exc.syntax_error) {
        syntax_error_location(ts, exc, &mut out);
        let get = |n: &str| ab::getattr_str(ts, exc, n).ok().filter(|v| !ts.is_none(v));
        let msg = get("msg")
            .map(|m| ab::str_string(ts, &m).unwrap_or_default())
            .unwrap_or_default();
        out.push_str(&format!("{name}: {msg}\n"));
        return out;
    }
    let mut msg = match ab::str_string(ts, exc) {
        Ok(s) => s,
        Err(_) => "<exception str() failed>".to_string(),
    };
    if let Some(s) = crate::suggestions::offer(ts, exc) {
        msg.push_str(&format!(". Did you mean: '{s}'?"));
    }
    if msg.is_empty() {
        out.push_str(&name);
    } else {
        out.push_str(&format!("{name}: {msg}"));
    }
    out.push('\n');
    if let Ok(Some(notes)) = ab::getattr_opt(ts, exc, &ts.names.__notes__)
        && let Ok(items) = ab::collect(ts, &notes)
    {
        for n in items {
            out.push_str(&ab::str_string(ts, &n).unwrap_or_default());
            out.push('\n');
        }
    }
    out
}

/// The whole report for an uncaught exception, chained causes and contexts first, exception
/// groups drawn in boxes (3.11's `print_exception_recursive`, as `TracebackException.format`).
pub fn format_exception(ts: &ThreadState, exc: &ObjRef) -> String {
    let mut ctx = Ctx {
        seen: Vec::new(),
        depth: 0,
        need_close: false,
        out: String::new(),
    };
    format_rec(ts, exc, &mut ctx);
    ctx.out
}

const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// `_ExceptionPrintContext`.
struct Ctx {
    seen: Vec<usize>,
    depth: usize,
    need_close: bool,
    out: String,
}

impl Ctx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }
    /// Every line of `text` behind the indent and the margin (`|`, or `+` for a group's
    /// first line).
    fn emit(&mut self, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            self.out.push_str(&prefix);
            self.out.push_str(line);
        }
    }
}

fn format_rec(ts: &ThreadState, exc: &ObjRef, ctx: &mut Ctx) {
    // The chain, newest last: (message before it, exception).
    let mut chain: Vec<(Option<&'static str>, ObjRef)> = Vec::new();
    let mut cur = Some(exc.clone());
    let mut msg = None;
    while let Some(e) = cur.take() {
        ctx.seen.push(e.id());
        let Some(p) = e.downcast::<PyBaseException>() else {
            chain.push((msg, e));
            break;
        };
        let cause = p.cause.borrow().clone();
        let context = p.context.borrow().clone();
        let (m, next) = if let Some(c) = cause {
            (Some(CAUSE), Some(c))
        } else if let Some(c) = context.filter(|_| !p.suppress_context.get()) {
            (Some(CONTEXT), Some(c))
        } else {
            (None, None)
        };
        chain.push((msg, e.clone()));
        msg = None;
        if let Some(n) = next
            && !ctx.seen.contains(&n.id())
        {
            msg = m;
            cur = Some(n);
        }
    }
    // Entry i's message links it to entry i - 1 (the newer): printed after it.
    let n = chain.len();
    for i in (0..n).rev() {
        let e = chain[i].1.clone();
        let tb = e
            .downcast::<PyBaseException>()
            .and_then(|p| p.traceback.borrow().clone());
        let is_group = taipan_object::types::exceptions_group::is_group(ts, &e);
        if !is_group {
            if tb.is_some() {
                let t = format_tb(tb);
                ctx.emit(&t, '|');
            }
            let t = format_exception_only(ts, &e);
            ctx.emit(&t, '|');
        } else if ctx.depth > MAX_GROUP_DEPTH {
            ctx.emit(
                &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
                '|',
            );
        } else {
            let toplevel = ctx.depth == 0;
            if toplevel {
                ctx.depth += 1;
            }
            if tb.is_some() {
                let t = format_tb(tb).replacen("Traceback", "Exception Group Traceback", 1);
                let (first, rest) = t.split_at(t.find('\n').map_or(t.len(), |i| i + 1));
                ctx.emit(first, if toplevel { '+' } else { '|' });
                ctx.emit(rest, '|');
            }
            let t = format_exception_only(ts, &e);
            ctx.emit(&t, '|');
            let excs = taipan_object::types::exceptions_group::exceptions(ts, &e);
            let count = if excs.len() <= MAX_GROUP_WIDTH {
                excs.len()
            } else {
                MAX_GROUP_WIDTH + 1
            };
            ctx.need_close = false;
            for k in 0..count {
                let last = k == count - 1;
                if last {
                    ctx.need_close = true;
                }
                let truncated = k >= MAX_GROUP_WIDTH;
                let title = if truncated {
                    "...".to_string()
                } else {
                    (k + 1).to_string()
                };
                let line = format!(
                    "{}{}+---------------- {title} ----------------\n",
                    ctx.indent(),
                    if k == 0 { "+-" } else { "  " }
                );
                ctx.out.push_str(&line);
                ctx.depth += 1;
                if !truncated {
                    format_rec(ts, &excs[k], ctx);
                } else {
                    let rem = excs.len() - MAX_GROUP_WIDTH;
                    ctx.emit(
                        &format!(
                            "and {rem} more exception{}\n",
                            if rem > 1 { "s" } else { "" }
                        ),
                        '|',
                    );
                }
                if last && ctx.need_close {
                    let line = format!("{}+------------------------------------\n", ctx.indent());
                    ctx.out.push_str(&line);
                    ctx.need_close = false;
                }
                ctx.depth -= 1;
            }
            if toplevel {
                ctx.depth = 0;
            }
        }
        // The message linking this exception to the newer one.
        if i > 0
            && let Some(m) = chain[i].0
        {
            ctx.emit(m, '|');
        }
    }
}

const CAUSE: &str = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT: &str = "\nDuring handling of the above exception, another exception occurred:\n\n";

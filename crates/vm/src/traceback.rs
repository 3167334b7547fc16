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

fn source_line(filename: &str, lineno: i64) -> Option<String> {
    if lineno < 1 || filename.starts_with('<') {
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
        let get = |n: &str| ab::getattr_str(ts, exc, n).ok().filter(|v| !ts.is_none(v));
        let file = get("filename")
            .map(|f| str_of(&f).to_string())
            .unwrap_or_else(|| "<string>".into());
        let lineno = get("lineno")
            .and_then(|l| ab::str_string(ts, &l).ok())
            .unwrap_or_default();
        out.push_str(&format!("  File \"{file}\", line {lineno}\n"));
        if let Some(text) = get("text") {
            let t = str_of(&text);
            let trimmed = t.trim_end_matches('\n');
            let stripped = trimmed.trim_start();
            let lead = trimmed.chars().count() - stripped.chars().count();
            out.push_str(&format!("    {stripped}\n"));
            if let Some(off) = get("offset").and_then(|o| taipan_object::types::int::as_i64(&o)) {
                let end = get("end_offset")
                    .and_then(|o| taipan_object::types::int::as_i64(&o))
                    .unwrap_or(off);
                let start = (off - 1 - lead as i64).max(0) as usize;
                let width = if end > off { (end - off) as usize } else { 1 };
                out.push_str(&format!("    {}{}\n", " ".repeat(start), "^".repeat(width)));
            }
        }
        let msg = get("msg")
            .map(|m| ab::str_string(ts, &m).unwrap_or_default())
            .unwrap_or_default();
        out.push_str(&format!("{name}: {msg}\n"));
        return out;
    }
    let msg = match ab::str_string(ts, exc) {
        Ok(s) => s,
        Err(_) => "<exception str() failed>".to_string(),
    };
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

/// The whole report for an uncaught exception, chained causes and contexts first.
pub fn format_exception(ts: &ThreadState, exc: &ObjRef) -> String {
    let mut seen = Vec::new();
    let mut out = String::new();
    chain(ts, exc, &mut seen, &mut out);
    out
}

fn chain(ts: &ThreadState, exc: &ObjRef, seen: &mut Vec<usize>, out: &mut String) {
    seen.push(exc.id());
    let Some(p) = exc.downcast::<PyBaseException>() else {
        return;
    };
    let cause = p.cause.borrow().clone();
    let context = p.context.borrow().clone();
    if let Some(c) = cause {
        if !seen.contains(&c.id()) {
            chain(ts, &c, seen, out);
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        }
    } else if let Some(c) = context
        && !p.suppress_context.get()
        && !seen.contains(&c.id())
    {
        chain(ts, &c, seen, out);
        out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    out.push_str(&format_tb(p.traceback.borrow().clone()));
    out.push_str(&format_exception_only(ts, exc));
}

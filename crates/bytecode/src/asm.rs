//! A small textual assembly language over [`CodeBuilder`], for tests as data (and for VM tests
//! later): a file holds code sections; the last is the result, earlier ones are nested code
//! objects that `LOAD_CONST <code NAME>` takes in.
//!
//! ```text
//! # comment
//! code f                      # a section: `code NAME`
//! .filename x.py              # .qualname .filename .firstlineno .argcount .posonly .kwonly
//! .flags OPTIMIZED NEWLOCALS  # names from CodeFlags::NAMES
//! .local n                    # local-plus slots: .local .cell .localcell .free
//! @2:4-9                      # position: @LINE, @LINE:COL-ENDCOL, @LINE:COL-ENDLINE:ENDCOL, @-
//! RESUME 0
//! LOAD_FAST n                 # arguments by meaning: local names, names (`NULL+print` for
//! LOAD_CONST 'x'              # LOAD_GLOBAL), Python literals, `+` for BINARY_OP, `<` for
//! loop:                       # COMPARE_OP, or plain numbers
//! JUMP loop                   # jumps by kind (JUMP, JUMP_NO_INTERRUPT, POP_JUMP_IF_FALSE,
//! SETUP_FINALLY handler       # ..., FOR_ITER, SEND) to labels; SETUP_* / POP_BLOCK blocks
//! ```

use std::collections::HashMap;
use std::fmt;

use taipan_ast::{Constant, Int};

use crate::builder::{AssembleError, CodeBuilder, JumpKind, Label, SetupKind};
use crate::code::{CodeFlags, CodeObject, Const, LocalKind};
use crate::linetable::Position;
use crate::opcode::{ArgKind, BINARY_OPS, CMP_OP, Opcode};

/// An error in an assembly text, with its 1-based line.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct AsmError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for AsmError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for AsmError {}

const JUMPS: [(&str, JumpKind); 10] = [
    ("JUMP", JumpKind::Jump),
    ("JUMP_NO_INTERRUPT", JumpKind::JumpNoInterrupt),
    ("POP_JUMP_IF_FALSE", JumpKind::PopJumpIfFalse),
    ("POP_JUMP_IF_TRUE", JumpKind::PopJumpIfTrue),
    ("POP_JUMP_IF_NONE", JumpKind::PopJumpIfNone),
    ("POP_JUMP_IF_NOT_NONE", JumpKind::PopJumpIfNotNone),
    ("JUMP_IF_FALSE_OR_POP", JumpKind::JumpIfFalseOrPop),
    ("JUMP_IF_TRUE_OR_POP", JumpKind::JumpIfTrueOrPop),
    ("FOR_ITER", JumpKind::ForIter),
    ("SEND", JumpKind::Send),
];

const SETUPS: [(&str, SetupKind); 3] = [
    ("SETUP_FINALLY", SetupKind::Finally),
    ("SETUP_CLEANUP", SetupKind::Cleanup),
    ("SETUP_WITH", SetupKind::With),
];

struct Section {
    builder: CodeBuilder,
    labels: HashMap<String, Label>,
    start_line: usize,
    /// The name other sections refer to it by (`<code KEY>`).
    key: String,
}

impl Section {
    fn label(&mut self, name: &str) -> Label {
        if let Some(&l) = self.labels.get(name) {
            return l;
        }
        let l = self.builder.new_label();
        self.labels.insert(name.to_string(), l);
        l
    }
}

/// Assembles a text into its last code object.
pub fn assemble(text: &str) -> Result<CodeObject, AsmError> {
    let mut done: HashMap<String, CodeObject> = HashMap::new();
    let mut last: Option<CodeObject> = None;
    let mut section: Option<Section> = None;
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        let err = |message: String| AsmError {
            line: line_no,
            message,
        };
        let line = strip_comment_outside_quotes(raw);
        if line.is_empty() {
            continue;
        }
        if let Some(name) = line.strip_prefix("code ") {
            if let Some(s) = section.take() {
                let key = s.key.clone();
                let code = finish(s)?;
                last = Some(code.clone());
                done.insert(key, code);
            }
            let name = name.trim();
            section = Some(Section {
                builder: CodeBuilder::new(name, name, "<asm>", 1),
                labels: HashMap::new(),
                start_line: line_no,
                key: name.to_string(),
            });
            continue;
        }
        let Some(s) = section.as_mut() else {
            return Err(err("expected `code NAME` first".into()));
        };
        line_into(s, line, &done).map_err(err)?;
    }
    if let Some(s) = section.take() {
        last = Some(finish(s)?);
    }
    last.ok_or(AsmError {
        line: 1,
        message: "no code section".into(),
    })
}

fn strip_comment_outside_quotes(line: &str) -> &str {
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                }
            }
            None if c == '\'' || c == '"' => quote = Some(c),
            None if c == '#' => return line[..i].trim(),
            None => {}
        }
    }
    line.trim()
}

fn finish(s: Section) -> Result<CodeObject, AsmError> {
    let line = s.start_line;
    s.builder.assemble().map_err(|e: AssembleError| AsmError {
        line,
        message: e.to_string(),
    })
}

fn number(text: &str) -> Result<u32, String> {
    text.parse::<u32>()
        .map_err(|_| format!("expected a number, found `{text}`"))
}

fn line_into(
    s: &mut Section,
    line: &str,
    done: &HashMap<String, CodeObject>,
) -> Result<(), String> {
    let b = &mut s.builder;
    if let Some(directive) = line.strip_prefix('.') {
        let (key, value) = directive.split_once(' ').unwrap_or((directive, ""));
        let value = value.trim();
        match key {
            "co_name" => b.name = value.into(),
            "qualname" => b.qualname = value.into(),
            "filename" => b.filename = value.into(),
            "firstlineno" => b.firstlineno = number(value)?,
            "argcount" => b.argcount = number(value)?,
            "posonly" => b.posonlyargcount = number(value)?,
            "kwonly" => b.kwonlyargcount = number(value)?,
            "flags" => {
                for flag in value.split_whitespace() {
                    let bit = CodeFlags::NAMES
                        .iter()
                        .find(|(_, n)| *n == flag)
                        .ok_or(format!("unknown flag `{flag}`"))?
                        .0;
                    b.flags.0 |= bit;
                }
            }
            "local" | "cell" | "localcell" | "free" => {
                let kind = match key {
                    "local" => LocalKind::LOCAL,
                    "cell" => LocalKind::CELL,
                    "localcell" => LocalKind::LOCAL | LocalKind::CELL,
                    _ => LocalKind::FREE,
                };
                for name in value.split_whitespace() {
                    b.add_local(name, LocalKind(kind));
                }
            }
            "const" => {
                add_const(b, value, done)?;
            }
            "name" => {
                b.add_name(value);
            }
            "handler" => {
                let mut words = value.split_whitespace();
                match words.next() {
                    None | Some("-") => s.builder.set_handler(None),
                    Some(label) => {
                        let depth = number(words.next().unwrap_or(""))?;
                        let lasti = words.next() == Some("lasti");
                        let l = s.label(label);
                        s.builder.set_handler(Some((l, depth, lasti)));
                    }
                }
            }
            _ => return Err(format!("unknown directive `.{key}`")),
        }
        return Ok(());
    }
    if let Some(pos) = line.strip_prefix('@') {
        b.set_position(position(pos.trim())?);
        return Ok(());
    }
    if let Some(label) = line.strip_suffix(':') {
        let l = s.label(label.trim());
        s.builder.bind(l);
        return Ok(());
    }
    let (name, arg) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
    let arg = arg.trim();
    if let Some(&(_, kind)) = JUMPS.iter().find(|(n, _)| *n == name) {
        let l = s.label(arg);
        s.builder.jump(kind, l);
        return Ok(());
    }
    if let Some(&(_, kind)) = SETUPS.iter().find(|(n, _)| *n == name) {
        let l = s.label(arg);
        s.builder.setup(kind, l);
        return Ok(());
    }
    if name == "POP_BLOCK" {
        b.pop_block();
        return Ok(());
    }
    let op = Opcode::from_name(name).ok_or(format!("unknown instruction `{name}`"))?;
    let value = if arg.is_empty() {
        0
    } else {
        argument(b, op, arg, done)?
    };
    b.emit(op, value);
    Ok(())
}

fn argument(
    b: &mut CodeBuilder,
    op: Opcode,
    arg: &str,
    done: &HashMap<String, CodeObject>,
) -> Result<u32, String> {
    let by_table = |table: &[&str]| table.iter().position(|s| *s == arg).map(|i| i as u32);
    match op.arg_kind() {
        ArgKind::Const if arg.starts_with('%') => number(&arg[1..]),
        ArgKind::Const => add_const(b, arg, done),
        _ if arg.starts_with(|c: char| c.is_ascii_digit()) => number(arg),
        ArgKind::Name => Ok(b.add_name(arg)),
        ArgKind::Global => Ok(match arg.strip_prefix("NULL+") {
            Some(n) => (b.add_name(n.trim()) << 1) | 1,
            None => b.add_name(arg) << 1,
        }),
        ArgKind::Local | ArgKind::Free => {
            let kind = if op.arg_kind() == ArgKind::Local {
                LocalKind::LOCAL
            } else {
                LocalKind::CELL | LocalKind::FREE
            };
            b.local_index(arg, kind)
                .ok_or(format!("no such local-plus slot `{arg}`"))
        }
        ArgKind::BinaryOp => by_table(&BINARY_OPS).ok_or(format!("unknown operator `{arg}`")),
        ArgKind::Compare => by_table(&CMP_OP).ok_or(format!("unknown comparison `{arg}`")),
        _ => number(arg),
    }
}

/// Adds a constant written as a literal or `<code KEY>` (a nested code object, by the key of
/// its section; each use adds it again, as the builder never shares code objects).
fn add_const(
    b: &mut CodeBuilder,
    arg: &str,
    done: &HashMap<String, CodeObject>,
) -> Result<u32, String> {
    if let Some(name) = arg.strip_prefix("<code ").and_then(|a| a.strip_suffix('>')) {
        let code = done
            .get(name.trim())
            .ok_or(format!("no code section named `{name}` before this one"))?;
        return Ok(b.add_const(Const::Code(code.clone().into())));
    }
    let (value, rest) = constant(arg)?;
    if !rest.trim().is_empty() {
        return Err(format!("unexpected `{rest}` after the constant"));
    }
    Ok(b.add_const(Const::Value(value)))
}

/// `@LINE`, `@LINE:COL-ENDCOL`, `@LINE:COL-ENDLINE:ENDCOL`, `@-` (no location).
fn position(text: &str) -> Result<Position, String> {
    if text == "-" {
        return Ok(Position::NONE);
    }
    let bad = || format!("bad position `@{text}`");
    let Some((line, cols)) = text.split_once(':') else {
        let line = number(text)?;
        return Ok(Position {
            line: Some(line),
            end_line: Some(line),
            col: None,
            end_col: None,
        });
    };
    let line = number(line)?;
    let (col, end) = cols.split_once('-').ok_or_else(bad)?;
    let (end_line, end_col) = match end.split_once(':') {
        Some((el, ec)) => (number(el)?, number(ec)?),
        None => (line, number(end)?),
    };
    Ok(Position::new(line, number(col)?, end_line, end_col))
}

/// A Python literal: None, True, False, `...`, ints, floats, `'str'`, `b'bytes'`, tuples.
/// Returns the value and the rest of the text.
fn constant(text: &str) -> Result<(Constant, &str), String> {
    let t = text.trim_start();
    for (word, value) in [
        ("None", Constant::None),
        ("True", Constant::Bool(true)),
        ("False", Constant::Bool(false)),
        ("...", Constant::Ellipsis),
    ] {
        if let Some(rest) = t.strip_prefix(word) {
            return Ok((value, rest));
        }
    }
    if let Some(inner) = t.strip_prefix('(') {
        let mut items = Vec::new();
        let mut rest = inner.trim_start();
        loop {
            if let Some(r) = rest.strip_prefix(')') {
                return Ok((Constant::Tuple(items.into()), r));
            }
            let (item, r) = constant(rest)?;
            items.push(item);
            rest = r.trim_start();
            if let Some(r) = rest.strip_prefix(',') {
                rest = r.trim_start();
            } else if !rest.starts_with(')') {
                return Err(format!("expected `,` or `)` in `{text}`"));
            }
        }
    }
    let (bytes, t) = match t.strip_prefix('b') {
        Some(r) if r.starts_with(['\'', '"']) => (true, r),
        _ => (false, t),
    };
    if let Some(q) = t.chars().next().filter(|c| *c == '\'' || *c == '"') {
        let mut value = String::new();
        let mut chars = t[1..].char_indices();
        while let Some((i, c)) = chars.next() {
            match c {
                '\\' => match chars.next().map(|(_, e)| e) {
                    Some('n') => value.push('\n'),
                    Some('t') => value.push('\t'),
                    Some('r') => value.push('\r'),
                    Some(e @ ('x' | 'u' | 'U')) => {
                        let digits = match e {
                            'x' => 2,
                            'u' => 4,
                            _ => 8,
                        };
                        let hex: String = (0..digits)
                            .filter_map(|_| chars.next())
                            .map(|(_, h)| h)
                            .collect();
                        let cp = u32::from_str_radix(&hex, 16)
                            .map_err(|_| format!("bad escape in `{text}`"))?;
                        value
                            .push(char::from_u32(cp).ok_or(format!("bad code point in `{text}`"))?);
                    }
                    Some(e) => value.push(e),
                    None => break,
                },
                c if c == q => {
                    let rest = &t[1 + i + 1..];
                    let c = if bytes {
                        Constant::Bytes(value.into_bytes().into())
                    } else {
                        Constant::str(&value)
                    };
                    return Ok((c, rest));
                }
                c => value.push(c),
            }
        }
        return Err(format!("unterminated string in `{text}`"));
    }
    let end = t
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '+' | '.' | '_')))
        .unwrap_or(t.len());
    let (word, rest) = t.split_at(end);
    if let Ok(v) = word.parse::<i64>() {
        return Ok((Constant::Int(Int::Small(v)), rest));
    }
    if let Ok(v) = word.parse::<f64>() {
        return Ok((Constant::float(v), rest));
    }
    Err(format!("not a constant: `{text}`"))
}

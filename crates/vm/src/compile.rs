//! The `exec`, `eval` and `compile` builtins: source text or code objects run in given (or
//! the caller's) globals and locals, with CPython's argument checks and messages.

use std::sync::Arc;

use taipan_object::abstract_::{self as ab, str_of};
use taipan_object::args::{self, ArgSpec};
use taipan_object::types::cell::PyCell;
use taipan_object::types::code::PyCode;
use taipan_object::types::dict::PyDict;
use taipan_object::types::str_::PyStr;
use taipan_object::types::tuple::PyTuple;
use taipan_object::{ObjRef, PyResult, ThreadState};

use taipan_codegen::Mode;

/// Compiles `text` (a SyntaxError exception on failure).
pub fn compile_text(
    ts: &ThreadState,
    text: &str,
    filename: &str,
    mode: Mode,
    optimize: u8,
) -> PyResult<ObjRef> {
    if text.contains('\0') {
        return Err(null_bytes_error(ts));
    }
    match taipan_codegen::compile_source_warnings(text, filename, mode, optimize) {
        Ok((c, warnings)) => {
            issue_warnings(ts, &warnings, filename)?;
            crate::traceback::remember_source(filename, text);
            Ok(ts.new_code(Arc::new(c)))
        }
        Err(e) => Err(crate::compile_error(ts, &e)),
    }
}

/// Issues the compiler's SyntaxWarnings through the warnings machinery, in order, as
/// CPython's `compiler_warn` does: a warning the filters turn into an exception fails the
/// compilation, a SyntaxWarning becoming a SyntaxError at the warned node (its text read
/// from the file `filename` names, if any).
pub fn issue_warnings(
    ts: &ThreadState,
    warnings: &[taipan_codegen::CompileWarning],
    filename: &str,
) -> PyResult<()> {
    let category = &ts.exc.syntax_warning;
    for w in warnings {
        let Err(e) = crate::modules::warnings::warn_explicit_object(
            ts, category, &w.message, filename, w.lineno,
        ) else {
            continue;
        };
        if !e.matches(category) {
            return Err(e);
        }
        return Err(located_syntax_error(
            ts,
            &w.message,
            filename,
            (w.lineno, w.offset, w.end_lineno, w.end_offset),
            program_text(filename, w.lineno),
        ));
    }
    Ok(())
}

/// A SyntaxError at `(lineno, offset, end_lineno, end_offset)` (through [`crate::compile_error`],
/// the one builder of SyntaxError's details).
fn located_syntax_error(
    ts: &ThreadState,
    message: &str,
    filename: &str,
    (lineno, offset, end_lineno, end_offset): (u32, i32, u32, i32),
    text: Option<String>,
) -> taipan_object::PyErr {
    crate::compile_error(
        ts,
        &taipan_codegen::CompileError {
            kind: taipan_codegen::CompileErrorKind::SyntaxError,
            message: message.to_string(),
            filename: filename.to_string(),
            lineno,
            offset,
            end_lineno,
            end_offset: Some(end_offset),
            text,
        },
    )
}

/// `PyErr_ProgramTextObject`: line `lineno` of the file `filename`, if it can be read.
fn program_text(filename: &str, lineno: u32) -> Option<String> {
    crate::traceback::source_line(filename, lineno as i64).map(|l| l + "\n")
}

/// A SyntaxError without a location (CPython 3.11.4 on; ValueError before).
fn null_bytes_error(ts: &ThreadState) -> taipan_object::PyErr {
    let message = ts.new_str("source code string cannot contain null bytes");
    ts.new_error_args(&ts.exc.syntax_error, vec![message])
}

/// The text of source given as bytes (to `compile()`, or a module file's): decoded by its BOM
/// or coding cookie, else as UTF-8, with CPython's SyntaxError when it cannot be: bad UTF-8
/// in a string or a name (bytes in comments pass), located as CPython locates it, unless the
/// text has a syntax error before; a cookie problem without a location. `from_file` when
/// `filename` is the file read (the error's text is then one line of it).
pub fn text_of_bytes(
    ts: &ThreadState,
    bytes: &[u8],
    filename: &str,
    mode: Mode,
    from_file: bool,
) -> PyResult<String> {
    use taipan_tokenizer::SourceBytesError as E;
    if bytes.contains(&0) {
        return Err(null_bytes_error(ts));
    }
    let (lossy, e) =
        match taipan_tokenizer::decode_source_bytes(bytes, mode == Mode::Eval, from_file) {
            Ok(text) => return Ok(text.into_owned()),
            Err(E::Codec(message)) => {
                let info = ts.new_tuple(vec![
                    ts.new_str(filename),
                    ts.new_int(0),
                    ts.new_int(-1),
                    ts.none(),
                ]);
                let args = vec![ts.new_str(&message), info];
                return Err(ts.new_error_args(&ts.exc.syntax_error, args));
            }
            Err(E::Utf8 { lossy, error }) => (lossy, error),
        };
    if let Err(ce) = taipan_codegen::compile_source(&lossy, filename, mode, 0)
        && (ce.lineno, ce.offset.max(1) as u32 - 1) < e.before
    {
        crate::traceback::remember_source(filename, &lossy);
        return Err(crate::compile_error(ts, &ce));
    }
    Err(located_syntax_error(
        ts,
        &e.message,
        filename,
        (e.lineno, e.offset, e.end_lineno, e.end_offset),
        Some(e.text.clone()),
    ))
}

/// The code to run for `exec`/`eval`'s first argument.
fn code_of(ts: &ThreadState, src: &ObjRef, fname: &str, mode: Mode) -> PyResult<ObjRef> {
    if let Some(c) = src.downcast::<PyCode>() {
        if !c.code.freevars().is_empty() {
            return Err(ts.type_error(format!(
                "code object passed to {fname}() may not contain free variables"
            )));
        }
        return Ok(src.clone());
    }
    let owned;
    let text = match src.downcast::<PyStr>() {
        Some(s) => s.as_str(),
        None => match source_bytes(ts, src, "<string>", mode) {
            Some(t) => {
                owned = t?;
                owned.as_str()
            }
            None => {
                return Err(ts.type_error(format!(
                    "{fname}() arg 1 must be a string, bytes or code object"
                )));
            }
        },
    };
    let text = if mode == Mode::Eval {
        text.trim_start_matches([' ', '\t'])
    } else {
        text
    };
    compile_text(ts, text, "<string>", mode, 0)
}

/// A bytes-like source's text ([`text_of_bytes`]); `None` if `src` is not bytes-like.
fn source_bytes(
    ts: &ThreadState,
    src: &ObjRef,
    filename: &str,
    mode: Mode,
) -> Option<PyResult<String>> {
    let b = taipan_object::types::bytes::as_bytes_like(src)?;
    let b: &[u8] = &b;
    // `eval` drops leading blanks before decoding, as CPython does.
    let b = if mode == Mode::Eval {
        let n = b.iter().take_while(|&&c| c == b' ' || c == b'\t').count();
        &b[n..]
    } else {
        b
    };
    // CPython reads the error line back from the file `filename` names, if there is one.
    let from_file = std::path::Path::new(filename).is_file();
    Some(text_of_bytes(ts, b, filename, mode, from_file))
}

fn is_mapping(o: &ObjRef) -> bool {
    o.is_a::<PyDict>() || o.typ().slots().getitem.is_some()
}

/// The namespaces `exec`/`eval` run in: the caller's when `globals` is None.
fn namespaces(
    ts: &ThreadState,
    globals: Option<ObjRef>,
    locals: Option<ObjRef>,
) -> PyResult<(ObjRef, ObjRef)> {
    let globals = globals.filter(|g| !ts.is_none(g));
    let locals = locals.filter(|l| !ts.is_none(l));
    let (g, l) = match globals {
        Some(g) => {
            let l = locals.unwrap_or_else(|| g.clone());
            (g, l)
        }
        None => {
            // SAFETY: reading the running frame.
            let f = unsafe { (*crate::frame::vm()).frames.last() };
            let Some(f) = f else {
                return Err(ts.system_error("globals and locals cannot be NULL"));
            };
            let g = f.globals.clone();
            let l = match locals {
                Some(l) => l,
                None => crate::call::current_locals(ts).unwrap_or_else(|| g.clone()),
            };
            (g, l)
        }
    };
    let gd = g.downcast::<PyDict>().expect("checked dict");
    if gd.get_str(ts, &ts.names.__builtins__).is_none()
        && let Some(b) = ts.builtins.borrow().clone()
    {
        gd.set_item(ts, ts.names.__builtins__.clone(), b)?;
    }
    Ok((g, l))
}

fn run(ts: &ThreadState, code: ObjRef, g: ObjRef, l: ObjRef) -> PyResult<ObjRef> {
    crate::call::run_code_in(ts, code, g, Some(l), None)
}

/// `exec(source, globals=None, locals=None, /, *, closure=None)`.
pub fn exec(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "exec",
        names: &["source", "globals", "locals", "closure"],
        required: 1,
        posonly: 3,
        kwonly: 3,
    };
    let npos = a.len() - args::kw_names(kw).len();
    if npos == 0 {
        return Err(ts.type_error("exec() takes at least 1 positional argument (0 given)"));
    }
    let [src, g, l, closure] = args::parse::<4>(ts, &SPEC, a, kw)?;
    let closure = closure.filter(|c| !ts.is_none(c));
    let src = src.expect("required");
    if let Some(g) = g.as_ref().filter(|g| !ts.is_none(g))
        && !g.is_a::<PyDict>()
    {
        return Err(ts.type_error(format!(
            "exec() globals must be a dict, not {}",
            g.typ().name()
        )));
    }
    if let Some(l) = l.as_ref().filter(|l| !ts.is_none(l))
        && !is_mapping(l)
    {
        return Err(ts.type_error(format!(
            "locals must be a mapping or None, not {}",
            l.typ().name()
        )));
    }
    let (g, l) = namespaces(ts, g, l)?;
    let Some(c) = src.downcast::<PyCode>() else {
        if closure.is_some() {
            return Err(ts.type_error("closure can only be used when source is a code object"));
        }
        let code = code_of(ts, &src, "exec", Mode::Exec)?;
        run(ts, code, g, l)?;
        return Ok(ts.none());
    };
    // A code object with free variables runs with `closure`, a tuple of exactly that many
    // cells (through a function holding it, whose closure COPY_FREE_VARS reads).
    let nfree = c.code.freevars().len();
    let func = match closure {
        None if nfree == 0 => None,
        Some(_) if nfree == 0 => {
            return Err(ts.type_error("cannot use a closure with this code object"));
        }
        Some(cl)
            if cl.is_exact(&ts.types.tuple)
                && cl.downcast::<PyTuple>().is_some_and(|t| {
                    t.items().len() == nfree && t.items().iter().all(|c| c.is_a::<PyCell>())
                }) =>
        {
            Some(ts.new_function(src.clone(), g.clone(), None, Some(cl)))
        }
        _ => {
            return Err(ts.type_error(format!(
                "code object requires a closure of exactly length {nfree}"
            )));
        }
    };
    crate::call::run_code_in(ts, src, g, Some(l), func)?;
    Ok(ts.none())
}

/// `eval(source, globals=None, locals=None, /)`.
pub fn eval(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "eval", a.len(), 1, 3)?;
    let g = a.get(1).cloned();
    let l = a.get(2).cloned();
    if let Some(l) = l.as_ref().filter(|l| !ts.is_none(l))
        && !is_mapping(l)
    {
        return Err(ts.type_error("locals must be a mapping"));
    }
    if let Some(g) = g.as_ref().filter(|g| !ts.is_none(g))
        && !g.is_a::<PyDict>()
    {
        return Err(ts.type_error(if is_mapping(g) {
            "globals must be a real dict; try eval(expr, {}, mapping)"
        } else {
            "globals must be a dict"
        }));
    }
    let (g, l) = namespaces(ts, g, l)?;
    let code = code_of(ts, &a[0], "eval", Mode::Eval)?;
    run(ts, code, g, l)
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
pub fn compile(
    ts: &ThreadState,
    _: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "compile",
        names: &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
            "_feature_version",
        ],
        required: 3,
        posonly: 0,
        kwonly: 6,
    };
    let [src, filename, mode, flags, _dont_inherit, optimize, _fv] =
        args::parse::<7>(ts, &SPEC, a, kw)?;
    let flags = match flags {
        Some(f) => ab::index_isize(ts, &f)? as i64,
        None => 0,
    };
    let only_ast = flags & crate::modules::ast::PYCF_ONLY_AST != 0;
    let src = src.expect("required");
    let filename = filename.expect("required");
    let mode = mode.expect("required");
    if !filename.is_a::<PyStr>() {
        return Err(ts.type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            filename.typ().name()
        )));
    }
    if !mode.is_a::<PyStr>() {
        return Err(ts.type_error(format!(
            "compile() argument 'mode' must be str, not {}",
            mode.typ().name()
        )));
    }
    let m = match str_of(&mode) {
        "exec" => Mode::Exec,
        "eval" => Mode::Eval,
        "single" => Mode::Single,
        "func_type" if only_ast => Mode::FuncType,
        "func_type" => {
            return Err(ts.value_error("compile() mode 'func_type' requires flag PyCF_ONLY_AST"));
        }
        _ if only_ast => {
            return Err(
                ts.value_error("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
            );
        }
        _ => {
            return Err(ts.value_error("compile() mode must be 'exec', 'eval' or 'single'"));
        }
    };
    if flags & !crate::modules::ast::PYCF_KNOWN_FLAGS != 0 {
        return Err(ts.value_error("compile(): unrecognised flags"));
    }
    let opt = match optimize {
        Some(o) => ab::index_isize(ts, &o)?,
        None => -1,
    };
    if !(-1..=2).contains(&opt) {
        return Err(ts.value_error("compile(): invalid optimize value"));
    }
    if src.is_a::<PyCode>() {
        return Ok(src);
    }
    if crate::modules::ast::is_ast(ts, &src)? {
        if only_ast {
            return Ok(src);
        }
        return crate::modules::ast::compile_tree(ts, &src, str_of(&filename), m, opt.max(0) as u8);
    }
    let text = match src.downcast::<PyStr>() {
        Some(s) => s.as_str().to_string(),
        None => match source_bytes(ts, &src, str_of(&filename), m) {
            Some(t) => t?,
            None => {
                return Err(ts.type_error("compile() arg 1 must be a string, bytes or AST object"));
            }
        },
    };
    if only_ast {
        return crate::modules::ast::parse(ts, &text, str_of(&filename), m);
    }
    compile_text(ts, &text, str_of(&filename), m, opt.max(0) as u8)
}

//! The names `site.py` adds to `builtins` (CPython's `_sitebuiltins`): `exit`/`quit`
//! (`Quitter`), `copyright`/`credits`/`license` (`_Printer`), `help` (`_Helper`, which hands
//! the call to `pydoc.help`), and the `breakpoint` builtin with `sys.breakpointhook`.

use taipan_object::abstract_ as ab;
use taipan_object::typeobj::{Meth, MethodDef, PayloadInfo, Slots, TypeSpec, new_static_type};
use taipan_object::types::dict::PyDict;
use taipan_object::{ObjRef, PyPayload, PyResult, ThreadState, alloc_object};

/// `_sitebuiltins.Quitter`: `exit` and `quit`.
pub struct Quitter {
    name: &'static str,
}
impl PyPayload for Quitter {}

/// `_sitebuiltins._Printer`: `copyright`, `credits`, `license`.
pub struct Printer {
    name: &'static str,
    /// Made on use (the license is read from a file).
    text: fn() -> String,
}
impl PyPayload for Printer {}

/// `_sitebuiltins._Helper`: `help`.
pub struct Helper;
impl PyPayload for Helper {}

fn quitter_repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let q = o.downcast::<Quitter>().expect("Quitter");
    Ok(ts.new_string(format!("Use {}() or Ctrl-D (i.e. EOF) to exit", q.name)))
}
/// `Quitter.__call__(code=None)`: closes `sys.stdin`, raises `SystemExit(code)`.
fn quitter_call(
    ts: &ThreadState,
    _: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    static SPEC: taipan_object::args::ArgSpec = taipan_object::args::ArgSpec {
        fname: "__call__",
        names: &["code"],
        required: 0,
        posonly: 0,
        kwonly: 1,
    };
    let [code] = taipan_object::args::parse::<1>(ts, &SPEC, a, kw)?;
    if let Some(stdin) = crate::sys::sys_attr(ts, "stdin") {
        let _ = ab::call_method(ts, &stdin, "close", &[]);
    }
    let code = code.unwrap_or_else(|| ts.none());
    Err(ts.new_error_args(&ts.exc.system_exit, vec![code]))
}

/// `_Printer`'s page size (CPython's `MAXLINES`).
const MAXLINES: usize = 23;

fn printer_repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let p = o.downcast::<Printer>().expect("_Printer");
    let text = (p.text)();
    if text.lines().count() <= MAXLINES {
        Ok(ts.new_str(&text))
    } else {
        Ok(ts.new_string(format!("Type {}() to see the full {} text", p.name, p.name)))
    }
}
/// `_Printer.__call__()`: prints the text a page at a time, asking before each next page.
fn printer_call(
    ts: &ThreadState,
    o: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    taipan_object::args::no_kwargs(ts, "__call__", kw)?;
    taipan_object::args::check_positional(ts, "__call__", a.len(), 0, 0)?;
    let p = o.downcast::<Printer>().expect("_Printer");
    let text = (p.text)();
    let lines: Vec<&str> = text.lines().collect();
    let print = |s: &str| crate::sys::write_to(ts, "stdout", &format!("{s}\n"));
    let mut at = 0;
    loop {
        for l in lines.iter().skip(at).take(MAXLINES) {
            print(l)?;
        }
        at += MAXLINES;
        if at >= lines.len() {
            break;
        }
        let input = crate::sys::sys_attr(ts, "modules")
            .and_then(|m| m.downcast::<PyDict>()?.get_str_rs(ts, "builtins"))
            .map(|b| ab::getattr(ts, &b, &ts.intern("input")))
            .transpose()?;
        let Some(input) = input else { break };
        let prompt = ts.new_str("Hit Return for more, or q (and Return) to quit: ");
        loop {
            let key = ab::call(ts, &input, &[prompt.clone()])?;
            match ab::str_of(&key) {
                "" => break,
                "q" => return Ok(ts.none()),
                _ => {}
            }
        }
    }
    Ok(ts.none())
}

fn helper_repr(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_str("Type help() for interactive help, or help(object) for help about object."))
}
/// `_Helper.__call__(*args, **kwds)`: `pydoc.help(*args, **kwds)`.
fn helper_call(
    ts: &ThreadState,
    _: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let pydoc = crate::import::import_module(ts, "pydoc")?;
    let help = ab::getattr(ts, &pydoc, &ts.intern("help"))?;
    ab::vectorcall(ts, &help, a, kw)
}

static QUITTER_SPEC: TypeSpec = TypeSpec {
    slots: Slots {
        repr: Some(quitter_repr),
        call: Some(quitter_call),
        ..Slots::NONE
    },
    ..TypeSpec::new("_sitebuiltins.Quitter", PayloadInfo::of::<Quitter>())
};
static PRINTER_SPEC: TypeSpec = TypeSpec {
    slots: Slots {
        repr: Some(printer_repr),
        call: Some(printer_call),
        ..Slots::NONE
    },
    doc: "interactive prompt objects for printing the license text, a list of\n    contributors and the copyright notice.",
    ..TypeSpec::new("_sitebuiltins._Printer", PayloadInfo::of::<Printer>())
};
static HELPER_SPEC: TypeSpec = TypeSpec {
    slots: Slots {
        repr: Some(helper_repr),
        call: Some(helper_call),
        ..Slots::NONE
    },
    doc: "Define the builtin 'help'.\n\n    This is a wrapper around pydoc.help that provides a helpful message\n    when 'help' is typed at the Python interactive prompt.\n\n    Calling help() at the Python prompt starts an interactive help session.\n    Calling help(thing) prints help for the python object 'thing'.\n    ",
    ..TypeSpec::new("_sitebuiltins._Helper", PayloadInfo::of::<Helper>())
};

/// `sys.copyright` (CPython 3.11.7's text).
pub const COPYRIGHT: &str = "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.";

const CREDITS: &str = "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n    for supporting Python development.  See www.python.org for more information.";

/// The license text: CPython's `LICENSE.txt` next to the standard library, else the URL.
fn license_text() -> String {
    crate::import::stdlib_dir()
        .and_then(|d| {
            ["LICENSE.txt", "LICENSE"]
                .iter()
                .find_map(|f| std::fs::read_to_string(d.join(f)).ok())
        })
        .unwrap_or_else(|| "See https://www.python.org/psf/license/".to_string())
}

/// `breakpoint(*args, **kws)`: calls `sys.breakpointhook`.
fn breakpoint(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    match crate::sys::sys_attr(ts, "breakpointhook") {
        Some(h) => ab::vectorcall(ts, &h, a, kw),
        None => Err(ts.runtime_error("lost sys.breakpointhook")),
    }
}

/// The default `sys.breakpointhook`: `PYTHONBREAKPOINT` names the callable (`0`: none;
/// unset or empty: `pdb.set_trace`).
fn breakpointhook(
    ts: &ThreadState,
    _: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let env = std::env::var("PYTHONBREAKPOINT").unwrap_or_default();
    let target = match env.as_str() {
        "0" => return Ok(ts.none()),
        "" => "pdb.set_trace",
        s => s,
    };
    let found = match target.rsplit_once('.') {
        // A leading dot only: nothing to import.
        Some(("", _)) => None,
        Some((m, a)) => Some((m, a)),
        None => Some(("builtins", target)),
    };
    let hook = match found {
        None => None,
        Some((module, attr)) => match crate::import::import_module(ts, module) {
            // Any error getting the attribute warns; only an ImportError importing does.
            Ok(m) => ab::getattr(ts, &m, &ts.new_str(attr)).ok(),
            Err(e) if e.matches(&ts.exc.import_error) => None,
            Err(e) => return Err(e),
        },
    };
    match hook {
        Some(f) => ab::vectorcall(ts, &f, a, kw),
        None => {
            // CPython warns (RuntimeWarning) and ignores the breakpoint.
            ts.warn(
                &ts.exc.runtime_warning,
                format!("Ignoring unimportable $PYTHONBREAKPOINT: \"{target}\""),
            )?;
            Ok(ts.none())
        }
    }
}

pub static BREAKPOINT: MethodDef = MethodDef {
    doc: "breakpoint(*args, **kws)\n\nCall sys.breakpointhook(*args, **kws).  sys.breakpointhook() must accept\nwhatever arguments are passed.\n\nBy default, this drops you into the pdb debugger.",
    ..MethodDef::new("breakpoint", Meth::FastKw(breakpoint))
};
pub static BREAKPOINTHOOK: MethodDef = MethodDef {
    doc: "breakpointhook(*args, **kws)\n\nThis hook function is called by built-in breakpoint().\n",
    ..MethodDef::new("breakpointhook", Meth::FastKw(breakpointhook))
};

/// Adds `exit`, `quit`, `copyright`, `credits`, `license`, `help` and `breakpoint` to the
/// builtins module `m` (dict `d`).
pub fn install(ts: &ThreadState, m: &ObjRef, d: &PyDict) {
    let set = |k: &str, v: ObjRef| {
        let _ = d.set_item_str(ts, k, v);
    };
    let quitter = new_static_type(ts, &QUITTER_SPEC);
    let printer = new_static_type(ts, &PRINTER_SPEC);
    let helper = new_static_type(ts, &HELPER_SPEC);
    for name in ["exit", "quit"] {
        set(name, alloc_object(ts, &quitter, Quitter { name }));
    }
    let copyright: fn() -> String = || COPYRIGHT.to_string();
    let credits: fn() -> String = || CREDITS.to_string();
    for (name, text) in [
        ("copyright", copyright),
        ("credits", credits),
        ("license", license_text as fn() -> String),
    ] {
        set(name, alloc_object(ts, &printer, Printer { name, text }));
    }
    set("help", alloc_object(ts, &helper, Helper));
    set(
        "breakpoint",
        taipan_object::types::descr::new_builtin_function(ts, &BREAKPOINT, Some(m.clone())),
    );
}

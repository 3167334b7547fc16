//! taipan's virtual machine (design: `docs/design/runtime.md`): frames on a contiguous slot
//! stack (`frame`), the eval loop over CPython 3.11's bytecode (`eval`, helpers in `ops`),
//! calls and argument binding (`call`), `__build_class__` (`buildclass`), uncaught-exception
//! reports (`traceback`, `anchors`), and the `builtins`, `sys` and `gc` modules.
//!
//! Entry points: [`run_source`] (compile and run a program as `__main__`, report an uncaught
//! exception, return the exit code) and [`run_main`] (the same on a thread with a big stack,
//! as the CLI uses; [`spawn_interpreter`] makes that thread: SIGINT delivered to it, Rust
//! panics reported the Python way, `panic`); [`Interpreter`] for embedding and tests.

mod anchors;
pub mod asyncgen;
pub mod buildclass;
pub mod builtins;
pub mod call;
pub mod compile;
pub mod eval;
pub mod exc_ops;
pub mod finalize;
pub mod frame;
pub mod gcmodule;
pub mod generator;
pub mod import;
pub mod matching;
pub mod modules;
pub mod ops;
pub mod panic;
mod specialize;
mod suggestions;
pub mod sys;
pub mod trace;
pub mod traceback;

use std::sync::Arc;

use taipan_bytecode::CodeObject;
use taipan_object::types::dict::PyDict;
use taipan_object::types::module::PyModule;
use taipan_object::{ObjRef, PyErr, PyResult, ThreadState};

/// An interpreter on the current thread: the thread state with the VM hooks, `builtins`,
/// `sys`, `gc` and a `__main__` module (let go at the end of a run, so that only
/// `sys.modules` holds it while the teardown runs, as in CPython).
pub struct Interpreter {
    pub ts: &'static ThreadState,
    main: std::cell::RefCell<Option<ObjRef>>,
}

impl Interpreter {
    /// Makes (or returns) the current thread's interpreter with `sys.argv = argv`.
    pub fn new(argv: &[String]) -> Interpreter {
        let ts = ThreadState::new();
        ts.hooks.call_function.set(call::call_function);
        ts.hooks.collect.set(taipan_gc::collect);
        ts.hooks.super_args.set(call::super_args);
        ts.hooks.current_globals.set(buildclass::current_globals);
        ts.hooks.unraisable.set(sys::hooks::unraisable);
        ts.frame_locals_hook.set(call::frame_locals);
        ts.hooks.frame_sync.set(frame::sync_frame_object);
        ts.hooks.import_module.set(import::import_module);
        // `str.encode`/`bytes.decode` reach the codec registry before `_codecs` is imported.
        modules::codecs::registry::install();
        generator::init_types(ts);
        let b = builtins::make_builtins(ts);
        let bd = b.downcast::<PyModule>().expect("module").dict();
        *ts.builtins.borrow_mut() = Some(bd.clone());
        let _sys = sys::make_sys(ts, argv, &b);
        finalize::remember_builtins(ts);
        let gc = gcmodule::make(ts);
        let main = ts.new_module("__main__");
        if let Some(m) = ts
            .modules
            .borrow()
            .as_ref()
            .and_then(|m| m.downcast::<PyDict>())
        {
            let _ = m.set_item_str(ts, "gc", gc);
            let _ = m.set_item_str(ts, "__main__", main.clone());
        }
        let md = main.downcast::<PyModule>().expect("module").dict();
        let mdd = md.downcast::<PyDict>().expect("dict");
        let _ = mdd.set_item_str(ts, "__builtins__", b);
        // `add_main_module`: `__main__` starts with an empty `__annotations__`.
        let _ = mdd.set_item_str(ts, "__annotations__", ts.new_dict());
        if let Err(e) = modules::warnings::apply_options(ts) {
            let _ = crate::sys::write_to(ts, "stderr", &traceback::format_exception(ts, e.value()));
        }
        Interpreter {
            ts,
            main: std::cell::RefCell::new(Some(main)),
        }
    }

    /// `-m NAME` (CPython's `pymain_run_module`): `runpy._run_module_as_main(NAME)`, runpy
    /// loaded as `<frozen runpy>` (its frames show so in tracebacks, as CPython's frozen
    /// one's); it finds the module or the package's `__main__`, sets `sys.argv[0]` to its
    /// path and runs it in `__main__` with `__spec__`/`__package__`; the exit code, errors
    /// reported as [`Interpreter::run_source`] does ("No module named ..." exits 1 through
    /// runpy's `sys.exit`).
    pub fn run_module(&self, name: &str) -> i32 {
        let ts = self.ts;
        let r = (|| {
            let runpy = match import::stdlib_dir().map(|d| d.join("runpy.py")) {
                Some(path) if path.is_file() => {
                    import::exec_path(ts, "runpy", &path, "<frozen runpy>")?
                }
                _ => import::import_module(ts, "runpy")?,
            };
            let run = taipan_object::abstract_::getattr_str(ts, &runpy, "_run_module_as_main")?;
            taipan_object::abstract_::call(ts, &run, &[ts.new_str(name)])
        })();
        self.finish(r)
    }

    /// The end of a `__main__` run: the exit code (an uncaught exception reported on stderr as
    /// CPython does), then the `atexit` functions, the teardown (`finalize`: module globals'
    /// `__del__` run) and a flush of stdout.
    fn finish(&self, r: PyResult<ObjRef>) -> i32 {
        let code = match r {
            Ok(_) => 0,
            Err(e) => self.report(e),
        };
        modules::atexit::run_exitfuncs(self.ts);
        self.main.borrow_mut().take();
        finalize::finalize(self.ts);
        builtins::flush_stdout();
        code
    }

    /// SIGINT raises KeyboardInterrupt in this interpreter (CPython's default handler), unless
    /// the process inherited it ignored.
    pub fn install_signals(&self) {
        modules::signal::install_sigint(self.ts);
    }

    /// `__main__.__dict__` (an empty dict once the run has ended).
    pub fn main_dict(&self) -> ObjRef {
        match self
            .main
            .borrow()
            .as_ref()
            .and_then(|m| m.downcast::<PyModule>())
        {
            Some(m) => m.dict(),
            None => self.ts.new_dict(),
        }
    }

    /// Runs a compiled module in `__main__`.
    pub fn run_code(&self, code: Arc<CodeObject>) -> PyResult<ObjRef> {
        let ts = self.ts;
        let c = ts.new_code(code);
        let g = self.main_dict();
        call::run_code_in(ts, c, g.clone(), Some(g), None)
    }

    /// Compiles `text` as a module (SyntaxError as an exception), through the installed
    /// [`import::CodeLoader`] if there is one.
    pub fn compile(&self, text: &str, filename: &str) -> PyResult<Arc<CodeObject>> {
        let compile = || {
            taipan_codegen::compile_source_warnings(text, filename, taipan_codegen::Mode::Exec, 0)
        };
        let (code, warnings) = match import::loader() {
            Some(loader) => {
                let code = loader.compile(text, filename);
                // The loader's code comes in pieces without the compiler's SyntaxWarnings: the
                // whole-file compiler finds them (for the main program only).
                let warnings = match &code {
                    Ok(_) => compile().map(|(_, w)| w).unwrap_or_default(),
                    Err(_) => Vec::new(),
                };
                (code, warnings)
            }
            None => match compile() {
                Ok((code, warnings)) => (Ok(Arc::new(code)), warnings),
                Err(e) => (Err(e), Vec::new()),
            },
        };
        let code = code.map_err(|e| compile_error(self.ts, &e))?;
        compile::issue_warnings(self.ts, &warnings, filename)?;
        Ok(code)
    }

    /// Runs source text as `__main__`: the exit code, with an uncaught exception reported on
    /// stderr as CPython does (`SystemExit` handled as CPython's).
    pub fn run_source(&self, text: &str, filename: &str) -> i32 {
        let ts = self.ts;
        traceback::remember_source(filename, text);
        if let Some(d) = self.main_dict().downcast::<PyDict>()
            && !filename.starts_with('<')
        {
            let _ = d.set_item_str(ts, "__file__", ts.new_str(filename));
            let _ = d.set_item_str(ts, "__cached__", ts.none());
        }
        let r = self.compile(text, filename).and_then(|c| self.run_code(c));
        self.finish(r)
    }

    /// Reports an uncaught exception; returns the exit code.
    pub fn report(&self, e: PyErr) -> i32 {
        let ts = self.ts;
        let exc = e.into_value();
        if taipan_object::typeobj::type_check(&exc, &ts.exc.system_exit) {
            let code = taipan_object::abstract_::getattr_str(ts, &exc, "code").ok();
            return match code {
                None => 0,
                Some(c) if ts.is_none(&c) => 0,
                Some(c) => match taipan_object::types::int::as_i64(&c) {
                    Some(v) => v as i32,
                    None => {
                        let s = taipan_object::abstract_::str_string(ts, &c).unwrap_or_default();
                        builtins::flush_stdout();
                        eprintln!("{s}");
                        1
                    }
                },
            };
        }
        builtins::flush_stdout();
        sys::hooks::report_uncaught(ts, &exc);
        if taipan_object::typeobj::type_check(&exc, &ts.exc.keyboard_interrupt) {
            UNHANDLED_KEYBOARD_INTERRUPT.store(true, std::sync::atomic::Ordering::Relaxed);
            130
        } else {
            1
        }
    }
}

/// A compile error as the exception CPython raises (SyntaxError and subclasses).
pub fn compile_error(ts: &ThreadState, e: &taipan_codegen::CompileError) -> PyErr {
    use taipan_codegen::CompileErrorKind as K;
    let ty = match e.kind {
        K::IndentationError => &ts.exc.indentation_error,
        K::TabError => &ts.exc.tab_error,
        K::RecursionError => return ts.recursion_error(&e.message),
        _ => &ts.exc.syntax_error,
    };
    let text = e
        .text
        .as_deref()
        .map(|t| ts.new_str(t))
        .unwrap_or_else(|| ts.none());
    let info = ts.new_tuple(vec![
        ts.new_str(&e.filename),
        ts.new_int(e.lineno as i64),
        ts.new_int(e.offset as i64),
        text,
        ts.new_int(e.end_lineno as i64),
        e.end_offset
            .map_or_else(|| ts.none(), |o| ts.new_int(o as i64)),
    ]);
    ts.new_error_args(ty, vec![ts.new_str(&e.message), info])
}

/// Runs a program on a thread with a large stack (deep native recursion stays bounded by the
/// runtime's guard, never by a stack overflow); returns the exit code.
pub fn run_main(text: String, filename: String, argv: Vec<String>) -> i32 {
    run_main_traced(text, filename, argv, None)
}

/// [`run_main`], with each executed instruction traced when `trace` is given (`taipan trace`).
pub fn run_main_traced(
    text: String,
    filename: String,
    argv: Vec<String>,
    trace: Option<trace::TraceConfig>,
) -> i32 {
    run_interpreter(argv, trace, move |interp| {
        interp.run_source(&text, &filename)
    })
}

/// Runs `body` with a new [`Interpreter`] (`argv` as `sys.argv`, SIGINT handled, each
/// instruction traced when `trace` is given) on the interpreter thread; returns its exit code
/// (70 when the thread could not be made), or ends the process by SIGINT as CPython does
/// when a KeyboardInterrupt went unhandled.
fn run_interpreter(
    argv: Vec<String>,
    trace: Option<trace::TraceConfig>,
    body: impl FnOnce(&Interpreter) -> i32 + Send + 'static,
) -> i32 {
    let code = spawn_interpreter(move || {
        if let Some(config) = trace {
            trace::install(config);
        }
        let interp = Interpreter::new(&argv);
        interp.install_signals();
        body(&interp)
    })
    .unwrap_or(70);
    if UNHANDLED_KEYBOARD_INTERRUPT.load(std::sync::atomic::Ordering::Relaxed) {
        exit_by_sigint();
    }
    code
}

/// Runs `body` on the interpreter thread: a big stack (deep native recursion stays bounded by
/// the runtime's guard, never by a stack overflow), SIGINT blocked on the calling thread and
/// open on the new one (a process-directed Ctrl-C interrupts the interpreter's blocking system
/// calls), and panics reported as `panic` says: a panic no eval loop caught is a fatal error
/// (the process aborts). `None` when the thread could not be made.
pub fn spawn_interpreter<R: Send + 'static>(
    body: impl FnOnce() -> R + Send + 'static,
) -> Option<R> {
    block_sigint(true);
    let h = std::thread::Builder::new()
        .name("taipan-main".into())
        .stack_size(1 << 30)
        .spawn(move || {
            block_sigint(false);
            panic::install();
            let r = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(body)) {
                Ok(r) => r,
                Err(payload) => panic::fatal(payload),
            };
            modules::signal::detach_thread();
            r
        });
    h.ok().and_then(|h| h.join().ok())
}

/// Blocks (or unblocks) SIGINT for the calling thread.
fn block_sigint(block: bool) {
    // SAFETY: a signal set built by sigemptyset/sigaddset, passed to pthread_sigmask.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        let how = if block {
            libc::SIG_BLOCK
        } else {
            libc::SIG_UNBLOCK
        };
        libc::pthread_sigmask(how, &set, std::ptr::null_mut());
    }
}

/// `taipan -m NAME ARGS` on the interpreter thread ([`Interpreter::run_module`]): `sys.argv`
/// is `['-m', ARGS...]` until runpy puts the module's path first, `sys.path[0]` the working
/// directory.
pub fn run_module_main(name: String, args: Vec<String>) -> i32 {
    let argv = std::iter::once("-m".to_string()).chain(args).collect();
    run_interpreter(argv, None, move |interp| interp.run_module(&name))
}

/// Set when the program ended in an uncaught KeyboardInterrupt.
static UNHANDLED_KEYBOARD_INTERRUPT: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

/// CPython's `exit_sigint`: a program ended by an uncaught KeyboardInterrupt ends the process
/// by SIGINT with the default disposition, so that its parent sees it killed by the signal
/// (a shell prints status 130); if the signal does not end it, the caller exits with 130.
fn exit_by_sigint() {
    // SAFETY: plain libc calls; the interpreter thread has finished.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::kill(libc::getpid(), libc::SIGINT);
    }
    block_sigint(false);
}

/// Runs a compiled code object (tests with CPython's own bytecode, through the assembler).
pub fn run_compiled(code: CodeObject) -> i32 {
    let interp = Interpreter::new(&[]);
    let r = interp.run_code(Arc::new(code));
    let c = match r {
        Ok(_) => 0,
        Err(e) => interp.report(e),
    };
    builtins::flush_stdout();
    c
}

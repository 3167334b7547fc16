//! One file under test: taipan's decoding of its bytes, CPython's verdict, and taipan's
//! parse (done at most once, on first use, with a panic caught and turned into a failure; the
//! tree is kept for the rows that go on from it, such as the AST), and its lowering to the AST
//! (also at most once, shared by the rows that need it: the AST, the symbol table).

use std::borrow::Cow;
use std::cell::OnceCell;
use std::panic::{AssertUnwindSafe, catch_unwind};

use taipan_tokenizer::{DecodeError, LineIndex};

use super::driver::Verdict;

pub struct Case<'a> {
    pub decoded: Result<Cow<'a, str>, DecodeError>,
    pub cpython: &'a Verdict,
    parse: OnceCell<ParseOutcome>,
    lowered: OnceCell<Result<taipan_ast::Lowered, String>>,
    compiled: OnceCell<Compiled>,
}

/// What taipan's compiler made of the file: the sha1 of `taipan_codegen::dump::code_facts`,
/// its compile error, or why it could not run (no AST, a panic).
pub enum Compiled {
    Code(String),
    Error(taipan_codegen::CompileError),
    NoAst(String),
}

/// What taipan's parser made of the decoded text.
pub enum ParseOutcome {
    Parsed {
        /// The tree's text, when it differs from the source.
        tree_text_mismatch: Option<String>,
        /// First error: 1-based line and message.
        first_error: Option<(u32, String)>,
        /// The tree and all the errors.
        parse: taipan_syntax::Parse,
    },
    Panicked(String),
}

impl<'a> Case<'a> {
    pub fn new(bytes: &'a [u8], cpython: &'a Verdict) -> Self {
        let decoded = taipan_tokenizer::decode_source(bytes);
        Case {
            decoded,
            cpython,
            parse: OnceCell::new(),
            lowered: OnceCell::new(),
            compiled: OnceCell::new(),
        }
    }

    /// taipan's AST of the shared parse, or why there is none to compare: the text cannot be
    /// decoded, the parser or the lowering panicked, or either reported an error (the first
    /// one, as `taipan reports line N: message`).
    pub fn lowered(&self) -> Result<&taipan_ast::Lowered, &str> {
        self.lowered
            .get_or_init(|| self.lower())
            .as_ref()
            .map_err(String::as_str)
    }

    fn lower(&self) -> Result<taipan_ast::Lowered, String> {
        let (Ok(text), Some(parse)) = (&self.decoded, self.parse()) else {
            return Err("taipan cannot decode it".to_string());
        };
        let parse = match parse {
            ParseOutcome::Parsed { parse, .. } => parse,
            ParseOutcome::Panicked(message) => return Err(format!("parser panicked: {message}")),
        };
        let lowered = catch_unwind(AssertUnwindSafe(|| {
            taipan_ast::lower_module(&parse.syntax_node(), text)
        }))
        .map_err(|p| format!("lowering panicked: {}", panic_message(p.as_ref())))?;
        let error = parse.errors().iter().chain(&lowered.errors).next();
        if let Some(e) = error {
            let line = LineIndex::new(text).line(u32::from(e.range.start()));
            return Err(format!("taipan reports line {}: {}", line + 1, e.message));
        }
        Ok(lowered)
    }

    /// taipan's compilation of the shared AST (optimized as CPython's `compile()` does),
    /// shared by the `code` rows.
    pub fn compiled(&self) -> &Compiled {
        self.compiled.get_or_init(|| {
            let lowered = match self.lowered() {
                Ok(l) => l,
                Err(why) => return Compiled::NoAst(why.to_string()),
            };
            let result = catch_unwind(AssertUnwindSafe(|| {
                let mut ast = lowered.ast.clone();
                let options = taipan_opt::Options {
                    log: false,
                    ..taipan_opt::Options::cpython()
                };
                taipan_opt::optimize(&mut ast, &options);
                taipan_codegen::compile_ast(&ast, "<conformance>", 0)
            }));
            match result {
                Ok(Ok(code)) => {
                    let facts = taipan_codegen::dump::code_facts(&code);
                    Compiled::Code(sha1_smol::Sha1::from(facts.as_bytes()).digest().to_string())
                }
                Ok(Err(e)) => Compiled::Error(e),
                Err(p) => {
                    Compiled::NoAst(format!("compiler panicked: {}", panic_message(p.as_ref())))
                }
            }
        })
    }

    /// taipan's parse of the decoded text (`None` when decoding failed).
    pub fn parse(&self) -> Option<&ParseOutcome> {
        let text = self.decoded.as_ref().ok()?;
        Some(self.parse.get_or_init(|| parse_guarded(text)))
    }
}

fn parse_guarded(text: &str) -> ParseOutcome {
    let result = catch_unwind(AssertUnwindSafe(|| {
        let parse = taipan_syntax::parse(text);
        let tree = parse.green().to_string();
        let tree_text_mismatch = (tree != text).then(|| first_difference(text, &tree));
        let first_error = parse.errors().first().map(|e| {
            let line = LineIndex::new(text).line(u32::from(e.range.start())) + 1;
            (line, e.message.clone())
        });
        ParseOutcome::Parsed {
            tree_text_mismatch,
            first_error,
            parse,
        }
    }));
    result.unwrap_or_else(|payload| ParseOutcome::Panicked(panic_message(payload.as_ref())))
}

/// The text of a caught panic.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic".to_string())
}

/// Where two texts first differ, for a report.
pub fn first_difference(expected: &str, actual: &str) -> String {
    let at = expected
        .bytes()
        .zip(actual.bytes())
        .position(|(a, b)| a != b)
        .unwrap_or(expected.len().min(actual.len()));
    let line = expected[..at.min(expected.len())].matches('\n').count() + 1;
    let snippet = |s: &str| -> String {
        let from = s.floor_char_boundary(at.min(s.len()));
        s[from..].chars().take(40).collect()
    };
    format!(
        "line {line}, byte {at}: source {:?}, tree {:?} (lengths {} and {})",
        snippet(expected),
        snippet(actual),
        expected.len(),
        actual.len()
    )
}

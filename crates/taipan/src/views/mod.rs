//! The stage views: each turns one stage's IR into text (or JSON) for a person or a tool.

pub mod ast;
pub mod cst;
pub mod dis;
pub mod dot;
pub mod opt;
pub mod tokens;

use std::process::ExitCode;

use taipan_diagnostics::{Diagnostic, Severity};
use taipan_syntax::SyntaxError;

use crate::SourceArgs;
use crate::source::{self, LoadError};
use crate::style;

#[derive(Clone, Copy)]
pub enum View {
    Tokens {
        trivia: bool,
    },
    Cst,
    Ast(ast::AstOptions),
    Opt(ast::AstOptions),
    Dis {
        mode: taipan_ast::Mode,
        source: bool,
    },
}

/// How a view is written: painted text for a person, JSON for tools, Graphviz for a picture
/// (the tree views only).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Dot,
}

impl Format {
    pub fn new(json: bool, dot: bool) -> Format {
        match (json, dot) {
            (true, _) => Format::Json,
            (_, true) => Format::Dot,
            _ => Format::Text,
        }
    }
}

/// Loads the source named by `args`, renders `view`, and prints it; syntax errors go to stderr
/// through ariadne and make the exit status 1, as CPython's is.
pub fn run(view: View, args: &SourceArgs, format: Format) -> ExitCode {
    let color = style::stderr_color();
    let file = match source::load(args.file.as_deref(), args.code.as_deref()) {
        Ok(file) => file,
        Err(LoadError::Io(msg)) => {
            eprintln!("taipan: {msg}");
            return ExitCode::from(2);
        }
        Err(LoadError::Decode {
            name,
            text,
            diagnostic,
        }) => {
            style::eprint(&taipan_diagnostics::render(
                &name,
                &text,
                &[diagnostic],
                color,
            ));
            return ExitCode::from(1);
        }
    };
    let (out, errors) = match view {
        View::Tokens { trivia } => tokens::render(&file.text, format == Format::Json, trivia),
        View::Cst => cst::render(&file.text, format),
        View::Ast(options) => ast::render(&file.text, format, options),
        View::Opt(options) => opt::render(&file.text, format, options),
        View::Dis { mode, source } => dis::render(&file.text, &file.name, mode, format, source),
    };
    style::print(&out);
    if errors.is_empty() {
        return ExitCode::SUCCESS;
    }
    style::eprint(&taipan_diagnostics::render(
        &file.name, &file.text, &errors, color,
    ));
    ExitCode::from(1)
}

/// A syntax or tokenizer error as a diagnostic.
fn syntax_error(range: std::ops::Range<usize>, message: &str) -> Diagnostic {
    Diagnostic {
        title: "SyntaxError".into(),
        message: message.to_owned(),
        range,
        severity: Severity::Error,
    }
}

/// The parser's (or the lowering's) errors as diagnostics titled with their exception class.
fn syntax_errors(errors: &[SyntaxError]) -> Vec<Diagnostic> {
    errors
        .iter()
        .map(|e| {
            let mut d = syntax_error(e.range.start().into()..e.range.end().into(), &e.message);
            d.title = e.kind.class_name().into();
            d
        })
        .collect()
}

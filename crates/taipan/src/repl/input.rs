//! When the REPL has a whole statement: CPython's `codeop` decision (more input, or compile what
//! there is, errors included), made with taipan's own parser in `'single'` mode.
//!
//! Input is incomplete when the tokenizer ran out inside something open: a bracket ("'(' was
//! never closed"), a line continuation ("unexpected EOF while parsing"), a triple-quoted string.
//! A compound statement (`if`, `def`, `@decorator`, `match`, ...) goes on until a blank line, as
//! long as what there is parses or fails only at its end ("expected an indented block" after a
//! header): as old `codeop` did, an error that moves when a newline is added is not an error yet. Anything else is complete: it runs, or its syntax error is shown at once, as CPython
//! shows `1 +` and `if 1:\nx`.

use taipan_syntax::{SyntaxElement, SyntaxKind, parse_interactive};

/// What the REPL does with the lines it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Only blank lines and comments: nothing to run; prompt `>>> ` again.
    Empty,
    /// Ask for another line with `... `.
    Incomplete,
    /// Hand the lines to the evaluator (which reports any syntax error).
    Complete,
}

/// The status of `source`: the lines entered so far, each ending in `\n`.
pub fn status(source: &str) -> Status {
    if source
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        return Status::Empty;
    }
    let parse = parse_interactive(source);
    let errors = parse.errors();
    let open = errors.iter().any(|e| runs_out(&e.message));
    let compound = is_compound(&parse.syntax_node());
    let last_blank = source
        .strip_suffix('\n')
        .unwrap_or(source)
        .rsplit('\n')
        .next()
        .is_some_and(|l| l.trim().is_empty());
    // A compound statement ends at a blank line; inside a bracket, blank lines go on.
    let block_open = compound && !last_blank;
    if errors.is_empty() {
        return if block_open {
            Status::Incomplete
        } else {
            Status::Complete
        };
    }
    // codeop's old test: an error that one more line moves (one at the end of the input:
    // "expected an indented block" after a header, "invalid syntax" at the end inside an open
    // bracket) is not an error yet; one that stays (`def f(:`) is.
    // The parser's first error (the tokenizer's "never closed" sits still at its bracket).
    let first = |errors: &[taipan_syntax::SyntaxError]| {
        let e = errors
            .iter()
            .find(|e| !runs_out(&e.message))
            .or(errors.first());
        e.map(|e| (e.range, e.message.clone()))
    };
    let moves = || first(errors) != first(parse_interactive(&format!("{source}\n")).errors());
    if (open || block_open) && moves() {
        Status::Incomplete
    } else {
        Status::Complete
    }
}

/// A tokenizer error that means the text stopped inside something still open.
fn runs_out(message: &str) -> bool {
    message.ends_with("was never closed")
        || message == "unexpected EOF while parsing"
        || message.starts_with("unterminated triple-quoted string literal")
}

/// Whether the first statement is a compound one (by its first token, so that a header whose
/// body is still missing counts too; `match` by the node it parsed to, being a soft keyword).
fn is_compound(root: &taipan_syntax::SyntaxNode) -> bool {
    let first = root.descendants_with_tokens().find_map(|e| match e {
        SyntaxElement::Token(t) if !t.kind().is_trivia() => Some(t.kind()),
        _ => None,
    });
    let first_node = root.children().next().map(|n| n.kind());
    matches!(
        first,
        Some(
            SyntaxKind::IF_KW
                | SyntaxKind::WHILE_KW
                | SyntaxKind::FOR_KW
                | SyntaxKind::TRY_KW
                | SyntaxKind::WITH_KW
                | SyntaxKind::DEF_KW
                | SyntaxKind::CLASS_KW
                | SyntaxKind::ASYNC_KW
                | SyntaxKind::AT
        )
    ) || first_node == Some(SyntaxKind::MATCH)
}

#[cfg(test)]
mod tests {
    use super::{Status, status};

    /// Each case as CPython 3.11's REPL treats it (checked with `printf ... | python3 -i`).
    #[test]
    fn codeop_decisions() {
        use Status::*;
        for (source, expected) in [
            ("# hi\n", Empty),
            ("\n", Empty),
            ("x = 1\n", Complete),
            ("x = (1,\n", Incomplete),
            ("x = (1,\n2)\n", Complete),
            ("x = 1 + \\\n", Incomplete),
            ("\"\"\"a\n", Incomplete),
            ("if 1:\n", Incomplete),
            ("if 1:\n  pass\n", Incomplete),
            ("if 1:\n  pass\n\n", Complete),
            ("if 1: pass\n", Incomplete),
            ("if 1:\nx\n", Complete),
            ("@d\n", Incomplete),
            ("1 +\n", Complete),
            ("def f(:\n", Complete),
            ("for x in []:\n  pass\nelse:\n", Incomplete),
            ("class A:\n  def f(self):\n", Incomplete),
            ("if 1:\n  x = (\n", Incomplete),
            ("match x:\n", Incomplete),
            ("match = 1\n", Complete),
            ("async def f():\n", Incomplete),
            ("x = (\n\n", Incomplete),
            ("(1 2,\n", Complete),
            ("if 1:\n  x = 1 +\n", Complete),
            ("try:\n  pass\n", Incomplete),
            ("try:\n  pass\n\n", Complete),
            ("if 1:\n  pass\nelif 2:\n", Incomplete),
        ] {
            assert_eq!(status(source), expected, "{source:?}");
        }
    }
}

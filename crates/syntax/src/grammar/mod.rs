//! The grammar: recursive-descent functions that drive the [`Parser`] over Python 3.11's
//! grammar. This module holds the module/block/statement-list layer and the helpers shared by
//! the statement, expression and pattern modules.

mod atom;
mod compound;
pub(crate) mod entry;
mod expr;
mod params;
mod pattern;
mod simple;

use crate::SyntaxKind::{self, *};
use crate::parser::{MAX_DEPTH, Parser};
use crate::token_set::TokenSet;

/// Parses a whole file into a MODULE node.
pub(crate) fn module(p: &mut Parser) {
    let m = p.start();
    while !p.at_end() {
        let before = p.pos();
        match p.current() {
            NEWLINE => p.bump(NEWLINE),
            INDENT => unexpected_indent(p),
            DEDENT => p.err_and_bump("invalid syntax"),
            _ => statement(p),
        }
        if p.pos() == before {
            p.err_and_bump("invalid syntax");
        }
    }
    p.bump(ENDMARKER);
    m.complete(p, MODULE);
}

/// What kind of block a header opens, for "expected an indented block after ...".
#[derive(Clone, Copy)]
pub(crate) enum BlockOf {
    Stmt(&'static str),
    FunctionDef,
    ClassDef,
}

/// `':' block`: the colon that ends a compound statement's header, then its body. `kw` is the
/// token index of the header's keyword (for the line in the indentation error).
pub(crate) fn colon_block(p: &mut Parser, what: BlockOf, kw: usize) {
    colon_block_forced(p, what, kw, false);
}

/// Like [`colon_block`]; `forced` is CPython's `&&':'` (after `def ...)`, `try`, `else`,
/// `finally`): any other token gives "expected ':'", not only a line end.
pub(crate) fn colon_block_forced(p: &mut Parser, what: BlockOf, kw: usize, forced: bool) {
    if !p.eat(COLON) {
        if p.at(NEWLINE) || forced {
            p.error("expected ':'");
        } else {
            p.err_invalid();
        }
        p.skip_line();
    }
    block(p, what, kw);
}

/// A suite: NEWLINE INDENT statements DEDENT, or simple statements on the header's line.
pub(crate) fn block(p: &mut Parser, what: BlockOf, kw: usize) {
    let m = p.start();
    if p.at(NEWLINE) {
        p.bump(NEWLINE);
        if p.at(INDENT) {
            p.bump(INDENT);
            if p.depth >= MAX_DEPTH {
                p.error("too many levels of indentation");
                skip_nested_block(p);
            } else {
                p.depth += 1;
                stmts_until_dedent(p);
                p.depth -= 1;
            }
        } else if p.errors.last().is_some_and(|e| e.start as usize >= kw) {
            // The header was already wrong: that error says it.
        } else {
            let line = p.line_of_token(kw);
            let msg = match what {
                BlockOf::Stmt(s) => format!("expected an indented block after {s} on line {line}"),
                BlockOf::FunctionDef => {
                    format!("expected an indented block after function definition on line {line}")
                }
                BlockOf::ClassDef => {
                    format!("expected an indented block after class definition on line {line}")
                }
            };
            p.error(msg);
        }
    } else if !p.at_end() {
        simple::simple_stmts(p);
    } else {
        p.err_invalid();
    }
    m.complete(p, BLOCK);
}

/// Statements up to and including the DEDENT that closes the current block.
fn stmts_until_dedent(p: &mut Parser) {
    loop {
        let before = p.pos();
        match p.current() {
            DEDENT => {
                p.bump(DEDENT);
                return;
            }
            ENDMARKER => return,
            NEWLINE => p.bump(NEWLINE),
            INDENT => unexpected_indent(p),
            _ => statement(p),
        }
        if p.pos() == before {
            p.err_and_bump("invalid syntax");
        }
    }
}

/// Past the depth limit: the rest of the block, flat, in an ERROR node (balanced INDENT/DEDENT).
fn skip_nested_block(p: &mut Parser) {
    let m = p.start();
    let mut level = 1u32;
    while !p.at_end() {
        match p.current() {
            INDENT => level += 1,
            DEDENT => {
                level -= 1;
                if level == 0 {
                    break;
                }
            }
            _ => {}
        }
        p.bump_any();
    }
    m.complete(p, ERROR);
    p.eat(DEDENT);
}

/// An INDENT where no block starts: an IndentationError, then the indented lines as an ERROR.
fn unexpected_indent(p: &mut Parser) {
    let m = p.start();
    p.error("unexpected indent");
    p.bump(INDENT);
    if p.depth >= MAX_DEPTH {
        m.complete(p, ERROR);
        skip_nested_block(p);
        return;
    }
    p.depth += 1;
    stmts_until_dedent(p);
    p.depth -= 1;
    m.complete(p, ERROR);
}

/// One statement: a compound statement, or a line of simple statements.
pub(crate) fn statement(p: &mut Parser) {
    match p.current() {
        IF_KW | WHILE_KW | FOR_KW | TRY_KW | WITH_KW | DEF_KW | CLASS_KW | AT => {
            compound::compound_stmt(p)
        }
        ASYNC_KW if matches!(p.nth(1), DEF_KW | FOR_KW | WITH_KW) => compound::compound_stmt(p),
        NAME if p.at_contextual("match") && compound::at_match_stmt(p) => compound::match_stmt(p),
        _ => simple::simple_stmts(p),
    }
}

/// Tokens that can start an expression (not counting `*`, `yield`).
pub(crate) const EXPR_FIRST: TokenSet = TokenSet::new(&[
    NAME,
    INT,
    FLOAT,
    IMAGINARY,
    STRING,
    FSTRING_START,
    LPAR,
    LSQB,
    LBRACE,
    MINUS,
    PLUS,
    TILDE,
    NOT_KW,
    LAMBDA_KW,
    AWAIT_KW,
    NONE_KW,
    TRUE_KW,
    FALSE_KW,
    ELLIPSIS,
]);

#[inline]
pub(crate) fn at_expr_start(p: &Parser) -> bool {
    p.at_ts(EXPR_FIRST)
}

/// Consumes tokens up to the bracket `closer` that matches an already-open bracket (or the end
/// of the logical line), into an ERROR node, then eats the closer.
pub(crate) fn recover_to_closer(p: &mut Parser, closer: SyntaxKind) {
    let m = p.start();
    let mut level = 0u32;
    loop {
        match p.current() {
            ENDMARKER | NEWLINE => break,
            LPAR | LSQB | LBRACE => level += 1,
            RPAR | RSQB | RBRACE => {
                if level == 0 {
                    break;
                }
                level -= 1;
            }
            _ => {}
        }
        p.bump_any();
    }
    m.complete(p, ERROR);
    p.eat(closer);
}

/// After an element inside brackets, when neither ',' nor the closer follows: reports
/// "Perhaps you forgot a comma?" when another expression follows (CPython's
/// `invalid_expression`), else "invalid syntax"; then skips to the closer.
pub(crate) fn bad_bracket_tail(p: &mut Parser, elem_start: usize, closer: SyntaxKind) {
    if at_expr_start(p) && comma_hint_applies(p, elem_start) {
        p.error_range(
            elem_start as u32,
            p.pos() as u32,
            "invalid syntax. Perhaps you forgot a comma?",
        );
    } else {
        p.err_invalid();
    }
    recover_to_closer(p, closer);
}

/// CPython's `!(NAME STRING | SOFT_KEYWORD)` and legacy-statement guards of the comma hint.
/// CPython's soft keyword test compares only as many bytes as the NAME has
/// (`strncmp(keyword, name, len(name))`), so any prefix of `match`, `case` or `_` (`m`, `ca`)
/// counts, whatever follows it in the expression.
fn comma_hint_applies(p: &Parser, elem_start: usize) -> bool {
    if p.input.kind(elem_start) == NAME {
        let text = p.input.text_of(elem_start);
        let next = p.input.kind(elem_start + 1);
        if matches!(next, STRING | FSTRING_START) && elem_start + 1 == p.pos() {
            return false;
        }
        if ["match", "case", "_"].iter().any(|k| k.starts_with(text)) {
            return false;
        }
        if matches!(text, "print" | "exec") && elem_start + 1 == p.pos() {
            return false;
        }
    }
    true
}

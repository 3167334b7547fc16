//! The start rules of CPython's other compile modes (`Grammar/python.gram` 3.11): `eval_input`
//! (`mode='eval'`), `statement_newline` (`'single'`, the REPL's) and `func_type_input`
//! (`'func_type'`). Each tree's root is a MODULE node, as for a file; what it holds depends on the
//! mode, and the lowering is told the mode. Whatever the input, every token ends up in the tree.

use super::expr::expr;
use super::{at_expr_start, compound, statement, unexpected_indent};
use crate::SyntaxKind::*;
use crate::parser::Parser;

/// `eval_input: expressions NEWLINE* ENDMARKER`.
pub(crate) fn eval_input(p: &mut Parser) {
    let m = p.start();
    if p.at(INDENT) {
        unexpected_indent(p);
    } else {
        expressions(p);
        while p.eat(NEWLINE) {}
    }
    rest_invalid(p);
    p.bump(ENDMARKER);
    m.complete(p, MODULE);
}

/// `statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER`, where the
/// last alternative is an error (CPython's interactive exit), and where anything but comments
/// after simple statements is "multiple statements found while compiling a single statement"
/// (CPython's `bad_single_statement`).
pub(crate) fn statement_newline(p: &mut Parser) {
    let m = p.start();
    match p.current() {
        INDENT => unexpected_indent(p),
        ENDMARKER | DEDENT => p.err_invalid(),
        NEWLINE => p.bump(NEWLINE),
        _ if at_compound_stmt(p) => {
            statement(p);
            p.eat(NEWLINE);
        }
        _ => {
            statement(p);
            if !p.at_end() {
                let newline = (p.pos() as u32).saturating_sub(1);
                p.error_range(
                    newline,
                    newline,
                    "multiple statements found while compiling a single statement",
                );
                swallow_rest(p);
            }
        }
    }
    rest_invalid(p);
    p.bump(ENDMARKER);
    m.complete(p, MODULE);
}

/// `func_type_input: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER`. The `*` and
/// `**` of `type_expressions` stay bare tokens before their expressions: the AST keeps only
/// the expressions.
pub(crate) fn func_type_input(p: &mut Parser) {
    let m = p.start();
    if p.at(INDENT) {
        unexpected_indent(p);
    } else if p.expect(LPAR) {
        type_expressions(p);
        if p.expect(RPAR) && p.expect(RARROW) {
            required_expr(p);
            while p.eat(NEWLINE) {}
        }
    }
    rest_invalid(p);
    p.bump(ENDMARKER);
    m.complete(p, MODULE);
}

/// `expressions`: one expression, or an unparenthesized Tuple of them (no starred items).
fn expressions(p: &mut Parser) {
    let Some(first) = required_expr(p) else {
        return;
    };
    if !p.at(COMMA) {
        return;
    }
    let m = first.precede(p);
    while p.eat(COMMA) {
        if !at_expr_start(p) {
            break;
        }
        expr(p);
    }
    m.complete(p, TUPLE);
}

/// `type_expressions`: `a, b, *c, **d` with each part optional, up to the `)`; a trailing comma
/// is not allowed.
fn type_expressions(p: &mut Parser) {
    if p.at(RPAR) {
        return;
    }
    // 0: plain expressions, 1: after `*x`, 2: after `**x`.
    let mut stage = 0;
    loop {
        match p.current() {
            STAR if stage == 0 => {
                p.bump(STAR);
                stage = 1;
            }
            DOUBLESTAR if stage < 2 => {
                p.bump(DOUBLESTAR);
                stage = 2;
            }
            _ if stage > 0 => {
                p.err_invalid();
                return;
            }
            _ => {}
        }
        if required_expr(p).is_none() || !p.at(COMMA) {
            return;
        }
        if p.nth(1) == RPAR || stage == 2 {
            // A trailing comma, or anything after `**x`.
            p.bump(COMMA);
            p.err_invalid();
            return;
        }
        p.bump(COMMA);
    }
}

/// An `expression`, or "invalid syntax" at the current token.
fn required_expr(p: &mut Parser) -> Option<crate::parser::CompletedMarker> {
    if !at_expr_start(p) {
        p.err_invalid();
        return None;
    }
    expr(p)
}

/// Does a compound statement start here (as `statement` decides)?
fn at_compound_stmt(p: &Parser) -> bool {
    match p.current() {
        IF_KW | WHILE_KW | FOR_KW | TRY_KW | WITH_KW | DEF_KW | CLASS_KW | AT => true,
        ASYNC_KW => matches!(p.nth(1), DEF_KW | FOR_KW | WITH_KW),
        NAME => p.at_contextual("match") && compound::at_match_stmt(p),
        _ => false,
    }
}

/// Tokens left before the end: "invalid syntax" at the first (unless an error is already
/// there), all of them in one ERROR node.
fn rest_invalid(p: &mut Parser) {
    if !p.at_end() {
        p.err_invalid();
        swallow_rest(p);
    }
}

/// The tokens left before the end, in one ERROR node.
fn swallow_rest(p: &mut Parser) {
    if p.at_end() {
        return;
    }
    let m = p.start();
    while !p.at_end() {
        p.bump_any();
    }
    m.complete(p, ERROR);
}

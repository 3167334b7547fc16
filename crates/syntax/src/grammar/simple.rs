//! Simple statements: a line of them separated by ';', and each kind (expression statements,
//! assignments, return, import, del, raise, assert, global, ...).

use super::expr::{expr, star_expr, star_expressions, yield_expr};
use super::{EXPR_FIRST, at_expr_start};
use crate::SyntaxKind::*;
use crate::parser::Parser;
use crate::token_set::TokenSet;

/// `simple_stmt (';' simple_stmt)* [';'] NEWLINE`. The separators stay in the parent.
pub(crate) fn simple_stmts(p: &mut Parser) {
    loop {
        let errors_before = p.errors.len();
        let start = p.pos();
        simple_stmt(p);
        if p.at(SEMI) {
            p.bump(SEMI);
            if p.at(NEWLINE) || p.at_end() {
                break;
            }
            continue;
        }
        if !p.at(NEWLINE) && !p.at_end() {
            let match_without_colon = p.input.kind(start) == NAME
                && p.input.text_of(start) == "match"
                && EXPR_FIRST.contains(p.input.kind(start + 1));
            if p.errors.len() == errors_before && !match_without_colon {
                p.err_invalid();
            }
            p.skip_line();
            if match_without_colon && p.at(NEWLINE) {
                // CPython's `invalid_match_stmt`: `match subject NEWLINE`.
                p.errors.truncate(errors_before);
                p.error("expected ':'");
            }
        }
        break;
    }
    p.eat(NEWLINE);
}

const AUG_OPS: TokenSet = TokenSet::new(&[
    PLUSEQUAL,
    MINEQUAL,
    STAREQUAL,
    ATEQUAL,
    SLASHEQUAL,
    PERCENTEQUAL,
    AMPEREQUAL,
    VBAREQUAL,
    CIRCUMFLEXEQUAL,
    LEFTSHIFTEQUAL,
    RIGHTSHIFTEQUAL,
    DOUBLESTAREQUAL,
    DOUBLESLASHEQUAL,
]);

fn simple_stmt(p: &mut Parser) {
    let m = p.start();
    let kind = match p.current() {
        PASS_KW => {
            p.bump(PASS_KW);
            PASS
        }
        BREAK_KW => {
            p.bump(BREAK_KW);
            BREAK
        }
        CONTINUE_KW => {
            p.bump(CONTINUE_KW);
            CONTINUE
        }
        RETURN_KW => {
            p.bump(RETURN_KW);
            if at_expr_start(p) || p.at(STAR) {
                star_expressions(p);
            }
            RETURN
        }
        RAISE_KW => {
            p.bump(RAISE_KW);
            if at_expr_start(p) {
                expr(p);
                if p.eat(FROM_KW) {
                    expr_or_error(p);
                }
            }
            RAISE
        }
        DEL_KW => {
            p.bump(DEL_KW);
            // CPython's `invalid_del_stmt` reads `star_expressions`: `del *x` is "cannot
            // delete starred" (the lowering's target check), not "invalid syntax".
            loop {
                if star_expr(p).is_none() {
                    break;
                }
                if !p.eat(COMMA) || !(at_expr_start(p) || p.at(STAR)) {
                    break;
                }
            }
            DELETE
        }
        ASSERT_KW => {
            p.bump(ASSERT_KW);
            expr_or_error(p);
            if p.eat(COMMA) {
                expr_or_error(p);
            }
            ASSERT
        }
        GLOBAL_KW | NONLOCAL_KW => {
            let kind = if p.at(GLOBAL_KW) { GLOBAL } else { NONLOCAL };
            p.bump_any();
            loop {
                if !p.expect(NAME) || !p.eat(COMMA) {
                    break;
                }
            }
            kind
        }
        IMPORT_KW => {
            p.bump(IMPORT_KW);
            loop {
                alias(p, false);
                if !p.eat(COMMA) {
                    break;
                }
            }
            IMPORT
        }
        FROM_KW => {
            import_from(p);
            IMPORT_FROM
        }
        _ => match expression_stmt(p) {
            Some(kind) => kind,
            None => {
                m.abandon(p);
                return;
            }
        },
    };
    m.complete(p, kind);
}

/// An expression; when none can start here, `expr` has reported it.
fn expr_or_error(p: &mut Parser) {
    let _ = expr(p);
}

/// Expression statements and the assignments; returns the node kind, or None if nothing parsed.
fn expression_stmt(p: &mut Parser) -> Option<crate::SyntaxKind> {
    let start = p.pos();
    let first = if p.at(YIELD_KW) {
        yield_expr(p)
    } else {
        star_expressions(p)
    };
    let first = first?;
    if p.at(COLONEQUAL) {
        super::expr::walrus_target(p, start, first);
    }
    match p.current() {
        COLON => {
            p.bump(COLON);
            expr(p);
            if p.eat(EQUAL) {
                rhs(p);
            }
            Some(ANN_ASSIGN)
        }
        EQUAL => {
            while p.eat(EQUAL) {
                if rhs(p).is_none() {
                    break;
                }
            }
            Some(ASSIGN)
        }
        k if AUG_OPS.contains(k) => {
            p.bump_any();
            rhs(p);
            Some(AUG_ASSIGN)
        }
        _ => {
            legacy_print(p, start);
            Some(EXPR_STMT)
        }
    }
}

/// The right-hand side of an assignment: a yield expression or star expressions.
fn rhs(p: &mut Parser) -> Option<crate::parser::CompletedMarker> {
    if p.at(YIELD_KW) {
        yield_expr(p)
    } else {
        star_expressions(p)
    }
}

/// `print "x"` / `exec "code"`: CPython's `invalid_legacy_expression`.
fn legacy_print(p: &mut Parser, start: usize) {
    if p.pos() == start + 1 && p.input.kind(start) == NAME && p.at_ts(EXPR_FIRST) && !p.at(LPAR) {
        let name = p.input.text_of(start);
        if name == "print" || name == "exec" {
            let msg = format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?");
            p.error_range(start as u32, p.pos() as u32, msg);
        }
    }
}

/// `from ...mod import names`.
fn import_from(p: &mut Parser) {
    p.bump(FROM_KW);
    let mut dots = false;
    while p.at(DOT) || p.at(ELLIPSIS) {
        p.bump_any();
        dots = true;
    }
    if p.at(NAME) {
        dotted_name(p);
    } else if !dots {
        p.err_invalid();
        return;
    }
    if !p.expect(IMPORT_KW) {
        return;
    }
    if p.at(STAR) {
        let m = p.start();
        p.bump(STAR);
        m.complete(p, ALIAS);
    } else if p.eat(LPAR) {
        let mut first = true;
        loop {
            if p.at(RPAR) && !first {
                break;
            }
            first = false;
            if !alias(p, true) {
                break;
            }
            if !p.eat(COMMA) {
                break;
            }
        }
        if !p.eat(RPAR) {
            p.err_invalid();
            super::recover_to_closer(p, RPAR);
        }
    } else {
        loop {
            if !alias(p, true) {
                break;
            }
            if !p.eat(COMMA) {
                break;
            }
            if p.at(NEWLINE) || p.at(SEMI) || p.at_end() {
                p.error("trailing comma not allowed without surrounding parentheses");
                break;
            }
        }
    }
}

/// `a.b.c [as d]` (or a single name when `from_import`).
fn alias(p: &mut Parser, from_import: bool) -> bool {
    if !p.at(NAME) {
        p.err_invalid();
        return false;
    }
    let m = p.start();
    if from_import {
        let d = p.start();
        p.bump(NAME);
        d.complete(p, DOTTED_NAME);
    } else {
        dotted_name(p);
    }
    if p.eat(AS_KW) {
        p.expect(NAME);
    }
    m.complete(p, ALIAS);
    true
}

fn dotted_name(p: &mut Parser) {
    let m = p.start();
    p.bump(NAME);
    while p.at(DOT) {
        p.bump(DOT);
        if !p.expect(NAME) {
            break;
        }
    }
    m.complete(p, DOTTED_NAME);
}

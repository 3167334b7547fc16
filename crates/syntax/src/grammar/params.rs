//! Parameter lists (of `def`, with parentheses and annotations, and of `lambda`) and call
//! argument lists (positional, starred, keyword, `**`, and a bare generator argument).

use super::expr::{
    at_comp_for, enter, expr, genexp_tail, named_expr_with, starred, starred_expression,
};
use super::{at_expr_start, bad_bracket_tail, recover_to_closer};
use crate::SyntaxKind::*;
use crate::parser::Parser;

/// `'(' [parameter (',' parameter)* [',']] ')'` of a `def`.
pub(crate) fn parameters(p: &mut Parser) {
    let m = p.start();
    p.bump(LPAR);
    p.bracket_level += 1;
    loop {
        if p.at(RPAR) {
            break;
        }
        if !parameter(p, true) {
            recover_to_closer(p, RPAR);
            p.bracket_level -= 1;
            m.complete(p, PARAMETERS);
            return;
        }
        if !p.eat(COMMA) {
            break;
        }
    }
    if !p.eat(RPAR) {
        p.err_invalid();
        recover_to_closer(p, RPAR);
    }
    p.bracket_level -= 1;
    m.complete(p, PARAMETERS);
}

/// The parameters of a `lambda`, up to its ':'.
pub(crate) fn lambda_parameters(p: &mut Parser) {
    let m = p.start();
    loop {
        if p.at(COLON) {
            break;
        }
        if !parameter(p, false) {
            break;
        }
        if !p.eat(COMMA) {
            break;
        }
    }
    m.complete(p, PARAMETERS);
}

/// One parameter slot; false (after reporting) when none starts here.
fn parameter(p: &mut Parser, annotated: bool) -> bool {
    let m = p.start();
    match p.current() {
        SLASH => p.bump(SLASH),
        STAR => {
            p.bump(STAR);
            if p.eat(NAME) {
                annotation(p, annotated, true);
            }
        }
        DOUBLESTAR => {
            p.bump(DOUBLESTAR);
            if p.expect(NAME) {
                annotation(p, annotated, false);
            }
        }
        NAME => {
            p.bump(NAME);
            annotation(p, annotated, false);
            // CPython's `invalid_default`: `'=' &(')'|',')`.
            if p.at(EQUAL) && matches!(p.nth(1), RPAR | COMMA) {
                p.error("expected default value expression");
                p.bump(EQUAL);
            } else if p.eat(EQUAL) {
                expr(p);
            }
        }
        LPAR if parenthesized_names(p) => {
            p.error(if annotated {
                "Function parameters cannot be parenthesized"
            } else {
                "Lambda expression parameters cannot be parenthesized"
            });
            m.abandon(p);
            return false;
        }
        _ => {
            p.err_invalid();
            m.abandon(p);
            return false;
        }
    }
    m.complete(p, PARAMETER);
    true
}

/// At `'(' NAME (',' NAME)* ','? ')'`, what CPython's `invalid_parameters` reports as
/// parenthesized parameters (anything else in the parentheses is plain "invalid syntax").
fn parenthesized_names(p: &Parser) -> bool {
    let mut n = 1;
    while p.nth_at(n, NAME) {
        n += 1;
        if !p.nth_at(n, COMMA) {
            break;
        }
        n += 1;
    }
    n > 1 && p.nth_at(n, RPAR)
}

/// `':' expression` (for `*args`, `':' star_expression`, PEP 646).
fn annotation(p: &mut Parser, annotated: bool, star_allowed: bool) {
    if annotated && p.eat(COLON) {
        if star_allowed && p.at(STAR) {
            starred(p);
        } else {
            expr(p);
        }
    }
}

/// `'(' args ')'` of a call or a class definition.
pub(crate) fn arguments(p: &mut Parser) {
    let m = p.start();
    p.bump(LPAR);
    p.bracket_level += 1;
    let saved = std::mem::replace(&mut p.no_in, false);
    let mut last = p.pos();
    let mut count = 0;
    let mut genexp_at = None;
    let mut genexp_then_comma = false;
    loop {
        if p.at(RPAR) {
            break;
        }
        last = p.pos();
        let arg = argument(p);
        if matches!(arg, Arg::None) {
            break;
        }
        count += 1;
        let comma = p.eat(COMMA);
        if matches!(arg, Arg::GenExp) {
            genexp_at = Some(last);
            genexp_then_comma = comma;
        }
        if !comma {
            break;
        }
    }
    if let Some(at) = genexp_at
        && (count > 1 || genexp_then_comma)
    {
        p.error_range(
            at as u32,
            at as u32,
            "Generator expression must be parenthesized",
        );
    }
    if !p.eat(RPAR) {
        bad_bracket_tail(p, last, RPAR);
    }
    p.no_in = saved;
    p.bracket_level -= 1;
    m.complete(p, ARGUMENTS);
}

enum Arg {
    None,
    GenExp,
    Other,
}

fn argument(p: &mut Parser) -> Arg {
    match p.current() {
        NAME if p.nth_at(1, EQUAL) => {
            let k = p.start();
            p.bump(NAME);
            p.bump(EQUAL);
            expr(p);
            k.complete(p, KEYWORD);
            Arg::Other
        }
        DOUBLESTAR => {
            let k = p.start();
            p.bump(DOUBLESTAR);
            if enter(p) {
                expr(p);
                p.depth -= 1;
            }
            k.complete(p, KEYWORD);
            Arg::Other
        }
        STAR => {
            starred_expression(p);
            Arg::Other
        }
        _ if at_expr_start(p) => {
            let start = p.pos();
            let Some(e) = named_expr_with(p, false) else {
                return Arg::Other;
            };
            if at_comp_for(p) {
                genexp_tail(p, e);
                return Arg::GenExp;
            }
            if p.at(EQUAL) && !p.nth_at(1, EQUAL) {
                p.error_range(
                    start as u32,
                    p.pos() as u32,
                    "expression cannot contain assignment, perhaps you meant \"==\"?",
                );
            }
            Arg::Other
        }
        _ => {
            p.err_invalid();
            Arg::None
        }
    }
}

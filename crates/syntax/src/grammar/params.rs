//! Parameter lists (of `def`, with parentheses and annotations, and of `lambda`) and call
//! argument lists (positional, starred, keyword, `**`, and a bare generator argument).

use super::expr::{at_comp_for, enter, expr, genexp_tail, named_expr, starred, starred_expression};
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
            if p.eat(EQUAL) {
                expr(p);
            }
        }
        LPAR => {
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
    loop {
        if p.at(RPAR) {
            break;
        }
        last = p.pos();
        if !argument(p) {
            break;
        }
        if !p.eat(COMMA) {
            break;
        }
    }
    if !p.eat(RPAR) {
        bad_bracket_tail(p, last, RPAR);
    }
    p.no_in = saved;
    p.bracket_level -= 1;
    m.complete(p, ARGUMENTS);
}

fn argument(p: &mut Parser) -> bool {
    match p.current() {
        NAME if p.nth_at(1, EQUAL) => {
            let k = p.start();
            p.bump(NAME);
            p.bump(EQUAL);
            expr(p);
            k.complete(p, KEYWORD);
            true
        }
        DOUBLESTAR => {
            let k = p.start();
            p.bump(DOUBLESTAR);
            if enter(p) {
                expr(p);
                p.depth -= 1;
            }
            k.complete(p, KEYWORD);
            true
        }
        STAR => {
            starred_expression(p);
            true
        }
        _ if at_expr_start(p) => {
            if let Some(e) = named_expr(p)
                && at_comp_for(p)
            {
                genexp_tail(p, e);
            }
            true
        }
        _ => {
            p.err_invalid();
            false
        }
    }
}

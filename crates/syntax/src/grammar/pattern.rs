//! `match` patterns: open sequences, `as` and `|` patterns, captures and the wildcard, literal
//! and value patterns, group and sequence patterns, mapping and class patterns.

use super::atom::atom;
use super::expr::{enter, expr};
use super::{at_expr_start, recover_to_closer};
use crate::SyntaxKind::{self, *};
use crate::parser::{CompletedMarker, Parser};

type Cm = Option<CompletedMarker>;

/// `patterns`: an open sequence pattern `a, *b` or a single pattern.
pub(crate) fn patterns(p: &mut Parser) {
    let Some(first) = maybe_star_pattern(p) else {
        return;
    };
    if !p.at(COMMA) {
        return;
    }
    let m = first.precede(p);
    while p.eat(COMMA) {
        if matches!(p.current(), COLON | IF_KW) {
            break;
        }
        if maybe_star_pattern(p).is_none() {
            break;
        }
    }
    m.complete(p, MATCH_SEQUENCE);
}

fn maybe_star_pattern(p: &mut Parser) -> Cm {
    if p.at(STAR) {
        let m = p.start();
        p.bump(STAR);
        if p.at_contextual("_") {
            p.bump_as(UNDERSCORE_KW);
        } else {
            p.expect(NAME);
        }
        return Some(m.complete(p, MATCH_STAR));
    }
    pattern(p)
}

/// `or_pattern ['as' NAME]`.
fn pattern(p: &mut Parser) -> Cm {
    let lhs = or_pattern(p)?;
    if !p.at(AS_KW) {
        return Some(lhs);
    }
    let m = lhs.precede(p);
    p.bump(AS_KW);
    if p.at_contextual("_") {
        p.error("cannot use '_' as a target");
        p.bump_as(UNDERSCORE_KW);
    } else if !p.at(NAME) && at_expr_start(p) {
        // CPython's `invalid_as_pattern`: `or_pattern 'as' !NAME a=expression`.
        let start = p.pos();
        let e = p.start();
        expr(p);
        e.complete(p, ERROR);
        let end = p.pos().saturating_sub(1).max(start);
        p.error_range(start as u32, end as u32, "invalid pattern target");
    } else {
        p.expect(NAME);
    }
    Some(m.complete(p, MATCH_AS))
}

fn or_pattern(p: &mut Parser) -> Cm {
    let first = closed_pattern(p)?;
    if !p.at(VBAR) {
        return Some(first);
    }
    let m = first.precede(p);
    while p.eat(VBAR) {
        if closed_pattern(p).is_none() {
            break;
        }
    }
    Some(m.complete(p, MATCH_OR))
}

fn closed_pattern(p: &mut Parser) -> Cm {
    match p.current() {
        NAME if p.at_contextual("_") && !matches!(p.nth(1), DOT | LPAR) => {
            let m = p.start();
            p.bump_as(UNDERSCORE_KW);
            Some(m.complete(p, MATCH_AS))
        }
        NAME => Some(name_pattern(p)),
        NONE_KW | TRUE_KW | FALSE_KW => {
            let m = p.start();
            p.bump_any();
            Some(m.complete(p, MATCH_SINGLETON))
        }
        INT | FLOAT | IMAGINARY | MINUS | STRING | FSTRING_START => {
            let m = p.start();
            literal_expr(p);
            Some(m.complete(p, MATCH_VALUE))
        }
        LPAR | LSQB | LBRACE => {
            if !enter(p) {
                return None;
            }
            p.bracket_level += 1;
            let res = match p.current() {
                LPAR => group_or_sequence(p),
                LSQB => sequence(p, RSQB),
                _ => mapping(p),
            };
            p.bracket_level -= 1;
            p.depth -= 1;
            Some(res)
        }
        _ => {
            p.err_invalid();
            None
        }
    }
}

/// A literal as an expression: a signed number, a complex `1 + 2j`, strings, None/True/False.
fn literal_expr(p: &mut Parser) -> Cm {
    // The left number of a complex literal `a + bj`: its token and kind.
    let mut real = (p.pos(), p.current());
    let mut lhs = if p.at(MINUS) {
        let m = p.start();
        p.bump(MINUS);
        real = (p.pos(), p.current());
        if matches!(p.current(), INT | FLOAT | IMAGINARY) {
            let c = p.start();
            p.bump_any();
            c.complete(p, CONSTANT);
        } else {
            p.err_invalid();
        }
        m.complete(p, UNARY_OP)
    } else if matches!(p.current(), NAME | DOT) {
        return value_expr(p);
    } else {
        atom(p)?
    };
    if matches!(p.current(), PLUS | MINUS) && matches!(lhs.kind(), CONSTANT | UNARY_OP) {
        let m = lhs.precede(p);
        p.bump_any();
        if matches!(p.current(), INT | FLOAT | IMAGINARY) {
            // pegen's `real_number` / `imaginary_number` checks, the real part's first.
            if real.1 == IMAGINARY {
                p.error_range(
                    real.0 as u32,
                    real.0 as u32,
                    "real number required in complex literal",
                );
            } else if matches!(real.1, INT | FLOAT) && !p.at(IMAGINARY) {
                p.error("imaginary number required in complex literal");
            }
            let c = p.start();
            p.bump_any();
            c.complete(p, CONSTANT);
        } else {
            p.err_invalid();
        }
        lhs = m.complete(p, BIN_OP);
    }
    Some(lhs)
}

/// A dotted name as an expression (NameExpr / Attribute).
fn value_expr(p: &mut Parser) -> Cm {
    if !p.at(NAME) {
        p.err_invalid();
        return None;
    }
    let m = p.start();
    p.bump(NAME);
    let mut lhs = m.complete(p, NAME_EXPR);
    while p.at(DOT) {
        let m = lhs.precede(p);
        p.bump(DOT);
        p.expect(NAME);
        lhs = m.complete(p, ATTRIBUTE);
    }
    Some(lhs)
}

/// A capture `x`, a value `a.b`, or a class pattern `a.B(...)`.
fn name_pattern(p: &mut Parser) -> CompletedMarker {
    if !matches!(p.nth(1), DOT | LPAR) {
        let m = p.start();
        p.bump(NAME);
        return m.complete(p, MATCH_AS);
    }
    let m = p.start();
    let Some(cls) = value_expr(p) else {
        return m.complete(p, MATCH_VALUE);
    };
    if !p.at(LPAR) {
        return m.complete(p, MATCH_VALUE);
    }
    m.abandon(p);
    let c = cls.precede(p);
    class_args(p);
    c.complete(p, MATCH_CLASS)
}

/// `'(' [patterns] [keyword patterns] ')'` of a class pattern.
fn class_args(p: &mut Parser) {
    p.bump(LPAR);
    if !enter(p) {
        return;
    }
    p.bracket_level += 1;
    // CPython's `invalid_class_argument_pattern`: the first run of positional patterns after
    // keyword patterns.
    let mut keyword = false;
    let mut run: Option<(usize, usize)> = None;
    let mut run_over = false;
    loop {
        if p.at(RPAR) {
            break;
        }
        if p.at(NAME) && p.nth_at(1, EQUAL) {
            keyword = true;
            run_over |= run.is_some();
            let k = p.start();
            p.bump(NAME);
            p.bump(EQUAL);
            pattern(p);
            k.complete(p, MATCH_KEYWORD);
        } else {
            let start = p.pos();
            let errors = p.errors.len();
            if pattern(p).is_none() {
                if run.is_some() {
                    // The invalid rule matches before this bad pattern is read.
                    p.errors.truncate(errors);
                }
                break;
            }
            if keyword && !run_over {
                let end = p.pos().saturating_sub(1).max(start);
                run = Some((run.map_or(start, |r| r.0), end));
            }
        }
        if !p.eat(COMMA) {
            break;
        }
    }
    if let Some((start, end)) = run {
        p.error_range(
            start as u32,
            end as u32,
            "positional patterns follow keyword patterns",
        );
    }
    if !p.eat(RPAR) {
        p.err_invalid();
        recover_to_closer(p, RPAR);
    }
    p.bracket_level -= 1;
    p.depth -= 1;
}

/// `(p)` is a ParenPattern; `()`, `(p,)`, `(p, q)` are sequences.
fn group_or_sequence(p: &mut Parser) -> CompletedMarker {
    let m = p.start();
    p.bump(LPAR);
    if p.eat(RPAR) {
        return m.complete(p, MATCH_SEQUENCE);
    }
    let star = p.at(STAR);
    if maybe_star_pattern(p).is_none() {
        recover_to_closer(p, RPAR);
        return m.complete(p, MATCH_SEQUENCE);
    }
    if !p.at(COMMA) && !star {
        if !p.eat(RPAR) {
            p.err_invalid();
            recover_to_closer(p, RPAR);
        }
        return m.complete(p, PAREN_PATTERN);
    }
    sequence_rest(p, RPAR);
    m.complete(p, MATCH_SEQUENCE)
}

fn sequence(p: &mut Parser, closer: SyntaxKind) -> CompletedMarker {
    let m = p.start();
    p.bump_any();
    if !p.at(closer) && maybe_star_pattern(p).is_none() {
        recover_to_closer(p, closer);
        return m.complete(p, MATCH_SEQUENCE);
    }
    sequence_rest(p, closer);
    m.complete(p, MATCH_SEQUENCE)
}

fn sequence_rest(p: &mut Parser, closer: SyntaxKind) {
    while p.eat(COMMA) {
        if p.at(closer) {
            break;
        }
        if maybe_star_pattern(p).is_none() {
            break;
        }
    }
    if !p.eat(closer) {
        p.err_invalid();
        recover_to_closer(p, closer);
    }
}

/// `'{' [key ':' pattern (',' ...)*] ['**' NAME] [','] '}'`.
fn mapping(p: &mut Parser) -> CompletedMarker {
    let m = p.start();
    p.bump(LBRACE);
    loop {
        match p.current() {
            RBRACE => break,
            DOUBLESTAR => {
                // `'**' pattern_capture_target [','] '}'`: last, and never `_`.
                p.bump(DOUBLESTAR);
                if p.at_contextual("_") {
                    p.err_invalid();
                } else if p.expect(NAME) {
                    p.eat(COMMA);
                    if !p.at(RBRACE) {
                        p.err_invalid();
                    }
                }
                if !p.eat(RBRACE) {
                    p.err_invalid();
                    recover_to_closer(p, RBRACE);
                }
                return m.complete(p, MATCH_MAPPING);
            }
            _ => {
                let item = p.start();
                if literal_expr(p).is_none() {
                    item.abandon(p);
                    break;
                }
                if p.expect(COLON) {
                    pattern(p);
                }
                item.complete(p, MATCH_MAPPING_ITEM);
            }
        }
        if !p.eat(COMMA) {
            break;
        }
    }
    if !p.eat(RBRACE) {
        p.err_invalid();
        recover_to_closer(p, RBRACE);
    }
    m.complete(p, MATCH_MAPPING)
}

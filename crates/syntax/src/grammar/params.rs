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
    let mut seen = Seen::default();
    loop {
        if p.at(RPAR) {
            break;
        }
        if !parameter(p, true, &mut seen) {
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
    let mut seen = Seen::default();
    loop {
        if p.at(COLON) {
            break;
        }
        if !parameter(p, false, &mut seen) {
            break;
        }
        if !p.eat(COMMA) {
            break;
        }
    }
    m.complete(p, PARAMETERS);
}

/// Where a parameter list is in CPython's `invalid_parameters` pattern `param_no_default*
/// (param_with_default+ | slash_with_default) a=param_no_default`, which reports "non-default
/// argument follows default argument" at `a`.
#[derive(Default)]
struct Seen {
    pattern: Pattern,
    /// A parameter with a default came before, and no `*` yet: a plain one is an error.
    default: bool,
    /// Past `*` or `*args`: keyword-only parameters, in any order.
    star: bool,
    /// Past a '/'.
    slash: bool,
    /// A named parameter came before.
    named: bool,
}

#[derive(Default, Clone, Copy, PartialEq, Eq)]
enum Pattern {
    /// Plain parameters so far.
    #[default]
    Plain,
    /// In the first run of parameters with defaults.
    Defaults,
    /// Just past a '/' that ended that run.
    SlashAfterDefaults,
    /// Anything else: the pattern cannot match any more.
    Other,
}

/// One parameter slot; false (after reporting) when none starts here. `annotated`: a `def`'s
/// (else a `lambda`'s, which ends at ':').
fn parameter(p: &mut Parser, annotated: bool, seen: &mut Seen) -> bool {
    let m = p.start();
    match p.current() {
        SLASH => {
            // CPython's `invalid_parameters` alternatives about '/'.
            let at = p.pos() as u32;
            if seen.slash {
                p.error_range(at, at, "/ may appear only once");
            } else if seen.star {
                p.error_range(at, at, "/ must be ahead of *");
            } else if !seen.named {
                let message = if p.nth_at(1, COMMA) {
                    "at least one argument must precede /"
                } else {
                    "invalid syntax"
                };
                p.error_range(at, at, message);
            }
            p.bump(SLASH);
            seen.slash = true;
            if seen.named && p.at(STAR) {
                p.error("expected comma between / and *");
            }
            seen.pattern = match seen.pattern {
                Pattern::Defaults => Pattern::SlashAfterDefaults,
                _ => Pattern::Other,
            };
        }
        STAR => {
            let star = p.pos() as u32;
            // CPython's `invalid_star_etc`: a second `*` (named or bare) after the first.
            if seen.star && matches!(p.nth(1), NAME | COMMA) {
                p.error_range(star, star, "* argument may appear only once");
            }
            p.bump(STAR);
            *seen = Seen {
                pattern: Pattern::Other,
                default: false,
                star: true,
                ..*seen
            };
            if p.eat(NAME) {
                annotation(p, annotated, true);
                if p.at(EQUAL) {
                    p.error("var-positional argument cannot have default value");
                }
            } else {
                // CPython's `invalid_star_etc`: `'*' (')' | ',' (')' | '**'))`.
                let end = if annotated { RPAR } else { COLON };
                if p.at(end) || p.at(COMMA) && matches!(p.nth(1), k if k == end || k == DOUBLESTAR)
                {
                    // A lambda's `invalid_lambda_star_etc` has no location: CPython's last
                    // token read, the ':' or '**'.
                    let at = match (annotated, p.at(COMMA)) {
                        (true, _) => star,
                        (false, false) => p.pos() as u32,
                        (false, true) => p.pos() as u32 + 1,
                    };
                    p.error_range(at, at, "named arguments must follow bare *");
                }
            }
        }
        DOUBLESTAR => {
            p.bump(DOUBLESTAR);
            seen.pattern = Pattern::Other;
            if p.expect(NAME) {
                annotation(p, annotated, false);
                // CPython's `invalid_kwds`.
                if p.at(EQUAL) {
                    p.error("var-keyword argument cannot have default value");
                } else if p.at(COMMA) && matches!(p.nth(1), NAME | STAR | DOUBLESTAR | SLASH) {
                    let next = p.pos() as u32 + 1;
                    p.error_range(next, next, "arguments cannot follow var-keyword argument");
                }
            }
        }
        NAME => {
            let name = p.pos() as u32;
            p.bump(NAME);
            seen.named = true;
            annotation(p, annotated, false);
            // CPython's `invalid_default`: `'=' &(')'|',')`.
            if p.at(EQUAL) && matches!(p.nth(1), RPAR | COMMA) {
                p.error("expected default value expression");
                p.bump(EQUAL);
            } else if p.eat(EQUAL) {
                expr(p);
                seen.default = !seen.star;
                seen.pattern = match seen.pattern {
                    Pattern::Plain | Pattern::Defaults => Pattern::Defaults,
                    _ => Pattern::Other,
                };
            } else if seen.default && matches!(p.current(), COMMA | RPAR | COLON) {
                // `param_no_default`: the parameter must end at ',' or the closer.
                // Outside the pattern, the grammar still fails here: "invalid syntax".
                let message = match seen.pattern {
                    Pattern::Defaults | Pattern::SlashAfterDefaults => {
                        "non-default argument follows default argument"
                    }
                    _ => "invalid syntax",
                };
                p.error_range(name, name, message);
                seen.pattern = Pattern::Other;
            }
        }
        LPAR if let Some(n) = parenthesized_names(p) => {
            // CPython points at the whole group, '(' to ')'.
            let at = p.pos() as u32;
            p.error_range(
                at,
                at + n as u32,
                if annotated {
                    "Function parameters cannot be parenthesized"
                } else {
                    "Lambda expression parameters cannot be parenthesized"
                },
            );
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
fn parenthesized_names(p: &Parser) -> Option<usize> {
    let mut n = 1;
    while p.nth_at(n, NAME) {
        n += 1;
        if !p.nth_at(n, COMMA) {
            break;
        }
        n += 1;
    }
    (n > 1 && p.nth_at(n, RPAR)).then_some(n)
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

/// `'(' args ')'` of a call or (`class`) a class definition, whose bases cannot be a bare
/// generator expression.
pub(crate) fn arguments(p: &mut Parser, class: bool) {
    let m = p.start();
    p.bump(LPAR);
    p.bracket_level += 1;
    let saved = std::mem::replace(&mut p.no_in, false);
    let mut last = p.pos();
    let mut count = 0;
    let mut genexp_at = None;
    let mut genexp_then_comma = false;
    let mut keywords = false;
    loop {
        if p.at(RPAR) {
            break;
        }
        last = p.pos();
        // CPython's `invalid_arguments`: `args ',' '*'` after keyword arguments, at the '*'
        // (a `*` with an operand there is the compiler's error, worded the same).
        if p.at(STAR) && keywords && !super::EXPR_FIRST.contains(p.nth(1)) {
            let star = p.pos() as u32;
            p.error_range(
                star,
                star,
                "iterable argument unpacking follows keyword argument unpacking",
            );
        }
        let positional = !matches!(p.current(), STAR | DOUBLESTAR) && !p.nth_at(1, EQUAL);
        let first_pass_end = (keywords && positional).then_some((p.pos() as u32, p.errors.len()));
        keywords |= p.at(DOUBLESTAR) || p.at(NAME) && p.nth_at(1, EQUAL);
        let arg = argument(p);
        if let Some((at, errors)) = first_pass_end {
            first_pass_error(p, at, errors);
        }
        if matches!(arg, Arg::None) {
            break;
        }
        count += 1;
        let arg_end = p.pos().saturating_sub(1);
        let comma = p.eat(COMMA);
        // CPython reports the first bare generator expression, over its whole range.
        if let Arg::GenExp(comp) = arg
            && genexp_at.is_none()
        {
            genexp_at = Some((last, arg_end.max(last), comp));
            genexp_then_comma = comma;
        }
        if !comma {
            break;
        }
    }
    if let Some((at, end, comp)) = genexp_at {
        if count > 1 || genexp_then_comma {
            p.error_range(
                at as u32,
                end as u32,
                "Generator expression must be parenthesized",
            );
        } else if class {
            // Only a call takes `primary genexp`: in a class's bases, the `for` is unexpected.
            p.error_range(comp as u32, comp as u32, "invalid syntax");
        }
    }
    if !p.eat(RPAR) {
        bad_bracket_tail(p, last, RPAR);
    }
    p.no_in = saved;
    p.bracket_level -= 1;
    m.complete(p, ARGUMENTS);
}

/// CPython's first pass stops at a positional argument after keyword arguments (token `at`):
/// a generic error that taipan's parse of the argument found later (the first since error
/// `errors`) is reported there, at the last token that pass read (`_PyPegen_run_parser`).
fn first_pass_error(p: &mut Parser, at: u32, errors: usize) {
    if let Some(e) = p.errors.get_mut(errors)
        && e.message == "invalid syntax"
        && e.start > at
    {
        e.start = at;
        e.end = at;
    }
}

enum Arg {
    None,
    /// A bare generator expression, with the position of its first `for` (or `async`).
    GenExp(usize),
    Other,
}

fn argument(p: &mut Parser) -> Arg {
    match p.current() {
        NAME if p.nth_at(1, EQUAL) => {
            let k = p.start();
            let name = p.pos() as u32;
            p.bump(NAME);
            p.bump(EQUAL);
            expr(p);
            // CPython's `invalid_kwarg`: `NAME '=' expression for_if_clauses`.
            if at_comp_for(p) {
                p.error_range(
                    name,
                    name + 1,
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                );
            }
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
                let comp = p.pos();
                genexp_tail(p, e);
                return Arg::GenExp(comp);
            }
            if p.at(EQUAL) && !p.nth_at(1, EQUAL) {
                // CPython's `invalid_kwarg`: `True=1` names the constant; a parenthesized
                // expression's range starts inside its parentheses.
                let message = match p.input.kind(start) {
                    TRUE_KW | FALSE_KW | NONE_KW if start + 1 == p.pos() => {
                        format!("cannot assign to {}", p.input.text_of(start).trim())
                    }
                    _ => "expression cannot contain assignment, perhaps you meant \"==\"?".into(),
                };
                let first = if e.kind() == PAREN_EXPR {
                    start + 1
                } else {
                    start
                };
                p.error_range(first as u32, p.pos() as u32, message);
            }
            Arg::Other
        }
        _ => {
            p.err_invalid();
            Arg::None
        }
    }
}

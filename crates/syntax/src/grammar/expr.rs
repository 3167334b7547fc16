//! Expressions by precedence: star expressions and tuples, walrus, lambda and the conditional
//! expression, `or`/`and`/`not`, comparisons, binary operators (by precedence climbing), unary
//! operators, power, `await`, and the primary suffixes (attribute, call, subscript).

use super::at_expr_start;
use super::atom::{atom, comprehension_clauses};
use super::params::{arguments, lambda_parameters};
use crate::SyntaxKind::{self, *};
use crate::parser::{CompletedMarker, MAX_DEPTH, Parser};
use crate::token_set::TokenSet;

type Cm = Option<CompletedMarker>;

/// `star_expressions`: one star expression, or an unparenthesized Tuple of them.
pub(crate) fn star_expressions(p: &mut Parser) -> Cm {
    let first = star_expr(p)?;
    if !p.at(COMMA) {
        return Some(first);
    }
    let m = first.precede(p);
    while p.eat(COMMA) {
        if !(at_expr_start(p) || p.at(STAR)) {
            break;
        }
        star_expr(p);
    }
    Some(m.complete(p, TUPLE))
}

/// `'*' bitwise_or | expression`.
pub(crate) fn star_expr(p: &mut Parser) -> Cm {
    if p.at(STAR) {
        return Some(starred(p));
    }
    expr(p)
}

/// `'*' bitwise_or | named_expression` (elements of displays).
pub(crate) fn star_named_expr(p: &mut Parser) -> Cm {
    if p.at(STAR) {
        return Some(starred(p));
    }
    named_expr(p)
}

/// `'*' bitwise_or`.
pub(crate) fn starred(p: &mut Parser) -> CompletedMarker {
    starred_with(p, bitwise_or)
}

/// `'*' expression` (call arguments).
pub(crate) fn starred_expression(p: &mut Parser) -> CompletedMarker {
    starred_with(p, expr)
}

fn starred_with(p: &mut Parser, operand: fn(&mut Parser) -> Cm) -> CompletedMarker {
    let m = p.start();
    p.bump(STAR);
    if enter(p) {
        // On failure, `operand` has reported.
        let _ = operand(p);
        p.depth -= 1;
    }
    m.complete(p, STARRED)
}

/// `NAME ':=' expression | expression`.
pub(crate) fn named_expr(p: &mut Parser) -> Cm {
    named_expr_with(p, true)
}

/// `named_expr`; `eq_hint` reports `x = 1` as "Maybe you meant '==' or ':='" (not in call
/// arguments, which have their own message).
pub(crate) fn named_expr_with(p: &mut Parser, eq_hint: bool) -> Cm {
    if p.at(NAME) && p.nth_at(1, COLONEQUAL) {
        let m = p.start();
        let n = p.start();
        p.bump(NAME);
        n.complete(p, NAME_EXPR);
        p.bump(COLONEQUAL);
        expr(p);
        return Some(m.complete(p, NAMED_EXPR));
    }
    let start = p.pos();
    let e = expr(p)?;
    if eq_hint && p.at(COLONEQUAL) {
        walrus_target(p, start, e);
    }
    // CPython's `invalid_named_expression`: `if x = 1:`.
    if eq_hint
        && p.at(EQUAL)
        && at_expr_start_n(p, 1)
        && !matches!(e.kind(), LIST | TUPLE | GENERATOR_EXP)
        && !matches!(p.input.kind(start), TRUE_KW | FALSE_KW | NONE_KW)
    {
        match expr_name(p, start, &e) {
            // `!(list|tuple|genexp|...) a=bitwise_or b='=' bitwise_or`: the target alone.
            Some(name)
                if !matches!(e.kind(), LAMBDA | IF_EXP | COMPARE | BOOL_OP)
                    && p.input.kind(start) != NOT_KW =>
            {
                p.error_range(
                    start as u32,
                    p.pos() as u32 - 1,
                    format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?"),
                )
            }
            _ => p.error_range(
                start as u32,
                p.pos() as u32,
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            ),
        }
    }
    Some(e)
}

/// At `:=` after the expression `e` (from token `start`) that is not a name: CPython's
/// `invalid_named_expression` ("cannot use assignment expressions with attribute").
#[cold]
pub(crate) fn walrus_target(p: &mut Parser, start: usize, e: CompletedMarker) {
    // `a=expression ':=' expression`: the value must start an expression too.
    if !at_expr_start_n(p, 1) {
        return;
    }
    if let Some(name) = expr_name(p, start, &e) {
        p.error_range(
            start as u32,
            start as u32,
            format!("cannot use assignment expressions with {name}"),
        );
    }
}

/// What CPython calls the expression `e` (from token `start`) in its target errors
/// (`_PyPegen_get_expr_name`); None for a name, a bare tuple and what has no such error.
fn expr_name(p: &Parser, start: usize, e: &CompletedMarker) -> Option<&'static str> {
    kind_name(e.kind(), p.input.kind(start))
}

/// [`expr_name`] of a node of `kind` whose first token is `first`.
pub(crate) fn kind_name(kind: SyntaxKind, first: SyntaxKind) -> Option<&'static str> {
    Some(match kind {
        ATTRIBUTE => "attribute",
        SUBSCRIPT => "subscript",
        LIST => "list",
        TUPLE if first == LPAR => "tuple",
        LAMBDA => "lambda",
        CALL => "function call",
        BOOL_OP | BIN_OP | UNARY_OP => "expression",
        GENERATOR_EXP => "generator expression",
        AWAIT => "await expression",
        LIST_COMP => "list comprehension",
        SET_COMP => "set comprehension",
        DICT_COMP => "dict comprehension",
        DICT => "dict literal",
        SET => "set display",
        COMPARE => "comparison",
        IF_EXP => "conditional expression",
        CONSTANT | STRING_CONCAT => match first {
            NONE_KW => "None",
            TRUE_KW => "True",
            FALSE_KW => "False",
            ELLIPSIS => "ellipsis",
            FSTRING_START => "f-string expression",
            _ => "literal",
        },
        JOINED_STR => "f-string expression",
        _ => return None,
    })
}

fn at_expr_start_n(p: &Parser, n: usize) -> bool {
    super::EXPR_FIRST.contains(p.nth(n))
}

/// `yield_expr`: `yield from e`, `yield [star_expressions]`.
pub(crate) fn yield_expr(p: &mut Parser) -> Cm {
    let m = p.start();
    p.bump(YIELD_KW);
    if p.eat(FROM_KW) {
        expr(p);
        return Some(m.complete(p, YIELD_FROM));
    }
    if at_expr_start(p) || p.at(STAR) {
        star_expressions(p);
    }
    Some(m.complete(p, YIELD))
}

/// Increments the depth, or reports and skips the rest of the line when too deep.
pub(crate) fn enter(p: &mut Parser) -> bool {
    if p.depth < MAX_DEPTH {
        p.depth += 1;
        return true;
    }
    too_deep(p, "too many nested parentheses");
    false
}

/// Left-nested chains (`a + b + ...`, `a.b.c...`, `f()()...`) deeper than this are cut short:
/// the tree (and what is built from it) must stay shallow enough to walk and drop recursively.
/// CPython itself gives up (RecursionError) on chains of 10,000.
const MAX_CHAIN: u32 = 3_000;

/// Reports `message` and puts the rest of the logical line in an ERROR node, flat.
fn too_deep(p: &mut Parser, message: &str) {
    p.error(message);
    let m = p.start();
    while !p.at(NEWLINE) && !p.at_end() {
        p.bump_any();
    }
    m.complete(p, ERROR);
}

/// `expression`: lambda, conditional expression, or a disjunction.
pub(crate) fn expr(p: &mut Parser) -> Cm {
    if let Some(atom) = lone_atom(p) {
        return Some(atom);
    }
    if p.at(LAMBDA_KW) {
        return Some(lambda(p));
    }
    let start = p.pos();
    let lhs = disjunction(p)?;
    if !p.at(IF_KW) {
        return Some(lhs);
    }
    let m = lhs.precede(p);
    p.bump(IF_KW);
    if !enter(p) {
        return Some(m.complete(p, IF_EXP));
    }
    let condition = disjunction(p);
    if p.eat(ELSE_KW) {
        expr(p);
    } else if !p.at(COLON) {
        // CPython's `invalid_expression`: from the body to the end of the condition.
        let message = "expected 'else' after 'if' expression";
        match condition {
            Some(_) => p.error_range(start as u32, p.pos() as u32 - 1, message),
            None => p.error(message),
        }
    } else {
        p.err_invalid();
    }
    p.depth -= 1;
    Some(m.complete(p, IF_EXP))
}

/// Tokens that no level of `expr` takes after an atom: an atom followed by one of them is
/// the whole expression.
const ATOM_END: TokenSet = TokenSet::new(&[
    COMMA, RPAR, RSQB, RBRACE, COLON, NEWLINE, SEMI, ENDMARKER, EQUAL, FOR_KW,
]);

/// The fast path of `expr` for its most common case, a lone name or literal (`f(a, 1)`,
/// `x = y`): the node the whole precedence chain would make, made directly.
#[inline]
fn lone_atom(p: &mut Parser) -> Cm {
    let kind = match p.current() {
        NAME => NAME_EXPR,
        INT | FLOAT | IMAGINARY | NONE_KW | TRUE_KW | FALSE_KW | ELLIPSIS => CONSTANT,
        _ => return None,
    };
    if !ATOM_END.contains(p.nth(1)) {
        return None;
    }
    let m = p.start();
    p.bump_any();
    Some(m.complete(p, kind))
}

fn lambda(p: &mut Parser) -> CompletedMarker {
    let m = p.start();
    p.bump(LAMBDA_KW);
    if !p.at(COLON) {
        lambda_parameters(p);
    }
    if p.expect(COLON) && enter(p) {
        expr(p);
        p.depth -= 1;
    }
    m.complete(p, LAMBDA)
}

/// `disjunction`: a flat BoolOp of `or`, or a conjunction.
pub(crate) fn disjunction(p: &mut Parser) -> Cm {
    bool_op(p, OR_KW)
}

fn bool_op(p: &mut Parser, op: SyntaxKind) -> Cm {
    let first = if op == OR_KW {
        bool_op(p, AND_KW)?
    } else {
        inversion(p)?
    };
    if !p.at(op) {
        return Some(first);
    }
    let m = first.precede(p);
    while p.eat(op) {
        let operand = if op == OR_KW {
            bool_op(p, AND_KW)
        } else {
            inversion(p)
        };
        if operand.is_none() {
            break;
        }
    }
    Some(m.complete(p, BOOL_OP))
}

fn inversion(p: &mut Parser) -> Cm {
    if p.at(NOT_KW) {
        let m = p.start();
        p.bump(NOT_KW);
        if enter(p) {
            if inversion(p).is_none() {
                // reported
            }
            p.depth -= 1;
        }
        return Some(m.complete(p, UNARY_OP));
    }
    comparison(p)
}

/// `bitwise_or (compare_op bitwise_or)*`, flat.
fn comparison(p: &mut Parser) -> Cm {
    let first = bitwise_or(p)?;
    if !at_cmp_op(p) {
        return Some(first);
    }
    let m = first.precede(p);
    while at_cmp_op(p) {
        let op = p.start();
        match p.current() {
            NOT_KW => {
                p.bump(NOT_KW);
                p.bump(IN_KW);
            }
            IS_KW => {
                p.bump(IS_KW);
                p.eat(NOT_KW);
            }
            _ => p.bump_any(),
        }
        op.complete(p, CMP_OP);
        if bitwise_or(p).is_none() {
            break;
        }
    }
    Some(m.complete(p, COMPARE))
}

fn at_cmp_op(p: &Parser) -> bool {
    match p.current() {
        EQEQUAL | NOTEQUAL | LESS | LESSEQUAL | GREATER | GREATEREQUAL | IS_KW => true,
        IN_KW => !p.no_in,
        NOT_KW => p.nth_at(1, IN_KW) && !p.no_in,
        _ => false,
    }
}

/// Binding power of a binary operator (0: not one).
#[inline]
fn binop_power(kind: SyntaxKind) -> u8 {
    match kind {
        VBAR => 1,
        CIRCUMFLEX => 2,
        AMPER => 3,
        LEFTSHIFT | RIGHTSHIFT => 4,
        PLUS | MINUS => 5,
        STAR | SLASH | DOUBLESLASH | PERCENT | AT => 6,
        _ => 0,
    }
}

/// `bitwise_or`: the binary operators `|` down to `*`, left associative.
pub(crate) fn bitwise_or(p: &mut Parser) -> Cm {
    binary(p, 1)
}

fn binary(p: &mut Parser, min_power: u8) -> Cm {
    let mut lhs = factor(p)?;
    let mut chain = 0;
    loop {
        let power = binop_power(p.current());
        if power == 0 || power < min_power {
            return Some(lhs);
        }
        chain += 1;
        if chain > MAX_CHAIN {
            too_deep(p, "expression too long: too many nested operations");
            return Some(lhs);
        }
        let m = lhs.precede(p);
        p.bump_any();
        let rhs = binary(p, power + 1);
        lhs = m.complete(p, BIN_OP);
        if rhs.is_none() {
            return Some(lhs);
        }
    }
}

/// `factor`: unary `+`, `-`, `~`, or a power.
fn factor(p: &mut Parser) -> Cm {
    if matches!(p.current(), PLUS | MINUS | TILDE) {
        let m = p.start();
        p.bump_any();
        if enter(p) {
            factor(p);
            p.depth -= 1;
        }
        return Some(m.complete(p, UNARY_OP));
    }
    power(p)
}

/// `await_primary ['**' factor]`.
fn power(p: &mut Parser) -> Cm {
    let base = await_primary(p)?;
    if !p.at(DOUBLESTAR) {
        return Some(base);
    }
    let m = base.precede(p);
    p.bump(DOUBLESTAR);
    if enter(p) {
        factor(p);
        p.depth -= 1;
    }
    Some(m.complete(p, BIN_OP))
}

fn await_primary(p: &mut Parser) -> Cm {
    if p.at(AWAIT_KW) {
        let m = p.start();
        p.bump(AWAIT_KW);
        if enter(p) {
            primary(p);
            p.depth -= 1;
        }
        return Some(m.complete(p, AWAIT));
    }
    primary(p)
}

/// An atom followed by `.name`, `(args)` and `[slices]`.
pub(crate) fn primary(p: &mut Parser) -> Cm {
    let mut lhs = atom(p)?;
    let mut chain = 0;
    loop {
        if matches!(p.current(), DOT | LPAR | LSQB) {
            chain += 1;
            if chain > MAX_CHAIN {
                too_deep(p, "expression too long: too many nested operations");
                return Some(lhs);
            }
        }
        match p.current() {
            DOT => {
                let m = lhs.precede(p);
                p.bump(DOT);
                p.expect(NAME);
                lhs = m.complete(p, ATTRIBUTE);
            }
            LPAR => {
                let m = lhs.precede(p);
                if !enter(p) {
                    return Some(m.complete(p, CALL));
                }
                arguments(p, false);
                p.depth -= 1;
                lhs = m.complete(p, CALL);
            }
            // Inside brackets, `a []` is two expressions, as CPython's `invalid_expression`
            // sees it ("Perhaps you forgot a comma?"), not an empty subscript.
            LSQB if p.bracket_level > 0 && p.nth_at(1, RSQB) => return Some(lhs),
            LSQB => {
                let m = lhs.precede(p);
                if !enter(p) {
                    return Some(m.complete(p, SUBSCRIPT));
                }
                subscript(p);
                p.depth -= 1;
                lhs = m.complete(p, SUBSCRIPT);
            }
            _ => return Some(lhs),
        }
    }
}

/// `'[' slices ']'`; several slices make an unparenthesized Tuple.
fn subscript(p: &mut Parser) {
    p.bump(LSQB);
    p.bracket_level += 1;
    let saved = std::mem::replace(&mut p.no_in, false);
    let first_start = p.pos();
    if let Some(first) = slice_or_starred(p)
        && p.at(COMMA)
    {
        let m = first.precede(p);
        while p.eat(COMMA) {
            if p.at(RSQB) {
                break;
            }
            if slice_or_starred(p).is_none() {
                break;
            }
        }
        m.complete(p, TUPLE);
    }
    if !p.eat(RSQB) {
        super::bad_bracket_tail(p, first_start, RSQB);
    }
    p.no_in = saved;
    p.bracket_level -= 1;
}

fn slice_or_starred(p: &mut Parser) -> Cm {
    if p.at(STAR) {
        return Some(starred(p));
    }
    if !p.at(COLON) {
        let e = named_expr(p)?;
        if !p.at(COLON) {
            return Some(e);
        }
        let m = e.precede(p);
        slice_rest(p);
        return Some(m.complete(p, SLICE));
    }
    let m = p.start();
    slice_rest(p);
    Some(m.complete(p, SLICE))
}

/// From the first ':' of a slice: `':' [upper] [':' [step]]`.
fn slice_rest(p: &mut Parser) {
    p.bump(COLON);
    if at_expr_start(p) {
        expr(p);
    }
    if p.eat(COLON) && at_expr_start(p) {
        expr(p);
    }
}

/// A generator expression's clauses after its element, for an element already parsed.
pub(crate) fn genexp_tail(p: &mut Parser, elt: CompletedMarker) -> CompletedMarker {
    let m = elt.precede(p);
    comprehension_clauses(p);
    m.complete(p, GENERATOR_EXP)
}

/// Is the current token the start of a comprehension clause (`for` / `async for`)?
#[inline]
pub(crate) fn at_comp_for(p: &Parser) -> bool {
    p.at(FOR_KW) || (p.at(ASYNC_KW) && p.nth_at(1, FOR_KW))
}

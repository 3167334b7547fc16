//! Atoms: names, literals, strings and f-strings (with their replacement fields), and the
//! bracketed forms: parenthesized expressions, tuples, generators, lists, sets, dicts and their
//! comprehensions.

use super::expr::{
    at_comp_for, bitwise_or, disjunction, enter, expr, star_expressions, star_named_expr, starred,
    yield_expr,
};
use super::{at_expr_start, bad_bracket_tail};
use crate::SyntaxKind::{self, *};
use crate::parser::{CompletedMarker, Parser};

type Cm = Option<CompletedMarker>;

pub(crate) fn atom(p: &mut Parser) -> Cm {
    let kind = match p.current() {
        NAME => {
            let m = p.start();
            p.bump(NAME);
            return Some(m.complete(p, NAME_EXPR));
        }
        INT | FLOAT | IMAGINARY | NONE_KW | TRUE_KW | FALSE_KW | ELLIPSIS => {
            let m = p.start();
            p.bump_any();
            return Some(m.complete(p, CONSTANT));
        }
        STRING | FSTRING_START => return Some(strings(p)),
        LPAR | LSQB | LBRACE => p.current(),
        _ => {
            p.err_invalid();
            return None;
        }
    };
    if !enter(p) {
        return None;
    }
    let saved_no_in = std::mem::replace(&mut p.no_in, false);
    p.bracket_level += 1;
    let res = match kind {
        LPAR => paren(p),
        LSQB => list(p),
        _ => brace(p),
    };
    p.bracket_level -= 1;
    p.no_in = saved_no_in;
    p.depth -= 1;
    Some(res)
}

/// Closes a bracketed form: eats `closer`, or reports and recovers.
fn close(p: &mut Parser, elem_start: usize, closer: SyntaxKind) {
    if !p.eat(closer) {
        bad_bracket_tail(p, elem_start, closer);
    }
}

/// Closes a comprehension: no comma hint there (its clauses are not CPython's
/// `expression`, so `invalid_expression` never sees them).
fn close_comprehension(p: &mut Parser, closer: SyntaxKind) {
    if !p.eat(closer) {
        p.err_invalid();
        super::recover_to_closer(p, closer);
    }
}

/// `()`, `(yield)`, `(x)`, `(x,)`, `(x for x in y)`.
fn paren(p: &mut Parser) -> CompletedMarker {
    let m = p.start();
    p.bump(LPAR);
    if p.eat(RPAR) {
        return m.complete(p, TUPLE);
    }
    if p.at(YIELD_KW) {
        let start = p.pos();
        yield_expr(p);
        close(p, start, RPAR);
        return m.complete(p, PAREN_EXPR);
    }
    let start = p.pos();
    if p.at(DOUBLESTAR) {
        // CPython's `invalid_group`: `'(' '**' expression ')'`.
        p.error_range(
            start as u32,
            start as u32,
            "cannot use double starred expression here",
        );
        super::recover_to_closer(p, RPAR);
        p.eat(RPAR);
        return m.complete(p, PAREN_EXPR);
    }
    let Some(first) = star_named_expr(p) else {
        super::recover_to_closer(p, RPAR);
        return m.complete(p, PAREN_EXPR);
    };
    if at_comp_for(p) {
        unpacking_in_comprehension(p, start, first);
        comprehension_clauses(p);
        close_comprehension(p, RPAR);
        return m.complete(p, GENERATOR_EXP);
    }
    if p.at(COMMA) {
        let last = elements(p, start, RPAR);
        close(p, last, RPAR);
        return m.complete(p, TUPLE);
    }
    if first.kind() == STARRED && p.at(RPAR) {
        // CPython's `invalid_group`: `'(' starred_expression ')'`.
        p.error_range(
            start as u32,
            p.pos().saturating_sub(1).max(start) as u32,
            "cannot use starred expression here",
        );
    }
    close(p, start, RPAR);
    m.complete(p, PAREN_EXPR)
}

/// CPython's `invalid_comprehension`: `('[' | '(' | '{') a=starred_expression for_if_clauses`.
fn unpacking_in_comprehension(p: &mut Parser, start: usize, first: CompletedMarker) {
    if first.kind() == STARRED {
        p.error_range(
            start as u32,
            p.pos().saturating_sub(1).max(start) as u32,
            "iterable unpacking cannot be used in comprehension",
        );
    }
}

/// After a first element, `(',' element)* [',']` up to `closer`; returns the start of the last
/// element (for the comma hint).
fn elements(p: &mut Parser, mut last: usize, closer: SyntaxKind) -> usize {
    while p.eat(COMMA) {
        // `[x, for x in y]` is the caller's `invalid_comprehension`.
        if p.at(closer) || at_comp_for(p) {
            break;
        }
        last = p.pos();
        if star_named_expr(p).is_none() {
            break;
        }
    }
    last
}

/// `[...]`: List or ListComp.
fn list(p: &mut Parser) -> CompletedMarker {
    let m = p.start();
    p.bump(LSQB);
    if p.eat(RSQB) {
        return m.complete(p, LIST);
    }
    let start = p.pos();
    let Some(first) = star_named_expr(p) else {
        super::recover_to_closer(p, RSQB);
        return m.complete(p, LIST);
    };
    if at_comp_for(p) {
        unpacking_in_comprehension(p, start, first);
        comprehension_clauses(p);
        close_comprehension(p, RSQB);
        return m.complete(p, LIST_COMP);
    }
    let last = elements(p, start, RSQB);
    if comprehension_target(p, start, last) {
        super::recover_to_closer(p, RSQB);
        return m.complete(p, LIST);
    }
    close(p, last, RSQB);
    m.complete(p, LIST)
}

/// `{...}`: Dict, Set, DictComp or SetComp.
fn brace(p: &mut Parser) -> CompletedMarker {
    let m = p.start();
    p.bump(LBRACE);
    if p.eat(RBRACE) {
        return m.complete(p, DICT);
    }
    let start = p.pos();
    if p.at(DOUBLESTAR) {
        dict_item(p, None);
        let last = dict_items(p, start);
        close(p, last, RBRACE);
        return m.complete(p, DICT);
    }
    let Some(first) = star_named_expr(p) else {
        super::recover_to_closer(p, RBRACE);
        return m.complete(p, DICT);
    };
    if p.at(COLON) {
        let item = first.precede(p);
        // The comma hint of `invalid_expression` starts at the value.
        let value = p.pos() + 1;
        p.bump(COLON);
        dict_value(p);
        if at_comp_for(p) {
            // A DictComp has no DictItem: the unfinished marker stays a tombstone.
            let _ = item;
            comprehension_clauses(p);
            close_comprehension(p, RBRACE);
            return m.complete(p, DICT_COMP);
        }
        item.complete(p, DICT_ITEM);
        let last = dict_items(p, value);
        close(p, last, RBRACE);
        return m.complete(p, DICT);
    }
    if at_comp_for(p) {
        unpacking_in_comprehension(p, start, first);
        comprehension_clauses(p);
        close_comprehension(p, RBRACE);
        return m.complete(p, SET_COMP);
    }
    let last = elements(p, start, RBRACE);
    if comprehension_target(p, start, last) {
        super::recover_to_closer(p, RBRACE);
        return m.complete(p, SET);
    }
    close(p, last, RBRACE);
    m.complete(p, SET)
}

/// CPython's `invalid_comprehension`: `[a, b for ...]` (elements from token `start`, then a
/// `for`), reported over the elements; true when reported.
fn comprehension_target(p: &mut Parser, start: usize, last: usize) -> bool {
    if !at_comp_for(p) || p.pos() <= start + 1 || last < start {
        return false;
    }
    p.error_range(
        start as u32,
        p.pos() as u32 - 1,
        "did you forget parentheses around the comprehension target?",
    );
    true
}

/// One dict item: `key ':' value` (key already parsed when `key` is given) or `'**' value`.
fn dict_item(p: &mut Parser, key: Option<CompletedMarker>) -> CompletedMarker {
    let m = match key {
        Some(k) => k.precede(p),
        None => p.start(),
    };
    if key.is_some() {
        p.bump(COLON);
        dict_value(p);
    } else {
        p.bump(DOUBLESTAR);
        bitwise_or(p);
    }
    m.complete(p, DICT_ITEM)
}

/// The value after a dict key's ':'.
fn dict_value(p: &mut Parser) {
    if matches!(p.current(), RBRACE | COMMA) {
        // CPython's `invalid_kvpair`: `a=':' &('}'|',')`, at the ':'.
        let colon = p.pos().saturating_sub(1) as u32;
        p.error_range(
            colon,
            colon,
            "expression expected after dictionary key and ':'",
        );
    } else if p.at(STAR) {
        // `expression ':' a='*' bitwise_or`: from the '*' to the end of its operand.
        let star = p.pos() as u32;
        starred(p);
        let end = (p.pos().saturating_sub(1) as u32).max(star);
        p.error_range(
            star,
            end,
            "cannot use a starred expression in a dictionary value",
        );
    } else {
        expr(p);
    }
}

fn dict_items(p: &mut Parser, mut last: usize) -> usize {
    while p.eat(COMMA) {
        if p.at(RBRACE) {
            break;
        }
        last = p.pos();
        if p.at(DOUBLESTAR) {
            dict_item(p, None);
            continue;
        }
        let Some(key) = expr(p) else { break };
        if !p.at(COLON) {
            // CPython's `invalid_kvpair`: `a=expression !(':')`, at the key's last token.
            let key_end = p.pos().saturating_sub(1).max(last) as u32;
            p.error_range(key_end, key_end, "':' expected after dictionary key");
            break;
        }
        last = p.pos() + 1;
        dict_item(p, Some(key));
    }
    last
}

/// `('async'? 'for' targets 'in' disjunction ('if' disjunction)*)+`.
pub(crate) fn comprehension_clauses(p: &mut Parser) {
    while at_comp_for(p) {
        let m = p.start();
        p.eat(ASYNC_KW);
        p.bump(FOR_KW);
        let saved = std::mem::replace(&mut p.no_in, true);
        star_targets(p);
        p.no_in = saved;
        if p.expect(IN_KW) {
            disjunction(p);
        }
        while p.at(IF_KW) {
            let c = p.start();
            p.bump(IF_KW);
            disjunction(p);
            c.complete(p, COMPREHENSION_IF);
        }
        m.complete(p, COMPREHENSION);
    }
}

/// Assignment targets of `for` (with `in` not a comparison): star expressions.
pub(crate) fn star_targets(p: &mut Parser) -> Cm {
    star_expressions(p)
}

/// One or more adjacent string literals: a Constant, a JoinedStr, or a StringConcat of them.
fn strings(p: &mut Parser) -> CompletedMarker {
    let first = string_part(p);
    if !matches!(p.current(), STRING | FSTRING_START) {
        return first;
    }
    let m = first.precede(p);
    while matches!(p.current(), STRING | FSTRING_START) {
        string_part(p);
    }
    m.complete(p, STRING_CONCAT)
}

fn string_part(p: &mut Parser) -> CompletedMarker {
    if p.at(STRING) {
        let m = p.start();
        p.bump(STRING);
        return m.complete(p, CONSTANT);
    }
    fstring(p)
}

/// `FSTRING_START (FSTRING_MIDDLE | replacement field)* FSTRING_END`.
fn fstring(p: &mut Parser) -> CompletedMarker {
    let m = p.start();
    p.bump(FSTRING_START);
    fstring_parts(p, FSTRING_END);
    if !p.eat(FSTRING_END) {
        // The tokenizer reports unterminated strings.
    }
    m.complete(p, JOINED_STR)
}

/// Literal text and replacement fields, up to `end` (FSTRING_END, or '}' in a format spec).
fn fstring_parts(p: &mut Parser, end: SyntaxKind) {
    loop {
        match p.current() {
            FSTRING_MIDDLE => {
                let t = p.start();
                p.bump(FSTRING_MIDDLE);
                t.complete(p, F_STRING_TEXT);
            }
            LBRACE => replacement_field(p),
            k if k == end => return,
            _ => return,
        }
    }
}

/// `'{' expr ['='] ['!' NAME] [':' format_spec] '}'`.
fn replacement_field(p: &mut Parser) {
    let m = p.start();
    p.bump(LBRACE);
    if !enter(p) {
        m.complete(p, F_STRING_REPLACEMENT_FIELD);
        return;
    }
    p.bracket_level += 1;
    let saved = std::mem::replace(&mut p.no_in, false);
    p.fstring_depth += 1;
    if matches!(p.current(), EXCLAMATION | COLON | EQUAL) {
        let message = format!("f-string: expression required before '{}'", p.nth_text(0));
        p.error(message);
    } else if p.at(RBRACE) {
        p.error("f-string: empty expression not allowed");
    } else if p.at(YIELD_KW) {
        yield_expr(p);
    } else {
        let start = p.pos();
        if let Some(e) = star_expressions(p)
            && e.kind() == STARRED
        {
            // Parsed as `(*a)`: CPython's `invalid_group`.
            p.error_range(
                start as u32,
                p.pos().saturating_sub(1).max(start) as u32,
                "cannot use starred expression here",
            );
        }
    }
    p.eat(EQUAL);
    if p.eat(EXCLAMATION) {
        if p.at(NAME) {
            p.bump(NAME);
        } else {
            p.error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
    }
    if p.at(COLON) {
        let spec = p.start();
        p.bump(COLON);
        fstring_parts(p, RBRACE);
        spec.complete(p, FORMAT_SPEC);
    }
    if !p.eat(RBRACE) {
        if at_expr_start(p) {
            p.error("f-string: invalid syntax. Perhaps you forgot a comma?");
        } else {
            p.error("f-string: expecting '}'");
        }
        recover_fstring_field(p);
    }
    p.fstring_depth -= 1;
    p.no_in = saved;
    p.bracket_level -= 1;
    p.depth -= 1;
    m.complete(p, F_STRING_REPLACEMENT_FIELD);
}

/// Skips to the '}' closing a replacement field (or the end of the f-string).
fn recover_fstring_field(p: &mut Parser) {
    let m = p.start();
    let mut level = 0u32;
    loop {
        match p.current() {
            ENDMARKER | NEWLINE | FSTRING_END => break,
            LPAR | LSQB | LBRACE => level += 1,
            RPAR | RSQB => level = level.saturating_sub(1),
            RBRACE => {
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
    p.eat(RBRACE);
}

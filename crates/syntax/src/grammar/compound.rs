//! Compound statements: if/elif/else, while, for, try/except/except*/finally, with, function and
//! class definitions with their decorators, the async forms, and `match` (whose soft keyword is
//! recognized here).

use super::atom::star_targets;
use super::expr::kind_name;
use super::expr::{expr, named_expr, star_expressions, star_named_expr};
use super::params::{arguments, parameters};
use super::pattern::patterns;
use super::{BlockOf, colon_block, colon_block_forced};
use crate::SyntaxKind::*;
use crate::errors::star_targets_reach;
use crate::input::Input;
use crate::parser::{EventNode, Parser};

pub(crate) fn compound_stmt(p: &mut Parser) {
    match p.current() {
        IF_KW => if_stmt(p),
        WHILE_KW => while_stmt(p),
        FOR_KW => {
            let m = p.start();
            for_stmt(p, m)
        }
        TRY_KW => try_stmt(p),
        WITH_KW => {
            let m = p.start();
            with_stmt(p, m)
        }
        DEF_KW => {
            let m = p.start();
            function_def(p, m)
        }
        CLASS_KW => {
            let m = p.start();
            class_def(p, m)
        }
        AT => decorated(p),
        ASYNC_KW => {
            let m = p.start();
            match p.nth(1) {
                DEF_KW => function_def(p, m),
                FOR_KW => for_stmt(p, m),
                _ => with_stmt(p, m),
            }
        }
        _ => super::simple::simple_stmts(p),
    }
}

fn if_stmt(p: &mut Parser) {
    let m = p.start();
    let kw = p.pos();
    p.bump(IF_KW);
    named_expr(p);
    colon_block(p, BlockOf::Stmt("'if' statement"), kw);
    while p.at(ELIF_KW) {
        let c = p.start();
        let kw = p.pos();
        p.bump(ELIF_KW);
        named_expr(p);
        colon_block(p, BlockOf::Stmt("'elif' statement"), kw);
        c.complete(p, ELIF_CLAUSE);
    }
    else_clause(p);
    m.complete(p, IF);
}

fn else_clause(p: &mut Parser) {
    if p.at(ELSE_KW) {
        let c = p.start();
        let kw = p.pos();
        p.bump(ELSE_KW);
        colon_block_forced(p, BlockOf::Stmt("'else' statement"), kw, true);
        c.complete(p, ELSE_CLAUSE);
    }
}

fn while_stmt(p: &mut Parser) {
    let m = p.start();
    let kw = p.pos();
    p.bump(WHILE_KW);
    named_expr(p);
    colon_block(p, BlockOf::Stmt("'while' statement"), kw);
    else_clause(p);
    m.complete(p, WHILE);
}

fn for_stmt(p: &mut Parser, m: crate::parser::Marker) {
    p.eat(ASYNC_KW);
    let kw = p.pos();
    p.bump(FOR_KW);
    let saved = std::mem::replace(&mut p.no_in, true);
    let (events, first, errors) = (p.events.len(), p.pos(), p.errors.len());
    star_targets(p);
    p.no_in = saved;
    if !p.at(IN_KW) && p.errors.len() == errors {
        missing_in(p, events, first);
    }
    if p.expect(IN_KW) {
        star_expressions(p);
    }
    colon_block(p, BlockOf::Stmt("'for' statement"), kw);
    else_clause(p);
    m.complete(p, FOR);
}

/// A `for` whose targets (parsed from event `events`, token `first`) are not followed by `in`:
/// CPython's `invalid_for_target` reports the first sub-expression that cannot be assigned to
/// ("cannot assign to function call"); without one, its generic error is at the furthest token
/// the first pass read, which stops inside the targets at what no target grammar takes
/// (`for i < ():` at the `<`).
#[cold]
fn missing_in(p: &mut Parser, events: usize, first: usize) {
    let nodes = p.event_nodes(events, first);
    if let Some(root) = nodes.iter().position(|n| n.parent.is_none())
        && let Some(bad) = invalid_for_target(p.input, &nodes, root)
    {
        let n = nodes[bad];
        if let Some(name) = kind_name(n.kind, p.input.kind(n.first as usize)) {
            p.error_range(
                n.first,
                n.end.saturating_sub(1).max(n.first),
                format!("cannot assign to {name}"),
            );
        }
        return;
    }
    let at = star_targets_reach(p.input, first);
    if at < p.pos() {
        p.error_range(at as u32, at as u32, "invalid syntax");
    }
}

/// CPython's `_PyPegen_get_invalid_target` for `FOR_TARGETS` over the nodes of an expression:
/// names, attributes and subscripts are targets; tuples, lists, parentheses and starred
/// expressions are searched; a comparison is searched on its left when its first operator is
/// `in` (the `in` of the loop), and passes otherwise.
fn invalid_for_target(input: &Input, nodes: &[EventNode], i: usize) -> Option<usize> {
    let mut children = nodes
        .iter()
        .enumerate()
        .skip(i + 1)
        .filter(move |(_, n)| n.parent == Some(i as u32))
        .map(|(j, _)| j);
    match nodes[i].kind {
        NAME_EXPR | ATTRIBUTE | SUBSCRIPT | ERROR => None,
        PAREN_EXPR | STARRED => invalid_for_target(input, nodes, children.next()?),
        LIST | TUPLE => children.find_map(|c| invalid_for_target(input, nodes, c)),
        COMPARE
            if nodes[i]
                .own_token
                .is_some_and(|t| input.kind(t as usize) == IN_KW) =>
        {
            invalid_for_target(input, nodes, children.next()?)
        }
        COMPARE => None,
        _ => Some(i),
    }
}

fn try_stmt(p: &mut Parser) {
    let m = p.start();
    let kw = p.pos();
    p.bump(TRY_KW);
    colon_block_forced(p, BlockOf::Stmt("'try' statement"), kw, true);
    let mut star = false;
    let mut handlers = 0;
    while p.at(EXCEPT_KW) {
        let this_star = p.nth_at(1, STAR);
        // CPython's `invalid_try_stmt`: 'except' after 'except*' handlers (at the 'except'),
        // or 'except' '*' after 'except' handlers (over both tokens).
        if handlers > 0 && this_star != star {
            let at = p.pos() as u32;
            let end = if this_star { at + 1 } else { at };
            p.error_range(
                at,
                end,
                "cannot have both 'except' and 'except*' on the same 'try'",
            );
        }
        star |= this_star;
        except_handler(p);
        handlers += 1;
    }
    else_clause(p);
    let mut finally = false;
    if p.at(FINALLY_KW) {
        let c = p.start();
        let kw = p.pos();
        p.bump(FINALLY_KW);
        colon_block_forced(p, BlockOf::Stmt("'finally' statement"), kw, true);
        c.complete(p, FINALLY_CLAUSE);
        finally = true;
    }
    if handlers == 0 && !finally {
        p.error("expected 'except' or 'finally' block");
    }
    m.complete(p, if star { TRY_STAR } else { TRY });
}

fn except_handler(p: &mut Parser) {
    let m = p.start();
    let kw = p.pos();
    p.bump(EXCEPT_KW);
    let star = p.eat(STAR);
    if star && (p.at(COLON) || p.at(NEWLINE)) {
        p.error("expected one or more exception types");
    }
    // A bare `except` at the line end is `colon_block`'s "expected ':'".
    if !p.at(COLON) && !p.at(NEWLINE) {
        let type_start = p.pos();
        if expr(p).is_some() {
            if p.at(COMMA) {
                // CPython's range runs to the ':' (`RAISE_SYNTAX_ERROR_STARTING_FROM`).
                let mut colon = p.pos();
                while !matches!(p.input.kind(colon), COLON | NEWLINE | ENDMARKER) {
                    colon += 1;
                }
                let end = if p.input.kind(colon) == COLON {
                    colon - 1
                } else {
                    p.pos()
                };
                p.error_range(
                    type_start as u32,
                    end as u32,
                    "multiple exception types must be parenthesized",
                );
                p.skip_line();
            } else if p.eat(AS_KW) {
                p.expect(NAME);
            }
        }
    }
    let what = if star {
        "'except*' statement"
    } else {
        "'except' statement"
    };
    colon_block(p, BlockOf::Stmt(what), kw);
    m.complete(p, EXCEPT_HANDLER);
}

fn with_stmt(p: &mut Parser, m: crate::parser::Marker) {
    p.eat(ASYNC_KW);
    let kw = p.pos();
    p.bump(WITH_KW);
    if p.at(LPAR) && parenthesized_with_items(p) {
        p.bump(LPAR);
        p.bracket_level += 1;
        loop {
            if p.at(RPAR) {
                break;
            }
            with_item(p);
            if !p.eat(COMMA) {
                break;
            }
        }
        if !p.eat(RPAR) {
            p.err_invalid();
            super::recover_to_closer(p, RPAR);
        }
        p.bracket_level -= 1;
    } else {
        loop {
            with_item(p);
            if !p.eat(COMMA) {
                break;
            }
        }
    }
    colon_block(p, BlockOf::Stmt("'with' statement"), kw);
    m.complete(p, WITH);
}

/// At `with (`: is this the parenthesized form `with (a as b, c):` rather than an expression
/// `with (a, b) as c:` / `with (yield):`? True when the matching ')' is followed by ':' and the
/// parentheses hold a top-level ',' or 'as'.
fn parenthesized_with_items(p: &Parser) -> bool {
    if p.nth_at(1, YIELD_KW) {
        return false;
    }
    let mut level = 0u32;
    let mut top_level_sep = false;
    let mut i = 0;
    loop {
        match p.nth(i) {
            LPAR | LSQB | LBRACE => level += 1,
            RPAR | RSQB | RBRACE => {
                level = level.saturating_sub(1);
                if level == 0 {
                    // Before a line end it is an error either way: CPython's
                    // `invalid_with_stmt` reads the items, then says "expected ':'".
                    return top_level_sep && matches!(p.nth(i + 1), COLON | NEWLINE);
                }
            }
            COMMA | AS_KW if level == 1 => top_level_sep = true,
            NEWLINE | ENDMARKER => return false,
            _ => {}
        }
        i += 1;
    }
}

fn with_item(p: &mut Parser) {
    let m = p.start();
    expr(p);
    if p.eat(AS_KW) {
        star_target(p);
    }
    m.complete(p, WITH_ITEM);
}

/// A single assignment target (`as` of with-items): a star expression without a tuple.
fn star_target(p: &mut Parser) {
    if p.at(STAR) {
        super::expr::starred(p);
    } else {
        expr(p);
    }
}

fn decorated(p: &mut Parser) {
    let m = p.start();
    while p.at(AT) {
        let d = p.start();
        p.bump(AT);
        named_expr(p);
        if !p.eat(NEWLINE) {
            p.err_invalid();
            p.skip_line();
            p.eat(NEWLINE);
        }
        d.complete(p, DECORATOR);
    }
    match p.current() {
        DEF_KW => function_def(p, m),
        CLASS_KW => class_def(p, m),
        ASYNC_KW if p.nth_at(1, DEF_KW) => function_def(p, m),
        _ => {
            p.err_invalid();
            m.complete(p, ERROR);
        }
    }
}

fn function_def(p: &mut Parser, m: crate::parser::Marker) {
    p.eat(ASYNC_KW);
    let kw = p.pos();
    p.bump(DEF_KW);
    if p.expect(NAME) {
        if p.at(LPAR) {
            parameters(p);
        } else {
            p.error("expected '('");
        }
        if p.eat(RARROW) {
            expr(p);
        }
    }
    colon_block_forced(p, BlockOf::FunctionDef, kw, true);
    m.complete(p, FUNCTION_DEF);
}

fn class_def(p: &mut Parser, m: crate::parser::Marker) {
    let kw = p.pos();
    p.bump(CLASS_KW);
    if p.expect(NAME) && p.at(LPAR) {
        arguments(p, true);
    }
    colon_block(p, BlockOf::ClassDef, kw);
    m.complete(p, CLASS_DEF);
}

/// At NAME `match`: is this a match statement? It is when the logical line ends with ':' at
/// bracket level 0 (no simple statement starting with a name ends that way) and `match` is not
/// followed by something that makes it a name (`match = 1`, `match.x`, `match:`...).
pub(crate) fn at_match_stmt(p: &Parser) -> bool {
    match p.nth(1) {
        NEWLINE | ENDMARKER | EQUAL | DOT | COLON | COMMA | SEMI | RPAR | RSQB | RBRACE => {
            return false;
        }
        k if k.is_punct()
            && !matches!(
                k,
                LPAR | LSQB | LBRACE | MINUS | PLUS | TILDE | STAR | ELLIPSIS
            ) =>
        {
            return false;
        }
        _ => {}
    }
    let mut level = 0u32;
    let mut i = 1;
    loop {
        match p.nth(i) {
            LPAR | LSQB | LBRACE => level += 1,
            RPAR | RSQB | RBRACE => level = level.saturating_sub(1),
            NEWLINE | ENDMARKER => return false,
            COLON if level == 0 => return matches!(p.nth(i + 1), NEWLINE),
            _ => {}
        }
        i += 1;
    }
}

/// `match subject: NEWLINE INDENT case+ DEDENT`.
pub(crate) fn match_stmt(p: &mut Parser) {
    let m = p.start();
    let kw = p.pos();
    p.bump_as(MATCH_KW);
    // subject: star_named_expression ',' star_named_expressions? | named_expression
    if let Some(first) = star_named_expr(p)
        && p.at(COMMA)
    {
        let t = first.precede(p);
        while p.eat(COMMA) {
            if p.at(COLON) {
                break;
            }
            if star_named_expr(p).is_none() {
                break;
            }
        }
        t.complete(p, TUPLE);
    }
    if !p.eat(COLON) {
        if p.at(NEWLINE) {
            p.error("expected ':'");
        } else {
            p.err_invalid();
            p.skip_line();
        }
    }
    if p.eat(NEWLINE) {
        if p.eat(INDENT) {
            loop {
                let before = p.pos();
                match p.current() {
                    DEDENT => {
                        p.bump(DEDENT);
                        break;
                    }
                    ENDMARKER => break,
                    NAME if p.at_contextual("case") => case_block(p),
                    _ => {
                        p.err_invalid();
                        p.skip_line();
                        p.eat(NEWLINE);
                    }
                }
                if p.pos() == before {
                    p.err_and_bump("invalid syntax");
                }
            }
        } else {
            let line = p.line_of_token(kw);
            p.error(format!(
                "expected an indented block after 'match' statement on line {line}"
            ));
        }
    }
    m.complete(p, MATCH);
}

fn case_block(p: &mut Parser) {
    let m = p.start();
    let kw = p.pos();
    p.bump_as(CASE_KW);
    patterns(p);
    if p.at(IF_KW) {
        let g = p.start();
        p.bump(IF_KW);
        named_expr(p);
        g.complete(p, GUARD);
    }
    colon_block(p, BlockOf::Stmt("'case' statement"), kw);
    m.complete(p, MATCH_CASE);
}

//! How far CPython's parser has read when it reports an error: the line of the last token it
//! fetched decides whether a bracket left open on an earlier line is reported instead ("'(' was
//! never closed"). Its second pass tries the `invalid_*` rules, which parse an expression after
//! the point of failure (`a=disjunction b=expression_without_invalid` for "Perhaps you forgot a
//! comma?", `NAME '=' b=bitwise_or !('='|':=')` for "Maybe you meant '=='"), reading that
//! expression and one token more; inside an unclosed bracket that goes on past the line end.
//! [`skim_expr`] follows such an expression over the tokens without building anything, and
//! stops where CPython's parse of it would fail.

use crate::SyntaxKind::{self, *};
use crate::input::Input;

/// Index of the last token CPython has read when it reports a parser error `message` on tokens
/// `start..=end`.
pub(super) fn last_read(input: &Input, start: usize, end: usize, message: &str) -> usize {
    if message == "invalid syntax. Perhaps you forgot a comma?" {
        return skim_expr(input, end);
    }
    if message.ends_with("Maybe you meant '==' or ':=' instead of '='?") {
        return skim_expr(input, end + 1);
    }
    if message == "invalid syntax"
        && start > 0
        && ends_operand(input.kind(start - 1))
        && starts_operand(input.kind(start))
        && !in_name_statement(input, start)
    {
        return skim_expr(input, start);
    }
    end
}

/// Is token `i` in an `import`, `from`, `global` or `nonlocal` statement, whose names are not
/// expressions (CPython tries no expression after them)?
fn in_name_statement(input: &Input, i: usize) -> bool {
    let mut j = i;
    while j > 0 && !matches!(input.kind(j - 1), NEWLINE | INDENT | DEDENT | SEMI) {
        j -= 1;
    }
    matches!(input.kind(j), IMPORT_KW | FROM_KW | GLOBAL_KW | NONLOCAL_KW)
}

/// Tokens that end an operand (so that an expression may end just before the error).
fn ends_operand(k: SyntaxKind) -> bool {
    matches!(
        k,
        NAME | INT
            | FLOAT
            | IMAGINARY
            | STRING
            | FSTRING_END
            | RPAR
            | RSQB
            | RBRACE
            | NONE_KW
            | TRUE_KW
            | FALSE_KW
            | ELLIPSIS
    )
}

fn starts_operand(k: SyntaxKind) -> bool {
    matches!(
        k,
        NAME | INT
            | FLOAT
            | IMAGINARY
            | STRING
            | FSTRING_START
            | LPAR
            | LSQB
            | LBRACE
            | MINUS
            | PLUS
            | TILDE
            | NOT_KW
            | AWAIT_KW
            | LAMBDA_KW
            | NONE_KW
            | TRUE_KW
            | FALSE_KW
            | ELLIPSIS
    )
}

fn binary_op(k: SyntaxKind) -> bool {
    matches!(
        k,
        PLUS | MINUS
            | STAR
            | SLASH
            | DOUBLESLASH
            | PERCENT
            | DOUBLESTAR
            | AT
            | VBAR
            | AMPER
            | CIRCUMFLEX
            | LEFTSHIFT
            | RIGHTSHIFT
            | LESS
            | GREATER
            | EQEQUAL
            | NOTEQUAL
            | LESSEQUAL
            | GREATEREQUAL
            | IN_KW
            | IS_KW
            | NOT_KW
            | AND_KW
            | OR_KW
            | IF_KW
            | ELSE_KW
    )
}

/// The token that follows the expression starting at token `i`, or the token where parsing it
/// fails: either way, the last one CPython reads.
fn skim_expr(input: &Input, i: usize) -> usize {
    match expr(input, i, 0) {
        Ok(i) | Err(i) => i,
    }
}

/// Deeper than this, the skim gives up where it is (stack safety).
const MAX_SKIM_DEPTH: u32 = 100;

type Skim = Result<usize, usize>;

/// An expression from token `i`: `Ok(next token)` or `Err(token where it fails)`.
fn expr(input: &Input, mut i: usize, depth: u32) -> Skim {
    if depth > MAX_SKIM_DEPTH {
        return Err(i);
    }
    loop {
        while matches!(input.kind(i), MINUS | PLUS | TILDE | NOT_KW | AWAIT_KW) {
            i += 1;
        }
        match input.kind(i) {
            LAMBDA_KW => {
                while !matches!(input.kind(i), COLON | NEWLINE | ENDMARKER) {
                    i += 1;
                }
                if input.kind(i) != COLON {
                    return Err(i);
                }
                return expr(input, i + 1, depth + 1);
            }
            LPAR | LSQB | LBRACE => i = group(input, i, depth + 1)?,
            FSTRING_START | STRING => i = strings(input, i),
            k if starts_operand(k) => i += 1,
            _ => return Err(i),
        }
        loop {
            match input.kind(i) {
                DOT if input.kind(i + 1) == NAME => i += 2,
                DOT => return Err(i + 1),
                LPAR | LSQB => i = group(input, i, depth + 1)?,
                _ => break,
            }
        }
        let op = input.kind(i);
        if op == IF_KW {
            i = expr(input, i + 1, depth + 1)?;
            if input.kind(i) != ELSE_KW {
                return Err(i);
            }
            i += 1;
            continue;
        }
        if !binary_op(op) {
            return Ok(i);
        }
        i += 1;
        if op == NOT_KW && input.kind(i) != IN_KW {
            return Err(i);
        }
        if op == NOT_KW || op == IS_KW && input.kind(i) == NOT_KW {
            i += 1;
        }
    }
}

/// Adjacent string and f-string literals from token `i`; the token after them.
fn strings(input: &Input, mut i: usize) -> usize {
    loop {
        match input.kind(i) {
            STRING => i += 1,
            FSTRING_START => {
                let mut level = 0u32;
                loop {
                    match input.kind(i) {
                        ENDMARKER => return i,
                        FSTRING_START => level += 1,
                        FSTRING_END => {
                            level -= 1;
                            if level == 0 {
                                i += 1;
                                break;
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
            }
            _ => return i,
        }
    }
}

/// A bracketed display, call or subscript opening at token `i`: comma-separated elements, each
/// an expression, possibly starred, with `:` parts (dicts, slices), `=` (keyword arguments) or
/// a comprehension. The token after the closer, or where an element fails.
fn group(input: &Input, i: usize, depth: u32) -> Skim {
    let closer = match input.kind(i) {
        LPAR => RPAR,
        LSQB => RSQB,
        _ => RBRACE,
    };
    let mut i = i + 1;
    loop {
        if input.kind(i) == closer {
            return Ok(i + 1);
        }
        while matches!(input.kind(i), STAR | DOUBLESTAR) {
            i += 1;
        }
        if input.kind(i) != COLON || closer != RSQB {
            i = expr(input, i, depth)?;
        }
        match input.kind(i) {
            COLONEQUAL | EQUAL => i = expr(input, i + 1, depth)?,
            COLON => {
                // Slices and dict values: `a:b:c`, `:`, `k: v`.
                while input.kind(i) == COLON {
                    i += 1;
                    if !matches!(input.kind(i), COLON | COMMA) && input.kind(i) != closer {
                        i = expr(input, i, depth)?;
                    }
                }
            }
            _ => {}
        }
        while matches!(input.kind(i), FOR_KW | ASYNC_KW) {
            if input.kind(i) == ASYNC_KW {
                i += 1;
            }
            i = targets(input, i + 1, depth)?;
            if input.kind(i) != IN_KW {
                return Err(i);
            }
            i = expr(input, i + 1, depth)?;
            while input.kind(i) == IF_KW {
                i = expr(input, i + 1, depth)?;
            }
        }
        match input.kind(i) {
            COMMA => i += 1,
            k if k == closer => return Ok(i + 1),
            _ => return Err(i),
        }
    }
}

/// Comprehension targets: expressions separated by commas, up to `in`.
fn targets(input: &Input, mut i: usize, depth: u32) -> Skim {
    loop {
        while input.kind(i) == STAR {
            i += 1;
        }
        // `in` is a target's end here, not a comparison.
        i = match input.kind(i) {
            LPAR | LSQB => group(input, i, depth + 1)?,
            NAME => {
                let mut j = i + 1;
                while input.kind(j) == DOT && input.kind(j + 1) == NAME {
                    j += 2;
                }
                j
            }
            _ => return Err(i),
        };
        if input.kind(i) != COMMA {
            return Ok(i);
        }
        i += 1;
    }
}

/// The furthest token CPython's first pass reads in `star_targets` from token `i` (the token
/// after the targets when they are well-formed): where a `for` without `in` is reported.
pub(crate) fn star_targets_reach(input: &Input, i: usize) -> usize {
    match star_targets(input, i, 0) {
        Ok(i) | Err(i) => i,
    }
}

/// `star_targets`: targets, possibly starred, separated by commas.
fn star_targets(input: &Input, mut i: usize, depth: u32) -> Skim {
    if depth > MAX_SKIM_DEPTH {
        return Err(i);
    }
    loop {
        while input.kind(i) == STAR {
            i += 1;
        }
        i = target(input, i, depth)?;
        if input.kind(i) != COMMA {
            return Ok(i);
        }
        i += 1;
        if !matches!(input.kind(i), NAME | LPAR | LSQB | STAR) {
            return Ok(i);
        }
    }
}

/// `target_with_star_atom`: a name, targets in brackets (`star_atom`), or a `t_primary` (any
/// atom with trailers) whose last trailer is an attribute or a subscript.
fn target(input: &Input, i: usize, depth: u32) -> Skim {
    let k = input.kind(i);
    let mut star_atom = None;
    let mut furthest = i;
    if matches!(k, LPAR | LSQB) {
        let closer = if k == LPAR { RPAR } else { RSQB };
        if input.kind(i + 1) == closer {
            star_atom = Some(i + 2);
        } else {
            match star_targets(input, i + 1, depth + 1) {
                Ok(j) if input.kind(j) == closer => star_atom = Some(j + 1),
                Ok(j) | Err(j) => furthest = j,
            }
        }
    }
    let mut j = match k {
        LPAR | LSQB | LBRACE => group(input, i, depth + 1).map_err(|j| j.max(furthest))?,
        FSTRING_START | STRING => strings(input, i),
        _ if starts_operand(k)
            && !matches!(k, MINUS | PLUS | TILDE | NOT_KW | AWAIT_KW | LAMBDA_KW) =>
        {
            i + 1
        }
        _ => return Err(i),
    };
    let mut last = None;
    loop {
        match input.kind(j) {
            DOT if input.kind(j + 1) == NAME => {
                last = Some(DOT);
                j += 2;
            }
            DOT => return Err(j + 1),
            LPAR | LSQB => {
                last = Some(input.kind(j));
                j = group(input, j, depth + 1)?;
            }
            _ => break,
        }
    }
    match last {
        Some(DOT | LSQB) => Ok(j),
        // A call ends no target: `t_primary` wants a trailer after it.
        Some(_) => Err(j),
        None if k == NAME => Ok(j),
        None => star_atom.ok_or(j.max(furthest)),
    }
}

//! `optimize_format`: `'a %s b %-5r' % (x, y)` with a literal format of only `%s`, `%r` and `%a`
//! units (flags, width and precision of at most two digits) and exactly as many tuple items
//! becomes a `JoinedStr`, as the f-string `f'a {x!s} b {y!r:5}'` would be. The literal parts
//! and format specs are constants without a position (CPython's `-1`), each `FormattedValue`
//! takes its item's position and the `JoinedStr` the `BinOp`'s.

use taipan_ast::{Constant, ConstantKind, ExprId, ExprKind, Loc, PyStr, PyStrBuilder};

use crate::Transform;
use crate::walk::Optimizer;

const F_LJUST: u32 = 1;
/// `MAXDIGITS`: a third digit of a width or precision makes the unit unsupported.
const MAX_DIGITS: u32 = 3;

/// One piece of the `JoinedStr` to build.
enum Piece {
    Literal(PyStr),
    Format {
        item: ExprId,
        conversion: u32,
        spec: Option<String>,
    },
}

/// `parse_literal`: the text up to the next lone `%` (with `%%` read as `%`), if any.
fn parse_literal(fmt: &[u32], pos: &mut usize) -> Option<PyStr> {
    let start = *pos;
    let mut out = PyStrBuilder::default();
    while *pos < fmt.len() {
        if fmt[*pos] != '%' as u32 {
            out.push(fmt[*pos]);
            *pos += 1;
        } else if *pos + 1 < fmt.len() && fmt[*pos + 1] == '%' as u32 {
            out.push('%' as u32);
            *pos += 2;
        } else {
            break;
        }
    }
    (*pos != start).then(|| out.finish())
}

/// `simple_format_arg_parse`: flags, width, precision and the conversion character after a
/// `%`; `None` for what it does not support.
fn parse_unit(fmt: &[u32], pos: &mut usize) -> Option<(u32, u32, i32, i32)> {
    let mut p = *pos;
    let mut next = || {
        let ch = *fmt.get(p)?;
        p += 1;
        Some(ch)
    };
    let mut flags = 0;
    let mut ch;
    loop {
        ch = next()?;
        match char::from_u32(ch) {
            Some('-') => flags |= F_LJUST,
            Some('+' | ' ' | '#' | '0') => flags |= 2,
            _ => break,
        }
    }
    let is_digit = |c: u32| ('0' as u32..='9' as u32).contains(&c);
    let mut width = -1;
    if is_digit(ch) {
        width = 0;
        let mut digits = 0;
        while is_digit(ch) {
            width = width * 10 + (ch - '0' as u32) as i32;
            ch = next()?;
            digits += 1;
            if digits >= MAX_DIGITS {
                return None;
            }
        }
    }
    let mut prec = -1;
    if ch == '.' as u32 {
        ch = next()?;
        prec = 0;
        if is_digit(ch) {
            let mut digits = 0;
            while is_digit(ch) {
                prec = prec * 10 + (ch - '0' as u32) as i32;
                ch = next()?;
                digits += 1;
                if digits >= MAX_DIGITS {
                    return None;
                }
            }
        }
    }
    *pos = p;
    Some((ch, flags, width, prec))
}

/// `parse_format`: the `FormattedValue` of one unit, for `%s`, `%r` and `%a` only.
fn parse_format(fmt: &[u32], pos: &mut usize, item: ExprId) -> Option<Piece> {
    let (spec, flags, width, prec) = parse_unit(fmt, pos)?;
    if !matches!(char::from_u32(spec), Some('s' | 'r' | 'a')) {
        return None;
    }
    let mut text = String::new();
    if flags & F_LJUST == 0 && width > 0 {
        text.push('>');
    }
    if width >= 0 {
        text.push_str(&width.to_string());
    }
    if prec >= 0 {
        text.push('.');
        text.push_str(&prec.to_string());
    }
    Some(Piece::Format {
        item,
        conversion: spec,
        spec: (!text.is_empty()).then_some(text),
    })
}

/// The pieces of the whole format, or `None` when it is not convertible.
fn parse(fmt: &[u32], items: &[ExprId]) -> Option<Vec<Piece>> {
    let mut pieces = Vec::with_capacity(items.len() * 2 + 1);
    let mut pos = 0;
    let mut count = 0;
    loop {
        if let Some(lit) = parse_literal(fmt, &mut pos) {
            pieces.push(Piece::Literal(lit));
        }
        if pos >= fmt.len() {
            break;
        }
        let &item = items.get(count)?; // more units than items
        pos += 1; // the '%'
        pieces.push(parse_format(fmt, &mut pos, item)?);
        count += 1;
    }
    (count == items.len()).then_some(pieces) // else more items than units
}

impl Optimizer<'_> {
    /// `optimize_format` on the `BinOp` `id` = `fmt % (items...)`.
    pub(crate) fn optimize_format(&mut self, id: ExprId, fmt: &PyStr, items: &[ExprId]) {
        let code_points: Vec<u32> = fmt.code_points().collect();
        let Some(pieces) = parse(&code_points, items) else {
            return;
        };
        let constant = |value: Constant| ExprKind::Constant {
            value,
            kind: ConstantKind::None,
        };
        let mut values = Vec::with_capacity(pieces.len());
        for piece in pieces {
            let value = match piece {
                Piece::Literal(s) => self.ast.alloc_expr(constant(Constant::Str(s)), Loc::NONE),
                Piece::Format {
                    item,
                    conversion,
                    spec,
                } => {
                    let format_spec = spec.map(|s| {
                        self.ast
                            .alloc_expr(constant(Constant::Str(PyStr::from(s))), Loc::NONE)
                    });
                    let loc = self.ast.exprs[item].loc;
                    self.ast.alloc_expr(
                        ExprKind::FormattedValue {
                            value: item,
                            conversion: conversion as i32,
                            format_spec,
                        },
                        loc,
                    )
                }
            };
            values.push(value);
        }
        self.replace_expr(
            id,
            ExprKind::JoinedStr { values },
            None,
            Transform::FormatToJoinedStr,
        );
    }
}

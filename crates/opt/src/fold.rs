//! The folds of `ast_opt.c` (`fold_binop`, `fold_unaryop`, `fold_tuple`, `fold_subscr`,
//! `fold_iter`, `fold_compare`) and the limits that keep them from building huge constants
//! (`safe_multiply`, `safe_power`, `safe_lshift`, `safe_mod`, `check_complexity`). A fold whose
//! operation raises leaves the node as it was, as `make_const` does when the value is NULL.

use num_bigint::Sign;
use taipan_ast::{CmpOp, Constant, ExprContext, ExprId, ExprKind, Int, Operator, UnaryOperator};
use taipan_numeric::{binary_op, bit_length, frozenset_items, get_item, unary_op};

use crate::Transform;
use crate::walk::Optimizer;

const MAX_INT_SIZE: u64 = 128; // bits
const MAX_COLLECTION_SIZE: i64 = 256; // items
const MAX_STR_SIZE: i64 = 4096; // characters
const MAX_TOTAL_ITEMS: i64 = 1024; // including nested collections

/// The int value of an int or bool constant (`PyLong_Check`).
fn as_int(c: &Constant) -> Option<Int> {
    match c {
        Constant::Int(i) => Some(i.clone()),
        Constant::Bool(b) => Some(Int::Small(*b as i64)),
        _ => None,
    }
}

fn is_zero(i: &Int) -> bool {
    matches!(i, Int::Small(0))
}

/// `PyLong_AsLong`: `-1` (an error, rejected by every caller as negative) when out of range.
fn as_long(i: &Int) -> i64 {
    match i {
        Int::Small(s) => *s,
        Int::Big(_) => -1,
    }
}

/// `check_complexity`: `limit` less the items of `c` and of the collections nested in it;
/// negative once past the limit.
fn check_complexity(c: &Constant, mut limit: i64) -> i64 {
    match c {
        Constant::Tuple(items) | Constant::FrozenSet(items) => {
            limit -= items.len() as i64;
            for item in items.iter() {
                if limit < 0 {
                    break;
                }
                limit = check_complexity(item, limit);
            }
            limit
        }
        _ => limit,
    }
}

/// `safe_multiply`.
fn safe_multiply(v: &Constant, w: &Constant) -> Option<Constant> {
    let sized = |c: &Constant| match c {
        Constant::Tuple(t) | Constant::FrozenSet(t) => Some((t.len() as i64, true)),
        Constant::Str(s) => Some((s.char_len() as i64, false)),
        Constant::Bytes(b) => Some((b.len() as i64, false)),
        _ => None,
    };
    match (as_int(v), as_int(w)) {
        (Some(a), Some(b))
            if !is_zero(&a) && !is_zero(&b) && bit_length(&a) + bit_length(&b) > MAX_INT_SIZE =>
        {
            return None;
        }
        (Some(n), None) => {
            if let Some((size, collection)) = sized(w)
                && size > 0
            {
                let n = as_long(&n);
                let max = if collection {
                    MAX_COLLECTION_SIZE
                } else {
                    MAX_STR_SIZE
                };
                if n < 0 || n > max / size {
                    return None;
                }
                if collection && n > 0 && check_complexity(w, MAX_TOTAL_ITEMS / n) < 0 {
                    return None;
                }
            }
        }
        (None, Some(_)) if sized(v).is_some() => return safe_multiply(w, v),
        _ => {}
    }
    binary_op(Operator::Mult, v, w).ok()
}

/// `safe_power`.
fn safe_power(v: &Constant, w: &Constant) -> Option<Constant> {
    if let (Some(a), Some(b)) = (as_int(v), as_int(w))
        && !is_zero(&a)
        && is_positive(&b)
    {
        // An exponent past `i64` is past 128 bits of result for any base but 0 and ±1, and
        // CPython refuses those too (`vbits > MAX_INT_SIZE / wbits` with a huge `wbits`).
        let Int::Small(wbits) = b else {
            return None;
        };
        if bit_length(&a) > MAX_INT_SIZE / wbits as u64 {
            return None;
        }
    }
    binary_op(Operator::Pow, v, w).ok()
}

fn is_positive(i: &Int) -> bool {
    match i {
        Int::Small(s) => *s > 0,
        Int::Big(b) => b.sign() == Sign::Plus,
    }
}

/// `safe_lshift`.
fn safe_lshift(v: &Constant, w: &Constant) -> Option<Constant> {
    if let (Some(a), Some(b)) = (as_int(v), as_int(w))
        && !is_zero(&a)
        && !is_zero(&b)
    {
        // PyLong_AsSize_t fails on a negative or huge count.
        let Int::Small(wbits @ 0..) = b else {
            return None;
        };
        let wbits = wbits as u64;
        if wbits > MAX_INT_SIZE || bit_length(&a) > MAX_INT_SIZE - wbits {
            return None;
        }
    }
    binary_op(Operator::LShift, v, w).ok()
}

/// `safe_mod`: never `str % x` or `bytes % x` (formatting).
fn safe_mod(v: &Constant, w: &Constant) -> Option<Constant> {
    if matches!(v, Constant::Str(_) | Constant::Bytes(_)) {
        return None;
    }
    binary_op(Operator::Mod, v, w).ok()
}

impl Optimizer<'_> {
    pub(crate) fn constant(&self, id: ExprId) -> Option<&Constant> {
        match &self.ast.exprs[id].kind {
            ExprKind::Constant { value, .. } => Some(value),
            _ => None,
        }
    }

    /// `make_const_tuple`: the values of `elts` if all are constants.
    fn const_items(&self, elts: &[ExprId]) -> Option<Vec<Constant>> {
        elts.iter().map(|&e| self.constant(e).cloned()).collect()
    }

    /// `fold_binop`.
    pub(crate) fn fold_binop(&mut self, id: ExprId) {
        let ExprKind::BinOp { left, op, right } = self.ast.exprs[id].kind else {
            return;
        };
        let Some(lv) = self.constant(left) else {
            return;
        };
        if op == Operator::Mod
            && let ExprKind::Tuple { elts, .. } = &self.ast.exprs[right].kind
            && let Constant::Str(fmt) = lv
        {
            if !elts
                .iter()
                .any(|&e| matches!(self.ast.exprs[e].kind, ExprKind::Starred { .. }))
            {
                let (fmt, elts) = (fmt.clone(), elts.clone());
                self.optimize_format(id, &fmt, &elts);
            }
            return;
        }
        let Some(rv) = self.constant(right) else {
            return;
        };
        let value = match op {
            Operator::Mult => safe_multiply(lv, rv),
            Operator::Mod => safe_mod(lv, rv),
            Operator::Pow => safe_power(lv, rv),
            Operator::LShift => safe_lshift(lv, rv),
            Operator::MatMult => None,
            _ => binary_op(op, lv, rv).ok(),
        };
        if let Some(value) = value {
            self.make_const(id, value, Transform::FoldBinOp);
        }
    }

    /// `fold_unaryop`.
    pub(crate) fn fold_unaryop(&mut self, id: ExprId) {
        let ExprKind::UnaryOp { op, operand } = self.ast.exprs[id].kind else {
            return;
        };
        let Some(value) = self.constant(operand) else {
            return self.fold_not_compare(id, op, operand);
        };
        if let Ok(value) = unary_op(op, value) {
            self.make_const(id, value, Transform::FoldUnaryOp);
        }
    }

    /// `not a is b` to `a is not b`, `not a in b` to `a not in b` (and back): the node becomes
    /// the comparison, its position included (CPython's `COPY_NODE`). The other comparisons
    /// are left alone: `==`/`!=` and the orderings need not be each other's negation.
    fn fold_not_compare(&mut self, id: ExprId, op: UnaryOperator, operand: ExprId) {
        if op != UnaryOperator::Not {
            return;
        }
        let operand_node = &self.ast.exprs[operand];
        let ExprKind::Compare {
            left,
            ops,
            comparators,
        } = &operand_node.kind
        else {
            return;
        };
        if ops.len() != 1 {
            return;
        }
        let flipped = match ops[0] {
            CmpOp::Is => CmpOp::IsNot,
            CmpOp::IsNot => CmpOp::Is,
            CmpOp::In => CmpOp::NotIn,
            CmpOp::NotIn => CmpOp::In,
            _ => return,
        };
        let kind = ExprKind::Compare {
            left: *left,
            ops: vec![flipped],
            comparators: comparators.clone(),
        };
        let loc = operand_node.loc;
        self.replace_expr(id, kind, Some(loc), Transform::FoldNotCompare);
    }

    /// `fold_tuple`.
    pub(crate) fn fold_tuple(&mut self, id: ExprId) {
        let ExprKind::Tuple {
            elts,
            ctx: ExprContext::Load,
        } = &self.ast.exprs[id].kind
        else {
            return;
        };
        if let Some(items) = self.const_items(elts) {
            self.make_const(id, Constant::Tuple(items.into()), Transform::FoldTuple);
        }
    }

    /// `fold_subscr`.
    pub(crate) fn fold_subscr(&mut self, id: ExprId) {
        let ExprKind::Subscript {
            value,
            slice,
            ctx: ExprContext::Load,
        } = self.ast.exprs[id].kind
        else {
            return;
        };
        let (Some(v), Some(i)) = (self.constant(value), self.constant(slice)) else {
            return;
        };
        if let Ok(item) = get_item(v, i) {
            self.make_const(id, item, Transform::FoldSubscript);
        }
    }

    /// `fold_iter`: a list display becomes a tuple display (unless it has a starred item), and
    /// a list or set display of constants a constant tuple or frozenset.
    pub(crate) fn fold_iter(&mut self, id: ExprId) {
        match &self.ast.exprs[id].kind {
            ExprKind::List { elts, ctx } => {
                if elts
                    .iter()
                    .any(|&e| matches!(self.ast.exprs[e].kind, ExprKind::Starred { .. }))
                {
                    return;
                }
                let (elts, ctx) = (elts.clone(), *ctx);
                if let Some(items) = self.const_items(&elts) {
                    self.make_const(id, Constant::Tuple(items.into()), Transform::IterToConstant);
                } else {
                    self.replace_expr(
                        id,
                        ExprKind::Tuple { elts, ctx },
                        None,
                        Transform::IterListToTuple,
                    );
                }
            }
            ExprKind::Set { elts } => {
                if let Some(items) = self.const_items(elts) {
                    let set = Constant::FrozenSet(frozenset_items(items));
                    self.make_const(id, set, Transform::IterToConstant);
                }
            }
            _ => {}
        }
    }

    /// `fold_compare`: the right operand of a last `in` or `not in`.
    pub(crate) fn fold_compare(&mut self, id: ExprId) {
        let ExprKind::Compare {
            ops, comparators, ..
        } = &self.ast.exprs[id].kind
        else {
            return;
        };
        if let (Some(CmpOp::In | CmpOp::NotIn), Some(&last)) = (ops.last(), comparators.last()) {
            self.fold_iter(last);
        }
    }
}

//! The compiler's SyntaxWarnings (`Python/compile.c`): `check_compare` ("is" with a literal),
//! `compiler_assert`'s always-true tuple, `check_caller`, `check_subscripter` and
//! `check_index` (a literal called or subscripted: a missed comma), with `infer_type`.
//! They are collected by [`Compiler::warn`] at the current location.

use taipan_ast::{CmpOp, Constant, ExprId, ExprKind};

use super::Compiler;

impl<'a> Compiler<'a> {
    /// `check_compare`: `is` / `is not` with an operand that is a literal other than `None`,
    /// `True`, `False` or `...`.
    pub(crate) fn check_compare(&mut self, left: ExprId, ops: &[CmpOp], comparators: &[ExprId]) {
        let mut left_ok = self.is_arg(left);
        for (op, &right) in ops.iter().zip(comparators) {
            let right_ok = self.is_arg(right);
            if matches!(op, CmpOp::Is | CmpOp::IsNot) && !(left_ok && right_ok) {
                self.warn(if *op == CmpOp::Is {
                    "\"is\" with a literal. Did you mean \"==\"?"
                } else {
                    "\"is not\" with a literal. Did you mean \"!=\"?"
                });
                return;
            }
            left_ok = right_ok;
        }
    }

    fn is_arg(&self, e: ExprId) -> bool {
        match &self.ast.expr(e).kind {
            ExprKind::Constant { value, .. } => matches!(
                value,
                Constant::None | Constant::Bool(_) | Constant::Ellipsis
            ),
            _ => true,
        }
    }

    /// `compiler_assert`'s check: a non-empty tuple as the test is always true.
    pub(crate) fn check_assert(&mut self, test: ExprId) {
        let always_true = match &self.ast.expr(test).kind {
            ExprKind::Tuple { elts, .. } => !elts.is_empty(),
            ExprKind::Constant {
                value: Constant::Tuple(items),
                ..
            } => !items.is_empty(),
            _ => false,
        };
        if always_true {
            self.warn("assertion is always true, perhaps remove parentheses?");
        }
    }

    /// `check_caller`: a literal that cannot be called.
    pub(crate) fn check_caller(&mut self, func: ExprId) {
        let warn = matches!(
            self.ast.expr(func).kind,
            ExprKind::Constant { .. }
                | ExprKind::Tuple { .. }
                | ExprKind::List { .. }
                | ExprKind::ListComp { .. }
                | ExprKind::Dict { .. }
                | ExprKind::DictComp { .. }
                | ExprKind::Set { .. }
                | ExprKind::SetComp { .. }
                | ExprKind::GeneratorExp { .. }
                | ExprKind::JoinedStr { .. }
                | ExprKind::FormattedValue { .. }
        );
        if let (true, Some(t)) = (warn, self.infer_type(func)) {
            self.warn(format!(
                "'{t}' object is not callable; perhaps you missed a comma?"
            ));
        }
    }

    /// `check_subscripter` and `check_index`, for a subscript that loads.
    pub(crate) fn check_subscript(&mut self, value: ExprId, slice: ExprId) {
        let warn = match &self.ast.expr(value).kind {
            ExprKind::Constant { value, .. } => matches!(
                value,
                Constant::None
                    | Constant::Ellipsis
                    | Constant::Int(_)
                    | Constant::Bool(_)
                    | Constant::Float(_)
                    | Constant::Complex { .. }
                    | Constant::FrozenSet(_)
            ),
            ExprKind::Set { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Lambda { .. } => true,
            _ => false,
        };
        if let (true, Some(t)) = (warn, self.infer_type(value)) {
            self.warn(format!(
                "'{t}' object is not subscriptable; perhaps you missed a comma?"
            ));
            return;
        }
        let Some(index) = self.infer_type(slice) else {
            return;
        };
        if matches!(index, "int" | "bool" | "slice") {
            return;
        }
        let warn = match &self.ast.expr(value).kind {
            ExprKind::Constant { value, .. } => matches!(
                value,
                Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_)
            ),
            ExprKind::Tuple { .. }
            | ExprKind::List { .. }
            | ExprKind::ListComp { .. }
            | ExprKind::JoinedStr { .. }
            | ExprKind::FormattedValue { .. } => true,
            _ => false,
        };
        if let (true, Some(t)) = (warn, self.infer_type(value)) {
            self.warn(format!(
                "{t} indices must be integers or slices, not {index}; perhaps you missed a comma?"
            ));
        }
    }

    /// `infer_type`: the type's name of a literal's value.
    fn infer_type(&self, e: ExprId) -> Option<&'static str> {
        Some(match &self.ast.expr(e).kind {
            ExprKind::Tuple { .. } => "tuple",
            ExprKind::List { .. } | ExprKind::ListComp { .. } => "list",
            ExprKind::Dict { .. } | ExprKind::DictComp { .. } => "dict",
            ExprKind::Set { .. } | ExprKind::SetComp { .. } => "set",
            ExprKind::GeneratorExp { .. } => "generator",
            ExprKind::Lambda { .. } => "function",
            ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "str",
            ExprKind::Constant { value, .. } => value.type_name(),
            _ => return None,
        })
    }
}

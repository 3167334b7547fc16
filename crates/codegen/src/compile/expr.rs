//! Expressions (`compiler_visit_expr1`): names, constants, operators, boolean operators and
//! conditional jumps (`compiler_jump_if`), comparisons (chained ones included), containers
//! with star-unpacking, subscripts and slices, attributes, f-strings, `yield`, `await`,
//! assignment targets (`assignment_helper`).

use taipan_ast::{
    BoolOperator, CmpOp, Constant, ExprContext, ExprId, ExprKind, Loc, Operator, UnaryOperator,
};
use taipan_bytecode::{JumpKind, Opcode};

use super::{CResult, Compiler, ScopeKind};

/// CPython's `STACK_USE_GUIDELINE`.
pub(crate) const STACK_USE_GUIDELINE: usize = 30;

/// The `BINARY_OP` argument of an operator (`NB_*`).
pub(crate) fn binop_arg(op: Operator) -> u32 {
    match op {
        Operator::Add => 0,
        Operator::BitAnd => 1,
        Operator::FloorDiv => 2,
        Operator::LShift => 3,
        Operator::MatMult => 4,
        Operator::Mult => 5,
        Operator::Mod => 6,
        Operator::BitOr => 7,
        Operator::Pow => 8,
        Operator::RShift => 9,
        Operator::Sub => 10,
        Operator::Div => 11,
        Operator::BitXor => 12,
    }
}

impl<'a> Compiler<'a> {
    /// `compiler_visit_expr`: visits with the expression's location, restoring the old one.
    pub(crate) fn expr(&mut self, id: ExprId) -> CResult {
        self.enter_nested()?;
        let old = self.ur().loc;
        self.set_loc(self.ast.expr(id).loc);
        let r = self.expr_inner(id);
        self.u().loc = old;
        self.leave_nested();
        r
    }

    /// `update_start_location_to_match_attr`.
    pub(crate) fn update_start_location_to_match_attr(
        &mut self,
        loc: Loc,
        attr: taipan_ast::Identifier,
    ) {
        let len = self.ident(attr).chars().count() as i32;
        let u = self.u();
        if u.loc.lineno != loc.end_lineno as i32 {
            u.loc.lineno = loc.end_lineno as i32;
            if len <= loc.end_col_offset as i32 {
                u.loc.col = loc.end_col_offset as i32 - len;
            } else {
                u.loc.col = -1;
                u.loc.end_col = -1;
            }
            u.loc.end_lineno = u.loc.end_lineno.max(u.loc.lineno);
            if u.loc.lineno == u.loc.end_lineno {
                u.loc.end_col = u.loc.end_col.max(u.loc.col);
            }
        }
    }

    fn expr_inner(&mut self, id: ExprId) -> CResult {
        let ast = self.ast;
        let e = ast.expr(id);
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                self.expr(*value)?;
                self.emit(Opcode::COPY, 1);
                self.expr(*target)?;
            }
            ExprKind::BoolOp { op, values } => {
                let jump = match op {
                    BoolOperator::And => JumpKind::JumpIfFalseOrPop,
                    BoolOperator::Or => JumpKind::JumpIfTrueOrPop,
                };
                let end = self.new_block();
                let n = values.len() - 1;
                for &v in &values[..n] {
                    self.expr(v)?;
                    self.jump(jump, end);
                    self.next_block();
                }
                self.expr(values[n])?;
                self.use_next(end);
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(*left)?;
                self.expr(*right)?;
                self.emit(Opcode::BINARY_OP, binop_arg(*op));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(*operand)?;
                let op = match op {
                    UnaryOperator::Invert => Opcode::UNARY_INVERT,
                    UnaryOperator::Not => Opcode::UNARY_NOT,
                    UnaryOperator::UAdd => Opcode::UNARY_POSITIVE,
                    UnaryOperator::USub => Opcode::UNARY_NEGATIVE,
                };
                self.emit(op, 0);
            }
            ExprKind::Lambda { args, body } => self.lambda(id, args, *body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_block();
                let next = self.new_block();
                self.jump_if(*test, next, false)?;
                self.expr(*body)?;
                self.jump_noline(JumpKind::Jump, end);
                self.use_next(next);
                self.expr(*orelse)?;
                self.use_next(end);
            }
            ExprKind::Dict { keys, values } => self.dict(keys, values)?,
            ExprKind::Set { elts } => self.starunpack(
                elts,
                0,
                Opcode::BUILD_SET,
                Opcode::SET_ADD,
                Opcode::SET_UPDATE,
                false,
            )?,
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => self.comprehension(id)?,
            ExprKind::Yield { value } => {
                if !self.ste().is_optimized() {
                    return Err(self.error("'yield' outside function"));
                }
                match value {
                    Some(v) => self.expr(*v)?,
                    None => self.load_const(Constant::None),
                }
                self.emit_yield();
            }
            ExprKind::YieldFrom { value } => {
                if !self.ste().is_optimized() {
                    return Err(self.error("'yield' outside function"));
                }
                if self.ur().scope == ScopeKind::AsyncFunction {
                    return Err(self.error("'yield from' inside async function"));
                }
                self.expr(*value)?;
                self.emit(Opcode::GET_YIELD_FROM_ITER, 0);
                self.load_const(Constant::None);
                self.yield_from(false);
            }
            ExprKind::Await { value } => {
                if !self.ste().is_optimized() {
                    return Err(self.error("'await' outside function"));
                }
                if !matches!(
                    self.ur().scope,
                    ScopeKind::AsyncFunction | ScopeKind::Comprehension
                ) {
                    return Err(self.error("'await' outside async function"));
                }
                self.expr(*value)?;
                self.emit(Opcode::GET_AWAITABLE, 0);
                self.load_const(Constant::None);
                self.yield_from(true);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(*left, ops, comparators)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(*func, args, keywords)?,
            ExprKind::Constant { value, .. } => self.load_const(value.clone()),
            ExprKind::JoinedStr { values } => {
                if values.len() > STACK_USE_GUIDELINE {
                    self.load_const(Constant::str(""));
                    self.emit_name_raw(Opcode::LOAD_METHOD, "join");
                    self.emit(Opcode::BUILD_LIST, 0);
                    for &v in values {
                        self.expr(v)?;
                        self.emit(Opcode::LIST_APPEND, 1);
                    }
                    self.emit(Opcode::PRECALL, 1);
                    self.emit(Opcode::CALL, 1);
                } else {
                    for &v in values {
                        self.expr(v)?;
                    }
                    if values.len() != 1 {
                        self.emit(Opcode::BUILD_STRING, values.len() as u32);
                    }
                }
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(*value)?;
                let mut arg = match *conversion {
                    115 => 1,
                    114 => 2,
                    97 => 3,
                    _ => 0,
                };
                if let Some(spec) = format_spec {
                    self.expr(*spec)?;
                    arg |= 4;
                }
                self.emit(Opcode::FORMAT_VALUE, arg);
            }
            ExprKind::Attribute { value, attr, ctx } => {
                self.expr(*value)?;
                self.update_start_location_to_match_attr(e.loc, *attr);
                self.forbidden_name(self.ident(*attr), *ctx)?;
                let op = match ctx {
                    ExprContext::Load => Opcode::LOAD_ATTR,
                    ExprContext::Store => Opcode::STORE_ATTR,
                    ExprContext::Del => Opcode::DELETE_ATTR,
                };
                self.emit_name(op, self.ident(*attr));
            }
            ExprKind::Subscript { value, slice, ctx } => {
                if *ctx == ExprContext::Load {
                    self.check_subscript(*value, *slice);
                }
                self.expr(*value)?;
                self.expr(*slice)?;
                let op = match ctx {
                    ExprContext::Load => Opcode::BINARY_SUBSCR,
                    ExprContext::Store => Opcode::STORE_SUBSCR,
                    ExprContext::Del => Opcode::DELETE_SUBSCR,
                };
                self.emit(op, 0);
            }
            ExprKind::Starred { ctx, .. } => {
                return Err(self.error(if *ctx == ExprContext::Store {
                    "starred assignment target must be in a list or tuple"
                } else {
                    "can't use starred expression here"
                }));
            }
            ExprKind::Slice { lower, upper, step } => {
                let mut n = 2;
                match lower {
                    Some(l) => self.expr(*l)?,
                    None => self.load_const(Constant::None),
                }
                match upper {
                    Some(u) => self.expr(*u)?,
                    None => self.load_const(Constant::None),
                }
                if let Some(s) = step {
                    n += 1;
                    self.expr(*s)?;
                }
                self.emit(Opcode::BUILD_SLICE, n);
            }
            ExprKind::Name { id, ctx } => self.nameop(self.ident(*id), *ctx)?,
            ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => {
                let tuple = matches!(e.kind, ExprKind::Tuple { .. });
                match ctx {
                    ExprContext::Store => self.assignment_helper(elts)?,
                    ExprContext::Load => self.starunpack(
                        elts,
                        0,
                        Opcode::BUILD_LIST,
                        Opcode::LIST_APPEND,
                        Opcode::LIST_EXTEND,
                        tuple,
                    )?,
                    ExprContext::Del => {
                        for &x in elts {
                            self.expr(x)?;
                        }
                    }
                }
            }
        }
        Ok(())
    }

    /// `ADDOP_YIELD`.
    pub(crate) fn emit_yield(&mut self) {
        if self.ste().generator && self.ste().coroutine {
            self.emit(Opcode::ASYNC_GEN_WRAP, 0);
        }
        self.emit(Opcode::YIELD_VALUE, 0);
        self.emit(Opcode::RESUME, 1);
    }

    /// `assignment_helper`: unpacking into a tuple or list target.
    fn assignment_helper(&mut self, elts: &[ExprId]) -> CResult {
        let ast = self.ast;
        let n = elts.len();
        let mut seen_star = false;
        for (i, &e) in elts.iter().enumerate() {
            if matches!(ast.expr(e).kind, ExprKind::Starred { .. }) {
                if seen_star {
                    return Err(self.error("multiple starred expressions in assignment"));
                }
                if i >= 256 || n - i - 1 >= (i32::MAX >> 8) as usize {
                    return Err(self.error("too many expressions in star-unpacking assignment"));
                }
                self.emit(Opcode::UNPACK_EX, (i + ((n - i - 1) << 8)) as u32);
                seen_star = true;
            }
        }
        if !seen_star {
            self.emit(Opcode::UNPACK_SEQUENCE, n as u32);
        }
        for &e in elts {
            match &ast.expr(e).kind {
                ExprKind::Starred { value, .. } => self.expr(*value)?,
                _ => self.expr(e)?,
            }
        }
        Ok(())
    }

    fn is_const(&self, e: ExprId) -> Option<&'a Constant> {
        let ast: &'a taipan_ast::Ast = self.ast;
        match &ast.expr(e).kind {
            ExprKind::Constant { value, .. } => Some(value),
            _ => None,
        }
    }

    /// `starunpack_helper`.
    pub(crate) fn starunpack(
        &mut self,
        elts: &[ExprId],
        pushed: u32,
        build: Opcode,
        add: Opcode,
        extend: Opcode,
        tuple: bool,
    ) -> CResult {
        let ast = self.ast;
        let n = elts.len();
        if n > 2 && elts.iter().all(|&e| self.is_const(e).is_some()) {
            let items: Vec<Constant> = elts
                .iter()
                .map(|&e| self.is_const(e).cloned().unwrap_or(Constant::None))
                .collect();
            if tuple && pushed == 0 {
                self.load_const(Constant::Tuple(items.into()));
            } else {
                let folded = if add == Opcode::SET_ADD {
                    Constant::FrozenSet(taipan_numeric::frozenset_items(items))
                } else {
                    Constant::Tuple(items.into())
                };
                self.emit(build, pushed);
                self.load_const(folded);
                self.emit(extend, 1);
                if tuple {
                    self.emit(Opcode::LIST_TO_TUPLE, 0);
                }
            }
            return Ok(());
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        let seen_star = elts
            .iter()
            .any(|&e| matches!(ast.expr(e).kind, ExprKind::Starred { .. }));
        if !seen_star && !big {
            for &e in elts {
                self.expr(e)?;
            }
            let op = if tuple { Opcode::BUILD_TUPLE } else { build };
            self.emit(op, n as u32 + pushed);
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(build, pushed);
            built = true;
        }
        for (i, &e) in elts.iter().enumerate() {
            if let ExprKind::Starred { value, .. } = &ast.expr(e).kind {
                if !built {
                    self.emit(build, i as u32 + pushed);
                    built = true;
                }
                self.expr(*value)?;
                self.emit(extend, 1);
            } else {
                self.expr(e)?;
                if built {
                    self.emit(add, 1);
                }
            }
        }
        if tuple {
            self.emit(Opcode::LIST_TO_TUPLE, 0);
        }
        Ok(())
    }

    /// `compiler_subdict`.
    fn subdict(
        &mut self,
        keys: &[Option<ExprId>],
        values: &[ExprId],
        begin: usize,
        end: usize,
    ) -> CResult {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1
            && !big
            && keys[begin..end]
                .iter()
                .all(|k| k.is_some_and(|k| self.is_const(k).is_some()))
        {
            for &v in &values[begin..end] {
                self.expr(v)?;
            }
            let ks: Vec<Constant> = keys[begin..end]
                .iter()
                .map(|k| {
                    k.and_then(|k| self.is_const(k).cloned())
                        .unwrap_or(Constant::None)
                })
                .collect();
            self.load_const(Constant::Tuple(ks.into()));
            self.emit(Opcode::BUILD_CONST_KEY_MAP, n as u32);
            return Ok(());
        }
        if big {
            self.emit(Opcode::BUILD_MAP, 0);
        }
        for i in begin..end {
            if let Some(k) = keys[i] {
                self.expr(k)?;
            }
            self.expr(values[i])?;
            if big {
                self.emit(Opcode::MAP_ADD, 1);
            }
        }
        if !big {
            self.emit(Opcode::BUILD_MAP, n as u32);
        }
        Ok(())
    }

    /// `compiler_dict`.
    fn dict(&mut self, keys: &[Option<ExprId>], values: &[ExprId]) -> CResult {
        let n = values.len();
        let mut have_dict = false;
        let mut elements = 0;
        for i in 0..n {
            if keys[i].is_none() {
                if elements > 0 {
                    self.subdict(keys, values, i - elements, i)?;
                    if have_dict {
                        self.emit(Opcode::DICT_UPDATE, 1);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit(Opcode::BUILD_MAP, 0);
                    have_dict = true;
                }
                self.expr(values[i])?;
                self.emit(Opcode::DICT_UPDATE, 1);
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(keys, values, i - elements, i + 1)?;
                if have_dict {
                    self.emit(Opcode::DICT_UPDATE, 1);
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(keys, values, n - elements, n)?;
            if have_dict {
                self.emit(Opcode::DICT_UPDATE, 1);
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Opcode::BUILD_MAP, 0);
        }
        Ok(())
    }

    /// `compiler_addcompare`.
    pub(crate) fn emit_compare(&mut self, op: CmpOp) {
        let (opc, arg) = match op {
            CmpOp::Lt => (Opcode::COMPARE_OP, 0),
            CmpOp::LtE => (Opcode::COMPARE_OP, 1),
            CmpOp::Eq => (Opcode::COMPARE_OP, 2),
            CmpOp::NotEq => (Opcode::COMPARE_OP, 3),
            CmpOp::Gt => (Opcode::COMPARE_OP, 4),
            CmpOp::GtE => (Opcode::COMPARE_OP, 5),
            CmpOp::Is => (Opcode::IS_OP, 0),
            CmpOp::IsNot => (Opcode::IS_OP, 1),
            CmpOp::In => (Opcode::CONTAINS_OP, 0),
            CmpOp::NotIn => (Opcode::CONTAINS_OP, 1),
        };
        self.emit(opc, arg);
    }

    /// `compiler_compare`.
    fn compare(&mut self, left: ExprId, ops: &[CmpOp], comparators: &[ExprId]) -> CResult {
        self.check_compare(left, ops, comparators);
        self.expr(left)?;
        let n = ops.len() - 1;
        if n == 0 {
            self.expr(comparators[0])?;
            self.emit_compare(ops[0]);
            return Ok(());
        }
        let cleanup = self.new_block();
        for i in 0..n {
            self.expr(comparators[i])?;
            self.emit(Opcode::SWAP, 2);
            self.emit(Opcode::COPY, 2);
            self.emit_compare(ops[i]);
            self.jump(JumpKind::JumpIfFalseOrPop, cleanup);
        }
        self.expr(comparators[n])?;
        self.emit_compare(ops[n]);
        let end = self.new_block();
        self.jump_noline(JumpKind::Jump, end);
        self.use_next(cleanup);
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_TOP, 0);
        self.use_next(end);
        Ok(())
    }

    /// `compiler_jump_if`: jumps to `next` when the truth of `e` is `cond`.
    pub(crate) fn jump_if(&mut self, e: ExprId, next: u32, cond: bool) -> CResult {
        self.enter_nested()?;
        let r = self.jump_if_inner(e, next, cond);
        self.leave_nested();
        r
    }

    fn jump_if_inner(&mut self, e: ExprId, next: u32, cond: bool) -> CResult {
        let ast = self.ast;
        match &ast.expr(e).kind {
            ExprKind::UnaryOp {
                op: UnaryOperator::Not,
                operand,
            } => return self.jump_if(*operand, next, !cond),
            ExprKind::BoolOp { op, values } => {
                let n = values.len() - 1;
                let cond2 = *op == BoolOperator::Or;
                let next2 = if cond2 != cond {
                    self.new_block()
                } else {
                    next
                };
                for &v in &values[..n] {
                    self.jump_if(v, next2, cond2)?;
                }
                self.jump_if(values[n], next, cond)?;
                if next2 != next {
                    self.use_next(next2);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_block();
                let next2 = self.new_block();
                self.jump_if(*test, next2, false)?;
                self.jump_if(*body, next, cond)?;
                self.jump_noline(JumpKind::Jump, end);
                self.use_next(next2);
                self.jump_if(*orelse, next, cond)?;
                self.use_next(end);
                return Ok(());
            }
            ExprKind::Compare { .. } if true => {
                // 3.11.7 sets the comparison's location for the test and its jumps, and
                // leaves it set.
                self.set_loc(ast.expr(e).loc);
            }
            _ => {}
        }
        if let ExprKind::Compare {
            left,
            ops,
            comparators,
        } = &ast.expr(e).kind
        {
            if ops.len() > 1 {
                self.check_compare(*left, ops, comparators);
                let n = ops.len() - 1;
                let cleanup = self.new_block();
                self.expr(*left)?;
                for i in 0..n {
                    self.expr(comparators[i])?;
                    self.emit(Opcode::SWAP, 2);
                    self.emit(Opcode::COPY, 2);
                    self.emit_compare(ops[i]);
                    self.jump(JumpKind::PopJumpIfFalse, cleanup);
                }
                self.expr(comparators[n])?;
                self.emit_compare(ops[n]);
                self.jump(
                    if cond {
                        JumpKind::PopJumpIfTrue
                    } else {
                        JumpKind::PopJumpIfFalse
                    },
                    next,
                );
                let end = self.new_block();
                self.jump_noline(JumpKind::Jump, end);
                self.use_next(cleanup);
                self.emit(Opcode::POP_TOP, 0);
                if !cond {
                    self.jump_noline(JumpKind::Jump, next);
                }
                self.use_next(end);
                return Ok(());
            }
        }
        self.expr(e)?;
        self.jump(
            if cond {
                JumpKind::PopJumpIfTrue
            } else {
                JumpKind::PopJumpIfFalse
            },
            next,
        );
        self.next_block();
        Ok(())
    }
}

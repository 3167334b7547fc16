//! `match` statements (`compiler_match` and `compiler_pattern_*` of 3.11): the subject kept on
//! the stack, one pattern per case with its captures rotated under what must stay, the
//! `fail_pop` blocks that pop what a failed match left, `MATCH_SEQUENCE` / `MATCH_MAPPING` /
//! `MATCH_CLASS` / `MATCH_KEYS`, or-patterns that reorder their captures to the first
//! alternative's, and the pattern SyntaxErrors compile.c raises.

use taipan_ast::{Constant, ExprContext, ExprId, ExprKind, Int, MatchCase, PatternId, PatternKind};
use taipan_bytecode::{JumpKind, Opcode};

use super::ir::BlockIdx;
use super::{CResult, Compiler};
use taipan_ast::repr::constant_repr;

/// CPython's `pattern_context`.
#[derive(Clone, Default)]
struct PatternContext {
    /// The names captured so far (their values are on the stack, in this order).
    stores: Vec<String>,
    allow_irrefutable: bool,
    /// `fail_pop[n]` pops `n` items and goes on to the next case.
    fail_pop: Vec<BlockIdx>,
    /// Items on top of the stack that a failure must pop.
    on_top: usize,
}

fn name_repr(name: &str) -> String {
    constant_repr(&Constant::str(name))
}

impl<'a> Compiler<'a> {
    fn is_wildcard(&self, p: PatternId) -> bool {
        matches!(
            self.ast.pattern(p).kind,
            PatternKind::MatchAs {
                pattern: None,
                name: None
            }
        )
    }
    fn is_star_wildcard(&self, p: PatternId) -> bool {
        matches!(
            self.ast.pattern(p).kind,
            PatternKind::MatchStar { name: None }
        )
    }

    /// `compiler_match_inner`.
    pub(crate) fn match_stmt(&mut self, subject: ExprId, cases: &[MatchCase]) -> CResult {
        self.expr(subject)?;
        let end = self.new_block();
        let n = cases.len();
        let has_default = n > 1 && self.is_wildcard(cases[n - 1].pattern);
        let mut pc = PatternContext::default();
        for (i, m) in cases[..n - usize::from(has_default)].iter().enumerate() {
            self.set_loc(self.ast.pattern(m.pattern).loc);
            let last = i + 1 == n - usize::from(has_default);
            if !last {
                self.emit(Opcode::COPY, 1);
            }
            pc.stores.clear();
            pc.allow_irrefutable = m.guard.is_some() || i + 1 == n;
            pc.fail_pop.clear();
            pc.on_top = 0;
            self.pattern(m.pattern, &mut pc)?;
            for name in std::mem::take(&mut pc.stores) {
                self.nameop(&name, ExprContext::Store)?;
            }
            if let Some(g) = m.guard {
                self.ensure_fail_pop(&mut pc, 0);
                self.jump_if(g, pc.fail_pop[0], false)?;
            }
            if !last {
                self.emit(Opcode::POP_TOP, 0);
            }
            self.stmts(&m.body)?;
            self.jump_noline(JumpKind::Jump, end);
            self.set_loc(self.ast.pattern(m.pattern).loc);
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            let m = &cases[n - 1];
            self.set_loc(self.ast.pattern(m.pattern).loc);
            if n == 1 {
                self.emit(Opcode::POP_TOP, 0);
            } else {
                self.emit(Opcode::NOP, 0);
            }
            if let Some(g) = m.guard {
                self.jump_if(g, end, false)?;
            }
            self.stmts(&m.body)?;
        }
        self.use_next(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternContext, n: usize) {
        while pc.fail_pop.len() < n + 1 {
            let b = self.new_block();
            pc.fail_pop.push(b);
        }
    }

    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext, kind: JumpKind) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        self.jump(kind, pc.fail_pop[pops]);
        self.next_block();
    }

    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternContext) {
        if pc.fail_pop.is_empty() {
            self.next_block();
            return;
        }
        for i in (1..pc.fail_pop.len()).rev() {
            self.use_next(pc.fail_pop[i]);
            self.emit(Opcode::POP_TOP, 0);
        }
        self.use_next(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    fn rotate(&mut self, mut count: usize) {
        while count > 1 {
            self.emit(Opcode::SWAP, count as u32);
            count -= 1;
        }
    }

    fn store_name(
        &mut self,
        name: Option<taipan_ast::Identifier>,
        pc: &mut PatternContext,
    ) -> CResult {
        let Some(n) = name else {
            self.emit(Opcode::POP_TOP, 0);
            return Ok(());
        };
        let n = self.ident(n);
        self.forbidden_name(n, taipan_ast::ExprContext::Store)?;
        if pc.stores.iter().any(|s| s == n) {
            return Err(self.error(format!(
                "multiple assignments to name {} in pattern",
                name_repr(n)
            )));
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(n.to_string());
        Ok(())
    }

    fn subpattern(&mut self, p: PatternId, pc: &mut PatternContext) -> CResult {
        let allow = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.pattern(p, pc)?;
        pc.allow_irrefutable = allow;
        Ok(())
    }

    fn pattern(&mut self, p: PatternId, pc: &mut PatternContext) -> CResult {
        self.enter_nested()?;
        let r = self.pattern_inner(p, pc);
        self.leave_nested();
        r
    }

    fn load_int(&mut self, v: usize) {
        self.load_const(Constant::Int(Int::Small(v as i64)));
    }

    fn pattern_inner(&mut self, p: PatternId, pc: &mut PatternContext) -> CResult {
        let ast = self.ast;
        let pat = ast.pattern(p);
        self.set_loc(pat.loc);
        match &pat.kind {
            PatternKind::MatchValue { value } => {
                if !matches!(
                    ast.expr(*value).kind,
                    ExprKind::Constant { .. } | ExprKind::Attribute { .. }
                ) {
                    return Err(
                        self.error("patterns may only match literals and attribute lookups")
                    );
                }
                self.expr(*value)?;
                self.emit_compare(taipan_ast::CmpOp::Eq);
                self.jump_to_fail_pop(pc, JumpKind::PopJumpIfFalse);
            }
            PatternKind::MatchSingleton { value } => {
                self.load_const(value.clone());
                self.emit_compare(taipan_ast::CmpOp::Is);
                self.jump_to_fail_pop(pc, JumpKind::PopJumpIfFalse);
            }
            PatternKind::MatchSequence { patterns } => self.pattern_sequence(patterns, pc)?,
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.pattern_mapping(keys, patterns, *rest, pc)?,
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.pattern_class(p, *cls, patterns, kwd_attrs, kwd_patterns, pc)?,
            PatternKind::MatchStar { name } => self.store_name(*name, pc)?,
            PatternKind::MatchAs { pattern, name } => match pattern {
                None => {
                    if !pc.allow_irrefutable {
                        return Err(self.error(match name {
                            Some(n) => format!(
                                "name capture {} makes remaining patterns unreachable",
                                name_repr(self.ident(*n))
                            ),
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        }));
                    }
                    self.store_name(*name, pc)?;
                }
                Some(inner) => {
                    pc.on_top += 1;
                    self.emit(Opcode::COPY, 1);
                    self.pattern(*inner, pc)?;
                    pc.on_top -= 1;
                    self.store_name(*name, pc)?;
                }
            },
            PatternKind::MatchOr { patterns } => self.pattern_or(patterns, pc)?,
        }
        Ok(())
    }

    fn pattern_sequence(&mut self, patterns: &[PatternId], pc: &mut PatternContext) -> CResult {
        let ast = self.ast;
        let size = patterns.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, &q) in patterns.iter().enumerate() {
            if matches!(ast.pattern(q).kind, PatternKind::MatchStar { .. }) {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern"));
                }
                star_wildcard = self.is_star_wildcard(q);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= self.is_wildcard(q);
        }
        pc.on_top += 1;
        self.emit(Opcode::MATCH_SEQUENCE, 0);
        self.jump_to_fail_pop(pc, JumpKind::PopJumpIfFalse);
        match star {
            None => {
                self.emit(Opcode::GET_LEN, 0);
                self.load_int(size);
                self.emit_compare(taipan_ast::CmpOp::Eq);
                self.jump_to_fail_pop(pc, JumpKind::PopJumpIfFalse);
            }
            Some(_) if size > 1 => {
                self.emit(Opcode::GET_LEN, 0);
                self.load_int(size - 1);
                self.emit_compare(taipan_ast::CmpOp::GtE);
                self.jump_to_fail_pop(pc, JumpKind::PopJumpIfFalse);
            }
            _ => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(Opcode::POP_TOP, 0);
        } else if star_wildcard {
            let star = star.unwrap_or(0);
            pc.on_top += 1;
            for (i, &q) in patterns.iter().enumerate() {
                if self.is_wildcard(q) || i == star {
                    continue;
                }
                self.emit(Opcode::COPY, 1);
                if i < star {
                    self.load_int(i);
                } else {
                    self.emit(Opcode::GET_LEN, 0);
                    self.load_int(size - i);
                    self.emit(
                        Opcode::BINARY_OP,
                        super::expr::binop_arg(taipan_ast::Operator::Sub),
                    );
                }
                self.emit(Opcode::BINARY_SUBSCR, 0);
                self.subpattern(q, pc)?;
            }
            pc.on_top -= 1;
            self.emit(Opcode::POP_TOP, 0);
        } else {
            // pattern_unpack_helper
            let mut seen_star = false;
            for (i, &q) in patterns.iter().enumerate() {
                if matches!(ast.pattern(q).kind, PatternKind::MatchStar { .. }) && !seen_star {
                    if i >= 256 || size - i - 1 >= (i32::MAX >> 8) as usize {
                        return Err(
                            self.error("too many expressions in star-unpacking sequence pattern")
                        );
                    }
                    self.emit(Opcode::UNPACK_EX, (i + ((size - i - 1) << 8)) as u32);
                    seen_star = true;
                }
            }
            if !seen_star {
                self.emit(Opcode::UNPACK_SEQUENCE, size as u32);
            }
            pc.on_top += size;
            for &q in patterns {
                pc.on_top -= 1;
                self.subpattern(q, pc)?;
            }
        }
        Ok(())
    }

    fn pattern_mapping(
        &mut self,
        keys: &[ExprId],
        patterns: &[PatternId],
        rest: Option<taipan_ast::Identifier>,
        pc: &mut PatternContext,
    ) -> CResult {
        let ast = self.ast;
        let size = keys.len();
        if size != patterns.len() {
            return Err(self.error(format!(
                "keys ({size}) / patterns ({}) length mismatch in mapping pattern",
                patterns.len()
            )));
        }
        pc.on_top += 1;
        self.emit(Opcode::MATCH_MAPPING, 0);
        self.jump_to_fail_pop(pc, JumpKind::PopJumpIfFalse);
        if size == 0 && rest.is_none() {
            pc.on_top -= 1;
            self.emit(Opcode::POP_TOP, 0);
            return Ok(());
        }
        if size > 0 {
            self.emit(Opcode::GET_LEN, 0);
            self.load_int(size);
            self.emit_compare(taipan_ast::CmpOp::GtE);
            self.jump_to_fail_pop(pc, JumpKind::PopJumpIfFalse);
        }
        let mut seen: Vec<&Constant> = Vec::new();
        for &k in keys {
            match &ast.expr(k).kind {
                ExprKind::Constant { value, .. } => {
                    if seen.iter().any(|s| taipan_numeric::eq(s, value)) {
                        return Err(self.error(format!(
                            "mapping pattern checks duplicate key ({})",
                            constant_repr(value)
                        )));
                    }
                    seen.push(value);
                }
                ExprKind::Attribute { .. } => {}
                _ => {
                    return Err(self.error(
                        "mapping pattern keys may only match literals and attribute lookups",
                    ));
                }
            }
            self.expr(k)?;
        }
        self.emit(Opcode::BUILD_TUPLE, size as u32);
        self.emit(Opcode::MATCH_KEYS, 0);
        pc.on_top += 2;
        self.emit(Opcode::COPY, 1);
        self.load_const(Constant::None);
        self.emit(Opcode::IS_OP, 1);
        self.jump_to_fail_pop(pc, JumpKind::PopJumpIfFalse);
        self.emit(Opcode::UNPACK_SEQUENCE, size as u32);
        pc.on_top += size;
        pc.on_top -= 1;
        for &q in patterns {
            pc.on_top -= 1;
            self.subpattern(q, pc)?;
        }
        pc.on_top -= 2;
        if rest.is_some() {
            self.emit(Opcode::BUILD_MAP, 0);
            self.emit(Opcode::SWAP, 3);
            self.emit(Opcode::DICT_UPDATE, 2);
            self.emit(Opcode::UNPACK_SEQUENCE, size as u32);
            let mut s = size;
            while s > 0 {
                self.emit(Opcode::COPY, 1 + s as u32);
                s -= 1;
                self.emit(Opcode::SWAP, 2);
                self.emit(Opcode::DELETE_SUBSCR, 0);
            }
            self.store_name(rest, pc)?;
        } else {
            self.emit(Opcode::POP_TOP, 0);
            self.emit(Opcode::POP_TOP, 0);
        }
        Ok(())
    }

    fn pattern_class(
        &mut self,
        p: PatternId,
        cls: ExprId,
        patterns: &[PatternId],
        kwd_attrs: &[taipan_ast::Identifier],
        kwd_patterns: &[PatternId],
        pc: &mut PatternContext,
    ) -> CResult {
        let ast = self.ast;
        let nargs = patterns.len();
        let nattrs = kwd_attrs.len();
        if nattrs != kwd_patterns.len() {
            return Err(self.error(format!(
                "kwd_attrs ({nattrs}) / kwd_patterns ({}) length mismatch in class pattern",
                kwd_patterns.len()
            )));
        }
        if nattrs > 0 {
            for (i, &attr) in kwd_attrs.iter().enumerate() {
                self.set_loc(ast.pattern(kwd_patterns[i]).loc);
                if let Some(j) = (i + 1..nattrs).find(|&j| kwd_attrs[j] == attr) {
                    self.set_loc(ast.pattern(kwd_patterns[j]).loc);
                    return Err(self.error(format!(
                        "attribute name repeated in class pattern: {}",
                        self.ident(attr)
                    )));
                }
            }
            self.set_loc(ast.pattern(p).loc);
        }
        self.expr(cls)?;
        let names: Vec<Constant> = kwd_attrs
            .iter()
            .map(|&a| Constant::str(self.ident(a)))
            .collect();
        self.load_const(Constant::Tuple(names.into()));
        self.emit(Opcode::MATCH_CLASS, nargs as u32);
        self.emit(Opcode::COPY, 1);
        self.load_const(Constant::None);
        self.emit(Opcode::IS_OP, 1);
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, JumpKind::PopJumpIfFalse);
        self.emit(Opcode::UNPACK_SEQUENCE, (nargs + nattrs) as u32);
        pc.on_top += nargs + nattrs;
        pc.on_top -= 1;
        for i in 0..nargs + nattrs {
            pc.on_top -= 1;
            let q = if i < nargs {
                patterns[i]
            } else {
                kwd_patterns[i - nargs]
            };
            if self.is_wildcard(q) {
                self.emit(Opcode::POP_TOP, 0);
                continue;
            }
            self.subpattern(q, pc)?;
        }
        Ok(())
    }

    fn pattern_or(&mut self, patterns: &[PatternId], pc: &mut PatternContext) -> CResult {
        let ast = self.ast;
        let end = self.new_block();
        let size = patterns.len();
        let old = pc.clone();
        let mut control: Option<Vec<String>> = None;
        for (i, &alt) in patterns.iter().enumerate() {
            self.set_loc(ast.pattern(alt).loc);
            pc.stores = Vec::new();
            pc.allow_irrefutable = i + 1 == size && old.allow_irrefutable;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Opcode::COPY, 1);
            self.pattern(alt, pc)?;
            let nstores = pc.stores.len();
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctl) if ctl.len() != nstores => {
                    return Err(self.error("alternative patterns bind different names"));
                }
                Some(ctl) => {
                    let ctl = ctl.clone();
                    let mut icontrol = nstores;
                    while icontrol > 0 {
                        icontrol -= 1;
                        let name = &ctl[icontrol];
                        let Some(istores) = pc.stores.iter().position(|s| s == name) else {
                            return Err(self.error("alternative patterns bind different names"));
                        };
                        if icontrol != istores {
                            let rotations = istores + 1;
                            let rotated: Vec<String> = pc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            for (k, r) in rotated.into_iter().enumerate() {
                                pc.stores.insert(at + k, r);
                            }
                            for _ in 0..rotations {
                                self.rotate(icontrol + 1);
                            }
                        }
                    }
                }
            }
            self.jump(JumpKind::Jump, end);
            self.emit_and_reset_fail_pop(pc);
        }
        let control = control.unwrap_or_default();
        *pc = old;
        self.emit(Opcode::POP_TOP, 0);
        self.jump_to_fail_pop(pc, JumpKind::Jump);
        self.use_next(end);
        let nstores = control.len();
        let nrots = nstores + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(self.error(format!(
                    "multiple assignments to name {} in pattern",
                    name_repr(&name)
                )));
            }
            pc.stores.push(name);
        }
        self.emit(Opcode::POP_TOP, 0);
        Ok(())
    }
}

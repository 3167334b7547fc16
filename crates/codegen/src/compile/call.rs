//! Calls: `compiler_call` (`PUSH_NULL` + callable, or `LOAD_METHOD` for `obj.m(...)`),
//! `compiler_call_helper` (`PRECALL`/`CALL` with `KW_NAMES`, or `CALL_FUNCTION_EX` when
//! `*args`/`**kwargs` appear), keyword dictionaries (`compiler_subkwargs`).

use taipan_ast::{Constant, ExprContext, ExprId, ExprKind, Keyword};
use taipan_bytecode::Opcode;

use super::expr::STACK_USE_GUIDELINE;
use super::{CResult, Compiler};

impl<'a> Compiler<'a> {
    /// `compiler_call`.
    pub(crate) fn call(&mut self, func: ExprId, args: &[ExprId], keywords: &[Keyword]) -> CResult {
        if self.maybe_method_call(func, args, keywords)? {
            return Ok(());
        }
        self.check_caller(func);
        let call_loc = self.ur().loc;
        self.set_loc(self.ast.expr(func).loc);
        self.emit(Opcode::PUSH_NULL, 0);
        self.u().loc = call_loc;
        self.expr(func)?;
        self.call_helper(0, args, keywords)
    }

    /// `maybe_optimize_method_call`.
    fn maybe_method_call(
        &mut self,
        func: ExprId,
        args: &[ExprId],
        keywords: &[Keyword],
    ) -> CResult<bool> {
        let ast = self.ast;
        let meth = ast.expr(func);
        let ExprKind::Attribute {
            value,
            attr,
            ctx: ExprContext::Load,
        } = &meth.kind
        else {
            return Ok(false);
        };
        // Not for a name the module imports (`is_import_originated`: the module's symbol
        // table, whatever the scope).
        if let ExprKind::Name { id, .. } = &ast.expr(*value).kind
            && let Some(sym) = self.table.names.lookup(self.ident(*id))
            && self.table.top().flags(sym) & crate::symtable::flags::DEF_IMPORT != 0
        {
            return Ok(false);
        }
        let nargs = args.len();
        let nkw = keywords.len();
        if nargs + nkw + usize::from(nkw != 0) >= STACK_USE_GUIDELINE {
            return Ok(false);
        }
        if args
            .iter()
            .any(|&a| matches!(ast.expr(a).kind, ExprKind::Starred { .. }))
            || keywords.iter().any(|k| k.arg.is_none())
        {
            return Ok(false);
        }
        self.validate_keywords(keywords)?;
        self.expr(*value)?;
        let call_loc = self.ur().loc;
        self.set_loc(meth.loc);
        self.update_start_location_to_match_attr(meth.loc, *attr);
        self.emit_name(Opcode::LOAD_METHOD, self.ident(*attr));
        for &a in args {
            self.expr(a)?;
        }
        if nkw > 0 {
            for k in keywords {
                self.expr(k.value)?;
            }
            self.kw_names(keywords);
        }
        self.u().loc = call_loc;
        self.update_start_location_to_match_attr(meth.loc, *attr);
        self.emit(Opcode::PRECALL, (nargs + nkw) as u32);
        self.emit(Opcode::CALL, (nargs + nkw) as u32);
        self.u().loc = call_loc;
        Ok(true)
    }

    /// `validate_keywords`: no keyword argument given twice.
    fn validate_keywords(&mut self, keywords: &[Keyword]) -> CResult {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = k.arg else { continue };
            self.forbidden_name(self.ident(name), taipan_ast::ExprContext::Store)?;
            if let Some(other) = keywords[i + 1..].iter().find(|o| o.arg == Some(name)) {
                self.set_loc(other.loc);
                return Err(self.error(format!("keyword argument repeated: {}", self.ident(name))));
            }
        }
        Ok(())
    }

    /// `compiler_call_simple_kw_helper`: the `KW_NAMES` tuple.
    fn kw_names(&mut self, keywords: &[Keyword]) {
        let names: Vec<Constant> = keywords
            .iter()
            .map(|k| Constant::str(k.arg.map_or("", |a| self.ident(a))))
            .collect();
        let i = self.add_const(Constant::Tuple(names.into()));
        self.emit(Opcode::KW_NAMES, i);
    }

    /// `compiler_call_helper`: the arguments and the call, `n` values already pushed.
    pub(crate) fn call_helper(&mut self, n: u32, args: &[ExprId], keywords: &[Keyword]) -> CResult {
        let ast = self.ast;
        self.validate_keywords(keywords)?;
        let nelts = args.len();
        let nkw = keywords.len();
        let simple = nelts + nkw * 2 <= STACK_USE_GUIDELINE
            && !args
                .iter()
                .any(|&a| matches!(ast.expr(a).kind, ExprKind::Starred { .. }))
            && !keywords.iter().any(|k| k.arg.is_none());
        if simple {
            for &a in args {
                self.expr(a)?;
            }
            if nkw > 0 {
                for k in keywords {
                    self.expr(k.value)?;
                }
                self.kw_names(keywords);
            }
            let total = n + (nelts + nkw) as u32;
            self.emit(Opcode::PRECALL, total);
            self.emit(Opcode::CALL, total);
            return Ok(());
        }
        // ex_call
        if n == 0
            && nelts == 1
            && let ExprKind::Starred { value, .. } = &ast.expr(args[0]).kind
        {
            self.expr(*value)?;
        } else {
            self.starunpack(
                args,
                n,
                Opcode::BUILD_LIST,
                Opcode::LIST_APPEND,
                Opcode::LIST_EXTEND,
                true,
            )?;
        }
        if nkw > 0 {
            let mut have_dict = false;
            let mut nseen = 0;
            for (i, k) in keywords.iter().enumerate() {
                if k.arg.is_none() {
                    if nseen > 0 {
                        self.subkwargs(keywords, i - nseen, i)?;
                        if have_dict {
                            self.emit(Opcode::DICT_MERGE, 1);
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.emit(Opcode::BUILD_MAP, 0);
                        have_dict = true;
                    }
                    self.expr(k.value)?;
                    self.emit(Opcode::DICT_MERGE, 1);
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.subkwargs(keywords, nkw - nseen, nkw)?;
                if have_dict {
                    self.emit(Opcode::DICT_MERGE, 1);
                }
            }
        }
        self.emit(Opcode::CALL_FUNCTION_EX, u32::from(nkw > 0));
        Ok(())
    }

    /// `compiler_subkwargs`.
    fn subkwargs(&mut self, keywords: &[Keyword], begin: usize, end: usize) -> CResult {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            for k in &keywords[begin..end] {
                self.expr(k.value)?;
            }
            let keys: Vec<Constant> = keywords[begin..end]
                .iter()
                .map(|k| Constant::str(k.arg.map_or("", |a| self.ident(a))))
                .collect();
            self.load_const(Constant::Tuple(keys.into()));
            self.emit(Opcode::BUILD_CONST_KEY_MAP, n as u32);
            return Ok(());
        }
        if big {
            self.emit_noline(Opcode::BUILD_MAP, 0);
        }
        for k in &keywords[begin..end] {
            self.load_const(Constant::str(k.arg.map_or("", |a| self.ident(a))));
            self.expr(k.value)?;
            if big {
                self.emit_noline(Opcode::MAP_ADD, 1);
            }
        }
        if !big {
            self.emit(Opcode::BUILD_MAP, n as u32);
        }
        Ok(())
    }
}

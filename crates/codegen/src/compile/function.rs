//! Functions, lambdas and classes: defaults and keyword-only defaults, annotations
//! (`compiler_visit_annotations`), decorators, the nested code object and its closure
//! (`compiler_make_closure`), and class bodies with `__module__`, `__qualname__` and the
//! `__class__` cell returned as `__classcell__`.

use taipan_ast::{
    Arguments, ClassDef, Constant, ExprContext, ExprId, ExprKind, FunctionDef, StmtId,
};
use taipan_bytecode::{CodeObject, Opcode};

use super::{CResult, Compiler, ScopeKind, mangle_opt};
use crate::error::CompileError;
use crate::symtable::{BlockKey, Scope};

impl<'a> Compiler<'a> {
    fn decorators(&mut self, decos: &[ExprId]) -> CResult {
        for &d in decos {
            self.expr(d)?;
        }
        Ok(())
    }

    fn apply_decorators(&mut self, decos: &[ExprId]) {
        let old = self.ur().loc;
        for &d in decos.iter().rev() {
            self.set_loc(self.ast.expr(d).loc);
            self.emit(Opcode::PRECALL, 0);
            self.emit(Opcode::CALL, 0);
        }
        self.u().loc = old;
    }

    /// `compiler_default_arguments`: the `MAKE_FUNCTION` flags for what it pushed.
    fn default_arguments(&mut self, args: &Arguments) -> CResult<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for &d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Opcode::BUILD_TUPLE, args.defaults.len() as u32);
            flags |= 1;
        }
        let mut keys = Vec::new();
        for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = default {
                let m = mangle_opt(self.ur().private.as_deref(), self.ident(arg.arg));
                keys.push(Constant::str(&m));
                self.expr(*d)?;
            }
        }
        if !keys.is_empty() {
            let n = keys.len() as u32;
            self.load_const(Constant::Tuple(keys.into()));
            self.emit(Opcode::BUILD_CONST_KEY_MAP, n);
            flags |= 2;
        }
        Ok(flags)
    }

    fn argannotation(&mut self, name: &str, annotation: Option<ExprId>, len: &mut u32) -> CResult {
        let Some(ann) = annotation else {
            return Ok(());
        };
        let m = mangle_opt(self.ur().private.as_deref(), name);
        self.load_const(Constant::str(&m));
        if self.table.future.annotations {
            self.annotation_string(ann)?;
        } else if let ExprKind::Starred { value, .. } = &self.ast.expr(ann).kind {
            self.expr(*value)?;
            self.emit(Opcode::UNPACK_SEQUENCE, 1);
        } else {
            self.expr(ann)?;
        }
        *len += 2;
        Ok(())
    }

    /// `compiler_visit_annotations`: whether a tuple of names and values was pushed.
    fn annotations(&mut self, args: &Arguments, returns: Option<ExprId>) -> CResult<bool> {
        let mut len = 0;
        for a in args.args.iter().chain(&args.posonlyargs) {
            self.argannotation(self.ident(a.arg), a.annotation, &mut len)?;
        }
        if let Some(v) = &args.vararg {
            self.argannotation(self.ident(v.arg), v.annotation, &mut len)?;
        }
        for a in &args.kwonlyargs {
            self.argannotation(self.ident(a.arg), a.annotation, &mut len)?;
        }
        if let Some(k) = &args.kwarg {
            self.argannotation(self.ident(k.arg), k.annotation, &mut len)?;
        }
        self.argannotation("return", returns, &mut len)?;
        if len > 0 {
            self.emit(Opcode::BUILD_TUPLE, len);
            return Ok(true);
        }
        Ok(false)
    }

    /// An annotation as a string (`from __future__ import annotations`).
    pub(crate) fn annotation_string(&mut self, ann: ExprId) -> CResult {
        let text = crate::unparse::unparse(self.ast, ann);
        self.load_const(Constant::str(&text));
        Ok(())
    }

    /// `compiler_make_closure`.
    pub(crate) fn make_closure_pub(&mut self, code: CodeObject) -> CResult {
        self.make_closure(code, 0)
    }

    fn make_closure(&mut self, code: CodeObject, mut flags: u32) -> CResult {
        let frees: Vec<String> = code.freevars().iter().map(|s| s.to_string()).collect();
        if !frees.is_empty() {
            for name in &frees {
                let cell = if self.ur().scope == ScopeKind::Class && name == "__class__" {
                    true
                } else {
                    let scope = self
                        .table
                        .names
                        .lookup(name)
                        .and_then(|id| self.ste().scope(id));
                    scope == Some(Scope::Cell)
                };
                let arg = if cell {
                    self.ur()
                        .cellvars
                        .get_index_of(name.as_str())
                        .map(|i| i as u32)
                } else {
                    self.ur()
                        .freevars
                        .get_index_of(name.as_str())
                        .map(|i| (i + self.ur().cellvars.len()) as u32)
                };
                // Per-item compilation: the wrapper module around the item is thrown away,
                // and the enclosing scopes its closure would load from are not in it.
                let wrapper = self.outer_qualname.is_some() && self.units.len() == 1;
                let Some(arg) = arg.or(wrapper.then_some(0)) else {
                    return Err(self.error(format!("compiler_make_closure: cannot find {name}")));
                };
                self.emit(Opcode::LOAD_CLOSURE, arg);
            }
            flags |= 8;
            self.emit(Opcode::BUILD_TUPLE, frees.len() as u32);
        }
        let i = self.add_code_const(code);
        self.emit(Opcode::LOAD_CONST, i);
        self.emit(Opcode::MAKE_FUNCTION, flags);
        Ok(())
    }

    /// `compiler_function`.
    pub(crate) fn function(&mut self, id: StmtId, f: &FunctionDef, is_async: bool) -> CResult {
        let ast = self.ast;
        let s = ast.stmt(id);
        self.check_debug_args(&f.args)?;
        self.decorators(&f.decorator_list)?;
        let firstlineno = f
            .decorator_list
            .first()
            .map_or(s.loc.lineno, |&d| ast.expr(d).loc.lineno);
        let mut flags = self.default_arguments(&f.args)?;
        if self.annotations(&f.args, f.returns)? {
            flags |= 4;
        }
        let name = self.ident(f.name);
        if let Some(code) = self.holes.get(&id).cloned() {
            self.make_closure(code, flags)?;
            self.apply_decorators(&f.decorator_list);
            return self.nameop(name, ExprContext::Store);
        }
        let scope = if is_async {
            ScopeKind::AsyncFunction
        } else {
            ScopeKind::Function
        };
        self.enter_scope(name, scope, BlockKey::Stmt(id), firstlineno)?;
        let doc = if self.optimize < 2 {
            self.docstring(&f.body)
        } else {
            None
        };
        let has_doc = doc.is_some();
        self.add_const(doc.unwrap_or(Constant::None));
        self.u().argcount = f.args.args.len() as u32;
        self.u().posonlyargcount = f.args.posonlyargs.len() as u32;
        self.u().kwonlyargcount = f.args.kwonlyargs.len() as u32;
        for &st in &f.body[usize::from(has_doc)..] {
            self.stmt(st)?;
        }
        let code = self.assemble(true)?;
        self.make_closure(code, flags)?;
        self.apply_decorators(&f.decorator_list);
        self.nameop(name, ExprContext::Store)
    }

    /// `compiler_lambda`.
    pub(crate) fn lambda(&mut self, id: ExprId, args: &Arguments, body: ExprId) -> CResult {
        self.check_debug_args(args)?;
        let flags = self.default_arguments(args)?;
        let lineno = self.ast.expr(id).loc.lineno;
        self.enter_scope("<lambda>", ScopeKind::Lambda, BlockKey::Expr(id), lineno)?;
        self.add_const(Constant::None);
        self.u().argcount = args.args.len() as u32;
        self.u().posonlyargcount = args.posonlyargs.len() as u32;
        self.u().kwonlyargcount = args.kwonlyargs.len() as u32;
        self.expr(body)?;
        let code = if self.ste().generator {
            self.assemble(false)?
        } else {
            self.emit(Opcode::RETURN_VALUE, 0);
            self.assemble(true)?
        };
        self.make_closure(code, flags)
    }

    /// `compiler_class`.
    pub(crate) fn class(&mut self, id: StmtId, c: &ClassDef) -> CResult {
        let ast = self.ast;
        let s = ast.stmt(id);
        self.decorators(&c.decorator_list)?;
        let firstlineno = c
            .decorator_list
            .first()
            .map_or(s.loc.lineno, |&d| ast.expr(d).loc.lineno);
        let name = self.ident(c.name);
        if let Some(code) = self.holes.get(&id).cloned() {
            self.emit(Opcode::PUSH_NULL, 0);
            self.emit(Opcode::LOAD_BUILD_CLASS, 0);
            self.make_closure(code, 0)?;
            self.load_const(Constant::str(name));
            self.call_helper(2, &c.bases, &c.keywords)?;
            self.apply_decorators(&c.decorator_list);
            return self.nameop(name, ExprContext::Store);
        }
        self.enter_scope(name, ScopeKind::Class, BlockKey::Stmt(id), firstlineno)?;
        self.u().private = Some(name.to_string());
        self.nameop("__name__", ExprContext::Load)?;
        self.nameop("__module__", ExprContext::Store)?;
        let q = self.ur().qualname.clone();
        self.load_const(Constant::str(&q));
        self.nameop("__qualname__", ExprContext::Store)?;
        self.body(&c.body)?;
        self.unset_loc();
        if self.ste().needs_class_closure {
            let Some(i) = self.ur().cellvars.get_index_of("__class__") else {
                return Err(CompileError::not_implemented("a class cell", s.loc));
            };
            self.emit(Opcode::LOAD_CLOSURE, i as u32);
            self.emit(Opcode::COPY, 1);
            self.nameop("__classcell__", ExprContext::Store)?;
        } else {
            self.load_const(Constant::None);
        }
        self.emit(Opcode::RETURN_VALUE, 0);
        let code = self.assemble(true)?;
        self.emit(Opcode::PUSH_NULL, 0);
        self.emit(Opcode::LOAD_BUILD_CLASS, 0);
        self.make_closure(code, 0)?;
        self.load_const(Constant::str(name));
        self.call_helper(2, &c.bases, &c.keywords)?;
        self.apply_decorators(&c.decorator_list);
        self.nameop(name, ExprContext::Store)
    }
}

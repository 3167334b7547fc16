//! The compiler proper: CPython 3.11's `Python/compile.c` from the (optimized) AST and the
//! symbol table to code objects. One [`Unit`] per code object being compiled (module, class,
//! function, lambda, comprehension), a stack of them while nested scopes are compiled.
//!
//! Files by concern: `ir` (blocks and instructions), `stmt`, `expr`, `call`, `comprehension`,
//! `warnings` (the SyntaxWarnings),
//! `function` (functions, lambdas, classes, annotations), `exception` (try, with, the frame
//! block stack and unwinding), `pattern` (match), `cfg/` (CPython's CFG passes and assembly
//! through `taipan_bytecode::CodeBuilder`).

mod call;
mod cfg;
mod comprehension;
mod exception;
mod expr;
mod function;
pub(crate) mod ir;
mod pattern;
mod stmt;
mod warnings;

use indexmap::IndexSet;
use rustc_hash::{FxBuildHasher, FxHashMap};
use taipan_ast::{Ast, Constant, ExprContext, Identifier, Loc, Mod};
use taipan_bytecode::{CodeFlags, CodeObject, Const, JumpKind, Opcode};

use crate::error::{CompileError, CompileErrorKind, CompileWarning};
use crate::symtable::{BlockId, BlockKey, BlockKind, Scope, SymbolTable, mangle};
use exception::FBlock;
use ir::{BlockIdx, Graph, Instr, Op, SrcLoc};

pub(crate) type CResult<T = ()> = Result<T, CompileError>;

/// CPython's `COMPILER_SCOPE_*`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum ScopeKind {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}

/// The nested-scope limit before a `RecursionError` (deep ASTs would overflow the Rust stack).
const MAX_NESTING: u32 = 200;

/// One code object being compiled (CPython's `struct compiler_unit`).
pub(crate) struct Unit {
    pub block: BlockId,
    pub scope: ScopeKind,
    pub name: String,
    pub qualname: String,
    pub graph: Graph,
    pub consts: Vec<Const>,
    const_index: FxHashMap<Constant, u32>,
    pub names: IndexSet<String, FxBuildHasher>,
    pub varnames: IndexSet<String, FxBuildHasher>,
    pub cellvars: IndexSet<String, FxBuildHasher>,
    pub freevars: IndexSet<String, FxBuildHasher>,
    pub private: Option<String>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub firstlineno: u32,
    pub loc: SrcLoc,
    pub fblocks: Vec<FBlock>,
}

/// The compiler for one module.
pub(crate) struct Compiler<'a> {
    pub ast: &'a Ast,
    pub table: &'a SymbolTable,
    pub filename: &'a str,
    pub optimize: u8,
    pub interactive: bool,
    pub units: Vec<Unit>,
    depth: u32,
    /// Per-item compilation (`crate::item`): the qualified name of the one scope compiled at
    /// the wrapper module's level, and the class name its names are mangled with.
    pub outer_qualname: Option<String>,
    pub outer_private: Option<String>,
    /// Per-item compilation: the nested items compiled apart; their `def`/`class` takes the
    /// given stand-in code object instead of compiling the (hollowed) body.
    pub holes: FxHashMap<taipan_ast::StmtId, CodeObject>,
    /// The SyntaxWarnings found, in the order CPython issues them.
    pub warnings: Vec<CompileWarning>,
}

impl<'a> Compiler<'a> {
    pub fn new(ast: &'a Ast, table: &'a SymbolTable, filename: &'a str, optimize: u8) -> Self {
        Compiler {
            ast,
            table,
            filename,
            optimize,
            interactive: false,
            units: Vec::new(),
            depth: 0,
            outer_qualname: None,
            outer_private: None,
            holes: FxHashMap::default(),
            warnings: Vec::new(),
        }
    }

    /// `compiler_mod`: the whole module.
    pub fn compile_mod(self) -> CResult<CodeObject> {
        self.compile_mod_warnings().map(|(code, _)| code)
    }

    /// [`Compiler::compile_mod`], with the SyntaxWarnings found.
    pub fn compile_mod_warnings(mut self) -> CResult<(CodeObject, Vec<CompileWarning>)> {
        self.enter_scope("<module>", ScopeKind::Module, BlockKey::Module, 1)?;
        let add_none = match &self.ast.root {
            Mod::Module { body, .. } => {
                self.body(body)?;
                true
            }
            Mod::Interactive { body } => {
                self.interactive = true;
                for &s in body {
                    self.stmt(s)?;
                }
                true
            }
            Mod::Expression { body } => {
                self.expr(*body)?;
                false
            }
            Mod::FunctionType { .. } => {
                return Err(CompileError::at(
                    CompileErrorKind::SyntaxError,
                    "this compiler does not handle FunctionTypes",
                    Loc::default(),
                ));
            }
        };
        let code = self.assemble(add_none)?;
        Ok((code, self.warnings))
    }

    // ---- units ----

    pub fn u(&mut self) -> &mut Unit {
        self.units.last_mut().expect("a unit is open")
    }
    pub fn ur(&self) -> &Unit {
        self.units.last().expect("a unit is open")
    }
    pub fn ste(&self) -> &crate::symtable::Block {
        self.table.block(self.ur().block)
    }

    /// `compiler_enter_scope`.
    pub fn enter_scope(
        &mut self,
        name: &str,
        scope: ScopeKind,
        key: BlockKey,
        lineno: u32,
    ) -> CResult {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err(CompileError::at(
                CompileErrorKind::RecursionError,
                "maximum recursion depth exceeded during compilation",
                Loc::default(),
            ));
        }
        let Some(block) = self.table.lookup(key) else {
            return Err(CompileError::at(
                CompileErrorKind::SyntaxError,
                "unknown scope (symbol table out of sync)",
                Loc::default(),
            ));
        };
        let ste = self.table.block(block);
        let mut varnames: IndexSet<String, FxBuildHasher> = IndexSet::default();
        for &v in &ste.varnames {
            varnames.insert(self.table.name(v).to_string());
        }
        let mut cells: Vec<String> = Vec::new();
        let mut frees: Vec<String> = Vec::new();
        for (&id, &flags) in &ste.symbols {
            match Scope::of(flags) {
                Some(Scope::Cell) => cells.push(self.table.name(id).to_string()),
                Some(Scope::Free) => frees.push(self.table.name(id).to_string()),
                _ if flags & crate::symtable::flags::DEF_FREE_CLASS != 0 => {
                    frees.push(self.table.name(id).to_string())
                }
                _ => {}
            }
        }
        cells.sort();
        frees.sort();
        if ste.needs_class_closure {
            cells.insert(0, "__class__".to_string());
        }
        let private = match self.units.last() {
            Some(u) => u.private.clone(),
            None => self.outer_private.clone(),
        };
        let loc = SrcLoc {
            lineno: lineno as i32,
            end_lineno: lineno as i32,
            col: 0,
            end_col: 0,
        };
        let mut unit = Unit {
            block,
            scope,
            name: name.to_string(),
            qualname: name.to_string(),
            graph: Graph::default(),
            consts: Vec::new(),
            const_index: FxHashMap::default(),
            names: IndexSet::default(),
            varnames,
            cellvars: cells.into_iter().collect(),
            freevars: frees.into_iter().collect(),
            private,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            firstlineno: lineno,
            loc,
            fblocks: Vec::new(),
        };
        if scope != ScopeKind::Module {
            unit.qualname = self.qualname_for(&unit);
        } else {
            unit.loc.lineno = 0;
        }
        self.units.push(unit);
        self.emit(Opcode::RESUME, 0);
        if scope == ScopeKind::Module {
            self.u().loc.lineno = -1;
        }
        Ok(())
    }

    /// `compiler_set_qualname`.
    fn qualname_for(&self, u: &Unit) -> String {
        let Some(parent) = self.units.last() else {
            return u.name.clone();
        };
        if parent.scope == ScopeKind::Module {
            return self
                .outer_qualname
                .clone()
                .unwrap_or_else(|| u.name.clone());
        }
        let mut force_global = false;
        if matches!(
            u.scope,
            ScopeKind::Function | ScopeKind::AsyncFunction | ScopeKind::Class
        ) {
            let mangled = mangle_opt(parent.private.as_deref(), &u.name);
            if let Some(id) = self.table.names.lookup(&mangled)
                && self.table.block(parent.block).scope(id) == Some(Scope::GlobalExplicit)
            {
                force_global = true;
            }
        }
        if force_global {
            return u.name.clone();
        }
        let base = if matches!(
            parent.scope,
            ScopeKind::Function | ScopeKind::AsyncFunction | ScopeKind::Lambda
        ) {
            format!("{}.<locals>", parent.qualname)
        } else {
            parent.qualname.clone()
        };
        format!("{base}.{}", u.name)
    }

    /// Assembles the current unit and leaves its scope (`assemble` + `compiler_exit_scope`).
    pub fn assemble(&mut self, add_none: bool) -> CResult<CodeObject> {
        let needs_return = !self.ur().graph.blocks[self.ur().graph.current as usize]
            .last()
            .is_some_and(|i| i.op == Op::Real(Opcode::RETURN_VALUE));
        if needs_return {
            self.u().loc = SrcLoc::NONE;
            if add_none {
                self.load_const(Constant::None);
            }
            self.emit(Opcode::RETURN_VALUE, 0);
        }
        let unit = self.units.pop().expect("a unit is open");
        self.depth -= 1;
        let flags = self.code_flags(&unit);
        cfg::assemble(unit, flags, self.filename).map_err(|e| {
            CompileError::at(
                CompileErrorKind::SyntaxError,
                format!("internal compiler error: {e}"),
                Loc::default(),
            )
        })
    }

    /// `compute_code_flags`.
    fn code_flags(&self, u: &Unit) -> u32 {
        let ste = self.table.block(u.block);
        let mut flags = 0;
        if ste.kind == BlockKind::Function {
            flags |= CodeFlags::NEWLOCALS | CodeFlags::OPTIMIZED;
            if ste.nested {
                flags |= CodeFlags::NESTED;
            }
            if ste.generator && !ste.coroutine {
                flags |= CodeFlags::GENERATOR;
            }
            if !ste.generator && ste.coroutine {
                flags |= CodeFlags::COROUTINE;
            }
            if ste.generator && ste.coroutine {
                flags |= CodeFlags::ASYNC_GENERATOR;
            }
            if ste.varargs {
                flags |= CodeFlags::VARARGS;
            }
            if ste.varkeywords {
                flags |= CodeFlags::VARKEYWORDS;
            }
        }
        // The future flags CPython ORs in (c_future->ff_features & PyCF_MASK).
        if self.table.future.annotations {
            flags |= 0x1000000;
        }
        if self.table.future.barry_as_flufl {
            flags |= 0x400000;
        }
        flags
    }

    // ---- emitting ----

    pub fn set_loc(&mut self, loc: Loc) {
        self.u().loc = SrcLoc::of(loc);
    }
    pub fn unset_loc(&mut self) {
        self.u().loc = SrcLoc::NONE;
    }
    pub fn emit(&mut self, op: Opcode, arg: u32) {
        let loc = self.ur().loc;
        self.u().graph.push(Instr {
            op: Op::Real(op),
            arg,
            target: 0,
            loc,
        });
    }
    pub fn emit_noline(&mut self, op: Opcode, arg: u32) {
        self.u().graph.push(Instr {
            op: Op::Real(op),
            arg,
            target: 0,
            loc: SrcLoc::NONE,
        });
    }
    pub fn emit_op(&mut self, op: Op, target: BlockIdx) {
        let loc = self.ur().loc;
        self.u().graph.push(Instr {
            op,
            arg: 0,
            target,
            loc,
        });
    }
    pub fn jump(&mut self, kind: JumpKind, target: BlockIdx) {
        self.emit_op(Op::Jump(kind), target);
    }
    pub fn jump_noline(&mut self, kind: JumpKind, target: BlockIdx) {
        self.u().graph.push(Instr {
            op: Op::Jump(kind),
            arg: 0,
            target,
            loc: SrcLoc::NONE,
        });
    }
    pub fn new_block(&mut self) -> BlockIdx {
        self.u().graph.new_block()
    }
    pub fn use_next(&mut self, b: BlockIdx) {
        self.u().graph.use_next(b);
    }
    pub fn next_block(&mut self) {
        self.u().graph.next_block();
    }

    /// `compiler_add_const`: the index of a constant (deduplicated by type and value).
    pub fn add_const(&mut self, c: Constant) -> u32 {
        let u = self.u();
        // A NaN equals no other constant, itself included (CPython's constant cache compares
        // the float objects): each NaN literal is its own constant.
        let nan = match &c {
            Constant::Float(b) => f64::from_bits(*b).is_nan(),
            Constant::Complex { real, imag } => {
                f64::from_bits(*real).is_nan() || f64::from_bits(*imag).is_nan()
            }
            _ => false,
        };
        if nan {
            u.consts.push(Const::Value(c));
            return (u.consts.len() - 1) as u32;
        }
        if let Some(&i) = u.const_index.get(&c) {
            return i;
        }
        // Frozensets are equal whatever their order (CPython's constant key is a frozenset).
        if let Constant::FrozenSet(items) = &c {
            let key = frozenset_key(items);
            if let Some(i) = u.consts.iter().position(
                |k| matches!(k, Const::Value(Constant::FrozenSet(o)) if frozenset_key(o) == key),
            ) {
                return i as u32;
            }
        }
        let i = u.consts.len() as u32;
        u.const_index.insert(c.clone(), i);
        u.consts.push(Const::Value(c));
        i
    }
    pub fn load_const(&mut self, c: Constant) {
        let i = self.add_const(c);
        self.emit(Opcode::LOAD_CONST, i);
    }
    /// A nested code object's constant; an equal one already there is shared (CPython's
    /// constant cache compares code objects by value: a `while` test compiled twice makes
    /// one genexpr constant).
    pub fn add_code_const(&mut self, code: CodeObject) -> u32 {
        let u = self.u();
        if let Some(i) = u
            .consts
            .iter()
            .position(|c| matches!(c, Const::Code(k) if **k == code))
        {
            return i as u32;
        }
        u.consts.push(Const::Code(std::sync::Arc::new(code)));
        (u.consts.len() - 1) as u32
    }
    pub fn add_name(&mut self, name: &str) -> u32 {
        let (i, _) = self.u().names.insert_full(name.to_string());
        i as u32
    }
    /// `ADDOP_NAME`: the name mangled with the class being compiled.
    pub fn emit_name(&mut self, op: Opcode, name: &str) {
        let m = mangle_opt(self.ur().private.as_deref(), name);
        let i = self.add_name(&m);
        self.emit(op, i);
    }
    pub fn ident(&self, id: Identifier) -> &'a str {
        let names: &'a taipan_ast::Names = &self.ast.names;
        &names[id]
    }

    // ---- names ----

    /// The scope of `name` (already mangled) in the current block.
    fn scope_of(&self, name: &str) -> Option<Scope> {
        let id = self.table.names.lookup(name)?;
        self.ste().scope(id)
    }

    /// `forbidden_name`: storing to or deleting `__debug__` is a SyntaxError.
    pub fn forbidden_name(&self, name: &str, ctx: ExprContext) -> CResult {
        match ctx {
            _ if name != "__debug__" => Ok(()),
            ExprContext::Store => Err(self.error("cannot assign to __debug__")),
            ExprContext::Del => Err(self.error("cannot delete __debug__")),
            ExprContext::Load => Ok(()),
        }
    }

    /// `compiler_check_debug_args`: no parameter may be named `__debug__`.
    pub fn check_debug_args(&self, args: &taipan_ast::Arguments) -> CResult {
        let all = args.posonlyargs.iter().chain(&args.args);
        let all = all
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        for a in all {
            self.forbidden_name(self.ident(a.arg), ExprContext::Store)?;
        }
        Ok(())
    }

    /// `compiler_nameop`.
    pub fn nameop(&mut self, name: &str, ctx: ExprContext) -> CResult {
        self.forbidden_name(name, ctx)?;
        let mangled = mangle_opt(self.ur().private.as_deref(), name);
        let scope = self.scope_of(&mangled);
        let is_function = self.ste().kind == BlockKind::Function;
        enum Ty {
            Deref(bool),
            Fast,
            Global,
            Name,
        }
        let ty = match scope {
            Some(Scope::Free) => Ty::Deref(false),
            Some(Scope::Cell) => Ty::Deref(true),
            Some(Scope::Local) if is_function => Ty::Fast,
            Some(Scope::GlobalImplicit) if is_function => Ty::Global,
            Some(Scope::GlobalExplicit) => Ty::Global,
            _ => Ty::Name,
        };
        match ty {
            Ty::Deref(cell) => {
                let op = match ctx {
                    ExprContext::Load => {
                        if self.ste().kind == BlockKind::Class {
                            Opcode::LOAD_CLASSDEREF
                        } else {
                            Opcode::LOAD_DEREF
                        }
                    }
                    ExprContext::Store => Opcode::STORE_DEREF,
                    ExprContext::Del => Opcode::DELETE_DEREF,
                };
                let arg = self.deref_index(&mangled, cell);
                self.emit(op, arg);
            }
            Ty::Fast => {
                let op = match ctx {
                    ExprContext::Load => Opcode::LOAD_FAST,
                    ExprContext::Store => Opcode::STORE_FAST,
                    ExprContext::Del => Opcode::DELETE_FAST,
                };
                let (i, _) = self.u().varnames.insert_full(mangled);
                self.emit(op, i as u32);
            }
            Ty::Global => {
                let i = self.add_name(&mangled);
                match ctx {
                    ExprContext::Load => self.emit(Opcode::LOAD_GLOBAL, i << 1),
                    ExprContext::Store => self.emit(Opcode::STORE_GLOBAL, i),
                    ExprContext::Del => self.emit(Opcode::DELETE_GLOBAL, i),
                }
            }
            Ty::Name => {
                let i = self.add_name(&mangled);
                let op = match ctx {
                    ExprContext::Load => Opcode::LOAD_NAME,
                    ExprContext::Store => Opcode::STORE_NAME,
                    ExprContext::Del => Opcode::DELETE_NAME,
                };
                self.emit(op, i);
            }
        }
        Ok(())
    }

    /// The compile-time index of a cell (`cellvars` position) or free variable (`ncells` +
    /// `freevars` position); `cfg::assemble` turns it into the local-plus slot.
    pub fn deref_index(&mut self, name: &str, cell: bool) -> u32 {
        let u = self.u();
        if cell && let Some(i) = u.cellvars.get_index_of(name) {
            return i as u32;
        }
        if let Some(i) = u.freevars.get_index_of(name) {
            return (u.cellvars.len() + i) as u32;
        }
        if let Some(i) = u.cellvars.get_index_of(name) {
            return i as u32;
        }
        let (i, _) = u.freevars.insert_full(name.to_string());
        (u.cellvars.len() + i) as u32
    }

    /// `compiler_warn`: a SyntaxWarning at the current location.
    pub fn warn(&mut self, message: impl Into<String>) {
        let l = self.ur().loc;
        self.warnings.push(CompileWarning {
            message: message.into(),
            lineno: l.lineno.max(0) as u32,
            offset: l.col + 1,
            end_lineno: l.end_lineno.max(0) as u32,
            end_offset: l.end_col + 1,
        });
    }

    /// `compiler_error`: a SyntaxError at the current location.
    pub fn error(&self, message: impl Into<String>) -> CompileError {
        let l = self.ur().loc;
        CompileError {
            kind: CompileErrorKind::SyntaxError,
            message: message.into(),
            filename: String::new(),
            lineno: l.lineno.max(0) as u32,
            offset: (l.col + 1) as i32,
            end_lineno: l.end_lineno.max(0) as u32,
            end_offset: Some((l.end_col + 1) as i32),
            text: None,
        }
    }

    /// Guards recursion over deep expressions.
    pub fn enter_nested(&mut self) -> CResult {
        self.depth += 1;
        if self.depth > 3000 {
            return Err(CompileError::at(
                CompileErrorKind::RecursionError,
                "maximum recursion depth exceeded during compilation",
                Loc::default(),
            ));
        }
        Ok(())
    }
    pub fn leave_nested(&mut self) {
        self.depth -= 1;
    }
}

/// `_Py_Mangle`, with the unmangled name when no mangling applies.
pub(crate) fn mangle_opt(private: Option<&str>, name: &str) -> String {
    match private {
        Some(p) => mangle(p, name).unwrap_or_else(|| name.to_string()),
        None => name.to_string(),
    }
}

/// A frozenset's items as an order-free key.
fn frozenset_key(items: &[Constant]) -> Vec<String> {
    let mut k: Vec<String> = items.iter().map(taipan_ast::repr::constant_repr).collect();
    k.sort();
    k
}

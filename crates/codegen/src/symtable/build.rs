//! Pass one of the symbol table: the walk over the AST (CPython 3.11's `symtable_visit_*`),
//! opening a block for each module, class, function, lambda and comprehension, and recording
//! in the current block every name bound, declared or used, with the errors that can be told
//! at that point. The order of the walk is CPython's to the field: it decides the order of
//! children and symbols, and which error comes first.

use indexmap::IndexMap;
use rustc_hash::FxHashMap;
use taipan_ast::{
    Alias, Arg, Arguments, Ast, Comprehension as Generator, ExceptHandler, ExprContext, ExprId,
    ExprKind, Identifier, Keyword, Loc, MatchCase, Mod, Names, PatternId, PatternKind, StmtId,
    StmtKind, WithItem,
};

use super::error::{ErrorKind, SymtableError};
use super::flags::*;
use super::{Block, BlockId, BlockKey, BlockKind, Comprehension, SymbolTable, mangle};
use crate::future::FutureFeatures;

type Result<T = ()> = std::result::Result<T, SymtableError>;

/// CPython's `recursion_limit` for a compile started from shallow Python code (the default
/// recursion limit times `COMPILER_STACK_FRAME_SCALE`).
const RECURSION_LIMIT: u32 = 3000;

/// The names the table makes or compares with, interned once.
pub(super) struct WellKnown {
    pub top: Identifier,
    pub lambda: Identifier,
    pub genexpr: Identifier,
    pub listcomp: Identifier,
    pub setcomp: Identifier,
    pub dictcomp: Identifier,
    pub annotation: Identifier,
    pub dot0: Identifier,
    pub class_cell: Identifier,
    pub super_: Identifier,
}

impl WellKnown {
    pub fn new(names: &mut Names) -> WellKnown {
        WellKnown {
            top: names.intern("top"),
            lambda: names.intern("lambda"),
            genexpr: names.intern("genexpr"),
            listcomp: names.intern("listcomp"),
            setcomp: names.intern("setcomp"),
            dictcomp: names.intern("dictcomp"),
            annotation: names.intern("_annotation"),
            dot0: names.intern(".0"),
            class_cell: names.intern("__class__"),
            super_: names.intern("super"),
        }
    }
}

struct Builder<'a> {
    ast: &'a Ast,
    names: Names,
    wk: WellKnown,
    blocks: Vec<Block>,
    by_node: FxHashMap<BlockKey, BlockId>,
    /// The open blocks, innermost last (annotation blocks included).
    stack: Vec<BlockId>,
    cur: BlockId,
    /// The innermost class being visited, for mangling (CPython's `st_private`).
    private: Option<Identifier>,
    mangled: FxHashMap<(Identifier, Identifier), Identifier>,
    future: FutureFeatures,
    depth: u32,
}

pub(super) fn build(ast: &Ast, future: FutureFeatures) -> Result<SymbolTable> {
    build_in(ast, future, None)
}

/// [`build`] as if inside class `private` (per-item compilation: a method's names are
/// mangled with its class's name).
pub(super) fn build_in(
    ast: &Ast,
    future: FutureFeatures,
    private: Option<&str>,
) -> Result<SymbolTable> {
    let mut names = ast.names.clone();
    let wk = WellKnown::new(&mut names);
    let private = private.map(|p| names.intern(p));
    let mut b = Builder {
        ast,
        names,
        wk,
        blocks: Vec::new(),
        by_node: FxHashMap::default(),
        stack: Vec::new(),
        cur: BlockId::TOP,
        private,
        mangled: FxHashMap::default(),
        future,
        depth: 0,
    };
    let top = b.wk.top;
    b.enter_block(top, BlockKind::Module, BlockKey::Module, Loc::default());
    match &ast.root {
        Mod::Module { body, .. } | Mod::Interactive { body } => b.visit_stmts(body)?,
        Mod::Expression { body } => b.visit_expr(*body)?,
        Mod::FunctionType { .. } => {
            return Err(SymtableError::other(
                ErrorKind::RuntimeError,
                "this compiler does not handle FunctionTypes",
            ));
        }
    }
    b.exit_block();
    Ok(SymbolTable {
        names: b.names,
        blocks: b.blocks,
        future,
        by_node: b.by_node,
        class_cell: b.wk.class_cell,
    })
}

impl<'a> Builder<'a> {
    // ---- blocks ----

    fn enter_block(&mut self, name: Identifier, kind: BlockKind, key: BlockKey, loc: Loc) {
        let id = BlockId(self.blocks.len() as u32);
        let prev = self.stack.last().map(|&p| &self.blocks[p.index()]);
        let nested = prev.is_some_and(|p| p.nested || p.kind == BlockKind::Function);
        let comp_iter_expr = prev.map_or(0, |p| p.comp_iter_expr);
        self.blocks.push(Block {
            kind,
            name,
            loc,
            symbols: IndexMap::default(),
            varnames: Vec::new(),
            children: Vec::new(),
            nested,
            free: false,
            child_free: false,
            generator: false,
            coroutine: false,
            comprehension: None,
            varargs: false,
            varkeywords: false,
            returns_value: false,
            needs_class_closure: false,
            directives: Vec::new(),
            comp_iter_target: false,
            comp_iter_expr,
        });
        self.by_node.insert(key, id);
        let prev = self.stack.last().copied();
        self.stack.push(id);
        self.cur = id;
        // Annotation blocks only check their expressions: they are nobody's child.
        if kind != BlockKind::Annotation
            && let Some(prev) = prev
        {
            self.blocks[prev.index()].children.push(id);
        }
    }

    fn exit_block(&mut self) {
        self.stack.pop();
        self.cur = self.stack.last().copied().unwrap_or(BlockId::TOP);
    }

    fn cur(&mut self) -> &mut Block {
        &mut self.blocks[self.cur.index()]
    }

    // ---- names ----

    /// `_Py_Mangle(st_private, name)`, interned.
    fn mangle(&mut self, name: Identifier) -> Identifier {
        let Some(private) = self.private else {
            return name;
        };
        if !self.names[name].starts_with("__") {
            return name;
        }
        if let Some(&m) = self.mangled.get(&(private, name)) {
            return m;
        }
        let m = match mangle(&self.names[private], &self.names[name]) {
            Some(text) => self.names.intern(&text),
            None => name,
        };
        self.mangled.insert((private, name), m);
        m
    }

    /// The flags of `name` (mangled) in the current block (`symtable_lookup`).
    fn lookup(&mut self, name: Identifier) -> u32 {
        let m = self.mangle(name);
        self.blocks[self.cur.index()].flags(m)
    }

    fn add_def(&mut self, name: Identifier, flag: u32, loc: Loc) -> Result {
        self.add_def_in(name, flag, self.cur, loc)
    }

    /// `symtable_add_def_helper`: records `flag` for `name` in block `ste`.
    fn add_def_in(&mut self, name: Identifier, flag: u32, ste: BlockId, loc: Loc) -> Result {
        let mangled = self.mangle(name);
        let block = &mut self.blocks[ste.index()];
        let comp_iter_target = block.comp_iter_target;
        // One look-up; on an error the table is dropped, so the 0 inserted does not matter.
        let slot = block.symbols.entry(mangled).or_insert(0);
        if *slot & flag & DEF_PARAM != 0 {
            return Err(SymtableError::ranged(
                format!(
                    "duplicate argument '{}' in function definition",
                    &self.names[name]
                ),
                loc,
            ));
        }
        let mut val = *slot | flag;
        if comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(SymtableError::ranged(
                    format!(
                        "comprehension inner loop cannot rebind assignment expression target '{}'",
                        &self.names[name]
                    ),
                    loc,
                ));
            }
            val |= DEF_COMP_ITER;
        }
        *slot = val;
        if flag & DEF_PARAM != 0 {
            block.varnames.push(mangled);
        } else if flag & DEF_GLOBAL != 0 {
            *self.blocks[0].symbols.entry(mangled).or_insert(0) |= flag;
        }
        Ok(())
    }

    fn record_directive(&mut self, name: Identifier, loc: Loc) {
        let m = self.mangle(name);
        self.cur().directives.push((m, loc));
    }

    fn error_name(&self, template: &str, name: Identifier, loc: Loc) -> SymtableError {
        SymtableError::ranged(template.replace("{}", &self.names[name]), loc)
    }

    // ---- statements ----

    fn visit_stmts(&mut self, stmts: &[StmtId]) -> Result {
        stmts.iter().try_for_each(|&s| self.visit_stmt(s))
    }

    fn enter_node(&mut self) -> Result {
        self.depth += 1;
        if self.depth > RECURSION_LIMIT {
            return Err(SymtableError::other(
                ErrorKind::RecursionError,
                "maximum recursion depth exceeded during compilation",
            ));
        }
        Ok(())
    }

    fn visit_stmt(&mut self, id: StmtId) -> Result {
        self.enter_node()?;
        let ast = self.ast;
        let s = ast.stmt(id);
        let loc = s.loc;
        match &s.kind {
            StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => {
                self.add_def(f.name, DEF_LOCAL, loc)?;
                self.visit_exprs(&f.args.defaults)?;
                self.visit_opt_exprs(&f.args.kw_defaults)?;
                self.visit_annotations(id, loc, &f.args, f.returns)?;
                self.visit_exprs(&f.decorator_list)?;
                self.enter_block(f.name, BlockKind::Function, BlockKey::Stmt(id), loc);
                if matches!(s.kind, StmtKind::AsyncFunctionDef(_)) {
                    self.cur().coroutine = true;
                }
                self.visit_arguments(&f.args)?;
                self.visit_stmts(&f.body)?;
                self.exit_block();
            }
            StmtKind::ClassDef(c) => {
                self.add_def(c.name, DEF_LOCAL, loc)?;
                self.visit_exprs(&c.bases)?;
                self.visit_keywords(&c.keywords)?;
                self.visit_exprs(&c.decorator_list)?;
                self.enter_block(c.name, BlockKind::Class, BlockKey::Stmt(id), loc);
                let outer = self.private.replace(c.name);
                self.visit_stmts(&c.body)?;
                self.private = outer;
                self.exit_block();
            }
            StmtKind::Return { value } => {
                if let Some(v) = *value {
                    self.visit_expr(v)?;
                    self.cur().returns_value = true;
                }
            }
            StmtKind::Delete { targets } => self.visit_exprs(targets)?,
            StmtKind::Assign { targets, value, .. } => {
                self.visit_exprs(targets)?;
                self.visit_expr(*value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                let t = ast.expr(*target);
                if let ExprKind::Name { id: name, .. } = t.kind {
                    let cur = self.lookup(name);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.cur != BlockId::TOP && *simple
                    {
                        let template = if cur & DEF_GLOBAL != 0 {
                            "annotated name '{}' can't be global"
                        } else {
                            "annotated name '{}' can't be nonlocal"
                        };
                        return Err(self.error_name(template, name, loc));
                    }
                    if *simple {
                        self.add_def(name, DEF_ANNOT | DEF_LOCAL, t.loc)?;
                    } else if value.is_some() {
                        self.add_def(name, DEF_LOCAL, t.loc)?;
                    }
                } else {
                    self.visit_expr(*target)?;
                }
                self.visit_annotation(*annotation)?;
                if let Some(v) = *value {
                    self.visit_expr(v)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_expr(*target)?;
                self.visit_expr(*value)?;
            }
            StmtKind::For(f) | StmtKind::AsyncFor(f) => {
                self.visit_expr(f.target)?;
                self.visit_expr(f.iter)?;
                self.visit_stmts(&f.body)?;
                self.visit_stmts(&f.orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.visit_expr(*test)?;
                self.visit_stmts(body)?;
                self.visit_stmts(orelse)?;
            }
            StmtKind::Match { subject, cases } => {
                self.visit_expr(*subject)?;
                cases.iter().try_for_each(|c| self.visit_match_case(c))?;
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(exc) = *exc {
                    self.visit_expr(exc)?;
                    if let Some(cause) = *cause {
                        self.visit_expr(cause)?;
                    }
                }
            }
            StmtKind::Try(t) | StmtKind::TryStar(t) => {
                self.visit_stmts(&t.body)?;
                self.visit_stmts(&t.orelse)?;
                t.handlers
                    .iter()
                    .try_for_each(|h| self.visit_excepthandler(h))?;
                self.visit_stmts(&t.finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.visit_expr(*test)?;
                if let Some(m) = *msg {
                    self.visit_expr(m)?;
                }
            }
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                names.iter().try_for_each(|a| self.visit_alias(a))?;
            }
            StmtKind::Global { names } => self.visit_directive(names, loc, true)?,
            StmtKind::Nonlocal { names } => self.visit_directive(names, loc, false)?,
            StmtKind::Expr { value } => self.visit_expr(*value)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::With(w) | StmtKind::AsyncWith(w) => {
                w.items.iter().try_for_each(|i| self.visit_withitem(i))?;
                self.visit_stmts(&w.body)?;
            }
        }
        self.depth -= 1;
        Ok(())
    }

    /// A `global` or `nonlocal` statement.
    fn visit_directive(&mut self, names: &[Identifier], loc: Loc, global: bool) -> Result {
        for &name in names {
            let cur = self.lookup(name);
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                let what = if global { "global" } else { "nonlocal" };
                let message = if cur & DEF_PARAM != 0 {
                    format!("name '{{}}' is parameter and {what}")
                } else if cur & USE != 0 {
                    format!("name '{{}}' is used prior to {what} declaration")
                } else if cur & DEF_ANNOT != 0 {
                    format!("annotated name '{{}}' can't be {what}")
                } else {
                    format!("name '{{}}' is assigned to before {what} declaration")
                };
                return Err(self.error_name(&message, name, loc));
            }
            let flag = if global { DEF_GLOBAL } else { DEF_NONLOCAL };
            self.add_def(name, flag, loc)?;
            self.record_directive(name, loc);
        }
        Ok(())
    }

    fn visit_alias(&mut self, a: &Alias) -> Result {
        let name = a.asname.unwrap_or(a.name);
        let text = &self.names[name];
        if text == "*" {
            if self.blocks[self.cur.index()].kind != BlockKind::Module {
                return Err(SymtableError::ranged(
                    "import * only allowed at module level".into(),
                    a.loc,
                ));
            }
            return Ok(());
        }
        let store = match text.find('.') {
            Some(dot) => {
                let head = text[..dot].to_string();
                self.names.intern(&head)
            }
            None => name,
        };
        self.add_def(store, DEF_IMPORT, a.loc)
    }

    fn visit_excepthandler(&mut self, h: &ExceptHandler) -> Result {
        if let Some(t) = h.type_ {
            self.visit_expr(t)?;
        }
        if let Some(name) = h.name {
            self.add_def(name, DEF_LOCAL, h.loc)?;
        }
        self.visit_stmts(&h.body)
    }

    fn visit_withitem(&mut self, item: &WithItem) -> Result {
        self.visit_expr(item.context_expr)?;
        if let Some(v) = item.optional_vars {
            self.visit_expr(v)?;
        }
        Ok(())
    }

    fn visit_match_case(&mut self, m: &MatchCase) -> Result {
        self.visit_pattern(m.pattern)?;
        if let Some(g) = m.guard {
            self.visit_expr(g)?;
        }
        self.visit_stmts(&m.body)
    }

    fn visit_patterns(&mut self, ps: &[PatternId]) -> Result {
        ps.iter().try_for_each(|&p| self.visit_pattern(p))
    }

    fn visit_pattern(&mut self, id: PatternId) -> Result {
        self.enter_node()?;
        let ast = self.ast;
        let p = ast.pattern(id);
        match &p.kind {
            PatternKind::MatchValue { value } => self.visit_expr(*value)?,
            PatternKind::MatchSingleton { .. } => {}
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                self.visit_patterns(patterns)?
            }
            PatternKind::MatchStar { name } => {
                if let Some(n) = *name {
                    self.add_def(n, DEF_LOCAL, p.loc)?;
                }
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.visit_exprs(keys)?;
                self.visit_patterns(patterns)?;
                if let Some(r) = *rest {
                    self.add_def(r, DEF_LOCAL, p.loc)?;
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.visit_expr(*cls)?;
                self.visit_patterns(patterns)?;
                self.visit_patterns(kwd_patterns)?;
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(sub) = *pattern {
                    self.visit_pattern(sub)?;
                }
                if let Some(n) = *name {
                    self.add_def(n, DEF_LOCAL, p.loc)?;
                }
            }
        }
        self.depth -= 1;
        Ok(())
    }

    // ---- parameters and annotations ----

    fn visit_params(&mut self, args: &[Arg]) -> Result {
        args.iter()
            .try_for_each(|a| self.add_def(a.arg, DEF_PARAM, a.loc))
    }

    /// The parameters, inside the function's block.
    fn visit_arguments(&mut self, a: &Arguments) -> Result {
        self.visit_params(&a.posonlyargs)?;
        self.visit_params(&a.args)?;
        self.visit_params(&a.kwonlyargs)?;
        if let Some(v) = &a.vararg {
            self.add_def(v.arg, DEF_PARAM, v.loc)?;
            self.cur().varargs = true;
        }
        if let Some(k) = &a.kwarg {
            self.add_def(k.arg, DEF_PARAM, k.loc)?;
            self.cur().varkeywords = true;
        }
        Ok(())
    }

    /// One annotation, in an annotation block of its own under `from __future__ import
    /// annotations`.
    fn visit_annotation(&mut self, annotation: ExprId) -> Result {
        let future = self.future.annotations;
        if future {
            let loc = self.ast.expr(annotation).loc;
            let name = self.wk.annotation;
            self.enter_block(name, BlockKind::Annotation, BlockKey::Expr(annotation), loc);
        }
        self.visit_expr(annotation)?;
        if future {
            self.exit_block();
        }
        Ok(())
    }

    /// A function's parameter annotations (in one annotation block under the future import),
    /// then its return annotation (in another).
    fn visit_annotations(
        &mut self,
        def: StmtId,
        loc: Loc,
        a: &Arguments,
        returns: Option<ExprId>,
    ) -> Result {
        let future = self.future.annotations;
        if future {
            let name = self.wk.annotation;
            self.enter_block(name, BlockKind::Annotation, BlockKey::Stmt(def), loc);
        }
        let annotations = a.posonlyargs.iter().chain(&a.args);
        let annotations = annotations.chain(&a.vararg).chain(&a.kwarg);
        for arg in annotations.chain(&a.kwonlyargs) {
            if let Some(ann) = arg.annotation {
                self.visit_expr(ann)?;
            }
        }
        if future {
            self.exit_block();
        }
        if let Some(r) = returns {
            self.visit_annotation(r)?;
        }
        Ok(())
    }

    // ---- expressions ----

    fn visit_exprs(&mut self, exprs: &[ExprId]) -> Result {
        exprs.iter().try_for_each(|&e| self.visit_expr(e))
    }

    fn visit_opt_exprs(&mut self, exprs: &[Option<ExprId>]) -> Result {
        exprs.iter().flatten().try_for_each(|&e| self.visit_expr(e))
    }

    fn visit_keywords(&mut self, keywords: &[Keyword]) -> Result {
        keywords.iter().try_for_each(|k| self.visit_expr(k.value))
    }

    /// Raised for walrus, yield and await in an annotation under the future import.
    fn forbid_in_annotation(&self, what: &str, loc: Loc) -> Result {
        if self.blocks[self.cur.index()].kind == BlockKind::Annotation {
            return Err(SymtableError::ranged(
                format!("'{what}' can not be used within an annotation"),
                loc,
            ));
        }
        Ok(())
    }

    /// `yield` or `yield from`: the block becomes a generator; an error in a comprehension.
    fn mark_yield(&mut self, loc: Loc) -> Result {
        let cur = self.cur();
        cur.generator = true;
        let message = match cur.comprehension {
            None => return Ok(()),
            Some(Comprehension::List) => "'yield' inside list comprehension",
            Some(Comprehension::Set) => "'yield' inside set comprehension",
            Some(Comprehension::Dict) => "'yield' inside dict comprehension",
            Some(Comprehension::Generator) => "'yield' inside generator expression",
        };
        Err(SymtableError::ranged(message.into(), loc))
    }

    fn visit_expr(&mut self, id: ExprId) -> Result {
        self.enter_node()?;
        let ast = self.ast;
        let e = ast.expr(id);
        let loc = e.loc;
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                self.forbid_in_annotation("named expression", loc)?;
                self.handle_namedexpr(*target, *value, loc)?;
            }
            ExprKind::BoolOp { values, .. } => self.visit_exprs(values)?,
            ExprKind::BinOp { left, right, .. } => {
                self.visit_expr(*left)?;
                self.visit_expr(*right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(*operand)?,
            ExprKind::Lambda { args, body } => {
                self.visit_exprs(&args.defaults)?;
                self.visit_opt_exprs(&args.kw_defaults)?;
                let name = self.wk.lambda;
                self.enter_block(name, BlockKind::Function, BlockKey::Expr(id), loc);
                self.visit_arguments(args)?;
                self.visit_expr(*body)?;
                self.exit_block();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_expr(*test)?;
                self.visit_expr(*body)?;
                self.visit_expr(*orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                self.visit_opt_exprs(keys)?;
                self.visit_exprs(values)?;
            }
            ExprKind::Set { elts } => self.visit_exprs(elts)?,
            ExprKind::GeneratorExp { elt, generators } => {
                let name = self.wk.genexpr;
                let kind = Comprehension::Generator;
                self.handle_comprehension(id, name, kind, generators, *elt, None)?;
            }
            ExprKind::ListComp { elt, generators } => {
                let name = self.wk.listcomp;
                let kind = Comprehension::List;
                self.handle_comprehension(id, name, kind, generators, *elt, None)?;
            }
            ExprKind::SetComp { elt, generators } => {
                let name = self.wk.setcomp;
                let kind = Comprehension::Set;
                self.handle_comprehension(id, name, kind, generators, *elt, None)?;
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                let name = self.wk.dictcomp;
                let kind = Comprehension::Dict;
                self.handle_comprehension(id, name, kind, generators, *key, Some(*value))?;
            }
            ExprKind::Yield { value } => {
                self.forbid_in_annotation("yield expression", loc)?;
                if let Some(v) = *value {
                    self.visit_expr(v)?;
                }
                self.mark_yield(loc)?;
            }
            ExprKind::YieldFrom { value } => {
                self.forbid_in_annotation("yield expression", loc)?;
                self.visit_expr(*value)?;
                self.mark_yield(loc)?;
            }
            ExprKind::Await { value } => {
                self.forbid_in_annotation("await expression", loc)?;
                self.visit_expr(*value)?;
                self.cur().coroutine = true;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.visit_expr(*left)?;
                self.visit_exprs(comparators)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.visit_expr(*func)?;
                self.visit_exprs(args)?;
                self.visit_keywords(keywords)?;
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.visit_expr(*value)?;
                if let Some(spec) = *format_spec {
                    self.visit_expr(spec)?;
                }
            }
            ExprKind::JoinedStr { values } => self.visit_exprs(values)?,
            ExprKind::Constant { .. } => {}
            ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => {
                self.visit_expr(*value)?
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.visit_expr(*value)?;
                self.visit_expr(*slice)?;
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.visit_expr(*part)?;
                }
            }
            ExprKind::Name { id: name, ctx } => {
                let flag = if *ctx == ExprContext::Load {
                    USE
                } else {
                    DEF_LOCAL
                };
                self.add_def(*name, flag, loc)?;
                // `super` counts as a use of `__class__`.
                if *ctx == ExprContext::Load
                    && *name == self.wk.super_
                    && self.blocks[self.cur.index()].kind == BlockKind::Function
                {
                    self.add_def(self.wk.class_cell, USE, loc)?;
                }
            }
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.visit_exprs(elts)?,
        }
        self.depth -= 1;
        Ok(())
    }

    // ---- comprehensions and walrus ----

    fn visit_comprehension(&mut self, g: &Generator) -> Result {
        self.cur().comp_iter_target = true;
        self.visit_expr(g.target)?;
        self.cur().comp_iter_target = false;
        self.cur().comp_iter_expr += 1;
        self.visit_expr(g.iter)?;
        self.cur().comp_iter_expr -= 1;
        self.visit_exprs(&g.ifs)?;
        if g.is_async {
            self.cur().coroutine = true;
        }
        Ok(())
    }

    /// The first iterable is evaluated in the enclosing block; the rest is a function block
    /// whose parameter `.0` receives the iterator.
    fn handle_comprehension(
        &mut self,
        id: ExprId,
        name: Identifier,
        kind: Comprehension,
        generators: &[Generator],
        elt: ExprId,
        value: Option<ExprId>,
    ) -> Result {
        let Some(outermost) = generators.first() else {
            return Ok(());
        };
        self.cur().comp_iter_expr += 1;
        self.visit_expr(outermost.iter)?;
        self.cur().comp_iter_expr -= 1;
        let loc = self.ast.expr(id).loc;
        self.enter_block(name, BlockKind::Function, BlockKey::Expr(id), loc);
        self.cur().comprehension = Some(kind);
        if outermost.is_async {
            self.cur().coroutine = true;
        }
        self.add_def(self.wk.dot0, DEF_PARAM, loc)?;
        self.cur().comp_iter_target = true;
        self.visit_expr(outermost.target)?;
        self.cur().comp_iter_target = false;
        self.visit_exprs(&outermost.ifs)?;
        generators[1..]
            .iter()
            .try_for_each(|g| self.visit_comprehension(g))?;
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        self.visit_expr(elt)?;
        let is_generator = kind == Comprehension::Generator;
        self.cur().generator = is_generator;
        let is_async = self.cur().coroutine && !is_generator;
        self.exit_block();
        if is_async {
            self.cur().coroutine = true;
        }
        Ok(())
    }

    fn handle_namedexpr(&mut self, target: ExprId, value: ExprId, loc: Loc) -> Result {
        if self.blocks[self.cur.index()].comp_iter_expr > 0 {
            return Err(SymtableError::ranged(
                "assignment expression cannot be used in a comprehension iterable expression"
                    .into(),
                loc,
            ));
        }
        if self.blocks[self.cur.index()].comprehension.is_some() {
            self.extend_namedexpr_scope(target)?;
        }
        self.visit_expr(value)?;
        self.visit_expr(target)
    }

    /// A walrus in a comprehension binds in the nearest enclosing function or module.
    fn extend_namedexpr_scope(&mut self, target: ExprId) -> Result {
        let e = self.ast.expr(target);
        let ExprKind::Name { id: name, .. } = e.kind else {
            return Ok(());
        };
        let loc = e.loc;
        for i in (0..self.stack.len()).rev() {
            let ste = self.stack[i];
            let block = &self.blocks[ste.index()];
            let in_scope = block.flags(name);
            if block.comprehension.is_some() {
                if in_scope & DEF_COMP_ITER != 0 {
                    return Err(self.error_name(
                        "assignment expression cannot rebind comprehension iteration variable '{}'",
                        name,
                        loc,
                    ));
                }
                continue;
            }
            match block.kind {
                BlockKind::Function => {
                    let flag = if in_scope & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def(name, flag, loc)?;
                    self.record_directive(name, loc);
                    return self.add_def_in(name, DEF_LOCAL, ste, loc);
                }
                BlockKind::Module => {
                    self.add_def(name, DEF_GLOBAL, loc)?;
                    self.record_directive(name, loc);
                    return self.add_def_in(name, DEF_GLOBAL, ste, loc);
                }
                BlockKind::Class => {
                    return Err(SymtableError::ranged(
                        "assignment expression within a comprehension cannot be used in a class body"
                            .into(),
                        loc,
                    ));
                }
                BlockKind::Annotation => {}
            }
        }
        Ok(())
    }
}

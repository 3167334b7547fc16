//! Python `ast` node objects to taipan's AST (`taipan_ast::Ast`), for `compile(tree, ...)`:
//! CPython's `obj2ast_*` (field by field, in ASDL order, with its `TypeError`s) and the
//! checks of its `_PyAST_Validate` that keep the later passes on well-formed trees (`empty
//! body on If`, `Dict doesn't have the same number of keys as values`, ... as `ValueError`s).

use taipan_ast::{
    Alias, Arg, Arguments, Ast, BoolOperator, ClassDef, CmpOp, Comprehension, ConstantKind,
    ExceptHandler, Expr, ExprContext, ExprId, ExprKind, For, FunctionDef, Keyword, MatchCase, Mod,
    Mode, Operator, Pattern, PatternId, PatternKind, Stmt, StmtId, StmtKind, Try, TypeIgnore,
    UnaryOperator, With, WithItem,
};
use taipan_object::{ObjRef, PyResult, ThreadState};

use super::AstState;
use super::nodes::{CLASSES, idx};

/// The tree `o` (a `mod` node of the class `mode` requires) as taipan's AST.
pub fn to_ast(ts: &ThreadState, o: &ObjRef, mode: Mode) -> PyResult<Ast> {
    let st = super::state(ts)?;
    let (req, name) = match mode {
        Mode::Exec => (idx::Module, "Module"),
        Mode::Eval => (idx::Expression, "Expression"),
        Mode::Single => (idx::Interactive, "Interactive"),
        Mode::FuncType => (idx::FunctionType, "FunctionType"),
    };
    if !st.is(ts, o, req)? {
        return Err(ts.type_error(format!("expected {name} node, got {}", o.typ().name())));
    }
    let mut c = FromPy {
        ts,
        st: &st,
        ast: Ast {
            root: Mod::Interactive { body: Vec::new() },
            exprs: Default::default(),
            stmts: Default::default(),
            patterns: Default::default(),
            names: Default::default(),
        },
    };
    c.ast.root = c.module(o, req)?;
    Ok(c.ast)
}

/// The conversion's state: the tree being built.
pub struct FromPy<'a> {
    pub(super) ts: &'a ThreadState,
    pub(super) st: &'a AstState,
    pub(super) ast: Ast,
}

fn class_name(k: usize) -> &'static str {
    CLASSES[k].name
}

impl FromPy<'_> {
    fn invalid(&self, msg: impl AsRef<str>) -> taipan_object::PyErr {
        self.ts.value_error(msg)
    }

    fn module(&mut self, o: &ObjRef, k: usize) -> PyResult<Mod> {
        let owner = class_name(k);
        Ok(match k {
            idx::Module => {
                let body = self.stmts(o, "body", owner)?;
                let mut type_ignores = Vec::new();
                for t in self.list(o, "type_ignores", owner)? {
                    self.constructor(&t, idx::type_ignore)?;
                    let lineno = self.int_field(&t, "lineno", "TypeIgnore")?;
                    let tag = self.req(&t, "tag", "TypeIgnore")?;
                    let tag = match tag.downcast::<taipan_object::types::str_::PyStr>() {
                        Some(s) => s.as_str().into(),
                        None => return Err(self.ts.type_error("AST string must be of type str")),
                    };
                    type_ignores.push(TypeIgnore {
                        lineno: lineno.max(0) as u32,
                        tag,
                    });
                }
                Mod::Module { body, type_ignores }
            }
            idx::Interactive => Mod::Interactive {
                body: self.stmts(o, "body", owner)?,
            },
            idx::Expression => Mod::Expression {
                body: self.req_expr(o, "body", owner)?,
            },
            _ => Mod::FunctionType {
                argtypes: self.exprs(o, "argtypes", owner)?,
                returns: self.req_expr(o, "returns", owner)?,
            },
        })
    }

    // ---- statements ----

    fn stmts(&mut self, o: &ObjRef, name: &str, owner: &str) -> PyResult<Vec<StmtId>> {
        let items = self.list(o, name, owner)?;
        let mut out = Vec::with_capacity(items.len());
        for s in &items {
            if self.ts.is_none(s) {
                return Err(self.invalid("None disallowed in statement list"));
            }
            out.push(self.stmt(s)?);
        }
        Ok(out)
    }

    fn body(&mut self, o: &ObjRef, owner: &str) -> PyResult<Vec<StmtId>> {
        let body = self.stmts(o, "body", owner)?;
        if body.is_empty() {
            return Err(self.invalid(format!("empty body on {owner}")));
        }
        Ok(body)
    }

    fn stmt(&mut self, o: &ObjRef) -> PyResult<StmtId> {
        let loc = self.loc(o, "stmt", true)?;
        let k = self.constructor(o, idx::stmt)?;
        let owner = class_name(k);
        self.ts.enter_recursive(" while traversing 'stmt' node")?;
        let kind = self.stmt_kind(o, k, owner);
        self.ts.leave_recursive();
        let kind = kind?;
        Ok(self.ast.stmts.alloc(Stmt { kind, loc }))
    }

    fn stmt_kind(&mut self, o: &ObjRef, k: usize, owner: &str) -> PyResult<StmtKind> {
        Ok(match k {
            idx::FunctionDef | idx::AsyncFunctionDef => {
                let f = FunctionDef {
                    name: self.req_ident(o, "name", owner)?,
                    args: Box::new(self.req_arguments(o, owner)?),
                    body: self.body(o, owner)?,
                    decorator_list: self.exprs(o, "decorator_list", owner)?,
                    returns: self.opt_expr(o, "returns")?,
                    type_comment: self.string(o, "type_comment")?,
                };
                if k == idx::FunctionDef {
                    StmtKind::FunctionDef(f)
                } else {
                    StmtKind::AsyncFunctionDef(f)
                }
            }
            idx::ClassDef => StmtKind::ClassDef(ClassDef {
                name: self.req_ident(o, "name", owner)?,
                bases: self.exprs(o, "bases", owner)?,
                keywords: self.keywords(o, owner)?,
                body: self.body(o, owner)?,
                decorator_list: self.exprs(o, "decorator_list", owner)?,
            }),
            idx::Return => StmtKind::Return {
                value: self.opt_expr(o, "value")?,
            },
            idx::Delete => StmtKind::Delete {
                targets: self.nonempty_exprs(o, "targets", owner)?,
            },
            idx::Assign => StmtKind::Assign {
                targets: self.nonempty_exprs(o, "targets", owner)?,
                value: self.req_expr(o, "value", owner)?,
                type_comment: self.string(o, "type_comment")?,
            },
            idx::AugAssign => StmtKind::AugAssign {
                target: self.req_expr(o, "target", owner)?,
                op: self.operator(o, owner)?,
                value: self.req_expr(o, "value", owner)?,
            },
            idx::AnnAssign => StmtKind::AnnAssign {
                target: self.req_expr(o, "target", owner)?,
                annotation: self.req_expr(o, "annotation", owner)?,
                value: self.opt_expr(o, "value")?,
                simple: self.int_field(o, "simple", owner)? != 0,
            },
            idx::For | idx::AsyncFor => {
                let f = For {
                    target: self.req_expr(o, "target", owner)?,
                    iter: self.req_expr(o, "iter", owner)?,
                    body: self.body(o, owner)?,
                    orelse: self.stmts(o, "orelse", owner)?,
                    type_comment: self.string(o, "type_comment")?,
                };
                if k == idx::For {
                    StmtKind::For(f)
                } else {
                    StmtKind::AsyncFor(f)
                }
            }
            idx::While | idx::If => {
                let test = self.req_expr(o, "test", owner)?;
                let body = self.body(o, owner)?;
                let orelse = self.stmts(o, "orelse", owner)?;
                if k == idx::While {
                    StmtKind::While { test, body, orelse }
                } else {
                    StmtKind::If { test, body, orelse }
                }
            }
            idx::With | idx::AsyncWith => {
                let mut items = Vec::new();
                for w in self.list(o, "items", owner)? {
                    items.push(WithItem {
                        context_expr: self.req_expr(&w, "context_expr", "withitem")?,
                        optional_vars: self.opt_expr(&w, "optional_vars")?,
                    });
                }
                if items.is_empty() {
                    return Err(self.invalid(format!("empty items on {owner}")));
                }
                let w = With {
                    items,
                    body: self.body(o, owner)?,
                    type_comment: self.string(o, "type_comment")?,
                };
                if k == idx::With {
                    StmtKind::With(w)
                } else {
                    StmtKind::AsyncWith(w)
                }
            }
            idx::Match => {
                let subject = self.req_expr(o, "subject", owner)?;
                let mut cases = Vec::new();
                for c in self.list(o, "cases", owner)? {
                    cases.push(MatchCase {
                        pattern: self.req_pattern(&c, "pattern", "match_case")?,
                        guard: self.opt_expr(&c, "guard")?,
                        body: self.body(&c, "match_case")?,
                    });
                }
                if cases.is_empty() {
                    return Err(self.invalid("empty cases on Match"));
                }
                StmtKind::Match { subject, cases }
            }
            idx::Raise => {
                let exc = self.opt_expr(o, "exc")?;
                let cause = self.opt_expr(o, "cause")?;
                if exc.is_none() && cause.is_some() {
                    return Err(self.invalid("Raise with cause but no exception"));
                }
                StmtKind::Raise { exc, cause }
            }
            idx::Try | idx::TryStar => {
                let body = self.body(o, owner)?;
                let mut handlers = Vec::new();
                for h in self.list(o, "handlers", owner)? {
                    let loc = self.loc(&h, "excepthandler", false)?;
                    self.constructor(&h, idx::excepthandler)?;
                    handlers.push(ExceptHandler {
                        type_: self.opt_expr(&h, "type")?,
                        name: self.opt_ident(&h, "name")?,
                        body: self.body(&h, "ExceptHandler")?,
                        loc,
                    });
                }
                let orelse = self.stmts(o, "orelse", owner)?;
                let finalbody = self.stmts(o, "finalbody", owner)?;
                if handlers.is_empty() && finalbody.is_empty() {
                    return Err(
                        self.invalid(format!("{owner} has neither except handlers nor finalbody"))
                    );
                }
                if handlers.is_empty() && !orelse.is_empty() {
                    return Err(self.invalid(format!("{owner} has orelse but no except handlers")));
                }
                let t = Try {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                };
                if k == idx::Try {
                    StmtKind::Try(t)
                } else {
                    StmtKind::TryStar(t)
                }
            }
            idx::Assert => StmtKind::Assert {
                test: self.req_expr(o, "test", owner)?,
                msg: self.opt_expr(o, "msg")?,
            },
            idx::Import => {
                let names = self.aliases(o, owner)?;
                if names.is_empty() {
                    return Err(self.invalid("empty names on Import"));
                }
                StmtKind::Import { names }
            }
            idx::ImportFrom => {
                let module = self.opt_ident(o, "module")?;
                let names = self.aliases(o, owner)?;
                let level = match self.opt(o, "level")? {
                    Some(v) => Some(self.int(&v)?),
                    None => None,
                };
                if level.is_some_and(|l| l < 0) {
                    return Err(self.invalid("Negative ImportFrom level"));
                }
                if names.is_empty() {
                    return Err(self.invalid("empty names on ImportFrom"));
                }
                StmtKind::ImportFrom {
                    module,
                    names,
                    level: level.map(|l| l.min(u32::MAX as i64) as u32),
                }
            }
            idx::Global | idx::Nonlocal => {
                let mut names = Vec::new();
                for n in self.list(o, "names", owner)? {
                    match self.ident(&n)? {
                        Some(i) => names.push(i),
                        None => return Err(self.invalid("None disallowed in identifier list")),
                    }
                }
                if names.is_empty() {
                    return Err(self.invalid(format!("empty names on {owner}")));
                }
                if k == idx::Global {
                    StmtKind::Global { names }
                } else {
                    StmtKind::Nonlocal { names }
                }
            }
            idx::Expr => StmtKind::Expr {
                value: self.req_expr(o, "value", owner)?,
            },
            idx::Pass => StmtKind::Pass,
            idx::Break => StmtKind::Break,
            _ => StmtKind::Continue,
        })
    }

    fn aliases(&mut self, o: &ObjRef, owner: &str) -> PyResult<Vec<Alias>> {
        let mut out = Vec::new();
        for a in self.list(o, "names", owner)? {
            let loc = self.loc(&a, "alias", false)?;
            out.push(Alias {
                name: self.req_ident(&a, "name", "alias")?,
                asname: self.opt_ident(&a, "asname")?,
                loc,
            });
        }
        Ok(out)
    }

    fn keywords(&mut self, o: &ObjRef, owner: &str) -> PyResult<Vec<Keyword>> {
        let mut out = Vec::new();
        for kw in self.list(o, "keywords", owner)? {
            let loc = self.loc(&kw, "keyword", false)?;
            out.push(Keyword {
                arg: self.opt_ident(&kw, "arg")?,
                value: self.req_expr(&kw, "value", "keyword")?,
                loc,
            });
        }
        Ok(out)
    }

    fn arg(&mut self, a: &ObjRef) -> PyResult<Arg> {
        let loc = self.loc(a, "arg", false)?;
        Ok(Arg {
            arg: self.req_ident(a, "arg", "arg")?,
            annotation: self.opt_expr(a, "annotation")?,
            type_comment: self.string(a, "type_comment")?,
            loc,
        })
    }

    fn args(&mut self, o: &ObjRef, name: &str) -> PyResult<Vec<Arg>> {
        let mut out = Vec::new();
        for a in self.list(o, name, "arguments")? {
            if self.ts.is_none(&a) {
                return Err(self.invalid("None disallowed in arguments list"));
            }
            out.push(self.arg(&a)?);
        }
        Ok(out)
    }

    fn opt_arg(&mut self, o: &ObjRef, name: &str) -> PyResult<Option<Arg>> {
        match self.opt(o, name)? {
            Some(a) => Ok(Some(self.arg(&a)?)),
            None => Ok(None),
        }
    }

    fn req_arguments(&mut self, o: &ObjRef, owner: &str) -> PyResult<Arguments> {
        let a = self.req(o, "args", owner)?;
        let mut kw_defaults = Vec::new();
        let posonlyargs = self.args(&a, "posonlyargs")?;
        let args = self.args(&a, "args")?;
        let vararg = self.opt_arg(&a, "vararg")?;
        let kwonlyargs = self.args(&a, "kwonlyargs")?;
        for d in self.list(&a, "kw_defaults", "arguments")? {
            kw_defaults.push(self.expr(&d)?);
        }
        let kwarg = self.opt_arg(&a, "kwarg")?;
        let defaults = self.exprs(&a, "defaults", "arguments")?;
        if defaults.len() > posonlyargs.len() + args.len() {
            return Err(self.invalid("more positional defaults than args on arguments"));
        }
        if kw_defaults.len() != kwonlyargs.len() {
            return Err(
                self.invalid("length of kwonlyargs is not the same as kw_defaults on arguments")
            );
        }
        Ok(Arguments {
            posonlyargs,
            args,
            vararg,
            kwonlyargs,
            kw_defaults,
            kwarg,
            defaults,
        })
    }

    // ---- expressions ----

    /// An `expr` value (`None` for `None`).
    fn expr(&mut self, o: &ObjRef) -> PyResult<Option<ExprId>> {
        if self.ts.is_none(o) {
            return Ok(None);
        }
        let loc = self.loc(o, "expr", true)?;
        let k = self.constructor(o, idx::expr)?;
        let owner = class_name(k);
        self.ts.enter_recursive(" while traversing 'expr' node")?;
        let kind = self.expr_kind(o, k, owner);
        self.ts.leave_recursive();
        let kind = kind?;
        Ok(Some(self.ast.exprs.alloc(Expr { kind, loc })))
    }

    fn req_expr(&mut self, o: &ObjRef, name: &str, owner: &str) -> PyResult<ExprId> {
        let v = self.req(o, name, owner)?;
        match self.expr(&v)? {
            Some(e) => Ok(e),
            None => Err(self.invalid(format!("field '{name}' is required for {owner}"))),
        }
    }

    fn opt_expr(&mut self, o: &ObjRef, name: &str) -> PyResult<Option<ExprId>> {
        match self.attr(o, name)? {
            Some(v) => self.expr(&v),
            None => Ok(None),
        }
    }

    fn exprs(&mut self, o: &ObjRef, name: &str, owner: &str) -> PyResult<Vec<ExprId>> {
        let items = self.list(o, name, owner)?;
        let mut out = Vec::with_capacity(items.len());
        for e in &items {
            match self.expr(e)? {
                Some(e) => out.push(e),
                None => return Err(self.invalid("None disallowed in expression list")),
            }
        }
        Ok(out)
    }

    fn nonempty_exprs(&mut self, o: &ObjRef, name: &str, owner: &str) -> PyResult<Vec<ExprId>> {
        let v = self.exprs(o, name, owner)?;
        if v.is_empty() {
            return Err(self.invalid(format!("empty {name} on {owner}")));
        }
        Ok(v)
    }

    fn ctx(&mut self, o: &ObjRef, owner: &str) -> PyResult<ExprContext> {
        let v = self.req(o, "ctx", owner)?;
        Ok(match self.unit_class(&v, idx::expr_context)? {
            "Store" => ExprContext::Store,
            "Del" => ExprContext::Del,
            _ => ExprContext::Load,
        })
    }

    fn operator(&mut self, o: &ObjRef, owner: &str) -> PyResult<Operator> {
        let v = self.req(o, "op", owner)?;
        Ok(match self.unit_class(&v, idx::operator)? {
            "Add" => Operator::Add,
            "Sub" => Operator::Sub,
            "Mult" => Operator::Mult,
            "MatMult" => Operator::MatMult,
            "Div" => Operator::Div,
            "Mod" => Operator::Mod,
            "Pow" => Operator::Pow,
            "LShift" => Operator::LShift,
            "RShift" => Operator::RShift,
            "BitOr" => Operator::BitOr,
            "BitXor" => Operator::BitXor,
            "BitAnd" => Operator::BitAnd,
            _ => Operator::FloorDiv,
        })
    }

    fn comprehensions(&mut self, o: &ObjRef, owner: &str) -> PyResult<Vec<Comprehension>> {
        let mut out = Vec::new();
        for g in self.list(o, "generators", owner)? {
            out.push(Comprehension {
                target: self.req_expr(&g, "target", "comprehension")?,
                iter: self.req_expr(&g, "iter", "comprehension")?,
                ifs: self.exprs(&g, "ifs", "comprehension")?,
                is_async: self.int_field(&g, "is_async", "comprehension")? != 0,
            });
        }
        if out.is_empty() {
            return Err(self.invalid("comprehension with no generators"));
        }
        Ok(out)
    }

    fn expr_kind(&mut self, o: &ObjRef, k: usize, owner: &str) -> PyResult<ExprKind> {
        Ok(match k {
            idx::BoolOp => {
                let v = self.req(o, "op", owner)?;
                let op = match self.unit_class(&v, idx::boolop)? {
                    "And" => BoolOperator::And,
                    _ => BoolOperator::Or,
                };
                let values = self.exprs(o, "values", owner)?;
                if values.len() < 2 {
                    return Err(self.invalid("BoolOp with less than 2 values"));
                }
                ExprKind::BoolOp { op, values }
            }
            idx::NamedExpr => ExprKind::NamedExpr {
                target: self.req_expr(o, "target", owner)?,
                value: self.req_expr(o, "value", owner)?,
            },
            idx::BinOp => ExprKind::BinOp {
                left: self.req_expr(o, "left", owner)?,
                op: self.operator(o, owner)?,
                right: self.req_expr(o, "right", owner)?,
            },
            idx::UnaryOp => {
                let v = self.req(o, "op", owner)?;
                let op = match self.unit_class(&v, idx::unaryop)? {
                    "Invert" => UnaryOperator::Invert,
                    "Not" => UnaryOperator::Not,
                    "UAdd" => UnaryOperator::UAdd,
                    _ => UnaryOperator::USub,
                };
                ExprKind::UnaryOp {
                    op,
                    operand: self.req_expr(o, "operand", owner)?,
                }
            }
            idx::Lambda => ExprKind::Lambda {
                args: Box::new(self.req_arguments(o, owner)?),
                body: self.req_expr(o, "body", owner)?,
            },
            idx::IfExp => ExprKind::IfExp {
                test: self.req_expr(o, "test", owner)?,
                body: self.req_expr(o, "body", owner)?,
                orelse: self.req_expr(o, "orelse", owner)?,
            },
            idx::Dict => {
                let mut keys = Vec::new();
                for key in self.list(o, "keys", owner)? {
                    keys.push(self.expr(&key)?);
                }
                let values = self.exprs(o, "values", owner)?;
                if keys.len() != values.len() {
                    return Err(self.invalid("Dict doesn't have the same number of keys as values"));
                }
                ExprKind::Dict { keys, values }
            }
            idx::Set => ExprKind::Set {
                elts: self.exprs(o, "elts", owner)?,
            },
            idx::ListComp | idx::SetComp | idx::GeneratorExp => {
                let elt = self.req_expr(o, "elt", owner)?;
                let generators = self.comprehensions(o, owner)?;
                match k {
                    idx::ListComp => ExprKind::ListComp { elt, generators },
                    idx::SetComp => ExprKind::SetComp { elt, generators },
                    _ => ExprKind::GeneratorExp { elt, generators },
                }
            }
            idx::DictComp => ExprKind::DictComp {
                key: self.req_expr(o, "key", owner)?,
                value: self.req_expr(o, "value", owner)?,
                generators: self.comprehensions(o, owner)?,
            },
            idx::Await => ExprKind::Await {
                value: self.req_expr(o, "value", owner)?,
            },
            idx::Yield => ExprKind::Yield {
                value: self.opt_expr(o, "value")?,
            },
            idx::YieldFrom => ExprKind::YieldFrom {
                value: self.req_expr(o, "value", owner)?,
            },
            idx::Compare => {
                let left = self.req_expr(o, "left", owner)?;
                let mut ops = Vec::new();
                for op in self.list(o, "ops", owner)? {
                    ops.push(match self.unit_class(&op, idx::cmpop)? {
                        "Eq" => CmpOp::Eq,
                        "NotEq" => CmpOp::NotEq,
                        "Lt" => CmpOp::Lt,
                        "LtE" => CmpOp::LtE,
                        "Gt" => CmpOp::Gt,
                        "GtE" => CmpOp::GtE,
                        "Is" => CmpOp::Is,
                        "IsNot" => CmpOp::IsNot,
                        "In" => CmpOp::In,
                        _ => CmpOp::NotIn,
                    });
                }
                let comparators = self.exprs(o, "comparators", owner)?;
                if comparators.is_empty() {
                    return Err(self.invalid("Compare with no comparators"));
                }
                if comparators.len() != ops.len() {
                    return Err(
                        self.invalid("Compare has a different number of comparators and operands")
                    );
                }
                ExprKind::Compare {
                    left,
                    ops,
                    comparators,
                }
            }
            idx::Call => ExprKind::Call {
                func: self.req_expr(o, "func", owner)?,
                args: self.exprs(o, "args", owner)?,
                keywords: self.keywords(o, owner)?,
            },
            idx::FormattedValue => {
                let value = self.req_expr(o, "value", owner)?;
                let conversion = self.int_field(o, "conversion", owner)? as i32;
                let format_spec = self.opt_expr(o, "format_spec")?;
                if !matches!(conversion, -1 | 115 | 114 | 97) {
                    return Err(self
                        .ts
                        .system_error(format!("Unrecognized conversion character {conversion}")));
                }
                ExprKind::FormattedValue {
                    value,
                    conversion,
                    format_spec,
                }
            }
            idx::JoinedStr => ExprKind::JoinedStr {
                values: self.exprs(o, "values", owner)?,
            },
            idx::Constant => {
                let v = self.req(o, "value", owner)?;
                let value = self.constant(&v)?;
                let kind = match self.string(o, "kind")?.as_deref() {
                    Some("u") => ConstantKind::U,
                    _ => ConstantKind::None,
                };
                ExprKind::Constant { value, kind }
            }
            idx::Attribute => ExprKind::Attribute {
                value: self.req_expr(o, "value", owner)?,
                attr: self.req_ident(o, "attr", owner)?,
                ctx: self.ctx(o, owner)?,
            },
            idx::Subscript => ExprKind::Subscript {
                value: self.req_expr(o, "value", owner)?,
                slice: self.req_expr(o, "slice", owner)?,
                ctx: self.ctx(o, owner)?,
            },
            idx::Starred => ExprKind::Starred {
                value: self.req_expr(o, "value", owner)?,
                ctx: self.ctx(o, owner)?,
            },
            idx::Name => {
                let id = self.req_ident(o, "id", owner)?;
                let ctx = self.ctx(o, owner)?;
                let text = self.ast.names.get(id);
                if matches!(text, "None" | "True" | "False") {
                    return Err(self.invalid(format!(
                        "identifier field can't represent '{text}' constant"
                    )));
                }
                ExprKind::Name { id, ctx }
            }
            idx::List | idx::Tuple => {
                let elts = self.exprs(o, "elts", owner)?;
                let ctx = self.ctx(o, owner)?;
                if k == idx::List {
                    ExprKind::List { elts, ctx }
                } else {
                    ExprKind::Tuple { elts, ctx }
                }
            }
            _ => ExprKind::Slice {
                lower: self.opt_expr(o, "lower")?,
                upper: self.opt_expr(o, "upper")?,
                step: self.opt_expr(o, "step")?,
            },
        })
    }

    // ---- patterns ----

    fn req_pattern(&mut self, o: &ObjRef, name: &str, owner: &str) -> PyResult<PatternId> {
        let v = self.req(o, name, owner)?;
        if self.ts.is_none(&v) {
            return Err(self.invalid(format!("field '{name}' is required for {owner}")));
        }
        self.pattern(&v)
    }

    fn patterns(&mut self, o: &ObjRef, name: &str, owner: &str) -> PyResult<Vec<PatternId>> {
        let items = self.list(o, name, owner)?;
        let mut out = Vec::with_capacity(items.len());
        for p in &items {
            if self.ts.is_none(p) {
                return Err(self.invalid("None disallowed in pattern list"));
            }
            out.push(self.pattern(p)?);
        }
        Ok(out)
    }

    fn pattern(&mut self, o: &ObjRef) -> PyResult<PatternId> {
        let loc = self.loc(o, "pattern", true)?;
        let k = self.constructor(o, idx::pattern)?;
        let owner = class_name(k);
        self.ts
            .enter_recursive(" while traversing 'pattern' node")?;
        let kind = self.pattern_kind(o, k, owner);
        self.ts.leave_recursive();
        let kind = kind?;
        Ok(self.ast.patterns.alloc(Pattern { kind, loc }))
    }

    fn pattern_kind(&mut self, o: &ObjRef, k: usize, owner: &str) -> PyResult<PatternKind> {
        Ok(match k {
            idx::MatchValue => PatternKind::MatchValue {
                value: self.req_expr(o, "value", owner)?,
            },
            idx::MatchSingleton => {
                let v = self.req(o, "value", owner)?;
                PatternKind::MatchSingleton {
                    value: self.constant(&v)?,
                }
            }
            idx::MatchSequence => PatternKind::MatchSequence {
                patterns: self.patterns(o, "patterns", owner)?,
            },
            idx::MatchMapping => {
                let keys = self.exprs(o, "keys", owner)?;
                let patterns = self.patterns(o, "patterns", owner)?;
                let rest = self.opt_ident(o, "rest")?;
                if keys.len() != patterns.len() {
                    return Err(self
                        .invalid("MatchMapping doesn't have the same number of keys as patterns"));
                }
                PatternKind::MatchMapping {
                    keys,
                    patterns,
                    rest,
                }
            }
            idx::MatchClass => {
                let cls = self.req_expr(o, "cls", owner)?;
                let patterns = self.patterns(o, "patterns", owner)?;
                let mut kwd_attrs = Vec::new();
                for a in self.list(o, "kwd_attrs", owner)? {
                    match self.ident(&a)? {
                        Some(i) => kwd_attrs.push(i),
                        None => return Err(self.invalid("None disallowed in identifier list")),
                    }
                }
                let kwd_patterns = self.patterns(o, "kwd_patterns", owner)?;
                if kwd_attrs.len() != kwd_patterns.len() {
                    return Err(self.invalid(
                        "MatchClass doesn't have the same number of keyword attributes as patterns",
                    ));
                }
                PatternKind::MatchClass {
                    cls,
                    patterns,
                    kwd_attrs,
                    kwd_patterns,
                }
            }
            idx::MatchStar => PatternKind::MatchStar {
                name: self.opt_ident(o, "name")?,
            },
            idx::MatchAs => {
                let pattern = match self.opt(o, "pattern")? {
                    Some(p) => Some(self.pattern(&p)?),
                    None => None,
                };
                PatternKind::MatchAs {
                    pattern,
                    name: self.opt_ident(o, "name")?,
                }
            }
            _ => PatternKind::MatchOr {
                patterns: self.patterns(o, "patterns", owner)?,
            },
        })
    }
}

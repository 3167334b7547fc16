//! `ast.dump()`: the text CPython 3.11's `Lib/ast.py` `dump(node, annotate_fields=True,
//! include_attributes=..., indent=...)` writes, byte for byte.
//!
//! Two layers: [`Dumper`] turns typed nodes into a small generic tree ([`Value`]: a node with
//! named fields, a list, or the `repr()` of a leaf), and [`format`] applies `dump()`'s layout rules
//! to it (a node goes on one line when all its fields are "simple" and it has at most three of
//! them; optional fields that are `None` are left out; positions follow the fields).

use crate::repr::{constant_repr, utf8_str_repr};
use crate::{
    Alias, Arg, Arguments, Ast, Comprehension, ConstantKind, ExceptHandler, ExprId, ExprKind,
    Identifier, Keyword, Loc, MatchCase, Mod, PatternId, PatternKind, StmtId, StmtKind, WithItem,
};

/// The options of `ast.dump()`.
#[derive(Clone, Debug, Default)]
pub struct DumpOptions {
    /// `include_attributes=True`: print `lineno`, `col_offset`, `end_lineno`, `end_col_offset`.
    pub include_attributes: bool,
    /// `indent=`: `None` for one line, else the string repeated per level (`indent=2` is two
    /// spaces).
    pub indent: Option<String>,
}

impl DumpOptions {
    pub fn with_attributes() -> Self {
        DumpOptions {
            include_attributes: true,
            indent: None,
        }
    }
    pub fn indented(n: usize) -> Self {
        DumpOptions {
            include_attributes: false,
            indent: Some(" ".repeat(n)),
        }
    }
}

/// `ast.dump(tree, ...)` of the whole tree.
pub fn dump(ast: &Ast, options: &DumpOptions) -> String {
    let value = Dumper::new(ast, options).module();
    format(&value, options.indent.as_deref())
}

/// `ast.dump(node, ...)` of one expression.
pub fn dump_expr(ast: &Ast, id: ExprId, options: &DumpOptions) -> String {
    format(
        &Dumper::new(ast, options).expr(id),
        options.indent.as_deref(),
    )
}

/// `ast.dump(node, ...)` of one statement.
pub fn dump_stmt(ast: &Ast, id: StmtId, options: &DumpOptions) -> String {
    format(
        &Dumper::new(ast, options).stmt(id),
        options.indent.as_deref(),
    )
}

/// What `dump()` sees of a value: an AST node, a list, or a leaf already turned into its repr.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Node {
        class: &'static str,
        /// Fields then attributes, in order; `None`-valued optional fields are already left out.
        fields: Vec<(&'static str, Value)>,
    },
    List(Vec<Value>),
    Leaf(String),
}

/// Lays out a [`Value`] as `dump()` does (`_format` in `Lib/ast.py`).
pub fn format(value: &Value, indent: Option<&str>) -> String {
    let mut out = String::new();
    format_into(value, indent, 0, &mut out);
    out
}

/// Writes `value` and says whether it is "simple" (a leaf, an empty list, a node with no fields).
fn format_into(value: &Value, indent: Option<&str>, level: usize, out: &mut String) -> bool {
    let level = level + indent.is_some() as usize;
    let newline = |out: &mut String| {
        if let Some(ind) = indent {
            out.push('\n');
            for _ in 0..level {
                out.push_str(ind);
            }
        }
    };
    let sep = |out: &mut String| {
        out.push(',');
        if indent.is_some() {
            newline(out);
        } else {
            out.push(' ');
        }
    };
    match value {
        Value::Leaf(text) => {
            out.push_str(text);
            true
        }
        Value::List(items) if items.is_empty() => {
            out.push_str("[]");
            true
        }
        Value::List(items) => {
            out.push('[');
            newline(out);
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    sep(out);
                }
                format_into(item, indent, level, out);
            }
            out.push(']');
            false
        }
        Value::Node { class, fields } => {
            // Format the fields first: the layout depends on whether they are all simple.
            let mut all_simple = true;
            let parts: Vec<String> = fields
                .iter()
                .map(|(name, v)| {
                    let mut s = String::with_capacity(name.len() + 16);
                    s.push_str(name);
                    s.push('=');
                    all_simple &= format_into(v, indent, level, &mut s);
                    s
                })
                .collect();
            out.push_str(class);
            out.push('(');
            if all_simple && parts.len() <= 3 {
                out.push_str(&parts.join(", "));
                out.push(')');
                return parts.is_empty();
            }
            newline(out);
            for (i, part) in parts.iter().enumerate() {
                if i > 0 {
                    sep(out);
                }
                out.push_str(part);
            }
            out.push(')');
            false
        }
    }
}

/// Turns the typed tree into [`Value`]s, field by field in the ASDL's order.
pub struct Dumper<'a> {
    ast: &'a Ast,
    attributes: bool,
}

type Fields = Vec<(&'static str, Value)>;

fn leaf(text: impl Into<String>) -> Value {
    Value::Leaf(text.into())
}

fn unit(class: &'static str) -> Value {
    Value::Node {
        class,
        fields: Vec::new(),
    }
}

impl<'a> Dumper<'a> {
    pub fn new(ast: &'a Ast, options: &DumpOptions) -> Self {
        Dumper {
            ast,
            attributes: options.include_attributes,
        }
    }

    fn node(&self, class: &'static str, mut fields: Fields, loc: Option<Loc>) -> Value {
        if let (true, Some(loc)) = (self.attributes, loc) {
            fields.push(("lineno", leaf(loc.lineno.to_string())));
            fields.push(("col_offset", leaf(loc.col_offset.to_string())));
            fields.push(("end_lineno", leaf(loc.end_lineno.to_string())));
            fields.push(("end_col_offset", leaf(loc.end_col_offset.to_string())));
        }
        Value::Node { class, fields }
    }

    fn ident(&self, id: Identifier) -> Value {
        leaf(utf8_str_repr(&self.ast.names[id]))
    }

    fn idents(&self, ids: &[Identifier]) -> Value {
        Value::List(ids.iter().map(|&id| self.ident(id)).collect())
    }

    fn exprs(&self, ids: &[ExprId]) -> Value {
        Value::List(ids.iter().map(|&id| self.expr(id)).collect())
    }

    fn stmts(&self, ids: &[StmtId]) -> Value {
        Value::List(ids.iter().map(|&id| self.stmt(id)).collect())
    }

    fn patterns(&self, ids: &[PatternId]) -> Value {
        Value::List(ids.iter().map(|&id| self.pattern(id)).collect())
    }

    pub fn module(&self) -> Value {
        match &self.ast.root {
            Mod::Module { body, type_ignores } => {
                let ignores = type_ignores
                    .iter()
                    .map(|t| {
                        let fields = vec![
                            ("lineno", leaf(t.lineno.to_string())),
                            ("tag", leaf(utf8_str_repr(&t.tag))),
                        ];
                        self.node("TypeIgnore", fields, None)
                    })
                    .collect();
                let fields = vec![
                    ("body", self.stmts(body)),
                    ("type_ignores", Value::List(ignores)),
                ];
                self.node("Module", fields, None)
            }
            Mod::Interactive { body } => {
                self.node("Interactive", vec![("body", self.stmts(body))], None)
            }
            Mod::Expression { body } => {
                self.node("Expression", vec![("body", self.expr(*body))], None)
            }
            Mod::FunctionType { argtypes, returns } => {
                let fields = vec![
                    ("argtypes", self.exprs(argtypes)),
                    ("returns", self.expr(*returns)),
                ];
                self.node("FunctionType", fields, None)
            }
        }
    }

    pub fn expr(&self, id: ExprId) -> Value {
        let e = self.ast.expr(id);
        let mut f: Fields = Vec::with_capacity(8);
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                f.push(("op", unit(op.class_name())));
                f.push(("values", self.exprs(values)));
            }
            ExprKind::NamedExpr { target, value } => {
                f.push(("target", self.expr(*target)));
                f.push(("value", self.expr(*value)));
            }
            ExprKind::BinOp { left, op, right } => {
                f.push(("left", self.expr(*left)));
                f.push(("op", unit(op.class_name())));
                f.push(("right", self.expr(*right)));
            }
            ExprKind::UnaryOp { op, operand } => {
                f.push(("op", unit(op.class_name())));
                f.push(("operand", self.expr(*operand)));
            }
            ExprKind::Lambda { args, body } => {
                f.push(("args", self.arguments(args)));
                f.push(("body", self.expr(*body)));
            }
            ExprKind::IfExp { test, body, orelse } => {
                f.push(("test", self.expr(*test)));
                f.push(("body", self.expr(*body)));
                f.push(("orelse", self.expr(*orelse)));
            }
            ExprKind::Dict { keys, values } => {
                let keys = keys
                    .iter()
                    .map(|k| k.map_or_else(|| leaf("None"), |k| self.expr(k)))
                    .collect();
                f.push(("keys", Value::List(keys)));
                f.push(("values", self.exprs(values)));
            }
            ExprKind::Set { elts } => f.push(("elts", self.exprs(elts))),
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                f.push(("elt", self.expr(*elt)));
                f.push(("generators", self.comprehensions(generators)));
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                f.push(("key", self.expr(*key)));
                f.push(("value", self.expr(*value)));
                f.push(("generators", self.comprehensions(generators)));
            }
            ExprKind::Await { value } | ExprKind::YieldFrom { value } => {
                f.push(("value", self.expr(*value)))
            }
            ExprKind::Yield { value } => self.opt_expr(&mut f, "value", *value),
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                f.push(("left", self.expr(*left)));
                f.push((
                    "ops",
                    Value::List(ops.iter().map(|op| unit(op.class_name())).collect()),
                ));
                f.push(("comparators", self.exprs(comparators)));
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                f.push(("func", self.expr(*func)));
                f.push(("args", self.exprs(args)));
                f.push(("keywords", self.keywords(keywords)));
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                f.push(("value", self.expr(*value)));
                f.push(("conversion", leaf(conversion.to_string())));
                self.opt_expr(&mut f, "format_spec", *format_spec);
            }
            ExprKind::JoinedStr { values } => f.push(("values", self.exprs(values))),
            ExprKind::Constant { value, kind } => {
                f.push(("value", leaf(constant_repr(value))));
                if *kind == ConstantKind::U {
                    f.push(("kind", leaf("'u'")));
                }
            }
            ExprKind::Attribute { value, attr, ctx } => {
                f.push(("value", self.expr(*value)));
                f.push(("attr", self.ident(*attr)));
                f.push(("ctx", unit(ctx.class_name())));
            }
            ExprKind::Subscript { value, slice, ctx } => {
                f.push(("value", self.expr(*value)));
                f.push(("slice", self.expr(*slice)));
                f.push(("ctx", unit(ctx.class_name())));
            }
            ExprKind::Starred { value, ctx } => {
                f.push(("value", self.expr(*value)));
                f.push(("ctx", unit(ctx.class_name())));
            }
            ExprKind::Name { id, ctx } => {
                f.push(("id", self.ident(*id)));
                f.push(("ctx", unit(ctx.class_name())));
            }
            ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => {
                f.push(("elts", self.exprs(elts)));
                f.push(("ctx", unit(ctx.class_name())));
            }
            ExprKind::Slice { lower, upper, step } => {
                self.opt_expr(&mut f, "lower", *lower);
                self.opt_expr(&mut f, "upper", *upper);
                self.opt_expr(&mut f, "step", *step);
            }
        }
        self.node(e.kind.class_name(), f, Some(e.loc))
    }

    fn opt_expr(&self, f: &mut Fields, name: &'static str, id: Option<ExprId>) {
        if let Some(id) = id {
            f.push((name, self.expr(id)));
        }
    }

    fn opt_ident(&self, f: &mut Fields, name: &'static str, id: Option<Identifier>) {
        if let Some(id) = id {
            f.push((name, self.ident(id)));
        }
    }

    fn opt_type_comment(&self, f: &mut Fields, tc: &Option<Box<str>>) {
        if let Some(tc) = tc {
            f.push(("type_comment", leaf(utf8_str_repr(tc))));
        }
    }

    fn comprehensions(&self, gens: &[Comprehension]) -> Value {
        Value::List(
            gens.iter()
                .map(|g| {
                    let fields = vec![
                        ("target", self.expr(g.target)),
                        ("iter", self.expr(g.iter)),
                        ("ifs", self.exprs(&g.ifs)),
                        ("is_async", leaf(if g.is_async { "1" } else { "0" })),
                    ];
                    self.node("comprehension", fields, None)
                })
                .collect(),
        )
    }

    fn keywords(&self, keywords: &[Keyword]) -> Value {
        Value::List(
            keywords
                .iter()
                .map(|k| {
                    let mut f = Vec::with_capacity(6);
                    self.opt_ident(&mut f, "arg", k.arg);
                    f.push(("value", self.expr(k.value)));
                    self.node("keyword", f, Some(k.loc))
                })
                .collect(),
        )
    }

    fn arg(&self, a: &Arg) -> Value {
        let mut f = vec![("arg", self.ident(a.arg))];
        self.opt_expr(&mut f, "annotation", a.annotation);
        self.opt_type_comment(&mut f, &a.type_comment);
        self.node("arg", f, Some(a.loc))
    }

    fn args(&self, args: &[Arg]) -> Value {
        Value::List(args.iter().map(|a| self.arg(a)).collect())
    }

    fn arguments(&self, a: &Arguments) -> Value {
        let mut f = vec![
            ("posonlyargs", self.args(&a.posonlyargs)),
            ("args", self.args(&a.args)),
        ];
        if let Some(v) = &a.vararg {
            f.push(("vararg", self.arg(v)));
        }
        f.push(("kwonlyargs", self.args(&a.kwonlyargs)));
        let kw_defaults = a
            .kw_defaults
            .iter()
            .map(|d| d.map_or_else(|| leaf("None"), |d| self.expr(d)))
            .collect();
        f.push(("kw_defaults", Value::List(kw_defaults)));
        if let Some(k) = &a.kwarg {
            f.push(("kwarg", self.arg(k)));
        }
        f.push(("defaults", self.exprs(&a.defaults)));
        self.node("arguments", f, None)
    }

    fn aliases(&self, names: &[Alias]) -> Value {
        Value::List(
            names
                .iter()
                .map(|a| {
                    let mut f = vec![("name", self.ident(a.name))];
                    self.opt_ident(&mut f, "asname", a.asname);
                    self.node("alias", f, Some(a.loc))
                })
                .collect(),
        )
    }

    fn handlers(&self, handlers: &[ExceptHandler]) -> Value {
        Value::List(
            handlers
                .iter()
                .map(|h| {
                    let mut f = Vec::with_capacity(7);
                    self.opt_expr(&mut f, "type", h.type_);
                    self.opt_ident(&mut f, "name", h.name);
                    f.push(("body", self.stmts(&h.body)));
                    self.node("ExceptHandler", f, Some(h.loc))
                })
                .collect(),
        )
    }

    fn with_items(&self, items: &[WithItem]) -> Value {
        Value::List(
            items
                .iter()
                .map(|w| {
                    let mut f = vec![("context_expr", self.expr(w.context_expr))];
                    self.opt_expr(&mut f, "optional_vars", w.optional_vars);
                    self.node("withitem", f, None)
                })
                .collect(),
        )
    }

    fn match_cases(&self, cases: &[MatchCase]) -> Value {
        Value::List(
            cases
                .iter()
                .map(|c| {
                    let mut f = vec![("pattern", self.pattern(c.pattern))];
                    self.opt_expr(&mut f, "guard", c.guard);
                    f.push(("body", self.stmts(&c.body)));
                    self.node("match_case", f, None)
                })
                .collect(),
        )
    }

    pub fn stmt(&self, id: StmtId) -> Value {
        let s = self.ast.stmt(id);
        let mut f: Fields = Vec::with_capacity(10);
        match &s.kind {
            StmtKind::FunctionDef(d) | StmtKind::AsyncFunctionDef(d) => {
                f.push(("name", self.ident(d.name)));
                f.push(("args", self.arguments(&d.args)));
                f.push(("body", self.stmts(&d.body)));
                f.push(("decorator_list", self.exprs(&d.decorator_list)));
                self.opt_expr(&mut f, "returns", d.returns);
                self.opt_type_comment(&mut f, &d.type_comment);
            }
            StmtKind::ClassDef(d) => {
                f.push(("name", self.ident(d.name)));
                f.push(("bases", self.exprs(&d.bases)));
                f.push(("keywords", self.keywords(&d.keywords)));
                f.push(("body", self.stmts(&d.body)));
                f.push(("decorator_list", self.exprs(&d.decorator_list)));
            }
            StmtKind::Return { value } => self.opt_expr(&mut f, "value", *value),
            StmtKind::Delete { targets } => f.push(("targets", self.exprs(targets))),
            StmtKind::Assign {
                targets,
                value,
                type_comment,
            } => {
                f.push(("targets", self.exprs(targets)));
                f.push(("value", self.expr(*value)));
                self.opt_type_comment(&mut f, type_comment);
            }
            StmtKind::AugAssign { target, op, value } => {
                f.push(("target", self.expr(*target)));
                f.push(("op", unit(op.class_name())));
                f.push(("value", self.expr(*value)));
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                f.push(("target", self.expr(*target)));
                f.push(("annotation", self.expr(*annotation)));
                self.opt_expr(&mut f, "value", *value);
                f.push(("simple", leaf(if *simple { "1" } else { "0" })));
            }
            StmtKind::For(d) | StmtKind::AsyncFor(d) => {
                f.push(("target", self.expr(d.target)));
                f.push(("iter", self.expr(d.iter)));
                f.push(("body", self.stmts(&d.body)));
                f.push(("orelse", self.stmts(&d.orelse)));
                self.opt_type_comment(&mut f, &d.type_comment);
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                f.push(("test", self.expr(*test)));
                f.push(("body", self.stmts(body)));
                f.push(("orelse", self.stmts(orelse)));
            }
            StmtKind::With(d) | StmtKind::AsyncWith(d) => {
                f.push(("items", self.with_items(&d.items)));
                f.push(("body", self.stmts(&d.body)));
                self.opt_type_comment(&mut f, &d.type_comment);
            }
            StmtKind::Match { subject, cases } => {
                f.push(("subject", self.expr(*subject)));
                f.push(("cases", self.match_cases(cases)));
            }
            StmtKind::Raise { exc, cause } => {
                self.opt_expr(&mut f, "exc", *exc);
                self.opt_expr(&mut f, "cause", *cause);
            }
            StmtKind::Try(d) | StmtKind::TryStar(d) => {
                f.push(("body", self.stmts(&d.body)));
                f.push(("handlers", self.handlers(&d.handlers)));
                f.push(("orelse", self.stmts(&d.orelse)));
                f.push(("finalbody", self.stmts(&d.finalbody)));
            }
            StmtKind::Assert { test, msg } => {
                f.push(("test", self.expr(*test)));
                self.opt_expr(&mut f, "msg", *msg);
            }
            StmtKind::Import { names } => f.push(("names", self.aliases(names))),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.opt_ident(&mut f, "module", *module);
                f.push(("names", self.aliases(names)));
                if let Some(level) = level {
                    f.push(("level", leaf(level.to_string())));
                }
            }
            StmtKind::Global { names } | StmtKind::Nonlocal { names } => {
                f.push(("names", self.idents(names)))
            }
            StmtKind::Expr { value } => f.push(("value", self.expr(*value))),
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        self.node(s.kind.class_name(), f, Some(s.loc))
    }

    pub fn pattern(&self, id: PatternId) -> Value {
        let p = self.ast.pattern(id);
        let mut f: Fields = Vec::with_capacity(8);
        match &p.kind {
            PatternKind::MatchValue { value } => f.push(("value", self.expr(*value))),
            PatternKind::MatchSingleton { value } => f.push(("value", leaf(constant_repr(value)))),
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                f.push(("patterns", self.patterns(patterns)))
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                f.push(("keys", self.exprs(keys)));
                f.push(("patterns", self.patterns(patterns)));
                self.opt_ident(&mut f, "rest", *rest);
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                f.push(("cls", self.expr(*cls)));
                f.push(("patterns", self.patterns(patterns)));
                f.push(("kwd_attrs", self.idents(kwd_attrs)));
                f.push(("kwd_patterns", self.patterns(kwd_patterns)));
            }
            PatternKind::MatchStar { name } => self.opt_ident(&mut f, "name", *name),
            PatternKind::MatchAs { pattern, name } => {
                if let Some(p) = pattern {
                    f.push(("pattern", self.pattern(*p)));
                }
                self.opt_ident(&mut f, "name", *name);
            }
        }
        self.node(p.kind.class_name(), f, Some(p.loc))
    }
}

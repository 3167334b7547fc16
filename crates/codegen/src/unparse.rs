//! `_PyAST_ExprAsUnicode` (`Python/ast_unparse.c` of 3.11): an expression back to source text,
//! for annotations under `from __future__ import annotations`. Precedence levels decide the
//! parentheses, exactly as the C unparser (not `ast.unparse`, which differs in places).

use taipan_ast::repr::constant_repr;
use taipan_ast::{
    Arguments, Ast, BoolOperator, CmpOp, Comprehension, Constant, ConstantKind, ExprId, ExprKind,
    Operator, UnaryOperator,
};

const PR_TUPLE: u8 = 0;
const PR_TEST: u8 = 1;
const PR_OR: u8 = 2;
const PR_AND: u8 = 3;
const PR_NOT: u8 = 4;
const PR_CMP: u8 = 5;
const PR_EXPR: u8 = 6;
const PR_BOR: u8 = PR_EXPR;
const PR_BXOR: u8 = 7;
const PR_BAND: u8 = 8;
const PR_SHIFT: u8 = 9;
const PR_ARITH: u8 = 10;
const PR_TERM: u8 = 11;
const PR_FACTOR: u8 = 12;
const PR_POWER: u8 = 13;
const PR_AWAIT: u8 = 14;
const PR_ATOM: u8 = 15;

/// The source text of an expression, as CPython's unparser writes it.
pub fn unparse(ast: &Ast, e: ExprId) -> String {
    let mut w = Writer {
        ast,
        out: String::new(),
        depth: 0,
    };
    w.expr(e, PR_TEST);
    w.out
}

struct Writer<'a> {
    ast: &'a Ast,
    out: String,
    depth: u32,
}

/// `repr()` of a constant with `inf` spelled `1e309` (and NaN as `(1e309-1e309)`).
fn const_text(c: &Constant) -> String {
    match c {
        Constant::Float(bits) => {
            let v = f64::from_bits(*bits);
            if v.is_nan() {
                return "(1e309-1e309)".to_string();
            }
            constant_repr(c).replace("inf", "1e309")
        }
        Constant::Complex { .. } => constant_repr(c).replace("inf", "1e309"),
        Constant::Tuple(items) => {
            let mut s = String::from("(");
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                s.push_str(&const_text(item));
            }
            if items.len() == 1 {
                s.push(',');
            }
            s.push(')');
            s
        }
        _ => constant_repr(c),
    }
}

impl Writer<'_> {
    fn open(&mut self, cond: bool) {
        if cond {
            self.out.push('(');
        }
    }
    fn close(&mut self, cond: bool) {
        if cond {
            self.out.push(')');
        }
    }
    fn name(&self, id: taipan_ast::Identifier) -> &str {
        &self.ast.names[id]
    }

    fn seq(&mut self, items: &[ExprId], level: u8) {
        for (i, &x) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            self.expr(x, level);
        }
    }

    fn comprehensions(&mut self, gens: &[Comprehension]) {
        for g in gens {
            self.out
                .push_str(if g.is_async { " async for " } else { " for " });
            self.expr(g.target, PR_TUPLE);
            self.out.push_str(" in ");
            self.expr(g.iter, PR_TEST + 1);
            for &c in &g.ifs {
                self.out.push_str(" if ");
                self.expr(c, PR_TEST + 1);
            }
        }
    }

    fn args(&mut self, a: &Arguments) {
        let npos = a.posonlyargs.len() + a.args.len();
        let first_default = npos - a.defaults.len().min(npos);
        let mut first = true;
        let mut sep = |out: &mut String| {
            if !first {
                out.push_str(", ");
            }
            first = false;
        };
        for (i, arg) in a.posonlyargs.iter().chain(&a.args).enumerate() {
            sep(&mut self.out);
            let n = self.name(arg.arg).to_string();
            self.out.push_str(&n);
            if i >= first_default {
                self.out.push('=');
                self.expr(a.defaults[i - first_default], PR_TEST);
            }
            if i + 1 == a.posonlyargs.len() {
                self.out.push_str(", /");
            }
        }
        if a.vararg.is_some() || !a.kwonlyargs.is_empty() {
            sep(&mut self.out);
            self.out.push('*');
            if let Some(v) = &a.vararg {
                let n = self.name(v.arg).to_string();
                self.out.push_str(&n);
            }
        }
        for (arg, d) in a.kwonlyargs.iter().zip(&a.kw_defaults) {
            sep(&mut self.out);
            let n = self.name(arg.arg).to_string();
            self.out.push_str(&n);
            if let Some(d) = d {
                self.out.push('=');
                self.expr(*d, PR_TEST);
            }
        }
        if let Some(k) = &a.kwarg {
            sep(&mut self.out);
            self.out.push_str("**");
            let n = self.name(k.arg).to_string();
            self.out.push_str(&n);
        }
    }

    /// The inside of an f-string (braces doubled in literal parts).
    fn fstring_body(&mut self, values: &[ExprId]) -> String {
        let saved = std::mem::take(&mut self.out);
        for &v in values {
            match &self.ast.expr(v).kind {
                ExprKind::Constant {
                    value: Constant::Str(s),
                    ..
                } => {
                    let text = s.as_str().map_or_else(
                        || String::from_utf8_lossy(s.as_bytes()).into_owned(),
                        str::to_string,
                    );
                    self.out
                        .push_str(&text.replace('{', "{{").replace('}', "}}"));
                }
                ExprKind::FormattedValue {
                    value,
                    conversion,
                    format_spec,
                } => {
                    let inner = {
                        let before = std::mem::take(&mut self.out);
                        self.expr(*value, PR_TEST + 1);
                        std::mem::replace(&mut self.out, before)
                    };
                    self.out.push('{');
                    if inner.starts_with('{') {
                        self.out.push(' ');
                    }
                    self.out.push_str(&inner);
                    if *conversion > 0
                        && let Some(c) = char::from_u32(*conversion as u32)
                    {
                        self.out.push('!');
                        self.out.push(c);
                    }
                    if let Some(spec) = format_spec {
                        self.out.push(':');
                        match &self.ast.expr(*spec).kind {
                            ExprKind::JoinedStr { values } => {
                                let body = self.fstring_body(values);
                                self.out.push_str(&body);
                            }
                            _ => self.expr(*spec, PR_TEST),
                        }
                    }
                    self.out.push('}');
                }
                _ => self.expr(v, PR_TEST),
            }
        }
        std::mem::replace(&mut self.out, saved)
    }

    fn expr(&mut self, e: ExprId, level: u8) {
        self.depth += 1;
        if self.depth > 500 {
            self.out.push_str("...");
            self.depth -= 1;
            return;
        }
        self.expr_inner(e, level);
        self.depth -= 1;
    }

    fn expr_inner(&mut self, e: ExprId, level: u8) {
        let ast = self.ast;
        match &ast.expr(e).kind {
            ExprKind::BoolOp { op, values } => {
                let (pr, s) = match op {
                    BoolOperator::And => (PR_AND, " and "),
                    BoolOperator::Or => (PR_OR, " or "),
                };
                self.open(level > pr);
                for (i, &v) in values.iter().enumerate() {
                    if i > 0 {
                        self.out.push_str(s);
                    }
                    self.expr(v, pr + 1);
                }
                self.close(level > pr);
            }
            ExprKind::BinOp { left, op, right } => {
                let (s, pr) = match op {
                    Operator::Add => (" + ", PR_ARITH),
                    Operator::Sub => (" - ", PR_ARITH),
                    Operator::Mult => (" * ", PR_TERM),
                    Operator::MatMult => (" @ ", PR_TERM),
                    Operator::Div => (" / ", PR_TERM),
                    Operator::Mod => (" % ", PR_TERM),
                    Operator::LShift => (" << ", PR_SHIFT),
                    Operator::RShift => (" >> ", PR_SHIFT),
                    Operator::BitOr => (" | ", PR_BOR),
                    Operator::BitXor => (" ^ ", PR_BXOR),
                    Operator::BitAnd => (" & ", PR_BAND),
                    Operator::FloorDiv => (" // ", PR_TERM),
                    Operator::Pow => (" ** ", PR_POWER),
                };
                let rassoc = u8::from(*op == Operator::Pow);
                self.open(level > pr);
                self.expr(*left, pr + rassoc);
                self.out.push_str(s);
                self.expr(*right, pr + 1 - rassoc);
                self.close(level > pr);
            }
            ExprKind::UnaryOp { op, operand } => {
                let (s, pr) = match op {
                    UnaryOperator::Invert => ("~", PR_FACTOR),
                    UnaryOperator::Not => ("not ", PR_NOT),
                    UnaryOperator::UAdd => ("+", PR_FACTOR),
                    UnaryOperator::USub => ("-", PR_FACTOR),
                };
                self.open(level > pr);
                self.out.push_str(s);
                self.expr(*operand, pr);
                self.close(level > pr);
            }
            ExprKind::Lambda { args, body } => {
                self.open(level > PR_TEST);
                let n = args.posonlyargs.len()
                    + args.args.len()
                    + args.kwonlyargs.len()
                    + usize::from(args.vararg.is_some())
                    + usize::from(args.kwarg.is_some());
                self.out.push_str(if n == 0 { "lambda" } else { "lambda " });
                self.args(args);
                self.out.push_str(": ");
                self.expr(*body, PR_TEST);
                self.close(level > PR_TEST);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.open(level > PR_TEST);
                self.expr(*body, PR_TEST + 1);
                self.out.push_str(" if ");
                self.expr(*test, PR_TEST + 1);
                self.out.push_str(" else ");
                self.expr(*orelse, PR_TEST);
                self.close(level > PR_TEST);
            }
            ExprKind::Dict { keys, values } => {
                self.out.push('{');
                for (i, (k, &v)) in keys.iter().zip(values).enumerate() {
                    if i > 0 {
                        self.out.push_str(", ");
                    }
                    match k {
                        Some(k) => {
                            self.expr(*k, PR_TEST);
                            self.out.push_str(": ");
                            self.expr(v, PR_TEST);
                        }
                        None => {
                            self.out.push_str("**");
                            self.expr(v, PR_EXPR);
                        }
                    }
                }
                self.out.push('}');
            }
            ExprKind::Set { elts } => {
                if elts.is_empty() {
                    self.out.push_str("{*()}");
                } else {
                    self.out.push('{');
                    self.seq(elts, PR_TEST);
                    self.out.push('}');
                }
            }
            ExprKind::ListComp { elt, generators } => {
                self.out.push('[');
                self.expr(*elt, PR_TEST);
                self.comprehensions(generators);
                self.out.push(']');
            }
            ExprKind::SetComp { elt, generators } => {
                self.out.push('{');
                self.expr(*elt, PR_TEST);
                self.comprehensions(generators);
                self.out.push('}');
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.out.push('{');
                self.expr(*key, PR_TEST);
                self.out.push_str(": ");
                self.expr(*value, PR_TEST);
                self.comprehensions(generators);
                self.out.push('}');
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.out.push('(');
                self.expr(*elt, PR_TEST);
                self.comprehensions(generators);
                self.out.push(')');
            }
            ExprKind::Await { value } => {
                self.open(level > PR_AWAIT);
                self.out.push_str("await ");
                self.expr(*value, PR_ATOM);
                self.close(level > PR_AWAIT);
            }
            ExprKind::Yield { value } => match value {
                None => self.out.push_str("(yield)"),
                Some(v) => {
                    self.out.push_str("(yield ");
                    self.expr(*v, PR_TEST);
                    self.out.push(')');
                }
            },
            ExprKind::YieldFrom { value } => {
                self.out.push_str("(yield from ");
                self.expr(*value, PR_TEST);
                self.out.push(')');
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.open(level > PR_CMP);
                self.expr(*left, PR_CMP + 1);
                for (op, &c) in ops.iter().zip(comparators) {
                    self.out.push_str(match op {
                        CmpOp::Eq => " == ",
                        CmpOp::NotEq => " != ",
                        CmpOp::Lt => " < ",
                        CmpOp::LtE => " <= ",
                        CmpOp::Gt => " > ",
                        CmpOp::GtE => " >= ",
                        CmpOp::Is => " is ",
                        CmpOp::IsNot => " is not ",
                        CmpOp::In => " in ",
                        CmpOp::NotIn => " not in ",
                    });
                    self.expr(c, PR_CMP + 1);
                }
                self.close(level > PR_CMP);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(*func, PR_ATOM);
                if args.len() == 1
                    && keywords.is_empty()
                    && matches!(ast.expr(args[0]).kind, ExprKind::GeneratorExp { .. })
                {
                    self.expr(args[0], PR_TEST);
                    return;
                }
                self.out.push('(');
                let mut first = true;
                for &a in args {
                    if !first {
                        self.out.push_str(", ");
                    }
                    first = false;
                    self.expr(a, PR_TEST);
                }
                for k in keywords {
                    if !first {
                        self.out.push_str(", ");
                    }
                    first = false;
                    match k.arg {
                        Some(name) => {
                            let n = self.name(name).to_string();
                            self.out.push_str(&n);
                            self.out.push('=');
                        }
                        None => self.out.push_str("**"),
                    }
                    self.expr(k.value, PR_TEST);
                }
                self.out.push(')');
            }
            ExprKind::FormattedValue { .. } => {
                let body = self.fstring_body(&[e]);
                self.out.push_str(&constant_repr(&Constant::str(&body)));
                self.out.insert(
                    self.out.len() - constant_repr(&Constant::str(&body)).len(),
                    'f',
                );
            }
            ExprKind::JoinedStr { values } => {
                let body = self.fstring_body(values);
                self.out.push('f');
                self.out.push_str(&constant_repr(&Constant::str(&body)));
            }
            ExprKind::Constant { value, kind } => {
                if *value == Constant::Ellipsis {
                    self.out.push_str("...");
                    return;
                }
                if *kind == ConstantKind::U {
                    self.out.push('u');
                }
                self.out.push_str(&const_text(value));
            }
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(*value, PR_ATOM);
                let int_const = matches!(
                    ast.expr(*value).kind,
                    ExprKind::Constant {
                        value: Constant::Int(_),
                        ..
                    }
                );
                self.out.push_str(if int_const { " ." } else { "." });
                let n = self.name(*attr).to_string();
                self.out.push_str(&n);
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(*value, PR_ATOM);
                self.out.push('[');
                self.expr(*slice, PR_TUPLE);
                self.out.push(']');
            }
            ExprKind::Starred { value, .. } => {
                self.out.push('*');
                self.expr(*value, PR_EXPR);
            }
            ExprKind::Name { id, .. } => {
                let n = self.name(*id).to_string();
                self.out.push_str(&n);
            }
            ExprKind::List { elts, .. } => {
                self.out.push('[');
                self.seq(elts, PR_TEST);
                self.out.push(']');
            }
            ExprKind::Tuple { elts, .. } => {
                if elts.is_empty() {
                    self.out.push_str("()");
                    return;
                }
                self.open(level > PR_TUPLE);
                self.seq(elts, PR_TEST);
                if elts.len() == 1 {
                    self.out.push(',');
                }
                self.close(level > PR_TUPLE);
            }
            ExprKind::Slice { lower, upper, step } => {
                if let Some(l) = lower {
                    self.expr(*l, PR_TEST);
                }
                self.out.push(':');
                if let Some(u) = upper {
                    self.expr(*u, PR_TEST);
                }
                if let Some(s) = step {
                    self.out.push(':');
                    self.expr(*s, PR_TEST);
                }
            }
            ExprKind::NamedExpr { target, value } => {
                self.open(level > PR_TUPLE);
                self.expr(*target, PR_ATOM);
                self.out.push_str(" := ");
                self.expr(*value, PR_ATOM);
                self.close(level > PR_TUPLE);
            }
        }
    }
}

//! Expressions: one lowering per expression node kind of the tree, with CPython's positions
//! (a parenthesized expression keeps the position of what is inside the parentheses; tuples,
//! generator expressions and calls include theirs).

use taipan_syntax::{SyntaxKind, SyntaxKind::*, SyntaxNode};
use unicode_normalization::UnicodeNormalization;

use super::{Lowerer, expr_children, token};
use crate::{
    BoolOperator, CmpOp, Comprehension, Constant, ConstantKind, ExprContext, ExprId, ExprKind,
    Identifier, Loc, Operator, UnaryOperator,
};

/// Whether a node kind is one of the `Expr` alternatives of the grammar.
pub(crate) fn is_expr_kind(kind: SyntaxKind) -> bool {
    matches!(
        kind,
        BOOL_OP
            | NAMED_EXPR
            | BIN_OP
            | UNARY_OP
            | LAMBDA
            | IF_EXP
            | DICT
            | SET
            | LIST_COMP
            | SET_COMP
            | DICT_COMP
            | GENERATOR_EXP
            | AWAIT
            | YIELD
            | YIELD_FROM
            | COMPARE
            | CALL
            | JOINED_STR
            | STRING_CONCAT
            | CONSTANT
            | ATTRIBUTE
            | SUBSCRIPT
            | STARRED
            | NAME_EXPR
            | LIST
            | TUPLE
            | SLICE
            | PAREN_EXPR
    )
}

fn binary_operator(kind: SyntaxKind) -> Option<Operator> {
    Some(match kind {
        PLUS | PLUSEQUAL => Operator::Add,
        MINUS | MINEQUAL => Operator::Sub,
        STAR | STAREQUAL => Operator::Mult,
        AT | ATEQUAL => Operator::MatMult,
        SLASH | SLASHEQUAL => Operator::Div,
        PERCENT | PERCENTEQUAL => Operator::Mod,
        DOUBLESTAR | DOUBLESTAREQUAL => Operator::Pow,
        LEFTSHIFT | LEFTSHIFTEQUAL => Operator::LShift,
        RIGHTSHIFT | RIGHTSHIFTEQUAL => Operator::RShift,
        VBAR | VBAREQUAL => Operator::BitOr,
        CIRCUMFLEX | CIRCUMFLEXEQUAL => Operator::BitXor,
        AMPER | AMPEREQUAL => Operator::BitAnd,
        DOUBLESLASH | DOUBLESLASHEQUAL => Operator::FloorDiv,
        _ => return None,
    })
}

/// The operator of a binary or augmented-assignment node: its first operator token.
pub(crate) fn operator_of(node: &SyntaxNode) -> Operator {
    node.children_with_tokens()
        .filter_map(|e| e.into_token())
        .find_map(|t| binary_operator(t.kind()))
        .unwrap_or(Operator::Add)
}

impl Lowerer<'_> {
    /// An identifier as CPython stores it: NFKC-normalized when it is not ASCII.
    pub(crate) fn ident(&mut self, text: &str) -> Identifier {
        if text.is_ascii() {
            self.ast.name(text)
        } else {
            let normalized: String = text.nfkc().collect();
            self.ast.name(&normalized)
        }
    }

    /// A stand-in for a missing expression of an erroneous tree.
    pub(crate) fn missing_expr(&mut self, loc: Loc) -> ExprId {
        let id = self.ast.name("");
        self.ast.alloc_expr(
            ExprKind::Name {
                id,
                ctx: ExprContext::Load,
            },
            loc,
        )
    }

    /// The first expression child of `node`, or a stand-in.
    pub(crate) fn first_expr(&mut self, node: &SyntaxNode) -> ExprId {
        match expr_children(node).next() {
            Some(e) => self.expr(&e),
            None => self.missing_expr(self.loc_of(node)),
        }
    }

    pub(crate) fn expr(&mut self, node: &SyntaxNode) -> ExprId {
        self.expr_ctx(node, ExprContext::Load)
    }

    pub(crate) fn opt_expr(&mut self, node: Option<SyntaxNode>) -> Option<ExprId> {
        node.map(|n| self.expr(&n))
    }

    /// Lowers an expression in a context (`Store` for targets, `Del` for `del`); the context
    /// reaches the names, attributes, subscripts, starred, lists and tuples that carry one.
    pub(crate) fn expr_ctx(&mut self, node: &SyntaxNode, ctx: ExprContext) -> ExprId {
        let loc = self.loc_of(node);
        let kind = match node.kind() {
            NAME_EXPR => {
                let id = match node.first_token() {
                    Some(t) => self.ident(t.text()),
                    None => self.ident(""),
                };
                ExprKind::Name { id, ctx }
            }
            PAREN_EXPR => {
                return match expr_children(node).next() {
                    Some(inner) => self.expr_ctx(&inner, ctx),
                    None => self.missing_expr(loc),
                };
            }
            CONSTANT | STRING_CONCAT | JOINED_STR => return self.literal(node),
            ATTRIBUTE => {
                let value = self.first_expr(node);
                let attr = node
                    .children_with_tokens()
                    .filter_map(|e| e.into_token())
                    .filter(|t| t.kind() == NAME)
                    .last();
                let attr = match attr {
                    Some(t) => self.ident(t.text()),
                    None => self.ident(""),
                };
                ExprKind::Attribute { value, attr, ctx }
            }
            SUBSCRIPT => {
                let mut children = expr_children(node);
                let value = children.next();
                let slice = children.next();
                let value = match value {
                    Some(v) => self.expr(&v),
                    None => self.missing_expr(loc),
                };
                let slice = match slice {
                    // `a[*b]` subscripts with a one-element tuple.
                    Some(s) if s.kind() == STARRED => {
                        let starred = self.expr(&s);
                        let at = self.loc_of(&s);
                        let elts = vec![starred];
                        let ctx = ExprContext::Load;
                        self.ast.alloc_expr(ExprKind::Tuple { elts, ctx }, at)
                    }
                    Some(s) => self.expr(&s),
                    None => self.missing_expr(loc),
                };
                ExprKind::Subscript { value, slice, ctx }
            }
            STARRED => {
                let value = match expr_children(node).next() {
                    Some(v) => self.expr_ctx(&v, ctx),
                    None => self.missing_expr(loc),
                };
                ExprKind::Starred { value, ctx }
            }
            LIST => ExprKind::List {
                elts: self.exprs_ctx(node, ctx),
                ctx,
            },
            TUPLE => ExprKind::Tuple {
                elts: self.exprs_ctx(node, ctx),
                ctx,
            },
            BOOL_OP => {
                let op = if token(node, OR_KW).is_some() {
                    BoolOperator::Or
                } else {
                    BoolOperator::And
                };
                ExprKind::BoolOp {
                    op,
                    values: self.exprs_ctx(node, ExprContext::Load),
                }
            }
            NAMED_EXPR => {
                let mut children = expr_children(node);
                let (t, v) = (children.next(), children.next());
                let target = match t {
                    Some(t) => self.expr_ctx(&t, ExprContext::Store),
                    None => self.missing_expr(loc),
                };
                let value = match v {
                    Some(v) => self.expr(&v),
                    None => self.missing_expr(loc),
                };
                ExprKind::NamedExpr { target, value }
            }
            BIN_OP => {
                let mut children = expr_children(node);
                let (l, r) = (children.next(), children.next());
                let left = match l {
                    Some(l) => self.expr(&l),
                    None => self.missing_expr(loc),
                };
                let right = match r {
                    Some(r) => self.expr(&r),
                    None => self.missing_expr(loc),
                };
                ExprKind::BinOp {
                    left,
                    op: operator_of(node),
                    right,
                }
            }
            UNARY_OP => {
                let op = match node.first_token().map(|t| t.kind()) {
                    Some(NOT_KW) => UnaryOperator::Not,
                    Some(MINUS) => UnaryOperator::USub,
                    Some(TILDE) => UnaryOperator::Invert,
                    _ => UnaryOperator::UAdd,
                };
                ExprKind::UnaryOp {
                    op,
                    operand: self.first_expr(node),
                }
            }
            LAMBDA => {
                let args = match super::child(node, PARAMETERS) {
                    Some(p) => self.parameters(&p, true),
                    None => Default::default(),
                };
                ExprKind::Lambda {
                    args: Box::new(args),
                    body: self.first_expr(node),
                }
            }
            IF_EXP => {
                let mut children = expr_children(node);
                let (b, t, o) = (children.next(), children.next(), children.next());
                let body = self.expr_or(b, loc);
                let test = self.expr_or(t, loc);
                let orelse = self.expr_or(o, loc);
                ExprKind::IfExp { test, body, orelse }
            }
            DICT => {
                let mut keys = Vec::new();
                let mut values = Vec::new();
                for item in node.children().filter(|c| c.kind() == DICT_ITEM) {
                    let mut parts = expr_children(&item);
                    let first = parts.next();
                    let second = parts.next();
                    match (first, second) {
                        (Some(k), Some(v)) => {
                            keys.push(Some(self.expr(&k)));
                            values.push(self.expr(&v));
                        }
                        (Some(v), None) => {
                            keys.push(None);
                            values.push(self.expr(&v));
                        }
                        _ => {}
                    }
                }
                ExprKind::Dict { keys, values }
            }
            SET => ExprKind::Set {
                elts: self.exprs_ctx(node, ExprContext::Load),
            },
            LIST_COMP | SET_COMP | GENERATOR_EXP => {
                let elt = self.first_expr(node);
                let generators = self.comprehensions(node);
                match node.kind() {
                    LIST_COMP => ExprKind::ListComp { elt, generators },
                    SET_COMP => ExprKind::SetComp { elt, generators },
                    _ => ExprKind::GeneratorExp { elt, generators },
                }
            }
            DICT_COMP => {
                let mut children = expr_children(node);
                let (k, v) = (children.next(), children.next());
                let key = self.expr_or(k, loc);
                let value = self.expr_or(v, loc);
                ExprKind::DictComp {
                    key,
                    value,
                    generators: self.comprehensions(node),
                }
            }
            AWAIT => ExprKind::Await {
                value: self.first_expr(node),
            },
            YIELD => ExprKind::Yield {
                value: self.opt_expr(expr_children(node).next()),
            },
            YIELD_FROM => ExprKind::YieldFrom {
                value: self.first_expr(node),
            },
            COMPARE => self.compare(node, loc),
            CALL => {
                let func = self.first_expr(node);
                let (args, keywords) = match super::child(node, ARGUMENTS) {
                    Some(a) => self.call_arguments(&a),
                    None => (Vec::new(), Vec::new()),
                };
                ExprKind::Call {
                    func,
                    args,
                    keywords,
                }
            }
            SLICE => self.slice(node),
            _ => return self.missing_expr(loc),
        };
        let loc = if node.kind() == GENERATOR_EXP {
            self.genexp_loc(node, loc)
        } else {
            loc
        };
        self.ast.alloc_expr(kind, loc)
    }

    fn expr_or(&mut self, node: Option<SyntaxNode>, loc: Loc) -> ExprId {
        match node {
            Some(n) => self.expr(&n),
            None => self.missing_expr(loc),
        }
    }

    /// Every expression child, in a context.
    pub(crate) fn exprs_ctx(&mut self, node: &SyntaxNode, ctx: ExprContext) -> Vec<ExprId> {
        expr_children(node)
            .map(|c| self.expr_ctx(&c, ctx))
            .collect()
    }

    /// A generator expression that is the sole argument of a call takes the call's parentheses.
    fn genexp_loc(&self, node: &SyntaxNode, loc: Loc) -> Loc {
        if token(node, LPAR).is_some() {
            return loc;
        }
        match node.parent() {
            Some(p) if p.kind() == ARGUMENTS => self.loc_of(&p),
            _ => loc,
        }
    }

    fn compare(&mut self, node: &SyntaxNode, loc: Loc) -> ExprKind {
        let mut left = None;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        for c in node.children() {
            if c.kind() == CMP_OP {
                let mut kinds = c
                    .children_with_tokens()
                    .filter_map(|e| e.into_token())
                    .map(|t| t.kind())
                    .filter(|k| !k.is_trivia());
                let op = match (kinds.next(), kinds.next()) {
                    (Some(EQEQUAL), _) => CmpOp::Eq,
                    (Some(NOTEQUAL), _) => CmpOp::NotEq,
                    (Some(LESS), _) => CmpOp::Lt,
                    (Some(LESSEQUAL), _) => CmpOp::LtE,
                    (Some(GREATER), _) => CmpOp::Gt,
                    (Some(GREATEREQUAL), _) => CmpOp::GtE,
                    (Some(IS_KW), Some(NOT_KW)) => CmpOp::IsNot,
                    (Some(IS_KW), _) => CmpOp::Is,
                    (Some(NOT_KW), _) => CmpOp::NotIn,
                    _ => CmpOp::In,
                };
                ops.push(op);
            } else if is_expr_kind(c.kind()) {
                let e = self.expr(&c);
                if left.is_none() {
                    left = Some(e);
                } else {
                    comparators.push(e);
                }
            }
        }
        let left = left.unwrap_or_else(|| self.missing_expr(loc));
        ExprKind::Compare {
            left,
            ops,
            comparators,
        }
    }

    fn slice(&mut self, node: &SyntaxNode) -> ExprKind {
        // Slots separated by ':' tokens: lower, upper, step.
        let mut slots: [Option<ExprId>; 3] = [None; 3];
        let mut slot = 0;
        for e in node.children_with_tokens() {
            match e {
                rowan::NodeOrToken::Token(t) if t.kind() == COLON => slot += 1,
                rowan::NodeOrToken::Node(n) if is_expr_kind(n.kind()) && slot < 3 => {
                    slots[slot] = Some(self.expr(&n));
                }
                _ => {}
            }
        }
        ExprKind::Slice {
            lower: slots[0],
            upper: slots[1],
            step: slots[2],
        }
    }

    fn comprehensions(&mut self, node: &SyntaxNode) -> Vec<Comprehension> {
        node.children()
            .filter(|c| c.kind() == COMPREHENSION)
            .map(|c| {
                let loc = self.loc_of(&c);
                let mut exprs = expr_children(&c);
                let (t, i) = (exprs.next(), exprs.next());
                let target = match t {
                    Some(t) => self.for_target(&t, i.as_ref()),
                    None => self.missing_expr(loc),
                };
                let iter = self.expr_or(i, loc);
                let ifs = c
                    .children()
                    .filter(|x| x.kind() == COMPREHENSION_IF)
                    .map(|x| self.first_expr(&x))
                    .collect();
                Comprehension {
                    target,
                    iter,
                    ifs,
                    is_async: token(&c, ASYNC_KW).is_some(),
                }
            })
            .collect()
    }

    /// A literal that is a single token (numbers, `None`, `True`, `False`, `...`) or strings.
    fn literal(&mut self, node: &SyntaxNode) -> ExprId {
        let loc = self.loc_of(node);
        let Some(tok) = node.first_token() else {
            return self.missing_expr(loc);
        };
        let value = match tok.kind() {
            INT => match super::literal::parse_int(tok.text()) {
                Ok(i) => Constant::Int(i),
                Err(message) => {
                    self.error(tok.text_range(), message);
                    Constant::Int(crate::Int::Small(0))
                }
            },
            FLOAT => Constant::float(super::literal::parse_float(tok.text())),
            IMAGINARY => Constant::complex(0.0, super::literal::parse_imaginary(tok.text())),
            NONE_KW => Constant::None,
            TRUE_KW => Constant::Bool(true),
            FALSE_KW => Constant::Bool(false),
            ELLIPSIS => Constant::Ellipsis,
            STRING | FSTRING_START => return self.strings(node),
            _ if node.kind() == STRING_CONCAT => return self.strings(node),
            _ => return self.missing_expr(loc),
        };
        self.ast.alloc_expr(
            ExprKind::Constant {
                value,
                kind: ConstantKind::None,
            },
            loc,
        )
    }
}

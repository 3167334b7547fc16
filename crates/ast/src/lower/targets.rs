//! Assignment, deletion and augmented-assignment targets: the expression context they give their
//! names, and CPython's errors for what cannot be a target ("cannot assign to function call",
//! "cannot delete literal", "'tuple' is an illegal expression for augmented assignment", ...).

use taipan_syntax::{LineText, Placement, SyntaxKind, SyntaxKind::*, SyntaxNode};

use super::{Lowerer, expr_children};
use crate::{ExprContext, ExprId};

/// What CPython calls an expression in its target errors (`_PyPegen_get_expr_name`).
pub(crate) fn expr_name(node: &SyntaxNode) -> &'static str {
    match node.kind() {
        ATTRIBUTE => "attribute",
        SUBSCRIPT => "subscript",
        STARRED => "starred",
        NAME_EXPR => "name",
        LIST => "list",
        TUPLE => "tuple",
        LAMBDA => "lambda",
        CALL => "function call",
        BOOL_OP | BIN_OP | UNARY_OP => "expression",
        GENERATOR_EXP => "generator expression",
        YIELD | YIELD_FROM => "yield expression",
        AWAIT => "await expression",
        LIST_COMP => "list comprehension",
        SET_COMP => "set comprehension",
        DICT_COMP => "dict comprehension",
        DICT => "dict literal",
        SET => "set display",
        JOINED_STR => "f-string expression",
        STRING_CONCAT if node.children().any(|c| c.kind() == JOINED_STR) => "f-string expression",
        CONSTANT => match node.first_token().map(|t| t.kind()) {
            Some(NONE_KW) => "None",
            Some(TRUE_KW) => "True",
            Some(FALSE_KW) => "False",
            Some(ELLIPSIS) => "ellipsis",
            _ => "literal",
        },
        COMPARE => "comparison",
        IF_EXP => "conditional expression",
        NAMED_EXPR => "named expression",
        _ => "literal",
    }
}

/// The first sub-expression that cannot take the context, if any (CPython's
/// `_PyPegen_get_invalid_target`): for `(a, f())` that is `f()`.
fn invalid_target(node: &SyntaxNode, kind: SyntaxKind) -> Option<SyntaxNode> {
    match node.kind() {
        NAME_EXPR | ATTRIBUTE | SUBSCRIPT => None,
        PAREN_EXPR => expr_children(node)
            .next()
            .and_then(|inner| invalid_target(&inner, kind)),
        STARRED if kind == DELETE => Some(node.clone()),
        STARRED => expr_children(node)
            .next()
            .and_then(|inner| invalid_target(&inner, kind)),
        LIST | TUPLE => expr_children(node).find_map(|c| invalid_target(&c, kind)),
        _ => Some(node.clone()),
    }
}

fn strip_parens(mut node: SyntaxNode) -> SyntaxNode {
    while node.kind() == PAREN_EXPR {
        match expr_children(&node).next() {
            Some(inner) => node = inner,
            None => break,
        }
    }
    node
}

/// The expression whose end is the end of `node`: the last element of an unparenthesized tuple.
fn last_element(node: &SyntaxNode) -> SyntaxNode {
    if node.kind() == TUPLE
        && node.first_token().is_none_or(|t| t.kind() != LPAR)
        && let Some(last) = expr_children(node).last()
    {
        return last_element(&last);
    }
    node.clone()
}

impl Lowerer<'_> {
    /// A target of `=`, `for`, `with ... as`, comprehensions (`ctx` Store) or `del` (`ctx` Del).
    pub(crate) fn target(&mut self, node: &SyntaxNode, ctx: ExprContext) -> ExprId {
        let kind = if ctx == ExprContext::Del {
            DELETE
        } else {
            ASSIGN
        };
        if let Some(bad) = invalid_target(node, kind) {
            let verb = if ctx == ExprContext::Del {
                "delete"
            } else {
                "assign to"
            };
            self.error(
                bad.text_range(),
                format!("cannot {verb} {}", expr_name(&bad)),
            );
        }
        self.expr_ctx(node, ctx)
    }

    /// The target of a `for` (statement or comprehension) whose iterable is `iter`. CPython
    /// reports an invalid one (`invalid_for_target`) after reading `target in iter` and the token
    /// after it: when that token is on a later line, the error's text is its line without the
    /// line end (looked up in the source), not the tokenizer's buffer.
    pub(crate) fn for_target(&mut self, node: &SyntaxNode, iter: Option<&SyntaxNode>) -> ExprId {
        let errors = self.errors.len();
        let target = self.target(node, ExprContext::Store);
        if let Some(e) = self.errors.get_mut(errors) {
            let last = iter.unwrap_or(node).last_token();
            let mut next = last.and_then(|t| t.next_token());
            while let Some(t) = next.as_ref().filter(|t| t.kind().is_trivia()) {
                next = t.next_token();
            }
            let between = next.map(|t| {
                self.text
                    .get(usize::from(e.range.start())..usize::from(t.text_range().start()))
                    .unwrap_or("")
            });
            if between.is_some_and(|b| b.contains(['\n', '\r'])) {
                e.placement = Some(Placement {
                    offset: None,
                    end_offset: None,
                    text: LineText::Line,
                });
            }
        }
        target
    }

    /// A target of `=`. CPython words an error on the expression right before the only `=`
    /// of a statement differently ("cannot assign to function call here. Maybe you meant '=='
    /// instead of '='?"), unless it is a list, tuple, `True`, `False` or `None`.
    pub(crate) fn assign_target(&mut self, node: &SyntaxNode, single: bool) -> ExprId {
        // CPython's `invalid_assignment` alternative for a bare `yield_expr`; a parenthesized
        // one is an atom, worded like other targets below.
        if matches!(node.kind(), YIELD | YIELD_FROM) {
            self.error(
                node.text_range(),
                "assignment to yield expression not possible",
            );
            return self.expr_ctx(node, ExprContext::Store);
        }
        if let Some(bad) = invalid_target(node, ASSIGN) {
            let before_equal = strip_parens(last_element(node));
            let keyword_constant = bad.kind() == CONSTANT
                && bad
                    .first_token()
                    .is_some_and(|t| matches!(t.kind(), NONE_KW | TRUE_KW | FALSE_KW));
            let suffix = single
                && before_equal.text_range() == bad.text_range()
                && !matches!(
                    bad.kind(),
                    LIST | TUPLE | GENERATOR_EXP | IF_EXP | BOOL_OP | COMPARE | LAMBDA | NAMED_EXPR
                )
                && !(bad.kind() == UNARY_OP
                    && bad.first_token().is_some_and(|t| t.kind() == NOT_KW))
                && !keyword_constant;
            let message = if suffix {
                format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    expr_name(&bad)
                )
            } else {
                format!("cannot assign to {}", expr_name(&bad))
            };
            self.error(bad.text_range(), message);
        }
        self.expr_ctx(node, ExprContext::Store)
    }

    /// The target of an augmented assignment: a name, attribute or subscript, parenthesized or
    /// not (`(o.a) += 1` is CPython's `'(' single_target ')'`).
    pub(crate) fn aug_target(&mut self, node: &SyntaxNode) -> ExprId {
        let mut inner = node.clone();
        while inner.kind() == PAREN_EXPR {
            match expr_children(&inner).next() {
                Some(i) => inner = i,
                None => break,
            }
        }
        if !matches!(inner.kind(), NAME_EXPR | ATTRIBUTE | SUBSCRIPT) {
            self.error(
                inner.text_range(),
                format!(
                    "'{}' is an illegal expression for augmented assignment",
                    expr_name(&inner)
                ),
            );
        }
        self.expr_ctx(node, ExprContext::Store)
    }

    /// The target of an annotated assignment, and whether it is `simple`.
    pub(crate) fn ann_target(&mut self, node: &SyntaxNode) -> (ExprId, bool) {
        let mut inner = node.clone();
        while inner.kind() == PAREN_EXPR {
            match expr_children(&inner).next() {
                Some(i) => inner = i,
                None => break,
            }
        }
        // CPython points inside the parentheses, and at the first element of a bare tuple
        // (`invalid_ann_assign_target` and its `star_named_expression ','` alternative).
        let range = match inner.kind() {
            TUPLE if inner.first_token().is_none_or(|t| t.kind() != LPAR) => expr_children(&inner)
                .next()
                .map_or(inner.text_range(), |first| first.text_range()),
            _ => inner.text_range(),
        };
        match inner.kind() {
            NAME_EXPR | ATTRIBUTE | SUBSCRIPT => {}
            TUPLE => self.error(range, "only single target (not tuple) can be annotated"),
            LIST => self.error(range, "only single target (not list) can be annotated"),
            _ => self.error(range, "illegal target for annotation"),
        }
        let simple = node.kind() == NAME_EXPR;
        (self.expr_ctx(node, ExprContext::Store), simple)
    }
}

//! Statements: simple ones take their node's span; compound ones start at their keyword (after
//! any decorators) and end where the last statement of their last block ends, as in CPython.

use taipan_syntax::{SyntaxKind, SyntaxKind::*, SyntaxNode, TextRange};

use super::{Lowerer, child, expr_children, token};
use crate::{
    Alias, ClassDef, ExceptHandler, ExprContext, For, FunctionDef, Loc, MatchCase, StmtId,
    StmtKind, Try, With, WithItem,
};

fn is_stmt_kind(kind: SyntaxKind) -> bool {
    matches!(
        kind,
        FUNCTION_DEF
            | CLASS_DEF
            | RETURN
            | DELETE
            | ASSIGN
            | AUG_ASSIGN
            | ANN_ASSIGN
            | FOR
            | WHILE
            | IF
            | WITH
            | MATCH
            | RAISE
            | TRY
            | TRY_STAR
            | ASSERT
            | IMPORT
            | IMPORT_FROM
            | GLOBAL
            | NONLOCAL
            | EXPR_STMT
            | PASS
            | BREAK
            | CONTINUE
    )
}

impl Lowerer<'_> {
    /// The statements directly inside a MODULE or BLOCK node.
    pub(crate) fn block_stmts(&mut self, node: &SyntaxNode) -> Vec<StmtId> {
        node.children()
            .filter(|c| is_stmt_kind(c.kind()))
            .map(|c| self.stmt(&c))
            .collect()
    }

    /// The statements of the BLOCK child of `node` (a clause or compound statement).
    fn body(&mut self, node: &SyntaxNode) -> Vec<StmtId> {
        match child(node, BLOCK) {
            Some(b) => self.block_stmts(&b),
            None => Vec::new(),
        }
    }

    /// From `start` to the end of the last significant token of `node` (CPython's
    /// `_PyPegen_get_last_nonnwhitespace_token`: NEWLINE, INDENT and DEDENT do not count, so a
    /// trailing `;` does).
    fn compound_loc(&self, start: TextRange, _bodies: &[&[StmtId]], node: &SyntaxNode) -> Loc {
        let mut end = node.text_range().end();
        let mut tok = node.last_token();
        while let Some(t) = tok {
            if t.text_range().start() < start.start() {
                break;
            }
            if t.kind().is_trivia() || matches!(t.kind(), NEWLINE | INDENT | DEDENT | ENDMARKER) {
                tok = t.prev_token();
                continue;
            }
            end = t.text_range().end();
            break;
        }
        self.loc(TextRange::new(start.start(), end.max(start.start())))
    }

    fn stmt(&mut self, node: &SyntaxNode) -> StmtId {
        let range = node.text_range();
        let loc = self.loc(range);
        let kind = match node.kind() {
            EXPR_STMT => StmtKind::Expr {
                value: self.first_expr(node),
            },
            PASS => StmtKind::Pass,
            BREAK => StmtKind::Break,
            CONTINUE => StmtKind::Continue,
            RETURN => StmtKind::Return {
                value: self.opt_expr(expr_children(node).next()),
            },
            DELETE => StmtKind::Delete {
                targets: expr_children(node)
                    .map(|c| self.target(&c, ExprContext::Del))
                    .collect(),
            },
            ASSIGN => {
                let mut exprs: Vec<SyntaxNode> = expr_children(node).collect();
                let value = match exprs.pop() {
                    Some(v) => self.expr(&v),
                    None => self.missing_expr(loc),
                };
                let single = exprs.len() == 1;
                let targets = exprs
                    .iter()
                    .map(|t| self.assign_target(t, single))
                    .collect();
                StmtKind::Assign {
                    targets,
                    value,
                    type_comment: None,
                }
            }
            AUG_ASSIGN => {
                let mut exprs = expr_children(node);
                let (t, v) = (exprs.next(), exprs.next());
                let target = match t {
                    Some(t) => self.aug_target(&t),
                    None => self.missing_expr(loc),
                };
                let value = match v {
                    Some(v) => self.expr(&v),
                    None => self.missing_expr(loc),
                };
                StmtKind::AugAssign {
                    target,
                    op: super::expr::operator_of(node),
                    value,
                }
            }
            ANN_ASSIGN => {
                let mut exprs = expr_children(node);
                let (t, a, v) = (exprs.next(), exprs.next(), exprs.next());
                let (target, simple) = match t {
                    Some(t) => self.ann_target(&t),
                    None => (self.missing_expr(loc), false),
                };
                let annotation = match a {
                    Some(a) => self.expr(&a),
                    None => self.missing_expr(loc),
                };
                StmtKind::AnnAssign {
                    target,
                    annotation,
                    value: self.opt_expr(v),
                    simple,
                }
            }
            RAISE => {
                let mut exprs = expr_children(node);
                let exc = exprs.next();
                let cause = exprs.next();
                StmtKind::Raise {
                    exc: self.opt_expr(exc),
                    cause: self.opt_expr(cause),
                }
            }
            ASSERT => {
                let mut exprs = expr_children(node);
                let (t, m) = (exprs.next(), exprs.next());
                let test = match t {
                    Some(t) => self.expr(&t),
                    None => self.missing_expr(loc),
                };
                StmtKind::Assert {
                    test,
                    msg: self.opt_expr(m),
                }
            }
            IMPORT => StmtKind::Import {
                names: self.aliases(node),
            },
            IMPORT_FROM => {
                let mut level = 0;
                for t in node.children_with_tokens().filter_map(|e| e.into_token()) {
                    match t.kind() {
                        DOT => level += 1,
                        ELLIPSIS => level += 3,
                        IMPORT_KW => break,
                        _ => {}
                    }
                }
                let module = child(node, DOTTED_NAME).map(|d| self.dotted_name(&d));
                StmtKind::ImportFrom {
                    module,
                    names: self.aliases(node),
                    level: Some(level),
                }
            }
            GLOBAL | NONLOCAL => {
                let names = node
                    .children_with_tokens()
                    .filter_map(|e| e.into_token())
                    .filter(|t| t.kind() == NAME)
                    .map(|t| self.ident(t.text()))
                    .collect();
                if node.kind() == GLOBAL {
                    StmtKind::Global { names }
                } else {
                    StmtKind::Nonlocal { names }
                }
            }
            FUNCTION_DEF | CLASS_DEF => return self.definition(node),
            IF => return self.if_stmt(node),
            FOR => {
                let mut exprs = expr_children(node);
                let (t, i) = (exprs.next(), exprs.next());
                let target = match t {
                    Some(t) => self.for_target(&t, i.as_ref()),
                    None => self.missing_expr(loc),
                };
                let iter = match i {
                    Some(i) => self.expr(&i),
                    None => self.missing_expr(loc),
                };
                let body = self.body(node);
                let orelse = self.else_body(node);
                let loc = self.compound_loc(range, &[&body, &orelse], node);
                let data = For {
                    target,
                    iter,
                    body,
                    orelse,
                    type_comment: None,
                };
                let kind = if token(node, ASYNC_KW).is_some() {
                    StmtKind::AsyncFor(data)
                } else {
                    StmtKind::For(data)
                };
                return self.ast.alloc_stmt(kind, loc);
            }
            WHILE => {
                let test = self.first_expr(node);
                let body = self.body(node);
                let orelse = self.else_body(node);
                let loc = self.compound_loc(range, &[&body, &orelse], node);
                return self
                    .ast
                    .alloc_stmt(StmtKind::While { test, body, orelse }, loc);
            }
            WITH => {
                let items = node
                    .children()
                    .filter(|c| c.kind() == WITH_ITEM)
                    .map(|item| {
                        let mut exprs = expr_children(&item);
                        let (c, t) = (exprs.next(), exprs.next());
                        let context_expr = match c {
                            Some(c) => self.expr(&c),
                            None => self.missing_expr(self.loc_of(&item)),
                        };
                        let optional_vars = t.map(|t| self.target(&t, ExprContext::Store));
                        WithItem {
                            context_expr,
                            optional_vars,
                        }
                    })
                    .collect();
                let body = self.body(node);
                let loc = self.compound_loc(range, &[&body], node);
                let data = With {
                    items,
                    body,
                    type_comment: None,
                };
                let kind = if token(node, ASYNC_KW).is_some() {
                    StmtKind::AsyncWith(data)
                } else {
                    StmtKind::With(data)
                };
                return self.ast.alloc_stmt(kind, loc);
            }
            TRY | TRY_STAR => {
                let body = self.body(node);
                let handlers: Vec<ExceptHandler> = node
                    .children()
                    .filter(|c| c.kind() == EXCEPT_HANDLER)
                    .map(|h| self.except_handler(&h))
                    .collect();
                let orelse = self.else_body(node);
                let finalbody = match child(node, FINALLY_CLAUSE) {
                    Some(f) => self.body(&f),
                    None => Vec::new(),
                };
                let loc = self.compound_loc(range, &[&body, &orelse, &finalbody], node);
                let data = Try {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                };
                let kind = if node.kind() == TRY_STAR {
                    StmtKind::TryStar(data)
                } else {
                    StmtKind::Try(data)
                };
                return self.ast.alloc_stmt(kind, loc);
            }
            MATCH => {
                let subject = self.first_expr(node);
                let cases: Vec<MatchCase> = node
                    .children()
                    .filter(|c| c.kind() == MATCH_CASE)
                    .map(|c| self.match_case(&c))
                    .collect();
                let loc = self.compound_loc(range, &[], node);
                return self.ast.alloc_stmt(StmtKind::Match { subject, cases }, loc);
            }
            _ => StmtKind::Pass,
        };
        self.ast.alloc_stmt(kind, loc)
    }

    fn else_body(&mut self, node: &SyntaxNode) -> Vec<StmtId> {
        match child(node, ELSE_CLAUSE) {
            Some(e) => self.body(&e),
            None => Vec::new(),
        }
    }

    fn if_stmt(&mut self, node: &SyntaxNode) -> StmtId {
        let test = self.first_expr(node);
        let body = self.body(node);
        let mut orelse = self.else_body(node);
        // `elif`s nest from the last one out: each is an `If` in the `orelse` of the one before.
        let elifs: Vec<SyntaxNode> = node
            .children()
            .filter(|c| c.kind() == ELIF_CLAUSE)
            .collect();
        for elif in elifs.iter().rev() {
            let test = self.first_expr(elif);
            let body = self.body(elif);
            // An `elif` reaches to the end of the whole statement, its later clauses included.
            let range = TextRange::new(elif.text_range().start(), node.text_range().end());
            let loc = self.compound_loc(range, &[&body, &orelse], node);
            let id = self
                .ast
                .alloc_stmt(StmtKind::If { test, body, orelse }, loc);
            orelse = vec![id];
        }
        let loc = self.compound_loc(node.text_range(), &[&body, &orelse], node);
        self.ast
            .alloc_stmt(StmtKind::If { test, body, orelse }, loc)
    }

    fn except_handler(&mut self, node: &SyntaxNode) -> ExceptHandler {
        let type_ = self.opt_expr(expr_children(node).next());
        let name = node
            .children_with_tokens()
            .filter_map(|e| e.into_token())
            .skip_while(|t| t.kind() != AS_KW)
            .find(|t| t.kind() == NAME)
            .map(|t| self.ident(t.text()));
        let body = self.body(node);
        let loc = self.compound_loc(node.text_range(), &[&body], node);
        ExceptHandler {
            type_,
            name,
            body,
            loc,
        }
    }

    fn match_case(&mut self, node: &SyntaxNode) -> MatchCase {
        let pattern = match node
            .children()
            .find(|c| super::pattern::is_pattern_kind(c.kind()))
        {
            Some(p) => self.pattern(&p),
            None => self.missing_pattern(self.loc_of(node)),
        };
        let guard = child(node, GUARD).map(|g| self.first_expr(&g));
        MatchCase {
            pattern,
            guard,
            body: self.body(node),
        }
    }

    /// A function or class definition, decorators included.
    fn definition(&mut self, node: &SyntaxNode) -> StmtId {
        let decorator_list = node
            .children()
            .filter(|c| c.kind() == DECORATOR)
            .map(|d| self.first_expr(&d))
            .collect();
        // The position starts after the decorators, at `async`, `def` or `class`.
        let start = node
            .children_with_tokens()
            .filter_map(|e| e.into_token())
            .find(|t| matches!(t.kind(), ASYNC_KW | DEF_KW | CLASS_KW))
            .map_or(node.text_range().start(), |t| t.text_range().start());
        let header = TextRange::new(start, node.text_range().end());
        let name = node
            .children_with_tokens()
            .filter_map(|e| e.into_token())
            .find(|t| t.kind() == NAME)
            .map(|t| t.text().to_string())
            .unwrap_or_default();
        let name = self.ident(&name);
        if node.kind() == CLASS_DEF {
            let (bases, keywords) = match child(node, ARGUMENTS) {
                Some(a) => self.call_arguments(&a),
                None => (Vec::new(), Vec::new()),
            };
            let body = self.body(node);
            let loc = self.compound_loc(header, &[&body], node);
            let data = ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            };
            return self.ast.alloc_stmt(StmtKind::ClassDef(data), loc);
        }
        let args = match child(node, PARAMETERS) {
            Some(p) => self.parameters(&p, false),
            None => Default::default(),
        };
        let returns = if token(node, RARROW).is_some() {
            self.opt_expr(expr_children(node).next())
        } else {
            None
        };
        let body = self.body(node);
        let loc = self.compound_loc(header, &[&body], node);
        let data = FunctionDef {
            name,
            args: Box::new(args),
            body,
            decorator_list,
            returns,
            type_comment: None,
        };
        let kind = if token(node, ASYNC_KW).is_some() {
            StmtKind::AsyncFunctionDef(data)
        } else {
            StmtKind::FunctionDef(data)
        };
        self.ast.alloc_stmt(kind, loc)
    }

    fn dotted_name(&mut self, node: &SyntaxNode) -> crate::Identifier {
        let mut text = String::new();
        for t in node.children_with_tokens().filter_map(|e| e.into_token()) {
            match t.kind() {
                NAME => {
                    if t.text().is_ascii() {
                        text.push_str(t.text());
                    } else {
                        let id = self.ident(t.text());
                        text.push_str(&self.ast.names[id]);
                    }
                }
                DOT => text.push('.'),
                _ => {}
            }
        }
        self.ast.name(&text)
    }

    fn aliases(&mut self, node: &SyntaxNode) -> Vec<Alias> {
        node.children()
            .filter(|c| c.kind() == ALIAS)
            .map(|a| {
                let name = match child(&a, DOTTED_NAME) {
                    Some(d) => self.dotted_name(&d),
                    None => self.ast.name("*"),
                };
                let asname = a
                    .children_with_tokens()
                    .filter_map(|e| e.into_token())
                    .skip_while(|t| t.kind() != AS_KW)
                    .find(|t| t.kind() == NAME)
                    .map(|t| self.ident(t.text()));
                let loc = self.loc_of(&a);
                Alias { name, asname, loc }
            })
            .collect()
    }
}

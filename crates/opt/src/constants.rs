//! [`constants`]: the constant values reachable from a tree's root, in the walk's order
//! (`taipan_ast::visit`: fields in ASDL order; nodes the optimizer replaced stay in the arenas
//! but are no longer reachable). What a compiler's `co_consts` draws from; the tests compare
//! it, as a set, with CPython's.

use taipan_ast::visit::{self, Visitor};
use taipan_ast::{Ast, Constant, ExprId, ExprKind, PatternId, PatternKind, StmtId};

/// Every `Constant` value reachable from the root (and `MatchSingleton`'s), in walk order.
pub fn constants(ast: &Ast) -> Vec<&Constant> {
    let mut walk = Walk {
        ast,
        out: Vec::new(),
    };
    // The walk hands statement lists over mutably (for passes that splice them); a read-only
    // walk works on copies of the root and of each statement's kind, which hold only ids.
    visit::walk_mod(&mut walk, &mut ast.root.clone());
    walk.out
}

struct Walk<'a> {
    ast: &'a Ast,
    out: Vec<&'a Constant>,
}

impl Visitor for Walk<'_> {
    fn visit_stmt(&mut self, id: StmtId) {
        visit::walk_stmt(self, &mut self.ast.stmts[id].kind.clone());
    }

    fn visit_expr(&mut self, id: ExprId) {
        let kind = &self.ast.exprs[id].kind;
        if let ExprKind::Constant { value, .. } = kind {
            self.out.push(value);
        }
        visit::walk_expr(self, kind);
    }

    fn visit_pattern(&mut self, id: PatternId) {
        let kind = &self.ast.patterns[id].kind;
        if let PatternKind::MatchSingleton { value } = kind {
            self.out.push(value);
        }
        visit::walk_pattern(self, kind);
    }
}

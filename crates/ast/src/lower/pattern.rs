//! `match` patterns: one lowering per pattern node kind; a parenthesized pattern keeps the
//! position of the pattern inside, and `_` is a capture-less `MatchAs`/`MatchStar`.

use taipan_syntax::{SyntaxKind, SyntaxKind::*, SyntaxNode};

use super::{Lowerer, child, expr_children};
use crate::{Constant, Identifier, Loc, PatternId, PatternKind};

pub(crate) fn is_pattern_kind(kind: SyntaxKind) -> bool {
    matches!(
        kind,
        MATCH_VALUE
            | MATCH_SINGLETON
            | MATCH_SEQUENCE
            | MATCH_MAPPING
            | MATCH_CLASS
            | MATCH_STAR
            | MATCH_AS
            | MATCH_OR
            | PAREN_PATTERN
    )
}

fn pattern_children(node: &SyntaxNode) -> impl Iterator<Item = SyntaxNode> + use<> {
    node.children().filter(|c| is_pattern_kind(c.kind()))
}

impl Lowerer<'_> {
    pub(crate) fn missing_pattern(&mut self, loc: Loc) -> PatternId {
        self.ast.alloc_pattern(
            PatternKind::MatchAs {
                pattern: None,
                name: None,
            },
            loc,
        )
    }

    /// The capture name of a MATCH_AS or MATCH_STAR node (`None` for `_`).
    fn capture_name(&mut self, node: &SyntaxNode) -> Option<Identifier> {
        let tok = node
            .children_with_tokens()
            .filter_map(|e| e.into_token())
            .filter(|t| matches!(t.kind(), NAME | UNDERSCORE_KW | MATCH_KW | CASE_KW))
            .last()?;
        if tok.text() == "_" {
            None
        } else {
            Some(self.ident(tok.text()))
        }
    }

    pub(crate) fn pattern(&mut self, node: &SyntaxNode) -> PatternId {
        let loc = self.loc_of(node);
        let kind = match node.kind() {
            PAREN_PATTERN => {
                return match pattern_children(node).next() {
                    Some(p) => self.pattern(&p),
                    None => self.missing_pattern(loc),
                };
            }
            MATCH_VALUE => PatternKind::MatchValue {
                value: self.first_expr(node),
            },
            MATCH_SINGLETON => PatternKind::MatchSingleton {
                value: match node.first_token().map(|t| t.kind()) {
                    Some(TRUE_KW) => Constant::Bool(true),
                    Some(FALSE_KW) => Constant::Bool(false),
                    _ => Constant::None,
                },
            },
            MATCH_SEQUENCE => PatternKind::MatchSequence {
                patterns: pattern_children(node).map(|p| self.pattern(&p)).collect(),
            },
            MATCH_OR => PatternKind::MatchOr {
                patterns: pattern_children(node).map(|p| self.pattern(&p)).collect(),
            },
            MATCH_MAPPING => {
                let mut keys = Vec::new();
                let mut patterns = Vec::new();
                for item in node.children().filter(|c| c.kind() == MATCH_MAPPING_ITEM) {
                    keys.push(self.first_expr(&item));
                    patterns.push(match pattern_children(&item).next() {
                        Some(p) => self.pattern(&p),
                        None => self.missing_pattern(self.loc_of(&item)),
                    });
                }
                let rest = node
                    .children_with_tokens()
                    .filter_map(|e| e.into_token())
                    .skip_while(|t| t.kind() != DOUBLESTAR)
                    .find(|t| t.kind() == NAME)
                    .map(|t| self.ident(t.text()));
                PatternKind::MatchMapping {
                    keys,
                    patterns,
                    rest,
                }
            }
            MATCH_CLASS => {
                let cls = match expr_children(node).next() {
                    Some(c) => self.expr(&c),
                    None => self.missing_expr(loc),
                };
                let patterns = pattern_children(node).map(|p| self.pattern(&p)).collect();
                let mut kwd_attrs = Vec::new();
                let mut kwd_patterns = Vec::new();
                for kw in node.children().filter(|c| c.kind() == MATCH_KEYWORD) {
                    let name = kw
                        .children_with_tokens()
                        .filter_map(|e| e.into_token())
                        .find(|t| t.kind() == NAME)
                        .map(|t| t.text().to_string())
                        .unwrap_or_default();
                    kwd_attrs.push(self.ident(&name));
                    kwd_patterns.push(match pattern_children(&kw).next() {
                        Some(p) => self.pattern(&p),
                        None => self.missing_pattern(self.loc_of(&kw)),
                    });
                }
                PatternKind::MatchClass {
                    cls,
                    patterns,
                    kwd_attrs,
                    kwd_patterns,
                }
            }
            MATCH_STAR => PatternKind::MatchStar {
                name: self.capture_name(node),
            },
            MATCH_AS => {
                let pattern = pattern_children(node).next().map(|p| self.pattern(&p));
                PatternKind::MatchAs {
                    pattern,
                    name: self.capture_name(node),
                }
            }
            _ => return self.missing_pattern(loc),
        };
        let _ = child;
        self.ast.alloc_pattern(kind, loc)
    }
}

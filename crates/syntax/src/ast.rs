//! The typed AST layer over the lossless tree: the `AstNode` trait, `AstChildren`, and the
//! `support` helpers that the generated accessors in `generated/nodes/` call (in the manner of
//! rust-analyzer's `syntax::ast`). The node types themselves are generated and re-exported here.

use std::marker::PhantomData;

use rowan::NodeOrToken;

use crate::{SyntaxKind, SyntaxNode, SyntaxToken};

pub use crate::generated::nodes::*;

/// A typed view of a syntax node of one kind (or, for enums, of one of several kinds).
pub trait AstNode {
    fn can_cast(kind: SyntaxKind) -> bool
    where
        Self: Sized;

    fn cast(syntax: SyntaxNode) -> Option<Self>
    where
        Self: Sized;

    fn syntax(&self) -> &SyntaxNode;
}

/// The children of a node that cast to `N`, in order.
#[derive(Debug, Clone)]
pub struct AstChildren<N> {
    inner: rowan::SyntaxNodeChildren<crate::syntax_kind::PythonLanguage>,
    ph: PhantomData<N>,
}

impl<N> AstChildren<N> {
    fn new(parent: &SyntaxNode) -> Self {
        AstChildren {
            inner: parent.children(),
            ph: PhantomData,
        }
    }
}

impl<N: AstNode> Iterator for AstChildren<N> {
    type Item = N;
    fn next(&mut self) -> Option<N> {
        self.inner.find_map(N::cast)
    }
}

/// What the generated accessors are made of.
pub mod support {
    use super::*;

    /// The first child that casts to `N`.
    #[inline]
    pub fn child<N: AstNode>(parent: &SyntaxNode) -> Option<N> {
        parent.children().find_map(N::cast)
    }

    /// The last child that casts to `N` (`value` of `a = b = c`).
    #[inline]
    pub fn last_child<N: AstNode>(parent: &SyntaxNode) -> Option<N> {
        parent.children().filter_map(N::cast).last()
    }

    /// Every child that casts to `N`.
    #[inline]
    pub fn children<N: AstNode>(parent: &SyntaxNode) -> AstChildren<N> {
        AstChildren::new(parent)
    }

    /// Every child that casts to `N` but the last (`targets` of `a = b = c`, whose last
    /// expression is the `value`).
    #[inline]
    pub fn children_but_last<N: AstNode>(parent: &SyntaxNode) -> std::iter::Take<AstChildren<N>> {
        let count = children::<N>(parent).count();
        children(parent).take(count.saturating_sub(1))
    }

    /// The first direct token of this kind.
    #[inline]
    pub fn token(parent: &SyntaxNode, kind: SyntaxKind) -> Option<SyntaxToken> {
        parent
            .children_with_tokens()
            .filter_map(|it| it.into_token())
            .find(|it| it.kind() == kind)
    }

    /// The first direct token of any of these kinds (`op` of `a + b`).
    #[inline]
    pub fn token_of(parent: &SyntaxNode, kinds: &[SyntaxKind]) -> Option<SyntaxToken> {
        parent
            .children_with_tokens()
            .filter_map(|it| it.into_token())
            .find(|it| kinds.contains(&it.kind()))
    }

    /// The child in slot `slot` of a group of fields with overlapping types, such as `lhs` and
    /// `rhs` of `a + b` or `lower`, `upper` and `step` of `a:b:c`. `separators[i]` are the token
    /// kinds the grammar puts between the fields of slots `i` and `i + 1`: walking the children,
    /// a token of the next separator's kinds moves to the next slot, and so does a child that
    /// casts when no token separates the slots. The first child that casts in slot `slot` is the
    /// answer; a missing field (`a[:b]` has no `lower`) is `None` rather than its neighbour.
    pub fn child_in_slot<N: AstNode>(
        parent: &SyntaxNode,
        separators: &[&[SyntaxKind]],
        slot: usize,
    ) -> Option<N> {
        let mut current = 0;
        for element in parent.children_with_tokens() {
            match element {
                NodeOrToken::Token(token) => {
                    if separators
                        .get(current)
                        .is_some_and(|s| s.contains(&token.kind()))
                    {
                        current += 1;
                        if current > slot {
                            return None;
                        }
                    }
                }
                NodeOrToken::Node(node) => {
                    if !N::can_cast(node.kind()) {
                        continue;
                    }
                    if current == slot {
                        return N::cast(node);
                    }
                    if separators.get(current).is_some_and(|s| s.is_empty()) {
                        current += 1;
                    }
                }
            }
        }
        None
    }
}

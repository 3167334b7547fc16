//! The AST optimizer (work in progress).

//! Replays the parser's events into a rowan green tree, re-inserting the trivia the parser never
//! saw, so that the tree's text is the source byte for byte.
//!
//! Trivia before a node's first token go to the parent, before the node. A `DEDENT` is
//! zero-width and placed where the tokenizer found it, after the comments and blank lines that
//! close the block; the builder emits it right away instead, so those trivia land after the
//! block, in the enclosing one (the order of zero-width tokens does not change the text).

use crate::SyntaxKind;
use crate::green::GreenBuilder;
use crate::input::Input;
use crate::parser::{Event, TOMBSTONE, take_forward_chain};
use rowan::GreenNode;
use taipan_tokenizer::TokenKind;

pub(crate) fn build(input: &Input, events: &mut [Event]) -> GreenNode {
    let mut b = Builder {
        input,
        builder: GreenBuilder::with_capacity(input.raw.len()),
        raw_pos: 0,
        tok_pos: 0,
        depth: 0,
    };
    let mut parents: Vec<SyntaxKind> = Vec::new();
    for i in 0..events.len() {
        // Events are read in place; only the forward parents of a node, which come later, are
        // overwritten (with an empty start) so that they are not opened twice.
        match events[i] {
            Event::Start {
                kind,
                forward_parent: 0,
            } => {
                if kind != TOMBSTONE {
                    b.start_node(kind);
                }
            }
            Event::Start { .. } => {
                // The chain of nodes that `precede` put in front of this one.
                parents.clear();
                take_forward_chain(events, i, &mut parents);
                for &kind in parents.iter().rev() {
                    if kind != TOMBSTONE {
                        b.start_node(kind);
                    }
                }
            }
            Event::Finish => b.finish_node(),
            Event::Token { kind } => b.token(kind),
        }
    }
    b.finish()
}

struct Builder<'i, 'a> {
    input: &'i Input<'a>,
    builder: GreenBuilder,
    /// Next raw token not yet emitted (DEDENTs behind it may have been emitted already).
    raw_pos: usize,
    /// Next non-trivia token.
    tok_pos: usize,
    depth: u32,
}

impl Builder<'_, '_> {
    #[inline]
    fn start_node(&mut self, kind: SyntaxKind) {
        // Leading trivia of the file go inside the root.
        if self.depth > 0 {
            self.flush_trivia();
        }
        self.depth += 1;
        self.builder.start_node(kind.into());
    }

    #[inline]
    fn finish_node(&mut self) {
        if self.depth == 1 {
            // Trailing trivia of the file belong to the root.
            self.flush_rest();
        }
        if self.depth > 0 {
            self.depth -= 1;
            self.builder.finish_node();
        }
    }

    #[inline]
    fn token(&mut self, kind: SyntaxKind) {
        let index = self.input.raw_index(self.tok_pos);
        self.tok_pos += 1;
        let Some(&raw) = self.input.raw.get(index) else {
            return;
        };
        if raw.kind != TokenKind::Dedent {
            if self.raw_pos < index {
                self.emit_raw_until(index);
            }
            self.raw_pos = index + 1;
        }
        self.builder.token(kind.into(), raw.text(self.input.text));
    }

    /// Emits the trivia before the next non-trivia token (skipping DEDENTs, emitted already).
    #[inline]
    fn flush_trivia(&mut self) {
        let upto = self.input.raw_index(self.tok_pos).min(self.input.raw.len());
        if self.raw_pos < upto {
            self.emit_raw_until(upto);
        }
    }

    fn flush_rest(&mut self) {
        self.tok_pos = self.input.len();
        self.emit_raw_until(self.input.raw.len());
    }

    /// Emits the raw tokens from `raw_pos` up to `upto` (exclusive), DEDENTs left out.
    fn emit_raw_until(&mut self, upto: usize) {
        while self.raw_pos < upto {
            let t = self.input.raw[self.raw_pos];
            self.raw_pos += 1;
            if t.kind == TokenKind::Dedent {
                continue;
            }
            self.builder.token(
                SyntaxKind::from_token(t.kind).into(),
                t.text(self.input.text),
            );
        }
    }

    fn finish(self) -> GreenNode {
        self.builder.finish(SyntaxKind::MODULE.into())
    }
}

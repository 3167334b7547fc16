//! The event-based parser core (after rust-analyzer's `crates/parser`): a cursor over the
//! non-trivia tokens, markers that open and close nodes, and the flat list of events and errors
//! the grammar functions produce. The tree itself is built later by `builder`.

use crate::SyntaxKind::{self, *};
use crate::input::Input;
use crate::token_set::TokenSet;

/// What the grammar produced, replayed by the tree builder.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Event {
    /// Open a node. `forward_parent` (distance to a later Start, 0 = none) implements `precede`.
    Start {
        kind: SyntaxKind,
        forward_parent: u32,
    },
    Finish,
    /// Consume one non-trivia token, giving it `kind` (soft keywords are remapped here).
    Token {
        kind: SyntaxKind,
    },
}

/// The kinds of the nodes the `Start` event at `i` opens, pushed onto `chain` innermost first:
/// its own, then the forward parents `precede` put in front of it (tombstones included, for the
/// caller to skip). Each forward parent's event, which comes later, is overwritten with an empty
/// start so that it is not opened a second time.
pub(crate) fn take_forward_chain(events: &mut [Event], i: usize, chain: &mut Vec<SyntaxKind>) {
    let Some(&Event::Start {
        kind,
        mut forward_parent,
    }) = events.get(i)
    else {
        return;
    };
    chain.push(kind);
    let mut idx = i;
    while forward_parent != 0 {
        idx += forward_parent as usize;
        match events.get_mut(idx).map(|e| {
            std::mem::replace(
                e,
                Event::Start {
                    kind: TOMBSTONE,
                    forward_parent: 0,
                },
            )
        }) {
            Some(Event::Start {
                kind,
                forward_parent: fp,
            }) => {
                chain.push(kind);
                forward_parent = fp;
            }
            _ => break,
        }
    }
}

/// A syntax error found by the parser, located by non-trivia token indices.
#[derive(Debug, Clone)]
pub(crate) struct ParseError {
    /// First token of the range CPython points at.
    pub(crate) start: u32,
    /// Last token of the range (inclusive); equal to `start` for a one-token error.
    pub(crate) end: u32,
    pub(crate) message: String,
}

/// Nesting depth past which the parser stops descending (stack safety).
pub(crate) const MAX_DEPTH: u32 = 200;

pub(crate) struct Parser<'i, 'a> {
    pub(crate) input: &'i Input<'a>,
    pos: usize,
    pub(crate) events: Vec<Event>,
    pub(crate) errors: Vec<ParseError>,
    /// Current recursion depth of nested expressions/blocks.
    pub(crate) depth: u32,
    /// While set, `in` does not act as a comparison operator (for-loop targets).
    pub(crate) no_in: bool,
    /// Open brackets around the current position (for "Perhaps you forgot a comma?").
    pub(crate) bracket_level: u32,
    /// Nesting of f-string replacement fields (errors inside get CPython's "f-string: " prefix).
    pub(crate) fstring_depth: u32,
    line_starts: Option<Vec<u32>>,
}

impl<'i, 'a> Parser<'i, 'a> {
    pub(crate) fn new(input: &'i Input<'a>) -> Self {
        Parser {
            input,
            pos: 0,
            // About 2.4 events per token on the stdlib: sized to never grow in practice.
            events: Vec::with_capacity(input.len() * 3 + 16),
            errors: Vec::new(),
            depth: 0,
            no_in: false,
            bracket_level: 0,
            fstring_depth: 0,
            line_starts: None,
        }
    }

    /// Index of the current non-trivia token.
    #[inline]
    pub(crate) fn pos(&self) -> usize {
        self.pos
    }

    #[inline]
    pub(crate) fn current(&self) -> SyntaxKind {
        self.input.kind(self.pos)
    }

    #[inline]
    pub(crate) fn nth(&self, n: usize) -> SyntaxKind {
        self.input.kind(self.pos + n)
    }

    #[inline]
    pub(crate) fn at(&self, kind: SyntaxKind) -> bool {
        self.current() == kind
    }

    #[inline]
    pub(crate) fn at_ts(&self, set: TokenSet) -> bool {
        set.contains(self.current())
    }

    #[inline]
    pub(crate) fn nth_at(&self, n: usize, kind: SyntaxKind) -> bool {
        self.nth(n) == kind
    }

    /// Text of the `n`th token ahead.
    #[inline]
    pub(crate) fn nth_text(&self, n: usize) -> &'a str {
        self.input.text_of(self.pos + n)
    }

    /// Is the current token the NAME `word` (a soft keyword candidate)?
    #[inline]
    pub(crate) fn at_contextual(&self, word: &str) -> bool {
        self.at(NAME) && self.nth_text(0) == word
    }

    #[inline]
    pub(crate) fn at_end(&self) -> bool {
        self.at(ENDMARKER)
    }

    /// Consumes the current token, whatever it is (never past the end marker).
    #[inline]
    pub(crate) fn bump_any(&mut self) {
        let kind = self.current();
        self.bump_as(kind);
    }

    /// Consumes the current token, which must be `kind`.
    #[inline]
    pub(crate) fn bump(&mut self, kind: SyntaxKind) {
        debug_assert_eq!(self.current(), kind);
        self.bump_as(kind);
    }

    /// Consumes the current token, giving it `kind` in the tree (soft keywords).
    #[inline]
    pub(crate) fn bump_as(&mut self, kind: SyntaxKind) {
        if self.pos >= self.input.len() {
            return;
        }
        self.pos += 1;
        self.events.push(Event::Token { kind });
    }

    #[inline]
    pub(crate) fn eat(&mut self, kind: SyntaxKind) -> bool {
        if self.at(kind) {
            self.bump_as(kind);
            true
        } else {
            false
        }
    }

    /// Records an error at the current token.
    pub(crate) fn error(&mut self, message: impl Into<String>) {
        let at = self.pos as u32;
        self.error_range(at, at, message);
    }

    /// Records an error spanning tokens `start..=end`.
    pub(crate) fn error_range(&mut self, start: u32, end: u32, message: impl Into<String>) {
        // One error per position: after an error, later ones at or before it are cascades.
        if let Some(last) = self.errors.last()
            && start <= last.start.max(last.end)
        {
            return;
        }
        let mut message = message.into();
        if self.fstring_depth > 0 && !message.starts_with("f-string") {
            message.insert_str(0, "f-string: ");
        }
        self.errors.push(ParseError {
            start,
            end,
            message,
        });
    }

    /// 1-based line of the `i`th non-trivia token (CPython counts `\n`, `\r\n` and `\r`).
    /// The table of line starts is built on first use (errors only).
    pub(crate) fn line_of_token(&mut self, i: usize) -> usize {
        let (start, _) = self.input.range(i);
        let text = self.input.text;
        let starts = self
            .line_starts
            .get_or_insert_with(|| crate::errors::line_starts(text));
        starts.partition_point(|&s| s <= start)
    }

    /// Records "invalid syntax" at the current token.
    pub(crate) fn err_invalid(&mut self) {
        self.error("invalid syntax");
    }

    /// Eats `kind` or records an error (`message`, or "invalid syntax").
    pub(crate) fn expect(&mut self, kind: SyntaxKind) -> bool {
        if self.eat(kind) {
            return true;
        }
        self.err_invalid();
        false
    }

    /// Wraps the current token in an ERROR node after recording `message`.
    pub(crate) fn err_and_bump(&mut self, message: impl Into<String>) {
        self.error(message);
        if !self.at_end() {
            let m = self.start();
            self.bump_any();
            m.complete(self, ERROR);
        }
    }

    /// Skips to the end of the logical line (the NEWLINE stays), wrapping the skipped tokens in
    /// an ERROR node. Used after an error to resynchronize at the next statement.
    pub(crate) fn skip_line(&mut self) {
        if self.at(NEWLINE) || self.at_end() {
            return;
        }
        let m = self.start();
        while !self.at(NEWLINE) && !self.at_end() {
            self.bump_any();
        }
        m.complete(self, ERROR);
    }

    pub(crate) fn start(&mut self) -> Marker {
        let pos = self.events.len() as u32;
        self.events.push(Event::Start {
            kind: TOMBSTONE,
            forward_parent: 0,
        });
        Marker { pos }
    }
}

/// Placeholder kind of a started-but-abandoned node.
pub(crate) const TOMBSTONE: SyntaxKind = SyntaxKind::__LAST;

/// An open node.
#[must_use]
pub(crate) struct Marker {
    pos: u32,
}

impl Marker {
    pub(crate) fn complete(self, p: &mut Parser, kind: SyntaxKind) -> CompletedMarker {
        if let Some(Event::Start { kind: k, .. }) = p.events.get_mut(self.pos as usize) {
            *k = kind;
        }
        p.events.push(Event::Finish);
        CompletedMarker {
            pos: self.pos,
            kind,
        }
    }

    /// Drops the node; its children go to the parent.
    pub(crate) fn abandon(self, p: &mut Parser) {
        let idx = self.pos as usize;
        if idx + 1 == p.events.len()
            && let Some(Event::Start {
                kind: TOMBSTONE,
                forward_parent: 0,
            }) = p.events.last()
        {
            p.events.pop();
        }
    }
}

/// A closed node, which can still be wrapped by a new parent with `precede`.
#[derive(Clone, Copy)]
pub(crate) struct CompletedMarker {
    pos: u32,
    kind: SyntaxKind,
}

impl CompletedMarker {
    /// Opens a new node that will contain this one.
    pub(crate) fn precede(self, p: &mut Parser) -> Marker {
        let new = p.start();
        if let Some(Event::Start { forward_parent, .. }) = p.events.get_mut(self.pos as usize) {
            *forward_parent = new.pos - self.pos;
        }
        new
    }

    pub(crate) fn kind(&self) -> SyntaxKind {
        self.kind
    }
}

/// A node of the tree that the events from some point on build, as the error checks that
/// look inside an expression already parsed see it (CPython's `invalid_for_target`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct EventNode {
    pub(crate) kind: SyntaxKind,
    pub(crate) parent: Option<u32>,
    /// First token (index) of the node and the one after its last.
    pub(crate) first: u32,
    pub(crate) end: u32,
    /// The first token directly inside the node (not in a child): a comparison's operator.
    pub(crate) own_token: Option<u32>,
}

impl Parser<'_, '_> {
    /// The nodes (in preorder) that the events from `from` build, whose first token is
    /// `first_token`: closed nodes only, with `precede`d parents opened where their first
    /// child starts, as the tree builder does.
    pub(crate) fn event_nodes(&self, from: usize, first_token: usize) -> Vec<EventNode> {
        // A copy: opening a node's forward parents overwrites their events.
        let mut events = self.events.get(from..).unwrap_or(&[]).to_vec();
        let mut nodes: Vec<EventNode> = Vec::new();
        let mut stack: Vec<u32> = Vec::new();
        let mut tok = first_token as u32;
        let mut chain: Vec<SyntaxKind> = Vec::new();
        for i in 0..events.len() {
            match events[i] {
                Event::Start { .. } => {
                    chain.clear();
                    take_forward_chain(&mut events, i, &mut chain);
                    for &kind in chain.iter().rev() {
                        if kind == TOMBSTONE {
                            continue;
                        }
                        stack.push(nodes.len() as u32);
                        nodes.push(EventNode {
                            kind,
                            parent: stack.len().checked_sub(2).map(|j| stack[j]),
                            first: tok,
                            end: tok,
                            own_token: None,
                        });
                    }
                }
                Event::Finish => {
                    if let Some(n) = stack.pop() {
                        nodes[n as usize].end = tok;
                    }
                }
                Event::Token { .. } => {
                    if let Some(&n) = stack.last()
                        && nodes[n as usize].own_token.is_none()
                    {
                        nodes[n as usize].own_token = Some(tok);
                    }
                    tok += 1;
                }
            }
        }
        // Nodes still open (the statement's own) are not part of the expression.
        for n in stack {
            nodes[n as usize].end = u32::MAX;
        }
        nodes
    }
}

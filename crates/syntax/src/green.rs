//! The green tree builder: rowan `GreenNode`s and `GreenToken`s made directly, in place of
//! rowan's `GreenNodeBuilder`, whose `NodeCache` hashes every token and every node of up to
//! three children into hash maps that grow with the file.
//!
//! Two small direct-mapped caches (fixed tables of slots, a hit shares the element already made,
//! a miss makes a new one and takes the slot) keep most of the sharing at a fraction of the cost:
//! - tokens of up to 16 bytes (operators, keywords, spaces, newlines, most names and numbers),
//!   by kind and text, packed in a `TokenKey` whose equality is the text's (no text compare);
//! - nodes of a single child (`NAME_EXPR` of a shared `self` token, ...), by kind and child
//!   address. Sharing nodes of two or three children was measured to cost more than it saves.
//!
//! Measured with callgrind on `tests/data/bench` (tokenizing + tree, two passes): 140.6 M
//! instructions with `GreenNodeBuilder`, 124.0 M with the token cache alone (135.7 M without
//! any cache), 120.0 M with both caches; 107.0 M once the other stages were tuned too, of which
//! 3.4 M were saved by the `TokenKey` compare (texts up to 32 bytes compared with `memcmp`
//! before).

use rowan::{
    GreenNode, GreenNodeData, GreenToken, GreenTokenData, NodeOrToken, SyntaxKind as RawKind,
};

type Element = NodeOrToken<GreenNode, GreenToken>;

/// Most slots of each cache (a power of two). Smaller files get smaller tables (a quarter as
/// many slots as tokens, at least `MIN_SLOTS`): making and dropping full tables cost a quarter of
/// the tree's time on files of under 3 KB.
const MAX_SLOTS: usize = 1024;
const MIN_SLOTS: usize = 32;
/// Longer token texts (strings, comments, long names) are made afresh each time. At most 16:
/// `TokenKey` holds texts of up to 16 bytes.
const MAX_CACHED_LEN: usize = 16;
/// Nodes of more children are made afresh each time.
const MAX_SHARED_CHILDREN: usize = 1;

pub(crate) struct GreenBuilder {
    /// Open nodes: kind and index of the first child in `children`.
    parents: Vec<(RawKind, usize)>,
    /// Children of the open nodes, innermost last.
    children: Vec<Element>,
    /// Direct-mapped cache of short tokens.
    tokens: Box<[TokenSlot]>,
    /// `64 - log2(slots)`: the shift that turns a 64-bit hash into a slot of either cache.
    shift: u32,
    /// Direct-mapped cache of nodes of one child.
    nodes: Box<[Option<GreenNode>]>,
}

impl GreenBuilder {
    /// A builder for a tree of about `tokens` tokens.
    pub(crate) fn with_capacity(tokens: usize) -> GreenBuilder {
        let slots = (tokens / 4).next_power_of_two().clamp(MIN_SLOTS, MAX_SLOTS);
        GreenBuilder {
            parents: Vec::with_capacity(64),
            children: Vec::with_capacity(tokens.min(1 << 16) / 4 + 16),
            tokens: std::iter::repeat_with(TokenSlot::default)
                .take(slots)
                .collect(),
            shift: 64 - slots.trailing_zeros(),
            nodes: vec![None; slots].into_boxed_slice(),
        }
    }

    #[inline]
    pub(crate) fn start_node(&mut self, kind: RawKind) {
        self.parents.push((kind, self.children.len()));
    }

    #[inline]
    pub(crate) fn finish_node(&mut self) {
        let Some((kind, first)) = self.parents.pop() else {
            return;
        };
        let node = match self.children.len() - first {
            1..=MAX_SHARED_CHILDREN => self.shared_node(kind, first),
            _ => GreenNode::new(kind, self.children.drain(first..)),
        };
        self.children.push(NodeOrToken::Node(node));
    }

    /// A node of a few children, from the node cache when one with the same kind and the very
    /// same children (by address) was made before.
    #[inline]
    fn shared_node(&mut self, kind: RawKind, first: usize) -> GreenNode {
        let children = &self.children[first..];
        let mut h = u64::from(kind.0);
        for c in children {
            h = (h ^ owned_id(c) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
        let slot = &mut self.nodes[(h >> self.shift) as usize];
        if let Some(n) = slot
            && n.kind() == kind
            && n.children().len() == children.len()
            && n.children()
                .zip(children)
                .all(|(a, b)| element_id(a) == owned_id(b))
        {
            let n = n.clone();
            self.children.truncate(first);
            return n;
        }
        let n = GreenNode::new(kind, self.children.drain(first..));
        *slot = Some(n.clone());
        n
    }

    #[inline]
    pub(crate) fn token(&mut self, kind: RawKind, text: &str) {
        let token = self.make_token(kind, text);
        self.children.push(NodeOrToken::Token(token));
    }

    /// The token, shared from the cache on a hit. The hit path is inlined into the two callers
    /// (about 90% of the tokens hit on the stdlib); making a token is out of line.
    #[inline(always)]
    fn make_token(&mut self, kind: RawKind, text: &str) -> GreenToken {
        let Some(key) = TokenKey::new(kind, text.as_bytes()) else {
            return GreenToken::new(kind, text);
        };
        let slot = &mut self.tokens[key.slot(self.shift)];
        if slot.key == key
            && let Some(t) = &slot.token
        {
            return t.clone();
        }
        Self::miss(slot, key, kind, text)
    }

    /// Makes a token and puts it in `slot`.
    #[cold]
    #[inline(never)]
    fn miss(slot: &mut TokenSlot, key: TokenKey, kind: RawKind, text: &str) -> GreenToken {
        let t = GreenToken::new(kind, text);
        *slot = TokenSlot {
            key,
            token: Some(t.clone()),
        };
        t
    }

    /// The root node. Nodes still open are closed; if the events did not make exactly one
    /// root node, everything is wrapped in a node of kind `root` (never the case for events
    /// made by the parser, but the builder does not panic).
    pub(crate) fn finish(mut self, root: RawKind) -> GreenNode {
        while !self.parents.is_empty() {
            self.finish_node();
        }
        if self.children.len() == 1
            && let Some(NodeOrToken::Node(node)) = self.children.pop()
        {
            return node;
        }
        GreenNode::new(root, self.children.drain(..))
    }
}

/// One slot of the token cache.
#[derive(Clone, Default)]
struct TokenSlot {
    key: TokenKey,
    token: Option<GreenToken>,
}

/// A token of up to 16 bytes of text, packed: its kind, its length, and its first and last eight
/// bytes (or four, or three chosen ones for shorter texts), which together cover every byte. Two
/// keys are equal exactly when the kinds and texts are, so a hit needs no text comparison.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
struct TokenKey {
    head: u64,
    tail: u64,
    kind_len: u32,
}

impl TokenKey {
    /// The key of a token, `None` when its text is too long to be cached.
    #[inline]
    fn new(kind: RawKind, text: &[u8]) -> Option<TokenKey> {
        let n = text.len();
        let (head, tail) = match n {
            0 => (0, 0),
            1..=3 => (
                u64::from(text[0]) | u64::from(text[n / 2]) << 8 | u64::from(text[n - 1]) << 16,
                0,
            ),
            4..=7 => (read_u32(&text[..4]), read_u32(&text[n - 4..])),
            8..=MAX_CACHED_LEN => (read_u64(&text[..8]), read_u64(&text[n - 8..])),
            _ => return None,
        };
        Some(TokenKey {
            head,
            tail,
            kind_len: u32::from(kind.0) | (n as u32) << 16,
        })
    }

    /// The cache slot of the key (`shift`: see `GreenBuilder::shift`): a multiplicative hash
    /// of its fields.
    #[inline]
    fn slot(&self, shift: u32) -> usize {
        let h = (self.head ^ u64::from(self.kind_len) << 32).wrapping_mul(0x9E37_79B9_7F4A_7C15)
            ^ self.tail.wrapping_mul(0xC2B2_AE3D_27D4_EB4F);
        (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> shift) as usize
    }
}

#[inline]
fn read_u64(b: &[u8]) -> u64 {
    let mut a = [0u8; 8];
    a.copy_from_slice(&b[..8]);
    u64::from_le_bytes(a)
}

#[inline]
fn read_u32(b: &[u8]) -> u64 {
    let mut a = [0u8; 4];
    a.copy_from_slice(&b[..4]);
    u64::from(u32::from_le_bytes(a))
}

/// Identity of a tree element: its address.
#[inline]
fn element_id(e: NodeOrToken<&GreenNodeData, &GreenTokenData>) -> usize {
    match e {
        NodeOrToken::Node(n) => n as *const GreenNodeData as usize,
        NodeOrToken::Token(t) => t as *const GreenTokenData as usize,
    }
}

/// Identity of an element held by the builder.
#[inline]
fn owned_id(e: &Element) -> usize {
    match e {
        NodeOrToken::Node(n) => &**n as *const GreenNodeData as usize,
        NodeOrToken::Token(t) => &**t as *const GreenTokenData as usize,
    }
}

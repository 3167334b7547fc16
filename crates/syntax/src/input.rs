//! The parser's view of the token stream: the non-trivia tokens, their syntax kinds with hard
//! keywords told apart from names, and the way back to the raw tokens (offsets, text).

use crate::SyntaxKind;
use taipan_tokenizer::{Token, TokenKind};

/// Non-trivia tokens of one source, ready for the parser. The last one is always `ENDMARKER`.
pub(crate) struct Input<'a> {
    pub(crate) text: &'a str,
    pub(crate) raw: &'a [Token],
    /// Kind of each non-trivia token (keywords classified).
    kinds: Vec<SyntaxKind>,
    /// Index in `raw` of each non-trivia token.
    raw_index: Vec<u32>,
}

impl<'a> Input<'a> {
    pub(crate) fn new(text: &'a str, raw: &'a [Token]) -> Input<'a> {
        // About 70% of the raw tokens are not trivia: sized for all, never grown.
        let mut kinds = Vec::with_capacity(raw.len() + 1);
        let mut raw_index = Vec::with_capacity(raw.len() + 1);
        for (i, tok) in raw.iter().enumerate() {
            if tok.kind.is_trivia() {
                continue;
            }
            let kind = match tok.kind {
                TokenKind::Name => keyword(tok.text(text)).unwrap_or(SyntaxKind::NAME),
                k => SyntaxKind::from_token(k),
            };
            kinds.push(kind);
            raw_index.push(i as u32);
        }
        if kinds.last() != Some(&SyntaxKind::ENDMARKER) {
            // Defensive: the tokenizer always ends with ENDMARKER; a missing one becomes a
            // virtual token at the end of the text.
            kinds.push(SyntaxKind::ENDMARKER);
            raw_index.push(raw.len() as u32);
        }
        Input {
            text,
            raw,
            kinds,
            raw_index,
        }
    }

    #[inline]
    pub(crate) fn len(&self) -> usize {
        self.kinds.len()
    }

    /// Kind of the `i`th non-trivia token; `ENDMARKER` past the end.
    #[inline]
    pub(crate) fn kind(&self, i: usize) -> SyntaxKind {
        match self.kinds.get(i) {
            Some(&k) => k,
            None => SyntaxKind::ENDMARKER,
        }
    }

    /// Index in the raw token vector of the `i`th non-trivia token (clamped).
    #[inline]
    pub(crate) fn raw_index(&self, i: usize) -> usize {
        let i = i.min(self.raw_index.len() - 1);
        self.raw_index[i] as usize
    }

    /// Byte range of the `i`th non-trivia token (empty at the end of text past the end).
    pub(crate) fn range(&self, i: usize) -> (u32, u32) {
        match self.raw.get(self.raw_index(i)) {
            Some(t) => (t.start, t.end()),
            None => (self.text.len() as u32, self.text.len() as u32),
        }
    }

    /// Source text of the `i`th non-trivia token.
    #[inline]
    pub(crate) fn text_of(&self, i: usize) -> &'a str {
        let (s, e) = self.range(i);
        self.text.get(s as usize..e as usize).unwrap_or("")
    }
}

/// The hard keyword spelled `ident`. Filters on length and first byte before comparing.
#[inline]
fn keyword(ident: &str) -> Option<SyntaxKind> {
    let b = ident.as_bytes();
    if b.len() < 2 || b.len() > 8 {
        return None;
    }
    match b[0] {
        b'F'
        | b'N'
        | b'T'
        | b'a'..=b'g'
        | b'i'
        | b'l'
        | b'n'
        | b'o'
        | b'p'
        | b'r'
        | b't'
        | b'w'
        | b'y' => SyntaxKind::from_keyword(ident),
        _ => None,
    }
}

//! `TokenSet`: a set of token kinds as a 128-bit mask, for cheap "is the current token one of
//! these" tests in the grammar.

use crate::SyntaxKind;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) struct TokenSet(u128);

impl TokenSet {
    pub(crate) const fn new(kinds: &[SyntaxKind]) -> TokenSet {
        let mut res = 0u128;
        let mut i = 0;
        while i < kinds.len() {
            res |= mask(kinds[i]);
            i += 1;
        }
        TokenSet(res)
    }

    #[inline]
    pub(crate) const fn contains(&self, kind: SyntaxKind) -> bool {
        self.0 & mask(kind) != 0
    }
}

#[inline]
const fn mask(kind: SyntaxKind) -> u128 {
    let k = kind as u16;
    if k < 128 { 1u128 << k } else { 0 }
}

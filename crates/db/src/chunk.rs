//! Chunks: a file cut at its top-level statement boundaries, each piece interned by its text
//! and tokenized and parsed on its own.
//!
//! A chunk's queries ([`chunk_tokens`], [`chunk_tree`]) are keyed by the chunk's text alone, so
//! an edit re-tokenizes and re-parses only the piece it falls in: every other piece interns to
//! the chunk it was before and finds its memo. Offsets and lines inside a chunk's results are
//! relative to the chunk's start; [`Placed`] says where each chunk sits in its file.
//!
//! Where to cut: before a line that starts in column 0 with something that starts a statement,
//! when the text before it closes every bracket and string, except before `else`, `elif`,
//! `except` and `finally` (they continue the statement above) and after a decorator line.
//! [`scan`] proposes the cuts with a byte scan; the tokenizer and the parser confirm them: a
//! piece whose tokens or tree has an error is not trusted to end where the full parse would
//! end, so it runs to the end of the file instead. Pieces then tokenize and parse exactly as the
//! whole file does (`tests/stitch.rs` checks this over the corpora).

use taipan_syntax::Parse;
use taipan_tokenizer::Tokens;

use crate::Db;
use crate::input::SourceFile;

/// A piece of source text, interned: equal texts are one chunk.
#[salsa::interned(debug)]
pub struct Chunk<'db> {
    #[returns(deref)]
    pub text: String,
}

/// A chunk and where it sits in its file.
#[derive(Clone, Copy, PartialEq, Eq, Debug, salsa::SalsaValue)]
pub struct Placed<'db> {
    pub chunk: Chunk<'db>,
    /// Byte offset of the chunk's start in the file.
    pub offset: u32,
    /// Lines before the chunk's start (its first line is `line + 1`).
    pub line: u32,
}

/// A file's chunks, in order; their texts concatenate to the file's text.
#[salsa::tracked(returns(ref))]
pub fn chunks<'db>(db: &'db dyn Db, file: SourceFile) -> Vec<Placed<'db>> {
    let text = file.text(db);
    let cuts = scan(text);
    // Without a `\r`, counting `\n` is enough, and that loop vectorizes.
    let lf_only = !text.contains('\r');
    let mut out = Vec::with_capacity(cuts.len());
    let mut line = 0u32;
    for (i, &start) in cuts.iter().enumerate() {
        let end = cuts.get(i + 1).copied().unwrap_or(text.len());
        let piece = &text[start..end];
        let last = i + 1 == cuts.len();
        let chunk = Chunk::new(db, piece);
        if !last && !chunk_clean(db, chunk) {
            // Not a trusted boundary: the rest of the file is one chunk.
            let rest = &text[start..];
            out.push(Placed {
                chunk: Chunk::new(db, rest),
                offset: start as u32,
                line,
            });
            return out;
        }
        out.push(Placed {
            chunk,
            offset: start as u32,
            line,
        });
        line += if lf_only {
            piece.bytes().filter(|&c| c == b'\n').count() as u32
        } else {
            line_breaks(piece)
        };
    }
    out
}

/// The chunk's tokens, offsets relative to its start.
#[salsa::tracked(returns(ref), no_eq)]
pub fn chunk_tokens<'db>(db: &'db dyn Db, chunk: Chunk<'db>) -> Tokens {
    taipan_tokenizer::tokenize(chunk.text(db))
}

/// The chunk's lossless tree and errors, offsets relative to its start.
#[salsa::tracked(returns(ref), no_eq)]
pub fn chunk_tree<'db>(db: &'db dyn Db, chunk: Chunk<'db>) -> Parse {
    taipan_syntax::parse_tokens(chunk.text(db), chunk_tokens(db, chunk))
}

/// True when the chunk tokenizes and parses without error: it then ends where the whole
/// file's parse ends a statement. A query of its own so that [`chunks`] reads one memo per
/// chunk, not two.
#[salsa::tracked]
fn chunk_clean<'db>(db: &'db dyn Db, chunk: Chunk<'db>) -> bool {
    chunk_tree(db, chunk).errors().is_empty() && chunk_tokens(db, chunk).errors.is_empty()
}

/// The number of line breaks (`\n`, `\r\n`, `\r`) in `text`.
pub fn line_breaks(text: &str) -> u32 {
    let b = text.as_bytes();
    let mut n = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\n' => n += 1,
            b'\r' => {
                n += 1;
                if b.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    n
}

/// The byte offsets where chunks start (0 first): line starts in column 0 outside brackets,
/// strings and continuations, as described in the module doc.
pub fn scan(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    let mut cuts = vec![0];
    let mut depth = 0u32;
    let mut i = 0;
    let mut after_decorator = b.first() == Some(&b'@');
    while i < b.len() {
        // Most bytes mean nothing here: skip them a table look-up each.
        match b[i..].iter().position(|&c| SPECIAL[c as usize]) {
            Some(n) => i += n,
            None => break,
        }
        match b[i] {
            b'#' => {
                i += b[i..]
                    .iter()
                    .position(|&c| c == b'\n' || c == b'\r')
                    .unwrap_or(b.len() - i);
                continue;
            }
            b'\\' => i += 1,
            q @ (b'"' | b'\'') => {
                i = skip_string(b, i, q);
                continue;
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            b'\n' if depth == 0 => {
                let start = i + 1;
                if starts_statement(&b[start..]) {
                    if !after_decorator {
                        cuts.push(start);
                    }
                    after_decorator = b[start] == b'@';
                }
            }
            _ => {}
        }
        i += 1;
    }
    cuts
}

/// The bytes [`scan`] looks at.
static SPECIAL: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    let bytes = b"#\\\"'()[]{}\n";
    while i < bytes.len() {
        t[bytes[i] as usize] = true;
        i += 1;
    }
    t
};

/// The offset after the string starting with quote `q` at `i` (the end of the line for an
/// unterminated one-line string, the end of the text for an unterminated triple-quoted one).
fn skip_string(b: &[u8], i: usize, q: u8) -> usize {
    let triple = b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q);
    let mut j = if triple { i + 3 } else { i + 1 };
    while j < b.len() {
        match b[j] {
            b'\\' => j += 2,
            c if c == q => {
                if !triple {
                    return j + 1;
                }
                if b.get(j + 1) == Some(&q) && b.get(j + 2) == Some(&q) {
                    return j + 3;
                }
                j += 1;
            }
            b'\n' | b'\r' if !triple => return j,
            _ => j += 1,
        }
    }
    b.len()
}

/// True when a line starting with `line` begins a new top-level statement: not blank, not
/// indented, not a comment, not a clause continuing the statement above.
fn starts_statement(line: &[u8]) -> bool {
    let Some(&first) = line.first() else {
        return false;
    };
    if matches!(first, b' ' | b'\t' | b'\x0c' | b'\r' | b'\n' | b'#') {
        return false;
    }
    for kw in [&b"else"[..], b"elif", b"except", b"finally"] {
        if line.starts_with(kw)
            && line
                .get(kw.len())
                .is_none_or(|&c| !(c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80))
        {
            return false;
        }
    }
    true
}

//! Deterministic mutations of a Python source: a small seeded generator (SplitMix64, so the same
//! seed gives the same mutants on every machine) and the edits it picks from, at taipan's token
//! boundaries: delete, duplicate, swap or replace a token; delete or duplicate a character;
//! insert a bracket, a colon, an operator or keyword; indent or unindent a line.

use taipan_tokenizer::{Token, TokenKind};

/// SplitMix64: tiny, fast, and stable across platforms and versions.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Texts inserted or substituted for a token: operators, keywords, quotes and the characters
/// Python has no use for.
const SNIPPETS: &[&str] = &[
    "=", ",", ".", ":", ";", "*", "**", "->", ":=", "@", "+", "==", "if", "else", "def", "class",
    "return", "lambda", "not", "in", "is", "and", "for", "import", "from", "as", "yield", "await",
    "async", "pass", "None", "'", "\"", "f'{", "\\", "$", "?", "`", "1", "x",
];

/// A mutated source and what was done, for the report.
pub struct Mutant {
    pub text: String,
    pub what: String,
}

/// Makes one mutation of `text`, whose tokens are `tokens`; `None` when the file has nothing to
/// mutate.
pub fn mutate(text: &str, tokens: &[Token], rng: &mut Rng) -> Option<Mutant> {
    let sig: Vec<&Token> = tokens
        .iter()
        .filter(|t| !t.kind.is_trivia() && t.len > 0 && t.kind != TokenKind::EndMarker)
        .collect();
    if sig.len() < 2 {
        return None;
    }
    let i = rng.below(sig.len());
    let t = sig[i];
    let tok = t.text(text);
    let at = t.start as usize;
    let line = text[..at].matches('\n').count() + 1;
    let line_start = text[..at].rfind('\n').map_or(0, |p| p + 1);
    let (edit_at, edit_end, insert, what): (usize, usize, String, String) = match rng.below(10) {
        0 => (
            at,
            t.end() as usize,
            String::new(),
            format!("delete token {tok:?}"),
        ),
        1 => (
            at,
            at,
            format!("{tok} "),
            format!("duplicate token {tok:?}"),
        ),
        2 => {
            let u = sig[(i + 1) % sig.len()];
            if u.start <= t.start {
                return None;
            }
            let between = &text[t.end() as usize..u.start as usize];
            let swapped = format!("{}{between}{tok}", u.text(text));
            let what = format!("swap tokens {tok:?} and {:?}", u.text(text));
            (at, u.end() as usize, swapped, what)
        }
        3 | 4 => {
            let chars: Vec<(usize, char)> = tok.char_indices().collect();
            let (c_at, c) = chars[rng.below(chars.len())];
            let (s, e) = (at + c_at, at + c_at + c.len_utf8());
            if rng.below(2) == 0 {
                (s, e, String::new(), format!("delete char {c:?} of {tok:?}"))
            } else {
                (
                    s,
                    s,
                    c.to_string(),
                    format!("duplicate char {c:?} of {tok:?}"),
                )
            }
        }
        5 => {
            let b = ["(", "[", "{", ")", "]", "}"][rng.below(6)];
            (
                at,
                at,
                b.to_string(),
                format!("insert {b:?} before {tok:?}"),
            )
        }
        6 => (
            at,
            at,
            ":".to_string(),
            format!("insert ':' before {tok:?}"),
        ),
        7 => {
            let s = SNIPPETS[rng.below(SNIPPETS.len())];
            if rng.below(2) == 0 {
                let what = format!("replace {tok:?} with {s:?}");
                (at, t.end() as usize, s.to_string(), what)
            } else {
                (
                    at,
                    at,
                    format!("{s} "),
                    format!("insert {s:?} before {tok:?}"),
                )
            }
        }
        8 => {
            let w = ["    ", " ", "\t"][rng.below(3)];
            let what = format!("indent line {line} by {w:?}");
            (line_start, line_start, w.to_string(), what)
        }
        _ => {
            let indent =
                text[line_start..].len() - text[line_start..].trim_start_matches([' ', '\t']).len();
            if indent == 0 {
                return None;
            }
            let cut = if rng.below(2) == 0 {
                indent
            } else {
                indent.min(1 + rng.below(4))
            };
            let what = format!("unindent line {line} by {cut}");
            (line_start, line_start + cut, String::new(), what)
        }
    };
    let mut out = String::with_capacity(text.len() + insert.len());
    out.push_str(&text[..edit_at]);
    out.push_str(&insert);
    out.push_str(&text[edit_end..]);
    Some(Mutant {
        text: out,
        what: format!("{what} (line {line})"),
    })
}

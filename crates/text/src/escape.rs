//! Backslash escapes as CPython 3.11 decodes them, one scanner for every user: the string and
//! bytes literals of source code (`taipan-ast`) and the escape codecs of `_codecs`
//! (`escape_decode`, `unicode_escape_decode`, `raw_unicode_escape_decode`: CPython's
//! `_PyBytes_DecodeEscape` and `Objects/unicodeobject.c`).
//!
//! [`Scanner`] cuts the input into [`Piece`]s: plain text, an escape's value, an unknown
//! escape, an error with the byte range CPython reports, or the end of what a partial decode
//! can take. What differs between the users stays theirs: how plain text is copied (a literal
//! normalizes newlines, a codec reads its bytes as Latin-1), how an error is reported (the
//! parser's message with a position, the codec's `errors=` handler) and where to go on after
//! one ([`Scanner::resume_at`]).

/// Which escapes a decoder knows.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Escapes {
    /// Bytes literals and `escape_decode`: `\x` and octal escapes give a byte (an octal value
    /// past `\377` is cut to its low byte, as 3.11 does); `\N`, `\u` and `\U` are unknown.
    Bytes,
    /// Str literals and `unicode_escape`: all of them.
    Str,
    /// `raw_unicode_escape`: `\u` and `\U` alone; a backslash and the character after it are
    /// plain text (so `\\u0041` stays as it is).
    Raw,
}

/// What is wrong with an escape.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum EscapeError {
    /// A backslash ends the input.
    TrailingBackslash,
    /// `\x`, `\u` or `\U` (the letter) without enough hex digits.
    Truncated(u8),
    /// `\U` past U+10FFFF.
    OutOfRange,
    /// `\N` without a name in braces.
    MalformedName,
    /// `\N{...}` with a name Unicode does not know.
    UnknownName,
}

impl EscapeError {
    /// The reason as CPython's unicode-escape decoders give it (`UnicodeDecodeError.reason`,
    /// and the `(unicode error)` of a str literal).
    pub fn reason(self, escapes: Escapes) -> &'static str {
        match self {
            EscapeError::TrailingBackslash => "\\ at end of string",
            EscapeError::Truncated(b'x') => "truncated \\xXX escape",
            EscapeError::Truncated(b'u') => "truncated \\uXXXX escape",
            EscapeError::Truncated(_) => "truncated \\UXXXXXXXX escape",
            EscapeError::OutOfRange if escapes == Escapes::Raw => "\\Uxxxxxxxx out of range",
            EscapeError::OutOfRange => "illegal Unicode character",
            EscapeError::MalformedName => "malformed \\N character escape",
            EscapeError::UnknownName => "unknown Unicode character name",
        }
    }
}

/// A piece of the input.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Piece<'a> {
    /// Text to copy as it stands (no escape in it).
    Plain(&'a [u8]),
    /// An escape's value: a code point, or a byte for [`Escapes::Bytes`].
    Char(u32),
    /// A backslash that starts no escape (`\d`): the backslash is plain text, and scanning goes
    /// on at the character after it (its first byte is here, for CPython's "invalid escape
    /// sequence" DeprecationWarning).
    Unknown(u8),
    /// A bad escape from byte `start` to `end` (exclusive: CPython's `UnicodeDecodeError`
    /// range). Scanning goes on at `end` unless [`Scanner::resume_at`] says otherwise.
    Error {
        error: EscapeError,
        start: usize,
        end: usize,
    },
    /// A partial decode ([`Scanner::partial`]) stops at the escape that starts here: more input
    /// could complete it. Nothing follows.
    Incomplete(usize),
}

/// The pieces of an input, in order (an iterator).
#[derive(Clone, Debug)]
pub struct Scanner<'a> {
    input: &'a [u8],
    pos: usize,
    escapes: Escapes,
    source: bool,
    last: bool,
}

impl<'a> Scanner<'a> {
    /// A scanner of the whole of `input` (the decode is final).
    pub fn new(input: &'a [u8], escapes: Escapes) -> Self {
        Scanner {
            input,
            pos: 0,
            escapes,
            source: false,
            last: true,
        }
    }

    /// Source text: a backslash before `\r` or `\r\n` also continues the line (the codecs
    /// know `\n` alone; the tokenizer reads every newline).
    pub fn source(mut self) -> Self {
        self.source = true;
        self
    }

    /// A partial decode (`final=False`): an escape the input ends inside of is
    /// [`Piece::Incomplete`], not an error.
    pub fn partial(mut self) -> Self {
        self.last = false;
        self
    }

    /// Goes on at byte `pos` (where an error handler says to).
    pub fn resume_at(&mut self, pos: usize) {
        self.pos = pos;
    }

    /// The byte the next piece starts at.
    pub fn position(&self) -> usize {
        self.pos
    }

    /// The piece for an escape that the input ends inside of (from `start`, error up to `end`).
    fn cut(&mut self, start: usize, end: usize, error: EscapeError) -> Piece<'a> {
        if self.last {
            self.pos = end;
            Piece::Error { error, start, end }
        } else {
            self.pos = self.input.len();
            Piece::Incomplete(start)
        }
    }

    fn error(&mut self, start: usize, end: usize, error: EscapeError) -> Piece<'a> {
        self.pos = end;
        Piece::Error { error, start, end }
    }

    /// `n` hex digits after the escape letter at `start + 1`.
    fn hex(&mut self, start: usize, letter: u8, n: usize) -> Piece<'a> {
        let digits = start + 2;
        let mut v = 0u32;
        for k in 0..n {
            let Some(&d) = self.input.get(digits + k) else {
                return self.cut(start, digits + k, EscapeError::Truncated(letter));
            };
            match (d as char).to_digit(16) {
                Some(d) => v = v * 16 + d,
                None => return self.error(start, digits + k, EscapeError::Truncated(letter)),
            }
        }
        if v > 0x10FFFF {
            return self.error(start, digits + n, EscapeError::OutOfRange);
        }
        self.pos = digits + n;
        Piece::Char(v)
    }

    /// `\N{name}` after the `N` at `start + 1`.
    fn named(&mut self, start: usize) -> Piece<'a> {
        let open = start + 2;
        match self.input.get(open) {
            None => return self.cut(start, open, EscapeError::MalformedName),
            Some(b'{') => {}
            Some(_) => return self.error(start, open, EscapeError::MalformedName),
        }
        let Some(len) = memchr::memchr(b'}', &self.input[open + 1..]) else {
            return self.cut(start, self.input.len(), EscapeError::MalformedName);
        };
        let close = open + 1 + len;
        if len == 0 {
            return self.error(start, close, EscapeError::MalformedName);
        }
        let name = std::str::from_utf8(&self.input[open + 1..close]).ok();
        match name.and_then(unicode_names2::character) {
            Some(c) => {
                self.pos = close + 1;
                Piece::Char(c as u32)
            }
            None => self.error(start, close + 1, EscapeError::UnknownName),
        }
    }

    /// Up to three octal digits, the first at `start + 1`.
    fn octal(&mut self, start: usize) -> Piece<'a> {
        let mut v = 0u32;
        let mut i = start + 1;
        while i < start + 4 {
            match self.input.get(i) {
                Some(&d @ b'0'..=b'7') => v = v * 8 + (d - b'0') as u32,
                _ => break,
            }
            i += 1;
        }
        self.pos = i;
        Piece::Char(if self.escapes == Escapes::Bytes {
            v & 0xFF
        } else {
            v
        })
    }
}

impl<'a> Iterator for Scanner<'a> {
    type Item = Piece<'a>;

    fn next(&mut self) -> Option<Piece<'a>> {
        loop {
            let input = self.input;
            let start = self.pos;
            if start >= input.len() {
                return None;
            }
            if input[start] != b'\\' {
                let end = memchr::memchr(b'\\', &input[start..]).map_or(input.len(), |n| start + n);
                self.pos = end;
                return Some(Piece::Plain(&input[start..end]));
            }
            let Some(&e) = input.get(start + 1) else {
                if self.escapes == Escapes::Raw && self.last {
                    self.pos = start + 1;
                    return Some(Piece::Plain(&input[start..]));
                }
                return Some(self.cut(start, input.len(), EscapeError::TrailingBackslash));
            };
            let single = |v: u8| {
                Some(match v {
                    b'\\' | b'\'' | b'"' => v as u32,
                    b'a' => 7,
                    b'b' => 8,
                    b't' => 9,
                    b'n' => 10,
                    b'v' => 11,
                    b'f' => 12,
                    b'r' => 13,
                    _ => return None,
                })
            };
            let piece = match (self.escapes, e) {
                (_, b'u') if self.escapes != Escapes::Bytes => self.hex(start, e, 4),
                (_, b'U') if self.escapes != Escapes::Bytes => self.hex(start, e, 8),
                (Escapes::Raw, _) => {
                    self.pos = start + 2;
                    Piece::Plain(&input[start..start + 2])
                }
                (_, b'\n') => {
                    self.pos = start + 2;
                    continue;
                }
                (_, b'\r') if self.source => {
                    self.pos = start + 2 + (input.get(start + 2) == Some(&b'\n')) as usize;
                    continue;
                }
                (_, b'x') => self.hex(start, e, 2),
                (_, b'0'..=b'7') => self.octal(start),
                (Escapes::Str, b'N') => self.named(start),
                _ => match single(e) {
                    Some(v) => {
                        self.pos = start + 2;
                        Piece::Char(v)
                    }
                    None => {
                        self.pos = start + 1;
                        Piece::Unknown(e)
                    }
                },
            };
            return Some(piece);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(input: &str, escapes: Escapes, partial: bool) -> Vec<Piece<'_>> {
        let s = Scanner::new(input.as_bytes(), escapes);
        if partial { s.partial() } else { s }.collect()
    }

    #[test]
    fn ranges_are_cpythons() {
        use EscapeError::*;
        use Piece::*;
        let err = |error, start, end| Error { error, start, end };
        assert_eq!(
            pieces(r"\N{abc", Escapes::Str, false),
            [err(MalformedName, 0, 6)]
        );
        assert_eq!(
            pieces(r"ab\N{}x", Escapes::Str, false),
            [Plain(b"ab"), err(MalformedName, 2, 5), Plain(b"}x")]
        );
        assert_eq!(pieces(r"\N", Escapes::Str, true), [Incomplete(0)]);
        assert_eq!(
            pieces(r"\Nx", Escapes::Str, true)[0],
            err(MalformedName, 0, 2)
        );
        assert_eq!(
            pieces(r"\x4", Escapes::Str, false),
            [err(Truncated(b'x'), 0, 3)]
        );
        assert_eq!(
            pieces(r"a\x4", Escapes::Str, true),
            [Plain(b"a"), Incomplete(1)]
        );
        assert_eq!(
            pieces(r"\U00110000", Escapes::Raw, false),
            [err(OutOfRange, 0, 10)]
        );
        assert_eq!(
            pieces(r"\x4g", Escapes::Bytes, false)[0],
            err(Truncated(b'x'), 0, 3)
        );
    }

    #[test]
    fn values() {
        use Piece::*;
        assert_eq!(
            pieces(r"\101\777\x41\d", Escapes::Bytes, false),
            [Char(65), Char(0xFF), Char(65), Unknown(b'd'), Plain(b"d")]
        );
        assert_eq!(
            pieces(r"\777\N{HYPHEN}", Escapes::Str, false),
            [Char(0o777), Char(0x2010)]
        );
        assert_eq!(
            pieces(r"\\\u0041\q", Escapes::Raw, false),
            [Plain(br"\\"), Char(65), Plain(br"\q")]
        );
        assert_eq!(
            pieces("a\\\nb", Escapes::Str, false),
            [Plain(b"a"), Plain(b"b")]
        );
        let source: Vec<_> = Scanner::new(b"a\\\r\nb\\\rc", Escapes::Bytes)
            .source()
            .collect();
        assert_eq!(source, [Plain(b"a"), Plain(b"b"), Plain(b"c")]);
    }
}

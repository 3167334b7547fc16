//! The SRE matching engine: CPython 3.11's opcode, AT and CATEGORY numbering
//! (`Lib/re/_constants.py`, MAGIC 20220615), the [`StrDrive`] trait the matcher reads subjects
//! through (positions are code point indices), its two drives (one byte a character:
//! bytes and ASCII str; generalized UTF-8: any other str, positioned through the str's sparse
//! index), and the matcher itself (`engine.rs`, vendored from rustpython-sre_engine 0.6.0).

mod chars;
#[allow(clippy::all)]
mod engine;

pub use chars::{lower_ascii, lower_unicode, upper_unicode};
pub use engine::{Request, State};

use taipan_object::types::str_::PyStr;
use taipan_text::pystr::{cp_width, decode_at, decode_before};

pub const MAGIC: u32 = 20220615;
pub const CODESIZE: usize = 4;
pub const MAXREPEAT: usize = u32::MAX as usize;
pub const MAXGROUPS: usize = (u32::MAX / 4) as usize;

/// Defines a `#[repr(u32)]` code enum and its `TryFrom<u32>`.
macro_rules! codes {
    ($name:ident { $($v:ident = $n:expr,)* }) => {
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Copy, Clone, Debug, PartialEq, Eq)]
        #[repr(u32)]
        pub enum $name { $($v = $n,)* }
        impl TryFrom<u32> for $name {
            type Error = ();
            #[inline]
            fn try_from(c: u32) -> Result<Self, ()> {
                match c { $($n => Ok(Self::$v),)* _ => Err(()) }
            }
        }
    };
}

codes!(SreOpcode {
    FAILURE = 0, SUCCESS = 1, ANY = 2, ANY_ALL = 3, ASSERT = 4, ASSERT_NOT = 5, AT = 6,
    BRANCH = 7, CATEGORY = 8, CHARSET = 9, BIGCHARSET = 10, GROUPREF = 11,
    GROUPREF_EXISTS = 12, IN = 13, INFO = 14, JUMP = 15, LITERAL = 16, MARK = 17,
    MAX_UNTIL = 18, MIN_UNTIL = 19, NOT_LITERAL = 20, NEGATE = 21, RANGE = 22, REPEAT = 23,
    REPEAT_ONE = 24, SUBPATTERN = 25, MIN_REPEAT_ONE = 26, ATOMIC_GROUP = 27,
    POSSESSIVE_REPEAT = 28, POSSESSIVE_REPEAT_ONE = 29, GROUPREF_IGNORE = 30, IN_IGNORE = 31,
    LITERAL_IGNORE = 32, NOT_LITERAL_IGNORE = 33, GROUPREF_LOC_IGNORE = 34,
    IN_LOC_IGNORE = 35, LITERAL_LOC_IGNORE = 36, NOT_LITERAL_LOC_IGNORE = 37,
    GROUPREF_UNI_IGNORE = 38, IN_UNI_IGNORE = 39, LITERAL_UNI_IGNORE = 40,
    NOT_LITERAL_UNI_IGNORE = 41, RANGE_UNI_IGNORE = 42,
});

codes!(SreAtCode {
    BEGINNING = 0, BEGINNING_LINE = 1, BEGINNING_STRING = 2, BOUNDARY = 3, NON_BOUNDARY = 4,
    END = 5, END_LINE = 6, END_STRING = 7, LOC_BOUNDARY = 8, LOC_NON_BOUNDARY = 9,
    UNI_BOUNDARY = 10, UNI_NON_BOUNDARY = 11,
});

codes!(SreCatCode {
    DIGIT = 0, NOT_DIGIT = 1, SPACE = 2, NOT_SPACE = 3, WORD = 4, NOT_WORD = 5,
    LINEBREAK = 6, NOT_LINEBREAK = 7, LOC_WORD = 8, LOC_NOT_WORD = 9, UNI_DIGIT = 10,
    UNI_NOT_DIGIT = 11, UNI_SPACE = 12, UNI_NOT_SPACE = 13, UNI_WORD = 14,
    UNI_NOT_WORD = 15, UNI_LINEBREAK = 16, UNI_NOT_LINEBREAK = 17,
});

/// The `SRE_INFO_*` bits of an INFO block.
#[derive(Clone, Copy)]
pub struct SreInfo(u32);
impl SreInfo {
    pub const PREFIX: SreInfo = SreInfo(1);
    pub const LITERAL: SreInfo = SreInfo(2);
    pub const CHARSET: SreInfo = SreInfo(4);
    pub fn from_bits_truncate(b: u32) -> SreInfo {
        SreInfo(b & 7)
    }
    pub fn contains(self, o: SreInfo) -> bool {
        self.0 & o.0 == o.0
    }
}

/// The `SRE_FLAG_*` bits of a pattern.
pub mod flag {
    pub const TEMPLATE: u32 = 1;
    pub const IGNORECASE: u32 = 2;
    pub const LOCALE: u32 = 4;
    pub const MULTILINE: u32 = 8;
    pub const DOTALL: u32 = 16;
    pub const UNICODE: u32 = 32;
    pub const VERBOSE: u32 = 64;
    pub const DEBUG: u32 = 128;
    pub const ASCII: u32 = 256;
}

/// A position in the subject (a code point index) and the byte it is at.
#[derive(Debug, Clone, Copy)]
pub struct StringCursor {
    pub ptr: *const u8,
    pub position: usize,
}

impl Default for StringCursor {
    fn default() -> Self {
        Self {
            ptr: core::ptr::null(),
            position: 0,
        }
    }
}

/// Random access over a subject; every position is a code point index. The matcher reads a
/// character only where it has checked the cursor is inside the subject.
pub trait StrDrive: Copy {
    /// The length in characters.
    fn count(&self) -> usize;
    /// A cursor at character `n`.
    fn create_cursor(&self, n: usize) -> StringCursor;
    /// Moves `cursor` to character `n`.
    fn adjust_cursor(&self, cursor: &mut StringCursor, n: usize);
    /// Reads the character at the cursor and steps past it.
    fn advance(cursor: &mut StringCursor) -> u32;
    /// The character at the cursor.
    fn peek(cursor: &StringCursor) -> u32;
    /// Steps over `n` characters.
    fn skip(cursor: &mut StringCursor, n: usize);
    /// Steps back over one character and returns it.
    fn back_advance(cursor: &mut StringCursor) -> u32;
    /// The character before the cursor.
    fn back_peek(cursor: &StringCursor) -> u32;
    /// Steps back over `n` characters.
    fn back_skip(cursor: &mut StringCursor, n: usize);
}

/// One byte a character: bytes subjects and ASCII str.
#[derive(Clone, Copy)]
pub struct Bytes<'a>(pub &'a [u8]);

impl StrDrive for Bytes<'_> {
    #[inline]
    fn count(&self) -> usize {
        self.0.len()
    }
    #[inline]
    fn create_cursor(&self, n: usize) -> StringCursor {
        let n = n.min(self.0.len());
        StringCursor {
            // SAFETY: n <= len, one past the end at most.
            ptr: unsafe { self.0.as_ptr().add(n) },
            position: n,
        }
    }
    #[inline]
    fn adjust_cursor(&self, cursor: &mut StringCursor, n: usize) {
        *cursor = self.create_cursor(n);
    }
    #[inline]
    fn advance(cursor: &mut StringCursor) -> u32 {
        // SAFETY: the matcher reads only inside the subject.
        let c = unsafe { *cursor.ptr } as u32;
        cursor.position += 1;
        cursor.ptr = unsafe { cursor.ptr.add(1) };
        c
    }
    #[inline]
    fn peek(cursor: &StringCursor) -> u32 {
        unsafe { *cursor.ptr as u32 }
    }
    #[inline]
    fn skip(cursor: &mut StringCursor, n: usize) {
        cursor.position += n;
        cursor.ptr = unsafe { cursor.ptr.add(n) };
    }
    #[inline]
    fn back_advance(cursor: &mut StringCursor) -> u32 {
        cursor.position -= 1;
        cursor.ptr = unsafe { cursor.ptr.sub(1) };
        unsafe { *cursor.ptr as u32 }
    }
    #[inline]
    fn back_peek(cursor: &StringCursor) -> u32 {
        unsafe { *cursor.ptr.sub(1) as u32 }
    }
    #[inline]
    fn back_skip(cursor: &mut StringCursor, n: usize) {
        cursor.position -= n;
        cursor.ptr = unsafe { cursor.ptr.sub(n) };
    }
}

/// A non-ASCII str: generalized UTF-8 decoded in place; cursors are placed through the str's
/// sparse index (`PyStr::byte_offset`), so no decoded copy is made.
#[derive(Clone, Copy)]
pub struct Text<'a>(pub &'a PyStr);

/// Decodes the code point starting at `p` (generalized UTF-8: surrogates are 3-byte forms).
#[inline]
unsafe fn decode_fwd(p: *const u8) -> (u32, usize) {
    let b0 = unsafe { *p };
    if b0 < 0x80 {
        return (b0 as u32, 1);
    }
    let w = cp_width(b0);
    let s = unsafe { core::slice::from_raw_parts(p, w) };
    (decode_at(s, 0).0, w)
}

/// Decodes the code point ending just before `p`.
#[inline]
unsafe fn decode_back(p: *const u8) -> (u32, usize) {
    let b = unsafe { *p.sub(1) };
    if b < 0x80 {
        return (b as u32, 1);
    }
    let mut w = 1;
    while w < 4 && unsafe { *p.sub(w) } & 0xC0 == 0x80 {
        w += 1;
    }
    let s = unsafe { core::slice::from_raw_parts(p.sub(w), w) };
    (decode_before(s, w).0, w)
}

impl StrDrive for Text<'_> {
    #[inline]
    fn count(&self) -> usize {
        self.0.char_len()
    }
    #[inline]
    fn create_cursor(&self, n: usize) -> StringCursor {
        let n = n.min(self.0.char_len());
        let off = self.0.byte_offset(n);
        StringCursor {
            ptr: unsafe { self.0.as_bytes().as_ptr().add(off) },
            position: n,
        }
    }
    #[inline]
    fn adjust_cursor(&self, cursor: &mut StringCursor, n: usize) {
        if !cursor.ptr.is_null() && cursor.position <= n && n - cursor.position < 32 {
            let d = n - cursor.position;
            Self::skip(cursor, d);
        } else {
            *cursor = self.create_cursor(n);
        }
    }
    #[inline]
    fn advance(cursor: &mut StringCursor) -> u32 {
        let (c, w) = unsafe { decode_fwd(cursor.ptr) };
        cursor.position += 1;
        cursor.ptr = unsafe { cursor.ptr.add(w) };
        c
    }
    #[inline]
    fn peek(cursor: &StringCursor) -> u32 {
        unsafe { decode_fwd(cursor.ptr).0 }
    }
    #[inline]
    fn skip(cursor: &mut StringCursor, n: usize) {
        cursor.position += n;
        for _ in 0..n {
            let w = cp_width(unsafe { *cursor.ptr });
            cursor.ptr = unsafe { cursor.ptr.add(w) };
        }
    }
    #[inline]
    fn back_advance(cursor: &mut StringCursor) -> u32 {
        let (c, w) = unsafe { decode_back(cursor.ptr) };
        cursor.position -= 1;
        cursor.ptr = unsafe { cursor.ptr.sub(w) };
        c
    }
    #[inline]
    fn back_peek(cursor: &StringCursor) -> u32 {
        unsafe { decode_back(cursor.ptr).0 }
    }
    #[inline]
    fn back_skip(cursor: &mut StringCursor, n: usize) {
        for _ in 0..n {
            Self::back_advance(cursor);
        }
    }
}

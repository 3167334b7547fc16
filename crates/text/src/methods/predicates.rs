//! The `is*` predicates of `str` and `bytes` as CPython 3.11's: `isalpha`, `isdecimal`,
//! `isdigit`, `isnumeric`, `isalnum`, `isspace`, `isprintable`, `isidentifier`, `isascii`,
//! `islower`, `isupper`, `istitle` (for `bytes`, ASCII letters and digits only).

use super::case::{UPPER_OR_TITLE, unit_props};
use super::search::{Seq, Units};
use crate::pystr::code_points;
use crate::unicode::{
    self, ALPHA, DECIMAL, DIGIT, LOWER, NUMERIC, PRINTABLE, SPACE, UPPER, XID_CONTINUE, XID_START,
};

fn units(s: Seq) -> Box<dyn Iterator<Item = u32> + '_> {
    match s.units {
        Units::Bytes => Box::new(s.bytes.iter().map(|&b| b as u32)),
        Units::CodePoints => Box::new(code_points(s.bytes)),
    }
}

/// Non-empty and every unit has one of `flags`.
#[inline]
fn all(s: Seq, flags: u16) -> bool {
    if s.bytes.is_empty() {
        return false;
    }
    if s.units == Units::Bytes || s.bytes.is_ascii() {
        return s
            .bytes
            .iter()
            .all(|&b| unit_props(b as u32, s.units) & flags != 0);
    }
    code_points(s.bytes).all(|cp| unicode::has(cp, flags))
}

/// The `is*` predicates that ask one property of every unit.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Predicate {
    Alpha,
    Decimal,
    Digit,
    Numeric,
    Alnum,
    Space,
}

/// `s.isalpha()`, `s.isdecimal()`, ... by `which`.
pub fn is(s: Seq, which: Predicate) -> bool {
    let digit = match s.units {
        Units::CodePoints => DIGIT,
        Units::Bytes => DECIMAL,
    };
    all(
        s,
        match which {
            Predicate::Alpha => ALPHA,
            Predicate::Decimal => DECIMAL,
            Predicate::Digit => digit,
            Predicate::Numeric => NUMERIC,
            Predicate::Alnum => ALPHA | DECIMAL | digit | NUMERIC,
            Predicate::Space => SPACE,
        },
    )
}

/// `s.isprintable()` (true for the empty string).
pub fn isprintable(s: &[u8]) -> bool {
    code_points(s).all(|cp| unicode::has(cp, PRINTABLE))
}

/// `s.isascii()`.
pub fn isascii(s: &[u8]) -> bool {
    s.is_ascii()
}

/// `s.isidentifier()`: XID_Start or `_`, then XID_Continue.
pub fn isidentifier(s: &[u8]) -> bool {
    let mut cps = code_points(s);
    let Some(first) = cps.next() else {
        return false;
    };
    (first == '_' as u32 || unicode::has(first, XID_START))
        && cps.all(|cp| unicode::has(cp, XID_CONTINUE))
}

/// `s.islower()`: a lower-case unit and no upper- or title-case one.
pub fn islower(s: Seq) -> bool {
    let mut cased = false;
    for cp in units(s) {
        let p = unit_props(cp, s.units);
        if p & UPPER_OR_TITLE != 0 {
            return false;
        }
        cased |= p & LOWER != 0;
    }
    cased
}

/// `s.isupper()`: an upper-case unit and no lower- or title-case one.
pub fn isupper(s: Seq) -> bool {
    let mut cased = false;
    for cp in units(s) {
        let p = unit_props(cp, s.units);
        if p & (LOWER | unicode::TITLE) != 0 {
            return false;
        }
        cased |= p & UPPER != 0;
    }
    cased
}

/// `s.istitle()`: upper/title-case units only after uncased ones, lower-case only after cased.
pub fn istitle(s: Seq) -> bool {
    let (mut cased, mut previous_is_cased) = (false, false);
    for cp in units(s) {
        let p = unit_props(cp, s.units);
        if p & UPPER_OR_TITLE != 0 {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if p & LOWER != 0 {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

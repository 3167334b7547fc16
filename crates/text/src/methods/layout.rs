//! The methods that trim or pad: `strip`/`lstrip`/`rstrip` (whitespace or a set of code
//! points), `center`/`ljust`/`rjust`/`zfill` (CPython's `pad`, with its odd-width rounding
//! for `center`) and `expandtabs`, for `str` and `bytes`.

use super::search::{Seq, Units};
use super::split::is_space;
use crate::pystr::{decode_at, decode_before, push_cp};

/// Which ends `strip` trims.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum StripSide {
    Left,
    Right,
    Both,
}

/// `s.strip(chars)` (`lstrip`, `rstrip` by `side`); `chars = None` trims whitespace.
pub fn strip<'a>(s: Seq<'a>, chars: Option<Seq>, side: StripSide) -> &'a [u8] {
    let b = s.bytes;
    let strip_it = |cp: u32| match chars {
        None => is_space(cp, s.units),
        Some(chars) => contains_unit(chars, cp),
    };
    let (mut i, mut j) = (0, b.len());
    if side != StripSide::Right {
        while i < j {
            let (cp, w) = if b[i] < 0x80 || s.units == Units::Bytes {
                (b[i] as u32, 1)
            } else {
                decode_at(b, i)
            };
            if !strip_it(cp) {
                break;
            }
            i += w;
        }
    }
    if side != StripSide::Left {
        while j > i {
            let (cp, w) = if b[j - 1] < 0x80 || s.units == Units::Bytes {
                (b[j - 1] as u32, 1)
            } else {
                decode_before(b, j)
            };
            if !strip_it(cp) {
                break;
            }
            j -= w;
        }
    }
    &b[i..j]
}

fn contains_unit(set: Seq, cp: u32) -> bool {
    if cp < 0x80 || set.units == Units::Bytes {
        return set.bytes.contains(&(cp as u8));
    }
    crate::pystr::code_points(set.bytes).any(|c| c == cp)
}

fn push_fill(out: &mut Vec<u8>, fill: u32, units: Units, n: usize) {
    if fill < 0x80 || units == Units::Bytes {
        out.extend(std::iter::repeat_n(fill as u8, n));
    } else {
        for _ in 0..n {
            push_cp(out, fill);
        }
    }
}

/// CPython's `pad(self, left, right, fill)`.
fn pad(s: Seq, left: usize, right: usize, fill: u32) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.bytes.len() + (left + right) * 4);
    push_fill(&mut out, fill, s.units, left);
    out.extend_from_slice(s.bytes);
    push_fill(&mut out, fill, s.units, right);
    out
}

/// `s.center(width, fill)`, or `None` when `s` is already as wide (CPython returns `s`).
pub fn center(s: Seq, width: isize, fill: u32) -> Option<Vec<u8>> {
    if width <= s.len as isize {
        return None;
    }
    let (width, len) = (width as usize, s.len);
    let marg = width - len;
    let left = marg / 2 + (marg & width & 1);
    Some(pad(s, left, marg - left, fill))
}

/// `s.ljust(width, fill)`.
pub fn ljust(s: Seq, width: isize, fill: u32) -> Option<Vec<u8>> {
    (width > s.len as isize).then(|| pad(s, 0, width as usize - s.len, fill))
}

/// `s.rjust(width, fill)`.
pub fn rjust(s: Seq, width: isize, fill: u32) -> Option<Vec<u8>> {
    (width > s.len as isize).then(|| pad(s, width as usize - s.len, 0, fill))
}

/// `s.zfill(width)`: zeros on the left, after a leading sign.
pub fn zfill(s: Seq, width: isize) -> Option<Vec<u8>> {
    let fill = (width as usize)
        .checked_sub(s.len)
        .filter(|&f| f > 0 && width > 0)?;
    let mut out = pad(s, fill, 0, b'0' as u32);
    if matches!(out.get(fill), Some(b'+' | b'-')) {
        out[0] = out[fill];
        out[fill] = b'0';
    }
    Some(out)
}

/// `s.expandtabs(tabsize)`: columns count units and restart after `\n` and `\r`.
pub fn expandtabs(s: Seq, tabsize: isize) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.bytes.len());
    let mut col: usize = 0;
    let b = s.bytes;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\t' {
            if tabsize > 0 {
                let incr = tabsize as usize - col % tabsize as usize;
                out.extend(std::iter::repeat_n(b' ', incr));
                col += incr;
            }
            i += 1;
            continue;
        }
        let w = if c < 0x80 || s.units == Units::Bytes {
            1
        } else {
            crate::pystr::cp_width(c)
        };
        out.extend_from_slice(&b[i..(i + w).min(b.len())]);
        i += w;
        col += 1;
        if c == b'\n' || c == b'\r' {
            col = 0;
        }
    }
    out
}

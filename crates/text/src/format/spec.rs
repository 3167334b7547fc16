//! The format mini-language's specifier, parsed as `Python/formatter_unicode.c`'s
//! `parse_internal_render_format_spec` does, with its messages:
//! `[[fill]align][sign][z][#][0][width][,|_][.precision][type]`.

use crate::pystr::code_points;
use crate::unicode::decimal_value;
use crate::{PyErr, PyResult};

/// How thousands are grouped (`format->thousands_separators`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Grouping {
    None,
    /// `,`: groups of three.
    Comma,
    /// `_`: groups of three (decimal) or four (`b`, `o`, `x`, `X`).
    Underscore,
}

/// A parsed format specifier (CPython's `InternalFormatSpec`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct FormatSpec {
    pub fill: u32,
    /// `<`, `>`, `^` or `=`; the type's default when not given.
    pub align: u8,
    /// Whether `fill`/`align` were written (a `0` width prefix is ignored after a fill).
    pub align_given: bool,
    /// `+`, `-`, ` ` or 0.
    pub sign: u8,
    /// `z`: negative zero coerced to zero.
    pub no_neg_0: bool,
    /// `#`.
    pub alternate: bool,
    pub width: Option<usize>,
    pub grouping: Grouping,
    pub precision: Option<usize>,
    /// The presentation type, a code point; 0 when absent (the type's default then applies).
    pub ty: u32,
}

fn is_align(c: u32) -> bool {
    matches!(c, 0x3C | 0x3E | 0x3D | 0x5E) // < > = ^
}

/// `get_integer`: decimal digits (any script's), `None` when there are none.
fn get_integer(cps: &[u32], pos: &mut usize) -> PyResult<Option<usize>> {
    let mut acc: usize = 0;
    let start = *pos;
    while let Some(d) = cps.get(*pos).and_then(|&c| decimal_value(c)) {
        if acc > (isize::MAX as usize - d as usize) / 10 {
            return Err(PyErr::value_error(
                "Too many decimal digits in format string",
            ));
        }
        acc = acc * 10 + d as usize;
        *pos += 1;
    }
    Ok((*pos > start).then_some(acc))
}

/// The message for a presentation type unknown to `type_name`.
pub fn unknown_presentation_type(ty: u32, type_name: &str) -> PyErr {
    PyErr::value_error(if ty > 32 && ty < 128 {
        format!(
            "Unknown format code '{}' for object of type '{type_name}'",
            ty as u8 as char
        )
    } else {
        format!("Unknown format code '\\x{ty:x}' for object of type '{type_name}'")
    })
}

impl FormatSpec {
    /// Parses `spec` (generalized UTF-8) for a value of `type_name`, with the type's default
    /// presentation type and alignment (`'s'`/`'<'` for str, `'d'`/`'>'` for int, 0/`'>'`
    /// for float and complex).
    pub fn parse(
        spec: &[u8],
        type_name: &str,
        default_type: u8,
        default_align: u8,
    ) -> PyResult<FormatSpec> {
        // specs are short: decode into a stack buffer, no allocation (a long one, say with
        // many leading zeros in its width, takes a vector)
        let mut buf = [0u32; 32];
        let owned: Vec<u32>;
        let cps: &[u32] = if spec.len() <= buf.len() {
            let mut n = 0;
            for cp in code_points(spec) {
                buf[n] = cp;
                n += 1;
            }
            &buf[..n]
        } else {
            owned = code_points(spec).collect();
            &owned
        };
        let mut f = FormatSpec {
            fill: ' ' as u32,
            align: default_align,
            align_given: false,
            sign: 0,
            no_neg_0: false,
            alternate: false,
            width: None,
            grouping: Grouping::None,
            precision: None,
            ty: default_type as u32,
        };
        let mut pos = 0;
        let at = |p: usize| cps.get(p).copied();
        let mut fill_given = false;
        if cps.len() >= 2 && is_align(cps[1]) {
            f.align = cps[1] as u8;
            f.fill = cps[0];
            fill_given = true;
            f.align_given = true;
            pos = 2;
        } else if at(0).is_some_and(is_align) {
            f.align = cps[0] as u8;
            f.align_given = true;
            pos = 1;
        }
        if let Some(c @ (0x2B | 0x2D | 0x20)) = at(pos) {
            f.sign = c as u8;
            pos += 1;
        }
        if at(pos) == Some('z' as u32) {
            f.no_neg_0 = true;
            pos += 1;
        }
        if at(pos) == Some('#' as u32) {
            f.alternate = true;
            pos += 1;
        }
        if !fill_given && at(pos) == Some('0' as u32) {
            f.fill = '0' as u32;
            if !f.align_given && default_align == b'>' {
                f.align = b'=';
            }
            pos += 1;
        }
        f.width = get_integer(cps, &mut pos)?;
        // A width no machine could pad to: CPython's allocation fails (MemoryError).
        if f.width.is_some_and(|w| w as u128 > crate::alloc::limit()) {
            return Err(PyErr::memory());
        }
        if at(pos) == Some(',' as u32) {
            f.grouping = Grouping::Comma;
            pos += 1;
        }
        if at(pos) == Some('_' as u32) {
            if f.grouping != Grouping::None {
                return Err(PyErr::value_error("Cannot specify both ',' and '_'."));
            }
            f.grouping = Grouping::Underscore;
            pos += 1;
        }
        if at(pos) == Some(',' as u32) && f.grouping == Grouping::Underscore {
            return Err(PyErr::value_error("Cannot specify both ',' and '_'."));
        }
        if at(pos) == Some('.' as u32) {
            pos += 1;
            f.precision = get_integer(cps, &mut pos)?;
            if f.precision.is_none() {
                return Err(PyErr::value_error("Format specifier missing precision"));
            }
        }
        if cps.len() - pos > 1 {
            let spec = String::from_utf8_lossy(spec);
            return Err(PyErr::value_error(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            )));
        }
        if let Some(&ty) = cps.get(pos) {
            f.ty = ty;
        }
        if f.grouping != Grouping::None {
            let ok = match f.ty {
                0 => true,
                t => {
                    b"defgEG%F".contains(&(t as u8)) && t < 128
                        || (f.grouping == Grouping::Underscore
                            && b"boxX".contains(&(t as u8))
                            && t < 128)
                }
            };
            if !ok {
                let sep = if f.grouping == Grouping::Comma {
                    ','
                } else {
                    '_'
                };
                return Err(PyErr::value_error(if f.ty > 32 && f.ty < 128 {
                    format!("Cannot specify '{sep}' with '{}'.", f.ty as u8 as char)
                } else {
                    format!("Cannot specify '{sep}' with '\\x{:x}'.", f.ty)
                }));
            }
        }
        Ok(f)
    }

    /// CPython's `calc_padding`: `(left, right)` padding around `len` units.
    pub fn padding(&self, len: usize) -> (usize, usize) {
        let total = self.width.map_or(len, |w| w.max(len));
        let left = match self.align {
            b'>' => total - len,
            b'^' => (total - len) / 2,
            _ => 0,
        };
        (left, total - len - left)
    }
}

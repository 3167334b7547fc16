//! `str.format`'s template language as `Objects/stringlib/unicode_format.h` parses it, lazily
//! (CPython renders field by field, so a syntax error late in the template surfaces only after
//! the earlier fields were looked up): [`MarkupIter`] yields literal text and replacement
//! fields `{field_name!conversion:format_spec}`; [`parse_field_name`] splits a field name
//! into its first part (auto/manual index or keyword, with the numbering errors) and the
//! `.attr`/`[key]` accessors after it ([`FieldNameRest`]). The object model does the lookups,
//! the conversion (`Unknown conversion specifier X` is [`conversion_error`]) and, when
//! `spec_needs_expanding`, formats the spec itself with a fresh `MarkupIter` at depth - 1
//! sharing the same [`AutoNumber`] (`Max string recursion exceeded` at depth 0).

use crate::pystr::{code_points, decode_at};
use crate::unicode::decimal_value;
use crate::{PyErr, PyResult};

fn err(msg: &'static str) -> PyErr {
    PyErr::value_error(msg)
}

/// One piece of a template.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Markup<'a> {
    /// Text to copy (`{{` and `}}` already halved; borrowed, so maybe in several pieces).
    Literal(&'a [u8]),
    /// A replacement field.
    Field(Field<'a>),
}

/// A replacement field `{name!conversion:spec}`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Field<'a> {
    pub name: &'a [u8],
    /// The code point after `!`, if any.
    pub conversion: Option<u32>,
    pub spec: &'a [u8],
    /// The spec holds `{...}` fields to format first.
    pub spec_needs_expanding: bool,
}

/// Iterates over a template (CPython's `MarkupIterator`).
pub struct MarkupIter<'a> {
    s: &'a [u8],
    pos: usize,
    failed: bool,
}

impl<'a> MarkupIter<'a> {
    pub fn new(template: &'a [u8]) -> MarkupIter<'a> {
        MarkupIter {
            s: template,
            pos: 0,
            failed: false,
        }
    }

    fn parse_field(&mut self) -> PyResult<Field<'a>> {
        let s = self.s;
        let name_start = self.pos;
        let mut c = 0u8;
        while self.pos < s.len() {
            c = s[self.pos];
            self.pos += 1;
            match c {
                b'{' => return Err(err("unexpected '{' in field name")),
                b'[' => {
                    while self.pos < s.len() && s[self.pos] != b']' {
                        self.pos += 1;
                    }
                    continue;
                }
                b'}' | b':' | b'!' => break,
                _ => continue,
            }
        }
        // CPython's `field_name->end = str->start - 1` even when the loop ran out
        let name_end = if c == b'}' || c == b':' || c == b'!' {
            self.pos - 1
        } else {
            self.pos.saturating_sub(1).max(name_start)
        };
        let name = &s[name_start..name_end];
        let mut field = Field {
            name,
            conversion: None,
            spec: &[],
            spec_needs_expanding: false,
        };
        if c == b'!' || c == b':' {
            if c == b'!' {
                if self.pos >= s.len() {
                    return Err(err("end of string while looking for conversion specifier"));
                }
                let (cp, w) = decode_at(s, self.pos);
                field.conversion = Some(cp);
                self.pos += w;
                if self.pos < s.len() {
                    let c = s[self.pos];
                    self.pos += 1;
                    if c == b'}' {
                        return Ok(field);
                    }
                    if c != b':' {
                        return Err(err("expected ':' after conversion specifier"));
                    }
                }
            }
            let spec_start = self.pos;
            let mut count = 1;
            while self.pos < s.len() {
                let c = s[self.pos];
                self.pos += 1;
                match c {
                    b'{' => {
                        field.spec_needs_expanding = true;
                        count += 1;
                    }
                    b'}' => {
                        count -= 1;
                        if count == 0 {
                            field.spec = &s[spec_start..self.pos - 1];
                            return Ok(field);
                        }
                    }
                    _ => {}
                }
            }
            return Err(err("unmatched '{' in format spec"));
        }
        if c != b'}' {
            return Err(err("expected '}' before end of string"));
        }
        Ok(field)
    }
}

impl<'a> Iterator for MarkupIter<'a> {
    type Item = PyResult<Markup<'a>>;

    fn next(&mut self) -> Option<PyResult<Markup<'a>>> {
        let s = self.s;
        if self.failed || self.pos >= s.len() {
            return None;
        }
        let start = self.pos;
        let mut c = 0u8;
        let mut markup_follows = false;
        // `{` and `}` are ASCII: a byte scan finds them (memchr2)
        match memchr::memchr2(b'{', b'}', &s[self.pos..]) {
            Some(at) => {
                self.pos += at + 1;
                c = s[self.pos - 1];
                markup_follows = true;
            }
            None => self.pos = s.len(),
        }
        let at_end = self.pos >= s.len();
        let mut len = self.pos - start;
        if c == b'}' && (at_end || s[self.pos] != b'}') {
            self.failed = true;
            return Some(Err(err("Single '}' encountered in format string")));
        }
        if at_end && c == b'{' {
            self.failed = true;
            return Some(Err(err("Single '{' encountered in format string")));
        }
        if !at_end {
            if c == s[self.pos] && markup_follows {
                self.pos += 1;
                markup_follows = false;
            } else if markup_follows {
                len -= 1;
            }
        }
        let literal = &s[start..start + len];
        if !markup_follows {
            return Some(Ok(Markup::Literal(literal)));
        }
        if !literal.is_empty() {
            // hand the text out first; the field follows on the next call
            self.pos = start + len;
            return Some(Ok(Markup::Literal(literal)));
        }
        match self.parse_field() {
            Ok(f) => Some(Ok(Markup::Field(f))),
            Err(e) => {
                self.failed = true;
                Some(Err(e))
            }
        }
    }
}

/// `Unknown conversion specifier X` (the conversions are `r`, `s`, `a`).
pub fn conversion_error(conversion: u32) -> PyErr {
    PyErr::value_error(if conversion > 32 && conversion < 127 {
        format!("Unknown conversion specifier {}", conversion as u8 as char)
    } else {
        format!("Unknown conversion specifier \\x{conversion:x}")
    })
}

/// Automatic (`{}`) versus manual (`{0}`) numbering, shared by a template and its nested specs.
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
pub struct AutoNumber {
    state: AutoState,
    next: usize,
}

#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
enum AutoState {
    #[default]
    Init,
    Auto,
    Manual,
}

/// The first part of a field name.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FirstArg<'a> {
    /// A positional argument (numbered automatically or written).
    Index(usize),
    /// A keyword argument.
    Name(&'a [u8]),
}

/// `get_integer`: all decimal digits (any script's) to a number, `None` if any is not one or
/// the text is empty.
fn get_integer(s: &[u8]) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for cp in code_points(s) {
        let Some(d) = decimal_value(cp) else {
            return Ok(None);
        };
        if acc > (isize::MAX as usize - d as usize) / 10 {
            return Err(err("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d as usize;
    }
    Ok(Some(acc))
}

/// `field_name_split`: the first part and the accessors after it.
pub fn parse_field_name<'a>(
    name: &'a [u8],
    auto: &mut AutoNumber,
) -> PyResult<(FirstArg<'a>, FieldNameRest<'a>)> {
    let split = name
        .iter()
        .position(|&b| b == b'.' || b == b'[')
        .unwrap_or(name.len());
    let first = &name[..split];
    let index = get_integer(first)?;
    let empty = first.is_empty();
    if empty || index.is_some() {
        if auto.state == AutoState::Init {
            auto.state = if empty {
                AutoState::Auto
            } else {
                AutoState::Manual
            };
        }
        match (auto.state, empty) {
            (AutoState::Manual, true) => {
                return Err(err(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            (AutoState::Auto, false) => {
                return Err(err(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            _ => {}
        }
    }
    let first = match index {
        _ if empty => {
            auto.next += 1;
            FirstArg::Index(auto.next - 1)
        }
        Some(i) => FirstArg::Index(i),
        None => FirstArg::Name(first),
    };
    Ok((
        first,
        FieldNameRest {
            rest: &name[split..],
        },
    ))
}

/// One accessor after a field name's first part.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Accessor<'a> {
    /// `.name`
    Attr(&'a [u8]),
    /// `[3]`: an int key.
    Index(usize),
    /// `[key]`: a str key.
    Key(&'a [u8]),
}

/// The accessors of a field name, parsed as they are applied (`FieldNameIterator`).
#[derive(Clone, Debug)]
pub struct FieldNameRest<'a> {
    rest: &'a [u8],
}

impl<'a> Iterator for FieldNameRest<'a> {
    type Item = PyResult<Accessor<'a>>;

    fn next(&mut self) -> Option<PyResult<Accessor<'a>>> {
        let (&c, tail) = self.rest.split_first()?;
        let r = match c {
            b'.' => {
                let end = tail
                    .iter()
                    .position(|&b| b == b'.' || b == b'[')
                    .unwrap_or(tail.len());
                self.rest = &tail[end..];
                let name = &tail[..end];
                if name.is_empty() {
                    Err(err("Empty attribute in format string"))
                } else {
                    Ok(Accessor::Attr(name))
                }
            }
            b'[' => match tail.iter().position(|&b| b == b']') {
                None => {
                    self.rest = &[];
                    Err(err("Missing ']' in format string"))
                }
                Some(end) => {
                    self.rest = &tail[end + 1..];
                    let key = &tail[..end];
                    match get_integer(key) {
                        Err(e) => Err(e),
                        Ok(_) if key.is_empty() => Err(err("Empty attribute in format string")),
                        Ok(Some(i)) => Ok(Accessor::Index(i)),
                        Ok(None) => Ok(Accessor::Key(key)),
                    }
                }
            },
            _ => Err(err(
                "Only '.' or '[' may follow ']' in format field specifier",
            )),
        };
        if r.is_err() {
            self.rest = &[];
        }
        Some(r)
    }
}

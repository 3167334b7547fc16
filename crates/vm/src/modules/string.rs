//! The `_string` module (what `string.Formatter` uses): `formatter_parser` (a template's
//! `(literal, field_name, format_spec, conversion)` tuples, from taipan-text's `MarkupIter`)
//! and `formatter_field_name_split` (a field name's first part and its `.attr`/`[key]`
//! accessors, from `parse_field_name`).

use taipan_object::abstract_ as ab;
use taipan_object::typeobj::{Meth, MethodDef};
use taipan_object::types::str_::PyStr;
use taipan_object::{ObjRef, PyResult, ThreadState};
use taipan_text::format::field::{
    Accessor, AutoNumber, FirstArg, Markup, MarkupIter, parse_field_name,
};

fn text<'a>(ts: &ThreadState, o: &'a ObjRef, fname: &str) -> PyResult<&'a str> {
    o.downcast::<PyStr>().map(|s| s.as_str()).ok_or_else(|| {
        ts.type_error(format!(
            "{fname}() argument must be str, not {}",
            o.typ().name()
        ))
    })
}

fn s(ts: &ThreadState, b: &[u8]) -> ObjRef {
    ts.new_str_bytes(b)
}

/// `formatter_parser(template)`: the pieces as CPython's `formatteriter` yields them (a
/// literal and the field after it share a tuple; a literal cut at `{{`/`}}` stands alone).
fn formatter_parser(ts: &ThreadState, _: &ObjRef, template: &ObjRef) -> PyResult<ObjRef> {
    let t = text(ts, template, "formatter_parser")?.as_bytes();
    let mut out = Vec::new();
    let mut pending: Option<&[u8]> = None;
    let field_tuple = |lit: &[u8], f: &taipan_text::format::field::Field| {
        let conv = match f.conversion {
            None => ts.none(),
            Some(c) => ts.new_string(char::from_u32(c).unwrap_or('\u{fffd}').to_string()),
        };
        ts.new_tuple(vec![s(ts, lit), s(ts, f.name), s(ts, f.spec), conv])
    };
    for m in MarkupIter::new(t) {
        match m.map_err(|e| ts.from_numeric(e))? {
            Markup::Literal(lit) => {
                let end = lit.as_ptr() as usize - t.as_ptr() as usize + lit.len();
                let before_field =
                    !matches!(lit.last(), Some(b'{' | b'}')) && t.get(end) == Some(&b'{');
                if before_field {
                    pending = Some(lit);
                } else {
                    out.push(ts.new_tuple(vec![s(ts, lit), ts.none(), ts.none(), ts.none()]));
                }
            }
            Markup::Field(f) => {
                let lit = pending.take().unwrap_or(&[]);
                out.push(field_tuple(lit, &f));
            }
        }
    }
    if let Some(lit) = pending {
        out.push(ts.new_tuple(vec![s(ts, lit), ts.none(), ts.none(), ts.none()]));
    }
    ab::iter(ts, &ts.new_list(out))
}

/// `formatter_field_name_split(name)`: `(first, iterator of (is_attr, key))`.
fn formatter_field_name_split(ts: &ThreadState, _: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
    let n = text(ts, name, "formatter_field_name_split")?.as_bytes();
    let split = n
        .iter()
        .position(|&b| b == b'.' || b == b'[')
        .unwrap_or(n.len());
    let mut auto = AutoNumber::default();
    let (first, rest) = parse_field_name(n, &mut auto).map_err(|e| ts.from_numeric(e))?;
    let first = if split == 0 {
        ts.empty_str()
    } else {
        match first {
            FirstArg::Index(i) => ts.new_int(i as i64),
            FirstArg::Name(b) => s(ts, b),
        }
    };
    let mut items = Vec::new();
    for acc in rest {
        items.push(match acc.map_err(|e| ts.from_numeric(e))? {
            Accessor::Attr(a) => ts.new_tuple(vec![ts.bool_obj(true), s(ts, a)]),
            Accessor::Index(i) => ts.new_tuple(vec![ts.bool_obj(false), ts.new_int(i as i64)]),
            Accessor::Key(k) => ts.new_tuple(vec![ts.bool_obj(false), s(ts, k)]),
        });
    }
    let it = ab::iter(ts, &ts.new_list(items))?;
    Ok(ts.new_tuple(vec![first, it]))
}

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::new("formatter_parser", Meth::O(formatter_parser)),
    MethodDef::new(
        "formatter_field_name_split",
        Meth::O(formatter_field_name_split),
    ),
];

/// Makes the `_string` module.
pub fn make(ts: &ThreadState) -> ObjRef {
    ts.new_builtin_module("_string", FUNCTIONS)
}

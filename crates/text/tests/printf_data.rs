//! Replays `tests/data/text/printf.txt` and `strformat.txt` (CPython 3.11's `template % args`
//! and `template.format(...)`, written by `crates/text/tools/gen_printf.py`). The drivers
//! below play the object model's part (argument fetching, `str()`/`repr()`, attribute and
//! item lookups, type errors) around taipan-text's parsers and layout functions.

mod common;

use common::{Lit, check, hex_float, parse_lit, repr};
use num_bigint::BigInt;
use num_traits::FromPrimitive;
use taipan_text::IntRef;
use taipan_text::format::field::{
    Accessor, AutoNumber, FirstArg, Markup, MarkupIter, conversion_error, parse_field_name,
};
use taipan_text::format::printf::{self, PrintfSpec};
use taipan_text::format::{
    format_float as fmt_float, format_int as fmt_int, format_str as fmt_str,
};
use taipan_text::pystr::{char_len, code_points, push_cp};
use taipan_text::repr::str_ascii;
use taipan_text::{float_repr, str_repr};

#[derive(Clone, Debug)]
enum Val {
    Int(BigInt),
    Float(f64),
    Str(Vec<u8>),
}

fn val(s: &str) -> Val {
    if let Some(h) = s.strip_prefix("f:") {
        return Val::Float(hex_float(h));
    }
    match parse_lit(s) {
        Lit::Str(b) => Val::Str(b),
        _ => Val::Int(s.parse().unwrap()),
    }
}

fn int_ref(b: &BigInt) -> IntRef<'_> {
    IntRef::Big(b)
}

fn type_name(v: &Val) -> &'static str {
    match v {
        Val::Int(_) => "int",
        Val::Float(_) => "float",
        Val::Str(_) => "str",
    }
}

fn to_str(v: &Val) -> Vec<u8> {
    match v {
        Val::Int(i) => i.to_string().into_bytes(),
        Val::Float(x) => float_repr(*x).into_bytes(),
        Val::Str(s) => s.clone(),
    }
}

fn to_repr(v: &Val) -> Vec<u8> {
    match v {
        Val::Str(s) => str_repr(s).into_bytes(),
        other => to_str(other),
    }
}

fn to_ascii(v: &Val) -> Vec<u8> {
    match v {
        Val::Str(s) => str_ascii(s).into_bytes(),
        other => to_str(other),
    }
}

fn truncate(x: f64) -> Result<BigInt, String> {
    if x.is_nan() {
        return Err("ValueError: cannot convert float NaN to integer".into());
    }
    if x.is_infinite() {
        return Err("OverflowError: cannot convert float infinity to integer".into());
    }
    Ok(BigInt::from_f64(x.trunc()).unwrap())
}

fn percent(template: &[u8], args: &[Val]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let mut next = 0;
    let mut pos = 0;
    let mut cp_pos = 0;
    while pos < template.len() {
        if template[pos] != b'%' {
            let w = taipan_text::pystr::cp_width(template[pos]);
            out.extend_from_slice(&template[pos..pos + w]);
            pos += w;
            cp_pos += 1;
            continue;
        }
        let mut star = |precision: bool| {
            let a = args.get(next).cloned();
            next += 1;
            match a {
                None => Err(taipan_text::PyErr::type_error(
                    "not enough arguments for format string",
                )),
                Some(Val::Int(i)) if precision => i32::try_from(&i).map(i64::from).map_err(|_| {
                    taipan_text::PyErr::overflow("Python int too large to convert to C int")
                }),
                Some(Val::Int(i)) => i64::try_from(&i).map_err(|_| {
                    taipan_text::PyErr::overflow("Python int too large to convert to C ssize_t")
                }),
                Some(_) => Err(taipan_text::PyErr::type_error("* wants int")),
            }
        };
        let parsed = printf::parse_spec(template, pos + 1, cp_pos + 1, false, &mut star);
        let (spec, end) = parsed.map_err(|e| e.to_string())?;
        cp_pos += char_len(&template[pos..end]);
        pos = end;
        if spec.literal {
            out.push(b'%');
            continue;
        }
        let Some(arg) = args.get(next) else {
            return Err("TypeError: not enough arguments for format string".into());
        };
        next += 1;
        convert(&mut out, arg, &spec)?;
    }
    if next < args.len() {
        return Err("TypeError: not all arguments converted during string formatting".into());
    }
    Ok(out)
}

fn convert(out: &mut Vec<u8>, arg: &Val, spec: &PrintfSpec) -> Result<(), String> {
    let c = char::from_u32(spec.conversion).unwrap_or('?');
    match c {
        's' => printf::format_text(out, &to_str(arg), spec),
        'r' => printf::format_text(out, &to_repr(arg), spec),
        'a' => printf::format_text(out, &to_ascii(arg), spec),
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let v = match arg {
                Val::Int(i) => i.clone(),
                Val::Float(x) if "diu".contains(c) => truncate(*x)?,
                other if "diu".contains(c) => {
                    return Err(format!(
                        "TypeError: %{c} format: a real number is required, not {}",
                        type_name(other)
                    ));
                }
                other => {
                    return Err(format!(
                        "TypeError: %{c} format: an integer is required, not {}",
                        type_name(other)
                    ));
                }
            };
            printf::format_int(out, int_ref(&v), spec);
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match arg {
                Val::Float(x) => *x,
                Val::Int(i) => int_ref(i)
                    .to_f64()
                    .ok_or("OverflowError: int too large to convert to float")?,
                other => {
                    return Err(format!(
                        "TypeError: must be real number, not {}",
                        type_name(other)
                    ));
                }
            };
            printf::format_float(out, x, spec);
        }
        'c' => match arg {
            Val::Int(i) => printf::format_char(out, int_ref(i), spec).map_err(|e| e.to_string())?,
            Val::Str(s) if char_len(s) == 1 => printf::format_text(out, s, spec),
            _ => return Err("TypeError: %c requires int or char".into()),
        },
        _ => return Err(printf::unsupported(spec).to_string()),
    }
    Ok(())
}

#[test]
fn percent_format_equals_cpython() {
    check("printf.txt", |fields| {
        let template = parse_lit(&fields[0]);
        let args: Vec<Val> = fields[1..].iter().map(|f| val(f)).collect();
        percent(template.bytes(), &args).map_or_else(|e| e, |out| repr(&out, false))
    });
}

fn lookup(
    args: &[Val],
    kwargs: &[(Vec<u8>, Val)],
    name: &[u8],
    auto: &mut AutoNumber,
) -> Result<Val, String> {
    let (first, rest) = parse_field_name(name, auto).map_err(|e| e.to_string())?;
    let mut obj = match first {
        FirstArg::Index(i) => args.get(i).cloned().ok_or_else(|| {
            format!("IndexError: Replacement index {i} out of range for positional args tuple")
        })?,
        FirstArg::Name(n) => kwargs
            .iter()
            .find(|(k, _)| k == n)
            .map(|(_, v)| v.clone())
            .ok_or_else(|| format!("KeyError: {}", str_repr(n)))?,
    };
    for acc in rest {
        obj = match (acc.map_err(|e| e.to_string())?, &obj) {
            (Accessor::Attr(b"real"), Val::Int(i)) => Val::Int(i.clone()),
            (Accessor::Attr(b"imag"), Val::Int(_)) => Val::Int(BigInt::from(0)),
            (Accessor::Attr(a), o) => {
                return Err(format!(
                    "AttributeError: '{}' object has no attribute {}",
                    type_name(o),
                    str_repr(a)
                ));
            }
            (Accessor::Index(i), Val::Str(s)) => {
                let cp = code_points(s)
                    .nth(i)
                    .ok_or("IndexError: string index out of range")?;
                let mut b = Vec::new();
                push_cp(&mut b, cp);
                Val::Str(b)
            }
            (Accessor::Key(_), Val::Str(_)) => {
                return Err("TypeError: string indices must be integers, not 'str'".into());
            }
            (_, o) => {
                return Err(format!(
                    "TypeError: '{}' object is not subscriptable",
                    type_name(o)
                ));
            }
        };
    }
    Ok(obj)
}

fn build(
    template: &[u8],
    args: &[Val],
    kwargs: &[(Vec<u8>, Val)],
    depth: u32,
    auto: &mut AutoNumber,
) -> Result<Vec<u8>, String> {
    if depth == 0 {
        return Err("ValueError: Max string recursion exceeded".into());
    }
    let mut out = Vec::new();
    for item in MarkupIter::new(template) {
        match item.map_err(|e| e.to_string())? {
            Markup::Literal(t) => out.extend_from_slice(t),
            Markup::Field(f) => {
                let mut obj = lookup(args, kwargs, f.name, auto)?;
                if let Some(c) = f.conversion {
                    obj = Val::Str(match char::from_u32(c) {
                        Some('r') => to_repr(&obj),
                        Some('s') => to_str(&obj),
                        Some('a') => to_ascii(&obj),
                        _ => return Err(conversion_error(c).to_string()),
                    });
                }
                let spec = if f.spec_needs_expanding {
                    build(f.spec, args, kwargs, depth - 1, auto)?
                } else {
                    f.spec.to_vec()
                };
                let r = match &obj {
                    Val::Str(s) => fmt_str(s, &spec, "str"),
                    Val::Int(i) => fmt_int(int_ref(i), &spec, "int"),
                    Val::Float(x) => fmt_float(*x, &spec, "float"),
                };
                out.extend(r.map_err(|e| e.to_string())?);
            }
        }
    }
    Ok(out)
}

#[test]
fn str_format_equals_cpython() {
    check("strformat.txt", |fields| {
        let template = parse_lit(&fields[0]);
        let mut args = Vec::new();
        let mut kwargs = Vec::new();
        for f in &fields[1..] {
            match f.split_once('=') {
                Some((k, v)) if !k.starts_with('\'') && !k.starts_with("f:") => {
                    kwargs.push((k.as_bytes().to_vec(), val(v)))
                }
                _ => args.push(val(f)),
            }
        }
        build(
            template.bytes(),
            &args,
            &kwargs,
            2,
            &mut AutoNumber::default(),
        )
        .map_or_else(|e| e, |out| repr(&out, false))
    });
}

//! The `unicodedata` module (CPython's `Modules/unicodedata.c`) over Unicode 14.0.0, as
//! CPython 3.11: the per-code-point properties from `table` and `decomposition` (generated
//! from CPython's own database), names and `lookup` through `unicode_names2` (restricted to
//! the code points assigned in 14.0), and the normalization forms through
//! `unicode-normalization`; `ucd_3_2_0`, the same functions over Unicode 3.2.0, in `ucd`.

#[rustfmt::skip]
mod decomposition;
#[rustfmt::skip]
mod table;
mod ucd;
#[rustfmt::skip]
mod ucd_3_2_0;

use taipan_object::typeobj::{Meth, MethodDef};
use taipan_object::types::str_::PyStr;
use taipan_object::{ObjRef, PyResult, ThreadState};
use unicode_normalization::UnicodeNormalization;

/// The record of a code point: (category, bidirectional, combining, east asian width, mirrored).
fn record(cp: u32) -> (u8, u8, u8, u8, bool) {
    let i = table::RUNS.partition_point(|&(start, _)| start <= cp);
    let r = table::RUNS[i.saturating_sub(1)].1;
    table::RECORDS[r as usize]
}

/// The record of a code point in the database of `s` (the module: 14.0; `ucd_3_2_0`).
fn record_of(s: &ObjRef, cp: u32) -> (u8, u8, u8, u8, bool) {
    if ucd::is_old(s)
        && let Some(r) = ucd::record(cp)
    {
        return r;
    }
    record(cp)
}

/// The one code point of a `chr` argument, or CPython's TypeError.
fn one_char(ts: &ThreadState, f: &str, o: &ObjRef) -> PyResult<u32> {
    char_arg(ts, f, "argument", o)
}

fn char_arg(ts: &ThreadState, f: &str, which: &str, o: &ObjRef) -> PyResult<u32> {
    let s = o.downcast::<PyStr>();
    match s {
        Some(s) if s.char_len() == 1 => Ok(s.char_at(0).unwrap_or(0)),
        _ => Err(ts.type_error(format!(
            "{f}() {which} must be a unicode character, not {}",
            if s.is_some() { "str" } else { o.typ().name() }
        ))),
    }
}

/// The character of a function taking `(chr, default)`.
fn arg1(ts: &ThreadState, f: &str, a: &[ObjRef], max: usize) -> PyResult<u32> {
    taipan_object::args::check_positional(ts, f, a.len(), 1, max)?;
    char_arg(ts, f, "argument 1", &a[0])
}

fn category(ts: &ThreadState, s: &ObjRef, c: &ObjRef) -> PyResult<ObjRef> {
    let cp = one_char(ts, "category", c)?;
    Ok(ts.new_str(table::CATEGORIES[record_of(s, cp).0 as usize]))
}
fn bidirectional(ts: &ThreadState, s: &ObjRef, c: &ObjRef) -> PyResult<ObjRef> {
    let cp = one_char(ts, "bidirectional", c)?;
    Ok(ts.new_str(table::BIDI[record_of(s, cp).1 as usize]))
}
fn combining(ts: &ThreadState, s: &ObjRef, c: &ObjRef) -> PyResult<ObjRef> {
    let cp = one_char(ts, "combining", c)?;
    Ok(ts.new_int(record_of(s, cp).2 as i64))
}
fn east_asian_width(ts: &ThreadState, s: &ObjRef, c: &ObjRef) -> PyResult<ObjRef> {
    let cp = one_char(ts, "east_asian_width", c)?;
    Ok(ts.new_str(table::EAW[record_of(s, cp).3 as usize]))
}
fn mirrored(ts: &ThreadState, s: &ObjRef, c: &ObjRef) -> PyResult<ObjRef> {
    let cp = one_char(ts, "mirrored", c)?;
    Ok(ts.new_int(record_of(s, cp).4 as i64))
}
fn decomposition(ts: &ThreadState, s: &ObjRef, c: &ObjRef) -> PyResult<ObjRef> {
    let cp = one_char(ts, "decomposition", c)?;
    if ucd::is_old(s) && ucd::unassigned(cp) {
        return Ok(ts.new_str(""));
    }
    let d = decomposition::DECOMPOSITION
        .binary_search_by_key(&cp, |&(k, _)| k)
        .map(|i| decomposition::DECOMPOSITION[i].1)
        .unwrap_or("");
    Ok(ts.new_str(d))
}

/// (decimal or -1, digit or -1, numeric value) of a code point in the database of `s`
/// (3.2.0: none for one unassigned then; `digit` is 14.0's in both, as CPython has it).
fn numeric_row(s: &ObjRef, cp: u32) -> Option<(i8, i8, f64)> {
    let row = numeric_row_14(cp);
    if !ucd::is_old(s) {
        return row;
    }
    if ucd::unassigned(cp) {
        return row.map(|r| (-1, r.1, f64::NAN));
    }
    match ucd::numeric(cp) {
        Some((de, n)) => Some((de, row.map_or(-1, |r| r.1), n)),
        None => row,
    }
}

fn numeric_row_14(cp: u32) -> Option<(i8, i8, f64)> {
    table::NUMERIC
        .binary_search_by_key(&cp, |&(k, ..)| k)
        .ok()
        .map(|i| {
            let (_, de, di, n) = table::NUMERIC[i];
            (de, di, n)
        })
}

fn or_default(ts: &ThreadState, a: &[ObjRef], v: Option<ObjRef>, msg: &str) -> PyResult<ObjRef> {
    match (v, a.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(ts.value_error(msg)),
    }
}

fn decimal(ts: &ThreadState, s: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let cp = arg1(ts, "decimal", a, 2)?;
    let v = numeric_row(s, cp)
        .filter(|r| r.0 >= 0)
        .map(|r| ts.new_int(r.0 as i64));
    or_default(ts, a, v, "not a decimal")
}
fn digit(ts: &ThreadState, s: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let cp = arg1(ts, "digit", a, 2)?;
    let v = numeric_row(s, cp)
        .filter(|r| r.1 >= 0)
        .map(|r| ts.new_int(r.1 as i64));
    or_default(ts, a, v, "not a digit")
}
fn numeric(ts: &ThreadState, s: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let cp = arg1(ts, "numeric", a, 2)?;
    let v = numeric_row(s, cp)
        .filter(|r| !r.2.is_nan())
        .map(|r| ts.new_float(r.2));
    or_default(ts, a, v, "not a numeric character")
}

/// Whether a code point is assigned in Unicode 14.0 (its category is not `Cn`).
fn assigned(cp: u32) -> bool {
    record(cp).0 != 0
}

fn name(ts: &ThreadState, s: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let cp = arg1(ts, "name", a, 2)?;
    let n = char::from_u32(cp)
        .filter(|_| assigned(cp) && !(ucd::is_old(s) && ucd::unassigned(cp)))
        .and_then(unicode_names2::name)
        .map(|n| ts.new_string(n.to_string()));
    or_default(ts, a, n, "no such name")
}

fn lookup(ts: &ThreadState, m: &ObjRef, n: &ObjRef) -> PyResult<ObjRef> {
    let Some(s) = n.downcast::<PyStr>() else {
        return Err(ts.type_error(format!(
            "lookup() argument must be str, not {}",
            n.typ().name()
        )));
    };
    let name = s.as_str();
    if name.len() > 256 {
        return Err(ts.new_error(&ts.exc.key_error, "name too long"));
    }
    match unicode_names2::character(name)
        .filter(|c| assigned(*c as u32) && !(ucd::is_old(m) && ucd::unassigned(*c as u32)))
    {
        Some(c) => Ok(ts.new_str_cp(c as u32)),
        None => Err(ts.key_error(ts.new_string(format!("undefined character name '{name}'")))),
    }
}

#[derive(Clone, Copy)]
enum Form {
    Nfc,
    Nfd,
    Nfkc,
    Nfkd,
}

fn form(ts: &ThreadState, f: &ObjRef) -> PyResult<Form> {
    let Some(s) = f.downcast::<PyStr>() else {
        return Err(ts.type_error(format!(
            "normalize() argument 1 must be str, not {}",
            f.typ().name()
        )));
    };
    Ok(match s.as_str() {
        "NFC" => Form::Nfc,
        "NFD" => Form::Nfd,
        "NFKC" => Form::Nfkc,
        "NFKD" => Form::Nfkd,
        _ => return Err(ts.value_error("invalid normalization form")),
    })
}

fn normalized(
    ts: &ThreadState,
    m: &ObjRef,
    f: &str,
    a: &[ObjRef],
) -> PyResult<(Option<String>, ObjRef)> {
    taipan_object::args::check_positional(ts, f, a.len(), 2, 2)?;
    let form = form(ts, &a[0])?;
    let Some(s) = a[1].downcast::<PyStr>() else {
        return Err(ts.type_error(format!(
            "{f}() argument 2 must be str, not {}",
            a[1].typ().name()
        )));
    };
    // Text with lone surrogates is left as it is (they have no decompositions).
    let Some(text) = s.to_str() else {
        return Ok((None, a[1].clone()));
    };
    if text.is_ascii() {
        return Ok((None, a[1].clone()));
    }
    // The code points of a later Unicode than 14.0 are left alone, as CPython's database
    // does (`unicode-normalization` alone would change them).
    let old = ucd::is_old(m);
    if old || text.chars().any(|c| !assigned(c as u32)) {
        let (compose, compat) = match form {
            Form::Nfc => (true, false),
            Form::Nfd => (false, false),
            Form::Nfkc => (true, true),
            Form::Nfkd => (false, true),
        };
        return Ok((
            Some(ucd::normalize(text, compose, compat, old)),
            a[1].clone(),
        ));
    }
    let out: String = match form {
        Form::Nfc => text.nfc().collect(),
        Form::Nfd => text.nfd().collect(),
        Form::Nfkc => text.nfkc().collect(),
        Form::Nfkd => text.nfkd().collect(),
    };
    Ok((Some(out), a[1].clone()))
}

fn normalize(ts: &ThreadState, m: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let (out, orig) = normalized(ts, m, "normalize", a)?;
    match out {
        Some(o) if Some(o.as_str()) != orig.downcast::<PyStr>().and_then(|s| s.to_str()) => {
            Ok(ts.new_string(o))
        }
        _ => Ok(orig),
    }
}

fn is_normalized(ts: &ThreadState, m: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let (out, orig) = normalized(ts, m, "is_normalized", a)?;
    let same = match out {
        Some(o) => Some(o.as_str()) == orig.downcast::<PyStr>().and_then(|s| s.to_str()),
        None => true,
    };
    Ok(ts.bool_obj(same))
}

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::new("category", Meth::O(category)),
    MethodDef::new("bidirectional", Meth::O(bidirectional)),
    MethodDef::new("combining", Meth::O(combining)),
    MethodDef::new("east_asian_width", Meth::O(east_asian_width)),
    MethodDef::new("mirrored", Meth::O(mirrored)),
    MethodDef::new("decomposition", Meth::O(decomposition)),
    MethodDef::new("decimal", Meth::Fast(decimal)),
    MethodDef::new("digit", Meth::Fast(digit)),
    MethodDef::new("numeric", Meth::Fast(numeric)),
    MethodDef::new("name", Meth::Fast(name)),
    MethodDef::new("lookup", Meth::O(lookup)),
    MethodDef::new("normalize", Meth::Fast(normalize)),
    MethodDef::new("is_normalized", Meth::Fast(is_normalized)),
];

/// Makes the `unicodedata` module.
pub fn make(ts: &ThreadState) -> ObjRef {
    let m = ts.new_builtin_module("unicodedata", FUNCTIONS);
    super::common::set_attr(ts, &m, "unidata_version", ts.new_str("14.0.0"));
    super::common::set_attr(ts, &m, "UCD", ucd::ucd_type(ts));
    super::common::set_attr(ts, &m, "ucd_3_2_0", ucd::ucd_3_2_0(ts));
    m
}

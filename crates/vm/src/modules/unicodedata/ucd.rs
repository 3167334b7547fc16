//! `unicodedata.UCD` and its one instance `unicodedata.ucd_3_2_0` (CPython's
//! `PreviousDBVersion`, what IDNA's nameprep and `stringprep` use): the Unicode 3.2.0
//! records and values (`ucd_3_2_0.rs`, the differences from 14.0.0), and normalization as
//! CPython does it for 3.2.0: code points unassigned in 3.2.0 neither decompose nor change,
//! five CJK compatibility ideographs decompose as 3.2.0 had it (`normalization_3_2_0`), and
//! the rest is the 14.0 algorithm (decomposition, canonical order by 14.0's combining
//! classes, canonical composition). The 14.0 normalization of text with code points that
//! `unicode-normalization` (a later Unicode) knows but 14.0 does not is done here too.

use std::cell::OnceCell;

use taipan_object::typeobj::{GetSetDef, PayloadInfo, TypeSpec, flags};
use taipan_object::{ObjRef, PyPayload, PyResult, ThreadState, alloc_object};
use unicode_normalization::char as uchar;

use super::ucd_3_2_0 as old;

/// The payload of `ucd_3_2_0` (the only version taipan, as CPython, has besides 14.0).
pub struct Ucd;

impl PyPayload for Ucd {}

fn unidata_version(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_str("3.2.0"))
}

static GETSETS: &[GetSetDef] = &[GetSetDef {
    name: "unidata_version",
    get: unidata_version,
    set: None,
    doc: "",
}];

static SPEC: TypeSpec = TypeSpec {
    flags: flags::DISALLOW_INSTANTIATION,
    methods: &[super::FUNCTIONS],
    getsets: GETSETS,
    ..TypeSpec::new("unicodedata.UCD", PayloadInfo::of::<Ucd>())
};

thread_local! {
    static UCD_TYPE: OnceCell<ObjRef> = const { OnceCell::new() };
}

/// The `UCD` type.
pub fn ucd_type(ts: &ThreadState) -> ObjRef {
    UCD_TYPE.with(|c| {
        c.get_or_init(|| {
            let t = taipan_object::typeobj::new_static_type(ts, &SPEC);
            // `cannot create 'unicodedata.UCD' instances` (the flag alone keeps the inherited
            // `object.__new__`).
            t.typ_payload().slots_mut().new = None;
            t
        })
        .clone()
    })
}

/// The `ucd_3_2_0` object.
pub fn ucd_3_2_0(ts: &ThreadState) -> ObjRef {
    alloc_object(ts, &ucd_type(ts), Ucd)
}

/// Whether a function's `self` is `ucd_3_2_0` (rather than the module: 14.0).
pub fn is_old(s: &ObjRef) -> bool {
    s.is_a::<Ucd>()
}

/// The 3.2.0 record of a code point, when it differs from 14.0's.
pub fn record(cp: u32) -> Option<(u8, u8, u8, u8, bool)> {
    let i = old::RUNS.partition_point(|&(start, _)| start <= cp);
    let r = old::RUNS[i.saturating_sub(1)].1;
    old::RECORDS.get(r as usize).copied()
}

/// Whether a code point is unassigned in 3.2.0 (CPython's `category_changed == 0`).
pub fn unassigned(cp: u32) -> bool {
    record(cp).is_some_and(|r| r.0 == 0)
}

/// The changed (decimal, numeric) of a code point assigned in 3.2.0: -1 and NaN for none.
pub fn numeric(cp: u32) -> Option<(i8, f64)> {
    old::NUMERIC
        .binary_search_by_key(&cp, |&(k, ..)| k)
        .ok()
        .map(|i| (old::NUMERIC[i].1, old::NUMERIC[i].2))
}

/// CPython's `normalization_3_2_0`: the decompositions corrected after 3.2.0.
fn correction(cp: u32) -> Option<char> {
    char::from_u32(match cp {
        0x2F868 => 0x2136A,
        0x2F874 => 0x5F33,
        0x2F91F => 0x43AB,
        0x2F95F => 0x7AAE,
        0x2F9BF => 0x4D57,
        _ => return None,
    })
}

/// Whether a code point is unassigned in the database (14.0, or 3.2.0 when `old`): it has
/// no decomposition and composes with nothing (`unicode-normalization` has a later Unicode).
fn unassigned_in(cp: u32, old: bool) -> bool {
    super::record(cp).0 == 0 || (old && unassigned(cp))
}

fn decompose(c: char, compat: bool, old: bool, out: &mut Vec<char>) {
    let cp = c as u32;
    if old && let Some(v) = correction(cp) {
        return decompose(v, compat, old, out);
    }
    if unassigned_in(cp, old) {
        return out.push(c);
    }
    if compat {
        uchar::decompose_compatible(c, |x| out.push(x));
    } else {
        uchar::decompose_canonical(c, |x| out.push(x));
    }
}

/// `text` in a normalization form under Unicode 3.2.0 (`old`) or 14.0.
pub fn normalize(text: &str, compose: bool, compat: bool, old: bool) -> String {
    let ccc = |c: char| super::record(c as u32).2;
    let mut d: Vec<char> = Vec::with_capacity(text.len());
    for c in text.chars() {
        decompose(c, compat, old, &mut d);
    }
    // Canonical order: each run of non-starters sorted (stably) by combining class.
    let mut i = 0;
    while i < d.len() {
        if ccc(d[i]) == 0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < d.len() && ccc(d[i]) != 0 {
            i += 1;
        }
        d[start..i].sort_by_key(|&c| ccc(c));
    }
    if !compose {
        return d.into_iter().collect();
    }
    let mut out: Vec<char> = Vec::with_capacity(d.len());
    // The last starter, and the class of the last character kept after it (`None`: none).
    let mut starter: Option<usize> = None;
    let mut last: Option<u8> = None;
    for c in d {
        let cc = ccc(c);
        if let Some(si) = starter {
            let blocked = last.is_some_and(|l| l == 0 || l >= cc);
            if !blocked
                && let Some(x) = uchar::compose(out[si], c)
                && !unassigned_in(x as u32, old)
            {
                out[si] = x;
                continue;
            }
        }
        if cc == 0 {
            starter = Some(out.len());
            last = None;
        } else {
            last = Some(cc);
        }
        out.push(c);
    }
    out.into_iter().collect()
}

//! `_json.make_scanner` (the type `_json.Scanner`): made from a `JSONDecoder`'s settings
//! (`strict`, `object_hook`, `object_pairs_hook`, `parse_float`, `parse_int`,
//! `parse_constant`), called as `scan_once(string, idx) -> (value, end)`: one JSON term parsed
//! natively, object keys shared through a per-call memo, `StopIteration(idx)` where no term
//! starts, `JSONDecodeError` with CPython's messages and positions otherwise.

use taipan_object::abstract_ as ab;
use taipan_object::args::{ArgSpec, parse};
use taipan_object::typeobj::{GetSetDef, PayloadInfo, Slots, TypeSpec, flags};
use taipan_object::types::dict::PyDict;
use taipan_object::types::list::PyList;
use taipan_object::types::str_::PyStr;
use taipan_object::{ObjRef, PyPayload, PyResult, ThreadState, alloc_object};

use super::{Text, not_a_string, scan_string};

pub struct Scanner {
    strict: bool,
    object_hook: ObjRef,
    object_pairs_hook: ObjRef,
    parse_float: ObjRef,
    parse_int: ObjRef,
    parse_constant: ObjRef,
}
impl PyPayload for Scanner {}

fn this(o: &ObjRef) -> &Scanner {
    o.downcast::<Scanner>().expect("_json.Scanner")
}

static NEW_SPEC: ArgSpec = ArgSpec {
    fname: "make_scanner",
    names: &["context"],
    required: 1,
    posonly: 0,
    kwonly: 1,
};

fn scanner_new(
    ts: &ThreadState,
    cls: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let [ctx] = parse::<1>(ts, &NEW_SPEC, args, kw)?;
    let ctx = ctx.expect("required");
    let strict = ab::getattr_str(ts, &ctx, "strict")?;
    let strict = ab::is_true(ts, &strict)?;
    let get = |n: &str| ab::getattr_str(ts, &ctx, n);
    let s = Scanner {
        strict,
        object_hook: get("object_hook")?,
        object_pairs_hook: get("object_pairs_hook")?,
        parse_float: get("parse_float")?,
        parse_int: get("parse_int")?,
        parse_constant: get("parse_constant")?,
    };
    Ok(alloc_object(ts, cls, s))
}

static CALL_SPEC: ArgSpec = ArgSpec {
    fname: "scan_once",
    names: &["string", "idx"],
    required: 2,
    posonly: 0,
    kwonly: 2,
};

fn scanner_call(
    ts: &ThreadState,
    o: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let [s, idx] = parse::<2>(ts, &CALL_SPEC, args, kw)?;
    let (s, idx) = (s.expect("required"), idx.expect("required"));
    let idx = super::super::common::index_i64(ts, &idx)?;
    let Some(ps) = s.downcast::<PyStr>() else {
        return Err(not_a_string(ts, &s));
    };
    if idx < 0 {
        return Err(ts.value_error("idx cannot be negative"));
    }
    if idx as usize >= ps.char_len() {
        return Err(ts.stop_iteration(Some(ts.new_int(idx))));
    }
    let t = Text::of(&s, ps);
    let mut p = Parser {
        s: this(o),
        t: &t,
        memo: PyDict::new(),
    };
    let (v, end) = p.scan_once(ts, t.byte(idx as usize))?;
    Ok(ts.new_tuple(vec![v, ts.new_int(t.cp(end) as i64)]))
}

fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r')
}

/// One call's state: the settings, the text, the memo of object keys.
struct Parser<'a> {
    s: &'a Scanner,
    t: &'a Text<'a>,
    memo: PyDict,
}

impl Parser<'_> {
    fn at(&self, i: usize) -> Option<u8> {
        self.t.b.get(i).copied()
    }
    fn skip_ws(&self, mut i: usize) -> usize {
        while self.at(i).is_some_and(is_ws) {
            i += 1;
        }
        i
    }
    fn stop(&self, ts: &ThreadState, i: usize) -> taipan_object::PyErr {
        ts.stop_iteration(Some(ts.new_int(self.t.cp(i) as i64)))
    }

    /// `scan_once_unicode`: the term at byte `idx`.
    fn scan_once(&mut self, ts: &ThreadState, idx: usize) -> PyResult<(ObjRef, usize)> {
        let b = self.t.b;
        let Some(c) = self.at(idx) else {
            return Err(self.stop(ts, idx));
        };
        let rest = &b[idx..];
        match c {
            b'"' => return scan_string(ts, self.t, idx + 1, self.s.strict),
            b'{' => {
                ts.enter_recursive(" while decoding a JSON object from a unicode string")?;
                let r = self.parse_object(ts, idx + 1);
                ts.leave_recursive();
                return r;
            }
            b'[' => {
                ts.enter_recursive(" while decoding a JSON array from a unicode string")?;
                let r = self.parse_array(ts, idx + 1);
                ts.leave_recursive();
                return r;
            }
            b'n' if rest.starts_with(b"null") => return Ok((ts.none(), idx + 4)),
            b't' if rest.starts_with(b"true") => return Ok((ts.true_ref().clone(), idx + 4)),
            b'f' if rest.starts_with(b"false") => {
                return Ok((ts.false_ref().clone(), idx + 5));
            }
            b'N' if rest.starts_with(b"NaN") => return self.constant(ts, "NaN", idx),
            b'I' if rest.starts_with(b"Infinity") => return self.constant(ts, "Infinity", idx),
            b'-' if rest.starts_with(b"-Infinity") => {
                return self.constant(ts, "-Infinity", idx);
            }
            _ => {}
        }
        self.number(ts, idx)
    }

    fn constant(&self, ts: &ThreadState, name: &str, idx: usize) -> PyResult<(ObjRef, usize)> {
        let v = ab::call(ts, &self.s.parse_constant, &[ts.intern(name)])?;
        Ok((v, idx + name.len()))
    }

    /// `_match_number_unicode`.
    fn number(&self, ts: &ThreadState, start: usize) -> PyResult<(ObjRef, usize)> {
        let b = self.t.b;
        let digit = |i: usize| b.get(i).is_some_and(|c| c.is_ascii_digit());
        let mut i = start;
        if b[i] == b'-' {
            i += 1;
            if i >= b.len() {
                return Err(self.stop(ts, start));
            }
        }
        match b[i] {
            b'1'..=b'9' => {
                i += 1;
                while digit(i) {
                    i += 1;
                }
            }
            b'0' => i += 1,
            _ => return Err(self.stop(ts, start)),
        }
        let mut is_float = false;
        if b.get(i) == Some(&b'.') && digit(i + 1) {
            is_float = true;
            i += 2;
            while digit(i) {
                i += 1;
            }
        }
        if i + 1 < b.len() && (b[i] == b'e' || b[i] == b'E') {
            let e_start = i;
            i += 1;
            if i + 1 < b.len() && (b[i] == b'-' || b[i] == b'+') {
                i += 1;
            }
            while digit(i) {
                i += 1;
            }
            if b[i - 1].is_ascii_digit() {
                is_float = true;
            } else {
                i = e_start;
            }
        }
        let text = &b[start..i];
        let custom = if is_float && !self.s.parse_float.is(&ts.types.float) {
            Some(&self.s.parse_float)
        } else if !is_float && !self.s.parse_int.is(&ts.types.int) {
            Some(&self.s.parse_int)
        } else {
            None
        };
        let v = match custom {
            Some(f) => ab::call(ts, f, &[ts.new_str_bytes(text)])?,
            // The text matched JSON's number grammar: ASCII, a subset of Rust's float and
            // int syntax (both parse correctly rounded); past i64, the int parser.
            None if is_float => match std::str::from_utf8(text).map(str::parse::<f64>) {
                Ok(Ok(v)) => ts.new_float(v),
                _ => ts.new_float(taipan_object::types::float::parse_float(ts, text)?),
            },
            None => match std::str::from_utf8(text).map(str::parse::<i64>) {
                Ok(Ok(v)) => ts.new_int(v),
                _ => ts.new_int_big(taipan_object::types::int::parse_int(ts, text, 10)?),
            },
        };
        Ok((v, i))
    }

    /// `_parse_object_unicode`: `idx` is after the `{`.
    fn parse_object(&mut self, ts: &ThreadState, idx: usize) -> PyResult<(ObjRef, usize)> {
        let pairs_hook = !ts.is_none(&self.s.object_pairs_hook);
        let mut pairs: Vec<ObjRef> = Vec::new();
        let dict = ts.new_dict();
        let d = dict.downcast::<PyDict>().expect("dict");
        let mut i = self.skip_ws(idx);
        if self.at(i) != Some(b'}') {
            loop {
                if self.at(i) != Some(b'"') {
                    return Err(self.t.error(
                        ts,
                        "Expecting property name enclosed in double quotes",
                        i,
                    ));
                }
                let (key, next) = scan_string(ts, self.t, i + 1, self.s.strict)?;
                let key = self.memo.setdefault(ts, &key, key.clone())?;
                i = self.skip_ws(next);
                if self.at(i) != Some(b':') {
                    return Err(self.t.error(ts, "Expecting ':' delimiter", i));
                }
                i = self.skip_ws(i + 1);
                let (val, next) = self.scan_once(ts, i)?;
                if pairs_hook {
                    pairs.push(ts.new_tuple(vec![key, val]));
                } else {
                    d.set_item(ts, key, val)?;
                }
                i = self.skip_ws(next);
                if self.at(i) == Some(b'}') {
                    break;
                }
                if self.at(i) != Some(b',') {
                    return Err(self.t.error(ts, "Expecting ',' delimiter", i));
                }
                i = self.skip_ws(i + 1);
            }
        }
        let end = i + 1;
        if pairs_hook {
            let v = ab::call(ts, &self.s.object_pairs_hook, &[ts.new_list(pairs)])?;
            return Ok((v, end));
        }
        if !ts.is_none(&self.s.object_hook) {
            return Ok((ab::call(ts, &self.s.object_hook, &[dict])?, end));
        }
        Ok((dict, end))
    }

    /// `_parse_array_unicode`: `idx` is after the `[`.
    fn parse_array(&mut self, ts: &ThreadState, idx: usize) -> PyResult<(ObjRef, usize)> {
        let list = ts.new_list(Vec::new());
        let l = list.downcast::<PyList>().expect("list");
        let mut i = self.skip_ws(idx);
        if self.at(i) != Some(b']') {
            loop {
                let (val, next) = self.scan_once(ts, i)?;
                l.push(val);
                i = self.skip_ws(next);
                if self.at(i) == Some(b']') {
                    break;
                }
                if self.at(i) != Some(b',') {
                    return Err(self.t.error(ts, "Expecting ',' delimiter", i));
                }
                i = self.skip_ws(i + 1);
            }
        }
        Ok((list, i + 1))
    }
}

member!(get_strict, strict, bool);
member!(get_object_hook, object_hook);
member!(get_object_pairs_hook, object_pairs_hook);
member!(get_parse_float, parse_float);
member!(get_parse_int, parse_int);
member!(get_parse_constant, parse_constant);

fn traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let s = this(o);
    visit(&s.object_hook);
    visit(&s.object_pairs_hook);
    visit(&s.parse_float);
    visit(&s.parse_int);
    visit(&s.parse_constant);
}

static GETSETS: &[GetSetDef] = &[
    GetSetDef::member_ro("strict", get_strict),
    GetSetDef::member_ro("object_hook", get_object_hook),
    GetSetDef::member_ro("object_pairs_hook", get_object_pairs_hook),
    GetSetDef::member_ro("parse_float", get_parse_float),
    GetSetDef::member_ro("parse_int", get_parse_int),
    GetSetDef::member_ro("parse_constant", get_parse_constant),
];

pub static SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: Slots {
        new: Some(scanner_new),
        call: Some(scanner_call),
        traverse: Some(traverse),
        ..Slots::NONE
    },
    getsets: GETSETS,
    doc: "JSON scanner object",
    ..TypeSpec::new("_json.Scanner", PayloadInfo::of::<Scanner>())
};

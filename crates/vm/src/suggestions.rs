//! "Did you mean: 'x'?" for uncaught `NameError`/`AttributeError` (CPython 3.11's
//! `Python/suggestions.c`): the closest name by its Levenshtein distance (moves cost 2, a case
//! change 1, at most a third of the characters changed), among `dir(obj)` for an attribute,
//! or the failing frame's local variable names, then its globals, then builtins for a name.

use taipan_object::abstract_::{self as ab, str_of};
use taipan_object::typeobj::type_check;
use taipan_object::types::code::PyCode;
use taipan_object::types::dict::PyDict;
use taipan_object::types::frame::{PyFrame, PyTraceback};
use taipan_object::types::str_::PyStr;
use taipan_object::{ObjRef, ThreadState};

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.to_ascii_lowercase() == b.to_ascii_lowercase() {
        return CASE_COST;
    }
    MOVE_COST
}

fn levenshtein<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    while let (Some(x), Some(y)) = (a.first(), b.first())
        && x == y
    {
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last())
        && x == y
    {
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (i, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = buffer[i];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[i] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// `calculate_suggestions`.
fn calculate(dir: &[ObjRef], name: &str) -> Option<String> {
    if dir.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<&str> = None;
    let mut best_distance = usize::MAX;
    for item in dir {
        if !item.is_a::<PyStr>() {
            continue;
        }
        let s = str_of(item);
        if s == name {
            continue;
        }
        let max = ((name.len() + s.len() + 3) * MOVE_COST / 6).min(best_distance.saturating_sub(1));
        let d = levenshtein(name.as_bytes(), s.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none() || d < best_distance {
            best = Some(s);
            best_distance = d;
        }
    }
    best.map(String::from)
}

fn keys(o: &ObjRef) -> Vec<ObjRef> {
    o.downcast::<PyDict>().map(|d| d.keys()).unwrap_or_default()
}

/// The suggestion for an uncaught exception, if any.
pub fn offer(ts: &ThreadState, exc: &ObjRef) -> Option<String> {
    let name = ab::getattr_opt(ts, exc, &ts.names.name).ok()??;
    if !name.is_a::<PyStr>() {
        return None;
    }
    let name = str_of(&name).to_string();
    if type_check(exc, &ts.exc.attribute_error) {
        let obj = ab::getattr_opt(ts, exc, &ts.names.obj).ok()??;
        let dir = ts
            .builtins
            .borrow()
            .clone()?
            .downcast::<PyDict>()?
            .get_str_rs(ts, "dir")?;
        let list = ab::call(ts, &dir, &[obj]).ok()?;
        let items = ab::collect(ts, &list).ok()?;
        return calculate(&items, &name);
    }
    if type_check(exc, &ts.exc.name_error) {
        let p = exc.downcast::<taipan_object::types::exceptions::PyBaseException>()?;
        let mut tb = p.traceback.borrow().clone()?;
        loop {
            let next = tb.downcast::<PyTraceback>()?.next.borrow().clone();
            match next {
                Some(n) => tb = n,
                None => break,
            }
        }
        let t = tb.downcast::<PyTraceback>()?;
        let f = t.frame.downcast::<PyFrame>()?;
        let c = f.code.downcast::<PyCode>()?;
        let varnames: Vec<ObjRef> = c
            .localsplusnames
            .iter()
            .enumerate()
            .filter(|(i, _)| c.code.localspluskinds[*i].is_local())
            .map(|(_, n)| n.clone())
            .collect();
        if let Some(s) = calculate(&varnames, &name) {
            return Some(s);
        }
        if let Some(s) = calculate(&keys(&f.globals), &name) {
            return Some(s);
        }
        return calculate(&keys(&f.builtins), &name);
    }
    None
}

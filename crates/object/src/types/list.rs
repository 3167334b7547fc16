//! `list`: a vector of references behind an `UnsafeCell` (no borrow is ever held across a call
//! into Python: elements are cloned out first, and the code re-checks lengths after calls, as
//! CPython's does), repr with the `[...]` recursion guard, comparison, `+`, `*`, `+=`,
//! indexing, slicing and slice assignment, the methods, a stable merge sort with fallible
//! comparisons, iteration.

use std::cell::{Cell, UnsafeCell};

use crate::abstract_ as ab;
use crate::args;
use crate::error::PyResult;
use crate::header::{ObjRef, PyPayload, alloc_object};
use crate::thread::ThreadState;
use crate::typeobj::slots::BinaryFn;
use crate::typeobj::{CompareOp, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags, nb};
use crate::types::iter_reduce as ir;
use crate::types::slice::PySlice;
use crate::types::tuple::{repeat_items, seq_index, slice_items};

pub struct PyList {
    items: UnsafeCell<Vec<ObjRef>>,
}

impl Drop for PyList {
    /// Items are released last to first, as CPython's `list_dealloc` (observable through
    /// finalizers).
    fn drop(&mut self) {
        let v = self.items.get_mut();
        while let Some(x) = v.pop() {
            drop(x);
        }
    }
}

impl PyPayload for PyList {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.list
    }
}

impl PyList {
    pub fn new(items: Vec<ObjRef>) -> PyList {
        PyList {
            items: UnsafeCell::new(items),
        }
    }
    /// Runs `f` on the vector. `f` must not call into Python (nor drop an element whose
    /// finalizer could: removed elements are returned to be dropped after).
    #[inline]
    pub fn with<R>(&self, f: impl FnOnce(&mut Vec<ObjRef>) -> R) -> R {
        // SAFETY: single-threaded; `f` does not re-enter (contract above), so this is the
        // only live reference to the vector.
        f(unsafe { &mut *self.items.get() })
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.with(|v| v.len())
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    #[inline]
    pub fn get(&self, i: usize) -> Option<ObjRef> {
        self.with(|v| v.get(i).cloned())
    }
    #[inline]
    pub fn push(&self, x: ObjRef) {
        self.with(|v| v.push(x));
    }
    pub fn to_vec(&self) -> Vec<ObjRef> {
        self.with(|v| v.clone())
    }
    /// Replaces item `i` (the old item is dropped after the store).
    pub fn set(&self, i: usize, x: ObjRef) {
        let old = self.with(|v| std::mem::replace(&mut v[i], x));
        drop(old);
    }
    /// Replaces the whole contents (old items dropped after the store).
    pub fn replace_all(&self, items: Vec<ObjRef>) {
        let mut old = self.with(|v| std::mem::replace(v, items));
        // Released last to first, as CPython's `_list_clear` (finalizer order).
        while let Some(x) = old.pop() {
            drop(x);
        }
    }
}

impl ThreadState {
    pub fn new_list(&self, items: Vec<ObjRef>) -> ObjRef {
        alloc_object(self, &self.types.list, PyList::new(items))
    }
}

fn this(o: &ObjRef) -> &PyList {
    o.downcast::<PyList>().expect("list")
}

fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let l = this(o);
    if l.is_empty() {
        return Ok(ts.new_str("[]"));
    }
    if !ts.repr_enter(o) {
        return Ok(ts.new_str("[...]"));
    }
    let mut out = String::from("[");
    let r = (|| {
        let mut i = 0;
        while let Some(x) = l.get(i) {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&ab::repr_string(ts, &x)?);
            i += 1;
        }
        Ok(())
    })();
    ts.repr_leave(o);
    r?;
    out.push(']');
    Ok(ts.new_string(out))
}

fn richcompare(ts: &ThreadState, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    let Some(y) = b.downcast::<PyList>() else {
        return Ok(ts.not_implemented());
    };
    let x = this(a);
    if matches!(op, CompareOp::Eq | CompareOp::Ne) && x.len() != y.len() {
        return Ok(ts.bool_obj(op == CompareOp::Ne));
    }
    // `list_richcompare`: the lists are read live, since an item's `__eq__` may change them.
    let mut i = 0;
    while let (Some(p), Some(q)) = (x.get(i), y.get(i)) {
        if !ab::eq(ts, &p, &q)? {
            if i >= x.len() || i >= y.len() {
                break;
            }
            return match op {
                CompareOp::Eq => Ok(ts.bool_obj(false)),
                CompareOp::Ne => Ok(ts.bool_obj(true)),
                _ => ab::rich_compare(ts, &p, &q, op),
            };
        }
        i += 1;
    }
    Ok(ts.bool_obj(op.test(x.len().cmp(&y.len()))))
}

fn len(_: &ThreadState, o: &ObjRef) -> PyResult<usize> {
    Ok(this(o).len())
}

fn add(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    let (Some(x), Some(y)) = (a.downcast::<PyList>(), b.downcast::<PyList>()) else {
        if a.is_a::<PyList>() {
            return Err(ts.type_error(format!(
                "can only concatenate list (not \"{}\") to list",
                b.typ().name()
            )));
        }
        return Ok(ts.not_implemented());
    };
    let mut v = x.to_vec();
    v.extend(y.to_vec());
    Ok(ts.new_list(v))
}
fn iadd(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    let items = ab::collect(ts, b)?;
    this(a).with(|v| v.extend(items));
    Ok(a.clone())
}
fn mul(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    let (l, n) = match (a.downcast::<PyList>(), b.downcast::<PyList>()) {
        (Some(l), _) if b.typ().slots().index.is_some() => (l, b),
        (_, Some(l)) if a.typ().slots().index.is_some() => (l, a),
        _ => return Ok(ts.not_implemented()),
    };
    Ok(ts.new_list(repeat_items(ts, &l.to_vec(), n)?))
}
fn imul(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    if b.typ().slots().index.is_none() {
        return Ok(ts.not_implemented());
    }
    let l = this(a);
    let v = repeat_items(ts, &l.to_vec(), b)?;
    l.replace_all(v);
    Ok(a.clone())
}

fn getitem(ts: &ThreadState, o: &ObjRef, k: &ObjRef) -> PyResult<ObjRef> {
    let l = this(o);
    if let Some(s) = k.downcast::<PySlice>() {
        return Ok(ts.new_list(slice_items(ts, &l.to_vec(), s)?));
    }
    if k.typ().slots().index.is_none() {
        return Err(ts.type_error(format!(
            "list indices must be integers or slices, not {}",
            k.typ().name()
        )));
    }
    let i = seq_index(ts, k, l.len(), "list")?;
    l.get(i)
        .ok_or_else(|| ts.index_error("list index out of range"))
}

fn setitem(ts: &ThreadState, o: &ObjRef, k: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    let l = this(o);
    if let Some(s) = k.downcast::<PySlice>() {
        let ix = s.indices(ts, l.len())?;
        return match v {
            None => {
                let mut removed = Vec::new();
                l.with(|items| {
                    let mut idx: Vec<usize> = (0..ix.len)
                        .map(|i| (ix.start + i as isize * ix.step) as usize)
                        .collect();
                    idx.sort_unstable();
                    for i in idx.into_iter().rev() {
                        removed.push(items.remove(i));
                    }
                });
                drop(removed);
                Ok(())
            }
            Some(v) => {
                if v.typ().slots().iter.is_none() && v.typ().slots().getitem.is_none() {
                    return Err(ts.type_error(if ix.step == 1 {
                        "can only assign an iterable"
                    } else {
                        "must assign iterable to extended slice"
                    }));
                }
                let new = ab::collect(ts, v)?;
                if ix.step == 1 {
                    let start = ix.start as usize;
                    let old: Vec<ObjRef> = l.with(|items| {
                        let end = (start + ix.len).min(items.len());
                        items.splice(start..end, new).collect()
                    });
                    drop(old);
                    return Ok(());
                }
                if new.len() != ix.len {
                    return Err(ts.value_error(format!(
                        "attempt to assign sequence of size {} to extended slice of size {}",
                        new.len(),
                        ix.len
                    )));
                }
                for (i, x) in new.into_iter().enumerate() {
                    l.set((ix.start + i as isize * ix.step) as usize, x);
                }
                Ok(())
            }
        };
    }
    if k.typ().slots().index.is_none() {
        return Err(ts.type_error(format!(
            "list indices must be integers or slices, not {}",
            k.typ().name()
        )));
    }
    let i = seq_index(ts, k, l.len(), "list assignment")?;
    match v {
        Some(v) => l.set(i, v.clone()),
        None => {
            let old = l.with(|items| items.remove(i));
            drop(old);
        }
    }
    Ok(())
}

fn contains(ts: &ThreadState, o: &ObjRef, k: &ObjRef) -> PyResult<bool> {
    let l = this(o);
    let mut i = 0;
    while let Some(x) = l.get(i) {
        if ab::eq(ts, &x, k)? {
            return Ok(true);
        }
        i += 1;
    }
    Ok(false)
}

fn init(ts: &ThreadState, o: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<()> {
    // Keywords are for a subclass's own `__new__` (CPython's `list___init__`).
    let args = crate::types::iterators::no_kwargs_unless_overridden(
        ts,
        "list",
        o.class(),
        "__new__",
        &ts.types.list,
        args,
        kw,
    )?;
    args::check_positional(ts, "list", args.len(), 0, 1)?;
    let l = this(o);
    l.replace_all(Vec::new());
    if let Some(x) = args.first() {
        extend_from(ts, l, x)?;
    }
    Ok(())
}

/// `list_extend`: an exact list or tuple copied at once; any other iterable (subclasses of
/// list and tuple too, whose `__iter__` may differ) iterated, with room made first for its
/// length hint unless the hint overflows with the current length.
fn extend_from(ts: &ThreadState, l: &PyList, x: &ObjRef) -> PyResult<()> {
    if x.class().is(&ts.types.list) || x.class().is(&ts.types.tuple) {
        let items = ab::collect(ts, x)?;
        l.with(|v| v.extend(items));
        return Ok(());
    }
    let it = ab::iter(ts, x)?;
    let mut items = Vec::new();
    if let Some(hint) = ab::length_hint(ts, x)?
        && let Some(n) = crate::types::int::as_i64(&hint)
    {
        let n = usize::try_from(n).unwrap_or(0);
        if let Some(total) = l.len().checked_add(n).filter(|t| *t <= isize::MAX as usize) {
            ts.check_alloc(total, std::mem::size_of::<ObjRef>())?;
            items.reserve(n);
        }
    }
    while let Some(v) = ab::next(ts, &it)? {
        items.push(v);
    }
    l.with(|v| v.extend(items));
    Ok(())
}
fn new(ts: &ThreadState, ty: &ObjRef, _: &[ObjRef], _: Option<&ObjRef>) -> PyResult<ObjRef> {
    Ok(alloc_object(ts, ty, PyList::new(Vec::new())))
}

fn append(ts: &ThreadState, o: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    this(o).push(x.clone());
    Ok(ts.none())
}
fn extend(ts: &ThreadState, o: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    extend_from(ts, this(o), x)?;
    Ok(ts.none())
}
fn pop(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "pop", a.len(), 0, 1)?;
    let l = this(o);
    if l.is_empty() {
        return Err(ts.index_error("pop from empty list"));
    }
    let i = match a.first() {
        Some(k) => {
            let i = ab::index_isize(ts, k)?;
            let n = l.len() as isize;
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                return Err(ts.index_error("pop index out of range"));
            }
            j as usize
        }
        None => l.len() - 1,
    };
    Ok(l.with(|v| v.remove(i)))
}
fn insert(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "insert", a.len(), 2, 2)?;
    let l = this(o);
    let i = ab::index_isize(ts, &a[0])?;
    let n = l.len() as isize;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    l.with(|v| v.insert(j, a[1].clone()));
    Ok(ts.none())
}
fn find(ts: &ThreadState, l: &PyList, x: &ObjRef) -> PyResult<Option<usize>> {
    let mut i = 0;
    while let Some(y) = l.get(i) {
        if ab::eq(ts, &y, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}
fn remove(ts: &ThreadState, o: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    let l = this(o);
    match find(ts, l, x)? {
        Some(i) if i < l.len() => {
            let old = l.with(|v| v.remove(i));
            drop(old);
            Ok(ts.none())
        }
        _ => Err(ts.value_error("list.remove(x): x not in list")),
    }
}
fn index(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "index", a.len(), 1, 3)?;
    let l = this(o);
    let (start, stop) = crate::types::slice::index_bounds(ts, a, l.len())?;
    let mut i = start;
    while i < stop {
        let Some(y) = l.get(i) else { break };
        if ab::eq(ts, &y, &a[0])? {
            return Ok(ts.new_int(i as i64));
        }
        i += 1;
    }
    Err(ts.value_error(format!("{} is not in list", ab::repr_string(ts, &a[0])?)))
}
fn count(ts: &ThreadState, o: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    let l = this(o);
    let mut n = 0;
    let mut i = 0;
    while let Some(y) = l.get(i) {
        if ab::eq(ts, &y, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(ts.new_int(n))
}
fn clear(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    this(o).replace_all(Vec::new());
    Ok(ts.none())
}
fn copy(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_list(this(o).to_vec()))
}
fn reverse(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    this(o).with(|v| v.reverse());
    Ok(ts.none())
}

/// A stable merge sort with a fallible `lt` (Rust's sorts may panic on inconsistent orders,
/// which user-defined `__lt__` can produce).
pub fn merge_sort<T: Clone>(
    v: &mut Vec<T>,
    lt: &mut dyn FnMut(&T, &T) -> PyResult<bool>,
) -> PyResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    // Insertion sort of small runs, then bottom-up merges.
    const RUN: usize = 16;
    for start in (0..n).step_by(RUN) {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && lt(&v[j], &v[j - 1])? {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
    }
    let mut width = RUN;
    let mut buf: Vec<T> = Vec::with_capacity(n);
    while width < n {
        buf.clear();
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j) = (start, mid);
            while i < mid && j < end {
                if lt(&v[j], &v[i])? {
                    buf.push(v[j].clone());
                    j += 1;
                } else {
                    buf.push(v[i].clone());
                    i += 1;
                }
            }
            buf.extend_from_slice(&v[i..mid]);
            buf.extend_from_slice(&v[j..end]);
            start = end;
        }
        std::mem::swap(v, &mut buf);
        width *= 2;
    }
    Ok(())
}

/// `list.sort(key=None, reverse=False)` on a vector (also used by `sorted`).
pub fn sort_items(
    ts: &ThreadState,
    items: &mut Vec<ObjRef>,
    key: Option<&ObjRef>,
    reverse: bool,
) -> PyResult<()> {
    let mut keyed: Vec<(ObjRef, ObjRef)> = Vec::with_capacity(items.len());
    for x in items.iter() {
        let k = match key {
            Some(f) => ab::call(ts, f, std::slice::from_ref(x))?,
            None => x.clone(),
        };
        keyed.push((k, x.clone()));
    }
    if reverse {
        keyed.reverse();
    }
    merge_sort(&mut keyed, &mut |a, b| ab::lt(ts, &a.0, &b.0))?;
    if reverse {
        keyed.reverse();
    }
    *items = keyed.into_iter().map(|(_, x)| x).collect();
    Ok(())
}

fn sort(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC_ARGS: args::ArgSpec = args::ArgSpec {
        fname: "sort",
        names: &["key", "reverse"],
        required: 0,
        posonly: 0,
        kwonly: 0,
    };
    if a.len() > args::kw_names(kw).len() {
        return Err(ts.type_error("sort() takes no positional arguments"));
    }
    if let Some(k) = args::kw_names(kw)
        .iter()
        .find(|k| !matches!(ab::str_of(k), "key" | "reverse"))
    {
        return Err(ts.type_error(format!(
            "'{}' is an invalid keyword argument for sort()",
            ab::str_of(k)
        )));
    }
    let [key, rev] = args::parse::<2>(ts, &SPEC_ARGS, a, kw)?;
    let key = key.filter(|k| !ts.is_none(k));
    let reverse = match rev {
        Some(r) => ab::is_true(ts, &r)?,
        None => false,
    };
    let l = this(o);
    let mut items = l.with(std::mem::take);
    let r = sort_items(ts, &mut items, key.as_ref(), reverse);
    // CPython checks `allocated != -1`: any growth during the sort (even an append undone
    // by a pop) left storage behind, which the emptied list (capacity 0) had not.
    let modified = l.with(|v| !v.is_empty() || v.capacity() != 0);
    l.replace_all(items);
    r?;
    if modified {
        return Err(ts.value_error("list modified during sort"));
    }
    Ok(ts.none())
}

fn traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    this(o).with(|v| {
        for x in v.iter() {
            visit(x);
        }
    });
}
fn clear_slot(_: &ThreadState, o: &ObjRef) {
    this(o).replace_all(Vec::new());
}

pub struct PyListIter {
    /// `None` once exhausted (CPython drops `it_seq`: a grown list does not resume it, and
    /// the list may be freed).
    l: crate::types::it_seq::ItSeq,
    pos: Cell<usize>,
}
impl PyPayload for PyListIter {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.list_iterator
    }
}
fn iter(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(alloc_object(
        ts,
        &ts.types.list_iterator,
        PyListIter {
            l: crate::types::it_seq::ItSeq::new(o),
            pos: Cell::new(0),
        },
    ))
}
#[inline]
pub fn list_iter_next(_: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let it = o.downcast::<PyListIter>().expect("list_iterator");
    let p = it.pos.get();
    let x = match it.l.get().as_ref() {
        Some(l) => this(l).get(p),
        None => return Ok(None),
    };
    if x.is_some() {
        it.pos.set(p + 1);
        return Ok(x);
    }
    it.l.release();
    Ok(None)
}
/// `list_iterator.__reduce__`: `(iter, (list,), index)`, or `(iter, ([],))` once exhausted.
fn iter_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let it = o.downcast::<PyListIter>().expect("list_iterator");
    ir::reduce_seq(ts, "iter", || match it.l.get().as_ref() {
        None => (ts.new_list(Vec::new()), None),
        Some(l) => (l.clone(), Some(it.pos.get() as i64)),
    })
}
/// `list_iterator.__setstate__`: the index, clipped to the list.
fn iter_setstate(ts: &ThreadState, o: &ObjRef, state: &ObjRef) -> PyResult<ObjRef> {
    let it = o.downcast::<PyListIter>().expect("list_iterator");
    let i = ir::state_index(ts, state)?;
    if let Some(l) = it.l.get().as_ref() {
        it.pos.set((i.max(0) as usize).min(this(l).len()));
    }
    Ok(ts.none())
}
/// `list_reverseiterator` (`reversed(list)`): from the last index down, stopping for good
/// once the index leaves the list.
pub struct PyListRevIter {
    l: crate::types::it_seq::ItSeq,
    index: Cell<isize>,
}
impl PyPayload for PyListRevIter {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.list_reverseiterator
    }
}
fn reversed(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(alloc_object(
        ts,
        &ts.types.list_reverseiterator,
        PyListRevIter {
            l: crate::types::it_seq::ItSeq::new(o),
            index: Cell::new(this(o).len() as isize - 1),
        },
    ))
}
fn rev_iter_next(_: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let it = o.downcast::<PyListRevIter>().expect("list_reverseiterator");
    let Some(l) = it.l.cloned() else {
        return Ok(None);
    };
    let i = it.index.get();
    if i >= 0
        && let Some(x) = this(&l).get(i as usize)
    {
        it.index.set(i - 1);
        return Ok(Some(x));
    }
    it.index.set(-1);
    it.l.release();
    Ok(None)
}
fn rev_iter_length_hint(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let it = o.downcast::<PyListRevIter>().expect("list_reverseiterator");
    let n = match it.l.get().as_ref() {
        Some(l) if (it.index.get() as usize) < this(l).len() => it.index.get() + 1,
        _ => 0,
    };
    Ok(ts.new_int(n.max(0) as i64))
}
/// `list_reverseiterator.__reduce__`: `(reversed, (list,), index)`, or `(iter, ([],))`.
fn rev_iter_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let it = o.downcast::<PyListRevIter>().expect("list_reverseiterator");
    let rev = ir::builtin(ts, "reversed")?;
    match it.l.cloned() {
        Some(l) => {
            let args = ts.new_tuple(vec![l]);
            Ok(ts.new_tuple(vec![rev, args, ts.new_int(it.index.get() as i64)]))
        }
        None => ir::reduce_seq(ts, "iter", || (ts.new_list(Vec::new()), None)),
    }
}
/// `list_reverseiterator.__setstate__`: the index, clipped to `-1..len`.
fn rev_iter_setstate(ts: &ThreadState, o: &ObjRef, state: &ObjRef) -> PyResult<ObjRef> {
    let it = o.downcast::<PyListRevIter>().expect("list_reverseiterator");
    let i = ir::state_index(ts, state)?;
    if let Some(l) = it.l.get().as_ref() {
        let last = this(l).len() as i64 - 1;
        it.index.set(i.clamp(-1, last.max(-1)) as isize);
    }
    Ok(ts.none())
}
fn rev_iter_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    let it = o.downcast::<PyListRevIter>().expect("list_reverseiterator");
    it.l.visit(visit);
}
static REV_ITER_METHODS: &[MethodDef] = &[
    MethodDef::new("__length_hint__", Meth::NoArgs(rev_iter_length_hint)),
    MethodDef::new("__reduce__", Meth::NoArgs(rev_iter_reduce)),
    MethodDef::new("__setstate__", Meth::O(rev_iter_setstate)),
];
pub static REV_ITER_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: Slots {
        iter: Some(self_iter),
        iternext: Some(rev_iter_next),
        traverse: Some(rev_iter_traverse),
        ..Slots::NONE
    },
    methods: &[REV_ITER_METHODS],
    ..TypeSpec::new("list_reverseiterator", PayloadInfo::of::<PyListRevIter>())
};

fn iter_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    o.downcast::<PyListIter>()
        .expect("list_iterator")
        .l
        .visit(visit);
}
fn self_iter(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(o.clone())
}

/// `list.__sizeof__`: the object and its allocated item slots.
fn sizeof(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let cap = this(o).with(|v| v.capacity());
    Ok(ts.new_int((crate::sizeof::basicsize(ts, o) + 8 * cap) as i64))
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("__sizeof__", Meth::NoArgs(sizeof)),
    MethodDef::new("append", Meth::O(append)),
    MethodDef::new("extend", Meth::O(extend)),
    MethodDef::new("pop", Meth::Fast(pop)),
    MethodDef::new("insert", Meth::Fast(insert)),
    MethodDef::new("remove", Meth::O(remove)),
    MethodDef::new("index", Meth::Fast(index)),
    MethodDef::new("count", Meth::O(count)),
    MethodDef::new("clear", Meth::NoArgs(clear)),
    MethodDef::new("copy", Meth::NoArgs(copy)),
    MethodDef::new("reverse", Meth::NoArgs(reverse)),
    MethodDef::new("__reversed__", Meth::NoArgs(reversed)),
    MethodDef::new("sort", Meth::FastKw(sort)),
];

const fn number_slots() -> [Option<BinaryFn>; nb::COUNT] {
    let mut n: [Option<BinaryFn>; nb::COUNT] = [None; nb::COUNT];
    n[nb::ADD] = Some(add);
    n[nb::MULTIPLY] = Some(mul);
    n[nb::ADD + nb::INPLACE] = Some(iadd);
    n[nb::MULTIPLY + nb::INPLACE] = Some(imul);
    n
}

pub static SPEC: TypeSpec = TypeSpec {
    flags: flags::BASETYPE
        | flags::LIST_SUBCLASS
        | flags::HAVE_GC
        | flags::SEQUENCE
        | flags::SEQ_REPEAT,
    slots: Slots {
        repr: Some(repr),
        hash: Some(crate::types::object::hash_not_implemented),
        richcompare: Some(richcompare),
        len: Some(len),
        getitem: Some(getitem),
        setitem: Some(setitem),
        contains: Some(contains),
        iter: Some(iter),
        init: Some(init),
        new: Some(new),
        traverse: Some(traverse),
        clear: Some(clear_slot),
        number: number_slots(),
        ..Slots::NONE
    },
    methods: &[METHODS],
    doc: "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\nThe argument must be an iterable if specified.",
    ..TypeSpec::new("list", PayloadInfo::of::<PyList>())
};

/// `list_iterator.__length_hint__`: the items not yet produced.
fn iter_length_hint(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let it = o.downcast::<PyListIter>().expect("list_iterator");
    let n = match it.l.get().as_ref() {
        Some(l) => this(l).len().saturating_sub(it.pos.get()),
        None => 0,
    };
    Ok(ts.new_int(n as i64))
}
static ITER_METHODS: &[MethodDef] = &[
    MethodDef::new("__length_hint__", Meth::NoArgs(iter_length_hint)),
    MethodDef::new("__reduce__", Meth::NoArgs(iter_reduce)),
    MethodDef::new("__setstate__", Meth::O(iter_setstate)),
];

pub static ITER_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: Slots {
        iter: Some(self_iter),
        iternext: Some(list_iter_next),
        traverse: Some(iter_traverse),
        ..Slots::NONE
    },
    methods: &[ITER_METHODS],
    ..TypeSpec::new("list_iterator", PayloadInfo::of::<PyListIter>())
};

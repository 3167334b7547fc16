//! `dict`: CPython's compact dict (an index table probed with perturbation over an
//! insertion-ordered entry array; same sizes, growth and probe sequence, so iteration order
//! and behaviour under deletion match), lookups that survive `__eq__` mutating the table
//! (restart, as CPython's), str fast paths for namespaces, the mapping slots and methods, and
//! the key/value/item iterators.

use std::cell::{Cell, UnsafeCell};

use crate::abstract_ as ab;
use crate::args;
use crate::error::PyResult;
use crate::header::{ObjRef, PyPayload, alloc_object};
use crate::thread::ThreadState;
use crate::typeobj::{CompareOp, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags};
use crate::types::str_::PyStr;

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;
const MIN_SIZE: usize = 8;

struct Entry {
    hash: i64,
    key: ObjRef,
    value: ObjRef,
}

/// The index table (CPython's `dk_indices`): entry positions, [`EMPTY`] or [`DUMMY`], one
/// byte each in tables of up to 128 slots, two up to 2^15, else four (as `dictobject.c`, so a
/// small dict's table is 8 bytes, not 32).
enum Indices {
    I8(Box<[i8]>),
    I16(Box<[i16]>),
    I32(Box<[i32]>),
}

impl Default for Indices {
    fn default() -> Self {
        Indices::I8(Box::new([]))
    }
}

impl Indices {
    /// `size` slots, all [`EMPTY`].
    fn new(size: usize) -> Indices {
        if size <= 128 {
            Indices::I8(vec![EMPTY as i8; size].into_boxed_slice())
        } else if size <= 1 << 15 {
            Indices::I16(vec![EMPTY as i16; size].into_boxed_slice())
        } else {
            Indices::I32(vec![EMPTY; size].into_boxed_slice())
        }
    }
    #[inline]
    fn len(&self) -> usize {
        match self {
            Indices::I8(v) => v.len(),
            Indices::I16(v) => v.len(),
            Indices::I32(v) => v.len(),
        }
    }
    #[inline]
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    #[inline]
    fn get(&self, i: usize) -> i32 {
        match self {
            Indices::I8(v) => v[i] as i32,
            Indices::I16(v) => v[i] as i32,
            Indices::I32(v) => v[i],
        }
    }
    /// Stores `ix` (an entry position below the table's usable size, which fits the width,
    /// or a marker).
    #[inline]
    fn set(&mut self, i: usize, ix: i32) {
        match self {
            Indices::I8(v) => v[i] = ix as i8,
            Indices::I16(v) => v[i] = ix as i16,
            Indices::I32(v) => v[i] = ix,
        }
    }
}

#[derive(Default)]
struct Table {
    indices: Indices,
    entries: Vec<Option<Entry>>,
    used: usize,
}

/// CPython's `lookdict` probe sequence for a hash over a table of `mask + 1` slots: the
/// first slot, then each next (one piece of code for every probe loop here).
struct ProbeSeq {
    i: usize,
    perturb: u64,
    mask: usize,
}

impl ProbeSeq {
    #[inline(always)]
    fn new(h: i64, mask: usize) -> Self {
        ProbeSeq {
            i: (h as u64 as usize) & mask,
            perturb: h as u64,
            mask,
        }
    }
    /// The slot after the current one, made current.
    #[inline(always)]
    fn next_slot(&mut self) -> usize {
        self.perturb >>= 5;
        self.i = (self
            .i
            .wrapping_mul(5)
            .wrapping_add(self.perturb as usize)
            .wrapping_add(1))
            & self.mask;
        self.i
    }
}

impl Table {
    /// The first slot along `h`'s probe sequence that holds no entry (empty or deleted).
    #[inline]
    fn free_slot(&self, h: i64, mask: usize) -> usize {
        let mut p = ProbeSeq::new(h, mask);
        let mut i = p.i;
        while self.indices.get(i) >= 0 {
            i = p.next_slot();
        }
        i
    }
    /// The first (slot, entry index) along `h`'s probe sequence whose entry `matches`, with
    /// no Python code run (`None` at an empty slot).
    #[inline]
    fn find_slot(&self, h: i64, mut matches: impl FnMut(usize) -> bool) -> Option<(usize, usize)> {
        let mut p = ProbeSeq::new(h, self.indices.len() - 1);
        let mut i = p.i;
        loop {
            let ix = self.indices.get(i);
            if ix == EMPTY {
                return None;
            }
            if ix >= 0 && matches(ix as usize) {
                return Some((i, ix as usize));
            }
            i = p.next_slot();
        }
    }
    fn usable(&self) -> usize {
        (self.indices.len() << 1) / 3
    }
    fn rebuild(&mut self, size: usize) {
        let old = std::mem::take(&mut self.entries);
        self.indices = Indices::new(size);
        self.entries = Vec::with_capacity((size << 1) / 3);
        let mask = size - 1;
        for e in old.into_iter().flatten() {
            let i = self.free_slot(e.hash, mask);
            self.indices.set(i, self.entries.len() as i32);
            self.entries.push(Some(e));
        }
    }
    fn grow(&mut self) {
        let want = (self.used * 3).max(MIN_SIZE);
        self.rebuild(want.next_power_of_two());
    }
}

pub struct PyDict {
    t: UnsafeCell<Table>,
    /// Changed on every change, to a value no other dict ever had (`versions`): iterators
    /// detect mutation; caches key on it.
    pub version: Cell<u64>,
    /// Changed (as `version`) when a key is added: a cached "name not here" answer stays
    /// true while it lasts (LOAD_GLOBAL's cache).
    pub keys_version: Cell<u64>,
    /// A type's `__dict__`: any change also bumps the type epoch (the type lookup cache).
    pub is_type_dict: Cell<bool>,
}

impl PyPayload for PyDict {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.dict
    }
}

enum Probe {
    Found { slot: usize, ix: usize },
    Missing { slot: usize },
    Restart,
}

impl Default for PyDict {
    fn default() -> Self {
        PyDict::new()
    }
}

impl PyDict {
    pub fn new() -> PyDict {
        let v = crate::versions::next_dict_version();
        PyDict {
            t: UnsafeCell::new(Table::default()),
            version: Cell::new(v),
            keys_version: Cell::new(v),
            is_type_dict: Cell::new(false),
        }
    }
    #[inline]
    #[allow(clippy::mut_from_ref)] // the UnsafeCell pattern; the invariant is below
    fn t(&self) -> &mut Table {
        // SAFETY: single-threaded; callers never keep this borrow across a call into Python
        // (`probe` releases it before `__eq__` and re-validates after).
        unsafe { &mut *self.t.get() }
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.t().used
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    #[inline]
    fn bump(&self) {
        self.version.set(crate::versions::next_dict_version());
        if self.is_type_dict.get() {
            crate::versions::bump_type_epoch();
        }
    }

    /// Finds `key` (hash `h`); may run `__eq__`, restarting if that changed the table.
    fn probe(&self, ts: &ThreadState, key: &ObjRef, h: i64) -> PyResult<Probe> {
        let t = self.t();
        if t.indices.is_empty() {
            t.rebuild(MIN_SIZE);
        }
        let mask = t.indices.len() - 1;
        let mut p = ProbeSeq::new(h, mask);
        let mut i = p.i;
        let mut first_free: Option<usize> = None;
        let key_str = key
            .downcast::<PyStr>()
            .filter(|_| key.is_exact(&ts.types.str_));
        loop {
            let ix = self.t().indices.get(i);
            if ix == EMPTY {
                return Ok(Probe::Missing {
                    slot: first_free.unwrap_or(i),
                });
            }
            if ix == DUMMY {
                first_free.get_or_insert(i);
            } else {
                let (ek, eh) = match &self.t().entries[ix as usize] {
                    Some(e) => (e.key.clone(), e.hash),
                    None => return Ok(Probe::Restart),
                };
                if ek.is(key) {
                    return Ok(Probe::Found {
                        slot: i,
                        ix: ix as usize,
                    });
                }
                if eh == h {
                    if let (Some(a), Some(b)) = (key_str, ek.downcast::<PyStr>())
                        && ek.is_exact(&ts.types.str_)
                    {
                        if a.as_str() == b.as_str() {
                            return Ok(Probe::Found {
                                slot: i,
                                ix: ix as usize,
                            });
                        }
                    } else {
                        // CPython restarts only when the table was replaced or the entry
                        // lost its key: other changes (an LRU cache's reordering by a
                        // reentrant `__eq__`) leave this probe valid.
                        let before = self.t().indices.len();
                        let eq = ab::eq(ts, &ek, key)?;
                        let after = self.t().indices.len();
                        let still = matches!(&self.t().entries.get(ix as usize), Some(Some(e)) if e.key.is(&ek));
                        if before != after || !still {
                            return Ok(Probe::Restart);
                        }
                        if eq {
                            return Ok(Probe::Found {
                                slot: i,
                                ix: ix as usize,
                            });
                        }
                    }
                }
            }
            i = p.next_slot();
        }
    }

    fn find(&self, ts: &ThreadState, key: &ObjRef, h: i64) -> PyResult<Probe> {
        for _ in 0..100 {
            match self.probe(ts, key, h)? {
                Probe::Restart => continue,
                p => return Ok(p),
            }
        }
        Err(ts.runtime_error("dictionary changed size during lookup"))
    }

    /// `d.get(key)`.
    pub fn get_item(&self, ts: &ThreadState, key: &ObjRef) -> PyResult<Option<ObjRef>> {
        // Hashed even when empty: an unhashable key raises, as CPython's lookups.
        let h = ab::hash(ts, key)?;
        self.get_item_hashed(ts, key, h)
    }
    pub fn get_item_hashed(
        &self,
        ts: &ThreadState,
        key: &ObjRef,
        h: i64,
    ) -> PyResult<Option<ObjRef>> {
        match self.find(ts, key, h)? {
            Probe::Found { ix, .. } => Ok(self.t().entries[ix].as_ref().map(|e| e.value.clone())),
            _ => Ok(None),
        }
    }

    /// Lookup by an exact str key without running Python code (namespaces, attributes).
    #[inline]
    pub fn get_str(&self, _ts: &ThreadState, key: &ObjRef) -> Option<ObjRef> {
        let ix = self.index_of_str(key)?;
        self.t().entries[ix].as_ref().map(|e| e.value.clone())
    }
    /// The value of the entry at `ix` when its key is `key` itself (an inline cache's
    /// hint, checked: a stale hint gives `None`, never a wrong value).
    #[inline]
    pub fn value_at_if_key(&self, ix: usize, key: &ObjRef) -> Option<&ObjRef> {
        match self.t().entries.get(ix) {
            Some(Some(e)) if e.key.is(key) => Some(&e.value),
            _ => None,
        }
    }
    /// Replaces the value of the entry at `ix` when its key is `key` itself (STORE_ATTR's
    /// cache hint); gives `value` back when the hint is stale.
    #[inline]
    pub fn set_at_if_key(&self, ix: usize, key: &ObjRef, value: ObjRef) -> Result<(), ObjRef> {
        match self.t().entries.get_mut(ix) {
            Some(Some(e)) if e.key.is(key) => {
                let old = std::mem::replace(&mut e.value, value);
                self.bump();
                drop(old);
                Ok(())
            }
            _ => Err(value),
        }
    }
    /// The entry index of an exact str key (as `get_str`), for inline caches.
    #[inline]
    pub fn index_of_str(&self, key: &ObjRef) -> Option<usize> {
        let t = self.t();
        if t.used == 0 {
            return None;
        }
        let ks = key.downcast::<PyStr>()?;
        let h = ks.hash();
        t.find_slot(h, |ix| {
            t.entries[ix].as_ref().is_some_and(|e| {
                e.key.is(key)
                    || e.hash == h
                        && e.key
                            .downcast::<PyStr>()
                            .is_some_and(|s| s.as_str() == ks.as_str())
            })
        })
        .map(|(_, ix)| ix)
    }
    /// `get_str` by a Rust string.
    pub fn get_str_rs(&self, ts: &ThreadState, key: &str) -> Option<ObjRef> {
        if self.is_empty() {
            return None;
        }
        self.get_str(ts, &ts.intern(key))
    }

    /// `d[key] = value`.
    pub fn set_item(&self, ts: &ThreadState, key: ObjRef, value: ObjRef) -> PyResult<()> {
        let h = ab::hash(ts, &key)?;
        self.set_item_hashed(ts, key, h, value)
    }
    pub fn set_item_hashed(
        &self,
        ts: &ThreadState,
        key: ObjRef,
        h: i64,
        value: ObjRef,
    ) -> PyResult<()> {
        match self.find(ts, &key, h)? {
            Probe::Found { ix, .. } => {
                let old = self.t().entries[ix]
                    .as_mut()
                    .map(|e| std::mem::replace(&mut e.value, value));
                self.bump();
                drop(old);
            }
            Probe::Missing { slot } => self.insert_missing(slot, key, h, value),
            Probe::Restart => unreachable!("find never returns Restart"),
        }
        Ok(())
    }
    /// Inserts a key `find` reported missing at `slot` (no Python code runs).
    fn insert_missing(&self, mut slot: usize, key: ObjRef, h: i64, value: ObjRef) {
        let t = self.t();
        if t.entries.len() >= t.usable() {
            t.grow();
            // Re-probe for an empty slot in the new table (no Python code runs).
            slot = t.free_slot(h, t.indices.len() - 1);
        }
        t.indices.set(slot, t.entries.len() as i32);
        t.entries.push(Some(Entry {
            hash: h,
            key,
            value,
        }));
        t.used += 1;
        self.bump();
        self.keys_version.set(self.version.get());
    }
    /// `d.setdefault(key, default)`: one hash and one probe (`__eq__` runs once per
    /// colliding key, as CPython's `PyDict_SetDefault`).
    pub fn setdefault(&self, ts: &ThreadState, key: &ObjRef, default: ObjRef) -> PyResult<ObjRef> {
        let h = ab::hash(ts, key)?;
        match self.find(ts, key, h)? {
            Probe::Found { ix, .. } => Ok(self.t().entries[ix]
                .as_ref()
                .map_or_else(|| ts.none(), |e| e.value.clone())),
            Probe::Missing { slot } => {
                self.insert_missing(slot, key.clone(), h, default.clone());
                Ok(default)
            }
            Probe::Restart => unreachable!("find never returns Restart"),
        }
    }
    /// `d["name"] = value`.
    pub fn set_item_str(&self, ts: &ThreadState, key: &str, value: ObjRef) -> PyResult<()> {
        self.set_item(ts, ts.intern(key), value)
    }
    /// The value of `key` (hash `h`), its entry moved to the end of the order (an LRU
    /// cache's hit): one lookup, no second hash or comparison.
    pub fn get_and_move_to_end(
        &self,
        ts: &ThreadState,
        key: &ObjRef,
        h: i64,
    ) -> PyResult<Option<ObjRef>> {
        let Probe::Found { slot, ix } = self.find(ts, key, h)? else {
            return Ok(None);
        };
        let t = self.t();
        let Some(e) = t.entries[ix].take() else {
            return Ok(None);
        };
        let v = e.value.clone();
        if t.entries.len() < t.usable() {
            t.indices.set(slot, t.entries.len() as i32);
            t.entries.push(Some(e));
            self.bump();
        } else {
            // No room at the end: out, then in again through a grown table.
            t.indices.set(slot, DUMMY);
            t.used -= 1;
            self.insert_missing(slot, e.key, e.hash, e.value);
        }
        Ok(Some(v))
    }
    /// Removes the entry at position `pos` (as `entry_at` counts) by its stored hash, with
    /// no `__hash__` or `__eq__` call (an LRU cache's eviction); its key and value.
    pub fn del_entry_at(&self, pos: usize) -> Option<(ObjRef, ObjRef)> {
        let t = self.t();
        let h = t.entries.get(pos)?.as_ref()?.hash;
        let (i, _) = t.find_slot(h, |ix| ix == pos)?;
        t.indices.set(i, DUMMY);
        let e = t.entries[pos].take()?;
        t.used -= 1;
        self.bump();
        Some((e.key, e.value))
    }
    /// `del d[key]`: the removed value, or `None` when absent.
    pub fn del_item(&self, ts: &ThreadState, key: &ObjRef) -> PyResult<Option<ObjRef>> {
        if self.is_empty() {
            return Ok(None);
        }
        let h = ab::hash(ts, key)?;
        match self.find(ts, key, h)? {
            Probe::Found { slot, ix } => {
                let t = self.t();
                t.indices.set(slot, DUMMY);
                let e = t.entries[ix].take();
                t.used -= 1;
                self.bump();
                Ok(e.map(|e| e.value))
            }
            _ => Ok(None),
        }
    }
    /// The entry at or after position `pos`: `(next position, key, value)`.
    #[inline]
    pub fn entry_at(&self, mut pos: usize) -> Option<(usize, ObjRef, ObjRef)> {
        let t = self.t();
        while pos < t.entries.len() {
            if let Some(e) = &t.entries[pos] {
                return Some((pos + 1, e.key.clone(), e.value.clone()));
            }
            pos += 1;
        }
        None
    }
    /// The last entry before position `pos`: `(its position, key, value)` (reverse iteration).
    pub fn entry_before(&self, mut pos: usize) -> Option<(usize, ObjRef, ObjRef)> {
        let t = self.t();
        pos = pos.min(t.entries.len());
        while pos > 0 {
            pos -= 1;
            if let Some(e) = &t.entries[pos] {
                return Some((pos, e.key.clone(), e.value.clone()));
            }
        }
        None
    }
    /// One past the last entry position (where reverse iteration starts).
    pub fn entries_end(&self) -> usize {
        self.t().entries.len()
    }
    /// The keys with their stored hashes (set and `fromkeys` build from them without
    /// calling `__hash__` again).
    pub fn keys_hashed(&self) -> Vec<(ObjRef, i64)> {
        self.t()
            .entries
            .iter()
            .flatten()
            .map(|e| (e.key.clone(), e.hash))
            .collect()
    }
    pub fn items(&self) -> Vec<(ObjRef, ObjRef)> {
        self.t()
            .entries
            .iter()
            .flatten()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }
    pub fn keys(&self) -> Vec<ObjRef> {
        self.t()
            .entries
            .iter()
            .flatten()
            .map(|e| e.key.clone())
            .collect()
    }
    pub fn values(&self) -> Vec<ObjRef> {
        self.t()
            .entries
            .iter()
            .flatten()
            .map(|e| e.value.clone())
            .collect()
    }
    pub fn clear(&self) {
        let old = std::mem::take(self.t());
        self.bump();
        self.keys_version.set(self.version.get());
        drop(old);
    }
    /// Copies every item of `other` in; `RuntimeError` when a key's `__eq__` adds to or
    /// clears `other` meanwhile (`dict_merge`'s check of its entry count).
    pub fn update_from(&self, ts: &ThreadState, other: &PyDict) -> PyResult<()> {
        let n = other.entries_end();
        for e in other
            .t()
            .entries
            .iter()
            .flatten()
            .map(|e| (e.key.clone(), e.hash, e.value.clone()))
            .collect::<Vec<_>>()
        {
            self.set_item_hashed(ts, e.0, e.1, e.2)?;
            if other.entries_end() != n {
                return Err(ts.runtime_error("dict mutated during update"));
            }
        }
        Ok(())
    }
}

impl ThreadState {
    pub fn new_dict(&self) -> ObjRef {
        alloc_object(self, &self.types.dict, PyDict::new())
    }
}

fn this(o: &ObjRef) -> &PyDict {
    o.downcast::<PyDict>().expect("dict")
}

fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let d = this(o);
    if d.is_empty() {
        return Ok(ts.new_str("{}"));
    }
    if !ts.repr_enter(o) {
        return Ok(ts.new_str("{...}"));
    }
    let mut out = String::from("{");
    let r = (|| {
        let mut pos = 0;
        let mut first = true;
        while let Some((next, k, v)) = d.entry_at(pos) {
            if !first {
                out.push_str(", ");
            }
            first = false;
            out.push_str(&ab::repr_string(ts, &k)?);
            out.push_str(": ");
            out.push_str(&ab::repr_string(ts, &v)?);
            pos = next;
        }
        Ok(())
    })();
    ts.repr_leave(o);
    r?;
    out.push('}');
    Ok(ts.new_string(out))
}

fn richcompare(ts: &ThreadState, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    let Some(y) = b.downcast::<PyDict>() else {
        return Ok(ts.not_implemented());
    };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(ts.not_implemented());
    }
    let x = this(a);
    let mut equal = x.len() == y.len();
    if equal {
        for (k, v) in x.items() {
            match y.get_item(ts, &k)? {
                Some(w) if ab::eq(ts, &v, &w)? => {}
                _ => {
                    equal = false;
                    break;
                }
            }
        }
    }
    Ok(ts.bool_obj(equal == (op == CompareOp::Eq)))
}

fn len(_: &ThreadState, o: &ObjRef) -> PyResult<usize> {
    Ok(this(o).len())
}

fn getitem(ts: &ThreadState, o: &ObjRef, k: &ObjRef) -> PyResult<ObjRef> {
    if let Some(v) = this(o).get_item(ts, k)? {
        return Ok(v);
    }
    if !o.is_exact(&ts.types.dict)
        && let Some(m) = o.typ().lookup(ts, &ts.names.__missing__)
    {
        return ab::call_unbound(ts, &m, o, std::slice::from_ref(k));
    }
    Err(ts.key_error(k.clone()))
}
fn setitem(ts: &ThreadState, o: &ObjRef, k: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    let d = this(o);
    match v {
        Some(v) => d.set_item(ts, k.clone(), v.clone()),
        None => match d.del_item(ts, k)? {
            Some(_) => Ok(()),
            None => Err(ts.key_error(k.clone())),
        },
    }
}
fn contains(ts: &ThreadState, o: &ObjRef, k: &ObjRef) -> PyResult<bool> {
    Ok(this(o).get_item(ts, k)?.is_some())
}

/// `dict.update`-style merge of a mapping or an iterable of pairs into `d`.
pub fn merge(ts: &ThreadState, d: &PyDict, other: &ObjRef) -> PyResult<()> {
    if let Some(o) = iterates_as_dict(other) {
        return d.update_from(ts, o);
    }
    if let Some(keys) = ab::getattr_opt(ts, other, &ts.names.keys)? {
        return merge_keys(ts, d, other, &keys);
    }
    for (i, pair) in ab::collect(ts, other)?.into_iter().enumerate() {
        let kv = ab::collect(ts, &pair).map_err(|_| {
            ts.type_error(format!(
                "cannot convert dictionary update sequence element #{i} to a sequence"
            ))
        })?;
        if kv.len() != 2 {
            return Err(ts.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                kv.len()
            )));
        }
        d.set_item(ts, kv[0].clone(), kv[1].clone())?;
    }
    Ok(())
}

/// `other` as a dict read entry by entry: a dict whose `__iter__` is dict's own (a subclass
/// that overrides it, OrderedDict, goes through `keys()`).
fn iterates_as_dict(other: &ObjRef) -> Option<&PyDict> {
    other.downcast::<PyDict>().filter(|_| {
        other
            .typ()
            .slots()
            .iter
            .is_some_and(|f| std::ptr::fn_addr_eq(f, iter as crate::typeobj::slots::UnaryFn))
    })
}

/// `d[k] = other[k]` for each `k` of `keys()`.
fn merge_keys(ts: &ThreadState, d: &PyDict, other: &ObjRef, keys: &ObjRef) -> PyResult<()> {
    let ks = ab::call(ts, keys, &[])?;
    for k in ab::collect(ts, &ks)? {
        let v = ab::getitem(ts, other, &k)?;
        d.set_item(ts, k, v)?;
    }
    Ok(())
}

/// `PyDict_Update` (`dict_merge`): `other` as a mapping only; without a `keys()` it is the
/// AttributeError of that lookup (the `{**x}` of the eval loop reports "is not a mapping").
pub fn update_from_mapping(ts: &ThreadState, d: &PyDict, other: &ObjRef) -> PyResult<()> {
    if let Some(o) = iterates_as_dict(other) {
        return d.update_from(ts, o);
    }
    let keys = ab::getattr(ts, other, &ts.names.keys)?;
    merge_keys(ts, d, other, &keys)
}

fn init(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<()> {
    update_named(ts, "dict", o, a, kw)
}
/// `dict(...)`/`dict.update(...)`: one optional mapping or iterable of pairs, then keywords.
fn update_named(
    ts: &ThreadState,
    fname: &str,
    o: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<()> {
    let names = args::kw_names(kw);
    let npos = a.len() - names.len();
    args::check_positional(ts, fname, npos, 0, 1)?;
    let d = this(o);
    if let Some(x) = a[..npos].first() {
        merge(ts, d, x)?;
    }
    for (k, v) in names.iter().zip(&a[npos..]) {
        d.set_item(ts, k.clone(), v.clone())?;
    }
    Ok(())
}
fn new(ts: &ThreadState, ty: &ObjRef, _: &[ObjRef], _: Option<&ObjRef>) -> PyResult<ObjRef> {
    Ok(alloc_object(ts, ty, PyDict::new()))
}

fn get(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "get", a.len(), 1, 2)?;
    Ok(this(o)
        .get_item(ts, &a[0])?
        .unwrap_or_else(|| a.get(1).cloned().unwrap_or_else(|| ts.none())))
}
fn setdefault(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "setdefault", a.len(), 1, 2)?;
    let v = a.get(1).cloned().unwrap_or_else(|| ts.none());
    this(o).setdefault(ts, &a[0], v)
}
fn pop(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "pop", a.len(), 1, 2)?;
    match this(o).del_item(ts, &a[0])? {
        Some(v) => Ok(v),
        None => a.get(1).cloned().ok_or_else(|| ts.key_error(a[0].clone())),
    }
}
fn popitem(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let d = this(o);
    let last = d
        .t()
        .entries
        .iter()
        .rev()
        .flatten()
        .next()
        .map(|e| e.key.clone());
    let Some(k) = last else {
        return Err(ts.new_error(&ts.exc.key_error, "popitem(): dictionary is empty"));
    };
    let v = d.del_item(ts, &k)?.unwrap_or_else(|| ts.none());
    Ok(ts.new_tuple(vec![k, v]))
}
fn update(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    update_named(ts, "update", o, a, kw)?;
    Ok(ts.none())
}
fn clear(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    this(o).clear();
    Ok(ts.none())
}
fn copy(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let n = ts.new_dict();
    this(&n).update_from(ts, this(o))?;
    Ok(n)
}
fn fromkeys(ts: &ThreadState, cls: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    args::check_positional(ts, "fromkeys", a.len(), 1, 2)?;
    let d = ab::call(ts, cls, &[])?;
    let v = a.get(1).cloned().unwrap_or_else(|| ts.none());
    // `dict_fromkeys`: from an exact dict, set or frozenset into an exact dict, the keys'
    // stored hashes are reused.
    if d.class().is(&ts.types.dict) {
        let src = &a[0];
        let pairs = if src.class().is(&ts.types.dict) {
            Some(this(src).keys_hashed())
        } else if src.class().is(&ts.types.set) || src.class().is(&ts.types.frozenset) {
            src.downcast::<crate::types::set::PySet>()
                .map(|s| s.pairs())
        } else {
            None
        };
        if let Some(pairs) = pairs {
            for (k, h) in pairs {
                this(&d).set_item_hashed(ts, k, h, v.clone())?;
            }
            return Ok(d);
        }
    }
    for k in ab::collect(ts, &a[0])? {
        ab::setitem(ts, &d, &k, Some(&v))?;
    }
    Ok(d)
}
fn or(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    let (Some(x), Some(y)) = (a.downcast::<PyDict>(), b.downcast::<PyDict>()) else {
        return Ok(ts.not_implemented());
    };
    let n = ts.new_dict();
    this(&n).update_from(ts, x)?;
    this(&n).update_from(ts, y)?;
    Ok(n)
}
fn ior(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    merge(ts, this(a), b)?;
    Ok(a.clone())
}

// ---- views and iterators ----

/// Which part of the entries a view or iterator yields.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

pub struct PyDictIter {
    /// `None` once exhausted (CPython drops `di_dict` then, so the dict may be freed).
    d: crate::types::it_seq::ItSeq,
    pos: Cell<usize>,
    used: usize,
    /// Entries still to produce (CPython's `di->len`): finding one more means the keys
    /// changed (a delete and an insert keep the size).
    left: Cell<usize>,
    kind: ViewKind,
    rev: bool,
}
impl PyPayload for PyDictIter {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.dict_keyiterator
    }
}

/// An iterator over a dict's keys, values or items.
pub fn new_dict_iter(ts: &ThreadState, d: &ObjRef, kind: ViewKind) -> ObjRef {
    new_dict_iter_dir(ts, d, kind, false)
}
/// As [`new_dict_iter`], last entry first when `rev` (`reversed(d)`).
pub fn new_dict_iter_dir(ts: &ThreadState, d: &ObjRef, kind: ViewKind, rev: bool) -> ObjRef {
    let ty = match (kind, rev) {
        (ViewKind::Keys, false) => &ts.types.dict_keyiterator,
        (ViewKind::Values, false) => &ts.types.dict_valueiterator,
        (ViewKind::Items, false) => &ts.types.dict_itemiterator,
        (ViewKind::Keys, true) => &ts.types.dict_reversekeyiterator,
        (ViewKind::Values, true) => &ts.types.dict_reversevalueiterator,
        (ViewKind::Items, true) => &ts.types.dict_reverseitemiterator,
    };
    alloc_object(
        ts,
        ty,
        PyDictIter {
            d: crate::types::it_seq::ItSeq::new(d),
            pos: Cell::new(if rev { this(d).entries_end() } else { 0 }),
            used: this(d).len(),
            left: Cell::new(this(d).len()),
            kind,
            rev,
        },
    )
}
fn iter(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(new_dict_iter(ts, o, ViewKind::Keys))
}
fn iter_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let it = o.downcast::<PyDictIter>().expect("dict iterator");
    let r = {
        let b = it.d.get();
        let Some(d) = b.as_ref() else {
            return Ok(None);
        };
        iter_step(ts, it, this(d))
    };
    if let Ok(None) = r {
        it.d.release();
    }
    r
}
fn iter_step(ts: &ThreadState, it: &PyDictIter, d: &PyDict) -> PyResult<Option<ObjRef>> {
    if d.len() != it.used {
        it.pos.set(usize::MAX);
        return Err(ts.runtime_error("dictionary changed size during iteration"));
    }
    let e = if it.rev {
        if it.pos.get() == usize::MAX {
            None
        } else {
            d.entry_before(it.pos.get())
        }
    } else {
        d.entry_at(it.pos.get())
    };
    match e {
        Some(_) if it.left.get() == 0 => {
            it.pos.set(usize::MAX);
            Err(ts.runtime_error("dictionary keys changed during iteration"))
        }
        Some((next, k, v)) => {
            it.pos.set(next);
            it.left.set(it.left.get() - 1);
            Ok(Some(match it.kind {
                ViewKind::Keys => k,
                ViewKind::Values => v,
                ViewKind::Items => ts.new_tuple(vec![k, v]),
            }))
        }
        None => Ok(None),
    }
}
fn iter_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    o.downcast::<PyDictIter>()
        .expect("dict iterator")
        .d
        .visit(visit);
}
fn self_iter(_: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(o.clone())
}

fn reversed(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(new_dict_iter_dir(ts, o, ViewKind::Keys, true))
}
fn keys(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    crate::types::dictview::new_view(ts, o, ViewKind::Keys)
}
fn values(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    crate::types::dictview::new_view(ts, o, ViewKind::Values)
}
fn items(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    crate::types::dictview::new_view(ts, o, ViewKind::Items)
}

fn traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    for e in this(o).t().entries.iter().flatten() {
        visit(&e.key);
        visit(&e.value);
    }
}
fn clear_slot(_: &ThreadState, o: &ObjRef) {
    this(o).clear();
}

/// `_PyDict_SizeOf`: the object and its keys table (`_PyDict_KeysSize`: the 32-byte keys
/// header, the index bytes, the usable entries: 16 bytes each while every key is an exact
/// str, else 24); the shared empty table of an empty dict is not counted.
fn sizeof(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let t = this(o).t();
    let size = t.indices.len();
    let keys = if size == 0 {
        0
    } else {
        let index_bytes = match t.indices {
            Indices::I8(_) => 1,
            Indices::I16(_) => 2,
            Indices::I32(_) => 4,
        };
        let unicode = t
            .entries
            .iter()
            .flatten()
            .all(|e| e.key.is_exact(&ts.types.str_));
        32 + size * index_bytes + t.usable() * if unicode { 16 } else { 24 }
    };
    Ok(ts.new_int((crate::sizeof::basicsize(ts, o) + keys) as i64))
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("__sizeof__", Meth::NoArgs(sizeof)),
    MethodDef::new("get", Meth::Fast(get)),
    MethodDef::new("setdefault", Meth::Fast(setdefault)),
    MethodDef::new("pop", Meth::Fast(pop)),
    MethodDef::new("popitem", Meth::NoArgs(popitem)),
    MethodDef::new("update", Meth::FastKw(update)),
    MethodDef::new("clear", Meth::NoArgs(clear)),
    MethodDef::new("copy", Meth::NoArgs(copy)),
    MethodDef::new("keys", Meth::NoArgs(keys)),
    MethodDef::new("__reversed__", Meth::NoArgs(reversed)),
    MethodDef::new("values", Meth::NoArgs(values)),
    MethodDef::new("items", Meth::NoArgs(items)),
    MethodDef::class("fromkeys", Meth::Fast(fromkeys)),
];

const fn number_slots() -> [Option<crate::typeobj::slots::BinaryFn>; crate::typeobj::nb::COUNT] {
    use crate::typeobj::nb;
    let mut n: [Option<crate::typeobj::slots::BinaryFn>; nb::COUNT] = [None; nb::COUNT];
    n[nb::OR] = Some(or);
    n[nb::OR + nb::INPLACE] = Some(ior);
    n
}

pub static SPEC: TypeSpec = TypeSpec {
    flags: flags::BASETYPE | flags::DICT_SUBCLASS | flags::HAVE_GC | flags::MAPPING,
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
    doc: "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a mapping object's\n    (key, value) pairs\ndict(iterable) -> new dictionary initialized as if via:\n    d = {}\n    for k, v in iterable:\n        d[k] = v\ndict(**kwargs) -> new dictionary initialized with the name=value pairs\n    in the keyword argument list.  For example:  dict(one=1, two=2)",
    ..TypeSpec::new("dict", PayloadInfo::of::<PyDict>())
};

/// `dict_*iterator.__length_hint__`: the entries not yet produced (0 once the dict changed size).
fn iter_length_hint(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let it = o.downcast::<PyDictIter>().expect("dict iterator");
    let Some(dobj) = it.d.cloned() else {
        return Ok(ts.new_int(0));
    };
    let d = this(&dobj);
    let mut n = 0i64;
    if d.len() == it.used && it.pos.get() != usize::MAX {
        let mut p = it.pos.get();
        loop {
            let e = if it.rev {
                d.entry_before(p)
            } else {
                d.entry_at(p)
            };
            match e {
                Some((next, _, _)) => {
                    n += 1;
                    p = next;
                }
                None => break,
            }
        }
    }
    Ok(ts.new_int(n))
}
/// `dict_*iterator.__reduce__`: `(iter, (list_of_what_is_left,))` (a dict that changed
/// size raises, as iterating would).
fn iter_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let f = crate::types::iter_reduce::builtin(ts, "iter")?;
    let it = o.downcast::<PyDictIter>().expect("dict iterator");
    let dobj = it.d.cloned();
    let mut left = Vec::new();
    if let Some(dobj) = dobj
        && it.pos.get() != usize::MAX
    {
        let d = this(&dobj);
        if d.len() != it.used {
            return Err(ts.runtime_error("dictionary changed size during iteration"));
        }
        let mut p = it.pos.get();
        while let Some((next, k, v)) = if it.rev {
            d.entry_before(p)
        } else {
            d.entry_at(p)
        } {
            left.push(match it.kind {
                ViewKind::Keys => k,
                ViewKind::Values => v,
                ViewKind::Items => ts.new_tuple(vec![k, v]),
            });
            p = next;
        }
    }
    Ok(ts.new_tuple(vec![f, ts.new_tuple(vec![ts.new_list(left)])]))
}
static ITER_METHODS: &[MethodDef] = &[
    MethodDef::new("__length_hint__", Meth::NoArgs(iter_length_hint)),
    MethodDef::new("__reduce__", Meth::NoArgs(iter_reduce)),
];
const ITER_SLOTS: Slots = Slots {
    iter: Some(self_iter),
    iternext: Some(iter_next),
    traverse: Some(iter_traverse),
    ..Slots::NONE
};
pub static REVKEYITER_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: ITER_SLOTS,
    methods: &[ITER_METHODS],
    ..TypeSpec::new("dict_reversekeyiterator", PayloadInfo::of::<PyDictIter>())
};
pub static REVVALUEITER_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: ITER_SLOTS,
    methods: &[ITER_METHODS],
    ..TypeSpec::new("dict_reversevalueiterator", PayloadInfo::of::<PyDictIter>())
};
pub static REVITEMITER_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: ITER_SLOTS,
    methods: &[ITER_METHODS],
    ..TypeSpec::new("dict_reverseitemiterator", PayloadInfo::of::<PyDictIter>())
};
pub static KEYITER_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: ITER_SLOTS,
    methods: &[ITER_METHODS],
    ..TypeSpec::new("dict_keyiterator", PayloadInfo::of::<PyDictIter>())
};
pub static VALUEITER_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: ITER_SLOTS,
    methods: &[ITER_METHODS],
    ..TypeSpec::new("dict_valueiterator", PayloadInfo::of::<PyDictIter>())
};
pub static ITEMITER_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: ITER_SLOTS,
    methods: &[ITER_METHODS],
    ..TypeSpec::new("dict_itemiterator", PayloadInfo::of::<PyDictIter>())
};

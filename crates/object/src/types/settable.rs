//! The hash table behind `set` and `frozenset`, as `Objects/setobject.c`: open addressing with
//! runs of `LINEAR_PROBES` (9) neighbouring slots, then perturbed probing; dummies left by
//! deletions; growth when `fill*5 >= mask*3` to the next power of two above `used*4`
//! (`used*2` past 50,000). Iteration walks the slots in table order, so sets iterate in
//! CPython's order for the same hashes. No `RefCell` borrow is held across `__eq__`: a
//! comparison that mutates the table restarts the probe, as CPython's.

use std::cell::RefCell;

use crate::abstract_ as ab;
use crate::error::PyResult;
use crate::header::ObjRef;
use crate::thread::ThreadState;

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
pub const MINSIZE: usize = 8;
/// The hash of a dummy slot (real hashes are never -1).
const DUMMY: i64 = -1;

#[derive(Clone)]
pub struct Entry {
    pub key: Option<ObjRef>,
    pub hash: i64,
}
impl Entry {
    const EMPTY: Entry = Entry { key: None, hash: 0 };
    #[inline]
    fn is_unused(&self) -> bool {
        self.key.is_none() && self.hash == 0
    }
}

pub struct SetTable {
    pub entries: Vec<Entry>,
    /// Active + dummy slots.
    pub fill: usize,
    /// Active slots.
    pub used: usize,
    /// Where `pop` resumes.
    pub finger: usize,
    /// Bumped when the slot vector is replaced (a resize or clear).
    generation: u64,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable {
            entries: vec![Entry::EMPTY; MINSIZE],
            fill: 0,
            used: 0,
            finger: 0,
            generation: 0,
        }
    }
    #[inline]
    pub fn mask(&self) -> usize {
        self.entries.len() - 1
    }
    /// The active (key, hash) pairs in table order.
    pub fn active(&self) -> impl Iterator<Item = (&ObjRef, i64)> {
        self.entries
            .iter()
            .filter_map(|e| e.key.as_ref().map(|k| (k, e.hash)))
    }
    pub fn keys(&self) -> Vec<ObjRef> {
        self.active().map(|(k, _)| k.clone()).collect()
    }
    pub fn pairs(&self) -> Vec<(ObjRef, i64)> {
        self.active().map(|(k, h)| (k.clone(), h)).collect()
    }
    pub fn clear(&mut self) {
        *self = SetTable {
            generation: self.generation + 1,
            ..SetTable::new()
        };
    }

    /// `set_insert_clean`: into a table with no dummies and no equal key.
    fn insert_clean(entries: &mut [Entry], key: ObjRef, hash: i64) {
        let mask = entries.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if entries[i].key.is_none() {
                entries[i] = Entry {
                    key: Some(key),
                    hash,
                };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if entries[i + j].key.is_none() {
                        entries[i + j] = Entry {
                            key: Some(key),
                            hash,
                        };
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// `set_table_resize`: the smallest power of two above `minused`.
    pub fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.entries, vec![Entry::EMPTY; newsize]);
        self.fill = self.used;
        self.generation += 1;
        for e in old {
            if let Some(k) = e.key {
                Self::insert_clean(&mut self.entries, k, e.hash);
            }
        }
    }

    /// Copies `other`'s slots into this empty table (`set_merge`'s fast paths).
    fn merge_into_empty(&mut self, other: &SetTable) {
        if self.entries.len() == other.entries.len() && other.fill == other.used {
            self.entries.clone_from(&other.entries);
        } else {
            for (k, h) in other.active() {
                Self::insert_clean(&mut self.entries, k.clone(), h);
            }
        }
        self.fill = other.used;
        self.used = other.used;
    }
}

enum Probe {
    /// An active slot holding an equal key.
    Found(usize),
    /// No equal key: the free slot to use (a dummy seen first, or the unused slot ending the
    /// probe) and whether it is a dummy.
    Missing(usize, bool),
}

/// Probes for `key` (hash `hash`): CPython's `set_add_entry`/`set_lookkey` loop.
fn probe(ts: &ThreadState, t: &RefCell<SetTable>, key: &ObjRef, hash: i64) -> PyResult<Probe> {
    'restart: loop {
        let b = t.borrow();
        let gen0 = b.generation;
        let mut mask = b.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        let mut freeslot: Option<usize> = None;
        drop(b);
        loop {
            let mut probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            let mut j = i;
            loop {
                let b = t.borrow();
                let e = &b.entries[j];
                if e.is_unused() {
                    return Ok(match freeslot {
                        Some(f) => Probe::Missing(f, true),
                        None => Probe::Missing(j, false),
                    });
                }
                if e.hash == hash {
                    let start = e.key.clone().expect("active slot");
                    drop(b);
                    if start.is(key) {
                        return Ok(Probe::Found(j));
                    }
                    let eq = ab::eq(ts, &start, key)?;
                    let b = t.borrow();
                    if b.generation != gen0
                        || !b.entries[j].key.as_ref().is_some_and(|k| k.is(&start))
                    {
                        continue 'restart;
                    }
                    if eq {
                        return Ok(Probe::Found(j));
                    }
                    mask = b.mask();
                } else if e.hash == DUMMY && e.key.is_none() && freeslot.is_none() {
                    freeslot = Some(j);
                }
                if probes == 0 {
                    break;
                }
                probes -= 1;
                j += 1;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }
}

/// The slot of `key`, if present.
pub fn lookup(ts: &ThreadState, t: &RefCell<SetTable>, key: &ObjRef, hash: i64) -> PyResult<bool> {
    Ok(matches!(probe(ts, t, key, hash)?, Probe::Found(_)))
}

/// `set_add_entry`: inserts `key` unless an equal key is present.
pub fn add(ts: &ThreadState, t: &RefCell<SetTable>, key: ObjRef, hash: i64) -> PyResult<()> {
    match probe(ts, t, &key, hash)? {
        Probe::Found(_) => Ok(()),
        Probe::Missing(slot, dummy) => {
            let mut b = t.borrow_mut();
            b.entries[slot] = Entry {
                key: Some(key),
                hash,
            };
            b.used += 1;
            if dummy {
                return Ok(());
            }
            b.fill += 1;
            let mask = b.mask();
            if b.fill * 5 < mask * 3 {
                return Ok(());
            }
            let used = b.used;
            b.resize(if used > 50000 { used * 2 } else { used * 4 });
            Ok(())
        }
    }
}

/// Removes `key`; false when absent.
pub fn discard(ts: &ThreadState, t: &RefCell<SetTable>, key: &ObjRef, hash: i64) -> PyResult<bool> {
    match probe(ts, t, key, hash)? {
        Probe::Found(slot) => {
            let old = {
                let mut b = t.borrow_mut();
                b.used -= 1;
                std::mem::replace(
                    &mut b.entries[slot],
                    Entry {
                        key: None,
                        hash: DUMMY,
                    },
                )
            };
            drop(old);
            Ok(true)
        }
        Probe::Missing(..) => Ok(false),
    }
}

/// `set_pop`: removes the entry at or after the finger.
pub fn pop(t: &RefCell<SetTable>) -> Option<ObjRef> {
    let mut b = t.borrow_mut();
    if b.used == 0 {
        return None;
    }
    let mask = b.mask();
    let mut i = b.finger & mask;
    while b.entries[i].key.is_none() {
        i = (i + 1) & mask;
    }
    let key = b.entries[i].key.take();
    b.entries[i].hash = DUMMY;
    b.used -= 1;
    b.finger = i + 1;
    key
}

/// `set_merge`: adds every key of `other` (a set's table).
pub fn merge(ts: &ThreadState, t: &RefCell<SetTable>, other: &RefCell<SetTable>) -> PyResult<()> {
    if std::ptr::eq(t, other) {
        return Ok(());
    }
    let pairs = {
        let o = other.borrow();
        if o.used == 0 {
            return Ok(());
        }
        let mut b = t.borrow_mut();
        if (b.fill + o.used) * 5 >= b.mask() * 3 {
            let n = (b.used + o.used) * 2;
            b.resize(n);
        }
        if b.fill == 0 {
            b.merge_into_empty(&o);
            return Ok(());
        }
        o.pairs()
    };
    for (k, h) in pairs {
        add(ts, t, k, h)?;
    }
    Ok(())
}

/// Adds `(key, hash)` pairs known in advance (a dict's keys), growing once first.
pub fn add_pairs(
    ts: &ThreadState,
    t: &RefCell<SetTable>,
    pairs: Vec<(ObjRef, i64)>,
) -> PyResult<()> {
    {
        let mut b = t.borrow_mut();
        if (b.fill + pairs.len()) * 5 >= b.mask() * 3 {
            let n = (b.used + pairs.len()) * 2;
            b.resize(n);
        }
    }
    for (k, h) in pairs {
        add(ts, t, k, h)?;
    }
    Ok(())
}

/// `frozenset`'s hash (`frozenset_hash`: the shuffled entry hashes xor-ed, corrected for
/// unused and dummy slots, then dispersed).
pub fn hash(t: &SetTable) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let mut h: u64 = 0;
    for e in &t.entries {
        h ^= shuffle(e.hash as u64);
    }
    if (t.entries.len() - t.fill) & 1 == 1 {
        h ^= shuffle(0);
    }
    if (t.fill - t.used) & 1 == 1 {
        h ^= shuffle(u64::MAX);
    }
    h ^= (t.used as u64 + 1).wrapping_mul(1927868237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69069).wrapping_add(907133923);
    if h == u64::MAX {
        h = 590923713;
    }
    h as i64
}

//! The cycle collector's state that allocation touches (CPython's `struct _gc_runtime_state`):
//! the three generation lists (sentinel heads), their counts and thresholds, enabled and
//! collecting flags, stress mode, the permanent generation of `gc.freeze()`, statistics and
//! `gc.callbacks`. The collection algorithm itself is the `gc` crate's.

use std::cell::{Cell, RefCell};

use crate::header::{GC_TRACKED, GcHead, ObjRef};

pub const NUM_GENERATIONS: usize = 3;

pub struct GcState {
    /// Sentinel heads of the generation lists (boxed: their addresses are list links).
    pub generations: [Box<GcHead>; NUM_GENERATIONS],
    /// Gen 0: tracked allocations minus deallocations since the last collection; gens 1-2:
    /// collections of the younger generation since this one's last.
    pub counts: [Cell<isize>; NUM_GENERATIONS],
    pub thresholds: [Cell<isize>; NUM_GENERATIONS],
    pub enabled: Cell<bool>,
    pub collecting: Cell<bool>,
    /// `TAIPAN_GC_STRESS=1`: collect at every tracked allocation.
    pub stress: bool,
    /// The permanent generation `gc.freeze()` moves everything into (never collected).
    pub permanent: Box<GcHead>,
    /// Per generation: collections run and objects collected (`gc.get_stats()`).
    pub stats: [Cell<(usize, usize)>; NUM_GENERATIONS],
    /// `gc.callbacks` (the list object), called at the start and stop of each collection.
    pub callbacks: RefCell<Option<ObjRef>>,
    /// Objects in the oldest generation after its last collection (CPython's
    /// `long_lived_total`).
    pub long_lived_total: Cell<isize>,
    /// Objects moved into the oldest generation since (`long_lived_pending`).
    pub long_lived_pending: Cell<isize>,
}

impl GcState {
    pub fn new() -> GcState {
        let generations = [
            Box::new(GcHead::new()),
            Box::new(GcHead::new()),
            Box::new(GcHead::new()),
        ];
        let permanent = Box::new(GcHead::new());
        for g in generations.iter().chain([&permanent]) {
            g.init_sentinel();
        }
        GcState {
            generations,
            counts: [Cell::new(0), Cell::new(0), Cell::new(0)],
            thresholds: [Cell::new(700), Cell::new(10), Cell::new(10)],
            enabled: Cell::new(true),
            collecting: Cell::new(false),
            stress: std::env::var_os("TAIPAN_GC_STRESS").is_some_and(|v| v == "1"),
            permanent,
            stats: [Cell::new((0, 0)), Cell::new((0, 0)), Cell::new((0, 0))],
            callbacks: RefCell::new(None),
            long_lived_total: Cell::new(0),
            long_lived_pending: Cell::new(0),
        }
    }
    #[inline]
    pub fn should_collect(&self) -> bool {
        self.enabled.get()
            && !self.collecting.get()
            && (self.stress || self.counts[0].get() > self.thresholds[0].get())
    }
    /// The oldest generation whose count passed its threshold (CPython's
    /// `gc_collect_generations`): the oldest only once the objects moved into it since its
    /// last collection are a quarter of those it kept then, so building a large structure
    /// does not re-scan all of it again and again (quadratic time).
    pub fn generation_to_collect(&self) -> usize {
        for g in (0..NUM_GENERATIONS).rev() {
            if self.counts[g].get() > self.thresholds[g].get() {
                if g == NUM_GENERATIONS - 1
                    && self.long_lived_pending.get() < self.long_lived_total.get() / 4
                {
                    continue;
                }
                return g;
            }
        }
        0
    }
    #[inline]
    pub fn track(&self, head: &GcHead) {
        head.link_before(&self.generations[0]);
        head.set_flags(head.flags() | GC_TRACKED);
        self.counts[0].set(self.counts[0].get() + 1);
    }
    #[inline]
    pub fn untrack(&self, head: &GcHead) {
        head.unlink();
        head.set_flags(head.flags() & !GC_TRACKED);
        let c = self.counts[0].get();
        if c > 0 {
            self.counts[0].set(c - 1);
        }
    }
}

impl Default for GcState {
    fn default() -> Self {
        GcState::new()
    }
}

//! [`ItSeq`]: the sequence a built-in iterator reads (CPython's `it_seq`/`di_dict`), let go
//! of once the iterator is exhausted, so the sequence can be freed while the iterator lives.

use std::cell::{Ref, RefCell};

use crate::header::ObjRef;

pub struct ItSeq(RefCell<Option<ObjRef>>);

impl ItSeq {
    pub fn new(seq: &ObjRef) -> ItSeq {
        ItSeq(RefCell::new(Some(seq.clone())))
    }
    /// The sequence, `None` once released (hold the borrow only while no Python code runs).
    #[inline]
    pub fn get(&self) -> Ref<'_, Option<ObjRef>> {
        self.0.borrow()
    }
    /// A new reference to the sequence, `None` once released.
    pub fn cloned(&self) -> Option<ObjRef> {
        self.0.borrow().clone()
    }
    /// Lets go of the sequence. It is dropped after the cell is updated: its last owner's
    /// `__del__` may call the iterator again, which then finds it exhausted.
    pub fn release(&self) {
        let old = self.0.replace(None);
        drop(old);
    }
    /// GC traversal.
    pub fn visit(&self, visit: &mut dyn FnMut(&ObjRef)) {
        if let Some(o) = self.0.borrow().as_ref() {
            visit(o);
        }
    }
}

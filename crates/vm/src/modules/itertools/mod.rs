//! The `itertools` module (CPython's `Modules/itertoolsmodule.c`): the module object and its
//! types, one concern a file: `simple.rs` (count, cycle, repeat, accumulate, chain, compress,
//! dropwhile, takewhile, filterfalse, starmap, pairwise, islice, zip_longest), `grouping.rs`
//! (groupby and its `_grouper`, tee and `_tee`), `combinatoric.rs` (product, permutations,
//! combinations, combinations_with_replacement), `pickle.rs` and `combo_pickle.rs`
//! (`__reduce__`/`__setstate__`).

mod combinatoric;
mod combo_pickle;
mod grouping;
mod pickle;
mod simple;

use taipan_object::typeobj::{Meth, MethodDef};
use taipan_object::{ObjRef, ThreadState};

use super::common::add_type;

static FUNCTIONS: &[MethodDef] = &[MethodDef::new("tee", Meth::Fast(grouping::tee))];

/// Makes the `itertools` module.
pub fn make(ts: &ThreadState) -> ObjRef {
    let m = ts.new_builtin_module("itertools", FUNCTIONS);
    for spec in [
        &simple::COUNT_SPEC,
        &simple::CYCLE_SPEC,
        &simple::REPEAT_SPEC,
        &simple::ACCUMULATE_SPEC,
        &simple::CHAIN_SPEC,
        &simple::COMPRESS_SPEC,
        &simple::DROPWHILE_SPEC,
        &simple::TAKEWHILE_SPEC,
        &simple::FILTERFALSE_SPEC,
        &simple::STARMAP_SPEC,
        &simple::PAIRWISE_SPEC,
        &simple::ISLICE_SPEC,
        &simple::ZIP_LONGEST_SPEC,
        &grouping::GROUPBY_SPEC,
        &grouping::GROUPER_SPEC,
        &grouping::TEE_SPEC,
        &combinatoric::PRODUCT_SPEC,
        &combinatoric::PERMUTATIONS_SPEC,
        &combinatoric::COMBINATIONS_SPEC,
        &combinatoric::CWR_SPEC,
    ] {
        add_type(ts, &m, spec);
    }
    m
}

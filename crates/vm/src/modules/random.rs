//! The `_random` module: `Random`, the Mersenne Twister MT19937 exactly as CPython's
//! `Modules/_randommodule.c` (seeding by `init_by_array` over the seed's 32-bit words,
//! `random()` from two draws with 53 bits, `getrandbits`, `getstate`/`setstate`).
//! `random.py` builds everything else on these.

use std::cell::RefCell;

use num_bigint::{BigInt, BigUint, Sign};
use taipan_object::abstract_ as ab;
use taipan_object::args::check_positional;
use taipan_object::typeobj::{Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags};
use taipan_object::types::int::PyInt;
use taipan_object::types::tuple::PyTuple;
use taipan_object::{ObjRef, PyPayload, PyResult, ThreadState, alloc_object};

use super::common::{add_type, split_kw};

const N: usize = 624;
const M: usize = 397;

pub struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let p = self.state[i - 1];
            self.state[i] = 1812433253u32
                .wrapping_mul(p ^ (p >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }
    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        let mut k = N.max(key.len());
        while k > 0 {
            let p = mt[i - 1];
            mt[i] = (mt[i] ^ (p ^ (p >> 30)).wrapping_mul(1664525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
            k -= 1;
        }
        k = N - 1;
        while k > 0 {
            let p = mt[i - 1];
            mt[i] = (mt[i] ^ (p ^ (p >> 30)).wrapping_mul(1566083941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            k -= 1;
        }
        mt[0] = 0x8000_0000;
    }
    fn next_u32(&mut self) -> u32 {
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        const MATRIX_A: u32 = 0x9908_b0df;
        let mag = |y: u32| if y & 1 != 0 { MATRIX_A } else { 0 };
        if self.index >= N {
            let mt = &mut self.state;
            for kk in 0..N - M {
                let y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag(y);
            }
            for kk in N - M..N - 1 {
                let y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag(y);
            }
            let y = (mt[N - 1] & UPPER) | (mt[0] & LOWER);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag(y);
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }
    fn random(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (a as f64 * 67108864.0 + b as f64) * (1.0 / 9007199254740992.0)
    }
}

pub struct PyRandom {
    mt: RefCell<Mt>,
}
impl PyPayload for PyRandom {}

fn this(o: &ObjRef) -> &PyRandom {
    o.downcast::<PyRandom>().expect("Random")
}

/// Seeds from the OS's entropy (`seed(None)`), or the time when that fails.
fn seed_urandom(mt: &mut Mt) {
    let mut key = [0u32; N];
    let mut buf = [0u8; N * 4];
    let ok = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf))
        .is_ok();
    if ok {
        for (k, c) in key.iter_mut().zip(buf.chunks_exact(4)) {
            *k = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
        }
        mt.init_by_array(&key);
    } else {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0);
        mt.init_by_array(&[t as u32, (t >> 32) as u32, std::process::id()]);
    }
}

fn do_seed(ts: &ThreadState, o: &ObjRef, arg: Option<&ObjRef>) -> PyResult<()> {
    let mut mt = this(o).mt.borrow_mut();
    let Some(arg) = arg.filter(|a| !ts.is_none(a)) else {
        seed_urandom(&mut mt);
        return Ok(());
    };
    let n: BigUint = match arg.downcast::<PyInt>() {
        Some(i) => i.0.to_big().magnitude().clone(),
        None => {
            drop(mt);
            let h = ab::hash(ts, arg)?;
            mt = this(o).mt.borrow_mut();
            BigUint::from(h as u64)
        }
    };
    let mut key = n.to_u32_digits();
    if key.is_empty() {
        key.push(0);
    }
    mt.init_by_array(&key);
    Ok(())
}

fn random_new(
    ts: &ThreadState,
    cls: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let (pos, kws) = split_kw(args, kw);
    if !kws.is_empty() && cls.typ_payload().name() == "_random.Random" {
        return Err(ts.type_error("Random() takes no keyword arguments"));
    }
    if pos.len() > 1 {
        return Err(ts.type_error("Random() requires 0 or 1 argument"));
    }
    let o = alloc_object(
        ts,
        cls,
        PyRandom {
            mt: RefCell::new(Mt {
                state: [0; N],
                index: N + 1,
            }),
        },
    );
    do_seed(ts, &o, pos.first())?;
    Ok(o)
}

fn seed(ts: &ThreadState, o: &ObjRef, args: &[ObjRef]) -> PyResult<ObjRef> {
    check_positional(ts, "seed", args.len(), 0, 1)?;
    do_seed(ts, o, args.first())?;
    Ok(ts.none())
}

fn random(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_float(this(o).mt.borrow_mut().random()))
}

fn getrandbits(ts: &ThreadState, o: &ObjRef, k: &ObjRef) -> PyResult<ObjRef> {
    let k = super::common::index_i64(ts, k)?;
    if k < 0 {
        return Err(ts.value_error("number of bits must be non-negative"));
    }
    let mut mt = this(o).mt.borrow_mut();
    if k == 0 {
        return Ok(ts.new_int(0));
    }
    if k <= 32 {
        return Ok(ts.new_int((mt.next_u32() >> (32 - k)) as i64));
    }
    let words = ((k - 1) / 32 + 1) as usize;
    let mut out = Vec::with_capacity(words);
    let mut left = k;
    for _ in 0..words {
        let mut r = mt.next_u32();
        if left < 32 {
            r >>= 32 - left;
        }
        out.push(r);
        left -= 32;
    }
    Ok(ts.new_bigint(BigInt::from_biguint(Sign::Plus, BigUint::new(out))))
}

fn getstate(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let mt = this(o).mt.borrow();
    let mut v: Vec<ObjRef> = mt.state.iter().map(|&x| ts.new_int(x as i64)).collect();
    v.push(ts.new_int(mt.index as i64));
    Ok(ts.new_tuple(v))
}

fn setstate(ts: &ThreadState, o: &ObjRef, state: &ObjRef) -> PyResult<ObjRef> {
    let Some(t) = state.downcast::<PyTuple>() else {
        return Err(ts.type_error("state vector must be a tuple"));
    };
    if t.len() != N + 1 {
        return Err(ts.value_error("state vector is the wrong size"));
    }
    let mut new = [0u32; N];
    for (slot, v) in new.iter_mut().zip(t.items()) {
        let i = ab::index(ts, v)?;
        let big = i.downcast::<PyInt>().expect("int").0.to_big();
        let w = u32::try_from(&big).or_else(|_| i64::try_from(&big).map(|x| x as u32));
        *slot =
            w.map_err(|_| ts.overflow_error("Python int too large to convert to C unsigned long"))?;
    }
    let index = super::common::index_i64(ts, &t.items()[N])?;
    if index < 0 || index > N as i64 {
        return Err(ts.value_error("invalid state"));
    }
    let mut mt = this(o).mt.borrow_mut();
    mt.state = new;
    mt.index = index as usize;
    Ok(ts.none())
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("random", Meth::NoArgs(random)),
    MethodDef::new("seed", Meth::Fast(seed)),
    MethodDef::new("getstate", Meth::NoArgs(getstate)),
    MethodDef::new("setstate", Meth::O(setstate)),
    MethodDef::new("getrandbits", Meth::O(getrandbits)),
];

pub static SPEC: TypeSpec = TypeSpec {
    flags: flags::BASETYPE,
    slots: Slots {
        new: Some(random_new),
        ..Slots::NONE
    },
    methods: &[METHODS],
    ..TypeSpec::new("_random.Random", PayloadInfo::of::<PyRandom>())
};

/// Makes the `_random` module.
pub fn make(ts: &ThreadState) -> ObjRef {
    let m = ts.new_builtin_module("_random", &[]);
    add_type(ts, &m, &SPEC);
    m
}

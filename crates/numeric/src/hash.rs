//! Python's `hash()` of numbers, strings, bytes and tuples, as CPython 3.11 computes it
//! (`Python/pyhash.c`, `longobject.c`, `tupleobject.c`): numbers reduce modulo the Mersenne
//! prime 2**61 - 1 so that `hash(1) == hash(1.0) == hash(1+0j)`; `str` and `bytes` run
//! SipHash-1-3 over CPython's memory form (PEP 393: 1, 2 or 4 bytes a code point by the largest
//! code point), keyed by the interpreter's secret, so that with `PYTHONHASHSEED=0`'s key (all
//! zero) `hash('abc')` and set iteration orders equal CPython's; tuples use the xxHash-based mix.
//! A result of -1 becomes -2, as CPython reserves -1 for errors.

use std::hash::Hasher;

use num_bigint::BigUint;
use num_traits::ToPrimitive;
use siphasher::sip::SipHasher13;
use taipan_text::pystr::code_points;

use crate::Int;
use crate::int::magnitude;

/// `_PyHASH_BITS`.
pub const HASH_BITS: u32 = 61;
/// `_PyHASH_MODULUS`: 2**61 - 1.
pub const HASH_MODULUS: u64 = (1 << HASH_BITS) - 1;
/// `_PyHASH_INF`.
pub const HASH_INF: i64 = 314159;
/// `_PyHASH_IMAG`.
pub const HASH_IMAG: u64 = 1000003;

#[inline]
fn fix(h: i64) -> i64 {
    if h == -1 { -2 } else { h }
}

/// `hash(v)` of an `int`.
pub fn hash_int(v: &Int) -> i64 {
    match v {
        Int::Small(x) => hash_i64(*x),
        Int::Big(_) => {
            let (negative, m) = magnitude(v);
            let r = (m % BigUint::from(HASH_MODULUS)).to_u64().unwrap_or(0) as i64;
            fix(if negative { -r } else { r })
        }
    }
}

/// `hash(x)` of an `int` that fits an `i64`.
#[inline]
pub fn hash_i64(x: i64) -> i64 {
    let r = (x.unsigned_abs() % HASH_MODULUS) as i64;
    fix(if x < 0 { -r } else { r })
}

/// `frexp`: `x = m * 2**e` with `0.5 <= |m| < 1` (finite, non-zero `x`).
pub fn frexp(x: f64) -> (f64, i32) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7FF) as i32;
    if exp == 0 {
        // subnormal: scale into the normal range first
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7FF << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// `_Py_HashDouble(inst, v)`; a NaN hashes by identity (`identity` is the object's address,
/// CPython's `_Py_HashPointer`).
pub fn hash_float(v: f64, identity: usize) -> i64 {
    if !v.is_finite() {
        if v.is_infinite() {
            return if v > 0.0 { HASH_INF } else { -HASH_INF };
        }
        return hash_pointer(identity);
    }
    if v == 0.0 {
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let bits = HASH_BITS as i32;
    let e = if e >= 0 {
        e % bits
    } else {
        bits - 1 - ((-1 - e) % bits)
    } as u32;
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    fix((x as i64).wrapping_mul(sign))
}

/// `_Py_HashPointer`: the address rotated by 4 bits (objects are 16-byte aligned).
pub fn hash_pointer(p: usize) -> i64 {
    fix(p.rotate_right(4) as i64)
}

/// `hash(complex(re, im))`.
pub fn hash_complex(re: f64, im: f64, identity: usize) -> i64 {
    let hr = hash_float(re, identity) as u64;
    let hi = hash_float(im, identity) as u64;
    fix(hr.wrapping_add(HASH_IMAG.wrapping_mul(hi)) as i64)
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// `hash(tuple)` from the hashes of its items (3.11's xxHash-based `tuplehash`).
pub fn hash_tuple(items: impl ExactSizeIterator<Item = i64>) -> i64 {
    let len = items.len() as u64;
    let mut acc = XXPRIME_5;
    for lane in items {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add(len ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        1546275796
    } else {
        acc as i64
    }
}

/// The SipHash key (`_Py_HashSecret.siphash.k0`, `k1`).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct HashKey {
    pub k0: u64,
    pub k1: u64,
}

impl HashKey {
    /// The key CPython derives from `PYTHONHASHSEED=seed` (0: all zero, hashing not
    /// randomized): `lcg_urandom` over the 24-byte secret, of which the key is the first 16.
    pub fn from_seed(seed: u32) -> HashKey {
        if seed == 0 {
            return HashKey::default();
        }
        let mut buf = [0u8; 16];
        let mut x = seed;
        for b in &mut buf {
            x = x.wrapping_mul(214013).wrapping_add(2531011);
            *b = ((x >> 16) & 0xFF) as u8;
        }
        HashKey {
            k0: u64::from_le_bytes(buf[..8].try_into().unwrap_or_default()),
            k1: u64::from_le_bytes(buf[8..].try_into().unwrap_or_default()),
        }
    }
}

fn siphash_finish(h: SipHasher13) -> i64 {
    fix(h.finish() as i64)
}

/// `hash(b)` of `bytes` (0 for empty).
pub fn hash_bytes(b: &[u8], key: HashKey) -> i64 {
    if b.is_empty() {
        return 0;
    }
    let mut h = SipHasher13::new_with_keys(key.k0, key.k1);
    h.write(b);
    siphash_finish(h)
}

/// `hash(s)` of a `str` given as generalized UTF-8: SipHash-1-3 over its PEP 393 form.
pub fn hash_str(s: &[u8], key: HashKey) -> i64 {
    if s.is_empty() {
        return 0;
    }
    if s.is_ascii() {
        return hash_bytes(s, key);
    }
    let max = code_points(s).max().unwrap_or(0);
    let mut h = SipHasher13::new_with_keys(key.k0, key.k1);
    let mut buf = [0u8; 256];
    let mut n = 0;
    let width = if max < 0x100 {
        1
    } else if max < 0x10000 {
        2
    } else {
        4
    };
    for cp in code_points(s) {
        buf[n..n + width].copy_from_slice(&cp.to_le_bytes()[..width]);
        n += width;
        if n == buf.len() {
            h.write(&buf);
            n = 0;
        }
    }
    h.write(&buf[..n]);
    siphash_finish(h)
}

//! The built-in hash modules behind `hashlib` (CPython's `_md5`, `_sha1`, `_sha256`,
//! `_sha512`, `_sha3`, `_blake2`): one hash object implementation ([`Hash`]: `update`,
//! `digest`, `hexdigest`, `copy`, `name`, `digest_size`, `block_size`; the SHAKE variants'
//! `digest(length)`) over the RustCrypto digests and `blake2b_simd`/`blake2s_simd`; each
//! module's constructors and type objects. The BLAKE2 parameter block is `blake2.rs`.

mod blake2;

use std::cell::RefCell;

use sha2::digest::{DynDigest, ExtendableOutput, Update};
use taipan_object::typeobj::{GetSetDef, Meth, MethodDef, PayloadInfo, TypeSpec};
use taipan_object::types::bytes::buffer;
use taipan_object::types::str_::PyStr;
use taipan_object::{ObjRef, PyPayload, PyResult, ThreadState, alloc_object};

use super::common::{index_i64, split_kw, type_of};

/// A running hash computation.
enum Algo {
    Fixed(Box<dyn DynDigest>),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
    Blake2b(Box<blake2b_simd::State>),
    Blake2s(Box<blake2s_simd::State>),
}

impl Clone for Algo {
    fn clone(&self) -> Self {
        match self {
            Algo::Fixed(d) => Algo::Fixed(d.box_clone()),
            Algo::Shake128(s) => Algo::Shake128(s.clone()),
            Algo::Shake256(s) => Algo::Shake256(s.clone()),
            Algo::Blake2b(s) => Algo::Blake2b(s.clone()),
            Algo::Blake2s(s) => Algo::Blake2s(s.clone()),
        }
    }
}

/// A hash object of any of the built-in algorithms.
pub struct Hash {
    state: RefCell<Algo>,
    /// `name`.
    name: &'static str,
    digest_size: usize,
    block_size: usize,
}
impl PyPayload for Hash {}

fn this(o: &ObjRef) -> &Hash {
    o.downcast::<Hash>().expect("hash object")
}

fn feed(ts: &ThreadState, h: &Hash, data: &ObjRef) -> PyResult<()> {
    if data.is_a::<PyStr>() {
        return Err(ts.type_error("Strings must be encoded before hashing"));
    }
    let b =
        buffer(ts, data).map_err(|_| ts.type_error("object supporting the buffer API required"))?;
    match &mut *h.state.borrow_mut() {
        Algo::Fixed(d) => d.update(&b),
        Algo::Shake128(s) => s.update(&b),
        Algo::Shake256(s) => s.update(&b),
        Algo::Blake2b(s) => {
            s.update(&b);
        }
        Algo::Blake2s(s) => {
            s.update(&b);
        }
    }
    Ok(())
}

/// The digest of what was fed so far (`len` for SHAKE), leaving the state as it was.
fn digest_bytes(h: &Hash, len: usize) -> Vec<u8> {
    match h.state.borrow().clone() {
        Algo::Fixed(d) => d.finalize().to_vec(),
        Algo::Shake128(s) => s.finalize_boxed(len).to_vec(),
        Algo::Shake256(s) => s.finalize_boxed(len).to_vec(),
        Algo::Blake2b(s) => s.finalize().as_bytes().to_vec(),
        Algo::Blake2s(s) => s.finalize().as_bytes().to_vec(),
    }
}

fn hex(v: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(v.len() * 2);
    for b in v {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}

/// Makes a hash object of type `spec` and feeds it the constructor's data, if any.
fn new_hash(
    ts: &ThreadState,
    spec: &'static TypeSpec,
    algo: Algo,
    name: &'static str,
    digest_size: usize,
    block_size: usize,
    data: Option<ObjRef>,
) -> PyResult<ObjRef> {
    let o = alloc_object(
        ts,
        &type_of(ts, spec),
        Hash {
            state: RefCell::new(algo),
            name,
            digest_size,
            block_size,
        },
    );
    if let Some(d) = data {
        feed(ts, this(&o), &d)?;
    }
    Ok(o)
}

/// The `(string=b'', *, usedforsecurity=True)` arguments of the fixed-size constructors.
fn data_arg(
    ts: &ThreadState,
    fname: &str,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<Option<ObjRef>> {
    let (pos, kws) = split_kw(args, kw);
    taipan_object::args::check_positional(ts, fname, pos.len(), 0, 1)?;
    let mut data = pos.first().cloned();
    for (k, v) in kws {
        match k {
            "string" if data.is_none() => data = Some(v.clone()),
            "string" => {
                return Err(ts.type_error(format!(
                    "argument for {fname}() given by name ('string') and position (1)"
                )));
            }
            "usedforsecurity" => {}
            _ => {
                return Err(ts.type_error(format!(
                    "{fname}() got an unexpected keyword argument '{k}'"
                )));
            }
        }
    }
    Ok(data)
}

fn update(ts: &ThreadState, o: &ObjRef, data: &ObjRef) -> PyResult<ObjRef> {
    feed(ts, this(o), data)?;
    Ok(ts.none())
}
fn digest(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let h = this(o);
    Ok(ts.new_bytes(digest_bytes(h, h.digest_size)))
}
fn hexdigest(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let h = this(o);
    Ok(ts.new_string(hex(&digest_bytes(h, h.digest_size))))
}
fn copy(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let h = this(o);
    Ok(alloc_object(
        ts,
        o.class(),
        Hash {
            state: RefCell::new(h.state.borrow().clone()),
            name: h.name,
            digest_size: h.digest_size,
            block_size: h.block_size,
        },
    ))
}
fn name(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_str(this(o).name))
}
fn digest_size(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(this(o).digest_size as i64))
}
fn block_size(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(this(o).block_size as i64))
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("update", Meth::O(update)),
    MethodDef::new("digest", Meth::NoArgs(digest)),
    MethodDef::new("hexdigest", Meth::NoArgs(hexdigest)),
    MethodDef::new("copy", Meth::NoArgs(copy)),
];
static GETSETS: &[GetSetDef] = &[
    GetSetDef::ro("name", name),
    GetSetDef::ro("digest_size", digest_size),
    GetSetDef::ro("block_size", block_size),
];

/// SHAKE's `digest(length)`/`hexdigest(length)`.
fn shake_len(ts: &ThreadState, o: &ObjRef, a: &[ObjRef], f: &str) -> PyResult<usize> {
    let [v] = a else {
        return Err(ts.type_error(format!(
            "{}.{f}() takes exactly one argument ({} given)",
            this(o).name,
            a.len()
        )));
    };
    let n = index_i64(ts, v)
        .map_err(|_| ts.overflow_error("Python int too large to convert to C unsigned long"))?;
    if n < 0 {
        return Err(ts.value_error("value must be positive"));
    }
    if n >= 1 << 29 {
        return Err(ts.value_error("length is too large"));
    }
    Ok(n as usize)
}
fn shake_digest(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let n = shake_len(ts, o, a, "digest")?;
    Ok(ts.new_bytes(digest_bytes(this(o), n)))
}
fn shake_hexdigest(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    let n = shake_len(ts, o, a, "hexdigest")?;
    Ok(ts.new_string(hex(&digest_bytes(this(o), n))))
}
static SHAKE_METHODS: &[MethodDef] = &[
    MethodDef::new("update", Meth::O(update)),
    MethodDef::new("digest", Meth::Fast(shake_digest)),
    MethodDef::new("hexdigest", Meth::Fast(shake_hexdigest)),
    MethodDef::new("copy", Meth::NoArgs(copy)),
];

macro_rules! hash_type {
    ($spec:ident, $tyname:literal) => {
        static $spec: TypeSpec = TypeSpec {
            methods: &[METHODS],
            getsets: GETSETS,
            ..TypeSpec::new($tyname, PayloadInfo::of::<Hash>())
        };
    };
    ($spec:ident, $tyname:literal, shake) => {
        static $spec: TypeSpec = TypeSpec {
            methods: &[SHAKE_METHODS],
            getsets: GETSETS,
            ..TypeSpec::new($tyname, PayloadInfo::of::<Hash>())
        };
    };
}

/// A constructor of a fixed-size digest: `fn name(string=b'', *, usedforsecurity=True)`.
macro_rules! fixed_ctor {
    ($fn:ident, $spec:ident, $tyname:literal, $name:literal, $ty:ty, $block:expr) => {
        hash_type!($spec, $tyname);
        fn $fn(
            ts: &ThreadState,
            _: &ObjRef,
            a: &[ObjRef],
            kw: Option<&ObjRef>,
        ) -> PyResult<ObjRef> {
            let data = data_arg(ts, $name, a, kw)?;
            let d: Box<dyn DynDigest> = Box::new(<$ty as sha2::digest::Digest>::new());
            let size = d.output_size();
            new_hash(ts, &$spec, Algo::Fixed(d), $name, size, $block, data)
        }
    };
}

fixed_ctor!(md5, MD5, "_md5.md5", "md5", md5::Md5, 64);
fixed_ctor!(sha1, SHA1, "_sha1.sha1", "sha1", sha1::Sha1, 64);
fixed_ctor!(sha224, SHA224, "_sha256.sha224", "sha224", sha2::Sha224, 64);
fixed_ctor!(sha256, SHA256, "_sha256.sha256", "sha256", sha2::Sha256, 64);
fixed_ctor!(
    sha384,
    SHA384,
    "_sha512.sha384",
    "sha384",
    sha2::Sha384,
    128
);
fixed_ctor!(
    sha512,
    SHA512,
    "_sha512.sha512",
    "sha512",
    sha2::Sha512,
    128
);
fixed_ctor!(
    sha3_224,
    SHA3_224,
    "_sha3.sha3_224",
    "sha3_224",
    sha3::Sha3_224,
    144
);
fixed_ctor!(
    sha3_256,
    SHA3_256,
    "_sha3.sha3_256",
    "sha3_256",
    sha3::Sha3_256,
    136
);
fixed_ctor!(
    sha3_384,
    SHA3_384,
    "_sha3.sha3_384",
    "sha3_384",
    sha3::Sha3_384,
    104
);
fixed_ctor!(
    sha3_512,
    SHA3_512,
    "_sha3.sha3_512",
    "sha3_512",
    sha3::Sha3_512,
    72
);

hash_type!(SHAKE128, "_sha3.shake_128", shake);
hash_type!(SHAKE256, "_sha3.shake_256", shake);
fn shake_128(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    let data = data_arg(ts, "shake_128", a, kw)?;
    let algo = Algo::Shake128(Default::default());
    new_hash(ts, &SHAKE128, algo, "shake_128", 0, 168, data)
}
fn shake_256(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    let data = data_arg(ts, "shake_256", a, kw)?;
    let algo = Algo::Shake256(Default::default());
    new_hash(ts, &SHAKE256, algo, "shake_256", 0, 136, data)
}

hash_type!(BLAKE2B, "_blake2.blake2b");
hash_type!(BLAKE2S, "_blake2.blake2s");
/// The `blake2b`/`blake2s` constructors: the parsed parameters through the crate's `Params`
/// builder (the two crates' builders have the same methods).
macro_rules! blake2_ctor {
    ($fname:ident, $crate_:ident, $ty:ident, $variant:ident, $max:literal, $block:literal) => {
        fn $fname(
            ts: &ThreadState,
            _: &ObjRef,
            a: &[ObjRef],
            kw: Option<&ObjRef>,
        ) -> PyResult<ObjRef> {
            let name = stringify!($fname);
            let (p, data) = blake2::parse(ts, name, $max, a, kw)?;
            let mut params = $crate_::Params::new();
            params
                .hash_length(p.digest_size)
                .key(&p.key)
                .salt(&p.salt)
                .personal(&p.person)
                .fanout(p.fanout)
                .max_depth(p.depth)
                .max_leaf_length(p.leaf_size)
                .node_offset(p.node_offset)
                .node_depth(p.node_depth)
                .inner_hash_length(p.inner_size)
                .last_node(p.last_node);
            let algo = Algo::$variant(Box::new(params.to_state()));
            new_hash(ts, &$ty, algo, name, p.digest_size, $block, data)
        }
    };
}
blake2_ctor!(blake2b, blake2b_simd, BLAKE2B, Blake2b, 64, 128);
blake2_ctor!(blake2s, blake2s_simd, BLAKE2S, Blake2s, 32, 64);

/// Makes a module of `functions` and readies `types` (constructors are the functions, as in
/// CPython, where `_md5.md5` is a function returning an `_md5.md5` object).
fn module(
    ts: &ThreadState,
    name: &str,
    functions: &'static [MethodDef],
    types: &[&'static TypeSpec],
) -> ObjRef {
    let m = ts.new_builtin_module(name, functions);
    for t in types {
        type_of(ts, t);
    }
    m
}

/// Makes the `_md5` module.
pub fn make_md5(ts: &ThreadState) -> ObjRef {
    static F: &[MethodDef] = &[MethodDef::new("md5", Meth::FastKw(md5))];
    module(ts, "_md5", F, &[&MD5])
}
/// Makes the `_sha1` module.
pub fn make_sha1(ts: &ThreadState) -> ObjRef {
    static F: &[MethodDef] = &[MethodDef::new("sha1", Meth::FastKw(sha1))];
    module(ts, "_sha1", F, &[&SHA1])
}
/// Makes the `_sha256` module.
pub fn make_sha256(ts: &ThreadState) -> ObjRef {
    static F: &[MethodDef] = &[
        MethodDef::new("sha224", Meth::FastKw(sha224)),
        MethodDef::new("sha256", Meth::FastKw(sha256)),
    ];
    module(ts, "_sha256", F, &[&SHA224, &SHA256])
}
/// Makes the `_sha512` module (also what `random.seed(str/bytes)` uses).
pub fn make_sha512(ts: &ThreadState) -> ObjRef {
    static F: &[MethodDef] = &[
        MethodDef::new("sha384", Meth::FastKw(sha384)),
        MethodDef::new("sha512", Meth::FastKw(sha512)),
    ];
    module(ts, "_sha512", F, &[&SHA384, &SHA512])
}
/// Makes the `_sha3` module.
pub fn make_sha3(ts: &ThreadState) -> ObjRef {
    static F: &[MethodDef] = &[
        MethodDef::new("sha3_224", Meth::FastKw(sha3_224)),
        MethodDef::new("sha3_256", Meth::FastKw(sha3_256)),
        MethodDef::new("sha3_384", Meth::FastKw(sha3_384)),
        MethodDef::new("sha3_512", Meth::FastKw(sha3_512)),
        MethodDef::new("shake_128", Meth::FastKw(shake_128)),
        MethodDef::new("shake_256", Meth::FastKw(shake_256)),
    ];
    let m = module(
        ts,
        "_sha3",
        F,
        &[
            &SHA3_224, &SHA3_256, &SHA3_384, &SHA3_512, &SHAKE128, &SHAKE256,
        ],
    );
    super::common::set_attr(ts, &m, "implementation", ts.new_str("tiny_sha3"));
    m
}
/// Makes the `_blake2` module.
pub fn make_blake2(ts: &ThreadState) -> ObjRef {
    static F: &[MethodDef] = &[
        MethodDef::new("blake2b", Meth::FastKw(blake2b)),
        MethodDef::new("blake2s", Meth::FastKw(blake2s)),
    ];
    let m = module(ts, "_blake2", F, &[&BLAKE2B, &BLAKE2S]);
    for (k, v) in [
        ("BLAKE2B_SALT_SIZE", 16),
        ("BLAKE2B_PERSON_SIZE", 16),
        ("BLAKE2B_MAX_KEY_SIZE", 64),
        ("BLAKE2B_MAX_DIGEST_SIZE", 64),
        ("BLAKE2S_SALT_SIZE", 8),
        ("BLAKE2S_PERSON_SIZE", 8),
        ("BLAKE2S_MAX_KEY_SIZE", 32),
        ("BLAKE2S_MAX_DIGEST_SIZE", 32),
    ] {
        super::common::set_attr(ts, &m, k, ts.new_int(v));
    }
    m
}

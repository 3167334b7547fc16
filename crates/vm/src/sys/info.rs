//! `sys`'s descriptive attributes: the struct sequences `float_info`, `int_info`, `hash_info`,
//! `flags`, `thread_info`, `version_info` (values of CPython 3.11.7 on 64-bit Linux, through
//! `taipan_object::types::structseq`), `maxunicode`, `float_repr_style`, `api_version`, the
//! encoding queries, and the int <-> str digit limit (`get_int_max_str_digits` /
//! `set_int_max_str_digits`, enforced by `int`'s conversions), `breakpointhook`, `copyright`.

use taipan_object::abstract_ as ab;
use taipan_object::args::{self, ArgSpec};
use taipan_object::typeobj::{Meth, MethodDef};
use taipan_object::types::descr::new_builtin_function;
use taipan_object::types::dict::PyDict;
use taipan_object::types::int::{max_str_digits, set_max_str_digits};
use taipan_object::types::module::PyModule;
use taipan_object::types::structseq::{self, StructSeqDesc};
use taipan_object::{ObjRef, PyResult, ThreadState};

/// `sys.int_info.str_digits_check_threshold`: the smallest non-zero limit.
const STR_DIGITS_THRESHOLD: i64 = 640;

static FLOAT_INFO: StructSeqDesc = StructSeqDesc {
    name: "sys.float_info",
    fields: &[
        "max",
        "max_exp",
        "max_10_exp",
        "min",
        "min_exp",
        "min_10_exp",
        "dig",
        "mant_dig",
        "epsilon",
        "radix",
        "rounds",
    ],
    doc: "sys.float_info\n\nA named tuple holding information about the float type. It contains low level\ninformation about the precision and internal representation. Please study\nyour system's :file:`float.h` for more information.",
    instantiable: true,
};
static INT_INFO: StructSeqDesc = StructSeqDesc {
    name: "sys.int_info",
    fields: &[
        "bits_per_digit",
        "sizeof_digit",
        "default_max_str_digits",
        "str_digits_check_threshold",
    ],
    doc: "sys.int_info\n\nA named tuple that holds information about Python's\ninternal representation of integers.  The attributes are read only.",
    instantiable: true,
};
static HASH_INFO: StructSeqDesc = StructSeqDesc {
    name: "sys.hash_info",
    fields: &[
        "width",
        "modulus",
        "inf",
        "nan",
        "imag",
        "algorithm",
        "hash_bits",
        "seed_bits",
        "cutoff",
    ],
    doc: "hash_info\n\nA named tuple providing parameters used for computing\nhashes. The attributes are read only.",
    instantiable: true,
};
static FLAGS: StructSeqDesc = StructSeqDesc {
    name: "sys.flags",
    fields: &[
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
        "dev_mode",
        "utf8_mode",
        "warn_default_encoding",
        "safe_path",
        "int_max_str_digits",
    ],
    doc: "sys.flags\n\nFlags provided through command line arguments or environment vars.",
    instantiable: false,
};
static THREAD_INFO: StructSeqDesc = StructSeqDesc {
    name: "sys.thread_info",
    fields: &["name", "lock", "version"],
    doc: "sys.thread_info\n\nA named tuple holding information about the thread implementation.",
    instantiable: true,
};
static VERSION_INFO: StructSeqDesc = StructSeqDesc {
    name: "sys.version_info",
    fields: &["major", "minor", "micro", "releaselevel", "serial"],
    doc: "sys.version_info\n\nVersion information as a named tuple.",
    instantiable: false,
};

fn get_int_max_str_digits(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(max_str_digits() as i64))
}
fn set_int_max_str_digits(
    ts: &ThreadState,
    _: &ObjRef,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "set_int_max_str_digits",
        names: &["maxdigits"],
        required: 1,
        posonly: 0,
        kwonly: 1,
    };
    let [n] = args::parse::<1>(ts, &SPEC, a, kw)?;
    let n = ab::index_isize(ts, &n.expect("required"))?;
    if n != 0 && n < STR_DIGITS_THRESHOLD as isize {
        return Err(ts.value_error(format!(
            "maxdigits must be 0 or larger than {STR_DIGITS_THRESHOLD}"
        )));
    }
    set_max_str_digits(n as usize);
    Ok(ts.none())
}
fn getdefaultencoding(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.intern("utf-8"))
}
fn getfilesystemencoding(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.intern("utf-8"))
}
fn getfilesystemencodeerrors(ts: &ThreadState, _: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.intern("surrogateescape"))
}

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::new(
        "get_int_max_str_digits",
        Meth::NoArgs(get_int_max_str_digits),
    ),
    MethodDef::new(
        "set_int_max_str_digits",
        Meth::FastKw(set_int_max_str_digits),
    ),
    MethodDef::new("getdefaultencoding", Meth::NoArgs(getdefaultencoding)),
    MethodDef::new("getfilesystemencoding", Meth::NoArgs(getfilesystemencoding)),
    MethodDef::new(
        "getfilesystemencodeerrors",
        Meth::NoArgs(getfilesystemencodeerrors),
    ),
];

/// `PYTHONINTMAXSTRDIGITS`, when set to a valid limit (`-1`: not set).
fn env_int_max_str_digits() -> i64 {
    match std::env::var("PYTHONINTMAXSTRDIGITS")
        .ok()
        .and_then(|v| v.trim().parse::<i64>().ok())
    {
        Some(n) if n == 0 || n >= STR_DIGITS_THRESHOLD => n,
        _ => -1,
    }
}

/// Adds the attributes and functions above to the `sys` module `m`.
pub fn install(ts: &ThreadState, m: &ObjRef) {
    let Some(d) = m.downcast::<PyModule>().map(|m| m.dict().clone()) else {
        return;
    };
    let Some(dd) = d.downcast::<PyDict>() else {
        return;
    };
    let set = |k: &str, v: ObjRef| {
        let _ = dd.set_item_str(ts, k, v);
    };
    for def in FUNCTIONS {
        set(def.name, new_builtin_function(ts, def, Some(m.clone())));
    }
    let int = |v: i64| ts.new_int(v);
    let float = |v: f64| ts.new_float(v);
    let seq = |desc: &'static StructSeqDesc, items: Vec<ObjRef>| {
        let ty = structseq::new_type(ts, desc);
        structseq::new(ts, &ty, items)
    };
    set(
        "float_info",
        seq(
            &FLOAT_INFO,
            vec![
                float(f64::MAX),
                int(f64::MAX_EXP as i64),
                int(f64::MAX_10_EXP as i64),
                float(f64::MIN_POSITIVE),
                int(f64::MIN_EXP as i64),
                int(f64::MIN_10_EXP as i64),
                int(f64::DIGITS as i64),
                int(f64::MANTISSA_DIGITS as i64),
                float(f64::EPSILON),
                int(f64::RADIX as i64),
                int(1),
            ],
        ),
    );
    set(
        "int_info",
        seq(
            &INT_INFO,
            vec![int(30), int(4), int(4300), int(STR_DIGITS_THRESHOLD)],
        ),
    );
    set(
        "hash_info",
        seq(
            &HASH_INFO,
            vec![
                int(64),
                int((1i64 << 61) - 1),
                int(314159),
                int(0),
                int(1000003),
                ts.intern("siphash13"),
                int(64),
                int(128),
                int(0),
            ],
        ),
    );
    let env_digits = env_int_max_str_digits();
    if env_digits >= 0 {
        set_max_str_digits(env_digits as usize);
    }
    let f = ts.bool_obj(false);
    set(
        "flags",
        seq(
            &FLAGS,
            vec![
                int(0),
                int(0),
                int(0),
                int(0),
                int(1),
                int(0),
                int(0),
                int(0),
                int(0),
                int(0),
                int(0),
                int(1),
                int(0),
                f.clone(),
                int(0),
                int(0),
                f,
                int(env_digits),
            ],
        ),
    );
    set(
        "thread_info",
        seq(
            &THREAD_INFO,
            vec![
                ts.intern("pthread"),
                ts.intern("semaphore"),
                ts.new_str("NPTL 2.36"),
            ],
        ),
    );
    let version = seq(
        &VERSION_INFO,
        vec![int(3), int(11), int(7), ts.intern("final"), int(0)],
    );
    set("version_info", version.clone());
    if let Some(imp) = dd.get_str_rs(ts, "implementation") {
        let _ = ab::setattr(ts, &imp, &ts.intern("version"), Some(&version));
    }
    set("maxunicode", int(0x10ffff));
    set("float_repr_style", ts.intern("short"));
    set("api_version", int(1013));
    set("abiflags", ts.intern(""));
    set("platlibdir", ts.intern("lib"));
    set("pycache_prefix", ts.none());
    let hook = new_builtin_function(ts, &crate::builtins::site::BREAKPOINTHOOK, Some(m.clone()));
    set("breakpointhook", hook.clone());
    set("__breakpointhook__", hook);
    set("copyright", ts.new_str(crate::builtins::site::COPYRIGHT));
}

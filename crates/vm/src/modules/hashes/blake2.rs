//! The BLAKE2 constructors' parameter block (`blake2b(data=b'', /, *, digest_size, key, salt,
//! person, fanout, depth, leaf_size, node_offset, node_depth, inner_size, last_node,
//! usedforsecurity)`), checked with CPython's `_blake2` messages.

use num_traits::ToPrimitive;
use taipan_ast::Int;
use taipan_object::abstract_ as ab;
use taipan_object::args::{self, ArgSpec};
use taipan_object::types::bytes::buffer;
use taipan_object::types::int::PyInt;
use taipan_object::{ObjRef, PyResult, ThreadState};

/// The checked parameters.
pub struct Params {
    pub digest_size: usize,
    pub key: Vec<u8>,
    pub salt: Vec<u8>,
    pub person: Vec<u8>,
    pub fanout: u8,
    pub depth: u8,
    pub leaf_size: u32,
    pub node_offset: u64,
    pub node_depth: u8,
    pub inner_size: usize,
    pub last_node: bool,
}

fn byte_param(ts: &ThreadState, o: Option<ObjRef>, what: &str, max: usize) -> PyResult<Vec<u8>> {
    let Some(o) = o else { return Ok(Vec::new()) };
    let v = buffer(ts, &o)?.to_vec();
    if v.len() > max {
        return Err(ts.value_error(format!("maximum {what} length is {max} bytes")));
    }
    Ok(v)
}

fn small(ts: &ThreadState, o: Option<ObjRef>, default: i64) -> PyResult<i64> {
    match o {
        None => Ok(default),
        Some(o) => {
            if !o.is_a::<PyInt>() {
                return Err(ts.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    o.typ().name()
                )));
            }
            let i = ab::index(ts, &o)?;
            match taipan_object::types::int::as_i64(&i) {
                Some(v) => Ok(v),
                None => Err(ts.overflow_error("int too big to convert")),
            }
        }
    }
}

/// Parses and checks the arguments of `blake2b` (`max` 64) or `blake2s` (`max` 32); returns
/// the parameters and the data to feed first.
pub fn parse(
    ts: &ThreadState,
    fname: &'static str,
    max: usize,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<(Params, Option<ObjRef>)> {
    static B: ArgSpec = ArgSpec {
        fname: "blake2b",
        names: &[
            "",
            "digest_size",
            "key",
            "salt",
            "person",
            "fanout",
            "depth",
            "leaf_size",
            "node_offset",
            "node_depth",
            "inner_size",
            "last_node",
            "usedforsecurity",
        ],
        required: 0,
        posonly: 1,
        kwonly: 1,
    };
    static S: ArgSpec = ArgSpec {
        fname: "blake2s",
        ..B
    };
    let spec = if fname == "blake2b" { &B } else { &S };
    let [
        data,
        ds,
        key,
        salt,
        person,
        fanout,
        depth,
        leaf,
        offset,
        ndepth,
        inner,
        last,
        _,
    ] = args::parse::<13>(ts, spec, a, kw)?;
    let salt_max = max / 4;
    let digest_size = small(ts, ds, max as i64)?;
    if digest_size < 1 || digest_size > max as i64 {
        return Err(ts.value_error(format!("digest_size must be between 1 and {max} bytes")));
    }
    let key = byte_param(ts, key, "key", max)?;
    let salt = byte_param(ts, salt, "salt", salt_max)?;
    let person = byte_param(ts, person, "person", salt_max)?;
    let fanout = small(ts, fanout, 1)?;
    if !(0..=255).contains(&fanout) {
        return Err(ts.value_error("fanout must be between 0 and 255"));
    }
    let depth = small(ts, depth, 1)?;
    if !(1..=255).contains(&depth) {
        return Err(ts.value_error("depth must be between 1 and 255"));
    }
    let leaf = small(ts, leaf, 0)?;
    if leaf < 0 {
        return Err(ts.value_error("value must be positive"));
    }
    if leaf > u32::MAX as i64 {
        return Err(ts.overflow_error("leaf_size is too large"));
    }
    let node_offset = match offset {
        None => 0u64,
        Some(o) => {
            let i = ab::index(ts, &o)?;
            let (negative, v) = match i.downcast::<PyInt>().map(|i| &i.0) {
                Some(Int::Small(v)) => (*v < 0, u64::try_from(*v).ok()),
                Some(Int::Big(b)) => (b.sign() == num_bigint::Sign::Minus, b.to_u64()),
                None => (false, None),
            };
            if negative {
                return Err(ts.value_error("value must be positive"));
            }
            match v {
                Some(v) => v,
                None => return Err(ts.overflow_error("int too big to convert")),
            }
        }
    };
    if max == 32 && node_offset >= 1 << 48 {
        return Err(ts.overflow_error("node_offset is too large"));
    }
    let node_depth = small(ts, ndepth, 0)?;
    if !(0..=255).contains(&node_depth) {
        return Err(ts.value_error("node_depth must be between 0 and 255"));
    }
    let inner = small(ts, inner, 0)?;
    if inner < 0 || inner > max as i64 {
        return Err(ts.value_error(format!("inner_size must be between 0 and is {max}")));
    }
    let last_node = match last {
        Some(l) => ab::is_true(ts, &l)?,
        None => false,
    };
    Ok((
        Params {
            digest_size: digest_size as usize,
            key,
            salt,
            person,
            fanout: fanout as u8,
            depth: depth as u8,
            leaf_size: leaf as u32,
            node_offset,
            node_depth: node_depth as u8,
            inner_size: inner as usize,
            last_node,
        },
        data,
    ))
}

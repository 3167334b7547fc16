//! `bytearray`: a mutable byte buffer (`RefCell<Vec<u8>>`, never borrowed across a call into
//! Python): repr, comparison, item and slice assignment, `+=`/`*=`, the constructor, and the
//! mutating methods (`append`, `extend`, `insert`, `pop`, `remove`, `clear`, `copy`,
//! `reverse`). The methods it shares with `bytes` are in `bytes_methods`.

use std::cell::{Cell, Ref, RefCell};

use crate::abstract_ as ab;
use crate::error::PyResult;
use crate::header::{ObjRef, PyPayload, alloc_object};
use crate::thread::ThreadState;
use crate::typeobj::slots::BinaryFn;
use crate::typeobj::{Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags, nb};
use crate::types::bytes::{self as b, as_bytes_like, byte_value};
use crate::types::slice::PySlice;

pub struct PyByteArray {
    v: RefCell<Vec<u8>>,
    /// Live memoryviews of this buffer (`ob_exports`): while any, resizing raises BufferError.
    exports: Cell<usize>,
}

impl PyPayload for PyByteArray {
    fn class(ts: &ThreadState) -> &ObjRef {
        &ts.types.bytearray
    }
}

impl PyByteArray {
    pub fn new(v: Vec<u8>) -> PyByteArray {
        PyByteArray {
            v: RefCell::new(v),
            exports: Cell::new(0),
        }
    }
    /// A memoryview starts (`true`) or stops (`false`) exporting this buffer.
    pub fn export(&self, start: bool) {
        let n = self.exports.get();
        self.exports
            .set(if start { n + 1 } else { n.saturating_sub(1) });
    }
    /// CPython's `_canresize`: BufferError while memoryviews export the buffer.
    pub fn check_resize(&self, ts: &ThreadState) -> PyResult<()> {
        if self.exports.get() > 0 {
            return Err(ts.new_error(
                &ts.exc.buffer_error,
                "Existing exports of data: object cannot be re-sized",
            ));
        }
        Ok(())
    }
    pub fn borrow(&self) -> Ref<'_, Vec<u8>> {
        self.v.borrow()
    }
    /// Runs `f` on the buffer (no Python code may run inside).
    pub fn with<R>(&self, f: impl FnOnce(&mut Vec<u8>) -> R) -> R {
        f(&mut self.v.borrow_mut())
    }
}

impl ThreadState {
    pub fn new_bytearray(&self, v: Vec<u8>) -> ObjRef {
        alloc_object(self, &self.types.bytearray, PyByteArray::new(v))
    }
}

fn this(o: &ObjRef) -> &PyByteArray {
    o.downcast::<PyByteArray>().expect("bytearray")
}

fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let inner = taipan_text::bytes_repr(&this(o).borrow());
    Ok(ts.new_string(format!("{}({inner})", o.typ().name())))
}
fn len(_: &ThreadState, o: &ObjRef) -> PyResult<usize> {
    Ok(this(o).borrow().len())
}
fn getitem(ts: &ThreadState, o: &ObjRef, k: &ObjRef) -> PyResult<ObjRef> {
    let a = this(o);
    if let Some(s) = k.downcast::<PySlice>() {
        // The slice's `__index__` may resize the buffer: select against it afterwards.
        let n = a.borrow().len();
        let ix = s.indices(ts, n)?;
        let v = b::slice_select(&a.borrow(), &ix);
        return Ok(ts.new_bytearray(v));
    }
    if k.typ().slots().index.is_none() {
        return Err(ts.type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            k.typ().name()
        )));
    }
    let i = ab::index_isize(ts, k)?;
    let d = a.borrow();
    match b::wrap_index(i, d.len()) {
        Some(j) => Ok(ts.new_int(d[j] as i64)),
        None => Err(ts.index_error("bytearray index out of range")),
    }
}
fn contains(ts: &ThreadState, o: &ObjRef, k: &ObjRef) -> PyResult<bool> {
    let data = this(o).borrow().clone();
    b::contains_in(ts, &data, k)
}

/// `b[k] = v` / `del b[k]`. As CPython's `bytearray_ass_subscript`, the value is converted
/// first, then the key; either may run Python code that resizes the buffer, so every index
/// is checked against the buffer's length at the moment of the write.
fn setitem(ts: &ThreadState, o: &ObjRef, k: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    let a = this(o);
    if let Some(s) = k.downcast::<PySlice>() {
        let new: Option<Vec<u8>> = match v {
            None => None,
            Some(v) if v.typ().slots().index.is_some() && as_bytes_like(v).is_none() => {
                return Err(ts.type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                ));
            }
            Some(v) => Some(match as_bytes_like(v) {
                Some(d) => d.to_vec(),
                None => b::bytes_from_object(ts, v, "bytearray")?,
            }),
        };
        let n = a.borrow().len();
        let ix = s.indices(ts, n)?;
        if ix.step == 1 {
            let new = new.unwrap_or_default();
            if new.len() != ix.len {
                a.check_resize(ts)?;
            }
            let start = ix.start.max(0) as usize;
            a.with(|d| {
                let start = start.min(d.len());
                let end = (start + ix.len).min(d.len());
                d.splice(start..end, new);
            });
            return Ok(());
        }
        let idx = (0..ix.len).map(|i| (ix.start + i as isize * ix.step) as usize);
        // As CPython, assigning nothing to an extended slice deletes it.
        return match new.filter(|n| !n.is_empty()) {
            None => {
                a.check_resize(ts)?;
                let mut sorted: Vec<usize> = idx.collect();
                sorted.sort_unstable();
                a.with(|d| {
                    for i in sorted.into_iter().rev() {
                        if i < d.len() {
                            d.remove(i);
                        }
                    }
                });
                Ok(())
            }
            Some(new) => {
                if new.len() != ix.len {
                    return Err(ts.value_error(format!(
                        "attempt to assign bytes of size {} to extended slice of size {}",
                        new.len(),
                        ix.len
                    )));
                }
                a.with(|d| {
                    for (i, x) in idx.zip(new) {
                        if let Some(slot) = d.get_mut(i) {
                            *slot = x;
                        }
                    }
                });
                Ok(())
            }
        };
    }
    if k.typ().slots().index.is_none() {
        return Err(ts.type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            k.typ().name()
        )));
    }
    let x = match v {
        Some(v) => Some(byte_value(ts, v)?),
        None => None,
    };
    let i = ab::index_isize(ts, k)?;
    let out_of_range = || ts.index_error("bytearray index out of range");
    match x {
        Some(x) => a.with(|d| match b::wrap_index(i, d.len()) {
            Some(j) => {
                d[j] = x;
                Ok(())
            }
            None => Err(out_of_range()),
        }),
        None => {
            a.check_resize(ts)?;
            a.with(|d| match b::wrap_index(i, d.len()) {
                Some(j) => {
                    d.remove(j);
                    Ok(())
                }
                None => Err(out_of_range()),
            })
        }
    }
}

fn iadd(ts: &ThreadState, a: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    this(a).check_resize(ts)?;
    let Some(add) = as_bytes_like(x).map(|d| d.to_vec()) else {
        return Err(ts.type_error(format!("can't concat {} to bytearray", x.typ().name())));
    };
    this(a).with(|d| d.extend_from_slice(&add));
    Ok(a.clone())
}
fn imul(ts: &ThreadState, a: &ObjRef, n: &ObjRef) -> PyResult<ObjRef> {
    if n.typ().slots().index.is_none() {
        return Ok(ts.not_implemented());
    }
    let n = ab::index_isize(ts, n)?.max(0) as usize;
    this(a).check_resize(ts)?;
    let len = this(a).borrow().len();
    ts.check_alloc(len, n)?;
    this(a).with(|d| *d = d.repeat(n));
    Ok(a.clone())
}

fn new(ts: &ThreadState, ty: &ObjRef, _: &[ObjRef], _: Option<&ObjRef>) -> PyResult<ObjRef> {
    Ok(alloc_object(ts, ty, PyByteArray::new(Vec::new())))
}
fn init(ts: &ThreadState, o: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<()> {
    static SPEC_ARGS: crate::args::ArgSpec = crate::args::ArgSpec {
        fname: "bytearray",
        names: &["source", "encoding", "errors"],
        required: 0,
        posonly: 0,
        kwonly: 3,
    };
    crate::types::str_::check_ctor_args(
        ts,
        "bytearray",
        &["source", "encoding", "errors"],
        args,
        kw,
    )?;
    let [x, enc, errors] = crate::args::parse::<3>(ts, &SPEC_ARGS, args, kw)?;
    let v = b::bytes_from_args(ts, x, enc, errors, "bytearray")?;
    this(o).with(|d| *d = v);
    Ok(())
}
fn iter(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(b::new_iter(ts, o, &ts.types.bytearray_iterator))
}

// ---- mutating methods ----

fn append(ts: &ThreadState, o: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    this(o).check_resize(ts)?;
    let v = byte_value(ts, x)?;
    this(o).with(|d| d.push(v));
    Ok(ts.none())
}
fn extend(ts: &ThreadState, o: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    this(o).check_resize(ts)?;
    let add = match as_bytes_like(x) {
        Some(d) => d.to_vec(),
        None => {
            if x.typ().slots().iter.is_none() {
                return Err(
                    ts.type_error(format!("can't extend bytearray with {}", x.typ().name()))
                );
            }
            b::bytes_from_object(ts, x, "bytearray")?
        }
    };
    this(o).with(|d| d.extend_from_slice(&add));
    Ok(ts.none())
}
fn insert(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    this(o).check_resize(ts)?;
    crate::args::check_positional(ts, "insert", a.len(), 2, 2)?;
    let i = ab::index_isize(ts, &a[0])?;
    let v = byte_value(ts, &a[1])?;
    this(o).with(|d| {
        let n = d.len() as isize;
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
        d.insert(j as usize, v);
    });
    Ok(ts.none())
}
fn pop(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    this(o).check_resize(ts)?;
    crate::args::check_positional(ts, "pop", a.len(), 0, 1)?;
    let i = match a.first() {
        Some(x) => ab::index_isize(ts, x)?,
        None => -1,
    };
    let n = this(o).borrow().len() as isize;
    if n == 0 {
        return Err(ts.index_error("pop from empty bytearray"));
    }
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(ts.index_error("pop index out of range"));
    }
    let v = this(o).with(|d| d.remove(j as usize));
    Ok(ts.new_int(v as i64))
}
fn remove(ts: &ThreadState, o: &ObjRef, x: &ObjRef) -> PyResult<ObjRef> {
    this(o).check_resize(ts)?;
    let v = byte_value(ts, x)?;
    let found = this(o).with(|d| match d.iter().position(|b| *b == v) {
        Some(p) => {
            d.remove(p);
            true
        }
        None => false,
    });
    if !found {
        return Err(ts.value_error("value not found in bytearray"));
    }
    Ok(ts.none())
}
fn clear(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    this(o).check_resize(ts)?;
    this(o).with(|d| d.clear());
    Ok(ts.none())
}
fn copy(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_bytearray(this(o).borrow().clone()))
}
fn reverse(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    this(o).with(|d| d.reverse());
    Ok(ts.none())
}
/// `__alloc__`: the bytes allocated, counting the trailing NUL CPython keeps (0 when empty).
/// `ob_alloc`: the buffer's capacity with CPython's trailing NUL byte (0 while never allocated).
fn alloc_size(o: &ObjRef) -> usize {
    let v = this(o).borrow();
    if v.is_empty() && v.capacity() == 0 {
        0
    } else {
        v.capacity().max(v.len()) + 1
    }
}
fn alloc(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(alloc_size(o) as i64))
}
/// `bytearray.__sizeof__`: the object and its buffer.
fn sizeof(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int((crate::sizeof::basicsize(ts, o) + alloc_size(o)) as i64))
}

/// `_common_reduce`: `(type, (latin-1 text, 'latin-1'), state)` below protocol 3, else
/// `(type, (bytes,), state)` (`(type, (), state)` when empty); the state is `__getstate__()`'s.
fn common_reduce(ts: &ThreadState, o: &ObjRef, proto: i64) -> PyResult<ObjRef> {
    let state = ab::call_method(ts, o, "__getstate__", &[])?;
    let data = this(o).borrow().clone();
    let args = if proto < 3 {
        let text: String = data.iter().map(|&b| b as char).collect();
        vec![ts.new_string(text), ts.new_str("latin-1")]
    } else if data.is_empty() {
        Vec::new()
    } else {
        vec![ts.new_bytes(data)]
    };
    Ok(ts.new_tuple(vec![o.class().clone(), ts.new_tuple(args), state]))
}
fn reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    common_reduce(ts, o, 2)
}
fn reduce_ex(ts: &ThreadState, o: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    crate::args::check_positional(ts, "__reduce_ex__", a.len(), 0, 1)?;
    let proto = match a.first() {
        Some(p) => ab::index_isize(ts, p)? as i64,
        None => 0,
    };
    common_reduce(ts, o, proto)
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("__alloc__", Meth::NoArgs(alloc)),
    MethodDef::new("__sizeof__", Meth::NoArgs(sizeof)),
    MethodDef::new("append", Meth::O(append)),
    MethodDef::new("extend", Meth::O(extend)),
    MethodDef::new("insert", Meth::Fast(insert)),
    MethodDef::new("pop", Meth::Fast(pop)),
    MethodDef::new("remove", Meth::O(remove)),
    MethodDef::new("clear", Meth::NoArgs(clear)),
    MethodDef::new("copy", Meth::NoArgs(copy)),
    MethodDef::new("reverse", Meth::NoArgs(reverse)),
    MethodDef::new("__reduce__", Meth::NoArgs(reduce)),
    MethodDef::new("__reduce_ex__", Meth::Fast(reduce_ex)),
];

const fn number_slots() -> [Option<BinaryFn>; nb::COUNT] {
    let mut n: [Option<BinaryFn>; nb::COUNT] = [None; nb::COUNT];
    n[nb::ADD] = Some(b::concat);
    n[nb::MULTIPLY] = Some(b::repeat);
    n[nb::REMAINDER] = Some(crate::types::bytes_methods::percent);
    n[nb::INPLACE + nb::ADD] = Some(iadd);
    n[nb::INPLACE + nb::MULTIPLY] = Some(imul);
    n
}

pub static SPEC: TypeSpec = TypeSpec {
    flags: flags::BASETYPE | flags::SEQ_REPEAT,
    slots: Slots {
        repr: Some(repr),
        str: Some(repr),
        hash: Some(crate::types::object::hash_not_implemented),
        richcompare: Some(b::compare),
        len: Some(len),
        getitem: Some(getitem),
        setitem: Some(setitem),
        contains: Some(contains),
        iter: Some(iter),
        new: Some(new),
        init: Some(init),
        number: number_slots(),
        ..Slots::NONE
    },
    methods: &[METHODS, crate::types::bytes_methods::SHARED],
    doc: "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array\n\nConstruct a mutable bytearray object from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - a bytes or a buffer object\n  - any object implementing the buffer API.\n  - an integer",
    ..TypeSpec::new("bytearray", PayloadInfo::of::<PyByteArray>())
};

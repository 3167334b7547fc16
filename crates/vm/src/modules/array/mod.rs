//! The `array` module: the `array.array` type over typed vectors (`data.rs`), with CPython's
//! constructor, reprs, indexing and slicing (get, set, delete), concatenation and repetition,
//! comparisons, the list-like methods and the bytes methods (`tobytes`, `frombytes`), and
//! its iterator.

mod data;
mod reconstruct;

use std::cell::{Cell, RefCell};

use taipan_object::abstract_ as ab;
use taipan_object::args::check_positional;
use taipan_object::typeobj::slots::BinaryFn;
use taipan_object::typeobj::{
    CompareOp, GetSetDef, Meth, MethodDef, PayloadInfo, Slots, TypeSpec, flags, nb,
};
use taipan_object::types::bytes::as_bytes_like;
use taipan_object::types::int::as_i64;
use taipan_object::types::slice::PySlice;
use taipan_object::types::str_::PyStr;
use taipan_object::{ObjRef, PyPayload, PyResult, ThreadState, alloc_object};

use super::common::{add_type, self_iter, set_attr, split_kw, type_of};
use data::{Data, Item, TYPECODES};

pub struct PyArray {
    data: RefCell<Data>,
}
impl PyPayload for PyArray {}

fn this(o: &ObjRef) -> &PyArray {
    o.downcast::<PyArray>().expect("array")
}

/// Runs `f` over the raw bytes of `o` when it is an array and stores what `f` leaves there
/// (the writable buffer `struct.pack_into` targets); None when `o` is not an array. `f` must
/// not run Python code.
pub fn with_bytes_mut<R>(o: &ObjRef, f: impl FnOnce(&mut [u8]) -> R) -> Option<R> {
    let mut d = o.downcast::<PyArray>()?.data.borrow_mut();
    let mut bytes = d.to_bytes();
    let r = f(&mut bytes);
    let mut new = d.empty();
    new.extend_bytes(&bytes);
    *d = new;
    Some(r)
}

fn new_array(ts: &ThreadState, cls: &ObjRef, data: Data) -> ObjRef {
    alloc_object(
        ts,
        cls,
        PyArray {
            data: RefCell::new(data),
        },
    )
}

fn array_new(
    ts: &ThreadState,
    cls: &ObjRef,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let (pos, kws) = split_kw(args, kw);
    if !kws.is_empty() && cls.is(&type_of(ts, &SPEC)) {
        return Err(ts.type_error("array.array() takes no keyword arguments"));
    }
    check_positional(ts, "array", pos.len(), 1, 2)?;
    let code = match pos[0].downcast::<PyStr>() {
        Some(s) if s.as_str().chars().count() == 1 => s.as_str().chars().next().expect("one char"),
        _ => {
            return Err(ts.type_error(format!(
                "array() argument 1 must be a unicode character, not {}",
                pos[0].typ().name()
            )));
        }
    };
    let Some(mut data) = Data::new(code) else {
        return Err(
            ts.value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        );
    };
    if let Some(init) = pos.get(1) {
        if let Some(s) = init.downcast::<PyStr>() {
            if code != 'u' {
                return Err(ts.type_error(format!(
                    "cannot use a str to initialize an array with typecode '{code}'"
                )));
            }
            if let Data::U(v) = &mut data {
                v.extend(s.as_str().chars().map(|c| c as u32));
            }
        } else if let Some(a) = init.downcast::<PyArray>() {
            let src = a.data.borrow();
            if src.code() == 'u' && code != 'u' {
                return Err(ts.type_error(format!(
                    "cannot use a unicode array to initialize an array with typecode '{code}'"
                )));
            }
            if src.code() == code {
                data = src.clone();
            } else {
                for o in src.to_objs(ts) {
                    data.push(ts, &o)?;
                }
            }
        } else if let Some(b) = as_bytes_like(init) {
            if b.len() % data.itemsize() != 0 {
                return Err(ts.value_error("bytes length not a multiple of item size"));
            }
            data.extend_bytes(&b);
        } else {
            let it = ab::iter(ts, init)?;
            while let Some(x) = ab::next(ts, &it)? {
                data.push(ts, &x)?;
            }
        }
    }
    Ok(new_array(ts, cls, data))
}

// ---- slots ----

fn repr(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let d = this(o).data.borrow().clone();
    let name = o
        .typ()
        .name()
        .rsplit('.')
        .next()
        .unwrap_or("array")
        .to_string();
    let code = d.code();
    if d.len() == 0 {
        return Ok(ts.new_string(format!("{name}('{code}')")));
    }
    let inner = if let Data::U(v) = &d {
        ab::repr_string(ts, &unicode_of(ts, v)?)?
    } else {
        ab::repr_string(ts, &ts.new_list(d.to_objs(ts)))?
    };
    Ok(ts.new_string(format!("{name}('{code}', {inner})")))
}

fn len(_: &ThreadState, o: &ObjRef) -> PyResult<usize> {
    Ok(this(o).data.borrow().len())
}

fn index_of(ts: &ThreadState, o: &ObjRef, k: &ObjRef) -> PyResult<usize> {
    let i = ab::index(ts, k)?;
    let n = this(o).data.borrow().len() as i64;
    let i = as_i64(&i).unwrap_or(i64::MAX);
    let i = if i < 0 { i + n } else { i };
    if i < 0 || i >= n {
        return Err(ts.index_error("array index out of range"));
    }
    Ok(i as usize)
}

fn getitem(ts: &ThreadState, o: &ObjRef, k: &ObjRef) -> PyResult<ObjRef> {
    if let Some(s) = k.downcast::<PySlice>() {
        let d = this(o).data.borrow();
        let ix = s.indices(ts, d.len())?;
        let sel = d.select(ix.start, ix.step, ix.len);
        drop(d);
        return Ok(new_array(ts, o.class(), sel));
    }
    if k.typ().slots().index.is_none() {
        return Err(ts.type_error("array indices must be integers"));
    }
    let i = index_of(ts, o, k)?;
    this(o)
        .data
        .borrow()
        .get(ts, i)
        .ok_or_else(|| ts.index_error("array index out of range"))
}

fn setitem(ts: &ThreadState, o: &ObjRef, k: &ObjRef, v: Option<&ObjRef>) -> PyResult<()> {
    let a = this(o);
    if let Some(s) = k.downcast::<PySlice>() {
        let n = a.data.borrow().len();
        let ix = s.indices(ts, n)?;
        let src = match v {
            None => None,
            Some(v) => {
                let Some(va) = v.downcast::<PyArray>() else {
                    return Err(ts.type_error(format!(
                        "can only assign array (not \"{}\") to array slice",
                        v.typ().name()
                    )));
                };
                let src = va.data.borrow().clone();
                if src.code() != a.data.borrow().code() {
                    return Err(ts.type_error("bad argument type for built-in operation"));
                }
                Some(src)
            }
        };
        let mut d = a.data.borrow_mut();
        if ix.step == 1 {
            let start = ix.start as usize;
            let empty = d.empty();
            d.splice(start, start + ix.len, src.as_ref().unwrap_or(&empty));
            return Ok(());
        }
        let mut idx: Vec<usize> = (0..ix.len)
            .map(|k| (ix.start + k as isize * ix.step) as usize)
            .collect();
        match src {
            None => {
                idx.sort_unstable();
                for i in idx.into_iter().rev() {
                    d.remove(i);
                }
            }
            Some(src) => {
                if src.len() != ix.len {
                    return Err(ts.value_error(format!(
                        "attempt to assign array of size {} to extended slice of size {}",
                        src.len(),
                        ix.len
                    )));
                }
                for (k, i) in idx.into_iter().enumerate() {
                    let one = src.select(k as isize, 1, 1);
                    d.splice(i, i + 1, &one);
                }
            }
        }
        return Ok(());
    }
    if k.typ().slots().index.is_none() {
        return Err(ts.type_error("array indices must be integers"));
    }
    let i = index_of(ts, o, k).map_err(|e| {
        if v.is_some() && e.matches(&ts.exc.index_error) {
            ts.index_error("array assignment index out of range")
        } else {
            e
        }
    })?;
    match v {
        Some(v) => {
            // Convert first: `__index__`/`__float__` may run Python code that resizes `a`.
            let code = a.data.borrow().code();
            let item = Item::from_obj(ts, code, v)?;
            let mut d = a.data.borrow_mut();
            if i >= d.len() {
                return Err(ts.index_error("array assignment index out of range"));
            }
            d.set_item(i, item);
            Ok(())
        }
        None => {
            a.data.borrow_mut().remove(i);
            Ok(())
        }
    }
}

fn contains(ts: &ThreadState, o: &ObjRef, v: &ObjRef) -> PyResult<bool> {
    let items = this(o).data.borrow().to_objs(ts);
    for x in items {
        if ab::eq(ts, &x, v)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn richcompare(ts: &ThreadState, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    let (Some(x), Some(y)) = (a.downcast::<PyArray>(), b.downcast::<PyArray>()) else {
        return Ok(ts.not_implemented());
    };
    let (xl, yl) = (x.data.borrow().len(), y.data.borrow().len());
    if matches!(op, CompareOp::Eq | CompareOp::Ne) && xl != yl {
        return Ok(ts.bool_obj(op == CompareOp::Ne));
    }
    let xs = x.data.borrow().to_objs(ts);
    let ys = y.data.borrow().to_objs(ts);
    Ok(ts.bool_obj(ab::compare_sequences(ts, &xs, &ys, op)?))
}

fn same_code(ts: &ThreadState, a: &PyArray, b: &ObjRef) -> PyResult<Data> {
    let Some(bb) = b.downcast::<PyArray>() else {
        return Err(ts.type_error(format!(
            "can only append array (not \"{}\") to array",
            b.typ().name()
        )));
    };
    let src = bb.data.borrow().clone();
    if src.code() != a.data.borrow().code() {
        return Err(ts.type_error("bad argument type for built-in operation"));
    }
    Ok(src)
}

fn add(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    let Some(x) = a.downcast::<PyArray>() else {
        return Ok(ts.not_implemented());
    };
    if !b.is_a::<PyArray>() {
        return Err(ts.type_error(format!(
            "can only append array (not \"{}\") to array",
            b.typ().name()
        )));
    }
    let src = same_code(ts, x, b)?;
    let mut d = x.data.borrow().clone();
    let n = d.len();
    d.splice(n, n, &src);
    Ok(new_array(ts, a.class(), d))
}

fn iadd(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    let x = this(a);
    let src = same_code(ts, x, b)?;
    let mut d = x.data.borrow_mut();
    let n = d.len();
    d.splice(n, n, &src);
    drop(d);
    Ok(a.clone())
}

/// The repeat count, `None` (NotImplemented) for a non-index: `*` then says "can't multiply
/// sequence by non-int" and `__mul__` refuses it (`flags::SEQ_REPEAT`), as for every sequence.
fn count_arg(ts: &ThreadState, n: &ObjRef) -> PyResult<Option<usize>> {
    if n.typ().slots().index.is_none() {
        return Ok(None);
    }
    Ok(Some(super::common::index_i64(ts, n)?.max(0) as usize))
}

fn mul(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    let (arr, n) = if a.is_a::<PyArray>() { (a, b) } else { (b, a) };
    let Some(n) = count_arg(ts, n)? else {
        return Ok(ts.not_implemented());
    };
    let mut d = this(arr).data.borrow().clone();
    ts.check_alloc(d.len().saturating_mul(n), d.itemsize())?;
    d.repeat(n);
    Ok(new_array(ts, arr.class(), d))
}

fn imul(ts: &ThreadState, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    let Some(n) = count_arg(ts, b)? else {
        return Ok(ts.not_implemented());
    };
    let mut d = this(a).data.borrow_mut();
    ts.check_alloc(d.len().saturating_mul(n), d.itemsize())?;
    d.repeat(n);
    drop(d);
    Ok(a.clone())
}

const fn number_slots() -> [Option<BinaryFn>; nb::COUNT] {
    let mut n: [Option<BinaryFn>; nb::COUNT] = [None; nb::COUNT];
    n[nb::ADD] = Some(add);
    n[nb::MULTIPLY] = Some(mul);
    n[nb::INPLACE + nb::ADD] = Some(iadd);
    n[nb::INPLACE + nb::MULTIPLY] = Some(imul);
    n
}

// ---- methods ----

fn append(ts: &ThreadState, o: &ObjRef, v: &ObjRef) -> PyResult<ObjRef> {
    push(ts, this(o), v)?;
    Ok(ts.none())
}

fn extend(ts: &ThreadState, o: &ObjRef, it: &ObjRef) -> PyResult<ObjRef> {
    let a = this(o);
    if let Some(b) = it.downcast::<PyArray>() {
        let src = b.data.borrow().clone();
        if src.code() != a.data.borrow().code() {
            return Err(ts.type_error("can only extend with array of same kind"));
        }
        let mut d = a.data.borrow_mut();
        let n = d.len();
        d.splice(n, n, &src);
        return Ok(ts.none());
    }
    let iter = ab::iter(ts, it)?;
    while let Some(x) = ab::next(ts, &iter)? {
        push(ts, a, &x)?;
    }
    Ok(ts.none())
}

/// Appends `v`, converted before the storage is borrowed (the conversion may run Python).
fn push(ts: &ThreadState, a: &PyArray, v: &ObjRef) -> PyResult<()> {
    let code = a.data.borrow().code();
    let item = Item::from_obj(ts, code, v)?;
    a.data.borrow_mut().push_item(item);
    Ok(())
}

fn insert(ts: &ThreadState, o: &ObjRef, args: &[ObjRef]) -> PyResult<ObjRef> {
    check_positional(ts, "insert", args.len(), 2, 2)?;
    let a = this(o);
    let n = a.data.borrow().len() as i64;
    let i = super::common::index_i64(ts, &args[0])?;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let mut one = a.data.borrow().empty();
    one.push(ts, &args[1])?;
    a.data.borrow_mut().splice(i, i, &one);
    Ok(ts.none())
}

fn pop(ts: &ThreadState, o: &ObjRef, args: &[ObjRef]) -> PyResult<ObjRef> {
    check_positional(ts, "pop", args.len(), 0, 1)?;
    let a = this(o);
    let n = a.data.borrow().len() as i64;
    if n == 0 {
        return Err(ts.index_error("pop from empty array"));
    }
    let i = match args.first() {
        Some(x) => super::common::index_i64(ts, x)?,
        None => -1,
    };
    let i = if i < 0 { i + n } else { i };
    if i < 0 || i >= n {
        return Err(ts.index_error("pop index out of range"));
    }
    let v = a.data.borrow().get(ts, i as usize).expect("in range");
    a.data.borrow_mut().remove(i as usize);
    Ok(v)
}

fn find(ts: &ThreadState, o: &ObjRef, v: &ObjRef) -> PyResult<Option<usize>> {
    let items = this(o).data.borrow().to_objs(ts);
    for (i, x) in items.iter().enumerate() {
        if ab::eq(ts, x, v)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn remove(ts: &ThreadState, o: &ObjRef, v: &ObjRef) -> PyResult<ObjRef> {
    match find(ts, o, v)? {
        Some(i) => {
            this(o).data.borrow_mut().remove(i);
            Ok(ts.none())
        }
        None => Err(ts.value_error("array.remove(x): x not in array")),
    }
}

fn index(ts: &ThreadState, o: &ObjRef, args: &[ObjRef]) -> PyResult<ObjRef> {
    check_positional(ts, "index", args.len(), 1, 3)?;
    let items = this(o).data.borrow().to_objs(ts);
    let n = items.len() as i64;
    let norm = |x: Option<&ObjRef>, d: i64| -> PyResult<usize> {
        let Some(x) = x else { return Ok(d as usize) };
        let v = super::common::index_i64(ts, x)?;
        Ok(if v < 0 { (v + n).max(0) } else { v.min(n) } as usize)
    };
    let (start, stop) = (norm(args.get(1), 0)?, norm(args.get(2), n)?);
    for i in start..stop.min(items.len()) {
        if ab::eq(ts, &items[i], &args[0])? {
            return Ok(ts.new_int(i as i64));
        }
    }
    Err(ts.value_error("array.index(x): x not in array"))
}

fn count(ts: &ThreadState, o: &ObjRef, v: &ObjRef) -> PyResult<ObjRef> {
    let items = this(o).data.borrow().to_objs(ts);
    let mut c = 0;
    for x in &items {
        if ab::eq(ts, x, v)? {
            c += 1;
        }
    }
    Ok(ts.new_int(c))
}

fn reverse(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    this(o).data.borrow_mut().reverse();
    Ok(ts.none())
}

fn tolist(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let items = this(o).data.borrow().to_objs(ts);
    Ok(ts.new_list(items))
}

fn fromlist(ts: &ThreadState, o: &ObjRef, l: &ObjRef) -> PyResult<ObjRef> {
    let Some(list) = l.downcast::<taipan_object::types::list::PyList>() else {
        return Err(ts.type_error("arg must be list"));
    };
    let a = this(o);
    let mut tmp = a.data.borrow().clone();
    for x in list.to_vec() {
        tmp.push(ts, &x)?;
    }
    *a.data.borrow_mut() = tmp;
    Ok(ts.none())
}

fn tobytes(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_bytes(this(o).data.borrow().to_bytes()))
}

fn frombytes(ts: &ThreadState, o: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    let bytes = taipan_object::types::bytes::buffer(ts, b)?.to_vec();
    let a = this(o);
    if bytes.len() % a.data.borrow().itemsize() != 0 {
        return Err(ts.value_error("bytes length not a multiple of item size"));
    }
    a.data.borrow_mut().extend_bytes(&bytes);
    Ok(ts.none())
}

fn tounicode(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    match &*this(o).data.borrow() {
        Data::U(v) => unicode_of(ts, v),
        _ => Err(ts.value_error("tounicode() may only be called on unicode type arrays")),
    }
}

/// The str of a 'u' array's code points; ValueError for one past U+10FFFF (CPython's
/// `PyUnicode_FromWideChar`). A lone surrogate reads as U+FFFD (a deviation: CPython keeps it).
fn unicode_of(ts: &ThreadState, v: &[u32]) -> PyResult<ObjRef> {
    let mut s = String::with_capacity(v.len());
    for &c in v {
        if c > 0x10ffff {
            return Err(ts.value_error(format!(
                "character U+{c:x} is not in range [U+0000; U+10ffff]"
            )));
        }
        s.push(char::from_u32(c).unwrap_or('\u{fffd}'));
    }
    Ok(ts.new_string(s))
}
fn buffer_info(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let d = this(o).data.borrow();
    let addr = data::each!(&*d, v => v.as_ptr() as usize);
    Ok(ts.new_tuple(vec![ts.new_int(addr as i64), ts.new_int(d.len() as i64)]))
}

fn byteswap(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let a = this(o);
    let size = a.data.borrow().itemsize();
    let mut bytes = a.data.borrow().to_bytes();
    for c in bytes.chunks_exact_mut(size) {
        c.reverse();
    }
    let mut d = a.data.borrow().empty();
    d.extend_bytes(&bytes);
    *a.data.borrow_mut() = d;
    Ok(ts.none())
}

fn copy(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let d = this(o).data.borrow().clone();
    Ok(new_array(ts, o.class(), d))
}
fn deepcopy(ts: &ThreadState, o: &ObjRef, _: &ObjRef) -> PyResult<ObjRef> {
    copy(ts, o)
}

/// `array.__reduce_ex__(protocol)`: `(type, (typecode, list), dict)` below protocol 3,
/// else `(_array_reconstructor, (type, typecode, mformat_code, bytes), dict)`.
fn reduce_ex(ts: &ThreadState, o: &ObjRef, proto: &ObjRef) -> PyResult<ObjRef> {
    let proto = super::common::index_i64(ts, proto)?;
    let dict = ab::getattr_opt(ts, o, &ts.intern("__dict__"))?.unwrap_or_else(|| ts.none());
    let d = this(o).data.borrow().clone();
    let c = d.code();
    let code = ts.new_string(c.to_string());
    if proto < 3 {
        let list = ts.new_list(d.to_objs(ts));
        let args = ts.new_tuple(vec![code, list]);
        return Ok(ts.new_tuple(vec![o.class().clone(), args, dict]));
    }
    let m = crate::import::import_module(ts, "array")?;
    let recon = ab::getattr(ts, &m, &ts.intern("_array_reconstructor"))?;
    let args = ts.new_tuple(vec![
        o.class().clone(),
        code,
        ts.new_int(reconstruct::native(c)),
        ts.new_bytes(d.to_bytes()),
    ]);
    Ok(ts.new_tuple(vec![recon, args, dict]))
}

/// `array.tofile(f)`: the bytes written in blocks of 64 KiB, as CPython's.
fn tofile(ts: &ThreadState, o: &ObjRef, f: &ObjRef) -> PyResult<ObjRef> {
    let bytes = this(o).data.borrow().to_bytes();
    for chunk in bytes.chunks(64 * 1024) {
        ab::call_method(ts, f, "write", &[ts.new_bytes(chunk.to_vec())])?;
    }
    Ok(ts.none())
}

/// `array.fromfile(f, n)`: `n` items read from `f`; EOFError when it has fewer.
fn fromfile(ts: &ThreadState, o: &ObjRef, args: &[ObjRef]) -> PyResult<ObjRef> {
    check_positional(ts, "fromfile", args.len(), 2, 2)?;
    let n = super::common::index_i64(ts, &args[1])?;
    if n < 0 {
        return Err(ts.value_error("negative count"));
    }
    let size = this(o).data.borrow().itemsize() as i64;
    let Some(nbytes) = n.checked_mul(size) else {
        return Err(ts.memory_error());
    };
    let b = ab::call_method(ts, &args[0], "read", &[ts.new_int(nbytes)])?;
    let Some(data) = b.downcast::<taipan_object::types::bytes::PyBytes>() else {
        return Err(ts.type_error("read() didn't return bytes"));
    };
    let data = data.as_bytes().to_vec();
    let whole = data.len() - data.len() % size as usize;
    this(o).data.borrow_mut().extend_bytes(&data[..whole]);
    if (data.len() as i64) != nbytes {
        return Err(ts.new_error(&ts.exc.eof_error, "read() didn't return enough bytes"));
    }
    Ok(ts.none())
}

/// `array.fromunicode(s)`: appends the code points of `s` to a 'u' array.
fn fromunicode(ts: &ThreadState, o: &ObjRef, s: &ObjRef) -> PyResult<ObjRef> {
    let Some(s) = s.downcast::<PyStr>() else {
        return Err(ts.type_error(format!(
            "fromunicode() argument must be str, not {}",
            s.typ().name()
        )));
    };
    match &mut *this(o).data.borrow_mut() {
        Data::U(v) => v.extend(s.as_str().chars().map(|c| c as u32)),
        _ => {
            return Err(ts.value_error("fromunicode() may only be called on unicode type arrays"));
        }
    }
    Ok(ts.none())
}

fn class_getitem(ts: &ThreadState, cls: &ObjRef, arg: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_generic_alias(cls.clone(), arg.clone()))
}

fn get_typecode(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_string(this(o).data.borrow().code().to_string()))
}
fn get_itemsize(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(ts.new_int(this(o).data.borrow().itemsize() as i64))
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("append", Meth::O(append)),
    MethodDef::new("extend", Meth::O(extend)),
    MethodDef::new("insert", Meth::Fast(insert)),
    MethodDef::new("pop", Meth::Fast(pop)),
    MethodDef::new("remove", Meth::O(remove)),
    MethodDef::new("index", Meth::Fast(index)),
    MethodDef::new("count", Meth::O(count)),
    MethodDef::new("reverse", Meth::NoArgs(reverse)),
    MethodDef::new("tolist", Meth::NoArgs(tolist)),
    MethodDef::new("fromlist", Meth::O(fromlist)),
    MethodDef::new("tobytes", Meth::NoArgs(tobytes)),
    MethodDef::new("frombytes", Meth::O(frombytes)),
    MethodDef::new("tounicode", Meth::NoArgs(tounicode)),
    MethodDef::new("fromunicode", Meth::O(fromunicode)),
    MethodDef::new("tofile", Meth::O(tofile)),
    MethodDef::new("fromfile", Meth::Fast(fromfile)),
    MethodDef::new("buffer_info", Meth::NoArgs(buffer_info)),
    MethodDef::new("byteswap", Meth::NoArgs(byteswap)),
    MethodDef::new("__copy__", Meth::NoArgs(copy)),
    MethodDef::new("__deepcopy__", Meth::O(deepcopy)),
    MethodDef::new("__reduce_ex__", Meth::O(reduce_ex)),
    MethodDef::class("__class_getitem__", Meth::O(class_getitem)),
];

static GETSETS: &[GetSetDef] = &[
    GetSetDef::ro("typecode", get_typecode),
    GetSetDef::ro("itemsize", get_itemsize),
];

pub static SPEC: TypeSpec = TypeSpec {
    flags: flags::BASETYPE | flags::SEQUENCE | flags::SEQ_REPEAT | flags::WEAKREFABLE,
    slots: Slots {
        new: Some(array_new),
        repr: Some(repr),
        hash: Some(taipan_object::types::object::hash_not_implemented),
        richcompare: Some(richcompare),
        len: Some(len),
        getitem: Some(getitem),
        setitem: Some(setitem),
        contains: Some(contains),
        iter: Some(array_iter),
        number: number_slots(),
        ..Slots::NONE
    },
    methods: &[METHODS],
    getsets: GETSETS,
    ..TypeSpec::new("array.array", PayloadInfo::of::<PyArray>())
};

// ---- iterator ----

pub struct ArrayIter {
    /// The array; `None` once exhausted (CPython drops `ao`: a grown array does not resume
    /// the iterator, and the array can be freed).
    array: RefCell<Option<ObjRef>>,
    index: Cell<usize>,
}
impl PyPayload for ArrayIter {}

fn array_iter(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    Ok(alloc_object(
        ts,
        &type_of(ts, &ITER_SPEC),
        ArrayIter {
            array: RefCell::new(Some(o.clone())),
            index: Cell::new(0),
        },
    ))
}

fn iter_next(ts: &ThreadState, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let it = o.downcast::<ArrayIter>().expect("arrayiterator");
    let Some(a) = it.array.borrow().clone() else {
        return Ok(None);
    };
    let i = it.index.get();
    let v = this(&a).data.borrow().get(ts, i);
    if v.is_some() {
        it.index.set(i + 1);
    } else {
        let old = it.array.replace(None);
        drop(old);
    }
    Ok(v)
}

/// `arrayiterator.__reduce__`: `(iter, (array,), index)`, or `(iter, ((),))` once exhausted.
fn iter_reduce(ts: &ThreadState, o: &ObjRef) -> PyResult<ObjRef> {
    let it = o.downcast::<ArrayIter>().expect("arrayiterator");
    taipan_object::types::iter_reduce::reduce_seq(ts, "iter", || match it.array.borrow().clone() {
        None => (ts.new_tuple(Vec::new()), None),
        Some(a) => (a, Some(it.index.get() as i64)),
    })
}
/// `arrayiterator.__setstate__`: the index, clipped to the array.
fn iter_setstate(ts: &ThreadState, o: &ObjRef, state: &ObjRef) -> PyResult<ObjRef> {
    let it = o.downcast::<ArrayIter>().expect("arrayiterator");
    let i = taipan_object::types::iter_reduce::state_index(ts, state)?;
    let a = it.array.borrow().clone();
    if let Some(a) = a {
        let n = this(&a).data.borrow().len();
        it.index.set((i.max(0) as usize).min(n));
    }
    Ok(ts.none())
}
static ITER_METHODS: &[MethodDef] = &[
    MethodDef::new("__reduce__", Meth::NoArgs(iter_reduce)),
    MethodDef::new("__setstate__", Meth::O(iter_setstate)),
];

fn iter_traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    if let Some(a) = o
        .downcast::<ArrayIter>()
        .expect("arrayiterator")
        .array
        .borrow()
        .as_ref()
    {
        visit(a);
    }
}

pub static ITER_SPEC: TypeSpec = TypeSpec {
    flags: flags::HAVE_GC,
    slots: Slots {
        iter: Some(self_iter),
        iternext: Some(iter_next),
        traverse: Some(iter_traverse),
        ..Slots::NONE
    },
    methods: &[ITER_METHODS],
    ..TypeSpec::new("array.arrayiterator", PayloadInfo::of::<ArrayIter>())
};

static FUNCTIONS: &[MethodDef] = &[MethodDef::new(
    "_array_reconstructor",
    Meth::Fast(reconstruct::array_reconstructor),
)];

/// `collections.abc.MutableSequence.register(array)`, as the module init of CPython's
/// `arraymodule.c` does (a failure is ignored: the module still works without it).
fn register_mutable_sequence(ts: &ThreadState, t: &ObjRef) {
    let r = crate::import::import_module(ts, "collections.abc")
        .and_then(|abc| ab::getattr(ts, &abc, &ts.intern("MutableSequence")))
        .and_then(|ms| ab::call_method(ts, &ms, "register", &[t.clone()]));
    drop(r);
}

/// Makes the `array` module.
/// The buffer protocol for `bytes::as_bytes_like` (a read-only copy of the items' bytes):
/// bytes(a), memoryview(a), binascii/base64 take arrays as CPython does.
fn buffer_bytes(o: &ObjRef) -> Option<Vec<u8>> {
    let a = o.downcast::<PyArray>()?;
    a.data.try_borrow().ok().map(|d| d.to_bytes())
}

pub fn make(ts: &ThreadState) -> ObjRef {
    taipan_object::types::bytes::set_foreign_buffer(buffer_bytes);
    let m = ts.new_builtin_module("array", FUNCTIONS);
    let t = add_type(ts, &m, &SPEC);
    set_attr(ts, &m, "ArrayType", t.clone());
    type_of(ts, &ITER_SPEC);
    set_attr(ts, &m, "typecodes", ts.new_str(TYPECODES));
    register_mutable_sequence(ts, &t);
    m
}

//! The storage of an `array.array`: one typed vector per typecode ([`Data`]), conversions
//! between Python objects and items with CPython's `*_setitem` errors, and the raw bytes.

use num_bigint::BigInt;
use taipan_object::abstract_ as ab;
use taipan_object::types::float::to_f64;
use taipan_object::types::int::PyInt;
use taipan_object::types::str_::PyStr;
use taipan_object::{ObjRef, PyResult, ThreadState};

/// The typed items. `u` keeps code points as `u32` (CPython's `wchar_t` on Linux).
#[derive(Clone)]
pub enum Data {
    B(Vec<u8>),
    SB(Vec<i8>),
    H(Vec<u16>),
    SH(Vec<i16>),
    I(Vec<u32>),
    SI(Vec<i32>),
    L(Vec<u64>),
    SL(Vec<i64>),
    Q(Vec<u64>),
    SQ(Vec<i64>),
    F(Vec<f32>),
    D(Vec<f64>),
    U(Vec<u32>),
}

/// Runs `$body` with `$v` bound to the typed vector, whatever its type.
macro_rules! each {
    ($data:expr, $v:ident => $body:expr) => {
        match $data {
            Data::B($v) => $body,
            Data::SB($v) => $body,
            Data::H($v) => $body,
            Data::SH($v) => $body,
            Data::I($v) => $body,
            Data::SI($v) => $body,
            Data::L($v) => $body,
            Data::SL($v) => $body,
            Data::Q($v) => $body,
            Data::SQ($v) => $body,
            Data::F($v) => $body,
            Data::D($v) => $body,
            Data::U($v) => $body,
        }
    };
}
pub(crate) use each;

pub const TYPECODES: &str = "bBuhHiIlLqQfd";

impl Data {
    pub fn new(code: char) -> Option<Data> {
        Some(match code {
            'b' => Data::SB(Vec::new()),
            'B' => Data::B(Vec::new()),
            'u' => Data::U(Vec::new()),
            'h' => Data::SH(Vec::new()),
            'H' => Data::H(Vec::new()),
            'i' => Data::SI(Vec::new()),
            'I' => Data::I(Vec::new()),
            'l' => Data::SL(Vec::new()),
            'L' => Data::L(Vec::new()),
            'q' => Data::SQ(Vec::new()),
            'Q' => Data::Q(Vec::new()),
            'f' => Data::F(Vec::new()),
            'd' => Data::D(Vec::new()),
            _ => return None,
        })
    }
    pub fn code(&self) -> char {
        match self {
            Data::SB(_) => 'b',
            Data::B(_) => 'B',
            Data::U(_) => 'u',
            Data::SH(_) => 'h',
            Data::H(_) => 'H',
            Data::SI(_) => 'i',
            Data::I(_) => 'I',
            Data::SL(_) => 'l',
            Data::L(_) => 'L',
            Data::SQ(_) => 'q',
            Data::Q(_) => 'Q',
            Data::F(_) => 'f',
            Data::D(_) => 'd',
        }
    }
    pub fn itemsize(&self) -> usize {
        match self {
            Data::SB(_) | Data::B(_) => 1,
            Data::SH(_) | Data::H(_) => 2,
            Data::SI(_) | Data::I(_) | Data::F(_) | Data::U(_) => 4,
            _ => 8,
        }
    }
    pub fn len(&self) -> usize {
        each!(self, v => v.len())
    }
    /// An empty vector of the same typecode.
    pub fn empty(&self) -> Data {
        Data::new(self.code()).expect("valid typecode")
    }
    /// Item `i` as a Python object.
    pub fn get(&self, ts: &ThreadState, i: usize) -> Option<ObjRef> {
        Some(match self {
            Data::SB(v) => ts.new_int(*v.get(i)? as i64),
            Data::B(v) => ts.new_int(*v.get(i)? as i64),
            Data::SH(v) => ts.new_int(*v.get(i)? as i64),
            Data::H(v) => ts.new_int(*v.get(i)? as i64),
            Data::SI(v) => ts.new_int(*v.get(i)? as i64),
            Data::I(v) => ts.new_int(*v.get(i)? as i64),
            Data::SL(v) | Data::SQ(v) => ts.new_int(*v.get(i)?),
            Data::L(v) | Data::Q(v) => {
                let x = *v.get(i)?;
                match i64::try_from(x) {
                    Ok(s) => ts.new_int(s),
                    Err(_) => ts.new_bigint(BigInt::from(x)),
                }
            }
            Data::F(v) => ts.new_float(*v.get(i)? as f64),
            Data::D(v) => ts.new_float(*v.get(i)?),
            Data::U(v) => {
                ts.new_string(char::from_u32(*v.get(i)?).unwrap_or('\u{fffd}').to_string())
            }
        })
    }
    /// Every item as Python objects.
    pub fn to_objs(&self, ts: &ThreadState) -> Vec<ObjRef> {
        (0..self.len()).filter_map(|i| self.get(ts, i)).collect()
    }
    /// Appends `o` (checked and converted as CPython's `*_setitem`). Only for a `Data` no
    /// Python code can reach (the conversion may run `__index__`): for an array's own
    /// storage, convert with [`Item::from_obj`] first, then borrow and [`Data::push_item`].
    pub fn push(&mut self, ts: &ThreadState, o: &ObjRef) -> PyResult<()> {
        let one = Item::from_obj(ts, self.code(), o)?;
        self.push_item(one);
        Ok(())
    }
    pub fn push_item(&mut self, it: Item) {
        match (self, it) {
            (Data::SB(v), Item::Int(x)) => v.push(x as i8),
            (Data::B(v), Item::Int(x)) => v.push(x as u8),
            (Data::SH(v), Item::Int(x)) => v.push(x as i16),
            (Data::H(v), Item::Int(x)) => v.push(x as u16),
            (Data::SI(v), Item::Int(x)) => v.push(x as i32),
            (Data::I(v), Item::Int(x)) => v.push(x as u32),
            (Data::SL(v) | Data::SQ(v), Item::Int(x)) => v.push(x as i64),
            (Data::L(v) | Data::Q(v), Item::Int(x)) => v.push(x as u64),
            (Data::F(v), Item::Float(x)) => v.push(x as f32),
            (Data::D(v), Item::Float(x)) => v.push(x),
            (Data::U(v), Item::Int(x)) => v.push(x as u32),
            _ => {}
        }
    }
    /// Sets item `i` (in range) to the converted item `it`.
    pub fn set_item(&mut self, i: usize, it: Item) {
        let mut tmp = self.empty();
        tmp.push_item(it);
        self.splice(i, i + 1, &tmp);
    }
    /// Replaces items `a..b` with `src`'s (same typecode).
    pub fn splice(&mut self, a: usize, b: usize, src: &Data) {
        macro_rules! arm {
            ($($var:ident),*) => {
                match (self, src) {
                    $( (Data::$var(v), Data::$var(s)) => { v.splice(a..b, s.iter().copied()); } )*
                    _ => {}
                }
            };
        }
        arm!(B, SB, H, SH, I, SI, L, SL, Q, SQ, F, D, U);
    }
    /// Items at `start + k*step` for `k < n`, as a new vector.
    pub fn select(&self, start: isize, step: isize, n: usize) -> Data {
        macro_rules! arm {
            ($($var:ident),*) => {
                match self {
                    $( Data::$var(v) => Data::$var((0..n).map(|k| v[(start + k as isize * step) as usize]).collect()), )*
                }
            };
        }
        arm!(B, SB, H, SH, I, SI, L, SL, Q, SQ, F, D, U)
    }
    pub fn remove(&mut self, i: usize) {
        each!(self, v => { v.remove(i); })
    }
    pub fn reverse(&mut self) {
        each!(self, v => v.reverse())
    }
    /// Repeats the items `n` times in place.
    pub fn repeat(&mut self, n: usize) {
        each!(self, v => { *v = v.repeat(n); })
    }
    /// The raw bytes (machine order).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.len() * self.itemsize());
        macro_rules! arm {
            ($($var:ident),*) => {
                match self { $( Data::$var(v) => for x in v { out.extend_from_slice(&x.to_ne_bytes()); }, )* }
            };
        }
        arm!(B, SB, H, SH, I, SI, L, SL, Q, SQ, F, D, U);
        out
    }
    /// Appends items read from raw bytes (a multiple of the item size).
    pub fn extend_bytes(&mut self, b: &[u8]) {
        macro_rules! arm {
            ($($var:ident : $t:ty),*) => {
                match self { $( Data::$var(v) => for c in b.chunks_exact(std::mem::size_of::<$t>()) {
                    v.push(<$t>::from_ne_bytes(c.try_into().expect("chunk")));
                }, )* }
            };
        }
        arm!(B: u8, SB: i8, H: u16, SH: i16, I: u32, SI: i32, L: u64, SL: i64, Q: u64, SQ: i64, F: f32, D: f64, U: u32);
    }
}

/// One converted item.
pub enum Item {
    Int(i128),
    Float(f64),
}

fn overflow(ts: &ThreadState, msg: &str) -> taipan_object::PyErr {
    ts.overflow_error(msg)
}

impl Item {
    pub fn from_obj(ts: &ThreadState, code: char, o: &ObjRef) -> PyResult<Item> {
        match code {
            'f' | 'd' => {
                if o.typ().slots().float.is_none() && o.typ().slots().index.is_none() {
                    return Err(
                        ts.type_error(format!("must be real number, not {}", o.typ().name()))
                    );
                }
                Ok(Item::Float(to_f64(ts, o)?))
            }
            'u' => {
                let Some(s) = o.downcast::<PyStr>() else {
                    return Err(ts.type_error(format!(
                        "array item must be unicode character, not {}",
                        o.typ().name()
                    )));
                };
                let mut cs = s.as_str().chars();
                match (cs.next(), cs.next()) {
                    (Some(c), None) => Ok(Item::Int(c as i128)),
                    _ => Err(ts.type_error(format!(
                        "array item must be unicode character, not a string of length {}",
                        s.as_str().chars().count()
                    ))),
                }
            }
            _ => {
                if o.typ().slots().index.is_none() {
                    return Err(ts.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        o.typ().name()
                    )));
                }
                let i = ab::index(ts, o)?;
                let big = i.downcast::<PyInt>().expect("int").0.to_big();
                let v = i128::try_from(&big).ok();
                let small = v.filter(|v| i64::try_from(*v).is_ok());
                let (lo, hi, what): (i128, i128, &str) = match code {
                    'b' => (-128, 127, "signed char"),
                    'B' => (0, 255, "unsigned byte integer"),
                    'h' => (-32768, 32767, "signed short integer"),
                    'H' => (0, 65535, "unsigned short"),
                    'i' => (i32::MIN as i128, i32::MAX as i128, "signed integer"),
                    'I' => (0, u32::MAX as i128, "unsigned int"),
                    'l' => (i64::MIN as i128, i64::MAX as i128, ""),
                    'L' => (0, u64::MAX as i128, ""),
                    'q' => (i64::MIN as i128, i64::MAX as i128, ""),
                    _ => (0, u64::MAX as i128, ""),
                };
                match code {
                    'b' | 'B' | 'h' | 'H' | 'i' | 'l' => {
                        let v = small.ok_or_else(|| {
                            overflow(ts, "Python int too large to convert to C long")
                        })?;
                        // CPython parses 'b' as a short and 'H' as an int first.
                        let (lo, hi, what) = match code {
                            'b' if v < -32768 || v > 32767 => {
                                (-32768, 32767, "signed short integer")
                            }
                            'H' if v < i32::MIN as i128 || v > i32::MAX as i128 => {
                                (i32::MIN as i128, i32::MAX as i128, "signed integer")
                            }
                            _ => (lo, hi, what),
                        };
                        if v < lo {
                            return Err(overflow(ts, &format!("{what} is less than minimum")));
                        }
                        if v > hi {
                            return Err(overflow(ts, &format!("{what} is greater than maximum")));
                        }
                        Ok(Item::Int(v))
                    }
                    'I' | 'L' => {
                        let v = v.unwrap_or(if big.sign() == num_bigint::Sign::Minus {
                            -1
                        } else {
                            i128::MAX
                        });
                        if v < 0 {
                            return Err(overflow(
                                ts,
                                "can't convert negative value to unsigned int",
                            ));
                        }
                        if v > u64::MAX as i128 {
                            return Err(overflow(
                                ts,
                                "Python int too large to convert to C unsigned long",
                            ));
                        }
                        if v > hi {
                            return Err(overflow(ts, "unsigned int is greater than maximum"));
                        }
                        Ok(Item::Int(v))
                    }
                    'q' => small
                        .map(Item::Int)
                        .ok_or_else(|| overflow(ts, "int too big to convert")),
                    _ => {
                        let v = v.unwrap_or(if big.sign() == num_bigint::Sign::Minus {
                            -1
                        } else {
                            i128::MAX
                        });
                        if v < 0 {
                            return Err(overflow(ts, "can't convert negative int to unsigned"));
                        }
                        if v > hi {
                            return Err(overflow(ts, "int too big to convert"));
                        }
                        Ok(Item::Int(v))
                    }
                }
            }
        }
    }
}

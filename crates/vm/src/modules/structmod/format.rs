//! A `struct` format string parsed once into a [`Layout`]: byte order and alignment from the
//! prefix (`@` native aligned, `=` native unaligned, `<`, `>`/`!`), each code with its offset
//! and size, and the packed size and item count (CPython's `prepare_s`).

/// Byte order of a layout.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// `@`: native sizes and alignment.
    Native,
    /// `=`: native order, standard sizes, no alignment.
    NativeStd,
    Little,
    Big,
}

/// One code of the format with its repeat count (`s`/`p`: one string of `size` bytes).
#[derive(Clone, Copy)]
pub struct Code {
    pub kind: u8,
    pub offset: usize,
    /// Item size (for `s`/`p`: the whole string's length).
    pub size: usize,
    /// How many items in a row (always 1 for `s`/`p`).
    pub repeat: usize,
}

pub struct Layout {
    pub order: Order,
    pub codes: Vec<Code>,
    pub size: usize,
    /// The number of values packed or unpacked (CPython's `s_len`).
    pub len: usize,
    pub format: String,
}

/// Size and alignment of `c` in `order` (`None`: not a format code there).
fn code_size(c: u8, order: Order) -> Option<(usize, usize)> {
    let native = order == Order::Native;
    let s = match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    };
    Some((s, if native { s } else { 1 }))
}

/// The error [`Layout::parse`] gives when the codes do not fit in memory (a `MemoryError`).
pub const OUT_OF_MEMORY: &str = "out of memory";

const TOO_LONG: &str = "total struct size too long";

/// CPython's `Py_ISSPACE`.
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// The `(repeat count, code)` pairs of a format body, codes checked (CPython's first scan).
fn scan(b: &[u8], order: Order) -> Result<Vec<(usize, u8)>, &'static str> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        i += 1;
        if is_space(c) {
            continue;
        }
        let (num, c) = if c.is_ascii_digit() {
            let mut num = (c - b'0') as usize;
            while i < b.len() && b[i].is_ascii_digit() {
                num = num
                    .checked_mul(10)
                    .and_then(|n| n.checked_add((b[i] - b'0') as usize))
                    .filter(|&n| n <= isize::MAX as usize)
                    .ok_or(TOO_LONG)?;
                i += 1;
            }
            let Some(&c) = b.get(i) else {
                return Err("repeat count given without format specifier");
            };
            i += 1;
            (num, c)
        } else {
            (1, c)
        };
        code_size(c, order).ok_or("bad char in struct format")?;
        out.push((num, c));
    }
    Ok(out)
}

impl Layout {
    /// `prepare_s`: a format's codes, offsets and total size; `Err` is the `struct.error`
    /// message (or [`OUT_OF_MEMORY`]).
    pub fn parse(fmt: &str) -> Result<Layout, &'static str> {
        let b = fmt.as_bytes();
        if b.contains(&0) {
            return Err("embedded null character");
        }
        let (order, body) = match b.first() {
            Some(b'@') => (Order::Native, &b[1..]),
            Some(b'=') => (Order::NativeStd, &b[1..]),
            Some(b'<') => (Order::Little, &b[1..]),
            Some(b'>' | b'!') => (Order::Big, &b[1..]),
            _ => (Order::Native, b),
        };
        let items = scan(body, order)?;
        let mut codes = Vec::new();
        let (mut size, mut len) = (0usize, 0usize);
        // The total size must fit before any code is stored, as in CPython's first pass.
        for &(num, c) in &items {
            let (isz, align) = code_size(c, order).ok_or("bad char in struct format")?;
            size = size.checked_next_multiple_of(align).ok_or(TOO_LONG)?;
            size = num
                .checked_mul(isz)
                .and_then(|n| size.checked_add(n))
                .filter(|&n| n <= isize::MAX as usize)
                .ok_or(TOO_LONG)?;
            len += match c {
                b's' | b'p' => 1,
                b'x' => 0,
                _ => num,
            };
        }
        if (items.len() as u128 + 1) * std::mem::size_of::<Code>() as u128
            > taipan_text::alloc::limit()
        {
            return Err(OUT_OF_MEMORY);
        }
        let mut offset = 0usize;
        for (num, c) in items {
            let (isz, align) = code_size(c, order).ok_or("bad char in struct format")?;
            offset = offset.next_multiple_of(align);
            match c {
                b's' | b'p' => codes.push(Code {
                    kind: c,
                    offset,
                    size: num,
                    repeat: 1,
                }),
                b'x' => {}
                _ if num > 0 => codes.push(Code {
                    kind: c,
                    offset,
                    size: isz,
                    repeat: num,
                }),
                _ => {}
            }
            offset += num * isz;
        }
        Ok(Layout {
            order,
            codes,
            size,
            len,
            format: fmt.to_string(),
        })
    }

    /// Each packed value's code, offset and size, repeats expanded.
    pub fn items(&self) -> impl Iterator<Item = Code> + '_ {
        self.codes.iter().flat_map(|c| {
            (0..c.repeat).map(move |k| Code {
                offset: c.offset + k * c.size,
                repeat: 1,
                ..*c
            })
        })
    }

    pub fn little(&self) -> bool {
        match self.order {
            Order::Native | Order::NativeStd => cfg!(target_endian = "little"),
            Order::Little => true,
            Order::Big => false,
        }
    }
}

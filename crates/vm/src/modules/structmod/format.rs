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

/// One code of the format (a repeat count makes several, except for `s`/`p`).
#[derive(Clone, Copy)]
pub struct Code {
    pub kind: u8,
    pub offset: usize,
    /// Item size (for `s`/`p`: the whole string's length).
    pub size: usize,
}

pub struct Layout {
    pub order: Order,
    pub codes: Vec<Code>,
    pub size: usize,
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

impl Layout {
    pub fn parse(fmt: &str) -> Result<Layout, &'static str> {
        let b = fmt.as_bytes();
        let (order, mut i) = match b.first() {
            Some(b'@') => (Order::Native, 1),
            Some(b'=') => (Order::NativeStd, 1),
            Some(b'<') => (Order::Little, 1),
            Some(b'>' | b'!') => (Order::Big, 1),
            _ => (Order::Native, 0),
        };
        let mut codes = Vec::new();
        let mut size = 0usize;
        while i < b.len() {
            let c = b[i];
            if c.is_ascii_whitespace() {
                i += 1;
                continue;
            }
            let mut num: Option<usize> = None;
            while i < b.len() && b[i].is_ascii_digit() {
                let d = (b[i] - b'0') as usize;
                num = Some(
                    num.unwrap_or(0)
                        .checked_mul(10)
                        .and_then(|n| n.checked_add(d))
                        .ok_or("total struct size too long")?,
                );
                i += 1;
            }
            if i >= b.len() {
                if num.is_some() {
                    return Err("repeat count given without format specifier");
                }
                break;
            }
            let c = b[i];
            i += 1;
            let (isz, align) = code_size(c, order).ok_or("bad char in struct format")?;
            let n = num.unwrap_or(1);
            if align > 1 {
                size = (size + align - 1) / align * align;
            }
            // CPython's first pass: the total size must fit before any code is stored.
            let bytes = if matches!(c, b's' | b'p' | b'x') {
                Some(n)
            } else {
                n.checked_mul(isz)
            };
            match bytes.and_then(|b| size.checked_add(b)) {
                Some(total) if total <= isize::MAX as usize / 2 => {}
                _ => return Err("total struct size too long"),
            }
            let stored = (codes.len() as u128 + n as u128) * std::mem::size_of::<Code>() as u128;
            if !matches!(c, b's' | b'p' | b'x') && stored > taipan_text::alloc::limit() {
                return Err(OUT_OF_MEMORY);
            }
            match c {
                b's' | b'p' => {
                    codes.push(Code {
                        kind: c,
                        offset: size,
                        size: n,
                    });
                    size += n;
                }
                b'x' => size += n,
                _ => {
                    for _ in 0..n {
                        codes.push(Code {
                            kind: c,
                            offset: size,
                            size: isz,
                        });
                        size += isz;
                    }
                }
            }
            if size > isize::MAX as usize / 2 {
                return Err("total struct size too long");
            }
        }
        Ok(Layout {
            order,
            codes,
            size,
            format: fmt.to_string(),
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

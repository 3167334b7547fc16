//! `binascii`'s uuencode (`a2b_uu`, `b2a_uu` with `backtick`) and quoted-printable
//! (`a2b_qp`, `b2a_qp` with `quotetabs`/`istext`/`header`) conversions, byte for byte as
//! CPython's `binascii.c` (line length 76, CRLF kept when the data uses it).

use taipan_object::abstract_ as ab;
use taipan_object::args::{self, ArgSpec};
use taipan_object::types::bytes::buffer;
use taipan_object::{ObjRef, PyResult, ThreadState};

use super::{ascii_arg, error};

fn flag(ts: &ThreadState, o: Option<ObjRef>, default: bool) -> PyResult<bool> {
    match o {
        Some(v) => ab::is_true(ts, &v),
        None => Ok(default),
    }
}

/// `a2b_uu(data, /)`: one uuencoded line.
pub fn a2b_uu(ts: &ThreadState, _: &ObjRef, data: &ObjRef) -> PyResult<ObjRef> {
    let d = ascii_arg(ts, data)?;
    let mut bin_len = (d.first().copied().unwrap_or(0).wrapping_sub(b' ') & 0o77) as usize;
    let mut rest = d.get(1..).unwrap_or(&[]).iter().copied();
    let mut out = Vec::with_capacity(bin_len);
    let (mut left, mut bits) = (0u32, 0u32);
    while bin_len > 0 {
        let ch = match rest.next() {
            None | Some(b'\n' | b'\r') => 0,
            Some(c) if !(b' '..=b' ' + 64).contains(&c) => {
                return Err(error(ts, "Illegal char"));
            }
            Some(c) => ((c - b' ') & 0o77) as u32,
        };
        left = (left << 6) | ch;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((left >> bits) as u8);
            left &= (1 << bits) - 1;
            bin_len -= 1;
        }
    }
    if rest.any(|c| !matches!(c, b' ' | b'`' | b'\n' | b'\r')) {
        return Err(error(ts, "Trailing garbage"));
    }
    Ok(ts.new_bytes(out))
}

/// `b2a_uu(data, /, *, backtick=False)`: at most 45 bytes as one line.
pub fn b2a_uu(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "b2a_uu",
        names: &["", "backtick"],
        required: 1,
        posonly: 1,
        kwonly: 1,
    };
    let [data, backtick] = args::parse::<2>(ts, &SPEC, a, kw)?;
    let data = data.expect("required");
    let backtick = flag(ts, backtick, false)?;
    let d = buffer(ts, &data)?.to_vec();
    if d.len() > 45 {
        return Err(error(ts, "At most 45 bytes at once"));
    }
    let enc = |c: u32| {
        if backtick && c == 0 {
            b'`'
        } else {
            b' ' + c as u8
        }
    };
    let mut out = Vec::with_capacity(2 + d.len().div_ceil(3) * 4);
    out.push(enc(d.len() as u32));
    let (mut left, mut bits) = (0u32, 0u32);
    let mut i = 0;
    while i < d.len() || bits != 0 {
        left = (left << 8) | d.get(i).copied().unwrap_or(0) as u32;
        bits += 8;
        while bits >= 6 {
            out.push(enc((left >> (bits - 6)) & 0x3F));
            bits -= 6;
        }
        left &= (1 << bits) - 1;
        i += 1;
    }
    out.push(b'\n');
    Ok(ts.new_bytes(out))
}

/// `a2b_qp(data, header=False)`.
pub fn a2b_qp(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "a2b_qp",
        names: &["data", "header"],
        required: 1,
        posonly: 0,
        kwonly: 2,
    };
    let [data, header] = args::parse::<2>(ts, &SPEC, a, kw)?;
    let d = ascii_arg(ts, &data.expect("required"))?;
    let header = flag(ts, header, false)?;
    let hex = |c: u8| (c as char).to_digit(16);
    let mut out = Vec::with_capacity(d.len());
    let mut i = 0;
    while i < d.len() {
        let c = d[i];
        if c == b'=' {
            i += 1;
            let Some(&n) = d.get(i) else { break };
            if n == b'\n' || n == b'\r' {
                if n != b'\n' {
                    while i < d.len() && d[i] != b'\n' {
                        i += 1;
                    }
                }
                if i < d.len() {
                    i += 1;
                }
            } else if n == b'=' {
                out.push(b'=');
                i += 1;
            } else if let (Some(h), Some(l)) = (hex(n), d.get(i + 1).and_then(|&x| hex(x))) {
                out.push((h * 16 + l) as u8);
                i += 2;
            } else {
                out.push(b'=');
            }
        } else if header && c == b'_' {
            out.push(b' ');
            i += 1;
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(ts.new_bytes(out))
}

/// `b2a_qp(data, quotetabs=False, istext=True, header=False)`.
pub fn b2a_qp(ts: &ThreadState, _: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<ObjRef> {
    static SPEC: ArgSpec = ArgSpec {
        fname: "b2a_qp",
        names: &["data", "quotetabs", "istext", "header"],
        required: 1,
        posonly: 0,
        kwonly: 4,
    };
    let [data, quotetabs, istext, header] = args::parse::<4>(ts, &SPEC, a, kw)?;
    let d = buffer(ts, &data.expect("required"))?.to_vec();
    let quotetabs = flag(ts, quotetabs, false)?;
    let istext = flag(ts, istext, true)?;
    let header = flag(ts, header, false)?;
    const MAXLINESIZE: usize = 76;
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let crlf = matches!(d.iter().position(|&c| c == b'\n'), Some(p) if p > 0 && d[p - 1] == b'\r');
    let newline = |out: &mut Vec<u8>| {
        if crlf {
            out.push(b'\r');
        }
        out.push(b'\n');
    };
    let n = d.len();
    let mut out = Vec::with_capacity(n + n / 4);
    let mut linelen = 0;
    let mut i = 0;
    while i < n {
        let c = d[i];
        let next = d.get(i + 1).copied();
        let encode = c > 126
            || c == b'='
            || (header && c == b'_')
            || (c == b'.' && linelen == 0 && matches!(next, None | Some(b'\n' | b'\r' | 0)))
            || (!istext && (c == b'\r' || c == b'\n'))
            || ((c == b'\t' || c == b' ') && next.is_none())
            || (c < 33 && c != b'\r' && c != b'\n' && (quotetabs || (c != b'\t' && c != b' ')));
        if encode {
            if linelen + 3 >= MAXLINESIZE {
                out.push(b'=');
                newline(&mut out);
                linelen = 0;
            }
            out.extend_from_slice(&[b'=', HEX[(c >> 4) as usize], HEX[(c & 15) as usize]]);
            i += 1;
            linelen += 3;
        } else if istext && (c == b'\n' || (c == b'\r' && next == Some(b'\n'))) {
            linelen = 0;
            // Whitespace at the end of a line is protected.
            if let Some(&last @ (b' ' | b'\t')) = out.last() {
                out.pop();
                out.extend_from_slice(&[
                    b'=',
                    HEX[(last >> 4) as usize],
                    HEX[(last & 15) as usize],
                ]);
            }
            newline(&mut out);
            i += if c == b'\r' { 2 } else { 1 };
        } else {
            if next.is_some() && next != Some(b'\n') && linelen + 1 >= MAXLINESIZE {
                out.push(b'=');
                newline(&mut out);
                linelen = 0;
            }
            linelen += 1;
            out.push(if header && c == b' ' { b'_' } else { c });
            i += 1;
        }
    }
    Ok(ts.new_bytes(out))
}

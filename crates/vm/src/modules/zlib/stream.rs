//! A zlib `z_stream` owned by Rust (CPython's `zlibmodule.c` stream handling): init for
//! deflate or inflate with CPython's parameters, the loop that feeds input and grows the
//! output, and `zlib.error`'s message (`Error -3 while decompressing data: incorrect header
//! check`). The stream is boxed (zlib keeps a pointer back to it) and ended on drop.

use std::ffi::CStr;
use std::os::raw::{c_int, c_uint, c_void};

use libz_sys as z;

unsafe extern "C" fn zalloc(_: *mut c_void, items: c_uint, size: c_uint) -> *mut c_void {
    // SAFETY: plain C allocation, freed by `zfree`.
    unsafe { libc::calloc(items as usize, size as usize) }
}
unsafe extern "C" fn zfree(_: *mut c_void, p: *mut c_void) {
    // SAFETY: `p` came from `zalloc`.
    unsafe { libc::free(p) }
}

/// Which way a stream runs.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Deflate,
    Inflate,
}

/// An initialised zlib stream.
pub struct Stream {
    strm: Box<z::z_stream>,
    pub kind: Kind,
}

fn blank() -> Box<z::z_stream> {
    Box::new(z::z_stream {
        next_in: std::ptr::null_mut(),
        avail_in: 0,
        total_in: 0,
        next_out: std::ptr::null_mut(),
        avail_out: 0,
        total_out: 0,
        msg: std::ptr::null_mut(),
        state: std::ptr::null_mut(),
        zalloc,
        zfree,
        opaque: std::ptr::null_mut(),
        data_type: 0,
        adler: 0,
        reserved: 0,
    })
}

/// A failed zlib call: its code and the stream's message, if it set one.
pub struct ZErr {
    pub code: c_int,
    pub msg: Option<String>,
}

impl ZErr {
    /// CPython's `zlib_error`: `Error <code> <while>[: <message>]`.
    pub fn message(&self, during: &str) -> String {
        if self.code == z::Z_VERSION_ERROR {
            return "library version mismatch".into();
        }
        let m = self.msg.clone().or_else(|| {
            match self.code {
                z::Z_BUF_ERROR => Some("incomplete or truncated stream"),
                z::Z_STREAM_ERROR => Some("inconsistent stream state"),
                z::Z_DATA_ERROR => Some("invalid input data"),
                _ => None,
            }
            .map(String::from)
        });
        match m {
            Some(m) => format!("Error {} {during}: {m}", self.code),
            None => format!("Error {} {during}", self.code),
        }
    }
}

impl Stream {
    fn err(&self, code: c_int) -> ZErr {
        let msg = if self.strm.msg.is_null() {
            None
        } else {
            // SAFETY: zlib's messages are static NUL-terminated strings.
            Some(
                unsafe { CStr::from_ptr(self.strm.msg) }
                    .to_string_lossy()
                    .into_owned(),
            )
        };
        ZErr { code, msg }
    }

    /// `deflateInit2(level, method, wbits, memLevel, strategy)`.
    pub fn deflate(
        level: i32,
        method: i32,
        wbits: i32,
        mem_level: i32,
        strategy: i32,
    ) -> Result<Stream, ZErr> {
        let mut s = Stream {
            strm: blank(),
            kind: Kind::Deflate,
        };
        // SAFETY: a fresh stream with allocators set.
        let r = unsafe {
            z::deflateInit2_(
                &mut *s.strm,
                level,
                method,
                wbits,
                mem_level,
                strategy,
                z::zlibVersion(),
                std::mem::size_of::<z::z_stream>() as c_int,
            )
        };
        if r != z::Z_OK {
            s.strm.state = std::ptr::null_mut();
            return Err(ZErr { code: r, msg: None });
        }
        Ok(s)
    }

    /// `inflateInit2(wbits)`.
    pub fn inflate(wbits: i32) -> Result<Stream, ZErr> {
        let mut s = Stream {
            strm: blank(),
            kind: Kind::Inflate,
        };
        // SAFETY: a fresh stream with allocators set.
        let r = unsafe {
            z::inflateInit2_(
                &mut *s.strm,
                wbits,
                z::zlibVersion(),
                std::mem::size_of::<z::z_stream>() as c_int,
            )
        };
        if r != z::Z_OK {
            s.strm.state = std::ptr::null_mut();
            return Err(ZErr { code: r, msg: None });
        }
        Ok(s)
    }

    /// `deflateSetDictionary`/`inflateSetDictionary`.
    pub fn set_dictionary(&mut self, d: &[u8]) -> Result<(), ZErr> {
        if d.len() > u32::MAX as usize {
            return Err(ZErr {
                code: z::Z_STREAM_ERROR,
                msg: None,
            });
        }
        // SAFETY: an initialised stream and a buffer of its length.
        let r = unsafe {
            match self.kind {
                Kind::Deflate => z::deflateSetDictionary(&mut *self.strm, d.as_ptr(), d.len() as _),
                Kind::Inflate => z::inflateSetDictionary(&mut *self.strm, d.as_ptr(), d.len() as _),
            }
        };
        if r != z::Z_OK {
            return Err(self.err(r));
        }
        Ok(())
    }

    /// A copy of the stream (`deflateCopy`/`inflateCopy`).
    pub fn copy(&mut self) -> Result<Stream, ZErr> {
        let mut s = Stream {
            strm: blank(),
            kind: self.kind,
        };
        // SAFETY: both streams are boxed; the source is initialised.
        let r = unsafe {
            match self.kind {
                Kind::Deflate => z::deflateCopy(&mut *s.strm, &mut *self.strm),
                Kind::Inflate => z::inflateCopy(&mut *s.strm, &mut *self.strm),
            }
        };
        if r != z::Z_OK {
            s.strm.state = std::ptr::null_mut();
            return Err(self.err(r));
        }
        Ok(s)
    }

    /// Runs deflate/inflate over `input` with `flush`, appending to `out` (at most `max`
    /// bytes in all when `max > 0`). Returns the zlib result of the last call and how much
    /// input was consumed. Stops when the input is used up and the output has room left,
    /// at the stream's end, at `max`, or on an error.
    pub fn run(
        &mut self,
        input: &[u8],
        flush: c_int,
        out: &mut Vec<u8>,
        max: usize,
    ) -> (c_int, usize) {
        let mut consumed = 0usize;
        let mut r;
        loop {
            let chunk = (input.len() - consumed).min(u32::MAX as usize);
            // SAFETY: next_in points into `input` for `avail_in` bytes; zlib never writes it.
            self.strm.next_in = input[consumed..].as_ptr() as *mut u8;
            self.strm.avail_in = chunk as c_uint;
            let mut room = if out.capacity() - out.len() < 64 {
                out.len().clamp(16384, 1 << 30)
            } else {
                out.capacity() - out.len()
            };
            if max > 0 {
                room = room.min(max - out.len());
            }
            out.reserve(room);
            let before = out.len();
            // SAFETY: the spare capacity is `room` writable bytes; zlib reports how many it
            // wrote through avail_out, and only those are then counted as initialised.
            unsafe {
                self.strm.next_out = out.as_mut_ptr().add(before);
                self.strm.avail_out = room.min(u32::MAX as usize) as c_uint;
                let given = self.strm.avail_out as usize;
                r = match self.kind {
                    Kind::Deflate => z::deflate(&mut *self.strm, flush),
                    Kind::Inflate => z::inflate(&mut *self.strm, flush),
                };
                let wrote = given - self.strm.avail_out as usize;
                out.set_len(before + wrote);
            }
            let used = chunk - self.strm.avail_in as usize;
            consumed += used;
            self.strm.next_in = std::ptr::null_mut();
            self.strm.avail_in = 0;
            let out_full = self.strm.avail_out == 0;
            if r == z::Z_STREAM_END || (r != z::Z_OK && r != z::Z_BUF_ERROR) {
                break;
            }
            if max > 0 && out.len() >= max {
                break;
            }
            if !out_full && consumed == input.len() {
                break;
            }
            if r == z::Z_BUF_ERROR && !out_full {
                break;
            }
        }
        (r, consumed)
    }

    /// The error of result `code` with the stream's message.
    pub fn error(&self, code: c_int) -> ZErr {
        self.err(code)
    }
}

impl Drop for Stream {
    fn drop(&mut self) {
        if self.strm.state.is_null() {
            return;
        }
        // SAFETY: an initialised stream, ended once.
        unsafe {
            match self.kind {
                Kind::Deflate => z::deflateEnd(&mut *self.strm),
                Kind::Inflate => z::inflateEnd(&mut *self.strm),
            };
        }
    }
}

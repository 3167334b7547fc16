//! The calendar half of the `time` module (CPython's `Modules/timemodule.c` over libc):
//! `struct_time`, `gmtime`, `localtime`, `mktime`, `asctime`, `ctime`, `strftime`, `tzset`
//! and the `timezone`/`altzone`/`daylight`/`tzname` attributes. (`struct_time` has the nine
//! sequence fields; `tm_zone`/`tm_gmtoff` need struct sequences with extra named fields.)

use std::cell::RefCell;

use taipan_object::abstract_ as ab;
use taipan_object::types::str_::PyStr;
use taipan_object::types::structseq::{self, StructSeqDesc};
use taipan_object::{ObjRef, PyResult, ThreadState};

unsafe extern "C" {
    /// POSIX `tzset(3)` (not in the libc crate).
    #[link_name = "tzset"]
    fn c_tzset();
}

static STRUCT_TIME: StructSeqDesc = StructSeqDesc {
    name: "time.struct_time",
    fields: &[
        "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
        "tm_isdst",
    ],
    doc: "The time value as returned by gmtime(), localtime(), and strptime(), and\n accepted by asctime(), mktime() and strftime().  May be considered as a\n sequence of 9 integers.\n\n Note that several fields' values are not the same as those defined by\n the C language standard for struct tm.  For example, the value of the\n field tm_year is the actual year, not year - 1900.  See individual\n fields' descriptions for details.",
    instantiable: true,
};

thread_local! {
    static TYPE: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
}

/// The `time.struct_time` type (made once).
pub fn struct_time_type(ts: &ThreadState) -> ObjRef {
    if let Some(t) = TYPE.with(|t| t.borrow().clone()) {
        return t;
    }
    let t = structseq::new_type(ts, &STRUCT_TIME);
    TYPE.with(|c| *c.borrow_mut() = Some(t.clone()));
    t
}

fn zeroed_tm() -> libc::tm {
    // SAFETY: libc::tm is plain data; all-zero is a valid value (tm_zone null).
    unsafe { std::mem::zeroed() }
}

fn to_struct(ts: &ThreadState, tm: &libc::tm) -> PyResult<ObjRef> {
    let items = [
        tm.tm_year as i64 + 1900,
        tm.tm_mon as i64 + 1,
        tm.tm_mday as i64,
        tm.tm_hour as i64,
        tm.tm_min as i64,
        tm.tm_sec as i64,
        (tm.tm_wday as i64 + 6) % 7,
        tm.tm_yday as i64 + 1,
        tm.tm_isdst as i64,
    ];
    let ty = struct_time_type(ts);
    Ok(structseq::new(
        ts,
        &ty,
        items.iter().map(|&v| ts.new_int(v)).collect(),
    ))
}

/// `secs` (None or missing: now) as a `time_t`, rounded toward minus infinity.
fn time_t_arg(ts: &ThreadState, a: Option<&ObjRef>) -> PyResult<libc::time_t> {
    let Some(o) = a.filter(|o| !ts.is_none(o)) else {
        // SAFETY: time(NULL).
        return Ok(unsafe { libc::time(std::ptr::null_mut()) });
    };
    if o.is_a::<taipan_object::types::float::PyFloat>() {
        let f = taipan_object::types::float::to_f64(ts, o)?;
        if f.is_nan() {
            return Err(ts.value_error("Invalid value NaN (not a number)"));
        }
        let f = f.floor();
        if !(-9.2e18..9.2e18).contains(&f) {
            return Err(ts.overflow_error("timestamp out of range for platform time_t"));
        }
        return Ok(f as libc::time_t);
    }
    let i = ab::index(ts, o).map_err(|_| {
        ts.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            o.typ().name()
        ))
    })?;
    taipan_object::types::int::as_i64(&i)
        .ok_or_else(|| ts.overflow_error("timestamp out of range for platform time_t"))
}

fn convert(ts: &ThreadState, a: &[ObjRef], f: &str, local: bool) -> PyResult<ObjRef> {
    taipan_object::args::check_positional(ts, f, a.len(), 0, 1)?;
    let t = time_t_arg(ts, a.first())?;
    let mut tm = zeroed_tm();
    // SAFETY: valid pointers; the _r variants are reentrant.
    let r = unsafe {
        if local {
            libc::localtime_r(&t, &mut tm)
        } else {
            libc::gmtime_r(&t, &mut tm)
        }
    };
    if r.is_null() {
        return Err(ts.overflow_error("timestamp out of range for platform time_t"));
    }
    to_struct(ts, &tm)
}

pub fn gmtime(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    convert(ts, a, "gmtime", false)
}
pub fn localtime(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    convert(ts, a, "localtime", true)
}

/// `gettmarg`: a struct_time or 9-tuple as a `struct tm`.
fn tm_arg(ts: &ThreadState, f: &str, o: &ObjRef) -> PyResult<libc::tm> {
    let Some(t) = o.downcast::<taipan_object::types::tuple::PyTuple>() else {
        return Err(ts.type_error("Tuple or struct_time argument required"));
    };
    let items = t.items().to_vec();
    if items.len() != 9 {
        return Err(ts.type_error(format!("{f}(): illegal time tuple argument")));
    }
    let mut v = [0i64; 9];
    for (k, x) in items.iter().enumerate() {
        v[k] = super::common::index_i64(ts, x)?;
    }
    let mut tm = zeroed_tm();
    tm.tm_year = (v[0] - 1900) as libc::c_int;
    tm.tm_mon = (v[1] - 1) as libc::c_int;
    tm.tm_mday = v[2] as libc::c_int;
    tm.tm_hour = v[3] as libc::c_int;
    tm.tm_min = v[4] as libc::c_int;
    tm.tm_sec = v[5] as libc::c_int;
    tm.tm_wday = ((v[6] + 1) % 7) as libc::c_int;
    tm.tm_yday = (v[7] - 1) as libc::c_int;
    tm.tm_isdst = v[8] as libc::c_int;
    Ok(tm)
}

/// `checktm`: CPython's range checks (after the struct_time normalizations of strftime).
fn check_tm(ts: &ThreadState, tm: &libc::tm) -> PyResult<()> {
    let bad = |m: &str| Err(ts.value_error(m));
    if !(0..=11).contains(&tm.tm_mon) {
        return bad("month out of range");
    }
    if !(1..=31).contains(&tm.tm_mday) {
        return bad("day of month out of range");
    }
    if !(0..=23).contains(&tm.tm_hour) {
        return bad("hour out of range");
    }
    if !(0..=59).contains(&tm.tm_min) {
        return bad("minute out of range");
    }
    if !(0..=61).contains(&tm.tm_sec) {
        return bad("seconds out of range");
    }
    if tm.tm_wday < 0 {
        return bad("day of week out of range");
    }
    if !(0..=365).contains(&tm.tm_yday) {
        return bad("day of year out of range");
    }
    Ok(())
}

fn now_local(ts: &ThreadState) -> PyResult<libc::tm> {
    let t = time_t_arg(ts, None)?;
    let mut tm = zeroed_tm();
    // SAFETY: valid pointers.
    unsafe { libc::localtime_r(&t, &mut tm) };
    Ok(tm)
}

pub fn mktime(ts: &ThreadState, _: &ObjRef, o: &ObjRef) -> PyResult<ObjRef> {
    let mut tm = tm_arg(ts, "mktime", o)?;
    tm.tm_wday = -1;
    // SAFETY: a valid tm.
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(ts.overflow_error("mktime argument out of range"));
    }
    Ok(ts.new_float(t as f64))
}

fn asc(tm: &libc::tm) -> String {
    const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!(
        "{} {}{:>3} {:02}:{:02}:{:02} {}",
        DAYS[tm.tm_wday.rem_euclid(7) as usize],
        MONTHS[tm.tm_mon.rem_euclid(12) as usize],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        tm.tm_year as i64 + 1900
    )
}

pub fn asctime(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    taipan_object::args::check_positional(ts, "asctime", a.len(), 0, 1)?;
    let tm = match a.first() {
        Some(o) => {
            let tm = tm_arg(ts, "asctime", o)?;
            check_tm(ts, &tm)?;
            tm
        }
        None => now_local(ts)?,
    };
    Ok(ts.new_string(asc(&tm)))
}

pub fn ctime(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    taipan_object::args::check_positional(ts, "ctime", a.len(), 0, 1)?;
    let t = time_t_arg(ts, a.first())?;
    let mut tm = zeroed_tm();
    // SAFETY: valid pointers.
    if unsafe { libc::localtime_r(&t, &mut tm) }.is_null() {
        return Err(ts.overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(ts.new_string(asc(&tm)))
}

pub fn strftime(ts: &ThreadState, _: &ObjRef, a: &[ObjRef]) -> PyResult<ObjRef> {
    taipan_object::args::check_positional(ts, "strftime", a.len(), 1, 2)?;
    let Some(fmt) = a[0].downcast::<PyStr>() else {
        return Err(ts.type_error(format!(
            "strftime() argument 1 must be str, not {}",
            a[0].typ().name()
        )));
    };
    let tm = match a.get(1) {
        Some(o) => {
            let mut tm = tm_arg(ts, "strftime", o)?;
            // CPython normalizes 0 to the smallest valid value before checking.
            if tm.tm_mon == -1 {
                tm.tm_mon = 0;
            }
            if tm.tm_mday == 0 {
                tm.tm_mday = 1;
            }
            if tm.tm_yday == -1 {
                tm.tm_yday = 0;
            }
            check_tm(ts, &tm)?;
            tm.tm_isdst = tm.tm_isdst.clamp(-1, 1);
            tm
        }
        None => now_local(ts)?,
    };
    let fmt = fmt.as_str();
    if fmt.contains('\0') {
        return Err(ts.value_error("embedded null character"));
    }
    let cfmt = std::ffi::CString::new(fmt).unwrap_or_default();
    let mut size = 1024.max(fmt.len() * 4);
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: buf has `size` bytes; the format is NUL-terminated; tm is valid.
        let n = unsafe {
            libc::strftime(
                buf.as_mut_ptr() as *mut libc::c_char,
                size,
                cfmt.as_ptr(),
                &tm,
            )
        };
        if n > 0 || fmt.is_empty() || size > 256 * fmt.len() + 4096 {
            buf.truncate(n);
            return Ok(ts.new_string(String::from_utf8_lossy(&buf).into_owned()));
        }
        size *= 4;
    }
}

/// Sets `timezone`, `altzone`, `daylight` and `tzname` on the module (CPython's
/// `init_timezone`: offsets of January and July of this year).
pub fn set_zone_attrs(ts: &ThreadState, m: &ObjRef) {
    // SAFETY: tzset reads TZ.
    unsafe { c_tzset() };
    let year_start = {
        let t = time_t_arg(ts, None).unwrap_or(0);
        let mut tm = zeroed_tm();
        // SAFETY: valid pointers.
        unsafe { libc::localtime_r(&t, &mut tm) };
        let mut jan = zeroed_tm();
        jan.tm_year = tm.tm_year;
        jan.tm_mday = 1;
        jan.tm_isdst = -1;
        // SAFETY: a valid tm.
        unsafe { libc::mktime(&mut jan) }
    };
    let probe = |t: libc::time_t| {
        let mut tm = zeroed_tm();
        // SAFETY: valid pointers.
        unsafe { libc::localtime_r(&t, &mut tm) };
        let zone = if tm.tm_zone.is_null() {
            String::new()
        } else {
            // SAFETY: a NUL-terminated zone abbreviation owned by libc.
            unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
                .to_string_lossy()
                .into_owned()
        };
        (-tm.tm_gmtoff, zone)
    };
    let (jan_off, jan_name) = probe(year_start);
    let (jul_off, jul_name) = probe(year_start + 183 * 86400);
    let (tz, alt, std_name, dst_name) = if jan_off < jul_off {
        // Southern hemisphere: DST in January.
        (jul_off, jan_off, jul_name, jan_name)
    } else {
        (jan_off, jul_off, jan_name, jul_name)
    };
    let set = |k: &str, v: ObjRef| super::common::set_attr(ts, m, k, v);
    set("timezone", ts.new_int(tz));
    set("altzone", ts.new_int(alt));
    set("daylight", ts.new_int((tz != alt) as i64));
    set(
        "tzname",
        ts.new_tuple(vec![ts.new_string(std_name), ts.new_string(dst_name)]),
    );
    set("struct_time", struct_time_type(ts));
}

pub fn tzset(ts: &ThreadState, m: &ObjRef) -> PyResult<ObjRef> {
    set_zone_attrs(ts, m);
    Ok(ts.none())
}

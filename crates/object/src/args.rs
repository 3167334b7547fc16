//! Argument parsing for built-in functions and methods (CPython's `PyArg_*` and Argument
//! Clinic checks) over vectorcall arguments, with CPython's messages.

use crate::abstract_::str_of;
use crate::error::PyResult;
use crate::header::ObjRef;
use crate::thread::ThreadState;
use crate::types::tuple::PyTuple;

/// The keyword names of a vectorcall (empty without).
#[inline]
pub fn kw_names(kwnames: Option<&ObjRef>) -> &[ObjRef] {
    kwnames
        .and_then(|k| k.downcast::<PyTuple>())
        .map_or(&[], |t| t.items())
}

/// `f() takes no keyword arguments`.
pub fn no_kwargs(ts: &ThreadState, fname: &str, kwnames: Option<&ObjRef>) -> PyResult<()> {
    if kw_names(kwnames).is_empty() {
        Ok(())
    } else {
        Err(ts.type_error(format!("{fname}() takes no keyword arguments")))
    }
}

/// `_PyArg_CheckPositional`: `name expected at least 2 arguments, got 0`.
pub fn check_positional(
    ts: &ThreadState,
    fname: &str,
    n: usize,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if n < min {
        return Err(ts.type_error(if min == max {
            format!(
                "{fname} expected {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{fname} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        }));
    }
    if n > max {
        return Err(ts.type_error(if min == max {
            format!(
                "{fname} expected {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{fname} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        }));
    }
    Ok(())
}

/// A parameter list: names in order, how many are required, how many are positional-only,
/// and from which index they are keyword-only.
pub struct ArgSpec {
    pub fname: &'static str,
    pub names: &'static [&'static str],
    pub required: usize,
    pub posonly: usize,
    /// Index of the first keyword-only parameter (`names.len()` when none).
    pub kwonly: usize,
}

/// Binds vectorcall arguments to `spec`'s parameters.
pub fn parse<const N: usize>(
    ts: &ThreadState,
    spec: &ArgSpec,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<[Option<ObjRef>; N]> {
    let kw = kw_names(kwnames);
    let npos = args.len() - kw.len();
    let mut out: [Option<ObjRef>; N] = std::array::from_fn(|_| None);
    let f = spec.fname;
    if args.len() > spec.names.len() {
        // `_PyArg_UnpackKeywords` / `vgetargskeywords`: too many arguments in all.
        return Err(ts.type_error(format!(
            "{f}() takes at most {} {}argument{} ({} given)",
            spec.names.len(),
            if npos == 0 { "keyword " } else { "" },
            if spec.names.len() == 1 { "" } else { "s" },
            args.len()
        )));
    }
    if npos > spec.kwonly {
        return Err(ts.type_error(if spec.kwonly == spec.required {
            format!(
                "{f}() takes exactly {} positional argument{} ({npos} given)",
                spec.kwonly,
                if spec.kwonly == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{f}() takes at most {} positional argument{} ({npos} given)",
                spec.kwonly,
                if spec.kwonly == 1 { "" } else { "s" }
            )
        }));
    }
    for (i, a) in args[..npos].iter().enumerate() {
        out[i] = Some(a.clone());
    }
    // `_PyArg_UnpackKeywords`: an unknown keyword is reported after the missing arguments.
    let mut unknown: Option<&str> = None;
    for (k, v) in kw.iter().zip(&args[npos..]) {
        let name = str_of(k);
        match spec.names.iter().position(|n| *n == name) {
            Some(i) if i >= spec.posonly => {
                if out[i].is_some() {
                    return Err(ts.type_error(format!(
                        "argument for {f}() given by name ('{name}') and position ({})",
                        i + 1
                    )));
                }
                out[i] = Some(v.clone());
            }
            _ => {
                unknown = unknown.or(Some(name));
            }
        }
    }
    for (i, slot) in out.iter().enumerate().take(spec.required) {
        if slot.is_none() {
            return Err(ts.type_error(if i < spec.posonly {
                format!(
                    "{f}() missing required argument '{}' (pos {})",
                    spec.names[i],
                    i + 1
                )
            } else {
                format!(
                    "{f}() missing required argument '{}' (pos {})",
                    spec.names[i],
                    i + 1
                )
            }));
        }
    }
    if let Some(name) = unknown {
        return Err(ts.type_error(format!("'{name}' is an invalid keyword argument for {f}()")));
    }
    Ok(out)
}

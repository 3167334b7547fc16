//! Private name mangling, CPython's `_Py_Mangle`: in a class `C`, `__x` becomes `_C__x`
//! (`__x__` and dotted names are left alone, as are names in a class whose name is only
//! underscores).

/// The mangled form of `ident` inside class `private`, or `None` when it is not mangled.
pub fn mangle(private: &str, ident: &str) -> Option<String> {
    let b = ident.as_bytes();
    if b.len() < 2 || b[0] != b'_' || b[1] != b'_' {
        return None;
    }
    if b.ends_with(b"__") || ident.contains('.') {
        return None;
    }
    let class = private.trim_start_matches('_');
    if class.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(1 + class.len() + ident.len());
    out.push('_');
    out.push_str(class);
    out.push_str(ident);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::mangle;

    #[test]
    fn mangles_as_cpython() {
        assert_eq!(mangle("C", "__x").as_deref(), Some("_C__x"));
        assert_eq!(mangle("__C_", "__x").as_deref(), Some("_C___x"));
        assert_eq!(mangle("C", "__x__"), None);
        assert_eq!(mangle("C", "__"), None);
        assert_eq!(mangle("C", "___"), None);
        assert_eq!(mangle("C", "_x"), None);
        assert_eq!(mangle("C", "__a.b"), None);
        assert_eq!(mangle("___", "__x"), None);
    }
}

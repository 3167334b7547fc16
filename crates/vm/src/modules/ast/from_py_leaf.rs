//! The leaves of the Python-objects-to-AST conversion (CPython's `obj2ast_*` helpers): reading
//! a field (`required field "x" missing from Y`, `Y field "x" must be a list, not a Z`),
//! positions, `int`, `identifier`, `string` and `constant` values, and the classes of the
//! enum-like sums (`expected some sort of operator, but got ...`).

use taipan_ast::{Constant, Identifier, Int, Loc, PyStr as TextStr};
use taipan_object::abstract_ as ab;
use taipan_object::types::bytes::PyBytes;
use taipan_object::types::complex::PyComplex;
use taipan_object::types::float::PyFloat;
use taipan_object::types::int::PyInt;
use taipan_object::types::list::PyList;
use taipan_object::types::str_::PyStr;
use taipan_object::types::tuple::PyTuple;
use taipan_object::{ObjRef, PyResult};

use super::from_py::FromPy;
use super::nodes::CLASSES;

impl FromPy<'_> {
    /// The attribute `name` of `o`, `None` when it is missing.
    pub(super) fn attr(&self, o: &ObjRef, name: &str) -> PyResult<Option<ObjRef>> {
        ab::getattr_opt(self.ts, o, &self.ts.intern(name))
    }

    /// A field that must be there (it may still be `None`).
    pub(super) fn req(&self, o: &ObjRef, name: &str, owner: &str) -> PyResult<ObjRef> {
        match self.attr(o, name)? {
            Some(v) => Ok(v),
            None => Err(self
                .ts
                .type_error(format!("required field \"{name}\" missing from {owner}"))),
        }
    }

    /// An optional field: `None` when missing or `None`.
    pub(super) fn opt(&self, o: &ObjRef, name: &str) -> PyResult<Option<ObjRef>> {
        Ok(self.attr(o, name)?.filter(|v| !self.ts.is_none(v)))
    }

    /// A sequence field: required, and a list.
    pub(super) fn list(&self, o: &ObjRef, name: &str, owner: &str) -> PyResult<Vec<ObjRef>> {
        let v = self.req(o, name, owner)?;
        match v.downcast::<PyList>() {
            Some(l) => Ok(l.to_vec()),
            None => Err(self.ts.type_error(format!(
                "{owner} field \"{name}\" must be a list, not a {}",
                v.typ().name()
            ))),
        }
    }

    /// An `int` value (`obj2ast_int`).
    pub(super) fn int(&self, v: &ObjRef) -> PyResult<i64> {
        match v.downcast::<PyInt>() {
            Some(PyInt(Int::Small(i))) if i32::try_from(*i).is_ok() => Ok(*i),
            Some(_) => Err(self
                .ts
                .overflow_error("Python int too large to convert to C int")),
            None => Err(self.ts.value_error(format!(
                "invalid integer value: {}",
                ab::repr_string(self.ts, v)?
            ))),
        }
    }

    /// An `int` field that must be there.
    pub(super) fn int_field(&self, o: &ObjRef, name: &str, owner: &str) -> PyResult<i64> {
        let v = self.req(o, name, owner)?;
        self.int(&v)
    }

    /// The four position attributes of a node of sum `owner` (the ends default to the start
    /// where the ASDL makes them optional); `checked` nodes (statements, expressions,
    /// patterns) must have a valid range, as CPython's validator requires.
    pub(super) fn loc(&self, o: &ObjRef, owner: &str, checked: bool) -> PyResult<Loc> {
        let lineno = self.int_field(o, "lineno", owner)?;
        let col = self.int_field(o, "col_offset", owner)?;
        let ends_optional = owner != "pattern";
        let end = |name: &str, default: i64| -> PyResult<i64> {
            if ends_optional {
                match self.opt(o, name)? {
                    Some(v) => self.int(&v),
                    None => Ok(default),
                }
            } else {
                self.int_field(o, name, owner)
            }
        };
        let end_lineno = end("end_lineno", lineno)?;
        let end_col = end("end_col_offset", col)?;
        if checked {
            if lineno > end_lineno {
                return Err(self.ts.value_error(format!(
                    "AST node line range ({lineno}, {end_lineno}) is not valid"
                )));
            }
            if (lineno < 0 && end_lineno != lineno) || (col < 0 && col != end_col) {
                return Err(self.ts.value_error(format!(
                    "AST node column range ({col}, {end_col}) for line range ({lineno}, {end_lineno}) is not valid"
                )));
            }
            if lineno == end_lineno && col > end_col {
                return Err(self.ts.value_error(format!(
                    "line {lineno}, column {col}-{end_col} is not a valid range"
                )));
            }
        }
        let u = |v: i64| u32::try_from(v).unwrap_or(u32::MAX);
        Ok(Loc::new(u(lineno), u(col), u(end_lineno), u(end_col)))
    }

    /// An `identifier` value: a str or `None`.
    pub(super) fn ident(&mut self, v: &ObjRef) -> PyResult<Option<Identifier>> {
        if self.ts.is_none(v) {
            return Ok(None);
        }
        match v.downcast::<PyStr>() {
            Some(s) if v.is_exact(&self.ts.types.str_) => {
                Ok(Some(self.ast.names.intern(s.as_str())))
            }
            _ => Err(self.ts.type_error("AST identifier must be of type str")),
        }
    }

    /// An identifier field that must be there and not `None`.
    pub(super) fn req_ident(
        &mut self,
        o: &ObjRef,
        name: &str,
        owner: &str,
    ) -> PyResult<Identifier> {
        let v = self.req(o, name, owner)?;
        match self.ident(&v)? {
            Some(i) => Ok(i),
            None => Err(self
                .ts
                .value_error(format!("field '{name}' is required for {owner}"))),
        }
    }

    /// An optional identifier field.
    pub(super) fn opt_ident(&mut self, o: &ObjRef, name: &str) -> PyResult<Option<Identifier>> {
        match self.opt(o, name)? {
            Some(v) => self.ident(&v),
            None => Ok(None),
        }
    }

    /// A `string` field (`type_comment`, `kind`): optional, a str.
    pub(super) fn string(&self, o: &ObjRef, name: &str) -> PyResult<Option<Box<str>>> {
        let Some(v) = self.opt(o, name)? else {
            return Ok(None);
        };
        match v.downcast::<PyStr>() {
            Some(s) => Ok(Some(s.as_str().into())),
            None if v.is_a::<PyBytes>() => Ok(None),
            None => Err(self.ts.type_error("AST string must be of type str")),
        }
    }

    /// A `constant` value, checked as CPython's validator does.
    pub(super) fn constant(&self, v: &ObjRef) -> PyResult<Constant> {
        let ts = self.ts;
        if ts.is_none(v) {
            return Ok(Constant::None);
        }
        if v.is(&ts.ellipsis()) {
            return Ok(Constant::Ellipsis);
        }
        if v.is_exact(&ts.types.bool_) {
            return Ok(Constant::Bool(ab::is_true(ts, v)?));
        }
        if let Some(i) = v.downcast::<PyInt>()
            && v.is_exact(&ts.types.int)
        {
            return Ok(Constant::Int(i.0.clone()));
        }
        if let Some(f) = v.downcast::<PyFloat>()
            && v.is_exact(&ts.types.float)
        {
            return Ok(Constant::float(f.0));
        }
        if let Some(c) = v.downcast::<PyComplex>()
            && v.is_exact(&ts.types.complex)
        {
            return Ok(Constant::complex(c.0.re, c.0.im));
        }
        if let Some(s) = v.downcast::<PyStr>()
            && v.is_exact(&ts.types.str_)
        {
            return Ok(Constant::Str(TextStr::from_gutf8(s.as_bytes().to_vec())));
        }
        if let Some(b) = v.downcast::<PyBytes>()
            && v.is_exact(&ts.types.bytes)
        {
            return Ok(Constant::Bytes(b.as_bytes().into()));
        }
        if let Some(t) = v.downcast::<PyTuple>()
            && v.is_exact(&ts.types.tuple)
        {
            let items: PyResult<Vec<Constant>> =
                t.items().iter().map(|x| self.constant(x)).collect();
            return Ok(Constant::Tuple(items?.into()));
        }
        if v.is_exact(&ts.types.frozenset) {
            let items: PyResult<Vec<Constant>> = ab::collect(ts, v)?
                .iter()
                .map(|x| self.constant(x))
                .collect();
            return Ok(Constant::FrozenSet(items?.into()));
        }
        Err(ts.type_error(format!(
            "got an invalid type in Constant: {}",
            v.typ().name()
        )))
    }

    /// The name of the constructor of sum `sum` (a table index) that `o` is an instance of,
    /// for the field-less sums (operators, contexts): `expected some sort of <sum>, but got
    /// <repr>` otherwise.
    pub(super) fn unit_class(&self, o: &ObjRef, sum: usize) -> PyResult<&'static str> {
        let k = self.constructor(o, sum)?;
        Ok(CLASSES[k].name)
    }

    /// The index of the constructor of sum `sum` that `o` is an instance of.
    pub(super) fn constructor(&self, o: &ObjRef, sum: usize) -> PyResult<usize> {
        let range = constructors(sum);
        let cls = o.class();
        if let Some(k) = range.clone().find(|&k| cls.is(&self.st.classes[k])) {
            return Ok(k);
        }
        for k in range {
            if self.st.is(self.ts, o, k)? {
                return Ok(k);
            }
        }
        Err(self.ts.type_error(format!(
            "expected some sort of {}, but got {}",
            CLASSES[sum].name,
            ab::repr_string(self.ts, o)?
        )))
    }
}

/// The table indices of the constructors of the sum at `sum` (they follow it in the table).
fn constructors(sum: usize) -> std::ops::Range<usize> {
    let name = CLASSES[sum].name;
    let end = (sum + 1..CLASSES.len())
        .find(|&i| CLASSES[i].base != name)
        .unwrap_or(CLASSES.len());
    sum + 1..end
}

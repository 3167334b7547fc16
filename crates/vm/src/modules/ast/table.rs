//! The shape of `_ast`'s class table ([`NodeClass`], [`Field`], [`Kind`]): what `nodes.rs`
//! (generated) declares and what the module builder and both conversions read.

/// How many values a field holds: one (`expr`), an optional one (`expr?`), a list (`expr*`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    One,
    Opt,
    Seq,
}

/// One field or attribute: its name, its ASDL type (`"expr"`, `"identifier"`, `"int"`, ...)
/// and [`Kind`].
#[derive(Debug)]
pub struct Field {
    pub name: &'static str,
    /// Read by nothing yet: the conversions know each field's type; kept so the table is
    /// the ASDL's whole declaration.
    #[allow(dead_code)]
    pub ty: &'static str,
    pub kind: Kind,
}

/// One class of `_ast`: its name, its base (`"AST"` for the sums and products, the sum's name
/// for a constructor), its docstring (the ASDL line), `_fields` and the `_attributes` it
/// declares itself (a constructor inherits its sum's).
#[derive(Debug)]
pub struct NodeClass {
    pub name: &'static str,
    pub base: &'static str,
    pub doc: &'static str,
    pub fields: &'static [Field],
    pub attributes: &'static [Field],
}

/// The index of the class named `name`.
pub fn index_of(name: &str) -> Option<usize> {
    super::nodes::CLASSES.iter().position(|c| c.name == name)
}

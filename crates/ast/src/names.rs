//! The identifier interner of one [`crate::Ast`]: names, attributes, parameters, aliases and
//! module paths are stored once and referred to by a `u32`.

use std::hash::{Hash, Hasher};

use rustc_hash::FxHashMap;

/// An interned identifier; resolve it with [`Names::get`] (or `ast.names[id]`).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Identifier(u32);

impl Identifier {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// Every distinct identifier of a tree, in order of first use.
#[derive(Clone, Default)]
pub struct Names {
    strings: Vec<Box<str>>,
    map: FxHashMap<Box<str>, Identifier>,
}

impl Names {
    pub fn intern(&mut self, text: &str) -> Identifier {
        if let Some(&id) = self.map.get(text) {
            return id;
        }
        let id = Identifier(self.strings.len() as u32);
        self.strings.push(text.into());
        self.map.insert(text.into(), id);
        id
    }
    pub fn get(&self, id: Identifier) -> &str {
        &self.strings[id.index()]
    }
    /// The identifier for `text` if it was interned.
    pub fn lookup(&self, text: &str) -> Option<Identifier> {
        self.map.get(text).copied()
    }
    pub fn len(&self) -> usize {
        self.strings.len()
    }
    pub fn is_empty(&self) -> bool {
        self.strings.is_empty()
    }
}

impl std::ops::Index<Identifier> for Names {
    type Output = str;
    fn index(&self, id: Identifier) -> &str {
        self.get(id)
    }
}

// The map only accelerates `intern`: two interners are equal when they hold the same strings.
impl PartialEq for Names {
    fn eq(&self, other: &Self) -> bool {
        self.strings == other.strings
    }
}
impl Eq for Names {}
impl Hash for Names {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.strings.hash(state);
    }
}
impl std::fmt::Debug for Names {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.strings.iter()).finish()
    }
}

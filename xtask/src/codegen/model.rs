//! Lowers an ungrammar `Grammar` to the model the emitters print: node structs with their fields,
//! and enums for rules that are an alternation of nodes (in the manner of rust-analyzer's
//! `xtask/src/codegen/grammar.rs`).

use std::collections::BTreeSet;

use ungrammar::{Grammar, Rule};

use super::tokens::{self, TokenSpec};

#[derive(Debug, Default)]
pub struct AstSrc {
    pub nodes: Vec<NodeSrc>,
    pub enums: Vec<EnumSrc>,
}

#[derive(Debug)]
pub struct NodeSrc {
    /// `FunctionDef`.
    pub name: String,
    /// `FUNCTION_DEF`.
    pub kind: String,
    pub fields: Vec<Field>,
}

#[derive(Debug)]
pub struct EnumSrc {
    pub name: String,
    /// Node or enum names, in grammar order.
    pub variants: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    /// A token of one kind: `def_token()`.
    Token { name: String, kind: String },
    /// A labeled alternation of tokens: `op()` returns the first token of any of these kinds.
    TokenSet { name: String, kinds: Vec<String> },
    /// A child node (or enum).
    Node {
        name: String,
        ty: String,
        many: bool,
        slot: Slot,
    },
}

/// Which child of its type a single node field is. Plain fields take the first child that casts;
/// fields whose type overlaps another field's (`lhs`/`rhs`, `lower`/`upper`/`step`) need more.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Slot {
    /// The first child that casts.
    First,
    /// The field is the `index`-th of a group of fields with overlapping types, and
    /// `separators[i]` are the token kinds the grammar puts between group fields `i` and `i + 1`
    /// (see `support::child_in_slot`).
    Group {
        separators: Vec<Vec<String>>,
        index: usize,
    },
    /// After a repeated field of an overlapping type (`targets:Expr* '=' value:Expr`): the last
    /// child that casts.
    Last,
    /// A repeated field followed by a single field of an overlapping type (`targets` above):
    /// every child that casts but the last.
    AllButLast,
}

impl Field {
    pub fn method_name(&self) -> String {
        match self {
            Field::Token { name, .. } | Field::TokenSet { name, .. } | Field::Node { name, .. } => {
                name.clone()
            }
        }
    }
}

/// One item of a node's rule, flattened: used to place children with overlapping types.
enum Item {
    Token(Vec<String>),
    Field(usize),
}

/// Lowers the grammar; `text` is its source, whose definition order the output keeps.
pub fn lower(grammar: &Grammar, text: &str, token_table: &[TokenSpec]) -> Result<AstSrc, String> {
    let mut res = AstSrc::default();
    let mut unknown_tokens = BTreeSet::new();
    for node in grammar.iter() {
        let data = &grammar[node];
        if let Some(variants) = lower_enum(grammar, &data.rule) {
            res.enums.push(EnumSrc {
                name: data.name.clone(),
                variants,
            });
            continue;
        }
        let mut cx = LowerCx {
            grammar,
            token_table,
            fields: Vec::new(),
            items: Vec::new(),
            unknown_tokens: &mut unknown_tokens,
        };
        cx.lower_rule(None, &data.rule, false);
        let LowerCx {
            mut fields, items, ..
        } = cx;
        assign_slots(&mut fields, &items, &kind_sets(grammar));
        let fields = deduplicate(fields);
        res.nodes.push(NodeSrc {
            name: data.name.clone(),
            kind: to_upper_snake_case(&data.name),
            fields,
        });
    }
    let order = definition_order(text);
    let rank = |name: &str| order.iter().position(|n| *n == name).unwrap_or(usize::MAX);
    res.nodes.sort_by_key(|n| rank(&n.name));
    res.enums.sort_by_key(|e| rank(&e.name));
    if !unknown_tokens.is_empty() {
        return Err(format!(
            "python.ungram uses tokens that are neither an operator, a keyword nor a token kind: {}",
            unknown_tokens.into_iter().collect::<Vec<_>>().join(", ")
        ));
    }
    if let Some(bad) = res
        .nodes
        .iter()
        .find(|n| tokens::resolve(token_table, &n.kind).is_some())
    {
        return Err(format!(
            "node `{}` of python.ungram would be kind `{}`, which is already a token kind: rename it",
            bad.name, bad.kind
        ));
    }
    Ok(res)
}

/// The names of the rules in the order the file defines them (`Name =` at the start of a line).
fn definition_order(text: &str) -> Vec<&str> {
    text.lines()
        .filter_map(|line| {
            let end = line.find(|c: char| !c.is_ascii_alphanumeric() && c != '_')?;
            let (name, rest) = line.split_at(end);
            let starts_upper = name.starts_with(|c: char| c.is_ascii_uppercase());
            (starts_upper && rest.trim_start().starts_with('=')).then_some(name)
        })
        .collect()
}

/// `A = B | C | D` where every alternative is a node: an enum.
fn lower_enum(grammar: &Grammar, rule: &Rule) -> Option<Vec<String>> {
    let Rule::Alt(alternatives) = rule else {
        return None;
    };
    alternatives
        .iter()
        .map(|alt| match alt {
            Rule::Node(node) => Some(grammar[*node].name.clone()),
            _ => None,
        })
        .collect()
}

struct LowerCx<'a> {
    grammar: &'a Grammar,
    token_table: &'a [TokenSpec],
    fields: Vec<Field>,
    items: Vec<Item>,
    unknown_tokens: &'a mut BTreeSet<String>,
}

impl LowerCx<'_> {
    fn token_kind(&mut self, token: ungrammar::Token) -> String {
        let name = &self.grammar[token].name;
        match tokens::resolve(self.token_table, name) {
            Some(spec) => spec.kind.clone(),
            None => {
                self.unknown_tokens.insert(format!("'{name}'"));
                "ERROR_TOKEN".to_owned()
            }
        }
    }

    fn lower_rule(&mut self, label: Option<&str>, rule: &Rule, many: bool) {
        if self.lower_separated_list(label, rule) {
            return;
        }
        match rule {
            Rule::Node(node) => {
                let ty = self.grammar[*node].name.clone();
                let name = match label {
                    Some(l) => l.to_owned(),
                    None if many => pluralize(&to_lower_snake_case(&ty)),
                    None => to_lower_snake_case(&ty),
                };
                self.items.push(Item::Field(self.fields.len()));
                self.fields.push(Field::Node {
                    name,
                    ty,
                    many,
                    slot: Slot::First,
                });
            }
            Rule::Token(token) => {
                let kind = self.token_kind(*token);
                self.items.push(Item::Token(vec![kind.clone()]));
                let name = match label {
                    Some(l) => l.to_owned(),
                    None => token_method_name(&kind),
                };
                self.fields.push(Field::Token { name, kind });
            }
            Rule::Labeled {
                label: l,
                rule: inner,
            } => {
                if let Some(mut kinds) = self.token_alternation(inner) {
                    self.items.push(Item::Token(kinds.clone()));
                    self.fields.push(if kinds.len() == 1 {
                        Field::Token {
                            name: l.clone(),
                            kind: kinds.remove(0),
                        }
                    } else {
                        Field::TokenSet {
                            name: l.clone(),
                            kinds,
                        }
                    });
                } else {
                    self.lower_rule(Some(l), inner, many);
                }
            }
            Rule::Seq(rules) | Rule::Alt(rules) => {
                for rule in rules {
                    self.lower_rule(label, rule, many);
                }
            }
            Rule::Opt(inner) => self.lower_rule(label, inner, many),
            Rule::Rep(inner) => self.lower_rule(label, inner, true),
        }
    }

    /// `'+' | '-' | ...` (or a single token): the kinds.
    fn token_alternation(&mut self, rule: &Rule) -> Option<Vec<String>> {
        match rule {
            Rule::Token(t) => Some(vec![self.token_kind(*t)]),
            Rule::Alt(alts) if alts.iter().all(|a| matches!(a, Rule::Token(_))) => Some(
                alts.iter()
                    .map(|a| match a {
                        Rule::Token(t) => self.token_kind(*t),
                        _ => unreachable!(),
                    })
                    .collect(),
            ),
            _ => None,
        }
    }

    /// `T (',' T)* ','?` as a whole rule or inside a sequence: one `Many` field for the `T`s,
    /// and the separator token(s) (`,` or an alternation such as `'and' | 'or'`).
    fn lower_separated_list(&mut self, label: Option<&str>, rule: &Rule) -> bool {
        let Rule::Seq(seq) = rule else { return false };
        if !seq
            .iter()
            .enumerate()
            .any(|(i, _)| self.separated_list_at(seq, i).is_some())
        {
            return false;
        }
        let mut i = 0;
        while i < seq.len() {
            let Some(len) = self.separated_list_at(seq, i) else {
                self.lower_rule(label, &seq[i], false);
                i += 1;
                continue;
            };
            let (Rule::Node(node), Rule::Rep(repeat)) = (&seq[i], &seq[i + 1]) else {
                unreachable!("checked by separated_list_at")
            };
            let Rule::Seq(repeat) = &**repeat else {
                unreachable!("checked by separated_list_at")
            };
            let ty = self.grammar[*node].name.clone();
            let name = label.map_or_else(|| pluralize(&to_lower_snake_case(&ty)), str::to_owned);
            self.items.push(Item::Field(self.fields.len()));
            self.fields.push(Field::Node {
                name,
                ty,
                many: true,
                slot: Slot::First,
            });
            self.lower_rule(None, &repeat[0], false);
            i += len;
        }
        true
    }

    /// Whether `seq[i..]` starts with `T (sep T)* sep?`; returns how many rules that takes.
    fn separated_list_at(&self, seq: &[Rule], i: usize) -> Option<usize> {
        let (Rule::Node(node), Some(Rule::Rep(repeat))) = (&seq[i], seq.get(i + 1)) else {
            return None;
        };
        let Rule::Seq(repeat) = &**repeat else {
            return None;
        };
        let [sep, Rule::Node(n)] = repeat.as_slice() else {
            return None;
        };
        let is_token_rule = |r: &Rule| match r {
            Rule::Token(_) => true,
            Rule::Alt(alts) => alts.iter().all(|a| matches!(a, Rule::Token(_))),
            _ => false,
        };
        if n != node || !is_token_rule(sep) {
            return None;
        }
        match seq.get(i + 2) {
            Some(Rule::Opt(trailing)) if **trailing == *sep => Some(3),
            _ => Some(2),
        }
    }
}

/// For each node or enum name, the set of node kinds it can be cast from.
fn kind_sets(grammar: &Grammar) -> impl Fn(&str) -> BTreeSet<String> + '_ {
    move |name| {
        let mut out = BTreeSet::new();
        let mut stack = vec![name.to_owned()];
        let mut seen = BTreeSet::new();
        while let Some(n) = stack.pop() {
            if !seen.insert(n.clone()) {
                continue;
            }
            let Some(node) = grammar.iter().find(|&x| grammar[x].name == n) else {
                continue;
            };
            match lower_enum(grammar, &grammar[node].rule) {
                Some(variants) => stack.extend(variants),
                None => {
                    out.insert(n);
                }
            }
        }
        out
    }
}

/// Gives a [`Slot`] to every single (non-`many`) node field whose type overlaps another node
/// field's type in the same rule, so that `lhs` and `rhs` do not both return the first child.
fn assign_slots(
    fields: &mut [Field],
    items: &[Item],
    kinds_of: &impl Fn(&str) -> BTreeSet<String>,
) {
    let pos = |f: usize| {
        items
            .iter()
            .position(|it| matches!(it, Item::Field(x) if *x == f))
    };
    // (field index, item position, kinds it casts from, many)
    let mut node_fields: Vec<(usize, usize, BTreeSet<String>, bool)> = fields
        .iter()
        .enumerate()
        .filter_map(|(i, f)| match f {
            Field::Node { ty, many, .. } => Some((i, pos(i)?, kinds_of(ty), *many)),
            _ => None,
        })
        .collect();
    node_fields.sort_by_key(|f| f.1);
    let mut slots = Vec::new();
    for (i, at, kinds, many) in &node_fields {
        if *many {
            continue;
        }
        let overlapping: Vec<&(usize, usize, BTreeSet<String>, bool)> = node_fields
            .iter()
            .filter(|other| !other.2.is_disjoint(kinds))
            .collect();
        if overlapping.len() < 2 {
            continue;
        }
        let repeated_before: Vec<usize> = overlapping
            .iter()
            .filter(|o| o.3 && o.1 < *at)
            .map(|o| o.0)
            .collect();
        if !repeated_before.is_empty() {
            slots.push((*i, Slot::Last));
            slots.extend(repeated_before.into_iter().map(|r| (r, Slot::AllButLast)));
            continue;
        }
        let group: Vec<usize> = overlapping.iter().filter(|o| !o.3).map(|o| o.1).collect();
        if group.len() < 2 {
            continue;
        }
        let separators: Vec<Vec<String>> = group
            .windows(2)
            .map(|w| {
                let mut kinds = BTreeSet::new();
                for item in &items[w[0]..w[1]] {
                    if let Item::Token(k) = item {
                        kinds.extend(k.iter().cloned());
                    }
                }
                kinds.into_iter().collect()
            })
            .collect();
        let index = group.iter().position(|p| p == at).unwrap_or(0);
        slots.push((*i, Slot::Group { separators, index }));
    }
    for (i, new) in slots {
        if let Field::Node { slot, .. } = &mut fields[i] {
            *slot = new;
        }
    }
}

/// Keeps the first of fields with the same method name.
fn deduplicate(fields: Vec<Field>) -> Vec<Field> {
    let mut seen = BTreeSet::new();
    fields
        .into_iter()
        .filter(|f| seen.insert(f.method_name()))
        .collect()
}

/// `def_token`, `lpar_token`, `name_token`.
fn token_method_name(kind: &str) -> String {
    let base = kind.strip_suffix("_KW").unwrap_or(kind);
    format!("{}_token", base.to_ascii_lowercase())
}

pub fn to_upper_snake_case(s: &str) -> String {
    let mut buf = String::with_capacity(s.len() + 4);
    for (i, c) in s.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            buf.push('_');
        }
        buf.push(c.to_ascii_uppercase());
    }
    buf
}

pub fn to_lower_snake_case(s: &str) -> String {
    to_upper_snake_case(s).to_ascii_lowercase()
}

fn pluralize(s: &str) -> String {
    if s.ends_with('s') {
        format!("{s}es")
    } else {
        format!("{s}s")
    }
}

//! Parameters (of `def` and `lambda`) into `arguments`, and call arguments (also class bases)
//! into positional `args` and `keyword`s, with CPython's checks on their order.

use rowan::NodeOrToken;
use taipan_syntax::{SyntaxKind::*, SyntaxNode, TextRange};

use super::Lowerer;
use super::expr::is_expr_kind;
use crate::{Arg, Arguments, ExprId, Keyword};

impl Lowerer<'_> {
    /// The PARAMETERS node of a function or lambda.
    pub(crate) fn parameters(&mut self, node: &SyntaxNode, _is_lambda: bool) -> Arguments {
        let mut out = Arguments::default();
        let mut keyword_only = false;
        for param in node.children().filter(|c| c.kind() == PARAMETER) {
            let mut star = false;
            let mut double_star = false;
            let mut slash = false;
            let mut name = None;
            let mut annotation = None;
            let mut default = None;
            let mut slot = 0; // 0: before ':'/'=', 1: annotation, 2: default
            for e in param.children_with_tokens() {
                match e {
                    NodeOrToken::Token(t) => match t.kind() {
                        SLASH => slash = true,
                        STAR => star = true,
                        DOUBLESTAR => double_star = true,
                        NAME if name.is_none() => name = Some(t),
                        COLON => slot = 1,
                        EQUAL => slot = 2,
                        _ => {}
                    },
                    NodeOrToken::Node(n) if is_expr_kind(n.kind()) => match slot {
                        1 if annotation.is_none() => annotation = Some(n),
                        2 if default.is_none() => default = Some(n),
                        _ => {}
                    },
                    NodeOrToken::Node(_) => {}
                }
            }
            if slash {
                out.posonlyargs.append(&mut out.args);
                continue;
            }
            let arg = name.map(|name| {
                let ann = annotation.as_ref().map(|a| self.expr(a));
                let end = annotation
                    .as_ref()
                    .map_or(name.text_range().end(), |a| a.text_range().end());
                let loc = self.loc(TextRange::new(name.text_range().start(), end));
                Arg {
                    arg: self.ident(name.text()),
                    annotation: ann,
                    type_comment: None,
                    loc,
                }
            });
            if star {
                keyword_only = true;
                out.vararg = arg;
                continue;
            }
            if double_star {
                out.kwarg = arg;
                continue;
            }
            let Some(arg) = arg else { continue };
            let default = default.map(|d| self.expr(&d));
            if keyword_only {
                out.kwonlyargs.push(arg);
                out.kw_defaults.push(default);
            } else {
                out.args.push(arg);
                if let Some(d) = default {
                    out.defaults.push(d);
                }
            }
        }
        out
    }

    /// The ARGUMENTS node of a call or class definition.
    pub(crate) fn call_arguments(&mut self, node: &SyntaxNode) -> (Vec<ExprId>, Vec<Keyword>) {
        let mut args = Vec::new();
        let mut keywords = Vec::new();
        let mut seen_keyword = false;
        let mut seen_double_star = false;
        for c in node.children() {
            if c.kind() == KEYWORD {
                let name = c
                    .children_with_tokens()
                    .filter_map(|e| e.into_token())
                    .find(|t| t.kind() == NAME);
                let is_double_star = super::token(&c, DOUBLESTAR).is_some();
                seen_keyword = true;
                seen_double_star |= is_double_star;
                let value = self.first_expr(&c);
                let arg = match (&name, is_double_star) {
                    (Some(n), false) => Some(self.ident(n.text())),
                    _ => None,
                };
                let loc = self.loc_of(&c);
                keywords.push(Keyword { arg, value, loc });
            } else if is_expr_kind(c.kind()) {
                let starred = c.kind() == STARRED;
                if seen_double_star && starred {
                    // CPython points at the '*'.
                    let star = c.text_range().start();
                    self.error(
                        TextRange::new(star, star + taipan_syntax::TextSize::from(1)),
                        "iterable argument unpacking follows keyword argument unpacking",
                    );
                } else if seen_keyword && !starred {
                    let message = if seen_double_star {
                        "positional argument follows keyword argument unpacking"
                    } else {
                        "positional argument follows keyword argument"
                    };
                    // CPython reports it at the last token it read: the call's ')'.
                    let at = node
                        .last_token()
                        .filter(|t| t.kind() == RPAR)
                        .map_or(c.text_range(), |t| t.text_range());
                    self.error(at, message);
                }
                args.push(self.expr(&c));
            }
        }
        (args, keywords)
    }
}

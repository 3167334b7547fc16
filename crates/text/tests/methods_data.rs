//! Replays `tests/data/text/methods.txt` (str and bytes method calls with CPython 3.11's
//! results, written by `crates/text/tools/gen_methods.py`) through taipan-text's functions.

mod common;

use common::{Lit, bool_repr, check, list_repr, parse_lit, repr};
use taipan_text::methods::layout::{self, StripSide};
use taipan_text::methods::predicates::{self, Predicate};
use taipan_text::methods::translate::{self, Translation};
use taipan_text::methods::{case, search, split};
use taipan_text::pystr::code_points;
use taipan_text::{PyResult, Seq};

fn seq(l: &Lit) -> Seq<'_> {
    if l.is_bytes() {
        Seq::bytes(l.bytes())
    } else {
        Seq::str(l.bytes())
    }
}

fn err(e: taipan_text::PyErr) -> String {
    e.to_string()
}

fn opt_pos(r: Option<usize>) -> String {
    r.map_or("-1".to_string(), |i| i.to_string())
}

fn fill(l: Option<&Lit>) -> u32 {
    match l {
        None => ' ' as u32,
        Some(Lit::Bytes(b)) => b[0] as u32,
        Some(l) => code_points(l.bytes()).next().unwrap(),
    }
}

fn tuple3(r: PyResult<(&[u8], &[u8], &[u8])>, bytes: bool) -> String {
    match r {
        Ok((a, b, c)) => format!(
            "({}, {}, {})",
            repr(a, bytes),
            repr(b, bytes),
            repr(c, bytes)
        ),
        Err(e) => err(e),
    }
}

fn run(fields: &[String]) -> String {
    let args: Vec<Lit> = fields[1..].iter().map(|f| parse_lit(f)).collect();
    let recv = &args[0];
    let s = seq(recv);
    let b = recv.is_bytes();
    let arg = |i: usize| args.get(i);
    let opt = |i: usize| arg(i).and_then(Lit::opt_int);
    let sep = |i: usize| arg(i).filter(|l| **l != Lit::None).map(seq);
    let maxsplit = |i: usize| arg(i).map_or(-1, |l| l.int() as isize);
    let owned = |v: Vec<u8>| repr(&v, b);
    let kept = |v: Option<Vec<u8>>| v.map_or_else(|| repr(s.bytes, b), |v| repr(&v, b));
    let pred = |p| bool_repr(predicates::is(s, p));
    let strip = |side| repr(layout::strip(s, sep(1), side), b);
    match fields[0].as_str() {
        "lower" => owned(case::lower(s)),
        "upper" => owned(case::upper(s)),
        "casefold" => owned(case::casefold(s)),
        "title" => owned(case::title(s)),
        "capitalize" => owned(case::capitalize(s)),
        "swapcase" => owned(case::swapcase(s)),
        "isalpha" => pred(Predicate::Alpha),
        "isdecimal" => pred(Predicate::Decimal),
        "isdigit" => pred(Predicate::Digit),
        "isnumeric" => pred(Predicate::Numeric),
        "isalnum" => pred(Predicate::Alnum),
        "isspace" => pred(Predicate::Space),
        "isprintable" => bool_repr(predicates::isprintable(s.bytes)),
        "isidentifier" => bool_repr(predicates::isidentifier(s.bytes)),
        "isascii" => bool_repr(predicates::isascii(s.bytes)),
        "islower" => bool_repr(predicates::islower(s)),
        "isupper" => bool_repr(predicates::isupper(s)),
        "istitle" => bool_repr(predicates::istitle(s)),
        "strip" => strip(StripSide::Both),
        "lstrip" => strip(StripSide::Left),
        "rstrip" => strip(StripSide::Right),
        "expandtabs" => owned(layout::expandtabs(
            s,
            arg(1).map_or(8, |l| l.int() as isize),
        )),
        "split" => split::split(s, sep(1), maxsplit(2)).map_or_else(err, |v| list_repr(&v, b)),
        "rsplit" => split::rsplit(s, sep(1), maxsplit(2)).map_or_else(err, |v| list_repr(&v, b)),
        "splitlines" => list_repr(&split::splitlines(s, arg(1) == Some(&Lit::Bool(true))), b),
        "partition" => tuple3(split::partition(s, seq(&args[1])), b),
        "rpartition" => tuple3(split::rpartition(s, seq(&args[1])), b),
        "center" | "ljust" | "rjust" => {
            let f = match fields[0].as_str() {
                "center" => layout::center,
                "ljust" => layout::ljust,
                _ => layout::rjust,
            };
            kept(f(s, args[1].int() as isize, fill(arg(2))))
        }
        "zfill" => kept(layout::zfill(s, args[1].int() as isize)),
        "find" => opt_pos(search::find(s, seq(&args[1]), opt(2), opt(3))),
        "rfind" => opt_pos(search::rfind(s, seq(&args[1]), opt(2), opt(3))),
        "index" => {
            search::index(s, seq(&args[1]), opt(2), opt(3)).map_or_else(err, |i| i.to_string())
        }
        "rindex" => {
            search::rindex(s, seq(&args[1]), opt(2), opt(3)).map_or_else(err, |i| i.to_string())
        }
        "count" => search::count(s, seq(&args[1]), opt(2), opt(3)).to_string(),
        "startswith" => bool_repr(search::startswith(s, seq(&args[1]), opt(2), opt(3))),
        "endswith" => bool_repr(search::endswith(s, seq(&args[1]), opt(2), opt(3))),
        "replace" => kept(search::replace(
            s,
            seq(&args[1]),
            args[2].bytes(),
            maxsplit(3),
        )),
        "translate" if b => match translate::bytes_maketrans(args[1].bytes(), args[2].bytes()) {
            Ok(table) => translate::bytes_translate(s.bytes, Some(&table), args[3].bytes())
                .map_or_else(err, owned),
            Err(e) => err(e),
        },
        "translate" => {
            match translate::maketrans(args[1].bytes(), args[2].bytes(), Some(args[3].bytes())) {
                Ok(pairs) => translate::translate(s.bytes, |cp| {
                    Ok(match pairs.iter().find(|(k, _)| *k == cp) {
                        None => Translation::Keep,
                        Some((_, None)) => Translation::Delete,
                        Some((_, Some(c))) => Translation::Char(*c),
                    })
                })
                .map_or_else(err, owned),
                Err(e) => err(e),
            }
        }
        other => panic!("unknown method {other}"),
    }
}

#[test]
fn methods_equal_cpython() {
    check("methods.txt", run);
}

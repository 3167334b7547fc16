//! Checks every case of `tests/data/numeric/expected.txt` (`expression => result`, written by
//! CPython 3.11 through `crates/numeric/tools/gen_expected.py`): the expression is parsed with
//! taipan-ast and evaluated bottom-up with this crate's functions; the result, printed as
//! `type:repr` or `ExceptionClass: message`, must equal CPython's.

use std::path::Path;

use taipan_ast::{Ast, Constant, ExprId, ExprKind, StmtKind, parse_module, repr::constant_repr};
use taipan_numeric::{PyResult, binary_op, get_item, unary_op};

fn eval(ast: &Ast, id: ExprId) -> PyResult<Constant> {
    Ok(match &ast.expr(id).kind {
        ExprKind::Constant { value, .. } => value.clone(),
        ExprKind::BinOp { left, op, right } => {
            binary_op(*op, &eval(ast, *left)?, &eval(ast, *right)?)?
        }
        ExprKind::UnaryOp { op, operand } => unary_op(*op, &eval(ast, *operand)?)?,
        ExprKind::Subscript { value, slice, .. } => {
            get_item(&eval(ast, *value)?, &eval(ast, *slice)?)?
        }
        ExprKind::Tuple { elts, .. } => Constant::Tuple(
            elts.iter()
                .map(|&e| eval(ast, e))
                .collect::<PyResult<Vec<_>>>()?
                .into(),
        ),
        // float('inf'), float('-inf'), float('nan')
        ExprKind::Call { args, .. } => match eval(ast, args[0])? {
            Constant::Str(s) => Constant::float(s.as_str().unwrap().parse().unwrap()),
            other => panic!("float({other:?})"),
        },
        other => panic!("unexpected {other:?}"),
    })
}

fn show(c: &Constant) -> String {
    match c {
        Constant::Tuple(items) => {
            let inner: Vec<String> = items.iter().map(show).collect();
            let comma = if items.len() == 1 { "," } else { "" };
            format!("tuple:({}{comma})", inner.join(", "))
        }
        _ => format!("{}:{}", c.type_name(), constant_repr(c)),
    }
}

#[test]
fn results_equal_cpython() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/numeric/expected.txt");
    let text = std::fs::read_to_string(path).unwrap();
    let mut failures = Vec::new();
    let mut count = 0;
    for line in text.lines() {
        let (expr, want) = line.split_once(" => ").unwrap();
        let lowered = parse_module(expr);
        assert!(lowered.errors.is_empty(), "{expr}: {:?}", lowered.errors);
        let taipan_ast::Mod::Module { body, .. } = &lowered.ast.root else {
            unreachable!()
        };
        let StmtKind::Expr { value } = lowered.ast.stmt(body[0]).kind else {
            panic!("{expr}: not an expression")
        };
        let got = match eval(&lowered.ast, value) {
            Ok(c) => show(&c),
            Err(e) => e.to_string(),
        };
        if got != want {
            failures.push(format!("{expr}\n  want {want}\n  got  {got}"));
        }
        count += 1;
    }
    assert!(
        failures.is_empty(),
        "{} of {count} cases differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

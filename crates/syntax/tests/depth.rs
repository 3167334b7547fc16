//! Deeply nested inputs (brackets, blocks, unary operators, lambdas) give a diagnostic, never a
//! stack overflow, and the tree stays lossless. Runs on a 2 MiB thread, the default for tests.

use taipan_syntax::parse;

fn check(text: String) {
    let handle = std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || {
            let parse = parse(&text);
            assert_eq!(parse.syntax_node().text().to_string(), text);
            assert!(!parse.errors().is_empty(), "a diagnostic is expected");
        })
        .unwrap();
    handle.join().expect("no stack overflow or panic");
}

#[test]
fn nested_brackets() {
    for open in ["(", "[", "{"] {
        check(format!("x = {}1\n", open.repeat(100_000)));
    }
}

#[test]
fn nested_closed_brackets() {
    let n = 100_000;
    check(format!("x = {}1{}\n", "(".repeat(n), ")".repeat(n)));
}

#[test]
fn nested_blocks() {
    let mut text = String::new();
    for i in 0..10_000 {
        text.push_str(&" ".repeat(i));
        text.push_str("if x:\n");
    }
    text.push_str(&" ".repeat(10_000));
    text.push_str("pass\n");
    check(text);
}

#[test]
fn unary_chains() {
    check(format!("x = {}1\n", "-".repeat(100_000)));
    check(format!("x = {}1\n", "not ".repeat(100_000)));
    check(format!("x = {}1\n", "lambda: ".repeat(100_000)));
    check(format!("x = {}1\n", "await ".repeat(100_000)));
    check(format!("x = {}\n", "a if b else ".repeat(100_000) + "c"));
}

#[test]
fn long_chains() {
    check(format!("x = {}1\n", "1 + ".repeat(100_000)));
    check(format!("x = a{}\n", ".b".repeat(100_000)));
    check(format!("x = f{}\n", "()".repeat(100_000)));
}

#[test]
fn long_flat_inputs_are_fine() {
    let text = format!("x = [{}]\n", "1, ".repeat(100_000));
    let parse = parse(&text);
    assert!(parse.errors().is_empty());
    assert_eq!(parse.syntax_node().text().to_string(), text);
}

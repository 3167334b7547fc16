//! `taipan watch` end to end: the built binary watches a copy of `tests/data/watch/shape.py`
//! in a temporary directory; the test edits it (a method body, a comment, then a syntax error),
//! waiting for each redraw, and checks the status lines name the queries that re-ran: the
//! edited method's `item_ast` alone, no item for the comment, and the error drawn with the
//! watch going on. The status lines are an insta snapshot.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// The edits, in order: what to find in the file and what to put instead.
const EDITS: &[(&str, &str)] = &[
    (
        r#"return f"{self.n} sides""#,
        r#"return f"{self.n} sides!""#,
    ),
    ("# shapes", "# shapes, and their areas"),
    ("return w * h", "return w * h +"),
];

fn temp_copy() -> PathBuf {
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/watch/shape.py");
    let dir = std::env::temp_dir().join(format!("taipan-watch-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("shape.py");
    std::fs::copy(base, &path).unwrap();
    path
}

#[test]
fn edits_name_the_queries_that_re_ran() {
    let path = temp_copy();
    let mut child = Command::new(env!("CARGO_BIN_EXE_taipan"))
        .args(["watch", "--stage", "ast", "--max-changes"])
        .arg(EDITS.len().to_string())
        .arg(&path)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("taipan runs");
    let (send, lines) = mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if send.send(line).is_err() {
                break;
            }
        }
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut output = String::new();
    // Every line up to the next status line.
    let mut next_status = || -> String {
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let line = lines
                .recv_timeout(left)
                .unwrap_or_else(|_| panic!("no status line in time; output so far:\n{output}"));
            output.push_str(&line);
            output.push('\n');
            if line.starts_with("re-ran") {
                return line;
            }
        }
    };
    let mut statuses = vec![next_status()];
    let mut text = std::fs::read_to_string(&path).unwrap();
    for (find, replace) in EDITS {
        assert_eq!(text.matches(find).count(), 1, "{find:?} occurs once");
        text = text.replacen(find, replace, 1);
        std::fs::write(&path, &text).unwrap();
        statuses.push(next_status());
    }
    let status = child.wait().expect("taipan exits");
    assert!(status.success(), "exit status {status}");
    std::fs::remove_dir_all(path.parent().unwrap()).ok();

    let [_, body, comment, error] = &statuses[..] else {
        unreachable!()
    };
    assert!(body.contains("item_ast(Shape.describe)"), "{body}");
    assert_eq!(body.matches("item_ast(").count(), 1, "{body}");
    assert!(!comment.contains("item_ast("), "{comment}");
    assert!(!comment.contains("item_optimized("), "{comment}");
    // A file that does not parse is not compiled item by item: module_code reports the error.
    assert!(error.contains("module_code("), "{error}");
    assert!(!error.contains("item_code("), "{error}");
    assert!(output.contains("SyntaxError"), "{output}");
    insta::assert_snapshot!(statuses.join("\n"));
}

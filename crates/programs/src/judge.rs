//! Judging a run against the expected output: byte for byte on stdout, stderr and exit code,
//! and for a failure the first line that differs, for the reports. One exception: the hex
//! digits of an object's address in a default repr (`<frame at 0x7f…, …>`) differ between any
//! two runs, CPython's included (`id()` values are a documented difference), so the digits
//! after `at 0x` are not compared; the rest of the line is.

use crate::corpus::Expected;
use crate::run::Outcome;

/// Whether a run matched, and if not, a one-line reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    Pass,
    Fail(String),
}

impl Verdict {
    pub fn passed(&self) -> bool {
        *self == Verdict::Pass
    }
}

/// Compares a run with the expected output; the reason names the stream and the first
/// differing line (1-based), with both sides.
pub fn judge(expected: &Expected, outcome: &Outcome) -> Verdict {
    if let Some(e) = &outcome.spawn_error {
        return Verdict::Fail(e.clone());
    }
    if outcome.timed_out {
        return Verdict::Fail("timed out (a hang)".into());
    }
    if let Some(why) = first_difference("stdout", &expected.stdout, &outcome.stdout) {
        // A program that stopped early usually says why on stderr: show its last line.
        return Verdict::Fail(match last_line(&outcome.stderr) {
            Some(last) if expected.stderr != outcome.stderr => format!("{why} (stderr: {last})"),
            _ => why,
        });
    }
    if let Some(why) = first_difference("stderr", &expected.stderr, &outcome.stderr) {
        return Verdict::Fail(why);
    }
    match outcome.code {
        Some(code) if code == expected.code => Verdict::Pass,
        Some(code) => Verdict::Fail(format!("exit code {code}, expected {}", expected.code)),
        None => Verdict::Fail(format!(
            "killed by a signal, expected exit code {}",
            expected.code
        )),
    }
}

/// `None` when equal; else "stdout line N: expected "…", got "…"" for the first differing line.
fn first_difference(stream: &str, expected: &[u8], actual: &[u8]) -> Option<String> {
    if expected == actual {
        return None;
    }
    let mut want = expected.split_inclusive(|&b| b == b'\n');
    let mut got = actual.split_inclusive(|&b| b == b'\n');
    let mut line = 1;
    loop {
        match (want.next(), got.next()) {
            (None, None) => return None,
            (Some(w), Some(g)) if same_but_addresses(w, g) => line += 1,
            (w, g) => {
                return Some(format!(
                    "{stream} line {line}: expected {}, got {}",
                    show(w),
                    show(g)
                ));
            }
        }
    }
}

const ADDRESS: &[u8] = b"at 0x";

/// `want` and `got` are equal once the hex digits after each `at 0x` are left out.
fn same_but_addresses(want: &[u8], got: &[u8]) -> bool {
    let (mut w, mut g) = (want, got);
    loop {
        let at = w.windows(ADDRESS.len()).position(|x| x == ADDRESS);
        let Some(at) = at else {
            return w == g;
        };
        let end = at + ADDRESS.len();
        if g.len() < end || g[..end] != w[..end] {
            return false;
        }
        let hex = |s: &[u8]| s.iter().take_while(|b| b.is_ascii_hexdigit()).count();
        let (hw, hg) = (hex(&w[end..]), hex(&g[end..]));
        if hw == 0 || hg == 0 {
            return false;
        }
        w = &w[end + hw..];
        g = &g[end + hg..];
    }
}

/// The last non-empty line of `bytes`, shown as `show` does.
fn last_line(bytes: &[u8]) -> Option<String> {
    let line = bytes
        .split(|&b| b == b'\n')
        .rfind(|l| !l.iter().all(u8::is_ascii_whitespace))?;
    Some(show(Some(line)))
}

fn show(line: Option<&[u8]>) -> String {
    match line {
        None => "end of output".into(),
        Some(bytes) => {
            let text = String::from_utf8_lossy(bytes);
            let mut text: String = format!("{text:?}");
            if text.len() > 120 {
                let mut cut = 117;
                while !text.is_char_boundary(cut) {
                    cut -= 1;
                }
                text.truncate(cut);
                text.push_str("...");
            }
            text
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(stdout: &str, stderr: &str, code: i32) -> Outcome {
        Outcome {
            stdout: stdout.into(),
            stderr: stderr.into(),
            code: Some(code),
            ..Outcome::default()
        }
    }

    #[test]
    fn verdicts() {
        let expected = Expected {
            stdout: b"a\nb\n".to_vec(),
            stderr: Vec::new(),
            code: 0,
        };
        assert_eq!(judge(&expected, &outcome("a\nb\n", "", 0)), Verdict::Pass);
        assert_eq!(
            judge(&expected, &outcome("a\nc\n", "", 0)),
            Verdict::Fail(r#"stdout line 2: expected "b\n", got "c\n""#.into())
        );
        assert_eq!(
            judge(&expected, &outcome("a\n", "", 0)),
            Verdict::Fail(r#"stdout line 2: expected "b\n", got end of output"#.into())
        );
        assert_eq!(
            judge(&expected, &outcome("a\nb\n", "oops\n", 0)),
            Verdict::Fail(r#"stderr line 1: expected end of output, got "oops\n""#.into())
        );
        assert_eq!(
            judge(&expected, &outcome("a\n", "Traceback\nNameError: x\n\n", 1)),
            Verdict::Fail(
                r#"stdout line 2: expected "b\n", got end of output (stderr: "NameError: x")"#
                    .into()
            )
        );
        let frame = Expected {
            stdout: b"<frame at 0x7fdd76116ec0, line 3>\n".to_vec(),
            stderr: Vec::new(),
            code: 0,
        };
        assert_eq!(
            judge(&frame, &outcome("<frame at 0x7f01, line 3>\n", "", 0)),
            Verdict::Pass
        );
        assert_eq!(
            judge(&frame, &outcome("<frame at 0x7f01, line 4>\n", "", 0)),
            Verdict::Fail(
                r#"stdout line 1: expected "<frame at 0x7fdd76116ec0, line 3>\n", got "<frame at 0x7f01, line 4>\n""#
                    .into()
            )
        );
        assert_eq!(
            judge(&frame, &outcome("<frame at 0x, line 3>\n", "", 0)),
            Verdict::Fail(
                r#"stdout line 1: expected "<frame at 0x7fdd76116ec0, line 3>\n", got "<frame at 0x, line 3>\n""#
                    .into()
            )
        );
        assert_eq!(
            judge(&expected, &outcome("a\nb\n", "", 1)),
            Verdict::Fail("exit code 1, expected 0".into())
        );
    }
}

"""Writes tests/data/text/methods.txt: str and bytes method calls and what CPython 3.11 returns,
one case a line: `method<TAB>repr(receiver)<TAB>repr(arg)...<TAB>=><TAB>repr(result)` (or
`=> ExceptionClass: message`). tests/methods_data.rs replays them through taipan-text.

Run with CPython 3.11:  python3 crates/text/tools/gen_methods.py
"""
import os
import random
import sys
import unicodedata

random.seed(11)
STRS = [
    "", " ", "a", "abc", "  hello  world  ", "a,b,,c,", ",", "a b\tc\nd\x0be\x0cf\rg\x1ch\x1di",
    "\x85x\xa0y\u2000z\u3000", "one\ntwo\r\nthree\rfour\x0bfive\x0c\x1c\x1d\x1e\x85\u2028\u2029end\n",
    "line\r\n\r\n", "\n", "\r", "Hello World", "hELLO wORLD", "ß", "ﬁ", "İstanbul", "ΣΑΣ", "ὈΔΥΣΣΕΎΣ",
    "aΣ", "aΣ b", "aΣ'", "a'Σ", "Σa", "aΣ\u0345", "ǅungla", "ǈ ǋ", "they're bill's friends",
    "\u1e9e", "ŉ", "ΐ", "\ufb03x", "Ǆ", "\U00010400\U00010428", "x\ud800y", "\udcff",
    "\u0660\u0661\u0662", "12", "\u00b2", "\u2155", "Ⅻ", "½", "abc123", "abc_123", "_x", "1a", "a-b",
    "\t\ta\tbc\td\n\tx\r\ty", "日本語 テキスト", "éèê", "ÀÉÎÕÜ", "Ωmega", "ǆǅǄ", "ᾈᾀ", "ﬃ ﬅ",
    "-42", "+7", "42", "-", "a\u0300b", "\u0130\u0131", "abcabcabc", "aaaa", "mississippi",
    "😀 emoji 😀", "\U0001d400\U0001d41a", "x" * 40, "Title Case String", "Not title Case", "A1 B2",
    "\u01c5", "'", "ΑΣ\u0301", "ὈΣ.", "\u00df\u00df", "ǰ", "ŉ"
]
BYTES = [b"", b" ", b"abc", b"  hello  world  ", b"a,b,,c,", b"a b\tc\nd\x0be\x0cf\rg\x1ch",
         b"one\ntwo\r\nthree\rfour\x0bfive\x0c", b"Hello World", b"hELLO\xff\x80 wORLD", b"\x00\x7f\xe9",
         b"-42", b"42", b"abc123", b"mississippi", b"\t\ta\tbc\n\tx", b"Title Case", b"A1 B2"]
SEPS = ["", " ", ",", "a", "ab", "ss", "\n", "Σ", "\ud800", "😀", "xyz", "  "]

cases = []


def call(method, recv, *args):
    try:
        r = getattr(recv, method)(*args)
        out = repr(r)
    except Exception as e:
        out = f"{type(e).__name__}: {e}"
    cases.append("\t".join([method, repr(recv)] + [repr(a) for a in args] + ["=>", out]))


def sample(xs, k):
    return random.sample(xs, min(k, len(xs)))


for s in STRS:
    for m in ["lower", "upper", "casefold", "title", "capitalize", "swapcase", "isalpha", "isdecimal",
              "isdigit", "isnumeric", "isalnum", "isspace", "isprintable", "isidentifier", "isascii",
              "islower", "isupper", "istitle", "strip", "lstrip", "rstrip", "expandtabs"]:
        call(m, s)
    call("split", s)
    call("rsplit", s)
    for ms in [0, 1, 2, -1]:
        call("split", s, None, ms)
        call("rsplit", s, None, ms)
    call("splitlines", s)
    call("splitlines", s, True)
    for ts in [0, 1, 3, 8, -1]:
        call("expandtabs", s, ts)
    for chars in [" ", "a", "ab c", "Σ\ud800", "😀 x", ""]:
        call("strip", s, chars)
        call("lstrip", s, chars)
        call("rstrip", s, chars)
    for w in [-1, 0, 3, 4, 7, 12]:
        call("center", s, w)
        call("ljust", s, w, "*")
        call("rjust", s, w, "é")
        call("center", s, w, "😀")
        call("zfill", s, w)
    for sep in sample(SEPS, 6) + [s[:2], s[1:3]]:
        call("split", s, sep)
        call("rsplit", s, sep)
        for ms in [0, 1, 2]:
            call("split", s, sep, ms)
            call("rsplit", s, sep, ms)
        call("partition", s, sep)
        call("rpartition", s, sep)
        call("find", s, sep)
        call("rfind", s, sep)
        call("index", s, sep)
        call("rindex", s, sep)
        call("count", s, sep)
        call("startswith", s, sep)
        call("endswith", s, sep)
        for start, end in [(1, None), (-3, None), (2, -1), (0, 0), (5, 2), (100, None), (-100, 3), (3, 100)]:
            call("find", s, sep, start, end)
            call("rfind", s, sep, start, end)
            call("count", s, sep, start, end)
            call("startswith", s, sep, start, end)
            call("endswith", s, sep, start, end)
        for new in ["", "-", "ΣΣ"]:
            for n in [-1, 0, 1, 2]:
                call("replace", s, sep, new, n)

for b in BYTES:
    for m in ["lower", "upper", "title", "capitalize", "swapcase", "isalpha", "isdigit", "isalnum",
              "isspace", "isascii", "islower", "isupper", "istitle", "strip", "lstrip", "rstrip",
              "expandtabs", "split", "rsplit", "splitlines"]:
        call(m, b)
    call("splitlines", b, True)
    for ms in [0, 1, -1]:
        call("split", b, None, ms)
        call("rsplit", b, None, ms)
    for w in [0, 5, 20]:
        call("center", b, w)
        call("ljust", b, w, b"*")
        call("rjust", b, w, b"\xff")
        call("zfill", b, w)
    for sep in [b"", b" ", b",", b"ab", b"ss", b"\xff"]:
        call("split", b, sep)
        call("rsplit", b, sep, 1)
        call("partition", b, sep)
        call("rpartition", b, sep)
        call("find", b, sep)
        call("rfind", b, sep, 1, -1)
        call("index", b, sep)
        call("count", b, sep)
        call("replace", b, sep, b"<>")
        call("replace", b, sep, b"", 1)
    for chars in [b" ", b"ab c", b"\xff"]:
        call("strip", b, chars)

# str.translate through str.maketrans(x, y, z); bytes.translate through bytes.maketrans
for s in STRS[:40]:
    for x, y, z in [("abc", "xyz", ""), ("aΣ😀", "bσ!", " "), ("", "", "aeiou"), ("ab", "a", ""), ("l", "\ud800", "é")]:
        try:
            r = repr(s.translate(str.maketrans(x, y, z)))
        except Exception as e:
            r = f"{type(e).__name__}: {e}"
        cases.append("\t".join(["translate", repr(s), repr(x), repr(y), repr(z), "=>", r]))
for b in BYTES:
    for x, y, d in [(b"abc", b"xyz", b""), (b"", b"", b"aeiou \xff"), (b"ab", b"a", b"")]:
        try:
            r = repr(b.translate(bytes.maketrans(x, y), d))
        except Exception as e:
            r = f"{type(e).__name__}: {e}"
        cases.append("\t".join(["translate", repr(b), repr(x), repr(y), repr(d), "=>", r]))

out = os.path.join(os.path.dirname(__file__), "..", "..", "..", "tests", "data", "text", "methods.txt")
with open(out, "w", encoding="utf-8", errors="surrogatepass") as f:
    f.write("\n".join(cases) + "\n")
print(len(cases), "cases")

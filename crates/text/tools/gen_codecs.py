"""Writes tests/data/text/codecs.txt: bytes.decode and str.encode through CPython 3.11's C
codecs with each built-in error handler, one case a line:
`decode|encode<TAB>repr(input)<TAB>encoding<TAB>errors<TAB>=><TAB>repr(result)`, or for an
exception `Class: message [start,end,encoding]` (the UnicodeError fields).

Run with CPython 3.11:  python3 crates/text/tools/gen_codecs.py
"""
import os
import random

random.seed(7)
HANDLERS = ["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass", "xmlcharrefreplace"]
ENCODINGS = ["utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]
ALIASES = ["UTF8", "utf_8", "U8", "Latin1", "ISO-8859-1", "us-ascii", "UTF-16LE", "utf_32_be", "l1"]
cases = []


def show(e):
    out = f"{type(e).__name__}: {e}"
    if isinstance(e, UnicodeError):
        out += f" [{e.start},{e.end},{e.encoding}]"
    return out


def case(op, value, enc, errors):
    try:
        r = repr(value.decode(enc, errors) if op == "decode" else value.encode(enc, errors))
    except Exception as e:
        r = show(e)
    cases.append(f"{op}\t{value!r}\t{enc}\t{errors}\t=>\t{r}")


BYTES = [b"", b"abc", b"\xff", b"a\x80b", b"\xc3\xa9", b"\xc3", b"\xe2\x82", b"\xe2\x82\xac", b"\xf0\x9f\x98\x80",
         b"\xf0\x9f\x98", b"\xed\xa0\x80", b"\xed\xb2\x80x", b"\xe0\x80\x80", b"\xc0\xaf", b"\xf4\x90\x80\x80", b"\xf8\x88",
         b"\x80\x80\x80\x80\x80", b"a\xed\xa0\x80\xed\xb0\x80b", b"\xff\xfe", b"\xfe\xff\x00a", b"\xff\xfea\x00\x00\xdc",
         b"\x00\xd8", b"\x00\xd8a\x00", b"\x00\xdc", b"\x00\xd8\x00\xdc", b"a\x00b", b"\x00\x00\x11\x00", b"\x00\xd8\x00\x00",
         b"\xff\xfe\x00\x00a\x00\x00\x00", b"\x00\x00\xfe\xff\x00\x00\x00a", b"a\x00\x00", b"\xe9t\xe9", b"\x00\x01\x7f"]
BYTES += [bytes(random.randrange(256) for _ in range(random.randrange(1, 9))) for _ in range(60)]
STRS = ["", "abc", "é", "héllo", "€", "😀", "a\ud800b", "\udc80\udcff", "\ud800\udc00", "x\udcffy\udc41", "\u0100\u0101",
        "é€😀", "\udc80a\u0100", "\ud83d\ude00", "\x00", "ÿ"]
for b in BYTES:
    for enc in ENCODINGS:
        for h in HANDLERS:
            case("decode", b, enc, h)
for s in STRS:
    for enc in ENCODINGS:
        for h in HANDLERS:
            case("encode", s, enc, h)
for enc in ALIASES + ["bogus"]:
    case("decode", b"a\xe9", enc, "strict")
    case("encode", "a\xe9", enc, "strict")
case("decode", b"a", "utf-8", "bogus")
case("encode", "a", "utf-8", "bogus")

out = os.path.join(os.path.dirname(__file__), "..", "..", "..", "tests", "data", "text", "codecs.txt")
with open(out, "w", encoding="utf-8", errors="surrogatepass") as f:
    f.write("\n".join(cases) + "\n")
print(len(cases), "cases")

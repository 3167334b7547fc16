"""Writes tests/data/text/format.txt: format(value, spec) for str, int, float and complex values
and many specifiers, with CPython 3.11's result or exception, one case a line:
`repr(value)<TAB>repr(spec)<TAB>=><TAB>repr(result)` (or `=> ExceptionClass: message`).
Floats are written as float.hex() so that they read back exactly; complex as `c:re_hex,im_hex`.

Run with CPython 3.11:  python3 crates/text/tools/gen_format.py
"""
import os
import random

random.seed(5)
cases = []


def enc(v):
    if isinstance(v, float):
        return "f:" + v.hex()
    if isinstance(v, complex):
        return "c:" + v.real.hex() + "," + v.imag.hex()
    return repr(v)


def case(v, spec):
    try:
        out = repr(format(v, spec))
    except Exception as e:
        out = f"{type(e).__name__}: {e}"
    cases.append(f"{enc(v)}\t{repr(spec)}\t=>\t{out}")


FILLS = ["", "*", "0", "é", "😀", "<"]
ALIGNS = ["", "<", ">", "^", "="]
SIGNS = ["", "+", "-", " "]
WIDTHS = ["", "1", "8", "13", "020"]
GROUPS = ["", ",", "_"]


def specs(types, precisions, n):
    out = set()
    for _ in range(n):
        fill = random.choice(FILLS)
        align = random.choice(ALIGNS)
        if not align:
            fill = ""
        out.add(fill + align + random.choice(SIGNS) + random.choice(["", "", "z"]) + random.choice(["", "", "#"])
                + random.choice(["", "", "0"]) + random.choice(WIDTHS).lstrip("0") + random.choice(GROUPS)
                + random.choice(precisions) + random.choice(types))
    return sorted(out)


STRS = ["", "a", "abc", "héllo", "😀x", "x\ud800"]
for s in STRS:
    for spec in specs(["", "s", "x", "d"], ["", ".0", ".2", ".10"], 60) + ["", "s", ">10", "^9", "*^10.2", "xx", "=5", "+", " ", "z", "#", ",s", "\x01", ".", "010", "0<7", "٥", "\u0665\u0660"]:
        case(s, spec)

INTS = [0, 1, -1, 7, 42, -42, 255, 1234, -1234567, 10**6, 2**31, -2**63, 2**64 + 1, 10**25, -(10**30) + 7, 0x10FFFF, 97, 0x110000, True, False]
for v in INTS:
    for spec in specs(["", "d", "b", "o", "x", "X", "n", "c", "e", "f", "g", "%", "E", "G", "s"], ["", "", ".3"], 70) + ["", "d", ",", "_", "_x", "_b", ",x", "#x", "#X", "#o", "#b", "c", "+c", "#c", "010,", "012_x", "#012_x", "=10", "0=10", ",_", "99999999999999999999", "xx"]:
        case(v, spec)

FLOATS = [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 1e16, 1e-5, 1.2345678901234567e300, 5e-324, 123456.789, -0.0004, 1e22,
          float("inf"), float("-inf"), float("nan"), 0.125, 0.5, 1.5, 9.9999, 99.995, 1234567.0, 2**53 + 0.0, 3.14159, -1e-7]
for v in FLOATS:
    for spec in specs(["", "e", "E", "f", "F", "g", "G", "%", "n", "d", "x"], ["", "", ".0", ".1", ".3", ".12", ".20"], 70) + ["", ".0", ".1", ".3", ".17", "r", ",", "_", "z.1f", "z", "#", "#.0f", "#.0e", "#g", "#.3g", "010.2f", ".2%", ".60f", ".99999999999999"]:
        case(v, spec)

COMPLEXES = [0j, 1j, -1j, 1 + 2j, -1.5 - 0.25j, complex(-0.0, 1), complex(0.0, -0.0), complex(1e16, 1e-5), complex(float("inf"), float("nan")), 3.14159 + 2.71828j]
for v in COMPLEXES:
    for spec in specs(["", "e", "f", "g", "G", "n", "%"], ["", ".0", ".2"], 40) + ["", "10", "<20", "^30.3", "05", "=5", "0<10", "+", " ", ",", "_.2f", "z.0f"]:
        case(v, spec)

out = os.path.join(os.path.dirname(__file__), "..", "..", "..", "tests", "data", "text", "format.txt")
with open(out, "w", encoding="utf-8", errors="surrogatepass") as f:
    f.write("\n".join(cases) + "\n")
print(len(cases), "cases")

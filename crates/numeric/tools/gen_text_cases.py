"""Writes tests/data/numeric/text.txt: CPython 3.11's hashes, int()/float() parsing, round(),
float.hex()/fromhex(), as_integer_ratio(), int.to_bytes()/from_bytes(), bit_count() and str()
of big ints, one case a line: `function<TAB>arg...<TAB>=><TAB>result` (or `=> Class: message`).
Floats are written as float.hex(); strings and bytes as repr(). Hashes of str and bytes are
taken under PYTHONHASHSEED=0 (the script re-runs itself so) and, for `hash_str_seed1`, 1.

Run with CPython 3.11:  python3 crates/numeric/tools/gen_text_cases.py
"""
import os
import random
import subprocess
import sys

if os.environ.get("PYTHONHASHSEED") != "0":
    env = dict(os.environ, PYTHONHASHSEED="0")
    sys.exit(subprocess.call([sys.executable, __file__], env=env))

random.seed(3)
cases = []


def enc(v):
    if isinstance(v, float):
        return "f:" + v.hex()
    if isinstance(v, int) and not isinstance(v, bool) and abs(v) > 10**4000:
        return "h:" + hex(v)
    return repr(v)


def case(name, f, *args):
    try:
        r = f(*args)
        out = enc(r) if not isinstance(r, tuple) else "(" + ", ".join(enc(x) for x in r) + ")"
    except Exception as e:
        out = f"{type(e).__name__}: {e}"
    cases.append("\t".join([name] + [enc(a) for a in args] + ["=>", out]))


INTS = [0, 1, -1, 2, -2, 2**61 - 2, 2**61 - 1, 2**61, -(2**61), 2**63 - 1, -2**63, 2**64, 10**30, -(10**40) - 7, 2**200 + 3]
INTS += [random.randrange(-2**70, 2**70) for _ in range(60)]
for v in INTS:
    case("hash_int", hash, v)
    case("bit_count", int.bit_count, v)
    for n in [-1, -2, -5, -30, 0, 3]:
        case("round_int", round, v, n)
    for length in [0, 1, 8, 9, 16, 30]:
        for order in ["little", "big"]:
            for signed in [False, True]:
                case(f"to_bytes_{order}_{int(signed)}", lambda v, n, o=order, s=signed: v.to_bytes(n, o, signed=s), v, length)

FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.1, 1e16, 1e300, -1e-300, 5e-324, 2.2250738585072014e-308,
          float("inf"), float("-inf"), 3.141592653589793, 123456789.125, 2**53 + 0.0, 2.675, 0.285, 1.005, 1e22, 1.7976931348623157e308]
FLOATS += [random.uniform(-1e6, 1e6) for _ in range(40)] + [random.uniform(-1, 1) * 10 ** random.randint(-300, 300) for _ in range(60)]
for x in FLOATS:
    case("hash_float", hash, x)
    case("float_hex", float.hex, x)
    case("fromhex", float.fromhex, x.hex())
    case("as_integer_ratio", float.as_integer_ratio, x)
    case("round0", round, x)
    for n in [0, 1, 2, 3, 5, 10, 17, 20, 300, 400, -1, -2, -5, -20, -300, -400]:
        case("round_float", round, x, n)
for re_, im in [(0.0, 0.0), (1.0, 2.0), (-1.5, 0.25), (1e300, -1e-300), (float("inf"), 1.0), (0.0, -0.0)]:
    case("hash_complex", lambda a, b: hash(complex(a, b)), re_, im)

for s in ["0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x3p-1076", "0x1p1024", "0x1.fffffffffffff8p1023", "0x.8p1",
          " -0X1.8P+1 ", "inf", "-Infinity", "nan", "0x", "1.", ".1", "1p", "0x1p+", "x1", "0x1.0000000000000801p0",
          "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1p99999999999999999999", "0x1p-99999999999999999999",
          "0x0p99999999999999", "1_0", "0x1.p1", "ff", "0xg"]:
    case("fromhex", float.fromhex, s)

INT_STRS = ["0", "-0", "12", " 12 ", "+7", "-7", "1_000", "1__0", "_1", "1_", "0x1f", "0X1F", "0o17", "0b101", "0b_1",
            "0b1_", "08", "00", "0_0", "0x", "", " ", "+-1", "z", "Z", "١٢٣", "\u3000 5 \u2000", "1\x00", "12a",
            "9" * 30, "-" + "9" * 25, "1" * 4301, "1" * 4300, "0x" + "f" * 5000, "x" * 300, "ｚ", "1.5"]
for s in INT_STRS:
    for base in [10, 0, 2, 8, 16, 36, 1, 37, -1]:
        case(f"int_from_str", int, s, base)
    case("int_from_bytes_literal", int, s.encode("utf-8", "replace")[:50], 10)
FLOAT_STRS = ["0", "1.5", " 1.5 ", "-1e5", "1e-5", "1_0", "_1", "1_", "1__0", "1_.5", "1._5", "1e_5", "1_e5", "1.5_5",
              " inf ", "-Infinity", "nan", "-nAn", "1.5e", "", ".", "..5", "0x10", "١.٥", "1\x00", "1e500", "-1e-500",
              ".5", "5.", "+.5e+3", "infinit", "1,5", "\u2003 2.5\u3000", "1e+", "0001.000"]
for s in FLOAT_STRS:
    case("float_from_str", float, s)
    case("float_from_bytes_literal", float, s.encode("utf-8", "replace"))
for v in [0, 1, -5, 10**4300 - 1, 10**4300, -(10**4300)]:
    case("int_to_decimal", str, v)

STRS = ["", "a", "abc", "hello world", "é", "héllo", "Ω", "日本", "😀", "a😀", "\x00", "\xff\xfe", "\u0100", "x" * 100, "\ud800", "a\udfff"]
for s in STRS:
    case("hash_str", hash, s)
for b in [b"", b"a", b"abc", b"\x00\xff" * 20]:
    case("hash_bytes", hash, b)
for t in [(), (1,), (1, 2), (-1,), (1, "a"), ((1, 2), 3.5), (2**61, -2**61)]:
    case("hash_tuple", lambda hashes, t=t: hash(t), [hash(x) for x in t])
# seed 1: CPython's lcg_urandom key
seed1 = subprocess.run([sys.executable, "-c", "import sys; [print(hash(eval(l))) for l in sys.stdin.read().splitlines()]"],
                       input="\n".join(repr(s) for s in STRS), capture_output=True, text=True, encoding="utf-8",
                       errors="surrogatepass", env=dict(os.environ, PYTHONHASHSEED="1")).stdout.split()
for s, h in zip(STRS, seed1):
    cases.append(f"hash_str_seed1\t{s!r}\t=>\t{h}")

out = os.path.join(os.path.dirname(__file__), "..", "..", "..", "tests", "data", "numeric", "text.txt")
with open(out, "w", encoding="utf-8", errors="surrogatepass") as f:
    f.write("\n".join(cases) + "\n")
print(len(cases), "cases")

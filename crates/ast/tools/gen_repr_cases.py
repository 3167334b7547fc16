"""Writes tests/data/ast/repr/*.txt: values and CPython's repr() of them, the expected data of
crates/ast/src/repr/tests.rs. Run with CPython 3.11:  python3 crates/ast/tools/gen_repr_cases.py

floats.txt:   <f64 bits in hex> <repr>
complex.txt:  <real bits> <imag bits> <repr>
strs.txt:     <code points in hex, comma-separated, or '-' if empty> <repr>
bytes.txt:    <bytes in hex, or '-'> <repr>
"""
import os
import random
import struct
import sys

root = os.path.join(os.path.dirname(__file__), "..", "..", "..", "tests", "data", "ast", "repr")
rng = random.Random(3)


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


floats = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 1e16, 1e15, 9999999999999998.0, 1e17, 1.5e16,
          1e-4, 1e-5, 1.5e-5, 0.00012345, 123456789.123, 1e22, 1e23, 5e-324, 1.7976931348623157e308,
          float("inf"), float("-inf"), float("nan"), 2.0**53, 2.0**63, 3.14159, 100.0, 1e100,
          1.2345678901234567e-7, 12345678901234567890.0, 0.3, 2.5e-3, 123e-20,
          99.998809814453125, 0.125, 2.5, 1e23, 9007199254740993.0]
# Every power of two: below one the spacing of floats halves, so a tie between two shortest
# digit strings may not round-trip both ways (2.0**-24).
floats += [2.0 ** e for e in range(-1074, 1024)]
for _ in range(300):
    floats.append(struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0])
for _ in range(300):
    floats.append(rng.uniform(-1e6, 1e6))
for e in range(-25, 25):
    floats.append(round(rng.random(), rng.randint(1, 5)) * 10.0 ** e)

with open(os.path.join(root, "floats.txt"), "w") as f:
    for x in floats:
        f.write(f"{bits(x)} {x!r}\n")

with open(os.path.join(root, "complex.txt"), "w") as f:
    parts = [0.0, -0.0, 1.0, -1.0, 2.5, 1e16, 1e-5, float("inf"), float("-inf"), float("nan")]
    for re in parts:
        for im in parts:
            f.write(f"{bits(re)} {bits(im)} {complex(re, im)!r}\n")

strs = ["", "a", "'", '"', "'\"", "\\", "\t\n\r\x00\x1f\x7f\x80\xa0\xad\xff", "h\u00e9llo",
        "\u2028\u2029\u200b\ufeff\ue000", "\ud800", "\udfff\ud83d\ude00", "\U0001f600", "\U000e0001",
        "\U0010ffff", "\u0378", "it's", 'say "hi"', "both ' and \"", "\U00020000\U0002a6df"]
for start in range(0, sys.maxunicode + 1, 4093):
    strs.append("".join(chr(c) for c in range(start, min(start + 97, sys.maxunicode + 1))))
with open(os.path.join(root, "strs.txt"), "w") as f:
    for s in strs:
        cps = ",".join("%x" % ord(c) for c in s) or "-"
        f.write(f"{cps} {s!r}\n")

bs = [b"", b"abc", b"'", b'"', b"'\"", b"\\", bytes(range(256))]
with open(os.path.join(root, "bytes.txt"), "w") as f:
    for b in bs:
        f.write(f"{b.hex() or '-'} {b!r}\n")

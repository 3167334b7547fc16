"""Writes tests/data/text/float_repr.txt: repr() of floats (random bit patterns, short decimals,
powers of two, halfway-looking values) by CPython 3.11, one a line: `float.hex()<TAB>=><TAB>repr`.

Run with CPython 3.11:  python3 crates/text/tools/gen_float_repr.py
"""
import os
import random
import struct

random.seed(13)
xs = set()
for _ in range(12000):
    xs.add(struct.unpack("<d", random.getrandbits(64).to_bytes(8, "little"))[0])
for _ in range(4000):
    xs.add(float(f"{random.randrange(1, 10**random.randrange(1, 18))}e{random.randrange(-330, 310)}"))
for k in range(-1074, 1024):
    xs.add(2.0 ** k)
for k in range(0, 60):
    xs.add(5 * 2.0 ** -k)
    xs.add(2.0 ** 53 + k)
cases = [f"{x.hex()}\t=>\t{x!r}" for x in sorted(xs, key=lambda v: (v != v, v)) if x == x]
out = os.path.join(os.path.dirname(__file__), "..", "..", "..", "tests", "data", "text", "float_repr.txt")
with open(out, "w") as f:
    f.write("\n".join(cases) + "\n")
print(len(cases), "cases")

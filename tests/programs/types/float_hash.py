# Numeric hashing: hash of floats equals hash of equal ints/fractions-as-floats, special values,
# negative numbers (-1 maps to -2), and the modulus 2**61-1 structure visible through ints.
M = 2 ** 61 - 1
for v in (0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 0.25, 1.5, 2.0 ** 61, 2.0 ** 62, 1e100, -1e100, 1e-100, 3.14159, 123456.789):
    print(repr(v), hash(v), hash(v) == hash(int(v)) if v == int(v) else "")
print(hash(float("inf")), hash(float("-inf")), hash(float("nan")) == hash(float("nan")) or "nan hashes by identity")
for n in (0, 1, -1, -2, M - 1, M, M + 1, -M, 2 ** 64, -(2 ** 64), 10 ** 30, -(10 ** 30)):
    print(n, hash(n), hash(n) == hash(float(n)) if float(n) == n else "-")
print(hash(True), hash(False), hash(1 + 0j), hash(1.5 + 0j) == hash(1.5), hash(complex(0, 1)), hash(complex(2, 3)))
print({0.5: "half"}[1 / 2], {2 ** 61: "x"}[2.0 ** 61], {-1: "m"}[-1.0], len({0, 0.0, -0.0, False, 0j}))
print(hash((1, 2.0)) == hash((1.0, 2)), hash(frozenset({1, 2.0})) == hash(frozenset({1.0, 2})))

# Exact comparisons between ints and floats (no rounding through float), hashes equal for equal values,
# and mixed-type containment and dict keys.
pairs = [(2 ** 53, 2.0 ** 53), (2 ** 53 + 1, 2.0 ** 53), (2 ** 63, 9.223372036854776e18), (2 ** 63 - 1, 9.223372036854776e18),
         (10 ** 16 + 1, 1e16), (-(2 ** 53) - 1, -(2.0 ** 53)), (0, -0.0), (1, 1.0000000000000002), (10 ** 308, 1e308), (2 ** 1024, float("inf")),
         (123456789012345678901234567890, 1.2345678901234568e29), (-1, -1.0), (3, 2.9999999999999996)]
for i, f in pairs:
    print(i == f, i != f, i < f, i <= f, i > f, i >= f, f == i, f < i, hash(i) == hash(f) if i == f else "-")
print(2 ** 53 + 1 in {2.0 ** 53}, 1.0 in {1}, {1: "int"}[1.0], {1.5: "x"}.get(3 / 2), 0.5 in [1 / 2], float(2 ** 53 + 1) == 2 ** 53)
print(max(2 ** 53 + 1, 2.0 ** 53), min(2 ** 53 + 1, 2.0 ** 53), sorted([2 ** 53 + 1, 2.0 ** 53, 2 ** 53 - 1]))
nan = float("nan")
print(1 == nan, 10 ** 400 == nan, 10 ** 400 < nan, nan > -(10 ** 400))
print(hash(2 ** 64) == hash(2.0 ** 64), hash(-(2 ** 70)) == hash(-(2.0 ** 70)), hash(0.5), hash(-0.5), hash(1e-300) == hash(1e-300))
print((1).__eq__(1.0), (1.0).__eq__(1), (1.5).__lt__(2), (2).__lt__(1.5), 1.0.__eq__(10 ** 400))
print(True == 1.0, False == 0.0, hash(True) == hash(1.0), 1 + 0j == 1.0, (0.1 + 0.2) == 0.3, round(0.1 + 0.2, 10) == 0.3)

# int -> float: nearest float, ties to even, at every size; OverflowError past the largest float
import sys

cases = [
    2**53, 2**53 + 1, 2**53 + 2, 2**53 + 3, 2**54 + 2, 2**54 + 6,
    2**63 - 1, 2**63, 2**64 - 1, 2**64 + 1, 2**64 + 2**11, 2**64 + 2**11 + 1,
    2**100 + 2**47, 2**100 + 3 * 2**47, 2**100 + 2**47 + 1, 3**200, 7**300,
    (2**53 - 1) * 2**971, 2**1024 - 2**970 - 1, 2**1023,
]
for n in cases:
    for v in (n, -n):
        print(float(v).hex(), float(v) == v, v / 1 == float(v), complex(v).real == float(v))
for v in [2**1024 - 2**970, 2**1024, -(2**1024), 10**400]:
    for f in (float, lambda x: x + 0.5, lambda x: "{:e}".format(x), lambda x: x * 1.0, complex):
        try:
            print(f(v))
        except OverflowError as e:
            print("OverflowError:", e)
print("{:e} {:.3f} {:g} {:%}".format(2**64 + 2**11 + 1, 3**40, 7**300, 2**60))
print(sys.float_info.max == float(2**1024 - 2**970 - 1))

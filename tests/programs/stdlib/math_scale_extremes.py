# math.hypot/dist near the largest float (scale 2**-1024), ldexp at the subnormal and overflow edges
import math
import cmath
import sys

M = sys.float_info.max
for args in [(1.0, M), (M, M / 2), (M,), (0.0, M), (-M, 3.0, 4.0), (M, 1e-300), (5e-324, 5e-324),
             (1e-310, 3e-310), (3.0, 4.0), (2.0**1023, 2.0**1023)]:
    try:
        print(args, math.hypot(*args))
    except OverflowError as e:
        print(args, "OverflowError:", e)
print(math.dist((0.0, 0.0), (M, 1.0)), math.dist((M,), (-M / 4,)))
for x, e in [(1.0, -1074), (1.0, -1075), (1.5, -1074), (3.0, -1076), (0.75, -1073), (1.0, 1023),
             (0.99, 1024), (1.0, 1024), (M, -2098), (5e-324, 2098), (5e-324, 1074), (1.0, -3000),
             (1.0, 10**20), (-1.0, -(10**20)), (0.1, -1030), (123.456, -1060)]:
    try:
        print(x, e, math.ldexp(x, e).hex())
    except OverflowError as err:
        print(x, e, "OverflowError:", err)
for z in [complex(M, M), complex(1e-320, 1e-320), complex(M, 0), complex(1e300, 1e300)]:
    print(cmath.sqrt(z), cmath.log(z), abs(cmath.sqrt(z)))

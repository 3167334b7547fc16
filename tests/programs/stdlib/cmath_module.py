# cmath: values, branch cuts (signed zeros), special values, errors, constants.
import cmath
import math

inf, nan = math.inf, math.nan
points = [0j, complex(-0.0, 0.0), complex(0.0, -0.0), 1 + 2j, -3.5 + 0.25j, 2 - 1e-300j,
          complex(-2, 0.0), complex(-2, -0.0), complex(1e300, 1e300), complex(5e-324, 5e-324),
          complex(inf, 1), complex(-inf, 1), complex(1, inf), complex(inf, inf),
          complex(nan, 0), complex(0, nan), complex(inf, nan), complex(-inf, -0.0)]
names = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log",
         "log10", "sin", "sinh", "sqrt", "tan", "tanh"]
for name in names:
    f = getattr(cmath, name)
    out = []
    for z in points:
        try:
            out.append(repr(f(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, " ".join(out))
print(cmath.phase(-1 + 0j), cmath.phase(complex(-1, -0.0)), cmath.phase(complex(-inf, inf)))
print(cmath.polar(1j), cmath.polar(complex(inf, nan)), cmath.rect(2, math.pi / 2))
print(cmath.rect(inf, 0.0), cmath.rect(-inf, 1.0), cmath.rect(0.0, inf))
for bad in [lambda: cmath.rect(1, inf), lambda: cmath.log(0), lambda: cmath.log(2, 1),
            lambda: cmath.exp(1000), lambda: cmath.sqrt("x"), lambda: cmath.log(),
            lambda: cmath.atanh(1), lambda: cmath.polar(complex(1.7e308, 1.7e308)),
            lambda: cmath.isclose(1j, 1j, rel_tol=-1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(cmath.log(8, 2), cmath.log10(100), cmath.sqrt(-1), cmath.exp(1j * math.pi))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 2j, abs_tol=1.5))
print(cmath.isfinite(1j), cmath.isinf(complex(1, inf)), cmath.isnan(complex(nan, 1)))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)


class C:
    def __complex__(self):
        return 3 + 4j


class F:
    def __float__(self):
        return 0.25


class I:
    def __index__(self):
        return 4


print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.sqrt(True), cmath.sqrt(10**20))
